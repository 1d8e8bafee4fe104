# ruff: noqa: E501  (quoted data: long lines keep each quotation whole)
"""A tenth English batch of asks written by other people (issue #16): "batch 9", untouched.

How it was made: the search tools (the code index through ``find_string``, and stored web pages) were
queried for real networking asks only: messages to a contact, a peer, a former colleague, an alumnus, a
recruiter, an investor, a mentor or a prospect, and forum posts asking peers for career or business
help (no customer questions to shops, schools or hotlines). Before a source was taken, its file id or
address and one distinctive phrase were grepped against ``tests/data/asks_corpus/`` and every
``benchmarks/asks_corpus_*`` file on every branch (batches 3-8), and used ones were dropped. Each ask
was labelled by guide v2 (the corpus README's sections "The labelling guide" and "Guide v2" A-E) as it
was written down, before anything ran on it. The collector never opened, imported or ran the ask
checker or its evaluation and fitting scripts.

Item layout as in ``asks_corpus_batch4_en``: (source id, label, upward, circle, text, note). The text
keeps only the ask and what immediately frames it, ``[...]`` marking cuts. Template placeholders
(``[Name]``, ``{company}``, ``${role}``) carry fictional values; real people's names were swapped for
invented ones; e-mail addresses, phone numbers, handles and links were taken out. Many sources are
message templates and example drafts inside public code (outreach tools, job-search assistants, CRM
seed data): they are real text written by other people, but often generated or prescriptive rather
than sent. The note records edits and, where the guide leaves it open, the reading chosen
("ambiguous: ..."; 5 items). Source list: ``asks_corpus_batch9_en_SOURCES.md``.
A script run after the last item compared every 10-word run of these texts with
``tests/data/asks_corpus/*.jsonl`` and the other ``benchmarks/asks_corpus_*`` files: no run is shared.
The builder does not read this module yet; the lead decides how to wire it in.

28 asks from 21 sources: precise 6, vague 6, too_big 16.
"""

SOURCES = {
    "code_61383247161": "code index file id 61383247161 (GitHub repository file found with find_string)",
    "code_56320568736": "code index file id 56320568736 (GitHub repository file found with find_string)",
    "code_66560858691": "code index file id 66560858691 (GitHub repository file found with find_string)",
    "code_57969337416": "code index file id 57969337416 (GitHub repository file found with find_string)",
    "code_371621121": "code index file id 371621121 (GitHub repository file found with find_string)",
    "code_53422016406": "code index file id 53422016406 (GitHub repository file found with find_string)",
    "code_71518666170": "code index file id 71518666170 (GitHub repository file found with find_string)",
    "code_59748816550": "code index file id 59748816550 (GitHub repository file found with find_string)",
    "code_49644267294": "code index file id 49644267294 (GitHub repository file found with find_string)",
    "code_65733144105": "code index file id 65733144105 (GitHub repository file found with find_string)",
    "code_66327870817": "code index file id 66327870817 (GitHub repository file found with find_string)",
    "code_2426792343": "code index file id 2426792343 (GitHub repository file found with find_string)",
    "code_53520211034": "code index file id 53520211034 (GitHub repository file found with find_string)",
    "code_61193060763": "code index file id 61193060763 (GitHub repository file found with find_string)",
    "code_27023205602": "code index file id 27023205602 (GitHub repository file found with find_string)",
    "code_31355507972": "code index file id 31355507972 (GitHub repository file found with find_string)",
    "code_69618771624": "code index file id 69618771624 (GitHub repository file found with find_string)",
    "code_60212094473": "code index file id 60212094473 (GitHub repository file found with find_string)",
    "code_22157127535": "code index file id 22157127535 (GitHub repository file found with find_string)",
    "code_56340491348": "code index file id 56340491348 (GitHub repository file found with find_string)",
    "code_1250941675": "code index file id 1250941675 (GitHub repository file found with find_string)",
}

EN = [
    (
        "code_61383247161",
        "too_big",
        None,
        None,
        '[A prospect replied to a cold email: "Interesting - how does this work for SaaS companies specifically?"] Great question! Our platform helps businesses streamline their workflows and improve efficiency. Would you be open to a quick call?',
        "generic AI reply quoted as a bad example in a sales blog post. Seller pitching and asking a call (C) -> too_big.",
    ),
    (
        "code_56320568736",
        "too_big",
        None,
        5,
        "Hi Alice, Saw your recent talk at GTMConf about how TechFlow migrated to a serverless architecture - really impressive results on the latency reduction. I'm reaching out because we help engineering teams like yours manage the deployment complexity that usually comes with serverless setups. Orbital automatically maps dependencies and visualizes bottlenecks before they hit production. Would you be open to a quick 10-minute chat next week to see if this could save your team some time?",
        "demo cold e-mail in a UI file; names are the file's fictional ones, sender's name dropped. Prospecting with a short call (C) -> too_big despite the reference to the reader's talk.",
    ),
    (
        "code_66560858691",
        "too_big",
        None,
        5,
        "Hi Riverside Bakery team, I came across Riverside Bakery and was really impressed by what you've built in Leeds. [...] I work with bakery businesses to help them grow their customer base and streamline operations. I'd love to share a few ideas that have worked really well for similar businesses in your area. Would you be open to a quick 15-minute chat this week? No pressure at all - just a friendly conversation to see if there's a fit.",
        "outreach template; ${biz.name}/${biz.city}/${biz.category} filled with fictional values. Seller asks a chat 'to see if there's a fit' (B/C) -> too_big.",
    ),
    (
        "code_57969337416",
        "too_big",
        False,
        None,
        "Hi! I saw the Data Analyst role at Northwind and noticed we're connected. Would you be open to a quick chat about the team?",
        "fallback referral message of a job tool; ${role_title}/${company_name} filled. A chat about the team of a named opening serves being hired (B) -> too_big.",
    ),
    (
        "code_57969337416",
        "too_big",
        False,
        None,
        "Hey there! I came across the Data Analyst opening at Northwind and got really excited about it. I've been working on SQL and dashboarding for the past few years, and I think my experience could be a good fit. Since we're connected, I was hoping you might be able to share some insights about the team or potentially refer me. Happy to send over my resume if you're open to it. Thanks!",
        "long variant of the same fallback; placeholders filled. Asks a referral for an opening -> too_big.",
    ),
    (
        "code_371621121",
        "vague",
        None,
        None,
        "Hi Priya, Great meeting you at the Leeds Product Meetup. I enjoyed our conversation about onboarding flows. As promised, here's a link to the checklist that I mentioned. Hope you find it useful! Would love to stay in touch and continue our conversation. Perhaps we could grab coffee sometime?",
        "follow-up template of a message-generator tool; [Name]/[event]/[topic]/[resource] filled with fictional values. Coffee with no purpose or duration, 'stay in touch' -> vague.",
    ),
    (
        "code_371621121",
        "vague",
        None,
        None,
        "Dear Tom, Thank you for connecting with me. I really enjoyed our conversation about pricing pages. I'd love to learn more about your work at Fernhill and explore how we might be able to help each other. Would you be open to a quick call sometime?",
        "second follow-up template of the same tool; placeholders filled. 'Explore how we might help each other': no concrete object -> vague.",
    ),
    (
        "code_371621121",
        "vague",
        None,
        5,
        "Hi Sam, I came across your profile and was impressed by your work in logistics. I'm currently finishing a supply-chain master's and would love to connect. I have some thoughts on last-mile delivery that might interest you. Would you be open to a brief conversation? No pressure at all - just thought it might be valuable to connect.",
        "cold-outreach template of the same tool; placeholders filled. Brief conversation with no stated purpose; 'would love to connect' -> vague.",
    ),
    (
        "code_53422016406",
        "too_big",
        None,
        5,
        "Hi Dana, I noticed you're currently using Trellis. I wanted to reach out because many teams are making the switch to Planbird. 1. Faster setup 2. Shared timelines 3. Cheaper seats. We'll help you migrate your data and get set up smoothly. Would you be open to a quick chat about how Planbird could work for you?",
        "competitor-switch outreach generator; product, competitor and benefits filled with fictional values. Prospecting (C) -> too_big.",
    ),
    (
        "code_71518666170",
        "precise",
        None,
        None,
        "Hi Karen, would you be willing to introduce me to Marcus Lee?",
        "placeholder text of an introduction-request form; ${brokerName}/${targetName} filled with fictional names. ambiguous: an introduction to a named person is a concrete small request and the name narrows it, but no purpose is given; read as precise (guide 2: introduction to a named person).",
    ),
    (
        "code_59748816550",
        "too_big",
        False,
        None,
        "Hi Jordan, Hope you're doing well! I'm applying for a Site Reliability Engineer role at Kestrel and saw that you are connected with engineering leadership there. If comfortable, would you be willing to introduce me or share an internal referral link? Really appreciate your help!",
        "'Mutual Connection Referral Request' template of a job tool; ${targetRole}/${companyName}/[Name] filled. Serves an opening applied for (B) -> too_big.",
    ),
    (
        "code_59748816550",
        "too_big",
        False,
        None,
        "[...] exploring a Site Reliability Engineer position at Kestrel. I'd love to connect and hear your perspective on working at Kestrel. Also, if comfortable, a quick internal referral would mean the world to me.",
        "preceding template of the same file, cut at its start; placeholders filled. Asks a referral -> too_big.",
    ),
    (
        "code_49644267294",
        "too_big",
        None,
        None,
        "[...] Just Sandler-specific coaching intelligence that works with the tools you already use. Would you be willing to introduce me to 2-3 companies in your inner circle for a 90-day free beta? If it works, we can discuss white-labeling for your broader network at $150/user wholesale (you charge $299, make $149/user recurring). [...] Interested?",
        "founder's draft to a sales trainer in a go-to-market plan; sender's name dropped. Introductions to buyers for a product, with a resale deal (C) -> too_big.",
    ),
    (
        "code_65733144105",
        "too_big",
        False,
        3,
        "Bilal - hope Lahore is treating you well. Osmund are hiring a backend engineer on settlements and it is unusually close to what I did on the Meridian ledger. I saw Priya Nair is an EM there and you two overlapped at Kite. Would you be willing to introduce me? Happy to send two lines you can forward. No problem at all if it is awkward.",
        "'Referral ask' draft to a former colleague in a demo data file; names are the file's fictional ones, sender's name dropped. The introduction serves a named opening (B) and the tie is a former colleague, not close -> too_big.",
    ),
    (
        "code_66327870817",
        "too_big",
        True,
        None,
        "I'm applying to environmental consultancy roles and you know my academic work - would you be willing to introduce me to anyone you know in that area, or serve as a reference?",
        "suggested ask of a new graduate to a lecturer in a careers research note; [sector/role] filled. Introductions and a reference serving job applications (B) -> too_big.",
    ),
    (
        "code_2426792343",
        "precise",
        None,
        None,
        "Hello Nadia, I hope this message finds you well. I've been following Lukas Brandt's contributions at Polaris Freight with great interest. I'm reaching out because I believe there might be an opportunity for collaboration between our organizations in cold-chain packaging. I'd love to discuss this further with Lukas and explore how we might be able to work together. Would you be willing to introduce me to Lukas?",
        "'collaboration' intro template; {profileName}/{originConnectionName}/{companyName}/[specific area] filled with fictional values. Introduction to a named person, niche (cold-chain packaging). ambiguous: a collaboration may hide a sale, but nothing is pitched; read as precise.",
    ),
    (
        "code_53520211034",
        "too_big",
        None,
        2,
        '[Ask your 1 existing photographer:] "Would you be willing to introduce me to another photographer?"',
        "warm-referral step in a SaaS founder's outreach plan; the photographer is a customer. The introduction serves winning a client (B) -> too_big.",
    ),
    (
        "code_61193060763",
        "precise",
        None,
        None,
        "Hi Elena, Quick ask: would you be willing to introduce me to Tomasz Wójcik? We're hiring a staff data engineer at AION in Warsaw, and their work - the open-source ingestion library they maintain - looks like a strong fit. The path I see is you worked with them at Fabryka. Happy to send a short forwardable blurb if that's easier - and no worries at all if it's not a good ask.",
        "warm-intro draft generated by a hiring tool; placeholders filled with fictional values. ambiguous: the asker is hiring, not being hired; an introduction to a named person with a niche -> read as precise (B lists being hired, not hiring).",
    ),
    (
        "code_27023205602",
        "too_big",
        None,
        None,
        '[Champion testing:] "Would you be willing to introduce me to your plant manager?"',
        "question of a sales discovery playbook, asked of a prospect's champion. Serves a sale (B/C) -> too_big.",
    ),
    (
        "code_31355507972",
        "too_big",
        None,
        None,
        "Hi Rahul, Would you be willing to introduce me to Megan Ortiz at Lantern Ventures? We're raising our Series A round for Cardia, an AI-powered cardiology platform that flags arrhythmias from wearable data. I've attached our one-pager and would appreciate the connection.",
        "'Warm Introduction Email' template; {{...}} variables filled with fictional values. Introduction to an investor to raise money (E) -> too_big.",
    ),
    (
        "code_69618771624",
        "precise",
        None,
        None,
        "[...] and would love to propose a quick 20-minute coffee or virtual sync to exchange perspectives on usage-based pricing for developer tools. Would you have 15-20 minutes open sometime next Tuesday or Thursday afternoon?",
        "'coffee chat' draft of an outreach assistant, cut at its start; ${userContext} filled. Short call with a duration and a niche topic; no tie shown -> precise.",
    ),
    (
        "code_69618771624",
        "vague",
        None,
        None,
        "Hi Marta, It's been a little while since we last caught up, and I wanted to check in to see how everything is going at Brightwell! Would love to reconnect and hear about what you're working on these days. Let me know if you're open to a brief chat sometime soon.",
        "'reconnect' draft of the same assistant; ${name}/${company} filled. A chat with no purpose -> vague.",
    ),
    (
        "code_60212094473",
        "vague",
        None,
        None,
        "Hi Leo, I noticed your recent post about marketing automation where you mentioned Copyloop. Really appreciate the shoutout! If you have a blog or want to collaborate on something related to AI marketing, I'd love to connect.",
        "LinkedIn mention-outreach template; {name}/{topic}/{brand} filled. 'I'd love to connect' with a conditional collaboration: no concrete request -> vague.",
    ),
    (
        "code_22157127535",
        "too_big",
        False,
        3,
        "Hi Sarah, Hope you're doing well! [...] I'm reaching out because I noticed Anthropic is hiring for a Senior ML Engineer role (Agents team), and I'd love to learn more about it. Given our work together at PreviousCo on the recommendation system, I think my background in LLM deployment and production ML could be a good fit. Would you be open to a quick chat about the role and team? And if you think it's a match, I'd really appreciate a referral! Always happy to return the favor however I can.",
        "example draft of a networking agent in a README; sender name placeholder dropped. Former colleague; a chat about a named opening and a referral (B) -> too_big.",
    ),
    (
        "code_22157127535",
        "too_big",
        False,
        3,
        "Hi Sarah, Hope you had a great week! I wanted to follow up on my email from last week about the Anthropic ML Engineer role. I know you're busy, so no pressure at all - just wanted to keep it on your radar if you have a chance to chat or pass along my resume.",
        "follow-up draft in the same README. Passing along a resume for a named role -> too_big.",
    ),
    (
        "code_56340491348",
        "vague",
        False,
        None,
        "[...] Ping me when it's updated, happy to take another look :D Btw if you're up for it, would love a second pair of eyes on what i'm building. no pressure though ;D",
        "peer feedback exchange in a test fixture of an app-review tool. 'what I'm building' is not stated -> vague (no niche).",
    ),
    (
        "code_56340491348",
        "precise",
        False,
        None,
        "I can tell you that I've already put together a backlog plan based on your feedback. Once I've worked through it, I'll definitely let you know and would really appreciate a second round of feedback if you have the time. And yes, please send me the instructions. I'd be happy to return the favor.",
        "reply in the same fixture. Feedback on the stated landing page once the plan is worked through, between peers, with an offer -> precise. ambiguous: the niche is only the app both already discussed.",
    ),
    (
        "code_1250941675",
        "precise",
        False,
        3,
        "I'm building my professional career profile and would love to invite you to write a short recommendation about our time working together. If you're open to it, I'd be happy to return the favor!",
        "default invitation text of a recommendations app, written to a former colleague. ambiguous: a profile recommendation is not one for a named job; read as a small concrete request with a niche (our work together) and an offer -> precise.",
    ),
]

# ruff: noqa: E501  (quoted data: long lines keep each quotation whole)
"""An eighth English batch of asks written by other people (issue #16): "batch 7", untouched.

How it was made: only the GitHub issues corpus and the code index of the search tools were queried
(``search`` on the ``issues`` and ``code`` corpora, ``find_string``, ``read_file``); stored web pages
were left to another collector. Before a source was taken, its address, repository or file id and one
distinctive phrase of the ask were grepped against ``tests/data/asks_corpus/`` and every
``benchmarks/asks_corpus_*`` file, on every branch of the repository and in the other collectors'
work trees; used ones were dropped. Each ask was labelled by guide v2 (the corpus README's sections
"The labelling guide" and "Guide v2" A-E) as it was written down, before anything ran on it. The
collector never opened, imported or ran the ask checker or its evaluation and fitting scripts.

Item layout as in ``asks_corpus_batch6_en``: (source id, label, upward, circle, text, note). The text
keeps only the ask and what immediately frames it, ``[...]`` marking cuts. Template placeholders carry
fictional values; real people's names were swapped for invented ones; e-mail addresses, phone numbers,
handles and personal links were taken out. The note records those edits and, where the guide leaves the
text open, the reading chosen ("ambiguous: ..."). Source list: ``asks_corpus_batch7_en_SOURCES.md``.
A script run after the last item compared every 10-word run of these texts with
``tests/data/asks_corpus/*.jsonl`` and the other ``benchmarks/asks_corpus_*`` files: no run is shared.
The builder does not read this module; the lead decides how to wire it in (suggested: wholly
untouched, like ``real_test``).

21 asks from 11 sources: precise 2, vague 11, too_big 8.
"""

SOURCES = {
    "gtm_growthly": "code index file id 45906085582 (repository JJenglert1/gtm-engineer-starter-kit, examples/sample-outreach-sequence.md)",
    "rockbot_connect": "github:claudiarockwell/moltbook_claudia_rockbot:templates/connection_request.md",
    "neha_ama_fresher": "https://github.com/Neha/AMA/issues/12",
    "kcd_ama_webindustry": "https://github.com/kentcdodds/ama/issues/89",
    "tanay_ama_mba": "https://github.com/tanaypratap/ama/issues/269",
    "cdyf_guestama": "https://github.com/dullhunk/cdyf/issues/1561",
    "holman_ama_mentor": "https://github.com/holman/ama/issues/103",
    "holman_ama_mentor_again": "https://github.com/holman/ama/issues/217",
    "onrr_contacts_study": "https://github.com/DOI-ONRR/onrr.gov-site/issues/1618",
    "consul_k8s_research": "https://github.com/hashicorp/consul-k8s/issues/1485",
    "internmailing_corp": "code index file id 60792274508 (repository not reported by the index; 'InternMailing' corporate outreach module, Python templates)",
}

EN = [
    (
        "gtm_growthly",
        "too_big",
        None,
        None,
        "Saw Growthly is hiring 12 sales roles off the back of the Series B — congrats on the round. Tripling a sales team is exciting, but the part nobody warns you about is pipeline quality. When you go from 4 reps to 16 who are still ramping, outbound gets generic fast. Would 15 minutes next week make sense to see if we can help with that?",
        "sample sales sequence, email 1; recipient's (sample) name dropped. Seller asks for a call after naming the prospect's pain (C) -> too_big.",
    ),
    (
        "gtm_growthly",
        "too_big",
        None,
        None,
        "One pattern we see with teams scaling past 10 reps: the top performers quietly do 15-20 minutes of account research before every call. The new hires don't — and the gap shows up in reply rates within the first month. [...] Given your Outreach.io background, I imagine you've seen this play out before. Happy to share what we're seeing work at similar-stage companies if helpful.",
        "same sequence, email 2. ambiguous: 'happy to share if helpful' read as an implicit 'shall I send you...?' from a seller (C) -> too_big, not a sales message asking nothing.",
    ),
    (
        "gtm_growthly",
        "vague",
        None,
        None,
        "I'll keep this short. I know February is probably hectic with the new hires ramping and Series B priorities stacking up. If scaling outbound quality isn't the top problem right now, totally fair — no hard feelings. But if it does come up, here's a 3-minute teardown we did on how one team kept reply rates above 12% while doubling headcount: [link] Either way, good luck with the build.",
        "same sequence, breakup email 3. Sales message that asks for nothing (C: 'if it ever becomes a priority') -> vague.",
    ),
    (
        "rockbot_connect",
        "too_big",
        None,
        None,
        "Hi Sam, I noticed Harlow Fabrication is expanding in automation. We help manufacturers streamline operations with robotics solutions. Would love to connect and share insights from similar projects.",
        "LinkedIn connection-note template 1; placeholders filled with fictional values. Seller states the service and asks to connect (C) -> too_big.",
    ),
    (
        "rockbot_connect",
        "vague",
        None,
        None,
        "Hi Priya, fellow Pacific NW professional here! Saw Harlow Fabrication's work in food & beverage - impressive growth. Always looking to connect with operations leaders in the region.",
        "template 2; placeholders filled. The text pitches nothing and asks nothing concrete (A: the text decides, although the file is a seller's) -> vague.",
    ),
    (
        "rockbot_connect",
        "vague",
        None,
        None,
        "Hi Priya, loved your recent post about lean manufacturing. We're working on similar challenges at Rose City Robotics. Would be great to connect and exchange ideas.",
        "template 3; placeholders filled. 'Connect and exchange ideas' is no concrete request; no service stated -> vague.",
    ),
    (
        "rockbot_connect",
        "too_big",
        None,
        None,
        "Hi Priya, Tom Alvarez suggested we connect. They mentioned Harlow Fabrication might be exploring automation. I'd love to share how we've helped similar companies.",
        "template 5; placeholders filled with fictional names. A seller offering to show how 'we've helped similar companies' to a prospect exploring automation (C) -> too_big.",
    ),
    (
        "neha_ama_fresher",
        "vague",
        True,
        None,
        "Hey Meera. Hope you're doing well. I am Anjali and I just graduated from an engineering college in New Delhi. I'm currently seeking for job opportunities as a business / data analyst. I've been contacting people on LinkedIn but most companies with vacancies in this field require people with atleast 2-3years of experince and Im just a fresher. [...] How should I approach this situation? [...] Please guide me on this. [...] Any kind of guidance would be appreciated.",
        "AMA issue; names and college replaced. Fresh graduate to an industry professional (upward, D); advice on her job search (the reader is not asked for a job), niche data analyst, but no offer and no reference to the reader's work -> vague.",
    ),
    (
        "kcd_ama_webindustry",
        "vague",
        True,
        None,
        "hi, sorry for disturbing you, i am a student who want to learn about the web industry and i know web industry is changing very quickly that a new one may not easy to start now, so could u give me some tips about where and how to start? since u r an expert in this field your tips may benefit me. thanks friend.",
        "AMA issue to a known developer; spelling kept. Student to expert (upward): broad question, no offer -> vague.",
    ),
    (
        "tanay_ama_mba",
        "vague",
        True,
        None,
        "Hello Sir, [...] I am currently a student of MBA in Marketing and I've seen your blogs on coding and various stuffs related to that. [...] it would be great if you make one such blog / post related to how a non-technical guy can start his journey in this field. [...] if you could share your thoughts on how this field can help any MBA student and how should they go ahead taking this course / career that would be great sir.",
        "AMA issue. Student to an engineer-blogger (upward): refers to his blogs but offers nothing; broad 'how to start' -> vague.",
    ),
    (
        "cdyf_guestama",
        "vague",
        True,
        None,
        "What do you reccommend for getting into specific tech fields, like biotech? Would we have to do a masters or would an internship at a healthcare company be enough?",
        "one question collected from students at a guest lecture (source framing: students to an industry speaker, upward). Specific with a niche (biotech), but upward without offer or reference to their work -> vague.",
    ),
    (
        "cdyf_guestama",
        "vague",
        True,
        None,
        "Can you follow me on LinkedIn?",
        "same list. A bare connect request, nothing sought beyond it -> vague.",
    ),
    (
        "cdyf_guestama",
        "vague",
        True,
        None,
        "how do i find a mentor exactly? and what kind of person would I want as a mentor?",
        "same list. Broad question with no niche -> vague.",
    ),
    (
        "holman_ama_mentor",
        "too_big",
        True,
        None,
        "I read this article about the values of a good mentorship. I started considering the people in the start-up scene that I look up to and respect, and your name was at the top of the list [...]. Would you be interested? A lot of the things you've done, presentations you've given and things you've written really resonate with me.",
        "AMA issue; article link and a named third person removed. Asks a stranger to be his mentor (long commitment from a weak tie) -> too_big.",
    ),
    (
        "holman_ama_mentor_again",
        "too_big",
        True,
        None,
        "Just over six months ago I created this issue to see if you'd be interested in mentoring me. You said you might be down in six months or so, so here I am.",
        "follow-up issue of the previous one (a separate issue page); link removed. Mentoring again from a weak tie -> too_big.",
    ),
    (
        "onrr_contacts_study",
        "precise",
        False,
        None,
        "Hi Glenn, I hope you are all doing well! The Data Display team is working on a new version of onrr.gov and we would love your feedback. We are planning a study to understand how users approach the contacts section, and how it could be improved. As part of this effort, we're conducting short interviews with people who use the contacts section of onrr.gov. Would you be interested in participating in a 30 minute online interview between the dates of March 7 and March 18? If so, let me know a few good times in those weeks.",
        "draft invite e-mail in a user-research issue; placeholders [Name], X and Y filled with fictional values. A 30-minute interview with a stated purpose and a narrow niche (one section of one site); team to users, not upward -> precise.",
    ),
    (
        "consul_k8s_research",
        "precise",
        False,
        None,
        "The Consul on Kubernetes team wants to learn more about how Consul is being used on Kubernetes both in OSS and Enterprise! This is an open call for research participants willing and able to join a 30 minute call to walk us through your Consul service mesh setup and tell us about your experience using Consul. Interested participants should fill out this questionnaire: [link] [...] Those who are selected and participate will receive a $50 (USD-equivalent) Amazon gift card.",
        "open call in a project's tracker; link removed. Short call with a purpose and a niche (Consul service mesh on Kubernetes), an offer besides; nothing sold -> precise.",
    ),
    (
        "internmailing_corp",
        "too_big",
        None,
        None,
        "Dear Ms. Okafor, I hope this email finds you well. I'm reaching out regarding software engineering roles opportunities at Microsoft, where I see you work as Senior Engineer in the Cloud team. [...] I would be incredibly grateful for any guidance you might offer regarding: - Current or upcoming opportunities in Cloud - Insights into the team culture and what Microsoft looks for in candidates [...] Would you be open to a 15-minute coffee chat or phone call in the coming weeks?",
        "job-application/referral template; placeholders filled with the module's own sample values and a fictional name. A short chat that serves 'opportunities at your company' (B) -> too_big.",
    ),
    (
        "internmailing_corp",
        "vague",
        True,
        None,
        "Dear Ms. Okafor, I came across your profile and was impressed by your role as Senior Engineer at Microsoft. Your experience in Cloud is exactly the type of career path I'm interested in exploring. [...] I would love to learn from your experience and insights about: - Career progression in Cloud at Microsoft - Skills and qualities that make someone successful in your role - Industry trends you're excited about - Advice for someone looking to break into this field. I completely understand if your schedule doesn't permit, but I'd be honored to buy you coffee or have a brief 20-minute phone conversation at your convenience.",
        "informational-interview template, same module; placeholders filled. Someone breaking into the field writing to a professional (upward, D). ambiguous: 'buy you coffee' read as the meeting's courtesy, not an offer (P8), and the role, not their work, is cited -> vague.",
    ),
    (
        "internmailing_corp",
        "too_big",
        None,
        None,
        "Dear Ms. Okafor, I hope this message finds you well. I'm reaching out because I'm deeply interested in joining Microsoft and would be grateful for your guidance as someone who works in Cloud. [...] If there are any current or upcoming opportunities in Cloud that might be a good fit, I would be incredibly grateful for a referral or introduction to the appropriate hiring manager. I've attached my resume for your reference.",
        "referral-request template, same module; placeholders filled. Asks a stranger for a job referral -> too_big.",
    ),
    (
        "internmailing_corp",
        "vague",
        True,
        None,
        "Dear Ms. Okafor, I hope you're doing well! I discovered your profile while researching professionals in AI/ML at leading companies like Google. Your experience and insights would be invaluable to someone like me who is passionate about this industry. [...] What I'm Hoping to Learn: - Key trends you're seeing in AI/ML - Skills that are becoming increasingly important - Challenges and opportunities in the industry - Advice for someone looking to make a meaningful impact. I would be honored to learn from your experience over a brief coffee chat or phone call.",
        "'industry insights' template, same module; placeholders filled. Aspiring professional to an industry professional (upward): niche AI/ML, no offer, no reference to her work -> vague.",
    ),
]

# ruff: noqa: E501  (quoted data: long lines keep each quotation whole)
"""An eleventh English batch of asks written by other people (issue #16): "batch 10", untouched.

How it was made: the search tool (stored web pages) was queried for real asks: e-mails asking to join
a lab, casting submissions, cold e-mails to investors and intro requests for fundraising, partnership
pitches, mentoring and informational-interview requests, coaching posts with bad/good pairs. Before a
source was taken, its domain or page path and one distinctive phrase were grepped against
``tests/data/asks_corpus/`` and every ``benchmarks/asks_corpus_*`` file on ``main`` and on every
collector branch; used ones were dropped (askdra.blogspot.com, msmoney.com, pomona.edu, itsjennywood.com,
thecareermuse.co.in, purshology.com, boonrd.com, notesfromasmallcompany.com, wordtothewise.com,
dolish.com). The session's search budget ran out after eleven queries, so this batch is small: every
usable ask of those eleven result pages from an unused source is here, and nothing else.

Each ask was labelled by the labelling guide (``tests/data/asks_corpus/GUIDE.md``: the guide and its v2
amendments A-E) as it was written down, before anything ran on it. The collector never opened,
imported or ran the ask checker or its evaluation and fitting scripts, so this batch is unseen by it.

Item layout as in ``asks_corpus_batch4_en``: (source id, label, upward, circle, text, note). The text
keeps only the ask and what immediately frames it, ``[...]`` marking cuts. Placeholders of templates
carry fictional values; real people's names were swapped for invented ones; e-mail addresses, phone
numbers, handles and personal links were taken out. The note records those edits and, for texts the
guide leaves open, the reading chosen ("ambiguous: ..."). Source list: ``asks_corpus_batch10_en_SOURCES.md``.
A script run after the last item compared every 10-word run of these texts with
``tests/data/asks_corpus/*.jsonl`` and the other ``benchmarks/asks_corpus_*`` files: no run is shared.
The builder does not read this module yet; the lead decides how to wire it in (suggested: wholly
untouched, like ``real_test``).

33 asks from 21 sources: precise 1, vague 12, too_big 20.
"""

SOURCES = {
    "binaypanda_lab": "https://binaypandalab.blogspot.com/2021/02/how-not-to-write-e-mail-when-seeking.html",
    "adpribosylation_lab": "https://adpribosylationlab.wordpress.com/2021/09/29/how-not-to-apply-for-a-position-in-our-lab/",
    "ngsf_summer": "https://ngsf.in/2018/11/18/summer-is-coming/",
    "univaffairs_lab": "https://universityaffairs.ca/career-advice/career-advice-article/advice-for-those-looking-to-join-an-academic-lab/",
    "lechkaniuk_forward": "https://lechkaniuk.com/fundraising/forward-pitch-email-template",
    "hiveround_cold": "https://hiveround.com/learn/investor-research/how-to-write-a-cold-email-to-investors",
    "firstcloze_sequence": "https://www.firstcloze.com/library/outreach-sequence-teardown.html",
    "roundos_intro": "https://roundos.ai/blog/investor-communication/the-intro-request-that-actually-gets-forwarded",
    "cupofzhou_forwardables": "https://cupofzhou.com/how-to-best-send-email-forwardables/",
    "roybahat_forward": "http://also.roybahat.com/post/92544681186/introductions-and-the-forward-intro-email",
    "cyzor_partnership": "https://cyzorcreations.com/guides/partnership-proposal",
    "salespodder_never": "https://salespodder.com/the-never-cold-email/amp",
    "nyfa_audition": "https://bk.nyfa.edu/student-resources/how-to-submit-to-an-audition-notice-via-email",
    "myactingagent_cd": "https://myactingagent.com/can-you-email-casting-directors",
    "subium_sayit": "https://subium.com/profile/naomialderman.bsky.social/post/3kvp2w7nzaq2t",
    "crash_askhelp": "https://crash.co/content/dont-be-afraid-to-ask-for-help-in-an-email/",
    "headhunter_jobs": "https://www.asktheheadhunter.com/17096/what-jobs-you-want",
    "troybilt_mentor": "https://takecontrol.troybilt.com/?p=57824",
    "rcel_infointerview": "https://rcelconnect.org/rcel-tip-tuesday-whats-next-exploring-your-next-job-part-2",
    "northeastern_info": "https://careers.northeastern.edu/article/informational-interviewing/",
    "galileo_intros": "https://galileo.ventures/post/how-to-make-and-accept-email-intros",
}

EN = [
    (
        "binaypanda_lab",
        "too_big",
        True,
        None,
        "Sir, please take me in your lab. I really want to be in your esteemed organization.",
        "Real e-mail quoted by a lab head (student to a principal investigator: upward, D). The object is a place in the lab, a position -> too_big.",
    ),
    (
        "binaypanda_lab",
        "vague",
        True,
        None,
        "Respected Authority, This is to bring to your kind notice that I am….",
        "Opening of a real internship e-mail quoted by the lab head; the quotation stops at the self-description. ambiguous: the source frames it as an internship request (too_big), but the text alone carries no request (A) -> vague.",
    ),
    (
        "binaypanda_lab",
        "too_big",
        True,
        None,
        "It will be my pleasure to work as an intern position and you will appreciate my presence.",
        "Internship request (a position) -> too_big.",
    ),
    (
        "binaypanda_lab",
        "too_big",
        True,
        None,
        "Kindly consider this cover letter as a wishful request and bless me by providing me the opportunity to work under your guidance.",
        "Asks to be taken on to work under the PI: a position, in words that do not say 'job' -> too_big.",
    ),
    (
        "adpribosylation_lab",
        "too_big",
        True,
        None,
        "I am writing this to express my sincere interest in the M.Sc. program in your lab. I am highly keen and focused to attain more knowledge, skills, and practical expertise under your invaluable guidance for further enhancing and employing them in future research work.",
        "Real generic e-mail quoted by a lab. Asks to join the lab as a master's student (a place, a long commitment from a stranger) -> too_big.",
    ),
    (
        "ngsf_summer",
        "too_big",
        True,
        None,
        "Dear Prof. Okafor, I am Meera Iyer, a student studying B.Sc. Microbiology at Northgate University. I am looking to work on a research project over the summer and so I was wondering if you could potentially offer an internship position in your lab. I am very interested in infectious diseases and your research aligns well. I was especially drawn to your work on [...]",
        "Template of a student's e-mail that 'worked pretty well'; placeholders filled with fictional values. Reference to their work does not change the object: an internship -> too_big.",
    ),
    (
        "univaffairs_lab",
        "too_big",
        None,
        None,
        "Seeking postdoctoral position",
        "Real subject line quoted by a professor receiving such e-mails daily. A position -> too_big.",
    ),
    (
        "univaffairs_lab",
        "too_big",
        None,
        None,
        "Volunteer Research Inquiry",
        "Real subject line. ambiguous: unpaid volunteering, but the object is being taken into the lab (a place, a long commitment from a stranger) -> too_big.",
    ),
    (
        "univaffairs_lab",
        "too_big",
        None,
        None,
        "Application for graduate program",
        "Real subject line sent to a lab head: admission as a graduate student in the lab (a position) -> too_big.",
    ),
    (
        "lechkaniuk_forward",
        "too_big",
        None,
        None,
        "Hi Rafael, I'm raising a Series A for my SaaS startup. We're the 'Uber for X' and we think we can disrupt logistics.",
        "Bad example of a cold e-mail to an investor; [Investor Name] and [vague market] filled (fictional). Serves being funded (B) -> too_big.",
    ),
    (
        "lechkaniuk_forward",
        "too_big",
        None,
        None,
        "I noticed your thesis on vertical SaaS opportunities in healthcare compliance. We've built [...] Would you be open to a 15-minute call?",
        "Good example's hook joined with the page's ask line ('You're not asking for €500K; you're asking for a conversation'). Small words, but the call serves being funded (B) -> too_big.",
    ),
    (
        "hiveround_cold",
        "too_big",
        None,
        None,
        "Subject: AI ops platform for healthcare claims · seed. Hi Ingrid, Saw your investment in Pellucid last month and your post on regulated AI workflows — we're working in adjacent territory. I'm Tomas, co-founder of Claimwise. We build an AI ops platform for healthcare claims processing — replaces a manual workflow that costs mid-sized payers $2–5m/year per team. We're at $42k MRR, growing 22% MoM [...]",
        "'Real-shape' cold e-mail to a VC; names and [Company] placeholders replaced with fictional ones; the stored excerpt stops before the closing ask. The subject says seed: serves being funded (B) -> too_big.",
    ),
    (
        "firstcloze_sequence",
        "too_big",
        None,
        None,
        "Subject: climate-adaptation infrastructure — and why I'm reaching out to you specifically. Priya, I'll be direct: I'm Daniel Hart, building Northfield Capital around climate-adaptation infrastructure. [...] I'm reaching out because you backed two flood-resilience companies last year — so this likely isn't coming out of nowhere for you. I'm having short conversations with people who think about this space. Not a pitch — a conversation about what I'm seeing and building. 20 minutes: [booking link]",
        "First touch of a fund manager's sequence to an accredited investor; {{placeholders}} filled with fictional values. 'Not a pitch', but the source frames the sequence as raising a fund: the 20 minutes serve being funded (B) -> too_big.",
    ),
    (
        "roundos_intro",
        "too_big",
        False,
        None,
        "Hey Colin, hope you're well! I noticed you're connected to Ines at Bramble Ventures. We're raising our seed and I think we'd be a great fit for them. Any chance you'd be open to an intro? Would mean a lot.",
        "Intro request to a former boss (source framing; a former colleague is not above, D); names and fund fictional. Introduction to an investor to obtain money (E) -> too_big.",
    ),
    (
        "cupofzhou_forwardables",
        "too_big",
        None,
        None,
        "Do you know any investors you can introduce me to?",
        "What founders often ask the author (an investor-side advisor). Introduction to investors for money (E) -> too_big.",
    ),
    (
        "roybahat_forward",
        "vague",
        None,
        None,
        "Hey Owen, I just met this founder and thought she was onto something — take a look at the below, do you want to talk?",
        "The introducer's double-opt-in note to the receiver (name fictional). ambiguous: what the talk serves is not said (could be a deal); read by the text: a bare 'do you want to talk' with no stated subject -> vague.",
    ),
    (
        "cyzor_partnership",
        "too_big",
        None,
        None,
        "We will co-develop a mobile-first loyalty app that drives a 15 % increase in repeat purchases for your retail brand. [...] Let's schedule a 30-minute call",
        "Partnership proposal guide: the one-sentence value proposition and the call to action it recommends. A partnership with deliverables and budget is a contract; the call serves winning it (B, C) -> too_big.",
    ),
    (
        "salespodder_never",
        "vague",
        None,
        None,
        "Subject: NEVER work with this PR Agency. I know your time is valuable, so here are a list of reasons never to work with us. [...] We don't have a vintage caravan in reception, fake grass on the floor, pet monkeys or a goat's milk decaf chai latte maker. We run a consultancy, not a theme park.",
        "Real cold e-mail of a PR agency founder (quoted from a newspaper column). A pitch that asks for nothing at all (C) -> vague, although the source says it won clients.",
    ),
    (
        "nyfa_audition",
        "too_big",
        None,
        None,
        "Please find attached materials submitted for the role of Maren in THE BEAST STALKS ITS PREY. I have admired the work of Director Luis Ferrante for many years, particularly in the series WHEN ROME BURNS and believe that my experience as a zoologist would be an asset to the role.",
        "Model audition submission from an acting department chair; character and director names replaced with fictional ones. Being cast is being hired -> too_big.",
    ),
    (
        "nyfa_audition",
        "too_big",
        None,
        None,
        "Submission for Maren by Jodie Lark",
        "Model subject line of the same submission (names fictional). Asks to be cast -> too_big.",
    ),
    (
        "myactingagent_cd",
        "too_big",
        None,
        None,
        "Submission for Blake by Rowan Ellery",
        "Model subject line for answering a casting call by e-mail (actor's name fictional). Being cast -> too_big.",
    ),
    (
        "subium_sayit",
        "too_big",
        None,
        None,
        "I'd love to do this job.",
        "A novelist's advice: say it at the end of a job interview. The object is the job -> too_big.",
    ),
    (
        "subium_sayit",
        "vague",
        None,
        None,
        "I'd really like to get into audio drama.",
        "Same post: say it 'out loud, fairly often'; 'x' filled with 'audio drama' (fictional). A wish with a niche, but no request -> vague.",
    ),
    (
        "subium_sayit",
        "vague",
        None,
        None,
        "Man, I'd love to make a board game.",
        "Same post ('I'd love to make a x'); 'x' filled. No request -> vague.",
    ),
    (
        "subium_sayit",
        "vague",
        None,
        None,
        "I'd really like to get into audio drama — can you help me with that?",
        "The version the author calls 'bad and pushy' ('can you help me with that?'). A request with no stated object (what help?) -> vague.",
    ),
    (
        "crash_askhelp",
        "vague",
        None,
        None,
        "[She] asked if I'd be willing to take a call so she could bounce some ideas around and figure out the best way to take the next steps [on her business].",
        "Reported e-mail of a founder to the author, with little history between them. A call about 'ideas' and 'next steps' with no stated subject -> vague.",
    ),
    (
        "crash_askhelp",
        "vague",
        None,
        None,
        "[She] emailed me cold and asked if I'd be willing to get coffee when she was in my city, to ask me questions about the project she was working on.",
        "Reported cold e-mail. ambiguous: a coffee with a purpose (questions about her project) is a small request, but the report does not say what the project or the questions are: no niche in the text -> vague.",
    ),
    (
        "headhunter_jobs",
        "vague",
        True,
        None,
        "I'm enjoying reading How Can I Change Careers? and I have a question. How do I know what jobs I want? A big part of your book is finding someone who already is doing the job you aspire to. But my knowledge is imperfect and I know I don't know all the jobs people are already doing. How do I grow my awareness?",
        "Reader's letter to a career author whose book they cite (upward, D). A broad question, no niche, no offer -> vague.",
    ),
    (
        "troybilt_mentor",
        "vague",
        True,
        None,
        "a junior marketing professional might approach a senior marketing manager, articulating an ambition to enhance strategic campaign development skills and requesting periodic feedback on project plans.",
        "Described model mentorship request (junior to senior: upward, D). ambiguous: 'periodic feedback' is an ongoing commitment, but the tie is not shown as cold (A), so the long-commitment rule is not applied; feedback on project plans in campaign development has a niche but no offer and no reference to their work -> vague.",
    ),
    (
        "rcel_infointerview",
        "vague",
        True,
        None,
        "I see that our 15 minutes is up, do you have five more minutes?",
        "Line a student is taught to say in an informational interview with an expert (upward, D). Small and bounded, but no niche in the text and no offer -> vague.",
    ),
    (
        "northeastern_info",
        "vague",
        True,
        None,
        "Subject: Referred by Hana Ruiz to discuss hospital supply-chain analytics",
        "Model subject line from a university careers page for a student's informational-interview request; [Name] and [Topic] filled (fictional). An intro through a named contact with a niche, but upward (source framing: student to professional) without offer or reference to their work -> vague.",
    ),
    (
        "galileo_intros",
        "precise",
        None,
        None,
        "[Alice] is also looking for some advice about marketing for B2C marketplace businesses.",
        "What a founder asks for over coffee with a VC in the post's made-up scenario (name kept as the post's invented one); the VC answers with an intro to a marketing VP of marketplace companies. Advice on a stated topic with a niche (marketing for B2C marketplaces); not shown upward -> precise.",
    ),
    (
        "galileo_intros",
        "too_big",
        None,
        None,
        "[Alice] is currently raising money and needs investors [...]",
        "Same scenario: the other half of her ask, met with an intro to an investor. Introduction to investors for money (E) -> too_big.",
    ),
]

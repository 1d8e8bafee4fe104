# ruff: noqa: E501  (quoted data: long lines keep each quotation whole)
"""A twenty-eighth English batch of asks written by other people (issue #16): "batch 28", untouched.

How it was made: the search tool was queried mostly in its ``pages`` corpus, for kinds of source the corpus had used
little and for one-to-one asks about work, study or a trade rather than club notices: trade and craft forums (a welding
equipment maker's message board, a yachting forum's crew section, a watch collectors' forum, an arborists' forum, a
letterpress printers' site, a trumpet players' forum, a professional pilots' career forum, an airline pilots' mentoring
forum, a parenting site's forum, an EMT's training log on a strength-training site), mailing lists kept on the web (the
Piano Technicians Guild's list in a piano firm's archive, a library acquisitions list, two threads of a coral-reef
scientists' list), advice columns and question pages in trades and sciences (a translation journal's column, a
tattooists' continuing-education column, a geologist's question pages on a university site, a land-surveying
magazine's readers' column, a career site's "Career Doctor", a radio station's employment column, a syndicated advice
column reprinted by a newspaper, a watch repairer's question blog, a shortwave-listening blog), practitioners' blogs
quoting requests they received (a court-reporting agency owner, a court reporter, a letterpress collector, an
architect, an anthology editor) and blogs by askers themselves (a homebrewer's post addressed to breweries, a design
graduate's cold e-mail to a designer, a doctoral researcher's question on a higher-education newspaper's blog). The
``issues`` corpus gave thirteen GitHub threads (data and figures asked of papers' authors, an offer to co-maintain, write
access, a letter for a grant, sponsorship asked and offered, a database's access question, contacts asked of
maintainers). Before a source was taken, its domain (for a blog on a shared host, the blog's own host name; for GitHub,
the owner/repo) and a distinctive phrase of the ask were grepped (``git grep -il``) against ``tests/data/asks_corpus/``
(``*.jsonl``, ``*.toml``) and ``benchmarks/asks_corpus_*``; a source whose domain was found was dropped even when the
page differed. Dropped (domain, host or repository already present): woodweb.com, silvermanguitars.com, team.net,
atasavvynewcomer.org, mail-archive.com, prism-magazine.org, indiabioscience.org, thefreshloaf.com, truckingtruth.com,
cakecentral.com, straightdope.com, spokesman.com, givingthree.org, fabriziotrotti.com, julielopezgraphics.com,
jamiekripke (blogspot.com), recipeswap.org, picturestoryteller.com, dhirubhai.net, electrical-contractor.net,
sciencemag.org, askdra and archcareers (blogspot.com), OpenQBMM/OpenQBMM and the other copies of one PhD student's
interview request, lauraset/Coarse-to-fine-weakly-supervised-GPC-segmentation, Creditas/challenge,
Sean-Bradley/Three.js-TypeScript-Boilerplate, ChandelAnish/hireHUB-website, razvanmarinescu/EB1A, VoltLang/Volta,
TensorFlowKR/dlcampjeju, fbdevelopercircles/open-source-edu-bot, freeCodeCamp/freeCodeCamp, reactjs/react.dev,
max-mapper/messages, barry-scott/BarrysEmacs, CDTgithub/DigitalServiceOpportunities and UCSD/campus-mobile. Reddit
mirrors (redlib and similar hosts) were passed over: their domains differ but reddit content is already in the corpus.

Each ask was labelled by the labelling guide (``tests/data/asks_corpus/GUIDE.md``: the guide, its v2 amendments A-E
and amendment F) as it was written down, before anything ran on it. The collector never opened, imported or ran the
ask checker or its evaluation and fitting scripts, so this batch is unseen by it. Conventions of batches 19 to 27 were
kept where F does not settle them: a specific question to a forum, a list, a column or a blog's readers on a stated
matter is ``precise`` (``upward`` left ``None``); a broad "any thoughts on my job search" stays ``vague``, and a
question on a stated situation or choice in a named trade is ``precise`` (noted ambiguous where the two readings meet);
a request reported by the person who received it is kept when the report says what was asked (batch 21). F3 was
applied as written: data or figures asked of a paper's authors are ``upward``, ``precise`` with a citation or a stated
research use and ``vague`` with neither. F2 was applied to sponsorship: money offered with a small set task asked
(enable a sponsor button) is ``precise``, asking whether features can be sponsored serves paying for work (a
contract, ``too_big``, noted ambiguous). Added here, recorded in the notes: a student writing to working professionals
(a library list, a court-reporting agency owner, an architect who is a family friend) goes upward (D), so a narrowed
request without an offer is ``vague`` (noted ambiguous against the advice-question convention); asking to be made a
maintainer of a stranger's project, or for write access to it, is a standing role (F1, ``too_big``); a letter of
participation asked to support a grant application serves being funded (B, ``too_big``); an open-ended unpaid place
in a brewery asked of strangers is a position (``too_big``); a son's request that his mother co-sign a loan is money
(``too_big`` even at circle 1: the close-tie exception covers referrals and long meetings). ``circle`` is 5 for a cold
message to a stranger (a GitHub issue on a stranger's repository, an e-mail out of the blue, a post addressed to
businesses the writer does not know), 3 for the daughter of an old friend, 2 for a friend, 1 for a son, else ``None``.
``upward`` is ``True`` only where the text shows the reader above (F3 data requests, students writing to
professionals); elsewhere it is ``None``.

Item layout as in ``asks_corpus_batch10_en``: (source id, label, upward, circle, text, note). The text keeps only the
ask and what immediately frames it, ``[...]`` marking cuts and square brackets marking words put in for names, handles,
links, codes or places taken out. Real people's names were cut or replaced by a description in brackets; e-mail
addresses, handles, a corporate e-mail address, initials and personal links were taken out; universities, a funder
and askers' towns were replaced by descriptions; one expletive was replaced. No source URL holds a private person's
name beyond the site under which its author publishes (a tattoo artist's column on his own education site, kept as
earlier batches kept blog addresses). The note records those edits and, for texts the guide leaves open, the reading
chosen ("ambiguous: ..."). Source list: ``asks_corpus_batch28_en_SOURCES.md``. A throwaway script run after the last
item compared every 10-word run of these texts with ``tests/data/asks_corpus/*.jsonl`` and the other
``benchmarks/asks_corpus_*.py`` files (55 files compared): no item shares one. The builder does not read this module
yet; the lead decides how to wire it in (suggested: wholly untouched, like ``real_test``).

44 asks from 44 sources (31 web pages, of which two are threads of one coral-reef mailing list, and 13 GitHub
threads): precise 26, vague 11, too_big 7.
"""

SOURCES = {
    "millerwelds_parttime": "http://www.millerwelds.com/resources/communities/mboard/showthread.php?32347-A-future-in-welding-Part-time&p=314978&mode=threaded",
    "infomotions_acqnet_selfcensor": "http://serials.infomotions.com/acqnet/archive/2001/200107/0090.html",
    "translationjournal_idealists": "http://translationjournal.net/journal/60fawb.htm",
    "airlinepilot_regionalmajor": "https://airlinepilot.life/t/upgrading-from-a-regional-to-a-major-airline/1613",
    "bay5brewing_workfree": "http://www.bay5brewing.com/2014/01/working-in-brewery.html",
    "crossq_rawdata": "https://github.com/adityab/CrossQ/issues/9",
    "sode_cotdata": "https://github.com/elena-luo/SODE/issues/2",
    "refusaldirection_fig1": "https://github.com/andyrdt/refusal_direction/issues/6",
    "showyourwork_rawdata": "https://github.com/allenai/show-your-work/issues/1",
    "yachtforums_ftlauderdale": "https://yachtforums.com/threads/looking-for-adventure.12316",
    "moypiano_untunable": "https://www.moypiano.com/ptg/pianotech.php/2001-April/083743.html",
    "omegaforums_watchmakingcareer": "https://cdn1.omegaforums.net/threads/watchmaking-profession-for-a-young-person.166168",
    "rkwatchservice_jobmarket": "https://rkwatchservice.com/tag/watchmaking/page/12/",
    "tattooeducation_apprentice": "https://www.tattooeducation.com/Ask_Guy_Aitchison/Ask_Guy_16.html",
    "uoregon_askgeoman": "http://homework.uoregon.edu/mstrick/AskGeoMan/geoQuerry28.html",
    "chronicle_archivestaff": "http://www.chronicle.com/blogs/profhacker/getting-to-know-you-introductions-at-archives-libraries-labs/41657",
    "fawn_maintainer": "https://github.com/e-oj/Fawn/issues/90",
    "beastjl_grantletter": "https://github.com/krcools/BEAST.jl/issues/76",
    "mimic_reference": "https://github.com/MIT-LCP/mimic-code/issues/1000",
    "basagc_questions": "https://github.com/cashelcomputers/basaGC/issues/10",
    "pipelinec_email": "https://github.com/JulianKemmerer/PipelineC-Graphics/issues/2",
    "arboristsite_ohioschool": "https://arboristsite.com/threads/looking-for-arborist-school-in-ne-ohio.117851",
    "pobonline_lsit": "https://www.pobonline.com/articles/84408-web-exclusive-plumb-advice",
    "toddolivas_stuckspeed": "https://toddolivas.com/blog/How-To-Get-Out-Of-School-With-Your-Sanity-Intact-Audience-Question.asp",
    "kramm_cleanwriting": "https://kramm.com/getting-out-of-160-wpm-is-like-getting-out-of-del-mar-during-rush-hour-court-reporters/",
    "briarpress_scrapyard": "http://briarpress.org/12415",
    "excelsiorpress_fatherspress": "http://excelsiorpress.org/reference_html/OldPressinBasement.html",
    "trumpetmaster_audition": "http://www.trumpetmaster.com/vb/178846-post1.html",
    "elitefts_paramedicschool": "https://www.elitefts.com/training-logs/starting-paramedic-school-reality-setting-in/",
    "redheadinlondon_designer": "http://redheadinlondon.blogspot.com/2009/05/good-news.html",
    "gitea_sponsorfeature": "https://github.com/go-gitea/gitea/issues/20168",
    "g213colors_sponsors": "https://github.com/dereisele/G213Colors/issues/14",
    "sshnet_sponsor": "https://github.com/sshnet/SSH.NET/issues/681",
    "livecareer_retrainat50": "https://www.livecareer.com/career-tips/career-doctor-blog/should-he-train-for-a-new-care",
    "preferredradio_buyout": "http://www.preferredradio.com/dearjoel/may-be-time-to-learn-a-new-skill-2/",
    "sunjournal_cosign": "https://www.sunjournal.com/2003/12/05/mom-gets-silent-treatment/",
    "jetcareers_spinendorsement": "https://jetcareers.com/forums/threads/spin-endorsement-for-cfi.138124/post-1877338",
    "corallist_settlementplates": "https://coral.aoml.noaa.gov/pipermail/coral-list-old/1999-January.txt",
    "corallist_wineglass": "http://coral.aoml.noaa.gov/pipermail/coral-list/2011-July/010174.html",
    "swling_qsldistance": "https://swling.com/blog/tag/qsls",
    "thebump_mountaintown": "https://forums.thebump.com/discussion/comment/79385921",
    "newfrontierbooks_screenshot": "https://www.newfrontierbooks.com/rant-when-people-want-your-book-for-free/",
    "notesonarchitecture_highschool": "https://notesonarchitecture.org/noa-35-architecture-qa",
    "crosspoint_writeaccess": "https://github.com/crosspoint-reader/crosspoint-reader/issues/2240",
}

EN = [
    (
        "millerwelds_parttime",
        "precise",
        None,
        None,
        "Seems that there are news reports of the upcoming shortage of welders. And I also have read that is not true, that many recent graduates are having trouble finding work. Like many things trying to find the truth is next to impossible but if a shortage takes place do any of you think companies will consider someone part time? Four hours a day or maybe 2 or 3 days a week?",
        "A thread-opening post on a welding equipment maker's community message board, whole as excerpted. A specific question to working welders (would shops take on a part-time welder, at stated hours) -> precise; hiring is the topic, not asked of the readers.",
    ),
    (
        "infomotions_acqnet_selfcensor",
        "vague",
        True,
        None,
        'Hi. I am a MLS student at [a state university]. I have been doing research for a presentation on intellectual freedom and collection development. My hope was to find specific rules that librarians use to ensure that they are not self-censoring. My research has only lead to multiples of the same answer; "follow the collection development policies laid out for your library." This sort of answer is only the outline for what i hope to present: specific and personal rules librarians use for themselves to check their desire to guard patrons from what said librarian finds offensive. It would be great if you could offer up some gems. [...] Thank you, [...]',
        "A library-school student's message to an acquisitions librarians' mailing list (ACQNET), from a web archive of library lists; the university, the student's e-mail address and name taken out. A student writing to working librarians goes upward (D); the request is narrowed (personal rules against self-censorship in selection) but offers nothing in return -> vague. ambiguous: the batches' convention for a specific question to a list would give precise with upward None.",
    ),
    (
        "translationjournal_idealists",
        "vague",
        None,
        None,
        "I am a fresh business grad and freelance translator (DE-EN) in need of career advice. [...] I've mostly worked as a vendor for smaller agencies to bridge slow times [...], but I also have some great private customers. Right now I'm considering management positions for large agencies [...], but there are so many and I do not really know how to decide. [...] At the end of the day, I want to have my customer's respect [...]. As a business grad there's a lot of pressure to run straight into the job market, but I figure the longer you maintain your ideals, the higher your market value. [...] Are there any idealists in the language industry? [Signed with a pen name]",
        "A reader's letter to a translation journal's advice column for practising translators, cut; the agency names and the pen name left out. 'In need of career advice' and the closing broad question ('are there any idealists in the language industry?') -> vague. ambiguous: the choice between agency management posts is a narrower question, but it is not what the letter finally asks.",
    ),
    (
        "airlinepilot_regionalmajor",
        "precise",
        None,
        None,
        "I asked a Pilot I know how many hours of PIC (Pilot in Command) time do most U.S Major Airlines require before a Pilot for a Regional Airline can start applying for an interview. He explained that it used to be required by the Majors for a Pilot to have been a Captain on a Regional Airline with at least 1000 hours of flight time, but that rule no longer applies. [...] I wanted to see if you agree with this... If this is true, how many years of flight time as a 'First Officer' on a regional do most major Airlines require before you can apply for them? And finally, is it fair to say that Regional Pilot applicants who have upgraded to Captains are far more likely to be put at the top of the list than First Officers [...]?",
        "A question opening a thread on an airline pilots' mentoring forum, cut. Specific questions (PIC hours, first-officer years, captain upgrade) to working airline pilots -> precise; hiring is the topic, not asked of the readers.",
    ),
    (
        "bay5brewing_workfree",
        "too_big",
        None,
        5,
        "One of my goals in life, whether it's a career change or the investment of a big lottery win ;), is to work in a local brewery. Hell, I'd even work for free in exchange for learning more about the process. [...] If any local breweries happen to come across this post and are willing to give me that opportunity, let me know. I'm serious. I'm available after my daytime job work hours and on weekends. I'll do any job necessary, as long as I can eventually take part in every process of brewing at some point. Help me expand my knowledge!",
        "A homebrewer's blog post addressed to local breweries, cut. An open-ended unpaid place in a brewery (evenings and weekends, 'any job necessary') asked of strangers is a position and a long commitment -> too_big.",
    ),
    (
        "crossq_rawdata",
        "precise",
        True,
        5,
        "My name is [...], and I am a reinforcement learning researcher. I recently read your paper. I found your work to be incredibly insightful and highly relevant to my own research. To further my research, I am particularly interested in the raw data used in your study, specifically the data related to Evaluation Result of Mujoco GYM. **Your evaluation protocal seems to be very reasonable and i would follow your evaluation protocal in my paper.** As you know, It takes too long time to reproduce your results. I understand that sharing raw data can sometimes involve additional effort, and I greatly appreciate your consideration of my request. If there are any specific conditions or agreements required for accessing the data, please let me know, and I will be happy to comply.",
        "A GitHub issue on the repository of a reinforcement-learning paper, whole but for the asker's name (cut). Raw evaluation data asked of a paper's authors (F3, upward): a reference to the work (its MuJoCo evaluation) and a stated research use (following its protocol in the asker's paper) -> precise. circle 5: a stranger's issue.",
    ),
    (
        "sode_cotdata",
        "precise",
        True,
        5,
        "Would it be possible to access the structured version of the data you processed using your framework? I would, of course, cite your paper properly and include an acknowledgment in any resulting work. Thank you in advance, and again, congratulations on this great research!",
        "A GitHub issue on a paper's repository ('Request for Access to Structured CoT Data from Your Paper'), whole as excerpted. Data asked of a paper's authors (F3, upward), with the work referred to (the data processed with their framework) and an offer (citation and acknowledgment) -> precise.",
    ),
    (
        "refusaldirection_fig1",
        "vague",
        True,
        5,
        "Hi! Great work! Could I get the raw numbers to reproduce your Figure 1? This will greatly help our research. PS: a similar concurrent work is here -- [a link to a preprint] -- [first name]",
        "A GitHub issue on a paper's repository, whole; the link and the signature replaced. Data asked of a paper's authors (F3, upward) with a reference to the work (Figure 1) but no citation, shared result or stated use beyond 'help our research' -> vague. ambiguous: 'reproduce your Figure 1' may be read as a stated research use, which would give precise.",
    ),
    (
        "showyourwork_rawdata",
        "vague",
        True,
        5,
        "Is it possible for you guys to share the raw data from the paper? It's quite a bit time-consuming and carbon-producing to reproduce.",
        "A GitHub issue ('Paper data') on a research lab's paper repository, whole. Data asked of a paper's authors (F3, upward) with a reference to the paper but no offer -> vague.",
    ),
    (
        "yachtforums_ftlauderdale",
        "precise",
        None,
        None,
        "Hello all. I was wondering what the chances are of someone who is inexperienced on a yacht just showing up in Ft Lauderdale (or Miami) and finding work. Does it just not work like that? I really dont care what the work is, I'm just looking for something new to do. My passion is cooking and entertaining. Even though I've never worked the field professionally, I do have dinner parties every Sunday evening and entertain\\cook for between 10-12 people. [...] I know there are a lot of skilled chefs out there looking for work on the mega-yachts, but what about finding work on the smaller boats? Is something like that possible? [...] I was thinking of flying down to Ft Lauderdale and looking around. Any thoughts or is that basically just a pipe dream? Also, here's my profile from my east coast scooter trip. [a link to a personal profile] Thanks for any help you can offer.",
        "A thread-opening post in the crew section of a yachting forum, cut; a link to the poster's travel-site profile taken out. Specific questions to yacht crew (can an inexperienced cook find work on smaller boats by showing up in Fort Lauderdale?) -> precise; the work is the topic, not asked of the readers.",
    ),
    (
        "moypiano_untunable",
        "precise",
        None,
        None,
        "This week (and it's only Thursday) I have been called out to tune three un-tunable (upright) pianos which the owners indicated on the phone were tunable, even though they were 80 to 100 years old. When I arrived at the homes, the pianos were wrecks with the expected rust, corrosion, and rot. To these owners, a tuning meant a rebuild. In each case, I left without tuning. How can I avoid this in the future? Is there a number of years-old that you will not go out for a tuning? How do I weed out the tunable pianos from the un-tunable pianos on the phone? [Name], [a Florida town]",
        "A piano tuner's question to the Piano Technicians Guild's mailing list, quoted in a reply and kept in a piano firm's web archive of the list; the signature (name and town) replaced. Specific questions to fellow technicians (screening untunable uprights on the phone, an age limit) -> precise.",
    ),
    (
        "omegaforums_watchmakingcareer",
        "precise",
        None,
        None,
        "My daughter will be graduating High School in one and half years, and needs to think about a career. At this point, it doesn't look like university will be the right path for her. She is really good with her hands and enjoys fine detail work. I imagine she might be good at watchmaking, but before I encourage her to consider it I want to know more. Clearly there is a shortage of watchmakers at the moment [...]. However, I got to wondering if it is a good long-term career for a young person. There seems to be a trend towards manufacturers either servicing in house, or using low cost swap and toss movements. Cutting off the parts supply to independent watchmakers is also a worrying trend. I would be curious to know what you all think? The upfront investment in education and tools would be significant, but compared to the cost of a University education in the U.S. it may not be much.",
        "A parent's thread-opening post on a watch collectors' forum, cut. An opinion asked on something stated (watchmaking as a long-term career, given in-house servicing and the parts-supply trend) in a named trade -> precise. ambiguous: 'what you all think?' may be read as a broad career question, which would give vague.",
    ),
    (
        "rkwatchservice_jobmarket",
        "precise",
        None,
        None,
        "How is the current job market for watchmakers? I've inherited enough tools to probably open a workshop after I got some training. But I have a friend that said don't even bother training because the industry is dead. He was a watchmaker wo[...]",
        "A reader's question as quoted on a watch repairer's question-and-answer blog (tag page), cut where the excerpt ends. A specific question (the job market for trained watchmakers, with the asker's situation stated) to a working watchmaker -> precise.",
    ),
    (
        "tattooeducation_apprentice",
        "precise",
        None,
        None,
        "What is the proper way of obtaining a apprentice ship. when you have no tattoo experience but quality art work.",
        "A reader's question to a tattoo artist's 'Ask' column on a continuing-education site for tattooists, whole. A question on a stated situation (an artist with a portfolio but no tattooing experience seeking an apprenticeship) in a named trade -> precise; the apprenticeship is the topic, not asked of the columnist. ambiguous: 'the proper way' may be read as a broad how-do-I-get-in question, which would give vague.",
    ),
    (
        "uoregon_askgeoman",
        "precise",
        None,
        None,
        "What educational requirements are necessary for a career in geology? Also, if I get my degree, what types of work are available?",
        "A reader's question to 'Ask GeoMan', a geologist's question-and-answer pages on a university site, whole. Two information questions (the courses a geology career needs, the work open to a graduate) in a named field -> precise. ambiguous: the questions are general within geology and may be read as a broad career question, which would give vague.",
    ),
    (
        "chronicle_archivestaff",
        "precise",
        None,
        None,
        "This summer I had the good fortune [...] to make several trips to archives and libraries to do dissertation research. [...] At every archive or library, the staff was unstintingly generous and helpful. [...] Still, I have the feeling that I didn't get to know the archivists and librarians as well as I ought to have, and that the shortcoming was my fault. I am not particularly outgoing. [...] So I put the question to you: How do you go about introducing yourself and getting to know the staff at archives, libraries, labs, and other places where you do short-term work?",
        "A doctoral researcher's post on an academic-technology blog of a higher-education newspaper, cut. A specific question to readers (how to introduce oneself to archive and library staff during short research visits) -> precise.",
    ),
    (
        "fawn_maintainer",
        "too_big",
        None,
        5,
        "Hello, [maintainer's first name], I am [first name], a came across this library a few months ago, I was fascinated by the functionality. Kudos. I took my time to read more about this and I see you are open to volunteers to maintain this project. I will be glad to contribute to this. Will this be possible?",
        "A GitHub issue ('Indication of Interest') on a stranger's JavaScript library, whole; both first names replaced. The asker volunteers to become a maintainer, i.e. asks to be given a standing role in the project (F1's co-maintaining) -> too_big. ambiguous: the maintainer had invited volunteers, and the asker offers rather than asks a commitment; read as contributing, it would be a small request.",
    ),
    (
        "beastjl_grantletter",
        "too_big",
        None,
        None,
        "I am sorry to put the request here but I can not get in touch with you in any other way. I am applying a grant ask me a proof that I have participated in previous projects. Can you help me provide a letter to confirm that I have involved in the following project? 2015.8 - 2018.1 [a research council] project: Boundary Element Methods for Next-Gen Devices in TeraHertz Technology. ([a UK university]) If you need any information, please feel free to contact me. [e-mail address] [Name]",
        "A GitHub issue ('need help') on a former project lead's Julia package, whole; the e-mail address, the name, the funder and the university replaced. A short letter confirming past participation, asked to support a grant application: what the request serves is being funded (B) -> too_big. ambiguous: the letter itself is a small attestation from a former colleague (batch 27 read such an attestation as precise).",
    ),
    (
        "mimic_reference",
        "precise",
        None,
        5,
        "Hi, What are the reference requirements for students who don't yet have a formal supervisor? What should the reference be able to confirm and do they have to be from the same institution?",
        "A GitHub issue ('Question about reference') on the code repository of a clinical database that requires a reference for access, whole. Specific questions about the access procedure, to its maintainers -> precise.",
    ),
    (
        "basagc_questions",
        "vague",
        None,
        5,
        "Hi [maintainer's handle] What a wonderful initiative! Can you please just let me know if I can reach you with some questions that I have? :smile:",
        "A GitHub issue ('Reactivate the project!') on a stranger's Apollo guidance computer emulator, whole; the handle replaced. Leave to send questions that are not stated -> vague (no niche to what is sought).",
    ),
    (
        "pipelinec_email",
        "vague",
        None,
        5,
        "HI My Team Leader is interested in this project. Can you give me your email address? My email address is [e-mail address] Thanks.",
        "A GitHub issue ('Can you give me an email address?') on a stranger's hardware-graphics repository, whole; the asker's corporate e-mail address taken out. A contact asked with no purpose stated beyond interest -> vague. ambiguous: a company's team lead may mean hiring or business, which the text does not show (A).",
    ),
    (
        "arboristsite_ohioschool",
        "precise",
        None,
        None,
        "I read somthing on AS about an arborist training clinic at Penn State coming up soon. I was wondering if anyone knew of any such program in or around northeast ohio.",
        "A thread-opening post on an arborists' forum ('AS' is the forum), whole; the poster's handle left out. A specific question (an arborist training programme in a named region) -> precise.",
    ),
    (
        "pobonline_lsit",
        "precise",
        None,
        None,
        "I'd like to take the LSIT in my state. The local board was kind enough to send the forms, but I'm lost in preparing for the test. Please recommend the proper materials to study or books to read. What's the best way to prepare?",
        "A reader's question in a land-surveying trade magazine's web column of readers' answers, whole. A specific request (study materials for the land-surveyor-in-training exam) to licensed surveyors -> precise.",
    ),
    (
        "toddolivas_stuckspeed",
        "vague",
        True,
        None,
        "Thanks for the encouragement the other day.... It does get a bit discouraging when one is kind of 'stuck' in a speed. I sometimes write decently at 180 or 190, but other times I am not quite there. I am married, have grandkids, three houses to tend to and work teaching some exercise classes, so I am quite busy. I find that the energy level has a lot to do with the accuracy... I am doing part of my work online due to the distance I have to drive for maybe 90 minutes of dictation... I tend to write flat fingered at times and I think that messes with my accuracy. Any tips you have to give are appreciated. -[Initial] from [a region]",
        "A court-reporting student's e-mail to the owner of a court-reporting agency who had spoken at her school, quoted on his blog; the initial and region replaced. A student writing to a working professional goes upward (D); the request is narrowed (tips for a student stuck at 180-190 wpm who writes flat-fingered) and refers to his talk, but offers nothing -> vague. ambiguous: read as a question to an advice blog (the batches' convention), it would be precise with upward None.",
    ),
    (
        "kramm_cleanwriting",
        "vague",
        True,
        None,
        'A couple of weeks ago I received an email from a court reporting student who has been stuck in 140 - 160 for seven months and wants to know if I have any advice. A lot of the students in her class have been stuck at that speed for over a year. She asked me if I have any tips for "cleaning up" her writing.',
        "A court reporter's blog post (on a court-reporting firm's site) reporting an e-mail from a student, kept as batch 21 kept reported requests when the report says what was asked. A student writing to a working reporter goes upward (D); tips for 'cleaning up' her writing at a stated speed are narrowed, but there is no offer -> vague. ambiguous: as with the previous item, the advice-question convention would give precise.",
    ),
    (
        "briarpress_scrapyard",
        "precise",
        None,
        None,
        "At the scrapyard last Saturday, I saw an old platen press. [...] I believe it is a Chandler & Price. It is missing the platen, is probably missing some other parts as well. It is a new series press, not one with the curved spokes. I plan to return to the scrapyard tomorrow to have another look. Is there anything in particular I should look for to determine whether I should bother to save this machine? I am not a typesetter. I am a large-format photographer and steam & gas engine enthusiast, with a modest metal & woodworking shop. [...] I need another project like I need a hole in my head, but I hate to see restoreable machinery scrapped. Thank you in advance for your suggestions. [A town in Washington State]",
        "A thread-opening post on a letterpress printers' community site, cut; the poster's town replaced. A specific question to printers (what to check on a partial Chandler & Price platen press before saving it) -> precise.",
    ),
    (
        "excelsiorpress_fatherspress",
        "precise",
        None,
        5,
        "We have an old chandler and price printing press that was my fathers. My father died in 1985 and my mother is very sick. There is also an old paper cutter down the basement. I was just wondering if you could tell me if it is worth anything to anyone. If you could tell me anything I would really appreciate it.",
        "An e-mail to a letterpress printer and press collector, reproduced on his reference page ('What to do when you find an old printing press'), whole but for the headers; the sender's first name left out. Information asked on a stated object (whether a Chandler & Price press and a paper cutter are worth anything) -> precise; selling is the asker's possible aim, not asked of the reader. circle 5: an e-mail out of the blue.",
    ),
    (
        "trumpetmaster_audition",
        "precise",
        None,
        None,
        "audition logic? Anyone want to explain to me the logic behind asking Schmuyle, Xmas oratorio, and the high c lick in the end of Bartok concerto in the same round of a 2ND TRUMPET audition? Just curious if anybody else thinks this is a bit extreme. I guess I could justify it in a principal audition, although two picc. excerpts in the same round seems odd as it is used rather seldomly in orchestra. [Initials]",
        "A thread-opening post on a trumpet players' forum, whole; the initials signing it replaced. A specific question to orchestral trumpeters (why a second-trumpet audition round would ask these excerpts) -> precise.",
    ),
    (
        "elitefts_paramedicschool",
        "vague",
        None,
        None,
        "As I am sitting at the station waiting for a call at my current EMT job, my emotions are running wild thinking about my first evening of paramedic school after my shift. [...] every person I've talked to who has gone through it has said, \"Get ready for a year of hell.\" [...] My training will definitely take a hit, so keeping it very simplistic and to the point is in my best interest. [...] With all that being said, I am ready for the challenge ahead of me. For anyone that has been through something similar and wants to share their story, that'd be awesome! I'd love to hear it.",
        "An EMT's training-log post on a strength-training site, cut. An open invitation to share stories, with no question or concrete request -> vague, though the situation (paramedic school beside lifting) is stated.",
    ),
    (
        "redheadinlondon_designer",
        "too_big",
        None,
        5,
        "In a moment of \"I don't give a [expletive]\" last night I shot out an email to a new up and coming designer in London whose style is VERY much in line with what I want to do with my own work. [...] I basically said, \"look, I don't have a fantastic portfolio to show you and I don't have a ton of work experience yet, but I think your work is amazing and I would like to work for you. Here's a bit about how I approach design. blah blah blah.\"",
        "A fashion-design graduate's blog post reporting, in her own paraphrase ('I basically said'), the cold e-mail she sent to a designer she did not know; cut, an expletive replaced. A job asked of a stranger -> too_big. circle 5: a cold e-mail.",
    ),
    (
        "gitea_sponsorfeature",
        "too_big",
        None,
        5,
        "Hi, I just want to start out by saying we love gitea! We started using it a few months ago and it is amazing software. Since we started using it more, we found a few small features/qol improvements that we'd like to see implemented. Do you have a history of allowing people to sponsor specific features / bug fixes? I read through the contributions page and didn't see this explicitly mentioned either way. Thanks!",
        "A GitHub issue ('Question: Is it possible to sponsor specific features?') on a self-hosted Git service's repository, whole. The question serves paying the maintainers to build features, work for money (F2: a contract) -> too_big. ambiguous: read as a question about the project's policy, it is information on a stated matter (precise).",
    ),
    (
        "g213colors_sponsors",
        "precise",
        None,
        5,
        "Add a sponsor URL or sign up for GitHub Sponsors. [a link] [a link] I would like to support your project.",
        "A GitHub issue ('GitHub Sponsors') on a stranger's keyboard-lighting utility, whole; two help-page links replaced. Money offered, nothing bought (F2): what is asked of the reader is a small set task (add a sponsor link to the repository) -> precise.",
    ),
    (
        "sshnet_sponsor",
        "precise",
        None,
        5,
        "Hi, I would like to sponsor (via github) the development of ssh.net because I depend on it for my project. Please can you enable the sponsor option for your github organisation or project. Thanks!",
        "A GitHub issue ('Sponsor option for sshnet organisation?') on an SSH library's repository, whole. As the previous item: money offered (F2), the task asked is enabling the sponsor option for a named project -> precise.",
    ),
    (
        "livecareer_retrainat50",
        "precise",
        None,
        None,
        "It's been over 18 months since I last held a full-time job in the electronics field. I have placed many many resumes with employers. Many told me they have hiring freezes most have cut back and not hiring at all and the rest are seeking individuals with core experience. Also I'm 50 years old. Question: Do I keep taking the rejections in stride and keep placing resumes hoping for a break. Or should I drop my field and try to get a loan to go back to school and start over again at age 50?!",
        "A reader's letter to a career site's 'Career Doctor' advice column, whole but for the reader's first name (cut). Advice asked on a stated choice (keep applying in electronics, or borrow to retrain at 50) -> precise; jobs and a loan are the topic, not asked of the columnist.",
    ),
    (
        "preferredradio_buyout",
        "vague",
        None,
        None,
        "Dear Joel: I am a man in my mid-50s. About 18 months ago, I had little choice but to take a buyout package from the company I had worked with for nearly 30 years. It was a smart decision because the company moved to another state one year later. I thought that because of my excellent selling abilities I would easily find another job while collecting unemployment benefits. I have sent out countless resumes and have had a few (very) interviews but no offers. Do you have any thoughts? -[First name] in [a California town]",
        "A listener's letter to a local radio station's employment advice column, whole; the first name and town replaced (the columnist's first name, in the salutation, kept). A situation stated and 'any thoughts?' with no question narrower than the job search itself -> vague. ambiguous: the stated situation (a salesman in his fifties after a buyout) may be read as the niche of an advice request, which would give precise.",
    ),
    (
        "sunjournal_cosign",
        "too_big",
        None,
        1,
        "DEAR ABBY: I have a son who is 33. He has four children and lives in another state. About a year ago, he asked me to co-sign on a house loan. I refused. Now he won't speak to me. [...]",
        "A mother's letter to a syndicated advice column, reprinted by a local newspaper, cut to the request she reports (kept as batch 21 kept reported requests). The son's request to his mother is to co-sign a house loan: money (a loan guarantee) -> too_big; the close-tie exception covers referrals and long meetings, not money. circle 1: a son. The letter's own ask to the columnist (how to bridge the gap) is not the item.",
    ),
    (
        "jetcareers_spinendorsement",
        "precise",
        None,
        None,
        "How far in advance can you get the endorsement before starting CFI training? If you can get it before. Also, does the endorsement has an expiration date before you have to take the checkride?",
        "A thread-opening post ('Spin endorsement for CFI') on a professional pilots' career forum, whole. Specific questions about the spin endorsement for a flight-instructor applicant -> precise.",
    ),
    (
        "corallist_settlementplates",
        "precise",
        None,
        None,
        "Dear coral list I am doing a project on coral recruitment to settlement plates on a budget that makes the proverbial shoestring seem lavish. I have over 200 settlement plates (unglazed ceramic tiles) in the water and aim to change them every 3 months. To save money I am considering cleaning and recycling previously used plates, rather than buying new ones each time. However I am uncertain whether reusing plates could be considered to have 'altered' the substrate, making it difficult to compare data from new and used plates. Scrubbing the plates with a hard brush seems to remove any residues, but they could be washed in a mild acid solution i[...]",
        "A researcher's message ('advice') to a coral-reef scientists' mailing list, from the list's monthly archive, cut where the excerpt ends; the sender's name and address left out. A specific methods question (whether cleaned, reused settlement tiles alter the substrate) -> precise.",
    ),
    (
        "corallist_wineglass",
        "precise",
        None,
        None,
        "Dear Listers, Does anybody have any information on coral larvae settlement on glass? I work for an environmental education organisation in Peninsular Malaysia and we work in conjunction with a beach resort that produces a large amount of waste wine bottles but has no means of recycling them. The suggestion is to sink the bottles in Gabion baskets on damaged areas of the reef in an effort to encourage new coral growth, however there is some suggestion that coral larvae will not settle on the glass. Do any listers have any experience of creating artificial reefs using old wine bottles? Thanks and regards [Name]",
        "A message to the same coral-reef mailing list (a second source id for a different thread and year), whole as quoted in a reply; the signature replaced. A specific question (coral settlement on glass; artificial reefs of wine bottles) -> precise.",
    ),
    (
        "swling_qsldistance",
        "precise",
        None,
        None,
        "Hello, I have a question - what is the legit distance to ask for a QSL card? As a Lithuanian, I have sent (and succeeded) with requests to Hungarian, Czech and Estonian stations. But would it be fine according to DX etiquette to send QSL requests for local/national FM stations? It would be nice to get a collection from them as well. Thanks",
        "A reader's e-mail to a shortwave-listening blog, quoted in the post that answers it; the reader's first name cut. A specific question on radio-listening etiquette (asking local FM stations for QSL cards) -> precise.",
    ),
    (
        "thebump_mountaintown",
        "precise",
        None,
        None,
        "I posted a month or so ago about relocating to Colorado, specifically the Denver area, and a lot of people chimed in with good tips. DH and I haven't had any luck with jobs in Denver, but I have a video interview scheduled for next week at a company in a resort town. Looking online it seems that pretty much all housing costs a million dollars or more so I assume most people live out of the resort town in a neighboring mountain town. Any of you ladies in this situation? Or know anyone who is? [...] I'm also worried about job prospects for DH in such a small area. [...] I guess I wonder what you ladies would do in this situation. Move to small mountain town? Keep looking for something near Denver? Give up and stay where we are in our relatively low/medium cola? Assuming I even get offered the job of course.",
        "A thread-opening post on a parenting site's forum, cut. Advice asked on a stated choice (a job in a Colorado resort town and housing in a neighbouring town, or keep looking near Denver), with a question for members in that situation -> precise; the job is the topic, not asked of the readers.",
    ),
    (
        "newfrontierbooks_screenshot",
        "precise",
        None,
        2,
        "You will have to put a screen shot of that page on here because I don't see myself buying this book. Would love to see what you wrote though.",
        "A social-media comment by a contributor's friend, quoted (as a screenshot's text) in an anthology editor's blog post complaining about it; whole. A concrete small request of a friend (post a picture of the page you wrote) on a named object -> precise. circle 2: the post calls the commenter the contributor's friend. ambiguous: the request avoids a purchase and asks for the work free of charge; read as asking for free work, it would be too_big.",
    ),
    (
        "notesonarchitecture_highschool",
        "vague",
        True,
        3,
        "Hi [...] Hope you are well. I am starting to think about what I might like to study in University and architecture is one thing I am considering. I wondered if I might ask you a few questions. Do you think there are any particular courses in high school that I should take? If I am not particularly good at drawing can I still be an architect? What do you think the Job prospects are for architect graduates? What are your favourite things about being an architect? What are your least favourite things about being an architect? Where did your interest in architecture come from? There is no particular rush so feel free to respond at your convenience. Thank you very much, [First name]",
        "A high-school student's e-mail to an architect, the daughter of his old friend, posted with his answers on his architecture blog; whole but for the names. A student writing to a working professional goes upward (D): the questions are specific to architecture, but there is no offer and no reference to his own work -> vague. circle 3: the daughter of an old friend. ambiguous: read as a question list to an advice blog, or with the family tie as closer than D's upward reading, it would be precise.",
    ),
    (
        "crosspoint_writeaccess",
        "too_big",
        None,
        5,
        "Hi, I need push access to add a YAML file to this repository. Could you please grant me write access? Thank you! [...] [maintainer's handle], Can you please help me to get access",
        "A GitHub issue ('Access to add new file') on a stranger's e-reader firmware repository, with the asker's follow-up comment; the handle replaced. Write access to a stranger's repository is a maintainer's standing role (F1; the maintainer answered that it is 'reserved for trusted maintainers') -> too_big. ambiguous: the stated purpose is one small task (adding a file), which would read as a small request.",
    ),
]

if __name__ == "__main__":
    from collections import Counter

    print(
        len(EN),
        "asks from",
        len({s for s, *_ in EN}),
        "sources:",
        dict(Counter(label for _, label, *_ in EN)),
    )

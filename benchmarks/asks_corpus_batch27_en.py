# ruff: noqa: E501  (quoted data: long lines keep each quotation whole)
"""A twenty-seventh English batch of asks written by other people (issue #16): "batch 27", untouched.

How it was made: the search tool was queried mostly in its ``pages`` corpus, for kinds of source the corpus had used
little and for one-to-one professional asks rather than club notices: trade and occupational forums (a merchant
mariners' Discourse forum, a theatre technicians' forum, an electrical contractors' message board, a microcontroller
community's paid-work section, a severe-weather enthusiasts' forum), Usenet and mailing-list archives (comp.compilers, a
free-software project's development list and a mirror of it, an electronics newsgroup read on a forum mirror), advice
columns and reader-question pages in trade settings (a syndicated column reprinted by a newspaper, a career Q&A site's
law-firm question, a legal-careers site, an accountancy body's "Ask a CPA" page, a magazine-industry careers blog, a
school counsellor's blog, an architecture-careers blog, a film production assistant's blog), writers' blogs critiquing
query letters sent to literary agents, illustrators' and makers' blogs quoting requests they received (free album art,
a scam commission and the illustrator's reply, an offer to pay for a radio converter), small-business owners' blogs (a
graduate's copy-and-paste job e-mail, an open letter to job seekers), a librarian-writer's call for anecdotes, an
architecture student's call for stories and a painter's report of a friend's request for mentoring. The ``issues``
corpus gave eight GitHub threads (leave to use datasets, arXiv endorsements, an attestation letter asked of
maintainers, an "ask me anything" question). Before a source was taken, its domain (for a blog on a shared host, the
blog's own host name; for GitHub, the owner/repo) and a distinctive phrase of the ask were grepped (``git grep -il``)
against ``tests/data/asks_corpus/`` (``*.jsonl``, ``*.toml``) and ``benchmarks/asks_corpus_*``; a source whose domain
was found was dropped even when the page differed. Dropped (domain, host or repository already present): askdra
(blogspot.com), uexpress.com, divinecaroline.com, sciencemag.org and career-target.com (a professor's model e-mail),
allnurses.com, physicsforums.com, careervillage.org, thebasic-couture (tumblr.com), careerskillet.org, joshhannah.com,
cupofzhou.com, salian.in, studentdoctor.net, lsoft.com (MUSEUM-L), manager-tools.com, creators.com,
collegeconfidential.com, bigpodcast.com, cathygoodwin.com, thegrumpymarketer.com, wordtothewise.com,
notesfromasmallcompany.com, casnocha.com, talismantol.com, bernoff.com, marciosaito.com, wiselikeus.com,
kymmberly.com, thedailyherald.sx, jkellyhoey.co, chemjobber (blogspot.com), scienceleadership (sites.google.com),
SimplifyJobs/Summer2027-Internships, firstcontributions/first-contributions, KeithGalli/Pandas-Data-Science-Tasks,
yancie-yjr/scd.github.io, rajeshmore1/Capstone-Project-2, horrorho/InflatableDonkey, Wiredcraft/test-frontend,
codecrafters-io/build-your-own-x, gregory/jouba, dysphael/dysphael, AbdullahShiraz/AYUCARE,
joddiy/DynamicMalwareAnalysis, limacv/Deblur-NeRF, the "Looking for Interviewees" issues (videojs/video.js and
others, by one author), TheLarkInn/ama, kentcdodds/ama, r00k/AMA, wesbos/ama, sapegin/ama, mdo/ama,
protocol/ResNetLab and UCSD/campus-mobile. Reddit mirrors (redlib and similar hosts) were passed over: their domains
differ but reddit content is already in the corpus.

Each ask was labelled by the labelling guide (``tests/data/asks_corpus/GUIDE.md``: the guide, its v2 amendments A-E
and amendment F) as it was written down, before anything ran on it. The collector never opened, imported or ran the
ask checker or its evaluation and fitting scripts, so this batch is unseen by it. Conventions of batches 19 to 26 were
kept where F does not settle them: a specific question to a forum, a list, a column or a blog's readers on a stated
matter is ``precise`` (``upward`` left ``None``); a broad "how do I become a star / how did you get here" question stays
``vague`` even within a niche; a request reported by the person who received it is kept when the report says what was
asked (batch 21). F was applied as written: leave to use a paper's or repository's dataset is ``upward`` (F3),
``precise`` with a citation or a stated research use and ``vague`` with neither. Added here, recorded in the notes: an
arXiv endorsement is a task of a minute or two, ``precise`` when asked of peers or of a described kind of reader, and
``upward`` (D) when asked of a professor because of their publishing, so ``vague`` without an offer; a short
attestation of a merged contribution, with a draft offered, asked of the maintainers who merged it is a small task
(``precise``, noted ambiguous); a query letter to a literary agent asks for representation, a contract (``too_big``);
free or paid creative or technical work asked of a stranger (an album cover, an illustration commission, building a
device, contract programming) is ``too_big`` (F2, B); asking a group how to find a cheap programmer is advice
(``precise``); an employer's open letter offering unpaid shadowing with a possible hire is ``too_big`` (noted
ambiguous); "be my mentor" from a friend of two years, reported as occasional critique, is ``precise`` (F1's
long-commitment rule covers readers not shown close). ``circle`` is 5 for a cold message to a stranger (a GitHub issue
on a stranger's repository, a query letter, an e-mail out of the blue), 4 for maintainers who merged the asker's
work, 3 for one project's own development list, 2 for a friend of two years, else ``None``. ``upward`` is ``True``
only where the text shows the reader above (F3 data requests, an endorsement asked of a professor, an expert asked on
his "ask me anything" repository); elsewhere it is ``None``.

Item layout as in ``asks_corpus_batch10_en``: (source id, label, upward, circle, text, note). The text keeps only the
ask and what immediately frames it, ``[...]`` marking cuts and square brackets marking words put in for names, handles,
links, codes or places taken out. Real people's names were swapped for an invented one ("Dana") or cut; e-mail
addresses, arXiv endorsement codes and links, chat handles and personal links were taken out; a reader's town and a
university were replaced by descriptions. No source URL holds a private person's name beyond the blog or site
address under which its author publishes (kept, as in earlier batches). The note records those edits and, for texts
the guide leaves open, the reading chosen ("ambiguous: ..."). Source list: ``asks_corpus_batch27_en_SOURCES.md``.
A throwaway script run after the last item compared every 10-word run of these texts with
``tests/data/asks_corpus/*.jsonl`` and the other ``benchmarks/asks_corpus_*.py`` files (53 files compared): one item
(a grant applicant's request to a stranger for a reference letter, GitHub manman4/OEIS_00) shared a run (a stock
greeting) and was removed; no other item shares one. The builder does not read this module yet; the lead decides how
to wire it in (suggested: wholly untouched, like ``real_test``).

42 asks from 41 sources (36 sites: three threads each of a mariners' forum and of a theatre technicians' forum, two
posts of one newsgroup archive, two messages on one illustrator's page; eight GitHub repositories): precise 27,
vague 5, too_big 10.
"""

SOURCES = {
    "gainesville_nursecareer": "https://www.gainesville.com/story/news/2006/08/30/nurse-is-disillusioned-with-her-job/31494618007/",
    "theqqqe_warriormonks": "https://theqqqe.blogspot.com/2010/05/intrigued-by-setting.html",
    "openquery_release": "https://openquery.blogspot.com/2009/04/query-release.html",
    "porot_partners": "https://www.porot.com/career/advice/question/366",
    "legaljob_staras": "https://legaljob.com/meeting-the-expectations-of-a-big-firm-partner/",
    "guidanceguy_mecheng": "http://theguidanceguy.blogspot.com/2006/04/mechanical-engineering.html",
    "metalalbumart_freecover": "http://www.metalalbumart.com/hrf_faq/hi-we-are-a-start-up-hard-rock-band-from-knackebrohult-who-like-your-pictures-can-you-do-a-free-cover-for-our-full-length-album-we-might-record-when-perhaps-we-get-a-record-deal-we-have-no-money/",
    "lizstevens_workshop": "https://lizstevensart.com/live-and-learn",
    "ecn_ibewtest": "https://www.electrical-contractor.net/forums/ubbthreads.php/topics/163098/aptitude-test-for-apprenticeship-question.html",
    "compilers_uvicgrad": "https://compilers.iecc.com/comparch/article/94-02-176",
    "compilers_hotspots": "https://compilers.iecc.com/comparch/article/91-11-032",
    "masthead_infointerviews": "https://www.mastheadonline.com/blogs/?blogId=120&year=2008&month=November",
    "startheregoplaces_taxaudit": "http://www.startheregoplaces.com/why-accounting/ask-a-cpa/tax-versus-audit-comparison/",
    "xsdd_dataset": "https://github.com/Fighter20092392/X-SDD-A-New-benchmark/issues/1",
    "oniondoctor_dataset": "https://github.com/OnionDoctor/FCN_for_crack_recognition/issues/7",
    "massmind_papers": "https://github.com/uml-marine-robotics/MassMIND/issues/1",
    "gnu_emacsdevel_gsoc": "https://lists.gnu.org/archive/html/emacs-devel/2020-03/msg00442.html",
    "yhetil_modularorg": "https://yhetil.org/emacs-devel/DU2PR02MB101094E2DAE8D87D3A3E95239968C2@DU2PR02MB10109.eurprd02.prod.outlook.com/2-a.bin",
    "gcaptain_deckcadet": "https://forum.gcaptain.com/t/deck-cadet/5593",
    "gcaptain_1600masters": "https://forum.gcaptain.com/t/sitting-for-1600-gt-masters-and-3rd-mates/1171",
    "gcaptain_3mateunlimited": "https://forum.gcaptain.com/t/convince-me-to-go-for-3rd-mate-unlimited/73152",
    "controlbooth_waapa": "https://www.controlbooth.com/threads/looking-into-lighting-as-a-career-interested-in-studying-design.22850/latest",
    "controlbooth_churchlighting": "https://www.controlbooth.com/threads/so-i-wanna-design-lighting-but-do-not-want-to-waste-my-time.42450/",
    "controlbooth_becomeld": "https://www.controlbooth.com/threads/i-want-to-be-a-lighting-designer.6384/",
    "freerangelib_vendorpitches": "https://freerangelibrarian.com/2007/07/11/last-call-for-input-on-bestworst-vendorpr-pitches",
    "mikejuly_recentgrad": "http://mikejuly.com/2014/04/",
    "bantiblog_dearjobseeker": "http://bantiblog.blogspot.com/2012/02/dear-jobseeker.html",
    "timmcfarlane_artmentor": "http://timmcfarlane.blogspot.com/2005/06/mentorship.html",
    "mxstbr_growing": "https://github.com/mxstbr/ama/issues/1",
    "paser_arxivendorse": "https://github.com/paser-group/continuous-secsoft/issues/9",
    "tkersey_arxivendorse": "https://github.com/tkersey/resume/issues/1",
    "bernstein_receipts": "https://github.com/sipyourdrink-ltd/bernstein/issues/4745",
    "synthea_ackletter": "https://github.com/synthetichealth/synthea/pull/1631",
    "archcareers_highschool": "http://archcareers.blogspot.com/2009/09/internship.html",
    "builtbuilder_stories": "https://thebuiltandthebuilder.blogspot.com/2015/05/training-troubles.html",
    "arduino_contractprog": "https://forum.arduino.cc/t/contract-programmer-for-hire/594136",
    "webteractive_picprogrammer": "https://makerv2.webteractive.co/forums/threads/i-need-some-pic-programming-help.20202",
    "unknowndomain_employme": "http://unknowndomain.co.uk/2012/07/19/external-interest/",
    "ausweather_stormchasing": "http://australiasevereweather.com/forum/index.php?topic=457.msg6330",
    "tapa_noexperience": "https://www.anonymousproductionassistant.com/tag/movies/page/5/",
    "g3xbm_saqconverter": "http://g3xbm-qrp.blogspot.com/2011/11/rf-skill-levels.html",
}

EN = [
    (
        "gainesville_nursecareer",
        "precise",
        None,
        None,
        "Dear Abby: I love your column and no-nonsense advice. I guess what I want is for you to tell me it is OK to change careers. I am a registered nurse who graduated from nursing school a year ago and hates her job. I am getting ready to change careers. It will cost me money, but I feel the payoff in time and peace of mind is worth it. What do I say to people who are going to criticize me for it? [...] The problem is mainly the other nurses and the environment, not my patients. [...]",
        "A reader's letter to a syndicated advice column, reprinted in a newspaper; the signature (a first name and a city) taken out. A stated question (what to say to critics of a career change a year after nursing school) to a column -> precise. ambiguous: reassurance sought rather than advice.",
    ),
    (
        "theqqqe_warriormonks",
        "too_big",
        None,
        5,
        "I am writing to you seeking representation for my young adult novel, which has the working title WARRIOR-MONKS and is complete. Warrior-Monks is intended for young adult readers ages 13-17, who are buying books in droves these days [...]. I also feel obligated to inform you that this is not an exclusive submission [...]. That being said I really liked what you had to say about yourself and your representation on the about page of your website and I imagine that I would love to have you represent my project.",
        "A cold query letter to a literary agent (circle 5), posted as a bad example on a writers' blog, cut. Representation by an agent (a contract) is the object -> too_big.",
    ),
    (
        "openquery_release",
        "too_big",
        None,
        5,
        "Dear Agent: I graduated from [a state university] in May of 1997 with a degree in journalism. [...] I chose to submit my novel for your consideration after seeing that you had interest in this particular genre [...]. Upon request, I am prepared to send the completed manuscript. Thank you for taking the time to consider representing my work. I look forward to hearing from you.",
        "A cold query letter ('Dear Agent', circle 5) posted for critique on a query-workshop blog, cut; the university, the plot and the signature taken out. Representation (a contract) asked of an agent -> too_big.",
    ),
    (
        "porot_partners",
        "precise",
        None,
        None,
        "I recently started working at a midsize law firm. While I like my job, I'm constantly being asked by partners to help them. I know it's not a good idea to say no to partners, but there are only so many hours in the day. What can I do?",
        "A reader's question to a career-advice column, whole. A stated problem (a new associate at a midsize firm overloaded by partners) and a question -> precise.",
    ),
    (
        "legaljob_staras",
        "vague",
        None,
        None,
        "Any advice for how specific things one can do to separate herself as a star junior associate at an AmLaw 100 firm?",
        "A reader's question quoted by a legal-careers site, whole (the site notes no details were given). A broad 'how do I become a star' question, though placed (AmLaw 100) -> vague. ambiguous: the niche is stated, the question broad.",
    ),
    (
        "guidanceguy_mecheng",
        "precise",
        None,
        None,
        "Dear Guidance Guy, I am a sophomore in high school who is above average in math and science. [...] I was thinking about mechanical engineering as a career path. What is mechanical engineering though, I mean compared to the rest? It seems so vague in title. What type of career can a degree in mechanical engineering lead to? And what is a good college/university for this?",
        "A student's letter to a school counsellor's advice blog, cut; the pen-name signature taken out. Specific questions on a named field (mechanical engineering) to a column -> precise.",
    ),
    (
        "metalalbumart_freecover",
        "too_big",
        None,
        5,
        "Hi, we are a start-up hard rock band from Knäckebröhult who like your pictures! Can you do a free cover for our full-length album we might record when perhaps we get a record deal? We have no money, but we promise to tell all our friends and our four followers on facebook about your work!",
        "An illustrator's FAQ quoting the kind of request he receives, whole. A whole album cover for free from a stranger (days of work, asked as a favour) -> too_big. ambiguous: likely a composite of real requests.",
    ),
    (
        "lizstevens_workshop",
        "too_big",
        None,
        5,
        "My name is [Dana]. I am an academic event organizer and an Apraxia patient. I got your contact details on Behance. I need the service of an artist or illustrator/cartoonist to work on a project for an upcoming workshop. I will give the idea of what I need to be illustrated/drawn when you get back to me. Warm Regards, [Dana].",
        "An e-mail quoted on an illustrator's blog (it turned out to be a scam), whole; the first name swapped, the address taken out. Paid illustration work offered to a stranger is a contract -> too_big.",
    ),
    (
        "lizstevens_workshop",
        "too_big",
        None,
        5,
        "Thanks for contacting me. I would love to know more about your project to see if my work is a good fit for what you have in mind. I'm an illustrator and elementary school art teacher in New Mexico, USA. [...] If you haven't done so yet, please visit my website to see more of my portfolio [...]. Feel free to email me if you think my work will be a good fit for your project and we can arrange a phone call or Zoom meeting to discuss the project in more detail. I look forward to hearing from you!",
        "The illustrator's reply, quoted on her blog, cut; the greeting name and the website link taken out. A call to discuss a paid commission serves winning a client (B, C) -> too_big.",
    ),
    (
        "ecn_ibewtest",
        "precise",
        None,
        None,
        "Here in oregon the electrical apprenticeship is going to open up again for applications so i will be applying on may 14th with IBEW local 48 in portland. [...] currently i am a carpenter doing drywall, metal stud framing ect. [...] My main question is how hard is the math and reading test you take? I know it will have algebra, how in depth in algebra are we talking just like first year algebra questions? [...] so what thins should i really be studying as far as the algebra goes? [...] thanks for any help you guys can give me.",
        "A forum post on an electrical contractors' message board, cut. Specific questions (the algebra on a named local's apprenticeship aptitude test) to a trade forum -> precise (advice about an application, not the place itself).",
    ),
    (
        "compilers_uvicgrad",
        "precise",
        None,
        None,
        "Hi! I am a fourth year undergrad from the University of Victoria (Victoria, BC, Canada) who will be graduating this summer. I am interested in a graduate studies program in the Compiler Construction and related areas. If anyone has information about such a program at their universities, any correspondence would be greatly appreciated!",
        "A Usenet post to comp.compilers, quoted in a reply in the newsgroup's archive, whole; the address taken out. Information on graduate programmes in a named sub-field (compiler construction) asked of a newsgroup -> precise.",
    ),
    (
        "compilers_hotspots",
        "precise",
        None,
        None,
        "What are the current hot spots in compiler/language design? What topics are being hashed through and where are the next breakthroughs in compilers and languages going to come from. I am considering doing my thesis in the area of compiler/language design and have begun to ask a variety of sources these types of questions",
        "A Usenet post to comp.compilers, quoted in a reply in the newsgroup's archive; the poster's name and address taken out. Current research topics in a named sub-field asked for a thesis -> precise. ambiguous: a broad question within a niche.",
    ),
    (
        "masthead_infointerviews",
        "precise",
        None,
        None,
        "I have emailed several people at one publication to ask for informational interviews and have been pretty much ignored. I just emailed, explained my loose connection and asked for a brief meeting to explore job possibilities. Should I take this as a sign not to approach people at this company in this way, or persevere and try to set up interviews with other people at the company?",
        "A reader's question to a magazine-industry careers blog, whole. A stated situation (unanswered informational-interview requests at one publication) and a two-way question to the columnist -> precise.",
    ),
    (
        "startheregoplaces_taxaudit",
        "precise",
        None,
        None,
        "I'm considering which department I should go into between tax and audit. Could you compare both departments?",
        "A student's question to an accountancy body's 'Ask a CPA' page, whole. A comparison of two named departments of public accounting -> precise.",
    ),
    (
        "xsdd_dataset",
        "precise",
        True,
        5,
        "Dear sir May I use your dataset for classification research? I may publish a paper, but I will cite your article in the paper.",
        "A GitHub issue on a dataset's repository, whole. Leave to use a paper's dataset (F3, upward) with a stated research use and a citation offered -> precise.",
    ),
    (
        "oniondoctor_dataset",
        "vague",
        True,
        5,
        "Excuse me, may I use your data set in my paper.",
        "A GitHub issue on a crack-recognition model's repository, whole. Leave to use the author's data (F3, upward) with no citation or result offered -> vague. ambiguous: 'in my paper' could be read as a stated research use.",
    ),
    (
        "massmind_papers",
        "precise",
        True,
        5,
        "Can I use this dataset to publish academic papers? [...] We would like to cite this dataset in the paper to compare the models, only for academic research, not for commercial work.",
        "A GitHub issue on a marine-robotics dataset's repository: the description and the asker's follow-up comment, joined. Leave to use a dataset (F3, upward) with a citation and a stated research use -> precise.",
    ),
    (
        "gnu_emacsdevel_gsoc",
        "precise",
        None,
        3,
        "In another list I see that GNU has been accepted for Summer of Code and is looking for projects. My own favorite ones regarding GNU Emacs have to do with beefing up the Emacs Lisp runtime and bytecode system. [...] But enough about me. What is most in need of help in GNU Emacs that a summer student might reasonably make progress on? Discuss the ideas here (please cc me since I don't regularly follow) and contact me offline and I'll forward the GNU contacts. [...]",
        "A post to a free-software project's development mailing list, cut; the sender's name taken out. A stated question (which parts of a named editor a Summer of Code student could work on) to the project's developers (circle 3, one project's list) -> precise.",
    ),
    (
        "yhetil_modularorg",
        "precise",
        None,
        3,
        "I am not sure if this is something, I hope you don't mind me asking, but could a work to modularize Org, be an appropriate subject? For example turn displaying pretty text (bold, italics etc), pretty links, tables, dates, and perhaps some other stuff into, from Org-mode, independent, minor modes that could be used in other parts of Emacs and more independently of Org mode. [...] I haven't done much research on this, just something I had in my head for a long time.",
        "A reply on the same development list (read on a list-archive mirror), cut. An opinion asked on a stated project idea (splitting Org features into minor modes as a student project) -> precise.",
    ),
    (
        "gcaptain_deckcadet",
        "precise",
        None,
        None,
        "Does a deck cadet still sit for testing on Third mate Unlimited, or is it worked out through an OJT situation.",
        "The opening post of a thread on a merchant mariners' forum, whole. A specific question on a named licence (Third Mate Unlimited) -> precise.",
    ),
    (
        "gcaptain_1600masters",
        "precise",
        None,
        None,
        "Well I will take my 3rds in two years now, but I've heard its useful to have a 1600GT Masters license as well. What other segments would I need so I could take both at once? What types of jobs should I expect to find with a 1600 masters? Thank you.",
        "The opening post of a thread on the same mariners' forum, whole. Specific questions on named licences (exam segments, jobs a 1600 GT master's licence opens) -> precise; jobs are the topic, not the object.",
    ),
    (
        "gcaptain_3mateunlimited",
        "precise",
        None,
        None,
        "I have my 200 ton mates, 100 ton masters and will soon be receiving my apprentice mate steersman. At the very least I plan on being able to work as a mate on tugs in the future. I'm considering going for my 1600 to make ATBs a possibility as well (that's necessary right?) but the mate on my boat is telling me that the exams for the 1600 and 3M unlimited are nearly identical and if I'm gonna go for either one I may as well go for 3M. Is this true? Are they really that similar? Also please send absolutely any study advice you may have (preferably from those who have hawsepiped themselves). [...]",
        "The opening post of a thread on the same mariners' forum, cut at the end. Specific questions (how alike two licence exams are) and study advice from a described kind of person (those who came up the hawsepipe) -> precise.",
    ),
    (
        "controlbooth_waapa",
        "precise",
        None,
        None,
        'I am a student who is in year 11 (2011) and I am fairly interested in working in the production industry (LX, Sound, SM, Fly [...]) when i am older [...]. One of the main things I want to specialise in is lighting [...]. I want to start getting serious about this sort of work as a career and one thing I was thinking of is going to a university and getting a masters in lighting design. or sound design. Or stage management. At WAAPA, VCA or NIDA [...]. What advice do people have when it comes to getting into these places when I have to interview and be amazing to get a placement. My main concern is at the moment I am very technical [...] and not so design oriented [...]. Does anyone have any recommendations on how I can do "design exercises" with shows [...]',
        "The opening post of a thread on a theatre technicians' forum, cut. Advice on interviews for named drama schools and on design exercises -> precise.",
    ),
    (
        "controlbooth_churchlighting",
        "precise",
        None,
        None,
        "[...] My current dream career has shifted to be a tech director/lighting designer at a church (not a traditional church, an awesome 'rock n roll' type of church with haze, like my current one) full-time. And every now and then being a freelancer and going out on gigs/tours with artists and bands every now and then. Is this unheard of? [...] So the question becomes how do I get there? My family of course, and I, want to go to college, but it has to be the right program. Being that I want to work in touring and a church, is a degree in technical theater, what most colleges offer, a smart move? [...]",
        "The opening post of a thread on the same theatre technicians' forum, cut; the poster's name taken out. A specific question (is a technical-theatre degree right for church and touring lighting) -> precise; the broad 'how do I get there' comes with a narrower question.",
    ),
    (
        "controlbooth_becomeld",
        "precise",
        None,
        None,
        "I have been a general stage tech for the past 10 years now. I'm ready to dive right on into just one aspect of theatre and move up the ladder. [...] Any way, long story short...I am wondering what I need to know, become most familiar with to be a lighting designer? Any books or web sites you can recommend? I already have a working knowledge of hang, focus, how to change a lamp [...]. I want to know what it takes to be a designer.",
        "The opening post of a thread on the same theatre technicians' forum, cut. Books and websites asked on a named craft (lighting design) by a stage technician -> precise. ambiguous: 'what it takes to be a designer' is broad, the book request narrow.",
    ),
    (
        "freerangelib_vendorpitches",
        "precise",
        None,
        None,
        "I posted to various lists, but you may not have seen this. For an article for a general-interest online IT magazine [...], I'm looking for pointers (anecdotes, horror stories, success stories…) on how vendors and PR folks can best market or pitch their products to IT managers — what approaches work, and which ones don't. [...] I have some great input, but feel free to add to the joy, no later than this Friday, July 13 (hmmm…). You can comment publicly, privately (just say you don't want your comment published), or via email, [address].",
        "A librarian-writer's blog post calling for input, cut; the e-mail address taken out. Anecdotes on a stated topic (vendor pitches to IT managers) for a stated article, by a date -> precise.",
    ),
    (
        "mikejuly_recentgrad",
        "too_big",
        None,
        5,
        "My name is [...]. I am writing to express my interest in working for your company. I am a recent graduate of [a university] with a degree in marketing. I have a very diverse background with experience in several different areas of business. I would love to discuss any job opportu[nities] [...]",
        "A cold e-mail from a recent graduate, quoted (already redacted) on a small agency owner's blog as a copy-and-paste example, cut where the excerpt ends. A job is the object -> too_big.",
    ),
    (
        "bantiblog_dearjobseeker",
        "too_big",
        None,
        None,
        "Dear Jobseeker I run a little business. I have no vacancies, but I could make some room for you to come in and learn how my business works. I can't afford to pay you, but you're welcome to sit around, shadow my staff, ask questions, and hopefully gain some valuable skills. [...] If you're able to demonstrate an ability to add value to my business in terms of reducing my costs or improving my revenue, there could be scope for hiring you into a paid position [...]. Use your initiative, learn about me, tell me what you can bring to the table. Let's talk.",
        "A small-business owner's open letter on his blog, cut. Unpaid shadowing with a possible hire, asked of unknown job seekers: a long commitment serving a hire -> too_big. ambiguous: the owner offers more than he asks.",
    ),
    (
        "timmcfarlane_artmentor",
        "precise",
        None,
        2,
        "I've been friends with someone I met online for almost two years. [She] is a budding artist living in the Washington, D.C. area. The other day, while instant messaging, she asked me if I'd be her art mentor. [...] She said she just wanted me to critique her work occasionally and ask questions.",
        "A painter's blog post reporting the request, cut; the friend's first name replaced. A request reported by the person who received it (kept as batch 21 did): occasional critique of her art from a friend of two years (circle 2, so F1's long-commitment rule does not apply) -> precise. ambiguous: 'be my mentor' from a close online friend.",
    ),
    (
        "mxstbr_growing",
        "vague",
        True,
        5,
        "You're just 19, and your achievements are already pretty cool: 3K:star:-project, a thousand of followers at Twitter, membership in [a React community organisation], a bunch of talks and probably something else I don't know. How've you got here at 19 (I believe you should've been programming since the middle school?) and how many time do you spend on all this stuff?",
        "A question opened on a developer's 'ask me anything' repository, whole; the link taken out. Upward (D: an expert whose work is cited) with a reference to his work but no offer, and a broad 'how did you get here' question -> vague.",
    ),
    (
        "paser_arxivendorse",
        "vague",
        True,
        5,
        "Hi, [...] I hope you're doing well. I noticed that you've published your work on arXiv, and I'm reaching out to ask if you could kindly endorse me for the cs.SE (Software Engineering) category. I'm preparing to submit a paper in this area and noticed that arXiv requires endorsement from someone who has previously published there. If you're comfortable doing so, you can endorse me using this link: [link] [...] with the Endorsement Code: [code] I truly appreciate your time and help, it would mean a lot to me as I work on sharing my research with the community. Thank you so much, [...]",
        "A GitHub issue on a research group's repository, addressed to the professor who leads it; both names, the link and the code taken out. A small task, but upward (D: an author whose publishing is the reason for asking) with no offer and only a bare reference to the work -> vague. ambiguous: 'you've published on arXiv' read as a reference.",
    ),
    (
        "tkersey_arxivendorse",
        "precise",
        None,
        5,
        "Hi [...], sorry to bother you. I saw you starred my project (thanks!) and I wonder if you are active in ArXiv cs.ai. I'm submitting a paper on ORCA (a cognitive runtime layer for agents) with a full open-source implementation: [link] and this is my first contribution so I need someone to endorse me. I'd really appreciate it if you can do that. It takes less than a minute: [link] Thanks! [...]",
        "A GitHub issue opened on a stranger's résumé repository, whole; the names and links taken out. A task of under a minute (an arXiv endorsement in a named category for a named paper) from someone who starred the project -> precise.",
    ),
    (
        "bernstein_receipts",
        "precise",
        None,
        None,
        'Maintainer\'s note, not a work item — nothing here needs a PR. I wrote a paper about the evidence layer this repository ships: "Receipts, Not Logs: Offline-Verifiable Run Records for LLM Agent Orchestration" [...] It is not on arXiv yet [...]. Ask 1 — endorsement. arXiv requires an endorsement for a first submission, and this is mine. If you have published in cs.CR on arXiv and can endorse — it takes about two minutes — comment here or email [address] [...]',
        "A maintainer's GitHub issue on his own project, cut; the e-mail address taken out. A two-minute task (an arXiv endorsement) asked of a described kind of reader (cs.CR authors) for a named paper -> precise.",
    ),
    (
        "synthea_ackletter",
        "precise",
        None,
        4,
        'First, thank you again for your guidance and for merging our AIS module into Synthea. It\'s been a fantastic learning experience for our team. I am writing with a small request that is important for us in a professional context in Syria. Here, formal documentation (such as a letter or certificate) is valuable for validating contributions when building our professional portfolios, seeking academic recognition, or engaging with local institutions and programs. Would the Synthea project be willing to provide a brief, formal acknowledgment of the contribution and merger of the "AIS_From_School_Screening_to_SOSORT_Recommendations" module [...] by [three contributors]? A simple digital document or PDF would be perfectly fine and greatly appreciated. To make this as easy as possible, I am happy to provide a draft text that you can review or adapt. We completely understand if this is outside normal practice [...]',
        "A comment on a merged pull request of a health-data project, cut; the maintainers' handles and the three contributors' names taken out. A short attestation of a named merged contribution, with a draft offered, asked of the maintainers who merged it (circle 4) -> precise. ambiguous: an attestation of fact, read as a small task rather than a reference.",
    ),
    (
        "archcareers_highschool",
        "precise",
        None,
        None,
        "Hi Dr. Architecture! How do I get an internship at a firm? I did email one local firm after mustering up some courage but unfortunately I got turned down. They said they only accept university students. So what do I do? Many thanks.",
        "A reader's e-mail to an architecture-careers advice blog, whole. Advice (what to do after a firm said it takes only university students) in a named field: the object is advice, the internship the topic -> precise. ambiguous: the opening 'how do I get an internship' is broad.",
    ),
    (
        "builtbuilder_stories",
        "precise",
        None,
        None,
        "Today, in the comments section, I request you to post any stories you might have regarding application for internships. All kinds of stories will be appreciated, from funny to sad to just plain frustrating.",
        "An architecture student's blog post, closing lines, whole. One small task (a comment with a story) on a stated topic (architecture internship applications) asked of the blog's readers -> precise.",
    ),
    (
        "arduino_contractprog",
        "too_big",
        None,
        None,
        "So I've got myself in quite deep over my head. I need to hire a programmer to help push me over the finish line on a project I have been working on for a while. [...] I need help coding a reliable dynamic mesh network for remote sensors that is capable of reliable communications of data ranging in size from 50 Bytes to 14000 Bytes. [...] When the complete code is done I will need to hire someone for code review. [...] The organization this is for will want an Non-disclosure agreement of the code before they will authorize me to send code to you. Please provide quote or inquiries for more information if you are interested. System is running an Atmega1284p MCU with a HopeRF RFM69HCW radio [...]",
        "The opening post of a thread in a microcontroller community forum's paid-work section, cut. Paid programming and code review asked of forum readers: a contract -> too_big, however precise the specification.",
    ),
    (
        "webteractive_picprogrammer",
        "precise",
        None,
        None,
        "You may remember a few months back I was pestering everybody for help with a remote lighting control system for my boat project. Well, I have it working. (Kinda) It is now wireless running on 916 Mhz Linx modules and is based on PIC 16F872s in the base and remote units. The programming is where I have a problem. [...] I need to hand the programming off to someone who thinks like these D*&#ed chips. This is a one-off project so I can't invest a ton of money in it. How do I find an eager young programmer willing to take on a two or three day challenge and will work for peanuts?",
        "A post to an electronics newsgroup, read on a forum mirror, cut; the signature, its links and the sender's name taken out. Advice (how to find a low-paid PIC programmer for a stated two- or three-day job) asked of the group: the object is advice, not hiring a reader -> precise. ambiguous: a reader could take it as a job offer.",
    ),
    (
        "unknowndomain_employme",
        "too_big",
        None,
        None,
        "Anyways two companies are expressing interest in my work, neither sound like paid jobs but I guess if their experties can help me make my project a reality that would be cool… [...] What I often wonder is how I am going to make money in this field of work, I would love to do projects like this full time but with the benefit of an electronics engineer to speed up the projects. If you wish to employ me please email me and that would be awesome.",
        "A maker's blog post about his split-flap display project, cut. A job asked of the blog's readers -> too_big.",
    ),
    (
        "ausweather_stormchasing",
        "vague",
        None,
        None,
        "G'day everyone, My names [...], Im from [my town] and its Bout time i started to persue storm chasing, I have had a passion for it for years but just never had the time nor money to chase storms, But im starting now, i know the basics about supercells and can from time to time read storms and predict what they will do but i want to know everything [...]. This will be my passionate hobbie as i couldnt imagine doing it as a career (Meteorologists) [...] Anyways if anyone out there would like to help me learn about this stuff and just chat about it, That would be awesome, Hope to hear from you all soon, [...]",
        "A first post on a severe-weather enthusiasts' forum, cut; the poster's name and town taken out. 'Help me learn and just chat' with no concrete request -> vague, though the field (storm chasing) is named.",
    ),
    (
        "tapa_noexperience",
        "precise",
        None,
        None,
        "You were right, I don't have much experience. So far just one 3-day shoot for a low budget independent film and a few other things I did on my own while in school. Are there specific types of projects that are more likely to hire [someone with no experience] [...]",
        "A reader's follow-up question quoted on a production assistant's blog, cut where the excerpt ends (the blog's title for it supplies the bracketed words); the reader's first name taken out. A specific question (which kinds of film projects take on beginners) to a blogger in the trade -> precise; hiring is the topic, not asked of the reader.",
    ),
    (
        "g3xbm_saqconverter",
        "too_big",
        None,
        5,
        'Today I received a request from a Spanish amateur who professed (more or less), "I`ve a problem. I know nothing about electronics and would be unable to build the SAQ converter on your website." He then offered to pay me to build and ship the converter to him.',
        "A radio amateur's blog post reporting an e-mail he received, cut; the request is paraphrased by its recipient ('more or less'), kept as batch 21 kept reported requests. Paying the reader to build and ship a device is a purchase (F2, B) -> too_big.",
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

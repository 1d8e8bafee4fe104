# ruff: noqa: E501  (quoted data: long lines keep each quotation whole)
"""A twenty-fifth English batch of asks written by other people (issue #16): "batch 25", untouched.

How it was made: the search tool was queried in its ``issues`` and ``pages`` corpora for real professional-networking
asks of kinds the corpus had used little: requests to a paper's, a textbook's or a guide's authors for leave to reuse a
figure (F3), requests to translate a book or guide, offers to buy a project's domain name or the project itself, a
domain seller's pitch, a request for paid consultancy and a price question to a commercial SDK, contributors asking
about pending pull requests, a question to a learning roadmap's author and to a relocation guide, a university
library study group's call for lightning talks, a podcast's invitation to conference guests, a meetup organiser asking
a speaker for a date, students writing to a professor and to a toolkit's author about lab places, a lab member asking
the lab head to sign a grant letter, and cold "let's connect" messages. The ``pages`` corpus was also searched
(advice columns, trade and hobby forums, career-centre guides), but its top results were already in the corpus or
held no ask; the first collector took no page source. Before a source was taken, its domain (or GitHub owner/repo) and a
distinctive phrase of the ask were grepped (``git grep -il``) against ``tests/data/asks_corpus/`` and
``benchmarks/``; a source whose domain was found was dropped even when the page differed. Dropped (domain or
repository already present): holman/ama, mdo/ama, kevva/ama, sapegin/ama, cassidoo, toddmotto, github/mentorships,
SimplifyJobs, the "Looking for Interviewees" thesis issues (videojs/video.js and others; phrase present),
open-austin/org, wafflejs, CodeandCoffeeCommunity, SwiftCommunityPodcast, designdetails/designdetails, The-Young-Programer,
Wiredcraft, tech256, ShixiangWang, dvgodoy/dl-visuals, KTH/devops-course, AmbitYuki, protocol/ResNetLab,
David-Maisonave, khangich (and the same seller's message on thedjpetersen/subway), PurelyAnecdotal, OpenHack,
netlify/ask-netlify, goodfeli, ethereumbook, openingscience, proback/BeyondMLR, bagder/http3-explained, blakewatson,
taniarascia, charlax, ivanceras, kirodotdev, TechnologyMasters, fyne-io, bigskysoftware, UCSD/campus-mobile, OpenGenus,
node-forward/mentors, govuk-paas, liddiard/harmontown-search, kiang/elections, ipfs/camp, openfl, slavavdovichenko,
spinn3r, lieff/minimp4, dancryer/PHPCI, RobinSchmidt, csuft, PatrickHua/SimSiam, filecoin-project/devgrants,
microsoft/call-center-ai, AguaClara, rohit-rajput1, Carol42, FeynmanDaUSP, hu8813; on the web: reddit.com, asbury.edu,
northeastern.edu, mtholyoke.edu, hacklibraryschool.com, ibiblio.org, beeculture.com, sassafrasbeefarm (wordpress.com),
thetandd.com, noozhawk.com, thequestionclub (livejournal.com), yourcareeradvantage (blogspot.com), we-are-here24.com,
eastbaytimes.com, thebillfold (awlnetwork.com), jessicastover.com, ask.metafilter.com, allnurses.com, archinect.com,
egullet.org, proz.com, studentdoctor.net, cheftalk.com, physicsforums.com; dropped by the second collector (see below):
lrug.org, cddddr.org, documentfoundation.org, cim3.net (ontolog-forum), sawmillcreek.org, jkellyhoey.co, diane.bz,
wiselikeus.com, arkansasstemcoalition.com, netmouse (livejournal.com), dartmouthalumnimagazine.com,
connect2collaborate.com, permies.com, rl.huuu.biz, yale62.org.

Each ask was labelled by the labelling guide (``tests/data/asks_corpus/GUIDE.md``: the guide, its v2 amendments A-E
and amendment F) as it was written down, before anything ran on it. The collector never opened, imported or ran the
ask checker or its evaluation and fitting scripts, so this batch is unseen by it. Conventions of batches 19 to 24 were
kept where F does not settle them: a reader asking an author or a forum a specific question on a stated matter is
``precise`` (``upward`` left ``None`` for such readers); a small request made as a step toward a job, a place in a lab,
a sale or funding is ``too_big`` (B), the buyer's side included (buying a domain, asking a price). F was applied as
written: leave to reuse a figure from its author's paper, textbook or guide is ``upward`` (F3), ``precise`` with an
offer (a citation, a stated research or teaching use) and a reference to the figure; a request to translate an
author's book or guide is read under F3 as leave to reuse a work, the translation being the offer (noted ambiguous);
one talk or a 5-10 minute guest slot at a named, dated event is ``precise`` (F1, F4); paid work offered to a
maintainer or asked of one is a contract (F2, B). ``circle`` is 5 where the text or its frame shows a cold message (a
GitHub issue to a stranger's repository), 3 for fellow members of a small group or lab, else ``None``; ``upward`` is
True only where the text shows a student writing to a professor, a lab member to the lab head, or under F3.

Item layout as in ``asks_corpus_batch10_en``: (source id, label, upward, circle, text, note). The text keeps
only the ask and what immediately frames it, ``[...]`` marking cuts and square brackets marking words put in
for names, handles or links taken out. Real people's names were swapped for invented ones or cut; e-mail
addresses, phone numbers, handles and personal links were taken out; universities and products were replaced by
descriptions where they would identify the sender. The note records those edits and, for texts the guide leaves open,
the reading chosen ("ambiguous: ..."). Source list: ``asks_corpus_batch25_en_SOURCES.md``.
A throwaway script run after the last item compared every 10-word run of these texts with
``tests/data/asks_corpus/*.jsonl`` and the other ``benchmarks/asks_corpus_*.py`` files (49 files compared); three
items shared runs and were removed, each the same mass-posted message already taken from another repository in an
earlier batch: a co-founder search (hussien89aa/iOSAppDevelopment, 26 runs), a paid-pilot pitch (weaviate/weaviate,
71 runs) and a "want to connect" note (lukepolson/DiscordChatSimulator, 17 runs). No run is shared now.
The builder does not read this module yet; the lead decides how to wire it in (suggested: wholly untouched, like
``real_test``).

The first collector stopped at 29 asks, all from GitHub issues. A second collector added the items after the 29th
(26 asks, ``auditory_listmanager`` onwards), under the same blind rules and by the same guide, all from other kinds of
page found in the ``pages`` corpus: mailing-list web archives (a research list, an autocross club, a documentation
project, a native-fish club, video librarians), club newsletters and websites (car clubs, a radio-control flying club),
school and parish-school science-fair pages, letters to a local newspaper's editor and to a pharmacists' advice column,
personal and company blogs (one quoting a cold internship e-mail its author received), a Mastodon post, forum and
Q&A-board posts, a reader's blog comment and a republished Q&A-site question. The same grep of domain and phrase was
run before each source was taken (dropped: the second list above). Conventions added for these kinds of page: calls
for volunteers read under F1 (a listed task of under an hour on a named day ``precise``; a role for a season or a
year, heading a programme, co-directing or taking over a newsletter ``too_big``; a single 2-hour judging shift or
planning a month's event asked of members ``too_big`` by the long-commitment rule, noted ambiguous); ``circle`` 3
for members of one club or one school's families, ``None`` for a list, a forum or a newspaper's readers; a specific
question to a column, a list or a forum on a stated matter ``precise`` with ``upward`` left ``None``; a student's
cold internship e-mail to a researcher ``upward`` (D). The 10-word-run comparison was run again after the last item
(49 files compared): none of the added items shares a run with the corpus or another batch.

55 asks from 52 sources (55 source ids: three pages each give two asks): precise 29, vague 4, too_big 22 (the first 29:
precise 16, vague 2, too_big 11; the 26 added: precise 13, vague 2, too_big 11).
"""

SOURCES = {
    "anatomybook_review": "https://github.com/philschatz/anatomy-book/issues/2",
    "anatomybook_handout": "https://github.com/philschatz/anatomy-book/issues/2",
    "convarithmetic_figure": "https://github.com/vdumoulin/conv_arithmetic/issues/10",
    "antialiasedcnns_figure": "https://github.com/adobe/antialiased-cnns/issues/24",
    "latentdiffusion_figure": "https://github.com/CompVis/latent-diffusion/issues/391",
    "nobrainer_domain": "https://github.com/NoBrainerORM/nobrainer/issues/283",
    "blockstrap_domain": "https://github.com/blockstrap/framework/issues/102",
    "echo_domain": "https://github.com/echosystem/echo/issues/3",
    "simplelineicons_acquire": "https://github.com/thesabbir/simple-line-icons/issues/109",
    "preloop_domainsale": "https://github.com/preloopdev/preloop/issues/115",
    "ydkjs_translate": "https://github.com/getify/You-Dont-Know-JS/issues/964",
    "advr_translate": "https://github.com/hadley/adv-r/issues/966",
    "cleancodejs_gitbook": "https://github.com/ryanmcdermott/clean-code-javascript/issues/319",
    "roll20_prwaiting": "https://github.com/Roll20/roll20-api-scripts/issues/1777",
    "devdata_prs": "https://github.com/vlucas/devdata.io/issues/24",
    "go2rtc_consultancy": "https://github.com/AlexxIT/go2rtc/issues/1597",
    "lansosdk_price": "https://github.com/LanSoSdk/video-edit-sdk-android/issues/2",
    "djangoroadmap_order": "https://github.com/HHHMHA/django-roadmap/issues/3",
    "bulib_lightningtalks": "https://github.com/bulib/studyGroup/issues/41",
    "javascriptair_kcdc": "https://github.com/javascriptair/site/issues/48",
    "pydelhi_talkdate": "https://github.com/pydelhi/talks/issues/258",
    "nexttechlab_prereq": "https://github.com/NextTechLab/McCarthy-Lab-roadmap/pull/12",
    "forrestbao_phd": "https://github.com/forrestbao/Run/issues/27",
    "waveletprosody_contact": "https://github.com/asuni/wavelet_prosody_toolkit/pull/31",
    "neurodata_nihletter": "https://github.com/neurodata/neurodata.io/issues/574",
    "relocatingberlin_questions": "https://github.com/azproduction/relocating-to-berlin/issues/17",
    "obsidiancss_partner": "https://github.com/Zachatoo/obsidian-css-editor/issues/36",
    "notionqa_learnfromyou": "https://github.com/hwchase17/notion-qa/issues/38",
    "mantinepicker_opportunity": "https://github.com/mindful-dev25/mantine-date-time-picker/issues/7",
    "auditory_listmanager": "http://www.auditory.org/postings/1992/52.html",
    "autox_rookiementor": "http://autox.team.net/html/ba-autox/2000-09/msg00313.html",
    "marc_traininghelpers": "https://www.mar-c.org/node/5391",
    "fedoradocs_seadad": "https://www.redhat.com/archives/fedora-docs-list/2009-April/msg00020.html",
    "cmgc_festivalshift": "https://chicagolandmgclub.com/driveline00/0902/steering.html",
    "cmgc_newsletterhelp": "https://chicagolandmgclub.com/driveline00/0902/steering.html",
    "sfmiata_planning": "http://southfloridamiata.com/2019/02/editorial/",
    "nanf_suppliercatalogs": "http://fins.actwin.com/nanf/month.9809/msg00333.html",
    "simchafisher_speaker": "http://www.patheos.com/blogs/simchafisher/2012/06/27/what-should-i-speak-about/",
    "cindyalvarez_introblurb": "http://cindyalvarez.com/make-the-intro-easy/",
    "outsidelookingin_internship": "https://ontheoutsidelookingin.wordpress.com/category/email/",
    "cchs_fairdaytasks": "http://www.cchssciencefair.com/volunteer",
    "cchs_codirector": "http://www.cchssciencefair.com/volunteer",
    "stmary_fairjudges": "http://www.sms.stmarybg.org/home/hot-topics/sciencefairjudgesneeded",
    "pennprice_hearfromyou": "https://www.pennpricemanagementgroup.net/blog-1/connecting-with-others-in-these-difficult-times",
    "rxeconsult_retailtohospital": "http://www.rxeconsult.com/healthcare-articles/Can-I-switch-From-Retail-to-Hospital-Pharmacy-222/",
    "hillsdale_millphoto": "https://www.hillsdale.net/story/news/2009/07/24/your-views-researchers-seek-old/63693889007/",
    "fosstodon_spreadword": "https://fosstodon.org/@[…]/107990604860721221",
    "zidvn_comaintainers": "https://z.id.vn/?p=711332",
    "videolib_archivalsound": "http://www.lib.berkeley.edu/VideoLib/archive/0010/0009.html",
    "misspreservation_planthistory": "https://misspreservation.com/2016/06/09/industrial-mississippi-jackson-lamp-and-glass-works/img025-a/",
    "cprr_novelrailroad": "http://cprr.org/CPRR_Discussion_Group/2006/08/writing-novel.html",
    "hubpages_railhistory": "https://hubpages.com/business/answer/179140/is-there-interest-in-hubs-about-railroad-history",
    "devonzuegel_letmeknow": "https://devonzuegel.com/page/contact",
    "mernetwork_denverpicnic": "https://mernetwork.com/index/showthread.php?13481-Denver-Metro-meetup",
    "oppositelock_colorado": "https://oppositelock.kinja.com/colorado-oppos-1787903503",
}

EN = [
    (
        "anatomybook_review",
        "precise",
        True,
        5,
        "Hi, I would like to adopt Figure 1 from the endocrine pancreas section for a review. May I kindly ask you to send me your written consent to do so to: [e-mail]. How do I correctly cite your website? Is there anything else I have to consider in order to publish your figure as part of my review? Thank you and kind regards, [Lena]",
        "A GitHub issue on an open textbook's repository, whole; the e-mail address taken out, the first name swapped. Leave to reuse a named figure of the authors' work (F3: upward), with a stated use (a published review) and an offer to cite them (she asks how) -> precise.",
    ),
    (
        "anatomybook_handout",
        "precise",
        True,
        5,
        "Hello, I would like to adopt Figure 1 from DNA Replication (DNA replication faithfully duplicates the entire genome of the cell). It would be used in a handout given by me to brazilian university students during a summer course. I would have to adapt some features of the image and translate the text to Portuguese. If you agree with it, may I ask you to send me your written consent to: [e-mail] [...]",
        "A comment in the same GitHub issue thread, cut after the request; the e-mail address taken out. Leave to adapt and translate a named figure (F3: upward), with a stated teaching use (a handout for a summer course in Brazil) -> precise.",
    ),
    (
        "convarithmetic_figure",
        "precise",
        True,
        5,
        "[Author,] Thanks for your great job. Could I use a figure of deconvolution in your guide directly in my paper with a citation?",
        "A GitHub issue on the repository of a guide to convolution arithmetic, whole; the author's handle replaced. Leave to reuse a figure of the author's guide (F3: upward), with an offer (a citation) and a reference to the work -> precise.",
    ),
    (
        "antialiasedcnns_figure",
        "precise",
        True,
        5,
        "hi, author, i want to cite your figure 4 in my paper. however, i can't find the information about right/permission. can i cite your figure if i give clear indication in my paper? expecting your answer, many thanks!",
        "A GitHub issue on a paper's code repository, whole, spelling kept. Leave to reuse figure 4 of the paper (F3: upward), offering a clear attribution -> precise.",
    ),
    (
        "latentdiffusion_figure",
        "precise",
        True,
        5,
        "Hello, do we have permission to use the figures from your paper? Specifically this one: [figure] I want to use it for my master's thesis. Thank you so much for your work!",
        "A GitHub issue on a paper's code repository, whole; the embedded image replaced. Leave to reuse a named figure of the paper (F3: upward) with a stated research use (a master's thesis) -> precise. ambiguous: no citation is offered; the stated research use is read as the offer F3 allows.",
    ),
    (
        "nobrainer_domain",
        "too_big",
        None,
        5,
        "We are building a trading platform based around the idea of community trading. We have currently about 60 members, many of whom are coders. We'd super like to buy your domain name. We could put a link to your project on our page (with gratitude to...), and since we are charging membership, perhaps we could funnel some of that to your project on a monthly basis? Umm at the moment we are looking at a few hundred dollars a month, but we dont know what they future will hold. [...] Or we could just pay you for the domain name in a one off. Or whatever you ilke. warm regards :) [...]",
        "A GitHub issue to an ORM project's contributors, cut; the sender's name taken out. Buying the project's domain name is a purchase (B, the buyer's side) -> too_big.",
    ),
    (
        "blockstrap_domain",
        "too_big",
        None,
        5,
        "Hey, this project seems to have closed, and the domain is on a parking page, i would be interested in buying the domain (assuming its still in your possession?)",
        "A GitHub issue on a dormant framework's repository, whole. Buying the domain is a purchase (B) -> too_big.",
    ),
    (
        "echo_domain",
        "too_big",
        None,
        5,
        "Hi there, I know this is a little weird, but this is the only way I could think of contacting you. I am looking to purchase this domain name for a project that is soon to be going live. Would you be willing to let echo.io go? Thanks, [...]",
        "A GitHub issue to a project's owner, whole but for the title; the sender's name cut. Buying the domain (B) -> too_big.",
    ),
    (
        "simplelineicons_acquire",
        "too_big",
        None,
        5,
        "I noticed the domain is down - i am looking to acquire and further support the set if it's available for sale with the domain name. Thanks!",
        "A GitHub issue on an icon set's repository, whole. Acquiring the project and its domain is a purchase (B) -> too_big.",
    ),
    (
        "preloop_domainsale",
        "too_big",
        None,
        5,
        "Hi team, I came across the Preloop repository and really like the developer tools you are building. I own the domain name CodeUltima.com and thought it could be a great fit for your project or future branding. It is currently available for $499 via secure transfer on Atom. Let me know if this is something you'd be interested in. Keep up the great work! Best, [...]",
        "A GitHub issue from a domain seller, whole; the sender's first name cut. A seller pitching a domain and asking for interest is prospecting (C) -> too_big.",
    ),
    (
        "ydkjs_translate",
        "precise",
        True,
        5,
        "I have many friends and colleagues who have been interested in the book but have no knowledge of English language. So, I was thinking It would be a good idea to translate the book into Spanish. Just Give me the green light and i will start with up & going.",
        "A GitHub issue on a programming book series' repository, whole. Leave to translate the author's book (read as leave to reuse a work, F3: upward), offering the translation and naming the volume to start with -> precise. ambiguous: F3 names data, code and slides; a book translation is read under it.",
    ),
    (
        "advr_translate",
        "precise",
        True,
        5,
        "Good evening. Is this book accepting translations? I'm a native spanish speaker, and I've been translating some projects for a while. Good luck!",
        "A GitHub issue on a book's repository, whole. A specific question to the author about his book (upward, F3 read for leave to translate), with an offer (a translator's experience) -> precise.",
    ),
    (
        "cleancodejs_gitbook",
        "precise",
        True,
        5,
        "Hello I would like to know if I can translate it to Spanish but in Gitbook",
        "A GitHub issue on a style guide's repository, whole. Leave to translate the author's guide into Spanish on a named platform (F3: upward), the translation being the offer -> precise. ambiguous: the offer is only implied by the request.",
    ),
    (
        "roll20_prwaiting",
        "precise",
        None,
        None,
        "My Pull Request #1772 has been sitting waiting to be merged since 26th June. Any chance of it going this week? There are no comments in the pull request on GitHub as to why it's not gone yet. I'm happy to get an update and make any changes you need - just let me know what they are.",
        "A GitHub issue on a game platform's scripts repository, whole. A concrete request (an update on a named pull request, this week) with an offer to make changes -> precise.",
    ),
    (
        "devdata_prs",
        "precise",
        None,
        5,
        "I have submitted two pull requests but they won't accepted for a long time. Please take a look at [the pull requests] and accept them. Thanks.",
        "A GitHub issue on a small website's repository, whole; a link replaced by words in brackets. Review of two named pull requests -> precise. ambiguous: asking that they be accepted may be read as asking a decision rather than a look.",
    ),
    (
        "go2rtc_consultancy",
        "too_big",
        None,
        5,
        'Hello [...], I am not sure whether I can send this message here or not. As I couldn\'t able to find your email ID or LinkedIn profile, sending you this message here. As part of development of our new VMS player using this framework, we are facing some issues with the development of "Playback" features. Are you offering any paid consultancy or paid subscription to access your private "Go2RTC" repository? Any immediate update would be appreciated. Thank you. Best Regards, [...]',
        "A GitHub issue to a streaming tool's maintainer, whole; both names cut. Paid consultancy or a paid subscription is a contract or a purchase (B, F2) -> too_big.",
    ),
    (
        "lansosdk_price",
        "too_big",
        None,
        5,
        "What is charge (price) to use this library?",
        "A GitHub issue on a commercial SDK's repository, whole (title repeated as body). A price question that serves a purchase (B, the buyer's side) -> too_big.",
    ),
    (
        "djangoroadmap_order",
        "precise",
        None,
        5,
        "Do we have to learn the topics in the same way as it is written?",
        "A GitHub issue on a learning roadmap's repository, whole. A specific question about a stated work (the order of the roadmap's topics) -> precise (convention: a specific question to an author or forum; upward left None). ambiguous: an author whose work is cited may be read as above (D), which without an offer would make it vague.",
    ),
    (
        "bulib_lightningtalks",
        "precise",
        None,
        3,
        "Anyone interested in doing a lightning talk? ([three members named]) [...] Hi Everyone, We should start recruiting people for the end of semester lightning talks. Also, maybe we could have this at a local establishment or look at other ways to make the event more social. [...]",
        "A university library study group's GitHub issue titled for a dated session of lightning talks (4/28, a named room), two posts by the organiser joined; handles and his name taken out. One short talk at a dated session, asked of named fellow members -> precise (a small task with what and when). circle 3: members of a small group.",
    ),
    (
        "javascriptair_kcdc",
        "precise",
        None,
        None,
        "Hello [nine invitees]! You've been invited to join us **live** _and_ **on site** for the JavaScript Air KCDC show! If you haven't heard of JavaScript Air before, it's a live broadcast podcast all about JavaScript. This particular show will be **live** _and_ **on site** at KCDC. [...] **Note:** This is a unique show. We've had a few on-site conference shows in the past and generally we have several guests come one/two at a time for 5-10 minutes each throughout the show. [...] If you're interested, I'll need a little information from you for the website.",
        "A podcast's GitHub issue inviting conference speakers as guests, cut; handles, links and a document link taken out. An appearance of 5-10 minutes at a named conference's live show -> precise (F4: a purpose and a bounded time at a named event).",
    ),
    (
        "pydelhi_talkdate",
        "precise",
        None,
        None,
        "Hey [speaker] would you be available to deliver your talk on the 20th of January, 2024?",
        "A meetup's GitHub issue holding a proposed 30-minute talk (Create your own Python Library); the organiser's reply, whole, the handle replaced. One talk already proposed, asked for a named date -> precise (one task with what and when; F1).",
    ),
    (
        "nexttechlab_prereq",
        "precise",
        None,
        None,
        "Hey sir ,I am student undergraduate b tech in artificial intelligence 2020 in [a university in Chennai] .I can join next tech lab John McCarthy group in my 1st year. What is prerequalties to join next tech lab .",
        "A comment on a student tech lab's roadmap pull request, whole, spelling kept; the university's name replaced by a description. A specific question (the prerequisites to join a named student lab group) -> precise. ambiguous: 'sir' may mark the reader as senior (D), which without an offer would make it vague; joining a student lab is not read as a job.",
    ),
    (
        "forrestbao_phd",
        "too_big",
        True,
        5,
        "Hello professor. My name is [...], from [a university in China]. I want to ask is there any opportunity to work with you. I have already send you an email.",
        "A GitHub issue titled 'Perspective PhD Applicant for Fall 2026' on a professor's repository, whole; the student's name and university cut. A PhD place with the professor is a position -> too_big. upward: a student to a professor.",
    ),
    (
        "waveletprosody_contact",
        "too_big",
        True,
        5,
        "Hi I am a senior student in [a university], I am planning to apply fro master degree and hoping to join [your] lab. It would be great if I could get your contact. I am sorry for trying to connect this way. I am currently working as a undergraduate research assistant in [a data mining and bio-informatics lab]. I am working here with NLP now. Hope you don't mind.",
        "Text of a pull request (titled 'Update Makefile') opened on a speech toolkit's repository to reach its author, whole; university and lab names replaced. The contact is asked as a step toward a place in the author's lab (B: serves admission to a position) -> too_big. ambiguous: a master's place may be read as study rather than a position, the contact alone as a small request.",
    ),
    (
        "neurodata_nihletter",
        "too_big",
        True,
        3,
        "Hello! The research progress report for my NIH grant is due January 15 2022. I wrote a letter [link] and just need [the lab head] to 1) look it over, 2) sign, and 3) list some grants in the assigned space (so the NIH knows the lab has money to support my research). Prompt is at the top. Thanks!",
        "A lab's GitHub issue, whole; the document link and the lab head's first name replaced. A small, dated task (read, sign, list grants) that serves keeping a research grant (B: being funded) -> too_big. upward: a lab member to the head of the lab. circle 3: a colleague in the same lab. ambiguous: the grant is already held; the task alone, drafted for him, could be read as precise.",
    ),
    (
        "relocatingberlin_questions",
        "precise",
        None,
        5,
        "Hello. I have some questions. Does Ph.D. is plus for German employers? What can you tell about other cities besides Berlin? Is there a problems with a driver's license? Now a lot of news about migrants in EU. Do you have any problems with that? Thanks. [...] Thanks for answers :) Which technologies/frameworks are the most popular in Germany?",
        "A GitHub issue on a guide to relocating to Berlin, the opener and a later question by the same poster joined. Specific questions about working in Germany (a place) -> precise.",
    ),
    (
        "obsidiancss_partner",
        "too_big",
        None,
        5,
        "Hi ,Nice to meet you I came across your profile and wanted to reach out. As a full-stack and AI developer, I'm currently looking for a partner to work with me. I believe we could be a great fit and create something valuable together. Would love to chat and explore potential opportunities—let me know if you're open to a quick conversation! If you don't mind , I 'd like to have a conversation via discord Looking forward to your thoughts. Best, [...]",
        "A GitHub issue on a stranger's plugin repository, whole; the signature cut. The quick conversation serves a standing work partnership asked of a stranger (B, F1) -> too_big. ambiguous: with no stated project it could be read as vague.",
    ),
    (
        "notionqa_learnfromyou",
        "vague",
        None,
        5,
        "Hey I am really impressed with your GitHub activities and open source contribution. As a developer, I would like to learn from you to speed up my career growth. Can we have a chat in your free time?",
        "A GitHub issue titled 'I wanna learn from you' on a stranger's repository, whole. A chat about career growth with no niche and no purpose beyond it -> vague.",
    ),
    (
        "mantinepicker_opportunity",
        "vague",
        None,
        5,
        "Hi, I find your work remarkable! I have a potential opportunity I'd like to discuss. Can we connect? [contact handles and phone number]",
        "A GitHub issue titled 'Invitation to Connect' on a stranger's repository, whole; messaging handles and a phone number taken out. 'Can we connect?' about an unstated opportunity: no niche, nothing concrete sought -> vague. ambiguous: the opportunity may be a job offered to the reader, which is not the asker's object.",
    ),
    (
        "auditory_listmanager",
        "too_big",
        None,
        None,
        "Dear list members, [...] At this time I have served as list manager for nearly a year, and I would like to find out whether somebody else would like to volunteer for the coming year. The responsibilities of the list manager are the following: (1) To insert the addresses of new members into the mailing list and the biographical data list (about 4 per week). (2) To remove members who ask to be removed (rarely). (3) To deal with error messages sent to the list manager when a message fails to reach its destination [...]. So far I have kept the manager's job to a minimum. Still it takes an average of about 4 to 5 hours per week [...]. Do any of you want to have an influence on the future development of this list and have some time that you could dedicate to it for a year? [...] Anybody interested? If so, please respond to me directly.",
        "A 1992 message to a research mailing list (about 180 members), from the list's web archive, cut; the sender's name and address cut. A standing role for a year, 4-5 hours a week, asked of list members the text does not show close (F1) -> too_big.",
    ),
    (
        "autox_rookiementor",
        "too_big",
        None,
        None,
        "Based on our discussions earlier in the month, it sounds like there is some real enthusiasm for resurrecting the Rookie Mentor program. [...] Since the first slush event happens in only a week, we probably oughta get going on it, if we want it to happen. I'm gonna pretty much have my hands full with the normal rookie herding stuff [...]. Is there anybody willing to step up to head the Rookie Mentor program? For that matter, I sure could use a co-chair for the rookie stuff, as I'm not going to be at all of the slush events... [...]",
        "A message to a regional autocross club's mailing list (2000), from its web archive, cut; the signature and e-mail address cut. Heading a mentoring programme and co-chairing are standing roles (F1) -> too_big.",
    ),
    (
        "marc_traininghelpers",
        "too_big",
        None,
        3,
        "With that in mind please start to think about whether you might be able to take the opportunity to help those new fliers and join the club training effort. We have planned a few changes this year to our May-August program, adding flexibility to accommodate student and instructor commitments outside of flying. [...] E-mail with your details if you think you can help in any capacity, or if you'd just like more info. We need flight instructors of course but also general helpers to charge batteries, help with quick mechanical and technical fixes, manage ad-hoc enquiries at the field, and so on.",
        "A radio-control flying club's web post to its members, cut at the start. Joining a May-August training programme as instructor or helper is a season of shifts (F1) -> too_big. circle 3: fellow club members. ambiguous: 'if you'd just like more info' is a small step on its own.",
    ),
    (
        "fedoradocs_seadad",
        "too_big",
        None,
        None,
        'If you haven\'t noticed, a lot of my "leadership" comes from the Navy. From that I am trying to extrapolate on the "Sea Dad" program where new sailors coming to a command will have a senior member to look to for advice, answers to questions, and to get up to speed on what they are supposed to work on. I need strong, active members to step up and be these senior members to mentor the more junior members that are joining us. In this way we can get new members up to speed and moving towards being productive members. [...]',
        "A message to an open-source documentation project's mailing list (2009), from its web archive, cut after the request. Mentoring newer members as a standing senior 'sponsor' is a long role (F1) -> too_big.",
    ),
    (
        "cmgc_festivalshift",
        "precise",
        None,
        3,
        "WE NEED YOUR HELP, starting with this coming weekend September 8th. The British Car Festival starts at 9:00 and runs until 3:00 on Sunday. Our club is a major sponsor of the event and as such we have been responsible for all of the marshalling of cars from 11:00 till closing. To accomplish this and to keep everyone work level down to a minimum, we need a lot of help. We need 7 volunteers every half an hour, which adds up 56. [...] If you are bringing a car or just coming to look please stop by the [club] table and sign up for a half hour (or more).",
        "The president's column in a car club's newsletter (web edition), the first paragraph; the club's initials replaced. One half-hour marshalling slot at a named, dated festival, with what it is and when (F1) -> precise. circle 3: fellow club members.",
    ),
    (
        "cmgc_newsletterhelp",
        "too_big",
        None,
        3,
        "Were else do we need help? We need more people to work on the Driveline. It takes a lot of work for one person ([the editor]) to put this all together. [He] has been doing a great job now for a number of months (years?) and would like a little break. Not to give up on it completely but to pass the baton on to a few willing members. Even if you do not have publishing background you can do it. The only requirements needed are to have access to a computer and an E-mail account. [...]",
        "The same newsletter column, its second paragraph; the editor's first name replaced. Taking over part of putting together the club newsletter is a standing role (F1) -> too_big. circle 3: fellow club members.",
    ),
    (
        "sfmiata_planning",
        "too_big",
        None,
        3,
        "Fellow members, Our club is at a crossroads. Over the past 3 months I have been unable to lead the charge in coordinating events due to illness in my family. [Two officers have] reached out to everyone for help but [...] not a soul seems interested in stepping up to help. We have 175 members in this club. [...] Certainly out of 175 people we can find 12 who are willing to handle the planning of one months event/road trip. Please take the time to get involved. It is a great club and would hate to see it disappear.",
        "An editorial on a car club's website, cut; officers' first names replaced or cut. Planning a month's event or road trip is a task of many hours asked of members the text does not show close (the long-commitment rule; F1) -> too_big. circle 3: fellow club members. ambiguous: one event, not a standing role, might be read as one task (precise).",
    ),
    (
        "nanf_suppliercatalogs",
        "precise",
        None,
        3,
        "By the way, yesterday I ordered three catalogs from a link at [the club's] website [...]. On the catalog request form, two of them had a place for comments. I didn't check with [the auction organiser] first (I should have), but I not only mentioned that I got to their site from the [club] site, but mentioned [the club] was looking for donations for our fund raising auction. [...] Anyway, with [his] OK, maybe we should all do this. Of course, it would mean more to them if I was actually sending them money for product. What does everyone think? If the idea works, maybe we could have part of the [club] site have links to suppliers. We would have more leverage with them when requesting donations.",
        "A message to a native-fish club's mailing list (1998), from its web archive, cut; the club's initials, a member's name and the signature replaced or cut. Fellow members' opinion on a stated idea (mentioning the club when ordering suppliers' catalogs, to seek auction donations) -> precise. circle 3: fellow club members. ambiguous: the idea serves raising donations, which B might read as funding; the reader is asked only for an opinion.",
    ),
    (
        "simchafisher_speaker",
        "too_big",
        None,
        None,
        "So, if you do go to conferences (and I'm thinking mostly of the Catholic ghetto circuit, since that's where I generally hang out anyway — although any friendly venue would be fine), what would you like to hear me talk about? Also, for goodness sake, if you are in the business of organizing conferences or lecture series, I am officially available as a speaker! [e-mail]",
        "A columnist's blog post to her readers, the last two paragraphs (the post says she means to launch a speaking career because she is broke); the e-mail address taken out. The topic question serves being booked as a paid speaker, and she offers herself to organisers (B) -> too_big. ambiguous: the topic question alone is a specific question to readers (precise).",
    ),
    (
        "cindyalvarez_introblurb",
        "precise",
        None,
        None,
        "So I've started responding with, \"I'd be happy to introduce you. Can you write up a couple sentences describing yourself and what you're hoping to get out of the intro?\"",
        "A product manager's blog post on being asked for introductions, quoting the reply she now sends to those who ask her for one. A small task (two sentences) tied to a stated introduction between two of her contacts -> precise.",
    ),
    (
        "outsidelookingin_internship",
        "too_big",
        True,
        5,
        "I,[name], take this opportunity to express my interest in pursuing my summer internship during the year 2007 in your institution. I am currently a student in 6th semester of 4 year Bachelors of Engineering in COMPUTER SCIENCE at the [institute], [location] which is regarded as one of THE BEST INSTITUTE of the country [...]. The summer internship (for duration of around 2 months i.e. june 2007 – august2007) is a part of our curriculum. [...] Due to my willingness to pursue such an opportunity in your prestigious institute I am prepared to bear all the expenses on my own. Though any kind of financial help is most welcome. [...]",
        "A blog post by a researcher at a well-known institution quoting verbatim an unsolicited e-mail he received (the blogger's own brackets kept, the institute's name replaced), cut. An internship is a position (and financial help is asked too) -> too_big. upward: a student writing to a working researcher (D). circle 5: a cold e-mail.",
    ),
    (
        "cchs_fairdaytasks",
        "precise",
        None,
        3,
        "Hello Parents! Science fair is loads of fun, but there is much work to be done. Would you consider helping us out in some way? Below is a list of things we need help with on our fair day. We have estimated the time required on some of the responsibilities. There are things to be done early in the morning, some during the fair, and some after the fair. Please look at the list and email me [...] with what you would like to help with. If every family helps out with something, everything should go smoothly and our kids will have a great day. Before the fair 1. Registration table—Give the kids their space numbers and their judging times. Check in all projects. 45 minutes [...] After the fair 1. 2 people to vacuum the Fellowship Hall and the classrooms that we used during the fair. Also you will be responsible for putting extra chairs away. 30 minutes each person.",
        "A school science fair's website, its 'standard volunteer letter' to parents, cut (the middle of the task list); the organiser's first name cut. One listed task of 30-45 minutes on the fair day, with what it is (F1) -> precise. circle 3: parents of one school's families. ambiguous: some listed tasks take all morning (an hour or more).",
    ),
    (
        "cchs_codirector",
        "too_big",
        None,
        3,
        "This year, we are looking for a new co-director! If you can help, email [the organiser].",
        "The same page, its opening lines; the organiser's first name replaced. Co-directing the fair is a standing role (F1) -> too_big. circle 3: parents of one school's families.",
    ),
    (
        "stmary_fairjudges",
        "too_big",
        None,
        3,
        'If you enjoy science and are a good listener, you have the "chemistry" to be a judge! This year\'s 7th grade Science Fair will be held on December 8-9, 2011. We are in need of event judges and report judges for this exciting and educational event. [...] Event Judges: work in pairs and are responsible listening to four student presentations and judging their exhibits at the fair. Approximately 2 – 2 1/2 hours is needed and you can select one of the times below: [two dated slots] Report Judges: are responsible for reading and reviewing six written reports. All reports will be distributed the week after Thanksgiving and must be judged by Tuesday, December 6th [...]. So volunteer today to be a judge and prepare to by blinded by science!!! Contact [...]',
        "A parish school's website notice to its community, cut; the teacher's name, the contact's name, e-mail and phone number cut, the two slots summarised. A single judging shift of 2-2.5 hours (or six reports to review) asked of readers the text does not show close: the long-commitment rule (F1: a single shift of an hour or more) -> too_big. circle 3: a school community. ambiguous: one dated task with what and when might be read as precise.",
    ),
    (
        "pennprice_hearfromyou",
        "vague",
        None,
        None,
        "I recently set out to make individual connections with each of my 3,000+ contacts I currently have on LinkedIn. [...] To date I have sent message to only about 750 individuals. [...] I encourage you to find a way to reach out to others yourself! I would love to hear from you and will respond as I can.",
        "A management consultancy's blog post (2020), cut. 'I would love to hear from you': no request beyond contact, nothing concrete sought -> vague.",
    ),
    (
        "rxeconsult_retailtohospital",
        "precise",
        None,
        None,
        "Dear Doctors: I've been a retail pharmacist for 4 yrs but would like a change. I was thinking about hospital but have heard that once you've been out for awhile it's tough to get back in. Is that true?",
        "A reader's letter to a pharmacists' advice column, whole (the columnists' answer left out). A specific question about a stated move (retail to hospital pharmacy after four years) -> precise (convention: a specific question to a column; upward left None). Information, not a job, is asked.",
    ),
    (
        "hillsdale_millphoto",
        "precise",
        None,
        None,
        "To the editor, As a volunteer worker at the [local history research centre], we are often asked for histories and pictures of old buildings and landmarks in Hillsdale and Hillsdale County. One such request is for a picture of the old Drinker's Mill in Morganville, Amboy Township. Does anyone have a picture of this mill we might borrow to get a copy? We are also seeking information about the Hemlock Lake Skating Rink and the Cub Lake Skating Rink. When they were built, by whom, and pictures if available. [...] We can copy any information you are willing to share. Contact us at [address and phone number]. [...]",
        "A letter to a local newspaper's editor (2009), cut; the centre's name, its address, phone number and the volunteer's name replaced or cut. The loan of a photograph of a named mill and facts about two named rinks -> precise.",
    ),
    (
        "fosstodon_spreadword",
        "precise",
        None,
        None,
        "A few days ago, [a blogger] asked the community for help maintaining his side-project [...]. This got me thinking. There are loads of maintainers out there feeling burnt out, but they can't abandon their project since people are depending on the project to be maintained. In an effort to combat this, I built a website that lists projects looking for new maintainers. It's still quite empty and has some rough edges, so any feedback is very welcome. If you're maintaining an open source project or you know someone who does, I'd highly appreciate if you help spread the word by telling your friends about this. I usually don't beg for awareness, but a project like this can only thrive by word of mouth. Thank you so much!",
        "A post on a Mastodon server (2022), the first post of the thread; a handle and the site's name taken out. Feedback on, and word of mouth for, a stated free website (projects seeking maintainers) -> precise.",
    ),
    (
        "zidvn_comaintainers",
        "precise",
        None,
        None,
        "I have a number of open-source projects that have gotten some significant usage and would like to find co-maintainers so that I am not a bottleneck when it comes to maintenance and support requests and to get other perspectives on how the project should evolve. Where should I look for co-maintainers, what should I look for in a co-maintainer, and how should I go about bringing them up to speed on the code and maintainer responsibilities?",
        "A Q&A-site question as republished on a question-aggregator page, the question whole (answers left out). Specific questions about a stated matter (finding and onboarding co-maintainers for used open-source projects) -> precise.",
    ),
    (
        "videolib_archivalsound",
        "precise",
        None,
        None,
        "search for sound [...] A reporter is looking for archival sound on the Savannah Nuclear Plant Reservation. It was built in the early 1950's in what is now Aiken, SC. It is now called the Savannah River Site. Has anyone ever seen a documentary about this or one that would contain archival footage? Thanks for any help. [...]",
        "A message to a university library's video-librarians' mailing list (2000), from its web archive, whole but for the header and signature; the sender's name, title and employer cut. Pointers to archival sound or a documentary on a named site -> precise.",
    ),
    (
        "misspreservation_planthistory",
        "precise",
        None,
        None,
        "I grew up near this plant…my dad worked there in the late 1950's and I remember a significant plant expansion there sometime in the 60's-70's. If anyone know where I could find some history please send me the link.",
        "A reader's comment on a preservation blog's post about a named glass works in Jackson, Mississippi, whole, spelling kept. Pointers to the history of a named plant -> precise.",
    ),
    (
        "cprr_novelrailroad",
        "precise",
        None,
        None,
        "I am writing a novel for teenagers about the first intercontinental railroad, and the information on your website is most informative. Is there a way I can buy a book (or something like that) that has all this information in one place? I need it for reference. I also need to find a person who is interested in the details of railroad construction – someone who will know the difference between 'standard' rails and 'narrow gauge' rails. I need a person who can explain how a railroad car was able to turn left or right by sliding its wheels to the left or right to create a larger or smaller diameter wheel (since the axles were forged as one piece).",
        "A message to a railroad history museum website's discussion group (2006), as posted there, whole. A reference book and an introduction to a described kind of person (one versed in early railroad construction) for stated questions -> precise. ambiguous: 'buy a book' could be read as a purchase (B, the buyer's side); the request is for a pointer to a reference, and the introduction is the main ask.",
    ),
    (
        "hubpages_railhistory",
        "precise",
        None,
        None,
        "Is there interest in hubs about railroad history? I have a couple hubs on railroad history and was wondering if I should do anymore? My passions are history and railroad, and I was just curious if anyone else was and is well.",
        "A question on a writing platform's Q&A board, whole, spelling kept. Readers' opinion on a stated matter (whether to write more articles on railroad history there) -> precise.",
    ),
    (
        "devonzuegel_letmeknow",
        "vague",
        None,
        None,
        "This site is where I can riff on ideas, be wrong, and learn from those mistakes. The whole point is to share what I know, and to learn the rest. [...] the greatest value most often comes from someone messaging me to point out a body of research I missed or angle I misinterpreted. In this vein, please don't hesitate to let me know what you think!",
        "A writer's personal website, its contact page, cut. 'Let me know what you think' about the whole site: nothing concrete sought, no niche -> vague. ambiguous: pointing out a missed body of research on a stated post could be read as a specific request.",
    ),
    (
        "mernetwork_denverpicnic",
        "too_big",
        None,
        None,
        "Hi all! I've been trying to plan a meetup in the Denver Metro area. The last one fell through, but I'd love to try again! I'm thinking a lunch-time picnic at one of the parks/reservoirs in the Denver area (with a swim beach, obviously) on a Saturday or Sunday sometime this summer. [...] If anyone is interested in joining and/or has a date/location suggestion, please post!! If there's interest but no specifics, I'll throw out a random date and location, and we can adjust from there",
        "A hobby forum's post, the list of parks cut. Joining a lunch-time picnic is a lunch asked of forum members the text does not show close (the long-commitment rule) -> too_big. ambiguous: 'please post' a date or place suggestion is a small request on its own (precise).",
    ),
    (
        "oppositelock_colorado",
        "precise",
        None,
        None,
        "I have been thinking of relocating. My life needs a change and I am getting tired of where I am. I have been thinking that the greatish state of Colorado would be a good choice for this California native. What do you all think of it? What would be a good alternative to live in the Denver Metro area?",
        "A post on a car enthusiasts' blog community, whole. Opinions on a stated move and a place (Colorado, the Denver metro area) -> precise.",
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

# ruff: noqa: E501  (quoted data: long lines keep each quotation whole)
"""A twenty-fourth English batch of asks written by other people (issue #16): "batch 24", untouched.

How it was made: the search tool was queried in its ``pages`` and ``issues`` corpora for real professional-networking
asks from kinds of source the corpus had used little: emerging museum professionals' networks and blogs (board,
committee and guest-post calls, an "Ask an Expert" question), an electricians' trade forum, local newspapers' letters
pages and a town history project's appeals, a local group's volunteer mailing list, Rotary clubs' messages to members,
an open-source community's Discourse forum, a construction consultant's, a podcaster's and a career coach's blogs
quoting requests they received, a syndicated workplace-advice column, etiquette and personal-finance forums, a
pre-veterinary student's and an engineering student newspaper's first-person reports, a novelist's call for beta
readers, and GitHub threads (co-maintainer calls, requests for a paper's weights, a call request about a dataset, a
prospective customer's contact request, a cold job request, proposals put to a project), with one regional Reddit
community read through a mirror site whose domain is not in the corpus. Before a source was taken,
its domain (or GitHub owner/repo) and a distinctive phrase of the ask were grepped (``git grep -il``) against
``tests/data/asks_corpus/`` and ``benchmarks/``; a source whose domain was found was dropped even when the page
differed. Dropped (domain or repository already present): hacklibraryschool.com, tufts.edu, parrydox.com, bigpodcast.com, straightdope.com, asktheheadhunter.com, metafilter.com, pathforward.org, salary.com; on GitHub: httpie/cli, OpenQBMM/OpenQBMM, kiwigrid/gherkin-testcafe, cactuslab/Succulent, aheckmann/gm, drewkerrigan/nagios-http-json, rmiyazaki6499/mern-app, nodeschool/nyc (the owner's other repositories are present), whatwg/meta, hackforla/UI-UX.

Each ask was labelled by the labelling guide (``tests/data/asks_corpus/GUIDE.md``: the guide, its v2 amendments A-E
and amendment F, which applies from this batch) as it was written down, before anything ran on it. The collector
never opened, imported or ran the ask checker or its evaluation and fitting scripts, so this batch is unseen by it.
Conventions of batches 19 to 23 were kept where F does not settle them: a reader asking a columnist, a blogger or a
forum for advice on a stated situation is ``precise`` (``upward`` left ``None`` for such readers); a request reported
(not quoted) by the person who made or received it is kept when the report states what was asked, and marked so in
the note; a small request made as a step toward a job, a sale or a donation is ``too_big`` (B), the buyer's side
included. Added here, recorded in the notes: writing a whole guest post or reading a whole novel for a stranger is a
long commitment (``too_big``); a small task asked of a club's or society's members (suggest a speaker, send a
photograph) is ``precise`` with its niche, while one museum shift of five hours is ``too_big``; "please keep us
posted" is read like "keep me in mind" (``vague``). F was applied as
written: a standing role (a board or committee seat, co-maintaining, co-hosting, a regular volunteer crew) asked of
readers not shown close is ``too_big`` (F1), and so is a single shift of an hour or more; one small task with what it
is and when is ``precise`` with its niche; a request to a paper's author for weights, data or code is ``upward``
(F3), ``precise`` only with an offer (citation, a stated research use) and a reference to the work. ``circle`` is 5
where the text or its frame shows a cold message (a GitHub issue to a stranger's repository, a query), 4 for a tie met once, 3 for fellow
members of a small group or society, 2 for a friend called close, else ``None``; ``upward`` is True only where the
text shows a student or junior writing to a working professional or senior (D), or under F3.

Item layout as in ``asks_corpus_batch10_en``: (source id, label, upward, circle, text, note). The text keeps
only the ask and what immediately frames it, ``[...]`` marking cuts and square brackets marking words put in
for names, handles or links taken out. Real people's names were swapped for invented ones or cut; e-mail
addresses, phone numbers, handles, postal addresses and personal links were taken out; template placeholders were
given fictional values. The note records those edits and, for texts the guide leaves open, the reading chosen
("ambiguous: ..."). Source list: ``asks_corpus_batch24_en_SOURCES.md``.
A throwaway script run after the last item compared every 10-word run of these texts with
``tests/data/asks_corpus/*.jsonl`` and the other ``benchmarks/asks_corpus_*.py`` files (47 files compared); one item
shared runs and was removed: a PhD student's research-interview request opened on many GitHub repositories (taken from
LaTeX-Package-Repositories/oberdiek, whose name was absent; 37 runs shared with the copy from OpenQBMM/OpenQBMM in
earlier batches). No run is shared now.
The builder does not read this module yet; the lead decides how to wire it in (suggested: wholly untouched, like
``real_test``).

44 asks from 41 sources: precise 21, vague 9, too_big 14.
"""

SOURCES = {
    "adriannerussell_guestposts": "https://adriannerussell.wordpress.com/2012/02/07/wanted-emerging-museum-professionals/",
    "museumgeek_coproducer": "https://museumgeek.xyz/page/2",
    "nempn_board": "https://nationalempnetwork.org/category/blog/page/2/",
    "nempn_committee": "https://nationalempnetwork.org/category/blog/",
    "nempn_askexpert": "https://nationalempnetwork.org/category/blog/",
    "ricoalli_consultant": "https://ricoalli.wordpress.com/tag/careers/",
    "annaivey_lawstudent": "https://www.annaivey.com/iveyfiles/informational-interviewing-what-why-and-how",
    "redlibmichigan_apprentice": "https://redlib.homelabber.dev/r/Michigan/comments/1pq07v3/entrylevel_electrical_apprenticeships",
    "mikeholt_apprenticeprogram": "https://forums.mikeholt.com/threads/apprenticeships.47066",
    "mikeholt_business101": "https://xenforo.mikeholt.com/threads/business-101.3212/",
    "hgassociates_desperate": "http://hgassociates.blogspot.com/search?max-results=7&updated-max=2011-06-02T11%3A00%3A00-04%3A00",
    "mozilladiscourse_mentor": "https://discourse.mozilla.org/t/making-it-easier-to-contribute/5105",
    "ropensci_interviewseries": "https://github.com/ropensci/unconf17/issues/64",
    "pythonbrew_maintain": "https://github.com/utahta/pythonbrew/issues/141",
    "gdb_weights": "https://github.com/Royalvice/GDB/issues/3",
    "fsdgn_pretrained": "https://github.com/yuhuUSTC/FSDGN/issues/1",
    "retinalvessel_weights": "https://github.com/onurboyar/Retinal-Vessel-Segmentation/issues/5",
    "cdcn_weights": "https://github.com/ZitongYu/CDCN/issues/70",
    "mmaepathology_weights": "https://github.com/wisdomikezogwo/MMAE_Pathology/issues/6",
    "ljworld_oralhistory": "http://www2.ljworld.com/news/2003/feb/27/oral_history/?print",
    "trcmaine_brownville": "https://www.trcmaine.org/news/archive/media?num=848",
    "jamestownpress_memorycards": "http://www.jamestownpress.com/news/2007-11-29/letters/016.html",
    "ashfield_historyproject": "http://ashfieldhistoryproject.blogspot.com/2006/03/",
    "gccmail_folding": "https://lists.simplelists.com/gccmail/cache/173589/2.html",
    "circusk9_specialist": "https://circusk9.blogspot.com/2013/12/the-shadowing-gig.html",
    "oregonlive_pharmacytech": "https://www.oregonlive.com/business/index.ssf/2017/08/office_coach_how_to_make_a_mid.html",
    "bemycareercoach_asic": "http://bemycareercoach.com/soft-skills/self-promotion/mid-career-change.html",
    "jennifermorash_betareaders": "https://jennifermorash.blogspot.com/2019/07/beta-readers.html",
    "delmarrotary_speakers": "https://www.delmarrotary.org/Stories/suggest-a-speaker",
    "montgomeryrotary_speakers": "https://www.montgomeryrotary.org/Stories/president-s-message-speakers",
    "tucsonrotary_photos": "https://www.tucsonrotary.org/Stories/a-new-tradition-perhaps",
    "mattsnewsletter_guests": "https://matts-newsletter-62a672.beehiiv.com/p/cordoba-spain",
    "youngprogramer_resume": "https://github.com/The-Young-Programer/The-Young-Programer/issues/1",
    "ifct2017_startupcall": "https://github.com/ifct2017/ifct2017.github.io/issues/1",
    "chatengine_tariff": "https://github.com/chatengine-io/react-chat-engine/issues/142",
    "luppp_riotcall": "https://github.com/openAVproductions/openAV-Luppp/issues/256",
    "apacheannotator_calls": "https://github.com/apache/incubator-annotator/issues/118",
    "osscommunity_mentors": "https://github.com/osscommunity/starters/issues/3",
    "askaboutmoney_reference": "https://www.askaboutmoney.com/threads/help-writing-my-own-reference.952/",
    "etiquettehell_references": "http://www.etiquettehell.com/smf/index.php?topic=124732.0;wap2",
    "iwarrior_mineral": "https://iwarrior.uwaterloo.ca/2013/09/21/24340/the-networking-engineer-whats-in-your-network/",
}

EN = [
    (
        "adriannerussell_guestposts",
        "too_big",
        None,
        None,
        "During the month of April this blog will focus on the unique challenges and issues affecting those who are new to the museum field. I would love to feature guest posts from anyone interested in sharing their experiences as museum world newbies or those who have advice and/or observations for newcomers. If you're interested, please contact me via comment to this post, Twitter or [e-mail]. Unfortunately, as I am emerging myself I can only offer my extreme gratitude for your contributions but hopefully that will change in the future!",
        "A museum-studies blogger's call to readers for guest posts, whole but for the first lines; her e-mail address taken out. Writing a whole guest post for a stranger's blog is a task of well over an hour, asked of readers not shown close -> too_big (long commitment from weak ties; F1 keeps only tasks of under an hour small). ambiguous: a single bounded task with a niche (museum newcomers, April) could be read precise.",
    ),
    (
        "museumgeek_coproducer",
        "too_big",
        None,
        None,
        "So, I am officially starting the search for Museopunks' second co-producer. What I'm looking for: a collaborator, co-host and co-producer who is motivated by changing museums for the better - making them more welcoming, more diverse and equitable, better prepared to think about and deal with the implications of digital technologies. [...] Tech/audio production skills would be great but not necessary. What is essential is curiosity, open-mindedness, good listening skills and thoughtfulness about museum practice. [...] Although there is a small annual honorarium, this is more a \"love and glory\" kind of project.",
        "A museum podcaster's blog post looking for a co-host; a former co-host's name cut with the sentences around it. A standing role (co-producing a podcast) asked of readers not shown close -> too_big (F1).",
    ),
    (
        "nempn_board",
        "too_big",
        None,
        None,
        "Join our Board of Directors! The NEMPN is currently recruiting for 4 new board members for the position of General Board Member. This position requires 20 volunteer hours each month and must serve on one of the NEMPN Board Committees. The position is a two year engagement and can be renewed up to 3 times. [...] The ideal candidate will be a museum professional looking for ways to be more connected in the museum field or make an impact in the museum field.",
        "A professional network's board recruitment post, cut to the ask (the list of duties cut). A two-year board seat of 20 hours a month asked of members not shown close -> too_big (F1: a standing role).",
    ),
    (
        "nempn_committee",
        "too_big",
        None,
        None,
        "We are looking for volunteers to serve on NEMPN committees! These committees, along with the NEMPN Board, are essential to making the National Emerging Museum Professional Network an incredible support network for EMPs across the world. Please review the descriptions for the committees below: you may apply to one committee of interest. Each committee will have a different time commitment depending on the project being taken on and agreed upon collectively by the committee. We are looking at approximately 5-7 hours a month but it could be more or less! If you have any questions, please do not hesitate to contact [the co-presidents].",
        "The same network's call for committee volunteers (a different post), cut before the committee descriptions; the co-presidents' names taken out. A committee seat of 5-7 hours a month -> too_big (F1: a standing role).",
    ),
    (
        "nempn_askexpert",
        "precise",
        None,
        None,
        "It would be helpful for people to know other professional organizations (aside from NEMPN) for various kinds of staff in museums as well as regional associations.",
        "A member's question to the network's monthly 'Ask an Expert' feature, whole; the asker's name cut. Information with a niche (professional organisations for museum staff, regional associations) asked of an expert column -> precise (convention: a reader's question to a column).",
    ),
    (
        "ricoalli_consultant",
        "vague",
        True,
        None,
        'I had emailed this professor to discuss her work as a consultant (because I\'m curious about how that works), and she ended her response with, "Oh, by the way, do you want to be my course assistant this semester?"',
        "A museum-studies student's blog reporting her own e-mail to an Extension School professor she admires (reported by the asker, not quoted). A student writing to a professor (D: upward) to discuss a stated side of her work, with no offer -> vague (P7 needs an offer and a reference to their work).",
    ),
    (
        "annaivey_lawstudent",
        "precise",
        None,
        None,
        "I've got a couple of informational interviews coming up and I've never really had an informational interview before. Is there a protocol for what to wear or discuss? Should I bring a resume or cover letter? How does the tone for this sort of (what I perceive to be) informal interview differ from a job interview, if at all?",
        "A law student's e-mail quoted whole by an admissions consultant on her blog. Specific questions on a stated situation (first informational interviews) asked of an advice blogger -> precise (convention: advice on a stated situation). upward left None as for column readers. ambiguous: a student writing to a consultant could be read upward (D), which would make it vague for want of an offer.",
    ),
    (
        "redlibmichigan_apprentice",
        "too_big",
        None,
        None,
        "Does anyone know of any electrical contractors who would be willing to hire an entry-level apprentice? I'm in northern Oakland county but am willing to commute. I can send my resume, meet in person, whatever I need to to. I'm incredibly eager to get my foot in the door and start a career in the electrical trade. [...] I would need an employer/journeyman to sponsor/sign for my apprenticeship license. [...] I'm incredibly eager to work and learn, so if anyone knows anybody who needs an apprentice, please let me know.",
        "A post to a regional Reddit community (read through a mirror site), cut to the ask; title and handle taken out. What it serves is being hired as an apprentice (and sponsored) -> too_big (B).",
    ),
    (
        "mikeholt_apprenticeprogram",
        "precise",
        None,
        None,
        "Does anyone know how to start an apprenticeship program? I live in Ohio and would like for some of my employees have the opportunity to be an electrical journeyman.",
        "An electrical contractor's forum post, whole as quoted in the first reply; handle taken out. Information with a niche (setting up an electrical apprenticeship program in Ohio) asked of a trade forum -> precise.",
    ),
    (
        "mikeholt_business101",
        "precise",
        None,
        None,
        "Myself and I'm sure others would like to hear from other electrical contractors about their successes, failures, startups, and goals also financing and business management. I know from experience that there are stories from all over to tell, some good some bad. As it is told 4 out of 5 businesses will fail in the first 5 years of startup. Mayhaps this thread can help some avoid that pitfall.",
        "The opening post of a thread on the same trade forum (another host name of it), whole but for the handle and signature. Peers' experience asked on stated topics (electrical contractors' start-ups, financing, business management) -> precise. ambiguous: a broad call for stories could be read vague.",
    ),
    (
        "hgassociates_desperate",
        "precise",
        None,
        None,
        '"I need work really bad," he said to me, "I can\'t pay my bills, how can I bid the jobs cheaper? I\'ve got a guy, who will give me a job for 5% over costs. What shall I do?"',
        "A contractor's plea quoted by a construction business consultant on his blog. Advice on a stated situation (whether to take a job at cost plus 5 %) -> precise. ambiguous: said to a consultant, it may have been a step toward hiring him, which the text does not show (A).",
    ),
    (
        "mozilladiscourse_mentor",
        "precise",
        None,
        None,
        "I'm not sure who to talk to about this so I'm reaching out to you all. We all know that volunteer contributions are the heart of our communities. But somehow, beginning to contribute to Mozilla is usually very difficult. [...] My idea is this: set up a 'mentor' for each team that will welcome and educate new contributors. They will ask newcomers about their skills and preferred domain, teach them the workflow of the team, teach them how to communicate with the team, send them good first bugs etc. [...] What do [you think]?",
        "A volunteer's post to an open-source project's Discourse forum, cut; the closing question is cut off in the stored copy and completed in brackets. Feedback on a stated proposal (a welcome mentor per Mozilla team) and who to talk to -> precise.",
    ),
    (
        "ropensci_interviewseries",
        "precise",
        None,
        None,
        "I'm interested in perhaps conducting a series of interviews which could then be turned into a series of rOpenSci blogs. I love listening to podcasts where people are interviewed about their creative/working/training process. I've never interviewed people before, so it might all go terribly wrong, but I'm hoping this could be a cool experiment to attempt during the unconference. [...] Please let me know... If you think this is a cool idea and you would like to nominate yourself or someone else to be interviewed. If you like, hate, or have any other suggestions for interview question ideas.",
        "An unconference participant's GitHub issue proposing an interview series, cut before the question list; two handles taken out with their sentence. Feedback on a stated idea and nominations (interviews on R users' working process for the project's blog) -> precise.",
    ),
    (
        "pythonbrew_maintain",
        "too_big",
        None,
        None,
        "As I've browsed through some of the issues, it seems that people were willing to maintain it but that nothing materialized from there (or so I assume). Would any of you be interested in helping me maintain this project (in terms of just updating it for latest versions, fixing bugs)? If we get maintenance right, perhaps we can consider adding features too (after a while). I am willing to take on the project lead role (the main responsibility of keeping this alive), so long as I can get at least 5 interested people that can commit some time to this project.",
        "A user's GitHub issue on an abandoned tool, cut at the end. Co-maintaining a project asked of readers not shown close -> too_big (F1: a standing role).",
    ),
    (
        "gdb_weights",
        "precise",
        True,
        5,
        "Hello there! What a wonderful work, congratulations! I'm doing some experimentation and would like to cite your paper in some comparisons where I compare the results with over 60 other modern and traditional algorithms. I saw that the paper got accepted, do you still plan to provide the trained weights? We are really curious to see how your model would perform with so many other methods. In future papers you would, of course, be cited and seen by many!",
        "A researcher's GitHub issue to a paper's author, whole but for the signature. F3: the author's trained weights, asked with a reference to the paper and an offer (citation, a stated comparison with 60 methods) -> upward, precise.",
    ),
    (
        "fsdgn_pretrained",
        "precise",
        True,
        5,
        "could you please offer a pretrained model? I would like to compare your method in my paper",
        "A GitHub issue to a paper's author, whole (title and body). F3: the pretrained model with a stated research use (a comparison in the asker's paper) and a reference to the method -> upward, precise. ambiguous: the reference to the work is thin ('your method').",
    ),
    (
        "retinalvessel_weights",
        "vague",
        True,
        5,
        "Thanks for sharing your work. Please share your Pretrained Weights for this work for further analysis, as it would help me and verify your results. I really appreciate it if you answer these questions. Thanks very much.",
        "A GitHub issue to a paper's author, whole. F3: weights asked with a generic reference and no offer or stated use ('further analysis') -> upward, vague. ambiguous: 'verify your results' could be read as a stated use.",
    ),
    (
        "cdcn_weights",
        "vague",
        True,
        5,
        "Can you please share the pretrained weights on [e-mail address]",
        "The opening of a GitHub issue to a paper's author, whole; the e-mail address taken out. F3: weights asked with neither an offer nor a reference to the work -> upward, vague.",
    ),
    (
        "cdcn_weights",
        "precise",
        True,
        5,
        "Hi, I'm studying your paper for a university project in Argentina and would like to run inference demos. Could you share pretrained weights on [e-mail address]? Thank you!",
        "A later comment in the same thread, whole; the e-mail address taken out. F3: weights asked with a reference to the paper and a stated research use (inference demos for a university project in Argentina) -> upward, precise.",
    ),
    (
        "mmaepathology_weights",
        "vague",
        True,
        5,
        "Hello, Could you share the pretrained weights from the paper?",
        "A GitHub issue to a paper's authors, whole. F3: weights with no offer and a bare mention of 'the paper' -> upward, vague.",
    ),
    (
        "ljworld_oralhistory",
        "vague",
        None,
        None,
        'Your editorial on oral history, "Pieces of history" (Feb. 19) greatly interested me, and I could not agree more with the sentiment expressed. So, please let me inform you that the members of the East Lawrence Neighborhood Assn. decided at their most recent meeting to conduct their own oral history project. [...] We will be interviewing our friends, neighbors and people who once lived in the neighborhood to preserve a picture of what life was like here. [...] Our outreach effort to find storytellers has begun, but perhaps this letter will find its way to some of your readers we may otherwise miss.',
        "A neighbourhood association president's letter to a local paper, cut; his name and the sign-off taken out. It hopes readers will come forward as storytellers but asks nothing outright and says not how to respond -> vague (no request). ambiguous: an implied call for interviewees with a niche (former East Lawrence residents) could be read precise.",
    ),
    (
        "trcmaine_brownville",
        "too_big",
        None,
        3,
        "We are interested in creating a larger group of volunteers to help us out at Brownville Historical Society's Museum for the summer of 2002. [Our two regular volunteers] both have part-time commitments for jobs this year and it becomes necessary to ask our membership for volunteers for the days when they are working and unable to tend to the museum. This would not be an everyday commitment for anyone, if everyone could donate just one day for this summer we could have complete coverage for the entire summer. We are open on Tuesdays and Saturdays from 10am to 3pm. If you would be able to donate one day this summer please contact [the secretary] and we will find a day which would be convenient for you and us.",
        "A historical society secretary's letter to a local weekly, cut; first names, names and phone numbers taken out. One five-hour museum shift asked of members -> too_big (F1: a single shift of an hour or more is a long commitment; members of a society are circle 3, not close).",
    ),
    (
        "trcmaine_brownville",
        "precise",
        None,
        3,
        "We are presently working on our 2002/2003 calendar. This edition will be devoted to the Civil War veterans of Brownville. We have accumulated many photographs of our veterans and are going to share them with the public as a tribute to their sacrifices. If anyone has a photograph they have not shared with us, please submit them soon for our consideration on our next calendar.",
        "The same letter, a later paragraph. One small task with its niche and time (submit a photograph of a Brownville Civil War veteran soon, for the calendar) -> precise (F1: one task of under an hour).",
    ),
    (
        "jamestownpress_memorycards",
        "too_big",
        None,
        None,
        "For just about a year, the Jamestown Historical Society has been working on a Capital Campaign to raise money to winterize and improve the museum, build a vault in the basement of the new Town Hall, and add substantially to its endowment. We are close to success, and need the people of Jamestown to put us over the top, not only in money, but also in making history. [...] If you have donated to the campaign, you are entitled to fill out a card. If not, we are hoping you will make a $25 donation and then write a card, which will help us to reach our campaign goal of $500,000.",
        "A historical society's letter to a local weekly, cut; the campaign co-chairs' names taken out. Money ($25 toward a $500,000 campaign) -> too_big.",
    ),
    (
        "ashfield_historyproject",
        "precise",
        None,
        None,
        "We will also need office supplies: folders, pens, pencils, felt markers, paper clips, etc. [...] Books these days cannot be produced without computers! We have the promise of two computers from Smith College, one primarily for word-processing, the other for data-processing and graphics. We will need tables to put them on, as well as a printer and a scanner. Anyone who can tell us where we might get them will be a certified local hero.",
        "A town history project's blog appeal, cut to the last request; the board members' names (elsewhere in the post) left out. Information with a niche (where to get tables, a printer and a scanner for the Ashfield history project's office) -> precise. ambiguous: read with the supplies list before it, the appeal also seeks donations in kind.",
    ),
    (
        "ashfield_historyproject",
        "too_big",
        None,
        None,
        "We have received a most generous offer from the Ashfield Historical Society to set up headquarters for our editorial work in the basement of the Society's building on Main Street. [...] We will need help with this project: both volunteer labor and materials (boards, paint, wall covering and ceiling insulation, etc.) Anyone who is able to help or who has materials to donate should contact [a member of the Editorial Board].",
        "The same appeal, its first request; the board members' names taken out. Unbounded volunteer labour to fit out a basement and donated building materials -> too_big (a long commitment from readers not shown close, and gifts in kind). ambiguous: donations of goods are not named in the guide.",
    ),
    (
        "gccmail_folding",
        "too_big",
        None,
        3,
        "[Two members] have been kind enough over the years to hold a variety of volunteer and organizational meetings at their house, but we are trying to spread out the work a little. So, we need the following: 1. A permanent location where, four times a year [...], we can meet at your house for about two hours to fold envelopes. You don't need to provide food or beverage or anything like that. The location needs to be somewhere along the University Avenue/Newberry Road corridor, no further than a mile off those roads either way. [...] 2. A regular group of people we can call upon when the time comes to fold newspapers. [...] 3. Someone with a motor vehicle who can take the newsletters to the post office the next day. I'll go the first few times and help you.",
        "A local advocacy group's news editor writing to its volunteer list, cut; the hosts' names and his own taken out. Standing roles (a permanent host four times a year, a regular folding crew, a driver) asked of the list -> too_big (F1). circle 3: fellow members of a small group.",
    ),
    (
        "circusk9_specialist",
        "too_big",
        True,
        4,
        "As my studying frenzy for finals was winding down, I sent an email to a specialist vet that I had met earlier in the year. She wasn't able to take on a shadow when I met her, but I figured with the three-week winter break coming up, my schedule was more flexible, and perhaps hers was now as well.",
        "A pre-veterinary student's blog reporting her own e-mail (not quoted) to a dermatology specialist. Shadowing a vet for whole days over a three-week break, asked of someone met once -> too_big (convention of batch 23: shadowing a professional for a day is a long commitment from a weak tie). upward: a student to a practising specialist (D). circle 4: met once earlier in the year.",
    ),
    (
        "oregonlive_pharmacytech",
        "precise",
        None,
        None,
        "I am feeling somewhat uneasy about my upcoming career transition. In about six months, I plan to take early retirement and enter a completely new profession. After 30 years as a civilian engineer with the military, I recently became certified as a pharmacy technician and hope to find employment in that field. During my career, I have managed million-dollar budgets, overseen award-winning programs and supervised up to 15 employees. But since none of this relates to being a pharmacy tech, I'm not sure how to demonstrate my worth to prospective employers. To get my foot in the door, I have considered offering to fill in for absent employees during weekends, holidays and vacations. What are your thoughts about making this transition successful?",
        "A reader's letter to a syndicated workplace-advice column, whole. An opinion on a stated plan with a niche (a retiring military engineer moving to pharmacy technician work, offering to cover weekend shifts) asked of a columnist -> precise (convention: advice on a stated situation).",
    ),
    (
        "bemycareercoach_asic",
        "vague",
        None,
        None,
        "How realistic and practical is it for me to change careers at the age of 40? Here's my background: I've been working for the past 18 years doing Electrical Engineering work - particularly, I am in ASIC design verification. [...] However, we have a new CEO at my current company, and it looks like ASIC development will come to halt soon, so I will be looking for a new job. If I wanted to continue being an ASIC engineer, it should be no problem since I have the expertise and the connections. The problem is that I am tired of being an ASIC engineer.",
        "A reader's question quoted by a career coach on her blog, cut (family history and the rest cut). A broad question on changing careers at 40 with no field named to move to -> vague (a broad question; the asker's own field is not the niche of the ask). ambiguous: the convention for readers' stated situations could make it precise.",
    ),
    (
        "jennifermorash_betareaders",
        "too_big",
        None,
        None,
        "I have decided that I should start thinking about beta readers now, rather than later. It's going to take some time to get a workable batch together [...]. What, I hear some of you asking, is a beta reader? Essentially, a beta reader is a test reader. A volunteer who willingly subjects themselves to my writing and commits to offering their feedback. But what am I looking for? So glad you asked. 1. General readers. [...] Preferrably ones who enjoy fantasy, as this is a fantasy novel [...]. 2. Sensitivity readers. I'm going to need some of these. [...] I would love sensitivity readers that can cover LGBTQ issues, mental illness, people of size and people of colour. [...]",
        "A novelist's blog call for beta readers, cut (spelling kept). Reading a whole novel and giving feedback, asked of blog readers not shown close -> too_big (a long commitment, like reading a 60-page plan).",
    ),
    (
        "delmarrotary_speakers",
        "precise",
        None,
        3,
        "Engaging and interesting speakers are the cornerstone of great weekly club meetings. [...] For the upcoming Rotary Year, [the incoming president] is asking all members to suggest possible speakers. Maybe [...] you met someone interesting at a party. Maybe you read an article in a community newspaper or heard an interview on the radio. When asked, so many prospective speakers say yes! Members are our MOST important source for speaker ideas [...]. Already have ideas? Click HERE to submit them.",
        "A Rotary club website story, cut; the names of the programme chairs and the incoming president taken out. One small task with its niche (suggest a speaker for the club's weekly meetings next Rotary year, through a form) -> precise (F1: one task of under an hour). circle 3: fellow members of a club.",
    ),
    (
        "montgomeryrotary_speakers",
        "precise",
        None,
        3,
        "You too can help. If you have an idea for someone to speak to our club, the best course of action would be to ask that potential speaker if they would indeed be interested. If they say yes, then forward the contact info to [our Speakers Chair] and he will handle the scheduling.",
        "Another Rotary club's president's message to members, cut to the ask; the speakers chair's name taken out. A small task with what it is (sound out a potential speaker and pass on the contact) for the club's weekly meetings -> precise. circle 3: fellow members.",
    ),
    (
        "tucsonrotary_photos",
        "precise",
        None,
        3,
        "Both big screens will be set up. We will be showcasing photo's all during lunch that were taken during our Centennial Year or during the first six months of 2022 for your enjoyment. If you have any photos to share, please reach out to [a member].",
        "A third Rotary club's president's message about its June 22nd meeting, cut to the ask (spelling kept); the organiser's first name taken out. One small task with its niche and time (photos from the Centennial Year, for the June meeting) -> precise (F1). circle 3: fellow members.",
    ),
    (
        "mattsnewsletter_guests",
        "precise",
        None,
        None,
        '[The hotel\'s owner] had a podcast that revolves around the community of the hotel. She asked me this week, "Should I even bother with guests?"',
        "A podcaster's newsletter reporting the question a hotel owner put to him (reported, quoted in one line); her name and her husband's cut. Advice on a stated situation (guests on a hotel's community podcast), asked of an experienced podcaster -> precise. circle left None: they know each other (he has stayed at her hotel three times), closeness not said.",
    ),
    (
        "youngprogramer_resume",
        "too_big",
        None,
        5,
        "[link to a resume] This is my resume. I want to work for you. I look forward your reply.",
        "A GitHub issue opened on a stranger's profile repository, whole (title 'Hi' cut); the resume link taken out. Being hired -> too_big. circle 5: cold.",
    ),
    (
        "ifct2017_startupcall",
        "precise",
        None,
        5,
        "Yes, it is regarding the startup. Would you be available for a call to discuss about the resources that you used?",
        "A reply in a GitHub issue to the maintainer of a food-composition data site, who had asked 'Startup?'; the signature taken out. A call with a stated purpose and niche (the sources behind the repository's Indian food composition tables) -> precise. ambiguous: the startup's aim is not said; it could be a step toward hiring or buying (A: the text does not show it).",
    ),
    (
        "chatengine_tariff",
        "too_big",
        None,
        5,
        "Good afternoon! We want to use your library in our project. Large loads and maximum tariff are required. Integration turned out without problems, but you need to contact to talk about the details. Is it possible? We look forward to your reply!",
        "A GitHub issue to a chat SDK's company, whole. A talk about details that serves buying the top paid plan -> too_big (B; the buyer's side, as in earlier batches).",
    ),
    (
        "luppp_riotcall",
        "vague",
        None,
        3,
        "I would like to organize a little phone conference on Riot. The main reason is, i am courious how this works :D Also we could discuss some stuff, how to implement some features or other things, as you wish. This is just an idea and I would like to hear your thoughts. Do you think this is helpful/nice? Or a wast of time? Let me know and have a nice time!",
        "A contributor's GitHub issue to fellow contributors of a music app, whole but for the greeting to four handles (spelling kept). A call with no stated purpose or length ('discuss some stuff') -> vague. circle 3: fellow contributors. ambiguous: it also asks opinions on a stated idea, which could be read precise.",
    ),
    (
        "apacheannotator_calls",
        "vague",
        None,
        5,
        'First of all, thanks for the effort and work to put together this project. We\'d like to join the community and hopefully help to move this forward. [A maintainer,] I saw in the mailing list that you were planning to organize regular calls. Please keep us posted when you restart those check-ins again. [Another maintainer,] you mentioned that you "miss the "connection" with app builders". We\'ve been using the annotatorjs library but would be very happy to integrate apache annotator (web annotation, pdf in pdfjs, and more) and share our experience and feedback going forward.',
        "A company developer's GitHub issue to an incubating project, whole but for the greeting; two handles replaced. 'Please keep us posted' is a keep-me-in-mind request -> vague, though it carries an offer (sharing experience and feedback). circle 5: first contact.",
    ),
    (
        "osscommunity_mentors",
        "precise",
        None,
        None,
        "In my experience, people new to open source are interested in getting involved _generally_, rather than wanting to contribute to any particular project. [...] Instead of having people find random projects via issues, what if we highlight volunteer mentors/coaches who can help guide people to projects and tasks that might be good fits for them? From there, the mentors could help answer any questions the participant is shy to ask publicly, etc., and generally help them along in the process of contributing. [...] This model could be asynchronous, and/or in workshop-type formats. [A colleague,] I know you've thought a lot about the latter...any insight?",
        "A GitHub issue in a community-building repository, cut; a tweet and its link and a handle taken out. An opinion on a stated proposal (a directory of volunteer mentors for open-source newcomers), with a named person asked for insight on workshop formats -> precise.",
    ),
    (
        "askaboutmoney_reference",
        "precise",
        None,
        None,
        "I'm in the fortunate or unfortunate position (depends on how you look at it!) of having the opportunity to write my own references. I think my boss thought he was doing me a favour, but I'm drawing a blank. I don't want to make it sound too \"gushy\" but still want it to sound well. Has anyone any tips or advice on how to write an excellent reference in general for starters? Oh and anything I should avoid. Thanks in advance",
        "A forum post, whole but for the greeting and the poster's name. Advice on a stated situation (drafting one's own reference for the boss to sign) -> precise (convention: advice on a stated situation asked of a forum).",
    ),
    (
        "etiquettehell_references",
        "precise",
        None,
        None,
        "I'm job searching, and found the perfect prospect. They have requested two letters of professional reference. I've only had one professional job and it's a tiny company. I asked my boss to write a reference letter, and asked if she had any ideas for the 2nd reference. She suggested a mutual business contact who has known me for years, and I agree that he would be an excellent reference. She called and asked him, and he agreed. She told me to write both reference letters, and she and the contact will sign them. The contact has agreed to this as well. Is it okay to write my own reference letters? I had thought that they should be written by the references themselves. Advice please?",
        "An etiquette forum post, whole. A specific question on a stated situation asked of a forum -> precise. (The reference she asked of her boss, reported inside it, is not the ask labelled here.)",
    ),
    (
        "iwarrior_mineral",
        "vague",
        True,
        3,
        "Over my work term I asked my manager if she knew anyone in the mineral/metal elemental analysis field. As it turns out, she did not know anyone but directed me to a full government directory listing employees in the Ministry of Mining and Northern Development, who do a fair amount of mineral testing.",
        "An engineering co-op student's article in a student newspaper, reporting his own question to his work-term manager. An introduction to a described kind of person (mineral/metal elemental analysis) with a niche, but asked upward (a co-op student to his manager, D) with no offer -> vague (P7). circle 3: a colleague. ambiguous: a manager one works for may be read as a close tie rather than someone above.",
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

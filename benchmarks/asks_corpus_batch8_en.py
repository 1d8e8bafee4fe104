# ruff: noqa: E501  (quoted data: long lines keep each quotation whole)
"""An eighth English batch of asks written by other people (issue #16): "batch 8", untouched.

How it was made: only the stored web pages corpus of the search tools (the ``pages`` corpus, with the
``docs`` corpus allowed but not needed) was queried for real asks: coaching posts that quote bad and good
messages, advice columns whose readers quote or send asks, career-centre handouts with sample requests,
bloggers quoting the pitches and requests they received, and forum or Q&A posts. Before a source was
taken, its domain or page path and one distinctive phrase were grepped against ``tests/data/asks_corpus/``,
every ``benchmarks/asks_corpus_*`` file and the other collectors' branches and worktrees; used ones were
dropped. Each ask was labelled by guide v2 (the corpus README's sections "The labelling guide" and
"Guide v2" A-E, nothing else of that README) as it was written down, before anything ran on it. The
collector never opened, imported or ran the ask checker or its evaluation and fitting scripts, so this
batch is unseen by it.

Item layout as in ``asks_corpus_batch6_en``: (source id, label, upward, circle, text, note). The text
keeps only the ask and what immediately frames it, ``[...]`` marking cuts. Placeholders of templates
carry fictional values; real people's names were swapped for invented ones; e-mail addresses, phone
numbers, handles and personal links were taken out. The note records those edits and, for texts the
guide leaves open, the reading chosen ("ambiguous: ..."). Source list: ``asks_corpus_batch8_en_SOURCES.md``.
A script run after the last item compared every 10-word run of these texts with
``tests/data/asks_corpus/*.jsonl`` and the other ``benchmarks/asks_corpus_*`` files: no run is shared.
The builder does not read this module yet; the lead decides how to wire it in (suggested: wholly
untouched, like ``real_test``).

22 asks from 19 sources: precise 6, vague 6, too_big 10.
"""

SOURCES = {
    "adaged_epicday": "https://adaged.blogspot.com/2018/01/dignity.html",
    "adiya_monday": "https://adiyadixonwiggins.com/2018/09/27/im-still-crispy-over-this-phone-call",
    "bizarch_licensing": "https://bizarchitects.com/?p=1219",
    "conorneill_wales": "https://conorneill.com/2012/10/15/can-i-meet-jimmy-wales/?amp",
    "accentkit_notes": "https://accentkit.com/blog/linkedin-connection-request-that-gets-accepted/",
    "abadcase_theatre": "https://www.abadcaseofthedates.com/2016/03/far-outsourced.html",
    "jeffelliott_recommend": "http://www.jeffandelliott.com/2009/08/we-recommend-you-recommend/",
    "noozhawk_reference": "https://www.noozhawk.com/annie_lane_what_if_im_unwilling_to_be_a_reference_20180829/",
    "katebook_camp": "http://kate-book.com/dear-kate-my-co-worker-wants-me-to-write-a-recommendation-but-she-sucks-at-her-job-what-do-i-do/",
    "wtfpr_revolution": "https://wtfpr.wordpress.com/2013/12/02/well-its-a-revolution-of-a-sort/",
    "stover_pegasus": "http://jessicastover.com/entry.php?id=1235",
    "hobgoblin_publishing": "https://hobgoblin.wordpress.com/2007/10/11/emily-is-awesome/",
    "kipkis_literature": "https://kipkis.com/Advice_from_a_graduate",
    "wou_gamedesign": "https://wou.careercenterguides.com/?p=25 (Western Oregon University career guide, sample script)",
    "studylib_infointerview": "https://studylib.net/doc/13282576/informational-interviewing-what-is-an-informational-inter... (career-centre handout)",
    "paperzz_infointerview": "https://paperzz.com/doc/8191304/career-strategy--informational-interviewing",
    "workalpha_alumni": "https://workalpha.com/networking-letters/",
    "explorewriting_dialects": "http://www.explorewriting.co.uk/thepitch.html",
    "writersrise_pitch": "https://writersontherise.wordpress.com/2007/01/10/",
}

EN = [
    (
        "adaged_epicday",
        "too_big",
        None,
        None,
        "Hey hey! I hope you are having an epic day! I would love to make introductions and talk talent! We work with [very] hot creative and digital talent globally and with offices now in Sydney and London, it would be awesome to talk to you about the great local and international talent we work with! Lets talk?",
        "LinkedIn message quoted by an agency veteran; blank office cities filled (fictional), one crude adjective softened in brackets. A recruiting agency pitching its service and asking for a talk (C) -> too_big.",
    ),
    (
        "adiya_monday",
        "too_big",
        None,
        None,
        "My client is very interested in your product. He would like to set up a meeting with his business development manager to discuss the possibilities. How is Monday at 10?",
        "cold phone call reported verbatim by the blogger; a meeting with a business-development manager about 'the possibilities' around her product serves a deal (B). ambiguous: selling to her or buying from her; either way a contract is the object -> too_big.",
    ),
    (
        "bizarch_licensing",
        "too_big",
        True,
        None,
        "Professor, My name is Paul, I was in Professor Reed's capstone course where you came in and spoke to us about your book and your experiences in the business world. I graduated in May and have entered the Brand Licensing industry. I noticed that you recently worked with Krusty Krab. I was hoping you could introduce me to Sandy Cheeks, the Sr Director of Global Licensing with the Krusty Krab. The agency I work with represents the Chum brand and I would love to speak with her regarding a partnership [...]. I appreciate any help or introduction you can make",
        "actual e-mail received by the author (names already disguised by the source; sender and teacher names changed again). Former student to a professor and author (upward, D). An introduction to a named director, but to pitch a licensing partnership: it serves winning a client (B) -> too_big.",
    ),
    (
        "conorneill_wales",
        "vague",
        True,
        5,
        "Sam, will you meet with me?",
        "the Quora question as put to a well-known internet founder (his first name swapped for a fictional one). Upward to a founder (D); a meeting with no purpose, no niche, no offer -> vague.",
    ),
    (
        "accentkit_notes",
        "too_big",
        None,
        5,
        "Hi Dana, I came across your profile and wanted to connect to discuss potential synergies between our organisations. I'd love to schedule a call.",
        "'the pitch' note as the coaching post quotes it ('a sales email in a connection request'); [name] filled (fictional). A call about synergies between organisations serves a deal (B/C) -> too_big.",
    ),
    (
        "accentkit_notes",
        "vague",
        False,
        5,
        "Hi Dana — I read your post on hotel retention rates and it matched almost exactly what I've been seeing in my own teams. Wanted to connect and follow your content.",
        "the post's 'example that works'; [name] filled. A connection with a reason but no request -> vague (guide: 'would love to connect').",
    ),
    (
        "accentkit_notes",
        "vague",
        None,
        5,
        "Hi, I found your profile interesting and thought it would be great to connect with you.",
        "'the generic compliment' as quoted by the post. No request -> vague.",
    ),
    (
        "abadcase_theatre",
        "too_big",
        None,
        None,
        'she asked me if I could do her a favor: would I cold-call the theater manager (who I guessed would be the one deciding to hire her or not) and put in a good word for her? [...] "You can pretend to be a former boss or something. Can you just do it?"',
        "dating blog; the asker's words partly reported by the writer. A first date asking him to put in a good word with the hiring manager: a job referral from a weak tie -> too_big.",
    ),
    (
        "jeffelliott_recommend",
        "precise",
        None,
        None,
        "Dear Jeff and Elliott, A fairly good friend of mine is applying for a job and asked me to write him a letter of recommendation, but to be completely honest I don't think he's really the best person for this specific job. Should I just write him a letter anyway?",
        "letter to a humour advice column (columnists' names kept: the column's title). A specific question on a stated situation (a reference for a friend's job application) -> precise; the job is the friend's, not the object of this ask.",
    ),
    (
        "noozhawk_reference",
        "precise",
        None,
        None,
        "recently I got an email from Margaret. She wants to know whether she can use me as a reference for a potential client. I was pretty incredulous that she'd ask me for a reference after doing such a half-baked job for me. I don't want to be rude, but I really don't feel comfortable serving as a reference. [...] How do I handle this?",
        "reader letter to a syndicated advice column (pseudonym already in the source). The reader's ask: advice on a stated situation (declining a reference for a freelance PR consultant) -> precise. (The reported ask inside it, a reference to win a client, is not quoted and not taken.)",
    ),
    (
        "katebook_camp",
        "precise",
        None,
        None,
        "I have been teaching at a summer camp in the city for the past three months. [...] Now that the summer is over she is looking for a new job. I was blindsided this morning when she asked me to write her a recommendation letter for another position working with children. I was so taken aback that I agreed to write it without thinking. [...] How can I recommend her without giving any real recommendations?",
        "reader letter to an advice column. A specific question on a stated situation (a summer-camp teacher's reference for an assistant) -> precise.",
    ),
    (
        "wtfpr_revolution",
        "too_big",
        None,
        5,
        'Hey Chris! I have a great feature idea for you! How about a feature about "How to dress your man for the Holidays" or "The Perfect Gift for a Man this Holiday"??! [...] My client, FreshNeck is changing the fashion world... one tie at a time. [...] The founder, lawyer David Hale, is an entrepreneur with a flair for fashion and business. [...] Please let me know if you are interested in interviewing David. I\'d be happy to set it up!',
        "off-target PR pitch to a science writer, quoted by a blog collecting them; redacted greeting filled and the founder's name swapped (fictional). A publicist pitching a client's product and asking for coverage serves selling it (B/C) -> too_big.",
    ),
    (
        "wtfpr_revolution",
        "too_big",
        None,
        5,
        "Hi Chris! Working on Valentine's Day yet? Well, this Valentine's Day do something a little different ! A KindNotes jar is the perfect gift to give, and it brings back the appreciation of a written note(remember those?!). KindNotes are jars of messages that are enclosed in mini envelopes. [...]",
        "second off-target PR pitch from the same post, cut where the excerpt ends; greeting filled. A product pitch to a journalist asking (implicitly) for a gift-guide mention -> too_big (C). ambiguous: the quoted part carries no explicit request; the pitch is for coverage of a product.",
    ),
    (
        "stover_pegasus",
        "too_big",
        True,
        5,
        "I have spent quite a lot of time researching your film project, Artemis Eternal. I am impressed by the scope of your vision and wish to be a part of it. The lead part, to be precise. I believe you should cast me instead of Todd Morrow. My reasoning for this is simple: I'm totally better. [...] Please consider this offer seriously. I cannot promise I will be available for much longer.",
        "cold e-mail to a filmmaker, quoted in her blog; the actor named in it swapped for a fictional one. Asking to be cast in the lead role is asking for a job -> too_big. Upward: to the director of the project (D).",
    ),
    (
        "hobgoblin_publishing",
        "vague",
        True,
        3,
        'She had decided after much agonizing and soul-searching that she did not want to be a teacher but wanted to follow her true love, which is publishing. "What do I need to do?" she asked. I suggested internships might be a good place to start. "How do I do that?" she asked.',
        "a professor's blog reporting a student's questions (the student is her TA). Student to professor (upward, D); a broad question ('what do I need to do?') about a field, no offer -> vague.",
    ),
    (
        "kipkis_literature",
        "precise",
        True,
        5,
        "Dear professor, I found your blog and I wish that I have read your advices many years ago when I went to college. [...] When I read your career planning articles where you suggested students to balance their interests with the practical aspect of finding a job, I almost cried. [...] so I wrote this letter to thank you and I wanted to share a few things with other college students, if you would post it in your blog.",
        "reader e-mail to a professor, published by him. A small concrete request (post this letter on your blog) with a niche (his career-planning articles, a literature graduate's story), a reference to his work, and an offer (a testimony for his student readers). ambiguous: whether the letter counts as an offer (P8); read as yes -> precise.",
    ),
    (
        "wou_gamedesign",
        "vague",
        True,
        5,
        "Dear Mr. Song, My name is Rachel Lind, and I'm a third year Computer Science student at WOU. I'm Contacting you because I'm very interested in pursuing a career in game design and I was referred to you by Dr. Dell. Would you have about 15 minutes to meet with me so I can learn a little about your career path? I'm looking for some guidance and suggestions on how best to prepare for a career in this competitive field.",
        "career-guide sample request; the sample student's surname changed. Student to a professional (upward, D): 15 minutes with a niche (game design) but no offer and no reference to his work -> vague.",
    ),
    (
        "studylib_infointerview",
        "precise",
        False,
        2,
        "Do you know a journalist I could talk to about his/her job?",
        "handout's suggested question to 'family, friends, neighbors, professors'; the occupation blank filled with one of its own examples. An introduction to a described kind of person for information, niche = an occupation; a close tie, not upward -> precise.",
    ),
    (
        "paperzz_infointerview",
        "precise",
        False,
        2,
        "Do you know someone who has a job in race car design?",
        "handout's suggested question to friends, family and roommates; blank filled with one of its listed fields. Introduction to a described kind of person, niche = a sub-field; not upward -> precise.",
    ),
    (
        "workalpha_alumni",
        "vague",
        False,
        3,
        "Dear Jill, It has been sometime since our days at ABC College but I remember our study group sessions fondly. I was hoping that I could once again ask for your expert guidance and professional opinion as I pursue my industry options.",
        "sample 'alumni networking letter' opener from a job-search site (its placeholder names kept: fictional). Guidance on 'my industry options' names no field -> vague. Old classmate: a peer, not upward.",
    ),
    (
        "explorewriting_dialects",
        "too_big",
        None,
        5,
        "Dear Editor: I am a freelance writer from the north east of England and would like to write a piece on the different dialects found in my region of the country. [...] My rate for this article is £120 payable upon acceptance. If I do not hear from you in a month, I'll give you a call to find out the status of this query.",
        "example query letter a writing site asks the reader to judge as an editor would. Selling an article at a stated rate: a commission/purchase -> too_big.",
    ),
    (
        "writersrise_pitch",
        "too_big",
        None,
        5,
        "I would like to write an article on the increasing focus of tourism professionals on the female demographic.",
        "the opening a freelance columnist gives as the one that gets a query tossed. Proposing an article to an editor is asking for an assignment (paid work) -> too_big.",
    ),
]

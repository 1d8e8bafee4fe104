# ruff: noqa: E501  (quoted data: long lines keep each quotation whole)
"""A twenty-sixth English batch of asks written by other people (issue #16): "batch 26", untouched.

How it was made: the search tool was queried mostly in its ``pages`` corpus, for kinds of source the corpus had used
little: hobby and community forums and their archives (road cycling, a training app's Discourse forum, O-gauge and
HO model railroading, a homebrew club, a sports fans' message board), club and society websites and newsletters
(running clubs, scout troops, choirs and choral societies, amateur theatre groups, astronomy societies, a local
heritage trust's excavation diary, a retirees' learning association), union locals' and branches' pages, parish
letters asking for money, small learned societies' letters to members and a conference community's question,
researchers' and extension services' calls to farmers to answer surveys, a newspaper gardening column (the
columnist's call to readers and a reader's letter), knitters' and runners' personal blogs, an author's call for
podcast questions, a homebrew podcaster's call for flawed beers and a researcher's blog on manuscript research trips.
The ``issues`` corpus gave nine GitHub issues (a maintainer's question to users, a user asking for a release, a
maintainer search, a namesake asking for a username, cold "let's connect" messages). Before a source was taken, its
domain (for a blog on a shared host, the blog's own host name; for GitHub, the owner/repo) and a distinctive phrase of
the ask were grepped (``git grep -il``) against ``tests/data/asks_corpus/`` (``*.jsonl``, ``*.toml``) and
``benchmarks/asks_corpus_*``; a source whose domain was found was dropped even when the page differed. Dropped
(domain, host or repository already present): engineersedge.com, wikipedia.org (a peer-review request read on a
mirror), gregsclimbingblog (blogspot.com), newslj.com, mempy (livejournal.com), prosedoctor (blogspot.com),
opensourcedesign/events, nodeschool/berlin, Zachatoo/obsidian-css-editor, cpg1111/ipos; beeculture.com and
rl.huuu.biz came up again and were left out as in batch 25.

Each ask was labelled by the labelling guide (``tests/data/asks_corpus/GUIDE.md``: the guide, its v2 amendments A-E
and amendment F) as it was written down, before anything ran on it. The collector never opened, imported or ran the
ask checker or its evaluation and fitting scripts, so this batch is unseen by it. Conventions of batches 19 to 25 were
kept where F does not settle them: a specific question to a forum, a list, a column or a blog's readers on a stated
matter is ``precise`` (``upward`` left ``None``); a survey of stated length asked of a described group (farmers of a
state, young farmers) with its use stated is ``precise``; one talk or paper proposal for a named, dated meeting is
``precise`` (F1, F4). F1 was applied to clubs as batch 25 did: a listed task of under an hour on a named occasion
(serving tea in a concert's intervals, writing and reading a script at a concert, driving to a named camp) is
``precise``; a chair, a council or committee seat, a crew for a season, co-administering a page, co-maintaining a
project or joining a choir until Christmas is ``too_big``; a single shift of an hour or more (sorting orders for an
hour and a half, a star-party evening, a few hours' digging, a brew day) is ``too_big`` by the long-commitment rule,
noted ambiguous where asked of a club's own members. Money asked of a parish is ``too_big`` whatever the closeness.
A call to come to "the next meeting" with no date is ``vague`` (F4); a GitHub "let's connect" or "can I contact you"
with no stated purpose is ``vague``. ``circle`` is 5 for a GitHub issue to a stranger's repository, 3 for members of
one club, society, union local, troop or parish, else ``None``; no text here shows a reader clearly above the asker,
so ``upward`` is ``None`` throughout.

Item layout as in ``asks_corpus_batch10_en``: (source id, label, upward, circle, text, note). The text keeps only the
ask and what immediately frames it, ``[...]`` marking cuts and square brackets marking words put in for names, handles
or links taken out. Real people's names were swapped for invented ones or cut; e-mail addresses, phone numbers, chat
handles and personal links were taken out; schools, halls and stores were replaced by descriptions; a first name in
one source URL (a heritage trust's diary) was replaced by ``[…]``. The note records those edits and, for texts the
guide leaves open, the reading chosen ("ambiguous: ..."). Source list: ``asks_corpus_batch26_en_SOURCES.md``.
A throwaway script run after the last item compared every 10-word run of these texts with
``tests/data/asks_corpus/*.jsonl`` and the other ``benchmarks/asks_corpus_*.py`` files (51 files compared): no item
shares a run, so none was removed. The builder does not read this module yet; the lead decides how to wire it in
(suggested: wholly untouched, like ``real_test``).

54 asks from 54 sources (52 sites: two pages each of a newspaper gardening column and of a scout troop's website;
nine GitHub repositories): precise 30, vague 6, too_big 18.
"""

SOURCES = {
    "cyclingforums_roadracing": "https://www.cyclingforums.com/threads/relatively-new-rider-looking-for-advice-on-racing.380038/latest",
    "trainerroad_firstrace": "https://trainerroad.com/forum/t/choosing-my-first-race/6644",
    "roadbikereview_ready": "http://archive.roadbikereview.com/09/0EFB0B48.php",
    "cedarrapids_stockrecipe": "https://legacyforum.cedarrapidsbrewingsociety.com/viewtopic.php?p=39682",
    "drhomebrew_callforbeer": "http://moderndaymerrick.blogspot.com/2013/03/do-you-brew-bad-beer.html",
    "mydream2run_grouprun": "https://mydream2run.blogspot.com/2011/08/portland-area-runners-weekly-morning.html",
    "oceanrunning_groupruns": "https://oceanrunningclub.org/group-runs/",
    "toledoblade_fireball": "http://www.toledoblade.com/Kelly-Heidbreder/2013/03/13/Readers-just-can-t-get-enough-tomatoes.print",
    "toledoblade_favorites": "http://www.toledoblade.com/Kelly-Heidbreder/2013/02/13/Calling-for-your-favorite-tomatoes.html",
    "troop1gaylord_chair": "https://troop1gaylord.blogspot.com/2017/08/troop-1-committee-meeting-august-23-6pm.html",
    "bsatroop4_sortorders": "http://bsatroop4.org/wp/1025-camping-and-upcoming-news",
    "bsatroop4_foodshifts": "http://bsatroop4.org/wp/scouting-for-food-3",
    "troop701_drivers": "https://troop701.com/camp-drivers/",
    "medievalstudies_topics": "http://medievalstudies.livejournal.com/330018.html?thread=2405154",
    "danielsawyer_tools": "http://daniel-sawyer.com/2013/10/17/research-trip-tools/",
    "chiefsplanet_beekeeper": "http://www.chiefsplanet.com/BB/archive/index.php/t-187231.html",
    "hamster_release": "https://github.com/projecthamster/hamster/issues/588",
    "thirtysec_maintainers": "https://github.com/Chalarangelo/30-seconds-of-interviews/issues/104",
    "diaphora_releases": "https://github.com/joxeankoret/diaphora/issues/123",
    "stripeytiger_pattern": "http://thestripeytiger.blogspot.com/2006/04/plea.html",
    "fromhillrise_lend": "http://fromhillrise.blogspot.com/2007/06/more-of-cry-for-help.html",
    "stephanieklein_podcast": "https://stephanieklein.com/2006/08/podcast/",
    "broadbent_techies": "https://broadbent.org/blog/?p=8",
    "hcam_stagehands": "https://hcam.tv/stage-hands-needed-for-the-games-afoot-3",
    "grinders_newblood": "http://grindersgrumblings.blogspot.com/2009/05/wednesday-potpurri.html",
    "hucknall_u3a_pianist": "https://www.hucknallu3a.org.uk/choirgroup-10",
    "stjohns_choir": "https://stjohnscathedral.ca/2011/11/15/choir-news-new-rehearsal-time/",
    "buffalochoral_script": "https://buffalochoralarts.org/?p=2527",
    "waiheke_interval": "http://waihekechoral.org.nz/Newsletters/WICSNewsletter200505.html",
    "levit_rehearsal": "https://levitfpc.org/2018/08/21/choir-welcome-back-luncheon-tuesday-september-4th-1pm/",
    "cope131_council": "https://cope131.ca/2015/03/16/formation-of-a-new-union-council/",
    "cardiffucu_exec": "https://www.cardiffucu.org.uk/tag/executive-committee-elections-2019/",
    "local592_meeting": "http://local592.blogspot.com/2015/02/",
    "mellor_milldig": "https://mellorheritage.org.uk/mellor-mill-1792-1892/[…]-mill-diary/67-[…]-mill-diary-may-15-2012-to-volunteers.html",
    "greenhorns_landsurvey": "https://greenhorns.org/blog/for-young-farmers-only-quick-painless-survey-re-land-access/",
    "swnews4u_organicsurvey": "https://swnews4u.com/local/agriculture/survey-looks-at-organic-farmers-motivations",
    "farmserviceradio_onfarm": "https://www.farmserviceradio.com/michigan-farmer-participation-needed-for-multi-state-on-farm-research-survey/",
    "attra_diversified": "https://attra.ncat.org/diversified-farming-survey-invites-participation/",
    "sspc_callforpapers": "https://psychiatryandculture.org/from-the-desk-of-the-executive-director",
    "eolt_cfpname": "http://www.emergingonlinelearningtechnology.org/node/76",
    "sac_springmeeting": "https://ac.americananthro.org/?p=673",
    "ogrforum_624routing": "https://ogrforum.com/topic/post-war-624-wire-routing",
    "bachmann_harness": "https://bachmanntrains.com/home-usa/board/index.php/topic,23246.0/prev_next,next.html",
    "nsas_starparty": "https://nsas.org.au/2018/11/16/hunter-valley-star-party-assistance-and-more-bring-along-your-scope-nights/",
    "pasaz_northmountain": "https://pasaz-digest.blogspot.com/2008/03/2-events-needing-volunteers-for-this.html",
    "auburnastro_facebook": "http://auburnastro.org/astrofil/2012-09.htm",
    "badgegen_connect": "https://github.com/shivamkapasia0/Github-Badge-Generator/issues/1",
    "followme_followback": "https://github.com/yumiaura/followme/issues/7",
    "mftool_contact": "https://github.com/NayakwadiS/mftool/issues/1",
    "easyfea_contact": "https://github.com/matnoel/EasyFEA/issues/4",
    "raytracing_username": "https://github.com/ryanmacdonald/Ray-Tracing-GPU/issues/1",
    "hbtu_connect": "https://github.com/mevipinmaurya/hbtuHacktoberfest2025/issues/161",
    "stmark_capital": "https://stmarktampa.org/news/september-2015-lions-share-capital-campaign",
    "bsacrament_53rdweek": "https://bsacramentchurch.com/2022/10/16/53rd-week-sunday-collection/",
}

EN = [
    (
        "cyclingforums_roadracing",
        "precise",
        None,
        None,
        "I was hoping to find some guidance on what to do in preparation for road racing. I don't know if it matters but I am female. I have been riding about a year and a half now and now have an opportunity to race with my university. I would love to talk with some of you 'out there' who have experience racing and wouldn't mind sharing some of your insight. [...] I've been doing training rides as much as time permits. I live in the midwest so the weather right now it getting nasty. I do have rollers and am slowly getting used to them. So.... any advice would be greatly appreciated.",
        "A cycling forum's opening post, cut in the middle (a complaint about other racers); the handle taken out. Advice asked of experienced racers on a stated matter (preparing for a first road-racing season with her university team, a year and a half of riding, training on rollers in the Midwest) -> precise. ambiguous: 'any advice' on preparation is broad; read as narrowed by the stated situation.",
    ),
    (
        "trainerroad_firstrace",
        "precise",
        None,
        None,
        "Hi all, have been cycling the majority of my life (am currently 35) but have only recently gotten serious about the sport and structured training. I'm almost through SSB1 and planning out the rest of my training / what events I would like to sign up for next year. [...] Question: For someone who is new to the sport, how did you get started? What would be a good race to start with? Where do you find information about races? ( For background I'm located in Toronto Canada and would prefer road events) Thanks in advance and apologies if this has already been covered. Cheers, [signature]",
        "A Discourse forum's opening post, one sentence cut; the first name in the signature taken out. Three specific questions to the forum on a stated matter (a first road race near Toronto) -> precise.",
    ),
    (
        "roadbikereview_ready",
        "precise",
        None,
        None,
        "I'm thinking about entering my first race, Cat 5 (is that the lowest?) I've been riding consistently for the past three years, and try to stay on the rollers during the winter to some extent. My usual week during spring, summer and fall consists of 3-4 rides, usually 20-30 miles at an average of 17-19mph, with occasionally one longer ride of 40 miles thrown in once every couple of weeks for fun. With all that, am I ready to even hang with the group, or am I just going to get dropped like a hot potato? I know I should do more group rides for training, but my schedule doesn't always permit it. Thanks in advance for any feedback.",
        "A forum post in a cycling site's archive, whole; the handle taken out. An opinion asked on a stated matter with numbers (a first Cat 5 race, weekly mileage and speed) -> precise.",
    ),
    (
        "cedarrapids_stockrecipe",
        "too_big",
        None,
        3,
        "Post here if you would be interested in participating/contributing....meaning, you would be willing to brew a stock recipe using your system and style of brewing. And would be willing to share your results with a group. [...] I have a proposal that we can use for a club competition or tech meeting. My idea is that we all get the same recipe (Broken down by percentages so you can adjust to your system) and we all brew that exact same beer. [...] I would open this to Extract, Partial-Mash, and All-Grain techniques. We would just have to come up with three recipes. Thoughts?",
        "A homebrew club's forum post, cut (the meeting plan in four points); the member's name taken out. Club members asked to brew a batch to a stock recipe and bring it to a meeting: a brew day is several hours, asked of fellow members (circle 3) -> too_big by the long-commitment rule, as the batch-25 convention reads a single long shift. ambiguous: 'Thoughts?' on the proposal is a small request.",
    ),
    (
        "drhomebrew_callforbeer",
        "precise",
        None,
        None,
        "Eventually, I came up with the concept of a new show that would call out for listener submissions, evaluate the beers, and offer suggestions on how to improve. We'd pull the brewer on the air to give us details on their beer and to find out exactly what they want to know. Think of it as an interactive BJCP score sheet. [...] Now to the point: we need beer. If you have some beer that has flaws, please contact me. It could be an off-flavor you need help pinpointing, or perhaps you can't score higher than a 35 in competitions - [the show] can help you. Send an e-mail to [address] and I'll get in touch with you.",
        "A blog post, cut (the co-hosts' names); the e-mail address taken out, the show's name replaced. Listeners asked to get in touch and send a flawed homebrew for evaluation on air: a concrete small request with a niche (an off-flavour, competition scores under 35) -> precise.",
    ),
    (
        "mydream2run_grouprun",
        "precise",
        None,
        None,
        "Portland area Runners: Weekly morning group run? Okay ladies! I've been thinking about this for a while so I'm finally putting it out there.....spread the word! Yesterday I met up with [another blogger] for a 6mile run along the spring water trail by the water front. [...] I have wanted to start a weekly morning group run where we meet (at least once a week) every week for an early morning run. [...] SO...I'd like to know who is 1. interested? 2. what day/days are you free? 3. what time in the morning can you go? I have to be home by 8:15 so I'm up for early, but what about you? whats your schedule? pass the word on!",
        "A personal blog post, cut; another blogger's name and blog taken out. Three questions asked of Portland-area runners about a morning group run -> precise. ambiguous: the run is weekly, but it is a shared outing, not a role or a favour to the asker (F1 read as not applying).",
    ),
    (
        "oceanrunning_groupruns",
        "precise",
        None,
        3,
        "At Thursdays Club meeting a discussion came up on group runs. [Dan] it trying to get a Sunday run group going on the Seaside boardwalk, [Rudi] would like to start one off Monday evenings @ 6:00 pm alternating locations the River to Bay 5K and the Pine Beach 5K coarse and maybe adding some other spots. Group runs only will succeed if more than one or two runners participate. Mondays may not be the perfect day so let's hear your thoughts on day or days of the week, do you prefer mornings or evening runs ?",
        "A club website's post, whole; two members' first names swapped. Members (circle 3) asked a specific question (which days, mornings or evenings) about named group runs -> precise.",
    ),
    (
        "toledoblade_fireball",
        "precise",
        None,
        None,
        '"I have been looking for Fireball tomatoes for several years," [a reader] says. "We grew them years ago and found them to be excellent. I tried to contact [a grower] but was not able to do so. Can you get me in touch with him or someone who sells the plants. I only need a few."',
        "A reader's letter quoted in a gardening column; the reader's and the grower's names taken out. An introduction asked to a named grower or to a described kind of person (someone selling Fireball tomato plants) -> precise.",
    ),
    (
        "toledoblade_favorites",
        "precise",
        None,
        None,
        "Do you have visions of a lush green garden dancing in your head? I do. My friend has a greenhouse and we are crafting a planting plan for a tomato adventure this summer. The first step is a little research. I want to know your favorite tomato varieties. Which are the toughest? Which are the sweetest? Easiest to grow? Ones to avoid? We have a lot of die-hard tomato growers out there and I want to grow some of your favorites.",
        "The opening of a newspaper gardening column, cut after the call. Readers asked specific questions (toughest, sweetest, easiest varieties, ones to avoid) for a stated use (a greenhouse planting plan in north-west Ohio) -> precise.",
    ),
    (
        "troop1gaylord_chair",
        "too_big",
        None,
        3,
        'Please attend the first committee meeting before the new school year. It will be August 23 Wednesday evening, 6pm for scouts in leadership positions (like scribe, patrol leader, ASPL, SPL, quartermaster etc) and 7pm for leaders, committee members and parents at [the parish hall]. [...] We have a new troop trailer and work that needs to be done on it, upcoming popcorn sales and mowing. We need a new chairperson for our winter fundraiser "Wreath Sales". We need to get our new Sportsplex lock-in chair on track for our upcoming Sportsplex lockin. More topics to cover than we have time in a 7-8:30 meeting. Please come and participate in the scouting program. [signature]',
        "A scout troop's blog post, cut; the scoutmaster's name and the hall's name taken out. Among the asks, a chair for a season's fundraiser asked of the troop's families (circle 3): a standing role -> too_big (F1).",
    ),
    (
        "bsatroop4_sortorders",
        "too_big",
        None,
        3,
        "The troop committee meeting is Weds Oct 29 at [the school] 6 PM. We will be discussing upcoming events, finances and need for more parent involvement. Parents are encouraged to attend. [...] The popcorn delivery is set for next Thursday Oct 30. You need to pick your orders up at [the school] between 6 and 7 PM. No exceptions! We could use a couple of adults to help sort the orders from 4:30 to 6 PM.",
        "A troop website's news post, cut (the camping trip details); the school's name taken out. Adults asked for one sorting shift of an hour and a half on a named day: a single shift of an hour or more -> too_big by the long-commitment rule, as the batch-25 convention reads such shifts. ambiguous: asked of the troop's own families (circle 3), a short bounded task might be read precise.",
    ),
    (
        "bsatroop4_foodshifts",
        "too_big",
        None,
        3,
        "I forgot to mention that we will be conducting our annual Scouting for Food service project next weekend Friday Nov 4th from 4 to 8 PM and Saturday from 8AM to noon at [a supermarket]. Scouts will hand out slips of paper explaining this food drive to people entering the store, then collect food as they come out. We will need at least 4 scouts and a couple of leaders in 2 to 4 hour shifts. We will have a sign up Wednesday.",
        "A troop website's post, cut before the closing lines; the store's name taken out. Shifts of 2 to 4 hours asked of scouts and leaders -> too_big by the long-commitment rule.",
    ),
    (
        "troop701_drivers",
        "precise",
        None,
        3,
        "As you are aware, our Troop guidelines require that parents drive to or from camp at least twice per year for every scout in the program. We have benefited from the leaders who drive scouts every month, even though many do not have children in the program. Other parents volunteer to drive well in excess of the required two trips or drive both ways hauling the trailer. [...] If you have not driven twice this year, we would request that you consider driving for June camp as we are currently taking advantage of the generosity of certain parents who pitch in for more than their fair share.",
        "A troop website's page, cut (a bylaw sentence). One task with what and when (driving to or from June camp) asked of the troop's parents (circle 3) -> precise (F1). ambiguous: the drive's length is not stated; a long drive would be a shift of over an hour.",
    ),
    (
        "medievalstudies_topics",
        "precise",
        None,
        None,
        "Hello all, I'm new here. I am considering applying for a PhD program dealing with Medieval Manuscripts. The topic is wide open and I'm curious if anyone can lead me in the right direction to topics that are of current interest in Medieval Studies? I have reviewed many online exhibitions and I have also come up with a few topics only to research and find that a great deal has already been covered on that topic. Any help would be greatly appreciated.",
        "A community post on a blogging site, whole. Information asked of the community (topics of current interest for a PhD on medieval manuscripts) -> precise. ambiguous: the question is broad, and it serves an application (to a programme, not a job: B read as not applying).",
    ),
    (
        "danielsawyer_tools",
        "precise",
        None,
        None,
        "You can read a lot about medieval manuscripts on the web, but I haven't found much bluntly practical information about studying them. [...] If you've other useful ideas/tools which I haven't mentioned, I'd be interested to know about them. (Anything to make my life easier!) And tell me, too, if there is more practical stuff out there on this topic that I haven't found yet. [...] Ruler/tape measure and magnifying glass. Some libraries provide plenty of these but I know from bitter experience that not all do. Are there advantages to having a tape measure over a ruler, or vice versa?",
        "A researcher's blog post, cut to the asks. Readers asked for tools and sources and one specific question (tape measure or ruler) on a stated matter (research trips to manuscript libraries) -> precise.",
    ),
    (
        "chiefsplanet_beekeeper",
        "precise",
        None,
        None,
        'I was out in my backyard spreading about $125 worth of "fungicide" on my lawn today and noticed a nice large group of several hundred bees (at least) milled around the one small tree I have in my backyard. These were all small bees, not hornets or yellowjackets or anything like that, yet with this tree being about 25 feet from my house, I don\'t think it would be a good idea letting these stay around too long. Anyone here know of a good beekeeper who can come collect these for me? I hear there are people who will do this for free since honey bees are endangered. [...] Any thoughts/suggestions are appreciated.... Thanks in advance!',
        "A message-board post, cut (a sentence on his lawn bill). The name of a described kind of person asked for (a beekeeper who collects swarms) on a stated matter -> precise.",
    ),
    (
        "hamster_release",
        "precise",
        None,
        None,
        "It would be good to release [on the project's releases page] a v3.0.2 including bug fix #580.",
        "A GitHub issue's description, whole. A concrete request (a named point release with a named fix) -> precise.",
    ),
    (
        "thirtysec_maintainers",
        "too_big",
        None,
        None,
        "30-seconds-of-interviews is searching for new Maintainers! Do you use 30-seconds-of-interviews personally or at work and would like this project to be further developed and improved? Or are you already a contributor and ready to take the next step to becoming a maintainer? If you are interested, comment here below on this issue or drop me a message on [Twitter]!",
        "A GitHub issue made from a maintainer-search service's template, emoji and the service's boilerplate cut; the handle taken out. Co-maintaining a project asked of its users -> too_big (F1).",
    ),
    (
        "diaphora_releases",
        "precise",
        None,
        None,
        "[GLOBAL QUESTION] Do you think I should be making releases? The question is: do you think I should be making specific releases (using the GitHub's releases system) or the current method (just git pull to latest) is good enough?",
        "A GitHub issue's title and description, whole. An opinion asked on a stated matter (GitHub releases or pulling the latest commit for a named tool) -> precise.",
    ),
    (
        "stripeytiger_pattern",
        "precise",
        None,
        None,
        "I have a small plea! Do you have any old Jo Sharp patterns?? [...] The brochure shows a pattern for a man's vest called 'Rustic Texture' pattern #145. I would love to get my hands on a copy of this pattern. [...] I emailed Jo Sharp to see if it was still available but alas it is no longer extant. They did say though that there is a striped version of the same vest called 'Wayside' in one of Jo Sharps books called The Hanover Bay Collection. Unfortunately that is no longer in print either [...] And so could you?? - Would you?? -Please have a look through your pattern leaflet and book stash for either of these: 'Rustic Texture' pattern #145. or 'Wayside' from The Hanover Bay Collection I'd be most appreciative!! Really!!",
        "A knitting blog post, cut (the brochure's description, family news); the husband's initials taken out. Readers asked to look through their stash for two named patterns -> precise. (Jo Sharp is the yarn company, a public brand, kept.)",
    ),
    (
        "fromhillrise_lend",
        "precise",
        None,
        None,
        "I would LOVE to knit the 'Baby Surprise Jacket' (in self striping yarn!) designed by the wonderful Mrs Z BUT I can't justify the £35 needed to buy the Opinionated Knitter via Amazon Marketplace - where else can I get the pattern? Soon? I have found a couple of US LYS's that sell paper patterns but I'm not in the US! Does anyone sell a download? Would some kind soul lend me theirs? I will give our local library a whirl but I am not too optimistic.",
        "A knitting blog post, cut to the ask. Specific questions (where to buy a named pattern in the UK, a download) and a loan of a book asked of readers -> precise.",
    ),
    (
        "stephanieklein_podcast",
        "precise",
        None,
        None,
        "My publisher asked me if I'd do a podcast for the HarperCollins web site. I'm in. I've decided to do a Q&A session, but I thought it would be fun to answer some of your questions in the podcast, so now is your chance to ask away. If you have a question you'd like answered, please email: [address] before Noon this Wednesday. Try your hardest to ask questions about the book and not my grooming habits. Much love.",
        "An author's blog post, whole; the e-mail address taken out. Readers asked to send a question about her book by a stated deadline -> precise.",
    ),
    (
        "broadbent_techies",
        "too_big",
        None,
        None,
        "New Techies Needed! In last night's committee meeting we discussed the issues, both good and bad, about recent productions. One thing that this highlighted is that we are currently very short of technical people. People who can turn their hand to lighting, sound and in particularly to set building. So, listen up! If you are good with a saw and a hammer and you'd like to get involved do get in touch with us and join in the fun!",
        "A theatre group's blog post, whole. Joining the group's technical crew (lighting, sound, set building) asked of readers: a standing role -> too_big (F1).",
    ),
    (
        "hcam_stagehands",
        "too_big",
        None,
        None,
        "The Game's Afoot is coming soon and we are in need of (at least) two people to help backstage. There's a lot of action: The stage hands will be involved in removing a curtain between Act 1 Scene 1 and Act 1 Scene 2, rotating a bar on the set, adjusting the furniture a bit and, of course, opening and closing the secret door (shhh, it's a secret). There is also a need for an assistant stage manager who will stay in contact with the sound booth to make sure the play proceeds smoothly. We would need you to be available evenings from Oct 15th through the 20th and Oct 26th and 27th. Also, in the afternoon on Oct 28th. No experience necessary, just enthusiasm and a working pair of hands. Please contact director, [name], if interested and available: [contact]",
        "A community-media notice, whole; the director's name and contact taken out. Nine evenings and an afternoon of backstage work asked of readers -> too_big (long commitment).",
    ),
    (
        "grinders_newblood",
        "too_big",
        None,
        None,
        "We're looking for new blood! Please let me know if I can entice you into considering helping us out this summer in one or more of the following capacities: Stage Manager. We can never have too many of these brave, capable individuals. [...] Fortunately, I willing to provide full training to anyone who's interested. [...] House Manager/Host. Help me relieve the burden on the directors this summer by having someone there to take and sell tickets, hand out programs, and ensure everyone is in their seats by the time the show starts. Easy job, and as long as you're okay handling a bit of money and keeping a record of who comes through the door this is something you could do for a single night, an entire run, or several dates interspersed throughout the summer. [...]",
        "A director's blog post, cut (the other roles). Roles for a summer season (stage manager, house manager, crew) asked of readers -> too_big (F1). ambiguous: a single night as host is offered as an option.",
    ),
    (
        "hucknall_u3a_pianist",
        "too_big",
        None,
        3,
        "No news is not good news in this instance, I continue trying to interest someone with the necessary skills to guide the choir, but so far without success. I'll carry on, because we can't return to practise yet, so I may as well! Please pass on the word if you can, we are not of a standard to need expert tuition, but we will need someone to play for us. [...] we're a lovely group, and it could be a super, fulfilling interest for someone with the musical knowledge and a little time to give.",
        "A choir group's page on a local association's website, cut. Members asked to pass the word for a standing accompanist and guide for the choir -> too_big (F1: the role is the object). ambiguous: what is asked of the members themselves is only to pass the word.",
    ),
    (
        "stjohns_choir",
        "too_big",
        None,
        3,
        "It is our hope that this reorganization might be attractive to gifted members of the congregation for whom the Thursday evening rehearsal was a problem. Please give the choir your prayerful consideration. Perhaps you might give it a try until Christmas. (We are already busy preparing the music for Advent and Christmas!) If you have any questions; speak to [the director] or any choir member. We are all anxious to have more people with us. All ages and levels of musical expertise are most welcome.",
        "A cathedral's choir news, cut (the new rehearsal time); the director's first name taken out. Joining the choir's weekly rehearsals until Christmas asked of the congregation (circle 3): a season -> too_big (F1).",
    ),
    (
        "buffalochoral_script",
        "precise",
        None,
        3,
        "Fourth: I'm looking for 4 folks who would be willing to write up a script and introduce various pieces in our program. Our 'radio voice' [a singer] is unable to sing this concert, so he is not available.",
        "One point of a chorus director's five-point note to members, cut to it; a singer's name taken out. One task (script and introduce pieces at a named concert three weeks away) asked of members (circle 3) -> precise (F1).",
    ),
    (
        "waiheke_interval",
        "precise",
        None,
        3,
        "The rehearsals are going very well and its great to be singing the songs with confidence. [...] We are going to need some help during the intervals serving the tea and coffee, if you , your partner or friend can help with this social and mingling part of the programme, we would be very grateful. It is very important to mix with the audience, it gives a two way interaction and we can only do it when we have a concert.",
        "A choral society's newsletter, cut. Members (circle 3) asked for one task of under an hour (serving tea and coffee in the concert's intervals) -> precise (F1).",
    ),
    (
        "levit_rehearsal",
        "precise",
        None,
        3,
        "At this point the rehearsal for the Handbell Choir is to be announced, although the best time to consider for this may be Monday night. I am also considering having an alternative choir rehearsal for the One Voice Choir on Monday night. This could be a brief rehearsal for several people who can't make the Tuesday afternoon rehearsals because of work. It may also bolster the ranks of our choir which would be great. If you have any comments about the possibility participating in either of these two rehearsals, please let me know. I look forward to seeing everyone back. [signature]",
        "A church website's post, cut (the luncheon details); the director's name taken out. Comments asked of choir members (circle 3) on a stated plan (two Monday-night rehearsals) -> precise.",
    ),
    (
        "cope131_council",
        "too_big",
        None,
        3,
        "It is time to form a new union council, and we are looking for a few good people to help us serve our membership. [...] The council will generally meet either in person, or via conference call every 4-6 weeks to discuss ongoing and new issues relative to the membership. [...] The only requirement is to be a member of Local 131, and to have an minimum of 2 years on the job. [...] Please contact either [an officer], or [another officer] to enquire about becoming a member of the Union Council.",
        "A union local's post, cut; the two officers' names taken out. A council seat meeting every 4-6 weeks asked of members -> too_big (F1).",
    ),
    (
        "cardiffucu_exec",
        "too_big",
        None,
        3,
        "Your colleagues need you! (Part II): Nominations for branch exec positions [...] The Cardiff branch Executive Committee co-ordinates the work of the branch between general meetings, negotiating with management, planning strategy, and generally keeping the show on the road. And we could use your help! Nominations for next year's Branch executive committee are now open. There are a range of officer positions and 10 ordinary member roles which allow you to ease in gently and make a valuable contribution to the Branch however big or small. [...] Have a word with any current member of the exec if you'd like to know more about what's involved, and then download your nomination paper. Nominations close on Weds 13 Feb at 4pm.",
        "A union branch's post, cut. A committee seat for a year asked of members -> too_big (F1).",
    ),
    (
        "local592_meeting",
        "vague",
        None,
        3,
        "The February General Meeting was on the 16th. Nice to see many smiling faces. Lots of discussion around some big issues we will have to vote on in the next few months. Are you interested in wage caucus, what's being grieved, or what's happening with safety policies? Come to the next meeting and find out what's going on with your Union!",
        "A union local's blog post, cut before a newsletter link. Members asked to come to 'the next meeting', with no date or time given -> vague (F4).",
    ),
    (
        "mellor_milldig",
        "too_big",
        None,
        3,
        "The work down at Mellor Mill is progressing and lots of exciting things are being discovered about the building and how it worked. However, we are just not getting sufficient support to really get going this Spring - do come on down and spend a few hours any weekend between 9am and 3pm Saturday or Sunday. We are now working on the main foundations of the mill and beginning to make sense of the building footprint. [...] We are averaging 3 or 4 volunteers per day each weekend which is poor considering there are over 50 with a registered interest. If for any reason you are no longer interested please let me know and I will remove you from the mailing list. Hope to see you soon.",
        "A heritage trust's diary post, cut; the excavation leader's first name taken out of the URL. A few hours' digging on a weekend asked of registered volunteers (circle 3): a single shift of more than an hour -> too_big by the long-commitment rule.",
    ),
    (
        "greenhorns_landsurvey",
        "precise",
        None,
        None,
        "For Young Farmers Only: Quick + painless survey re: land access. Young Farmers! This is a 'blast survey'. It should take 2 minutes. Please fill it out by following this link: [link] Some of you may have filled out our longer survey at [website] But frankly, most of you have not. We are trying to gather quantitative and qualitative data about the experience of young farmers so that we can MAP that data by geopoint, GRAPHICALLY. [...] We thank you kindly for sharing your story.",
        "A network's blog post, cut (the campaign's aims, a privacy note); the links taken out. A two-minute survey on land access asked of young farmers, with its use stated -> precise.",
    ),
    (
        "swnews4u_organicsurvey",
        "precise",
        None,
        None,
        "Researchers at the Leopold Center for Sustainable Agriculture (Iowa State University) are conducting a survey of organic farmers about what motivates them to farm organically. The results will be relevant to the global organic movement and shed light on the role of organic farmers in sustainable development. Survey responses will be confidential; only summary findings will be shared. The survey takes about 15 minutes to complete. It is available online at [link] or as a Word document that can be requested from the researchers: [two names and e-mail addresses]. The survey will be open until Jan. 30, 2015.",
        "A news item relaying the researchers' call, whole; the researchers' names and e-mail addresses taken out. A 15-minute survey of organic farmers with its use and closing date -> precise.",
    ),
    (
        "farmserviceradio_onfarm",
        "precise",
        None,
        None,
        "Michigan State University Extension, in collaboration with Kansas State University, University of Nebraska-Lincoln, and The Ohio State University, is looking for Michigan farmers to participate in a multi-state survey. The goal of this project is to evaluate farmer's views and approaches to on-farm research. [...] The short survey only takes 5-10 minutes to complete and will not need any information from your records. Your responses are completely voluntary and anonymous. Please fill out the survey by June 15. For any questions related to this survey, please contact [the researcher] at [e-mail], [phone].",
        "A farm radio site's item relaying an extension call, cut; the contact's name, e-mail and phone taken out. A 5-10 minute survey asked of Michigan farmers with its aim and deadline -> precise.",
    ),
    (
        "attra_diversified",
        "precise",
        None,
        None,
        "Researchers from the Food and Health Lab at Montana State University are conducting a survey to understand the role of diversified farming for resilience and vulnerability in the food system. This 15- to 20-minute anonymous, online survey will help the researchers better understand barriers and opportunities for diversified farming, as well as how diversified farming systems respond to stressors such as climate change and the COVID-19 pandemic. The survey is open to all producers in Montana, North Dakota, South Dakota, and Wyoming who have grown crops for at least one growing season.",
        "A news item relaying a lab's call, whole (in the service's words, not the researchers'). A 15-20 minute survey asked of crop producers in four named states, with its use -> precise.",
    ),
    (
        "sspc_callforpapers",
        "precise",
        None,
        3,
        "Plans for the Providence meeting, April 23-25, are proceeding nicely. Proposals for papers and workshops are due no later than September 15, so please check out the Call for Papers at our website, and see what you might want to contribute. You have been asking for more interactive participation at the meetings and we would like to provide it. Therefore, when you think about submitting a proposal, you might want to focus on developing a workshop instead of just giving a paper.",
        "One paragraph of a society director's letter to members, cut to it (membership news and a phone number elsewhere). A paper or workshop proposal asked of members for a named, dated meeting -> precise (one talk at a named event, as the batch-25 convention reads F1 and F4).",
    ),
    (
        "eolt_cfpname",
        "precise",
        None,
        None,
        "We've been talking amongst the committee about how to clarify the Call for Paper. We have tried to streamline the submission process [...] So as you can see, 300 words is not a very large paper. This should make it easier to submit, but it has also led to some confusion with the terminology. When you say \"paper\", that suggests something longer that may even be published. That would not be the case here. This is more like an extended abstract. So I pose the question to the community, should we be calling this a 'Call For Abstracts' rather than a 'Call for Papers'? Personally, my biggest worry with changing this is that 'Call for Abstracts' is not as universally recognized as a the 'Call for Papers.' I think we risk confusion either way, but for different reasons.",
        "A conference community site's post, cut (the list of submission items). An opinion asked of the community on a stated matter (naming a call for 300-word submissions) -> precise.",
    ),
    (
        "sac_springmeeting",
        "precise",
        None,
        3,
        "Unfortunately, we face a serious challenge. In the past two years, participation had declined despite efforts to collaborate with institutions that hold similar interests. [...] But right now we need engagement. We need our community to come together and envision the future. To this end we have extended the submission deadline for the Spring 2018 conference until Feb 15th. This is the time to speak up and join in. You don't need to have an academic paper to present. We need your passion and ideas. Tell us what you want to speak on and we will give you the opportunity. [...] Please contact us with any questions or offers of help to make 2018 happen. [contacts and signature]",
        "A section president's post to members, cut; the coordinator's and president's names and e-mail addresses taken out. A talk proposal asked of members for a named conference with a deadline -> precise. ambiguous: 'offers of help' is open-ended.",
    ),
    (
        "ogrforum_624routing",
        "precise",
        None,
        None,
        "Well I moved onto my next project I picked up a fairly weathered 624 for my freight yard switching duties to do a whistle relay conversion on. [...] The problem is in my excitement I forgot to look how the power wire from the rear coupler was routed around the truck. Does anyone have a good picture of how it is suppose to go? I have it in the brass clip on the right side but just leading it to the front of the truck and up in front of the motor well seems like it can rub on the wheel. There doesn't seem to be a good way to get it up inside the motor well either. Does anybody have a good picture of the routing? thanks all!",
        "A model-railroad forum's opening post, cut (the cleaning of the old grease, a family note). A photo asked on a stated matter (the rear-coupler power wire of a named post-war locomotive) -> precise.",
    ),
    (
        "bachmann_harness",
        "precise",
        None,
        None,
        "I have a 2-6-0 with sound, a superb engine, but a wire in the loco/tender harness has fused/melted, it appears to be from the rear truck, don't know what other wires are affected, but the headlight will not work in the forward direction, (loco headlight is dim in reverse). I have removed the soundboard and harness and would like to know if a replacement harness is available and is there a wiring diagram as all the wires are black (and excessively long). As I am in Australia, sending the loco back is not economical, I am quite happy to effect repairs, just need a harness and/or wiring diagram for the soundboard connections. Yours in model railroading [signature]",
        "A maker's forum opening post, whole; the signature (name, handle) taken out. Information asked on a stated matter (a harness or wiring diagram for a named locomotive) -> precise.",
    ),
    (
        "nsas_starparty",
        "too_big",
        None,
        3,
        'Hi everyone We continue to plan for the Hunter Valley Star Party in 26-29 September so "Save the Date!". We would appreciate anyone with event management experience to step forward to give us some assistance - It is looking to be a great experience in September and some planning now will help us to make it an exciting experience for everyone.',
        "The opening of a society president's note to members, cut (other events); the signature taken out. Months of help planning a four-day star party asked of members with event-management experience: a role -> too_big (F1).",
    ),
    (
        "pasaz_northmountain",
        "too_big",
        None,
        3,
        "Friday 3/14 is our first of 3 North Mountain Park star parties. Set up is 5pm, public is due shortly after, and we go until 9:30pm. I currently have [five members] attending with telescopes. We also have 10+ RSVP's from the public. Your help is needed and appreciated. If you can make it, drop me an email by Thursday to let me know. Thanks. ALL size scopes are welcome. [...] Your help is greatly appreciated. [signature]",
        "A society digest's post, cut (a second event, the RSVP list); members' names and the signature taken out. An evening of four and a half hours with a telescope at a public star party asked of members (circle 3): a single shift of over an hour -> too_big by the long-commitment rule. ambiguous: members may come for part of it.",
    ),
    (
        "auburnastro_facebook",
        "too_big",
        None,
        3,
        "The AAS Facebook page was created by [a member] when FB was in its infancy. He's been on our mail list for many years but lives way down in [a town]. I agreed to coadmin, but I've never really gotten into Facebook. I'd like for someone to assume my role as coadministrator with [him]. The Facebook presence has tremendous potential for recruiting new members. Perhaps someone can breathe some life into it for us. It's not really time consuming and mostly just requires subscription approvals and directing people to the AAS Website. [...]",
        "A society newsletter's item, cut; a member's name and town taken out. Taking over a standing role (co-administering the club's Facebook page) asked of members -> too_big (F1), though 'not really time consuming'.",
    ),
    (
        "badgegen_connect",
        "vague",
        None,
        5,
        'Wanted to connect. Hi [Shiv], I am [Bhavin] and I really liked your application "GitHub Badge Generator" and I wanted to connect with you to discuss few things. So, let me know when ever you are free to connect.',
        "A GitHub issue's title and description, whole; both first names swapped. A talk asked of the repository's owner 'to discuss few things', the things unstated -> vague.",
    ),
    (
        "followme_followback",
        "vague",
        None,
        5,
        "Connection & Support. Hi [@owner], I stumbled upon your profile and really liked your work! I've just followed you. Let's connect, share knowledge, and support each other's coding journey here on GitHub. Looking forward to your follow back! Best regards, [handle]",
        "A GitHub issue, whole but for an emoji; both handles taken out. 'Let's connect' and a follow-back asked of a stranger, no subject -> vague.",
    ),
    (
        "mftool_contact",
        "vague",
        None,
        5,
        "Can i contact you? :) Hey [Nayan], sorry to ping you like this :) i could not get your contact... i would like to contact you and work on this project, would you mind pinging me? my id [e-mail]",
        "A GitHub issue, whole; the first name swapped, the e-mail address taken out. Contact asked of a library's author to 'work on this project', nothing said of what -> vague.",
    ),
    (
        "easyfea_contact",
        "vague",
        None,
        5,
        "Contact info. I hope you're doing well! I found your work amazing. Would there be a way to get in touch with you, such as email? Looking forward to your response. Thanks in advance! Best regards",
        "A GitHub issue, whole. A way to get in touch asked of a library's author with no purpose stated -> vague.",
    ),
    (
        "raytracing_username",
        "precise",
        None,
        5,
        "Get in touch. Hey [namesake]! I know this a bit of a strange way to reach out to you haha but, I didn't really have another way that I could get in touch from GitHub. Would you mind getting in touch with me? My email is [address]. I'd like to discuss your GitHub username and if you'd be open to changing it. Thanks!",
        "A GitHub issue, whole; the first name and the e-mail address taken out. A stranger asks to discuss one stated thing (whether the owner would change his username) -> precise. ambiguous: it asks the owner to give up something he holds, though no money or purchase is named.",
    ),
    (
        "hbtu_connect",
        "vague",
        None,
        5,
        "Nice to meet you. Hey, I'm working this too—mind if we connect? If you are interested, find me on [a chat service, handle]",
        "A GitHub issue's title and description, whole; the chat handle taken out. 'Mind if we connect?' with no purpose -> vague.",
    ),
    (
        "stmark_capital",
        "too_big",
        None,
        3,
        "This week I am writing to ask for your support in a moment of great importance to our parish. As many of you have kindly expressed your pleasure at the beauty of our new Church, I am now asking once again for your support in helping us to finish paying it off. [...] This weekend we will be kicking off our Lion's Share Capital Campaign to eliminate our debt in five years! [...] I am asking that those of you who haven't had the opportunity to pledge or give a gift to our last campaign will find it in your heart to give now. [...] In addition, those who have contributed in the past, I am also asking if they could continue their pledges for the next 3, 4, or 5 years. I have done that with my pledge from the previous campaign already. I wouldn't ask you to do what I wouldn't do.",
        "A pastor's letter on a parish website, cut. Money (gifts and multi-year pledges) asked of parishioners (circle 3) -> too_big.",
    ),
    (
        "bsacrament_53rdweek",
        "too_big",
        None,
        3,
        'My dear Parishioners, [...] In order for our parish to continue to be an effective sign of Christ presence and continue to be a viable parish in this area, we are calling upon your generosity to assist our parish during these financial challenging times. With consultation with the Parish Finance Committee, it has been decided, in order to meet our shortfall, we are coming to you to have a "Fifty Third Week Sunday Collection". (I know that there are only 52 weeks in a year.) To help us make up the difference, we are asking all parishioners/families to please consider giving one additional week\'s offering. [...]',
        "A pastor's letter on a parish website, cut; the signature taken out. Money (one extra week's offering) asked of parishioners (circle 3) -> too_big.",
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

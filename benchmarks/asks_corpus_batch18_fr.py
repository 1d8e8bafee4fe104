# ruff: noqa: E501  (quoted data: long lines keep each quotation whole)
"""An eighteenth French batch of asks written by other people (issue #16): "batch 18", untouched.

Collected in three passes on 4 December 2026 (French sources are nearly used up: 17, then 11,
then 13 asks), each appending without reading the items before it: the first 17 as French
batch 17, which waited under the 30 a batch needs (as ``asks_corpus_pending_fr.py``), then two
top-ups. Labelled blind by the collectors as written down, then by a blind second coach
(``asks_corpus_batch18_fr_second.jsonl``).

How it was made: the search tool was queried in French in its ``pages``, ``issues`` and ``code`` corpora (and
``find_string`` on exact French phrases) for real asks of kinds less used so far: news items quoting a student's
request to the head of state, scam openers and scam stories quoted by consumer and local-news pages, a reader's
letter to a tech advice column, an association's collage of journalists' requests, calls for testimonies, a
careers-magazine line asking a friend for a referral, a revision site's interview questions for pupils, a lycée
writing exercise, an alumni-association launch, a students' survey form on GitHub, a French pull request
proposing a donation button, and a regional-news story on an internship search. French real asks are scarce in
the stored sources: most pages and threads that the searches surfaced were already in the corpus. Before a
source was taken, its domain or GitHub owner/repo and one distinctive phrase were grepped (``git grep -il``)
against ``tests/data/asks_corpus/`` and ``benchmarks/`` on main and on the collect17-en branch and worktree; a
source whose domain was found was dropped even when the page differed. Dropped: isabellequentin.com, nomadowrite.fr, biblibre.com, survol.fr, openaddresses/openaddresses, thers/fr-docs, ploum/lingi2401, nongiach/ChaigncHackademy, croquefeuille.fr, francebleu.fr, 2ansdevantmoi.com, blogarama.com (deux-expats-seattle), canalblog.com (ptitmath), blog.ytournel.net, 20minutes.fr, parisjs/talks, ordre-des-developpeurs/odd-constitution, NotANameServer/discord, Lofp34/linkedin-prise-de-contact, freemanpolys/venavi-claude, mesconstats.ca, medium.com (@Vincent_Monet), onethinginafrenchday.podbean.com, strategies.fr, umap-project/umap, Kodi-vStream/venom-xbmc-addons, mquandalle/mesaidesvelo, SocialGouv/emjpm, azavana/velirano. The stop rule
(about 45 minutes of work) ended the collection below the 30 asked for French.

Batch 18 (the last 11 items) was made the same way: ``search`` in ``pages``, ``issues`` and ``code`` queried in
French (internships, mentoring, alternance, sponsorship, volunteering, partnership and quote requests, Québec,
Belgian, Swiss and African francophone pages, career columns, forums, researchers' and writers' blogs, GitHub
issues) and ``find_string`` on exact French phrases. Kinds new to the batch: messages a researcher quotes
on his blogs (an amateur cook, a restaurant owner, a student asking to join his lab, a career changer in a
skills assessment), young founders' questions quoted by a consultant, an association's GitHub issue, a forum
post quoted by a nurses' news site, an unpublished author's note to a self-publishing platform's readers, and a
link-building e-mail quoted by a book blogger. Nearly every thread, template and page the searches surfaced was
already in the corpus (``find_string`` hits and GitHub issues almost without exception). The same dedupe was run
against ``tests/data/asks_corpus/`` and ``benchmarks/`` of main (and of the collect18-en worktree, which had no
batch-18 file yet). Dropped in batch 18 (domain or owner/repo already present): nexmove.fr, hervebommelaer.blogspirit.com,
elomentorat.com, sensy.me, MTES-MCT/dialog, incubateur-ademe/nosgestesclimat, JDIS/Organisation,
niux3/crm-light, MarvinButh/Website-Lead-Generator, fvb38590/projet-claude, bloodyowl/react-higher-event,
RaspbianFrance/raspisms, Alignak-monitoring-contrib/alignak-backend, mathieulaferriere.com, alexia.fr,
scilogs.fr, excelafrica.com, eos-numerique.com, nakedtranslations.com, doczz.fr, fr.scribd.com, cpu-lyon.org,
erikadupont.com, tout-un-monde.org, lapresse.ca, and code-index files already cited by id (the Lexora,
TCL Transport, Nesta, Mr Z Brand, freelance-web-developer, éclairage-public script, mentor-request demo-data and
PHP-developer cover-letter files). The stop rule (about 40 minutes) ended batch 18 at 11 asks.

Batch 18b (the last 13 items) was made the same way, appended after the 28 items above without reading them or
opening them for ideas: ``search`` in ``pages`` and ``issues`` queried in French (internship, mentoring,
volunteering, partnership, quote, referral and meeting requests; Québec, Belgian, Swiss and Senegalese pages;
bloggers' and illustrators' "best of" pages of requests received; forums; GitHub issues in French) and
``find_string`` on exact French phrases. Kinds new to the batch: an illustrator's quoted internship
request and a free-drawing request, message drafts a public business-support service sends to partner advisers
(quoted in its GitHub tracker), meeting and call requests in French GitHub issues of small client projects, a
request to copy two department heads on a call, a fellow blogger's question, a Québec news page reporting a
student's e-mail to a professor, a Belgian newspaper's volunteering column, a personal letter to old
schoolmates, an animal-welfare forum post asking for a school-fair speaker and a Senegalese news quote. The same
dedupe was run (``git grep -il`` of the domain or owner/repo and of a distinctive phrase, against
``tests/data/asks_corpus/`` and ``benchmarks/`` of this branch, made from main, and of the collect18-en
worktree). Dropped in batch 18b (domain, owner/repo or file already present): planeteblog.com, Dadoum/Provision,
hostolab/covidliste, inspireetcree.fr, Cacti/plugin_intropage, sveinburne/lets-play-science,
openfab-lab/openfab, LeRubyNouveau/liste-de-souhaits, OpenClassrooms-Student-Center/alumnis,
python/python-docs-fr, jhroy/theses, blogs.bl0rg.net, cosson-genealogieblog.fr, isarta.com, and the code-index
file of a course module already cited by id in batch 3 (its "Accepteriez-vous de m'accorder 10 minutes" template);
sources already on the lists above (biblibre.com, blogarama.com, openaddresses/openaddresses, ploum/lingi2401,
thers/fr-docs, MTES-MCT/dialog, incubateur-ademe/nosgestesclimat, JDIS/Organisation, RaspbianFrance/raspisms,
Alignak-monitoring-contrib/alignak-backend, SocialGouv/emjpm, mesconstats.ca, mathieulaferriere.com) surfaced
again and were skipped. Most "best of" pages of requests received are stored only up to their opening, before
the quoted messages, which limited what could be taken. The stop rule (about 35 minutes) ended batch 18b at 13
asks.

Each ask was labelled by the labelling guide (``tests/data/asks_corpus/GUIDE.md``: the guide and its v2
amendments A-E) as it was written down, before anything ran on it. The collector never opened, imported or
ran the ask checker or its evaluation and fitting scripts, so this batch is unseen by it. Conventions kept
across the batch (recorded in the notes): a scam opener is judged by its text alone (A), so a bare "I have a
favour to ask" is ``vague`` even when the page says money follows, while a quoted request for prepaid cards is
``too_big`` whoever the sender really was; a referral asked of a childhood friend is not too big (circle 1);
pupils' and students' questions to professionals are upward (D) and, without an offer, ``vague`` (P7); a
request to merge a button promoting the asker's own platform is read as prospecting (B/C). Batch 18 adds:
an expert or author whose work the asker cites is above (D), so questions to a researcher about his own
invention are ``vague`` without an offer (P7); asking strangers to read a whole novel is a long commitment
(``too_big``); a founder's question about hiring is advice (the asker would hire), not a job request. Batch 18b
adds: asking a professional for free work (a logo, a portrait) is read as a commission without the payment
(``too_big``, noted ambiguous); calls for volunteers and for a speaker to hold a school-fair stand ask strangers
for hours of their time (``too_big``, noted ambiguous); a go-between asking a partner adviser to call a firm
back, or whether a need fits their offer, is a small request, not a sale (B does not apply); a reported request
is restored in the first person in square brackets.

Item layout as in ``asks_corpus_batch10_en``: (source id, label, upward, circle, text, note); the item list is
``FR``. The text keeps only the ask and what immediately frames it, ``[...]`` marking cuts and square brackets
marking words put in for names, titles, links or a reported request restored in the first person. Real
people's names were cut or replaced by their title; e-mail addresses, phone numbers, handles and personal links
were taken out. The note records those edits and, for texts the guide leaves open, the reading chosen
("ambiguous: ..."). Source list: ``asks_corpus_batch18_fr_SOURCES.md``. A throwaway script run after the last
item compared every 10-word run of these texts with ``tests/data/asks_corpus/*.jsonl`` and the other
``benchmarks/asks_corpus_*.py`` files: no run is shared (34 files compared, ``*_second.jsonl`` excluded). For batch 18 the same check compared
the 11 new texts with 36 files (``tests/data/asks_corpus/*.jsonl`` and every ``benchmarks/asks_corpus_*.py``,
this module with its first 17 items among them; the collect18-en worktree had no batch-18 file yet): no run
is shared. For batch 18b the same check compared the 13 new texts with 38 files
(the two ``tests/data/asks_corpus/*.jsonl``, the 33 other ``benchmarks/asks_corpus_*.py``, this module's first 28
items taken as one text, and the collect18-en worktree's ``asks_corpus_batch18_en.py`` and its copy of this
module): no run is shared. The
builder does not read this module yet; the lead decides how to wire it in (suggested: wholly untouched, like
``real_test``).

41 asks from 35 sources: precise 20, vague 8, too_big 13 (batch 17: 17 asks from 14 sources, precise 8,
vague 4, too_big 5; batch 18: 11 asks from 9 sources, precise 5, vague 3, too_big 3; batch 18b: 13 asks from
12 sources, precise 7, vague 1, too_big 5).
"""

SOURCES = {
    "toptribune_macron": "https://toptribune.today/une-etudiante-demande-un-stage-de-six-mois-a-emmanuel-macron-lors-du-forum-pour-la-paix-a-paris",
    "planet_scam": "https://planet.fr/finances-personnelles-voici-trois-exemples-de-mails-auxquels-il-ne-faut-surtout-pas-repondre.1338578.1399.html",
    "sauvelade_scam": "https://sauvelade.fr/a229-arnaque-sur-internet.html",
    "webtech_column": "http://web-tech.fr/mr-je-sais-tout-et-si-tous-les-mails-dappel-a-laide-netaient-pas-des-arnaques/",
    "avft_medias": "https://www.avft.org/2011/06/14/medias-1/",
    "alayham_gj": "https://news.alayham.com/index.php/node/689861",
    "amazonkiller_liberapay": "https://github.com/elliotlepers/Amazon-Killer/pull/20",
    "wttj_coopter": "https://www.welcometothejungle.com/fr/articles/coopter-pistonner-travail-recommander-amis-connaissance",
    "digischool_interview": "https://www.digischool.fr/cours/interviewer-un-professionnel",
    "acversailles_bourse": "http://blog.ac-versailles.fr/littsocfemme/index.php/page/5",
    "saintlouis_alumni": "https://saintlouis-lapaix.com/lycee-saint-louis/vie-lyceenne/alumni-saint-louis",
    "stid_survey": "https://github.com/RomainGOSSELIN/PTUT",
    "mediapart_temoignage": "https://blogs.mediapart.fr/edition/ecrire-pour-exister/article/170518/appel-temoignage",
    "lamontagne_stage": "https://123ru.net/foreign/273543737",
    "hervethis_seminaires": "https://hervethis.blogspot.com",
    "hervethis_notenote": "http://hervethis.blogspot.com.ar/2017/10/",
    "hervethis_stage": "https://hervethis.blogspot.com/2016/10/a-propos-de-stages.html",
    "gastromol_metier": "http://gastronomie-moleculaire.blogspot.com/2010/08/une-question-de-metier.html",
    "coactance_jeunes": "https://coactance.biz/?p=955",
    "osmfr_contact": "https://github.com/osm-fr/infrastructure/issues/154",
    "infirmiers_reconversion": "https://static1.infirmiers.com/profession-ide/reconversion-devenir-infirmier-lorsque-lon-gagne-bien-sa-vie-une-folie",
    "monbestseller_erica": "https://www.monbestseller.com/lecteur/veas-isabelle",
    "moeursethumeurs_liens": "http://moeursethumeurs.blogspot.com/2011/10/big-sister.html",
    "illustrateur_stage": "https://illustrateur.paris/?p=1353",
    "lgiwines_point": "https://github.com/lgi-wines/Extranet-LGI/issues/121",
    "lenormant_reunion": "https://github.com/Lenormant/location/issues/44",
    "conseillers_relance": "https://github.com/betagouv/conseillers-entreprises/issues/3838",
    "jegweb_partenariats": "http://jegweb.blogspot.com/2011/04/question-de-fattorius-as-tu-deja-recus.html",
    "flichy_dessin": "https://nathalie-flichy-atelier.com/post/tu-vas-bien-me-faire-un-petit-dessin-gratuitement",
    "datalocale_cd91": "https://github.com/datalocale/dataviz-finances-gironde/issues/426",
    "educlang_direction": "https://educlang.ca/?p=414",
    "metrotime_benevoles": "https://fr.metrotime.be/2018/03/19/start/travailler-pour-la-bonne-cause-therese-blavier-pour-lasbl-sos-layettes-solidarite-developpement/",
    "bouhineau_promo": "http://denis.bouhineau.free.fr/amitie/amitie23.htm",
    "clochards_stand": "https://clochards-poilus.niceboard.com/t3382-presentation-et-demande-d-intervenant",
    "intelligences_retour": "https://intelligences.info/2022/11/18/semaine-mondiale-de-lentrepreneuriat-le-rendez-vous-annuel-des-acteurs-du-secteur/",
}

FR = [
    (
        "toptribune_macron",
        "too_big",
        True,
        None,
        "Je suis étudiante à Sciences Po et j'ai déjà travaillé pour vous à la chambre de commerce française au Maroc, lorsque vous êtes venu en octobre dernier. [...] [Je suis à la recherche d'un stage de six mois au sein de votre] « cabinet pour l'économie ».",
        "A news item: a student stops the French president at the Paris Peace Forum; her opening words are quoted, the request itself is reported (restored in the first person in square brackets); she stays anonymous in the source. A six-month internship asked of the head of state -> too_big (job/internship); upward (D: an executive).",
    ),
    (
        "planet_scam",
        "vague",
        None,
        None,
        "Coucou, Comment vas-tu ? J'aurai un service à te demander par mail. Dans l'attente de te lire",
        "A consumer news page quoting scam openers sent under familiar first names. No stated request and no niche -> vague. ambiguous: the page says these lead to requests for money, but the text shows none (A).",
    ),
    (
        "planet_scam",
        "vague",
        None,
        None,
        "Bonjour, peux-tu me joindre dans l'immédiat par mail pour un recours stp? J'aimerais te faire part d'une situation me concernant, je reste en ligne devant l'ordi",
        "Second scam opener quoted on the same page. A request to write back about an unstated 'situation': no concrete object, no niche -> vague (A: the money behind it is not in the text).",
    ),
    (
        "sauvelade_scam",
        "too_big",
        None,
        2,
        "[Un mail] provenant d'une amie proche, qui lui demande de l'aide. [...] son amie, en voyage, s'est fait voler tous ses biens : cartes bancaires, téléphone, etc. Pour l'aider, elle lui demande six recharges de cartes prépayées de 250 euros.",
        "A village website reprinting a local news story: a pensioner receives, from a close friend's hacked address, a request for prepaid cards. The request is reported, not quoted; kept with its frame. Money (1,500 euros in cards) -> too_big; circle 2 from the source's framing ('une personne que je connais depuis des années'), though the real sender was a fraudster.",
    ),
    (
        "webtech_column",
        "precise",
        None,
        None,
        "Je reçois régulièrement des mails me racontant une histoire similaire, celle d'une personne qui a des problèmes (habitant souvent en Afrique) et qui a besoin de mon aide pour recevoir un héritage. [...] J'ai même reçu un message sur Facebook récemment, vraiment différent des autres, celui d'une femme d'Abidjan qui va mourir et qui a besoin d'aide pour créer un centre d'aide aux enfants africains ? Et si c'était vrai pour une fois ? Comment savoir qu'aucun de ces appels à l'aide n'est réel ?",
        "A reader's letter to a tech advice column ('Mr. Je-Sais-Tout'); the question was moved to the end (cut marked). Information on a stated question (how to tell inheritance-scam messages from a real plea), narrowed to one kind of message -> precise.",
    ),
    (
        "avft_medias",
        "precise",
        None,
        None,
        "« On pourrait interviewer une victime ? » « Vous pourriez nous donner les coordonnées d'une victime ? »",
        "An association against sexual harassment at work lists requests it receives from journalists (quoted as a bad-example collage). An introduction to a described kind of person (a victim followed by the association) for an interview -> precise by the letter of the guide; the page shows why such asks are refused.",
    ),
    (
        "avft_medias",
        "too_big",
        None,
        None,
        "« Si on ne peut pas filmer un premier rendez-vous avec une victime, vous ne pourriez pas en faire venir une et faire comme si c'était la première fois que la rencontriez ? »",
        "Same page: a TV crew asks the association to stage a first meeting with a victim for the camera. ambiguous: a filming session and a staged meeting from a stranger read as a long commitment (too_big); not money, job or sale.",
    ),
    (
        "avft_medias",
        "precise",
        None,
        None,
        "« Vous me garantissez l'exclu sur ce témoignage ? »",
        "Same page: a journalist asks for an exclusive on one victim's testimony. A concrete condition about one named testimony -> precise. ambiguous: could be read as no request of the reader's time at all.",
    ),
    (
        "alayham_gj",
        "precise",
        None,
        None,
        "Nous lançons donc un appel à contribution auprès des lecteurs qui participent au mouvement. Nous souhaiterions que vous rédigiez pour ce site votre témoignage, sur vos conditions de vie, vos difficultés et sur les raisons de votre participation au mouvement, mais également sur votre propre analyse de ce qui se passe en ce moment, de vos attentes et envies. [...] Nous publierons les témoignages les plus pertinents. Merci d'avance à tout ceux qui répondront à cet appel, en nous écrivant au moyen de ce formulaire.",
        "A news aggregator reprinting a blog's call for testimonies from 'gilets jaunes'. A written testimony on stated topics from a described kind of person -> precise.",
    ),
    (
        "amazonkiller_liberapay",
        "too_big",
        None,
        None,
        "Bonjour, Je me permet de vous proposer d'ajouter ce bouton de don à ce super projet! Je fais partie de l'asso qui développe ce projet, donc n'hésitez pas si vous avez des questions. Il vaut mieux créer un compte avant de merger (en plus j'ai fait un don symbolique car je suis pas trop javascript donc difficile de contribuer au code: [lien]).",
        "A pull request on a French browser-extension project by a member of the association behind a donation platform (link taken out). ambiguous: the concrete request is to merge one button (precise), but it serves winning a user for the asker's own platform, read as prospecting (B/C) -> too_big.",
    ),
    (
        "wttj_coopter",
        "precise",
        None,
        1,
        "« Au fait, j'ai vu une offre de poste passer dans ton entreprise. Ça te dirait de me coopter ? »",
        "The opening scene of a careers-magazine article: a childhood friend asks, over a game of Mölkky, to be referred for an opening at the reader's company. A referral asked of a close tie (circle 1) is not too big (guide 1); a concrete request about one posted opening at a named employer -> precise. ambiguous: an illustrative line written by the magazine, not a documented message.",
    ),
    (
        "digischool_interview",
        "vague",
        True,
        None,
        "Pourriez-vous me décrire une journée type ? Pourquoi avez-vous choisi ce métier ? Quelle est votre formation initiale ?",
        "A revision site's guide for French 'troisième' pupils interviewing a professional during their work-experience week; three of its model questions kept. Specific questions about the reader's own occupation, but upward (D: a pupil to a working professional) with no offer and no reference to their work -> vague (P7).",
    ),
    (
        "acversailles_bourse",
        "too_big",
        True,
        None,
        "Monsieur [le ministre], Je souhaite, par la présente, vous faire une demande de bourse pour une université à Paris. Je vais actuellement à l'université de Hong Kong à Pokfulam. J'étudie le fr[ançais ...]",
        "A class blog of a Versailles-academy lycée ('littérature et société'): pupils wrote letters requesting a scholarship in the voice of a girl from an emerging country, addressed to the foreign minister (name replaced by his title; the excerpt breaks off mid-word, completed in brackets). Money (a scholarship) -> too_big; upward (D). Note: a school writing exercise in an invented persona.",
    ),
    (
        "saintlouis_alumni",
        "precise",
        None,
        None,
        "Une première rencontre vous est proposée pour marquer le lancement de l'association, le samedi 07 juin de 11h à 15h, au lycée Saint-Louis. [...] Pour lancer l'association le logo de l'Alumni Saint-Louis est à créer, vos propositions seront affichées ce jour. Pour ce moment convivial, merci de diffuser l'info à toutes vos relations, de promo ou autres. Réponse souhaitée par mail avant le 30 mai 2025 [...]",
        "A Lorient lycée's page launching its alumni association (contact e-mail cut). Small concrete requests (logo proposals, passing the word, a reply by a date) for one named school's alumni -> precise. The four-hour gathering is an open invitation, not an ask of one person's time.",
    ),
    (
        "stid_survey",
        "precise",
        None,
        None,
        "Bonjour à vous anciens STID ! Nous faisons un PTUT concernant le devenir des STID après leur passage dans la magnifique ville qu'est Aurillac et de ce fait nous aurions besoin de quelques minutes de votre temps pour répondre à ce questionnaire. Merci d'avance à tout ceux qui prendront le temps de répondre !",
        "The intro text of a survey form in students' tutored-project repository (a Streamlit app). A few minutes for a stated questionnaire, asked of a named programme's alumni (IUT STID, Aurillac) -> precise. Not marked upward: alumni are not shown senior (D: alumni at a similar stage are not above).",
    ),
    (
        "mediapart_temoignage",
        "precise",
        None,
        None,
        "Appel à témoignage : sans abri, réfugiés, harcèlement, discrimination, violence, militantisme, souffrance au travail, handicap, prostitution... Dans l'anonymat ou non, libérons la parole dans un monde qui se renferme sur lui même. Equipe de travailleurs sociaux et du monde associatif, nous récoltons actuellement des histoires de vie dans le but de les diffuser sur l'édition « Ecrire pour exister ».",
        "A call for life stories on a participatory blog edition run by social workers. A written or spoken testimony from described kinds of people -> precise. ambiguous: the list of situations is long enough to be read as no niche (vague).",
    ),
    (
        "lamontagne_stage",
        "vague",
        None,
        None,
        "\"J'ai vraiment trouvé ma voie et j'aimerais vraiment me lancer dans la vie active\" [...] Je ne suis pas en colère, je comprends les réponses négatives. Mais j'ai beaucoup de doutes. Si personne ne nous laisse notre chance, dans trois mois je serai encore là à essayer de faire un stage !",
        "A regional-news story (reprinted on an aggregator) on an events-management student in Corrèze who cannot find her final internship; her name is cut. She voices her search but asks no one for anything -> vague. ambiguous: the article as a whole serves finding an internship (B would make a request too_big), but no request is made.",
    ),
    (
        "hervethis_seminaires",
        "vague",
        True,
        None,
        'Bonjour, je viens de lire un excellent article de "The conversation", où [le chercheur] nous expliquait, outre les techniques physico-chimiques du soufflé, que nous pouvions solliciter de votre part les compte-rendus des Séminaires de gastronomie moléculaire. Ainsi, je me permets de vous en demander communication. je suis un cuisinier amateur, plutôt "bec salé" que sucré. je m\'en remets à vous pour dimensionner le nombre et la nature des compte-rendus que vous aurez la gentillesse de me communiquer. d\'avance, un GRAND merci à vous !',
        "A message quoted on a researcher's blog (an amateur cook writing to the physical chemist whose article he read). Request for information on a named thing (the reports of the molecular-gastronomy seminars) with a reference to the reader's work, but the reader is an expert and author cited by the asker (D: upward) and no offer is made (P7) -> vague. Quoted whole but for the researcher's name, replaced by [le chercheur]. ambiguous: a request for documents the page says are offered to the public could be read as not upward at all (then precise).",
    ),
    (
        "hervethis_notenote",
        "vague",
        True,
        None,
        "Bonjour, je suis restaurateur et je souhaite ouvrir mon restaurant note à note. Je me pose beaucoup de questions. Pouvez-vous m'expliquer davantage ce qu'est la cuisine note à note, comment la commercialiser, etc.",
        "A question quoted on the same researcher's blog (October 2017), from a restaurant owner to the inventor of 'note à note' cooking. Specific questions on a niche (note-à-note cuisine, marketing a restaurant of that kind), but written to the expert whose invention it is (D: upward) with no offer (P7) -> vague. Quoted whole.",
    ),
    (
        "hervethis_stage",
        "too_big",
        True,
        None,
        "Créateur de la gastronomie moléculaire, j'aimerais participer à vos travaux. [...] Je m'excuse de ne pas vous envoyer cette demande par écrit.",
        "Two sentences of a student's e-mail quoted on the researcher's blog (October 2016, 'À propos de stages'); the page says the message asks to do an internship in his research group. The object is an internship (being taken on in the team) -> too_big. Upward (a student to the head of a lab). Only the two quoted sentences are kept, joined by [...].",
    ),
    (
        "gastromol_metier",
        "vague",
        True,
        None,
        "J'entame un bilan de compétences dans le but de changer de métier. Je ne sais pas exactement vers quel métier me tourner mais je souhaiterais pouvoir allier ce que je sais faire (de la chimie) et ce que j'aime (cuisiner). La gastronomie moléculaire me paraît être un excellent compromis et après plusieurs ateliers effectués, je puis vous affirmer que cela m'intéresse énormément. Cependant, je cherche à recueillir un maximum d'informations sur les métiers de la gastronomie moléculaire. Et en tant que créateur de la gastronomie moléculaire, auriez-vous la gentillesse de répondre à quelques unes de mes interrogations? Tout d'abord, pouvez-vous me dire ce qui vous y a conduit et comment? Quels sont les métiers et activités autour de la cuisine moléculaire? Quelles sont les principales qualités et compétences utiles pour les exercer?",
        "An e-mail quoted on the researcher's other blog (August 2010, 'Une question de métier'): a chemist in a skills assessment writing to the founder of molecular gastronomy. Specific questions with a niche (jobs in molecular gastronomy) and a reference to his work, but upward (D: an expert and founder) with no offer (P7) -> vague. The opening line about liking to cook is cut.",
    ),
    (
        "coactance_jeunes",
        "precise",
        None,
        None,
        "Il faut que je lève des fonds, je ne sais pas comment monter ce dossier, peux-tu m'aider ou m'orienter vers quelqu'un?",
        "One of the questions a consultant's blog post quotes from young founders who phoned or met her. Help on a stated thing with a niche (building the dossier for a fund-raise) or an introduction to a described person; the money is the topic, not the object asked of the reader (E applies to introductions to investors for money). No seniority shown in the text (A). ambiguous: if 'quelqu'un' means an investor, E makes it too_big.",
    ),
    (
        "coactance_jeunes",
        "precise",
        None,
        None,
        "Ma solution séduit mais ça ne signe pas, comment je peux faire pour gagner du temps?",
        "Another founder's question quoted in the same post. Advice on a stated situation with a niche (prospects who like the product but do not sign; shortening the sales cycle) -> precise. Quoted whole.",
    ),
    (
        "coactance_jeunes",
        "precise",
        None,
        None,
        "Est-ce que j'embauche? Si oui quand? une ou deux personnes? Est-ce que je stabilise l'offre avant?",
        "A third founder's question from the same post. Specific questions on a stated decision (whether, when and how many to hire before stabilising the offer) -> precise; hiring is the topic, the asker is the one who would hire (not a job request). Quoted whole.",
    ),
    (
        "osmfr_contact",
        "precise",
        False,
        3,
        "Nous nous sommes posés la question lors d'un dernier CA, sait-on qui est derrière l'adresse et de fait qui répond ?",
        "A GitHub issue in a French OpenStreetMap association's infrastructure tracker ('qui est derrière contact @'), from a board member to the admins. Specific information with a niche (who receives and answers the association's contact address) -> precise. Peers in the same association (circle 3: fellow volunteers). The @-handles that followed are taken out.",
    ),
    (
        "infirmiers_reconversion",
        "precise",
        None,
        None,
        "Alors oui, je gagnerais beaucoup moins bien ma vie pendant 3 ans (voire plus du tout si j'arrête définitivement mon entreprise) [...]. Je vais reprendre des études alors que quand même bon...on en perd des neurones à 30 piges. Mais je me sens fait pour ça. Alors ma question est simple : folie furieuse de faire ça ?",
        "A forum post quoted in a nurses' news site article (a 30-year-old web-agency manager asking the site's forum whether to retrain as a nurse). An opinion on a stated decision with a niche (leaving a well-paid agency to study nursing at 30) -> precise; peers on a forum, no seniority shown (A). The poster's pseudonym is cut; the quoted sentences are kept as the article gives them, '[...]' marking the 'concède-t-il' of the article.",
    ),
    (
        "monbestseller_erica",
        "too_big",
        None,
        None,
        "J'allais écrire un grand laïus concernant ma vie d'écrivain raté (puisque non publié !), à propos de mon premier roman : Erica ; le seul lu par la famille et les amis, bien entendu sans objectivité. [...] Lisez Erica si vous en avez envie et surtout soyez impartial car je veux être sûr de ne pas faire de la \"bouillie pour chat\", comme mentionné quelque part. Si c'est le cas, dites-le moi, mais je pense continuer quand même, au moins pour ma satisfaction personnelle. Le but d'un écrivain n'est-il pas le plaisir d'écrire ? Qu'en pensez-vous ?",
        "An unpublished author's note to the readers of a self-publishing platform, on his profile page. Feedback is asked, but on a whole novel from strangers (reading a full manuscript is a long commitment from a weak tie, rule 1, like 'reading a 60-page plan') -> too_big. The reader's reply that followed on the page is cut. ambiguous: on a platform made for readers' reviews the reading may be what readers come for (then precise: feedback on a named novel).",
    ),
    (
        "moeursethumeurs_liens",
        "too_big",
        None,
        None,
        "c'est génial votre blog [...] Dans votre profil, j'ai trouvé \"Non, c'est un de mes préférés! Je ne sais pas si vous avez lu foi. Je vous le recommande. Je crois que vous allez l'aimer.\" [...] [Mon travail] consiste à persuader des bloggeurs d'ajouter les liens vers [mon] site [...]. [Je ne suis pas sûre que vous accepterez, ni que le lien vers mon site soit] \"convenable\" pour [votre] blog.",
        "A link-building e-mail received by a book blogger and quoted in fragments, the rest reported, on the blog ('Big Sister', October 2011). The fragments are kept as quoted; the reported request is restored in the first person in square brackets. A marketer asking a stranger to add a link to her employer's site serves selling (B/C: prospecting) -> too_big. The sender's initial is cut.",
    ),
    (
        "illustrateur_stage",
        "too_big",
        True,
        None,
        "Bonjour madame, j'adorre votre travaille, j'aimerais baucoup faire un stage dans votre enterpise. Voici mon book ([lien]) je suis a votre disposition pour un éventuelle entretient. Je vous présente mes sentiments distingés.",
        "An internship request an illustrator quotes on her blog as typical of those she receives (stored page, pages corpus); the spelling is the page's, kept as quoted (it may be the blogger's exaggeration). Her aside on the broken link replaced by [lien]. A student writing to a working professional is upward (D); the object is an internship -> too_big.",
    ),
    (
        "lgiwines_point",
        "precise",
        None,
        None,
        "[Prénom], t'as une disponibilité pour faire un point d'avancement avec [Prénom 2] aujourd'hui par téléphone ? Je peux ouvrir une conférence à trois.",
        "GitHub issue 'Point d'avancement' on a wine company's extranet project (whole description). The two handles replaced by [Prénom] and [Prénom 2]. A call today with a stated purpose (a progress review) on a named project -> precise; the tie between the developers is not stated (circle None).",
    ),
    (
        "lenormant_reunion",
        "precise",
        None,
        None,
        "bonjour pourrait-on faire une réunion téléphonique cette semaine pour le suivi des issues. [mentions]",
        "GitHub issue 'SUIVI DES ISSUES' on a rental-management project (whole description). The six @-handles that follow replaced by [mentions]. A phone meeting this week with a stated purpose (following up this repository's open issues) -> precise.",
    ),
    (
        "conseillers_relance",
        "precise",
        None,
        None,
        "Bonjour, Est-ce que ce besoin peut-il être accompagné dans le cadre de votre offre de services ? Pourriez-vous nous partager votre position en cliquant sur l'un des boutons ? Merci d'avance pour votre retour. Je reste à votre disposition, Bonne journée",
        "Draft message ('brouillon Incertain') that a public business-support service's team sends to partner advisers about a firm's request, quoted in a GitHub issue of its tracker. A specific question about a stated need and the partner's own service offer -> precise; the service is a go-between, not selling anything (B does not apply).",
    ),
    (
        "conseillers_relance",
        "precise",
        None,
        None,
        "Bonjour, La personne dirigeant l'entreprise vient de nous relancer sur son besoin, qui est toujours d'actualité. Serait-il possible de la rappeler ? Merci beaucoup pour votre retour. Je reste à votre disposition, Bonne journée",
        "Second draft ('Dirigeant(e)') in the same GitHub issue. Asks a partner adviser to call back a named kind of person (the head of the firm) about her stated, still-open need -> precise; the request serves the firm's support, not a sale by the asker.",
    ),
    (
        "jegweb_partenariats",
        "precise",
        False,
        None,
        "As-tu déjà reçu, grâce à tes blogs, des propositions de partenariats, commerciaux ou autres, et sous quelle forme (entrées au cinéma, carte du PS gratuite, cravates à tester, informations et scoops en primeur) ?",
        "A fellow blogger's question quoted by the political blogger who answers it in a post (stored page, pages corpus). The asker's initials cut. A specific question with a niche (partnership offers received through blogs, with examples) between peer bloggers (not above, D) -> precise.",
    ),
    (
        "flichy_dessin",
        "too_big",
        None,
        None,
        "Tu peux me faire un dessin/logo/portrait/nouvelle cuisine... tu sais bien dessiner et puis de toute façon le dessin ce n'est pas du travail, c'est pour le plaisir !",
        "The request an illustrator quotes on her atelier's blog as the usual argument of people asking her for free drawings (stored page, pages corpus); kept as quoted. Asking a professional for a logo or portrait for free asks for a commission without the payment, read as a contract (too_big). ambiguous: a composite of requests rather than one message; read as a small favour it would be vague (no niche).",
    ),
    (
        "datalocale_cd91",
        "precise",
        None,
        None,
        "Je vous prie de mettre monsieur [X] et monsieur [Y] respectivement chef du Service Pilotage et Conseil de Gestion et chef de service Etude et Réalisation lors de nos prochains échanges.",
        "GitHub issue 'planifier conf-call avec CD 91' on a département's budget-visualisation project. The two surnames replaced by [X] and [Y]; the three e-mail addresses that follow cut. Asks to include two named department heads in the next exchanges (a call being planned) -> precise.",
    ),
    (
        "educlang_direction",
        "too_big",
        True,
        None,
        "[Je suis] étudiante aux études supérieures en Europe [et je vous écris pour vous demander d'être ma directrice de recherche pendant un trimestre].",
        "A Québec faculty-of-education news page reporting the e-mail ('un simple courriel') a graduate student in Europe sent a professor; the request is reported, restored in the first person in square brackets; the professor's name cut. A student to a professor is upward (D); supervising a stranger's research for a term is a long commitment from a stranger -> too_big.",
    ),
    (
        "metrotime_benevoles",
        "too_big",
        None,
        None,
        "Oui, nous sommes à la recherche de bénévoles pour appuyer notre action : administration, comptabilité, encodages, distributions de nos périodiques, sensibilisation à nos projets et à l'éducation au développement, internet…",
        "A Brussels free newspaper's volunteering column: a retired volunteer of a Belgian development asbl answers 'Votre bonne cause a-t-elle besoin de bénévoles ?'. Her name cut. Asks readers (strangers) for ongoing volunteer work -> too_big (long commitment from a stranger). ambiguous: a stated need rather than a direct request; without the long-commitment reading it would be vague.",
    ),
    (
        "bouhineau_promo",
        "precise",
        False,
        3,
        "Peut-être donc en savez-vous plus que moi de vos camarades de promo, de [A] (qui s'est mariée, son nom aujourd'hui m'échappe), de [B], [...] et d'autres encore dont l'évocation du nom me rappelerait peut-être quelque chose. [...] Avez-vous quelque chose de semblable pour vos camarades quelque part ? Ne vous semble-t-il pas que ce serait intérressant d'avoir cela éventuellement que vous pourriez vous en charger ?",
        "A personal letter to two former schoolmates published on a lecturer's personal site (a page of letters on friendship). The classmates' names and initials replaced by [A], [B] or cut with [...]; the addressees' first names cut; spelling kept. Asks for news of named former classmates and whether a directory of them exists (precise: specific questions, a named class); the suggestion that they build one comes from a friendly tie (circle 3: old schoolmates he hoped to visit; peers, not above).",
    ),
    (
        "clochards_stand",
        "too_big",
        None,
        None,
        "Bonjour à tous. Si je m'inscris sur votre forum, c'est pour une demande précise. [...] Un salon réunissant plusieurs assos et organismes se préparant dans la cour du collège au mois de mai, [un élève de 5e] a demandé de lui-même au principal s'il pouvait inviter un intervenant et tenir un stand pour aider à faire connaitre la PA et/ou un refuge. [...] [Le principal] lui aurait dit oui pour qu'un intervenant d'un refuge vienne avec l'élève tenir un stand avec des panneaux explicatifs concernant les animaux, ainsi que des photos. [...] Cela vous intéresse-t-il ? [...] j'espère qu'un bénévole ou un responsable du refuge sera intéressé par cette demande.",
        "First post of a thread on an animal-welfare forum ('Présentation et demande d'intervenant'), written by a school staff member for a pupil. Cuts marked [...]. Asks strangers (a shelter volunteer or manager) to come and hold a stand at a school fair: a commitment of hours from a stranger -> too_big. ambiguous: the niche and purpose are precise and the duration is not stated; read as a short visit it would be precise.",
    ),
    (
        "intelligences_retour",
        "vague",
        None,
        None,
        "Je veux enrichir mon portefeuille de connaissances, faire des rencontres, connaître les différentes structures qui sont mises en place et par le gouvernement et par les structures privées [...].",
        "A Senegalese news site's report on Global Entrepreneurship Week in Dakar, quoting a young entrepreneur living in Canada who wants to start again at home; her name cut; the quotation is cut off in the stored page and its end is cut here with [...]. Wishes stated to a reporter, with no request to anyone ('faire des rencontres') -> vague.",
    ),
]


if __name__ == "__main__":
    from collections import Counter

    print(
        len(FR),
        "asks from",
        len({s for s, *_ in FR}),
        "sources:",
        dict(Counter(label for _, label, *_ in FR)),
    )

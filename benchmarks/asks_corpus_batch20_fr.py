# ruff: noqa: E501  (quoted data: long lines keep each quotation whole)
"""A twentieth French batch of asks written by other people (issue #16): "batch 20", untouched.

How it was made: the search tool was queried in its ``pages`` corpus for real asks of the kinds this collector
was given (a second French collector took forums, mailing lists, wiki talk pages and GitHub/GitLab threads):
calls for witnesses, testimonies, objects and documents by museums, heritage associations and town halls;
alumni and former pupils' association pages and bulletins; parish pages and priests' editorials; municipal
calls for volunteers; choirs' recruiting calls relayed by local papers; readers' and listeners' letters
(a Québec City daily's letters page, a Québec local weekly, the public radio mediator's published messages,
a fan site's messages, a reader's letter quoted by a bookseller); open letters to heads of state, ministers,
mayors and deputy mayors; appeals for sick children and orphanages relayed by Senegalese and Ivorian news
sites; crowdfunding and charity pages; a Québec research funder's page of citizens' questions; a Québec
adoptees' association notice board; a writer's sales page; and Belgian, Swiss, Québec, Senegalese, Ivorian,
Cameroonian and Central African sites of those kinds. Before a source was taken, its domain (host) and one
distinctive phrase of the ask were grepped (``git grep -il``) against ``tests/data/asks_corpus/`` and
``benchmarks/``; a source whose domain was found was dropped even when the page differed. Dropped:
raincy-nono.com, denis.bouhineau.free.fr, bonasavoir.ch, fr.ulule.com, pressreader.com (a Québec advice
column's readers' letters; a money magazine's readers' questions), 20minutes.fr, francetvinfo.fr (France 3
régions), francebleu.fr, dhnet.be, lyoncapitale.fr, metrotime.be, lavenir.net, tendanceouest.com,
excelafrica.com, lapresse.ca, sebastiannowenstein.org, scribd.com (a pupils' open letter to a wali).

Each ask was labelled by the labelling guide (``tests/data/asks_corpus/GUIDE.md``: the guide and its v2
amendments A-E) as it was written down, before anything ran on it. The collector never opened, imported or
ran the ask checker or its evaluation and fitting scripts, so this batch is unseen by it. Conventions kept
across the batch (recorded in the notes): time asked of readers not shown close follows the guide's
long-commitment rule, so an unpaid shift of an hour or more (a polling station, a food-drive round, a parish
work day or fair stand), joining a choir for a season, an ongoing parish role and hosting an exchange student
for a year are ``too_big``, while lending an object, a document or a photo, bringing a dish, dropping plastic
caps at a collection point or writing a short testimony is ``precise`` (as in batch 19); donation,
crowdfunding and medical-evacuation appeals are money (``too_big``) however small the sum, and an appeal for
'help' that names no object stays ``vague`` (A); a posting or transfer asked of a minister is a position
(``too_big``); letters to presidents, ministers, mayors and deputy mayors are upward (D: elected executives)
and ``vague`` without an offer, however precise the subject (P7); a call relayed by a newspaper is kept in
the paper's words when the call is the organisation's, with quoted names cut; citizens' research questions
posted by a funder to pair each citizen with a researcher for a year-long funded project are ``too_big``
(B: the request serves a long, funded collaboration), with the alternative reading noted.

Item layout as in ``asks_corpus_batch10_en``: (source id, label, upward, circle, text, note). The text keeps
only the ask and what immediately frames it, ``[...]`` marking cuts and square brackets marking words put in
for names, handles or links taken out. Real people's names were swapped for invented ones or cut (children's
and pupils' names included, and the names in signatures); e-mail addresses, phone numbers, handles and
personal links were taken out. The note records those edits and, for texts the guide leaves open, the
reading chosen ("ambiguous: ..."). Source list: ``asks_corpus_batch20_fr_SOURCES.md``. A throwaway script
run after the last item compared every 10-word run of these texts with ``tests/data/asks_corpus/*.jsonl``
and the other ``benchmarks/asks_corpus_*.py`` files: no run is shared (39 files compared). The builder does
not read this module yet; the lead decides how to wire it in (suggested: wholly untouched, like
``real_test``).

Part b (the last 12 items, source ids ``frb-``) was collected at the same time by a second French
collector, blind as well, from the kinds of source this one did not take: a photographers' forum, a
Wikimedia France talk page, the traduc.org translators' list, a Mozilla localiser's call for volunteers and
French texts in GitHub repositories (a customer-discovery course note, an internship letter, a freelance's
contact page, a PhD proposal shared for comments, a public-service programme's issue, a CTO posting, a
contribution page). Its conventions: a forum member asking the forum for advice on a stated situation is
``precise``; a standing role on a list or a volunteer call "à moyen et long terme" is ``too_big``; a one-off
small contribution is ``precise``; a student asking a professional for a meeting with neither an offer nor a
reference to their work is ``vague`` (P7); an internship letter, a job posting and a prospect-facing contact
page serve being hired or selling (``too_big``). Its own overlap check found no shared 10-word run; the two
parts share no source. Part b alone: 12 asks from 11 sources, precise 5, vague 2, too_big 5.

62 asks from 59 sources: precise 24, vague 11, too_big 27 (part a: 50 from 48, 19 / 9 / 22).
"""

SOURCES = {
    "aaism_temoins": "http://aaism-lapro.com/amicale/temoignages.htm",
    "saintdenys_nov": "https://www.saintdenys.net/post/tous-les-saints-priez-pour-nous",
    "paroissejp2_kermesse": "https://archive.paroissejp2-limoges.com/rubriques/haut/actualites/festival-du-sacre-coeur-2011.html",
    "waterloo_edd": "https://www.waterloo.be/ma-commune/enseignement/les-ecoles-des-devoirs/appel-a-benevoles-edd",
    "lhebdo_pelerins": "https://www.lhebdojournal.com/2019/01/26/le-choeur-des-pelerins-en-quete-de-choristes/",
    "lavoixestlibre_basses": "https://lavoixestlibre.wordpress.com/2015/11/25/",
    "alger_promolyon": "http://alger-roi.fr/promolyon/promolyon.htm",
    "libe_mutuelle": "https://www.staging.libe.io/planete/1996/09/13/apres-les-affaires-dutroux-et-coolsportrait-pendant-quatre-jours-d-une-societe-en-crise-belgique-la-_182428",
    "kisskiss_village": "https://www.kisskissbankbank.com/en/projects/plaidoyer-pour-un-village",
    "dakaractu_evacuation": "https://www.dakaractu.com/Cancer-de-l-abdomen-le-destin-tragique-d-une-petite-fille-de-10-ans-qui-a-besoin-d-etre-evacuee-a-l-etranger_a208215.html",
    "sanslimitesn_mere": "https://sanslimitesn.com/cri-du-coeur-dune-mere-eploree-mon-enfant-a-un-cancer-et-souffre-terriblement-diatou-fall",
    "versants_guignolee": "https://www.versants.com/societe/un-besoin-de-guignoleux/",
    "leveil_guignolee": "https://www.leveil.com/non-classe/benevole-a-la-guignolee-de-saint-joseph-du-lac/",
    "lesoleil_guignolee": "https://www.lesoleil.com/opinions/carrefour-des-lecteurs/la-guignolee-23c60aeba05a647472e8963fcefd47fa",
    "xynthia_objets": "https://memoiredexynthia-blog.fr/actualites/appel-participation",
    "crif_chateaubriant": "https://www.crif.org/fr/revuedepresse/france-le-musee-de-la-resistance-de-chateaubriant-recherche-les-souvenirs-de-la-seconde-guerre-mondiale",
    "guyancourt_assesseurs": "https://www.ville-guyancourt.fr/actualite/appel-a-volontaires-pour-la-tenue-des-bureaux-de-vote/",
    "frettois_cantine": "http://canal.frettois.pagesperso-orange.fr/Enfance/DOC/lettrebrixy.htm",
    "semussac_edito": "https://letraitdunionsemussacais.fr/edito-de-mai-2023",
    "aaaemcs_photo": "https://aaaemcs.org/2023/09/24/photo-de-classe-1-s2-et-tle-s2-2003-2005",
    "frq_lac": "https://frq.gouv.qc.ca/engagement-questions-citoyennes-2026-2027",
    "frq_emotions": "https://communautefrq.ca/engagement-questions-citoyennes-2025-2026",
    "aip_orphelinat": "https://www.aip.ci/164369/cote-divoire-aip-un-orphelinat-de-bonoua-lance-un-appel-a-la-solidarite/",
    "guebwiller_fleurs": "https://www.paroisses-catholiques-guebwiller.fr/services-mouvements/fleurissement/",
    "cathajoie_lecteurs": "https://cath-ajoie.ch/cathajoie/Paroisses/St-Nicolas-de-Flue-Boncourt/Groupes-et-mouvements/Lecteurs-et-lectrices/Lecteurs-et-lectrices.html",
    "saintetherese_travaux": "https://saintetherese.frejustoulon.fr/?p=4831",
    "stetiennedeboulogne_1418": "https://saint-etienne-de-boulogne.fr/centenaire-de-14-18-la-collecte-des-objets-de-memoire-debute/",
    "ladepeche_merville": "https://www.ladepeche.fr/article/2018/03/03/2752220-deux-livres-preparation-association-siecle-vie.html",
    "commeuneplume_livre": "https://commeuneplume.net/livre-de-village/",
    "doltost_auteur": "https://doltostgermain.blog.ac-lyon.fr/2019/01/22/la-correspondance-de-la-classe-de-cm1a-a-eric-simard-1/",
    "dalida_message": "https://dalida.com/canada/847-elise-menard-57-ans-montreal-quebec.html",
    "radiofrance_diversite": "https://mediateur.radiofrance.com/message/une-reflexion-et-une-suggestion/",
    "radiofrance_nuit": "https://mediateur.radiofrance.fr/message/tropde-musique-nuit-france-info-radio/",
    "radiofrance_enthousiasme": "https://mediateur.radiofrance.com/message/mardis-de-faure-caul-futy/",
    "sangonet_aecf": "http://sangonet.com/ActualiteC19/aecf-boursejl04.html",
    "ardhd_djibouti": "https://www.ardhd.org/2000/03/15-03-2000-appel-des-etudiants-djiboutiens-en-francequi-sont-prives-de-bourse-detudes-modele-de-petition/",
    "leparcellois_bourses": "http://leparcellois.com/2017/02/20/lenteurs-lattribution-bourses-lettre-ouverte-dun-etudiant-president-de-republique/",
    "villesequelande_bouchons": "http://villesequelande.com/?page=12&article=296",
    "blidanostalgie_gazette": "https://blidanostalgie.fr/bulletin-anciens-eleves/bulletin-origine.htm",
    "laval_amicale": "http://www.anciens-cc-ceg53laval.fr/weblog/?cat=3&paged=3",
    "rtl_windrose": "https://www.rtl.be/info/belgique/societe/des-etudiants-etrangers-debarquent-fin-aout-mais-il-n-y-a-pas-assez-de-familles-pour-les-accueillir-1042853.aspx",
    "retrouvailles_avis": "https://www.mouvement-retrouvailles.qc.ca/en/search-notices/?_page=160",
    "ninoireniblanche_retrouvailles": "https://ninoireniblanche.com/2020/12/17/loin-des-yeux-pres-du-coeur-15/",
    "camerounweb_mutation": "https://www.camerounweb.com/CameroonHomePage/NewsArchive/artikel.php?ID=786580&nav=previous",
    "uculture_temoin": "https://uculture.fr/ebooks/temoin-parmi-les-gosses-9782402160032_9782402160032_1.html",
    "enfantsdetana_marche": "https://enfants-de-tana.com/content/28-ao%C3%BBt-2019",
    "hsmaa_message": "http://hsmaa.over-blog.com/2020/03/message-de-yannick.html",
    "infodimanche_messe": "https://www.infodimanche.com/actualites/actualite/347985/des-ouailles-frustrees",
    "frb-posepartage_mairie": "https://posepartage.fr/forum/la-photographie/image-de-maire-sous-copyright,fil-18621.html",
    "frb-meta_wmfr_candidate": "https://meta.wikimedia.org/wiki/Talk:Wikim%C3%A9dia_France/Assembl%C3%A9e_g%C3%A9n%C3%A9rale/septembre_2017/Wikinade",
    "frb-traduc_newlang": "https://listes.traduc.org/robots.txt/hyperkitty/list/traduc@traduc.org/2010/2/",
    "frb-mozfr_volunteers": "http://www.chevrel.org/carnet/?post/2007/02/17/645-le-projet-mozilla-a-besoin-de-traducteurs",
    "frb-sigl_discovery": "https://github.com/ALCAA/SIGL_2021/blob/HEAD/PAE/Cours_1_Customer_Discovery.md",
    "frb-oskar_stage": "https://github.com/OsKaR31415/CN-travail-en-groupe/blob/HEAD/lettres_de_motivation/Oscar_Plaisant/lettre_de_motivation_Oscar.md",
    "frb-jphenri_contact": "https://github.com/jphenri/jphenri.com/blob/HEAD/fr/contact/index.md",
    "frb-phd_proposal": "https://github.com/ludodo23/PhD-proposal/blob/HEAD/README.md",
    "frb-eig_outils": "https://github.com/entrepreneur-interet-general/eig-link/issues/45",
    "frb-jlrecrutement_cto": "https://github.com/jlondiche/jlrecrutement/blob/HEAD/_jobs/2015-05-29-CTO-startup.md",
    "frb-recolto_contrib": "https://github.com/makinacorpus/Recolto",
}

FR = [
    (
        "aaism_temoins",
        "precise",
        None,
        None,
        "APPEL à TEMOINS [...] Nous faisons appel aux volontaires qui souhaitent faire partager leurs souvenirs aux membres des autres générations en participant au projet « témoignages ». [...] Nous pensons que les « Témoignages » doivent être un patchwork d'anecdotes, d'histoires, de témoignages relatifs à votre passage dans les locaux de l'ISM ou La Providence. Chaque intervention se doit d'être courte [...] Vous avez un témoignage à donner dans le cadre de ce projet, prenez contact avec le secrétariat de l'Amicale qui prendra en charge l'organisation des rendez-vous pour récupérer vos témoignages qui seront filmés [...]",
        "A school alumni association's call for filmed testimonies, on its own site. A short testimony about a named school -> precise (the text asks for a short intervention, not a long commitment).",
    ),
    (
        "saintdenys_nov",
        "too_big",
        None,
        None,
        "Du 14 au 16 novembre, auront lieu les Journées d'Amitié du Marais, évènement phare de notre année durant lequel nous accueillerons plusieurs milliers de personnes et qui mobilise toutes nos forces vives. Si vous n'avez pas déjà proposé votre aide, c'est le moment de le faire : aider à tenir un stand, faire des gâteaux, des crêpes ou des tartes salées. Vous pouvez aussi aider à installer (à partir du samedi 8, 14h) et à ranger (le dimanche 16 à 17h). N'hésitez pas à contacter [Claire] (voir en p. 2).",
        "A Paris parish priest's weekly editorial asking parishioners for help at the parish fair (volunteer's name swapped). Tending a stand or setting up is an unpaid shift of hours asked of readers not shown close -> too_big (long commitment). ambiguous: the cakes alone would be a small, precise ask.",
    ),
    (
        "saintdenys_nov",
        "precise",
        None,
        None,
        "Le week-end d'après, le samedi 22 novembre, nous fêterons les 40 ans de la création de la Maison du séminaire. [...] Vous pouvez là aussi apporter votre aide. On cherche encore des cuisiniers susceptibles de confectionner en grande quantité une partie du buffet. Pour cela, contactez le Père [Antoine].",
        "Same editorial, second ask (priest's name swapped). Cooking a part of a buffet for a named event is a dish brought, as in batch 19 -> precise. ambiguous: 'en grande quantité' may mean hours of cooking (too_big).",
    ),
    (
        "paroissejp2_kermesse",
        "vague",
        None,
        None,
        "Et je vous invite à réfléchir l'an prochain à un autre genre de festivités en espérant ne pas être le seul à y croire car il en va de la survie financière de notre paroisse. La kermesse, c'était la plus forte rentrée d'argent pour permettre l'entretien de nos locaux. Il faut donc bien que nous ayons non seulement des idées, mais aussi des personnes pour les mettre en œuvre. Je suis preneur !",
        "A parish priest's words at the end of Mass, posted on the parish site, after the last parish fair. Asks for ideas and people with no concrete request or niche beyond 'another kind of festivity' -> vague.",
    ),
    (
        "waterloo_edd",
        "too_big",
        None,
        None,
        "Des volontaires sont particulièrement recherchés pour apporter leur soutien et leurs conseils aux étudiants du secondaire, le mercredi après-midi, dans les matières suivantes : méthodologie, français, néerlandais et/ou mathématiques. Les candidatures sont aussi acceptées pour d'autres domaines (sciences, anglais, EDM, économie…), bien que la demande y soit moins forte. [...] Les professeurs (à la retraite ou non) sont évidemment concernés par cet appel, mais tout autre profil est le bienvenu.",
        "A Belgian municipality's call for homework-club volunteers. Weekly afternoons through the school year, asked of residents -> too_big (long commitment), however well the subjects are narrowed.",
    ),
    (
        "lhebdo_pelerins",
        "too_big",
        None,
        None,
        "Le Chœur des Pèlerins, le seul chœur formé uniquement de voix d'hommes en Mauricie, est à la recherche de nouveaux choristes, autant chez les Basses que les Ténors et les Barytons. Les répétitions ont lieu les mercredis soirs de 19h à 21h. [...] Les hommes intéressés à joindre le chœur peuvent contacter le directeur musical, [nom retiré], au [numéro retiré], avant le 6 février.",
        "A Québec weekly relaying a men's choir's call for singers (director's name and phone cut). Joining a choir with weekly two-hour rehearsals is a months-long commitment from strangers -> too_big.",
    ),
    (
        "lavoixestlibre_basses",
        "too_big",
        None,
        None,
        "Où sont les hommes aux voix de basse, si chaleureuses, si profondes, si solides et bienfaisantes à nos oreilles? Que pouvons nous faire sans vous messieurs? [...] la moitié de nos basses est partie sous d'autres cieux, et les 4 qui restent ont perdu leurs appuis, leurs repères et leur confiance… Ce serait si triste de ne pouvoir honorer ce beau programme 2016, et d'être obligés de ne faire que des pièces à 3 voix. Venez parmi nous choristes basses parisiens, vous serez heureux c'est sûr! Nous travaillons en ce moment la Messe en sol de Schubert pour un concert au printemps 2016, et après…ça va dépendre de vous. Nous vous attendons.",
        "A Paris amateur choir's blog post calling for bass singers. Joining for a season's rehearsals and a concert -> too_big (long commitment from strangers). ambiguous: a coach could read a well-targeted recruiting call as precise.",
    ),
    (
        "alger_promolyon",
        "too_big",
        None,
        None,
        "Avec quelques collègues avec qui j'ai conservé des liens amicaux [...], nous avons projeté de nous réunir avec le maximum de collègues de la promotion pour échanger et nous rappeler quelques bons souvenirs de jeunesse. [...] Nous pourrions nous retrouver [...] dans un restaurant autour de Lyon un samedi du mois de juin 2001 [...]. Si vous êtes partant pour une telle rencontre vous pouvez me confirmer votre présence en me téléphonant au bureau..... Moi, personnellement, j'y serai, à la condition que l'on soit plus que cinq ou six.",
        "A retiring professional's letter to the members of his 1963 training class, posted on a heritage site of former Algiers residents (jokes cut). A restaurant meal asked of classmates not seen for decades is a long commitment from weak ties -> too_big. ambiguous: an invitation to a reunion may not read as a favour asked (precise).",
    ),
    (
        "libe_mutuelle",
        "precise",
        None,
        None,
        "«Je voudrais vous demander de m'aider pour un problème de mutuelle. Je suis dans une situation injuste et désespérée. Je ne vois que vous vers qui me tourner. On n'en peut plus de nos dirigeants qui nous bafouent.»",
        "A woman at a Liège victims' aid association, quoted in a 1996 Libération report. Help with a stated problem (her health-insurance fund) -> precise. ambiguous: no detail of the problem (vague).",
    ),
    (
        "kisskiss_village",
        "too_big",
        None,
        None,
        "Mon discours vous paraîtra peut être long, mais il s'agit de plaider pour la survie d'un village et, comme vous le verrez, les pièces à conviction produites pour sa défense sont nombreuses. [...] Ce village est en péril, vous comprendrez pourquoi en lisant la rubrique \"A quoi servira la collecte\".",
        "Opening of a crowdfunding page for a miniature village. A crowdfunding appeal asks for money -> too_big.",
    ),
    (
        "dakaractu_evacuation",
        "too_big",
        None,
        None,
        "\"Elle souffre péniblement et j'ai les larmes aux yeux quand je la regarde. Je sollicite tout simplement de l'aide pour son évacuation à l'étranger pour l'amour de Dieu\"",
        "A Senegalese father quoted by a Dakar news site about his sick daughter, after saying what her care has cost. Help paying for a medical evacuation abroad -> money -> too_big.",
    ),
    (
        "sanslimitesn_mere",
        "vague",
        None,
        None,
        "« [...] L'emmener à l'hôpital Aristide Le Dantec est devenu la croix et la bannière. Il se sent mal et pleure toutes les larmes de son corps. [...] J'ai véritablement besoin d'aide car je ne tiens plus, son père n'étant plus de ce monde. Présentement l'hôpital Le Dantec m'a donné rendez-vous dans un mois, en attendant la sortie des analyses de biopsie. Toute personne qui souhaiterait nous venir en aide pourra nous contacter au [numéro retiré]… »",
        "A Senegalese mother's appeal for her son with cancer, published by a Dakar news site (child's name and phone cut). 'Besoin d'aide' with no stated object -> vague (A: the text does not say money). ambiguous: such appeals usually seek money (too_big).",
    ),
    (
        "versants_guignolee",
        "too_big",
        None,
        None,
        "Il manque des responsables de secteurs en vue de la Guignolée de la paroisse de Saint-Bruno, qui se déroulera le dimanche 26 novembre. [...] « Les zones les plus difficiles à couvrir sont les immeubles, les tours d'habitation. L'idéal serait qu'il y ait un responsable par bâtiment à appartements. Ils seront couverts par des résidants qui accepteront volontairement de faire la distribution d'enveloppes », mentionne l'agente de projets [...]. Selon Mme [nom retiré], les guignoleux peuvent consacrer environ 1 h 30 de leur temps pour couvrir un secteur.",
        "A Québec local paper relaying a parish's call for Christmas food-drive sector leads (coordinator's name cut). Leading a sector means forming a team and an hour and a half of door-to-door -> a long commitment asked of residents -> too_big.",
    ),
    (
        "leveil_guignolee",
        "too_big",
        None,
        None,
        "Rien à l'agenda pour le week-end du 1er décembre? Pourquoi ne pas faire un peu de bénévolat pour une bonne cause en rejoignant l'équipe du Comité d'action sociale de Saint-Joseph-du-Lac qui a un grand besoin de volontaires pour effectuer sa guignolée annuelle, les 1er et 2 décembre [...]? «C'est dur de trouver des bénévoles et pourtant, nous en avons tellement besoin», a laissé savoir la trésorière de l'organisme d'aide [...]. [...] il faut des gens possédant une automobile, puisque les résidants vivent sur un territoire étendu.",
        "A Québec local paper relaying a food drive's call for drivers (treasurer's name cut). Weekend collection rounds by car -> an unpaid shift of hours -> too_big.",
    ),
    (
        "lesoleil_guignolee",
        "too_big",
        None,
        None,
        "À moins d'un mois de la grande fête de Noël, et comme c'est la tradition au Québec, des bénévoles iront sous peu cogner aux portes, dans le but d'y recueillir nos dons qui serviront aux plus démunis de nos paroisses, pas juste pour le temps des Fêtes, mais pour l'année entière. [...] Préparons nos sous, ça va sonner bientôt! Bonne guignolée!",
        "A reader's letter in a Québec City daily's letters page, to fellow readers (signature cut). A donation appeal is money however small -> too_big.",
    ),
    (
        "xynthia_objets",
        "precise",
        None,
        None,
        "Dans le cadre de la préparation de l'exposition “Xynthia, les objets de la mémoire” prévue à partir d'octobre 2025, nous recherchons des témoins et des sinistrés qui ont conservé des objets, de toute nature (exemples : meuble, jouet, sculpture, tableau, réveil, ustensile de cuisine, instrument de musique, note manuscrite, etc. ), se référant à leur expérience, à leur vécu personnel de cet événement (et de ses suites) et porteurs d'une mémoire. Ces objets pourront être prêtés par leurs propriétaires pour être présentés dans le cadre de l'exposition. [...] Si vous souhaitez apporter votre contribution, merci d'utiliser notre formulaire de contact jusqu'au 15 décembre date limite.",
        "A storm-memory association's call for objects to lend to an exhibition. Lending an object about a named event, by a date -> precise.",
    ),
    (
        "crif_chateaubriant",
        "precise",
        None,
        None,
        "Le Musée de la Résistance, situé à l'entrée de la carrière des fusillés à Châteaubriant, lance un appel à contribution aux personnes possédant des objets et documents inédits sur la Résistance et la Seconde Guerre mondiale. Tracts, affiches, photos, vieux journaux, courriers, archives, livres sont les bienvenus.",
        "A press review page quoting a regional daily on a museum's call for documents. Objects and documents on a named period for a named exhibition -> precise.",
    ),
    (
        "guyancourt_assesseurs",
        "too_big",
        None,
        None,
        "Le prochain rendez-vous démocratique – les élections législatives les dimanches 30 juin et 7 juillet 2024 – demande la participation de citoyens pour pouvoir tenir l'ensemble des bureaux de vote de la commune. Si certaines personnes sont intéressées et disponibles pour prêter main forte, elles peuvent remplir le formulaire ci-dessous afin d'être rappelées. Attention, il est nécessaire d'être inscrit sur les listes électorales pour pouvoir être assesseur. [...] Il est conseillé aux assesseurs d'être présents une demi-heure avant l'ouverture du scrutin, qui débute à 8 h [...]",
        "A town hall's call for polling-station volunteers on its news page. Sunday shifts at a polling station asked of residents -> too_big (long commitment).",
    ),
    (
        "frettois_cantine",
        "vague",
        True,
        None,
        "Madame, En conseil d'école du 18/12/01, [...] vous aviez proposé de reporter la discussion sur la question de la cantine pour en parler plus longuement et plus précisément lors d'une réunion que vous aviez annoncée pour \"un samedi de janvier\". [...] Lors de la cérémonie des Voeux du Maire du samedi 12/01/02, lorsque nous vous avons posé la question de la date de cette réunion sur le fonctionnement de la cantine, vous nous avez annoncé que cette réunion prévue n'était plus dans vos projets car vous vous chargiez de revoir le contrat avec Avenance. Nous vous demandons que cette réunion soit maintenue pour plusieurs raisons: [...]",
        "A parents' council letter to a deputy mayor in charge of schools, posted on the council's pages. A meeting on a stated subject, asked upward (D: an elected executive) with a reference to her work but no offer -> vague (P7). ambiguous: a civic demand, not a favour; a peer reading would make it precise.",
    ),
    (
        "semussac_edito",
        "vague",
        True,
        None,
        "Nous demandons à Madame le maire, au nom du bon sens et de la qualité des repas scolaires, de mettre fin à ce débat et nous faire connaître sa position sur le sujet. Par les temps qui courent, il nous semble que la rigueur budgétaire peut s'exprimer ailleurs qu'au détriment de la qualité des repas servis aux enfants. Nous avons un bon cuisinier, les enfants apprécient sa cuisine et les parents souhaitent son maintien.",
        "A local association's monthly editorial addressed to the mayor about the school kitchen. Asks the mayor's position on a stated subject, upward (D) with no offer -> vague (P7).",
    ),
    (
        "aaaemcs_photo",
        "precise",
        None,
        None,
        "P.S. Si quelqu'un a la photo de la classe de première je lui en serai fortement gré.",
        "Postscript of an alumni association's blog post about the author's 2003-2005 science class photos. One photo of a named class and year -> precise.",
    ),
    (
        "frq_lac",
        "too_big",
        None,
        None,
        "Pour soutenir les communautés vivant en bordure d'un lac dans leur prise de décision, comment peut-on démontrer scientifiquement s'il existe un lien de cause à effet entre le retrait des embarcations motorisées et la diminution du nombre et de l'importance des épisodes de cyanobactéries ? Notre lac a obtenu le retrait des embarcations motorisées fin 2017 pour des raisons de sécurité. Nous avions des conflits et des épisodes importantes et récurrentes de cyanobactéries. [...]",
        "A citizen's question posted by Québec's research funder so that a researcher forms a year-long, grant-funded duo with its author. B: the request serves a funded, long collaboration with a stranger -> too_big. ambiguous: read alone, a sharp research question (precise).",
    ),
    (
        "frq_emotions",
        "too_big",
        None,
        None,
        "Quel serait l'impact de l'enseignement des émotions et de leur gestion aux élèves de la quatrième à la sixième année du primaire sur les comportements agressifs, intimidation comprise, et les problèmes de santé mentale ? J'ai un enfant qui vit avec un problème de santé mentale et, dans ma famille, le trouble de panique est présent de génération en génération. [...] Il semble que beaucoup d'élèves du primaire ont des comportements difficiles ; l'enseignement proposé ne faciliterait-il pas la vie de tous ?",
        "Another citizen's question on the same funder's page, a year earlier, for the same year-long duo with a researcher. As frq_lac -> too_big. ambiguous: read alone, precise.",
    ),
    (
        "aip_orphelinat",
        "too_big",
        None,
        None,
        "“Mon épouse et moi avons eu la vision de créer un cadre d'accueil et d'accompagnement pour les orphelins. Aujourd'hui, nous avons besoin du soutien de toute personne ou organisation prête à nous aider “, a plaidé M. [nom retiré]. [...] M. [nom retiré] lance un appel à toutes les bonnes volontés afin d'apporter un appui sous diverses formes, financier, matériel ou logistique pour assurer un avenir meilleur aux pensionnaires de l'orphelinat.",
        "An orphanage founder quoted by Côte d'Ivoire's news agency (name cut). Support 'financier, matériel ou logistique' -> money -> too_big.",
    ),
    (
        "guebwiller_fleurs",
        "too_big",
        None,
        None,
        "Des beaux jours aux premières gelées, nous prenons ce que nous offre la nature et nous sommes disposés à venir cueillir toute fleur dans les jardins qui nous ouvrent leur porte. [...] Si vous souhaitez nous soutenir par un don en nature ou en espèces, contactez [Monique] au [numéro retiré]",
        "A parish flower team's page (volunteer's name swapped, phone cut). A gift 'en nature ou en espèces' includes money -> too_big. ambiguous: garden flowers alone would be a small, precise ask.",
    ),
    (
        "cathajoie_lecteurs",
        "too_big",
        None,
        None,
        "Les lecteurs et lectrices ont pour mission de proclamer la Parole de Dieu, lors des célébrations, mais aussi de lire les intentions de prière ou autres textes, en fonction des besoins. [...] Nous sommes en recherche de lectrices et lecteurs. Alors si vous aimez lire, et plus particulièrement la Parole de Dieu, nous vous attendons!",
        "A Swiss (Jura) parish page seeking readers for Mass. An ongoing liturgical role asked of parishioners not shown close -> too_big (long commitment, like a club post).",
    ),
    (
        "saintetherese_travaux",
        "too_big",
        None,
        None,
        "Deux fois par an est ainsi lancée une grande journée de travaux. Quel que soit son âge et ses talents, chacun peut participer. Les jardiniers arrivent avec leurs outils, râteaux, taille-haies, sécateurs, tronçonneuses. [...] Après quelques heures de labeur, dans la bonne humeur et parfois les chants, la journée s'achève par un grand déjeuner paroissial très convivial. N'hésitez donc pas à participer à ces journées, pour que la maison de Dieu soit la plus belle et la plus accueillante possible !",
        "A Toulon parish page on its twice-yearly work days (manager's e-mail cut). A day of work -> too_big (long commitment).",
    ),
    (
        "stetiennedeboulogne_1418",
        "precise",
        None,
        None,
        "Bien entendu, la mémoire vivante s'est éteinte, mais des souvenirs, et des archives encore nombreuses restent dans les familles : papiers militaires, objets ramenés du front, correspondance, cahiers de chants, de notes ou de souvenirs, dessins, etc. [...] Ces documents sont pris en charge par la commune et sont immédiatement photographiés ou scannés avant d'être rendus à leurs propriétaires. [...] Alors vous aussi, interrogez-vous sur le contenu des malles et cartons de votre grenier, ou sur les vieux dossiers rangés au fond de l'armoire. Ils renferment peut-être des parcelles de notre mémoire collective, et n'hésitez pas à contacter [Mme Lemoine], qui se charge de ce travail de collecte pour la commune.",
        "A village's municipal site calling residents to lend First World War family papers for scanning (collector's name swapped). A loan of documents on a named subject, returned at once -> precise.",
    ),
    (
        "ladepeche_merville",
        "precise",
        None,
        None,
        "Le premier livre est dédié au patrimoine du village de Merville et l'association invité tous les Mervillois qui le souhaitent à photographier les monuments remarquables de la commune : bâtisses anciennes ou bâtiments modernes, en vue d'ensemble ou dans certains détails particuliers. Les meilleures photos pourront illustrer le livre et leurs auteurs seront cités. Les anciennes photos seront également les bienvenues.",
        "A regional daily relaying a local heritage association's calls for a village book. Photos of the village's monuments, with credit offered -> precise.",
    ),
    (
        "ladepeche_merville",
        "precise",
        None,
        None,
        "L'association recherche tout document, toute photo, toute information, tout objet des personnes nées ou ayant été mobilisées à Merville et qui ont participé à cette effroyable guerre. Attention : le livre doit sortir en novembre 2018. Merci de contacter l'association pour vous associer à ce projet. Contact : [adresse et numéros retirés].",
        "Same article, second call (e-mail, contact's name and phones cut). Documents on the village's First World War soldiers, with a deadline -> precise.",
    ),
    (
        "commeuneplume_livre",
        "too_big",
        None,
        None,
        "Avec les responsables de la municipalité, nous définissons l'ampleur du projet de livre de village, les personnes à rencontrer, les fonds à consulter… Je soumets aux coordinateurs du projet l'avancement des travaux, la progression de l'écriture, et définis avec eux la mise en page de l'ouvrage. Contactez moi ! Si on peut raconter un village ou une commune, on peut aussi raconter une vie personnelle, la vie d'un couple ou d'une famille.",
        "An Alsatian writer's service page selling village books to town halls. A seller pitching and asking the prospect to get in touch -> a purchase (C) -> too_big.",
    ),
    (
        "doltost_auteur",
        "precise",
        True,
        None,
        "Cher [auteur], Nous vous remercions de nous avoir envoyé une lettre, nous sommes contents de participer à ce projet pour comprendre comment vous écrivez vos livres. Nous sommes vingt-sept élèves d'une classe de CM1 située à Saint Germain au Mont d'Or au nord de Lyon. [...] Nous avons lu L'enlouve et nous avons beaucoup aimé le mélange d'enfant et d'animal. [...] Nous avons lu votre premier chapitre et voici nos trois remarques et questions : 1. Comment avez-vous eu l'idée de mélanger un enfant et un animal ? 2. Imaginons une description de l'enserpent : [...] Nous attendons votre réponse avec impatience car nous avons envie de connaitre la suite du roman ! Bien à vous, [prénoms des élèves retirés]",
        "A primary class's letter to a children's author, on the school's blog (author's and pupils' names cut). Upward (D: pupils to an author whose book they cite), with a reference to his work and an offer (their remarks on his draft chapter, which his project asked for) and specific questions -> precise.",
    ),
    (
        "dalida_message",
        "precise",
        None,
        None,
        "Cher [nom retiré], je vous ai vu dans un magazine l'autre jour et j'étais contente de voir que vous sembliez bien vous porter. J'aurais une question à vous poser; pourquoi avez-vous pris le nom de votre frère ainé et qu'est-il advenu de lui? C'est peut-être une question trop personnelle et si c'est le cas, vous n'avez pas besoin de me répondre. Mais sinon, j'aimerais bien savoir. De savoir que vous êtes toujours là est important pour moi. [prénom retiré]",
        "A Montréal fan's message on a singer's official tribute site, addressed to the singer's brother and heir (addressee's name and signature cut). One specific personal question -> precise. upward: not shown (a celebrity, not an expert cited for his work).",
    ),
    (
        "radiofrance_diversite",
        "vague",
        None,
        None,
        "Je regrette qu'au cours des différentes programmations musicales lors des différentes émissions, en-dehors de la chanson francophone qui fait -et c'est heureux - l'objet de quotas, il y ait une présence quasi exclusive de la chanson de langue anglaise. [...] je voudrais juste ajouter qu'un peu d'adéquation entre le thème de l'émission (pas de manière systématique, bien sûr !) et la musique serait de temps en temps agréable. [...] Bref, pour terminer, vous aurez compris que je souhaite un peu plus de \"musicodiversité\" ! Cordialement, [nom retiré].",
        "A listener's message to the public radio's mediator, published on the mediator's site (signature cut). A wish for 'more musical diversity' with no concrete request -> vague.",
    ),
    (
        "radiofrance_nuit",
        "precise",
        None,
        None,
        "Bonjour, fidèle auditeur de France Info que j'écoute uniquement la nuit, de 20h à 6h depuis de nombreuses années, je voulais vous faire part de mes remarques, surtout au sujet des plages musicales, toutes les 1/2 heures avant les infos. [...] J'ai remarqué qu'il y a parfois près d'1/4 d'heure de musique, surtout avant les infos de 3 heures [...]. Merci de prendre en compte mes remarques, je ne crois pas que je sois le seul, ou au moins me donner des explications, qui j'espère ne seront pas budgétaires.",
        "Another listener's message on the same mediator site. An explanation asked about a stated, narrow point (the night music slots before the news) -> precise.",
    ),
    (
        "radiofrance_enthousiasme",
        "vague",
        None,
        None,
        "Est il nécessaire à [l'animateur], qui semble s'installer sur France Musique comme s'il s'agissait d'un territoire privé, de nous abreuver de qualificatifs chaque jour plus dithyrambiques [...] Si cette surenchère plait à un jeune public (encore que cela reste à prouver), pourquoi ne vient il pas à l'esprit des responsables de la chaîne de lui suggérer une modération de cet enthousiasme: la discrétion peut aussi partie du plaisir de l'écoute.",
        "A third listener's complaint on the same site (the presenter's name cut). A rhetorical complaint with no request put to the reader -> vague. ambiguous: it implies a specific request to the station's managers (precise).",
    ),
    (
        "sangonet_aecf",
        "too_big",
        True,
        None,
        "Excellence Monsieur le Président de la République, Nous, étudiants boursiers centrafricains en France, avons appris par la voix de la presse que vous avez été invité par le Président français [...] à prendre part le 15 août prochain aux manifestations du 60ème anniversaire du débarquement allié en Provence (France). Nous voudrions vous informer (si vous l'ignorez) avant votre arrivée en France que depuis 1999 à ce jour, soit près de 5 ans (60 mois) nous n'avons reçu pas un seul mois de bourse. [...] Nous vous prions donc, excellence monsieur le Président, de nous faire payer au moins dix (10) trimestres de bourse à votre arrivée en mi-août prochain en France.",
        "An open letter from a Central African students' association in France to their head of state, published by a diaspora news site. Upward (D); the object is money (ten quarters of unpaid grants) -> too_big.",
    ),
    (
        "ardhd_djibouti",
        "precise",
        None,
        None,
        "Bonjour, Je voudrais attirer votre attention sur le triste sort des étudiants djiboutiens en France qui sont privés de bourse d'études depuis décembre 1999. [...] c'est pour cela que nous demandons a vous SVP de 1- de diffuser très largement ce message (c'est vital) aux djiboutiens, associations djiboutiennes, médias… 2 – de rediriger la pétition ci dessous vers l'ambassade de Djibouti en France ([adresse retirée]).",
        "Djiboutian students' appeal to readers, posted by a human-rights association's site. Forwarding a message and sending a petition to a named embassy are small, concrete acts on a narrow cause -> precise (the grant money is the topic; the readers are asked to relay, not to pay).",
    ),
    (
        "leparcellois_bourses",
        "vague",
        True,
        None,
        "Votre Excellence, [...] Quand il a fallu choisir, Votre Excellence, vos équipes ont abusé des lenteurs administratives pour masquer la réalité. Sélectionner n'a jamais pris autant de temps. Presque deux ans pour décider d'une attribution de bourses. Que se passe t-il- réellement ? [...] Quand il a fallu choisir, nous avons su que les étudiants n'étaient pas votre priorité. Un jour se lèvera, Votre Excellence, et ce sera à nous de choisir.",
        "A Senegalese student's open letter to the president of the Republic, on a Dakar suburb news site (signature cut). Upward (D), one rhetorical question and no request put to the reader -> vague.",
    ),
    (
        "villesequelande_bouchons",
        "precise",
        None,
        None,
        "Action « Les Bouchons d'Amour » Récoltez vos bouchons… et embellissez la vie des personnes handicapées grâce à un geste simple et écologique ! [...] Sont acceptés : - les bouchons alimentaires : eau, lait, soda, huile, vinaigre, vin, compote, crème fraîche… [...] Le point de collecte dans le village Dans le container jaune placée à l'entrée de l'Epicerie [du village] [...]",
        "A village's municipal site asking residents to collect plastic caps for a charity (shop name and organiser's name cut). Caps dropped at a named point, like a can for a food drive -> precise.",
    ),
    (
        "blidanostalgie_gazette",
        "precise",
        None,
        None,
        "Dans mon courrier de fin décembre, je vous annoncais la prochaine parution du N°4 de notre Gazette ainsi que l'Assemblée générale du 29 janvier 2016. Vous avez été 39 à répondre .Dans ce courrier, je faisais appel à vous pour nous confier anecdotes, souvenirs de ces années heureuses et les partager. Je souhaitais recevoir des témoignages ou des souvenirs mais ils ont été rares.",
        "Editorial of a former pupils' association bulletin (a school in Blida, Algeria), recalling its own earlier call. Anecdotes and memories for the association's gazette -> precise (a short piece for a newsletter, as in batch 19). ambiguous: the ask is reported, not made here.",
    ),
    (
        "laval_amicale",
        "vague",
        None,
        None,
        "Dans cette épreuve mondiale inattendue, il faut faire face, tous ensemble. Soyons réalistes, protégez-vous, vous, votre famille, vos amis et les autres. [...] Nous vous encourageons fortement à garder le contact téléphonique ou internet avec les autres, vos copains de l'Amicale. N'hésitez pas à dialoguer avec nous par courrier ou autres et à consulter le site et le blog de l'Association.",
        "A former pupils' association's message to its members after cancelling its spring events (2020). 'Keep in touch', 'don't hesitate to write' -> no concrete request -> vague.",
    ),
    (
        "rtl_windrose",
        "too_big",
        None,
        None,
        "\"On cherche encore une quizaine de familles pour ces jeunes qui ont entre 15 et 18 ans de toutes nationalités confondues et qui vont arriver ici à la fin du mois d'août. Une des premières choses à faire, c'est d'abord d'en discuter en famille pour voir si vous avez les moyens de le faire et si on a envie de s'engager sur la durée comme ça. Une fois que c'est décidé, vous pouvez nous contacter. Un coordinateur local passe à la maison, en discute avec vous [...]\"",
        "An exchange organisation's spokesman quoted by a Belgian broadcaster's news site (name cut). Hosting a teenager for a school year -> a long commitment from strangers -> too_big.",
    ),
    (
        "retrouvailles_avis",
        "precise",
        None,
        None,
        "J'ai un besoin urgent de connaître mon histoire, mes origines. J'ai besoin de combler un manque avant de partir. Je souffre d'une maladie grave et je vis un jour à la fois. Ma mère a refusé notre rencontre, il y a de cela quelques années. Aujourd'hui, je sais qu'elle est toujours vivante et j'aimerais tant pouvoir la connaître. Ma mère avait 21 ans à ma naissance, pesait 100 livres, mesurait 5'2\", cheveux blonds, yeux bleus gris. Elle était la 2e d'une famille de 3 enfants (2 filles, 1 garçon). [...] La famille était originaire du Saguenay / Lac St-Jean, d'un milieu ouvrier modeste. Ma mère résidait à Montréal au moment de son accouchement.",
        "A search notice on a Québec adoptees' association's notice board. Information leading to one described person (age, region, family) -> precise.",
    ),
    (
        "ninoireniblanche_retrouvailles",
        "precise",
        None,
        None,
        "Cependant, sa mère, dénommée [nom retiré], demeure introuvable. Son père, selon son ADN, pourrait être originaire de la Beauce, dont l'ancêtre serait [nom retiré]. [Elle] continue ses recherches. Si toutefois quelqu'un avait des réponses, veuillez contacter le Mouvement Retrouvailles. Bonne écoute.",
        "A Québec radio programme's page summarising an adoptee's search (her and her parents' names cut). Answers about one named mother, through a named association -> precise.",
    ),
    (
        "camerounweb_mutation",
        "too_big",
        True,
        None,
        "Madame le ministre, j'ai l'honneur de venir très respectueusement auprès de votre haute bienveillance solliciter une mutation pour cas de santé, conformément aux dispositions en vigueur encadrant le redéploiement du personnel enseignant. Depuis mon affectation en février 2018, dans une zone enclavée et difficile d'accès, j'ai été confronté à plusieurs problèmes de santé liés à mes conditions de vie et de travail. [...] Or, mon établissement actuel est situé dans une zone extrêmement enclavée : pour y accéder, il faut traverser treize rivières, la route devient impraticable en saison de pluies [...]",
        "A secondary-school teacher's letter to his minister, published by a Cameroonian news site. Upward (D); the object is a posting (a transfer to another position) -> too_big.",
    ),
    (
        "uculture_temoin",
        "precise",
        None,
        None,
        "Chère [autrice], Merci pour ce beau morceau de flamme et bravo à toi pour avoir gardé la générosité du cour, continué à aimer et faire grandir [...]. Ton livre est une vraie leçon d'enthousiasme et nous donne envie de continuer, nous, les humanistes ! J'aimerais bien confier deux ou trois pages à la lecture des enseignants des écoles... si tu veux bien nous y autoriser. Je te remercie pour m'avoir donné ces heures de toi, ardentes et justes, je t'embrasse, [nom retiré] Inspectrice des écoles françaises de Madagascar",
        "A school inspector's letter to an author, quoted as a reader's review on a bookseller's page (names cut; tu). Permission to share two or three pages with a stated audience, with a reference to her book -> precise. upward: not shown (an inspector to a retired teacher-author).",
    ),
    (
        "enfantsdetana_marche",
        "too_big",
        None,
        None,
        "L'école va reprendre, après un seul mois de vacances cette année. [...] Pour continuer d'être présents à leurs côtés, en avoir les moyens, sensibiliser le plus grand nombre, nous organisons une marche et une exposition d'artisanat le dimanche 22 septembre. Nous vous invitons à venir nombreux accompagnés de vos amis, de faire suivre l'information autour de vous. Un grand merci à tous.",
        "A small charity's news page about children it supports in Antananarivo (children's names cut). B: the walk and sale serve raising money ('en avoir les moyens') -> too_big. ambiguous: 'faire suivre l'information' alone is a small, precise ask.",
    ),
    (
        "hsmaa_message",
        "vague",
        None,
        None,
        "Mes chers amis, Je pense à vous qui subissez, comme chacun de nous, ce confinement indispensable pour la santé de tous. [...] N'oublions pas notre engagement d'hospitalières ou de brancardier : un de ces avantages du confinement est d'avoir plus de temps libre. Profitons-en pour porter secours à ceux qui pourraient se trouver non seulement confinés comme nous, mais aussi isolés et seuls [...]. Courage ! Nous nous reverrons avec d'autant plus de joie !",
        "A pilgrimage volunteers' association president's message to members, on its blog (signature cut). A general call to help isolated people, with no concrete request or target -> vague.",
    ),
    (
        "infodimanche_messe",
        "precise",
        None,
        None,
        "Plusieurs démissions au service du culte à l'église de Saint-François pour la messe de 9 h, en novembre. Je m'adresse à des ouailles frustrées par le système, outragée on me répond : «c'était décidé à l'avance, on l'écoutera à la T.V.» Pourtant, à la paroisse de Saint-Ludger, on bénéficie d'une messe le mardi soir à 19 h. Pourquoi pas nous le samedi soir autour de cette heure? Certains sont heureux de cette idée.",
        "A choir member's letter in a Québec local weekly's readers' page (signature cut). A stated proposal for one parish (a Saturday-evening Mass) -> precise.",
    ),
    (
        "frb-posepartage_mairie",
        "precise",
        None,
        None,
        "Bonjour a tous, Voila pour faire simple. Il y a quelques temps ( année ) j'ai pris des photos dans ma ville et mise sur panoramio. Depuis quelques semaine, nous changeons de maire et il se trouve qu'une personne a pris une de mes photos de la mairie pour mettre sur son site internet et sur ses tracts. Je ne parle pas ici de politique mais de droit sur mes photos. En effet elles sont sous copyright tout droit réservé. Que puis je faire ? La personne qui les utilise ne veut rien savoir. Depuis 4 jours c'est des échanges de mail. Merci",
        "A member's first post on a French photographers' forum (handle cut). Advice on a stated situation (a photo of the town hall reused on a candidate's site and leaflets, all rights reserved) with a niche -> precise; peer forum, tie not shown.",
    ),
    (
        "frb-meta_wmfr_candidate",
        "precise",
        None,
        None,
        "Bonjour et merci pour ta candidature. Pourrais-tu indiquer ce que tu comptes faire, si tu es élu au CA, concernant les sujets ajoutés à l'ordre du jour après vote de certains membres (auxquels tu t'es associé) :",
        "A member's question on the talk page of a candidate to the board of Wikimédia France (both handles cut; the list of agenda items that followed cut). A specific question about named agenda items of a named association -> precise. A candidate is not shown above the member (D), so no P7.",
    ),
    (
        "frb-meta_wmfr_candidate",
        "vague",
        None,
        None,
        "Vos questions ou remarques sont bienvenues sur cette page. Ne disposant pas d'une connexion Internet stable sur mon lieu de vacances, il est possible que je réponde en décalé. Merci de votre patience.",
        "The candidate's own opening line on the same talk page (signature cut). An open invitation to questions with no request of its own -> vague.",
    ),
    (
        "frb-traduc_newlang",
        "too_big",
        None,
        None,
        "Aussi, toute personne étant capable d'assumer une nouvelle langue source pourra traduire l'actuelle page anglaise dans ladite langue. Ensuite, elle le signale ici et les administrateurs du wiki et de la liste de diffusion étendront le support à la nouvelle langue. Lorsqu'un message dans cette langue arrive, la personne qui a traduit la page répond: c'est l'interface entre Traduc et les demandes dans la nouvelle langue source.",
        "A message to the traduc.org translators' mailing list (French free-software translators) announcing support for new source languages. What it asks of readers is a standing role (answering the list's requests in that language) -> long commitment from list members not shown close -> too_big. ambiguous: translating the one page alone would be a small precise request.",
    ),
    (
        "frb-mozfr_volunteers",
        "too_big",
        None,
        None,
        "Soyons clairs et concis : On a besoin de traducteurs, dans tous les domaines, de tous les niveaux. [...] On cherche donc des volontaires motivés, à moyen et long terme, de préférence avec déjà une expérience de la traduction dans le libre ou alors ayant fait des études de langues (type LEA). Parmi les compétences qui sont absolument obligatoires : connaître le html [...]",
        "A French Mozilla localiser's call for volunteer translators on his blog (2007). Volunteers 'à moyen et long terme' asked of strangers -> long commitment -> too_big, although the niche (Mozilla web content, HTML) is sharp.",
    ),
    (
        "frb-sigl_discovery",
        "vague",
        True,
        None,
        "Bonjour je suis un étudiant, je dois réaliser une étude sur [la gestion des invendus dans les boulangeries], est-ce qu'il est possible de prendre rendez-vous avec vous pour nous aider sur ce sujet ?",
        "Example message in an engineering student's course notes on customer discovery (GitHub). The template's '...' given a fictional topic. A student to a professional (D: upward) asking for a meeting, with neither an offer nor a reference to their work -> vague (P7). ambiguous: the meeting serves a start-up's market study, not yet a sale (not B).",
    ),
    (
        "frb-oskar_stage",
        "too_big",
        None,
        None,
        "Madame, Monsieur, Je suis actuellement étudiant en license d'informatique à l'université Tours. Dans le cadre de ces études, je souhaiterai intégrer votre entreprise pour un stage d'une durée de 3 mois. Je cherche un stage dans votre entreprise en particulier car je pense qu'elle me permettrai d'améliorer non seulement ma conaîssance du monde du travail, mais aussi et surtout des applications de l'informatique en entreprise [...]",
        "A computer-science student's internship cover letter kept in a group-work repository (name, postal address, phone and e-mail cut; spelling kept). A three-month internship -> too_big.",
    ),
    (
        "frb-jphenri_contact",
        "too_big",
        None,
        None,
        "Si vous êtes propriétaire d'une PME et que vous voulez de l'aide avec l'IA ou l'automatisation, expliquez-moi : 1. Ce que vous faites 2. Où la technologie vous ralentit en ce moment 3. Ce qui serait un « bon résultat » dans les 3–6 prochains mois",
        "The French contact page of a freelance's site, subtitled 'Parlons de votre projet' (e-mail, GitHub and LinkedIn links cut). A seller asking prospects to describe their needs serves winning a client (C) -> too_big. ambiguous: no pitch is quoted beyond the page's subtitle.",
    ),
    (
        "frb-phd_proposal",
        "precise",
        None,
        None,
        "Ce dépôt contient une proposition de sujet de thèse rédigée par [l'auteur], en tant qu'auteur et futur doctorant. [...] Partager ce document pour recueillir des avis, suggestions et commentaires, dans un cadre académique uniquement. [...] Pour toute question ou retour : [adresse retirée]",
        "README of a repository where a prospective PhD student shares his thesis proposal for comments (name and e-mail cut; English half cut). Feedback on a stated document -> precise. ambiguous: the proposal's length is not given; a long document read by strangers would be too_big.",
    ),
    (
        "frb-eig_outils",
        "precise",
        None,
        None,
        'La page outils.org contient une liste d\'outils mentionnés par les EIG sur slack ou ailleurs. Elle est faite pour donner des idées de ce qui peut être utilisé, ce n\'est pas une liste de recommandations. Des idées pour rendre cette liste plus utile: - [ ] demander aux EIG de la compléter - [ ] y ajouter des commentaires - [ ] y ajouter un système de "+1" pour faire remonter les outils populaires - [ ] y associer des EIG comme "référents" qui peuvent être mobilisés Toute autre idée est la bienvenue!',
        "An issue in the repository of the French government's 'entrepreneurs d'intérêt général' programme (author handle cut). Ideas asked of fellow participants for a named page -> precise; peers, tie not shown.",
    ),
    (
        "frb-jlrecrutement_cto",
        "too_big",
        None,
        None,
        "Associé CTO PHP - projet qui démarre [...] Avec l'ambition de révolutionner la manière de s'alimenter en comparant les apports caloriques de chacun de nos produits, cette start-up recherche un CTO pour développer son outil qui s'interface sur les sites e-Commerce. [...] Véritable alter-ego du CEO, vous participerez à toutes les décisions de la société.",
        "A recruiter's job posting kept in a GitHub-hosted jobs site (2015). A position as associate CTO -> too_big.",
    ),
    (
        "frb-recolto_contrib",
        "precise",
        None,
        None,
        "Vous voulez aider à construire et améliorer Récolt'Ô ? Voici ce que vous pouvez faire : - En parler : partager ce projet pour le rendre plus visible - Signalez les bugs que vous trouvez : [Signaler un problème] est essentiel pour nous aider à améliorer cet outil. Vous vous sentez suffisamment sûr de vous pour le corriger ? Les PR sont les bienvenues ! - Vous voulez ajouter une fonctionnalité manquante ? Créez une [issue] !",
        "The 'Contribuer' page of a French company's open-source tool (links cut to their labels). Small one-off contributions (share, report a bug, open an issue) about a named tool -> precise.",
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

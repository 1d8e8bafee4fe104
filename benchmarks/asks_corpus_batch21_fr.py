# ruff: noqa: E501  (quoted data: long lines keep each quotation whole)
"""A twenty-first French batch of asks written by other people (issue #16): "batch 21", untouched.

How it was made: the search tool was queried in its ``pages``, ``issues`` and ``code`` corpora for real asks of
kinds less used so far, leaning towards professional asks as French speakers write them: solicitations quoted by
the people who received them (an economist's university blog, a hosting provider's etiquette page, a teachers'
union page), a radio-journalism training page's "exemple à bannir", a writer's open letter to an actress, calls
for correspondents, writers, translators, volunteers and members by a local newspaper, a free-software forum and
association blog, student and developer associations and a climbing club; conference calls for papers, sponsors
and volunteers (PyLadiesCon, Drupalcamp Rennes, BreizhCamp); career-changers' and students' portfolio and personal
pages seeking a work-study contract or an internship, a researcher's page recruiting students, a Montréal
freelancer's pitch; a librarian's blog relaying a survey; an old friend's coffee request quoted in a newsletter;
small asks in GitHub threads of a student-association portal and a Strasbourg meetup; and, as a new kind,
questions put to ministers and to a mentoring association in the public parliamentary records of nosdeputes.fr
and nossenateurs.fr. French GitHub issues turned out almost used up: most French threads found were already in
the corpus. Before a source was taken, its domain (host) or GitHub owner/repo and one distinctive phrase of the
ask were grepped (``git grep -il``) against ``tests/data/asks_corpus/`` and ``benchmarks/``; a source whose domain
was found was dropped even when the page differed. Dropped: mathieulaferriere.com, welcometothejungle.com, themiseducationofninasky.blogspot.com, cafeclochette.blogspot.com, mesconstats.ca, canalblog.com (a blog's column offer), alexia.fr, paperblog.fr (two pages), croquefeuille.fr, usj.edu.lb (a students' blog), union-etudiante-13.fr, zestedesavoir.com, traduc.org, wikimedia.org (a Meta talk page), 2ansdevantmoi.com, arlap.hypotheses.org, fredericbezies-ep.fr, 3xrien.over-blog.fr, over-blog.fr, jegweb.blogspot.com, blogs.bl0rg.net, medium.com, 20minutes.fr, francebleu.fr, pressreader.com, scribd.com; GitHub owners/repositories Alignak-monitoring-contrib/alignak-backend, Immersion-Facilitee/immersion-facile, aureliancnx/Bubulle-Norminette, Dadoum/Provision, SamuelTallet/SketchUp-Parametric-Modeling-Plugin, willdurand/jenairienacacher.fr, osm-fr/infrastructure, datalocale/dataviz-finances-gironde, JDIS/Organisation, TheophaneTartare/TARTARE-Theophane-Projet, hakim-azizi/porte-folio, Zeiyar/Portfolio-ISEN, jhroy/theses, axel584/ikurso, umontreal-diro/IFT3913, betagouv/beta.gouv.fr, popcorn-nantes/popcorn-nantes, incubateur-ademe/nosgestesclimat, sveinburne/lets-play-science, ES-Community/Code-of-conduct, lafranceinsoumise/jlm-video-subtitles, mquandalle/mesaidesvelo, openfab-lab/openfab, AFPy/pyconfr-2018, pixelhumain/communecter, tim-montmorency/compendium, mission-apprentissage/labonnealternance.

Each ask was labelled by the labelling guide (``tests/data/asks_corpus/GUIDE.md``: the guide and its v2
amendments A-E) as it was written down, before anything ran on it. The collector never opened, imported or
ran the ask checker or its evaluation and fitting scripts, so this batch is unseen by it. Conventions of batches
19 and 20 were kept: time asked of readers not shown close follows the long-commitment rule (a standing volunteer
role, a day and a half of conference shifts, translating a whole app, writing an article or an op-ed for
strangers are ``too_big``; answering a survey is ``precise``); membership fees, donations, sponsorship and
merchandise are money (``too_big``); the hirer's side of an internship is ``too_big`` like the seeker's; a
seller's pitch that asks for nothing is ``vague`` (C). Added here, recorded in the notes: asking someone to
submit a talk proposal to a named conference is read as a small one-off step (``precise``, marked ambiguous
since the talk itself is a long commitment); a member of parliament questioning a member of government is marked
upward (D: an executive), so without an offer it is ``vague`` (marked ambiguous), while a senator questioning an
association's heads at a hearing is not upward.

Item layout as in ``asks_corpus_batch10_en``: (source id, label, upward, circle, text, note). The text keeps
only the ask and what immediately frames it, ``[...]`` marking cuts and square brackets marking words put in
(for names, handles, links or a summarised reply). Real people's names were cut or replaced by a bracketed
description (an actress, a student, a maintainer); e-mail addresses, phone numbers, handles and personal links
were taken out; template placeholders were given fictional values in brackets. The note records those edits and,
for texts the guide leaves open, the reading chosen ("ambiguous: ..."). Source list:
``asks_corpus_batch21_fr_SOURCES.md``. A throwaway script run after the last item compared every 10-word run of
these texts with ``tests/data/asks_corpus/*.jsonl`` and the other ``benchmarks/asks_corpus_*.py`` files
(41 files compared); no run is shared. The builder does not read this module yet; the lead decides how to wire
it in (suggested: wholly untouched, like ``real_test``).

30 asks from 28 sources: precise 10, vague 6, too_big 14.
"""

SOURCES = {
    "poitiers_drenche": "https://blogs.univ-poitiers.fr/o-bouba-olga/2018/10/10/chere-noemie/",
    "bourgoing_reportages": "https://old.bourgoing.com/formation/radio/07propositions.htm",
    "cybel_actrice": "http://cybel.vefblog.net/59.html",
    "opi_parlonsen": "https://www.o-p-i.fr/parlonsen/proposer-un-article/",
    "snes_kursaal": "https://besancon.snes.edu/Monsieur-le-Recteur-a-besoin-d-un-Kursaal-bien-garni.html",
    "fedorafr_muffin": "https://forums.fedora-fr.org/d/40854-muffin-a-besoin-de-vous-",
    "dotclear_adhesion": "https://fr.dotclear.org/blog/tag/adh%C3%A9sion",
    "agattepaille_portfolio": "https://github.com/Agattepaille/portfolio (path src/content/about/about.md)",
    "oxymium_support": "https://doc.oxymium.net/emails.php",
    "simde_permanencier": "https://github.com/simde-utc/portail/issues/281",
    "geotribu_pr1243": "https://github.com/geotribu/website/pull/1243",
    "geotribu_team2012": "https://github.com/geotribu/website (path content/team/archives/art_2012-12-29_lequipe.md)",
    "pyladies_cfp_fr": "https://github.com/pyladies/pyladies (path www/_posts/2023/2023-09-05-cfp-outreach-kit-fr.md)",
    "drupalcamp_sponsors": "https://github.com/Drupal-FR/dc2024 (path site/content/actualites/lappel-à-sponsors-est-ouvert.md)",
    "drupalcamp_cfp": "https://github.com/Drupal-FR/dc2024 (path site/content/actualites/il-ne-reste-que-7-jours-pour-proposer-un-sujet-de-conférence.md)",
    "insat_traductions": "https://github.com/ClubInfoInsaT/application-amicale (path doc/TRANSLATE.md)",
    "beerjs_invitation": "https://github.com/beerjs/strasbourg/pull/4",
    "aljoimour_cafe": "http://aljoimour.com/blog/2015/09/11/prete-a-prendre-le-risque.html",
    "tacheau_enquete": "https://tacheau.wordpress.com/2008/11/15/les-chaussures-du-cordonnier/",
    "chrispaganon_intro": "https://github.com/chris-paganon/chrispaganon.com (path content/fr/portfolio-intro.md)",
    "baucher_stage": "https://github.com/AchilleBaucher/pagespersoM (path _pages/about_fr.md)",
    "aunsiels_etudiants": "https://github.com/Aunsiels/personal-website (path fr/etudiants.md)",
    "zikapanam_cotisation": "https://github.com/zikapanam/doc-zikapanam (path docs/devenir-cotisant.md)",
    "breizhcamp_benevoles": "https://github.com/lucsorel/breizhcamp-website (path content/blog/2018-03-23-benevoles.md)",
    "dracvercors_benevoles": "https://github.com/mrdut/drac_vercors_escalade (path benevoles.php)",
    "nosdeputes_cellule": "https://2007-2012.nosdeputes.fr/intervention/751703",
    "nossenateurs_formation": "https://archive.nossenateurs.fr/intervention/1296513",
    "nossenateurs_mentorat": "https://archive.nossenateurs.fr/intervention/2320712",
}

FR = [
    (
        "poitiers_drenche",
        "too_big",
        True,
        None,
        "Bonjour,\n\nNous sommes une start-up civique qui édite un journal innovant : Le Drenche. Il s'agit d'un journal de débat dans lequel vous pouvez lire le « Pour » et le « Contre » de chaque sujet. [...]\n\nLe Drenche, c'est également l'assurance d'une tribune qui ne sera ni modifiée, ni tronquée, et de toucher de nombreux lecteurs sur internet et les réseaux sociaux. [...]\n\nDans le cadre du débat actuel, nous souhaitons traiter la question : « Allocations chômages : doivent-elles être dégressives pour les cadres ? ».\n\nÉtant donné votre légitimité sur le sujet, nous aimerions beaucoup que vous défendiez le « Pour » dans un article de 350 à 400 mots (environ 1/2 page word) qui paraîtra sur notre site Le Drenche et celui de LCI ; votre tribune est à remplir dans le formulaire word ci-joint. Vous aurez bien sûr un contradicteur qui défendra l'avis opposé.\n\nIl nous faudrait votre tribune pour ce soir au plus tard, est-ce possible pour vous ?",
        "An e-mail from a debate newspaper to an economist, quoted in full on his university blog; links and sign-off cut, sender's first name (in the post's title) not kept. Upward (D: an expert solicited for his expertise). Writing a 400-word op-ed by the same evening for a stranger is an hour or more of work -> too_big under the long-commitment rule. ambiguous: the named question, the stated audience (an offer) and 'votre légitimité sur le sujet' (a reference) could make it a precise upward ask if the op-ed is read as a small task.",
    ),
    (
        "bourgoing_reportages",
        "vague",
        None,
        None,
        "Je voudrais vous proposer des reportages sur les thèmes suivants :\n- les aménagements agricoles\n- le « X » : un arbre qui peut servir d'engrais aux paysans\n- le Projet national de vulgarisation agricole\n- la régionalisation : une étape importante dans le processus du développement économique et social\n- la sécurité alimentaire\n- les feux de brousse",
        "A topic proposal from a radio journalist to a programme manager, quoted as an 'exemple à bannir' by a radio-journalism training page (West African context). The page itself notes these are broad themes, not proposals: approval is sought for topics without a niche or angle -> vague. ambiguous: if the journalist is a freelance selling pieces, the request serves a commission (too_big, B).",
    ),
    (
        "cybel_actrice",
        "too_big",
        True,
        None,
        "[Pour une actrice célèbre],\nBonjour très chère Dame,\nJ'ai écrit ce petit livre vit'fait, dans l'urgence de trouver un palier d'apaisement à une histoire d'amour qui tombait vraiment pas à point [...].\nJe l'ai dispatché un peu partout sur le conseil de mes proches et alliés, qui l'ont trouvé de « waahhoo » à « génial », et quelques maisons d'édition m'encouragent au remaniement de ce texte [...].\nPensez-vous que cette nouvelle puisse devenir un film, et dans ce cas aimeriez-vous jouer le rôle de cette amoureuse ?",
        "A letter to a well-known actress posted on the writer's personal blog; the actress's name and town replaced by a bracketed description, digressions cut. Upward (D: a star written to cold). What is asked is reading a novella and taking a film role -> a contract and a long commitment from a stranger -> too_big.",
    ),
    (
        "opi_parlonsen",
        "too_big",
        None,
        None,
        "Mais pour devenir un « vrai » journal d'information, il faut que quelques uns s'engagent plus régulièrement dans ce projet.\n\nVous pouvez le faire, en fonction de vos disponibilités, de vos goûts, de vos centres d'intérêt en devenant correspondant, veilleur, membre du comité de rédaction.",
        "Call for volunteers on the page of a local community newspaper ('Parlons-en'); the lines before (anyone may send news to an address, address cut) not kept. A standing role (correspondent, editorial board) asked of readers not shown close -> too_big, per the batch-20 convention on ongoing volunteer roles.",
    ),
    (
        "snes_kursaal",
        "precise",
        None,
        None,
        "« L'Association « A la rencontre de Germaine Tillion » souhaitant rendre hommage, le 10 mars, à la mémoire de Jean Lacouture, vous avait sollicité pour que quelques classes de 2de-1re puisse se rendrent [sic] au Petit Kursaal, l'après-midi.\nNous aurions besoin d'avoir les estimations chiffrées des participations scolaires, souhaitant vivement que le Kursaal soit bien garni, en présence de M. le Recteur. »",
        "An association's e-mail to lycées, quoted (and mocked) by a teachers' union page; the sender's name cut (the two names kept are the public figures the event honours). What is sought is a number (estimated pupil attendance) for a named event, place and date -> precise. The underlying request (sending classes for an afternoon) is the topic of an earlier message, not of this one.",
    ),
    (
        "fedorafr_muffin",
        "too_big",
        None,
        None,
        "C'est avec un certain regret que je viens, une nouvelle fois, recourir à l'aide et au soutien de la communauté du Logiciel Libre pour produire le numéro 2 de Muffin. [...]\nC'est pour cela que toute aide est la bienvenue, bien que des rédacteurs soient préférés. Si les articles numéro 2 vous intéressent et si vous en avez les capacités d'en assumer la rédaction vous pouvez rejoindre la communauté de Muffin par ce biais tout en sachant qu'on sera là pour vous aider et guider et on vous encourage à nous rejoindre.",
        "Forum post on the French Fedora community forum calling for writers for a community magazine; middle paragraphs (the magazine's merits) cut. Writing a magazine article and joining the team is several hours of unpaid work asked of forum readers not shown close -> too_big. ambiguous: 'toute aide est la bienvenue' also admits small help.",
    ),
    (
        "dotclear_adhesion",
        "too_big",
        None,
        None,
        "Si vous appréciez votre logiciel de publication, et que vous aussi vous vous demandez ce que vous pouvez faire pour lui, vous avez la possibilité de contribuer à son développement en devenant membre, ou, tout simplement, en faisant un don.\nN'hésitez pas !",
        "End of a post on a free-software blogging tool's association blog; the author's personal story before it cut. Membership fee or donation -> money -> too_big at any sum.",
    ),
    (
        "agattepaille_portfolio",
        "too_big",
        None,
        None,
        "Me voici lancée dans une reconversion passionnante vers le développement web ! J'ai récemment obtenu mon titre professionnel de Concepteur Développeur d'Applications à la Wild Code School, où j'ai travaillé sur des projets concrets [...].\n\nJe cherche maintenant une alternance pour commencer une formation Expert DevOps à l'EPSI et continuer à relever de nouveaux défis techniques. [...]",
        "'À propos' page of a career-changer's portfolio in a GitHub repository; bold markup removed, the list of technologies and hobbies cut. An alternance (a work-study contract) is a job -> too_big; the niche (DevOps, a named school) does not change the object.",
    ),
    (
        "oxymium_support",
        "precise",
        None,
        None,
        "Subject: (aucun objet)\n\nDITE MOI COMENT JE CRAIE UNE ADRESSE\nET DEPECHER VOUS C TRE URGENT\n\n--\n[signature de vingt lignes coupée]",
        "A deliberately caricatured support request quoted by a hosting provider's page on e-mail etiquette ('un petit exemple de message auquel on a immédiatement envie de répondre'); the invented sender's name, company and phone numbers in the signature cut. The message asks a provider's support a specific how-to question (creating an e-mail address on their service) -> precise, however rude. ambiguous: a reader may find 'une adresse' too bare to count as a niche (vague).",
    ),
    (
        "simde_permanencier",
        "precise",
        None,
        None,
        "Est-ce qu'on pourrait s'inscrire à une asso avec le statut **Permanencier** ?\nPar exemple, pour Véloc, je fais deux heures de permanence, et ça s'arrête là.\nMerci\n[prénom coupé]",
        "GitHub issue on a student-association portal (UTC); the author's first name cut. A concrete small change (a 'permanencier' role) asked of the portal's team, narrowed by a named association and use -> precise.",
    ),
    (
        "geotribu_pr1243",
        "too_big",
        None,
        None,
        "S'il y a une chose à retenir c'est que l'organisation de l'événement représente un gros travail et qu'il est fait en grande partie grâce aux bénévoles. Alors soutenez ce genre d'événement ! Pour cela, il y a globalement 2 options :\n\n[Acheter un goodie] [Adhérer et participer à l'organisation]",
        "Closing paragraph of an article on the French QGIS days, proposed in a GitHub pull request to a geomatics community site; the two buttons' links cut to their labels. Both options (buying merchandise; joining the association and helping organise) are a purchase or a standing commitment asked of readers -> too_big.",
    ),
    (
        "geotribu_team2012",
        "vague",
        None,
        None,
        "Suite à mon doctorat en géomatique à l'École des Mines, j'ai tout récemment immigré au Canada afin d'intégrer le Marine Geomatics Research Lab de l'Université de Newfoundland. Mes principaux thèmes de recherche portent sur le domaine maritime ainsi que sur la cartographie collaborative (VGI). [...] Si vous êtes intéressés par l'un ou tous ces sujets, n'hésitez pas à me contacter :)",
        "A team member's self-description on a geomatics community site's 2012 team page (GitHub repository); name and links cut, hobbies cut. Self-description plus an open invitation to get in touch, with no request -> vague.",
    ),
    (
        "pyladies_cfp_fr",
        "precise",
        None,
        None,
        "Chers organisateurs PyLadies,\n\nNous avons besoin de votre aide pour diffuser la nouvelle de PyLadiesCon. Vous, en tant qu'organisateurs, membres et partisans, pouvez contribuer à contacter des personnes qui pourraient être d'excellents intervenants pour la conférence, et qui pourraient ne pas avoir entendu parler de l'événement. [...]\n\nSi vous avez les coordonnées d'un conférencier que nous devrions inviter, partagez-les avec nous par courriel : [adresse coupée]",
        "French version of a community conference's call-for-papers outreach kit (GitHub repository); lists and links cut, the e-mail address cut. Chapter organisers are asked to pass on contacts of a described kind of person (potential speakers) for a named conference -> precise (an introduction to a described kind of person).",
    ),
    (
        "pyladies_cfp_fr",
        "precise",
        None,
        None,
        "Salut [Inès], nous recherchons un intervenant pour la première PyLadiesCon. Votre présentation [sur les tests de propriétés avec Hypothesis] était vraiment intéressante. Pouvez-vous soumettre votre présentation ici ? [lien]",
        "A message template from the same kit; the placeholders {nom} and {exemple de présentation} given fictional values in brackets, the link cut. Submitting a talk proposal to a named conference, with a reference to the person's past talk -> precise (a one-off small step; the reader is a peer, not above). ambiguous: read as asking for the talk itself (hours of preparation) it would be a long commitment (too_big).",
    ),
    (
        "pyladies_cfp_fr",
        "precise",
        None,
        None,
        "Salut [Camille], PyLadiesCon recherche des conférenciers, et je pense que vous seriez formidable pour cela. Jetez un coup d'œil ici : [lien]",
        "Another template from the same kit; placeholder given a fictional name, link cut. A small concrete request (look at the call for papers of a named conference) -> precise. ambiguous: without a stated reason it is close to a bare invitation, and read as asking for a talk it would be too_big.",
    ),
    (
        "drupalcamp_sponsors",
        "too_big",
        None,
        None,
        "L'évènement immanquable de la communauté Drupal francophone, le Drupalcamp, ce sont des conférences, des participants ET des sponsors : piliers de la réussite d'un Drupalcamp !\n\nL'édition 2024 n'échappera pas à la règle, 4 offres de sponsor sont proposées, pour vous ouvrir l'appétit communautaire :\n\n* La Complète\n* La Galette saucisse\n* La Beurre sucre\n* mais aussi le Sponsor libre\n[...]\nSi vous avez des questions sur le fonctionnement ou sur l'une des formules, n'hésitez pas à nous contacter, nous vous répondrons avec plaisir.",
        "News item of a French Drupal conference's site (GitHub repository); links and the paragraph on the carbon charter cut. Sponsorship packages -> money -> too_big.",
    ),
    (
        "drupalcamp_cfp",
        "precise",
        None,
        None,
        "Le temps file bien plus vite que l'on ne le pense et nous sommes à - 7 jours de fin de soumission des sujets pour notre évènement. [...]\n\nAlors, il ne faut plus hésiter : soumettez votre sujet pour avoir une change de participer comme présentateur au Drupalcamp Rennes.\n\nVous pouvez présenter un sujet à plusieurs, vous pouvez aussi nous demander de vous trouver quelqu'un pour vous accompagner dans la préparation et/ou la présentation du sujet. Mais un seul ticket est offert par conférence.",
        "Call-for-papers reminder on the same conference site; the call-to-action box cut. Submitting a talk proposal to a named event by a stated date -> precise, read like the PyLadiesCon templates. ambiguous: read as asking readers to give a talk (preparation, travel) it is a long commitment (too_big).",
    ),
    (
        "insat_traductions",
        "too_big",
        None,
        None,
        "Tu peux traduire l'application sans avoir de connaissance en programmation.\n\nPour cela, suis cette procédure :\n * Télécharge ce fichier. Tu y trouveras un ensemble de couples de la forme « clé » : « valeur ». Les clés servent à identifier les valeurs, il ne faut pas les modifier !\n * Traduis les valeurs dans ce fichier dans la langue souhaitée.\n * Envoie-moi par mail ce fichier quand tu as terminé, il sera ajouté à la prochaine version de l'application.\n\nEnvoie-moi un mail avant de commencer pour me prévenir que tu veux travailler sur une traduction. Cela me permettra de te mettre en relation avec d'autres personnes travaillant également sur cette traduction.",
        "Translation guide of an engineering-school student association's app (GitHub repository); links and the e-mail address cut. Translating a whole app's strings is hours of unpaid work asked of readers not shown close -> too_big. ambiguous: readers are fellow students of a small community; if read as close ties the task would not be too big.",
    ),
    (
        "beerjs_invitation",
        "precise",
        None,
        None,
        "[Réponse du mainteneur : le service d'invitation automatique au Slack elsass-dev a été arrêté, l'adresse redirige désormais vers le Slack.]\nEt comment faire pour demander une invitation à [l'organisateur] ? :-)",
        "Comment in a GitHub pull-request thread of a Strasbourg developers' meetup; the maintainer's reply summarised in brackets, the handle replaced. What is sought is how to get an invitation to a named Slack -> precise.",
    ),
    (
        "aljoimour_cafe",
        "vague",
        None,
        4,
        "[Une camarade d'études perdue de vue depuis vingt ans lui écrit :]\n« Es-tu disponible pour un café ? » [...] « j'ai plein de choses à te demander ».",
        "E-mail quoted in a naturopath's newsletter post (the story may be partly staged); the friend's first name not kept. A coffee with no stated subject ('plein de choses') -> vague; the post later shows she wanted advice on retraining as a naturopath, which the message itself does not say (A). Circle 4: an old friendship dormant for twenty years.",
    ),
    (
        "tacheau_enquete",
        "precise",
        None,
        None,
        "Si vous travaillez en BU (sous-représentées dans l'échantillon ayant déjà répondu), je vous conseille de jeter un oeil sur cette enquête, d'y répondre et de la faire circuler auprès de vos collègues.\n\nLe conservateur stagiaire en charge de ce projet est [nom coupé]. N'hésitez pas à le contacter",
        "A university librarian's blog post relaying a library-school student's survey; the student's name cut. Answering and passing on a survey, narrowed to university-library staff -> precise, per the batch-20 convention that a survey under an hour is a small request. ambiguous: the blogger says the survey runs to 23 pages, which may exceed an hour.",
    ),
    (
        "chrispaganon_intro",
        "vague",
        None,
        None,
        "J'ai développé mon premier site web en 2016 pour un projet universitaire d'impression 3D. Depuis, j'ai construit et maintenu plusieurs sites web pour des projets locaux et à l'international [...].\n\nEn 2020, j'ai co-fondé le premier marché fermier en ligne à Montréal : Panier Québécois. [...]\n\nComme notre entreprise ne nécéssite plus de développeur à plein temps, je mets maintenant mon expertise en dévelopment web, entreprenariat et marketing à votre service !",
        "Intro of a Montréal freelance developer's portfolio (GitHub repository); bold markup and links removed, a list of past clients cut. A seller's pitch that asks for nothing ('à votre service') -> vague, per amendment C.",
    ),
    (
        "baucher_stage",
        "too_big",
        None,
        None,
        "Je termine actuellement ma scolarité à Polytech Sorbonne en spécialité Mathématiques Appliquées et Informatique. Après mon stage de fin d'étude, j'aimerais continuer en thèse. Je recherche actuellement un stage de 6 mois, niveau Master 2, en laboratoire de recherche, voir ci-dessous pour plus d'informations. [...]\n\nIl doit durer 6 mois et débuter dès que possible. [...]\n* Une ville agréable et riche à découvrir, Toulouse, Lyon, Nancy, Grenoble\n* Laboratoire accessible en vélo",
        "French page of an engineering student's personal site (GitHub repository); links cut, most of the 'stage idéal' list cut. An internship -> too_big, however precisely described (themes, cities, a lab reachable by bike).",
    ),
    (
        "aunsiels_etudiants",
        "too_big",
        None,
        None,
        "Si vous souhaitez travailler avec moi, vous pouvez m'envoyer un e-mail. Merci d'inclure votre CV, une lettre de motivation, vos relevés de notes, ainsi que les sujets ou domaines de recherche qui vous intéressent. [...]\n\nJ'encadre chaque année plusieurs étudiants de master et du cycle ingénieur sur des sujets liés au traitement du langage naturel, aux graphes de connaissances, à l'apprentissage sur graphes et aux projets de machine learning appliqué.\n\nN'hésitez pas à me contacter si vous recherchez un stage ou un projet.",
        "'Étudiants' page of a researcher's site (GitHub repository); the list of current and former PhD students (names) cut. The hirer's side of an internship or thesis (applications with CV and transcripts) -> too_big, per the batch-19 convention that the hirer's side of a job is too_big.",
    ),
    (
        "zikapanam_cotisation",
        "too_big",
        None,
        None,
        "L'association est basée entièrement sur le bénévolat.\n\nVous avez deux options :\n\n- vous voulez organiser des rencontres, il faut être cotisant dès la première rencontre.\n- vous voulez participer à des rencontres, vous avez jusqu'à deux essais pour vous faire un avis avant de cotiser.\n\nLa cotisation annuelle (année civile) est au choix de 25 € ou 50 €.",
        "Membership page of a Paris musicians' meet-up association's documentation (GitHub repository); the refund and calendar notes cut. A membership fee -> money -> too_big.",
    ),
    (
        "breizhcamp_benevoles",
        "too_big",
        None,
        None,
        "Plus de place, et vous arrivez trop tard. Pas de BreizhCamp pour vous en 2018 :'(\nIl reste cependant une possibilité : participer au BreizhCamp en tant que bénévole. [...]\n\nVoici donc notre proposition :\n\n* vous acceptez de vous mettre à notre disposition, du mardi 27 en fin d'après-midi (mise en place, consignes, répétition keynote...) au vendredi soir jusqu'à un bon 19h (rangement).\n* Vous acceptez de sacrifier une journée et demi (demi journée mercredi + jeudi ou vendredi) pour la bonne cause. [...]\n* Vous aurez un pass 3 jours pour profiter des autres journées à votre guise. [...]\n\nCa vous tente ? Contactez-nous avec CV et une lettre de motivation... non on déconne :P",
        "Blog post of a Rennes developer conference's site (GitHub repository); the e-mail address cut, some lines cut. A day and a half of unpaid shifts asked of strangers, offset by a free pass -> too_big under the long-commitment rule.",
    ),
    (
        "dracvercors_benevoles",
        "too_big",
        None,
        None,
        "Cher bénévole : c'est grâce à toi que cet évènement est possible !\nLa réussite de cette journée nécessite la mobilisation d'une cinquantaine de bénévoles. De courtes formations seront assurées, ainsi chacun pourra apporter sa pierre à l'édifice. Et évidemment, le repas sera offert ! [...]\nMerci de vous positionner à l'aide de ce formulaire sur l'une des missions ci-dessous, selon vos préférences et/ou les besoins résumés en temps réel dans ce fichier.\n[Installation de la salle : la veille au soir, 15 personnes. Buvette : permanence toute la journée, rush entre 11h30 et 13h30.] [...]",
        "Volunteers page of a local climbing contest's site (GitHub repository); form and spreadsheet links cut, the mission cards summarised in brackets. Shifts of several hours at an event, asked of readers not shown close -> too_big, per the batch-20 convention on unpaid shifts.",
    ),
    (
        "nosdeputes_cellule",
        "vague",
        True,
        None,
        "[...] pour installer une cellule « jeunes, quartiers, entreprises ».\nVous avez réuni autour de la table le préfet, des entreprises nationales comme EDF, AXA, Suez ou Renault, des fondations, l'éducation nationale, la mission locale, mais aussi des associations. Tous devront se mobiliser afin de trouver des solutions et d'assurer un suivi personnalisé. [...]\nMadame la secrétaire d'État, pouvez-vous nous expliquer en quoi ce dispositif constitue une réponse pour l'accès à un emploi et un espoir pour tous ces jeunes ?",
        "A deputy's question to a secretary of state in the Assemblée (public record on nosdeputes.fr); the opening on the deputy's constituency and a minister's name cut. Upward (D: a member of government). It cites her work (the cell she set up) but offers nothing in return, and the question is broad -> vague. ambiguous: a parliamentary question is not a networking ask in the usual sense, and a deputy may not count as below a minister.",
    ),
    (
        "nossenateurs_formation",
        "vague",
        True,
        None,
        "Monsieur le ministre, votre proposition me paraît raisonnable. Il me semble utile de mettre en place un système de contrôle, sans toutefois aller jusqu'à l'agrément, qui me paraît à moi aussi très contraignant.\nNéanmoins, j'aimerais savoir si nous disposons d'une estimation sur le nombre d'emplois découlant des 32 milliards d'euros investis dans la formation. [...] Monsieur le ministre, qu'en est-il du secteur de la formation ?",
        "A senator's question to a minister in a Sénat debate (public record on nossenateurs.fr); an aside on the car industry cut. Upward (D: a minister). The information sought is specific (jobs from the 32 billion spent on training) and the minister's proposal is referred to, but nothing is offered -> vague by P7. ambiguous: a senator questioning a minister may not be 'below' him; read as a peer the ask would be precise.",
    ),
    (
        "nossenateurs_mentorat",
        "precise",
        None,
        None,
        "Merci pour ce passionnant échange. Il serait intéressant de réaliser un bilan de votre action, à partir de vos premières expériences auprès de jeunes que vous avez accompagnés vers la réussite. Je suppose que le désintérêt pour les secteurs du scientifique et du numérique est encore plus prégnant dans les milieux ruraux que dans les métropoles. Au-delà de cela, avez-vous réalisé une analyse afin de savoir si certains jeunes ne demeurent pas dans le secteur tertiaire direct, sur place, en raison du peu d'opportunités offertes au-delà de la fonction publique territoriale ? Enfin, vous parliez de visioconférences avec le parrain. Ne pensez-vous pas que ceux qui seront les plus à même de témoigner sont ceux qui ont réussi ?",
        "A senator's questions to the heads of a youth-mentoring association at a Sénat hearing (public record on nossenateurs.fr). Specific questions about the association's own programme (rural youth, mentors by video call) -> precise; not upward (the senator is not below the witnesses).",
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

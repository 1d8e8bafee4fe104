# ruff: noqa: E501  (quoted data: long lines keep each quotation whole)
"""A twenty-fifth French batch of asks written by other people (issue #16): "batch 25", untouched.

How it was made: the search tool was queried in its ``pages``, ``issues`` and ``code`` corpora for real asks, and
``find_string`` for phrases of asks, as the brief for this batch asked, looking for kinds of source the corpus lacks.
The obvious queries (career advice, informational interviews, meetup talks, students' requests in GitHub threads,
LinkedIn-style drafts kept in repositories) mostly returned sources already in the corpus, and the dedupe dropped
them. The ``pages`` corpus was then searched by theme rather than by phrasing: school and parents' pages, village
libraries, ecomuseums and local blogs, choirs, community radios, repair cafés, clubs, festivals, parishes,
host-family and volunteering calls (Luxembourg, Belgium, Québec, Haïti), students' and researchers' calls for
participants (a psychology student, a Laval master's student), calls for witnesses, and appeals to ministers
reported by Algerian, Malagasy and Senegalese news sites. Because that corpus gives each page from its beginning
(excerpts only), only pages whose ask sits near the top could be used, and several texts end where the excerpt ends
(marked ``[...]``). 28 of the 31 asks come from sites other than GitHub; three come from GitHub (an issue, a
pull-request comment, a club's site repository). Before a source was taken, its domain (host) or GitHub owner/repo
and one distinctive phrase of the ask were grepped (``git grep -il``) against ``tests/data/asks_corpus/`` and
``benchmarks/asks_corpus_*``; a source whose domain was found was dropped even when the page differed. Dropped:
urbania.ca, meta.wikimedia.org (a Wikimédia France candidate's talk page), traduc.org, mail-archive.com,
lavoixestlibre.wordpress.com, raincy-nono.com, m.ru24.net (a La Montagne item), ancienshoche.org,
besancon.snes.edu, dhnet.be, lyoncapitale.fr, camerounweb.com, frapp.ch, 20minutes.fr, ladepeche.fr, francebleu.fr,
waterloo.be, rtbf.be, blogs.bl0rg.net, fr.dotclear.org, educlang.ca, a personal site on free.fr (a letter to former
classmates), and GitHub owners/repositories Alignak-monitoring-contrib/alignak-backend, SocialGouv/emjpm,
osm-fr/infrastructure, JDIS/Organisation, willdurand/jenairienacacher.fr, keytrap-x86/Dofus.Retro.Supertools,
ploum/lingi2401, Immersion-Facilitee/immersion-facile, bayesimpact/bob-emploi, dot-layer/blog, umontreal-diro/IFT3913,
PapillonApp/papillon-v7, OsKaR31415/CN-travail-en-groupe, Virtus-web/cv-live, jhroy/theses, a job seeker's
my-portfolio repository (owner named after him) and a freelance developer's outreach repository (danielcraft.fr).
Also left out, though new: a developer's profile line ('ouvert à de nouvelles opportunités', a self-presentation
that asks nothing) and an interview guide for Tunisian lawyers whose repository could not be identified.

Each ask was labelled by the labelling guide (``tests/data/asks_corpus/GUIDE.md``: the guide, its v2 amendments A-E
and amendment F) as it was written down, before anything ran on it. The collector never opened, imported or ran the
ask checker or its evaluation and fitting scripts, so this batch is unseen by it. Conventions kept: amendment F is
applied (a standing role or a season of shifts asked of readers not shown close -- volunteering at a Red Cross winter
action, a monthly repair session, a radio team, weekly tutoring, a rugby season, hosting a foreign pupil for months --
is ``too_big``; one bounded task with what and when -- a blood donation, a vote, a talk on a named date, bringing
amuse-bouches to a kermesse, a testimony session -- stays ``precise``); a school outing of a half-day or a day asked of
the pupils' parents is ``precise`` (A: the message is not cold, so the null tie is not read as weak); grants, a state
building, sponsorship and donations are money (``too_big``); appeals to ministers are upward (D) and, without an
offer and a reference to the minister's work, ``vague`` when they ask for something other than money. Reported asks
(a news item relaying an association's or a researcher's call) are labelled by what the reader is asked to do.
Upward is left ``None`` unless the text shows the reader above the writer; circle is set only when the text shows it.

Item layout as in ``asks_corpus_batch10_en``: (source id, label, upward, circle, text, note). The text keeps only the
ask and what immediately frames it, ``[...]`` marking cuts and square brackets marking words put in. Real people's
names were cut or replaced by a bracketed description (or, once, an invented first name); e-mail addresses, phone
numbers, handles and personal links were taken out. A public figure named in passing (a former national rugby coach,
in a club's joke) was kept. The note records those edits and, for texts the guide leaves open, the reading chosen
("ambiguous: ..."). Source list: ``asks_corpus_batch25_fr_SOURCES.md``.
A throwaway script run after the last item compared every 10-word run of these texts with ``tests/data/asks_corpus/*.jsonl``
and the other ``benchmarks/asks_corpus_*.py`` files (49 files compared); no run is shared, so no item was removed.
The builder does not read this module yet; the lead decides how to wire it in (suggested: wholly untouched, like
``real_test``).

31 asks from 31 sources: precise 13, vague 3, too_big 15. The 31 source ids come from 31 distinct sites or repositories.
"""

SOURCES = {
    "nmrr_alternant": "https://github.com/nmrr/flipperzero-geigercounter/issues/16",
    "hybridemobile_prez": "https://github.com/HybrideMobileParis/meetups/pull/4",
    "croixrouge_wak": "https://www.rtl.lu/news/national/a/1435194.html",
    "recyclerie_couture": "https://recyclerie-sportive.org/events/repair-couture-3",
    "maisondesaidants_memoire": "http://www.lamaisondesaidants.com/memoire-recherche-de-temoignages/",
    "herbeys_rucher": "https://collectifcitoyenherbeys.fr/projet-de-rucher-partage-ca-avance",
    "elharrach_detachement": "https://djazairess.com/fr/lexpression/232832",
    "radiosud_gaume": "https://goa-l.be/radio-sud-le-confinement-aurait-il-du-bon/",
    "ankatso_bourses": "https://2424.mg/les-representants-des-etudiants-de-luniversite-dantananarivo-sexcusent-pour-les-dommages-causes-par-les-diverses-manifestations-estudiantines/",
    "afs_nice": "https://rcf.fr/articles/actualite/nice-une-association-cherche-des-familles-daccueil-pour-lyceens-etrangers",
    "doisneau_sortie": "https://ecole-doisneau.blogspot.com/2016/06/maternelle-sortie-au-parc-de-la-tete.html",
    "kermesse_aperitif": "http://clodemarquet.blogspot.com/2015/06/j-2-avant-la-kermesse.html",
    "vosges_souvenirs": "http://informatique.terredesvosges.com/2018/03/22/souvenirs-partages-a-la-bibliotheque/",
    "sainte_victoire_rando": "https://primairedelaposte.toutemonecole.fr/posts/4022920",
    "saintsauveur_photovoix": "http://monsaintsauveur.com/2017/changements-saint-sauveur-participants-recherches/",
    "ecomusee_capsule": "https://la-baraque.fr/2024/06/16/notre-participation-aux-50-ans-de-lecomusee-en-septembre",
    "avesnois_temoins": "https://echo-fm.fr/news/l-ecomusee-de-l-avesnois-lance-un-appel-a-temoins-5104",
    "robotsju_sponsoring": "https://github.com/robots-ju/robots-ju.ch (path sponsoring.md)",
    "sauveterre_temoins": "https://www.objectifgard.com/2016/08/30/sauveterre-appel-a-temoins-lance-apres-accident-de-route-mortel/",
    "coeureucharistique_orgue": "https://coeur-eucharistique.net/th_sermon/edito/",
    "stanstead_tuteurs": "https://www.lerefletdulac.com/2017/09/30/on-recherche-des-tuteurs-pour-les-jeunes-francophones-de-stanstead/",
    "chalon_hebergeurs": "https://www.chalondanslarue.com/fr/vous/avec-nous-cette-annee/hebergeurs",
    "rcvg_recrute": "https://www.chartreuserc.com/saison-2015-2016/actualites-du-club/le-rcvg-recrute-511497",
    "jhm_collecte": "https://uat-jhm.myjungly.fr/prochaine-collecte-de-sang-17",
    "toubamboul_poste": "https://senegal7.com/touba-mboul-la-population-reclame-au-x-autorites-lerection-dun-poste-de-sante",
    "rotary_livres": "https://rotary-boulognebillancourt.com/2021/03/10/collecte-de-livres-organisee-pour-les-hopitaux-et-les-ehpad/",
    "hep_volontaires": "https://rnhaiti.com/2018/10/04/haitian-education-project-mobilise-5-000-volontaires-pour-des-projets-de-developpement/",
    "nurlu_photo": "https://villagedenurlu-somme.over-blog.com/archive/2011-01/",
    "aulnay_commerce": "https://monaulnay.com/2016/03/bruno-beschizza-vous-fait-faire-des-affaires-au-marche-du-vieux-pays.html",
    "plusbeaumarche_vote": "https://www.tf1.fr/tf1/jt-13h/videos/votre-plus-beau-marche-le-concours-debute-aujourdhui-80426109.html",
    "ozanam_tuteurs": "https://maisonozanam.com/?p=4916",
}

FR = [
    (
        "nmrr_alternant",
        "too_big",
        True,
        4,
        "Salut,\nJe ne sais pas si tu te souviens de moi, je suis l'alternant dans ta nouvelle boîte.\nOn est sur le même plateau et on a eu une discussion à propos des fréquences radio, etc.\nEst-ce que je pourrais avoir ton Discord ou ton LinkedIn, s’il te plaît ?\nJ’aimerais qu’on reparle ensemble de l’opportunité que tu m’as offerte durant notre discussion. 🙂\n\nPS : Désolé de te faire une issue sur ton projet je n'avais pas d'autre moyen de te contacter.",
        "GitHub issue opened on a developer's hobby project (a Geiger counter app) by a work-study student of the company the developer had just joined; kept whole (the title 'Alternant de ta société actuelle' left out). Upward (D: a student/junior writing to a working professional); circle 4 from the text (one conversation, 'je ne sais pas si tu te souviens de moi'). The contact details serve talking again about 'l'opportunité que tu m'as offerte' -> too_big (B). ambiguous: the opportunity may be a side project rather than a job, which would make it a small request (precise: a named opportunity, a Discord or LinkedIn handle).",
    ),
    (
        "hybridemobile_prez",
        "precise",
        None,
        None,
        "Hello [Yann], tu serais dispo le 25 Mai pour cette prez ?",
        "Comment by a Paris mobile-development meetup organiser on a pull request where a member had added a talk to the meetup's propositions.md (HybrideMobileParis/meetups #4); the first name replaced by an invented one. One talk on a named date at a named meetup, already proposed by the reader -> precise (F1: one task with what and when).",
    ),
    (
        "croixrouge_wak",
        "too_big",
        None,
        None,
        "Wanteraktioun : Appel à bénévoles pour l'accueil de jour\n\nLuxembourg, le 21 novembre - Du 1er décembre 2019 au 31 mars 2020, l'Action Hiver, organisée par le Ministère de la Famille, sera activée pour venir en aide aux plus vulnérables de notre société pendant la période des grands froids. Cette action permettra de proposer aux sans-abri un hébergement nocturne, organisé par Caritas Luxembourg, et l'accueil de jour par la Croix-Rouge luxembourgeoise pour distribuer tous les jours des repas chauds aux personnes touchées par le froid dans sa structure d'accueil située au 22, Dernier-Sol à Bonnevoie.\n\nLes bénévoles sont indispensables !\n\nLa Croix-Rouge luxembourgeoise peut offrir un accueil de jour grâce à l'engagement de personnes bénévoles.\n\nLa mission du bénévole consiste, entre autres, à distribuer les repas chauds, débarrasser et nettoyer les tables. [...]",
        "The Luxembourg Red Cross's French call for volunteers, reprinted under a Luxembourgish news item on RTL Luxembourg (rtl.lu); the Luxembourgish summary above it and the rest of the call cut. Volunteers for daily meal shifts over a four-month winter action, asked of readers not shown close -> too_big (F1: a season of shifts).",
    ),
    (
        "recyclerie_couture",
        "too_big",
        None,
        None,
        "Le samedi 15 mars, la Recyclerie Sportive organise son tout premier Repair Couture de 14h à 18h.\n[...]\nC’est une permanence assurée une fois par mois par des bénévoles. [...]\n- Quand : Chaque troisième samedi du mois, de 14h à 18h [...]\n- Pour qui : Tout le monde ! Si vous ne savez pas coudre ou vous servir d’une machine à coudre, vous apprendrez, si vous savez, contactez-nous pour prendre part à l’aventure en tant que bénévole\n[...]\nSi vous avez du matériel de mercerie chez vous qui ne sert pas, dont vous voulez vous débarrasser, nous récupérons volontiers tout cela [...]",
        "Event page of a sports-goods recycling association in Massy-Palaiseau announcing a monthly clothes-repair session; the description of the session and the practical details other than time and audience cut. The main ask, joining as a volunteer for a monthly four-hour permanence, is a standing role asked of readers not shown close -> too_big (F1). ambiguous: the second ask, spare haberdashery, is a small bounded favour (precise on its own).",
    ),
    (
        "maisondesaidants_memoire",
        "precise",
        None,
        None,
        "C’est pourquoi j’ai pris la décision, dans le cadre de mon mémoire de fin d’étude en psychologie, de m’intéresser à la situation des aidants familiaux accompagnant un proche atteint de cancer.\nObjectif de la recherche :\nL’objectif de cette étude est de chercher à comprendre l’impact de l’expérience de soin sur la perception que l’aidant à de lui même, les difficultés psychologiques que cela peut entraîner et le rôle du soutien de la part de l’établissement de soin.\nDéroulement de l’étude :\nPour cette étude, il s’agit de recueillir le témoignage des aidants à l’aide d’un questionnaire sur internet. La durée de la passation est estimée entre 15 et 20 minutes.\nConfidentialité :\nLe questionnaire est totalement anonyme. Les réponses recueillies sont à usage exclusivement scientifique dans le cadre du mémoire de recherche.\n[...]",
        "A psychology student's call for respondents, published on a carers' information site (lamaisondesaidants.com, page 'Mémoire : recherche de témoignages'); the opening paragraph on carers' burden, the contact e-mail (it held her name) and the questionnaire link cut. A 15-20 minute anonymous questionnaire for carers of a relative with cancer -> precise (niche: carers of cancer patients; a stated time).",
    ),
    (
        "herbeys_rucher",
        "vague",
        None,
        None,
        "Après avoir validé le règlement intérieur qui nous permet d’œuvrer tous dans le même sens, nous voilà confrontés à la recherche d’un terrain.\nCette recherche est la clé du projet. Sans terrain pour accueillir nos ruches, pas de rucher.\nLa piste immédiate de prospection est celle bien légitime de propriétaires de notre entourage susceptibles de soutenir notre démarche et de nous héberger.\n[...]\nDonc, nous cherchons toujours activement la perle rare…",
        "Progress note of a citizens' collective in Herbeys (Isère) on its shared-apiary project (collectifcitoyenherbeys.fr); the account of the sites visited, with names of town officials and of a donor, cut. The collective says it is still looking for land but asks nothing of the reader -> vague (no request). ambiguous: read as an appeal to readers for land to host hives, it would be a long commitment from strangers (too_big).",
    ),
    (
        "elharrach_detachement",
        "vague",
        True,
        None,
        "Après avoir usé de toutes les voies de recours, des enseignants de l'Ecole nationale d'agronomie d'El Harrach s'en remettent au ministre de l'Enseignement supérieur et de la Recherche scientifique. Ils lui demandent tout simplement de débloquer la demande de détachement, sans incidence financière, de l'un des plus jeunes et brillantissimes doctorants d'Algérie, qui a décroché, dans un concours international, une bourse de formation postdoctorale en Espagne. Son projet de recherche est au coeur de la problématique de la sécurité alimentaire du pays puisque ledit projet concerne «la tolérance des céréales à la sécheresse». Monsieur le Ministre avons-nous le droit de briser une carrière, de freiner un élan de jeunesse, de laisser filer une compétence scientifique avérée? Faites que cette compétence reste et serve le pays en lui facilitant son détachement. Faites-le, Monsieur le Ministre, pour l'Université algérienne, pour la science et pour le pays.",
        "Algerian daily L'Expression, reprinted on djazairess.com: teachers of the national agronomy school's open appeal to the Minister of Higher Education, quoted in the article; kept whole. Upward (D: written to a minister). A concrete request with a niche (one doctoral student's secondment, a named project), but with no offer and no reference to the minister's own work -> vague (P7).",
    ),
    (
        "radiosud_gaume",
        "too_big",
        None,
        None,
        "Et bien oui, le moment est peut-être le bon pour t’impliquer, dans une association, une équipe sportive, un club de loisirs, …\n\nEt pourquoi pas à Radio Sud ?\n\nNotre radio est un petit outil qui existe depuis 1982.\nAvec les nouvelles technologies, il est appelé à retrouver une place importante dans la vie collective, associative, sociale de notre région.\nNotre ambition est de pouvoir être au service d’auditrice-eur-s de toute la Gaume.\n\nTu peux y apporter ta bonne volonté, ton enthousiasme, tes compétences, tes idées, au sein d’une équipe qui cherche à se rajeunir et à se renouveler. [...]",
        "Post on the site of a Belgian community radio in Gaume (goa-l.be, 'Radio Sud : le confinement aurait-il du bon ?') addressed to listeners in tu; the opening reflections on lockdown cut. Joining the radio's team is a standing role asked of readers not shown close -> too_big (F1).",
    ),
    (
        "ankatso_bourses",
        "too_big",
        True,
        None,
        "Une fois de plus, les étudiants ont demandé le retour à un système classique pour la distribution des bourses et demandent l’arrêt de la digitalisation [...]\n« Nous vous donnons le temps de répondre à nos requêtes et nous attendons calmement l’octroi des bourses 2021-2022 et 202-2023 », soulève le porte-parole des étudiants.",
        "Malagasy news site 2424.mg on a statement read to the press by the presidents of the University of Antananarivo's student associations after they met the Minister of Higher Education; the spokesman's name and the apology to residents cut, the quotation's typo '202-2023' kept. Upward (D: students addressing the minister). The awaited object is the payment of two years of grants -> too_big (money).",
    ),
    (
        "afs_nice",
        "too_big",
        None,
        None,
        "AFS-Vivre Sans Frontière Côte d’Azur recherche des familles d’accueil bénévoles pour des lycéens étrangers. [...]\n[La présidente de l'association] recherche en ce moment des familles d'accueil pour loger l'un des 350 lycéens qui vont arriver du monde entier pour étudier 3, 5 ou 10 mois en France et sur la Côte d'Azur.\n[...]\nIl faut tout de même avoir \"un lit et une chambre pour le jeune\" explique logiquement l'association qui participe aux frais de \"cantine scolaire, d'assurance et de cars scolaires\". \"Nous avons du mal à trouver des familles\" dit [la présidente] qui a \"des jeunes qui doivent arriver mi-septembre et qui n'ont pas trouvé de familles d'accueil\". [...]",
        "RCF radio's news item relaying a Nice exchange association's call for host families; the president's name replaced by her role, the contact e-mail and the closing appeal for donations to the radio cut. Housing a foreign pupil for three to ten months, asked of listeners not shown close -> too_big (long commitment).",
    ),
    (
        "doisneau_sortie",
        "precise",
        None,
        None,
        "[Maternelle] Sortie au parc de la tête d'or le jeudi 23 juin\n\nLes classes de [trois enseignantes] ont décidées de partager une grande et belle journée ensemble.\n\nJEUDI 23 juin, au parc de la tête d'Or.\n\nCela représente 75 élèves de tous les niveaux, TPS,PS,MS et GS.\n\nLe taux d’encadrement est d’un adulte pour 8 élèves, mais compte tenu de leur jeune âge et des conditions actuelles de sécurité, nous souhaiterions avoir davantage d’accompagnateurs (1 pour 4 ou 5 maximum)\n\nLe départ est prévu à 9h30 avec un retour vers 14h.\n\nMerci de bien vouloir vous manifester auprès des enseignantes pour proposer votre aide si vous êtes disponibles.\n[...]",
        "Post on a Lyon primary school's blog (ecole-doisneau.blogspot.com) to the nursery classes' parents; the teachers' names replaced by a description, the list of things to pack cut. One outing on a named day, 9:30 to 14:00, asked of the pupils' parents -> precise (F1: one task with what and when). ambiguous: a half-day is over an hour; read as asked of weak ties it would be too_big, but the message is addressed to the class's parents, not cold (A).",
    ),
    (
        "kermesse_aperitif",
        "precise",
        None,
        None,
        "La kermesse approche!\nJe souhaiterais que nous fassions un apéritif du monde cette année pour la kermesse.\nJe vous invite, vous parents de l'école, à préparer quelques amuse-bouches dont vous avez le secret afin que nous partagions un moment de convivialité à l'heure de l'apéritif.\n[...]\nSi chaque famille joue le jeu en apportant une dizaine d'amuse-bouches et en partageant ce moment ensemble je pense que l'on peut faire encore plus de rencontres et ainsi se redécouvrir.\nIl reste également des places pour les stands à tenir le jour de la kermesse ainsi que pour le soir.N'hésitez pas à vous inscrire sur le tableau affiché dans le hall de l'école ou sinon venir me voir directement.Nous avons besoin de volontaires pour la réussite de cette kermesse.\nJe compte sur votre participation.\nMerci [...].",
        "Post 'J-2 avant la kermesse' on a school's blog (clodemarquet.blogspot.com) to the pupils' parents, apparently by the head teacher; the sentence on the school's diverse origins cut, the signing first name cut. Ten amuse-bouches for the kermesse apéritif and a stand to hold on the day -> precise (F1: bring a dish on a named day).",
    ),
    (
        "vosges_souvenirs",
        "precise",
        None,
        None,
        "Souvenirs partagés à la Bibliothèque\n\nL’idée de partager nos souvenirs au travers de photos et cartes postales a séduit plusieurs personnes du village qui se sont retrouvées samedi 10 mars à la salle Empire jeunesse, accueillies par les bibliothécaires.\n[...]\nRavis de cette première exposition, nous aurions beaucoup de plaisir à renouveler ce partage à l’hiver prochain. Nous pourrions organiser la projection des photos en diaporama diffusé sur écran mural.\n\nEn vue de cette nouvelle présentation, n’hésitez pas à déposer vos supports (numériques & papier) et témoignages au fil des mois à venir à notre mairie pour constituer une « bibliothèque » de souvenirs de plus en plus complète.",
        "A Vosges village library's news post (informatique.terredesvosges.com); the account of the exhibition and the list of thanked residents (first names) cut. Photos, postcards and memories of the village left at the town hall for next winter's show -> precise (niche: one village's library collection; a small bounded favour).",
    ),
    (
        "sainte_victoire_rando",
        "precise",
        None,
        None,
        "Chers parents,\nLundi 31 mai, nous irons pique-niquer et randonner à la Sainte Victoire.\nNous avons besoin de 4 parents accompagnateurs par classe. *\n*Sous réserve de disponibilité des bus et des annonces préfectorales/ présidentielles ou ministérielles.\n[...]\nL'accompagnement par les parents est indispensable car nous ne pouvons sortir que si nous avons un adulte (à minima) pour 8 enfants en maternelle. Ce qui, pour une classe de 30 élèves, représente un minimum de 4 adultes.\nLundi 3 mai, la classe de [deux enseignantes] n'a pas pu faire sa randonnée car un parent n'a plus voulu nous accompagner. Le nombre d'adultes étant insuffisant pour assurer la sécurité des enfants, la maîtresse a été contrainte d'annuler la randonnée au dernier moment.\nMerci de votre accompagnement.\nL'équipe enseignante.",
        "Teachers' post to parents on a Provence primary school's page (primairedelaposte.toutemonecole.fr); the calendar of the smaller classes' walks, with teachers' names, cut and the names in the anecdote replaced. Four parents per class for one named day's walk and picnic -> precise (F1). ambiguous: a day is over an hour; only a cold message to weak ties would make it too_big, and this one goes to the pupils' parents (A).",
    ),
    (
        "saintsauveur_photovoix",
        "too_big",
        None,
        None,
        "Changements dans Saint-Sauveur : participants recherchés\n\nDans le cadre de son projet de recherche qui prend place dans Saint-Sauveur, une étudiante à la maîtrise en service social à l’Université Laval sollicite la participation de personnes qui soit résident, travaillent, exploitent un commerce ou sont actives au sein d’un organisme du quartier.\n\nLa recherche [de l'étudiante] porte sur les perceptions qu’ont ces personnes des « changements récents survenus dans le quartier Saint-Sauveur en raison de la gentrification ». [...] Le projet intégrera un photovoix : un appareil photo sera remis à des personnes concernées par le sujet de la recherche, pour qu’elles documentent leur quotidien et en discutent.\n[...]\nLes participant.e.s devront prendre part à 6 rencontres de groupe pour y échanger sur les changements dans le quartier. Chaque personne aura aussi un entretien individuel et, à deux reprises, aura à prendre des photos avec un appareil qui lui sera fourni.\n[...] Les personnes intéressées doivent communiquer directement avec l’étudiante par courriel [...]",
        "Québec City neighbourhood news site (monsaintsauveur.com) relaying a Laval master's student's call for research participants; her name and her supervisor's replaced or cut, the list of profiles, the requirements and the e-mail address cut. Six group meetings, an interview and two rounds of photos, asked of residents not shown close -> too_big (long commitment from strangers).",
    ),
    (
        "ecomusee_capsule",
        "precise",
        None,
        None,
        "Notre participation aux 50 ans de l’écomusée en septembre\n\nCette année l’Ecomusée Creusot Montceau fête ses 50 ans !🥳 À cette occasion, une capsule temporelle est en cours de fabrication par les élèves et un professeur du BAC PRO technicien chaudronnier du Lycée Léon Blum du Creusot.\n\nVous êtes invités, dès maintenant, à venir déposer vos objets, textes, photos, témoins de notre époque pour les futures générations. 😃\n\nLa capsule sera fermée le dimanche 22 septembre au château de la Verrerie et ne sera rouverte qu’en 2074 !\n\nℹ Vous disposez de plusieurs points de collectes pour déposer vos messages et/ou objets [...] jusqu’au 22 septembre [...]\n\nOn compte sur votre participation ! 😉",
        "Post on a local blog of the Creusot-Montceau area (la-baraque.fr) relaying the ecomuseum's call; the list of collection points and the hashtags cut. An object, text or photo dropped at a named collection point before 22 September -> precise (niche: a named museum's time capsule; a bounded task with a date).",
    ),
    (
        "avesnois_temoins",
        "precise",
        None,
        None,
        "Vous avez travaillé en filature, tissage, passementerie, confection…dans une entreprise du territoire comme Hubinet, Herouard, Houzé, Dégousée, MTE, Sydfil, ou autres ? Votre témoignage intéresse l’Ecomusée de l’Avesnois. Une collecte de témoignages prévue avec le réseau Proscitec et l’association Les Amis de l’Ecomusée de l’Avesnois, le vendredi 26 mai de 14h à 18h au Musée du Textile et de la Vie Sociale. Cette collecte sera suivie d’une projection, « Les Filles du Textile » à 18h30 en présence du réalisateur [...]",
        "Local radio news item (echo-fm.fr, 'L'Ecomusée de l'Avesnois lance un appel à témoins'); the director's name and the truncated end cut. Former textile workers of named local firms asked for their testimony at a collection session on a named afternoon -> precise (niche: a trade, a territory, named firms; F1: one task with what and when).",
    ),
    (
        "robotsju_sponsoring",
        "too_big",
        None,
        None,
        "Sponsoring\n\nSoutenez le club\n\n[Télécharger notre dossier de sponsoring (PDF)]\n\n## Prendre contact\n\nUtilisez le formulaire ci-dessous pour nous contacter au sujet du sponsoring. Nous prendrons ensuite contact avec vous pour en discuter.\n\n[Niveau de sponsoring (facultatif) : À discuter / Plan 1 - 100 CHF / Plan 2 - 300 CHF / Plan 3 - 500 CHF]",
        "Sponsoring page of a youth robotics club in the Swiss Jura, from its site's repository (robots-ju/robots-ju.ch, sponsoring.md); the form's markup rendered as its visible text in brackets, the download link cut. Sponsorship of 100 to 500 CHF asked of readers -> too_big (money).",
    ),
    (
        "sauveterre_temoins",
        "precise",
        None,
        None,
        "Les circonstances de l’accident restent floues à l’heure actuelle. D’après les éléments recueillis par les gendarmes de Roquemaure, la voiture de la police municipale suivait un poids-lourd au moment de l’accident, et le chauffeur du camion aurait pu être témoin du choc.\n\nLes gendarmes recherchent donc toute personne ayant été témoin de l’accident ou pouvant permettre d’identifier le chauffeur du poids-lourd. Si vous avez des informations, merci de contacter les gendarmes de Roquemaure [...].",
        "Gard news site (objectifgard.com) relaying the gendarmerie's call for witnesses after a fatal road accident at Sauveterre; the account of the crash and the phone number cut. Information from anyone who saw a named accident or can identify the lorry driver -> precise (niche: one accident, a place, a date).",
    ),
    (
        "coeureucharistique_orgue",
        "too_big",
        None,
        None,
        "Chers Amis,\nVoilà huit mois que notre grand orgue s’est tu ! [...]\nPeut-il compter sur ses fidèles auditeurs et chanteurs associés ? La prise en charge de ces soins à domicile n’est pas couverte par la Sécurité Sociale… mais par le Denier – déductible d’impôts. Nous comptons donc sur vous pour l’augmenter de façon sensible cette année ou pour ajouter un nouveau virement pour cette réparation. Ceci en vue de connaître une rentrée en musique, digne du « chant nouveau » que le Seigneur nous prie d’entonner pour notre plus grande joie et d’abord la Sienne.\nMerci d’avance pour votre généreuse contribution, ad multos annos !\nvotre curé\n[...]",
        "Parish priest's editorial on a Paris parish's site (coeur-eucharistique.net) to his parishioners; the description of the organ's state and of the works, and his name, cut. A larger Denier or an extra transfer for a 38,400 euro repair -> too_big (money).",
    ),
    (
        "stanstead_tuteurs",
        "too_big",
        None,
        None,
        "On recherche des tuteurs pour les jeunes francophones de Stanstead\n\nParce qu’on y offre maintenant un nouveau programme en français, l’organisme «Phelps Aide Phelps Helps» a un urgent besoin de tuteurs qui pourront supporter leur jeune clientèle francophone.\n[...]\nLe nouveau programme en français consiste justement à offrir de l’aide aux devoirs aux jeunes de niveau secondaire. Les séances se déroulent tous les mercredis, après les classes. [...]\n«Un tuteur bénévole ne doit pas obligatoirement avec une formation d’enseignant. Ça peut être un étudiant universitaire ou encore une personne à la retraite, qui a le goût de s’impliquer auprès de la communauté. Ce qu’on recherche surtout, ce sont des gens positifs pour encourager nos jeunes», fait valoir la gestionnaire des opérations [...].\n\nLes adultes ou les jeunes intéressés à en apprendre davantage sur cet organisme sont invités à une activité portes ouverte aujourd’hui (28 septembre), à compter de 17 h.",
        "Eastern Townships (Québec) weekly Le Reflet du Lac relaying a community organisation's call for volunteer tutors; the coordinators' names, the attendance figures, the phone number and the e-mail cut. Tutoring every Wednesday after school, asked of readers not shown close -> too_big (F1: a standing weekly role).",
    ),
    (
        "chalon_hebergeurs",
        "too_big",
        None,
        None,
        "Héberger des artistes chez vous\n\nChaque année, plus de 150 compagnies se produisent à Chalon dans la rue.\n600 artistes investissent la ville. \nPartagez leur quotidien en les hébergeant chez vous ! \nÉchangez avec les compagnies dès le café du matin ou au détour d’une conversation dans le salon. Vivez avec elles l’intensité et la magie du festival. \n\nQue recherchent les compagnies ? \nDes chambres et / ou des espaces extérieurs : un jardin, une cour, un terrain pour installer une caravane ou une tente. Toute proposition est la bienvenue. \n[...]\nOù doit-être mon logement ? \nA Chalon-sur-Saône et dans un rayon de 4 km. \n[...]",
        "Page 'Hébergeurs' of the Chalon-sur-Saône street-arts festival's site (chalondanslarue.com); the paragraph on what each side gains and part of the FAQ cut. Housing artists at home for the length of the festival, asked of residents not shown close -> too_big (long commitment from strangers).",
    ),
    (
        "rcvg_recrute",
        "too_big",
        None,
        None,
        "Le RCVG recrute !\nC'est vrai qu'il faut être un peu fou pour consacrer tous ses dimanches à un ballon, à un maillot. Plus fou encore pour le faire sans autre compensation qu'une tape dans le dos, un regard complice, une émotion partagée. Alors, si tu attends toujours un coup de fil de Guy Novès, ou que tu estimes que ton talent ne se négocie pas à moins de cent euros mensuels, ne lis plus loin. Parce qu'ici, gros, tu vas payer, de ta licence à tes frais de déplacements, en passant par tes tournées à la buvette. [...] Tu n'es pas obligé d'adhérer, bien sûr. Mais si tu sais te débrouiller avec un ballon, que ton degré de tolérance aux excès s'avère assez élevé et et que l'idée d'un projet sportif peut te séduire, il restera toujours une place pour toi, avec beaucoup d'éclats de rire et autant de mains tendues.\nBienvenue.",
        "Recruiting post on an amateur rugby club's site in Chartreuse (chartreuserc.com, season 2015-2016), written in tu; the poster's name cut, one sentence cut. Joining the club and playing every Sunday of a season, asked of readers not shown close -> too_big (F1: a standing role). ambiguous: the post asks nothing precise ('il restera toujours une place pour toi'), which some would read as vague.",
    ),
    (
        "jhm_collecte",
        "precise",
        None,
        None,
        "Prochaine collecte de sang\nLa prochaine collecte de sang aura lieu jeudi 1er septembre, de 15 h à 18 h 30, à la salle des fêtes. Les stocks étant en baisse, l’Etablissement français du sang (EFS) compte sur la mobilisation des donneurs qui peuvent donner leur sang, de 18 à 70 ans. Il est possible de prendre rendez-vous [...] pour fluidifier la collecte. [...] A l’accueil, les donneurs devront présenter une pièce d’identité avec photo. [...]",
        "Short local item from a Haute-Marne daily's site (uat-jhm.myjungly.fr) relaying the blood service's appeal; the booking link and the Covid note cut. One blood donation on a named afternoon at a named place -> precise (F1: one task under an hour, with what and when).",
    ),
    (
        "toubamboul_poste",
        "too_big",
        True,
        None,
        "Touba Mboul : la population réclame au x autorités l’érection d’un poste de santé\n\nLa population de Touba Mboul qui se trouve dans l’arrondissement de Kael dans la région de Diourbel demande au ministre de la Santé l’érection d’un poste de santé en lieu et place de leur case de santé.\n\nSur iRadio, [le président de l'association pour le développement de la localité] est d’avis que 3000 âmes vivent présentement dans leur localité qui a connu un boom démographique.\n\nPour ce faire, il demande au ministre de la Santé de leur ériger un poste de santé afin qu’ils puissent s’occuper d’autres choses.",
        "Senegalese news site senegal7.com relaying a village development association's request to the Minister of Health, first made on a radio; the association president's name replaced by his role, the byline cut, the headline's typo kept. Upward (D: to a minister). The object is a public building to be funded by the state -> too_big (money).",
    ),
    (
        "rotary_livres",
        "precise",
        None,
        None,
        "Une collecte de livres est organisée pendant la période du 8 mars au 15 avril 2021. Les points de collecte sont indiquées ci-dessous:\n[...]\nL’objectif est de donner une deuxième vie à des livres pour alimenter les hôpitaux et les Ehpad.\nPar ailleurs nous collecterons aussi des livres scolaires directement auprès des établissements boulonnais, afin de les remettre à l’association Docenda (Madagascar) et à l’association Evolucap (Sénégal).\nNous espérons votre mobilisation pour permettre la réussite de cette opération. Merci à tous!",
        "A Boulogne-Billancourt Rotary club's post (rotary-boulognebillancourt.com); the list of collection points (an image) cut. Used books left at a collection point between two named dates, for hospitals and care homes -> precise (a small bounded favour with a stated use and dates).",
    ),
    (
        "hep_volontaires",
        "too_big",
        None,
        None,
        "L’organisation non-gouvernementale “Haitian education project” (HEP) se propose de promouvoir le volontariat dans le pays à travers l’exécution de projets de développement axés sur la culture, l’éducation et l’économie.\nHEP cherche notamment à mobiliser d’ici à décembre 2018, cinq mille volontaires, dans le cadre de sa mission de sauver des vies en créant des opportunités économiques et en encourageant l’engagement culturel et civique.\n[...]\nTous les membres de l’organisation qui sont actuellement au nombre de 2500 font du bénévolat, précise-t-il.\n[...]\nLe coordonnateur national des Jeunes volontaires [...] et la responsable du bureau du nord de HEP [...] en profitent pour apporter des précisions sur les exigences pour devenir membre de l’organisation.",
        "Haitian news radio RN Haïti (rnhaiti.com) on an NGO's drive for 5,000 volunteers; the coordinators' names cut, the sentence on the recruitment method cut. Becoming a volunteer member of the organisation is a standing role asked of listeners not shown close -> too_big (F1). ambiguous: the item reports the drive rather than putting the request to the reader, which some would read as no request (vague).",
    ),
    (
        "nurlu_photo",
        "precise",
        None,
        None,
        "Comme indiqué sur la photo, c'était l'année scolaire 1963/1964 Ce n'est pas si lointain mais ça commence à faire un bon bout de temps quand même. Alors comme d'habitude, je vais laisser le soin à celles et ceux qui le veulent bien de se manifester, d'écrire [...]",
        "A Somme village blog's monthly archive (villagedenurlu-somme.over-blog.com, January 2011), summary of a post showing a school class photo; the summary breaks off where the excerpt ends. Former pupils asked to come forward and write in (presumably the names on the photo) -> precise (niche: one village school's class of 1963/64; a small bounded favour). ambiguous: the post's end is cut, so what exactly is to be written is inferred.",
    ),
    (
        "aulnay_commerce",
        "vague",
        None,
        None,
        "Ce guide sera sûrement à la disposition des clients du marché aux jours indiqués.\nCette démarche symbolique ne suffira pas à enrayer la mort du petit commerce si nous, citoyens ne changeons pas nos habitudes et si un énième centre commercial s'implante sur les terres agricoles du triangle de Gonesse. Le sort de notre ville est ici en partie entre nos mains.",
        "Closing lines of a citizen blog's post on the town's market promotion (monaulnay.com, 2016); the list of discounts above cut. An appeal to fellow residents to change their shopping habits, with nothing concrete asked -> vague (no request: what to do, where or when is not said).",
    ),
    (
        "plusbeaumarche_vote",
        "precise",
        None,
        None,
        '"Votre plus beau marché" : le concours débute aujourd\'hui\n\nPour voter, il faut se rendre sur le site Internet votreplusbeaumarche.fr. Et une date à retenir : le 22 juin, pour la date limite. Il sont 24 marchés à rêver de succéder à Étaples-sur-Mer (Pas-de-Calais), qui a gagné l’an dernier. [...]',
        "TF1 lunchtime news page launching the channel's own market contest; the jury paragraph and the reporter's name cut. One online vote for a market before a named date -> precise (F1: one task under an hour, with what and when; niche: a named contest). ambiguous: the request to vote is implied by 'pour voter, il faut...', not put as a request.",
    ),
    (
        "ozanam_tuteurs",
        "too_big",
        None,
        None,
        "C’est une quinzaine d’enfants des écoles du quartier qui fréquentent les lieux pour bénéficier de l’aide aux devoirs après leur journée de classe et les demandes continuent de fleurir.\nLes mardis et jeudis soirs après les cours, les collégiens sont encore plus nombreux : selon les jours, 20 à 25 d’entre eux fréquentent le tutorat, supervisé par [une volontaire] en service civique à la Maison. Les tuteurs, des lycéens ou des adultes bénévoles, ne sont plus assez nombreux, il en faut d’autres. Avis aux bonnes volontés!",
        "News post of a neighbourhood centre (maisonozanam.com); the civic-service volunteer's first name replaced. Volunteer tutors for twice-weekly evening sessions, asked of readers not shown close -> too_big (F1: a standing role). ambiguous: 'Avis aux bonnes volontés' asks nothing explicit and could be read as vague.",
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

# ruff: noqa: E501  (quoted data: long lines keep each quotation whole)
"""A twenty-fourth French batch of asks written by other people (issue #16): "batch 24", untouched.

How it was made: the search tool was queried in its ``pages``, ``issues`` and ``code`` corpora for real asks, as the
brief for this batch asked, looking for kinds of source the corpus lacks: Belgian, Swiss, Québec, Maghreb and West
African sources (no Swiss one was kept), calls for testimonies and research participants, alumni-network calls, meetup calls, message drafts kept
in repositories by developers and job seekers. The ``pages`` corpus returned mostly articles; what was kept from it
are pages whose excerpt carries the ask itself (a Walloon housing association's call for testimonies, two Montreal
doctoral research invitations, an alumni magazine's calls for sponsors and a coordinator, a Belgian residents'
committee's and a councillor's letters to their mayors, a model letter to a mayor, a village parents' association
looking for a treasurer, Ivorian students' appeals reported by West African news sites, school pupils asking a
journalist for her testimony). Because that corpus gives excerpts only, 22 of the 34 asks come from GitHub files and
threads, 12 from other sites. The ``code`` and
``issues`` corpora gave message drafts and threads (an app developer's tester and partnership messages, a job
seeker's mailer, a Moroccan engineering school's internship letter, a master's programme's call for internship
subjects, meetup invitations and announcements, a talk proposal, a
citizens' movement asking residents to name candidates, an e-mail to a New Brunswick MP, a 2004 campaign e-mail to
supporters, a Québec perinatal organisation's volunteering page, portfolio pages, ...). Before a source was taken, its domain (host) or GitHub
owner/repo and one distinctive phrase of the ask were grepped (``git grep -il``) against ``tests/data/asks_corpus/``
and ``benchmarks/``; a source whose domain was found was dropped even when the page differed. Dropped:
tout-un-monde.org, lavenir.net, zestedesavoir.com, forum.ubuntu-fr.org, meta.wikimedia.org (a Wikimédia France talk page), paperblog.fr, mesconstats.ca, mathieulaferriere.com, lepetitvendomois.fr, fillesdufacteur.typepad.com, freecodecamp.org (a French translation in davy39/news-translation-tasks), and GitHub owners/repositories oussama9218-droid, Azoo92i, freemanpolys/venavi-claude, TaeGuNi/helloprompt.kr, jhroy/theses, LeRubyNouveau/liste-de-souhaits, zenika-open-source/code-moi-un-mouton, jlondiche/jlrecrutement, parisjs/talks, PackmindHub/packmind, mquandalle/mesaidesvelo, tim-montmorency/compendium, CedBern/mayavoicetranslator, ludodo23/PhD-proposal, openfab-lab/openfab, nash403/hnze.dev, regles-elementaires/regles-elementaires-hugo, brownbaglunch/bblfr_data, BaseAdresseNationale/adresse.data.gouv.fr.

Each ask was labelled by the labelling guide (``tests/data/asks_corpus/GUIDE.md``: the guide, its v2 amendments A-E
and amendment F) as it was written down, before anything ran on it. The collector never opened, imported or ran the
ask checker or its evaluation and fitting scripts, so this batch is unseen by it. Conventions kept: amendment F is
applied (standing roles, co-organising, multi-year sponsorship and seasons of shifts asked of readers not shown close
are ``too_big``; one bounded task such as a short talk or one slide stays ``precise``); a request whose object is an
internship or a job, even asked by a school on a student's behalf, is ``too_big``; a partnership or product pitch that
asks for anything is ``too_big`` (C). Upward is left ``None`` unless the text shows the reader above the writer,
``False`` when the text shows peers or friends; circle is set only when the text or the source's framing shows it.

Item layout as in ``asks_corpus_batch10_en``: (source id, label, upward, circle, text, note). The text keeps only the
ask and what immediately frames it, ``[...]`` marking cuts and square brackets marking words put in. Real people's
names were cut or replaced by a bracketed description; e-mail addresses, phone numbers, handles and personal links
were taken out; template placeholders were given fictional values (said in the note). Source URLs that contain a
private person's name have that part replaced by ``[…]``. The note records those edits and, for texts the guide leaves
open, the reading chosen ("ambiguous: ..."). Source list: ``asks_corpus_batch24_fr_SOURCES.md``.
A throwaway script run after the last item compared every 10-word run of these texts with ``tests/data/asks_corpus/*.jsonl`` and the other
``benchmarks/asks_corpus_*.py`` files (47 files compared); no run is shared, so no item was removed. The builder does not read this module yet; the lead decides how to wire it in (suggested: wholly
untouched, like ``real_test``).

34 asks from 34 sources: precise 15, vague 6, too_big 13. The 34 source ids come from 30 distinct sites or repositories: GhislainBO/dames-backend-web gives three asks;
la-grappe-numerique/list-communities and lajauneetlarouge.com two each.
"""

SOURCES = {
    "dameselite_clubs": "https://github.com/GhislainBO/dames-backend-web (path docs/messages-recrutement-testeurs.md)",
    "dameselite_ami": "https://github.com/GhislainBO/dames-backend-web (path docs/messages-recrutement-testeurs.md)",
    "dameselite_partenariat": "https://github.com/GhislainBO/dames-backend-web (path docs/email-partenariat-clubs.md)",
    "upinfo_sujets": "https://github.com/obaldellon/web-upinfo (path _posts/stage/2020-12-15-stage-appel-a-sujets.md)",
    "contactonline_cv": "https://github.com/[…]/contact-online (path message-mail/mail-txt-cv.php)",
    "inpt_pfe": "https://github.com/meliani/carrieres (path resources/views/edocs/pdfrecommendation.blade.php)",
    "dotnetlille_meetup": "https://github.com/yostane/MangedDoom-Blazor/issues/3",
    "bordeauxxr_coorga": "https://github.com/la-grappe-numerique/list-communities/issues/404",
    "bordeauxxr_slide": "https://github.com/la-grappe-numerique/list-communities/issues/129",
    "rwdh_temoignages": "https://rwdh.be/?p=1838",
    "udem_mobilites": "https://enquete-udem.limequery.com/337386?lang=fr",
    "udem_paysages": "https://paysage.openum.ca/page-daccueil/projets/paysages-de-bien-etre-et-de-mal-etre-des-personnes-adolescentes/information-et-consentement-entretiens",
    "ax_parrain": "https://www.lajauneetlarouge.com/article/devenir-parrain-dun-eleve-international",
    "ax_coordonnateur": "https://www.lajauneetlarouge.com/devenir-parrain-dun-eleve-international-2/",
    "mccp_noms": "https://github.com/Alice-Po/mccp (path src/data/blog/campagneDenonciation.md)",
    "ensiie_hpc": "https://github.com/Big-Ouden/stage (path doc/lettre_hpc/lettre_hpc.md)",
    "becode_abstract": "https://github.com/becodeorg/Lovelace-promo-2/issues/7",
    "sireneld_synergies": "https://github.com/ColinMaudry/sirene-ld/issues/45",
    "vuela_traduction": "https://github.com/vuelaendron/vuela/issues/9",
    "molier_reunion": "https://github.com/assomolier/administratif/issues/1",
    "culottescourtes_tresorier": "https://www.lejsl.com/edition-montceau/2019/09/09/les-culottes-courtes-cherchent-un-tresorier",
    "portfolio_contact": "https://github.com/[…]/portfolio- (path README.md)",
    "freelance_partenariat": "https://github.com/Nicaisse/MyPortfolio (path src/content/work/nested/markdown-mystery-tour.md)",
    "aulnes_bourgmestre": "https://paslefeuauxaulnes.wordpress.com/2018/02/12/6-mois-et-aucune-reponse-a-notre-courrier-du-10-8-2017/",
    "genovefain_reunion": "http://legenovefain.net/suite-aux-consequences-de-lorage-dhier-[…]-a-ecrit-a-madame-le-maire",
    "lettresmodeles_fete": "http://lettres-modeles.blogspot.com/2010/10/tapage-nocturne.html",
    "cesag_frais": "https://news.abidjan.net/articles/440623/rentree-scolaire-le-collectif-des-etudiants-du-cesag-de-dakar-sollicite-laide-de-letat",
    "ledjely_boursiers": "https://ledjely.com/2021/06/11/maroc-des-boursiers-ivoiriens-interpellent-letat-de-cote-divoire",
    "akerlytics_depute": "https://github.com/akerlytics/akerlytics.github.io (path _letters/fr/envoyé/nb/Madawaska-Restigouche/Email.md)",
    "ffii_supporters": "https://github.com/zoobab/wiki2.ffii.org (path out/feedback040515fr.md)",
    "ressourcesnaissances_benevoles": "https://github.com/im-jon/Ressources-Naissances (path benevolat.php)",
    "helloworld_rex": "https://github.com/hello-world-conference/conference/issues/28",
    "globereporters_temoignage": "http://globe-reporters.org/[…]-une-carriere-passionnee-en-Roumanie.html",
    "vitemadose_bimedoc": "https://github.com/CovidTrackerFr/vitemadose/issues/542",
}

FR = [
    (
        "dameselite_clubs",
        "precise",
        None,
        None,
        "Objet : Invitation exclusive - Testez DAMESELITE avant sa sortie officielle\n\nMadame, Monsieur,\n\nNous avons le plaisir de vous inviter à participer au test de DAMESELITE, la nouvelle application de jeu de dames disponible prochainement sur Google Play.\n[...]\nPour publier l'application sur Google Play, nous avons besoin de 12 testeurs pendant 14 jours.\n\nParticiper est simple et gratuit :\n1. Cliquez sur le lien d'invitation ci-dessous\n2. Acceptez l'invitation avec votre compte Google\n3. Téléchargez l'application\n4. Jouez quand vous le souhaitez pendant 14 jours\n[...]\nLes avantages pour vos membres\n- Accès anticipé à l'application\n- Possibilité de suggérer des améliorations\n- Votre club sera mentionné comme partenaire officiel\n- Gratuit et sans engagement\n\nNous serions honorés de compter votre club parmi nos testeurs. N'hésitez pas à partager cette invitation avec vos membres intéressés.\n[...]\nCordialement,\n\nL'équipe DAMESELITE",
        "E-mail to draughts clubs drafted by a developer in his app's repository (docs/messages-recrutement-testeurs.md, message 1); the feature list, the link placeholder and the contact address cut. Testing a named free app, playing 'quand vous le souhaitez', with the club mentioned as partner; what it serves is Google's closed-test rule, not a sale -> precise (niche: draughts clubs, a named app, 12 testers, 14 days). ambiguous: 14 days of testing could be read as a long commitment from strangers (F1), and the free app as a product being promoted (C).",
    ),
    (
        "dameselite_ami",
        "precise",
        False,
        2,
        "Salut !\n\nJ'ai besoin d'un petit coup de main 🙏\n\nJe développe une application de jeu de dames qui va sortir sur Google Play, mais pour la publier, Google demande que 12 personnes la testent pendant 14 jours.\n\nC'est super simple :\n- Tu cliques sur un lien\n- Tu télécharges l'appli (gratuit)\n- Tu joues une ou deux parties quand tu veux\n\nMême si tu ne connais pas les règles, il y a un tutoriel !\n\nÇa m'aiderait énormément. Tu es partant(e) ?\n\nSi oui, envoie-moi ton adresse Gmail et je t'envoie l'invitation.\n\nMerci d'avance ! 🎮",
        "The same repository's 'Message personnel (WhatsApp, SMS, email)' version, for friends; kept whole. Circle 2 from the source's framing (personal message, tu). One or two games of a named app and a Gmail address -> precise.",
    ),
    (
        "dameselite_partenariat",
        "too_big",
        None,
        None,
        "Objet\nPartenariat DAMESELITE - Jeu de Dames en ligne gratuit\n\nBonjour,\n\nJe me permets de vous contacter au nom de DAMESELITE, une application de jeu de dames internationales en ligne, gratuite et disponible sur navigateur et mobile.\n[...]\nNotre proposition de partenariat :\n\nNous souhaitons collaborer avec les clubs de dames francais pour :\n1. Promouvoir votre club sur notre plateforme (logo, lien, description)\n2. Organiser des tournois en ligne pour vos membres\n3. Offrir un outil d'entrainement complementaire a vos activites\n\nEn echange, nous vous demandons simplement de faire connaitre DAMESELITE aupres de vos adherents.\n[...]\nCe partenariat est entierement gratuit pour les clubs affilies a la FFJD.\n\nJe reste a votre disposition pour en discuter par email ou telephone.\n\nCordialement,\n\n[Votre nom]\nDAMESELITE",
        "Partnership e-mail template to draughts clubs in the same repository (docs/email-partenariat-clubs.md); the feature list, link and address cut, the template's own '[Votre nom]' kept. A partnership pitch that asks the clubs to promote the app to their members and to discuss it serves winning users for a product -> too_big (C, B). ambiguous: the app is free and nothing is bought, so some would read a bounded favour (precise).",
    ),
    (
        "upinfo_sujets",
        "too_big",
        None,
        None,
        "Appel à sujets de stage\n\nLes étudiants du Master 2 Informatique et Interactions de l’Université Côte d’Azur vont effectuer un stage de recherche ou professionnalisant lors de leurs quatrième (et dernier) semestre.\n\nLe stage se déroulera dans la période 1er mars/31 août 2021. Le stage peut s'effectuer dans un laboratoire de recherche ou dans une entreprise.\n\nCette année nous avons huit étudiants.\n\nProposer un sujet\n\nSi vous désirez proposer un sujet, il suffit de remplir une fiche décrivant le sujet avant le 15 Janvier 2021 et de l'envoyer par mail. [...]",
        "A master's programme's call for internship subjects on its website (GitHub repository of the site); the mail link and the template links cut. What is asked of labs and firms is to offer six-month internships to the students -> too_big (internship as object). ambiguous: the request itself is a form sent by a date, which some would read as a small task with a niche.",
    ),
    (
        "contactonline_cv",
        "too_big",
        None,
        None,
        "Madame Lefèvre,\n\nVous recevez cet email car votre entreprise me correspond. Actuellement salarié dans une filliale du groupe Laposte spécialisée dans le web marketing en tant qu'intégrateur, être embauché au sein de votre équipe me charmerait au plus haut point.\n\nJ'ai la volonté de découvrir un nouvel horizon professionnel dans un cadre flexible. Effectivement je m'impose un double projet de vie à travers la pratique à haut niveau du Taekwondo et l'exercice du métier de concepteur web.\n\nDe ce fait je suis à la recherche d'un poste à temps plein (35h) et polyvalent, exigeant : maquettage, découpe front end et développement back end. Prétentions salariales : 38 500 euros brut annuel. Possibilité d'un télétravail ou d'un espace de coworking afin de réduire mes déplacements domicile - travail - sport\n\nCV en ligne - CV au format PDF\n\nCordialement John Doe.",
        "HTML e-mail template of a web developer's mass application mailer (GitHub repository); HTML entities decoded, the '[ Titre Nom ]' placeholder given a fictional name, the tracking links reduced to their labels; 'John Doe' is the template's own. Being hired -> too_big.",
    ),
    (
        "inpt_pfe",
        "too_big",
        None,
        None,
        "Rabat, le 25 Octobre 2018\n\nObjet : Lettre de recommandation\n\nMadame, Monsieur,\n\nNous vous remercions de bien vouloir accorder un Stage de Projet de Fin d’Etudes (PFE) à M. Karim Bennani, élève ingénieur de 3ème année à l’INPT de Rabat. En accueillant notre élève stagiaire au sein de votre entreprise, vous auriez contribué à une meilleure préparation pour son insertion dans la vie professionnelle.\n[...]\nA l’issue de ce stage, l’élève ingénieur est tenu d’élaborer un rapport dans lequel il présentera les résultats de son travail. Une copie dudit rapport sera remise à l’INPT et une autre à votre entreprise. L’élève devra également soutenir son sujet de PFE devant un jury composé d’enseignants de l’INPT et d’un ou plusieurs représentant(s) de votre honorable entreprise que vous voudriez bien désigner.\nEn vous remerciant de votre coopération, nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations les meilleures.",
        "Letter template of a Moroccan engineering school's careers application (GitHub repository, a PDF view); the student-name placeholder given a fictional name, a paragraph on the aims of the internship cut. The school asks a firm to grant a final-year internship -> too_big.",
    ),
    (
        "dotnetlille_meetup",
        "precise",
        None,
        None,
        "Meetup dotnet Lille\n\nTu serais chaud pour faire une petite présentation au meetup dotnet Lille?\nTu as besoin de combien de temps?",
        "Issue opened by a meetup organiser on a developer's GitHub project (a Blazor port of a game); kept whole. A short talk about the project at a named meetup -> precise (one task under an hour, F1).",
    ),
    (
        "bordeauxxr_coorga",
        "too_big",
        None,
        None,
        "C'est la rentrée pour Bordeaux XR ! Nous sommes ravis de vous retrouver pour notre prochain meetup.\n\nAu programme :\n[...]\nCommunauté\n\n- Appel à nous rejoindre pour co-organiser la suite des évènements Bordeaux XR\n- Présentations flash : 2 minutes chrono pour pitcher ton projet, ton profil ou ton idée !\n[...]\nZone de Démos\n[...]\n- Contactez-nous pour y présenter une démo ou votre matériel !",
        "Event description of a Bordeaux virtual-reality meetup posted in the issue tracker of the city's tech-communities calendar; speakers' first names, devices, address and booking link cut. The headline call is to co-organise the group's next events, a standing role asked of readers not shown close -> too_big (F1). ambiguous: the flash pitch and the demo are small bounded asks of their own.",
    ),
    (
        "bordeauxxr_slide",
        "precise",
        None,
        None,
        "Bordeaux XR - Meetup #pre-launch\n[...]\nPremière Rencontre de la communauté XR Bordelaise autour des technologies immersives !\nÉchanges et Présentations Flash : Envoyez nous une slide pour vous presenter !\nZone de Démo : Testez ou montrer votre projet / materiel.\nApéro Networking",
        "Earlier event of the same group in the same calendar's issue tracker; date, place and link cut, emoji removed. Sending one slide to present oneself at a named first meetup -> precise (one small task, niche XR in Bordeaux).",
    ),
    (
        "rwdh_temoignages",
        "precise",
        None,
        None,
        "Dans le but de comprendre les mécanismes qui sont à l’oeuvre dans les expulsions illégales et informelles, nous sommes à la recherche de témoignages de locataires qui sont partis de leur logement en dehors de toute procédure judiciaire. Plus précisément, nous aimerions récolter des témoignages de personnes qui ont du partir à cause de la rénovation, supposée ou réelle, de leur logement ou de l’état de leur logement devenu invivable en Wallonie.\nNous aimerions également récolter des témoignages de travailleurs et travailleuses de première ligne qui ont été en contact avec ce type de phénomène.\nSi vous connaissez des personnes qui pourraient correspondre aux profils recherchés, n’hésitez pas à nous contacter par mail ou à faire tourner notre visuel dans vos réseaux.",
        "Call for testimonies by a Walloon housing-rights association on its website; kept whole. Testimonies or referrals of described kinds of people (tenants informally evicted in Wallonia, front-line workers) -> precise.",
    ),
    (
        "udem_mobilites",
        "precise",
        None,
        None,
        "Vous êtes invité à participer à un projet de recherche. Avant d’accepter, veuillez prendre le temps de lire ce document présentant les conditions de participation au projet.\nN’hésitez pas à poser toutes les questions à la personne-ressource présentée plus bas (en gras).\nFORMULAIRE D’INFORMATION ET DE CONSENTEMENT\nQuestionnaire en ligne du projet\n« Pieds à terre, tête dans l’(info)nuage ? Mobilités et modes de vie des immigrants métropolitains »\n[...]\nCe projet vise à mieux comprendre les déplacements, les pratiques numériques et les modes de vie ainsi que les potentiels enjeux d’exclusion des immigrants francophones d’origines variées.\n[...]\nPour ce faire, nous cherchons, entre autres, à documenter les activités communautaires et sociales associées à une immigration francophone récente.\nNous souhaitons donc poser quelques questions [...]",
        "Opening of a Montreal doctoral student's online questionnaire (a university survey server); the student's, his supervisors' names, e-mail and funding line cut. Answering a questionnaire on a stated topic for francophone immigrants -> precise.",
    ),
    (
        "udem_paysages",
        "precise",
        None,
        None,
        "Entretien semi-dirigé\n\nInformation et consentement\n\nS’adresse aux personnes de 18 ans et plus souhaitant participer aux entretiens semi-dirigés\n[...]\nMon projet a pour but de mieux comprendre quelles sont les dimensions qui influencent le jugement porté sur la qualité des espaces verts urbains par les personnes adolescentes. Je m’intéresse plus particulièrement aux expériences des individus qui habitent des secteurs où l’on retrouve un haut taux de défavorisation.\n[...]\nQu’est-ce que j’aurai à faire si j’accepte de participer à la recherche?\n\nVous serez invité à participer à un entretien semi-dirigé. Lors de cette activité, nous discuterons de vos expériences auprès des personnes adolescentes et votre avis sera demandé sur différents thèmes liés à la recherche.",
        "Information page of a Montreal doctoral candidate's research project on urban green spaces (university project site); her and her supervisor's names cut. An interview on a stated topic with adults working with adolescents -> precise. ambiguous: the length of the interview is not given in the kept text; an hour or more from strangers would be too_big.",
    ),
    (
        "ax_parrain",
        "too_big",
        None,
        None,
        "Devenir parrain d’un élève international\n\nComment aider les élèves « internationaux » à plus vite s’adapter à la culture française ? En prenant l’engagement moral d’accorder un peu de disponibilité pendant deux ou trois ans à un de ces élèves, en l’invitant de temps à autre à un repas, éventuellement à un week-end ou à quelques jours de vacances, en échangeant avec lui pour l’aider à s’acclimater, pour le conseiller dans sa recherche de stages ou son orientation professionnelle.\n\nEn contrepartie, c’est une opportunité de découvrir une culture différente. Il est recommandé de veiller, en particulier pendant les premiers mois, à entretenir au moins un échange par mois, sous forme de courriel, de conversation téléphonique ou de rencontre.\n[...]\nLes anciens qui souhaitent se porter candidat au parrainage de la nouvelle promotion pourront le faire à partir de fin janvier, en répondant à un courriel d’appel général à candidatures, ou en s’adressant directement au coordinateur de décennie de leur promo [...]",
        "Alumni magazine's call to graduates to sponsor an international student (2014 issue); the dinner announcement cut. Two or three years of sponsorship asked of alumni not shown close -> too_big (F1, long commitment).",
    ),
    (
        "ax_coordonnateur",
        "too_big",
        None,
        None,
        "DEVENEZ COORDONNATEUR\nAu terme de trois années de mandat, [le coordonnateur actuel] souhaite trouver un successeur pour reprendre avec dynamisme la mission qu’il a accomplie avec enthousiasme et efficacité. L’AX sollicite des volontaires pour prendre sa succession. Le coordonnateur a pour principale mission de constituer les binômes « filleuls-parrains » chaque année au mois de février, et de suivre le parrainage tout au long de l’année.",
        "Box in the same magazine's 2015 version of the call; the outgoing coordinator's name replaced, his e-mail cut. A standing role (a yearly coordination mandate) asked of volunteers -> too_big (F1).",
    ),
    (
        "mccp_noms",
        "precise",
        None,
        None,
        "Qui, autour de vous, ferait un bon conseiller municipal ?\n\nCampagne de proposition de candidats du 2 novembre au 2 Décembre 2025\n[...]\nLa prochaine étape du Mouvement Citoyen Communes de Putanges est de désigner les personnes qui formeront la liste pour les élections municipales de 2026.\n[...]\nPlutôt que de demander aux habitants de se porter candidats [...] il vous est proposé de désigner les personnes en qui vous avez confiance.\n\nLe principe est simple : nommez quelqu'un d'autre. Un voisin. Une amie. Un collègue. Une personne qui vous semble légitime, compétente, engagée.\n[...]\nChaque proposition doit contenir :\n\n- Le nom et le prénom de la personne\n- Son genre\n- Sa commune historique\n- Les raisons pour lesquelles vous pensez que cette personne pourrait être candidate\n- Si possible, ses coordonnées (pour faciliter la prise de contact)\n[...]\nTous les jeudis matin au marché de Putanges, les référents du MCCP tiendront des permanences avec une urne pour recueillir les participations.\n[...]\nDate limite : 20 novembre 2025\n[...]\nAlors, qui autour de vous ferait un bon conseiller municipal ?",
        "Draft blog post of a Normandy citizens' movement preparing a municipal list (GitHub repository of its website); the reasons, the list's composition rules and the follow-up cut. Naming people for a named commune's 2026 list by a date is one small task for the reader -> precise. ambiguous: it serves recruiting candidates for a six-year mandate, but what is asked of the reader is only a name.",
    ),
    (
        "ensiie_hpc",
        "too_big",
        None,
        None,
        "Objet : Candidature pour un stage en ingénierie HPC\n\nMadame, Monsieur,\n\nActuellement étudiant à l’ENSIIE, école spécialisée en informatique et mathématiques, je m’intéresse particulièrement au domaine du calcul haute performance (HPC). Passionné par les technologies de pointe et la résolution de problématiques complexes, je souhaite réaliser un stage de 12 semaines qui me permette de développer mes compétences dans un environnement innovant. Maîtrisant des outils tels que MPI, C/C++ et Linux (kernel), je suis à la recherche d’un stage où je pourrais mettre à profit mes connaissances et apprendre aux côtés d’experts.\n\nVotre entreprise, Hexacalc, reconnue pour son expertise en HPC et ses innovations dans la gestion d’infrastructures de calcul intensif, est pour moi le cadre idéal pour acquérir une première expérience significative dans ce domaine.\n[...]\nJe vous remercie de l’attention portée à ma candidature et reste disponible pour toute information complémentaire. Dans l’attente d’un entretien, je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.",
        "Cover-letter template kept by an engineering student in his internship-search repository; the address block ('Prénom Nom', ...) cut, the '[Nom de l’entreprise]' placeholder given a fictional name, a paragraph on his student-association experience cut. A 12-week internship -> too_big.",
    ),
    (
        "becode_abstract",
        "precise",
        None,
        None,
        "23/02 Pâturages d'été - remise de l'abstract\n\nL'étape suivante pour toi :\n\nEnvoie-nous avant le 23 février, une description relativement détaillée du déroulement de ton atelier sous forme d'une liste d'étapes avec leur durée.\n\nPar exemple:\n\n 1. Introduction (15 min)\nPetite présentation sur ce qu'est ... à quoi cela sert et ce que l'on va faire aujourd'hui...\n\n2. Set-up (45min)\nPréparation de l'environnement de travail....\n\n- Pause: (10 min)\n...\n\nPour rappel, nous souhaitons vraiment des ateliers \"hands-on\" càd où l'on apprend en faisant. [...]\n\nUne fois que nous aurons reçu ceci, nous reviendrons vers toi pour confirmer l'atelier et l'organiser avec toi.",
        "Issue opened by a Brussels coding school's coach for a learner in the class's GitHub organisation, about a workshop at a named summer event; a sentence on theory cut. Sending a step-by-step outline of one's workshop by a date -> precise.",
    ),
    (
        "sireneld_synergies",
        "precise",
        False,
        None,
        "Réunion avec les créateurs et créatrices de opencompaniesdata.netlify.app\n[...]\nJe propose que nous discutions des synergies possibles entre les projets. Je vois notamment de la pertinence sur :\n\n- la dataviz / le front\n- la gestion de projet/roadmap\n- la communication/publicité auprès du plus grand nombre\n\nAu plaisir d'en parler de vive voix :-)",
        "Comment by one of the makers of an open company-data site in the issue a fellow open-data developer opened to arrange a meeting (GitHub); links cut. A talk between two named projects on three stated points, between peers -> precise.",
    ),
    (
        "vuela_traduction",
        "precise",
        None,
        None,
        "Français!\n\nNous avons besoin d'aide pour traduire en français (à partir de l'espagnol ou de l'anglais) nos documents de base: le README, le CONTRIBUTING et le CODE_OF_CONDUCT. Cela servira de base pour plus tard traduire plus facilement au créole haïtien.",
        "Issue of a Latin-American open-data project during a contribution sprint; its Spanish and English versions cut. Translating three named files into French, with the purpose (a base for Haitian Creole) -> precise.",
    ),
    (
        "molier_reunion",
        "precise",
        None,
        None,
        "Réunion du 2019-07-25\n\nMerci de laisser en commentaire de cette issue :\n\nPour tous :\n\n- vos questions /remarque pour pendant la réunion\n\nPour les absents\n\n- si vous souhaitez déléguer votre vote à un autre membre présent\n- si vous souhaitez voter en direct sur Slack\n- si vous souhaitez adhérer à l'asso\n- si vous souhaitez être membre du bureau",
        "Issue opened before a founding meeting of a French R users' association in its administration repository (GitHub); kept whole. A comment on a dated meeting (questions, proxy votes, intentions) -> precise. ambiguous: it also invites members to say whether they want a board seat, a role (F1), but only their answer is asked.",
    ),
    (
        "culottescourtes_tresorier",
        "too_big",
        None,
        None,
        "« Nous n’avons pas pu élire un bureau faute de candidats », explique la présidente actuelle [...]. « Nous nous retrouvons à deux au sein du bureau, la secrétaire et moi-même et il nous faut trouver au moins un(e) trésorier(e). Les bénévoles doivent aussi comprendre que tout le monde doit s’investir, pas seulement les membres du bureau et pas juste le jour des manifestations, mais aussi en amont. » Aujourd’hui, l’association ne compte que 8 membres et tous les volontaires sont les bienvenus. « Sans bureau, pas d’association, poursuit [la présidente], ce qui serait regrettable pour les enfants des deux écoles. »\n[...]\nAssemblée extraordinaire mercredi 11 septembre à 20 h salle de réunions de la mairie.",
        "Words of a village parents' association president quoted by a regional daily (Saône-et-Loire, 2019); her and the former officers' names cut or replaced. A treasurer for the board, a standing role asked of readers not shown close -> too_big (F1).",
    ),
    (
        "portfolio_contact",
        "vague",
        None,
        None,
        "Site portfolio entièrement conçu par moi-même dans le but d'illustrer mes compétences en informatique ainsi que ma personnalité.\n[...]\nN'hésitez pas à explorer les différentes sections pour en savoir plus sur mes compétences, mes réalisations, et mon parcours professionnel.\n[...]\nLa page de contact est là pour faciliter la communication.\nN'hésitez pas à m'envoyer un message si vous avez des questions, des propositions de collaboration ou simplement pour échanger sur des sujets liés à l'informatique et bien plus encore.\n[...]\nMerci de visiter mon site portfolio !",
        "README of a student's portfolio website (GitHub); the list of pages and the design link cut; the owner's name is only in the URL (replaced). An open invitation to write, with nothing asked -> vague.",
    ),
    (
        "freelance_partenariat",
        "too_big",
        None,
        None,
        "Votre Partenaire pour l'Excellence Technologique\n\nJe suis un professionnel de l'informatique passionné, spécialisé dans le développement web, la gestion de bases de données et les réseaux informatiques. Fort de mon expertise, je propose des solutions personnalisées et innovantes. Mon savoir-faire s'étend de la création de sites web modernes à la mise en place de bases de données optimisées et à la gestion efficace des réseaux informatiques. Choisissez un partenariat avec moi pour bénéficier de compétences techniques de haut niveau, d'une approche personnalisée et d'un engagement envers l'excellence informatique. Ensemble, réalisons vos projets avec succès.",
        "Pitch on a freelance IT professional's portfolio site (GitHub repository); kept whole. A seller's pitch that asks the reader to choose him as a partner asks for a contract -> too_big (C). ambiguous: no concrete step is asked, so some would read 'a sales message that asks for nothing' (vague).",
    ),
    (
        "aulnes_bourgmestre",
        "vague",
        True,
        None,
        "Madame la Bourgmestre,\n\nMessieurs les Echevins,\n\nMonsieur le Directeur Général,\n\nLe 10/8/2017, nous vous avons adressé une courrier où nous analysions votre lettre reçue le 27/7/2017 [...].\n\nNotre courrier comportait une page et une annexe de cinq pages.\n\nElle répondait à vos arguments, réexprimait l’inquiétude des riverains quant au projet de future caserne des pompiers rue des Aulnes et demandait qu’une étude préalable soit faite.\n[...]\nA la date de ce jour, soit plus de six mois après notre courrier, nous n’avons toujours pas reçu de réponse.\n[...]\nNous réaffirmons par ce courrier notre profonde inquiétude et attendons une réponse objective et documentée à nos arguments tels qu’énoncés dans notre lettre du 10/8/2017. Nous n’imaginons pas qu’une pétition signée par tant de citoyens puisse rester lettre morte. Ce serait faire preuve d’un mépris imprudent.",
        "Letter of a Belgian residents' committee to their mayor (bourgmestre) and aldermen, posted on the committee's blog; the reference number, the petition paragraph and the press paragraph cut. Written upward to a commune's executive (D) with a reference to her letter but no offer -> vague. ambiguous: whether a mayor counts as 'clearly senior' to residents; read as upward like a minister.",
    ),
    (
        "genovefain_reunion",
        "vague",
        True,
        None,
        "Suite à mon appel d’hier au soir, je vous informe que je suis resté sur place, Rue de Laboissère et Rue de Méru, notamment jusque plus de minuit. [...] J’ai aussi écouté les demandes des habitants et les interrogations quant au bassin de rétention qui avait été promis mais n’a jamais été engagé, ce alors que le lotissement est désormais installé.\n[...]\nPar ailleurs, nombre de concitoyens s’interrogent face aux sinistres qu’ils viennent de subir et aux démarches qu’ils doivent entreprendre. Je me permets de suggérer que vous organisiez une réunion publique d’information sur ces différents sujets afin de répondre à ces légitimes inquiétudes et attentes. S’il y a une certaine urgence à la tenue de cette réunion, un délai d’organisation raisonnable devrait permettre qu’elle soit proposée à la population sous les 15 jours qui viennent.",
        "Letter of a local opposition councillor to his mayor after a storm, as published on a village news site (Oise); his name, in the title and URL, cut. A public meeting within 15 days asked upward of the mayor, with no offer -> vague (D). ambiguous: the niche and the deadline are precise; only the upward rule makes it vague.",
    ),
    (
        "lettresmodeles_fete",
        "vague",
        True,
        None,
        "Monsieur le Maire,\nDeux fois par an a lieu, dans la rue ..., une fête foraine. Cette fête attire beaucoup de visiteurs et fait faire certainement de très bonnes affaires aux commerçants de la ville.\nCependant ma femme et moi, qui habitons cette rue, ne pouvons plus supporter cette fête : en effet, elle dure chaque fois un long week-end de quatre jours.\n[...]\nNous vous serions donc très reconnaissants de nous venir en aide. Nous pensons qu'une fermeture des buvettes et des stands vers 20 heures serait un compromis acceptable. Les parkings des supermarchés proches pourraient rester exceptionnellement ouverts jusqu'à cette heure, afin que les visiteurs n'occupent pas les places des riverains. Nous pensons également qu'il serait judicieux de mettre en place des toilettes publiques, qui pourraient être financées par les commerçants de la ville, par exemple.\nNous vous remercions par avance de bien vouloir donner suite à notre demande.\nVeuillez agréer, Monsieur le Maire, l'expression de notre considération.",
        "Model letter on a French blog of letter templates (a resident to the mayor about a funfair); the complaints paragraph cut, the blank street and signature kept as the template has them. Measures asked upward of a mayor without an offer -> vague (D). ambiguous: as for the mayor letters above.",
    ),
    (
        "cesag_frais",
        "too_big",
        True,
        None,
        "Le Collectif des étudiants ivoiriens admis au Centre Africain d’Etude Supérieur en Gestion (CESAG) de Dakar (Sénégal), a animé ce mardi 11 septembre 2012 un point de presse [...]. Il s’agissait pour les organisateurs d’attirer l’attention de l’Etat sur leur situation.\n60 des 204 admis pour la rentrée 2012-2013 rencontrent de sérieuses difficultés. Raison pour laquelle [le président du collectif] a lancé un cri de cœur aux autorités en vue d’obtenir une aide couvrant les frais scolaires, soit 4 millions de francs par étudiant pour des charges qui s’élèvent à 6,7 millions par tête. Selon lui, « tous les pays de l’espace Cedeao supportent les frais de scolarité de leurs étudiants et la Côte d’Ivoire ne dois pas rester en mage ».",
        "Ivorian news portal's report (2012) of a students' collective's appeal to the State; the church venue cut, the spokesman's name replaced. Money (tuition aid) asked of the authorities -> too_big; upward (the State).",
    ),
    (
        "ledjely_boursiers",
        "too_big",
        True,
        None,
        "Leur cri de cœur, ils disent l’adresser en premier lieu à l’ambassadeur de la Côte d’Ivoire dans le Royaume chérifien. « Nos conditions de vie en tant qu’étudiants boursiers résidant au Maroc ne sont guère réjouissantes », lui écrivent-ils tout d’abord. Encore que selon eux, le sort qu’ils endurent n’a rien de nouveau. « Chaque année, l’Etat nous abandonne », apprend-on de leur courrier.\n[...]\nEn tout cas, disent-ils, « nous sommes confrontés au manque de nourriture, au non-paiement de loyers. Parmi nous, certains sont mis à la rue par les bailleurs pour loyers impayés. Nous sommes endettés pour régler les factures d’électricité et d’eau, sans parler de la scolarité et même des frais d’inscription qui ne sont pas réglés ». Bref, résument-ils, « nous mourrons à petit feu ».",
        "Guinean news site's account (2021) of a letter from Ivorian scholarship students in Morocco to their ambassador, quoted in part. The letter asks the authorities to pay their grants -> money, too_big; upward (an ambassador and the State).",
    ),
    (
        "akerlytics_depute",
        "vague",
        True,
        None,
        "Sujet: Document important ci-joint : Lettre concernant les préoccupations sur la réglementation sanitaire\n\nCher [député],\n\nJ'espère que ce message vous trouvera en bonne santé et de bonne humeur. Je prends contact avec vous pour partager un document exprimant des préoccupations significatives concernant la ratification prochaine de certaines réglementations et accords internationaux en matière de santé.\n[...]\nAppel à l'action :\n\nJe vous invite à lire la lettre ci-jointe et à considérer les points soulevés. Si vous vous trouvez en accord et préoccupé par ces enjeux, je vous encourage à vous engager dans toute forme de soutien ou d'action que vous jugez appropriée. Cela pourrait inclure des initiatives pour sensibiliser davantage au sein de notre communauté ou des démarches que vous pourriez entreprendre en tant que notre député pour adresser ces préoccupations au Parlement.\n\nNous, certains membres de la communauté régionale [...], serions également honorés de pouvoir discuter de ces enjeux en personne avec vous ou avec vos représentants.\n[...]\nCordialement,\n\n<< Nom >>\n\nEngagé pour la région de Madawaska-Restigouche",
        "E-mail sent to a New Brunswick member of the Canadian Parliament, as kept in the sender's GitHub site ('Sent email version 1.0.3'); the MP's name and the attachment name replaced or cut, the purpose list and the contact block cut, the template's '<< Nom >>' kept. Any 'support or action' and a meeting asked upward of an MP, with no offer -> vague (D).",
    ),
    (
        "ffii_supporters",
        "precise",
        None,
        None,
        "Cher supporter de la FFII,\n\nLe Conseil des ministres de l'UE va débattre de la directive sur les brevets logiciels mardi lors d'une réunion publique à Bruxelles. La situation s'est améliorée de manière significative la semaine dernière. Votre soutien a contribué à ce changement.\n\nUne fois de plus, nous avons besoin de votre retour. Merci de répondre à ce courriel (pas de \"forward\") en cochant les cases ('+' pour \"oui\", '-' pour \"non\" ou des nombres pour les champs appropriés)\n\n[ ] Laissez moi tranquille, je ne veux plus soutenir la FFII.\n[ ] Les pages \"Comment aider\" et \"Projets de la FFII\" me sont familières.\nJe veux passer [__] heures par semaine durant la campagne des élections européennes.\nJe veux passer [__] heures jusqu'à la réunion du Conseil mardi.\nJ'habite en [$LAND] (code ISO 3166 du pays, FR pour France).\nMa ville la plus proche (pour des éventuelles actions locales) est [$URB].\n[ ] Je veux participer régulièrement à des minimanifs dans cette ville.\n[...]\n[ ] Je veux aller à Bruxelles lundi/mardi et j'aurais besoin d'aide pour dormir, etc.\nJe ferai un don de [__] EUR.\n\nMerci de votre compréhension et de votre soutien.",
        "First draft of a 2004 e-mail to supporters of a software-patents campaign group, kept on the group's wiki (GitHub export); reference links and two list lines cut; the template's own blanks kept. Replying with ticked boxes before a named Council meeting -> precise. ambiguous: the form also collects pledges of weekly hours and a donation, which some would read as a standing commitment or money (too_big).",
    ),
    (
        "ressourcesnaissances_benevoles",
        "too_big",
        None,
        None,
        "Ressources-Naissances se veut un lieu de rassemblement de personnes qui désirent travailler ensemble à un but commun : la périnatalité. Pour ce faire, l’organisme offre différentes possibilités de bénévolat et plus particulièrement des actions auprès des familles ayant de jeunes enfants.\n\nQue vous soyez parent(s), grand(s)-parent(s) ou étudiant(e)s;\n\nque ce soit lors d’un congé parental ou préventif;\n\nque ce soit pour une possibilité de stage d’étude ou d’intégration au travail;\n\nque ce soit pour rencontrer des gens et/ou vous impliquer dans votre communauté; la coordonnatrice des bénévoles de Ressources-Naissances est disponible à vous rencontrer et vous expliquer la procédure d'intégration et d'encadrement.\n[...]\nDifférentes options sont offertes : soutien aux activités (cafés-rencontres et ateliers), nouvelles des familles, marraine d’allaitement, journal [...]",
        "Volunteering page of a Québec perinatal community organisation's website (GitHub repository of the site); the paragraph on what volunteers gain cut. Joining as a volunteer in standing roles (a breastfeeding godmother, activity support) asked of readers not shown close -> too_big (F1).",
    ),
    (
        "helloworld_rex",
        "precise",
        None,
        None,
        "Lancement d'un projet libre, un rex ho\n\nUn petit mot sur le contexte : à la suite du confinement, je me suis retrouvé sans activité (je suis développeur indépendant [...]) et un peu désœuvré. Du coup, j'ai décidé de consacrer mon temps au lancement d'un projet libre de système de présentation (à la powerpoint, prezi ou autres slides.io ...).\n[...]\nJe propose donc un \"retour d'expérience à chaud\" sans avoir vraiment les idées très claires sur la forme ni le fond. D'autant que le 7 mai n'est pas pour tout de suite...Plus qu'une présentation, j'aimerai plutôt un échange interactif avec des questions-réponses-commentaires ou chacun pourrait rebondir et partager sa propre expérience...",
        "Session proposal opened as an issue on a small Nantes practitioners' conference's repository (sessions are proposed and voted by issues); the clients sentence, the sleep joke and the topic list cut. A slot for an interactive experience report on a named project at the 7 May edition -> precise.",
    ),
    (
        "globereporters_temoignage",
        "vague",
        True,
        None,
        "[Trois élèves], globe-reporters et globe-reportrices du collège Notre-Dame de la Salle à Marmande, souhaitent recueillir le témoignage de [une journaliste indépendante], une journaliste indépendante (pigiste), qui travaille en Roumanie. Pour en savoir plus sur son métier dangereux et passionnant, mais aussi pour qu’elle nous explique sa part dans le projet Globe Reporters auquel elle participe, nous la questionnons.",
        "Opening of a school-pupils' reporting project page (the pupils wrote it) on their interview of a freelance journalist at a Brussels journalism event; the pupils' and the journalist's names replaced. Pupils asking a working professional for her testimony is upward (D), with a reference to her work (Romania, the project) but no offer -> vague. ambiguous: the request is reported in the third person and was granted on the spot.",
    ),
    (
        "vitemadose_bimedoc",
        "precise",
        None,
        None,
        "Integration Bimedoc\n\nBonjour,\n\nJe suis dev back chez Bimedoc [...], nous souhaiterions pouvoir intégrer toutes nos pharmacies qui proposent la vaccination dans leur prise de rdv en ligne.\n\nComment pouvons nous rejoindre le Mattermost pour en discuter ?\n\nBien à vous,",
        "Issue opened by a developer of a pharmacy software firm on the volunteer COVID-vaccination appointment finder's GitHub (2021); the firm's link cut. How to join the volunteers' chat to discuss listing a named platform's pharmacies -> precise. ambiguous: it serves the firm's product being listed (B), but nothing is sold to the volunteers and the listing is free.",
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

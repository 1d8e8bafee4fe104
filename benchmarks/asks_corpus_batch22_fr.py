# ruff: noqa: E501  (quoted data: long lines keep each quotation whole)
"""A twenty-second French batch of asks written by other people (issue #16): "batch 22", untouched.

How it was made: the search tool was queried in its ``pages``, ``issues`` and ``code`` corpora for real asks of
kinds the corpus had used little, leaning away from career pages and French GitHub issues (most of those found were
already in the corpus): a Belgian hockey club's call to staff its bar, a parish page, a philatelic society's bulletin,
a parents' association and a book festival quoted by regional papers; alumni and heritage calls (a lycée alumni site,
a school's 60th anniversary, a retired painter looking for his 1963 classmates, a blog returning found photographs);
gardening, botany and photo-club forums and a learning platform's programming forum; residents' letters to mayors in
Gironde and La Réunion, a heritage association's questionnaire to election candidates and an online petition; a
public library's question-and-answer service; an advice column's reader question; a journalist's first message to
the subject of his investigation, quoted by himself; fundraising and sponsorship pages for schools in West Africa, a
Brussels school's partnership blog and a Swiss teachers' magazine; Belgian, Québec and French associations' volunteer
pages, a meetup's call for speakers and a speaking coach's self-presentation kept in GitHub repositories of their
sites. Before a source was taken, its domain (host) or GitHub owner/repo and one distinctive phrase of
the ask were grepped (``git grep -il``) against ``tests/data/asks_corpus/`` and ``benchmarks/``; a source whose
domain was found was dropped even when the page differed. Dropped: tout-un-monde.org, mediapart.fr, fourmidiable.org, raincy-nono.com, aaaemcs.org, labozero.org, bonasavoir.ch, kisskissbankbank.com, retraite-psa-sochaux.com, denis.bouhineau.free.fr, alger-roi.fr, croquefeuille.fr, slappyto.net, guitariste.com, eos-numerique.com, nexmove.fr, hervebommelaer.blogspirit.com, mesconstats.ca, isarta.com, mediateur.radiofrance.com, lists.debian.org and april.org (mailing-list archives suggested for this batch, both already named in ``benchmarks/``); GitHub owners/repositories nodejs/nodejs-fr, MTES-MCT/dialog, ploum/lingi2401, openaddresses/openaddresses, thers/fr-docs, jphenri/jphenri.com, nash403/hnze.dev. For blogs on shared platforms (blogspot, typepad) the blog's own host was grepped, as in batch 21.

Each ask was labelled by the labelling guide (``tests/data/asks_corpus/GUIDE.md``: the guide and its v2
amendments A-E) as it was written down, before anything ran on it. The collector never opened, imported or
ran the ask checker or its evaluation and fitting scripts, so this batch is unseen by it. Conventions of batches
19 to 21 were kept: time asked of readers not shown close follows the long-commitment rule (a standing volunteer
or editor's role, shifts at a club bar, helping a parents' association are ``too_big``; answering a survey or
signing a petition is ``precise``); donations, sponsorship and membership fees are money (``too_big``); a
seller's pitch that asks for nothing is ``vague`` (C); a letter to a mayor is marked upward (D: an elected
executive), so without an offer it is ``vague`` (marked ambiguous). Upward is left ``None`` unless the text shows
the reader above the writer.

Item layout as in ``asks_corpus_batch10_en``: (source id, label, upward, circle, text, note). The text keeps
only the ask and what immediately frames it, ``[...]`` marking cuts and square brackets marking words put in
(for names, handles, links or a summarised reply). Real people's names were cut or replaced by a bracketed
description (a club family, a councillor, a maintainer); e-mail addresses, phone numbers, bank account numbers,
handles and personal links were taken out; template placeholders were given fictional values in brackets. The
note records those edits and, for texts the guide leaves open, the reading chosen ("ambiguous: ..."). Source
list: ``asks_corpus_batch22_fr_SOURCES.md``. A throwaway script run after the last item compared every 10-word run of these texts with
``tests/data/asks_corpus/*.jsonl`` and the other ``benchmarks/asks_corpus_*.py`` files (43 files compared); no run is
shared. The builder does not read this module yet; the lead decides
how to wire it in (suggested: wholly untouched, like ``real_test``).

36 asks from 36 sources: precise 15, vague 6, too_big 15.
"""

SOURCES = {
    "hockey_ombrage": "https://hockey-ombrage.be/index.php?language=0&websiteid=197",
    "ancienshoche_chapelle": "https://ancienshoche.org/nostalgie-des-annees-1960",
    "brioude_anciens": "https://m.ru24.net/smi/lamontagne-fr/384010519",
    "aujardin_suede": "https://www.aujardin.org/viewtopic.php?t=115428",
    "tela_plante": "https://tela-formation.org/mod/forum/discuss.php?d=24565",
    "arrosoirs_limonium": "http://arrosoirs-secateurs.com/forum/viewtopic.php?p=74843",
    "cathocambrai_secours": "https://steloi.cathocambrai.com/page-51987.html",
    "openclassrooms_semantique": "https://openclassrooms.com/forum/sujet/classes-a-semantique-de-valeur-entite",
    "grew_projets": "https://github.com/grew-nlp/grew/issues/66",
    "aveyron_ape": "https://www.centrepresseaveyron.fr/2023/03/28/apres-le-quine-lape-lance-un-appel-aux-benevoles-11095627.php",
    "mayenne_promo": "https://lecourrierdelamayenne.fr/actualite-21173-en-mayenne-57-ans-apres-alain-cherche-ses-camarades-de-promotion-j-ai-juste-envie-de-les-revoir-se-raconter-nos-vies",
    "spr_papiertimbre": "http://spr.asso.fr/crbst_118.html",
    "cigales_jardin": "http://lejardindelapasserelle.lescigales.org/article/?9",
    "zinfos_manapany": "https://www.zinfos974.com/Le-Collectif-des-usagers-des-Jardins-de-Manapany-sollicite-une-reunion-avec-Patrick-Lebreton_a159675.html",
    "mesopinions_jardin": "https://mesopinions.com/petition/nature-environnement/reouverture-public-jardin-cote-epicerie-montmorency/241530",
    "helloasso_diogane": "https://www.helloasso.com/utilisateurs/[…]/collectes/etendons-la-case-des-tout-petits-a-l-ecole-de-diogane",
    "thiaroye_don": "https://thiaroye-aeb.blogspot.com/2010/07",
    "mamamariama_afrique": "http://asociacionmamamariama.blogspot.com.es/p/lettre-de-la-presidente.html",
    "jaimemaman_augmentation": "https://jaimemaman.blogspot.com/2013/11/comment-demander-une-augmentation.html",
    "rtbf_ordis": "https://www.rtbf.be/info/regions/luxembourg/detail_le-site-unordipourtous-org-offre-une-seconde-vie-a-vos-ordinateurs?id=10746923",
    "artsida_benevolat": "https://github.com/shawnthompson/artsida (path benevolat.php)",
    "regles_benevole": "https://github.com/regles-elementaires/regles-elementaires-hugo (path site/content/agir/particulier/benevole.md)",
    "oxybulle_volontaires": "https://github.com/oxybulle-asbl/oxybulle (path content/french/sections/testimonial.md)",
    "mycelium_temoignage": "https://github.com/Chrstn67/mycelium (path blog/index.md)",
    "autisme_avis": "https://github.com/autisme/autisme.github.io (path pages/exprimez-vous/index.md)",
    "afup_lyon_cfp": "https://github.com/afup/lyon.afup.org (path cfp.md)",
    "montlouis_arbre": "https://photoclubmontlouis.com/forum/un-arbre-au-printemps-dans-son-environnement-du-19-04-2021-au-30-4-2021/arbre-03-et-son-environnement",
    "visages_cannac": "https://visagesretrouves.com/a-cannac",
    "lesjours_enquete": "https://lesjours.fr/obsessions/mythomane-bataclan/ep14-postface/",
    "laprovence_autrefestival": "https://www.laprovence.com/actu/en-direct/5768796/.html",
    "guichet_maison1925": "https://www.guichetdusavoir.org/question/voir/137331",
    "limoges_candidats": "https://manualzilla.com/doc/6452095/questionnaire-en-cinq-points---renaissance-du-vieux-limoges",
    "fillesdufacteur_parrainage": "https://fillesdufacteur.typepad.com/fillesdufacteur/2012/09/aller-%C3%A0-l%C3%A9cole-en-afrique.html",
    "educateur_sala": "http://www.revue-educateur.ch/articles/un-%C3%A9tablissement-secondaire-%C3%A0-sala-burkina-faso-qu%C3%AAte-du-savoir-pour-vivre-et-exister",
    "vigiliantes_pepille": "https://github.com/lassembleuse/les-vigiliantes (path content/events/20220909-rendez-vous-a-la-pepille.md)",
    "mgc_quisuisje": "https://github.com/MGCCoaching/mgc-website (path content/home-sections/about.md)",
}

FR = [
    (
        "hockey_ombrage",
        "too_big",
        None,
        None,
        "Quel contraste !!!\n- D'un côté, vous êtes TRES NOMBREUX à apprécier le Chalet du Fox pour profiter d'un rafraîchissement ou d'une boisson chaude, pour un croissant en début de journée, ou un paquet de chips après un match.\n- D'un autre côté, vous êtes TRES PEU à proposer spontanément votre aide pour assurer le service durant quelques heures.\n[Une famille du club] coordonne les activités au Chalet. Mais malheureusement, et malgré d'innombrables rappels, ils doivent très souvent se sacrifier et assurer eux-mêmes le service [...]. Trop, c'est trop !\nUn club ne fonctionne valablement que si tous ses membres (jeunes, adultes, parents) acceptent de se porter volontaires pour quelques heures de bénévolat. Si ce n'est pas le cas, nous n'aurons qu'une seule alternative : annuler le service boisson / en-cas au Chalet.\nPour éviter de trouver porte close, merci de proposer votre aide en remplissant le DOODLE suivant : [lien] !",
        "News item on a Belgian hockey club's site calling members to staff the club bar; the coordinating family's surname replaced by a bracketed description, a clause on stock management cut, the Doodle link cut. Shifts of 'quelques heures' asked of members not shown close follow the long-commitment rule (batch 19-21 convention) -> too_big. ambiguous: club members may be read as a warm circle, and one shift filled in on a Doodle as a small concrete step (precise).",
    ),
    (
        "ancienshoche_chapelle",
        "precise",
        None,
        None,
        "Maintenant devenu un très ancien élève (1ère en 68-69 et terminale D en 69-70), et ayant quitté la région depuis longtemps, je ressens une étrange nostalgie de ces années d'un autre monde. Je souhaite et crains à la fois d'avoir des nouvelles de mes anciens condisciples perdus de vue [...]. Si quelqu'un le souhaite, n'hésitez pas pour autant à laisser un message. [...]\nQuant à la chapelle et à la réfection des locaux, je serais enchanté de contribuer à ma modeste mesure pour autant que la Région et les autorités compétentes montrent qu'elle assument leur devoir de protection du patrimoine [...] ! Y a-t-il un projet précis et chiffré ? J'ai connu les préfabriqués puants implantés non loin de l'internat, n'aurait-on fait aucun progrès ?",
        "An alumnus's message on a lycée alumni association's site (lycée Hoche, Versailles); a line on his teachers cut, the signature (name, year) cut. The specific question on the chapel restoration (is there a costed project?) carries a niche (a named school's chapel) -> precise. ambiguous: the first half ('n'hésitez pas à laisser un message') alone would be vague, and the offer to contribute money is the asker's, not a request.",
    ),
    (
        "brioude_anciens",
        "precise",
        None,
        None,
        "Avant de célébrer ses 60 ans, la cité scolaire Lafayette de Brioude cherche d'anciens élèves et des photos d'archives [...]\nPour cela, l'équipe dirigeante a fait des recherches afin de retrouver les premiers élèves accueillis en 1964. Elle aimerait aussi entrer en contact avec d'autres anciens élèves, de toutes les époques. « Ils peuvent nous envoyer des témoignages, des anecdotes, des photos de classes ou même des souvenirs de leur passage s'ils le souhaitent. » Tout cela servira à enrichir les différentes expositions qui seront proposées.",
        "A school head's call to former pupils, reported and quoted by a regional newspaper (La Montagne, via a news aggregator's copy); the programme of the day cut, the head's name cut. Sending a testimony or a class photo for a named school's 60th-anniversary exhibition is a small concrete request with a niche -> precise.",
    ),
    (
        "aujardin_suede",
        "precise",
        None,
        None,
        "Bonjour à tous,\n\nMa voisine m'a donné des graines d'une fleur achetée en Suède il y a des années. Hélas, elle n'a aucune idée de son nom. C'est une fleur magnifique qui réussi très bien dans nos deux jardins et nous voudrions bien en savoir plus ...\n\nNous vous remercions toutes les deux de bien vouloir jeter un coup d'oeil ...\n\nCordialement\n\n[prénom]",
        "First post of a plant-identification thread on a French gardening forum (photo attached); the poster's first name and handle cut. Identifying one flower from a photo is a small specific request with a niche -> precise.",
    ),
    (
        "tela_plante",
        "precise",
        None,
        None,
        "Bonjour,\nC'est la première fois que je me lance dans une description de plante, je m'excuse d'avance si j'utilise mal le vocabulaire, j'ai tenté d'être précise en vérifiant ce vocabulaire mais je ne suis sûre de rien. Cette plante m'intrigue, elle a poussé cette année dans mon jardin. Elle mesure actuellement 80 cm de hauteur du pied au sommet. Il doit s'agir d'une plante que nous avons plantée et qui a décidé de montrer son nez des années plus tard. Elle est au pied d'un tronc de laurier. Le talus sur lequel elle a poussé est exposé au soleil, la terre est relativement sèche et caillouteuse. J'ai un peu triché sur le nombre de photographies parce que j'aimerais vraiment l'identifier grâce à votre aide. [...]",
        "Forum post in a botany e-learning course's discussion space (Tela Botanica's training platform); the long description of stems, leaves and flowers cut. Identification of one described plant -> precise.",
    ),
    (
        "arrosoirs_limonium",
        "precise",
        None,
        None,
        "Encore une plante dont j'ai su le nom. Impossible de le retrouver. Tous les ans je la vois ici dans un jardin en Alsace, elle n'est donc pas gélive. Qui connait ?",
        "One-line post with photos on a gardening forum's identification board (the poster answered it himself later). A one-liner with a specific question on one photographed plant -> precise.",
    ),
    (
        "cathocambrai_secours",
        "too_big",
        None,
        None,
        "Pour le Secours Catholique, le dernier week-end a été très important.\nEn effet, dans notre paroisse comme partout en France, les bénévoles du mouvement se sont mobilisés pour sensibiliser chacun sur l'urgence du don.\nIl est vrai que les besoins augmentent d'année en année parce que tout simplement la pauvreté va grandissante. Bien sûr vos dons sont encore possible.\nEnfin, ce temps permet également d'en appeler à toutes les bonnes volontés qui souhaiteraient consacrer un peu de temps au mouvement du Secours Catholique...alors n'hésitez pas à vous faire connaître au secrétariat de la paroisse!",
        "A parish page's news item (a parish in the diocese of Cambrai); the signature cut. Donations (money) and time given to a charity by parishioners not shown close -> too_big.",
    ),
    (
        "openclassrooms_semantique",
        "precise",
        None,
        None,
        "Bonjour,\n\nJe ne comprends pas bien la différence entre les classes « à sémantique de valeur » et « à sémantique d'entité ».\n\nLa définition la plus aboutie que j'ai trouvée est celle du site Developpez : [lien]\n\nMais pour moi, la valeur prise en exemple de 100€, c'est une valeur, pas une classe, pas un objet …\n\nVoici ce que je comprends. Si vous avez un peu de temps, merci de confirmer ou non ce que je comprends (Merci d'Avance !). [...]",
        "First post of a C++ thread on a French learning platform's forum; the link cut, the worked example (an aquarium program) cut. Confirming one stated understanding of a named C++ notion -> precise.",
    ),
    (
        "grew_projets",
        "vague",
        None,
        None,
        "je suis intéressée par les projets de recherche\n\n[Réponse d'un mainteneur : ce n'est pas le bon endroit pour ce genre de demande.]",
        "The whole text of a GitHub issue opened on a French NLP research tool's repository; the maintainer's one-line reply (in English) summarised in brackets. Interest stated with no request -> vague.",
    ),
    (
        "aveyron_ape",
        "too_big",
        None,
        None,
        "Avec cependant un bémol qui inquiète de plus en plus les 2 coprésidents \"Nous manquons cruellement de bénévoles. Imaginez que tous les lots ont été démarchés, par une petite douzaine de parents, nous étions à peine une vingtaine aujourd'hui pour installer la salle et organiser le quine… le compte n'y est pas, d'autant que l'école compte 200 élèves, cela se passe de commentaire… c'est démotivant pour le bureau certes, mais encore plus pour les parents qui s'impliquent…\".\nAlors, on l'aura compris, l'appel à bénévoles est bel et bien lancé et en attendant que des volontaires se manifestent, il a été demandé aux joueurs gagnants d'avoir la gentillesse de venir amener leur carton et récupérer leurs lots, pour décharger un peu l'équipe…",
        "A parents' association's call for volunteers, quoted in a regional newspaper's local page (Onet-le-Château, Aveyron); the report on the bingo before it cut. Volunteering for a school parents' association from parents not shown close -> too_big. ambiguous: the reported small request to winners (bring your card, collect your prize) is precise on its own.",
    ),
    (
        "mayenne_promo",
        "precise",
        None,
        None,
        "57 ans plus tard, le Mayennais s'est mis en tête de renouer le contact avec ses anciens camarades. « Ça a commencé à me trotter dans la tête il y a un an. J'ai juste envie de les revoir, se raconter nos métiers, nos vies [...]. J'ai conscience que certains ne sont peut-être plus là, mais il faut tenter. » [...]\n« J'ai réussi à retrouver 13 noms de famille mais je n'ai pas leur numéro de téléphone. J'espère que certains - ou un proche - se reconnaîtront sur la photo et m'appelleront. Je me dis que l'article peut m'aider. [...] »\nContact : [téléphone].",
        "A retired painter's call to his 1963-1966 classmates of a Laval technical lycée, quoted in a local newspaper; his name cut, the phone number taken out, the description of the photo cut. A call from former classmates of a named class is a small concrete request with a niche -> precise.",
    ),
    (
        "spr_papiertimbre",
        "too_big",
        None,
        None,
        "Merci à toutes et tous de continuer à soutenir financièrement notre association dans ces moments compliqués.\nPour en revenir au « Papier timbré », après de longs et bons services, notre ami [un sociétaire] a souhaité, pour des raisons familiales, être déchargé de ses différentes responsabilités et en particulier du poste de rédacteur en chef de notre journal. [...] Cela dit, la place est donc vacante et pour continuer à produire une édition papier, le bureau cherche un volontaire pour assurer cette tâche. Contactez-moi si vous pouvez consacrer quelques heures par mois à la SPR. [...]\nPour terminer, je vous le redis, cette brochure est la vôtre. Faites la vivre. Envoyez-moi des articles [...]",
        "The president's note in a philatelic society's bulletin page; the outgoing editor's name replaced by a bracketed description, the opening on the membership fee and some lines cut. A standing editor's role (hours every month) and continued financial support -> too_big.",
    ),
    (
        "cigales_jardin",
        "vague",
        True,
        None,
        "Objet : Sollicitation d'une visite préalable à un projet d'aménagement sur les terrains [de la rue]\n\nMonsieur le Maire,\n\nLors d'un Conseil Communal de novembre 2011, concernant les terrains qui ont été reçus en donation ou acquis par la municipalité [...], [une élue] a répondu qu'il était décidé d'engager une réflexion avec les habitants pour la conception et l'aménagement de ces espaces.\nNous sommes un certain nombre d'habitants du quartier nord à nous intéresser à cette proposition.\nAprès une première réunion, quelques idées commencent à se mettre en place et nous envisageons de vous présenter un projet d'aménagement de cet espace notamment en jardins partagés pour les habitants du quartier.\nCependant, afin de mieux appréhender la configuration du lieu et affiner notre projet, il nous serait utile de visiter le terrain prochainement, si possible accompagnés d'agents de vos services des espaces verts qui pourraient nous apporter leur expertise.\n\nNous vous remercions par avance de l'attention que vous porterez à cette demande [...], et restons disponibles pour convenir d'une date de visite avec vos services.",
        "A residents' collective's letter to a mayor (Talence), posted on the shared-garden group's site; the page's lost accents and apostrophes restored, the street name, the councillor's name and the signatory's name cut. Upward (D: a mayor, an elected executive). A concrete visit with a niche, and the council's answer is cited, but nothing is offered in return -> vague by P7. ambiguous: the garden project for the neighbourhood may be read as the offer (then precise).",
    ),
    (
        "zinfos_manapany",
        "vague",
        True,
        None,
        "Objet : Demande de réunion de quartier à Manapany, en présence de Monsieur le Maire de Saint-Joseph. [...]\nMonsieur le Maire,\n\npar la présente, nous vous faisons part de nos inquiétudes.\n\nNous avons, en effet, constaté que la fermeture au public des Jardins de Manapany, effective au 13 mai 2020, s'est poursuivie après le 1er juin, date de fin indiquée sur l'arrêté municipal, et ce, jusqu'à ce jour.\n\nEtant des usagers réguliers et amoureux de ce lieu, nous y venons en famille, entre amis, partager nos carrys, jouer avec nos enfants, exercer des activités physiques, dans cet espace essentiel, sécurisant et chaleureux.\n\nMonsieur le Maire, comptez-vous laisser aux Saint Joséphois et ses visiteurs, l'unique froideur du béton de Manapany à contempler ou comptez-vous nous laisser un petit coin de verdure pour savourer Dame Nature ?\n\nC'est pourquoi, Monsieur le Maire, nous vous prions de bien vouloir organiser, dans les meilleurs dé[lais] [...]",
        "A users' collective's letter to a mayor in La Réunion, quoted in full by a Réunion news site; the mayor's name cut, the letter cut where the stored copy ends (word end in brackets). Upward (D: a mayor). A public meeting asked with no offer and no reference to the mayor's work -> vague by P7; a public meeting from a mayor is also a long commitment. ambiguous: a collective of citizens addressing their mayor may not be 'below' him.",
    ),
    (
        "mesopinions_jardin",
        "precise",
        None,
        None,
        "Bonjour Madame, Monsieur,\nJ'écris cette nouvelle pétition, car j'ai constaté récemment que le jardin qui est à côté de l'épicerie sur Montmorency 95 est dorénavant fermé au public sans motif ! Pourquoi ?\n[...]\nDans tous les cas, je trouve cela dommage, pour le public et moi. Ainsi, je demande la réouverture de ce beau jardin en remettant les 2 bancs pour pouvoir s'y assoir aussi !\nMerci.\n[...]\nSi vous êtes sensible à la nature, signez cette pétition !\nMerci d'avoir lu mon message.\nCordialement,\n[prénom]",
        "An online petition's text on a French petition site; the description of the garden and an all-caps line cut, the author's first name cut. Signing a petition about one named garden is a small concrete request with a niche -> precise.",
    ),
    (
        "helloasso_diogane",
        "too_big",
        None,
        None,
        "Nous avons besoin de vous pour permettre la construction d'une classe de 2ème maternelle dans un petit village isolé du Sénégal...\n\nDiogane est un petit village du Sine Saloum d'environ 2200 personnes et qui se rejoint uniquement par bateau en provenance de Dakar, à plus de 5h de navigation de la première route. Autant dire que ce village se retrouve très isolé et a besoin d'aide pour se développer.\n[...]\n[Les parents et leurs trois enfants] ont besoin de votre contribution pour financer l'extension de l'école maternelle de Diogane.",
        "A family's fundraising page on a French donation platform for a sailing charity's school project in Senegal; the family members' first names and the children's ages replaced by a bracketed description, the English translation lines cut. Money -> too_big.",
    ),
    (
        "thiaroye_don",
        "too_big",
        None,
        None,
        'les personnes qui souhaitent participer peuvent déjà le faire en adressant leur don au compte n° [numéro] (AEB) avec, en communication "partenariat Sénégal"\n\nà toutes les petites fourmis du cœur, d\'avance, merci !',
        "A Brussels school's blog post on a partnership with a school near Dakar; the bank account number taken out. Money -> too_big.",
    ),
    (
        "mamamariama_afrique",
        "too_big",
        None,
        None,
        "Si nous voulons changer la vie de ces enfants et leur donner l'opportunité d'une éducation adéquate, il faut que nous impliquions nos connaissances, nos amis et à leur tour les amis de nos amis. [...]\nEn Afrique les familles sont dites élastiques parce qu'elles ne tiennent pas en compte les liens de sang mais bien les liens de cœur. Devenez vous aussi un membre à part entière de cette grande famille en adoptant le rôle d'une « Mama Afrique » préoccupée par l'avenir des enfants du quartier de Soucoupapaye.\n\nOffrons l'opportunité à tous ces enfants de devenir les futurs acteurs du changement social et économique du Sénégal grâce a un meilleur accès à l'éducation scolaire. Lisez notre projet et collaborer.",
        "The president's letter on a small charity's blog (children of a Dakar district); the paragraph on how donations reach the children (names of relatives) cut, the signature and the closing slogan cut. Becoming a 'Mama Afrique' (a sponsor) means giving money -> too_big.",
    ),
    (
        "jaimemaman_augmentation",
        "vague",
        None,
        None,
        "La question de notre internaute :\nJ'aimerais demander une augmentation, que je trouve méritée, au travail, mais je n'arrive pas à le faire. Comment me lancer, quel discours tenir ?",
        "A reader's question printed at the head of an advice column on a parenting blog (the columnist's answer follows, cut). Advice is asked on a stated situation, but nothing narrows it (no occupation, employer, place or number) -> vague. ambiguous: 'how to ask for a raise' is narrower than 'advice on my career' and could be read as precise.",
    ),
    (
        "rtbf_ordis",
        "too_big",
        None,
        None,
        "\"A l'heure actuelle on a beaucoup plus de demandes que d'offres. On a environ 300 PC en demande et du côté des donneurs c'est beaucoup plus difficile. C'est pour cela que j'en profite pour faire un appel, aux entreprises, aux comptables, aux sociétés, si vous avez du matériel à disposition, n'hésitez pas : [le site]. le formulaire est très facile à remplir, et vos ordinateurs auront une seconde vie.\"",
        "A volunteer's appeal quoted in a Belgian public broadcaster's regional news item (province of Luxembourg); the site's name replaced by a bracketed description, the speaker's name cut. A donation of computers by companies is a gift in kind of some value, read as money -> too_big. ambiguous: equipment that would otherwise be discarded may be read as a small gift.",
    ),
    (
        "artsida_benevolat",
        "too_big",
        None,
        None,
        "Les bénévoles jouent un rôle clé dans le succès d'Artsida; il existe de nombreuses façons de participer!\nLe soir de l'événement, les bénévoles peuvent apporter un appui au bar, à l'accueil et au poste d'emballage, ainsi que présenter les œuvres pendant l'encan. Au cours des mois précédant l'événement, les bénévoles participent aussi aux activités relatives aux médias sociaux et aux commanditaires.\nSi vous souhaitez participer ou en savoir plus sur les nombreuses occasions de bénévolat, communiquez avec [la coordonnatrice des bénévoles] [...].",
        "Volunteering page of a Montréal charity art auction's French site (GitHub repository); the coordinator's name, e-mail address and phone number taken out. An evening's shift and months of volunteering asked of strangers -> too_big.",
    ),
    (
        "regles_benevole",
        "too_big",
        None,
        None,
        "Nos bénévoles nous épaulent et nous permettent de #changerlesregles au quotidien ! Véritables piliers de l'association, nos activités quotidiennes et notre rayonnement ne pourraient pas se faire sans bénévoles. Que ce soit de quelques heures à quelques jours par mois, toute l'aide qu'on peut avoir est précieuse !\nOn a toujours besoin d'un coup de main !\nLa lutte contre la précarité menstruelle et le tabou des règles est une cause qui vous tient à cœur ? Vous n'avez pas beaucoup de temps, mais de la motivation à revendre ? [...]\nN'oubliez pas, nous sommes toujours à la recherche de personnes motivées pour collecter des protections périodiques tout au long de l'année, si vous voulez avoir une action concrète, organisez votre collecte, c'est super simple et on vous guide tout du long !",
        "'Devenir bénévole' page of a French charity against period poverty (its Hugo site's GitHub repository); button labels and a line on the events cut. Hours to days a month, or organising a collection drive, asked of strangers -> too_big.",
    ),
    (
        "oxybulle_volontaires",
        "too_big",
        None,
        None,
        "Nous sommes toujours à la recherche de volontaires. [...]\n\"Pour moi, être volontaire d'Oxybulle, c'est prendre quelques heures par semaine pour un moment qui fait sens avec des enfants\" [...]\nVous vous reconnaissez dans l'un de ces profils ? Vous avez envie de partager un peu de votre temps avec des jeunes pour qui cela compte ? De les accompagner sur un bout de leur chemin ? Rejoignez-nous",
        "Testimonials section of a Belgian youth association's (ASBL) site (GitHub repository); the other volunteers' testimonies and first names cut, the link removed. Hours every week asked of strangers -> too_big.",
    ),
    (
        "mycelium_temoignage",
        "too_big",
        None,
        None,
        "Bienvenue sur ce blog dédié aux passionnés du développement web !\n\nIci, tu trouveras une collection enrichissante d'interviews de développeurs web, allant des débutants aux experts confirmés. [...]\n\nTu veux donner ton témoignage ? Contacte-moi sur [LinkedIn] !",
        "Welcome post of a career-changer's blog of interviews with web developers (GitHub repository); the LinkedIn link taken out, one paragraph cut. An interview asked of developers who are strangers follows the long-commitment rule -> too_big. ambiguous: the ask is soft and open ('tu veux... ?'); read as a small first contact it would be precise (web developers as the niche).",
    ),
    (
        "autisme_avis",
        "precise",
        None,
        None,
        "Que vous soyez une personne autiste, concernée par l'autisme ou juste intéressée, nous aimerions vraiment vous entendre, avoir votre avis et pourquoi pas vos contributions ! [...]\nDonnez votre opinion, votre avis ou nous faire part d'une information que nous n'avons pas\nNous essayons de faire en sorte que ce site soit le vôtre, de traiter les sujets qui vous préoccupent et qui vous intéressent. Toutefois, nous avons besoin de votre retour pour améliorer la qualité de notre contenu et pour connaître ce que vous attendez de nous.\nUne façon simple et rapide et de nous envoyer votre avis, votre opinion out toute idée de sujet que vous souhaitez quel l'on traite à [adresse].\nVous pouvez également nous dire quels sont les sujets que vous souhaitez voir traités sur ce site.",
        "'Exprimez-vous' page of a volunteer-run French site on autism (GitHub repository); the e-mail address taken out, the sections asking for testimonies and skills cut. Feedback or a topic idea for a named site is a small concrete request with a niche -> precise.",
    ),
    (
        "afup_lyon_cfp",
        "precise",
        None,
        None,
        "Nous sommes toujours à la recherche de nouvelles personnes pour enrichir les meetups de l'AFUP Lyon de nouvelles présentations (ceux-ci ont généralement lieu une fois par mois [...])\nTout le monde a quelque chose à partager, quel que soit votre secteur, votre expérience [...].\nSi vous n'avez jamais donné de présentation, n'ayez pas peur : nous avons une équipe de speakers confirmés qui sont là pour vous accompagner lors de la préparation de votre présentation. [...]\nAlors, si vous êtes partant pour partager avec nous vos connaissances, remplissez le formulaire ci-dessous avec une courte description du/des sujets que vous souhaiteriez aborder. N'hésitez pas dans ce champ à nous faire part de votre volonté de bénéficier de l'aide de l'un de nos mentors.",
        "Call for speakers of a Lyon PHP user group's meetups (GitHub repository of its site); the mentors' names and photos cut, the form cut. Sending a short topic description for a named meetup, with mentoring offered, follows the batch-21 reading of talk proposals (a small one-off step) -> precise. ambiguous: the talk itself is a long commitment from strangers (too_big).",
    ),
    (
        "montlouis_arbre",
        "precise",
        None,
        None,
        "Si je suis bien l'analyse de [un membre du club], je me pose la question suivante : Comment faire rentrer dans le cadre un arbre aussi important , sans le tronquer pour garder sa grandeur et sans avoir de déséquilibre entre le ciel et le sol?",
        "A member's reply in a photo club's critique forum thread (theme 'un arbre au printemps'); the critic's first name replaced by a bracketed description. A specific framing question about one photo -> precise.",
    ),
    (
        "visages_cannac",
        "precise",
        None,
        None,
        "Une photo - hélas en très mauvais état - trouvée sur une brocante parisienne. A son dos une annotation à peine visible \"Mariage de mémé Boileau et de pépé Boileau en 1888\". Rien de plus ! Si au moins le nom de naissance de l'épouse était indiqué ! [...]\nSi on arrive bien à lire \"Mariage de mémé Boileau…\" le nom du pépé n'est peut-être pas Boileau. Birleau ? C'est également possible. Mais là encore je ne trouve aucun homme nommé Birleau qui se marie à une Boileau, et ce dans toute la France, quelle que soit la date… [...]\nLe mystère du mariage Boileau demeure…\nEt vous, qu'en pensez-vous ?",
        "A post on a blog that tries to return found old photographs to the families; the search through civil records (names of a candidate couple) cut. The names on the 1888 photo are kept (the post's subject, not the writer). Readers' ideas on one photographed wedding -> precise.",
    ),
    (
        "lesjours_enquete",
        "too_big",
        None,
        None,
        "«Bonjour, je m'appelle [prénom nom]. Je suis romancier et journaliste. Je travaille depuis quelque temps sur votre parcours, en particulier sur les cinq dernières années. J'ai recueilli plusieurs témoignages sur cette période, mais il me semble crucial d'avoir le point de vue de tous les intervenants – seule manière de raconter une histoire de manière impartiale. Dans cette perspective, seriez-vous disposée à me rencontrer – ou simplement à me parler – pour apporter votre éclairage sur les événements qui ont récemment jalonné votre parcours ? Je comprendrais parfaitement que vous ne vouliez pas revenir sur cette période, et si c'est le cas, bien sûr, je ne vous dérangerai plus. [Prénom]. »",
        "A journalist's first message to the subject of his investigation, quoted by himself in the postface of a serialised investigation on a French news site; his name replaced by brackets. A meeting or an interview asked of a stranger follows the long-commitment rule -> too_big. ambiguous: 'ou simplement à me parler' leaves room for a short call with a clear purpose (precise).",
    ),
    (
        "laprovence_autrefestival",
        "too_big",
        None,
        None,
        "Les organisatrices recherchent d'ores et déjà une soixantaine de bénévoles, pour accompagner les écrivains, pour l'accueil dans les salles ou pour la régie. Si vous êtes intéressés, il faut être disponible du 7 au 9 février inclus. Une réunion des bénévoles est programmée ce vendredi 22 novembre à 19h au [un hôtel du centre].",
        "A regional newspaper's short item relaying a book festival's call for volunteers (Avignon); the festival's introduction cut, the hotel's name replaced by a bracketed description. Three full days asked of strangers -> too_big.",
    ),
    (
        "guichet_maison1925",
        "precise",
        None,
        None,
        "Bonjour, ma maison date de 1925 et je souhaiterais connaître son agencement initial. Où puis-je trouver les plans?",
        "A user's question to a public library's online question-and-answer service (Bibliothèque municipale de Lyon); the librarians' answer follows, cut. A specific question with a niche (a house of 1925, its original plans) -> precise.",
    ),
    (
        "limoges_candidats",
        "precise",
        None,
        None,
        "Madame, Monsieur,\nVous sollicitez les suffrages des citoyens et citoyennes de Limoges à l'occasion des élections municipales de mars. A ce jour, votre programme pour la prochaine mandature est en cours de finalisation ou complètement élaboré. [...]\nVous savez sans doute que l'association Renaissance du Vieux Limoges agit, depuis 1973, pour la promotion du patrimoine local, sous ses différentes formes. [...]\nTout ceci m'amène à vous adresser par la présente un dossier, ci-annexé, contenant diverses questions qui nous tiennent à cœur au sujet de la promotion du patrimoine local. Les adhérents de RVL et moi-même serions heureux de connaître vos réponses, précises et franches, à ces questions. Un retour avant fin février m'obligerait.\nEn effet, vous comprendrez que notre démarche sera médiatisée : vos réponses seront transmises à nos adhérents et à la presse [...].\nSi vous souhaitez approfondir certains aspects du présent dossier, je suis bien sûr à votre disposition pour en parler avec vous [...]",
        "A heritage association's letter to the candidates in a municipal election, in a document-sharing site's copy; the association's address, phone and e-mail taken out, the paragraph on the city's heritage label and the closing disclaimer cut. Answers to a questionnaire on local heritage by a stated date -> precise; candidates are not yet office-holders, so upward is left None. ambiguous: read as a letter to would-be mayors (D: executives) it would be upward, and vague for want of an offer.",
    ),
    (
        "fillesdufacteur_parrainage",
        "too_big",
        None,
        None,
        "Cette année nous allons continuer à soutenir 7 élèves et 2 étudiants, pour lesquels nous cherchons encore un parrain ou une marraine. [...]\nPour nous aider, faites un don, parrainez un enfant ou achetez une Clonette noire et faites passer le message, c'est le moment, on a besoin de vous.",
        "A small charity's blog post on schooling in West Africa; the pupils' first names, classes and marks cut. A donation, a sponsorship or a purchase -> too_big.",
    ),
    (
        "educateur_sala",
        "vague",
        None,
        None,
        "«C'est un établissement privé parce je souhaite contrôler la qualité de l'enseignement qui y est dispensé, parce que je veux que les paysans aient aussi accès à la qualité. Je veux et je travaillerai à ce que le taux de succès soit le même, sinon supérieur à ceux des meilleures écoles du pays. Si vous voulez accompagner mon rêve, vous êtes le bienvenu.»",
        "A school founder's words quoted in a Swiss teachers' magazine's article on a secondary school in a Burkina Faso village; his name cut. An open welcome with no concrete request -> vague. ambiguous: 'accompagner mon rêve' may serve being funded (B: too_big).",
    ),
    (
        "vigiliantes_pepille",
        "precise",
        None,
        None,
        "On approche de l'automne, période faste pour les pépinières !\nAlors, pour cette première session de la rentrée, on continue sur notre lancée, et on prépare les prochains mois.\n\nVenez avec vos idées, vos questions, vos envies pour qu'ensemble on planifie :)\n\nLes propositions du mois :\n\n- s'il vous reste des cartons, il nous reste encore quelques mètres carré à couvrir\n- on est aussi en rupture de paille / foin ; on prend tous les bons plans !\n- plantation de couvre-sols (fraisiers, par exemple ?) si vous en amenez\n- un peu de signalétique / aménagement\n[...]\nComme d'habitude, vous pouvez aussi très bien passer juste pour papoter :)",
        "Event notice of a collective tree nursery near Dinan on its association's site (GitHub repository); the directions cut. Leftover cardboard, a tip for straw or hay, a few strawberry plants for a named nursery are small concrete requests with a niche -> precise. ambiguous: the Sunday-morning work session itself (2.5 hours) is time asked of readers not shown close (too_big under the long-commitment rule).",
    ),
    (
        "mgc_quisuisje",
        "vague",
        None,
        None,
        "Pendant plus de 15 ans, j'ai été journaliste à Radio France. J'ai fait du reportage, présenté des journaux, fait des directs, présenté des émissions spéciales, animé des débats politiques, donné la parole à ceux qui faisaient l'actualité. Et j'ai remarqué une chose. Ce n'est pas la personne la plus compétente qu'on écoute, c'est la plus claire, la plus vraie. Avec le temps, une évidence s'est imposée : ce métier , qui m'a passionné toutes ces années , ne me convenait plus. J'avais envie de passer de l'autre côté, de ne plus seulement recueillir la parole des autres, mais de les aider à s'exprimer pleinement.\n\nJe suis convaincue d'une chose : tout le monde a quelque chose à dire, et tout le monde mérite d'être entendu. Il ne s'agit pas de devenir quelqu'un d'autre, mais d'oser prendre sa place, avec sa voix, son énergie et sa singularité. [...]",
        "'Qui suis-je ?' section of a speaking coach's site (GitHub repository); the line on her hobbies cut. A seller's self-description that asks for nothing -> vague (C).",
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

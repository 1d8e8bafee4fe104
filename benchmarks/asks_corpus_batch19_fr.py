# ruff: noqa: E501  (quoted data: long lines keep each quotation whole)
"""A nineteenth French batch of asks written by other people (issue #16): "batch 19", untouched.

Collected as pending asks (to wait until 30) and made a batch at once, since this pass found 36;
labelled blind by the collector as written down, then by a blind second coach
(``asks_corpus_batch19_fr_second.jsonl``).

How it was made: collected in one pass on 4 December 2026 (French sources are nearly used up: the last three
collectors found 17, 11 and 13 asks). The search tool was queried in French in its ``pages`` and ``issues``
corpora (and ``code`` through ``find_string`` on exact French phrases, whose hits were all already in the corpus)
for real asks of kinds less used so far: a retirees' association's call for witnesses for a TV documentary,
heritage and local-history calls for testimonies and photos (a sardine cannery, an engineering works, a
lycée's class photos), a former pupils' blog inviting to a remembrance day, a First World War soldier's letter
to his friend quoted by a news digest, a Swiss consumer magazine's reader asking its lawyers, a Swiss
broadcaster's casting call, a Réunion daily's open letter to a mayor, an amateur football club's open letter to
a professional club's president, a legal forum and a Q&A site of volunteer experts, a Québec university chair's
GitHub tracker, French GitHub issues (a Nantes meetup listing, a leave-management tool, a speech-to-text app, a
carpooling platform), an African news story quoting a fake account and the real person's reply, a florist's
video appeal, a lycée staff's online kitty, a nursing assistant's crowdfunding, an illustrator's fraud story,
a Belgian illustrator's report of a journalist's call, a public letter-writer's and a shoe blogger's reported
e-mails, a TV report transcript, a chamber of commerce's call for placements, an astronomy association's
quoted pupil, and personal blogs' questions to their readers (a photographer, an aspiring novelist, a mother,
a friend's moving request). Most pages and threads the searches surfaced were already in the corpus, and most
"messages I received" pages are stored only up to their opening, before the quoted messages.

Before a source was taken, its domain or GitHub owner/repo and one distinctive phrase were grepped (``git grep
-il``) against ``tests/data/asks_corpus/`` and ``benchmarks/`` of this branch (made from main) and of the
collect19-en worktree (``grep -ril`` there, untracked files included); a source whose domain was found was
dropped even when the page differed. Dropped: expat.com, immigrer.com, francetvinfo.fr, forum.plumedargent.fr,
presselib.com, doneeractie.be, epochtimes.fr, canalblog.com (ptitmath, genealalie, feliecity, dorotheeh,
dmpstrasbourg), digischool.fr, over-blog.com (profignoble, florianbrunner), assemblee-virtuelle/semapps,
betagouv/beta.gouv.fr, Lenormant/location, pixelhumain/communecter, ThibaultLatrille/ControverSciences,
francebleu.fr, lapresse.ca, mesconstats.ca, mathieulaferriere.com, nomadowrite.fr, planeteblog.com,
biblibre.com, cosson-genealogieblog.fr, nakedtranslations.com, fr.scribd.com, pressreader.com,
union-etudiante-13.fr, letudiant.fr, openaddresses/openaddresses, thers/fr-docs, MTES-MCT/dialog,
ploum/lingi2401, sveinburne/lets-play-science, JDIS/Organisation, Alignak-monitoring-contrib/alignak-backend,
mquandalle/mesaidesvelo, azavana/velirano, and code-index files already cited by id or by phrase (the LD
Gestion Pro, MEMOVIA and Atelier Web prospecting templates, the lawyer-in-Spain demo message, the
Verdant/Priya introduction and the éclairage-public student script). The stop rule (about 35 minutes) ended the
collection.

Each ask was labelled by the labelling guide (``tests/data/asks_corpus/GUIDE.md``: the guide and its v2
amendments A-E) as it was written down, before anything ran on it. The collector never opened, imported or ran
the ask checker or its evaluation and fitting scripts, and read only the layout of
``asks_corpus_batch18_fr.py`` (not its items), so these asks are unseen by the checker. Conventions kept (recorded
in the notes): a scam post is judged by its text alone (A), so a fake account's « parle-moi de ton projet » is
``vague`` even though the page says fees were demanded afterwards, and a request to pay again or to refund
money is ``too_big`` whoever asks; a commission, paid or underpaid, and a paid installation job offered to a
stranger are contracts (``too_big``, noted ambiguous); crowdfunding and kitties ask for money (``too_big``);
calls for volunteers and for firms to host pupils for a week ask strangers for hours or an internship
(``too_big``, noted ambiguous); a pupil's request for a placement is ``too_big`` however young he is; calls for
witnesses or photos with a named plant, cannery or lycée are small concrete requests with a niche (``precise``,
noted ambiguous when the interview's length is not stated); a day's help asked of a former flatmate (circle 2)
is not too big; letters to a mayor, a club president or a professional (D: upward) with no offer are ``vague``
(P7); readers of a personal blog or members of a forum are peers (upward False); a reported request is
restored in the first person in square brackets.

Item layout as in ``asks_corpus_batch10_en``: (source id, label, upward, circle, text, note); the item list is
``FR``. The text keeps only the ask and what immediately frames it, ``[...]`` marking cuts and square brackets
marking words put in for names, titles, links or a reported request restored in the first person. Real people's
names were cut or replaced by their title or an invented first name; e-mail addresses, phone numbers, handles and
personal links were taken out. The note records those edits and, for texts the guide leaves open, the reading
chosen ("ambiguous: ..."). Source list: ``asks_corpus_batch19_fr_SOURCES.md``. A throwaway script run after the
last item compared every 10-word run of these texts with ``tests/data/asks_corpus/*.jsonl`` and the other
``benchmarks/asks_corpus_*.py`` files: no run is shared (37 files compared: the two ``*.jsonl`` and the 35 other
``asks_corpus_*.py`` of this branch; ``*_second.jsonl`` excluded; the collect19-en worktree had no new file
yet). The builder does not read this module.

36 asks from 35 sources: precise 20, vague 6, too_big 10.
"""

SOURCES = {
    "lacroix_electricien": "http://www.la-croix.com/Journal/Je-veux-etre-travailler-2016-11-20-1100804532",
    "cupum_courriel": "https://github.com/CUPUM/ai_edi_space/issues/37",
    "dehaes_bd": "https://www.sergedehaes.be/portfolio/rions-un-peu_9",
    "lebarbier_acompte": "https://www.myriamlebarbier.fr/blog",
    "lyoncapitale_leetchi": "https://lyoncapitale.fr/Technologies/Pour-financer-ses-etudes-il-demande-60-000-euros-aux-internautes",
    "onparticipe_lycee": "https://www.onparticipe.fr/c/VovnqQ40",
    "expertsunivers_toiture": "http://experts-univers.com/toiture-refaite-neuf-malfacons.html",
    "vendomois_benevolat": "https://lepetitvendomois.fr/arts-culture/expositions/appel-a-benevolat/",
    "chaslerie_chimie": "https://www.chaslerie.fr/blog/fac/message/2103",
    "nantestech_sponsors": "https://github.com/nantes-tech-communities/list-communities/issues/103",
    "libertempo_vps": "https://github.com/libertempo/web/issues/895",
    "murmure_install": "https://github.com/Kieirra/murmure/issues/247",
    "selectiondujour_poilu": "https://www.laselectiondujour.com/quand-les-reseaux-sociaux-ne-servent-pas-qua-lyncher-n278",
    "memviv_lycee": "http://mem.viv.free.fr/?p=45",
    "raincy_photos": "http://www.raincy-nono.com/article-19770376.html",
    "psasochaux_temoins": "https://www.retraite-psa-sochaux.com/?p=4555",
    "sardines_chancerelle": "http://sardinesenfolie.blogspot.com/2013/07/160-ans-de-connetable-en-quete-des.html",
    "cilac_sacm": "https://cilac.com/456-sacm-mulhouse-appel-a-temoins",
    "ssrsr_casting": "https://ssrsr.ch/a_la_une/casting-de-la-rts-ce-samedi-au-marche-de-fribourg/",
    "forumsmc_reims": "https://www.forumsmc.com/forum/viewtopic.php?f=3&start=1845&t=3343",
    "amotsdelies_candidature": "https://amotsdelies.com/blog/tag/ecrivain-public",
    "coconote_nounou": "https://coconote.app/notes/7b423398-1fb5-4518-9a00-bf1892d4c28f/transcript",
    "pafrica_projet": "https://pafricatvinfo.com/2025/04/16/people-gabrielle-lemaire-le-nom-de-la-compagne-de-didier-drogba-utilise-dans-une-escroquerie/",
    "europesays_fleuriste": "https://www.europesays.com/fr/?p=508773",
    "shooooes_bottines": "http://shooooes.fr/page/24/",
    "bonasavoir_loyer": "https://www.bonasavoir.ch/actu/redaction-online/redaction-online-detail/article-detail/hausse-generale-des-couts-un-pretexte-a-contester",
    "temoignages_fouachaux": "https://www.temoignages.re/chroniques/di-sak-na-pou-di/lettre-ouverte-au-maire-de-saint-denis,14946",
    "legavox_trottoirs": "https://legavox.fr/forum/droit-general/stationnement-trottoirs_66550_1.htm",
    "cci_stage3e": "https://hautsdefrance.cci.fr/actualites/proposez-quelques-clics-stage-observation-aux-eleves-de-3e/",
    "covoitlibre_asso": "https://github.com/covoiturage-libre/covoiturage-libre/issues/357",
    "pointedudiable_stage": "https://astronomie-pointedudiable.fr/2015/01/notre-premier-stagiaire",
    "mirovinben_autofocus": "http://www.mirovinben.fr/blog/index.php?post/id1400",
    "lorouge_manifeste": "https://lorouge.wordpress.com/tag/harcelement-scolaire/",
    "devreaux_agents": "http://jane-devreaux.blogspot.com/2014/12/lagent-litteraire.html",
    "kwaite_demenagement": "https://blog.kwaite.fr/2012/10/21/minou-demenage",
}

FR = [
    (
        "lacroix_electricien",
        "vague",
        True,
        None,
        "Pour choisir entre la mécanique et l'électricité, je demanderai d'abord à ceux qui connaissent le mieux le sujet. [...] Et puis je veux être sûr de travailler. Pour valider mon choix, j'aimerais que l'on me dise s'il y a déjà trop d'électriciens ou de mécaniciens.",
        "A national daily's page for young readers ('Je veux être...') quoting a pupil on the trade he wants to learn; the pupil is not named here; cut to the request. A pupil asking working professionals is upward (D); the question has a niche (electricians or mechanics, the job market) but no offer and no reference to the reader's work -> vague (P7). Ambiguous: addressed to the newspaper's readers and experts rather than to one person.",
    ),
    (
        "cupum_courriel",
        "precise",
        None,
        None,
        "@[collègue], dans un tel cas, serait-il pertinent d'avoir une adresse courriel de la Chaire à laquelle nous pourrions recevoir les propositions de communication ?",
        "A GitHub issue of a Montréal university research chair planning a research day on inclusive urban landscapes (a French-language Québec tracker); a team member asks a colleague; the handle replaced. A question of opinion on a stated point (a shared e-mail address for the call for papers of the Chair's research day): concrete, niche -> precise. The text does not show who is senior (A), so upward is None.",
    ),
    (
        "dehaes_bd",
        "too_big",
        None,
        None,
        "[Vous sentez-vous capable d'imaginer une petite bande dessinée en trois cases pour tenter de faire sourire le lecteur ?] [...] le budget est extrêmement serré. [...] [Je travaille pour un célèbre journal francophone, probablement un des plus grands : la visibilité qu'offre une publication dans un quotidien aussi prestigieux sera une réelle opportunité pour votre carrière d'illustrateur.]",
        "A Belgian illustrator's portfolio page reporting a journalist's phone call; the reported request and pitch restored in the first person in square brackets from the illustrator's account; no names. The object is a commission (a contract for paid drawings, at a cut price) -> too_big (guide 1: a contract).",
    ),
    (
        "lebarbier_acompte",
        "too_big",
        None,
        None,
        "[J'ai versé l'acompte, mais je me suis trompé sur le montant : je vous ai versé 2000 € de trop. Pouvez-vous me rembourser dès que possible ?]",
        "An illustrator's blog telling a fraud attempt by a would-be client who had accepted her quote; his phone request restored in the first person in square brackets from her account; no names. The object is money (a transfer back) -> too_big, judged by its text alone (A) as for the scam items of earlier batches.",
    ),
    (
        "lyoncapitale_leetchi",
        "too_big",
        None,
        None,
        "Je me dis que si chacun donne même 1 ou 2 euros, mis bout à bout, nous arriverons à la somme totale. [...] Si nous récoltons déjà 20 000 euros avant septembre, ce serait super.",
        "A Lyon news site's story on a nursing assistant who asks internet users to fund his nursing school through an online kitty; his words as quoted (from a regional daily), name cut. The object is money (donations toward 60,000 euros) -> too_big.",
    ),
    (
        "onparticipe_lycee",
        "too_big",
        None,
        None,
        "Pour continuer à les soutenir, à leur offrir ces temps de répit, nous avons besoin d'aide, de votre aide ! Si vous pouvez, si vous voulez, faites un geste pour eux. Même une petite somme fait la différence, vraiment. Merci ! Les personnels du LP [...]",
        "An online kitty opened by the staff of a vocational lycée for homeless pupils (paying dormitory nights); cut to the appeal, the organiser's name and the school's name cut. The object is money (donations, however small) -> too_big.",
    ),
    (
        "expertsunivers_toiture",
        "precise",
        None,
        None,
        "J'ai fait refaire ma toiture, elle est inachevée et il y a des malfaçons et certains chevrons n'ont pas été changés alors qu'il était prévu de mettre que des neufs [...]. L'entrepreneur veut venir prendre le solde, je voudrais savoir quel pourcentage je peux lui retenir déjà pour voir s'il n'y a pas de gouttières lorsqu'il pleuvra et pour l'absence de chevrons neufs et malfaçons à certains endroits.",
        "A question posted to a French Q&A site of volunteer experts (home works); anonymous; one aside cut. A specific question for information (how much of the balance a homeowner may withhold from a roofer for unfinished work): concrete, niche -> precise. The experts are not shown senior in the sense of D (no work cited), so upward is None.",
    ),
    (
        "vendomois_benevolat",
        "too_big",
        None,
        None,
        "La seule qualité requise, pour le groupe accueil par exemple, est l'amabilité, le goût du contact. [...] le bénévole est assis et sa mission peut être limitée à 2h. Les personnes qui préfèrent le bricolage peuvent rejoindre le groupe [...], même si nous serions particulièrement ravis d'accueillir un électricien par exemple. [...] Assister à la première réunion des bénévoles, sans engagement : MERCREDI 20 AVRIL à 17 heures, [adresse].",
        "A Vendôme local news site's call for volunteers for a photography festival, in question-and-answer form (the organiser's answers quoted); cut to the appeal, the address replaced. Strangers are asked for hours of their time over a season (volunteering at the festival, an electrician welcome) -> too_big, as for the calls for volunteers of earlier batches. Ambiguous: the immediate step is a meeting 'sans engagement', and a mission may be limited to 2 hours.",
    ),
    (
        "chaslerie_chimie",
        "vague",
        None,
        3,
        "Je pense que vous êtes au courant mais nous fêtons cette année l'année internationale de la chimie. Nous organisons plusieurs ateliers grand public. Tout se déroulera le 16-17 Juin sur le campus 2. Si vous êtes dans les alentours et que vous avez du temps, je pense que cela pourrait vous intéresser. Je vais vous laisser en vous remerciant encore une fois pour toute l'attention que vous portiez à mes cours. En espérant vous revoir un jour.... Bonne soirée. [Étienne]",
        "A manor owner's blog (a former mature student at a Normandy university) quoting an e-mail his former chemistry lecturer sent him; the lecturer's name replaced by an invented first name; the opening compliments cut. A mention of public workshops 'si vous avez du temps', with no request made -> vague. Circle 3: a former teacher who remembers the reader from his classes.",
    ),
    (
        "nantestech_sponsors",
        "precise",
        False,
        None,
        "Afin de lister les entreprises souhaitant héberger ou sponsoriser des meetups, est-ce qu'il serait possible de prévoir un encart sur ce repo ? Avec nom de l'entreprise, personne à contacter, meetup préférentiel ?",
        "A GitHub issue of the shared listing of Nantes tech communities (meetup organisers); a member asks the maintainers. A concrete small request (a section of the repository listing host companies, with the fields named), niche (Nantes tech meetups, hosting and sponsoring) -> precise. Fellow organisers are peers (D), so upward is False. 'sponsoriser' names the topic; nobody is asked for money (guide 1).",
    ),
    (
        "libertempo_vps",
        "too_big",
        None,
        None,
        "bonjour, mes capacités en insatllation de logiciel etant tres limitées, je cherche un developpeur etant capable de pouvoir installer libertempo sur un serveur vps. moyennant paiement bien sur.",
        "A GitHub issue of a French open-source leave-management web application; a user posts a request to the project's community; spelling kept. A paid job offered to a stranger (installing the software on a VPS, 'moyennant paiement') -> too_big (guide 1: a contract). Ambiguous: the asker is the one who would pay, and the task is small; read like the free-work commissions of earlier batches, with the payment.",
    ),
    (
        "murmure_install",
        "vague",
        None,
        None,
        "Je n'arrive pas à installer le logitiel sur mon PC, j'ai pourtant suivis les instructions en collant la ligne de commende sur mon terminal !",
        "A GitHub issue titled 'Intallation du logitiel Mumure' on a French speech-to-text desktop application; spelling kept. A problem stated with no request and no detail (no system, no error message) -> vague. Ambiguous: a help request is implied by posting it.",
    ),
    (
        "selectiondujour_poilu",
        "precise",
        False,
        1,
        "Je m'adresse à vous comme au meilleur, au seul de mes amis, [...] [je pars] dans deux heures pour une destination incertaine où doivent se passer de grandes choses. [...] Je connais votre cœur et je n'hésite pas à lui faire un appel suprême : vous ne refuserez pas le pénible service, en cas d'événement grave, d'avertir ma famille et ma fiancée qu'avant de mourir, après avoir donné ma vie au pays, mon âme ne pense qu'à eux et leur envoie mon adieu suprême.",
        "A French news-digest site quoting the last letter of a First World War sergeant to his friend (1915), found by the Marseille police; names cut; one phrase restored in square brackets. A concrete request to the closest of friends (circle 1, 'le seul de mes amis'): to tell his family and fiancée a stated message if he dies -> precise. Ambiguous: a grave favour rather than a networking ask, but small in time and stated exactly.",
    ),
    (
        "memviv_lycee",
        "precise",
        False,
        None,
        "Le Musée Municipal [...] organise une exposition sur le Lycée qui aura lieu du 4 mars au 5 avril 2009. A la faveur de l'évènement, une journée du souvenir s'organise le 21 Mars, qui sera une occasion privilégiée de rencontres… Si vous pouvez venir, ajoutez un commentaire pour vous inscrire [...]. Vos amis saurons que vous serez présent ce jour-là et viendront peut être pour vous rencontrer… La journée peut devenir un moment de rencontre exceptionnel avec le passé si l'information se relaie (merci pour votre action) [...]",
        "A blog of former pupils and teachers of an experimental lycée, announcing a remembrance day; the museum's name cut; spelling kept. Two small concrete requests to former pupils (sign up in a comment if coming; pass the information on), with a niche (the lycée, the exhibition, 21 March) -> precise. Ambiguous: it invites readers to a day-long reunion, which could read as a long commitment from weak ties (too_big); read as an invitation to an event they would attend for themselves.",
    ),
    (
        "raincy_photos",
        "precise",
        False,
        None,
        "[Cette présentation] permettait, avec l'aide de chacun et grâce à ses souvenirs, de compléter les renseignements déjà connus, de les vérifier et de l'étoffer par l'apport de nouvelles photos qui, numérisées par nos soins, figureront aux côtés de celles déjà réunies (près de 2200 à ce jour…). [...] Un nouvel appel est lancé auprès des anciens élèves et de leurs parents pour nous faire leurs propositions qui permettront de continuer à constituer la galerie de photos de classes la plus complète possible. Les documents collectifs intéressant la vie du lycée sont également les bienvenus.",
        "A local blog in Le Raincy (Seine-Saint-Denis) relaying the former pupils' association of the town's lycée after an open day; photographer's name cut; one subject restored in square brackets. A concrete request to former pupils and parents (lend class photos and documents of the lycée to be scanned), with a niche (one lycée's class-photo gallery) -> precise. Former pupils are peers of the association (upward False).",
    ),
    (
        "psasochaux_temoins",
        "precise",
        False,
        None,
        "Recherche candidats… Préparation d'un documentaire pour France 5, mettant en valeur notre vécu à l'usine de Sochaux. [...] L'objectif recherché serait de pouvoir discuter avec différentes personnes qui ont travaillé à Sochaux et qui pourraient témoigner de leur expérience, de leur quotidien, de leur métier, de leur vie tout simplement. [...] Dans ce but, nous recherchons des candidatures, situées sur l'ensemble des postes occupés durant leur activité, désirant témoigner [...]. Les personnes intéressées par cette opération, que nous espérons nombreuses, peuvent se faire connaître auprès de : [contact].",
        "The website of a retirees' association of a car plant (Sochaux) relaying a call for witnesses for a TV documentary; the contact's name and e-mail replaced. A concrete request to fellow retirees (come forward to testify on camera about their work at the plant), with a niche (one plant, one documentary) -> precise. 'candidatures' names volunteers to testify, not a job. Ambiguous: the interviews' length is not stated (a long commitment would make it too_big).",
    ),
    (
        "sardines_chancerelle",
        "precise",
        None,
        None,
        "Si vous avez des témoignages à partager, des photos à montrer sur les usines [de la conserverie] des années 60 aux années 90, notre historien en a besoin. [...] Vous pouvez apporter votre contribution (témoignage, photographies…) et contacter [l'historien] par mail ou via Facebook [...]. Le travail, l'ambiance, le rescompte en fin d'année, les remises de médailles du travail, les départs en retraite… La vie des usines, du port du Rosmeur à Lannugat, est au cœur de ses recherches. Il compte sur vous ! Et si vos proches (famille, amis...) ayant travaillé [là] n'ont pas internet, faites suivre le message auprès [de lui] pour qu'il prenne contact avec eux.",
        "A Douarnenez blog on sardine canning relaying a local historian's call for memories of a cannery group's plants; the historian's name and the group's name replaced in square brackets. Concrete requests (share a testimony or photos; pass the message on to relatives who worked there), with a sharp niche (one cannery group's plants, 1960s-1990s, named sites) -> precise.",
    ),
    (
        "cilac_sacm",
        "precise",
        None,
        None,
        "Pour réaliser ce projet, nous sommes à la recherche de témoins. Vous avez certainement beaucoup de choses à raconter et à faire découvrir sur votre vécu à la SACM : anecdotes, recrutement, relations et conditions de travail, carrière, conflits, satisfactions et loisirs au travail, entre autres…… Si vous êtes intéressés et souhaitez transmettre la mémoire de la SACM, si vous possédez des objets, des documents, des photos qui peuvent illustrer le livre et/ou trouver leur place dans l'exposition, vous pouvez contacter le chef de projet [...]",
        "An industrial-heritage committee's site relaying a Mulhouse association's call for witnesses of a closed engineering works (a book of interviews and an exhibition); cut before the project leader's name and details. A concrete request (former workers to come forward for an interview, or to lend objects, documents and photos), with a niche (one works, named topics) -> precise. Ambiguous: the interview's length is not stated.",
    ),
    (
        "ssrsr_casting",
        "precise",
        None,
        None,
        "La chaîne recherche des Romands intéressés par la mobilité. [...] La chaîne recherche des citoyennes et citoyens romands souhaitant donner leur avis sur le thème de la mobilité et en débattre avec des politiciens, dans une émission diffusée le 8 avril prochain à 20h10 sur RTS Un. [...] Les personnes intéressées peuvent poster une vidéo, une photo ou un simple message de leur vision de la mobilité sur Twitter ou Instagram (hashtag [...]) ou sur Facebook [...].",
        "A Swiss public broadcaster's members' society relaying the broadcaster's casting call for a debate programme (Fribourg market stand, social networks); journalists' names cut, the hashtag cut. A concrete small request to the public (post a video, photo or message on mobility), with a niche (French-speaking Swiss residents, mobility, one programme) -> precise. Ambiguous: taking part in the broadcast itself is a longer commitment; the first step asked is small.",
    ),
    (
        "forumsmc_reims",
        "vague",
        True,
        None,
        "Monsieur le Président, 571 € ! Merci pour votre générosité. A la fin de notre match de coupe de France, vos collaborateurs ont réclamé la part de recette vous revenant [...]. Malheureusement, les bonnes coutumes de la Coupe de France se perdent du côté de Reims. Je parle bien entendu de la coutume voulant que les clubs pros laissent leur part de recette aux clubs amateurs. Que représente ces 5500 € pour un club pros se qualifiant, touchant ainsi la prime FFF et surtout dont le budget est de 27 millions d'euros ? [...] Vous souhaitant le meilleur pour la suite de votre parcours, Respectueusement. Le vice-président, Trésorier [du club]",
        "An amateur football club's open letter to the president of a professional club, quoted in a supporters' forum; the signatory's name and club cut; one sentence cut. Written to a club president (D: upward). Reproach and irony with no request stated -> vague (A: the text decides). Ambiguous: the implied wish is the gate money back, which would be money (too_big) if it were asked.",
    ),
    (
        "amotsdelies_candidature",
        "too_big",
        None,
        None,
        "[Je suis écrivain public nouvellement formé et je vous adresse ma candidature spontanée pour travailler avec vous afin de gagner en expérience.]",
        "A public letter-writer's blog (a sole trader in south-west France) reporting an e-mail from a newly trained letter-writer; the request restored in the first person in square brackets from her account. The object is being taken on to work with her (a job or an unpaid placement) -> too_big (guide 1; B).",
    ),
    (
        "coconote_nounou",
        "precise",
        None,
        None,
        "Je suis à la recherche d'une nounou, je voulais savoir si je pouvais mettre un petit mot sur [votre panneau]...",
        "A transcript (on a note-taking site) of a French TV report on parents looking for childminders; a mother in the Paris region asks a shopkeeper, on camera; her words cut off in the transcript, the object restored in square brackets from the report. A concrete small request (permission to pin a small ad), with a niche (a childminder wanted, in her town) -> precise. A stranger, not shown above her (upward None).",
    ),
    (
        "pafrica_projet",
        "vague",
        None,
        None,
        "Parle-moi brièvement de ton projet, on ne sait jamais. [...] Si vous réussissez, vous avez le devoir de redonner. Laissez votre projet à travers ma messagerie afin de bénéficier de mon soutien. Je suis disponible pour répondre à tous vos messages à travers ma messagerie.",
        "An African news site's story on a fake Facebook account using a public figure's name, quoting two of its posts (the site notes their spelling mistakes); one sentence of the site cut. Judged by its text alone (A): readers are asked to describe 'ton projet', with no field or kind named -> vague. Ambiguous: the page says deposits and fees were demanded afterwards (money), which the text does not show.",
    ),
    (
        "pafrica_projet",
        "precise",
        None,
        None,
        "Merci à toutes et tous de m'aider en le signalant, s'il vous plaît.",
        "Same African news story: the public figure's own post, quoted, asking her followers about the fake account bearing her name. A concrete small request (report that account) with a niche (the account the post is about) -> precise. Followers are not shown above her (upward None).",
    ),
    (
        "europesays_fleuriste",
        "too_big",
        None,
        None,
        "Pendant que je travaillais jusqu'à 19h, mon domicile s'est fait cambrioler. Ils sont partis avec l'intégralité de la recette, en espèces et en chèques, réalisée durant la Toussaint. [...] J'en appelle à votre sympathie, à votre compréhension et votre humanité pour venir rerégler vos fleurs, parce qu'on n'a plus rien. Ça fait une semaine qu'on se bat, qu'on travaille de 6h30 à 22h tous les jours pour vous satisfaire [...].",
        "A news aggregator's story on a young florist in Caudry (Nord) whose takings were stolen, quoting her video appeal to customers; her first name cut. The object is money (customers paying again for flowers whose cheques were stolen) -> too_big.",
    ),
    (
        "shooooes_bottines",
        "precise",
        None,
        None,
        "[Je n'ai pas de bottines, ni qui soient fun, ni qui soient confortables : pourriez-vous m'en conseiller qui veuillent bien marcher sur des pavés si possible ?]",
        "A shoe blog reporting, tongue in cheek, an e-mail from a reader; the reader's request restored in the first person in square brackets from the blogger's account. Advice on something stated (fun, comfortable ankle boots for cobbled streets) -> precise. A reader writing to a blogger she follows is not shown writing upward (D needs clear seniority), so upward is None.",
    ),
    (
        "bonasavoir_loyer",
        "precise",
        None,
        None,
        "Dois-je accepter la hausse de mon loyer ? [Mon propriétaire avance trois motifs pour la justifier, dont une « augmentation générale des coûts » facturée 16.40 fr. par mois.]",
        "A Swiss consumer magazine's online article on a reader from Yverdon who asked its legal service for advice; her first name cut; the circumstances restored in the first person in square brackets from the article. A specific question (whether to accept a rent increase, with its stated grounds and amount) -> precise. A reader asking a consumer association's lawyers is not shown writing upward (no work cited), so upward is None.",
    ),
    (
        "temoignages_fouachaux",
        "vague",
        True,
        None,
        "Monsieur le maire, Il n'y a pas si longtemps, un inconnu que vous devez connaître a dû estimer que l'état normal d'un four était d'être chaud. Grâce à l'argent du contribuable, les panneaux de la rue du Four à chaux se transformèrent alors en rue du Four à Chaud. Il serait bien que vous demandiez à ce décideur de s'exprimer sur la raison de ce changement. [...] Je vous prie de croire, Monsieur le maire, à l'assurance de ma plus haute considération. [...]",
        "An open letter to the mayor of Saint-Denis (La Réunion) in a Réunion daily's readers' column; the ironic street-name suggestions and the signature cut; one typo mended ('con tribuable'). A request to a mayor (D: upward) with a niche (one misspelt street sign), but no offer and no reference to his work (P7) -> vague. Ambiguous: satire as much as a request.",
    ),
    (
        "legavox_trottoirs",
        "precise",
        False,
        None,
        "Bonjour, Le Maire de mon village vient d'adresser un courrier aux seuls habitants de 3 rues de la commune, rappelant l'interdiction du stationnement sur les trottoirs, avec menace de faire verbaliser les contrevenants. [...] Je conteste cette position au motif de l'égalité des citoyens devant la loi. [...] Merci de vos remarques ... Quelles sont les actions à entreprendre ? Bien cordialement",
        "A post on a French legal forum (members and lawyers answer); anonymous; two sentences of argument cut. Advice on a stated situation (a mayor's parking ban enforced on three streets only: what action to take) -> precise. Forum members are peers (upward False).",
    ),
    (
        "cci_stage3e",
        "too_big",
        None,
        None,
        "Les élèves de 3ème ont l'obligation d'effectuer un stage d'observation d'une semaine en milieu professionnel [...]. Mais quand ces élèves sont issus de collèges situés en zone d'éducation prioritaire renforcée, force est de constater qu'il leur est plus difficile encore de décrocher des stages qui tiennent véritablement la route ! Les entreprises, associations, administrations, etc… qui souhaitent leur proposer des stages répondant à cette exigence de qualité peuvent le faire dès à présent sur le portail [...].",
        "A regional chamber of commerce's news item asking firms to post week-long observation placements for pupils from priority-education collèges; the portal's address cut. The object is internships (firms hosting a pupil for a week), asked of organisations the chamber addresses at large -> too_big (guide 1: an internship; a week from strangers). Ambiguous: the chamber asks on the pupils' behalf, and the immediate step (posting an offer online) is small.",
    ),
    (
        "covoitlibre_asso",
        "precise",
        False,
        None,
        "Bonjour à vous. Je m'exprime dans la langue de molière. [...] Je vous contact au nom d'une association qui aimerait développer dans un avenir proche une solution de covoiturage. Je ne préfère pas m'étendre trop longtemps sur l'association dans une partie publique car c'est un projet que l'on souhaite garder encore privé. Juste, il s'agit d'une association avec une portée sociale assez forte ciblant une population locale. Si jamais vous en avez le temps, faites moi signe, on trouvera une solution pour discuter en privé ;) Merci d'avance ;) Bonne journée [...]",
        "A GitHub issue titled 'Prise de contact d'une association' on a French free-software carpooling platform; the signature (a nickname) cut; one sentence on the choice of French cut; spelling kept. A request for a private talk with a purpose (an association's planned carpooling service for a local public), niche stated -> precise. Ambiguous: the purpose is kept vague on purpose ('je ne préfère pas m'étendre'), which could read as vague. Maintainers of a community project are peers (upward False).",
    ),
    (
        "pointedudiable_stage",
        "too_big",
        None,
        None,
        "J'aimerais beaucoup faire mon stage de 3 jours d'observation en milieu professionnel chez vous car je souhaite devenir astrophysicien.",
        "A Brittany astronomy association's blog quoting the e-mail of a pupil in 3e (Saint-Brieuc) who asked to do his observation placement with them; the pupil is not named. The object is an internship (a three-day placement) -> too_big (guide 1), however young the asker. The association's members are not shown as professionals senior to him, so upward is None.",
    ),
    (
        "mirovinben_autofocus",
        "precise",
        False,
        None,
        "Mes deux fils, jeunes (forcément), m'ont dit entendre un sifflement quand j'utilise le 70-300 ou le 60 macro. Il semblerait qu'ils perçoivent une fréquence engendrée par l'autofocus (a priori \"ultrasonic\"). Perso, à bientôt 59 ans, je n'entends rien. Mais quid des oiseaux, surtout sauvages ? Dois-je passer à une mise au point manuelle ? A suivre...",
        "A personal photography blog's post ending on a question to its readers (fellow amateur photographers); anonymous. Advice on something stated (whether an ultrasonic autofocus whine disturbs wild birds, and whether to switch to manual focus with two named lenses) -> precise. Readers are peers (upward False).",
    ),
    (
        "lorouge_manifeste",
        "precise",
        False,
        None,
        "Une dernière fois je voudrais vous solliciter, n'oubliez pas d'aller signer le manifeste !! 7432 signatures pour l'instant… Et pourtant il y a plus d'1 million d'enfants qui sont harcelés… On peut faire beaucoup mieux que ça… Cela ne vous prendra que quelques secondes… Et votre nom de famille n'apparaîtra pas ; alors pour signer ce manifeste c'est par là [lien]",
        "A mother's personal blog asking her readers to sign a public broadcaster's manifesto against school bullying; the link replaced. A concrete small request (sign a named manifesto, 'quelques secondes'), with a niche (school bullying, one manifesto, a count of signatures) -> precise. Readers of a personal blog are peers (upward False).",
    ),
    (
        "devreaux_agents",
        "precise",
        False,
        None,
        "Et ben, vous savez quoi, chez nous aussi ça existe. Alors, c'est tout aussi difficile à s'en dégoter un, mais comme on dit « qui ne tente rien n'a rien », donc en voilà quelques-uns des plus connus : [trois noms]. Si vous en connaissez d'autres n'hésitez pas à me le faire savoir, je les rajouterai.",
        "An aspiring novelist's blog post on literary agents in France, ending on a request to her readers; the three agents' names replaced. A small request for information (names of other literary agents working in France, to add to her list) with a niche -> precise. Readers of her blog are peers (upward False).",
    ),
    (
        "kwaite_demenagement",
        "precise",
        False,
        2,
        "Salut [prénom], tu pourrais nous aider pour notre déménagement, je vais emménager avec ma chérie ?",
        "A personal blog quoting the message of the blogger's former flatmate asking him to help with his move; the blogger's nickname replaced. A concrete request (help on a stated move), tu-form, to a close friend (circle 2: a former flatmate): a day's help asked of a close tie is not too big (guide 1) -> precise. Ambiguous: the niche is only the asker's own move.",
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

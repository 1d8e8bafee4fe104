# ruff: noqa: E501  (quoted data: long lines keep each quotation whole)
"""Batch 8: a sixth untouched batch of real French asks (issue #16), after batches 3 to 7: asks
written by other people and quoted in public web pages found with the ``pages`` search corpus
(career and job-search blogs, LinkedIn and prospecting advice, Québec, Belgian and Swiss career
pages, forum-style posts, freelancers' and recruiters' blogs quoting the requests they receive,
coaching bad/good examples, wikiHow-style sample phrases; tu and vous), to give untouched figures
for the ask checker.

Format: tuples (source id, label, upward, circle, text, note), as in ``asks_corpus_batch6_fr``.
Placeholders carry fictional values, real names give way to fictional ones, and no personal
e-mail, phone or URL is kept; a long message is cut down to its ask and its context, and each cut
(``[...]``) is noted. Labels follow guide v2 alone (the corpus README, sections "The labelling
guide" and "Guide v2" A-E) and were set while collecting, **before any checker saw these
texts**: the labeller neither ran the checker nor read its code or rules. Every source address
and one distinctive phrase of each ask were grepped (script) in ``tests/data/asks_corpus/``, every
``benchmarks/asks_corpus_*`` file and every branch of the repository; used ones were dropped (a
cooptation line already quoted from another magazine was dropped as a near-duplicate). No 10-word
run of these texts occurs in those files (checked with a script at the end).

Conventions: those of batches 3-6 (their docstrings); cases guide v2 leaves open say
"ambiguous" in their note (5 items). Only the stored page excerpts could be read (the corpus
gives a page's opening or the passage nearest the query), so some quotations end where the
excerpt ends (noted).

19 asks from 15 sources: 1 precise, 9 vague, 9 too big.
"""

SOURCES = {
    "biblibre_stagiaires": "https://www.biblibre.com/fr/blog/a-messieursmesdames-les-futurs-stagiaires/",
    "brandie_invites": "https://blog.brandie.fr/linkedin-networking-dois-je-accepter-inviter-tout-le-monde/",
    "careerbuilder_voeux": "https://www.careerbuilder.fr/article/3008-en-recherche-d&%238217-emploi---d%C3%A9p%C3%AAchez--vous-d&%238217-envoyer-vos-v%C5%93ux--",
    "chezfoucart_mails": "http://chezfoucart.com/2011/05/30/chronique-dun-service-public-en-declins-episode-2-on-dit-bonjour-monsieur",
    "coeursurparis_reco": "https://coeursurparis.com/pourquoi-distribuer-des-recommandations-linkedin-comme-candy-pourrait-tuer-votre-reputation",
    "croquefeuille_devis": "https://www.croquefeuille.fr/?Comment-eviter-et-recouvrer-les-impayes",
    "doczz_sponsoring": "https://doczz.fr/doc/3610257/demande-de-sponsorig---lettre-type-2007",
    "lesoir_wonderland": "https://references.lesoir.be/article/Un-billet-pour-Wonderland-9-le-blog-d-une-chercheuse-d-emploi/",
    "mesconstats_linkedin": "https://mesconstats.ca/2016/11/12/linkedin-et-plus-si-affinites/",
    "msullivan_spontanee": "https://michellesullivan.ca/2009/05/vous-souhaitez-postuler-chez-michelle-sullivan-communications/",
    "planeteblog_stage": "https://planeteblog.com/?tag=stage",
    "seattle_expat_mails": "https://www.blogarama.com/destinations-blogs/155259-carnet-deux-expats-seattle-blog/18942502-lart-demander-laide",
    "success_career_tel": "https://success-and-career.ch/conseils/reseau/prise-de-contact-a-vos-telephones",
    "wikihow_rembourser": "https://iiab.me/kiwix/content/wikihow_fr_maxi_2022-11/demander-%C3%A0-un-ami-de-rembourser-l%27argent-qu%27il-nous-doit",
    "ytournel_stage": "http://blog.ytournel.net/index.php?post/2006/07/28/113-deprime",
}

FR = [
    (
        "coeursurparis_reco",
        "too_big",
        None,
        4,
        "Chère Sandrine – J'envoie ceci pour demander une brève recommandation de mon travail que je peux inclure dans mon profil LinkedIn. Voici ma biographie. Si vous avez des questions, faites-le moi savoir. Et merci d'avance pour votre aide!",
        "blog post quoting the LinkedIn recommendation requests the author gets from people in her network she has never worked with (circle from the source's framing: weak tie); name replaced; ambiguous: a public testimonial, not a named job; read as a recommendation serving being hired or winning clients (rule 1, B) -> too_big",
    ),
    (
        "croquefeuille_devis",
        "too_big",
        None,
        5,
        "Bonjour. Je suis à la recherche d'une personne pour retranscrire 10 heures d'entretiens (2 personnes, l'une parle, l'autre répond), retranscription basique. Les bandes sont bonnes, et il y aurait d'autres entretiens à faire dans les semaines qui viennent. Pourriez-vous me dire combien cela coûterait (approximativement) ?",
        "freelance secretary's blog quoting a quote request received through her contact form; ambiguous: a prospective client asking a provider for a price asks for a contract (convention of batch 6) -> too_big",
    ),
    (
        "brandie_invites",
        "vague",
        None,
        None,
        "Bonjour Mathis, je souhaiterais rejoindre votre réseau sur LinkedIn.",
        "agency blog opening with typical LinkedIn invitation notes; name replaced; a connection with nothing asked beyond it -> vague",
    ),
    (
        "brandie_invites",
        "vague",
        None,
        None,
        "Mathis, merci de m'ajouter à votre réseau LinkedIn.",
        "same page, second typical invitation note; name replaced; no request beyond connecting -> vague",
    ),
    (
        "msullivan_spontanee",
        "too_big",
        None,
        5,
        "Madame, Monsieur, Je vous soumets ma candidature spontanée pour travailler au sein de votre entreprise. Diplômé d'université en langues étrangères, je suis un candidat sérieux et rigoureux. [...] Si vous souhaitez renforcer votre équipe avec un élément moteur, autonome, intelligent et capable de travailler en équipe, je suis le candidat idéal. Je reste à votre disposition pour une entrevue, au moment que vous désirez.",
        "Montréal communications consultant's blog quoting a spontaneous application she received (Québec); cut [...] (work-permit sentence); a job asked of a stranger (rule 1) -> too_big",
    ),
    (
        "mesconstats_linkedin",
        "vague",
        None,
        5,
        "Au plaisir de faire connaissance !!!",
        "Québec blog: a stranger's private LinkedIn message after the connection was accepted; no request -> vague",
    ),
    (
        "seattle_expat_mails",
        "vague",
        None,
        5,
        "Bonjour, j'adore ce que vous faites, bla bla bla, je comprendrais que vous ne me répondiez pas, vous devez être très occupé, mais je tenais à vous le dire, bla bla bla.",
        "expat blogger describing the 'fan' e-mails strangers send him (his paraphrase of the type); praise with no request -> vague",
    ),
    (
        "careerbuilder_voeux",
        "vague",
        None,
        None,
        "Je vous rappelle que je suis toujours à la recherche d'un [...]",
        "job site's advice on new-year greetings to one's network, the 'à ne pas faire' example (the stored excerpt ends mid-sentence, cut marked); a reminder that one is job hunting with nothing asked ('keep me in mind') -> vague",
    ),
    (
        "lesoir_wonderland",
        "vague",
        None,
        None,
        "Ma boîte mail ayant eu quelques soucis ces dernières semaines, je me permets de vous renvoyer ce message.",
        "Belgian job-seeker's diary (Le Soir), her follow-up line when re-sending an unanswered networking message; the line itself asks nothing -> vague",
    ),
    (
        "success_career_tel",
        "precise",
        None,
        5,
        "Bonjour, Mme Yvon, c'est encore moi, est-ce que j'ai plus de chance aujourd'hui de joindre votre patron ou bien est-il déjà en réunion ? Deux fois que je vous dérange, pour éviter la troisième, à quelle heure ai-je une chance de le joindre directement ?",
        "Swiss career site's phone script for getting past an assistant to a 2nd-circle contact; placeholder 'Mme Y' filled; ambiguous: a small concrete request for information (when to reach a named person) addressed to the assistant, not upward -> precise",
    ),
    (
        "ytournel_stage",
        "too_big",
        None,
        None,
        "Petite annonce : j'offre un restaurant à toute personne qui m'aide à trouver un stage. Cahier des charges : à l'étranger ; six semaines minimum ; finissant au plus tard le 6 octobre (donc commençant au plus tard le 28 août) ; tous sujets acceptés (mais d'un niveau ingénieur -ou approchant).",
        "engineering student's blog post asking readers for an internship abroad, with an offer (a restaurant); an internship is the object (rule 1) -> too_big",
    ),
    (
        "chezfoucart_mails",
        "vague",
        True,
        None,
        "Salut Mathieu, l'adresse du site dont vous avé parlé en cours, c quoi ?",
        "dean's blog listing badly written e-mails students send him (greeting and question lines joined, kept verbatim with their spelling); a student to his lecturer (D upward); a concrete information request referring to his course, but with no offer (P7) -> vague",
    ),
    (
        "chezfoucart_mails",
        "vague",
        True,
        None,
        "moi c Karine, je s8 dans ton cour ; c cool !",
        "same list; a student introducing herself to the lecturer with nothing asked -> vague",
    ),
    (
        "doczz_sponsoring",
        "too_big",
        None,
        5,
        'Objet : Soutien projet sportif Hugo Kessler. Madame, Monsieur, Vous trouverez ci-joint tous les éléments et documents vous permettant d\'envisager sérieusement de soutenir, soit par le biais du parrainage (sponsoring), soit par le biais du mécénat, le projet sportif de Hugo Kessler (voir pièce jointe "Projet Haut Niveau"). Ce soutien est crucial pour nous. [...] Le budget prévisionnel de fonctionnement de la cellule individualisée de formation se monte à 35 000 € annuels.',
        "published sponsorship letter template of a young tennis player (Alsace); player's name replaced, address and phone dropped, cut [...]; money asked of companies (rule 1) -> too_big",
    ),
    (
        "planeteblog_stage",
        "too_big",
        None,
        5,
        "Je souhaiterais faire un stage dans vot' boite [...] si il n'y a pas de place dans votre équipe, merci de transférer à n'importe qui n'importe où.",
        "blogger quoting fragments of an internship request he received (two quoted fragments joined, cut marked); an internship asked of a stranger -> too_big",
    ),
    (
        "biblibre_stagiaires",
        "too_big",
        None,
        5,
        "Votre entreprise a retenu toute mon attention, je cherche un stage .Net / Java / embarqué.",
        "software company's open letter to would-be interns quoting the generic request it keeps receiving; an internship -> too_big",
    ),
    (
        "wikihow_rembourser",
        "vague",
        None,
        2,
        "Aurais-tu le temps de me voir pour que l'on puisse discuter ce weekend ?",
        "wikiHow (fr, offline mirror) on asking a friend to repay a loan: first suggested text; a friend (circle from the framing); a meeting with no purpose stated in the text (A) -> vague",
    ),
    (
        "wikihow_rembourser",
        "too_big",
        None,
        2,
        "Est-ce que l'on peut se voir vendredi pour parler du prêt que je t'ai fait il y a quelques mois ?",
        "same page, second text; ambiguous: a meeting with a friend about a loan the asker made; read as serving getting money back (money is the object, B) -> too_big",
    ),
    (
        "wikihow_rembourser",
        "too_big",
        None,
        2,
        "Je voulais te parler du prêt que je t'ai fait il y a quelque temps. Est-ce que l'on peut se retrouver à l'endroit de ton choix pour en parler cette semaine ?",
        "same page, third text; same reading as the previous one (ambiguous: repayment as money) -> too_big",
    ),
]

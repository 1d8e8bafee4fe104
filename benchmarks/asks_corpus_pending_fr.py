# ruff: noqa: E501  (quoted data: long lines keep each quotation whole)
"""French asks written by other people, waiting for a batch (issue #16): untouched, 17 asks.

Collected as French batch 17 (4 December 2026); a batch needs 30 asks, and French sources are
nearly used up, so these wait here: never scored, never trained on, no second coach yet. The next
French collection adds to them; at 30 they become a batch (``asks_corpus_batch<N>_fr.py``) with
their blind second labels.

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

Each ask was labelled by the labelling guide (``tests/data/asks_corpus/GUIDE.md``: the guide and its v2
amendments A-E) as it was written down, before anything ran on it. The collector never opened, imported or
ran the ask checker or its evaluation and fitting scripts, so this batch is unseen by it. Conventions kept
across the batch (recorded in the notes): a scam opener is judged by its text alone (A), so a bare "I have a
favour to ask" is ``vague`` even when the page says money follows, while a quoted request for prepaid cards is
``too_big`` whoever the sender really was; a referral asked of a childhood friend is not too big (circle 1);
pupils' and students' questions to professionals are upward (D) and, without an offer, ``vague`` (P7); a
request to merge a button promoting the asker's own platform is read as prospecting (B/C).

Item layout as in ``asks_corpus_batch10_en``: (source id, label, upward, circle, text, note); the item list is
``FR``. The text keeps only the ask and what immediately frames it, ``[...]`` marking cuts and square brackets
marking words put in for names, titles, links or a reported request restored in the first person. Real
people's names were cut or replaced by their title; e-mail addresses, phone numbers, handles and personal links
were taken out. The note records those edits and, for texts the guide leaves open, the reading chosen
("ambiguous: ..."). Source list: ``asks_corpus_batch17_fr_SOURCES.md``. A throwaway script run after the last
item compared every 10-word run of these texts with ``tests/data/asks_corpus/*.jsonl`` and the other
``benchmarks/asks_corpus_*.py`` files: no run is shared (34 files compared, ``*_second.jsonl`` excluded). The
builder does not read this module yet; the lead decides how to wire it in (suggested: wholly untouched, like
``real_test``).

17 asks from 14 sources: precise 8, vague 4, too_big 5.
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

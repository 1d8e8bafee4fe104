# ruff: noqa: E501  (quoted data: long lines keep each quotation whole)
"""A twenty-sixth French batch of asks written by other people (issue #16): "batch 26", untouched.

How it was made: the search tool was queried in its ``pages`` and ``issues`` corpora for real asks, as the brief for
this batch asked, looking for kinds of source the corpus lacks and preferring one-to-one messages (a person writing
to a person) over organisations' public appeals, which made up most of batch 25. Forum and Q&A queries (health,
parenting, expatriates, genealogy, gardening, lawyers' Q&A) mostly returned advice articles whose first lines hold
no ask, since the ``pages`` corpus gives each page from its beginning. What did work: editions of letters
(Jean Paulhan's correspondence on EMAN, Flaubert's on Wikisource and in Rouen University's edition, the Franklin
Papers at Yale and on Founders Online, Van Gogh's letters, a Voltaire blog), letters quoted by autograph dealers, blogs and bulletins, and GitHub issue threads in
which one person asks another (meetup organisers asking a speaker for a date, users asking a data set's author
for reuse terms). 23 of the 30 asks are letters (1760-1955) from one person to another, kept in editions of correspondence or quoted by dealers, blogs and societies; one is an author's 2008 e-mail to his friends; 6 come from GitHub issues (2018-2026), each one person writing to another or to a data set's authors. Before a source was taken, its domain (host) or GitHub owner/repo and one
distinctive phrase of the ask were grepped (``git grep -il``) against ``tests/data/asks_corpus/`` and
``benchmarks/asks_corpus_*``; a source whose domain was found was dropped even when the page differed. Dropped:
openclassrooms.com, zestedesavoir.com, and GitHub owners/repositories mdiplo/Medias_francais, DiscoverMeteor/DiscoverMeteor_fr, grew-nlp/grew, StrasbourgJS/talks, RaspbianFrance/raspisms (a student asking a developer for a work-study place), incubateur-ademe/nosgestesclimat-site, nodejs/nodejs-fr, JDIS/Organisation, Alignak-monitoring-contrib/alignak-backend and SocialGouv/emjpm.

Each ask was labelled by the labelling guide (``tests/data/asks_corpus/GUIDE.md``: the guide, its v2 amendments A-E
and amendment F) as it was written down, before anything ran on it. The collector never opened, imported or ran the
ask checker or its evaluation and fitting scripts, so this batch is unseen by it. Conventions kept: a letter asking
an editor to get a manuscript read or published serves a publishing contract (B) and is ``too_big``, for one's own
book or a protégé's; asking how to get someone taken on for a post serves being hired and is ``too_big``
(ambiguous, noted); a meetup organiser asking a speaker for one talk on a named date is ``precise`` (F1); asking a
data set's author for its reuse terms goes upward (F3) and is ``precise`` only with an offer and a reference to the
work. Letters to Jean Paulhan asked in his editorial role are read as upward from the source's framing (A, D: he
directed La NRF); the forms of address of old letters ('Mon cher ami', 'Chère Madame') are conventions and set no
circle. Upward is left ``None`` unless the text or the source's framing shows the reader above the writer; circle is
set only when the text shows it.

Item layout as in ``asks_corpus_batch10_en``: (source id, label, upward, circle, text, note). The text keeps only the
ask and what immediately frames it, ``[...]`` marking cuts and square brackets marking words put in. Real people's
names were cut or replaced by a bracketed description (or an invented first name); e-mail addresses, phone numbers,
street addresses, handles and personal links were taken out. Public figures (Flaubert, Voltaire, Rimbaud, Van Gogh, Apollinaire, Paulhan,
Arland, Martin du Gard, Franklin, the Comtesse d'Houdetot, the poet Armen Lubin, the publisher Gallimard) were kept where the letter names them. A URL holding a private
person's name has that part replaced by ``[…]``. The note records those edits and, for texts the guide leaves open,
the reading chosen ("ambiguous: ..."). Source list: ``asks_corpus_batch26_fr_SOURCES.md``.
A throwaway script run after the last item compared every 10-word run of these texts with ``tests/data/asks_corpus/*.jsonl`` and the other ``benchmarks/asks_corpus_*.py`` files (51 files compared); no run is shared, so no item was removed.
The builder does not read this module yet; the lead decides how to wire it in (suggested: wholly untouched, like
``real_test``).

30 asks from 30 sources: precise 13, vague 5, too_big 12. The 30 source ids come from 20 distinct sites or repositories, at most 4 from one (EMAN's edition of Paulhan's correspondence); the period of the letters makes this batch older in style than any before it.
"""

SOURCES = {
    "paulhan_manuscrit": "https://eman-archives.org/export/compilation-transcriptions.php?url=%2FPaulhan%2Fitems%2Fshow%2F13161",
    "paulhan_etoiles": "https://eman-archives.org/export/compilation-transcriptions.php?url=%2FPaulhan%2Fitems%2Fshow%2F13010",
    "arland_guilloux": "https://eman-archives.org/export/compilation-transcriptions.php?url=%2FPaulhan%2Fitems%2Fshow%2F13063",
    "flaubert_perroquets": "https://fr.wikisource.org/wiki/Page:Flaubert_%C3%89dition_Conard_Correspondance_7.djvu/325",
    "flaubert_bourse": "https://flaubert.univ-rouen.fr/correspondance/conard/outils/1867.htm",
    "flaubert_sagefemme": "http://www.amis-flaubert-maupassant.fr/article-bulletins/010_047",
    "flaubert_grandsjours": "https://amis-flaubert-maupassant.fr/?p=2668",
    "paulhan_prix": "https://livre-rare-book.com/sa/Author/jean%2Bpaulhan%2B%2B1884%2B1968%2B%2B%2Becrivain%2B%2Bediteur%2B%2Bcritique%2Blitteraire",
    "vietnam_impressions": "https://imperatif-francais.org/a-vous-la-parole/parole-2008/naissance-dun-livre-l-vietnam-impressions-r/",
    "voltaire_bettinelli": "http://voltaireathome.hautetfort.com/archive/2015/05/25/voici-monsieur-un-jeune-homme-de-merite-5628270.html",
    "franklin_emploi": "https://franklinpapers.org/yale?page=406&vol=40",
    "septentrion_forestier": "https://blogue.septentrion.qc.ca/?p=738",
    "parists_unicode": "https://github.com/ParisTypeScript/talks/issues/4",
    "parists_effect": "https://github.com/ParisTypeScript/talks/issues/38",
    "toulousejug_postgres": "https://github.com/ToulouseJug/call-for-paper/issues/51",
    "archivesnat_licence": "https://github.com/ArchivesNationalesFR/Referentiels/issues/1",
    "codesbic_licence": "https://github.com/[…]/codes-bic-france/issues/2",
    "rimbaud_parnasse": "https://www.poemes.co/credo-in-unam.html",
    "vangogh_gaz": "https://vangoghletters.org/vg/letters/let709/original_text.html",
    "vangogh_pissarro": "https://vangoghletters.org/vg/letters/let617/line_endings.html",
    "vangogh_marine": "https://webexhibits.org/vangogh/letter/18/466-fr.htm",
    "apollinaire_billy": "https://artpaugee.com/lot-vente/guillaume-apollinaire-lettre-autographe-signee-a-andre-billy-deux-pages-%C2%BD-in-8",
    "apollinaire_annonce": "https://www.bibliorare.com/fp/AGUTTES-.-Vente-Judiciaire,-Aristophil-/68",
    "martindugard_traduction": "https://eman-archives.org/export/compilation-transcriptions.php?url=%2FPaulhan%2Fitems%2Fshow%2F14593",
    "houdetot_matelot": "https://founders.archives.gov/API/docdata/Franklin/01-40-02-0364",
    "domlouis_amerique": "https://founders.archives.gov/API/docdata/Franklin/01-24-02-0258",
    "prisonnier_liberte": "https://founders.archives.gov/API/docdata/Franklin/01-40-02-0392",
    "besson_secretaire": "https://franklinpapers.org/yale?page=231a001&vol=32",
    "nivernois_protection": "https://franklinpapers.org/yale?page=163&ssn=001-79-2092&vol=39",
    "cnig_licence": "https://github.com/cnigfr/structuration-reglement-urbanisme/issues/61",
}

FR = [
    (
        "paulhan_manuscrit",
        "too_big",
        True,
        None,
        "Cher ami\nVous avez dû recevoir un manuscrit d'[un jeune auteur]. Il m'avait proposé de me le faire lire en vue d'une préface et je lui avait répondu, ce que je crois vrai, qu'une préface dessert un livre plus qu'elle ne le sert. Comme il était décidé à envoyer un manuscrit aux éditions Gallimard, je lui avais promis d'insister auprès des autorités pour qu'il soit lu aussi vite que possible.\nIl m'a écrit dernièrement qu'il a choisi de vous l'envoyer à vous-même. Je vous demande donc, si cela ne vous gêne pas, de le faire lire aussi vite que cela se peut. Le titre du roman est Cette félicité. Je n'en sais pas davantage.\nJe vous remercie déjà",
        "Letter to the editor Jean Paulhan (then director of La NRF) in the Société des lecteurs de Jean Paulhan's edition on EMAN (CC BY-SA 3.0 FR); the young author's name and street address replaced by a bracketed description, Paulhan's handwritten draft reply below the letter cut, one typo of the transcription ('choisiede') mended. Upward from the source's framing (D: a letter to a director, asked in that role). Having a novel manuscript read quickly by the publisher serves its publication, a contract (B) -> too_big. ambiguous: a small favour asked of a friend ('Cher ami') for a third party, which would be precise (niche: a named novel at a named publisher).",
    ),
    (
        "paulhan_etoiles",
        "too_big",
        True,
        None,
        "Cher Jean Paulhan, [...]\nAprès avoir lu votre AVIS - préface, c’est banal et trop académique - après avoir réfléchi à ce que vous m’avez dit, je vous confirme que vous avez raison en tous points.\nLe Manifeste Fraternaliste alourdirait trop les poëmes. Le publier à part, plus tard, oui, puisque cela vous paraît possible.\nMais, ce qui me paraît, maintenant, essentiel et indispensable, c’est que votre AVIS, sans y changer une virgule, soit le fronton des Étoiles et Bolides. [...]\nSi vous pouviez convaincre Monsieur Gallimard de publier les Étoiles… Quel grand bonheur !...\nJe vous ai donné carte blanche et vous remercie encore de tout ce que vous faites pour moi. [...]\nP.S : Pendule : Oui, sans toucher aux aiguilles, la sonnerie peut redevenir exacte. C’est très simple mais il faut le montrer.\nSi lundi vers 11h vous étiez libre, je viendrais.",
        "A poet's letter to Jean Paulhan (Boulogne, 28 March 1952) in the EMAN edition of Paulhan's correspondence (CC BY-SA 3.0 FR); the letterhead with address and telephone, a personal aside and the closing cut. Upward from the source's framing (D: to the director of La NRF, asked to use his standing with the publisher). Asking him to persuade the publisher to publish one's own poems serves a publishing contract -> too_big (B). The postscript's visit on Monday at 11 to show how to fix the clock is a small, bounded offer of help, not the main ask.",
    ),
    (
        "arland_guilloux",
        "precise",
        False,
        2,
        "Nous viendrons samedi prochain ; sinon, nous vous enverrons une dépêche. [...]\nJ'ai extrêmement goûté les Réflexions de ton père ; elles ont du poids sans lourdeur, elles semblent le fruit d’une vie, elles émeuvent. C'est précisément de telles oeuvres qui manquent le plus à la nrf. [...]\nNe te serait-il pas possible de publier un roman (celui de Guilloux?) avant Antarès ?\nA samedi",
        "Postcard from the writer Marcel Arland (public figure) to Jean Paulhan, 24 August 1931, in the EMAN edition of Paulhan's correspondence (CC BY-SA 3.0 FR); the address block and a gossiping paragraph about the publisher cut. A fellow editor of the review, on 'tu' terms and coming to stay on Saturday: not above (D), circle 2 from the text. One concrete editorial question (publish a named novel before a named one) -> precise. Publishing a third party's novel is the topic, not something bought from the reader.",
    ),
    (
        "flaubert_perroquets",
        "precise",
        None,
        None,
        "AU DOCTEUR [...].\n[Croisset, juillet 1876].\nMon cher Ami,\nSerez-vous à Rouen samedi prochain, tout l’après-midi, vers trois ou quatre heures ? Et où vous trouverai-je ?\nJ’aurais besoin de voir des perroquets et d’avoir sur eux le plus de détails possible, de connaître un peu leurs maladies et leurs mœurs.\nUn petit mot de réponse, n’est-ce pas ? Et tout à vous.",
        "Letter of Gustave Flaubert (public figure) to a Rouen physician and naturalist (his name cut), from the Conard edition of his correspondence on Wikisource (public domain); kept whole. A visit on a named afternoon with a stated purpose (to see parrots and learn about their diseases and habits) -> precise. 'Mon cher Ami' is Flaubert's usual form, so neither upward nor circle is set.",
    ),
    (
        "flaubert_bourse",
        "precise",
        False,
        2,
        "Cher Vieux,\nJe ne sais pas si tu existes encore, mais comme je viens te demander un service, j’espère que tu me donneras de tes nouvelles. Voici la chose ; elle concerne mon bouquin.\nMon héros Frédéric a l’envie légitime d’avoir plus d’argent dans sa poche et joue à la Bourse, gagne un peu, puis perd tout, 50 à 60 000 francs. C’est un jeune bourgeois complètement ignorant en ces matières et qui ne sait pas en quoi consiste le 3 pour cent. Cela se passe dans l’été de 1847.\nDonc, de mai à fin août, quelles ont été les valeurs sur lesquelles la spéculation s’est portée de préférence ?\nAinsi il y a trois phases à mon histoire :\n1° Frédéric va chez un agent de change, apporte son argent et se décide pour ce [...]",
        "Letter of Gustave Flaubert to his friend the novelist Ernest Feydeau (public figures), winter 1866-67, in the Rouen university edition of the correspondence (reuse for research allowed with the reference 'Éd. Danielle Girard et Yvan Leclerc, Rouen, 2003'); the rest of the questions cut where the excerpt ends. An old friend on 'tu' terms ('Cher Vieux'), a little lost from view: circle 2, not above. Specific questions on a stated subject (which stocks speculators favoured from May to August 1847) -> precise.",
    ),
    (
        "flaubert_sagefemme",
        "too_big",
        None,
        None,
        "Mon Cher Ami,\nComment faut-il s’y prendre pour faire admettre une sage-femme à travailler dans un bureau de Bienfaisance ?\nLa mienne, que je ne connais pas du tout mais qui m’est recommandée et qui m’apitoie, a exercé à Oran ; et est sage-femme de 1ère classe, reçue à Paris.\nJe vous demande pardon de vous déranger, mais c’est, je crois, pour une bonne action.\nMille remerciements\net tout à vous",
        "Undated letter of Gustave Flaubert to an unknown friend, printed in the Bulletin des Amis de Flaubert (1957) after a sale; the signature and address cut. The question asks how to get a recommended midwife taken on by a charity office: it serves someone being hired (B) -> too_big. ambiguous: put as a request for information (how to go about it), which would be precise (niche: a named kind of post and institution). Addressee unknown: no upward or circle.",
    ),
    (
        "flaubert_grandsjours",
        "precise",
        None,
        None,
        "Mon Cher Maître,\nJ’ai bien regretté que vous n’ayez pas attendu cinq minutes, car j’étais à côté chez ma mère.\nProcurez-moi (cela vous est facile) Les grands jours d’Auvergne en me marquant les endroits les plus gaillards.\nSi vous avez aussi sous la main le Sermon de la Pécheresse de Massillon je vous serais obligé.\nC’est demain jeudi à 11 heures que je passe en correctionnelle. Je serais condamné, il y a acharnement manifeste. [...]",
        "Letter of Gustave Flaubert on the eve of his 1857 trial, printed in the Bulletin des Amis de Flaubert (1967) from a dealer's photocopy; the end of the letter and the signature cut. Two named books, with the passages marked, asked for a trial the next day -> precise. ambiguous: 'Mon Cher Maître' may address his lawyer (a title, not a seniority the text shows), so upward is left None.",
    ),
    (
        "paulhan_prix",
        "precise",
        None,
        None,
        "« Chère Madame, Ne voudriez-vous pas accueillir parmi les candidats Armen Lubin (arménien) ? Je demande à [l'éditeur] de vous envoyer d'urgence son livre. C'est il me semble le seul auteur de génie que nous puissions couronner cette année. Les derniers prix, il faut l'avouer, étaient bien décevants. [...] (et puis est-il juste qu'A.L. soit puni pour la faute de D.H. qui a, me dit-il, confondu les mois ?) »",
        "A 1955 letter of Jean Paulhan quoted in an autograph dealer's catalogue entry (livre-rare-book.com); the dealer's description, the closing and the signature cut, the publisher's name replaced (the poet Armen Lubin, the candidate, is a public figure). To a fellow prize juror: admitting one named candidate to a literary prize -> precise. ambiguous: a prize carries money for a third party, which some would read as money (too_big).",
    ),
    (
        "vietnam_impressions",
        "too_big",
        None,
        None,
        "À tous ceux d’entre vous qui recueillent les bouteilles-à-la-mer, parents, amis, compagnons de route, amis de parents, parents d’amis, parents de parents et amis d’amis, inconnus, même, [...] il me parait pertinent voire nécessaire de solliciter de votre part un soutien fraternel, une solidarité active, un geste enfin, susceptibles d’aider ce frêle esquif à braver les éléments déchaînés.\nPour cela, plusieurs choix sont possibles, miraculeusement cumulables :\n- enrichir votre bibliothèque en vous allégeant de quelques dizaines d’euros (en vérité, trois),\n- prévoir de glisser l’ouvrage dans vos listes de Noël ou, mieux, la suggérer, non, l’imposer, dans celles qui vous sont destinées! [...]\nDire que je compte sur vous est bien faible mais sincèrement, je ne vois pas très bien ce que je pourrais ajouter sans risquer la redondance.",
        "An author's e-mail to his family, friends and friends of friends about his new photo book, printed in the readers' column of a language association's site (imperatif-francais.org, 2008); the book's publishing details cut. Buying the book (and spreading the word) is a purchase (B) -> too_big, whatever the circle, which mixes family and strangers and so is left None.",
    ),
    (
        "voltaire_bettinelli",
        "vague",
        None,
        None,
        "« A Saverio Bettinelli\nJésuite\nà Vérone\nAux Délices 28 mai 1760\nVoici, monsieur, un jeune homme de mérite et qui pour en avoir davantage, veut avoir l'honneur de vous voir . Je pense comme lui, et si j’étais en âge de faire un tel voyage, je vous assure qu'il ne le ferait pas seul . Je saisis avec le plus vif empressement cette occasion de vous renouveler le respectueux attachement avec lequel je serai toute ma vie\nmonsieur\nvotre très humble et très obéissant serviteur\nVoltaire »",
        "Voltaire's letter of introduction to the Jesuit writer Saverio Bettinelli (public figures), quoted on a blog that posts one Voltaire letter a day (voltaireathome.hautetfort.com); the blogger's joke above it and the footnote cut. Asking the reader to receive an unnamed young man, with no purpose beyond 'gaining merit' and no time said -> vague (a meeting without purpose or duration).",
    ),
    (
        "franklin_emploi",
        "too_big",
        True,
        5,
        "C’est avec des sentiments penetrés du plus profond respect et de la plus grande confiance qu’a l’honeur de s’adresser à votre altesse votre trés humble serviteur. Etant le cousin germain du [...], major de legion dans les provinces unies, qui a l’honeur d’etre connû de vous, j’ai cru pouvoir obtenir quelque chose de vos bontés. Monseigneur j’ai le malheur d’etre né d’un pere qui n’est pas riche [...]; je vais donc prendre la liberté de prier Monseigneur de vouloir bien me procurer de l’employ ou quelque place dans les provinces unies, je suis agé de 20 ans, je tacherais de m’acquiter des devoirs de mon employ comme tout honete homme doit s’en acquiter. [...] J’espere donc que vous voudrés bien m’avoir dans les provinces unies quelqu’employ sur terre, ou sur mer dans le service, ou ailleurs.",
        "A young man's letter in the Papers of Benjamin Franklin (Yale edition online, vol. 40), spelling as transcribed; his cousin's name cut, the account of his family's lawsuits and his theology studies shortened. A 20-year-old writing to 'votre altesse', 'Monseigneur' (upward, D) whom he knows only through a cousin (circle 5: a cold letter). A post or employment -> too_big.",
    ),
    (
        "septentrion_forestier",
        "too_big",
        None,
        None,
        "«Je suis une main disponible au cas ou vous verriez une ouverture quelque part pour un ing. forest. dont je suis capable de remplir l’office.\nVous n’exigez pas d’avantage d’un jeune homme que sa bonne volonté losque celle-ci est servie par de l’honneteté, un bilan de science a la hauteur des besoins. Ma santé est excellente. J’ai des défauts aussi que je nourris afin de conserver ma nature humaine. Je ne veux pas déroger à ma sobriété habituelle dans l’emploie des mots. [...]\nQue mes meilleurs vœux de santé et de prospérité vous accompagnent pour l’an 41.»",
        "A 1940 job request by a young Laval graduate, found in family papers and quoted on a Québec publisher's blog (blogue.septentrion.qc.ca), spelling as quoted; the blogger's frame and readers' comments cut. An opening as a forestry engineer -> too_big.",
    ),
    (
        "parists_unicode",
        "precise",
        None,
        None,
        "Salut [Julien], tu vas bien?\nEs ce que tu serais dispo le 3 juin pour faire ton talk au prochain meetup? \n\n(celui de mai a été annulé pour privilégier une spéciale le 23 avril)",
        "Comment by an organiser of the Paris TypeScript meetup on a talk proposal (ParisTypeScript/talks #4); the speaker's first name replaced by an invented one. One already-proposed talk on a named date -> precise (F1: one task with what and when).",
    ),
    (
        "parists_effect",
        "precise",
        None,
        None,
        "Hello @[…] prochain meetup le 10 octobre chez Theodo. Dispo ?",
        "Comment by another organiser of the Paris TypeScript meetup on a talk proposal (ParisTypeScript/talks #38); the speaker's handle cut. The proposed talk at a named meetup, date and host -> precise (F1).",
    ),
    (
        "toulousejug_postgres",
        "precise",
        None,
        None,
        "Hello @[…], je ne t'ai pas oublié mais j'ai été complètement débordé, c'est évidemment inexcusable 😄 \n\nJ'essaye de renouer des contacts avec d'anciens et nouveaux lieux d'hébergement mais c'est pas la panacée.\n\nEst-ce que tu as de la dispo début janvier ? Genre mardi 9 ou 16 ? D'ici là je me débrouillerai pour le lieu, parce que si j'attends que les planètes s'alignent d'elle mêmes il ne se passera jamais rien !",
        "Comment by the Toulouse Java User Group's organiser on a speaker's talk proposal about PostgreSQL (ToulouseJug/call-for-paper #51); the handle cut. The proposed talk on one of two named Tuesdays -> precise (F1: one task with what and when).",
    ),
    (
        "archivesnat_licence",
        "precise",
        True,
        None,
        "Bonjour, je ne vois pas d'indication de licence de réutilisation de ces données.\n\nEst-ce que la [licence Ouverte 2.0] d'Etalab serait appropriée?\n\nPS: Je travaille à Etalab au pôle logiciels libres, mais je peux faire suivre une question aux personnes en charge de l'open data si besoin.",
        "Issue opened on the French National Archives' repository of reference data (ArchivesNationalesFR/Referentiels #1); the link in the text reduced to its words. Asking the data's authors about reuse terms goes upward (F3); it refers to the work (these reference data) and offers help (forwarding a question to the open-data team) -> precise (niche: a named licence for a named data set).",
    ),
    (
        "codesbic_licence",
        "vague",
        True,
        None,
        "Bonjour,\nSelon quelles conditions les données sont-elles utilisables ? D'où proviennent-elles ?\nCordialement,",
        "Issue titled 'Pas de licence' opened on a developer's repository of French bank BIC codes (codes-bic-france #2, the owner's name, a private person's, left out of the URL); kept whole. Asking a data set's author for reuse terms goes upward (F3); no offer (no citing, no stated use) -> vague.",
    ),
    (
        "rimbaud_parnasse",
        "too_big",
        True,
        5,
        "Si ces vers trouvaient place au Parnasse contemporain ? — Ne sont-ils pas la foi des poètes ?\n— Je ne suis pas connu ; qu'importe ? les poètes sont frères. Ces vers croient ; ils aiment ; ils espèrent ; c'est tout.\n— Cher maître, à moi ; Levez-moi un peu : je suis jeune : tendez-moi la main...",
        "Postscript of the fifteen-year-old Arthur Rimbaud's letter of May 1870 to the poet Théodore de Banville (public figures), printed after the poem Credo in unam on a poetry site (poemes.co); the poem above it and the address line cut. A schoolboy, unknown to the reader, writing to the leading poet of the Parnasse: upward (D) and circle 5 from the text ('Je ne suis pas connu'). A place for his poem in the anthology's next series serves publication (B) -> too_big; the praise in the letter's body, not quoted here, is a reference to the work but there is no offer.",
    ),
    (
        "vangogh_gaz",
        "too_big",
        False,
        1,
        "Mon cher Theo,\nMerci de ta lettre et du billet de 50 fr. qu’elle contenait. [...]\nJ’ai fait mettre le gaz dans l’atelier et dans la cuisine, ce qui me coûte 25 francs d’installation. Si Gauguin et moi travaillons une quinzaine tous les soirs ne les regagnerons nous pas? Seulement comme d’ailleurs G. peut maintenant venir de jour en jour j’aurai absolument absolument encore besoin de 50 francs au moins.",
        "Vincent van Gogh's letter (written in French) to his brother Theo, Arles, October 1888, in the Van Gogh Museum's edition (vangoghletters.org); footnote markers and a sentence on the Dutch painters cut. His brother (circle 1, not above). Fifty francs more -> too_big (money), whatever the tie.",
    ),
    (
        "vangogh_pissarro",
        "precise",
        False,
        1,
        "Mon cher Theo,\nsi le rouleau n’est pas trop grand pour qu’on l’accepte à la poste tu recevras un grand dessin à la plume encore que je voudrais bien que les Pissaro voient s’ils viennent Dimanche_ [...]\nJe reste un peu inquiet de tes plans de voyages ou plutôt des propositions de voyager qu’on te fait. [...] Traines les donc en longueur et parles en à Gruby qui j’ose croire préferera que tu te tiennes tranquille une année.",
        "Vincent van Gogh's letter (in French) to his brother Theo, Arles, May 1888, in the Van Gogh Museum's edition (vangoghletters.org); line breaks of the line-ending view joined, footnote numbers and the passages on his trip to the sea and on money cut. His brother (circle 1). Showing one named drawing to named painters on Sunday, and raising his travel plans with his doctor -> precise (concrete small requests with a niche).",
    ),
    (
        "vangogh_marine",
        "too_big",
        False,
        1,
        "J'ai reçu ici une lettre de Gauguin, qui dit qu'il a été malade au lit durant 15 jours. Qu'il est à sec vu qu'il a eu des dettes criardes à payer. Qu'il désire savoir si tu lui as vendu quelque chose, mais qu'il ne peut pas t'écrire de crainte de te déranger. [...]\nMais que faire, il doit être bien gêné. Je t'envoie un petit mot pour lui pour le cas où tu aurais quelque chose à lui communiquer, seulement ouvre donc les lettres s'il en vient pour moi [...].\nOserais-tu lui prendre la Marine pour la maison ? Si cela se pourrait, il serait momentanément à l'abri.",
        "Vincent van Gogh's letter (in French) to his brother Theo, an art dealer, Arles, February 1888, on a Van Gogh letters site (webexhibits.org); a bracketed catalogue reference and the passage on another dealer cut, one typo ('d l'abri') mended. His brother (circle 1). Buying a friend's seascape for the firm is a purchase (B) -> too_big; opening his mail is a small aside.",
    ),
    (
        "apollinaire_billy",
        "precise",
        False,
        2,
        "Si j’étais un pi-hi\nJ’aurais du moins une aile\nPour t’aller voir Billy\nMais la vie est cruelle\n\nJe n’ai que deux bras, ce qui n’est pas mal toutefois, par le temps qui court. Téléphone-moi le soir à Excelsior [...].\nQuelqu’un m’a dit que tu avais mis un mot sur Perceval. J’étais en Bretagne où il n’y avait que Le Populaire de Nantes si bien que je n’ai pas vu ton papier. Tu serais bien gentil si tu me l’envoyais.\nPar ailleurs on pourrait se revoir rue Saint-Guillaume ou rue Sainte-Apolline. Si tu ne voulais pas venir de mon côté on pourrait aller du tien.",
        "Guillaume Apollinaire's letter of September 1918 to his friend the writer André Billy (public figures), quoted in an auction house's lot page (artpaugee.com); a joke about the telephone, the closing verses and the postscript about the two wives cut. A friend on 'tu' terms: circle 2, not above. Sending one named article (his review of Perceval), and meeting again -> precise (the article is the concrete small request; the meeting has no time said).",
    ),
    (
        "apollinaire_annonce",
        "precise",
        False,
        None,
        "Il l’invite à venir le lendemain soir, espérant que « votre indisposition est complètement dissipée. Ma conférence [Les Poètes d’aujourd’hui] paraîtra en volume. Voulez-vous annoncer de moi un volume de vers pour octobre ou novembre »…",
        "A letter of Guillaume Apollinaire to a friend (about 1910), summarised and quoted in a judicial sale's catalogue on bibliorare.com; the dealer's frame kept for the sense, the address cut. A friend who runs a column: asking him to announce a forthcoming book of poems for October or November -> precise (one notice, a named book and date). ambiguous: publicity for one's own book serves its sales, which some would read as B (too_big).",
    ),
    (
        "martindugard_traduction",
        "too_big",
        True,
        None,
        "Mon cher ami.\nLettre de solliciteur. Je voudrais que vous receviez le jeune [Pierre] qui n’est pas n’importe qui, vous le verrez tout de suite. Un jeune, et un gauche. Très sympathique.\nIl a traité avec Mr E. Marsh pour traduire en français la Vie de R. Brooke.\nIl allait porter ça à Emile Paul; Je crois que cela doit, pour mille raisons, et notamment le retentissement en Angleterre, paraître à la N.R.F. C'est court ; mais ça demande à être bien présenté. (Une fois ne serait pas coutume...)\nLe rôle que vous avez joué dans la collecte pour le monument Brooke m’ont paru vous désigner pour accueillir au moins...la visite de ce jeune homme.\nSoyez donc assez gentil pour ne pas lui faire trop longtemps antichambre et voir avec lui comment il peut tirer parti de cette traduction.\nJe voudrais même que vous poussiez la gentillesse jusqu’à mener [le jeune homme] chez Gaston, - que, sans votre aide, il n’arrivera jamais à atteindre ni à gagner. Gaston refusera peut-être, mais je voudrais qu’il ait entendu [le jeune homme].\nNe m’envoyez pas à tous les diables. Je demande rarement... Et pour cette petite fois, je vous offre d’avance une reconnaissance presque disproportionnée...",
        "Letter of the novelist Roger Martin du Gard to Jean Paulhan, 17 May 1930, in the EMAN edition of Paulhan's correspondence (CC BY-SA 3.0 FR); the letterhead with telephone and the signature cut, the young translator's name replaced once by an invented first name and elsewhere by a description. Upward from the source's framing (D: Paulhan, editor-in-chief of La NRF, asked in that role). Receiving a young translator and taking him to the publisher so that his translation appears at the NRF serves a publishing contract (B) -> too_big, though it names Paulhan's own part in the Brooke memorial (a reference to his work).",
    ),
    (
        "houdetot_matelot",
        "precise",
        False,
        2,
        "J’implore Mon Cher Docteur Votre protection pour un Malheureux Matelot attaché au Service D’un Batiment americain Et que des Circonstances Malheureuses Et la Difficulté De s’Expliquer font Detenir injustement Dans une prison Cruelle [...] il Sagit de luy procurer la Liberté Et les moyens De Retourner a L’Orient ou il pourra s’Embarquer; il faut pour Cela que Vous ayéz La Bonté D’Ecrire un Mot a L’intendant De Caen pour Reclamer Cet homme Et quant aux frais pour le mettre En Etât de Retourner a Lorient [...], nôtre Charité y supléera [...]. Il faudrait que Vous Eussiés la Bonté De M’Envoyer Vôtre Lettre pour L’intendant De Caen Lieu De la Detention De Cet homme je me Charge De L’Envoyer Et D’En avoir Reponse.",
        "Letter of the Comtesse d'Houdetot to Benjamin Franklin (public figures), 6 September 1783, in the Founders Online edition of the Franklin Papers, spelling as transcribed; a lament on her country and the closing lines about his coming visit cut. A friend ('Mon Cher Docteur', a visit planned): circle 2, not above. One short letter to a named official for a named prisoner, with her offer to send it, follow it up and pay the costs -> precise.",
    ),
    (
        "domlouis_amerique",
        "too_big",
        True,
        5,
        "Monsieur\nDu Pont de l’arche Ce 20 Juillet 1777.\nJ’aÿ lù dans les nouvelles publiques que vos illustres Compatriotes avoient Besoin de quelques ministres des autels, et qu’ils offroient de leur faire un sort honorable; J’aÿ L’honneur de m’addresser a Vous (Monsieur) pour vous temoigner le desir que J’aurai de me rendre utile aux genereux defenseurs de la liberté de leur Patrie. Ma qualité est Celle de religieux; n’allez Cependant pas Croire que Ce soit degout de mon etat [...] et Vous prie m’accorder Votre protection pour l’execution de mon projet. Daignes m’honorer d’une reponse positive [...]",
        "A monk's letter to Benjamin Franklin, then the American envoy in France, in the Founders Online edition of the Franklin Papers, spelling as transcribed; the signature and the forwarding address (a named clerk) cut. A cold letter from a stranger to an envoy (upward, D; circle 5). Going to serve as a minister of religion in America, a post he read was offered -> too_big.",
    ),
    (
        "prisonnier_liberte",
        "vague",
        True,
        None,
        "Monsieur\nDe lhotel de la force ce 12 7bre. 1783\nJe pris hier la liberté de vous écrire pour reclamer l’honneur de Votre protection, quoique je Sente bien que je ne l’a mérite plus. Je vous ai instruit Sur le Sujet de ma Détention [...]; j’ai deja prouvé au ministere que je n’etois réellement pas Son associé, et une Seule parole de vous Monsieur, Suffit pour me rendre ma liberté. Si jeusse Suivi vos conseils, je ne Serois point aujourd’hui dans la triste situation ou je Suis reduit. Je me jette â vos genoux et vous Suplie en grace de vouloir bien vous intéresser à moi qui Suis plus malheureux que coupable, Si je ne mérite pas cette grace de vous Monsieur, aumoins que ma famille que vous connoissez [...] vous interesse. [...]",
        "A prisoner's second letter to Benjamin Franklin, then the American minister in France, from the Paris prison of La Force, in the Founders Online edition of the Franklin Papers, spelling as transcribed; the writer's name, his brother's name and the account of the seized bills cut. Writing to a minister (upward, D). A word to the ministry for his release, with no offer and no reference to the reader's work beyond his past advice -> vague (upward without an offer). ambiguous: the word asked for is concrete and small, and a reading that does not treat the envoy as above would make it precise.",
    ),
    (
        "besson_secretaire",
        "too_big",
        None,
        5,
        "Monsieur!\nJ’ose prendre la liberté de Vous écrire la présente [...] qu’il y â quelques mois, que j’ai osé prendre la liberté de faire parvenir mes trés humble requêtes à S.E. M. le Docteur Franklin [...]. Mais comme jusqu’â présent mes requêtes n’ont point produit les effets que j’osois m’en promettre, ce qui fait que j’ose, respectueusement, m’adresser â Vous, Monsieur, pour Vous Suplier de Vouloir bien me favoriser de Votre Protection auprés de S. E. Votre Gracieux Maitre, pour qu’il Lui plaise, de m’octroyer mes trés humbles requêtes; je suis vivement persuadé, Monsieur, que S’il vous plait de Communiquer la présente Lettre â S.E., et que vous daigniez l’accompagner d’un mot, de votre Grande et Gracieuse Recommandation, je pourrai obtenir et Serai honoré d’une réponce favorable.\nJe Vous Suplie, Monsieur, de ne point examiner que je Suis un inconnu, mais de Vouloir bien faire Seulement réflêxion, que je Suis un pauvre infortuné, un paralitique languisant [...], et qui n’ai absolument d’autre ressources pour vivre, avec ma triste famille, que la Charité des Chrétiens. [...]",
        "A bedridden man's letter of 1780 to Benjamin Franklin's secretary, in the Yale edition of the Franklin Papers online (unpublished letter), spelling as transcribed; the envoy's titles shortened and the end cut where the excerpt ends. A stranger ('je Suis un inconnu': circle 5). A word of recommendation to pass on his petition for charity: an introduction to obtain money (E) -> too_big. The secretary is not shown above the writer, so upward is left None.",
    ),
    (
        "nivernois_protection",
        "vague",
        None,
        None,
        "M. [...] gentilhomme du Nivernois jouit d’une tres bonne reputation dans la Province. Etant sur le point de passer a l’Amerique dans le dessein de s’etablir dans les Etats unis, prend la liberté d’implorer la protection de Monsieur Franklin. Il prend aussi celle de le suplier d’avoir la bonté de luy procurer aussi la protection de Made. [...] qui doit retourner incessamment a l’Amerique.\nLe Duc de Nivernois n’a pu refuser a un honnete gentilhomme qui est son vassal de se charger de presenter sa demande à Monsieur Franklin. Il luy sera infiniment obligé s’il a la bonté de le recevoir favorablement [...].",
        "A note of the Duc de Nivernais (public figure) to Benjamin Franklin presenting a country gentleman's request, in the Yale edition of the Franklin Papers online; the gentleman's and the lady's names cut and the closing compliments shortened. 'Protection' for someone settling in America and a good word with a named lady, with nothing concrete said -> vague (no concrete request).",
    ),
    (
        "cnig_licence",
        "vague",
        True,
        None,
        "Bonjour,\n\nEst-ce qu'il existe une licence qui encadre l'utilisation de votre schéma de données pour d'autres projets ?\n\nCordialement,",
        "Issue titled 'License utilisation modèle de donnée' opened on the repository of the French geographic information council's working group on structuring planning rules (cnigfr/structuration-reglement-urbanisme #61); kept whole. Asking a data model's authors for its reuse terms goes upward (F3); 'pour d'autres projets' states no particular use and offers nothing -> vague.",
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

# ruff: noqa: E501  (quoted data: long lines keep each quotation whole)
"""Batch 7: a fifth untouched batch of real French asks (issue #16), after batches 3 to 6: asks
written by other people in public repository files and issue threads (prospecting CRMs and
sequences, LinkedIn script pages and post drafts, alumni-mentoring and community-forum seeds,
job-search guides and CRM seeds, style-checker fixtures, language-course dialogues, archived
forum threads; France, Québec, Belgique, Tunisie, Cameroun and other African French sources;
tu and vous), to give untouched figures for the ask checker.

History: a first collector left 5 asks (the first five items, kept as they were); a second
collection (branch ``collect7-fr``, second pass) appended the rest with the same method and
conventions.

Format: tuples (source id, label, upward, circle, text, note), as in ``asks_corpus_batch6_fr``.
Placeholders carry fictional values, real names give way to fictional ones, and no personal e-mail,
phone or URL is kept; each cut (``[...]``) is noted. Labels follow guide v2 alone (the corpus README,
sections "The labelling guide" and "Guide v2" A-E) and were set while collecting, **before any checker
saw these texts**: the labellers neither ran the checker nor read its code or rule files (the second
one, reading the guide, ran past its end into the README section that describes the checker's
approach in prose; the labels follow guide v2's text, not that section).
Sources were found with ``find_string``, ``read_file`` and the ``code`` and ``issues`` search
corpora, and checked by a script before use (file id or address and a distinctive phrase of each ask
grepped in ``tests/data/asks_corpus/``, every ``benchmarks/asks_corpus_*`` file and the other
collectors' branches and worktrees); most candidates found by common phrases (« je me permets de vous
contacter », « auriez-vous 15 minutes », « serait-il possible d'échanger »...) were already used and
were dropped. No 10-word run of these texts occurs in those files (checked with a script at the end).
Where the same text is stored in several files, the note says so and only one is counted.

Conventions: those of batches 3-6 (their docstrings). Cases guide v2 leaves open say "ambiguous" in
their note (23 items), with the reading chosen. In particular:
- a student or junior writing to a working professional is upward (D) even on a mentoring platform
  whose mentors volunteered; without an offer (P8) such an ask is ``vague``, however specific the
  question (the note says when a coach might read it otherwise);
- a forum post or community call asking peers for specific information or ideas on a stated, narrow
  subject is ``precise``;
- a step of a sales sequence that asks the prospect a question or whether they are interested is
  ``too_big`` (B, C) even when that message alone names no product; a last message that only leaves
  the door open is ``vague``.

48 asks from 22 sources (at most 4 per source): 15 precise, 14 vague, 19 too big.
"""

_ID = "code index file id {} (repository not reported by the index)"

SOURCES = {
    "alternance_alumni_form": _ID.format("51798544829"),
    "brussels_pm_french_course": _ID.format("68932669545"),
    "cacti_plugin_student_issue": "https://github.com/Cacti/plugin_intropage/issues/11",
    "cameroon_js_forum_seed": _ID.format("71347548051"),
    "campus_alumni_mentoring_seed": _ID.format("70822046794"),
    "dialog_students_issue": "https://github.com/MTES-MCT/dialog/issues/1005",
    "diaspora_building_app_launch_plan": _ID.format("54804573239"),
    "duoshot_discovery_note": _ID.format("68461826040"),
    "hr_consultant_outreach": _ID.format("52202718988"),
    "linkedin_b2b_scripts_page": _ID.format("62397126238"),
    "linkedin_setter_composer": _ID.format("10340478633"),
    "martinique_beach_app_newsletter": _ID.format("52777967183"),
    "mentoring_sms_tpl": _ID.format("19817528958"),
    "microstock_tool_linkedin_drafts": _ID.format("63197095357"),
    "networking_guide_tpl": _ID.format("13132952012"),
    "public_portal_redirects_thread": _ID.format("52499913733"),
    "recruiter_outreach_workflow": _ID.format("64203384952"),
    "sales_internship_crm_seed": _ID.format("55610959920"),
    "style_checker_fixtures": _ID.format("61556453814"),
    "tone_guide_samples": _ID.format("59073632066"),
    "tu_prospecting_crm_tpl": _ID.format("52463877448"),
    "ubuntu_forum_shake_thread": _ID.format("57169583903"),
}

FR = [
    (
        "duoshot_discovery_note",
        "precise",
        False,
        None,
        "[...] Je cherche cinq développeurs qui préparent réellement leurs assets pour observer une session de 30 minutes. Ce n'est pas une promesse d'approbation Apple ; je veux comprendre où le parcours aide ou bloque. Serais-tu disponible pour essayer avec un exemple non confidentiel ?",
        "founder's product-discovery outreach (tu) to indie developers; opening naming the tool cut; ambiguous: a maker recruiting testers, not selling (no price, no purchase asked): a 30-minute session with a stated purpose and niche",
    ),
    (
        "mentoring_sms_tpl",
        "precise",
        False,
        None,
        "Bonjour Inès, Afin de faire le point sur ton projet professionnel, quand serais-tu disponible pour un échange téléphonique ? C'est une étape importante avant de te mettre en relation avec un mentor.",
        "mentoring association's SMS template (adviser to a young applicant, tu); the same text is also stored as file id 19039577187, counted once; a call with a stated purpose and step",
    ),
    (
        "alternance_alumni_form",
        "precise",
        False,
        None,
        "Partage ton expérience alternance. Dans quel secteur as-tu effectué ton alternance ? Quelle entreprise ? Quel a été le plus grand défi ? Ton conseil aux étudiants ? Serais-tu disponible pour un échange visio ?",
        "school site's questionnaire to former work-study students (heading + questions joined); specific questions on a narrowed subject (alternance); ambiguous: the closing video call has no duration",
    ),
    (
        "tone_guide_samples",
        "vague",
        False,
        2,
        "Salut Camille ! Tu vas bien ? Es-tu en vacances ? Si non serais-tu disponible pour un déjeuner la semaine prochaine ? A très bientôt !",
        "style guide's sample WhatsApp message (tu, a familiar contact); a lunch from a close tie is not too big, but nothing is said of what it is for: no niche",
    ),
    (
        "hr_consultant_outreach",
        "vague",
        True,
        None,
        "[...] Chez CGI, nous accompagnons de plus en plus nos clients sur les sujets de transformation RH et d'employee experience. Ton retour d'expérience sur l'implémentation de 'Care First' dans une organisation en hypercroissance serait extrêmement précieux. Serais-tu disponible pour un échange de 20 minutes ?",
        "app's sample outreach (consultant to an HR leader whose Harvard Business Review piece is cited: upward by D); reference to her work and a niche, but no offer (P8): vague under P7; opening and figures cut; ambiguous: could serve a later sale, but nothing is pitched to her",
    ),
    (
        "networking_guide_tpl",
        "precise",
        False,
        None,
        "Bonjour Hugo, Je vois que nous avons tous les deux étudié à l'INSA Lyon. Je suis actuellement ingénieure méthodes dans une PME de mécanique et je m'intéresse beaucoup à votre parcours chez Safran Landing Systems. Accepteriez-vous de partager votre expérience lors d'un bref échange ?",
        'job-search guide\'s LinkedIn template to an alumnus (placeholders filled); alumni, not above by D; a short exchange ("bref") on his path at a named company; ambiguous: "votre parcours" is broad, the niche is the named organisation',
    ),
    (
        "networking_guide_tpl",
        "vague",
        True,
        None,
        "Bonjour Claire, Je m'appelle Léo Marchand et je suis actuellement étudiant en master de finance. J'ai vu votre parcours impressionnant chez Natixis et je me permets de vous contacter. Je cherche à m'orienter vers la gestion des risques et j'aimerais beaucoup avoir votre avis d'expert sur le passage du contrôle de gestion au risque de crédit. Auriez-vous 10 minutes à m'accorder pour un bref appel ou un café virtuel la semaine prochaine ?",
        "same guide's advice e-mail template (placeholders filled); a student to a professional whose path he cites: upward (D); 10 minutes on a narrow question, reference to her work, but no offer (P8): vague under P7",
    ),
    (
        "networking_guide_tpl",
        "too_big",
        False,
        None,
        "Bonjour Sonia, Je suis actuellement développeur back-end et j'ai vu que vous recrutiez pour Qonto. Je suis très intéressé par les opportunités en ingénierie de paiements. Seriez-vous ouvert à une brève connexion ?",
        "same guide's recruiter template (placeholders filled); a recruiter written to about her company's roles: serves being hired (B)",
    ),
    (
        "networking_guide_tpl",
        "vague",
        True,
        None,
        "Bonjour Marc, Je suis votre travail depuis un moment, notamment vos interventions sur l'accessibilité numérique. Je suis actuellement designer UX junior et je cherche à progresser dans ce domaine. Auriez-vous un moment pour partager quelques conseils ?",
        "same guide's 'admiration / mentor' e-mail template (placeholders filled); junior to an expert whose talks he cites: upward (D); reference to his work but no offer, and \"quelques conseils\" on no stated question: vague",
    ),
    (
        "campus_alumni_mentoring_seed",
        "vague",
        True,
        None,
        "Bonjour Rania, je suis en 4e année d'ingénieur et j'hésite à me spécialiser en data science l'an prochain. Est-ce qu'on pourrait en parler 20 minutes ? Merci beaucoup !",
        "Tunisian school's alumni-mentoring seed (student to a data scientist alumna; programme name generalised); upward by D (student to a working professional); 20 minutes on a stated choice, but no offer and no reference to her work: vague under P7",
    ),
    (
        "campus_alumni_mentoring_seed",
        "vague",
        True,
        None,
        "Bonjour Walid, je cherche un stage PFE en France dans le DevOps. Aurais-tu des conseils pour la candidature ?",
        "same seed (student to a DevOps engineer alumnus in Paris, tu); advice on applying, not a position asked of him (he does not recruit); niche (DevOps, France), but upward without offer or reference to his work: vague; ambiguous: could serve a referral later",
    ),
    (
        "campus_alumni_mentoring_seed",
        "vague",
        True,
        None,
        "Salut Walid, quelle certification AWS me conseilles-tu pour commencer quand on est étudiant ?",
        "same seed (student to the same alumnus, on the platform's mentoring topic 'certifications cloud'); one specific question with a niche, but upward by D with neither offer nor reference to his work: vague; ambiguous: a coach might call such a one-line question precise",
    ),
    (
        "tu_prospecting_crm_tpl",
        "too_big",
        False,
        None,
        "Bonjour Manon, J'aide des entreprises comme Lumeo à réduire leurs impayés de 30 % en trois mois. Par exemple : une PME de 40 salariés a récupéré 18 000 € de créances en un trimestre. Est-ce un sujet sur lequel tu travailles en ce moment ? Si oui, je serais ravi d'échanger 20 min.",
        "prospecting CRM's built-in 'value proposition' template (tu; placeholders filled with fictional values); a seller's pitch then a 20-minute exchange: a purchase (C)",
    ),
    (
        "tu_prospecting_crm_tpl",
        "too_big",
        False,
        None,
        "Bonjour Manon, Je contacte des profils comme le tien pour un échange de 20 minutes. Objectif : te présenter comment nous automatisons les relances clients et voir si ça fait sens pour Lumeo. Tu as un créneau cette semaine ? Je m'adapte à tes dispo.",
        "same CRM's 'meeting request' template (placeholder filled); a 20-minute slot whose stated purpose is presenting the offer: too big (B, C)",
    ),
    (
        "tu_prospecting_crm_tpl",
        "too_big",
        False,
        None,
        "Bonjour Manon, Julien Roche m'a recommandé de te contacter — il pense que ce que je fais pourrait t'intéresser. En bref : je mets en place des tableaux de bord de trésorerie pour les start-up. 15 minutes pour qu'on échange ?",
        "same CRM's 'common reference' template (names fictional, placeholder filled); a mutual contact's name, a one-line pitch, then 15 minutes: a purchase asked (C)",
    ),
    (
        "tu_prospecting_crm_tpl",
        "too_big",
        False,
        None,
        "Bonjour Manon, Je me permets de revenir suite à mon dernier message. Je sais que tu es occupée — une question simple : est-ce que le sujet t'intéresse ou tu préfères que je ne te contacte plus ? Dans un sens comme dans l'autre, pas de souci !",
        "same CRM's follow-up template; a seller's follow-up asking whether the prospect is interested (« intéressé ? », B); ambiguous: the text alone shows no pitch, the prospecting frame of the source decides",
    ),
    (
        "linkedin_b2b_scripts_page",
        "too_big",
        False,
        None,
        "Salut Karim, j'ai vu ton commentaire sous le post de Delphine Aubry sur le recrutement de commerciaux. Le point que tu soulèves sur le temps de montée en compétence revient souvent dans mes échanges. Je travaille sur exactement ce problème avec des directeurs commerciaux de PME SaaS. Pas un pitch — juste curieux de comparer nos lectures du marché. Tu serais dispo 15 minutes ?",
        "B2B prospecting agency's page of LinkedIn scripts (script 3; placeholders filled, names fictional); says « pas un pitch », but the writer works on the reader's problem for clients like him and the page is a prospecting kit: serves selling (B, C); ambiguous: the text alone reads close to a peer's comparison",
    ),
    (
        "linkedin_b2b_scripts_page",
        "too_big",
        False,
        None,
        "Salut Karim, j'aide des consultants RH indépendants qui facturent plus de 100 k€ par an à structurer leur pipeline LinkedIn. Le pattern qui revient : le problème n'est jamais le nombre de messages, c'est le ciblage. Si ça résonne, je peux partager ce qu'on observe sur 40 cas. Sinon, ignore — je sais que c'est froid.",
        "same page, script 4 (cold, no signal; placeholders filled); a service pitched, then an offer to send findings if it resonates: asks the prospect for a reply to a pitch (C: 'shall I send you our guide?')",
    ),
    (
        "linkedin_b2b_scripts_page",
        "too_big",
        False,
        None,
        "Salut Karim, je reviens vers toi mais sous un angle différent. Plutôt que le ciblage, je me demandais : comment vous gérez aujourd'hui la qualification des leads entrants ? J'ai vu plusieurs directeurs commerciaux de PME tomber sur le même mur cette année. Curieux d'avoir ton retour.",
        "same page, script 7 (follow-up with a new angle; placeholders filled); a seller's discovery question to a prospect: asks for something in a sales sequence (C); ambiguous: no product named in this message itself",
    ),
    (
        "linkedin_b2b_scripts_page",
        "vague",
        False,
        None,
        "Karim, je te recontacte une dernière fois — sans rancune si ce n'est pas le bon timing. Si jamais la qualification des leads devient prioritaire dans les prochains mois, n'hésite pas à me ping. Sinon, tout le meilleur pour la suite.",
        "same page, script 8 (closing the sequence); a sales message that asks for nothing, an open door: vague (C)",
    ),
    (
        "sales_internship_crm_seed",
        "too_big",
        True,
        None,
        "Bonjour Camille, Je suis Hugo Ferrand, étudiant en M1 en école de commerce, en recherche d'un stage de 6 mois en sales tech à partir de juin 2026. Votre rôle de Solutions Engineer chez HashiCorp m'a particulièrement retenu : la vente de solutions d'infrastructure complexes (Terraform, Vault) à des équipes DevOps suppose exactement le type de posture consultative que je cherche à développer. [...] Seriez-vous disponible pour un échange de 20 minutes la semaine prochaine ?",
        "internship-search CRM's seed cold e-mail (student to a solutions engineer; name replaced, school and employer generalised, a paragraph of credentials cut); the 20 minutes follow an internship sought at her company: serves being hired (B)",
    ),
    (
        "sales_internship_crm_seed",
        "too_big",
        True,
        None,
        "Bonjour Lucas, Je suis Hugo Ferrand, M1 en école de commerce, en recherche d'un stage de 6 mois en sales tech (juin 2026). Votre rôle de Sales Specialist AI chez Microsoft France m'a retenu : vendre Copilot et Azure OpenAI à des grands comptes implique de naviguer entre décideurs métier et DSI, ce qui correspond exactement à ce que je veux apprendre. [...] Auriez-vous 20 minutes dans les prochains jours ?",
        "same seed, second cold e-mail (name replaced, credentials cut); an internship sought, then 20 minutes: serves being hired (B)",
    ),
    (
        "cameroon_js_forum_seed",
        "precise",
        False,
        None,
        "Bonsoir à toutes et à tous ! Plusieurs membres m'ont demandé si l'on pouvait reprendre les rencontres en présentiel. [...] Ce qu'il nous faut : 1. Des orateurs et oratrices. Un retour d'expérience sur un projet réel vaut mieux qu'un cours théorique. Les sujets déjà proposés : intégration du mobile money, React Native hors ligne, premiers pas avec AdonisJS. 2. Un ou deux volontaires pour l'accueil et la diffusion en direct. 3. Vos avis sur le jour et l'horaire. [...] Répondez ici avec vos propositions de sujets et vos disponibilités.",
        "Cameroonian JS community's forum seed (meetup in Douala; format paragraph cut); a peer call for 20-minute talks, two volunteers and an opinion on the date, each stated: small requests with a niche; ambiguous: a call to many, not to one reader",
    ),
    (
        "cameroon_js_forum_seed",
        "precise",
        False,
        None,
        "Je travaille depuis trois ans avec des clients en France et en Belgique. Je partage mon organisation, et j'aimerais connaître la vôtre : on apprend surtout des erreurs des autres. [...] Et vous : quels délais de paiement, quels outils de facturation, quelles mauvaises surprises ?",
        "same forum seed (freelance invoicing of foreign clients from Cameroon; the shared checklist cut); specific questions to peers on a narrow subject",
    ),
    (
        "cameroon_js_forum_seed",
        "precise",
        False,
        None,
        "Un ami lance une application d'épargne collective (une tontine numérique, en somme) avec cotisations et versements par mobile money. L'équipe technique : deux développeurs, dont moi à mi-temps. [...] Ma proposition : API : AdonisJS et PostgreSQL ; Mobile : React Native avec Expo ; Back-office : React ; Hébergement : un VPS, Docker, sauvegardes quotidiennes. Mes questions : PWA ou application native ? Faut-il prévoir l'USSD dès le départ ? Héberger au Cameroun ou à l'étranger ? Qu'est-ce que vous changeriez ?",
        "same forum seed (fintech stack; list of needs cut); advice on a stated proposal, with specific questions",
    ),
    (
        "cameroon_js_forum_seed",
        "precise",
        False,
        None,
        "Troisième délestage de la semaine dans mon quartier, en pleine démo client cette fois. Je partage mon installation actuelle et je suis preneur de vos idées. [...] Ce qui me manque : de l'autonomie pour les longues coupures. Panneaux solaires ? Groupe électrogène ? Coworking ? Comment faites-vous ?",
        "same forum seed (power cuts and a developer's setup; the equipment list cut); peers asked for ideas on one stated gap",
    ),
    (
        "style_checker_fixtures",
        "precise",
        False,
        None,
        "On a migré notre CRM ce trimestre. Trois choses que je referais autrement : 1. Prévoir le double de temps pour la reprise de données — on a passé onze soirées dessus, dont une à restaurer un backup. 2. Impliquer le support dès la semaine 1 (pas la semaine 6, comme nous). 3. Garder l'ancien outil en lecture seule trois mois. Le point 1 nous a coûté un client, je préfère le dire. Si vous avez migré depuis Salesforce, je suis preneur de votre retour sur les pipelines 🙏",
        "French style checker's fixture of a human LinkedIn post (marked by the file as a sincere, specific closing question); feedback asked of a described kind of reader (those who left Salesforce) on one narrow point",
    ),
    (
        "style_checker_fixtures",
        "vague",
        False,
        None,
        "Et si je vous disais que 92 % des managers font cette erreur ? Personne n'en parle. Pourtant, ça change tout. [...] Le management, ce n'est pas donner des ordres. C'est donner du sens. [...] Et vous, qu'en pensez-vous ? 👇 Suivez-moi pour plus de conseils leadership 🚀",
        "same fixtures, an engagement-bait LinkedIn post (lines cut); an opinion asked on nothing narrowed and a call to follow: vague",
    ),
    (
        "style_checker_fixtures",
        "vague",
        False,
        None,
        "Chez Novacorp, l'humain est au cœur de notre ADN. Notre solution simple et intuitive constitue un véritable game changer pour les équipes [...]. De la startup à la multinationale, nous co-construisons avec vous des parcours sur mesure. N'hésitez pas à nous contacter pour découvrir comment débloquer tout votre potentiel !",
        "same fixtures, a corporate home page (a clause cut); a pitch with only an open door (« n'hésitez pas à nous contacter »), nothing asked of a reader: vague (C); ambiguous: a coach might read the contact call as a sales ask",
    ),
    (
        "ubuntu_forum_shake_thread",
        "precise",
        False,
        None,
        "hello malheureusement je ne peux pas tellment t'aider vu que j'ai plus ou moins le même problème, par contre je peux quant même éclairer un peu le sujet. J'ai shake 3.5 qui tourne sur 3 pc tournant fedora core4 32 bit et j'ai jamais eut de problème à le tourner, ni à l'installer [...] mais là j'ai fedore 8 x64 et cela ne prends pas. ach, je suis preneur de conseil pour un shake tournant sur une distro de linus x64.",
        "archived Ubuntu forum thread (2007), a French reply in an English thread (typos kept, signature removed); advice asked of peers on one narrow technical problem",
    ),
    (
        "microstock_tool_linkedin_drafts",
        "precise",
        False,
        None,
        "J'ai écrit un outil pour me débarrasser des 4 heures de saisie par semaine que me coûtaient mes uploads Adobe Stock et Shutterstock. Trois leçons valent le partage. [...] Si tu fais du microstock ou si tu shipes des outils desktop en Python : je suis preneur de retours ou d'idées d'extension. Et si tu cherches un freelance pour un projet similaire (UI desktop, pipeline data, intégration AI locale), DM ouvert.",
        "indie developer's LinkedIn post draft in his repository (the three lessons and links cut); feedback asked of a described kind of reader on a stated tool, plus an open door for freelance work; ambiguous: the draft's notes call the second line a freelance CTA, but it asks nothing of the reader (an open door), so the feedback request decides",
    ),
    (
        "microstock_tool_linkedin_drafts",
        "vague",
        False,
        None,
        "Commentez si vous êtes contributeur microstock. J'écris un retour d'expérience tech la semaine prochaine.",
        "same drafts, closing lines of the short post (after links to the repo, a paid version and a tip jar); a call to comment with nothing asked: vague",
    ),
    (
        "brussels_pm_french_course",
        "precise",
        False,
        None,
        "Dis, tu es libre demain à midi ? On pourrait aller dîner ensemble à la brasserie en face. J'ai envie de te poser quelques questions sur le projet.",
        "French course for a project manager settling in Brussels, model answer of a task (« dîner » = lunch in Belgium); a lunch asked of a colleague, not a cold contact (the tie is not recorded, so not a weak tie under A), with a purpose: questions on the shared project; ambiguous: « le projet » is the niche only because it is one named piece of work they share",
    ),
    (
        "dialog_students_issue",
        "precise",
        True,
        None,
        "Bonjour, Nous sommes un groupe de trois étudiants en Master MIAGE à l'Université de Paris-Saclay, et dans le cadre de notre formation, nous sommes encouragés à contribuer à des projets open source. Après avoir consulté le vôtre, nous avons constaté qu'il répond à nos critères : une bonne qualité de code, un projet actif, et, en plus, un projet français. Nous serions ravis de pouvoir apporter notre contribution en matière de développement, tests, CI/CD, amélioration de la documentation [...] Si vous avez des issues ouvertes, nous serions également heureux que vous puissiez nous en attribuer afin de nous permettre de démarrer rapidement.",
        "GitHub issue from students to a public-sector product team (a clause on pair-programming sessions cut); upward by D (students to working engineers); an offer (their contribution) and a reference to the team's project, and a small request (be assigned open issues): precise; ambiguous: the cut clause also asks for pair-programming sessions with an engineer, which could read as a long commitment",
    ),
    (
        "dialog_students_issue",
        "vague",
        True,
        None,
        "Bonjour, Je vous ai recontacté par mail à l'adresse indiquée, mais il est possible que mon message ait atterri dans les spams ou que vous ne l'ayez pas vu. Je tenais donc à réitérer l'enthousiasme de notre équipe [...]",
        "same issue, the students' follow-up comment a week later (the rest cut); a reminder that restates enthusiasm, nothing new asked: vague",
    ),
    (
        "cacti_plugin_student_issue",
        "vague",
        True,
        None,
        "Bonsoir à vous, je suis Yann, élève ingénieur à IMT Atlantique (France). Nouveau dans la contribution aux logiciels libres je souhaiterais de votre part une aide pour de belles aventures dans ce système. A cet effet si possible est de m'assigner une tache aussi minime soit elle afin de me rendre utile. Merci de me revenir. Respectueusement !!!",
        "GitHub issue to a monitoring plugin's maintainers (name replaced, spelling kept); a student to maintainers: upward (D); a small request (a task) and an implicit offer of work, but nothing shows he looked at their project: no reference to their work, vague; ambiguous: a maintainer may read it as a contributor's plain offer",
    ),
    (
        "linkedin_setter_composer",
        "too_big",
        False,
        None,
        "Hey Lucas, je vois que tu gères les Facebook Ads pour l'e-com, pas mal du tout, tu bosses plutôt avec des structures déjà rodées ou t'accompagnes aussi des shops en lancement ?",
        "LinkedIn prospecting composer's prompt, an example opener (bold marks removed) sent by a freelance automation developer to prospects; a question about the prospect's clients that opens a sales sequence (C, B); ambiguous: the message alone shows no pitch and reads as a peer's curiosity",
    ),
    (
        "linkedin_setter_composer",
        "too_big",
        False,
        None,
        "Hello Mathias, j'ai vu que tu connectais les freelances IA avec les entreprises via Skillize, ça m'intéresse pas mal car je bosse justement sur des projets d'automatisation. Tu as lancé la plateforme il y a combien de temps ?",
        "same prompt, third example opener; the asker says what he does, then asks a question in a prospecting sequence: too big (C); ambiguous as above",
    ),
    (
        "linkedin_setter_composer",
        "vague",
        False,
        None,
        "Salut Mathias, j'imagine que tu n'as pas vu mon message alors je me permets de te relancer. Belle journée à toi !",
        "same composer, first follow-up template; a nudge that asks for nothing stated (C: a sales message asking nothing is vague); ambiguous: it implicitly asks for a reply to the opener",
    ),
    (
        "linkedin_setter_composer",
        "too_big",
        False,
        None,
        "Hello Mathias, Je suis Théo, spécialiste en automatisation back-end et agents IA. J'aide freelances et agences à créer des systèmes qui leur font gagner temps et performance. J'ai déjà aidé +10 agences comme la tienne et en aucun cas elles regrettent les solutions implémentées. Tu serais dispo pour un call d'ici 1-2 jours dans l'après-midi ? On pourrait échanger 15-20 min pour voir concrètement ce que je peux t'apporter. Qu'est-ce que tu en penses ?",
        "same composer, third follow-up template (persona name replaced); a pitch then a 15-20 minute call: a purchase asked (C)",
    ),
    (
        "recruiter_outreach_workflow",
        "too_big",
        False,
        None,
        "Bonjour Élodie Marchal, Je me permets de vous contacter car votre parcours en tant que développeuse full-stack a retenu mon attention. Nous accompagnons actuellement Lumeo dans le recrutement d'un(e) Lead Developer à Nantes. Vos compétences en React, Node.js correspondent particulièrement aux critères recherchés. Seriez-vous disponible pour un bref échange afin d'en discuter ?",
        "recruitment agency's workflow, 'professional' candidate-approach template (placeholders filled with fictional values); a recruiter's brief exchange whose object is placing the reader in a client's role (a contract for the agency); ambiguous: guide v2 lists being hired, not hiring; read as winning a placement (B)",
    ),
    (
        "recruiter_outreach_workflow",
        "too_big",
        False,
        None,
        "Salut Élodie 👋 Je suis tombé sur ton profil de développeuse full-stack et franchement, ça matche bien avec un poste de Lead Developer chez Lumeo. Tes compétences en React, Node.js sont exactement ce qu'on recherche. Ça te dirait qu'on en discute autour d'un café ☕ ? À bientôt !",
        "same workflow, 'casual' template (tu; placeholders filled); a coffee whose object is a recruitment, as above; ambiguous as above",
    ),
    (
        "martinique_beach_app_newsletter",
        "precise",
        False,
        None,
        "[...] Tiwave : une application collaborative pour consulter et signaler l'état réel des plages de Martinique. Pas en théorie. Maintenant. Le lancement iOS + Android arrive dans quelques semaines. Tu fais partie des premières à le savoir — et j'ai besoin de toi avant le jour J. Est-ce que tu as déjà annulé une sortie à la plage à cause des sargasses ou de la qualité de l'eau ? Réponds à cet email — ça m'aide énormément. Et si tu connais quelqu'un qui mérite de savoir que ça existe : transfère-lui cet email. [...] Nadia, Fondatrice de Tiwave",
        "Martinican founder's first newsletter to the waiting list (tu; founder story cut, name replaced); one specific research question on a narrow local subject (sargassum, water quality), and a forward asked; ambiguous: a launch e-mail, but no price, purchase or paid offer is asked of the reader, so read as research, not a sale",
    ),
    (
        "diaspora_building_app_launch_plan",
        "too_big",
        False,
        None,
        "Bonjour Serge 🙏 Petite question : est-ce que tu construis ou comptes construire au pays ? Je lance une application qui règle le problème que tout le monde connaît — l'argent envoyé pour le chantier dont on ne voit jamais les reçus. Chaque dépense est justifiée par une photo, et tu vois ton solde exact depuis Dallas en temps réel. Je cherche 20 membres fondateurs à -50 %. Je t'envoie la démo de 60 secondes ?",
        "Ivorian diaspora founder's launch plan, WhatsApp prospecting opener to warm contacts (placeholders filled); a pitch with a founders' discount, then a demo offered: a purchase (C)",
    ),
    (
        "diaspora_building_app_launch_plan",
        "too_big",
        False,
        None,
        "Serge, je te partage juste ceci 👇 [vidéo]. Si tu connais quelqu'un qui construit au pays, transfère-lui — ça peut lui éviter beaucoup de palabres 😅",
        "same plan, follow-up three days later; the seller asks for whoever might buy (C: the name of whoever buys)",
    ),
    (
        "diaspora_building_app_launch_plan",
        "too_big",
        False,
        None,
        "Voici l'offre fondateur : 30 jours gratuits, puis 2 500 F/mois pendant 6 mois (au lieu de 5 000). Tu installes, tu invites ton superviseur avec un code à 6 chiffres, et je t'accompagne personnellement au démarrage. On lance ton chantier dessus cette semaine ?",
        "same plan, closing message after the demo; a subscription asked: a purchase",
    ),
    (
        "diaspora_building_app_launch_plan",
        "too_big",
        None,
        2,
        "Grand frère, envoie encore 500 000",
        "same plan, a line of the sketch it scripts for short videos (a relative on the building site to the brother abroad; the sketch's answer cut); money asked of a close relative (circle recorded as 2, the closest the format allows): money stays too big whatever the tie (rule 1 excepts only referrals and long meetings); ambiguous: a scripted line, not a sent message",
    ),
    (
        "public_portal_redirects_thread",
        "precise",
        False,
        None,
        "Bonjour, En préalable à nos échanges, j'aurais quelques questions : 1. La page source côté recruteurs est elle bien /apprentissage/deposer-offre ? La demande écrite mentionnait « /apprentissage/époser-offre » je veux juste être sur de la typo, de l'accent. 2. Les deux URLs cibles ci dessous sont elles stables dans le temps (on va poser des redirections permanentes 308 qui seront indexées par les moteurs et difficiles à changer ensuite) ? [...] 7. Faut il transmettre les query params reçus sur les anciennes URLs (utm_source, utm_campaign, etc.) vers les landing LBA, ou on les drop à la redirection ? Merci à vous !",
        "archived e-mail thread in a public youth-employment portal's repository (the contractor's reply to a ministry's request; names and contact data dropped, questions 3-6 and 8 cut); specific questions on a stated piece of work; ambiguous: a work exchange between people already working together, not a networking ask",
    ),
]

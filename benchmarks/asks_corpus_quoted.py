# ruff: noqa: E501  (quoted data: long lines keep each quotation whole)
"""Asks written by other people, quoted short from public sources (see tests/data/asks_corpus/).

Each entry: (source id, label, upward, circle, text, note). Placeholders of templates are filled
with fictional values and real people's names replaced by fictional ones (noted). Labels were
given by the method in tests/data/asks_corpus/README.md before any checker was run.
"""

SOURCES = {
    "msmoney": "https://msmoney.com/setting-up-informational-interviews",
    "nigelpdaly": "https://nigelpdaly.com/?p=666",
    "handshake": "https://www.byhandshake.com/blog/linkedin-connection-message-templates",
    "36poses": "http://36poses.org/evaluating-your-career-options-part-2.html",
    "organvm": "github:organvm-iv-taxis/a-i--skills:skills/professional/networking-outreach/"
    "references/email-templates.md",
    "workieblog": "github:fuadhasan05/workieblog:public/resources/networking-email-templates.md",
    "offerloop": "github:deenabandi004-byte/Offerloop:email_templates.py",
    "jobhunter": "github:nordeim/openclaw-curated-skills:oyi77/joko-jobhunter/templates/cold-email.md",
    "fcc_chung": "https://freecodecamp.org/news/how-to-make-it-easy-for-others-to-help-you-in-your-"
    "job-search-67c15d05c907 (fr: github:davy39/news-translation-tasks:articles/fr/how-to-make-"
    "it-easy-for-others-to-help-you-in-your-job-search-67c15d05c907.md)",
    "fcc_lacey": "https://freecodecamp.org/news/how-to-convince-strangers-to-help-you-get-a-job-"
    "35db34549ac4 (fr: github:davy39/news-translation-tasks:articles/fr/how-to-convince-"
    "strangers-to-help-you-get-a-job-35db34549ac4.md)",
    "fcc_strauss": "github:davy39/news-translation-tasks:articles/fr/how-to-design-a-cold-email-"
    "for-a-ceo-with-a-100-read-click-and-response-rate-84edb1b2603b.md",
    "asktheheadhunter": "https://www.asktheheadhunter.com/5890/dissecting-the-elevator-pitch",
    "fabriziotrotti": "https://fabriziotrotti.com/2022/04/06/not-how-people-work/",
    "bernoff": "https://bernoff.com/blog/can-i-pick-your-brain",
    "scotfun": "https://www.scot.fun/damentals/you-cannot-pick-my-brain/",
    "erinoutdoors": "https://erinoutdoors.com/the-right-way-to-pick-someones-brain",
    "kymmberly": "https://www.kymmberly.com/can-i-pick-your-brain/",
    "sfu": "http://www.sfu.ca/students/career/have-a-strategy/connect-with-people/"
    "informationinterviews/request-info-interview.html",
    "gettingthere": "https://gettingheretothere.blogspot.com/2006/05/7-gentle-ask_21.html",
    "helloprompt": "github:TaeGuNi/helloprompt.kr:src/content/posts/2026/02/coffee-chat-cold-"
    "email/index.fr.md",
    "hiddenmarket": "code index file id 13704141737 (a job-search blog's bilingual fr/en article "
    "data: 'marché caché' and 'emails-reponse-ceo'; repository not reported by the index)",
    "venavi": "github:freemanpolys/venavi-claude:business/doveaia/linkedin-prospection.md",
    "hellowork": "https://hellowork.com/fr-fr/medias/ami-cooptation-refus.html",
    "paperblog": "https://paperblog.fr/2380736/reseaux-sociaux-une-erreur-a-ne-pas-commettre/amp",
    "rebondir_employeurs": "https://rebondir.cosavostra.com/?p=51653",
    "rebondir_faible": "https://rebondir.cosavostra.com/travailler-son-reseau-faible",
    "nexia": "github:contactnexiafr-del/nexia-agency:produits/pack-50-emails-pro.md",
}

EN = [
    (
        "msmoney",
        "precise",
        False,
        3,
        "I'm interested in investigating careers in medical device sales. Would you be able to "
        "spare half an hour sometime in the next few weeks to share your thoughts with me?",
        "placeholder X filled",
    ),
    (
        "nigelpdaly",
        "vague",
        None,
        5,
        "I'd like to add you to my professional network on LinkedIn",
        "",
    ),
    (
        "nigelpdaly",
        "vague",
        None,
        5,
        "Hi Tomas! I just finished reading your excellent article on digital marketing and SaaS. I "
        "made several notes and learned some useful ideas that I hope to put into practice at my "
        "company. I'd love to connect on LinkedIn and keep learning from you.",
        "name replaced",
    ),
    (
        "handshake",
        "vague",
        None,
        5,
        "Hi Dana, I see we're both connected with Lee Park. I work in fintech compliance too and "
        "thought it'd be great to connect. Love your work at Nordbank.",
        "placeholders filled",
    ),
    (
        "handshake",
        "vague",
        None,
        5,
        "Hey Dana, your post about churn in B2B subscriptions really resonated, especially the "
        "point about onboarding. I work in customer success and would love to stay connected.",
        "placeholders filled",
    ),
    (
        "handshake",
        "vague",
        None,
        5,
        "Hi Dana, I put together a guide on warehouse robotics vendors that might be useful for "
        "your team at Logimax. Happy to share if you're interested. Let's connect!",
        "placeholders filled",
    ),
    (
        "handshake",
        "vague",
        None,
        5,
        "Hey Dana, I'm also in hospital procurement and have been following Medora's approach to "
        "supplier audits. Would love to connect and exchange ideas.",
        "placeholders filled",
    ),
    (
        "handshake",
        "vague",
        None,
        5,
        "Hi Dana, I noticed you're attending the Retail Data Summit. I'll be there too, would be "
        "great to connect beforehand. See you there!",
        "placeholders filled",
    ),
    (
        "36poses",
        "precise",
        None,
        5,
        "Hi, this is Matt and I got your name from Sally, who thought you might be willing to share "
        "your insights about the field of copywriting with me. I have been in public relations for "
        "seven years, working for a variety of financial institutions. I am interested in applying "
        "my writing skills in a new direction. Would you be willing to set up some time to meet? "
        "I'd love to ask you some questions.",
        "names shortened",
    ),
    (
        "organvm",
        "precise",
        None,
        5,
        "I came across your talk on fraud detection at PayConf and how your team cut false "
        "positives. I'm a data analyst exploring a move into risk analytics, and your perspective "
        "on building a fraud team would be invaluable. Would you have 15-20 minutes for a call? "
        "I'd love to hear how you hired your first analysts.",
        "placeholders filled",
    ),
    (
        "organvm",
        "too_big",
        None,
        5,
        "I saw Brightpath is hiring for a Product Designer. I'm a designer with six years in "
        "healthcare apps. I've already applied through your careers page, but wanted to reach out "
        "directly. Would you have a few minutes to chat about the role?",
        "placeholders filled; to the hiring manager about their open role",
    ),
    (
        "organvm",
        "vague",
        None,
        3,
        "It's been a while since we worked together at Corvid. I'm currently between roles, and I'd "
        "love to catch up if you have time. No agenda, just curious how things are going on your "
        "end. Free for a quick call or coffee in the next few weeks?",
        "placeholders filled",
    ),
    (
        "workieblog",
        "vague",
        True,
        5,
        "I came across your article about independent pharmacies going digital, and it really "
        "resonated with me. I'm particularly interested in how small pharmacies adopt "
        "e-prescriptions, and I'd love to learn more about your journey. Would you have 15-20 "
        "minutes for a brief virtual coffee chat?",
        "placeholders filled; someone admired (upward), no offer",
    ),
    (
        "workieblog",
        "vague",
        None,
        3,
        "I saw that you're now at Solenne working on their wind portfolio. I'm exploring "
        "opportunities in renewable energy. Given your experience in this space, I'd love to "
        "reconnect and hear about your journey. Would you be open to a quick call or coffee "
        "sometime in the next few weeks?",
        "placeholders filled",
    ),
    (
        "workieblog",
        "precise",
        None,
        5,
        "I'm very interested in transitioning into UX research, and your path from teacher to UX "
        "researcher is exactly the journey I'm hoping to make. Could you spare 20 minutes for a "
        "brief informational interview? I have two specific questions: how you built a portfolio "
        "without a design degree, and which bootcamps hiring managers respect.",
        "placeholders filled",
    ),
    (
        "workieblog",
        "too_big",
        None,
        4,
        "I noticed you're connected to Priya at Solvant on LinkedIn. I'm very interested in the "
        "supply planner role they have open, and I believe my experience in S&OP would be a great "
        "fit. Before applying, I wanted to see if you'd be comfortable making a brief introduction.",
        "placeholders filled; an introduction to a named person; v2: was precise; job: an introduction asked before applying for a named role",
    ),
    (
        "workieblog",
        "vague",
        None,
        5,
        "I came across your profile while researching cold-chain logistics, and I was impressed by "
        "your work in vaccine distribution. I'm always looking to connect with professionals in "
        "pharma logistics. I'd love to add you to my network and follow your insights.",
        "placeholders filled",
    ),
    (
        "workieblog",
        "precise",
        None,
        4,
        "Thank you for connecting! I noticed you have experience in clinical data management. I'm "
        "currently exploring opportunities in this space and would love to learn from your "
        "journey. Would you be open to a brief chat sometime?",
        "placeholders filled",
    ),
    (
        "offerloop",
        "vague",
        True,
        5,
        "I'm currently a junior at State University. I came across your profile while researching "
        "equity research roles at Halvard Capital and was inspired by your coverage of mid-cap "
        "industrials. I'd really appreciate the chance to hear any advice you may have. Would you "
        "be available for a quick 15-20 minute chat sometime this or next week?",
        "placeholders filled; v2: was precise; upward: a student to a professional (D), no offer",
    ),
    (
        "offerloop",
        "vague",
        True,
        5,
        "I'm a sophomore studying economics at Ridge College. Your career path at Tessel caught my "
        "attention. I'm particularly interested in how you moved from audit into transaction "
        "services, and what your day-to-day looks like. Would you be open to a quick 15-20 minute "
        "conversation in the next few weeks?",
        "placeholders filled; v2: was precise; upward: a student to a professional (D), no offer",
    ),
    (
        "jobhunter",
        "too_big",
        None,
        5,
        "I came across the Data Engineer position at Kestrel and wanted to reach out directly "
        "rather than just submitting an application into the void. Quick background: five years in "
        "data platforms. I'd love to learn more about what you're looking for in this role. Would "
        "you have 15 minutes for a quick call this week? Happy to send over my resume.",
        "placeholders filled; to a recruiter about an open position",
    ),
    (
        "jobhunter",
        "too_big",
        None,
        5,
        "I'm exploring opportunities at Kestrel and saw you're on the Platform team. I wanted to "
        "reach out to get an insider's perspective. I'm a backend engineer with experience in Go "
        "and Kafka. Could I ask you two questions about how the team runs its on-call rotation?",
        "placeholders filled, last sentence shortened; v2: was precise; job: opportunities at the reader's company are the purpose",
    ),
    (
        "fcc_chung",
        "vague",
        True,
        5,
        "Hi Sam, I saw your technical post on Quillsoft's blog and found it fascinating! These are "
        "the kinds of problems I want to solve too. I'm currently an early-career software engineer "
        "and I've been thinking about how to learn faster to eventually become a tech lead like "
        "you. Would you be up for a 30-minute phone chat or grabbing coffee? I have a few specific "
        "questions to ask you.",
        "placeholders filled; upward, no offer",
    ),
    (
        "fcc_chung",
        "vague",
        None,
        None,
        "How did you climb the ladder to become Director of Business Development?",
        "the author's example of a too generic question",
    ),
    (
        "fcc_chung",
        "precise",
        None,
        None,
        "What's one skill you actively worked on that helped you become Director of Business "
        "Development?",
        "the author's specific rewrite",
    ),
    (
        "fcc_chung",
        "vague",
        None,
        4,
        "Could you connect me with someone in Marketing?",
        "the author's not-specific-enough example",
    ),
    (
        "fcc_chung",
        "precise",
        None,
        4,
        "I saw you're connected with Lena Marsh on LinkedIn, would you be willing to connect me with "
        "her? If she's not the right person to talk to, would you be willing to connect me with "
        "someone else in Marketing at Quillsoft?",
        "name replaced; company added",
    ),
    ("fcc_chung", "too_big", None, None, "Could you refer me for this position?", ""),
    (
        "fcc_lacey",
        "too_big",
        None,
        5,
        "My name is Sam. I'm currently looking for jobs in management consulting, and I saw there "
        "was an opening at Corvell Partners. We both studied at Ohio State. I'm not quite sure what "
        "the role is like at Corvell, and I'd love to hear about your experiences. Would you be "
        "available to chat on the phone for about 15 minutes this week?",
        "placeholders filled; v2: was precise; job: a job opening at the reader's firm is the purpose",
    ),
    (
        "fcc_lacey",
        "too_big",
        None,
        5,
        "I know the role is very competitive, so do you think it would be useful for me to seek a "
        "referral from you or someone else at the company?",
        "",
    ),
    (
        "asktheheadhunter",
        "too_big",
        None,
        5,
        "I'm going to cut to the chase: I want to write for your newsletter! I'm a former educator "
        "turned researcher and blogger. My niche is education, so most of my articles deal with "
        "learning. Check out some of my clips. Hope to discuss ideas soon.",
        "the newsletter's name replaced; asks a stranger for paid writing work",
    ),
    (
        "fabriziotrotti",
        "too_big",
        None,
        5,
        "Came across your LinkedIn profile and wow you have participated in such interesting "
        "internship programmes. I'm just checking to see if you are the person responsible for "
        "lead generation. If you aren't the right person to speak with, can you forward me on to "
        "someone more appropriate?",
        "v2: was vague; sales: asks for the person in charge of buying (C)",
    ),
    ("bernoff", "vague", None, None, "Can I pick your brain?", ""),
    ("bernoff", "vague", None, None, "Let's brainstorm where marketing is going.", ""),
    ("bernoff", "vague", None, None, "I want to catch up on the research industry.", ""),
    ("bernoff", "vague", None, None, "I'm at a crossroads in my career journey.", ""),
    ("bernoff", "precise", None, None, "Should I work at Forrester Research?", ""),
    ("scotfun", "vague", True, 5, "You're so cool. May I pick your brain?", ""),
    ("scotfun", "vague", True, 5, "What's the best way to break into Hollywood?", ""),
    (
        "scotfun",
        "vague",
        True,
        5,
        "You're an animator with a unique style and you've found lots of success. Could I ask for a "
        "little help with my own style?",
        "upward, no offer",
    ),
    (
        "erinoutdoors",
        "vague",
        True,
        5,
        "Hey! I would love to pick your brain sometime about that thing you're really good at, but "
        "that I have no idea about and would like to be good at as well.",
        "",
    ),
    (
        "kymmberly",
        "vague",
        None,
        5,
        "I would just love to pick your brain over a cup of coffee.",
        "",
    ),
    (
        "kymmberly",
        "vague",
        None,
        5,
        "Hey, would you mind doing me a huge favor and look over my project?",
        "",
    ),
    (
        "kymmberly",
        "too_big",
        None,
        5,
        "Hey would you mind handing me 200 bucks out of your pocket?",
        "",
    ),
    (
        "hiddenmarket",
        "vague",
        True,
        5,
        "Hello Ines, I see you are a Product Manager at Brightpath, I read your latest article on "
        "roadmap reviews with interest. I am not looking to apply directly, but I am very interested "
        "in your product culture. Would you be open to a 10 min chat to give me your opinion on "
        "your team organization? Promised, no hard selling, just a chat between enthusiasts.",
        "placeholders filled; upward, no offer",
    ),
    (
        "hiddenmarket",
        "precise",
        True,
        5,
        "Hello Ines, I have been following your recent launches in B2B payroll with interest. Looking "
        "at your onboarding flow, I noticed a possible drop-off at the bank-details step. At my "
        "previous company we met the same obstacle and solved it with a two-step form, which lifted "
        "completion by 15%. I would be delighted to share this method with you, no strings "
        "attached. Are you open to a 10 min chat this week?",
        "placeholders filled; to a CEO",
    ),
    (
        "hiddenmarket",
        "vague",
        True,
        5,
        "Hello Ines, I just listened to your appearance on the Work Shift podcast. Your point of "
        "view on AI in HR runs counter to what we usually hear. I would love to have your opinion "
        "on a related trend. Would you be opposed to a short call to discuss it?",
        "placeholders filled; upward, no offer, 'a related trend' unnamed",
    ),
]

FR = [
    (
        "fcc_lacey",
        "too_big",
        None,
        5,
        "Bonjour Claire, je m'appelle Sam. Je cherche actuellement des emplois dans le conseil en "
        "stratégie, et j'ai vu qu'il y avait une offre chez Corvell. Nous avons tous deux étudié à "
        "Lyon. Je ne sais pas trop à quoi ressemble ce rôle chez Corvell, et j'aimerais entendre "
        "parler de vos expériences. Seriez-vous disponible pour discuter au téléphone une quinzaine "
        "de minutes cette semaine ?",
        "traduction française publiée ; champs remplis; v2: was precise; job: a job opening at the reader's firm is the purpose",
    ),
    (
        "fcc_lacey",
        "too_big",
        None,
        5,
        "Je sais que le rôle est très compétitif, alors pensez-vous qu'il serait utile pour moi de "
        "chercher une recommandation de votre part ou de quelqu'un d'autre dans l'entreprise ?",
        "",
    ),
    (
        "fcc_chung",
        "vague",
        True,
        5,
        "Salut Hugo, j'ai vu votre article technique sur le site de Quillsoft et je l'ai trouvé "
        "fascinant ! Ce sont les types de problèmes que je veux résoudre également. Je suis "
        "actuellement ingénieur logiciel en début de carrière et j'ai réfléchi à la manière "
        "d'augmenter mon rythme d'apprentissage pour devenir un jour tech lead comme vous. Seriez-vous "
        "prêt à discuter au téléphone pendant 30 minutes ou à prendre un café ? J'aimerais vous poser "
        "quelques questions précises.",
        "champs remplis ; vers le haut, sans offre",
    ),
    (
        "fcc_chung",
        "vague",
        None,
        None,
        "Comment avez-vous gravi les échelons pour devenir directeur du développement commercial ?",
        "exemple de question trop large selon l'auteur",
    ),
    (
        "fcc_chung",
        "precise",
        None,
        None,
        "Quelle est une compétence sur laquelle vous avez activement travaillé et qui vous a aidé à "
        "devenir directeur du développement commercial ?",
        "la réécriture précise de l'auteur",
    ),
    (
        "fcc_chung",
        "vague",
        None,
        4,
        "Pourriez-vous me mettre en contact avec quelqu'un en marketing ?",
        "",
    ),
    (
        "fcc_chung",
        "precise",
        None,
        4,
        "J'ai vu que vous étiez en relation avec Léna Marchal sur LinkedIn, seriez-vous prêt à me "
        "mettre en contact avec elle ? Si elle n'est pas la bonne personne, seriez-vous prêt à me "
        "mettre en contact avec quelqu'un d'autre au marketing de Quillsoft ?",
        "nom remplacé",
    ),
    ("fcc_chung", "too_big", None, None, "Pourriez-vous me recommander pour ce poste ?", ""),
    (
        "fcc_strauss",
        "too_big",
        None,
        5,
        "Maintenant, je veux aider votre entreprise à inspirer plus de gens en rejoignant votre équipe "
        "d'interaction. Avec mon parcours étroitement lié au design, je suis convaincu que je peux "
        "vraiment faire une différence. Mon CV est joint.",
        "demande d'embauche à un PDG",
    ),
    (
        "helloprompt",
        "vague",
        None,
        5,
        "Bonjour Monsieur. Je suis actuellement à la recherche d'un emploi en marketing et "
        "j'aimerais beaucoup avoir vos conseils pour ma carrière. Quand seriez-vous disponible pour "
        "prendre un café ou faire un appel ? Merci d'avance.",
        "l'exemple « avant » de la source",
    ),
    (
        "helloprompt",
        "precise",
        True,
        5,
        "J'ai été particulièrement inspiré par votre récent article sur la transition vers l'IA dans "
        "le marketing ; vos réflexions sur l'automatisation des campagnes étaient fascinantes. En "
        "tant que marketeur junior préparant ma transition vers des rôles plus techniques, je peux "
        "vous envoyer la synthèse des 40 outils d'automatisation que j'ai testés. Accepteriez-vous "
        "d'échanger 15 minutes en visio la semaine prochaine sur les compétences clés à développer ?",
        "PARAPHRASE: l'exemple « après », raccourci ; l'offre (la synthèse) ajoutée par nous ; vers le haut",
    ),
    (
        "hiddenmarket",
        "vague",
        True,
        5,
        "Bonjour Inès, je vois que tu es Product Manager chez Brightpath, j'ai lu avec intérêt votre "
        "dernier article sur les revues de roadmap. Je ne cherche pas à postuler directement, mais je "
        "m'intéresse beaucoup à votre culture produit. Accepterais-tu d'échanger 10 min pour me "
        "donner ton avis sur l'organisation de votre équipe ?",
        "champs remplis ; vers le haut, sans offre",
    ),
    (
        "hiddenmarket",
        "precise",
        True,
        5,
        "Bonjour Inès, je suis vos récents développements sur la paie en ligne avec intérêt. En "
        "analysant votre parcours d'inscription, j'ai remarqué un abandon possible à l'étape du RIB. "
        "Dans ma précédente expérience chez Sylvea, nous avons rencontré le même obstacle et l'avons "
        "résolu avec un formulaire en deux temps, ce qui a généré 15 % d'inscriptions en plus. Je "
        "serais ravi de partager cette méthode avec vous, sans engagement. Êtes-vous ouvert à un "
        "échange de 10 min cette semaine ?",
        "champs remplis ; à un PDG",
    ),
    (
        "hiddenmarket",
        "vague",
        True,
        5,
        "Bonjour Inès, je viens d'écouter votre passage dans le podcast Travail Demain. Votre point "
        "de vue sur l'IA dans les RH est à contre-courant de ce qu'on entend habituellement. "
        "J'aimerais beaucoup avoir votre avis sur une tendance connexe. Seriez-vous contre l'idée d'un "
        "court appel pour en discuter ?",
        "champs remplis ; vers le haut, sans offre",
    ),
    (
        "hiddenmarket",
        "vague",
        True,
        5,
        "En tant qu'utilisateur fidèle de votre application, je voulais attirer votre attention sur "
        "une fonctionnalité qu'un concurrent vient de lancer. Ayant travaillé sur ce type de "
        "déploiement, j'ai quelques idées sur la façon de l'exécuter rapidement. Cela vous "
        "intéresserait-il de voir mes notes à ce sujet ?",
        "champs remplis ; aucune demande précise",
    ),
    (
        "venavi",
        "too_big",
        True,
        5,
        "Bonjour Paul, je vois que vous dirigez l'informatique chez Fabrimo. Je travaille sur "
        "l'industrialisation d'agents IA (exploitation, gouvernance, sécurité). J'aimerais échanger "
        "sur les défis du passage en production de l'IA. Partant pour se connecter ?",
        "champs remplis ; prospection vers un DSI, sans offre; v2: was vague; sales: an exchange asked after the seller's pitch",
    ),
    (
        "venavi",
        "too_big",
        True,
        5,
        "Bonjour Paul, votre profil m'a interpellé. Je suis spécialisé dans les agents IA pour les "
        "PME et ETI (automatisation des processus, conformité RGPD). J'aimerais échanger sur vos "
        "réflexions autour de l'IA dans l'agroalimentaire.",
        "champs remplis; v2: was vague; sales: an exchange asked after the seller's pitch",
    ),
    (
        "venavi",
        "vague",
        None,
        5,
        "Bonjour Paul, j'ai vu votre commentaire sur le post consacré aux agents IA, excellente "
        "remarque sur la traçabilité. Je travaille sur des sujets proches. Ravi de me connecter !",
        "champs remplis",
    ),
    (
        "hellowork",
        "too_big",
        None,
        None,
        "Au fait, j'ai vu une super offre dans ta boîte, tu pourrais me coopter ?",
        "",
    ),
    (
        "paperblog",
        "too_big",
        None,
        5,
        "Bonjour, pourriez-vous appuyer ma candidature pour le poste de chargée d'affaires que votre "
        "entreprise propose à Genève ?",
        "PARAPHRASE: du message rapporté (inconnue, 3 jours après la mise en relation)",
    ),
    (
        "rebondir_employeurs",
        "precise",
        None,
        3,
        "Je souhaiterais que vous me mettiez en contact avec la responsable des achats d'Agrivia, "
        "votre ancien client, pour comprendre comment ils choisissent leurs fournisseurs d'emballage.",
        "« telle personne » remplie",
    ),
    (
        "rebondir_employeurs",
        "too_big",
        None,
        3,
        "Bonjour, j'ai quitté l'entreprise il y a deux ans : auriez-vous un poste pour moi ?",
        "PARAPHRASE: le « job de but en blanc » que la source déconseille, mis en mots",
    ),
    (
        "rebondir_faible",
        "vague",
        None,
        4,
        "Je recherche un emploi : n'hésitez pas à m'informer si un poste se libère quelque part.",
        "PARAPHRASE: du discours indirect de la source",
    ),
    (
        "rebondir_faible",
        "vague",
        None,
        5,
        "Bonjour, je suis un ami de votre frère. Seriez-vous disponible pour discuter de votre "
        "entreprise ?",
        "PARAPHRASE: du discours indirect de la source",
    ),
    (
        "nexia",
        "too_big",
        None,
        5,
        "Je me permets de vous contacter car j'ai remarqué que votre entreprise se développe à "
        "l'international. Chez Optima, nous aidons les entreprises comme la vôtre à réduire leur "
        "coût d'acquisition client. Seriez-vous disponible pour un échange de 15 minutes cette "
        "semaine ?",
        "champs remplis ; prospection sans objet précis; v2: was vague; sales: 15 minutes asked after a pitch",
    ),
    (
        "nexia",
        "too_big",
        None,
        5,
        "En parcourant votre site, j'ai pensé que notre guide des aides à l'export pourrait vous être "
        "utile. Si le sujet vous parle, je serais ravi d'échanger. Aucune obligation.",
        "champs remplis; v2: was vague; sales: an exchange proposed after offering the seller's guide",
    ),
]

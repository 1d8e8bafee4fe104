"""The ask checker reads what an ask means (issue #16): the object of the request, the niche,
who the asker is; the corpus of asks written by other people; the builder's fields; the cap."""

import importlib.util
import json
import re
import time
from pathlib import Path

import pytest

from toolkit.ask import checker
from toolkit.ask.checker import (
    ASK_LIMIT,
    build_ask,
    check,
    check_fields,
    direct_requests,
    field_issue,
    reading_facts,
    reads_upward,
)
from toolkit.core.errors import ValidationError

CORPUS = Path(__file__).parent / "data" / "asks_corpus"


def _corpus(lang: str) -> list[dict]:
    with open(CORPUS / f"{lang}.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def _assert_no_contact_data(text: str, where: str) -> None:
    assert not re.search(r"[\w.+-]+@[\w-]+\.\w+", text), where  # no e-mail
    assert not re.search(r"(?:\+\d|\b0)\d(?:[ .]?\d\d){4}\b", text), where  # no phone
    assert "http" not in text, where  # no personal link


BATCHES = sorted((Path(__file__).parent.parent / "benchmarks").glob("asks_corpus_batch*_??.py"))
# Asks too few for a batch yet (French sources are nearly used up) wait in a pending module,
# under the same rules, without a second coach: never scored, never trained on.
BATCHES += sorted((Path(__file__).parent.parent / "benchmarks").glob("asks_corpus_pending_??.py"))


@pytest.mark.parametrize("path", BATCHES, ids=lambda path: path.stem)
def test_every_batch_of_real_asks_is_labelled_sourced_and_free_of_contact_data(path):
    """The untouched batches (``benchmarks/asks_corpus_batch<N>_<lang>.py``) quote real people:
    every ask has a label, a recorded source and a blind second label, and no text holds an
    address or a number."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    items = getattr(module, path.stem[-2:].upper())
    for source, label, upward, circle, text, note in items:
        assert module.SOURCES.get(source), source
        assert label in ("precise", "vague", "too_big") and note, text
        assert upward in (True, False, None) and circle in (None, 1, 2, 3, 4, 5), text
        _assert_no_contact_data(text, text)
        assert "www." not in text, text
    if path.stem.startswith("asks_corpus_pending"):
        assert items
        return
    assert len(items) >= 30
    # the blind second coach labelled each ask, in order (what the batch's views are made of)
    with open(path.with_name(f"{path.stem}_second.jsonl"), encoding="utf-8") as handle:
        second = [json.loads(line) for line in handle]
    assert [d["n"] for d in second] == list(range(len(items)))
    assert all(d["label"] in ("precise", "vague", "too_big") for d in second)
    assert all(d["scope"] in ("in", "out") for d in second)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_corpus_is_labelled_split_sourced_and_free_of_contact_data(lang):
    rows = _corpus(lang)
    assert len(rows) >= 300
    assert {r["label"] for r in rows} == {"precise", "vague", "too_big"}
    splits = {r["split"] for r in rows}
    assert (
        {"train", "test", "fresh"}
        <= splits
        <= {"train", "test", "fresh", "real_train", "real_test"}
    )
    # the first corpus's split; fresh and the real batches (group "real:") split themselves
    split = [
        r for r in rows if r["split"] in ("train", "test") and not r["group"].startswith("real:")
    ]
    assert 0.3 <= sum(r["split"] == "test" for r in split) / len(split) <= 0.5
    assert all(r["source"] and r["origin"] for r in rows)
    assert all(r["origin"] == "quoted" or r["origin"].startswith("paraphrase_of:") for r in rows)
    assert sum(r["origin"] == "quoted" for r in rows) >= 20
    for row in rows:
        _assert_no_contact_data(row["text"], row["id"])
    # a paraphrase frame's wording never sits on both sides of the split
    sides: dict[str, set[str]] = {}
    for row in rows:
        if row["note"].startswith("frame "):
            sides.setdefault(row["note"], set()).add(row["split"])
    assert sides and all(len(s) == 1 for s in sides.values())
    # nor does a source of the real batches (their test split is by source)
    real: dict[str, set[str]] = {}
    for row in rows:
        if row["group"].startswith("real:"):
            real.setdefault(row["group"], set()).add(row["split"])
    assert all(len(s) == 1 for s in real.values())


def test_the_real_english_batch_is_split_by_source_half_and_half():
    rows = [r for r in _corpus("en") if r["split"].startswith("real_")]
    assert len(rows) >= 230 and all(r["origin"] == "quoted" for r in rows)
    share = sum(r["split"] == "real_test" for r in rows) / len(rows)
    assert 0.4 <= share <= 0.6
    sides: dict[str, set[str]] = {}
    for row in rows:  # the sibling templates of one source never sit on both sides
        sides.setdefault(row["source"], set()).add(row["split"])
    assert all(len(s) == 1 for s in sides.values())
    for label in ("precise", "vague", "too_big"):  # guide v2 moved some precise asks to too_big
        assert sum(r["label"] == label and r["split"] == "real_test" for r in rows) >= 25


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_agreement_with_the_coach_on_the_train_split(lang):
    rows = [r for r in _corpus(lang) if r["split"] == "train"]
    verdicts = [
        check(r["text"], lang, "above" if r["upward"] else None, r["circle"]).verdict for r in rows
    ]
    agreed = [v == r["label"] for v, r in zip(verdicts, rows, strict=True)]
    assert sum(agreed) / len(agreed) >= 0.9
    for label in ("precise", "too_big"):
        mine = [v for v, r in zip(verdicts, rows, strict=True) if r["label"] == label]
        assert mine.count(label) / len(mine) >= 0.8


# Asks of the issue and their verdicts (text, lang, circle, verdict); the verdict model's refits
# keep them as guards (benchmarks/fit_ask_model_b5.py reads this list).
FROM_WHAT_IS_ASKED = [
    (
        "Could you spare 15 minutes to tell me how Adyen's risk team hires? I've worked in "
        "payments for 8 years.",
        "en",
        None,
        "precise",
    ),
    ("Could you refer me for the data analyst role at your company?", "en", 5, "too_big"),
    ("Could you lend me 3,000 euros to start my bakery in Leeds?", "en", 5, "too_big"),
    (
        "Bonjour, je cherche un directeur qui pourrait me donner des conseils sur des trucs, "
        "en particulier des machins. Mon expérience : rien. En échange, rien.",
        "fr",
        None,
        "vague",
    ),
    (
        "Pourriez-vous me conseiller sur le financement de projets solaires en Occitanie ? Dix "
        "minutes au téléphone suffiraient.",
        "fr",
        5,
        "precise",
    ),
    (  # what the talk is about, a few words after the verb
        "Pourrais-tu me parler 15 minutes du financement de projets solaires en Bretagne ?",
        "fr",
        5,
        "precise",
    ),
    (
        "Bravo, tu as trouvé un job chez Airbus ! Tu aurais dix minutes pour me parler de la "
        "maintenance des A350 à Toulouse ?",
        "fr",
        3,
        "precise",
    ),
    (
        "I am Development Director at a large charity and I would like some advice.",
        "en",
        None,
        "vague",
    ),
    (
        "Une rencontre avec vous, un contrat signé par mon ancien patron : voilà mon parcours.",
        "fr",
        5,
        "vague",
    ),
    ("Pourriez-vous m'embaucher ?", "fr", 5, "too_big"),
    ("Pouriez-vous m'embaucher ?", "fr", 5, "too_big"),  # a typo on an unknown word
]


@pytest.mark.parametrize(("text", "lang", "circle", "verdict"), FROM_WHAT_IS_ASKED)
def test_verdicts_come_from_what_is_asked_not_from_keywords(text, lang, circle, verdict):
    assert check(text, lang, circle=circle).verdict == verdict


# Real asks of the corpus's real_train split (benchmarks/asks_corpus_real_en.py), one per class of
# mistake the checker made on them: (text, upward, circle, verdict, source id).
REAL_ASKS = [
    # a sales pitch seeks a client, however small the call it asks for
    (
        "Hi Marco, I've been researching Tradeloop and noticed you opened a second warehouse in "
        "Lyon. I'd love to share how we've helped similar companies cut picking errors by 30%, "
        "including Logimax, who achieved it in two months. Would you have 15 minutes this week "
        "for a quick conversation?",
        None,
        5,
        "too_big",
        "vibebaza_meet",
    ),
    (
        "We're working with restaurants in your area on a revenue optimization program. I'd love "
        "to speak with your general manager about how we can help Bella Cucina. Could you connect "
        "me with them or provide their direct contact?",
        None,
        5,
        "too_big",
        "cc_salesbot",
    ),
    # money named anywhere in the ask, even to a close friend
    (
        "Lukas! So this is so embarrassing, I just finished eating at a restaurant and when I went "
        "to pay, I realized I left my wallet at home. Can you Venmo a few bucks?",
        None,
        2,
        "too_big",
        "terka",
    ),
    # a money need or "if you're ever looking for…" is the request, with no question asked
    (
        "Hey Vic! I hate to ask, but I'm in a bind. My energy bill is due Friday and I don't get "
        "paid until the 30th. My bill is $140 and I'm $60 short.",
        None,
        2,
        "too_big",
        "terka",
    ),
    (
        "Last follow-up! Figured you might be busy. If you're ever looking for a "
        "TypeScript/Next.js engineer who ships fast and writes tested code, I'm your person.",
        None,
        5,
        "too_big",
        "agds",
    ),
    # "if you're growing the team": the job, to a founder
    (
        "Found your product on Product Hunt. Impressed by the offline sync in your notes app. "
        "I'm a "
        "full-stack engineer (Next.js, TypeScript, Python). Built similar systems. If you're "
        "growing the team, I'd love to chat.",
        True,
        5,
        "too_big",
        "agds",
    ),
    # "follow your insights" asks nothing, however narrow the topic
    (
        "Hi Priya, I noticed we're both passionate about open banking. Your recent talk on consent "
        "dashboards really resonated with me. Would love to connect and follow your insights.",
        None,
        5,
        "vague",
        "capcore",
    ),
    # asking whether there is a mentoring programme is not asking for a mentor
    (
        "Hello, I was looking at Brightforge's website and came across this posting for an Elixir "
        "job. Do you mind if I ask you a few questions? I noticed that the experience level is "
        "pretty ambiguous, do you know if they are considering junior level developers? Is there "
        "a mentoring program at your company?",
        None,
        4,
        "too_big",  # guide v2 (B): the job posting is what the questions are for
        "alindeman",
    ),
    # "making an intro" is the introduction asked for
    (
        "Hi Priya, I noticed you're connected to Omar Haddad at Tessel. I'm researching how "
        "mid-size fintechs staff their compliance teams and would love to get his perspective. "
        "Would you be comfortable making an intro?",
        None,
        4,
        "precise",
        "capcore",
    ),
    # "15-20 minutes" is a duration, not a niche; "any advice for someone" asks nothing narrow
    (
        "Hi Omar, thanks for connecting! I'd love to learn about your journey at your company. Any "
        "advice for someone looking to break into that space? Would you have 15-20 minutes?",
        None,
        5,
        "vague",
        "cc_reachcontacts",
    ),
]


@pytest.mark.parametrize(("text", "upward", "circle", "verdict", "source"), REAL_ASKS)
def test_real_asks_of_the_train_split(text, upward, circle, verdict, source):
    assert check(text, "en", "above" if upward else None, circle).verdict == verdict, source


def test_an_offer_written_with_tu_counts_and_upward_needs_it_with_their_work():
    text = (
        "J'ai lu ton article sur les circuits courts. Je cherche un conseil de dix minutes sur la "
        "vente de fromages à Lyon ; en échange je peux t'aider à relire ton prochain dossier."
    )
    result = check(text, "fr", "above", 4)
    assert result.verdict == "precise"
    assert result.criteria["offer"].status == result.criteria["their_work"].status == "pass"
    without = check(text.split(" ; ")[0] + ".", "fr", "above", 4)
    assert without.verdict == "vague" and without.criteria["offer"].status == "fail"


def test_a_referral_or_a_lunch_is_fine_with_a_close_tie_not_with_a_stranger():
    referral = "Tu pourrais me recommander pour le poste de comptable chez Fromagerie Dubois ?"
    assert check(referral, "fr", circle=2).criteria["ask_size"].status == "pass"
    assert check(referral, "fr", circle=5).verdict == "too_big"
    lunch = "Would you have lunch with me to talk about cold-chain logistics in Rotterdam?"
    assert check(lunch, "en", circle=3).verdict == "precise"
    assert check(lunch, "en", circle=5).verdict == "too_big"


@pytest.mark.parametrize(
    ("text", "lang", "criterion", "words"),
    [
        ("Pourriez-vous me donner un conseil sur le marketing ?", "fr", "niche", "marketing"),
        ("Could you give me advice on finance?", "en", "niche", "finance"),
        (
            "Pourriez-vous m'embaucher dans la logistique du froid à Lyon ?",
            "fr",
            "ask_size",
            "Lyon",
        ),
        ("Would you hire me for cold-chain logistics in Lyon?", "en", "ask_size", "Lyon"),
    ],
)
def test_coaching_quotes_the_participants_words(text, lang, criterion, words):
    result = check(text, lang)
    judged = result.criteria[criterion]
    assert judged.status == "fail"
    assert words in judged.explanation + judged.suggestion
    assert "parfum" not in judged.suggestion  # not the same example for everyone


def test_the_score_follows_the_verdict():
    scores = {
        verdict: [check(r["text"], "en").score for r in _corpus("en") if r["label"] == verdict]
        for verdict in ("precise", "vague", "too_big")
    }
    mean = {v: sum(s) / len(s) for v, s in scores.items()}
    assert mean["precise"] > mean["vague"] + 20 and mean["vague"] > mean["too_big"]


def test_an_input_past_the_cap_gets_a_clear_message_at_once():
    huge = "Pourriez-vous m'aider ? " * 450_000  # about 10 MB
    started = time.perf_counter()
    with pytest.raises(ValidationError) as refused:
        check(huge, "fr")
    assert time.perf_counter() - started < 1.0  # not read at all, far from freezing a kernel
    assert str(ASK_LIMIT) in refused.value.message("fr").replace("\u202f", "").replace(" ", "")
    assert check("x" * ASK_LIMIT, "fr").verdict == "vague"  # at the cap, still read


@pytest.mark.parametrize(
    "value",
    ["x", "  y ", "trucs", "des machins", "rien", "[votre secteur]", "...", "nothing", "stuff"],
)
def test_filler_never_passes_as_a_field(value):
    assert field_issue(value, "fr") == "filler" or field_issue(value, "en") == "filler"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_builder_judges_the_fields_content_not_its_own_phrases(lang):
    filler = {
        "help": "introduction",
        "helper": "x",
        "domain": "y",
        "niche": "z",
        "experience": "w",
        "offer": "rien" if lang == "fr" else "nothing",
    }
    result = check_fields(filler, lang)
    assert result.verdict == "vague"
    assert {result.criteria[c].status for c in ("niche", "differentiator", "offer")} == {"fail"}
    for criterion, value in (("target", "x"), ("differentiator", "w"), ("niche", "y")):
        assert value in result.criteria[criterion].quote  # the filler is quoted back
    empty = check_fields({}, lang)
    assert empty.verdict == "vague" and empty.criteria["target"].status == "fail"
    real = {
        "fr": {
            "help": "advice",
            "helper": "une acheteuse de céréales bio",
            "domain": "l'agroalimentaire",
            "niche": "les meuneries de Bretagne",
            "experience": "six ans de qualité chez un meunier",
            "offer": "je peux partager mon étude des labels",
        },
        "en": {
            "help": "advice",
            "helper": "an organic grain buyer",
            "domain": "food processing",
            "niche": "flour mills in Ohio",
            "experience": "six years in quality at a mill",
            "offer": "I can share my study of organic labels",
        },
    }[lang]
    good = check_fields(real, lang)
    assert good.verdict == "precise"
    assert (
        "Bretagne" in good.criteria["niche"].explanation
        or "Ohio" in good.criteria["niche"].explanation
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_builder_is_judged_by_its_fields_not_by_the_model_of_free_text(lang, monkeypatch):
    """The builder's reading holds its fields' criteria and no words: the verdict model, which
    learned free text, has nothing to read there (round 5's French model, consulted, read every
    built ask as vague)."""
    fields = {
        "help": "advice",
        "helper": "une acheteuse de céréales bio" if lang == "fr" else "an organic grain buyer",
        "domain": "l'agroalimentaire" if lang == "fr" else "food processing",
        "niche": "les meuneries de Bretagne" if lang == "fr" else "flour mills in Ohio",
        "experience": "six ans de qualité" if lang == "fr" else "six years in quality",
        "offer": "je peux partager mon étude" if lang == "fr" else "I can share my study",
    }
    shipped = {circle: check_fields(fields, lang, circle=circle).verdict for circle in (None, 5)}
    # a model that would call every ask too big: the builder's verdicts do not move
    monkeypatch.setattr(checker, "_verdict_model", lambda _lang: _EVERYTHING_TOO_BIG)
    assert {c: check_fields(fields, lang, circle=c).verdict for c in (None, 5)} == shipped
    assert shipped == {None: "precise", 5: "precise"}
    assert check(build_ask(fields, lang), lang).verdict == "too_big"  # free text: it reads


_EVERYTHING_TOO_BIG = {
    "verdicts": ["precise", "vague", "too_big"],
    "bias": [0.0, 0.0, 50.0],
    "weights": {},
    "bigrams": False,
    "feature_set": "lemmas+rules",
    "mode": "theta",
    "threshold": 0.0,
    "raise_only": False,
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_built_ask_names_no_contact(lang):
    draft = build_ask({"help": "advice", "domain": "la chimie", "niche": "les peintures"}, lang)
    assert not draft.lower().startswith(("bonjour", "hello", "hi "))


def test_no_contact_name_reaches_what_the_ask_is_shared_or_reused_in(session):
    """The ask chosen "for" a contact is stored without greeting: the ring, the anonymous
    summary, another contact's preparation sheet and the drafts for others never name them."""
    from toolkit.ask.drafts import drafts
    from toolkit.ask.progress import latest_ask
    from toolkit.cohort.summaries import ring_share, summary
    from toolkit.interviews.meetings import prepare, sheet_html
    from toolkit.ui import AskBuilder, QuickAdd

    names = ["Nadia Benali", "Ada Lovelace", "Paul Martin"]
    ids = QuickAdd(session).add_names("\n".join(names))
    builder = AskBuilder(session)
    builder.fill(
        help="introduction",
        helper="une responsable des achats",
        domain="l'agroalimentaire bio",
        niche="les céréales de Beauce",
        experience="six ans de qualité chez un meunier",
        offer="je peux partager mon étude des labels",
    )
    builder._contact.value = ids[0]
    builder.save()
    workspace = session.workspace
    ask = latest_ask(workspace.asks())
    ring = ring_share(workspace.asks(), "agroalimentaire")
    shared = json.dumps(summary(workspace.network(), "p-1", ring), ensure_ascii=False)
    contacts = workspace.contacts().set_index("id")
    sheet = sheet_html(prepare(contacts.loc[ids[1]].to_dict() | {"id": ids[1]}, ask), "fr")
    others = drafts(ask.text, "fr", "Paul Martin", relation="peer")["email"].text
    for name in names[:2]:
        for part in name.split():
            assert part not in ask.text and part not in ring["ask"] and part not in shared
    assert "Nadia" not in sheet and "Benali" not in sheet
    assert "Nadia" not in others and others.startswith("Bonjour Paul,")


# Real asks of the train half of the real French batch (benchmarks/asks_corpus_real_fr.py, where
# each source is recorded), one per class of mistake the checker made on them before tuning.
REAL_FR_TRAIN = [
    # a sale stated, not asked, is still the object of the message (source: pilot_pitch)
    (
        "Bonjour Docteur Lemaire, je sollicite votre établissement pour un essai pilote de notre "
        "MVP. Nous restons à disposition pour échanger.",
        5,
        "too_big",
    ),
    # a fund-raise announced to a stranger (source: pitch_deck)
    (
        "Nous levons actuellement 800 000 € pour : 40 % marketing, 30 % commercial terrain, 30 % "
        "technique. Objectif : 500 agences immobilières d'ici 12 mois.",
        5,
        "too_big",
    ),
    # « ça pourrait matcher ? » after a pitch asks to buy (source: venavi)
    (
        "Nous aidons des PME à automatiser la saisie des factures fournisseurs avec des agents IA "
        ": mise en production en 3 semaines, 30 à 50 % de gain de productivité, tout géré de A à "
        "Z. Ça pourrait matcher avec Fabrimo ?",
        4,
        "too_big",
    ),
    # the job sought and nothing else asked (source: alternance_guide)
    (
        "Bonjour, je suis actuellement en formation BTS Comptabilité et gestion et je recherche "
        "une alternance à partir de septembre, avec un rythme de deux jours en cours et trois en "
        "entreprise. Votre cabinet m'intéresse car il correspond à mon projet dans l'expertise "
        "comptable pour les artisans. Je serais ravie de vous transmettre mon CV et d'échanger "
        "avec vous sur une éventuelle opportunité, même dans le cadre d'une candidature "
        "spontanée.",
        5,
        "too_big",
    ),
    # applying to the recruiter's opening (source: jobsearch_batch3)
    (
        "Bonjour Madame Haddad, ingénieur récemment diplômé en informatique et ingénierie "
        "financière, je candidate à l'offre Ingénieur Data d'Attijari bank. Mon projet de fin "
        "d'études portait sur l'IA appliquée à un produit financier. Je serais ravi de rejoindre "
        "votre réseau.",
        5,
        "too_big",
    ),
    # « mon CV » stays mine when « vos clients » became theirs (source: bts_kit)
    (
        "Je comprends. Puis-je vous envoyer mon CV pour que vous l'ayez sous la main si un besoin "
        "apparaît ? Quelle est votre adresse e-mail directe ?",
        5,
        "too_big",
    ),
    # « votre portefeuille clients » is the topic, not a client asked for (source: stellarwave)
    (
        "Bonjour Hélène, félicitations pour votre classement : Cabinet Morel a l'air de bien se "
        "développer. Question : comment gérez-vous la préparation à la facturation électronique "
        "avec votre portefeuille clients ? J'aimerais avoir votre retour si vous avez 25 min.",
        5,
        "precise",
    ),
    # guide v2 (C): a prospecting question after the seller's pitch asks for a sale (venavi)
    (
        "Tout à fait ! Copilot est excellent pour la productivité individuelle. Notre expertise "
        "porte sur les cas où Copilot Studio ne suffit pas : intégration hors M365, orchestration "
        "multi-agents. Chez Fabrimo, avez-vous des cas d'usage qui sortent du périmètre M365 ?",
        4,
        "too_big",
    ),
    # a recruiter's call about a named role (source: recruiter_seq)
    (
        "Bonjour Camille, nous recrutons une développeuse React senior pour une équipe produit à "
        "Paris. Seriez-vous disponible pour en discuter ?",
        5,
        "precise",
    ),
    # guide v2 (C): an exchange proposed after a pitch, even on a condition, is the sale (cgp_seq)
    (
        "Bonjour Nadia, je me permets de vous contacter ici. J'accompagne des kinésithérapeutes en "
        "IDF sur un sujet précis : réduire leur fiscalité de 3 à 8 K€ par an tout en préparant "
        "leur retraite. Si le sujet vous parle, je suis disponible pour un échange de 15 min.",
        5,
        "too_big",
    ),
    # « pense à moi » asks nothing, even about a sale (source: realtor_qc)
    (
        "Allô Sophie! Ça fait un petit moment 😊 J'accompagne actuellement plusieurs acheteurs "
        "sérieux qui cherchent une propriété dans ton secteur. Si tu entends parler d'un ami, "
        "d'un voisin ou d'un membre de ta famille qui réfléchit à vendre, j'apprécierais beaucoup "
        "que tu penses à moi.",
        3,
        "vague",
    ),
]


@pytest.mark.parametrize(("text", "circle", "verdict"), REAL_FR_TRAIN)
def test_real_french_asks_of_each_class_the_checker_missed(text, circle, verdict):
    assert check(text, "fr", None, circle).verdict == verdict


def test_the_real_french_train_half_agrees_with_the_coach():
    """A floor measured on the real train asks after tuning (82.6 %, see the corpus README)."""
    rows = [r for r in _corpus("fr") if r["split"] == "train" and r["group"].startswith("real:")]
    verdicts = [
        check(r["text"], "fr", "above" if r["upward"] else None, r["circle"]).verdict for r in rows
    ]
    assert len(rows) >= 130
    assert sum(v == r["label"] for v, r in zip(verdicts, rows, strict=True)) / len(rows) >= 0.8


def test_only_the_second_person_as_written_addresses_the_reader():
    """The dictionary reads « te » as « le » and « votre » as « son »: « le », « mon », « la »
    never made a statement a request (a real train ask, source: venavi)."""
    said = "J'ai récemment publié un retour d'expérience sur l'architecture LLMOps."
    assert check(said, "fr").criteria["target"].status == "fail"
    asked = "Pourriez-vous me faire un retour sur mon article sur l'architecture LLMOps ?"
    assert check(asked, "fr").criteria["target"].status == "pass"


# A sale proposed, and a sale that is only the reader's topic (read by the refits' guards too).
FR_SALE_PROPOSED_OR_TOPIC = (
    "Je peux vous faire une démonstration de 10 minutes de notre logiciel de paie.",
    "Pourriez-vous me parler de votre démonstration du robot de tri au salon de Lyon ?",
)


def test_a_sale_is_too_big_when_proposed_not_when_it_is_their_topic():
    proposed, theirs = FR_SALE_PROPOSED_OR_TOPIC
    assert check(proposed, "fr").verdict == "too_big"
    assert check(theirs, "fr").verdict != "too_big"


# What the message is for decides first (text, lang, circle, verdict); kept by the refits too.
PURPOSE_FIRST = [
    # guide v2 (C): a seller who serves a class of clients asks for a sale, whatever the words
    (
        "Nous aidons les cabinets dentaires de Rennes à réduire les rendez-vous manqués. "
        "Dix minutes cette semaine ?",
        "fr",
        5,
        "too_big",
    ),
    (
        "We help logistics start-ups cut their fuel bills by a fifth. Open to a 15-minute call "
        "next week?",
        "en",
        5,
        "too_big",
    ),
    # « je vous propose un … » sells; « je vous propose de … » offers in return (P8)
    (
        "Je vous propose un audit de votre parc de chaudières à Lille. Un créneau jeudi ?",
        "fr",
        5,
        "too_big",
    ),
    # guide v2 (B): an opening at the reader's company is what the chat is for
    (
        "Hi Lea, I'm interested in the Payroll Specialist role on your team. Would love to "
        "connect and learn more.",
        "en",
        5,
        "too_big",
    ),
    # building a tool, saying it sells nothing: research questions stay a small request
    (
        "I'm building a scheduling tool for night-shift nurses, not selling anything. Could I "
        "ask you three questions about rota swaps at Leeds hospitals?",
        "en",
        5,
        "precise",
    ),
]


@pytest.mark.parametrize(("text", "lang", "circle", "verdict"), PURPOSE_FIRST)
def test_what_the_message_is_for_decides_first(text, lang, circle, verdict):
    assert check(text, lang, circle=circle).verdict == verdict


def test_a_quote_sent_to_the_asker_is_a_purchase_not_a_sale():
    text = "Pourriez-vous m'envoyer un devis pour refaire la toiture d'une maison à Nantes ?"
    assert check(text, "fr", circle=5).verdict != "too_big"
    assert check("Pourriez-vous signer un devis avec nous ?", "fr", circle=5).verdict == "too_big"


def test_the_text_shows_when_the_reader_is_above():
    assert reads_upward("Hi Ruth, I'm a sophomore at Ridge College studying economics.", "en")
    assert reads_upward("Bonjour, étudiante en Master Audit, je prépare un mémoire.", "fr")
    assert reads_upward("Dear Professor Obi, could I ask you about your book?", "en")
    assert not reads_upward("Hi Sam, fellow Laravel developer here! Would love to connect.", "en")
    assert not reads_upward("Salut Léo, on s'est croisés au salon de Lyon.", "fr")


KESTREL_QUOTE_CHASED = (
    "Bonjour Paul, je reviens vers vous au sujet de votre demande de devis pour la refonte "
    "du site de Kestrel. Avez-vous 10 minutes cette semaine pour qu'on avance ?"
)


def test_the_french_verdict_model_hears_a_sale_the_rules_read_as_precise():
    """A seller chasing a quote (batch 5's blind spot): the rules read a short call with a
    subject and a named company; the model fitted on the real batches hears the sale, and the
    coaching quotes what the participant asked. (The opener once used here, « question rapide
    sur votre prospection commerciale chez Kestrel : 15 minutes ? », shows no sale at all: by
    guide v2 A the text decides, and the model refitted on batches 3–6 reads it as precise.)"""
    text = KESTREL_QUOTE_CHASED
    assert reading_facts(text, "fr")[0] == "precise"
    result = check(text, "fr")
    assert result.verdict == "too_big"
    size = result.criteria["ask_size"]
    assert size.status == "fail" and "minutes" in size.quote
    assert "minutes" in size.explanation and "refonte du site de Kestrel" in size.suggestion


# English asks at a weak tie: (too big, a neighbour that only looks big); kept by the refits too.
EN_BIG_OR_LOOKALIKE = [
    # roles explored by the asker, nothing else asked: the job is the request
    (
        "I am currently exploring roles in supply chain planning and would welcome the "
        "opportunity to connect.",
        "I am currently exploring supply chain planning and would welcome the opportunity "
        "to connect.",
    ),
    # someone who hires, asked for; someone who knows a field, not
    (
        "Do you know anyone hiring in cold-chain logistics?",
        "Do you know anyone in cold-chain logistics?",
    ),
    # an imperative for the asker's own job search
    ("Help me find a job in product management.", "Help me understand product management."),
    # a free service named first is a sale's opening; a donation is money asked
    (
        "We run a complimentary data maturity diagnostic. Would that be useful for Brightwell?",
        "Would a data maturity checklist be useful for Brightwell?",
    ),
    (
        "I am writing to invite your business for a donation to our youth clubs in Kampala.",
        "I am writing to invite your business to our youth clubs' cleanup day in Kampala.",
    ),
    # the product pitched as "how X can…"
    (
        "Would you like to hear more about how Helpdeskly can turn negative reviews around?",
        "Would you tell me more about how your team turned negative reviews around?",
    ),
    # joining a team, the reader's investments, being mentored: read anywhere
    (
        "I hope to join the Morgan Stanley team, and to meet you soon.",
        "I hope to meet the Morgan Stanley team at the Leeds fair, and you soon.",
    ),
    (
        "I noticed Northbeam Ventures invested in Flowline: we're building a rival. A call?",
        "I noticed Northbeam Ventures wrote about Flowline: could I ask how you vet fintechs?",
    ),
    (
        "I desire to be mentored. Kindly sign me up.",
        "I desire to be a mentor. Kindly sign me up.",
    ),
    # round 3 (batches 7–9): a place in their lab or group, the job said outright, investors
    # met through them, a co-founder sought
    (
        "Could I join your group at the Delft photonics lab this summer?",
        "Could I ask how your group at the Delft photonics lab picks summer projects?",
    ),
    (
        "I need a job in logistics in Rotterdam, can you help me out?",
        "I need advice on cold-chain logistics in Rotterdam, can you help me out?",
    ),
    (
        "Could you introduce me to two investors who back climate startups in Berlin?",
        "Could you introduce me to two founders who built climate startups in Berlin?",
    ),
    (
        "Looking for a technical co-founder for my pet-care startup in Austin.",
        "Looking for advice from a technical founder on pet-care startups in Austin.",
    ),
    # round 4 (batches 10–11): a position in a subject line, a part submitted for, work or
    # maintainership asked outright, paid work offered to the reader
    (
        "Seeking postdoctoral position in soil microbiology",
        "Seeking advice on postdoctoral applications in soil microbiology",
    ),
    (
        "Submission for the role of Lance in the Harbour Lights short film.",
        "Question about how the Harbour Lights short film cast its leads.",
    ),
    (
        "Can I become a maintainer of the pydantic-yaml plugin?",
        "Can I ask how maintainers of the pydantic-yaml plugin review patches?",
    ),
    (
        "Could we talk on Skype so I could pay you for custom export features?",
        "Could we talk on Skype about how you designed the custom export features?",
    ),
    # big words that ask nothing big where they stand (not_big_phrases)
    # a recommendation on LinkedIn is no job referral; one for the role is
    (
        "Could you write me a recommendation for the analyst role at Orbis?",
        "Could you write me a LinkedIn recommendation about the billing migration at Orbis?",
    ),
    # the asker buying the coffee sells nothing; asking the reader to buy does
    (
        "Could you buy our scheduling software for the Leeds clinics?",
        "Could I buy you a coffee and ask about rota swaps at Leeds clinics?",
    ),
    # a typical day is a question; a day of their time is a long commitment
    (
        "Could you spend a day with me on the Halden Logistics warehouse floor?",
        "Could you tell me what a typical day looks like at Halden Logistics?",
    ),
    # money the asker gives in thanks is not money asked
    (
        "Could you give me $50 for the Tasklane research budget?",
        "Would you have 20 minutes about approvals in Tasklane? We'll send you a $50 card.",
    ),
]


@pytest.mark.parametrize(("too_big", "not_too_big"), EN_BIG_OR_LOOKALIKE)
def test_english_reads_what_the_ask_serves_and_what_only_looks_big(too_big, not_too_big):
    assert check(too_big, "en", circle=5).verdict == "too_big"
    assert check(not_too_big, "en", circle=5).verdict != "too_big"


def test_english_niches_skip_the_askers_situation_and_things_one_can_send_are_requests():
    # "background", "a couple of weeks": words of the asker's situation, not a narrowed subject
    vague = (
        "I'd love to hear more about your background. Do you have 30 minutes in a couple of weeks?"
    )
    assert check(vague, "en", circle=5).verdict == "vague"
    assert check(
        vague.replace("background", "move from Nestlé to Danone"), "en", circle=5
    ).verdict == ("precise")
    # a script one can send is a concrete small request; continuing "the conversation" asks nothing
    assert (
        check("Could you share the script for the preprocessing of Table 2?", "en").verdict
        == "precise"
    )
    assert (
        check(
            "Great meeting you at DevCon Lyon! Would love to continue the conversation.", "en"
        ).verdict
        == "vague"
    )


def test_the_readers_time_and_choice_are_not_a_job_or_a_referral_in_english():
    time = (
        "Could we talk for 15 minutes about credit risk at Lakemont, any time that works for you?"
    )
    assert check(time, "en").verdict == "precise"
    assert check("Could I work for you at Lakemont?", "en").verdict == "too_big"
    assert (
        check("Is there anyone at Corvel you'd recommend I speak with?", "en").verdict != "too_big"
    )
    assert check("Could you recommend me to the hiring team at Corvel?", "en").verdict == "too_big"


def test_an_english_request_or_a_convenience_is_no_offer():
    """P8: what is given in return. "I could ask you…" is the request; "happy to work around
    your schedule" the reader's convenience; "I can share…" an offer."""
    asking = (
        "I read your article on rota swaps at Leeds hospitals. Could I ask you three questions?"
    )
    flexible = check(asking + " I'm happy to work around your schedule.", "en", "above")
    assert flexible.criteria["offer"].status == "fail" and flexible.verdict == "vague"
    offering = check(asking + " I can share our survey of 40 night-shift nurses.", "en", "above")
    assert offering.criteria["offer"].status == "pass" and offering.verdict == "precise"


def test_one_thing_pointed_at_and_asked_for_is_a_precise_english_request():
    """Issue threads and talks: "share your slides", "assign this task to me" ask one concrete
    thing, narrowed by the pointing; the same words without a request stay vague."""
    for text in (
        "Would it be possible for you to share your slides, please?",
        "Could you please assign this task to me?",
    ):
        result = check(text, "en", circle=5)
        assert result.verdict == "precise"
        assert result.criteria["target"].status == result.criteria["niche"].status == "pass"
    assert check("Your slides were great. Thanks a lot!", "en", circle=5).verdict == "vague"
    assert (
        check("Would it be possible for you to share something, please?", "en").verdict == "vague"
    )


def test_a_customer_field_is_a_topic_and_reading_their_application_an_offer():
    topic = "Could I ask you two questions about the ideal customer profile for cold email tools?"
    assert check(topic, "en", circle=5).verdict == "precise"
    assert check("Could you become a customer of our cold email tool?", "en").verdict == "too_big"
    offer = "Could you give me feedback on my YC essay? I will read your application in return."
    assert check(offer, "en", circle=5).verdict != "too_big"
    assert check("Could you pass my application to the YC partners?", "en").verdict == "too_big"


@pytest.mark.parametrize(
    ("text", "kind", "neighbour"),
    [
        # a mentor sought is a commitment over time; mentoring as a topic is not
        (
            "Je cherche un mentor React pour comprendre les hooks.",
            "long",
            "Auriez-vous un conseil sur le mentorat des développeurs React juniors ?",
        ),
        # the asker's own product, made and named, serves a sale; one being developed may be
        # research
        (
            "J'ai créé Inboria, un assistant pour trier les e-mails. Aurais-tu 10 minutes ?",
            "contract",
            "Je développe Inboria, un assistant pour trier les e-mails. Aurais-tu 10 minutes ?",
        ),
        # a follow-up of one's own message asks again what it sought; a meeting's follow-up not
        (
            "Bonjour Marc, suite à mon e-mail sur l'audit de Fonderies du Rhône, avez-vous pu y "
            "jeter un œil ?",
            "contract",
            "Bonjour Marc, suite à notre échange sur l'audit de Fonderies du Rhône, auriez-vous "
            "un conseil sur la norme IEC 62443 ?",
        ),
        # raising a seed, said: money is what the message serves; the reader's raise is a topic
        (
            "Bonjour Karim, je lève une seed pour mon SaaS B2B.",
            "money",
            "Bonjour Karim, tu as levé une seed l'an dernier : un conseil sur les premiers "
            "clients d'un SaaS B2B à Lyon ?",
        ),
        # paid work asked of the reader; one's own missions are a topic
        (
            "Hello Yanis, je cherche un dev React pour mon MVP, tu prends des missions ?",
            "contract",
            "Hello Yanis, comment trouves-tu tes missions de dev React à Lyon ?",
        ),
        # a collaboration opportunity proposed is a sale
        (
            "Je souhaiterais échanger avec vous sur une opportunité de collaboration. Avez-vous "
            "20 minutes ?",
            "contract",
            "Je souhaiterais échanger avec vous sur la collaboration entre kinés et médecins du "
            "sport à Lyon. Avez-vous 20 minutes ?",
        ),
        # a doctoral contract sought is a job
        (
            "Ingénieur en TAL, je suis actuellement à la recherche d'un contrat doctoral.",
            "job",
            "Ingénieur en TAL, auriez-vous un conseil sur les contrats doctoraux CIFRE ?",
        ),
        # round 3 (batches 7–9): a place in their lab, investors met through them, a price asked,
        # volunteers or a partner sought from strangers
        (
            "Bonjour, j'aimerais beaucoup rejoindre votre laboratoire de chimie verte à Lille.",
            "job",
            "Bonjour, pourriez-vous me dire comment votre laboratoire de chimie verte à Lille "
            "choisit ses sujets ?",
        ),
        (
            "Pourrais-tu me présenter des investisseurs qui misent sur la foodtech à Lyon ?",
            "money",
            "Pourrais-tu me présenter une fondatrice qui a vendu sa foodtech à Lyon ?",
        ),
        (
            "Salut, j'ai vu tes tatouages blackwork à Nantes : combien tu charges pour un "
            "avant-bras ?",
            "contract",
            "Salut, j'ai vu tes tatouages blackwork à Nantes : comment as-tu trouvé ton style ?",
        ),
        (
            "Hello les freelances ! Je recherche en priorité des missions de développement React.",
            "job",
            "Hello les freelances ! Comment trouvez-vous vos missions de développement React ?",
        ),
        (
            "Nous recherchons des bénévoles pour organiser le salon du logiciel libre à Namur.",
            "long",
            "Auriez-vous un conseil pour trouver des bénévoles pour le salon du logiciel libre à "
            "Namur ?",
        ),
    ],
)
def test_french_readings_of_what_the_message_serves(text, kind, neighbour):
    """Guide v2, B: each reading added after batch 4 (``rules/fr.toml``) and a near neighbour
    that must not read as a big request."""
    verdict, _, facts = reading_facts(text, "fr")
    assert verdict == "too_big" and facts.get(f"big_{kind}"), facts
    assert reading_facts(neighbour, "fr")[0] != "too_big"


def test_a_job_denied_or_over_no_longer_serves_being_hired():
    """« Je ne cherche pas de poste chez vous », a rejected application: the small request is
    what is asked (guide v2, B), while the same message without the denial serves a job."""
    asked = (
        "Bonjour, j'envisage de m'orienter vers la qualité fournisseurs et j'essaie de comprendre "
        "ce que ce poste recouvre chez vous, chez Valeo à Amiens. Auriez-vous vingt minutes ?"
    )
    assert reading_facts(asked, "fr")[0] == "too_big"
    assert reading_facts(asked + " Je ne cherche pas de poste chez vous.", "fr")[0] == "precise"
    feedback = (
        "Madame, ma candidature au poste de chargée de communication chez Groupe Horizon {}. "
        "Auriez-vous un peu de temps pour me donner votre retour sur mon dossier ?"
    )
    assert reading_facts(feedback.format("est toujours en cours"), "fr")[0] == "too_big"
    assert reading_facts(feedback.format("n'a pas été retenue"), "fr")[0] == "precise"


@pytest.mark.parametrize(
    ("small", "neighbour"),
    [
        (
            "Peux-tu m'envoyer trois PV anonymisés du tribunal de Lyon ?",
            "Peux-tu lire trois PV anonymisés du tribunal de Lyon ?",
        ),
        (
            "Pourriez-vous me faire un devis pour repeindre une cage d'escalier à Haubourdin ?",
            "Pourriez-vous repeindre une cage d'escalier à Haubourdin ?",
        ),
    ],
)
def test_sending_or_quoting_something_to_the_asker_is_a_small_request(small, neighbour):
    """« M'envoyer », « me faire un devis »: a small concrete thing asked, precise with a niche
    (the asker buys, nothing is sold); the work itself asked of the reader is not a small one."""
    assert reading_facts(small, "fr")[0] == "precise"
    assert reading_facts(neighbour, "fr")[0] == "vague"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Pour les 5 premiers cafés de Lille qui m'écrivent : -20 % sur la refonte du menu. "
            "En échange, je vous demande un avis Google.",
        ),
        (
            "fr",
            "Je cherche quelqu'un dans la logistique du froid à Rungis, en particulier les "
            "entrepôts de plus de 10 000 m², pour 15 minutes de conseils.",
        ),
        (
            "en",
            "For the first 5 bakeries in Leeds that reply: 20% off a new website. In return I ask "
            "for a Google review.",
        ),
    ],
)
def test_suggestions_quote_a_phrase_the_participant_wrote(lang, text):
    """The subject a suggestion is built on is one of the participant's phrases as written, not
    the niche's pieces from all over the ask strung together (« 5 Lille 20 % … Google »)."""
    quoted = [
        a or b
        for criterion in check(text, lang).criteria.values()
        for a, b in re.findall(r"«\u202f(.+?)\u202f»|“(.+?)”", criterion.suggestion)
    ]
    assert quoted
    assert all(phrase in text for phrase in quoted), quoted


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Could you tell me how your team picks who will take over maintaining a package?", "en"),
        ("How did you become a maintainer of the pydantic-yaml plugin?", "en"),
        ("Could you review my submission for the PyCon Lisbon talk track?", "en"),
        ("How do people who need a job in Leeds logistics use meetups? Any advice?", "en"),
        ("How do Rust projects go about looking for new maintainers? Any advice?", "en"),
        ("Comment se présenter à des investisseurs en foodtech à Lyon ? Un conseil ?", "fr"),
        ("Qu'est-ce qui vous a poussé à rejoindre votre entreprise de robotique à Nantes ?", "fr"),
        ("Comment fixez-vous vos tarifs de traduction technique en freelance ? Un conseil ?", "fr"),
        ("Comment devenir mainteneur d'un paquet Debian ? Auriez-vous un conseil ?", "fr"),
    ],
)
def test_rounds_3_and_4_readings_need_the_asker_not_just_the_words(text, lang):
    """A job, a maintainership, investors or a price named in a question about the reader's
    experience is its topic: the readings added from batches 7–11 need the asker to seek it."""
    verdict, _, facts = reading_facts(text, lang)
    assert verdict != "too_big", facts


# Session 3 December (evening): (text, lang, too big?). A co-founder, a partnership or a sponsor
# in a question about the reader's own path is its topic; put as a request ("could you",
# « pourriez-vous »), it is still asked of them. One's own campaign (Ulule, Patreon, Kickstarter)
# asks for money and « intégrer votre équipe » for a job, as « rejoindre » does (batch 14's
# misses); the reader's campaign asked about, or a page to share, asks neither.
TOPIC_OR_BIG = [
    ("How did you find your co-founder for the bakery?", "en", False),
    ("How did your team land its first sponsorship?", "en", False),
    ("Comment avez-vous trouvé votre cofondateur pour la brasserie ?", "fr", False),
    ("Comment as-tu trouvé ton premier partenariat avec une mairie ?", "fr", False),
    ("Would you be interested in a partnership with our studio?", "en", True),
    ("How could you help us find a sponsor for the May trail?", "en", True),
    ("Quel partenariat pourriez-vous envisager avec notre association ?", "fr", True),
    ("Je souhaite intégrer votre équipe de data scientists à Lyon.", "fr", True),
    ("Soutenez mon projet sur Ulule : chaque contribution compte !", "fr", True),
    ("Rejoignez ma communauté Patreon pour un accès anticipé aux vidéos.", "fr", True),
    ("Please back our Kickstarter for the cooperative board game!", "en", True),
    ("You can support me on Patreon if my woodworking tutorials help you.", "en", True),
    ("Comment avez-vous réussi votre campagne Ulule pour la brasserie ?", "fr", False),
    ("Comment intégrer une équipe de data scientists à Lyon ? Un conseil ?", "fr", False),
    ("Pourriez-vous soutenir mon projet en partageant cette page ?", "fr", False),
    ("How did you run your Kickstarter campaign for the board game?", "en", False),
]


# Round 11 (4 December, from the misses of seen batches 17–18 en, 15 and 18 fr), in our own
# words: (text, lang, too big?). The reader's services hired, a licence or a price list, a
# piece for the reader's blog, an opening or a place beside the reader, a role or volunteers
# the group seeks, a grant or a donation asked: big. Their neighbours ask nothing big.
ROUND_11 = [
    ("We would like to hire you to redesign our bakery's website. Your rates?", "en", True),
    ("Are you available for freelance consulting on Django migrations next month?", "en", True),
    ("Could we discuss licensing fees for using your fonts in our app?", "en", True),
    ("I'd like to get a commercial license for the map tiles. Who should I write to?", "en", True),
    ("Reply to this e-mail and I'll send our bookkeeping packages and prices.", "en", True),
    ("I'd love to write a guest post for your gardening blog about compost.", "en", True),
    ("Do you have any positions open in the Bristol studio?", "en", True),
    ("I'd like to be your assistant at the Leeds workshops this spring.", "en", True),
    ("How did you set your rates when you started consulting in Leeds? Any advice?", "en", False),
    ("What did our conversation about pricing pages teach you at Fernhill?", "en", False),
    ("Could you tell me how you pitched your first guest post? I write on compost.", "en", False),
    ("On recrute une développeuse mobile à Rennes, partagez autour de vous !", "fr", True),
    ("Nous avons besoin de bénévoles pour la fête du quartier Saint-Michel.", "fr", True),
    ("Pour la suite, on cherche un traducteur pour le guide d'installation.", "fr", True),
    ("Je vous adresse une demande de bourse pour mon master à Grenoble.", "fr", True),
    ("Mon groupe de jazz aimerait jouer dans votre salle en juin. Comment faire ?", "fr", True),
    ("Comment avez-vous trouvé des bénévoles pour votre festival à Brest ?", "fr", False),
    ("Pourriez-vous me décrire une journée type d'infirmière en bloc opératoire ?", "fr", False),
]


# Round 13 (French, from the misses of seen batches 14, 15, 18 and 19), in our own words: a sum
# to gather or to pay back, a paid job asked, an internship at the reader's, a place in their
# research, « rejoignez-nous »; their neighbours (advice on finding an internship) stay topics.
ROUND_13 = [
    ("Si chacun donne 5 euros, nous pourrons réparer le toit du lavoir.", "fr", True),
    ("Nous avons déjà récolté 3 000 euros pour la chorale, aidez-nous à finir !", "fr", True),
    ("Je vous ai payé deux fois la facture de mars : pouvez-vous me rembourser ?", "fr", True),
    ("Je cherche quelqu'un pour monter mon site WordPress, moyennant paiement.", "fr", True),
    ("J'aimerais faire mon stage de seconde chez vous, à l'atelier de reliure.", "fr", True),
    ("Doctorante en génétique des abeilles, j'aimerais participer à vos travaux.", "fr", True),
    ("Le club de voile de Brest cherche du monde : rejoignez-nous !", "fr", True),
    ("Auriez-vous des conseils pour trouver un stage en reliure à Tours ?", "fr", False),
    ("Comment avez-vous organisé votre stage de seconde à l'atelier ?", "fr", False),
]


@pytest.mark.parametrize(("text", "lang", "big"), TOPIC_OR_BIG + ROUND_11 + ROUND_13)
def test_a_big_object_is_asked_by_the_asker_not_named_as_a_topic(text, lang, big):
    verdict, _, facts = reading_facts(text, lang)
    assert (verdict == "too_big") == big, facts


@pytest.mark.parametrize(
    ("text", "lang", "niche"),
    [
        (
            "I am a student writing my dissertation on waste sorting in Porto schools. "
            "Could you spare 5 minutes for this survey?",
            "en",
            "Porto",
        ),
        (
            "Je suis étudiante et je prépare un mémoire sur le compostage en cantine scolaire. "
            "Pourriez-vous répondre à ce questionnaire de cinq minutes ?",
            "fr",
            "compostage",
        ),
    ],
)
def test_what_the_asker_works_on_is_the_asks_niche(text, lang, niche):
    """The asker's sentence about themselves is never the target, but the topic of the work it
    names (a dissertation on X, « un mémoire sur X ») is what the request is about."""
    assessment = check(text, lang)
    assert assessment.verdict == "precise", assessment
    assert any(niche in q for q in checker._read(text, lang).niche)


@pytest.mark.parametrize(
    "text",
    [
        "Que pensez-vous de ce brouillon de lettre aux adhérents ?",
        "Pourriez-vous relire mon script d'import avant vendredi ?",
        "Est-ce que ce formulaire d'inscription vous paraît clair ?",
    ],
)
def test_a_small_french_request_about_one_thing_pointed_at_is_precise(text):
    """« ce brouillon », « mon script »: the thing pointed at narrows the request (as English
    "your slides" does); the reader's own work cited (« votre article ») is not such a thing."""
    assert check(text, "fr").verdict == "precise"
    cited = "J'ai lu votre article sur les boutiques en ligne et j'aimerais créer la mienne."
    assert not [q for q in checker._read(cited, "fr").niche if "article" in q]


def test_a_reported_request_is_read_as_asked_of_the_reader():
    """Rounds 16 (English) and 17 (French): "she asked me if I would write her a letter" asks
    what "would you write me a letter" asks; a reported request about the reader is context."""
    reported = (
        "A teacher at my school is looking for a new job. She asked me the other day if I "
        "would write her a recommendation letter."
    )
    assert "would you write me a recommendation letter" in direct_requests(reported, "en")
    assert check(reported, "en", circle=3).verdict == "too_big"
    mine = "I asked if I could join the call."
    assert direct_requests(mine, "en") == mine
    context = "Marie asked me to contact you about the logistics role."
    assert direct_requests(context, "en") == context
    # the participant's own ask makes the request; the reported task is context, kept as written
    own = "My manager asked me to organise our offsite. Could you share how you planned yours?"
    assert direct_requests(own, "en") == own
    rapportee = "Elle m’a demandé de lui écrire une lettre de recommandation pour un poste."
    assert "pourriez-vous m'écrire une lettre" in direct_requests(rapportee, "fr")
    assert check(rapportee, "fr", circle=3).verdict == "too_big"
    contexte = "Marie m'a demandé de vous contacter au sujet de la logistique."
    assert direct_requests(contexte, "fr") == contexte


def test_credit_offered_to_an_author_is_an_offer():
    """Round 18: leave to reuse an author's work is a small request, "your figure" is their work
    and a citation is something given in return (P7, P8, amendment F3)."""
    ask = "Could I use a figure of deconvolution in your guide in my paper, with a citation?"
    criteria = check(ask, "en", relation="above").criteria
    assert [criteria[c].status for c in ("target", "offer", "their_work")] == ["pass"] * 3
    demande = "Pourrais-je reprendre le schéma de votre tutoriel dans mon cours, en vous citant ?"
    critères = check(demande, "fr", relation="above").criteria
    assert [critères[c].status for c in ("target", "offer", "their_work")] == ["pass"] * 3
    nothing = "Could I use a figure of deconvolution in my paper?"
    assert check(nothing, "en", relation="above").criteria["offer"].status == "fail"


def test_a_question_put_to_the_reader_asks_for_information():
    """Round 20 (English): a yes/no question or "could you compare…" asks for information as a
    "how"/"what" question does; a citation of the reader's data is an offer."""
    question = "I'm choosing between tax and audit. Could you compare both departments?"
    assert check(question, "en").criteria["target"].status == "pass"
    cited = "Can I use this dataset in my thesis? I would cite this dataset in every chapter."
    assert check(cited, "en").criteria["offer"].status == "pass"
    statement = "I'm choosing between tax and audit."
    assert check(statement, "en").criteria["target"].status == "fail"

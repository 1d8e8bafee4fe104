"""The ask checker: rules per criterion in both languages, robustness, agreement with labels."""

import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.ask.checker import CRITERIA, check, reading_facts

LABELLED = tomllib.loads((Path(__file__).parent / "data" / "labelled_asks.toml").read_text())["ask"]
VAGUE_001 = "Si vous entendez parler d'un poste de commercial quelque part, pensez à moi."
PERFUME_001 = (
    "Si vous connaissez quelqu'un qui pourrait m'aiguiller ou me conseiller dans mes recherches "
    "d'un poste de commercial dans le domaine des produits de luxe, en particulier les parfums "
    "pour femmes où j'ai une expérience approfondie."
)


def test_the_two_asks_of_the_article_come_out_right():
    vague = check(VAGUE_001, "fr")
    assert vague.verdict == "vague"
    assert set(vague.vague_words) == {"quelque part", "pensez à moi", "Si vous entendez parler"}
    perfume = check(PERFUME_001, "fr")
    assert perfume.verdict == "precise"
    assert any("parfums pour femmes" in q for q in perfume.criteria["niche"].quote)
    assert perfume.score > vague.score + 50


@pytest.mark.parametrize(
    ("lang", "criterion", "passing", "failing"),
    [
        # what is sought: a concrete small request (issue #16), not only a person
        ("fr", "target", "Je cherche quelqu'un qui connaît la chimie.", "Je cherche du travail."),
        ("fr", "target", "Je cherche un conseil.", "Je suis directrice commerciale."),
        ("en", "target", "I am looking for someone who knows chemistry.", "I need work."),
        ("en", "target", "I need advice.", "I am Development Director."),
        (
            "fr",
            "niche",
            "Dans le secteur de la chimie, en particulier les peintures.",
            "La chimie.",
        ),
        ("en", "niche", "In the field of chemistry, in particular paints.", "Chemistry."),
        ("fr", "differentiator", "J'ai dix ans d'expérience en peinture.", "J'aime la peinture."),
        ("en", "differentiator", "I have ten years of experience in paint.", "I like paint."),
        ("fr", "offer", "En échange, je peux vous envoyer mon étude.", "Merci d'avance."),
        ("en", "offer", "In return I can share my study.", "Thanks in advance."),
        ("fr", "ask_size", "Un conseil de dix minutes ?", "Pourriez-vous m'embaucher ?"),
        ("en", "ask_size", "Ten minutes of advice?", "Could you hire me?"),
    ],
)
def test_each_criterion_in_each_language(lang, criterion, passing, failing):
    assert check(passing, lang).criteria[criterion].status == "pass"
    failed = check(failing, lang).criteria[criterion]
    assert failed.status == "fail" and failed.suggestion


def test_a_big_ask_is_too_big_even_when_otherwise_precise():
    text = PERFUME_001 + " Pourriez-vous m'embaucher ?"
    result = check(text, "fr")
    assert result.verdict == "too_big"
    assert "m'embaucher" in result.criteria["ask_size"].explanation


def test_a_weak_tie_turns_a_long_meeting_into_a_big_ask():
    text = (
        "Je cherche quelqu'un dans le secteur du livre, en particulier la BD : une heure ensemble ?"
    )
    assert check(text, "fr", circle=2).verdict == "precise"
    assert check(text, "fr", circle=5).verdict == "too_big"


def test_upward_asks_need_an_offer_and_a_reference_to_their_work():
    plain = check(PERFUME_001, "fr")
    upward = check(PERFUME_001, "fr", relation="above")
    assert plain.criteria["their_work"].status == "n/a"
    assert upward.criteria["their_work"].status == "fail"
    assert (plain.verdict, upward.verdict) == ("precise", "vague")  # P7: precise needs both
    assert upward.score < plain.score
    better = check(
        "J'ai lu votre article sur le luxe. "
        + PERFUME_001
        + " En échange, je peux vous envoyer mon étude.",
        "fr",
        relation="above",
    )
    assert better.verdict == "precise" and better.score > upward.score + 20


@pytest.mark.parametrize(
    "variant",
    [
        "QUELQU'UN QUI connaît le SECTEUR DE la chimie",
        "quelqu’un qui connaît le secteur de la chimie",  # typographic apostrophe
        "qulqu'un qui connait le secteur de la chimie",  # typo, no accent
    ],
)
def test_accents_case_elision_and_typos_do_not_matter(variant):
    result = check("Je cherche " + variant + " des peintures.", "fr")
    assert result.criteria["target"].status == result.criteria["niche"].status == "pass"


def test_long_asks_are_not_concise():
    result = check("mot " * 300, "fr")
    assert result.criteria["concise"].status == "fail"
    assert "300" in result.criteria["concise"].explanation


def test_agreement_with_the_hand_labelled_asks():
    agree = [
        check(a["text"], a["lang"], a.get("relation"), a.get("circle")).verdict == a["label"]
        for a in LABELLED
    ]
    assert len(LABELLED) >= 40
    assert {a["lang"] for a in LABELLED} == {"fr", "en"}
    assert {a["label"] for a in LABELLED} == {"precise", "vague", "too_big"}
    assert sum(agree) / len(agree) >= 0.9


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None, max_examples=80)
@given(
    text=st.one_of(
        st.text(),
        st.just(""),
        st.just("<script>alert(1)</script> 🌿 " * 50),
        st.integers(0, 50).map(lambda n: ("qu'il é " * 1_250)[n:] + "x" * n),  # ~10,000 chars
    ),
    lang=st.sampled_from(["fr", "en"]),
    relation=st.sampled_from([None, "above", "peer"]),
    circle=st.sampled_from([None, 1, 5]),
)
def test_any_text_gets_a_verdict(text, lang, relation, circle):
    result = check(text, lang, relation, circle)
    assert result.verdict in {"precise", "vague", "too_big"}
    assert 0 <= result.score <= 100
    # a verdict moved by the learned model adds its reason (issue #16, point 4)
    assert set(result.criteria) - {"learned"} == set(CRITERIA)
    assert all(c.explanation for c in result.criteria.values())


def test_the_command_line_explains_the_verdict(capsys):
    from toolkit import cli

    assert cli.main(["ask", "check", VAGUE_001]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Demande floue") and "quelque part" in out and "→" in out
    assert cli.main(["--lang", "en", "ask", "check", "Could you hire me?", "--json"]) == 0
    import json

    result = json.loads(capsys.readouterr().out)
    assert result["verdict"] == "too_big" and result["criteria"]["ask_size"]["quote"] == ["hire me"]


@pytest.mark.parametrize(
    ("lang", "reference", "weak_tie_ask"),
    [
        ("fr", "J'ai lu votre article sur la chimie.", "un déjeuner ensemble ?"),
        ("en", "I read your article on chemistry.", "could we have lunch?"),
    ],
)
def test_concise_their_work_and_weak_ties_in_each_language(lang, reference, weak_tie_ask):
    assert check("x " * 20, lang).criteria["concise"].status == "pass"
    assert check("x " * 200, lang).criteria["concise"].status == "fail"
    above = check(reference, lang, relation="above").criteria["their_work"]
    assert above.status == "pass" and above.quote
    assert check("Hello.", lang, relation="above").criteria["their_work"].status == "fail"
    assert check(weak_tie_ask, lang, circle=2).criteria["ask_size"].status == "pass"
    assert check(weak_tie_ask, lang, circle=5).criteria["ask_size"].status == "fail"


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        ("fr", "N'importe quoi, quelque part, pensez à moi.", 3),
        ("en", "Anything, somewhere: think of me.", 3),
    ],
)
def test_vague_phrases_are_quoted_and_cost_points(lang, text, words):
    result = check(text, lang)
    assert len(result.vague_words) == words and result.verdict == "vague"
    assert result.score == 0


@pytest.mark.parametrize("circle", [None, 2, 5])
@pytest.mark.parametrize("relation", [None, "above"])
def test_reading_facts_give_the_checkers_own_verdict(relation, circle):
    """The features the verdict model is fitted on (benchmarks/fit_ask_model*.py) carry the
    rules' verdict, with the tie, and the lemmas of every word; on these hand-labelled asks a
    shipped model may only turn an ask the rules let through into a too-big one (the English
    model's floors keep it so: ``fit_ask_model_b5.guards``)."""
    for ask in LABELLED:
        verdict, lemmas, facts = reading_facts(ask["text"], ask["lang"], relation, circle)
        assert check(ask["text"], ask["lang"], relation, circle).verdict in {verdict, "too_big"}
        assert facts[f"verdict_{verdict}"] and len(lemmas) >= len(ask["text"].split()) // 2
        assert facts["upward"] == (relation == "above")
        assert any(k.startswith("big_") and k != "big_close" for k in facts) == (
            verdict == "too_big"
        )

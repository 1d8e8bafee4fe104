"""A verdict moved by the learned model says why, quoting the participant's words (issue #16,
point 4): the coaching must agree with the verdict."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.ask import checker
from toolkit.ask.screens.builder import assessment_html

# A tiny model in the shipped format: "unicorn" weighs toward too big, "lighthouse" (as a
# character n-gram) toward precise; everything else is left to the rules (θ 0.6).
MODEL = {
    "verdicts": ["precise", "vague", "too_big"],
    "feature_set": "lemmas+rules",
    "bigrams": True,
    "chars": True,
    "pooled": False,
    "mode": "theta",
    "threshold": 0.6,
    "raise_only": False,
    "bias": [0.0, 0.0, 0.0],
    "weights": {
        "w:unicorn": [-3.0, -3.0, 6.0],
        "w:licorne": [-3.0, -3.0, 6.0],
        "c:<ligh": [6.0, -3.0, -3.0],
        "c:phare": [6.0, -3.0, -3.0],
    },
}


@pytest.fixture
def model(monkeypatch):
    monkeypatch.setattr(checker, "_verdict_model", lambda lang: MODEL)


@pytest.mark.parametrize(
    ("lang", "text", "word", "verdict"),
    [
        ("en", "Could you give me your advice on my unicorn?", "“unicorn”", "too_big"),
        ("fr", "Pourriez-vous me conseiller sur ma licorne ?", "«\u202flicorne\u202f»", "too_big"),
        ("en", "I would love to hear about lighthouses sometime.", "“lighthouses”", "precise"),
        ("fr", "J'aimerais en savoir plus sur les phares.", "«\u202fphares\u202f»", "precise"),
    ],
)
def test_a_model_moved_verdict_says_why_in_the_participants_words(model, lang, text, word, verdict):
    rules_verdict, _, _ = checker.reading_facts(text, lang)
    assert rules_verdict != verdict  # the rules read it otherwise: the model moved it
    result = checker.check(text, lang)
    assert result.verdict == verdict
    first = next(iter(result.criteria.values()))
    assert first.name == "learned" and word in first.explanation
    assert first.status == ("pass" if verdict == "precise" else "fail")
    assert bool(first.suggestion) == (verdict != "precise")
    assert word.strip("“”«»\u202f") in first.quote
    assert first.explanation.split()[0] == ("In" if lang == "en" else "Dans")
    assert word.strip("“”«»\u202f") in assessment_html(result)


def test_a_model_that_reads_word_groups_moves_a_word_it_never_saw_by_its_group(monkeypatch):
    """Round 12's ``k:`` features: a word of a group the model weighs ("bourse", grouped with
    "argent") moves the verdict though the word itself has no weight, and the reason quotes it."""
    grouped = {**MODEL, "clusters": True, "weights": {"k:7": [-3.0, -3.0, 6.0]}}
    monkeypatch.setattr(checker, "_verdict_model", lambda lang: grouped)
    monkeypatch.setattr(checker, "word_clusters", lambda lang: {"argent": 7, "bourse": 7})
    text = "Pourriez-vous me parler de la bourse Erasmus à Lyon ?"
    assert checker.reading_facts(text, "fr")[0] != "too_big"
    result = checker.check(text, "fr")
    assert result.verdict == "too_big"
    assert "bourse" in result.criteria["learned"].quote
    assert checker.cluster_grams(["Bourse", "d’argent", "Lyon"], {"bourse": 7, "d'argent": 3}) == {
        "k:7",
        "k:3",
    }
    # without the model asking for them, the groups are not read
    monkeypatch.setattr(checker, "_verdict_model", lambda lang: {**grouped, "clusters": False})
    assert checker.check(text, "fr").verdict != "too_big"


def test_a_verdict_the_model_leaves_alone_has_no_learned_reason(model):
    result = checker.check("Could you give me your advice on my career?", "en")
    assert (
        result.verdict
        == checker.reading_facts("Could you give me your advice on my career?", "en")[0]
    )
    assert "learned" not in result.criteria


def test_a_close_friends_referral_stays_allowed_whatever_the_model(model):
    text = "Could you refer me for the analyst role at your company? My unicorn is ready."
    assert checker.check(text, "en", circle=1).verdict != "too_big"


@settings(
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    deadline=None,
    max_examples=60,
)
@given(
    text=st.one_of(st.text(), st.just("unicorn phare lighthouse " * 40), st.just("")),
    lang=st.sampled_from(["fr", "en"]),
    circle=st.sampled_from([None, 1, 5]),
)
def test_no_traceback_on_any_input_with_a_model(model, text, lang, circle):
    result = checker.check(text, lang, None, circle)
    assert result.verdict in {"precise", "vague", "too_big"}
    assert all(c.explanation for c in result.criteria.values())


def test_the_shipped_models_moves_quote_words_of_the_ask_itself():
    """Every verdict a shipped model moves on real asks of the corpus says why first, with
    words found in the ask."""
    import json
    from pathlib import Path

    path = Path(__file__).parent / "data" / "asks_corpus" / "en.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    moved = 0
    for row in rows[::3]:
        result = checker.check(row["text"], "en")
        if result.verdict == checker.reading_facts(row["text"], "en")[0]:
            assert "learned" not in result.criteria
            continue
        moved += 1
        first = next(iter(result.criteria.values()))
        assert first.name == "learned" and first.quote
        assert all(word in row["text"] for word in first.quote)
        assert all(word in first.explanation for word in first.quote)
    assert moved  # the English model ships and moves some verdicts

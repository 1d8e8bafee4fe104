"""The step-2 exercises: each verdict explained, rewrites checked by the checker, nothing
answered is not an error, and the solutions get everything right."""

import html

import pytest

from toolkit.ask.checker import check
from toolkit.ask.exercise import (
    CLASSIFY,
    REWRITES,
    check_classification,
    check_rewrite,
    check_rewrites,
    right_answers,
)
from toolkit.i18n import t
from toolkit.ui import ClassifyExercise, RewriteExercise


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_exercise_asks_are_what_the_checker_says(lang):
    for key in REWRITES:
        assert check(t(f"exercise.asks.rewrite.{key}.vague", lang), lang).verdict == "vague"
        assert check(t(f"exercise.asks.rewrite.{key}.model", lang), lang).verdict == "precise"
    for key, verdict in CLASSIFY.items():
        assert check(t(f"exercise.asks.classify.{key}.text", lang), lang).verdict == verdict


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_nothing_answered_is_not_an_error(lang):
    rewrites, classified = check_rewrites({}, lang), check_classification({}, lang)
    assert [f.status for f in rewrites] == ["unanswered"] * 5
    assert [f.status for f in classified] == ["unanswered"] * len(CLASSIFY) == ["unanswered"] * 8
    assert rewrites[0].message == t("exercise.asks.unanswered_rewrite", lang)
    assert right_answers(rewrites) == right_answers(classified) == 0


def test_a_rewrite_gets_the_checker_suggestions_until_it_is_precise():
    unchanged = check_rewrite(
        "job_anywhere", "  si tu entends parler d'un poste, N'IMPORTE où, pense à moi.", "fr"
    )
    assert unchanged.status == "unchanged"
    half = check_rewrite("job_anywhere", "Je cherche quelqu'un qui connaît la logistique.", "fr")
    assert half.status == "not_yet"
    # the suggestion quotes the participant's words
    assert "«\u202flogistique\u202f»" in half.message
    assert t("asks.verdict.vague", "fr") in half.message
    right = check_rewrite("job_anywhere", t("exercise.asks.rewrite.job_anywhere.model", "fr"), "fr")
    assert right.status == "right" and right.score == 100


def test_a_wrong_verdict_says_the_right_one_and_why():
    [anything] = [
        f for f in check_classification({"anything": "precise"}, "en") if f.key == "anything"
    ]
    assert anything.status == "wrong"
    assert t("asks.verdict.vague", "en") in anything.message
    assert t("exercise.asks.classify.anything.why", "en") in anything.message


def test_the_widgets_check_what_is_typed_and_chosen():
    rewrite = RewriteExercise()
    rewrite.answer("network", "<script>alert(1)</script>")
    feedback = rewrite.check()
    assert [f.status for f in feedback][2] == "not_yet"
    assert "<script>" not in rewrite.report().data
    classify = ClassifyExercise()
    classify.answer("hire_me", "too_big")
    classify.children[-2].click()
    assert classify._score.value == t("exercise.asks.score_classify", right=1, total=8)


def test_the_solutions_get_everything_right():
    page = RewriteExercise().show_solution().data
    assert t("exercise.asks.score", right=5, total=5) in page
    assert html.escape(t("exercise.asks.rewrite.network.model")) in page  # the model is shown
    page = ClassifyExercise().show_solution().data
    assert t("exercise.asks.score_classify", right=8, total=8) in page

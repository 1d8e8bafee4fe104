"""The circles exercise: feedback that explains, and no error before anything is answered."""

from toolkit.core.screens.verdicts import verdicts_html
from toolkit.core.verdicts import score
from toolkit.i18n import t
from toolkit.map.exercise import VIGNETTES, check
from toolkit.ui import CircleExercise


def test_nothing_answered_is_not_an_error():
    verdicts = check({})
    assert [v.status for v in verdicts] == ["unanswered"] * len(VIGNETTES) == ["unanswered"] * 10
    assert score(verdicts) == 0
    assert all(v.message == t("exercise.unanswered") for v in verdicts)


def test_right_close_and_wrong_answers_are_explained():
    answers = {"sister": (1, "outside"), "manager": (3, "above"), "classmate": (1, "above")}
    by_key = {v.key: v for v in check(answers)}
    assert by_key["sister"].status == "right"
    assert by_key["manager"].status == "close"  # one circle off, right relation
    assert by_key["classmate"].status == "wrong"
    assert t("exercise.circles.manager.why") in by_key["manager"].message
    assert t("enum.circle.4") in by_key["classmate"].message  # says where it belongs
    assert by_key["target_ceo"].status == "unanswered"


def test_the_widget_checks_what_is_chosen():
    exercise = CircleExercise()
    exercise.answer("sister", 1, "outside")
    exercise.children[-2].click()  # Check my answers
    assert exercise._score.value == t("exercise.score", right=1, total=10)
    assert t("exercise.circles.sister.why").split(":")[0] in exercise._feedback["sister"].value
    assert t("exercise.unanswered").split(":")[0] in exercise._feedback["manager"].value


def test_the_solution_gets_everything_right():
    exercise = CircleExercise()
    page = exercise.show_solution().data
    assert t("exercise.score", right=10, total=10) in page
    assert page == verdicts_html(check(exercise.answers()))

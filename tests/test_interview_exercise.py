"""The debrief exercise: what is missed is named; the model answer scores full marks."""

from toolkit.interviews import exercise as interview_exercise
from toolkit.ui import DebriefExercise


def _statuses(verdicts):
    return {v.key: v.status for v in verdicts}


def test_an_empty_debrief_names_every_gap():
    verdicts = interview_exercise.check({"thanks": False})
    assert set(_statuses(verdicts).values()) == {"wrong"}
    messages = " ".join(v.message for v in verdicts)
    assert "qui d'autre" in messages and "retour" in messages and "24 heures" in messages


def test_one_name_of_two_is_close_and_names_the_missing_one():
    verdicts = interview_exercise.check({"names": "ines marchand"})
    names = next(v for v in verdicts if v.key == "names")
    assert names.status == "close" and "Paul Renard" in names.message


def test_the_solution_scores_full_marks_in_the_widget():
    exercise = DebriefExercise()
    exercise.show_solution()
    assert set(_statuses(exercise.check()).values()) == {"right"}
    assert exercise._score.value == "Réponses justes\u202f: 5 sur 5."


def test_no_thank_you_planned_is_missed():
    exercise = DebriefExercise()
    exercise.fill(**{**interview_exercise.solution(), "thanks": False})
    assert _statuses(exercise.check())["thanks"] == "wrong"


def test_filler_is_not_praised():
    # "x" as what was learned, or as what was promised, is not a debrief
    verdicts = _statuses(
        interview_exercise.check({"learned": "x", "give_back": "ok", "thanks": True})
    )
    assert verdicts["learned"] == "wrong" and verdicts["give_back"] == "wrong"


def test_a_next_step_without_a_date_is_not_yet_right():
    undated = interview_exercise.check({"next_steps": "Envoyer mon profil à Hélène"})
    dated = interview_exercise.check({"next_steps": "Envoyer mon profil à Hélène vendredi"})
    assert _statuses(undated)["next_steps"] == "close"
    assert _statuses(dated)["next_steps"] == "right"
    english = interview_exercise.check({"next_steps": "Send Hélène my profile next week"})
    assert _statuses(english)["next_steps"] == "right"


def test_a_note_that_misses_the_meeting_is_close_not_right():
    verdicts = interview_exercise.check(
        {"learned": "Elle a parlé de son parcours et de sa famille"}
    )
    assert _statuses(verdicts)["learned"] == "close"

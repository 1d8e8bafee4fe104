"""The follow-ups exercise: the planner itself agrees with every expected answer."""

import datetime as dt

import pytest

from toolkit.core.model import Contact, Interaction
from toolkit.core.store import open_workspace
from toolkit.core.verdicts import score
from toolkit.i18n import t
from toolkit.plan import followups
from toolkit.plan.exercise import CHOICES, STORIES, check
from toolkit.plan.screens.exercise import followup_verdicts_html
from toolkit.ui import FollowUpExercise

FRIDAY = dt.date(2026, 9, 18)


@pytest.mark.parametrize("story", STORIES, ids=lambda s: s.key)
def test_the_planner_gives_the_expected_answer(tmp_path, story):
    with open_workspace(tmp_path / "w.sqlite", create=True) as ws:
        [cid] = ws.add_contacts([Contact("X", circle=story.circle, relation=story.relation)])
        date = FRIDAY - dt.timedelta(days=story.days_ago)
        ws.add_interactions([Interaction(cid, date, story.channel, story.direction, story.kind)])
        plan = followups.build_plan(ws.contacts(), ws.interactions(), ws.followups(), FRIDAY)
    item = plan.next_for(cid)
    if story.expected == "nothing":
        assert item.due_on > FRIDAY and item.rule == "cadence"
    else:
        assert item.rule == story.expected
        assert item.due_on <= FRIDAY + dt.timedelta(days=21)


def test_every_choice_is_someones_answer_and_has_words():
    assert {s.expected for s in STORIES} == set(CHOICES)
    for lang in ("fr", "en"):
        for story in STORIES:
            assert t(f"exercise.followups.{story.key}.story", lang)


def test_nothing_answered_is_not_an_error_and_wrong_answers_explain():
    assert [v.status for v in check({})] == ["unanswered"] * len(STORIES)
    by_key = {v.key: v for v in check({"fair": "after_event", "email": "nothing"})}
    assert by_key["fair"].status == "right"
    assert by_key["email"].status == "wrong"
    assert t("exercise.followups.choices.email_no_answer") in by_key["email"].message
    assert t("exercise.followups.email.why") in by_key["email"].message  # the reason, in words


def test_the_widget_checks_and_the_solution_gets_everything_right():
    exercise = FollowUpExercise()
    exercise.answer("sister", "nothing")
    exercise.children[-2].click()
    assert exercise._score.value == t("exercise.score", right=1, total=len(STORIES))
    page = exercise.show_solution().data
    assert score(check(exercise.answers())) == len(STORIES)
    assert page == followup_verdicts_html(check(exercise.answers()))


def test_a_near_synonym_is_close_not_wrong():
    # "after giving, news" and "news without an ask" say nearly the same: close, with the reason
    [helped] = [v for v in check({"helped": "news_no_ask"}) if v.key == "helped"]
    assert helped.status == "close" and t("exercise.followups.helped.why") in helped.message
    [fair] = [v for v in check({"fair": "nothing"}) if v.key == "fair"]
    assert fair.status == "wrong"

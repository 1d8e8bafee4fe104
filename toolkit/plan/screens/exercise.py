"""The follow-ups exercise: a week of events, a follow-up to choose for each."""

from __future__ import annotations

import html

from toolkit.core.screens.exercise import ChoiceExercise
from toolkit.core.screens.verdicts import verdicts_html
from toolkit.core.verdicts import Verdict
from toolkit.i18n import t
from toolkit.plan.exercise import CHOICES, STORIES, check, choice_label


def followup_verdicts_html(verdicts: list[Verdict]) -> str:
    """The feedback for every event, then the score."""
    return verdicts_html(verdicts, "followups")


class FollowUpExercise(ChoiceExercise):
    """Choose a follow-up per event; ``check`` explains each answer."""

    def __init__(self) -> None:
        super().__init__(
            "followups",
            {s.key: html.escape(t(f"exercise.followups.{s.key}.story")) for s in STORIES},
            [(choice_label(c), c) for c in CHOICES],
            {s.key: s.expected for s in STORIES},
            check,
            followup_verdicts_html,
        )

"""The follow-ups exercise: a week of events, a follow-up to choose for each."""

from __future__ import annotations

import html

import ipywidgets as widgets
from IPython.display import HTML

from toolkit.core.screens.verdicts import show_verdicts, story_rows, verdicts_html
from toolkit.core.verdicts import Verdict
from toolkit.i18n import t
from toolkit.plan.exercise import CHOICES, STORIES, check, choice_label


def followup_verdicts_html(verdicts: list[Verdict]) -> str:
    """The feedback for every event, then the score."""
    return verdicts_html(verdicts, "followups")


class FollowUpExercise(widgets.VBox):
    """Choose a follow-up per event; ``check`` explains each answer."""

    def __init__(self) -> None:
        options = [("—", None), *((choice_label(c), c) for c in CHOICES)]
        self._choices = {
            s.key: widgets.Dropdown(
                options=options,
                description=t("exercise.followups.answer"),
                layout={"width": "40em"},
            )
            for s in STORIES
        }
        self._feedback = {s.key: widgets.HTML() for s in STORIES}
        self._score = widgets.HTML()
        button = widgets.Button(description=t("exercise.check"), button_style="primary")
        button.on_click(lambda _: self.check())
        rows = story_rows("followups", self._choices, self._feedback)
        intro = html.escape(t("exercise.followups.intro"))
        title = html.escape(t("exercise.followups.title"))
        super().__init__(
            [widgets.HTML(f"<h3>{title}</h3><p>{intro}</p>"), *rows, button, self._score]
        )

    def answer(self, key: str, choice: str | None) -> None:
        """Choose for one event, as the list does."""
        self._choices[key].value = choice

    def answers(self) -> dict[str, str | None]:
        """What is chosen now, per event."""
        return {key: box.value for key, box in self._choices.items()}

    def check(self) -> list[Verdict]:
        """Feedback under each event, and the score."""
        return show_verdicts(check(self.answers()), self._feedback, self._score)

    def report(self) -> HTML:
        """The feedback as a notebook output (what a saved notebook shows)."""
        return HTML(followup_verdicts_html(self.check()))

    def show_solution(self) -> HTML:
        """Choose the method's answer for every event, then show the feedback."""
        for story in STORIES:
            self.answer(story.key, story.expected)
        return self.report()

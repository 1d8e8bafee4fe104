"""The circles exercise: ten short stories, a circle and a relation to choose for each."""

from __future__ import annotations

import html

import ipywidgets as widgets
from IPython.display import HTML

from toolkit.core.model import Circle, Relation, label
from toolkit.core.screens.verdicts import show_verdicts, story_rows, verdicts_html
from toolkit.core.verdicts import Verdict
from toolkit.i18n import t
from toolkit.map.exercise import VIGNETTES, check


class CircleExercise(widgets.VBox):
    """Choose a circle and a relation per story; ``check`` gives feedback on each."""

    def __init__(self) -> None:
        circles = [("—", None), *((label(c), int(c)) for c in Circle)]
        relations = [("—", None), *((label(r), r.value) for r in Relation)]
        self._choices = {
            v.key: (
                widgets.Dropdown(options=circles, description=t("fields.circle")),
                widgets.Dropdown(options=relations, description=t("fields.relation")),
            )
            for v in VIGNETTES
        }
        self._feedback = {v.key: widgets.HTML() for v in VIGNETTES}
        self._score = widgets.HTML()
        button = widgets.Button(description=t("exercise.check"), button_style="primary")
        button.on_click(lambda _: self.check())
        inputs = {key: widgets.HBox(list(pair)) for key, pair in self._choices.items()}
        rows = story_rows("circles", inputs, self._feedback)
        super().__init__(
            [
                widgets.HTML(f"<h3>{html.escape(t('exercise.title'))}</h3>"),
                *rows,
                button,
                self._score,
            ]
        )

    def answer(self, key: str, circle: int | None, relation: str | None) -> None:
        """Choose for one story, as the two lists do."""
        circle_list, relation_list = self._choices[key]
        circle_list.value, relation_list.value = circle, relation

    def answers(self) -> dict[str, tuple[int | None, str | None]]:
        """What is chosen now, per story."""
        return {key: (c.value, r.value) for key, (c, r) in self._choices.items()}

    def check(self) -> list[Verdict]:
        """Feedback under each story, and the score."""
        return show_verdicts(check(self.answers()), self._feedback, self._score)

    def report(self) -> HTML:
        """The feedback as a notebook output (what a saved notebook shows)."""
        return HTML(verdicts_html(self.check()))

    def show_solution(self) -> HTML:
        """Choose the method's answer for every story, then show the feedback."""
        for vignette in VIGNETTES:
            self.answer(vignette.key, int(vignette.circle), vignette.relation.value)
        return self.report()

"""The circles exercise: ten short stories, a circle and a relation to choose for each."""

from __future__ import annotations

import html

import ipywidgets as widgets
from IPython.display import HTML

from toolkit.core.model import Circle, Relation, label
from toolkit.core.screens.exercise import Exercise
from toolkit.core.screens.verdicts import story_rows, verdicts_html
from toolkit.i18n import t
from toolkit.map.exercise import VIGNETTES, check


class CircleExercise(Exercise):
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
        inputs = {key: widgets.HBox(list(pair)) for key, pair in self._choices.items()}
        rows = story_rows("circles", inputs, self._feedback)
        header = f"<h3>{html.escape(t('exercise.title'))}</h3>"
        super().__init__(header, rows, check, verdicts_html)

    def answer(self, key: str, circle: int | None, relation: str | None) -> None:
        """Choose for one story, as the two lists do."""
        circle_list, relation_list = self._choices[key]
        circle_list.value, relation_list.value = circle, relation

    def answers(self) -> dict[str, tuple[int | None, str | None]]:
        """What is chosen now, per story."""
        return {key: (c.value, r.value) for key, (c, r) in self._choices.items()}

    def show_solution(self) -> HTML:
        """Choose the method's answer for every story, then show the feedback."""
        for vignette in VIGNETTES:
            self.answer(vignette.key, int(vignette.circle), vignette.relation.value)
        return self.report()

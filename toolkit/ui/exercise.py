"""The circles exercise: ten short stories, a circle and a relation to choose for each."""

from __future__ import annotations

import html

import ipywidgets as widgets
from IPython.display import HTML

from toolkit.exercise import VIGNETTES, Verdict, check, score
from toolkit.i18n import t
from toolkit.model import Circle, Relation, label

STATUS_COLOURS = {
    "right": "#00703C",
    "close": "#8A5A00",
    "wrong": "#B00020",
    "unanswered": "#52606D",
}


def verdict_span(verdict: Verdict) -> str:
    """One verdict's message, coloured by how right it is (escaped)."""
    colour = STATUS_COLOURS[verdict.status]
    return f"<span style='color:{colour}'>{html.escape(verdict.message)}</span>"


def show_verdicts(
    verdicts: list[Verdict], feedback: dict[str, widgets.HTML], total: widgets.HTML
) -> list[Verdict]:
    """Put each verdict under its question and the score below: what "check" does."""
    for verdict in verdicts:
        feedback[verdict.key].value = verdict_span(verdict)
    total.value = html.escape(t("exercise.score", right=score(verdicts), total=len(verdicts)))
    return verdicts


def story_rows(
    exercise: str, inputs: dict[str, widgets.Widget], feedback: dict[str, widgets.HTML]
) -> list[widgets.VBox]:
    """One block per story: its number and text, where to answer, and the feedback below."""
    return [
        widgets.VBox(
            [
                widgets.HTML(f"<b>{n}.</b> {html.escape(t(f'exercise.{exercise}.{key}.story'))}"),
                box,
                feedback[key],
            ]
        )
        for n, (key, box) in enumerate(inputs.items(), start=1)
    ]


def verdicts_html(verdicts: list[Verdict], exercise: str = "circles") -> str:
    """The feedback for every story of an exercise, then the score."""
    rows = "".join(
        f"<li><b>{html.escape(t(f'exercise.{exercise}.{v.key}.story'))}</b><br>"
        f"{verdict_span(v)}</li>"
        for v in verdicts
    )
    total = html.escape(t("exercise.score", right=score(verdicts), total=len(verdicts)))
    return f"<ol>{rows}</ol><p><b>{total}</b></p>"


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

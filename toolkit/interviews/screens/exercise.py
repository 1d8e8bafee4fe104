"""The debrief exercise: read the summary of a meeting, fill the debrief, see what was missed."""

from __future__ import annotations

import html

import ipywidgets as widgets
from IPython.display import HTML

from toolkit.core.screens.verdicts import show_verdicts, verdict_span
from toolkit.core.verdicts import Verdict
from toolkit.i18n import t
from toolkit.interviews.exercise import FIELDS, check, solution


class DebriefExercise(widgets.VBox):
    """The summary, the debrief form, feedback under each part and the score.

    Public actions: ``fill(**fields)``, ``check()``, ``report()``, ``show_solution()``.
    """

    def __init__(self) -> None:
        self._inputs: dict[str, widgets.Widget] = {
            key: widgets.Textarea(rows=3, layout={"width": "50em"})
            for key in FIELDS
            if key != "thanks"
        }
        self._inputs["thanks"] = widgets.Checkbox(
            value=False, description=t("interviews.fields.thanks"), indent=False
        )
        self._feedback = {key: widgets.HTML() for key in FIELDS}
        self._score = widgets.HTML()
        button = widgets.Button(description=t("exercise.check"), button_style="primary")
        button.on_click(lambda _: self.check())
        rows = [
            widgets.VBox(
                [
                    widgets.HTML(f"<b>{html.escape(t(f'exercise.debrief.{key}.label'))}</b>"),
                    box,
                    self._feedback[key],
                ]
            )
            for key, box in self._inputs.items()
        ]
        title = html.escape(t("exercise.debrief.title"))
        summary = "".join(
            f"<p>{html.escape(p)}</p>" for p in t("exercise.debrief.transcript").split("\n\n")
        )
        super().__init__(
            [
                widgets.HTML(
                    f"<h3>{title}</h3><div style='border-left:5px solid #0072B2;"
                    f"padding:0.2em 1em'>{summary}</div>"
                ),
                *rows,
                button,
                self._score,
            ]
        )

    def fill(self, **fields: object) -> None:
        """Type into the debrief: ``learned``, ``names``, ``next_steps``, ``give_back``
        (texts), ``thanks`` (a tick)."""
        for key, value in fields.items():
            self._inputs[key].value = value if key == "thanks" else str(value)

    def answers(self) -> dict[str, object]:
        """The debrief as typed."""
        return {key: box.value for key, box in self._inputs.items()}

    def check(self) -> list[Verdict]:
        """Feedback under each part, and the score."""
        return show_verdicts(check(self.answers()), self._feedback, self._score)

    def report(self) -> HTML:
        """The feedback as a notebook output (what a saved notebook shows)."""
        verdicts = self.check()
        rows = "".join(
            f"<li><b>{html.escape(t(f'exercise.debrief.{v.key}.label'))}</b><br>"
            f"{verdict_span(v)}</li>"
            for v in verdicts
        )
        return HTML(f"<ul>{rows}</ul><p>{self._score.value}</p>")

    def show_solution(self) -> HTML:
        """Fill the model debrief, then show the feedback."""
        self.fill(**solution())
        return self.report()

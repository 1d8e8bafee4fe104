"""The debrief exercise: read the summary of a meeting, fill the debrief, see what was missed."""

from __future__ import annotations

import html

import ipywidgets as widgets
from IPython.display import HTML

from toolkit.core.screens.exercise import Exercise
from toolkit.core.screens.verdicts import verdict_span
from toolkit.core.verdicts import Verdict, score
from toolkit.i18n import t
from toolkit.interviews.exercise import FIELDS, check, solution


def debrief_verdicts_html(verdicts: list[Verdict]) -> str:
    """The feedback for every part of the debrief, then the score."""
    rows = "".join(
        f"<li><b>{html.escape(t(f'exercise.debrief.{v.key}.label'))}</b><br>{verdict_span(v)}</li>"
        for v in verdicts
    )
    total = html.escape(t("exercise.score", right=score(verdicts), total=len(verdicts)))
    return f"<ul>{rows}</ul><p>{total}</p>"


class DebriefExercise(Exercise):
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
        header = (
            f"<h3>{title}</h3><div style='border-left:5px solid #0072B2;"
            f"padding:0.2em 1em'>{summary}</div>"
        )
        super().__init__(header, rows, check, debrief_verdicts_html)

    def fill(self, **fields: object) -> None:
        """Type into the debrief: ``learned``, ``names``, ``next_steps``, ``give_back``
        (texts), ``thanks`` (a tick)."""
        for key, value in fields.items():
            self._inputs[key].value = value if key == "thanks" else str(value)

    def answers(self) -> dict[str, object]:
        """The debrief as typed."""
        return {key: box.value for key, box in self._inputs.items()}

    def show_solution(self) -> HTML:
        """Fill the model debrief, then show the feedback."""
        self.fill(**solution())
        return self.report()

"""How exercise screens show verdicts: coloured, escaped, one per answer, with a total."""

from __future__ import annotations

import html

import ipywidgets as widgets

from toolkit.core.screens.colours import VERDICT_COLOURS
from toolkit.core.verdicts import Verdict, score
from toolkit.i18n import t


def verdict_span(verdict: Verdict) -> str:
    """One verdict's message, coloured by how right it is (escaped)."""
    colour = VERDICT_COLOURS[verdict.status]
    return f"<span style='color:{colour}'>{html.escape(verdict.message)}</span>"


def show_verdicts(
    verdicts: list[Verdict], feedback: dict[str, widgets.HTML], total: widgets.HTML
) -> list[Verdict]:
    """Put each verdict under its question and the score below: what "check" does."""
    for verdict in verdicts:
        feedback[verdict.key].value = verdict_span(verdict)
    total.value = html.escape(t("exercise.score", right=score(verdicts), total=len(verdicts)))
    return verdicts


def numbered_rows(
    prompts: dict[str, str], inputs: dict[str, widgets.Widget], feedback: dict[str, widgets.HTML]
) -> list[widgets.VBox]:
    """One block per question: its number and text (HTML, escaped by the caller), where to
    answer, and the feedback below."""
    return [
        widgets.VBox([widgets.HTML(f"<b>{n}.</b> {prompts[key]}"), box, feedback[key]])
        for n, (key, box) in enumerate(inputs.items(), start=1)
    ]


def story_rows(
    exercise: str, inputs: dict[str, widgets.Widget], feedback: dict[str, widgets.HTML]
) -> list[widgets.VBox]:
    """One block per story: its number and text, where to answer, and the feedback below."""
    stories = {key: html.escape(t(f"exercise.{exercise}.{key}.story")) for key in inputs}
    return numbered_rows(stories, inputs, feedback)


def verdicts_html(verdicts: list[Verdict], exercise: str = "circles") -> str:
    """The feedback for every story of an exercise, then the score."""
    rows = "".join(
        f"<li><b>{html.escape(t(f'exercise.{exercise}.{v.key}.story'))}</b><br>"
        f"{verdict_span(v)}</li>"
        for v in verdicts
    )
    total = html.escape(t("exercise.score", right=score(verdicts), total=len(verdicts)))
    return f"<ol>{rows}</ol><p><b>{total}</b></p>"

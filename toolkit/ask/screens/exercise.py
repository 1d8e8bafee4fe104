"""The step-2 exercises: rewrite five vague asks; classify asks as precise, vague or too big."""

from __future__ import annotations

import html
from collections.abc import Callable

import ipywidgets as widgets
from IPython.display import HTML

from toolkit.ask.exercise import (
    CLASSIFY,
    REWRITES,
    VERDICTS,
    Feedback,
    check_classification,
    check_rewrites,
    right_answers,
)
from toolkit.core.screens.colours import VERDICT_COLOURS, WARNING
from toolkit.core.screens.layout import WIDE_ENOUGH
from toolkit.i18n import t

COLOURS = {**VERDICT_COLOURS, "unchanged": VERDICT_COLOURS["close"], "not_yet": WARNING}


def _line(feedback: Feedback) -> str:
    return f"<span style='color:{COLOURS[feedback.status]}'>{html.escape(feedback.message)}</span>"


def feedback_html(
    prompts: dict[str, str],
    feedback: list[Feedback],
    total_key: str,
    answers: dict[str, str | None] | None = None,
) -> str:
    """Each prompt (with the written answer, when given) and its feedback, then how many are
    right (all text escaped)."""

    def answer(key: str) -> str:
        text = (answers or {}).get(key)
        return f"<br>→ <i>{html.escape(text)}</i>" if text else ""

    rows = "".join(
        f"<li><b>{html.escape(prompts[f.key])}</b>{answer(f.key)}<br>{_line(f)}</li>"
        for f in feedback
    )
    total = t(total_key, right=right_answers(feedback), total=len(feedback))
    return f"<ol>{rows}</ol><p><b>{html.escape(total)}</b></p>"


class _Exercise(widgets.VBox):
    """Prompts, one answer control each, a check button, feedback under each prompt."""

    shows_answers = False  # the report repeats written answers (rewrites), not chosen ones

    def __init__(
        self,
        title: str,
        intro: str,
        prompts: dict[str, str],
        controls: dict[str, widgets.ValueWidget],
        checker: Callable[[dict], list[Feedback]],
        total_key: str,
    ) -> None:
        self._prompts, self._controls = prompts, controls
        self._checker, self._total_key = checker, total_key
        self._feedback = {key: widgets.HTML() for key in prompts}
        self._score = widgets.HTML()
        button = widgets.Button(
            description=t("exercise.asks.check"), button_style="primary", layout=WIDE_ENOUGH
        )
        button.on_click(lambda _: self.check())
        rows = [
            widgets.VBox(
                [
                    widgets.HTML(f"<b>{n}.</b> {html.escape(prompts[key])}"),
                    controls[key],
                    self._feedback[key],
                ]
            )
            for n, key in enumerate(prompts, start=1)
        ]
        super().__init__(
            [
                widgets.HTML(f"<h3>{html.escape(title)}</h3><p>{html.escape(intro)}</p>"),
                *rows,
                button,
                self._score,
            ]
        )

    def answer(self, key: str, value: str | None) -> None:
        """Answer one item, as its box or list does."""
        self._controls[key].value = value

    def answers(self) -> dict[str, str | None]:
        """What is answered now, per item."""
        return {key: control.value for key, control in self._controls.items()}

    def check(self) -> list[Feedback]:
        """Feedback under each item, and the score."""
        feedback = self._checker(self.answers())
        for item in feedback:
            self._feedback[item.key].value = _line(item)
        self._score.value = html.escape(
            t(self._total_key, right=right_answers(feedback), total=len(feedback))
        )
        return feedback

    def report(self) -> HTML:
        """The feedback as a notebook output (what a saved notebook shows)."""
        answers = self.answers() if self.shows_answers else None
        return HTML(feedback_html(self._prompts, self.check(), self._total_key, answers))


class RewriteExercise(_Exercise):
    """Five vague asks; a box each for a precise rewrite, checked by the ask checker."""

    shows_answers = True

    def __init__(self) -> None:
        super().__init__(
            t("exercise.asks.rewrite_title"),
            t("exercise.asks.rewrite_intro"),
            {key: t(f"exercise.asks.rewrite.{key}.vague") for key in REWRITES},
            {key: widgets.Textarea(rows=3, layout={"width": "50em"}) for key in REWRITES},
            check_rewrites,
            "exercise.asks.score",
        )

    def show_solution(self) -> HTML:
        """Write a model rewrite in every box, then show the feedback."""
        for key in REWRITES:
            self.answer(key, t(f"exercise.asks.rewrite.{key}.model"))
        return self.report()


class ClassifyExercise(_Exercise):
    """Asks to classify as precise, vague or too big; each verdict explained."""

    def __init__(self) -> None:
        options = [("—", None), *((t(f"asks.verdict.{v}"), v) for v in VERDICTS)]
        super().__init__(
            t("exercise.asks.classify_title"),
            t("exercise.asks.classify_intro"),
            {key: t(f"exercise.asks.classify.{key}.text") for key in CLASSIFY},
            {key: widgets.Dropdown(options=options) for key in CLASSIFY},
            check_classification,
            "exercise.asks.score_classify",
        )

    def show_solution(self) -> HTML:
        """Choose the method's verdict for every ask, then show the feedback."""
        for key, verdict in CLASSIFY.items():
            self.answer(key, verdict)
        return self.report()

"""The screen of an exercise answered from a list: a title, numbered questions with a list of
choices each, a check button, feedback under each question and the score."""

from __future__ import annotations

import html
from collections.abc import Callable

import ipywidgets as widgets
from IPython.display import HTML

from toolkit.core.screens.layout import WIDE_ENOUGH
from toolkit.core.screens.verdicts import numbered_rows, show_verdicts
from toolkit.core.verdicts import Verdict
from toolkit.i18n import t


class ChoiceExercise(widgets.VBox):
    """Choose an answer per question; ``check`` explains each one.

    ``exercise`` names the catalogue's ``exercise.<exercise>`` section (its ``title``, ``intro``
    and the lists' ``answer`` label); ``prompts`` maps each question's key to its text as HTML
    (escaped by the caller); ``expected`` is the method's answer per question; ``checker`` turns
    the answers into verdicts and ``report_html`` the verdicts into the saved notebook's page.

    Public actions: ``answer(key, choice)``, ``check()``, ``report()``, ``show_solution()``.
    """

    def __init__(
        self,
        exercise: str,
        prompts: dict[str, str],
        choices: list[tuple[str, str]],
        expected: dict[str, str],
        checker: Callable[[dict[str, str | None]], list[Verdict]],
        report_html: Callable[[list[Verdict]], str],
    ) -> None:
        self._expected, self._checker, self._report_html = expected, checker, report_html
        options = [("—", None), *choices]
        self._choices = {
            key: widgets.Dropdown(
                options=options,
                description=t(f"exercise.{exercise}.answer"),
                layout={"width": "40em"},
                style={"description_width": "initial"},
            )
            for key in prompts
        }
        self._feedback = {key: widgets.HTML() for key in prompts}
        self._score = widgets.HTML()
        button = widgets.Button(
            description=t("exercise.check"), button_style="primary", layout=WIDE_ENOUGH
        )
        button.on_click(lambda _: self.check())
        rows = numbered_rows(prompts, self._choices, self._feedback)
        title = html.escape(t(f"exercise.{exercise}.title"))
        intro = html.escape(t(f"exercise.{exercise}.intro"))
        super().__init__(
            [widgets.HTML(f"<h3>{title}</h3><p>{intro}</p>"), *rows, button, self._score]
        )

    def answer(self, key: str, choice: str | None) -> None:
        """Choose for one question, as the list does."""
        self._choices[key].value = choice

    def answers(self) -> dict[str, str | None]:
        """What is chosen now, per question."""
        return {key: box.value for key, box in self._choices.items()}

    def check(self) -> list[Verdict]:
        """Feedback under each question, and the score."""
        return show_verdicts(self._checker(self.answers()), self._feedback, self._score)

    def report(self) -> HTML:
        """The feedback as a notebook output (what a saved notebook shows)."""
        return HTML(self._report_html(self.check()))

    def show_solution(self) -> HTML:
        """Choose the method's answer for every question, then show the feedback."""
        for key, choice in self._expected.items():
            self.answer(key, choice)
        return self.report()

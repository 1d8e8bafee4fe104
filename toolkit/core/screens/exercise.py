"""The screens of self-paced exercises: a heading, one block per question (where to answer,
the feedback below), a check button and the score; and the exercise answered from lists."""

from __future__ import annotations

import html
from collections.abc import Callable

import ipywidgets as widgets
from IPython.display import HTML

from toolkit.core.screens.layout import WIDE_ENOUGH
from toolkit.core.screens.verdicts import numbered_rows, show_verdicts
from toolkit.core.verdicts import Verdict
from toolkit.i18n import t


class Exercise(widgets.VBox):
    """The exercise skeleton. A subclass builds its inputs, one ``widgets.HTML`` of feedback
    per question in ``self._feedback`` and the rows holding them, then calls this; it says
    what is answered (``answers()``) and fills in the method's answer (``show_solution()``).

    ``header`` is HTML already escaped; ``checker`` turns the answers into verdicts and
    ``report_html`` the verdicts into the saved notebook's page.

    Public actions: ``check()``, ``report()``, ``show_solution()``.
    """

    _feedback: dict[str, widgets.HTML]

    def __init__(
        self,
        header: str,
        rows: list[widgets.Widget],
        checker: Callable[[dict], list[Verdict]],
        report_html: Callable[[list[Verdict]], str],
    ) -> None:
        self._checker, self._report_html = checker, report_html
        self._score = widgets.HTML()
        button = widgets.Button(
            description=t("exercise.check"), button_style="primary", layout=WIDE_ENOUGH
        )
        button.on_click(lambda _: self.check())
        super().__init__([widgets.HTML(header), *rows, button, self._score])

    def answers(self) -> dict:
        """What is answered now, per question."""
        raise NotImplementedError

    def check(self) -> list[Verdict]:
        """Feedback under each question, and the score."""
        return show_verdicts(self._checker(self.answers()), self._feedback, self._score)

    def report(self) -> HTML:
        """The feedback as a notebook output (what a saved notebook shows)."""
        return HTML(self._report_html(self.check()))

    def show_solution(self) -> HTML:
        """Answer as the method does, then show the feedback."""
        raise NotImplementedError


class ChoiceExercise(Exercise):
    """Choose an answer per question from a list; ``check`` explains each one.

    ``exercise`` names the catalogue's ``exercise.<exercise>`` section (its ``title``, ``intro``
    and the lists' ``answer`` label); ``prompts`` maps each question's key to its text as HTML
    (escaped by the caller); ``expected`` is the method's answer per question.

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
        self._expected = expected
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
        title = html.escape(t(f"exercise.{exercise}.title"))
        intro = html.escape(t(f"exercise.{exercise}.intro"))
        rows = numbered_rows(prompts, self._choices, self._feedback)
        super().__init__(f"<h3>{title}</h3><p>{intro}</p>", rows, checker, report_html)

    def answer(self, key: str, choice: str | None) -> None:
        """Choose for one question, as the list does."""
        self._choices[key].value = choice

    def answers(self) -> dict[str, str | None]:
        """What is chosen now, per question."""
        return {key: box.value for key, box in self._choices.items()}

    def show_solution(self) -> HTML:
        """Choose the method's answer for every question, then show the feedback."""
        for key, choice in self._expected.items():
            self.answer(key, choice)
        return self.report()

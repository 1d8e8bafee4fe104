"""The ask builder: guided fields, an editable draft, and the checker's feedback as one types."""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping

import ipywidgets as widgets

from toolkit.ask.checker import (
    ASK_LIMIT,
    BUILDER_FIELDS,
    HELP_KINDS,
    Assessment,
    Criterion,
    build_ask,
    check,
    check_fields,
)
from toolkit.ask.smart import smart_criteria
from toolkit.core.errors import ValidationError
from toolkit.core.model import Ask
from toolkit.core.screens.base import Screen
from toolkit.core.screens.debounce import Debouncer, Scheduler, loop_scheduler
from toolkit.core.screens.feedback import Feedback
from toolkit.core.screens.layout import WIDE_ENOUGH
from toolkit.core.session import Session
from toolkit.i18n import get_language, t
from toolkit.map.contacts import contact_choices

MARKS = {"pass": "✓", "fail": "✗", "n/a": "·"}


def checked_html(assess: Callable[[], Assessment]) -> str:
    """The checker's feedback, or why the text cannot be checked (far too long)."""
    try:
        return assessment_html(assess())
    except ValidationError as error:
        return f"<p style='color:#8A5A00'>{html.escape(error.message())}</p>"


def assessment_html(result: Assessment) -> str:
    """The verdict, the score and every criterion with its suggestion (all text escaped)."""
    verdict = html.escape(t(f"asks.verdict.{result.verdict}"))
    return f"<p><b>{verdict} — {result.score}/100</b></p>{_criteria_list(result.criteria)}"


def criteria_html(criteria: Mapping[str, Criterion], title: str) -> str:
    """A titled list of criteria with their suggestions (all text escaped)."""
    return f"<p><b>{html.escape(title)}</b></p>{_criteria_list(criteria)}"


def _criteria_list(criteria: Mapping[str, Criterion]) -> str:
    items = "".join(
        f"<li>{MARKS[c.status]} {html.escape(c.explanation)}"
        + (f"<br><i>→ {html.escape(c.suggestion)}</i>" if c.suggestion else "")
        + "</li>"
        for c in criteria.values()
    )
    return f"<ul style='list-style:none'>{items}</ul>"


class AskBuilder(Screen):
    """Fields build a draft; the participant may rewrite it; the checker follows the draft.

    Public actions: ``fill(**fields)``, ``write(text)``, ``regenerate()``, ``save()``. The
    feedback follows typing once it pauses (``scheduler`` decides when; tests pass their own).
    """

    def __init__(self, session: Session, scheduler: Scheduler = loop_scheduler) -> None:
        self.live = Debouncer(self._show_assessment, scheduler=scheduler)
        self._fields = {
            "help": widgets.Dropdown(
                options=[(t(f"asks.builder.help.{k}"), k) for k in HELP_KINDS]
            ),
            **{
                k: widgets.Text(placeholder=t(f"asks.builder.hints.{k}"), layout={"width": "40em"})
                for k in BUILDER_FIELDS
                if k != "help"
            },
        }
        self._contact = widgets.Dropdown(description=t("asks.builder.for_whom"))
        self._draft = widgets.Textarea(rows=5, layout={"width": "50em"})
        self._assessment = widgets.HTML()
        self._feedback = Feedback()
        self._edited_by_hand = False
        self._setting = False  # True while the draft is written by the builder, not by hand
        regenerate = widgets.Button(description=t("asks.builder.regenerate"), layout=WIDE_ENOUGH)
        save = widgets.Button(
            description=t("asks.builder.save"), button_style="primary", layout=WIDE_ENOUGH
        )
        regenerate.on_click(lambda _: self.regenerate())
        save.on_click(lambda _: self.save())
        for field in self._fields.values():
            field.observe(lambda _: self._fields_changed(), names="value")
        self._contact.observe(lambda _: self._fields_changed(), names="value")
        self._draft.observe(lambda change: self._draft_changed(change["new"]), names="value")
        rows = [
            widgets.VBox([widgets.HTML(f"<b>{html.escape(t(f'asks.builder.labels.{k}'))}</b>"), w])
            for k, w in self._fields.items()
        ]
        super().__init__(
            session,
            "ask-builder",
            [
                *rows,
                self._contact,
                widgets.HTML(f"<b>{html.escape(t('asks.builder.draft'))}</b>"),
                self._draft,
                widgets.HBox([regenerate, save]),
                self._feedback,
                self._assessment,
            ],
            self._feedback,
        )
        self._workspace_changed()
        self.regenerate()
        self.live.flush()

    # -- actions ---------------------------------------------------------------------------------

    def fill(self, **fields: str) -> None:
        """Type into the guided fields (``help``, ``helper``, ``domain``, ``niche``...)."""
        for name, value in fields.items():
            self._fields[name].value = value

    def write(self, text: str) -> None:
        """Rewrite the draft by hand; the fields stop overwriting it until ``regenerate``."""
        self._draft.value = text

    def regenerate(self) -> None:
        """Build the draft again from the fields."""
        self._edited_by_hand = False
        self._set_draft(build_ask(self._values(), get_language()))

    def assessment(self) -> Assessment:
        """What the checker says: of the fields' own content while the draft is the builder's
        (its connecting phrases earn nothing), of the draft once rewritten by hand."""
        if self._edited_by_hand:
            return check(self._draft.value, get_language(), *self._contact_context())
        return check_fields(self._values(), get_language(), *self._contact_context())

    def smart(self) -> dict[str, Criterion]:
        """The ask's time frame and "why", read in the participant's own words: the fields'
        content while the draft is the builder's, the draft once rewritten by hand."""
        return smart_criteria(self._own_words(), get_language())

    @property
    def draft(self) -> str:
        """The draft as it stands."""
        return self._draft.value

    @property
    def feedback_html(self) -> str:
        """The checker's feedback as shown (after any pending re-check)."""
        self.live.flush()
        return self._assessment.value

    def save(self) -> int | None:
        """Save the draft with its verdict in the workspace; the ask's id."""

        def keep() -> int:
            workspace = self.session.workspace
            result = self.assessment()
            ask_id = workspace.add_ask(
                Ask(
                    self._draft.value,
                    workspace.today(),
                    self._contact.value,
                    result.verdict,
                    result.score,
                    details=self._values(),
                )
            )
            self._feedback.show(
                t(
                    "asks.builder.saved",
                    verdict=t(f"asks.verdict.{result.verdict}"),
                    score=result.score,
                )
            )
            self.session.changed()
            return ask_id

        return self.guarded(keep)

    # -- internals -------------------------------------------------------------------------------

    def _own_words(self) -> str:
        if self._edited_by_hand:
            return self._draft.value
        return ". ".join(v for k, v in self._values().items() if k != "help" and v.strip())

    def _values(self) -> dict[str, str]:
        return {k: w.value for k, w in self._fields.items()}

    def _contact_row(self):
        workspace = self.session.workspace
        if workspace is None or self._contact.value is None:
            return None
        contacts = workspace.contacts()
        rows = contacts[contacts["id"] == self._contact.value]
        return rows.iloc[0] if len(rows) else None

    def _contact_context(self) -> tuple[str | None, int | None]:
        row = self._contact_row()
        if row is None:
            return None, None
        relation = None if row.isna()["relation"] else str(row["relation"])
        circle = None if row.isna()["circle"] else int(row["circle"])
        return relation, circle

    def _set_draft(self, text: str) -> None:
        self._setting = True
        try:
            self._draft.value = text
        finally:
            self._setting = False
        self.live.trigger()

    def _fields_changed(self) -> None:
        if not self._edited_by_hand:
            self.regenerate()
        else:
            self.live.trigger()

    def _draft_changed(self, text: str) -> None:
        if not self._setting:
            self._edited_by_hand = True
        self.live.trigger()

    def _show_assessment(self) -> None:
        shown = checked_html(self.assessment)
        if len(self._own_words()) <= ASK_LIMIT:  # a pasted book gets the checker's refusal only
            shown += criteria_html(self.smart(), t("smart.title"))
        self._assessment.value = shown

    def _workspace_changed(self) -> None:
        workspace = self.session.workspace
        if workspace is None:
            return
        current = self._contact.value
        options = [(t("asks.builder.nobody"), None), *contact_choices(workspace.contacts())]
        self._contact.options = options
        if current in [value for _, value in options]:
            self._contact.value = current

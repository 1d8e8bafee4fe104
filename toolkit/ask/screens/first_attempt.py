"""The participant's first attempt at an ask, kept as typed, and the before/after at the end."""

from __future__ import annotations

import html

import ipywidgets as widgets

from toolkit.ask.checker import ASK_LIMIT, check
from toolkit.ask.progress import FIRST_ATTEMPT_KEY, BeforeAfter, before_after, latest_ask
from toolkit.ask.screens.builder import assessment_html, checked_html
from toolkit.core.errors import ValidationError
from toolkit.core.screens.base import Screen
from toolkit.core.screens.debounce import Debouncer, Scheduler, loop_scheduler
from toolkit.core.screens.feedback import Feedback
from toolkit.core.screens.layout import WIDE_ENOUGH
from toolkit.core.session import Session
from toolkit.core.store import Workspace
from toolkit.i18n import get_language, t


class FirstAttempt(Screen):
    """A box for the ask as one would say it today: checked as one types (once typing pauses)
    and kept in the workspace at every pause, so nothing typed is lost.

    Public actions: ``type(text)``, ``keep()``.
    """

    def __init__(self, session: Session, scheduler: Scheduler = loop_scheduler) -> None:
        self._text = widgets.Textarea(
            rows=4, placeholder=t("ask_steps.first.placeholder"), layout={"width": "50em"}
        )
        self._assessment = widgets.HTML()
        self._feedback = Feedback()
        self.live = Debouncer(self._pause, scheduler=scheduler)
        keep = widgets.Button(
            description=t("ask_steps.first.keep"), button_style="primary", layout=WIDE_ENOUGH
        )
        keep.on_click(lambda _: self.keep())
        self._loading = False
        self._path = None  # the workspace whose first attempt the box holds
        self._text.observe(lambda _: self._typed(), names="value")
        super().__init__(
            session,
            "first-attempt",
            [self._text, keep, self._feedback, self._assessment],
            self._feedback,
        )
        self._workspace_changed()

    @property
    def feedback_html(self) -> str:
        """The checker's feedback as shown (after any pending re-check)."""
        self.live.flush()
        return self._assessment.value

    def type(self, text: str) -> None:
        """Type the first attempt (replaces what the box holds)."""
        self._text.value = text

    def keep(self) -> bool:
        """Save the first attempt now; ``True`` when it was saved."""
        self.live.flush()
        if not self._text.value.strip():
            self._feedback.show(t("ask_steps.first.empty"), "warning")
            return False
        kept = self.guarded(self._save)
        if kept:
            self._feedback.show(t("ask_steps.first.kept"))
            self.session.changed()
        return bool(kept)

    def _save(self) -> bool:
        workspace = self.session.workspace
        if workspace is None:
            return False
        if len(self._text.value) > ASK_LIMIT:
            raise ValidationError("errors.too_long", field=t("fields.text"), limit=ASK_LIMIT)
        workspace.set_meta({FIRST_ATTEMPT_KEY: self._text.value})
        return True

    def _typed(self) -> None:
        if not self._loading:
            self.live.trigger()

    def _pause(self) -> None:
        text = self._text.value
        self._assessment.value = checked_html(lambda: check(text, get_language())) if text else ""
        if text.strip():
            self.guarded(self._save)

    def _workspace_changed(self) -> None:
        workspace = self.session.workspace
        if workspace is None:
            return
        if workspace.path == self._path:  # same workspace: what is typed stays, saved
            self.live.flush()
            return
        self._path = workspace.path
        self._loading = True
        try:
            self._text.value = workspace.get_meta(FIRST_ATTEMPT_KEY, "") or ""
        finally:
            self._loading = False
        text = self._text.value
        self._assessment.value = checked_html(lambda: check(text, get_language())) if text else ""


def before_after_of(workspace: Workspace, lang: str | None = None) -> BeforeAfter | None:
    """The kept first attempt and the latest saved ask, checked alike (``None`` before any
    first attempt is kept)."""
    first = workspace.get_meta(FIRST_ATTEMPT_KEY, "") or ""
    if not first.strip():
        return None
    final = latest_ask(workspace.asks())
    return before_after(first, final.text if final else None, lang or get_language())


def before_after_html(result: BeforeAfter | None) -> str:
    """The first attempt and the final ask side by side, each with its verdict and score."""
    if result is None:
        return f"<p>{html.escape(t('ask_steps.before_after.no_first'))}</p>"

    def column(title: str, text: str, body: str) -> str:
        return (
            "<div style='flex:1 1 22em;border-top:5px solid #0072B2;padding:0.3em 0.8em'>"
            f"<h4 style='margin:0.3em 0'>{html.escape(title)}</h4>"
            f"<p><i>{html.escape(text)}</i></p>{body}</div>"
        )

    before = column(
        t("ask_steps.before_after.before"), result.first, assessment_html(result.first_assessment)
    )
    if result.final_assessment is None:
        after = column(
            t("ask_steps.before_after.after"),
            "",
            f"<p>{html.escape(t('ask_steps.before_after.no_final'))}</p>",
        )
        gain = ""
    else:
        after = column(
            t("ask_steps.before_after.after"),
            result.final,
            assessment_html(result.final_assessment),
        )
        gain = f"<p><b>{html.escape(t('ask_steps.before_after.gain', points=result.gain))}</b></p>"
    return f"<div style='display:flex;flex-wrap:wrap;gap:1em'>{before}{after}</div>{gain}"

"""What the participant takes away at the review: their report, and the summary they share.

Both arrive as download links inside the screen (data URIs): they work in JupyterLab and in
app mode, where the workspace folder is not served. Nothing is built at display time, only on
a click, so a saved notebook stays small and the same from one run to the next.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

import ipywidgets as widgets

from toolkit import i18n
from toolkit.cohort import summaries as cohort
from toolkit.core import room_folder
from toolkit.core.errors import AtelierError
from toolkit.core.model import Circle, label
from toolkit.core.screens.base import Screen
from toolkit.core.screens.downloads import download_link
from toolkit.core.screens.feedback import Feedback
from toolkit.core.session import Session
from toolkit.core.store import erase_workspace
from toolkit.i18n import t
from toolkit.review import takeaway

WIDE = {"layout": {"width": "40em"}, "style": {"description_width": "12em"}}
PREVIEW_STYLE = "max-height:24em;overflow:auto;background:#f6f6f6;padding:.5em;line-height:1.3"
BUTTON = {"width": "auto", "align_self": "flex-start"}  # as wide as its words, not the screen


def _paragraph(text: str, tag: str = "p") -> widgets.HTML:
    return widgets.HTML(f"<{tag}>{html.escape(text)}</{tag}>")


def readable_rows(summary: dict) -> list[tuple[str, str]]:
    """The summary as (what, value) lines in the participant's language, not as JSON."""
    rows = [(t("takeaway.readable.contacts"), str(summary.get("contacts", 0)))]
    for circle, count in sorted((summary.get("per_circle") or {}).items()):
        rows.append((label(Circle(int(circle))), str(count)))
    for name, value in (summary.get("figures") or {}).items():
        if value is not None:
            rows.append((t(f"cohort.figure.{name}"), i18n.decimal(value, 2)))
    sectors = summary.get("sectors") or {}
    if sectors:
        listed = ", ".join(f"{sector} ({count})" for sector, count in sorted(sectors.items()))
        rows.append((t("takeaway.readable.sectors"), listed))
    ask = summary.get("ask") or {}
    if ask.get("verdict"):
        verdict = t(f"asks.verdict.{ask['verdict']}")
        score = f" ({ask['score']}/100)" if ask.get("score") is not None else ""
        rows.append((t("takeaway.readable.ask"), verdict + score))
    ring = summary.get("ring")
    if ring:
        rows.append((t("takeaway.readable.ring"), f"{ring['ask']} — {ring['sector']}"))
    rows.append((t("takeaway.readable.shown_as"), cohort.shown_as(summary)))
    return rows


def preview_html(summary: dict, data: bytes, filename: str) -> str:
    """The summary as it will leave: a readable table, the file itself folded under it (escaped
    text), what it leaves out, and its download link."""
    ask = "ask_included" if "ring" in summary else "ask_not_included"
    sentences = (
        t("takeaway.share.not_included"),
        t(f"takeaway.share.{ask}"),
        t("cohort.cli.shown_as", name=cohort.shown_as(summary)),
    )
    table = "".join(
        f"<tr><th style='text-align:left;padding-right:1em'>{html.escape(what)}</th>"
        f"<td>{html.escape(value)}</td></tr>"
        for what, value in readable_rows(summary)
    )
    text = data.decode("utf-8")
    return (
        f"<p>{html.escape(t('takeaway.share.preview_heading'))}</p>"
        f"<table class='atelier-summary'>{table}</table>"
        f"<details><summary>{html.escape(t('takeaway.readable.raw'))}</summary>"
        f"<pre style='{PREVIEW_STYLE}'>{html.escape(text)}</pre></details>"
        + "".join(f"<p>{html.escape(s)}</p>" for s in sentences)
        + f"<p>{download_link(data, filename, 'application/json')}</p>"
    )


class TakeAway(Screen):
    """ "My report" and "Share with the trainer"; each button calls a public method
    (``build_report``, ``preview_summary``) that tests call the same way."""

    def __init__(self, session: Session) -> None:
        self._build = widgets.Button(
            description=t("takeaway.report.build"), button_style="primary", layout=BUTTON
        )
        self._report = widgets.HTML()
        self._report_feedback = Feedback()
        self._share_ask = widgets.Checkbox(
            description=t("takeaway.share.share_ask"), indent=False, layout={"width": "auto"}
        )
        # A fixed list, never typed text: what leaves is one of its codes (#18).
        self._sector = widgets.Dropdown(
            description=t("takeaway.share.sector"),
            options=[("—", ""), *((cohort.sector_label(c), c) for c in cohort.SECTORS)],
            value="",
            disabled=True,
            **WIDE,
        )
        self._alias = widgets.Text(
            description=t("takeaway.share.alias"),
            placeholder=t("takeaway.share.alias_placeholder"),
            **WIDE,
        )
        self._preview_button = widgets.Button(
            description=t("takeaway.share.preview"), layout=BUTTON
        )
        self._preview = widgets.HTML()
        self._share_feedback = Feedback()
        self._export_button = widgets.Button(description=t("takeaway.data.export"), layout=BUTTON)
        self._export = widgets.HTML()
        self._confirm = widgets.Checkbox(
            description=t("takeaway.data.confirm"), indent=False, layout={"width": "auto"}
        )
        self._erase_button = widgets.Button(
            description=t("takeaway.data.erase"), button_style="danger", layout=BUTTON
        )
        self._data_feedback = Feedback()
        self._export_button.on_click(lambda _: self.export_everything())
        self._erase_button.on_click(lambda _: self.erase_everything(self._confirm.value))
        # In a room, the previewed summary goes to the trainer in one click (nothing to carry).
        self._to_room = widgets.Button(
            description=t("takeaway.share.to_room"),
            button_style="success",
            disabled=True,
            layout={**BUTTON, "display": "" if room_folder.can_share() else "none"},
        )
        self._room_feedback = Feedback()
        self._previewed: tuple[bytes, str] | None = None
        self._build.on_click(lambda _: self.build_report())
        self._preview_button.on_click(lambda _: self.preview_summary())
        self._to_room.on_click(lambda _: self.share_with_trainer())
        for field in (self._share_ask, self._sector, self._alias):
            field.observe(self._choices_changed, names="value")
        super().__init__(
            session,
            "takeaway",
            [
                _paragraph(t("takeaway.report.heading"), "h3"),
                _paragraph(t("takeaway.report.intro")),
                self._build,
                self._report_feedback,
                self._report,
                _paragraph(t("takeaway.share.heading"), "h3"),
                _paragraph(t("takeaway.share.intro")),
                self._share_ask,
                self._sector,
                self._alias,
                self._preview_button,
                self._share_feedback,
                self._preview,
                self._to_room,
                self._room_feedback,
                _paragraph(t("takeaway.data.heading"), "h3"),
                _paragraph(t("takeaway.data.intro")),
                self._export_button,
                self._export,
                self._confirm,
                self._erase_button,
                self._data_feedback,
            ],
        )
        self._prefilled_for: Path | None = None
        self._workspace_changed()

    # -- actions ---------------------------------------------------------------------------------

    def build_report(self) -> bool:
        """Build the report of the open workspace and offer it as a download link."""
        self._report.value = ""
        self._build.disabled = True
        self._report_feedback.show(t("takeaway.report.building"))
        try:
            link = self._report_feedback.guarded(self._report_link)
        finally:
            self._build.disabled = False
        if link is None:
            return False
        self._report.value = f"<p>{link}</p>"
        self._report_feedback.show(t("takeaway.report.ready"))
        return True

    def preview_summary(self) -> bool:
        """Show exactly what the summary holds with the current choices, and its download link."""
        self._preview.value = ""
        self._share_feedback.value = ""
        preview = self._share_feedback.guarded(self._summary_preview)
        if preview is None:
            return False
        self._preview.value = preview
        self._to_room.disabled = False
        return True

    def share_with_trainer(self) -> bool:
        """Put the summary just previewed into the room's cohort folder (in a room only)."""
        self._room_feedback.value = ""
        if self._previewed is None or not room_folder.can_share():
            self._room_feedback.show(t("takeaway.share.preview_first"), "warning")
            return False
        data, filename = self._previewed
        if self._room_feedback.guarded(lambda: room_folder.share(data, filename)) is None:
            return False
        self._room_feedback.show(t("takeaway.share.sent"))
        return True

    def export_everything(self) -> str:
        """Everything in the workspace as a JSON download (right to portability); the link."""

        def link() -> str:
            workspace = self._workspace()
            data = json.dumps(workspace.export(), ensure_ascii=False, indent=2).encode("utf-8")
            name = f"{t('takeaway.data.export_stem')}-{workspace.today().isoformat()}.json"
            return download_link(data, name, "application/json")

        self._export.value = ""
        made = self._data_feedback.guarded(link)
        if made is None:
            return ""
        self._export.value = f"<p>{made}</p>"
        self._data_feedback.show(t("takeaway.data.export_ready"))
        return made

    def erase_everything(self, confirmed: bool) -> bool:
        """Erase the open workspace and every copy made of it (right to erasure), once the
        participant ticked the confirmation; ``True`` when erased."""
        if not confirmed:
            self._data_feedback.show(t("takeaway.data.not_confirmed"), "warning")
            return False

        def erase() -> bool:
            workspace = self._workspace()
            path, name = workspace.path, self.session.title
            workspace.close()
            self.session.workspace = None
            removed = erase_workspace(path)
            copies = [p.name for p in removed if p != path]
            self._export.value = self._report.value = self._preview.value = ""
            self._confirm.value = False
            self._data_feedback.show(
                t("takeaway.data.erased", name=name, copies=len(copies),
                  files=", ".join(copies) or "—")
            )  # fmt: skip
            return True

        return bool(self._data_feedback.guarded(erase))

    # -- internals -------------------------------------------------------------------------------

    def _workspace(self):
        if self.session.workspace is None:
            raise AtelierError("summary.no_workspace")
        return self.session.workspace

    def _report_link(self) -> str:
        workspace = self._workspace()
        page = takeaway.report_page(workspace, i18n.get_language())
        return download_link(page, takeaway.report_filename(workspace.today()), "text/html")

    def _summary_preview(self) -> str:
        workspace = self._workspace()
        try:
            summary = takeaway.shared_summary(
                workspace, self._share_ask.value, self._sector.value, self._alias.value
            )
        except AtelierError as error:
            if error.key == "cohort.no_sector":  # the command's wording names its option
                raise AtelierError("takeaway.share.no_sector") from error
            raise
        filename = takeaway.summary_filename(workspace.today())
        data = takeaway.summary_bytes(summary)
        self._previewed = (data, filename)
        return preview_html(summary, data, filename)

    def _choices_changed(self, _change: dict) -> None:
        self._sector.disabled = not self._share_ask.value
        self._forget_preview()
        if self._preview.value:  # a preview of other choices must not be downloaded by mistake
            self._preview.value = ""
            self._share_feedback.show(t("takeaway.share.changed"), "warning")

    def _workspace_changed(self) -> None:
        """The data changed: forget what was built from it; prefill the sector of a newly
        opened workspace (only then, so that a sector the participant typed stays)."""
        self._report.value = self._preview.value = ""
        self._report_feedback.value = self._share_feedback.value = ""
        self._forget_preview()
        workspace = self.session.workspace
        if workspace is not None and workspace.path != self._prefilled_for:
            self._prefilled_for = workspace.path
            self._sector.value = cohort.sector_code(takeaway.ask_sector(workspace))

    def _forget_preview(self) -> None:
        """What was previewed no longer holds: it cannot be sent until previewed again."""
        self._previewed = None
        self._to_room.disabled = True
        self._room_feedback.value = ""

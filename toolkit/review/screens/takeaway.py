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
from toolkit.core.errors import AtelierError
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


def preview_html(summary: dict, data: bytes, filename: str) -> str:
    """The summary as it will leave (escaped text), what it leaves out, and its download link."""
    ask = "ask_included" if "ring" in summary else "ask_not_included"
    sentences = (
        t("takeaway.share.not_included"),
        t(f"takeaway.share.{ask}"),
        t("cohort.cli.shown_as", name=cohort.shown_as(summary)),
    )
    text = data.decode("utf-8")
    return (
        f"<p>{html.escape(t('takeaway.share.preview_heading'))}</p>"
        f"<pre style='{PREVIEW_STYLE}'>"
        f"{html.escape(text)}</pre>"
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
        self._build.on_click(lambda _: self.build_report())
        self._preview_button.on_click(lambda _: self.preview_summary())
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
        return preview_html(summary, takeaway.summary_bytes(summary), filename)

    def _choices_changed(self, _change: dict) -> None:
        self._sector.disabled = not self._share_ask.value
        if self._preview.value:  # a preview of other choices must not be downloaded by mistake
            self._preview.value = ""
            self._share_feedback.show(t("takeaway.share.changed"), "warning")

    def _workspace_changed(self) -> None:
        """The data changed: forget what was built from it; prefill the sector of a newly
        opened workspace (only then, so that a sector the participant typed stays)."""
        self._report.value = self._preview.value = ""
        self._report_feedback.value = self._share_feedback.value = ""
        workspace = self.session.workspace
        if workspace is not None and workspace.path != self._prefilled_for:
            self._prefilled_for = workspace.path
            self._sector.value = cohort.sector_code(takeaway.ask_sector(workspace))

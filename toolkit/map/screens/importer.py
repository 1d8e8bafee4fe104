"""Import a contact export from the notebook: choose the file, import, read the report."""

from __future__ import annotations

import html

import ipywidgets as widgets

from toolkit.core.screens.feedback import Feedback
from toolkit.core.session import Session
from toolkit.i18n import t
from toolkit.map.importers import FORMATS, MAX_BYTES, ImportResult, import_file
from toolkit.map.importers.report import ImportReport, upload_done
from toolkit.map.screens.merge import DuplicateMerger


class ContactImporter(widgets.VBox):
    """A file chooser, a format (recognised by default), an import button, a progress bar and
    the report, then the proposed duplicates to merge (``merger``). ``import_upload`` is what the
    button calls; ``import_bytes`` imports any bytes."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._upload = widgets.FileUpload(
            accept=".csv,.vcf,.txt,.zip",
            multiple=False,
            description=t("importers.upload.choose"),
            layout={"width": "auto"},
        )
        self._format = widgets.Dropdown(
            options=[(t(f"importers.upload.format.{name}"), name) for name in FORMATS],
            value="auto",
            layout={"width": "auto"},
        )
        self._import = widgets.Button(
            description=t("importers.upload.import"), button_style="primary"
        )
        # « Importer » waits for the file itself: the upload button counts a chosen file as soon
        # as the browser has it, but its bytes reach the kernel later (seconds, under load), and
        # a click in between would say that no file was chosen.
        self._upload.observe(lambda _: self._ready_when_uploaded(), names="value")
        self._ready_when_uploaded()
        self._progress = widgets.IntProgress(min=0, max=100, layout={"display": "none"})
        self._report = widgets.HTML()
        self._feedback = Feedback()
        self._import.on_click(lambda _: self.import_upload())
        self.merger = DuplicateMerger(session)
        # The app page checks a chosen file's size before sending it (its template reads this):
        # the importer's limit, said in the participant's words; a file too big for the page's
        # connection would otherwise vanish without a word.
        message = t("room_speed.upload_too_big", size="{size}", limit=MAX_BYTES // 1_000_000)
        limit = widgets.HTML(
            f'<span hidden data-atelier-upload-limit="{MAX_BYTES}" '
            f'data-message="{html.escape(message, quote=True)}"></span>',
            layout={"display": "none"},
        )
        super().__init__(
            [
                widgets.HTML(html.escape(t("importers.upload.intro"))),
                limit,
                widgets.HBox([self._upload, self._format, self._import]),
                self._progress,
                self._feedback,
                self._report,
                self.merger,
            ]
        )

    def _ready_when_uploaded(self) -> None:
        waiting = not self._upload.value
        self._import.disabled = waiting
        self._import.tooltip = t("importers.upload.nothing") if waiting else ""

    def import_upload(self) -> ImportResult | None:
        """Import the chosen file; ``None`` (and a message) when there is none or it is unusable."""
        if not self._upload.value:
            self._feedback.show(t("importers.upload.nothing"), "warning")
            return None
        chosen = self._upload.value[0]
        result = self.import_bytes(bytes(chosen["content"]), chosen["name"], self._format.value)
        if result is not None:
            self._upload.value = ()
        return result

    def import_bytes(
        self, data: bytes, file_name: str, format: str = "auto"
    ) -> ImportResult | None:
        """Import a file's bytes into the open workspace and show the report."""
        self._report.value = ""
        self._feedback.show(t("importers.upload.reading", file=file_name))
        self._progress.layout.display = None
        self._progress.value = 0
        result = self._feedback.guarded(
            lambda: import_file(
                data, self.session.workspace, format, file_name=file_name, progress=self._step
            )
        )
        self._progress.layout.display = "none"
        if result is None:
            return None
        report = result.report
        self._feedback.show(
            upload_done(report.imported, report.merged, len(report.skipped)),
            "warning" if report.warnings or report.skipped else "ok",
        )
        self._report.value = report_html(report)
        self.session.changed()
        return result

    def _step(self, share: float) -> None:
        self._progress.value = round(100 * share)


def report_html(report: ImportReport) -> str:
    """The report's sentences for a notebook: paragraphs, and lists for the indented lines."""
    parts: list[str] = []
    items: list[str] = []
    for line in [*report.lines(), ""]:
        if line.startswith("  "):
            items.append(f"<li>{html.escape(line.strip().removeprefix('• '))}</li>")
            continue
        if items:
            parts.append(f"<ul style='margin:0'>{''.join(items)}</ul>")
            items = []
        if line:
            parts.append(f"<p style='margin:0.3em 0'>{html.escape(line)}</p>")
    return "".join(parts)

"""A button that saves today's health figures, to compare before and after later."""

from __future__ import annotations

import html

import ipywidgets as widgets

from toolkit.core.errors import AtelierError
from toolkit.core.model import clean_text
from toolkit.core.session import Session
from toolkit.health.snapshots import take_snapshot
from toolkit.i18n import t


class SnapshotSaver(widgets.HBox):
    """A label field and a button; ``save(label)`` is what the button calls."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._label = widgets.Text(placeholder=t("ui.snapshot.placeholder"))
        self._button = widgets.Button(description=t("ui.snapshot.save"), button_style="primary")
        self._status = widgets.HTML()
        self._button.on_click(lambda _: self.save(self._label.value))
        super().__init__([self._label, self._button, self._status])

    def save(self, label: str) -> None:
        """Save the open workspace's figures of today under ``label``."""
        workspace = self.session.workspace
        if workspace is None:
            self._status.value = html.escape(t("summary.no_workspace"))
            return
        label = clean_text(label) or t("ui.snapshot.default_label")
        try:
            take_snapshot(workspace, label)
        except AtelierError as error:
            self._status.value = html.escape(error.message())
            return
        self._label.value = ""
        self._status.value = html.escape(t("health.cli.snapshot_saved", label=label))
        self.session.changed()

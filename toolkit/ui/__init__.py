"""Screens for notebooks: the only package that imports ipywidgets. Cells call these."""

from __future__ import annotations

from IPython.display import display

from toolkit.session import Session
from toolkit.ui.displays import show_chart, show_health, show_progress, show_summary
from toolkit.ui.picker import WorkspacePicker
from toolkit.ui.snapshot import SnapshotSaver

__all__ = [
    "SnapshotSaver",
    "WorkspacePicker",
    "show_chart",
    "show_health",
    "show_progress",
    "show_summary",
    "snapshot_saver",
    "workspace_picker",
]


def workspace_picker() -> Session:
    """Show the workspace picker and return the session every later cell works on."""
    session = Session()
    display(WorkspacePicker(session))
    return session


def snapshot_saver(session: Session) -> None:
    """Show the button that saves today's health figures."""
    display(SnapshotSaver(session))

"""Screens for notebooks: the only package that imports ipywidgets. Cells call these."""

from __future__ import annotations

from IPython.display import display

from toolkit.session import Session
from toolkit.ui.displays import show_chart, show_summary
from toolkit.ui.picker import WorkspacePicker

__all__ = ["WorkspacePicker", "show_chart", "show_summary", "workspace_picker"]


def workspace_picker() -> Session:
    """Show the workspace picker and return the session every later cell works on."""
    session = Session()
    display(WorkspacePicker(session))
    return session

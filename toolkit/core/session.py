"""The workspace a notebook works on, and who must refresh when it changes. No widgets here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from toolkit.core.errors import AtelierError
from toolkit.core.store import Workspace, open_workspace
from toolkit.i18n import t


def workspace_title(workspace: Workspace) -> str:
    """How the workspace is named to the participant: the persona or their first name."""
    persona = workspace.get_meta("persona")
    if persona:
        return t(f"personas.{persona}.title")
    return workspace.get_meta("participant") or workspace.path.stem


def participant_first_name(workspace: Workspace) -> str:
    """The participant's first name as they gave it ("" for a demo persona or none given)."""
    return (workspace.get_meta("participant") or "").split(" ")[0]


def participant_title(path: Path) -> str:
    """The first name stored in a participant's workspace, or its file name if it cannot be read."""
    try:
        with open_workspace(path) as workspace:
            return workspace_title(workspace)
    except AtelierError:
        return path.stem


class Session:
    """Holds the open workspace; screens and charts ``watch`` it to refresh on a change."""

    def __init__(self) -> None:
        self.workspace: Workspace | None = None
        self._watchers: dict[str, Callable[[], None]] = {}

    def open(self, path: Path, create: bool = False, participant: str | None = None) -> Workspace:
        """Switch to the workspace at ``path``; on error the current one stays open."""
        workspace = open_workspace(path, create=create)
        if participant and not workspace.get_meta("participant"):
            workspace.set_meta({"participant": participant})
        previous, self.workspace = self.workspace, workspace
        if previous is not None:
            previous.close()
        self.changed()
        return workspace

    @property
    def title(self) -> str:
        """The open workspace's name for the participant ("" when none is open)."""
        return workspace_title(self.workspace) if self.workspace else ""

    def watch(self, key: str, callback: Callable[[], None]) -> None:
        """Call ``callback`` after every change; a second watch with the same key replaces it
        (so running a notebook cell twice does not refresh twice)."""
        self._watchers[key] = callback

    def changed(self) -> None:
        """Tell every watcher the data changed."""
        for callback in list(self._watchers.values()):
            callback()

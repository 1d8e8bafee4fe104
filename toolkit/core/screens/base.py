"""The skeleton every workspace screen shares."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

import ipywidgets as widgets

from toolkit.core.screens.feedback import Feedback
from toolkit.core.session import Session

Result = TypeVar("Result")


class Screen(widgets.VBox):
    """A form over the open workspace: its session, one feedback line, guarded actions, and a
    redraw whenever the open workspace changes (another one opened, or a change saved elsewhere).

    Subclasses build their widgets, pass them here with a key unique to the screen and the
    feedback line among them (a screen with several lines guards its actions with each), and
    override ``_workspace_changed`` to redraw.
    """

    def __init__(
        self,
        session: Session,
        key: str,
        children: Sequence[widgets.Widget],
        feedback: Feedback | None = None,
    ) -> None:
        self.session = session
        self._feedback = feedback if feedback is not None else Feedback()
        super().__init__(children)
        session.watch(key, self._workspace_changed)

    def guarded(self, action: Callable[[], Result]) -> Result | None:
        """Run a participant's action; any problem becomes a sentence in the feedback line."""
        return self._feedback.guarded(action)

    def _workspace_changed(self) -> None:
        """Redraw from the open workspace; nothing to redraw by default."""

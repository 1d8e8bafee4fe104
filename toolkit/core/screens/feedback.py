"""One place where screens tell the participant what happened: in words, never a traceback."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from typing import TypeVar

import ipywidgets as widgets

from toolkit.core.errors import AtelierError
from toolkit.core.screens.colours import FEEDBACK_COLOURS
from toolkit.i18n import t

log = logging.getLogger(__name__)
Result = TypeVar("Result")


class Feedback(widgets.HTML):
    """A line of text under a screen: success, warning or error, always escaped."""

    def show(self, message: str, kind: str = "ok") -> None:
        """Replace the message."""
        self.value = f"<span style='color:{FEEDBACK_COLOURS[kind]}'>{html.escape(message)}</span>"

    def guarded(self, action: Callable[[], Result]) -> Result | None:
        """Run an action; any problem becomes a message here. ``None`` when it failed."""
        try:
            return action()
        except AtelierError as error:
            self.show(error.message(), "error")
        except Exception:
            log.exception("screen action failed")
            self.show(t("errors.unexpected"), "error")
        return None

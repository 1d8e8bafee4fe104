"""Run a callback once typing pauses, not on every keystroke. Testable without a kernel."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Protocol

DELAY_S = 0.35  # a pause this long counts as "stopped typing"


class Handle(Protocol):
    """What a scheduler returns: something that can be cancelled."""

    def cancel(self) -> object: ...


Scheduler = Callable[[float, Callable[[], None]], Handle | None]


def loop_scheduler(delay: float, callback: Callable[[], None]) -> Handle | None:
    """Schedule on the running event loop (the kernel's); with none (plain Python, pytest),
    run at once and return ``None``."""
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        callback()
        return None
    return loop.call_later(delay, callback)


class Debouncer:
    """``trigger()`` on every change; ``callback`` runs once, ``delay`` after the last one.

    ``flush()`` runs a pending call now. ``scheduler`` is injectable so tests control time.
    """

    def __init__(
        self,
        callback: Callable[[], None],
        delay: float = DELAY_S,
        scheduler: Scheduler = loop_scheduler,
    ) -> None:
        self._callback = callback
        self._delay = delay
        self._scheduler = scheduler
        self._handle: Handle | None = None
        self.pending = False
        self.runs = 0

    def trigger(self) -> None:
        """A change happened: (re)start the wait."""
        if self._handle is not None:
            self._handle.cancel()
        self.pending = True
        self._handle = self._scheduler(self._delay, self._run)

    def flush(self) -> None:
        """Run the pending call now, if there is one."""
        if self.pending:
            if self._handle is not None:
                self._handle.cancel()
            self._run()

    def _run(self) -> None:
        self._handle = None
        if not self.pending:
            return
        self.pending = False
        self.runs += 1
        self._callback()

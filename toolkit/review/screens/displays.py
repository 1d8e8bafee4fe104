"""Charts by name that follow the open workspace, from any step (notebooks ask for them by name)."""

from __future__ import annotations

from toolkit.core.screens.live import show_live_chart
from toolkit.core.session import Session
from toolkit.review import charts


def show_chart(session: Session, name: str) -> None:
    """Show one chart of the open workspace by name (see ``charts.BY_NAME``); it refreshes."""
    if name not in charts.BY_NAME:
        raise ValueError(f"unknown chart {name!r}; expected one of {sorted(charts.BY_NAME)}")
    show_live_chart(
        session, f"chart:{name}", lambda: charts.chart(name, session.workspace.network())
    )

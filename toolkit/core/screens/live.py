"""Outputs that follow the open workspace: shown once, refreshed in place when it changes.

They are ordinary notebook outputs (HTML, plotly JSON), so saved notebooks show them without a
kernel and nbval compares them; a display id lets a change of workspace update them in place.
"""

from __future__ import annotations

import html
from collections.abc import Callable

import ipywidgets as widgets
import plotly.graph_objects as go
from IPython.display import clear_output, display

from toolkit.core import workspaces
from toolkit.core.chart_style import chart_table
from toolkit.core.session import Session
from toolkit.i18n import t


def _as_list(bundles: dict | list[dict]) -> list[dict]:
    return bundles if isinstance(bundles, list) else [bundles]


def _show_in_app(session: Session, key: str, bundles: Callable[[], list[dict]]) -> None:
    """The same, in app mode: Voilà shows nothing a button's callback displays later unless
    it goes into an output widget, so the bundles live in one and are replaced there."""

    def outputs(data: list[dict]) -> tuple[dict, ...]:
        return tuple({"output_type": "display_data", "data": d, "metadata": {}} for d in data)

    area = widgets.Output()
    area.outputs = outputs(bundles())

    def refresh() -> None:
        # Through the kernel's output routing, as Voilà expects: the old chart stays on screen
        # until the new one arrives, and rapid changes arrive in order.
        new = bundles()
        with area:
            clear_output(wait=True)
            for data in new:
                display(data, raw=True)

    display(area)
    session.watch(key, refresh)


def show_live(session: Session, key: str, render: Callable[[], dict | list[dict]]) -> None:
    """Display ``render()`` (a MIME bundle, or several shown one under the other) and
    re-render it in place after every change.

    Without an open workspace it says how to open one, and appears once one is opened.
    """

    def bundles() -> list[dict]:
        if session.workspace is None:
            message = t("summary.no_workspace")
            return [{"text/html": f"<p>{html.escape(message)}</p>", "text/plain": message}]
        return _as_list(render())

    if workspaces.app_mode():
        _show_in_app(session, key, bundles)
        return
    # Bundles go out raw: a plotly figure displayed as an object would show itself through its
    # own hook, without our display id, and could then not be updated in place.
    first = bundles()
    handles = [display(data, raw=True, display_id=True) for data in first]

    def refresh() -> None:
        new = bundles()
        # JupyterLab reuses an output's renderer when the MIME type stays the same, and plotly's
        # renderer ignores new data once drawn; a brief text placeholder forces a fresh one.
        for index, handle in enumerate(handles):
            data = new[index] if index < len(new) else {"text/plain": ""}
            handle.update({"text/plain": t("summary.updating")}, raw=True)
            handle.update(data, raw=True)

    session.watch(key, refresh)


def chart_bundles(figure: go.Figure) -> list[dict]:
    """A chart and, under it, the same figures as a table (folded) for screen readers."""
    table = chart_table(figure)
    return [
        figure._repr_mimebundle_(),
        {"text/html": table, "text/plain": t("charts.table.summary")},
    ]


def show_live_chart(session: Session, key: str, figure_of: Callable[[], go.Figure]) -> None:
    """Display a chart with its table alternative; both refresh after every change."""
    show_live(session, key, lambda: chart_bundles(figure_of()))

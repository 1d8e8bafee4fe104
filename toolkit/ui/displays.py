"""Outputs that follow the open workspace: shown once, refreshed in place when it changes.

They are ordinary notebook outputs (HTML, plotly JSON), so saved notebooks show them without a
kernel and nbval compares them; a display id lets a change of workspace update them in place.
"""

from __future__ import annotations

import html

from IPython.display import HTML, display

from toolkit import charts
from toolkit.i18n import t
from toolkit.overview import Overview, overview
from toolkit.session import Session

CHARTS = {"circles": charts.circle_sizes}


def current_overview(session: Session) -> Overview:
    """The headline figures of the open workspace."""
    workspace = session.workspace
    return overview(
        workspace.contacts(), workspace.interactions(), workspace.ties(), workspace.today()
    )


def summary_html(title: str, figures: Overview) -> str:
    """A short card: who this network is and its headline figures (all text escaped)."""
    share = figures.recent_real_share
    lines = [
        t("summary.contacts", count=figures.contacts, described=figures.described),
        t("summary.recent", count=figures.recent_interactions)
        + (t("summary.real_share", percent=round(100 * share)) if share is not None else ""),
        t("summary.ties", count=figures.ties),
    ]
    items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
    heading = html.escape(t("summary.heading", title=title))
    return (
        "<div style='border-left:6px solid #0072B2;padding:0.4em 1em;font-size:1.1em'>"
        f"<h3 style='margin:0.2em 0'>{heading}</h3><ul>{items}</ul></div>"
    )


def _show(session: Session, key: str, render) -> None:
    """Display ``render()`` (a MIME bundle) and re-render it in place after every change."""
    if session.workspace is None:
        display(HTML(html.escape(t("summary.no_workspace"))))
        return
    # Bundles go out raw: a plotly figure displayed as an object would show itself through its
    # own hook, without our display id, and could then not be updated in place.
    handle = display(render(), raw=True, display_id=True)

    def refresh() -> None:
        bundle = render()
        # JupyterLab reuses an output's renderer when the MIME type stays the same, and plotly's
        # renderer ignores new data once drawn; a brief text placeholder forces a fresh one.
        handle.update({"text/plain": t("summary.updating")}, raw=True)
        handle.update(bundle, raw=True)

    session.watch(key, refresh)


def show_summary(session: Session) -> None:
    """Show the workspace's headline figures; they refresh when the workspace changes."""

    def render() -> dict:
        card = summary_html(session.title, current_overview(session))
        return {"text/html": card, "text/plain": t("summary.heading", title=session.title)}

    _show(session, "summary", render)


def show_chart(session: Session, name: str) -> None:
    """Show one chart of the open workspace (``"circles"``); it refreshes on a change."""
    make_figure = CHARTS[name]
    _show(
        session, f"chart:{name}", lambda: make_figure(current_overview(session))._repr_mimebundle_()
    )

"""Map outputs that follow the open workspace: the headline figures card."""

from __future__ import annotations

import html

from toolkit.core.screens.live import show_live
from toolkit.core.session import Session
from toolkit.i18n import t
from toolkit.map.overview import Overview, overview


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


def show_summary(session: Session) -> None:
    """Show the workspace's headline figures; they refresh when the workspace changes."""

    def render() -> dict:
        card = summary_html(session.title, current_overview(session))
        return {"text/html": card, "text/plain": t("summary.heading", title=session.title)}

    show_live(session, "summary", render)

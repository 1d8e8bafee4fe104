"""Health outputs that follow the open workspace: the four questions and progress."""

from __future__ import annotations

import html
import json

import pandas as pd

from toolkit.core.screens.live import show_live
from toolkit.core.session import Session
from toolkit.health.figures import COMPONENTS, HealthReport, network_report, progress
from toolkit.health.text import figure_text, headline, report_lines
from toolkit.i18n import day_text, t


def health_html(report: HealthReport) -> str:
    """Every component side by side: the question, its figure, what it means, what to do."""
    cards = []
    for key in COMPONENTS:
        component = report.components[key]
        cards.append(
            "<div style='flex:1 1 20em;border-top:5px solid #0072B2;padding:0.3em 0.8em'>"
            f"<h4 style='margin:0.3em 0'>{html.escape(t(f'health.{key}.title'))}</h4>"
            f"<p style='font-size:1.15em;margin:0.3em 0'><b>{html.escape(headline(component))}"
            "</b></p>"
            f"<p style='margin:0.3em 0'>{html.escape(component.explanation())}</p>"
            f"<p style='margin:0.3em 0'>→ {html.escape(component.action())}</p></div>"
        )
    return f"<div style='display:flex;flex-wrap:wrap;gap:1em'>{''.join(cards)}</div>"


def show_health(session: Session) -> None:
    """Show the answers to the four questions (and the rest), side by side; they refresh."""

    def render() -> dict:
        report = network_report(session.workspace.network())
        text = "\n".join(report_lines(report, session.title))
        return {"text/html": health_html(report), "text/plain": text}

    show_live(session, "health", render)


def progress_html(snapshots: pd.DataFrame) -> str:
    """First and latest saved figures side by side, with whether each change is good news."""
    if len(snapshots) < 2:
        return f"<p>{html.escape(t('health.progress.no_snapshots'))}</p>"
    first, latest = snapshots.iloc[0], snapshots.iloc[-1]
    changes = progress(json.loads(first["figures"]), json.loads(latest["figures"]))

    def heading(row: pd.Series) -> str:
        return f"{row['label']} ({day_text(row['taken_on'].date(), 'd MMMM y')})"

    def row(r) -> str:
        cells = (
            t(f"health.figures.{r.figure}"),
            figure_text(r.figure, r.before),
            figure_text(r.figure, r.after),
            t(f"health.progress.{r.verdict}"),
        )
        return "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>"

    rows = "".join(row(r) for r in changes.itertuples())
    return (
        f"<table><tr><th></th><th>{html.escape(heading(first))}</th>"
        f"<th>{html.escape(heading(latest))}</th><th></th></tr>{rows}</table>"
    )


def show_progress(session: Session) -> None:
    """Show the change between the first and the latest snapshot; it refreshes."""

    def render() -> dict:
        snapshots = session.workspace.snapshots()
        return {"text/html": progress_html(snapshots), "text/plain": t("charts.progress.title")}

    show_live(session, "progress", render)

"""Outputs that follow the open workspace: shown once, refreshed in place when it changes.

They are ordinary notebook outputs (HTML, plotly JSON), so saved notebooks show them without a
kernel and nbval compares them; a display id lets a change of workspace update them in place.
"""

from __future__ import annotations

import html
import json

import ipywidgets as widgets
import pandas as pd
from IPython.display import clear_output, display

from toolkit import charts, followups, plan_export, workspaces
from toolkit.health import COMPONENTS, HealthReport, progress
from toolkit.health_text import headline, report_lines
from toolkit.i18n import decimal, t
from toolkit.overview import Overview, overview
from toolkit.session import Session
from toolkit.ui.first_attempt import before_after_html, before_after_of
from toolkit.ui.helpers import helpers_chart
from toolkit.ui.planner import current_plan, download_link, first_actions_html, plan_html


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


def _show_in_app(session: Session, key: str, bundle) -> None:
    """The same, in app mode: Voilà shows nothing a button's callback displays later unless
    it goes into an output widget, so the bundle lives in one and is replaced there."""

    def outputs(data: dict) -> tuple[dict, ...]:
        return ({"output_type": "display_data", "data": data, "metadata": {}},)

    area = widgets.Output()
    area.outputs = outputs(bundle())

    def refresh() -> None:
        # Through the kernel's output routing, as Voilà expects: the old chart stays on screen
        # until the new one arrives, and rapid changes arrive in order.
        with area:
            clear_output(wait=True)
            display(bundle(), raw=True)

    display(area)
    session.watch(key, refresh)


def _show(session: Session, key: str, render) -> None:
    """Display ``render()`` (a MIME bundle) and re-render it in place after every change.

    Without an open workspace it says how to open one, and appears once one is opened.
    """

    def bundle() -> dict:
        if session.workspace is None:
            message = t("summary.no_workspace")
            return {"text/html": f"<p>{html.escape(message)}</p>", "text/plain": message}
        return render()

    if workspaces.app_mode():
        _show_in_app(session, key, bundle)
        return
    # Bundles go out raw: a plotly figure displayed as an object would show itself through its
    # own hook, without our display id, and could then not be updated in place.
    handle = display(bundle(), raw=True, display_id=True)

    def refresh() -> None:
        new = bundle()
        # JupyterLab reuses an output's renderer when the MIME type stays the same, and plotly's
        # renderer ignores new data once drawn; a brief text placeholder forces a fresh one.
        handle.update({"text/plain": t("summary.updating")}, raw=True)
        handle.update(new, raw=True)

    session.watch(key, refresh)


def show_summary(session: Session) -> None:
    """Show the workspace's headline figures; they refresh when the workspace changes."""

    def render() -> dict:
        card = summary_html(session.title, current_overview(session))
        return {"text/html": card, "text/plain": t("summary.heading", title=session.title)}

    _show(session, "summary", render)


def show_chart(session: Session, name: str) -> None:
    """Show one chart of the open workspace by name (see ``charts.BY_NAME``); it refreshes."""
    if name not in charts.BY_NAME:
        raise ValueError(f"unknown chart {name!r}; expected one of {sorted(charts.BY_NAME)}")
    _show(
        session,
        f"chart:{name}",
        lambda: charts.chart(name, session.workspace.network())._repr_mimebundle_(),
    )


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
        report = session.workspace.network().report()
        text = "\n".join(report_lines(report, session.title))
        return {"text/html": health_html(report), "text/plain": text}

    _show(session, "health", render)


def progress_html(snapshots: pd.DataFrame) -> str:
    """First and latest saved figures side by side, with whether each change is good news."""
    if len(snapshots) < 2:
        return f"<p>{html.escape(t('health.progress.no_snapshots'))}</p>"
    first, latest = snapshots.iloc[0], snapshots.iloc[-1]
    changes = progress(json.loads(first["figures"]), json.loads(latest["figures"]))

    def cell(value: object) -> str:
        if value is None or pd.isna(value):
            return "–"
        return decimal(value, 2) if isinstance(value, float) else str(value)

    def heading(row: pd.Series) -> str:
        return f"{row['label']} ({row['taken_on'].date().isoformat()})"

    rows = "".join(
        f"<tr><td>{html.escape(t(f'health.figures.{r.figure}'))}</td><td>{cell(r.before)}</td>"
        f"<td>{cell(r.after)}</td><td>{html.escape(t(f'health.progress.{r.verdict}'))}</td></tr>"
        for r in changes.itertuples()
    )
    return (
        f"<table><tr><th></th><th>{html.escape(heading(first))}</th>"
        f"<th>{html.escape(heading(latest))}</th><th></th></tr>{rows}</table>"
    )


def show_progress(session: Session) -> None:
    """Show the change between the first and the latest snapshot; it refreshes."""

    def render() -> dict:
        snapshots = session.workspace.snapshots()
        return {"text/html": progress_html(snapshots), "text/plain": t("charts.progress.title")}

    _show(session, "progress", render)


def show_helpers_chart(session: Session) -> None:
    """Show the egogram with the latest ask's candidate helpers ringed; it refreshes."""
    _show(session, "chart:helpers", lambda: helpers_chart(session.workspace)._repr_mimebundle_())


def show_before_after(session: Session) -> None:
    """Show the first attempt next to the final ask, with both verdicts; it refreshes."""

    def render() -> dict:
        result = before_after_of(session.workspace)
        return {
            "text/html": before_after_html(result),
            "text/plain": t("ask_steps.before_after.title"),
        }

    _show(session, "before-after", render)


def show_plan(session: Session) -> None:
    """Show the follow-up plan, week by week, as text; it refreshes."""

    def render() -> dict:
        plan = current_plan(session)
        return {"text/html": plan_html(plan), "text/plain": plan.summary()}

    _show(session, "plan", render)


def show_plan_chart(session: Session, name: str) -> None:
    """Show one follow-up chart by name (see ``charts.PLAN_CHARTS``); it refreshes."""
    if name not in charts.PLAN_CHARTS:
        raise ValueError(f"unknown chart {name!r}; expected one of {sorted(charts.PLAN_CHARTS)}")

    def render() -> dict:
        figure = charts.PLAN_CHARTS[name](current_plan(session), session.workspace.followups())
        return figure._repr_mimebundle_()

    _show(session, f"plan-chart:{name}", render)


def show_first_actions(session: Session) -> None:
    """Show the plan's first three follow-ups, to commit to; they refresh."""

    def render() -> dict:
        plan = current_plan(session)
        return {
            "text/html": first_actions_html(plan),
            "text/plain": "\n".join(i.action() for i in plan.items[:3]),
        }

    _show(session, "first-actions", render)


def calendar_download(session: Session) -> None:
    """Show a link that downloads the plan as a calendar file (a copy goes to the workspace
    folder); it follows the plan."""

    def render() -> dict:
        workspace = session.workspace
        plan = current_plan(session)
        zone = followups.settings_from_meta(workspace.meta()).timezone
        data = plan_export.to_ics(plan, zone, workspace.path.stem)
        filename = f"{t('followups.export.file_stem')}-{workspace.path.stem}.ics"
        workspaces.write_atomically(workspace.path.parent / filename, data)
        note = t("followups.ui.saved_as", file=filename)
        return {
            "text/html": f"<p>{download_link(data, filename, 'text/calendar')}</p>"
            f"<p>{html.escape(note)}</p>",
            "text/plain": note,
        }

    _show(session, "calendar", render)

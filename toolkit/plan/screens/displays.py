"""Plan outputs that follow the open workspace: the plan, its charts, the calendar file."""

from __future__ import annotations

import html

from toolkit.core import workspaces
from toolkit.core.screens.downloads import download_link
from toolkit.core.screens.live import show_live, show_live_chart
from toolkit.core.session import Session
from toolkit.i18n import t
from toolkit.plan import charts, export, followups
from toolkit.plan.screens.planner import current_plan, first_actions_html, plan_html


def show_plan(session: Session) -> None:
    """Show the follow-up plan, week by week, as text; it refreshes."""

    def render() -> dict:
        plan = current_plan(session)
        return {"text/html": plan_html(plan), "text/plain": plan.summary()}

    show_live(session, "plan", render)


def show_plan_chart(session: Session, name: str) -> None:
    """Show one follow-up chart by name (see ``charts.PLAN_CHARTS``); it refreshes."""
    if name not in charts.PLAN_CHARTS:
        raise ValueError(f"unknown chart {name!r}; expected one of {sorted(charts.PLAN_CHARTS)}")

    def figure():
        return charts.PLAN_CHARTS[name](current_plan(session), session.workspace.followups())

    show_live_chart(session, f"plan-chart:{name}", figure)


def show_first_actions(session: Session) -> None:
    """Show the plan's first three follow-ups, to commit to; they refresh."""

    def render() -> dict:
        plan = current_plan(session)
        return {
            "text/html": first_actions_html(plan),
            "text/plain": "\n".join(i.action() for i in plan.items[:3]),
        }

    show_live(session, "first-actions", render)


def calendar_download(session: Session) -> None:
    """Show a link that downloads the plan as a calendar file (a copy goes to the workspace
    folder); it follows the plan."""

    def render() -> dict:
        workspace = session.workspace
        plan = current_plan(session)
        zone = followups.settings_from_meta(workspace.meta()).timezone
        data = export.to_ics(plan, zone, workspace.path.stem)
        filename = f"{t('followups.export.file_stem')}-{workspace.path.stem}.ics"
        workspaces.write_atomically(workspace.path.parent / filename, data)
        note = t("followups.ui.saved_as", file=filename)
        return {
            "text/html": f"<p>{download_link(data, filename, 'text/calendar')}</p>"
            f"<p>{html.escape(note)}</p>",
            "text/plain": note,
        }

    show_live(session, "calendar", render)

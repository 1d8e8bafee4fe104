"""Charts of the follow-up plan (step 3): by week, overdue per circle, done vs planned. Pure."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import plotly.graph_objects as go

from toolkit.core.chart_style import (
    PALETTE,
    circle_names,
    count_axis,
    counted_bars,
    empty_chart,
    finish,
    plain,
)
from toolkit.core.model import (
    Circle,
    label,
)
from toolkit.i18n import t
from toolkit.plan import followups

CIRCLE_COLOURS = {1: PALETTE[5], 2: PALETTE[1], 3: PALETTE[2], 4: PALETTE[0], None: PALETTE[7]}


def _week_label(day) -> str:
    """ "21 sept." / "21 Sep": short enough for an axis, in the participant's language."""
    return t("followups.charts.week", day=day.day, month=t(f"followups.short_month.{day.month}"))


def _circle_label(circle: int | None) -> str:
    return label(Circle(circle)) if circle else t("followups.charts.no_circle")


def plan_timeline(plan: followups.Plan) -> go.Figure:
    """Follow-ups planned week by week, coloured by circle (who the plan keeps in touch with)."""
    starts = [followups.week_start(plan.today) + dt.timedelta(weeks=n) for n in range(plan.weeks)]
    weeks = [plan.week(n) for n in range(plan.weeks)]
    circles = sorted({i.circle for i in plan.items}, key=lambda c: (c is None, c or 0))
    if not plan.items:
        return empty_chart("plan_timeline", "charts.empty.no_plan")
    figure = go.Figure(
        [
            go.Bar(
                x=[_week_label(s) for s in starts],
                y=[sum(i.circle == circle for i in week) for week in weeks],
                name=_circle_label(circle),
                marker_color=CIRCLE_COLOURS[circle],
                customdata=[
                    "<br>".join(plain(i.name) for i in week if i.circle == circle) for week in weeks
                ],
                hovertemplate="%{x}<br>%{customdata}<extra></extra>",
            )
            for circle in circles
        ]
    )
    return finish(
        figure,
        "plan_timeline",
        barmode="stack",
        xaxis_title=t("charts.plan_timeline.x"),
        yaxis_title=t("charts.plan_timeline.y"),
        yaxis=count_axis(max(len(week) for week in weeks) if weeks else 0),
    )


def overdue_by_circle(plan: followups.Plan) -> go.Figure:
    """Overdue follow-ups per circle: where the rhythm slipped (P3)."""
    circles = [int(c) for c in Circle if int(c) in followups.DEFAULT_CADENCE_DAYS]
    counts = [sum(i.circle == c for i in plan.overdue) for c in circles]
    if not any(counts):
        return empty_chart("plan_overdue", "charts.empty.no_overdue")
    figure = counted_bars(circle_names(circles), counts, [CIRCLE_COLOURS[c] for c in circles])
    return finish(
        figure,
        "plan_overdue",
        xaxis_title=t("charts.plan_overdue.x"),
        yaxis_title=t("charts.plan_overdue.y"),
        yaxis=count_axis(max(counts)),
    )


def done_vs_planned(plan: followups.Plan, stored: pd.DataFrame, weeks_back: int = 8) -> go.Figure:
    """Per week, follow-ups planned and follow-ups done: past weeks from the decisions kept in
    the workspace, coming weeks from the plan."""
    this_week = followups.week_start(plan.today)
    starts = [this_week + dt.timedelta(weeks=n) for n in range(-weeks_back, plan.weeks)]

    def week_counts(dates: pd.Series) -> list[int]:
        weeks = dates.dropna().dt.date.map(followups.week_start)
        return [int((weeks == s).sum()) for s in starts]

    decided = stored[stored["origin"].fillna("") != ""]
    past = week_counts(decided["due_on"])
    done = week_counts(decided.loc[decided["status"] == "done", "done_on"])
    planned = [
        past[n] if s < this_week else len(plan.week((s - this_week).days // 7)) + done[n]
        for n, s in enumerate(starts)
    ]
    labels = [_week_label(s) for s in starts]
    if not any(planned) and not any(done):
        return empty_chart("done_vs_planned", "charts.empty.no_plan")
    figure = go.Figure(
        [
            go.Bar(
                x=labels,
                y=planned,
                name=t("charts.done_vs_planned.planned"),
                marker_color=PALETTE[4],
            ),
            go.Bar(
                x=labels,
                y=done,
                name=t("charts.done_vs_planned.done"),
                marker_color=PALETTE[2],
            ),
        ]
    )
    return finish(
        figure,
        "done_vs_planned",
        barmode="group",
        xaxis_title=t("charts.done_vs_planned.x"),
        yaxis_title=t("charts.done_vs_planned.y"),
        yaxis=count_axis(max([*planned, *done])),
    )


# Follow-up charts by name, drawn from a plan and the decisions stored in the workspace.
PLAN_CHARTS = {
    "timeline": lambda plan, stored: plan_timeline(plan),
    "overdue": lambda plan, stored: overdue_by_circle(plan),
    "done_vs_planned": done_vs_planned,
}

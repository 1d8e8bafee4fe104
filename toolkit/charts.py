"""Plotly figures from workspace figures, in the toolkit's own visual identity. Pure functions."""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Collection

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from toolkit import followups, interviews
from toolkit.health import Component, Network, progress, recency_status
from toolkit.i18n import t
from toolkit.model import (
    REAL_CHANNELS,
    TABLE_DTYPES,
    Channel,
    Circle,
    Direction,
    KnowsMe,
    NetworkType,
    Relation,
    label,
)
from toolkit.overview import Overview, capacity, overview

# Okabe–Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
INK = "#1F2933"
GRID = "#D9DEE3"
FONT = (
    "Inter, 'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif"  # local fonts only: works offline
)

# Every figure carries this template, defined here rather than taken from plotly's defaults, so
# stored notebook outputs do not change when plotly's own theme does.
TEMPLATE = go.layout.Template(
    layout={
        "font": {"family": FONT, "size": 16, "color": INK},
        "title": {"font": {"size": 22}, "x": 0.0, "xanchor": "left"},
        "colorway": list(PALETTE),
        "paper_bgcolor": "white",
        "plot_bgcolor": "white",
        "margin": {"l": 60, "r": 30, "t": 80, "b": 60},
        "xaxis": {"showgrid": False, "linecolor": INK, "ticks": "outside", "automargin": True},
        "yaxis": {"gridcolor": GRID, "zeroline": False, "automargin": True, "rangemode": "tozero"},
        "legend": {"orientation": "h", "yanchor": "bottom", "y": 1.0, "xanchor": "left", "x": 0.0},
        "hoverlabel": {"font": {"family": FONT, "size": 15}},
    }
)


def circle_sizes(summary: Overview) -> go.Figure:
    """Contacts per circle beside what each circle can hold (P2: a few hundred ties at most)."""
    circles = list(Circle)
    names = [label(c) for c in circles]
    counts = [summary.per_circle[int(c)] for c in circles]
    limits = [capacity(c) for c in circles]
    figure = go.Figure(
        [
            go.Bar(
                x=names,
                y=counts,
                name=t("charts.circle_sizes.contacts"),
                marker_color=PALETTE[0],
                text=counts,
                textposition="outside",
                hovertemplate="%{x}<br>%{y}<extra></extra>",
            ),
            go.Scatter(
                x=names[: len(limits) - 1],
                y=limits[:-1],
                name=t("charts.circle_sizes.capacity"),
                mode="markers",
                marker={
                    "symbol": "line-ew-open",
                    "size": 44,
                    "line": {"width": 4},
                    "color": PALETTE[5],
                },
                hovertemplate="%{x}<br>"
                + t("charts.circle_sizes.capacity")
                + " ≈ %{y}<extra></extra>",
            ),
        ]
    )
    undescribed = summary.contacts - summary.described
    figure.update_layout(
        template=TEMPLATE,
        title={"text": t("charts.circle_sizes.title")},
        xaxis_title=t("charts.circle_sizes.x"),
        yaxis_title=t("charts.circle_sizes.y"),
        annotations=[
            {
                "text": t("charts.circle_sizes.undescribed", count=undescribed),
                "xref": "paper",
                "yref": "paper",
                "x": 1.0,
                "y": 1.12,
                "xanchor": "right",
                "showarrow": False,
                "font": {"size": 14},
            }
        ]
        if undescribed
        else [],
    )
    return figure


# -- network health ------------------------------------------------------------------------------

STATUS_COLOURS = {"on_time": PALETTE[2], "late": PALETTE[1], "dormant": PALETTE[5]}
KNOWS_ME_COLOURS = {"yes": PALETTE[2], "a_little": PALETTE[4], "no": PALETTE[5]}
RECENT_EXCHANGE_DAYS = 91
WEBGL_FROM = 2_000  # points; beyond, the browser draws with WebGL to stay fluid
GOLDEN = 0.6180339887


def plain(text: object) -> str:
    """Untrusted text made inert for plotly, which reads a subset of HTML in labels."""
    return html.escape(str(text), quote=False)


def _finish(figure: go.Figure, chart: str, **layout: object) -> go.Figure:
    """Apply the toolkit's template and the chart's localised title."""
    figure.update_layout(template=TEMPLATE, title={"text": t(f"charts.{chart}.title")}, **layout)
    return figure


def _counted_bars(names: list[str], counts: list[int], colours: list[str]) -> go.Figure:
    return go.Figure(
        go.Bar(x=names, y=counts, text=counts, textposition="outside", marker_color=colours)
    )


def _circle_names(circles) -> list[str]:
    return [label(Circle(int(c))) for c in circles]


def _stacked(
    chart: str,
    columns: dict[str, dict[int, int]],
    colours: dict[str, str],
    names: dict[str, str],
) -> go.Figure:
    circles = [int(c) for c in Circle]
    figure = go.Figure(
        [
            go.Bar(
                x=_circle_names(circles),
                y=[counts.get(c, 0) for c in circles],
                name=names[key],
                marker_color=colours[key],
            )
            for key, counts in columns.items()
        ]
    )
    return _finish(
        figure,
        chart,
        barmode="stack",
        xaxis_title=t(f"charts.{chart}.x"),
        yaxis_title=t(f"charts.{chart}.y"),
    )


def recency(think_of_me: Component) -> go.Figure:
    """Per circle, ties up to date, late and dormant against the circle's rhythm (P3)."""
    per_circle = think_of_me.details["per_circle"]
    columns = {s: {c: v[s] for c, v in per_circle.items()} for s in STATUS_COLOURS}
    names = {s: t(f"health.status.{s}") for s in STATUS_COLOURS}
    return _stacked(
        "recency",
        columns,
        STATUS_COLOURS,
        names,
    )


def reciprocity(know_me: Component) -> go.Figure:
    """Per circle, who knows me, a little, or not (P1)."""
    per_circle = know_me.details["per_circle"]
    columns = {k: {c: v[k] for c, v in per_circle.items()} for k in KNOWS_ME_COLOURS}
    names = {k: label(KnowsMe(k)) for k in KNOWS_ME_COLOURS}
    return _stacked(
        "reciprocity",
        columns,
        KNOWS_ME_COLOURS,
        names,
    )


def give_take(want_to_help: Component) -> go.Figure:
    """What I gave, received and exchanged (P4)."""
    keys = ("gave", "received", "exchange")
    figure = _counted_bars(
        [label(Direction(k)) for k in keys],
        [want_to_help.details[k] for k in keys],
        [PALETTE[2], PALETTE[0], PALETTE[4]],
    )
    return _finish(figure, "give_take", yaxis_title=t("charts.give_take.y"))


def channels(real_channels: Component) -> go.Figure:
    """Exchanges of the last six months per channel, real ones first (P11, P13)."""
    mix = real_channels.details["mix"]
    order = [c for c in Channel if c in REAL_CHANNELS] + [
        c for c in Channel if c not in REAL_CHANNELS
    ]
    figure = _counted_bars(
        [label(c) for c in order],
        [mix.get(c.value, 0) for c in order],
        [PALETTE[2] if c in REAL_CHANNELS else PALETTE[7] for c in order],
    )
    return _finish(figure, "channels", yaxis_title=t("charts.channels.y"))


def hierarchy(contacts: pd.DataFrame) -> go.Figure:
    """How many contacts by level (peer, above...) and network type (P7)."""
    missing = t("charts.hierarchy.not_described")
    relations = [*[label(r) for r in Relation], missing]
    types = [*[label(n) for n in NetworkType], missing]
    counts = pd.crosstab(
        contacts["relation"].map(lambda v: label(Relation(v)), na_action="ignore").fillna(missing),
        contacts["network_type"]
        .map(lambda v: label(NetworkType(v)), na_action="ignore")
        .fillna(missing),
    ).reindex(index=relations, columns=types, fill_value=0)
    figure = go.Figure(
        go.Heatmap(
            z=counts.to_numpy().tolist(),
            x=types,
            y=relations,
            texttemplate="%{z}",
            colorscale=[[0, "white"], [1, PALETTE[0]]],
            showscale=False,
        )
    )
    return _finish(figure, "hierarchy")


def growth(contacts: pd.DataFrame, interactions: pd.DataFrame) -> go.Figure:
    """Contacts added and first exchanges, month by month, cumulated."""

    def monthly(dates: pd.Series) -> pd.Series:
        months = dates.dropna().dt.to_period("M").value_counts().sort_index().cumsum()
        return months.set_axis(months.index.to_timestamp().strftime("%Y-%m"))

    added = monthly(contacts["added_on"])
    first = monthly(interactions.groupby("contact_id")["date"].min())
    figure = go.Figure(
        [
            go.Scatter(
                x=list(added.index),
                y=added.tolist(),
                name=t("charts.growth.contacts"),
                mode="lines",
                line={"color": PALETTE[0], "width": 3},
            ),
            go.Scatter(
                x=list(first.index),
                y=first.tolist(),
                name=t("charts.growth.first"),
                mode="lines",
                line={"color": PALETTE[2], "width": 3},
            ),
        ]
    )
    return _finish(figure, "growth", yaxis_title=t("charts.growth.y"))


def progress_chart(changes: pd.DataFrame) -> go.Figure:
    """Before and after, for the figures that are shares (shown in %)."""
    shares = changes[
        changes["figure"].isin(["dormant_share", "knows_me_share", "real_channel_share"])
    ]
    names = [t(f"health.figures.{f}") for f in shares["figure"]]
    figure = go.Figure(
        [
            go.Bar(
                x=names,
                y=[None if pd.isna(v) else round(100 * v) for v in shares[column]],
                name=t(f"charts.progress.{column}"),
                marker_color=colour,
            )
            for column, colour in (("before", PALETTE[7]), ("after", PALETTE[0]))
        ]
    )
    return _finish(figure, "progress", barmode="group", yaxis_ticksuffix=" %")


def _spread(values: np.ndarray) -> np.ndarray:
    """A fixed, even spread in [0, 1) from integer ids (same picture on every run)."""
    return (values * GOLDEN) % 1.0


def _slice_names(placed: pd.DataFrame, slices: str) -> pd.Series:
    missing = t("charts.hierarchy.not_described")
    if slices == "network_type":
        return (
            placed["network_type"]
            .map(lambda v: label(NetworkType(v)), na_action="ignore")
            .fillna(missing)
        )
    return placed["sector"].replace("", missing).fillna(missing)


def egogram(
    contacts: pd.DataFrame,
    status: pd.DataFrame,
    slices: str = "sector",
    highlight: Collection[int] = (),
    highlight_name: str = "",
) -> go.Figure:
    """Me at the centre, my contacts in rings by circle, coloured by recency; the disc is cut
    into slices by ``sector`` or by ``network_type``. Contacts in ``highlight`` (e.g. those who
    can help with an ask) are ringed, in a legend entry called ``highlight_name``."""
    placed = contacts[contacts["circle"].notna()].merge(
        status[["contact_id", "days_since", "last_interaction"]],
        left_on="id",
        right_on="contact_id",
        how="left",
    )
    slice_names = _slice_names(placed, slices)
    sectors = sorted(set(slice_names))
    slice_of = {s: i for i, s in enumerate(sectors)}
    width = 360 / max(len(sectors), 1)
    ids = placed["id"].to_numpy(dtype=float)
    theta = (slice_names.map(slice_of).to_numpy(dtype=float) + 0.1 + 0.8 * _spread(ids)) * width
    radius = placed["circle"].to_numpy(dtype=float) - 0.85 + 0.7 * _spread(ids * 7 + 3)
    days = placed["days_since"].astype("float64").to_numpy()  # NaN when never
    bucket = np.where(
        np.isnan(days), "never", np.where(days <= RECENT_EXCHANGE_DAYS, "recent", "older")
    )
    names = np.array([plain(n) for n in placed["display_name"]], dtype=object)
    last = placed["last_interaction"].dt.strftime("%Y-%m-%d").fillna("").to_numpy(dtype=object)
    # The sector shows as the slice; each point carries only its name and last date.
    hover_templates = {
        "recent": t("charts.egogram.hover_last", date="%{customdata}"),
        "older": t("charts.egogram.hover_last", date="%{customdata}"),
        "never": t("charts.egogram.hover_never"),
    }
    trace = go.Scatterpolargl if len(placed) >= WEBGL_FROM else go.Scatterpolar
    colours = {"recent": PALETTE[2], "older": PALETTE[1], "never": "#9AA5B1"}
    figure = go.Figure(
        [
            trace(
                r=radius[bucket == key].round(2).tolist(),
                theta=theta[bucket == key].round(1).tolist(),
                mode="markers",
                name=t(f"charts.egogram.{key}"),
                marker={"color": colour, "size": 9 if len(placed) < WEBGL_FROM else 4},
                hovertext=names[bucket == key].tolist(),
                customdata=last[bucket == key].tolist() if key != "never" else None,
                hovertemplate=f"%{{hovertext}}<br>{hover_templates[key]}<extra></extra>",
            )
            for key, colour in colours.items()
        ]
    )
    ringed = placed["id"].isin(list(highlight)).to_numpy(dtype=bool)
    if ringed.any():
        figure.add_trace(
            trace(
                r=radius[ringed].round(2).tolist(),
                theta=theta[ringed].round(1).tolist(),
                mode="markers",
                name=plain(highlight_name),
                marker={
                    "color": "rgba(0,0,0,0)",
                    "size": 18,
                    "line": {"color": PALETTE[0], "width": 3},
                },
                hovertext=names[ringed].tolist(),
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )
    return _finish(
        figure,
        "egogram",
        height=680,
        legend={"orientation": "h", "y": -0.05, "yanchor": "top", "x": 0.0},
        polar={
            "radialaxis": {
                "range": [0, 5.2],
                "tickvals": [c - 0.5 for c in range(1, 6)],
                "ticktext": _circle_names(range(1, 6)),
                "gridcolor": GRID,
                "tickfont": {"size": 11},
                "angle": 90,
            },
            "angularaxis": {
                "tickvals": [(i + 0.5) * width for i in range(len(sectors))],
                "ticktext": [plain(s) for s in sectors],
                "gridcolor": GRID,
                "direction": "clockwise",
                "rotation": 90,
            },
        },
    )


def _egogram_of(network: Network, slices: str = "sector") -> go.Figure:
    status = recency_status(network.contacts, network.interactions, network.today)
    return egogram(network.contacts, status, slices)


def _progress_of(network: Network) -> go.Figure:
    snapshots = network.snapshots if network.snapshots is not None else pd.DataFrame()
    if len(snapshots) < 2:
        return _finish(
            go.Figure(),
            "progress",
            annotations=[
                {
                    "text": t("health.progress.no_snapshots"),
                    "showarrow": False,
                    "xref": "paper",
                    "yref": "paper",
                    "x": 0.5,
                    "y": 0.5,
                }
            ],
        )
    first, latest = (json.loads(snapshots["figures"].iloc[i]) for i in (0, -1))
    return progress_chart(progress(first, latest))


# -- informational interviews (step 5) -----------------------------------------------------------


def _empty(chart: str, message_key: str = "charts.pipeline.empty") -> go.Figure:
    """A chart with nothing to draw yet says so in its middle."""
    return _finish(
        go.Figure(),
        chart,
        xaxis={"visible": False},
        yaxis={"visible": False},
        annotations=[
            {
                "text": t(message_key),
                "showarrow": False,
                "xref": "paper",
                "yref": "paper",
                "x": 0.5,
                "y": 0.5,
                "font": {"size": 20},
            }
        ],
    )


def pipeline(result: interviews.Funnel) -> go.Figure:
    """From meetings asked for to opportunities: how many reach each stage."""
    if result.empty:
        return _empty("pipeline")
    rows = interviews.stage_rows(result)
    figure = go.Figure(
        go.Funnel(
            y=[name for name, _ in rows],
            x=[count for _, count in rows],
            textinfo="value",
            marker={"color": PALETTE[0]},
            hovertemplate="%{y}: %{x}<extra></extra>",
        )
    )
    return _finish(figure, "pipeline")


def answer_rates(result: interviews.Funnel) -> go.Figure:
    """Answer rate per channel and per approach (warm or cold) beside the ~15 % of cold emails."""
    if result.empty:
        return _empty("answer_rates")
    groups = (
        ("channel", result.by_channel, lambda v: label(Channel(v)), PALETTE[0]),
        ("approach", result.by_approach, lambda v: t(f"charts.answer_rates.{v}"), PALETTE[2]),
    )
    figure = go.Figure(
        [
            go.Bar(
                x=[name(v) for v in frame[column]],
                y=frame["rate"].round(3).tolist(),
                text=[f"{a}/{n}" for a, n in zip(frame["answered"], frame["asked"], strict=True)],
                textposition="outside",
                name=t(f"charts.answer_rates.{column}"),
                marker_color=colour,
                hovertemplate="%{x}: %{text}<extra></extra>",
            )
            for column, frame, name, colour in groups
        ]
    )
    figure.add_hline(
        y=result.reference_rate,
        line={"dash": "dash", "color": PALETTE[5], "width": 3},
        annotation_text=t("charts.answer_rates.reference"),
        annotation_position="top left",
    )
    return _finish(
        figure,
        "answer_rates",
        yaxis_title=t("charts.answer_rates.y"),
        yaxis={"tickformat": ".0%", "range": [0, 1.15]},
    )


def referral_tree(nodes: list[interviews.TreeNode]) -> go.Figure:
    """Who led me to whom: me at the root, my first contacts, then everyone they introduced."""
    if not nodes:
        return _empty("referral_tree")
    me = t("charts.referral_tree.me")
    generation = {0: 0}
    for node in nodes:  # parents come first: one pass gives each person's distance from me
        generation[node.contact_id] = generation.get(node.parent, 0) + 1
    figure = go.Figure(
        go.Icicle(
            ids=["0", *(str(n.contact_id) for n in nodes)],
            labels=[plain(me), *(plain(n.name) for n in nodes)],
            parents=["", *(str(n.parent) for n in nodes)],
            tiling={"orientation": "h"},
            marker={
                "colors": [
                    PALETTE[7],
                    *(PALETTE[(generation[n.contact_id] - 1) % 6] for n in nodes),
                ]
            },
            hovertemplate="%{label}<extra></extra>",
        )
    )
    return _finish(figure, "referral_tree", margin={"l": 10, "r": 10, "t": 80, "b": 10})


def interview_tables(network: Network) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The network's interviews and referrals; empty tables when it was read without them."""

    def table(frame: pd.DataFrame | None, name: str) -> pd.DataFrame:
        if frame is not None:
            return frame
        dtypes = TABLE_DTYPES[name]
        return pd.DataFrame({c: pd.Series(dtype=d) for c, d in dtypes.items()})

    return table(network.interviews, "interviews"), table(network.referrals, "referrals")


def funnel_of(network: Network) -> interviews.Funnel:
    """The interview pipeline of this network (step 5)."""
    asked, referred = interview_tables(network)
    return interviews.funnel(asked, referred, network.interactions)


def _tree_of(network: Network) -> go.Figure:
    asked, referred = interview_tables(network)
    return referral_tree(interviews.referral_tree(referred, network.contacts, asked))


# Every chart a notebook can show by name, drawn from a workspace's tables.
BY_NAME = {
    "circles": lambda n: circle_sizes(overview(n.contacts, n.interactions, n.ties, n.today)),
    "egogram": _egogram_of,
    "egogram_by_type": lambda n: _egogram_of(n, "network_type"),
    "recency": lambda n: recency(n.report().components["think_of_me"]),
    "reciprocity": lambda n: reciprocity(n.report().components["know_me"]),
    "give_take": lambda n: give_take(n.report().components["want_to_help"]),
    "channels": lambda n: channels(n.report().components["real_channels"]),
    "hierarchy": lambda n: hierarchy(n.contacts),
    "growth": lambda n: growth(n.contacts, n.interactions),
    "progress": _progress_of,
    "pipeline": lambda n: pipeline(funnel_of(n)),
    "answer_rates": lambda n: answer_rates(funnel_of(n)),
    "referral_tree": _tree_of,
}


def chart(name: str, network: Network) -> go.Figure:
    """The chart called ``name`` (a key of ``BY_NAME``) for this network."""
    return BY_NAME[name](network)


# -- follow-up plan (step 3) ---------------------------------------------------------------------

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
    return _finish(
        figure,
        "plan_timeline",
        barmode="stack",
        xaxis_title=t("charts.plan_timeline.x"),
        yaxis_title=t("charts.plan_timeline.y"),
    )


def overdue_by_circle(plan: followups.Plan) -> go.Figure:
    """Overdue follow-ups per circle: where the rhythm slipped (P3)."""
    circles = [int(c) for c in Circle if int(c) in followups.DEFAULT_CADENCE_DAYS]
    counts = [sum(i.circle == c for i in plan.overdue) for c in circles]
    figure = _counted_bars(_circle_names(circles), counts, [CIRCLE_COLOURS[c] for c in circles])
    return _finish(
        figure,
        "plan_overdue",
        xaxis_title=t("charts.plan_overdue.x"),
        yaxis_title=t("charts.plan_overdue.y"),
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
    return _finish(
        figure,
        "done_vs_planned",
        barmode="group",
        xaxis_title=t("charts.done_vs_planned.x"),
        yaxis_title=t("charts.done_vs_planned.y"),
    )


# Follow-up charts by name, drawn from a plan and the decisions stored in the workspace.
PLAN_CHARTS = {
    "timeline": lambda plan, stored: plan_timeline(plan),
    "overdue": lambda plan, stored: overdue_by_circle(plan),
    "done_vs_planned": done_vs_planned,
}

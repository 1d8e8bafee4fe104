"""Charts of network health: the four questions, and progress between snapshots. Pure."""

from __future__ import annotations

import json

import pandas as pd
import plotly.graph_objects as go

from toolkit.core.chart_style import (
    PALETTE,
    circle_names,
    count_axis,
    counted_bars,
    empty_chart,
    finish,
)
from toolkit.core.model import (
    NOT_AN_EXCHANGE,
    OWN_IDEAS,
    REAL_CHANNELS,
    Channel,
    Circle,
    Direction,
    InteractionKind,
    KnowsMe,
    label,
)
from toolkit.core.network import Network
from toolkit.health.figures import Component, network_report, progress
from toolkit.i18n import t

STATUS_COLOURS = {
    "on_time": PALETTE[2],
    "late": PALETTE[1],
    "dormant": PALETTE[5],
    "never": "#B8C2CC",  # no exchange logged yet: unknown, not dormant
}
KNOWS_ME_COLOURS = {"yes": PALETTE[2], "a_little": PALETTE[4], "no": PALETTE[5]}


def _stacked(
    chart: str,
    columns: dict[str, dict[int, int]],
    colours: dict[str, str],
    names: dict[str, str],
) -> go.Figure:
    circles = [int(c) for c in Circle]
    totals = [sum(counts.get(c, 0) for counts in columns.values()) for c in circles]
    if not any(totals):
        return empty_chart(chart, "charts.empty.no_circles")
    figure = go.Figure(
        [
            go.Bar(
                x=circle_names(circles),
                y=[counts.get(c, 0) for c in circles],
                name=names[key],
                marker_color=colours[key],
            )
            for key, counts in columns.items()
        ]
    )
    return finish(
        figure,
        chart,
        barmode="stack",
        xaxis_title=t(f"charts.{chart}.x"),
        yaxis_title=t(f"charts.{chart}.y"),
        yaxis=count_axis(max(totals)),
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
    counts = [want_to_help.details[k] for k in keys]
    if not any(counts):
        return empty_chart("give_take", "charts.empty.no_exchanges")
    figure = counted_bars(
        [label(Direction(k)) for k in keys], counts, [PALETTE[2], PALETTE[0], PALETTE[4]]
    )
    return finish(
        figure, "give_take", yaxis_title=t("charts.give_take.y"), yaxis=count_axis(max(counts))
    )


def channels(real_channels: Component) -> go.Figure:
    """Exchanges of the last six months per channel, real ones first (P11), with ideas shared
    and likes / comments shown apart (P13) and why in one sentence under the title."""
    mix = real_channels.details["mix"]
    real = [c.value for c in Channel if c in REAL_CHANNELS] + [OWN_IDEAS.value]
    other = [c.value for c in Channel if c not in REAL_CHANNELS] + [NOT_AN_EXCHANGE.value]
    order = real + other
    counts = [mix.get(code, 0) for code in order]
    if not any(counts):
        return empty_chart("channels", "charts.empty.no_exchanges")
    apart = {OWN_IDEAS.value, NOT_AN_EXCHANGE.value}
    figure = counted_bars(
        [label(InteractionKind(c) if c in apart else Channel(c)) for c in order],
        counts,
        [PALETTE[2] if code in real else PALETTE[7] for code in order],
    )
    figure = finish(
        figure, "channels", yaxis_title=t("charts.channels.y"), yaxis=count_axis(max(counts))
    )
    figure.update_layout(title_subtitle_text=t("exchanges.chart_why"))
    return figure


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
    return finish(figure, "progress", barmode="group", yaxis_ticksuffix=" %")


def _progress_of(network: Network) -> go.Figure:
    snapshots = network.snapshots if network.snapshots is not None else pd.DataFrame()
    if len(snapshots) < 2:  # a sentence, not empty axes
        return empty_chart("progress", "health.progress.no_snapshots")
    first, latest = (json.loads(snapshots["figures"].iloc[i]) for i in (0, -1))
    return progress_chart(progress(first, latest))


# Health charts a notebook can show by name, drawn from a workspace's tables.
CHARTS = {
    "recency": lambda n: recency(network_report(n).components["think_of_me"]),
    "reciprocity": lambda n: reciprocity(network_report(n).components["know_me"]),
    "give_take": lambda n: give_take(network_report(n).components["want_to_help"]),
    "channels": lambda n: channels(network_report(n).components["real_channels"]),
    "progress": _progress_of,
}

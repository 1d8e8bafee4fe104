"""Charts of the map: circles against their capacity, the egogram, who is above, growth. Pure."""

from __future__ import annotations

from collections.abc import Collection

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from toolkit.core.chart_style import (
    GOLDEN,
    GRID,
    PALETTE,
    TEMPLATE,
    circle_names,
    count_axis,
    date_ticks,
    empty_chart,
    finish,
    plain,
    separators,
)
from toolkit.core.model import (
    Circle,
    NetworkType,
    Relation,
    label,
)
from toolkit.core.network import Network
from toolkit.health.figures import recency_status
from toolkit.i18n import t
from toolkit.map.overview import Overview, capacity, overview

RECENT_EXCHANGE_DAYS = 91
WEBGL_FROM = 2_000  # points; beyond, the browser draws with WebGL to stay fluid


def circle_sizes(summary: Overview) -> go.Figure:
    """Contacts per circle beside what each circle can hold (P2: a few hundred ties at most).

    Capacities far above the counts would squash the bars to nothing: those are written under
    the circle's name instead of drawn, so three contacts read as well as thirty thousand."""
    if summary.contacts == 0:
        return empty_chart("circle_sizes", "charts.empty.no_contacts")
    circles = list(Circle)
    counts = [summary.per_circle[int(c)] for c in circles]
    limits = {c: capacity(c) for c in circles[:-1]}
    top = max(counts)
    drawn = {c: n for c, n in limits.items() if n <= max(2 * top, 5)}
    names = [
        f"{label(c)}<br>{t('charts.circle_sizes.holds', n=limits[c])}" if c in limits else label(c)
        for c in circles
    ]
    traces = [
        go.Bar(
            x=names,
            y=counts,
            name=t("charts.circle_sizes.contacts"),
            marker_color=PALETTE[0],
            text=counts,
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{x}<br>%{y}<extra></extra>",
        )
    ]
    if drawn:
        traces.append(
            go.Scatter(
                x=[names[circles.index(c)] for c in drawn],
                y=list(drawn.values()),
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
            )
        )
    undescribed = summary.contacts - summary.described
    figure = go.Figure(traces)
    figure.update_layout(
        template=TEMPLATE,
        separators=separators(),
        title={
            "text": t("charts.circle_sizes.title"),
            "subtitle": {"text": t("charts.circle_sizes.undescribed", count=undescribed)}
            if undescribed
            else {},
        },
        margin={"t": 110},
        xaxis_title=t("charts.circle_sizes.x"),
        yaxis_title=t("charts.circle_sizes.y"),
        yaxis=count_axis(max([top, *drawn.values()])),
    )
    return figure


def hierarchy(contacts: pd.DataFrame) -> go.Figure:
    """How many contacts by level (peer, above...) and network type (P7)."""
    if contacts.empty:
        return empty_chart("hierarchy", "charts.empty.no_contacts")
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
    return finish(figure, "hierarchy")


def growth(contacts: pd.DataFrame, interactions: pd.DataFrame) -> go.Figure:
    """Contacts added and first exchanges, month by month, cumulated."""
    if contacts.empty:
        return empty_chart("growth", "charts.empty.no_contacts")

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
    return finish(
        figure,
        "growth",
        xaxis=date_ticks(sorted({*added.index, *first.index})),
        yaxis_title=t("charts.growth.y"),
        yaxis=count_axis(max([*added.tolist(), *first.tolist(), 0])),
    )


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
    if placed.empty:
        return empty_chart("egogram", "charts.empty.no_circles")
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
    return finish(
        figure,
        "egogram",
        height=680,
        legend={"orientation": "h", "y": -0.05, "yanchor": "top", "x": 0.0},
        polar={
            "radialaxis": {
                "range": [0, 5.2],
                "tickvals": [c - 0.5 for c in range(1, 6)],
                "ticktext": circle_names(range(1, 6)),
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


# Map charts a notebook can show by name, drawn from a workspace's tables.
CHARTS = {
    "circles": lambda n: circle_sizes(overview(n.contacts, n.interactions, n.ties, n.today)),
    "egogram": _egogram_of,
    "egogram_by_type": lambda n: _egogram_of(n, "network_type"),
    "hierarchy": lambda n: hierarchy(n.contacts),
    "growth": lambda n: growth(n.contacts, n.interactions),
}

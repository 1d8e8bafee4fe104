"""Plotly figures from workspace figures, in the toolkit's own visual identity. Pure functions."""

from __future__ import annotations

import plotly.graph_objects as go

from toolkit.i18n import t
from toolkit.model import Circle, label
from toolkit.overview import Overview, capacity

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

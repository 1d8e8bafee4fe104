"""The toolkit's visual identity for plotly figures, and the small pieces every chart shares."""

from __future__ import annotations

import html

import plotly.graph_objects as go

from toolkit.core.model import Circle, label
from toolkit.i18n import t

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


GOLDEN = 0.6180339887


def plain(text: object) -> str:
    """Untrusted text made inert for plotly, which reads a subset of HTML in labels."""
    return html.escape(str(text), quote=False)


def finish(figure: go.Figure, chart: str, **layout: object) -> go.Figure:
    """Apply the toolkit's template and the chart's localised title."""
    figure.update_layout(template=TEMPLATE, title={"text": t(f"charts.{chart}.title")}, **layout)
    return figure


def counted_bars(names: list[str], counts: list[int], colours: list[str]) -> go.Figure:
    return go.Figure(
        go.Bar(x=names, y=counts, text=counts, textposition="outside", marker_color=colours)
    )


def circle_names(circles) -> list[str]:
    return [label(Circle(int(c))) for c in circles]


def empty_chart(chart: str, message_key: str = "charts.pipeline.empty") -> go.Figure:
    """A chart with nothing to draw yet says so in its middle."""
    return finish(
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

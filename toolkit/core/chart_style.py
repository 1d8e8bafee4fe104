"""The toolkit's visual identity for plotly figures, and the small pieces every chart shares."""

from __future__ import annotations

import datetime as dt
import html

import plotly.graph_objects as go

from toolkit.core.model import Circle, label
from toolkit.i18n import date_text, get_language, t

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


# plotly.js bundles the English locale only (its locale scripts are not in the Python package,
# and nothing is fetched at run time): numbers get the language's separators (decimal, then
# thousands), and date axes get tick labels written by Babel (``date_ticks``).
SEPARATORS = {"fr": ",\u202f", "en": ".,"}


def separators() -> str:
    """plotly's ``layout.separators`` for the participant's language."""
    return SEPARATORS[get_language()]


def finish(figure: go.Figure, chart: str, **layout: object) -> go.Figure:
    """Apply the toolkit's template, the chart's localised title and the language's separators."""
    figure.update_layout(
        template=TEMPLATE,
        title={"text": t(f"charts.{chart}.title")},
        separators=separators(),
        **layout,
    )
    return figure


def date_ticks(months: list[str], most: int = 8) -> dict:
    """An x axis over months ("2026-09"), labelled in the participant's language by Babel
    ("sept. 2026", "Sep 2026") rather than by plotly.js, which only knows English."""
    step = max(1, -(-len(months) // most))
    shown = months[::step]
    return {
        "tickvals": shown,
        "ticktext": [date_text(dt.date.fromisoformat(f"{m}-01"), "MMM y") for m in shown],
    }


def percent_suffix() -> str:
    """The "%" after a number on an axis: "42 %" (narrow no-break space) in French, "42%"."""
    return "\u202f%" if get_language() == "fr" else "%"


def counted_bars(names: list[str], counts: list[int], colours: list[str]) -> go.Figure:
    return go.Figure(
        go.Bar(
            x=names,
            y=counts,
            text=counts,
            textposition="outside",
            cliponaxis=False,
            marker_color=colours,
        )
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


def _luminance(colour: str) -> float:
    """WCAG relative luminance of a ``#RRGGBB`` colour."""
    channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """WCAG contrast ratio of two ``#RRGGBB`` colours (1 to 21; AA text needs 4.5)."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_on(background: str) -> str:
    """White or black, whichever reads better on ``background`` (black rather than ``INK``:
    on the palette's green and vermilion only pure black reaches AA)."""
    return max(("#FFFFFF", "#000000"), key=lambda ink: contrast(ink, background))


def count_axis(top: float) -> dict:
    """A count axis: whole numbers only (never 0.2 of a person), with one tick per unit when
    counts are small, and room above the tallest bar for its label."""
    axis: dict = {"tickformat": ",d", "rangemode": "tozero", "tick0": 0}
    if top <= 6:
        axis["dtick"] = 1
    elif top <= 12:
        axis["dtick"] = 2
    axis["range"] = [0, max(top, 1) * 1.2]
    return axis


def _cell(value: object) -> str:
    # labels in figures are already made inert by ``plain``: undo it once, escape once
    if value is None or (isinstance(value, float) and value != value):
        return "—"
    if isinstance(value, float):
        value = round(value, 3)
    return html.escape(html.unescape(str(value)))


def _rows_of(figure: go.Figure) -> tuple[list[str], list[str], list[list[object]]]:
    """The figure's numbers as (row labels, column names, cells) for a table."""
    traces = [trace for trace in figure.data if trace.type in ("bar", "funnel")]
    if traces:
        horizontal = traces[0].type == "funnel"
        keys = [list(tr.y if horizontal else tr.x) for tr in traces]
        rows = list(dict.fromkeys(key for trace_keys in keys for key in trace_keys))
        columns = [tr.name or t("charts.table.value") for tr in traces]
        values = []
        for trace, trace_keys in zip(traces, keys, strict=True):
            numbers = list(trace.x if horizontal else trace.y)
            values.append(dict(zip(trace_keys, numbers, strict=False)))
        return rows, columns, [[v.get(row) for v in values] for row in rows]
    heat = [trace for trace in figure.data if trace.type == "heatmap"]
    if heat:
        (trace,) = heat
        return list(trace.y), list(trace.x), [list(r) for r in trace.z]
    tree = [trace for trace in figure.data if trace.type == "icicle"]
    if tree:
        (trace,) = tree
        names = dict(zip(trace.ids, trace.labels, strict=True))
        parents = [names.get(parent, "") for parent in trace.parents]
        return list(trace.labels), [t("charts.table.through")], [[p or "—"] for p in parents]
    points = [trace for trace in figure.data if trace.type in ("scatter", "scatterpolar",
                                                               "scatterpolargl")]  # fmt: skip
    if points and all(trace.mode == "markers" for trace in points):
        return (
            [tr.name for tr in points],
            [t("charts.table.people")],
            [[len(tr.r if tr.r is not None else tr.y or ())] for tr in points],
        )
    if points:  # lines: one row per x
        rows = list(dict.fromkeys(x for tr in points for x in tr.x))
        columns = [tr.name for tr in points]
        values = [dict(zip(tr.x, tr.y, strict=True)) for tr in points]
        return rows, columns, [[v.get(row) for v in values] for row in rows]
    return [], [], []


def chart_table(figure: go.Figure) -> str:
    """The figure's numbers as an HTML table, folded under the chart: what a screen reader
    reads instead of the picture. An empty chart gives its sentence."""
    title = figure.layout.title.text or ""
    rows, columns, cells = _rows_of(figure)
    if not rows:
        notes = [a.text for a in figure.layout.annotations or ()]
        return f"<p>{_cell(' '.join(notes) or t('charts.table.nothing'))}</p>"
    head = "".join(f"<th scope='col'>{_cell(c)}</th>" for c in ["", *columns])
    body = "".join(
        f"<tr><th scope='row'>{_cell(row)}</th>{''.join(f'<td>{_cell(v)}</td>' for v in line)}</tr>"
        for row, line in zip(rows, cells, strict=True)
    )
    return (
        f"<details><summary>{_cell(t('charts.table.summary'))}</summary>"
        f"<table><caption>{_cell(title)}</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{body}</tbody></table></details>"
    )

"""The trainer's cohort charts: plotly figures from anonymised summaries. Pure functions.

Each function returns None where its table in ``toolkit.cohort`` is empty (fewer than
``MIN_GROUP`` participants): the dashboard then says so instead of drawing. Points stand for
participants but carry no identifier, code or alias: only their value.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import plotly.graph_objects as go

from toolkit.cohort import summaries as cohort
from toolkit.core.chart_style import GOLDEN, GRID, INK, PALETTE, TEMPLATE
from toolkit.core.model import Circle, label
from toolkit.i18n import t
from toolkit.map.overview import capacity

ROW_HEIGHT = 95  # pixels per figure row: one strip or one dumbbell
WEAK_COLOUR = PALETTE[5]  # vermillion: the weak side, and the points on it
BEFORE_COLOUR = "#9AA5B1"
VALUE = "%{x:.2~f}"  # two decimals at most, as in the tables
# Shares between 0 and 1 keep their whole scale, so a small change never looks like a big one.
UNIT_SCALE = frozenset(
    {"dormant_share", "knows_me_share", "real_channel_share", "sector_diversity"}
)


def _figure_name(name: str) -> str:
    return t(f"cohort.figure.{name}")


def _hover(label: str, value: str) -> str:
    return t("cohort.charts.hover", label=label, value=value) + "<extra></extra>"


class _Rows:
    """A chart of stacked rows, one per figure or circle, each with its own horizontal scale
    (ratios, counts and shares differ). Traces, shapes and axes are gathered as plain data and
    become one figure at the end: plotly's per-row helpers take ~50 ms a call."""

    def __init__(self, titles: list[str]) -> None:
        self.count = len(titles)
        gap = min(0.6 / self.count, 0.12)
        height = (1 - gap * (self.count - 1)) / self.count
        self.domains = [
            (1 - row * height - (row - 1) * gap, 1 - (row - 1) * (height + gap))
            for row in range(1, self.count + 1)
        ]
        self.traces: list[dict] = []
        self.shapes: list[dict] = []
        # Row titles sit left, like the charts' titles, in the body's size.
        self.annotations = [
            {
                "text": title,
                "x": 0.0,
                "xref": "paper",
                "xanchor": "left",
                "y": top,
                "yref": "paper",
                "yanchor": "bottom",
                "showarrow": False,
                "font": {"size": 15},
            }
            for title, (_, top) in zip(titles, self.domains, strict=True)
        ]
        self.ranges: dict[int, list[float]] = {}

    @staticmethod
    def _axis(row: int) -> str:
        return "x" if row == 1 else f"x{row}"

    def add(self, row: int, trace: dict) -> None:
        """A trace drawn in ``row`` (a plotly trace as a dict, with its ``type``)."""
        self.traces.append({**trace, "xaxis": self._axis(row), "yaxis": "y" + self._axis(row)[1:]})

    def _spanning(self, row: int, shape: dict) -> dict:
        return {**shape, "xref": self._axis(row), "yref": f"y{self._axis(row)[1:]} domain"}

    def band(self, row: int, x0: float, x1: float) -> None:
        """Shade the weak side, from ``x0`` to ``x1``, across the row's height."""
        self.shapes.append(
            self._spanning(
                row,
                {
                    "type": "rect",
                    "x0": x0,
                    "x1": x1,
                    "y0": 0,
                    "y1": 1,
                    "fillcolor": WEAK_COLOUR,
                    "opacity": 0.12,
                    "line": {"width": 0},
                    "layer": "below",
                },
            )
        )

    def line(self, row: int, x: float, style: dict, text: str | None = None) -> None:
        """A vertical line at ``x`` across the row, with an optional label on its left."""
        self.shapes.append(
            self._spanning(row, {"type": "line", "x0": x, "x1": x, "y0": 0, "y1": 1, "line": style})
        )
        if text:
            self.annotations.append(
                self._spanning(
                    row,
                    {
                        "text": text,
                        "x": x,
                        "y": 1,
                        "xanchor": "right",
                        "yanchor": "top",
                        "showarrow": False,
                        "font": {"size": 13},
                    },
                )
            )

    def figure(self, chart: str, **params: object) -> go.Figure:
        """The figure, titled from ``cohort.charts.<chart>`` filled with ``params``."""
        axes = {}
        for row, (bottom, top) in enumerate(self.domains, start=1):
            name = self._axis(row)
            axes[f"xaxis{name[1:]}"] = {
                "anchor": "y" + name[1:],
                "range": self.ranges.get(row),
                "showgrid": True,
                "gridcolor": GRID,
                "zeroline": False,
            }
            axes[f"yaxis{name[1:]}"] = {
                "anchor": name,
                "domain": [round(bottom, 4), round(top, 4)],
                "visible": False,
                "range": [-0.5, 0.5],
                "fixedrange": True,
            }
        return go.Figure(
            data=self.traces,
            layout={
                "template": TEMPLATE,
                "title": {
                    "text": t(f"cohort.charts.{chart}.title", **params),
                    "subtitle": {"text": t(f"cohort.charts.{chart}.subtitle", **params)},
                },
                "height": 140 + ROW_HEIGHT * self.count,
                "showlegend": False,  # the subtitle says what the box, dots and colours are
                "margin": {"t": 110},
                "shapes": self.shapes,
                "annotations": self.annotations,
                **axes,
            },
        )


def _weak_side(rows: _Rows, name: str, row: int, values: list[float]) -> None:
    """Shade each weak side of ``name``'s thresholds in its row and draw its threshold line
    (given / received has two: too little given, too little asked)."""
    sides = cohort.WEAK_SIDES.get(name, ())
    for side, threshold, _ in sides:
        top = max(1.0, threshold * 1.5, *values)
        x0, x1 = (0.0, threshold) if side == "below" else (threshold, top)
        rows.band(row, x0, x1)
        # Two-sided: each line says which advice its side calls for.
        text = t(f"cohort.charts.spread.balance_{'low' if side == 'below' else 'high'}")
        style = {"dash": "dash", "color": WEAK_COLOUR, "width": 2}
        rows.line(row, threshold, style, text if len(sides) > 1 else None)


def _x_range(values: Iterable[float], mark: float = 0.0, unit: bool = False) -> list[float]:
    """From zero (every figure is a count, a share or a ratio) to past the largest value and
    the ``mark`` (a threshold, a capacity); a share's whole 0–1 scale when ``unit``."""
    if unit:
        return [-0.02, 1.02]
    top = max(*values, mark) * 1.08 or 1.0
    return [round(-0.02 * top, 4), round(top, 4)]


def _figure_range(name: str, values: list[float]) -> list[float]:
    marks = [threshold for _, threshold, _ in cohort.WEAK_SIDES.get(name, ())]
    return _x_range(values, max(marks, default=0.0) * (1.2 if len(marks) > 1 else 1.0),
                    name in UNIT_SCALE)  # fmt: skip


def _strip(
    rows: _Rows, row: int, label: str, points: list[float], quartiles: Mapping, weak: list[bool]
) -> None:
    """In ``row``: a box from the quartiles table and one dot per value, weak ones in red."""
    rows.add(
        row,
        {
            "type": "box",
            "y": [0.0],
            "q1": [quartiles["low"]],
            "median": [quartiles["median"]],
            "q3": [quartiles["high"]],
            "lowerfence": [min(points)],
            "upperfence": [max(points)],
            "orientation": "h",
            "name": t("cohort.charts.spread.box"),
            "fillcolor": "rgba(0,0,0,0)",
            "line": {"color": PALETTE[7], "width": 1.5},
            "hoverinfo": "skip",
        },
    )
    # Heights come from the rank among sorted values, never from who the point is.
    rows.add(
        row,
        {
            "type": "scatter",
            "x": [round(v, 4) for v in points],
            "y": [round(0.6 * ((k * GOLDEN) % 1.0) - 0.3, 3) for k in range(len(points))],
            "mode": "markers",
            "name": t("cohort.charts.spread.participant"),
            "marker": {
                "size": 11,
                "color": [WEAK_COLOUR if w else PALETTE[0] for w in weak],
                "line": {"color": "white", "width": 1},
            },
            "hovertemplate": _hover(label, VALUE),
        },
    )


def spread(summaries: Iterable[Mapping]) -> go.Figure | None:
    """Each figure's spread across the group: one point per participant, the box from the
    quartiles of ``cohort.distributions``, the weak sides of ``cohort.WEAK_SIDES`` shaded."""
    summaries = list(summaries)
    values = cohort.figure_values(summaries)
    if not values:
        return None
    quartiles = cohort.distributions(summaries).set_index("figure")
    rows = _Rows([_figure_name(n) for n in values])
    for row, (name, points) in enumerate(values.items(), start=1):
        weak = [cohort.is_weak(name, v) for v in points]
        _strip(rows, row, _figure_name(name), points, quartiles.loc[name], weak)
        _weak_side(rows, name, row, points)
        rows.ranges[row] = _figure_range(name, points)
    return rows.figure("spread", participants=max(map(len, values.values())))


def circles(summaries: Iterable[Mapping]) -> go.Figure | None:
    """Contacts per circle across the group, one dot per participant, beside what each circle
    can hold (P2); dots past the capacity in red."""
    summaries = list(summaries)
    values = cohort.circle_values(summaries)
    if not values:
        return None
    quartiles = cohort.circle_distributions(summaries).set_index("circle")
    rows = _Rows([label(Circle(c)) for c in values])
    for row, (circle, points) in enumerate(values.items(), start=1):
        limit = capacity(Circle(circle))
        weak = [limit is not None and v > limit for v in points]
        _strip(rows, row, label(Circle(circle)), points, quartiles.loc[circle], weak)
        if limit is not None:
            text = t("cohort.charts.circles.capacity", capacity=limit)
            rows.line(row, limit, {"dash": "dot", "color": INK, "width": 2}, text)
        rows.ranges[row] = _x_range(points, limit or 0)
    return rows.figure("circles", participants=len(next(iter(values.values()))))


def weak_bars(summaries: Iterable[Mapping]) -> go.Figure | None:
    """The weak points as horizontal bars, most frequent on top: participants and share."""
    summaries = list(summaries)
    table = cohort.weak_points(summaries)
    if table.empty:
        return None
    total = len(cohort.latest_per_participant(summaries))
    labels = [_figure_name(n) for n in table["weak_point"]]
    figure = go.Figure(
        go.Bar(
            x=table["participants"].tolist(),
            y=labels,
            orientation="h",
            marker_color=WEAK_COLOUR,
            text=[
                t("cohort.charts.weak.text", count=n, total=total, percent=round(100 * s))
                for n, s in zip(table["participants"], table["share"], strict=True)
            ],
            textposition="outside",
            hovertemplate=_hover("%{y}", "%{text}"),
        )
    )
    figure.update_layout(
        template=TEMPLATE,
        title={
            "text": t("cohort.charts.weak.title"),
            "subtitle": {"text": t("cohort.charts.weak.subtitle", total=total)},
        },
        height=160 + 60 * len(labels),
        margin={"t": 110, "r": 140},
        xaxis={"title": t("cohort.charts.weak.x"), "range": [0, total], "dtick": 1},
        # plotly draws the first category at the bottom: reversed, the most frequent is on top
        yaxis={"autorange": "reversed", "gridcolor": "rgba(0,0,0,0)"},
    )
    figure.update_traces(cliponaxis=False)
    return figure


def before_after(summaries: Iterable[Mapping]) -> go.Figure | None:
    """Per figure, the group's median before and after (``cohort.before_after``), as dumbbells."""
    table = cohort.before_after(summaries)
    if table.empty:
        return None
    rows = _Rows([_figure_name(n) for n in table["figure"]])
    for row, item in enumerate(table.itertuples(), start=1):
        ends = [item.before, item.after]
        rows.add(
            row,
            {
                "type": "scatter",
                "x": ends,
                "y": [0.0, 0.0],
                "mode": "lines",
                "line": {"color": GRID, "width": 6},
                "hoverinfo": "skip",
            },
        )
        for column, colour in (("before", BEFORE_COLOUR), ("after", PALETTE[0])):
            name = t(f"cohort.column.{column}")
            rows.add(
                row,
                {
                    "type": "scatter",
                    "x": [getattr(item, column)],
                    "y": [0.0],
                    "mode": "markers",
                    "name": name,
                    "marker": {"size": 16, "color": colour},
                    "hovertemplate": _hover(name, VALUE),
                },
            )
        _weak_side(rows, item.figure, row, ends)
        rows.ranges[row] = _figure_range(item.figure, ends)
    return rows.figure("before_after", participants=int(table["participants"].max()))

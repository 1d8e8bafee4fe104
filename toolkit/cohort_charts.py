"""The trainer's cohort charts: plotly figures from anonymised summaries. Pure functions.

Each function returns None where its table in ``toolkit.cohort`` is empty (fewer than
``MIN_GROUP`` participants): the dashboard then says so instead of drawing. Points stand for
participants but carry no identifier, code or alias: only their value.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import plotly.graph_objects as go
from plotly.subplots import make_subplots

from toolkit import cohort
from toolkit.charts import GOLDEN, GRID, INK, PALETTE, TEMPLATE
from toolkit.i18n import t
from toolkit.model import Circle, label
from toolkit.overview import capacity

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


def _rows(titles: list[str]) -> go.Figure:
    """One row per title, each with its own horizontal scale (ratios, counts, shares differ)."""
    figure = make_subplots(
        rows=len(titles),
        cols=1,
        subplot_titles=titles,
        vertical_spacing=min(0.6 / len(titles), 0.12),
    )
    figure.update_yaxes(visible=False, range=[-0.5, 0.5], fixedrange=True)
    figure.update_xaxes(showgrid=True, gridcolor=GRID, zeroline=False)
    # Subplot titles sit left, like the charts' titles, and in the body's size.
    figure.update_annotations(x=0.0, xanchor="left", font={"size": 15})
    return figure


def _weak_side(figure: go.Figure, name: str, row: int, values: Iterable[float]) -> None:
    """Shade the weak side of ``name``'s threshold in its row and draw the threshold line."""
    if name not in cohort.WEAK_WHEN:
        return
    side, threshold = cohort.WEAK_WHEN[name]
    x0, x1 = (0.0, threshold) if side == "below" else (threshold, max(1.0, *values))
    figure.add_vrect(
        x0=x0,
        x1=x1,
        row=row,
        col=1,
        fillcolor=WEAK_COLOUR,
        opacity=0.12,
        line_width=0,
        layer="below",
    )
    figure.add_vline(
        x=threshold, row=row, col=1, line={"dash": "dash", "color": WEAK_COLOUR, "width": 2}
    )


def _x_range(values: Iterable[float], mark: float = 0.0, unit: bool = False) -> list[float]:
    """From zero (every figure is a count, a share or a ratio) to past the largest value and
    the ``mark`` (a threshold, a capacity); a share's whole 0–1 scale when ``unit``."""
    if unit:
        return [-0.02, 1.02]
    top = max(*values, mark) * 1.08 or 1.0
    return [-0.02 * top, top]


def _figure_range(name: str, values: Iterable[float]) -> list[float]:
    return _x_range(values, cohort.WEAK_WHEN.get(name, (None, 0.0))[1], name in UNIT_SCALE)


def _finish(figure: go.Figure, chart: str, rows: int, **params: object) -> go.Figure:
    figure.update_layout(
        template=TEMPLATE,
        title={
            "text": t(f"cohort.charts.{chart}.title", **params),
            "subtitle": {"text": t(f"cohort.charts.{chart}.subtitle", **params)},
        },
        height=140 + ROW_HEIGHT * rows,
        showlegend=False,  # the subtitle says what the box, the dots and the colours are
        margin={"t": 110},
    )
    return figure


def _strip(
    figure: go.Figure,
    row: int,
    label: str,
    points: list[float],
    quartiles: Mapping,
    weak: list[bool],
) -> None:
    """In ``row``: a box from the quartiles table and one dot per value, weak ones in red."""
    figure.add_trace(
        go.Box(
            y=[0.0],
            q1=[quartiles["low"]],
            median=[quartiles["median"]],
            q3=[quartiles["high"]],
            lowerfence=[min(points)],
            upperfence=[max(points)],
            orientation="h",
            name=t("cohort.charts.spread.box"),
            fillcolor="rgba(0,0,0,0)",
            line={"color": PALETTE[7], "width": 1.5},
            hoverinfo="skip",
        ),
        row=row,
        col=1,
    )
    # Heights come from the rank among sorted values, never from who the point is.
    heights = [round(0.6 * ((k * GOLDEN) % 1.0) - 0.3, 3) for k in range(len(points))]
    figure.add_trace(
        go.Scatter(
            x=[round(v, 4) for v in points],
            y=heights,
            mode="markers",
            name=t("cohort.charts.spread.participant"),
            marker={
                "size": 11,
                "color": [WEAK_COLOUR if w else PALETTE[0] for w in weak],
                "line": {"color": "white", "width": 1},
            },
            hovertemplate=_hover(label, VALUE),
        ),
        row=row,
        col=1,
    )


def spread(summaries: Iterable[Mapping]) -> go.Figure | None:
    """Each figure's spread across the group: one point per participant, the box from the
    quartiles of ``cohort.distributions``, the weak side of ``cohort.WEAK_WHEN`` shaded."""
    summaries = list(summaries)
    values = cohort.figure_values(summaries)
    if not values:
        return None
    quartiles = cohort.distributions(summaries).set_index("figure")
    names = list(values)
    figure = _rows([_figure_name(n) for n in names])
    for row, name in enumerate(names, start=1):
        points = values[name]
        weak = [name in cohort.WEAK_WHEN and cohort.is_weak(name, v) for v in points]
        _strip(figure, row, _figure_name(name), points, quartiles.loc[name], weak)
        _weak_side(figure, name, row, points)
        figure.update_xaxes(range=_figure_range(name, points), row=row, col=1)
    return _finish(figure, "spread", len(names), participants=max(map(len, values.values())))


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
    figure = _rows([_figure_name(n) for n in table["figure"]])
    for row, item in enumerate(table.itertuples(), start=1):
        ends = [item.before, item.after]
        figure.add_trace(
            go.Scatter(
                x=ends,
                y=[0.0, 0.0],
                mode="lines",
                line={"color": GRID, "width": 6},
                hoverinfo="skip",
            ),
            row=row,
            col=1,
        )
        for column, colour, value in (
            ("before", BEFORE_COLOUR, item.before),
            ("after", PALETTE[0], item.after),
        ):
            name = t(f"cohort.column.{column}")
            figure.add_trace(
                go.Scatter(
                    x=[value],
                    y=[0.0],
                    mode="markers",
                    name=name,
                    marker={"size": 16, "color": colour},
                    hovertemplate=_hover(name, VALUE),
                ),
                row=row,
                col=1,
            )
        _weak_side(figure, item.figure, row, ends)
        figure.update_xaxes(range=_figure_range(item.figure, ends), row=row, col=1)
    pairs = int(table["participants"].max())
    return _finish(figure, "before_after", len(table), participants=pairs)


def circles(summaries: Iterable[Mapping]) -> go.Figure | None:
    """Contacts per circle across the group, one dot per participant, beside what each circle
    can hold (P2); dots past the capacity in red."""
    summaries = list(summaries)
    values = cohort.circle_values(summaries)
    if not values:
        return None
    quartiles = cohort.circle_distributions(summaries).set_index("circle")
    figure = _rows([label(Circle(c)) for c in values])
    for row, (circle, points) in enumerate(values.items(), start=1):
        limit = capacity(Circle(circle))
        weak = [limit is not None and v > limit for v in points]
        _strip(figure, row, label(Circle(circle)), points, quartiles.loc[circle], weak)
        if limit is not None:
            figure.add_vline(
                x=limit,
                row=row,
                col=1,
                line={"dash": "dot", "color": INK, "width": 2},
                annotation_text=t("cohort.charts.circles.capacity", capacity=limit),
                annotation_position="top left",
            )
        figure.update_xaxes(range=_x_range(points, limit or 0), row=row, col=1)
    return _finish(figure, "circles", len(values), participants=len(next(iter(values.values()))))

"""Cohort charts: one unnamed point per participant, thresholds drawn, nothing below 3 people."""

import json

import pytest

from tests.test_cohort import _fake
from toolkit.cohort import charts as cohort_charts
from toolkit.cohort import summaries as cohort
from toolkit.core import chart_style
from toolkit.i18n import catalogue, t

IDS = ("participant-secret-a", "participant-secret-b", "participant-secret-c", "p-d", "p-e")
DORMANT = (0.1, 0.3, 0.55, 0.7, 0.9)


def _group() -> list[dict]:
    group = [
        _fake(pid, "2026-09-15", d, {}, verdict="precise" if d < 0.6 else "vague")
        for pid, d in zip(IDS, DORMANT, strict=True)
    ]
    for k, item in enumerate(group):
        item["contacts"] = 10 + 7 * k
        item["figures"]["knows_me_share"] = 0.2 + 0.1 * k  # 3 of 5 below 0.5
        item["figures"]["give_take_ratio"] = 2.0  # nobody weak
    group[0]["alias"] = "Bea"
    return group


def _later(group: list[dict]) -> list[dict]:
    """A second summary, a month on, for the first four participants."""
    later = []
    for item in group[:4]:
        again = json.loads(json.dumps(item))
        again["taken_on"] = "2026-10-15"
        again["figures"]["dormant_share"] = item["figures"]["dormant_share"] / 2
        again["figures"]["knows_me_share"] = round(item["figures"]["knows_me_share"] + 0.25, 2)
        later.append(again)
    return later


def _points(figure) -> list:
    return [trace for trace in figure.data if trace.type == "scatter" and trace.mode == "markers"]


def _row_of(figure, trace) -> int:
    return 1 if trace.xaxis == "x" else int(trace.xaxis[1:])


def test_spread_shows_one_point_per_participant_for_every_figure():
    group = _group()
    figure = cohort_charts.spread(group)
    values = cohort.figure_values(group)
    points = _points(figure)
    assert len(points) == len(values) == len(cohort.FIGURES)
    for trace, (name, expected) in zip(points, values.items(), strict=True):
        assert len(trace.x) == len(group)
        assert list(trace.x) == pytest.approx(expected)
        assert figure.layout.annotations[_row_of(figure, trace) - 1].text == t(
            f"cohort.figure.{name}"
        )
    dormant = points[cohort.FIGURES.index("dormant_share")]
    assert sorted(dormant.x) == list(DORMANT)


def test_spread_box_is_the_quartile_table():
    group = _group()
    boxes = [trace for trace in cohort_charts.spread(group).data if trace.type == "box"]
    table = cohort.distributions(group)
    assert [b.q1[0] for b in boxes] == table["low"].tolist()
    assert [b.median[0] for b in boxes] == table["median"].tolist()
    assert [b.q3[0] for b in boxes] == table["high"].tolist()


def test_spread_draws_each_weak_threshold_and_colours_the_weak_points():
    figure = cohort_charts.spread(_group())
    rows = {name: row for row, name in enumerate(cohort.FIGURES, start=1)}
    lines = {(s.xref, s.x0) for s in figure.layout.shapes if s.type == "line"}
    for name, sides in cohort.WEAK_SIDES.items():
        axis = "x" if rows[name] == 1 else f"x{rows[name]}"
        bands = [s for s in figure.layout.shapes if s.type == "rect" and s.xref == axis]
        assert len(bands) == len(sides)  # given / received: both sides shaded
        for (side, threshold, _), band in zip(sides, bands, strict=True):
            assert (axis, threshold) in lines
            assert (band.x0 if side == "above" else band.x1) == threshold
    # no line on figures without a threshold
    assert len(lines) == sum(map(len, cohort.WEAK_SIDES.values()))
    texts = {a.text for a in figure.layout.annotations}
    assert {t("cohort.charts.spread.balance_low"), t("cohort.charts.spread.balance_high")} <= texts
    dormant = _points(figure)[rows["dormant_share"] - 1]
    weak = [c == cohort_charts.WEAK_COLOUR for c in dormant.marker.color]
    assert weak == [d > 0.5 for d in sorted(DORMANT)]


def test_charts_carry_no_participant_id_code_or_alias():
    group = _group() + _later(_group())
    for figure in (
        cohort_charts.spread(group),
        cohort_charts.circles(group),
        cohort_charts.weak_bars(group),
        cohort_charts.before_after(group),
    ):
        text = figure.to_json()
        for item in group:
            assert item["participant"] not in text
            assert cohort.ring_code(item["participant"]) not in text
        assert "Bea" not in text
        assert all(not trace.text or trace.type == "bar" for trace in figure.data)


def test_fewer_than_three_participants_draw_nothing():
    two = _group()[:2]
    assert cohort_charts.spread(two) is None
    assert cohort_charts.circles(two) is None
    assert cohort_charts.weak_bars(two) is None
    assert cohort_charts.before_after(two + _later(two)) is None
    three = _group()[:3]
    assert cohort_charts.spread(three) is not None
    assert cohort_charts.before_after(three + _later(three)) is not None


def test_circles_show_each_participants_count_beside_the_capacity():
    group = _group()
    for k, item in enumerate(group):
        item["per_circle"] = {"1": k + 3, "2": 10, "3": 30, "4": 100, "5": 7 * k}
    figure = cohort_charts.circles(group)
    points = _points(figure)
    assert [sorted(p.x) for p in points] == [
        [3, 4, 5, 6, 7],
        [10] * 5,
        [30] * 5,
        [100] * 5,
        [0, 7, 14, 21, 28],
    ]
    capacities = [s.x0 for s in figure.layout.shapes if s.type == "line"]
    assert capacities == [5, 15, 50, 150]  # the outer circle has no limit
    over = [c == cohort_charts.WEAK_COLOUR for c in points[0].marker.color]
    assert over == [v > 5 for v in points[0].x]
    table = cohort.circle_distributions(group)
    assert table["median"].tolist() == [5.0, 10.0, 30.0, 100.0, 14.0]
    missing = [{k: v for k, v in item.items() if k != "per_circle"} for item in group]
    assert cohort.circle_values(missing)[1] == [0] * 5  # an old summary counts as empty circles


def test_weak_bars_most_frequent_on_top_with_count_and_share():
    group = _group()
    (bars,) = cohort_charts.weak_bars(group).data
    table = cohort.weak_points(group)
    assert list(bars.x) == table["participants"].tolist() == [3, 3, 2]
    assert list(bars.x) == sorted(bars.x, reverse=True)
    assert list(bars.y) == [t(f"cohort.figure.{n}") for n in table["weak_point"]]
    assert bars.text[-1] == "2 sur 5 (40 %)"
    layout = cohort_charts.weak_bars(group).layout
    assert layout.yaxis.autorange == "reversed" and tuple(layout.xaxis.range) == (0, 5)


def test_before_after_dumbbells_are_the_median_table():
    group = _group() + _later(_group())
    figure = cohort_charts.before_after(group)
    table = cohort.before_after(group)
    names = {t("cohort.column.before"): "before", t("cohort.column.after"): "after"}
    for column in ("before", "after"):
        markers = [tr for tr in _points(figure) if names[tr.name] == column]
        assert [m.x[0] for m in markers] == table[column].tolist()
    dormant = table.set_index("figure").loc["dormant_share"]
    assert dormant["participants"] == 4  # the fifth sent one summary only
    assert dormant["before"] == pytest.approx((0.3 + 0.55) / 2, abs=0.005)
    assert dormant["after"] == pytest.approx((0.15 + 0.275) / 2, abs=0.005)
    assert "4" in figure.layout.title.subtitle.text


def test_cohort_charts_use_the_toolkit_template_and_speak_english_too():
    group = _group() + _later(_group())
    try:
        from toolkit import i18n

        i18n.set_language("en")
        titles = [
            cohort_charts.spread(group).layout.title.text,
            cohort_charts.circles(group).layout.title.text,
            cohort_charts.weak_bars(group).layout.title.text,
            cohort_charts.before_after(group).layout.title.text,
        ]
        assert cohort_charts.weak_bars(_group()).data[0].text[-1] == "2 of 5 (40%)"
    finally:
        i18n.set_language("fr")
    assert titles == [
        catalogue("en")[f"cohort.charts.{c}.title"]
        for c in ("spread", "circles", "weak", "before_after")
    ]
    for chart in (
        cohort_charts.spread,
        cohort_charts.circles,
        cohort_charts.weak_bars,
        cohort_charts.before_after,
    ):
        assert chart(group).layout.template == chart_style.TEMPLATE

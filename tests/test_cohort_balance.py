"""Given / received flagged on both sides in the trainer's view: balance is the direction of
better (seed 001's Cécile gives a lot and is never asked what she needs)."""

import pytest

from tests.test_cohort import _fake
from toolkit.cohort import charts as cohort_charts
from toolkit.cohort import summaries as cohort
from toolkit.i18n import t


@pytest.mark.parametrize(
    ("ratio", "point"),
    [
        (0.3, "takes_more_than_gives"),  # receives more than twice what they give
        (0.49, "takes_more_than_gives"),
        (0.5, None),
        (1.0, None),
        (2.0, None),
        (2.01, "gives_more_than_takes"),
        (368 / 56, "gives_more_than_takes"),  # Cécile: gave 368, received 56
    ],
)
def test_each_side_of_the_balance_has_its_own_weak_point(ratio, point):
    assert cohort.weak_side("give_take_ratio", ratio) == point
    assert cohort.is_weak("give_take_ratio", ratio) is (point is not None)


def _group(ratios):
    group = [_fake(f"p{k}", "2026-09-15", 0.2, {}) for k in range(len(ratios))]
    for item, ratio in zip(group, ratios, strict=True):
        item["figures"]["give_take_ratio"] = ratio
    return group


def test_the_weak_points_count_over_givers_and_over_takers_apart():
    table = cohort.weak_points(_group([6.6, 3.0, 0.25, 1.0])).set_index("weak_point")
    assert table.loc["gives_more_than_takes", "participants"] == 2
    assert table.loc["takes_more_than_gives", "participants"] == 1
    assert "give_take_ratio" not in table.index  # the old one-sided name is gone
    balanced = cohort.weak_points(_group([1.0, 0.8, 1.7])).set_index("weak_point")
    assert not {"gives_more_than_takes", "takes_more_than_gives"} & set(balanced.index)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_weak_bars_name_each_side_with_its_advice(lang, monkeypatch):
    monkeypatch.setattr("toolkit.i18n._current", lang)
    figure = cohort_charts.weak_bars(_group([6.6, 3.0, 0.25, 1.0]))
    labels = list(figure.data[0].y)
    gives, takes = (t(f"cohort.figure.{n}_more_than_{m}", lang) for n, m in
                    (("gives", "takes"), ("takes", "gives")))  # fmt: skip
    assert gives in labels and takes in labels
    advice = {"fr": ("dites ce que vous cherchez", "donnez d'abord"),
              "en": ("say what you are looking for", "give first")}[lang]  # fmt: skip
    assert advice[0] in gives and advice[1] in takes


def test_the_spread_colours_both_sides_of_the_balance():
    figure = cohort_charts.spread(_group([6.6, 0.25, 1.0]))
    row = list(cohort.figure_values(_group([6.6, 0.25, 1.0]))).index("give_take_ratio") + 1
    axis = "x" if row == 1 else f"x{row}"
    (dots,) = [
        d for d in figure.data if d.type == "scatter" and d.mode == "markers" and d.xaxis == axis
    ]
    weak = dict(
        zip(dots.x, (c == cohort_charts.WEAK_COLOUR for c in dots.marker.color), strict=True)
    )
    assert weak == {0.25: True, 1.0: False, 6.6: True}
    bands = [s for s in figure.layout.shapes if s.type == "rect" and s.xref == axis]
    assert sorted((b.x0, b.x1) for b in bands)[0] == (0.0, cohort.GIVE_TAKE_LOW)
    assert sorted((b.x0, b.x1) for b in bands)[1][0] == cohort.GIVE_TAKE_HIGH
    assert figure.layout[f"xaxis{'' if row == 1 else row}"].range[1] > 6.6  # Cécile in view

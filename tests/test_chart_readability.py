"""Charts read well from three contacts to thirty thousand: whole counts, sentences when there is
nothing to draw, legible text on coloured boxes, and the same numbers as a table."""

import html

import pytest

from tests.test_charts import _network, frame_network
from tests.test_health import TODAY, contact, frame, report
from tests.test_interviews import _frame as _frame_of
from toolkit.core import chart_style
from toolkit.core.network import Network
from toolkit.health import charts as health_charts
from toolkit.i18n import t
from toolkit.interviews import charts as interview_charts
from toolkit.interviews.meetings import TreeNode
from toolkit.map import charts as map_charts
from toolkit.map.overview import overview
from toolkit.review import charts

EVERY_CHART = sorted(charts.BY_NAME)


def _ticks(axis) -> list[float]:
    """The tick values plotly would draw on a linear axis set by dtick and range."""
    step = axis.dtick or 1
    top = axis.range[1]
    return [n * step for n in range(int(top // step) + 1)]


@pytest.mark.parametrize("top", [0, 1, 2, 3, 5, 7, 11])
def test_small_count_axes_tick_only_whole_people(top):
    axis = chart_style.count_axis(top)
    assert axis["tickformat"] == ",d"
    ticks = _ticks(type("Axis", (), {"dtick": axis["dtick"], "range": axis["range"]}))
    assert all(float(tick).is_integer() for tick in ticks)
    assert axis["range"][1] > top  # room for the label above the tallest bar


def test_a_big_count_leaves_plotly_to_choose_whole_ticks():
    axis = chart_style.count_axis(30_000)
    assert "dtick" not in axis and axis["tickformat"] == ",d" and axis["range"][1] > 30_000


@pytest.mark.parametrize("name", EVERY_CHART)
def test_an_empty_workspace_gives_a_sentence_not_empty_axes(name):
    figure = charts.chart(name, frame_network())
    assert not figure.data, f"{name} drew traces with no data"
    assert figure.layout.xaxis.visible is False and figure.layout.yaxis.visible is False
    (note,) = figure.layout.annotations
    assert note.text.strip().endswith((".", "!")) or note.text == t("charts.pipeline.empty")
    assert chart_style.chart_table(figure) == f"<p>{html.escape(note.text)}</p>"


def test_a_handful_of_contacts_keeps_the_circle_bars_readable():
    contacts, interactions = _network()
    summary = overview(frame("contacts", contacts), frame("interactions", interactions),
                       frame("ties"), TODAY)  # fmt: skip
    figure = map_charts.circle_sizes(summary)
    # capacities of 15, 50 and 150 would squash bars of 1 and 2: the axis stops near the data
    assert figure.layout.yaxis.range[1] <= 10
    assert figure.layout.yaxis.dtick == 1
    bars = figure.data[0]
    assert list(bars.y) == [1, 1, 0, 1, 0]
    assert [int(text) for text in bars.text] == list(bars.y)  # every bar labelled with its count


def test_thirty_thousand_contacts_still_show_every_capacity():
    people = [contact(i, 1 + i % 5) for i in range(1, 30_001)]
    summary = overview(frame("contacts", people), frame("interactions"), frame("ties"), TODAY)
    figure = map_charts.circle_sizes(summary)
    bars, capacity = figure.data
    assert sum(bars.y) == 30_000
    assert list(capacity.y) == [5, 15, 50, 150]
    assert figure.layout.yaxis.tickformat == ",d"


def test_stacked_health_bars_count_whole_people():
    contacts, interactions = _network()
    figure = health_charts.recency(report(contacts, interactions).components["think_of_me"])
    assert figure.layout.yaxis.dtick == 1 and figure.layout.yaxis.tickformat == ",d"


@pytest.mark.parametrize("background", [*chart_style.PALETTE, "#FFFFFF", "#1F2933"])
def test_text_on_a_coloured_box_reaches_aa_where_either_ink_can(background):
    ink = chart_style.text_on(background)
    best = max(chart_style.contrast(c, background) for c in ("#FFFFFF", "#000000"))
    assert chart_style.contrast(ink, background) == best
    assert best >= 4.5


def test_contrast_ratio_matches_the_wcag_reference_values():
    assert chart_style.contrast("#000000", "#FFFFFF") == pytest.approx(21)
    assert chart_style.contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


def test_me_is_written_in_white_on_the_black_root_of_the_referral_tree():
    nodes = [TreeNode(7, 0, "Chloé Martin"), TreeNode(8, 7, "<b>Ana</b>")]
    figure = interview_charts.referral_tree(nodes)
    (tree,) = figure.data
    assert tree.marker.colors[0] == "#000000" and tree.textfont.color[0] == "#FFFFFF"
    assert tree.leaf.opacity == 1  # faded leaves would lose the contrast computed here
    for box, ink in zip(tree.marker.colors, tree.textfont.color, strict=True):
        assert chart_style.contrast(box, ink) >= 4.5
    table = chart_style.chart_table(figure)
    assert "<b>Ana</b>" not in table and "&lt;b&gt;Ana&lt;/b&gt;" in table
    assert "<th scope='row'>Chloé Martin</th><td>" + t("charts.referral_tree.me") in table


def test_the_table_alternative_carries_the_chart_numbers_as_text():
    contacts, interactions = _network()
    result = report(contacts, interactions)
    figure = health_charts.channels(result.components["real_channels"])
    table = chart_style.chart_table(figure)
    assert table.startswith("<details><summary>" + html.escape(t("charts.table.summary")))
    assert f"<caption>{html.escape(t('charts.channels.title'))}</caption>" in table
    assert f"<th scope='row'>{html.escape(t('enum.channel.email'))}</th><td>2</td>" in table


def test_the_egogram_table_counts_people_not_points_and_escapes_names():
    contacts, interactions = _network()
    network = Network(frame("contacts", contacts), frame("interactions", interactions),
                      frame("ties"), frame("asks"), TODAY, frame("snapshots"))  # fmt: skip
    table = chart_style.chart_table(charts.chart("egogram", network))
    assert "<img" not in table
    assert f"<th scope='row'>{html.escape(t('charts.egogram.recent'))}</th><td>" in table


def test_the_cold_email_reference_is_named_in_the_legend_not_written_over_a_bar():
    from tests.test_interviews import HAND_CHECKED
    from toolkit.interviews import meetings

    result = meetings.funnel(_frame_of("interviews", HAND_CHECKED), _frame_of("referrals", []),
                             _frame_of("interactions", []))  # fmt: skip
    figure = interview_charts.answer_rates(result)
    assert not figure.layout.annotations
    assert t("charts.answer_rates.reference") in [trace.name for trace in figure.data]

"""Health charts carry the data of the network they are drawn from, as inert text."""

import math

import pandas as pd

from tests.test_health import TODAY, contact, exchange, frame, report
from toolkit.core import chart_style
from toolkit.core.network import Network
from toolkit.health import charts as health_charts
from toolkit.health import figures as health
from toolkit.i18n import t
from toolkit.map import charts as map_charts
from toolkit.review import charts


def _network():
    contacts = [
        {
            **contact(1, 1, "yes", relation="peer", sector="Luxe", kind="personal"),
            "display_name": "<img src=x onerror=alert(1)>",
            "added_on": pd.Timestamp("2024-01-05"),
        },
        {
            **contact(2, 2, "no", "linkedin", "above", "Banque", "strategic"),
            "added_on": pd.Timestamp("2024-03-01"),
        },
        {
            **contact(3, 4, "a_little", relation="peer", sector="Luxe"),
            "added_on": pd.Timestamp("2024-03-20"),
        },
        contact(4, None),
    ]
    interactions = [
        exchange(1, 1, 5, "in_person", "gave"),
        exchange(2, 2, 100, "email", "received"),
        exchange(3, 2, 20, "email", "gave"),
    ]
    return contacts, interactions


def test_recency_and_reciprocity_stack_the_counts_per_circle():
    contacts, interactions = _network()
    result = report(contacts, interactions)
    on_time, _, dormant, never = health_charts.recency(result.components["think_of_me"]).data
    assert list(on_time.y) == [1, 1, 0, 0, 0] and list(dormant.y) == [0, 0, 0, 0, 0]
    assert list(never.y) == [0, 0, 0, 1, 0]  # no exchange logged: shown apart, not as dormant
    assert on_time.name == t("health.status.on_time")
    yes, a_little, no = health_charts.reciprocity(result.components["know_me"]).data
    assert list(yes.y) == [1, 0, 0, 0, 0] and list(no.y) == [0, 1, 0, 0, 0]
    assert list(a_little.y) == [0, 0, 0, 1, 0]


def test_give_take_and_channels():
    contacts, interactions = _network()
    result = report(contacts, interactions)
    assert list(health_charts.give_take(result.components["want_to_help"]).data[0].y) == [2, 1, 0]
    bars = health_charts.channels(result.components["real_channels"]).data[0]
    counts = dict(zip(bars.x, bars.y, strict=True))
    assert counts[t("enum.channel.in_person")] == 1 and counts[t("enum.channel.email")] == 2


def test_hierarchy_by_network_type():
    contacts, _ = _network()
    heatmap = map_charts.hierarchy(frame("contacts", contacts)).data[0]
    z = pd.DataFrame(heatmap.z, index=heatmap.y, columns=heatmap.x)
    assert z.loc[t("enum.relation.above"), t("enum.network_type.strategic")] == 1
    assert z.loc[t("charts.hierarchy.not_described"), t("charts.hierarchy.not_described")] == 1
    assert z.to_numpy().sum() == 4


def test_growth_is_cumulative_by_month():
    contacts, interactions = _network()
    added, first = map_charts.growth(
        frame("contacts", contacts), frame("interactions", interactions)
    ).data
    assert list(added.x) == ["2024-01", "2024-03"] and list(added.y) == [1, 3]
    assert list(first.y) == [1, 2]


def test_egogram_places_described_contacts_and_escapes_their_names():
    contacts, interactions = _network()
    people, exchanges = frame("contacts", contacts), frame("interactions", interactions)
    figure = map_charts.egogram(people, health.recency_status(people, exchanges, TODAY))
    recent, _, never = figure.data
    assert sum(len(trace.r) for trace in figure.data) == 3  # the undescribed one is not placed
    assert len(recent.r) == 2 and len(never.r) == 1  # contact 2: last exchange 20 days ago
    assert sorted(math.ceil(r) for r in recent.r) == [1, 2]  # in the rings of circles 1 and 2
    hover = " ".join(recent.hovertext)
    assert "<img" not in hover and "&lt;img src=x onerror=alert(1)&gt;" in hover
    assert figure.data[0].type == "scatterpolar"


def test_a_large_network_switches_to_webgl_and_stays_light():
    many = [contact(i, 5, sector="Luxe") for i in range(1, 3001)]
    people = frame("contacts", many)
    status = health.recency_status(people, frame("interactions"), TODAY)
    figure = map_charts.egogram(people, status)
    assert figure.data[0].type == "scatterpolargl"
    assert len(figure.to_json()) < 2_000_000 * 3000 / 30000 * 1.5


def test_progress_chart_shows_shares_in_percent():
    before = {"dormant_share": 0.5, "knows_me_share": 0.25, "real_channel_share": None}
    after = {"dormant_share": 0.3, "knows_me_share": 0.4, "real_channel_share": 0.6}
    old, new = health_charts.progress_chart(health.progress(before, after)).data
    assert list(old.y) == [50, 25, None] and list(new.y) == [30, 40, 60]
    assert old.name == t("charts.progress.before")


def test_every_chart_uses_the_toolkit_template():
    contacts, interactions = _network()
    result = report(contacts, interactions)
    people = frame("contacts", contacts)
    figures = [
        health_charts.recency(result.components["think_of_me"]),
        map_charts.hierarchy(people),
        map_charts.growth(people, frame("interactions", interactions)),
    ]
    assert all(f.layout.template.layout.font.family == chart_style.FONT for f in figures)


def test_egogram_can_slice_by_network_type():
    contacts, interactions = _network()
    people, exchanges = frame("contacts", contacts), frame("interactions", interactions)
    figure = map_charts.egogram(
        people, health.recency_status(people, exchanges, TODAY), "network_type"
    )
    slices = list(figure.layout.polar.angularaxis.ticktext)
    assert slices == sorted(
        [
            t("enum.network_type.personal"),
            t("enum.network_type.strategic"),
            t("charts.hierarchy.not_described"),
        ]
    )


def test_progress_by_name_needs_two_snapshots(tmp_path):
    from toolkit import demo
    from toolkit.core.store import open_workspace

    path = tmp_path / "c.sqlite"
    demo.create_persona("cecile", path).close()
    with open_workspace(path) as workspace:
        before, after = charts.chart("progress", workspace.network()).data
        assert before.name == t("charts.progress.before") and len(after.y) == 3
    empty = charts.chart("progress", frame_network())
    assert not empty.data
    assert empty.layout.annotations[0].text == t("health.progress.no_snapshots")


def frame_network():
    return Network(
        frame("contacts"),
        frame("interactions"),
        frame("ties"),
        frame("asks"),
        TODAY,
        frame("snapshots"),
    )

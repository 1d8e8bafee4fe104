"""Network health on small networks checked by hand, and properties on any network."""

import datetime as dt

import networkx as nx
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.core.model import TABLE_DTYPES
from toolkit.health import figures as health
from toolkit.health.text import report_lines
from toolkit.i18n import t

TODAY = dt.date(2026, 9, 15)


def frame(table, rows=()):
    return pd.DataFrame(list(rows), columns=list(TABLE_DTYPES[table])).astype(TABLE_DTYPES[table])


def contact(id, circle=None, knows_me=None, source="manual", relation=None, sector="", kind=None):
    return {
        "id": id,
        "display_name": f"C{id}",
        "circle": circle,
        "knows_me": knows_me,
        "source": source,
        "relation": relation,
        "sector": sector,
        "network_type": kind,
        "company": "",
        "position": "",
        "email": "",
        "phone": "",
        "profile_url": "",
        "how_met": "",
        "notes": "",
    }


def exchange(id, contact_id, days_ago, channel="phone", direction="gave"):
    return {
        "id": id,
        "contact_id": contact_id,
        "date": pd.Timestamp(TODAY - dt.timedelta(days=days_ago)),
        "channel": channel,
        "direction": direction,
        "kind": None,
        "notes": "",
    }


def report(contacts=(), interactions=(), ties=(), asks=()):
    return health.health_report(
        frame("contacts", contacts),
        frame("interactions", interactions),
        frame("ties", ties),
        frame("asks", asks),
        TODAY,
    )


def test_an_empty_workspace_measures_nothing_and_says_so():
    result = report()
    figures = result.figures()
    assert figures["contacts"] == 0
    for name in ("dormant_share", "knows_me_share", "give_take_ratio", "real_channel_share"):
        assert figures[name] is None
    assert figures["heard_precise_ask"] == 0
    assert "pas encore mesurable" in "\n".join(report_lines(result, "Zoé"))


def test_recency_against_each_circles_cadence():
    # circle 1 (14 days): 10 days ago on time; circle 2 (30 days): 45 days ago late;
    # circle 3 (91 days): 200 days ago dormant; circle 4 never: dormant; circle 5: not rated.
    contacts = [contact(1, 1), contact(2, 2), contact(3, 3), contact(4, 4), contact(5, 5)]
    interactions = [
        exchange(1, 1, 10),
        exchange(2, 2, 45),
        exchange(3, 3, 200),
        exchange(4, 3, 400),
        exchange(5, 5, 1),
    ]
    status = health.recency_status(
        frame("contacts", contacts), frame("interactions", interactions), TODAY
    )
    assert status["status"].tolist()[:4] == ["on_time", "late", "dormant", "dormant"]
    assert pd.isna(status["status"].iloc[4])
    assert status["days_since"].tolist()[:3] == [10, 45, 200]
    component = report(contacts, interactions).components["think_of_me"]
    # the circle-4 tie never logged is dormant for the plan's rhythm, but not counted as a
    # dormant tie in the figure: nothing is known of it yet (counted apart)
    assert component.value == 1 / 3
    assert (component.details["rated"], component.details["never"]) == (3, 1)
    assert component.details["per_circle"][2] == {"on_time": 0, "late": 1, "dormant": 0, "never": 0}
    assert component.details["per_circle"][4]["never"] == 1


def test_a_new_participant_with_a_few_exchanges_is_not_told_their_network_sleeps():
    contacts = [contact(i, 3) for i in range(1, 8)]
    interactions = [exchange(i, i, 5) for i in range(1, 5)]  # 4 logged, 3 never logged
    component = report(contacts, interactions).components["think_of_me"]
    assert component.value == 0.0 and component.details["never"] == 3


def test_all_dormant():
    contacts = [contact(i, 1) for i in range(1, 4)]
    interactions = [exchange(i, i, 100) for i in range(1, 4)]
    assert report(contacts, interactions).figures()["dormant_share"] == 1.0


def test_who_knows_me_by_circle_and_by_source():
    contacts = [
        contact(1, 1, "yes"),
        contact(2, 1, "no", "linkedin"),
        contact(3, 2, "a_little", "linkedin"),
        contact(4, 2, None),
    ]
    component = report(contacts).components["know_me"]
    assert component.value == pytest.approx(1 / 3)
    assert component.details["per_circle"][1] == {"yes": 1, "a_little": 0, "no": 1}
    assert component.details["imported"] == {"yes": 0, "a_little": 1, "no": 1}
    assert component.details["met"] == {"yes": 1, "a_little": 0, "no": 0}


def test_give_and_take_overall_and_per_contact():
    contacts = [contact(1), contact(2), contact(3)]
    interactions = [
        exchange(1, 1, 5, direction="gave"),
        exchange(2, 1, 6, direction="gave"),
        exchange(3, 2, 7, direction="received"),
        exchange(4, 3, 8, direction="exchange"),
    ]
    component = report(contacts, interactions).components["want_to_help"]
    assert component.value == 2.0
    assert component.details["only_give"] == ["C1"] and component.details["only_take"] == ["C2"]
    assert component.details["exchange"] == 1


def test_a_precise_ask_heard_counts_once_per_contact():
    asks = [
        {
            "id": i,
            "created_on": pd.Timestamp(TODAY),
            "contact_id": cid,
            "text": "x",
            "verdict": verdict,
            "score": None,
            "details": "{}",
        }
        for i, (cid, verdict) in enumerate(
            [(1, "precise"), (1, "precise"), (2, "vague"), (None, "precise")], start=1
        )
    ]
    component = report([contact(1), contact(2)], asks=asks).components["know_how_to_help"]
    assert component.details["heard"] == 1 and component.value == 0.5


def test_channel_mix_of_the_last_six_months_only():
    interactions = [
        exchange(1, 1, 10, "in_person"),
        exchange(2, 1, 20, "email"),
        exchange(3, 1, 30, "email"),
        exchange(4, 1, 300, "phone"),
    ]
    component = report([contact(1)], interactions).components["real_channels"]
    assert component.value == pytest.approx(1 / 3)
    assert component.details["mix"] == {"email": 2, "in_person": 1}


def test_capacity_flags_an_overflowing_circle():
    contacts = [contact(i, 1) for i in range(1, 8)] + [contact(8, None)]
    component = report(contacts).components["capacity"]
    assert component.details["over_capacity"] == [1]
    assert component.details["undescribed"] == 1 and component.value == 1.0


def test_sector_diversity_blau_index():
    assert health.blau_index(pd.Series(["Luxe", "Luxe"])) == 0.0
    assert health.blau_index(pd.Series(["Luxe", "Banque"])) == 0.5
    assert health.blau_index(pd.Series([], dtype="string")) is None


def test_structural_holes_match_networkx():
    contacts = [contact(i) for i in range(1, 8)]
    ties = [{"contact_a": a, "contact_b": b} for a, b in [(1, 2), (1, 3), (2, 3), (4, 5), (6, 7)]]
    details = report(contacts, ties=ties).components["reach"].details
    graph = nx.Graph(
        [("me", i) for i in range(1, 8)] + [(t["contact_a"], t["contact_b"]) for t in ties]
    )
    assert details["effective_size"] == pytest.approx(nx.effective_size(graph, ["me"])["me"])
    assert details["constraint"] == pytest.approx(nx.constraint(graph, ["me"])["me"])


def test_one_contact_with_no_interactions():
    figures = report([contact(1, 1, "yes")]).figures()
    # never logged is not dormant: nothing to measure yet
    assert figures["contacts"] == 1 and figures["dormant_share"] is None
    assert figures["knows_me_share"] == 1.0 and figures["give_take_ratio"] is None
    assert figures["effective_size"] == 1.0 and figures["constraint"] == 1.0


def test_a_fresh_import_nobody_followed_nothing_exchanged_has_every_detail():
    # The shortcuts for a workspace just imported (no circle, no exchange given or received)
    # give the details the general computation gives: the same keys, zeros and empty lists.
    imported = [{**contact(i), "source": "linkedin"} for i in range(1, 4)]
    chats = [exchange(1, 2, 3, direction="exchange")]  # neither given nor received
    components = report(imported, chats).components
    assert components["think_of_me"].value is None
    assert components["think_of_me"].details == {
        "rated": 0, "dormant": 0, "never": 0, "per_circle": {},
    }  # fmt: skip
    assert components["want_to_help"].value is None
    assert components["want_to_help"].details == {
        "gave": 0, "received": 0, "exchange": 1, "only_take": [], "only_give": [],
    }  # fmt: skip
    # One contact placed in circle 2 and one gift: the general path, with the same keys.
    components = report([contact(1, 2), *imported[1:]], [exchange(1, 1, 3)]).components
    assert components["think_of_me"].details["per_circle"] == {
        2: {"on_time": 1, "late": 0, "dormant": 0, "never": 0}
    }
    assert components["want_to_help"].details["only_give"] == ["C1"]


def test_progress_says_which_changes_are_good_news():
    before = {"dormant_share": 0.5, "knows_me_share": 0.2, "contacts": 10, "constraint": 0.1}
    after = {"dormant_share": 0.3, "knows_me_share": 0.1, "contacts": 12, "constraint": 0.1}
    rows = health.progress(before, after).set_index("figure")
    assert rows.loc["dormant_share", "verdict"] == "better"
    assert rows.loc["knows_me_share", "verdict"] == "worse"
    assert rows.loc["contacts", "verdict"] == "neutral"
    assert rows.loc["constraint", "verdict"] == "same"
    assert pd.isna(rows.loc["give_take_ratio", "change"])


circles = st.one_of(st.none(), st.integers(1, 5))
answers = st.sampled_from([None, "yes", "a_little", "no"])


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None, max_examples=60)
@given(
    people=st.lists(st.tuples(circles, answers), max_size=25),
    exchanges=st.lists(
        st.tuples(
            st.integers(0, 24),
            st.integers(0, 800),
            st.sampled_from(["in_person", "email", "social"]),
            st.sampled_from(["gave", "received", "exchange"]),
        ),
        max_size=40,
    ),
    pairs=st.lists(st.tuples(st.integers(0, 24), st.integers(0, 24)), max_size=30),
)
def test_shares_stay_between_zero_and_one_and_counts_add_up(people, exchanges, pairs):
    contacts = [contact(i + 1, c, k) for i, (c, k) in enumerate(people)]
    n = len(contacts)
    interactions = (
        [exchange(j, i % n + 1, d, ch, di) for j, (i, d, ch, di) in enumerate(exchanges)]
        if n
        else []
    )
    ties = sorted(
        {(min(a % n, b % n) + 1, max(a % n, b % n) + 1) for a, b in pairs if n and a % n != b % n}
    )
    result = report(contacts, interactions, [{"contact_a": a, "contact_b": b} for a, b in ties])
    figures = result.figures()
    for name in ("dormant_share", "knows_me_share", "real_channel_share", "sector_diversity"):
        assert figures[name] is None or 0.0 <= figures[name] <= 1.0
    assert sum(figures["per_circle"].values()) == sum(1 for c, _ in people if c is not None)
    per_circle = result.components["think_of_me"].details["per_circle"]
    followed = sum(sum(v.values()) for v in per_circle.values())
    details = result.components["think_of_me"].details
    assert followed == details["rated"] + details["never"]
    assert followed == sum(1 for c, _ in people if c is not None and c <= 4)
    give = result.components["want_to_help"].details
    assert give["gave"] + give["received"] + give["exchange"] == len(interactions)
    if n:
        # Burt's constraint peaks at 9/8, for two contacts who know each other.
        assert 0 < figures["constraint"] <= 1.125 + 1e-9
        assert 1.0 - 1e-9 <= figures["effective_size"] <= n


def test_an_ask_shared_counts_once_a_precise_ask_exists():
    contacts = frame("contacts", [contact(1), contact(2), contact(3)])

    def shared(id, contact_id, days_ago):
        return {**exchange(id, contact_id, days_ago, direction="exchange"), "kind": "ask"}

    interactions = frame("interactions", [shared(1, 1, 30), shared(2, 2, 5)])
    asks = frame(
        "asks",
        [
            {
                "id": 1,
                "created_on": pd.Timestamp(TODAY - dt.timedelta(days=10)),
                "contact_id": None,
                "text": "…",
                "verdict": "precise",
                "score": 80,
                "details": "{}",
            }
        ],
    )
    # Contact 1 heard an ask before it was precise; contact 2 after: only 2 knows how to help.
    assert health.know_how_to_help(contacts, asks, interactions).details["heard"] == 1
    assert health.know_how_to_help(contacts, asks).details["heard"] == 0
    vague = asks.assign(verdict="vague")
    assert health.know_how_to_help(contacts, vague, interactions).details["heard"] == 0


def test_the_give_take_balance_is_better_when_it_comes_closer_to_even():
    # Cécile gives 368 and receives 56: giving even more is no progress; receiving more is
    rows = health.progress({"give_take_ratio": 6.6}, {"give_take_ratio": 8.0}).set_index("figure")
    assert rows.loc["give_take_ratio", "verdict"] == "worse"
    rows = health.progress({"give_take_ratio": 6.6}, {"give_take_ratio": 2.0}).set_index("figure")
    assert rows.loc["give_take_ratio", "verdict"] == "better"
    rows = health.progress({"give_take_ratio": 0.25}, {"give_take_ratio": 0.8}).set_index("figure")
    assert rows.loc["give_take_ratio", "verdict"] == "better"


def test_a_change_that_reads_the_same_is_no_change():
    rows = health.progress(
        {"give_take_ratio": 0.891, "dormant_share": 0.421, "contacts": 142},
        {"give_take_ratio": 0.889, "dormant_share": 0.418, "contacts": 142},
    ).set_index("figure")
    assert rows.loc["give_take_ratio", "verdict"] == "same"  # 0,89 → 0,89
    assert rows.loc["dormant_share", "verdict"] == "same"  # 42 % → 42 %


@pytest.mark.parametrize(
    ("gave", "received", "side"),
    [(368, 56, "over_giving"), (5, 0, "over_giving"), (3, 3, "balanced"), (1, 6, "under_giving"),
     (0, 0, "under_giving")],
)  # fmt: skip
def test_the_advice_on_giving_follows_which_way_the_balance_leans(gave, received, side):
    people = [contact(1, 2)]
    directions = ["gave"] * gave + ["received"] * received
    exchanges = [exchange(i, 1, 3, direction=d) for i, d in enumerate(directions, start=1)]
    component = report(people, exchanges).components["want_to_help"]
    assert health.give_take_side(component.value, component.details) == side
    assert component.action("fr") == t(f"health.want_to_help.action_{side}", "fr")
    if side == "over_giving":  # seed 001: say what you are looking for, not "give first"
        assert "étape 2" in component.action("fr") and "step 2" in component.action("en")

"""P13: an idea shared is a real exchange, a like / comment is not; both shown apart (#19)."""

import datetime as dt
import sqlite3

import pytest

from toolkit.core import store
from toolkit.core.model import (
    Channel,
    Direction,
    Interaction,
    InteractionKind,
    validate_interaction,
)
from toolkit.core.store import migrate, open_workspace
from toolkit.health import charts as health_charts
from toolkit.i18n import t

from .test_health import TODAY, contact, exchange, frame, report


def kind(row, value):
    return {**row, "kind": value}


def test_ideas_shared_count_as_real_and_likes_do_not():
    interactions = [
        exchange(1, 1, 10, "in_person"),
        kind(exchange(2, 1, 12, "social"), "idea_shared"),
        kind(exchange(3, 1, 14, "social"), "like_comment"),
        kind(exchange(4, 1, 15, "social"), "like_comment"),
        exchange(5, 1, 20, "email"),
    ]
    component = report([contact(1)], interactions).components["real_channels"]
    assert component.details["mix"] == {
        "email": 1,
        "idea_shared": 1,
        "in_person": 1,
        "like_comment": 2,
    }
    assert component.value == pytest.approx(2 / 5)  # in person + the idea shared


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_channel_mix_shows_both_kinds_apart_and_says_why(lang):
    from toolkit.i18n import set_language

    set_language(lang)
    interactions = [
        kind(exchange(1, 1, 3, "email"), "idea_shared"),
        kind(exchange(2, 1, 4, "social"), "like_comment"),
        exchange(3, 1, 5, "social"),
    ]
    figure = health_charts.channels(report([contact(1)], interactions).components["real_channels"])
    bars = figure.data[0]
    counts = dict(zip(bars.x, bars.y, strict=True))
    idea, like = t("enum.kind.idea_shared"), t("enum.kind.like_comment")
    assert counts[idea] == 1 and counts[like] == 1 and counts[t("enum.channel.social")] == 1
    assert counts[t("enum.channel.email")] == 0  # the idea shared by email is not an email here
    colours = dict(zip(bars.x, bars.marker.color, strict=True))
    assert colours[idea] == colours[t("enum.channel.in_person")]  # real, like a meeting
    assert colours[like] == colours[t("enum.channel.social")]
    assert list(bars.x).index(idea) < list(bars.x).index(t("enum.channel.email"))
    assert figure.layout.title.subtitle.text == t("exchanges.chart_why")


def test_both_kinds_are_accepted_when_logged():
    today = dt.date(2026, 9, 15)
    for value in ("idea_shared", "like_comment"):
        data = {"contact_id": 1, "date": today, "channel": "social", "direction": "gave"}
        assert validate_interaction({**data, "kind": value}, today).kind == value


def test_a_version_4_workspace_keeps_its_exchanges_and_takes_the_new_kinds(tmp_path):
    path = tmp_path / "v4.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, store.MIGRATIONS[:4]) == 4  # as a workspace made before migration 5
    conn.execute("INSERT INTO contacts (id, display_name, circle) VALUES (1, 'Ada', 2)")
    insert = "INSERT INTO interactions (contact_id, date, channel, direction, kind, notes) VALUES "
    conn.execute(insert + "(1, '2026-03-01', 'phone', 'gave', 'news', 'un appel')")
    with pytest.raises(sqlite3.IntegrityError):  # the old check refused the new kinds
        conn.execute(insert + "(1, '2026-03-02', 'social', 'gave', 'like_comment', '')")
    conn.close()
    with open_workspace(path) as workspace:
        assert workspace.schema_version == store.SCHEMA_VERSION
        [row] = workspace.export()["interactions"]
        assert row == {"id": 1, "contact_id": 1, "date": "2026-03-01", "channel": "phone",
                       "direction": "gave", "kind": "news", "notes": "un appel"}  # fmt: skip
        workspace.add_interactions(
            [
                Interaction(
                    1,
                    dt.date(2026, 3, 2),
                    Channel.SOCIAL,
                    Direction.GAVE,
                    InteractionKind.LIKE_COMMENT,
                )
            ]
        )
        assert workspace.interactions()["kind"].tolist() == ["news", "like_comment"]
        workspace.delete_contacts([1])  # the rebuilt table still follows its contact
        assert workspace.interactions().empty


def test_the_rebuilt_check_still_refuses_an_unknown_kind(tmp_path):
    conn = sqlite3.connect(tmp_path / "w.sqlite", isolation_level=None)
    migrate(conn)
    conn.execute("INSERT INTO contacts (display_name) VALUES ('A')")
    insert = "INSERT INTO interactions (contact_id, date, channel, direction, kind) VALUES "
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(insert + "(1, '2026-01-01', 'social', 'gave', 'poke')")
    conn.execute(insert + "(1, '2026-01-01', 'social', 'gave', 'idea_shared')")
    indexes = [row[1] for row in conn.execute("PRAGMA index_list(interactions)")]
    assert "interactions_by_contact" in indexes


# -- P13 in the figures: a like is not an exchange, an idea shared is ------------------------------


def test_a_like_does_not_reset_the_rhythm_and_an_idea_shared_does():
    """Circle 1 (every 14 days): last spoken to 40 days ago, so dormant; a like since changes
    nothing, an idea shared since counts as the last exchange."""
    from toolkit.health.figures import recency_status

    contacts = frame("contacts", [contact(1, circle=1), contact(2, circle=1)])
    interactions = frame(
        "interactions",
        [
            exchange(1, 1, 40),
            kind(exchange(2, 1, 1, "social"), "like_comment"),
            exchange(3, 2, 40),
            kind(exchange(4, 2, 1, "social"), "idea_shared"),
        ],
    )
    status = recency_status(contacts, interactions, TODAY).set_index("contact_id")
    assert status.loc[1, "days_since"] == 40 and status.loc[1, "status"] == "dormant"
    assert status.loc[2, "days_since"] == 1 and status.loc[2, "status"] == "on_time"
    only_likes = frame("interactions", [kind(exchange(5, 1, 1, "social"), "like_comment")])
    never = recency_status(contacts, only_likes, TODAY).set_index("contact_id")
    assert never["last_interaction"].isna().all()  # liked, never spoken to
    think = report([contact(1, circle=1)], [kind(exchange(5, 1, 1, "social"), "like_comment")])
    assert think.components["think_of_me"].details["never"] == 1


def test_likes_count_on_neither_side_of_the_balance_and_ideas_shared_count():
    interactions = [
        exchange(1, 1, 10, direction="gave"),
        exchange(2, 1, 11, direction="received"),
        kind(exchange(3, 1, 12, "social", direction="gave"), "like_comment"),
        kind(exchange(4, 1, 13, "social", direction="gave"), "like_comment"),
        kind(exchange(5, 2, 14, "social", direction="received"), "like_comment"),
        kind(exchange(6, 2, 15, "social", direction="exchange"), "like_comment"),
        kind(exchange(7, 3, 16, "video", direction="gave"), "idea_shared"),
    ]
    balance = report([contact(1), contact(2), contact(3)], interactions).components["want_to_help"]
    assert (balance.details["gave"], balance.details["received"]) == (2, 1)  # the idea, not likes
    assert balance.details["exchange"] == 0
    assert balance.value == pytest.approx(2.0)
    assert balance.details["only_take"] == []  # contact 2 only liked: taken from, not
    assert balance.details["only_give"] == ["C3"]
    from toolkit.health.figures import give_take_per_contact

    per_contact = give_take_per_contact(frame("interactions", interactions))
    assert per_contact.to_dict("index") == {
        1: {"gave": 1, "received": 1},
        3: {"gave": 1, "received": 0},
    }


def test_the_plan_reads_the_last_real_exchange_not_a_like(tmp_path):
    """A like given yesterday neither calls for "after giving" news nor moves the circle's
    rhythm: the plan still asks for the call the last real exchange (40 days ago) is due."""
    from toolkit.core.model import Contact
    from toolkit.plan.followups import build_plan

    with open_workspace(tmp_path / "w.sqlite", create=True) as ws:
        ws.set_meta({"today": TODAY.isoformat()})
        liked, shared = ws.add_contacts([Contact("Inès", circle=1), Contact("Yann", circle=1)])
        day = lambda n: TODAY - dt.timedelta(days=n)  # noqa: E731
        ws.add_interactions(
            [
                Interaction(liked, day(40), Channel.PHONE, Direction.EXCHANGE),
                Interaction(
                    liked, day(1), Channel.SOCIAL, Direction.GAVE, InteractionKind.LIKE_COMMENT
                ),
                Interaction(shared, day(40), Channel.PHONE, Direction.EXCHANGE),
                Interaction(
                    shared, day(1), Channel.SOCIAL, Direction.GAVE, InteractionKind.IDEA_SHARED
                ),
            ]
        )
        plan = build_plan(ws.contacts(), ws.interactions(), ws.followups(), TODAY)
    by_contact = {item.contact_id: item for item in [*plan.items, *plan.later]}
    assert by_contact[liked].rule == "news_no_ask"  # dormant since the call, a like aside
    assert dict(by_contact[liked].facts)["date"] == day(40)
    assert by_contact[shared].rule == "after_giving"  # an idea shared is a gift
    assert dict(by_contact[shared].facts)["date"] == day(1)

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

from .test_health import contact, exchange, report


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

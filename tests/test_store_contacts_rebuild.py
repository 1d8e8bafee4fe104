"""Migration 4 rebuilds the contacts table (cheaper checks, #17): nothing attached is lost."""

import datetime as dt
import sqlite3

import pytest

from toolkit.core import store
from toolkit.core.model import Channel, Contact, Direction, Interaction, Tie
from toolkit.core.store import migrate, open_workspace


def test_a_version_3_workspace_keeps_every_row_and_every_link(tmp_path):
    path = tmp_path / "v3.sqlite"
    with open_workspace(path, create=True) as workspace:
        a, b = workspace.add_contacts(
            [Contact(display_name="Ada", circle=2), Contact(display_name="Bo")]
        )
        workspace.add_interactions([Interaction(a, dt.date(2026, 3, 1), Channel.PHONE,
                                                Direction.GAVE)])  # fmt: skip
        workspace.add_ties([Tie(a, b)])
        before = workspace.export()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA user_version = 3")  # as a workspace made before migration 4
    conn.close()
    with open_workspace(path) as workspace:
        assert workspace.schema_version == store.SCHEMA_VERSION
        after = workspace.export()
        assert {k: v for k, v in after.items() if k != "schema_version"} == {
            k: v for k, v in before.items() if k != "schema_version"
        }
        # Deleting a contact still takes its interactions and ties with it.
        workspace.delete_contacts([a])
        assert workspace.interactions().empty and workspace.ties().empty


@pytest.mark.parametrize(
    ("column", "value"),
    [("relation", "boss"), ("knows_me", "maybe"), ("network_type", "x"), ("source", "fax")],
)
def test_the_rebuilt_checks_refuse_what_the_old_ones_refused(tmp_path, column, value):
    conn = sqlite3.connect(tmp_path / "w.sqlite", isolation_level=None)
    migrate(conn)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(f"INSERT INTO contacts (display_name, {column}) VALUES ('A', ?)", (value,))
    allowed = "manual" if column == "source" else None  # source has a default, never NULL
    conn.execute(f"INSERT INTO contacts (display_name, {column}) VALUES ('A', ?)", (allowed,))

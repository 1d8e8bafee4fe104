"""The workspace file: round trips, stable dtypes, all-or-nothing writes, clear refusals."""

import datetime as dt
import sqlite3

import pandas as pd
import pytest

from toolkit.core import store
from toolkit.core.errors import WorkspaceError
from toolkit.core.model import (
    TABLE_DTYPES,
    Approach,
    Ask,
    Channel,
    Circle,
    Contact,
    Direction,
    FollowUp,
    FollowUpStatus,
    Interaction,
    InteractionKind,
    Interview,
    KnowsMe,
    NetworkType,
    Referral,
    Relation,
    Source,
    Tie,
)
from toolkit.core.store import delete_workspace, migrate, open_workspace

FULL_CONTACT = Contact(
    display_name="Hélène N'Diaye-Lefèvre 🌿",
    company="Parfums Imaginaires",
    position="Directrice commerciale",
    sector="Luxe",
    email="helene@example.fr",
    phone="+33 1 99 00 12 34",
    profile_url="https://www.linkedin.example/in/helene",
    circle=Circle.CLOSE,
    relation=Relation.ABOVE,
    knows_me=KnowsMe.A_LITTLE,
    network_type=NetworkType.STRATEGIC,
    how_met="salon professionnel",
    source=Source.LINKEDIN,
    notes="=SUM(A1) stays text\nsecond line",
    added_on=dt.date(2025, 3, 7),
)


@pytest.fixture
def workspace(tmp_path):
    with open_workspace(tmp_path / "w.sqlite", create=True) as ws:
        yield ws


def test_contact_round_trips_every_field(workspace):
    [contact_id] = workspace.add_contacts([FULL_CONTACT])
    row = workspace.contacts().iloc[0]
    assert row["id"] == contact_id
    for name in TABLE_DTYPES["contacts"]:
        if name == "id":
            continue
        stored = row[name]
        expected = getattr(FULL_CONTACT, name)
        if name == "added_on":
            assert stored == pd.Timestamp(expected)
        else:
            assert stored == getattr(expected, "value", expected), name


def test_empty_and_full_tables_have_the_same_dtypes(workspace, tmp_path):
    empty = {table: getattr(workspace, table)().dtypes for table in TABLE_DTYPES}
    [a, b] = workspace.add_contacts([FULL_CONTACT, Contact(display_name="Zoé")])
    workspace.add_interactions(
        [Interaction(a, dt.date(2026, 1, 2), Channel.PHONE, Direction.GAVE, InteractionKind.ADVICE)]
    )
    workspace.add_ties([Tie(b, a)])
    workspace.add_ask(Ask("Un conseil sur le luxe ?", dt.date(2026, 1, 3), a, "vague", 40))
    workspace.add_followups([FollowUp(a, dt.date(2026, 2, 1), "Relancer", Channel.PHONE)])
    workspace.add_snapshot(dt.date(2026, 1, 4), {"contacts": 2})
    workspace.save_interview(
        Interview("a", a, dt.date(2026, 1, 5), Channel.EMAIL, Approach.COLD, met_on=None)
    )
    workspace.add_referrals([Referral(b, a, "manual:b")])
    for table in TABLE_DTYPES:
        full = getattr(workspace, table)()
        assert len(full) > 0, table
        assert list(full.columns) == list(TABLE_DTYPES[table]), table
        pd.testing.assert_series_equal(full.dtypes, empty[table], obj=table)
        assert [str(d) for d in full.dtypes] == list(TABLE_DTYPES[table].values()), table


def test_missing_values_read_back_as_missing(workspace):
    workspace.add_contacts([Contact(display_name="Loïc")])
    row = workspace.contacts().iloc[0]
    assert pd.isna(row["circle"]) and pd.isna(row["relation"]) and pd.isna(row["added_on"])
    assert row["company"] == ""


def test_ties_are_unordered_and_not_duplicated(workspace):
    a, b, c = workspace.add_contacts([Contact(display_name=n) for n in "ABC"])
    assert workspace.add_ties([Tie(b, a), Tie(a, b), Tie(c, a)]) == 2
    assert workspace.ties().values.tolist() == [[a, b], [a, c]]


def test_deleting_a_contact_removes_its_interactions_ties_and_followups(workspace):
    a, b = workspace.add_contacts([Contact(display_name="A"), Contact(display_name="B")])
    workspace.add_interactions(
        [Interaction(a, dt.date(2026, 1, 1), Channel.EMAIL, Direction.RECEIVED)]
    )
    workspace.add_ties([Tie(a, b)])
    workspace.add_followups([FollowUp(a, dt.date(2026, 2, 1), "x")])
    assert workspace.delete_contacts([a, 999]) == 1
    assert workspace.count("interactions") == workspace.count("ties") == 0
    assert workspace.count("followups") == 0
    assert workspace.contacts()["id"].tolist() == [b]


def test_followup_status_and_meta(workspace):
    [a] = workspace.add_contacts([Contact(display_name="A")])
    [f] = workspace.add_followups([FollowUp(a, dt.date(2026, 2, 1), "x")])
    workspace.set_followup_status(f, FollowUpStatus.DONE)
    assert workspace.followups()["status"].tolist() == ["done"]
    workspace.set_meta({"today": "2026-09-15", "participant": "Zoé"})
    assert workspace.today() == dt.date(2026, 9, 15)
    assert workspace.meta() == {"participant": "Zoé", "today": "2026-09-15"}


def test_update_contact_replaces_fields_and_rejects_unknown_ids(workspace):
    [a] = workspace.add_contacts([Contact(display_name="Avant")])
    workspace.update_contact(a, FULL_CONTACT)
    assert workspace.contacts().loc[0, "display_name"] == FULL_CONTACT.display_name
    with pytest.raises(WorkspaceError) as error:
        workspace.update_contact(a + 1, FULL_CONTACT)
    assert error.value.key == "errors.unknown_contact"


def test_a_write_that_fails_half_way_leaves_the_workspace_as_it_was(workspace):
    workspace.add_contacts([Contact(display_name="Déjà là")])
    before = workspace.export()
    # A real failure inside SQLite, on the 50th row of a 100-row write.
    workspace._conn.execute(
        "CREATE TEMP TRIGGER fail_on_boom BEFORE INSERT ON contacts "
        "WHEN NEW.display_name = 'boom' BEGIN SELECT RAISE(ABORT, 'injected failure'); END"
    )
    batch = [Contact(display_name=f"Contact {i}") for i in range(100)]
    batch[49] = Contact(display_name="boom")
    with pytest.raises(sqlite3.IntegrityError, match="injected failure"):
        workspace.add_contacts(batch)
    assert workspace.export() == before
    # The workspace is still usable afterwards.
    workspace.add_contacts([Contact(display_name="Après")])
    assert workspace.count("contacts") == 2


def test_export_holds_everything(workspace):
    [a] = workspace.add_contacts([FULL_CONTACT])
    workspace.add_ask(Ask("Texte", dt.date(2026, 1, 3), a, details={"niche": "parfum"}))
    workspace.add_snapshot(dt.date(2026, 1, 4), {"dormant_share": 0.25}, "avant")
    data = workspace.export()
    assert data["format"] == store.EXPORT_FORMAT
    assert data["schema_version"] == store.SCHEMA_VERSION
    assert data["contacts"][0]["display_name"] == FULL_CONTACT.display_name
    assert data["contacts"][0]["added_on"] == "2025-03-07"
    assert data["asks"][0]["details"] == {"niche": "parfum"}
    assert data["snapshots"][0]["figures"] == {"dormant_share": 0.25}
    assert set(TABLE_DTYPES) <= set(data)


# -- opening files that are not (or not yet) workspaces ------------------------------------------


def test_a_missing_file_is_not_created_unless_asked(tmp_path):
    with pytest.raises(WorkspaceError) as error:
        open_workspace(tmp_path / "absent.sqlite")
    assert error.value.key == "errors.no_workspace"
    assert not (tmp_path / "absent.sqlite").exists()


@pytest.mark.parametrize(
    "content",
    [b"First Name,Last Name\nAda,Lovelace\n", b"PK\x03\x04 excel workbook", bytes(range(256))],
)
def test_a_file_that_is_not_a_workspace_is_refused_and_left_alone(tmp_path, content):
    path = tmp_path / "contacts.sqlite"
    path.write_bytes(content)
    with pytest.raises(WorkspaceError) as error:
        open_workspace(path, create=True)
    assert error.value.key == "errors.not_a_workspace"
    assert "contacts.sqlite" in error.value.message("fr")
    assert path.read_bytes() == content


def test_another_applications_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE songs (title TEXT)")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceError) as error:
        open_workspace(path)
    assert error.value.key == "errors.not_a_workspace"
    assert path.read_bytes() == before
    with pytest.raises(WorkspaceError):
        delete_workspace(path)
    assert path.exists()


def test_a_directory_is_refused(tmp_path):
    with pytest.raises(WorkspaceError):
        open_workspace(tmp_path, create=True)


def test_a_workspace_from_a_newer_schema_is_refused_clearly(tmp_path):
    path = tmp_path / "future.sqlite"
    open_workspace(path, create=True).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {store.SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(WorkspaceError) as error:
        open_workspace(path)
    assert error.value.key == "errors.workspace_too_new"
    message = error.value.message("en")
    assert str(store.SCHEMA_VERSION + 1) in message and "Update" in message


# -- migrations ----------------------------------------------------------------------------------


def _connect(path):
    return sqlite3.connect(path, isolation_level=None)


def test_migrations_move_forward_one_version_at_a_time(tmp_path):
    conn = _connect(tmp_path / "m.sqlite")
    assert migrate(conn, store.MIGRATIONS[:1]) == 1
    conn.execute("INSERT INTO contacts (display_name) VALUES ('Ada')")
    newer = (*store.MIGRATIONS, ("ALTER TABLE contacts ADD COLUMN pronouns TEXT DEFAULT ''",))
    assert migrate(conn, newer) == len(newer)
    assert conn.execute("SELECT display_name, pronouns FROM contacts").fetchall() == [("Ada", "")]
    conn.close()


def test_a_failing_migration_leaves_the_previous_version_intact(tmp_path):
    conn = _connect(tmp_path / "m.sqlite")
    migrate(conn)
    conn.execute("INSERT INTO contacts (display_name) VALUES ('Ada')")
    broken = (
        *store.MIGRATIONS,
        ("ALTER TABLE contacts ADD COLUMN pronouns TEXT", "THIS IS NOT SQL"),
    )
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, broken)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION
    columns = [row[1] for row in conn.execute("PRAGMA table_info(contacts)")]
    assert "pronouns" not in columns
    conn.close()


def test_a_new_workspace_uses_wal_and_is_marked_as_ours(workspace):
    assert workspace._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert workspace._conn.execute("PRAGMA application_id").fetchone()[0] == store.APPLICATION_ID
    assert workspace.schema_version == store.SCHEMA_VERSION


def test_delete_workspace_removes_the_file_and_its_side_files(tmp_path):
    path = tmp_path / "bye.sqlite"
    with open_workspace(path, create=True) as ws:
        ws.add_contacts([Contact(display_name="A")])
    delete_workspace(path)
    assert list(tmp_path.iterdir()) == []


def _attached(workspace, a, b):
    workspace.add_interactions(
        [Interaction(a, dt.date(2026, 1, 1), Channel.EMAIL, Direction.RECEIVED)]
    )
    workspace.add_ties([Tie(a, b)])
    workspace.add_followups([FollowUp(a, dt.date(2026, 2, 1), "relancer")])
    return workspace.add_ask(Ask("Un conseil ?", dt.date(2026, 1, 3), a))


def test_removing_a_contact_can_be_undone_exactly(workspace):
    a, b = workspace.add_contacts([FULL_CONTACT, Contact(display_name="B")])
    _attached(workspace, a, b)
    before = workspace.export()
    removed = workspace.remove_contact(a)
    assert workspace.count("contacts") == 1 and workspace.count("ties") == 0
    assert workspace.asks()["contact_id"].isna().all()
    assert workspace.restore(removed) == a
    after = workspace.export()
    for table in ("contacts", "ties", "asks"):
        assert after[table] == before[table], table
    strip = [{k: v for k, v in row.items() if k != "id"} for row in before["interactions"]]
    assert [{k: v for k, v in r.items() if k != "id"} for r in after["interactions"]] == strip


def test_undo_after_the_id_was_reused_keeps_both_people_apart(workspace):
    b, a = workspace.add_contacts([Contact(display_name="B"), Contact(display_name="A")])
    _attached(workspace, a, b)
    removed = workspace.remove_contact(a)
    [newcomer] = workspace.add_contacts([Contact(display_name="Newcomer")])
    assert newcomer == a  # SQLite reused the highest id
    restored = workspace.restore(removed)
    assert restored != newcomer
    interactions = workspace.interactions()
    assert interactions["contact_id"].tolist() == [restored]
    assert workspace.ties().values.tolist() == [[b, restored]]
    assert workspace.asks()["contact_id"].tolist() == [restored]


def test_ties_can_be_removed(workspace):
    a, b, c = workspace.add_contacts([Contact(display_name=n) for n in "ABC"])
    workspace.add_ties([Tie(a, b), Tie(a, c)])
    assert workspace.remove_ties([Tie(b, a), Tie(b, c)]) == 1
    assert workspace.ties().values.tolist() == [[a, c]]


def test_a_first_schema_workspace_gains_follow_up_decisions(tmp_path):
    path = tmp_path / "v1.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, store.MIGRATIONS[:1])
    conn.execute("INSERT INTO contacts (display_name) VALUES ('Ada')")
    conn.execute("INSERT INTO followups (contact_id, due_on, reason) VALUES (1, '2026-02-01', 'x')")
    conn.close()
    with open_workspace(path) as workspace:
        assert workspace.schema_version == store.SCHEMA_VERSION == 5
        assert workspace.interviews().empty and workspace.referrals().empty
        old = workspace.followups().iloc[0]
        assert old["origin"] == "" and pd.isna(old["done_on"])
        # one row per plan item: a second decision on the same origin replaces the first
        first = FollowUp(1, dt.date(2026, 3, 1), "y", origin="cadence:1:never")
        [a] = workspace.add_followups([first])
        [b] = workspace.add_followups([FollowUp(1, dt.date(2026, 3, 8), "y", origin=first.origin)])
        assert a == b and workspace.count("followups") == 2


def test_imported_frames_reach_sqlite_with_null_for_every_missing_value(workspace):
    """The store's column conversion: NA, NaN and NaT become NULL, dates ISO days, in every mix
    (none missing, some, all), and columns left at their default are not sent at all."""
    days = pd.Series(pd.to_datetime(["2020-03-07", None, "1999-12-31"]), dtype="datetime64[s]")
    assert store._column_cells(days) == ["2020-03-07", None, "1999-12-31"]
    assert store._column_cells(days.iloc[:0]) == []
    assert store._column_cells(pd.Series([1, pd.NA, 3], dtype="Int64")) == [1, None, 3]
    assert store._column_cells(pd.Series(["a", float("nan"), None], dtype=object)) == [
        "a", None, None]  # fmt: skip
    assert store._column_cells(pd.Series([pd.NA, pd.NA], dtype="string")) == [None, None]
    assert store._column_cells(pd.Series(["a", pd.NA, ""], dtype="string")) == ["a", None, ""]
    assert store._column_cells(pd.Series(["a", "", "é"], dtype="string")) == ["a", "", "é"]
    new = pd.DataFrame(
        {
            "display_name": pd.array(["Ana", "Bo", "Chloé"], dtype="string"),
            "company": pd.array(["Orvelle", "", ""], dtype="string"),
            "circle": pd.array([2, pd.NA, pd.NA], dtype="Int64"),
            "relation": pd.array([pd.NA] * 3, dtype="string"),
            "source": pd.array(["linkedin"] * 3, dtype="string"),
            "added_on": days,
        }
    )
    frame = pd.DataFrame(  # what the importer hands the store: "" where the table says ''
        {
            column: new[column]
            if column in new
            else pd.Series(
                "" if column in store._EMPTY_TEXT_DEFAULT else pd.NA, index=new.index
            ).astype(dtype)
            for column, dtype in store.TABLE_DTYPES["contacts"].items()
            if column != "id"
        }
    )
    filled = store._filled_cells(frame, store._CONTACT_COLUMNS)
    assert set(filled) == {"display_name", "company", "circle", "source", "added_on"}
    workspace.import_contacts(frame, store._empty_frame("contacts"))
    stored = workspace.contacts()
    assert stored["circle"].tolist()[:1] == [2] and stored["circle"].isna().tolist() == [
        False, True, True]  # fmt: skip
    assert stored["relation"].isna().all() and stored["company"].tolist() == ["Orvelle", "", ""]
    assert stored["added_on"].isna().tolist() == [False, True, False]


def test_only_a_shared_source_of_the_tables_own_is_written_into_the_insert(workspace):
    """An import's one source is written once in the statement, never a value from a file: any
    other value is bound as a parameter (and refused by the table's check)."""
    assert store._one_source({"source": ["linkedin"] * 3}) == "linkedin"
    assert store._one_source({"source": ["linkedin", "vcard"]}) is None
    assert store._one_source({"source": ["x'); DROP TABLE contacts; --"] * 2}) is None
    assert store._one_source({"source": []}) is None and store._one_source({}) is None

    def imported(sources: list[str]) -> pd.DataFrame:
        given = {"display_name": ["Ana", "Bo"], "source": sources}
        return pd.DataFrame(
            {
                column: pd.Series(
                    given.get(column, [""] * 2 if column in store._EMPTY_TEXT_DEFAULT else None)
                ).astype(dtype)
                for column, dtype in store.TABLE_DTYPES["contacts"].items()
                if column != "id"
            }
        )

    workspace.import_contacts(imported(["vcard", "google"]), store._empty_frame("contacts"))
    workspace.import_contacts(imported(["outlook"] * 2), store._empty_frame("contacts"))
    assert workspace.contacts()["source"].tolist() == ["vcard", "google", "outlook", "outlook"]


def test_only_sqlites_words_for_a_damaged_file_stop_a_workspaces_writes():
    """A damaged file is no longer written to; an error that is the query's, not the file's,
    is reported as a failure without that consequence."""
    said = {
        "database disk image is malformed": "errors.workspace_damaged",
        "file is not a database": "errors.workspace_damaged",
        "malformed database schema (contacts)": "errors.workspace_damaged",
        "malformed JSON": "errors.workspace_failed",
        "database is locked": "errors.workspace_busy",
    }
    for words, key in said.items():
        assert store._error_key(sqlite3.OperationalError(words)) == key, words

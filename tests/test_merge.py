"""Merging two cards of one person, and undoing it: nothing lost, and the undo gives back
exactly the workspace there was (every table's content, row for row)."""

import html
import json
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit import cli
from toolkit.core.errors import AtelierError, ValidationError
from toolkit.core.model import Channel, Contact, Direction, FollowUp, Interaction, Tie
from toolkit.core.store import open_workspace
from toolkit.i18n import t
from toolkit.map.merge import merged_fields, proposed_duplicates
from toolkit.map.screens.importer import ContactImporter

TEXTS = ("", "Orvelle", "Acme Conseil", "ana@example.org", "+33 6 00 00 00 01",
         "https://www.linkedin.com/in/ana-x")  # fmt: skip
CHANNELS = ("in_person", "phone", "email")


def content(path: Path) -> dict[str, list[tuple]]:
    """Every table's rows, sorted: what "the same workspace" means, whatever the row order."""
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {
            table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
            for table in tables
        }


contact_rows = st.fixed_dictionaries(
    {
        "display_name": st.sampled_from(("Ana Lima", "ana lima", "Anà Lima, PhD", "Bo Chen")),
        "company": st.sampled_from(TEXTS[:3]),
        "position": st.sampled_from(("", "CTO", "Acheteuse")),
        "email": st.sampled_from(("", "ana@example.org", "lima@example.com")),
        "phone": st.sampled_from(("", "+33 6 00 00 00 01")),
        "profile_url": st.sampled_from(("", "https://www.linkedin.com/in/ana-x")),
        "circle": st.sampled_from((None, 1, 3, 5)),
        "relation": st.sampled_from((None, "peer", "above")),
        "knows_me": st.sampled_from((None, "yes", "no")),
        "notes": st.sampled_from(("", "café en mars", "café en mars\nrappeler")),
        "added_on": st.sampled_from((None, "2025-01-02", "2026-03-04")),
    }
)


@st.composite
def workspaces(draw):
    """A small workspace with everything that can hang on a contact."""
    contacts = draw(st.lists(contact_rows, min_size=2, max_size=5))
    n = len(contacts)
    ids = st.integers(1, n)
    interactions = draw(st.lists(st.tuples(ids, st.sampled_from(CHANNELS)), max_size=6))
    ties = draw(st.sets(st.tuples(ids, ids).filter(lambda p: p[0] < p[1]), max_size=6))
    followups = draw(st.lists(ids, max_size=4))
    asks = draw(st.lists(st.one_of(st.none(), ids), max_size=3))
    interviews = draw(st.lists(ids, max_size=3))
    referrals = draw(
        st.dictionaries(ids, ids, max_size=n).map(
            lambda d: {c: by for c, by in d.items() if c != by}
        )
    )
    keep, other = draw(st.permutations(range(1, n + 1)))[:2]
    return contacts, interactions, ties, followups, asks, interviews, referrals, keep, other


def _seed(path: Path, drawn) -> None:
    contacts, interactions, ties, followups, asks, interviews, referrals, _, _ = drawn
    open_workspace(path, create=True).close()
    with sqlite3.connect(path) as conn:
        for row in contacts:
            conn.execute(
                f"INSERT INTO contacts ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
                tuple(row.values()),
            )
        conn.executemany(
            "INSERT INTO interactions (contact_id, date, channel, direction, notes) "
            "VALUES (?, '2026-01-05', ?, 'exchange', 'vu')",
            interactions,
        )
        conn.executemany("INSERT INTO ties VALUES (?, ?)", sorted(ties))
        conn.executemany(
            "INSERT INTO followups (contact_id, due_on, reason) "
            "VALUES (?, '2026-02-01', 'relance')",
            [(c,) for c in followups],
        )
        conn.executemany(
            "INSERT INTO asks (created_on, contact_id, text) "
            "VALUES ('2026-01-01', ?, 'un conseil')",
            [(c,) for c in asks],
        )
        conn.executemany(
            "INSERT INTO interviews (key, contact_id, asked_on, channel, approach) "
            "VALUES (?, ?, '2026-01-03', 'phone', 'warm')",
            [(f"k{i}", c) for i, c in enumerate(interviews)],
        )
        conn.executemany(
            "INSERT INTO referrals VALUES (?, ?, ?)",
            [(c, by, f"o{c}") for c, by in sorted(referrals.items())],
        )


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(workspaces())
def test_merge_then_undo_gives_back_the_same_workspace(drawn):
    keep, other = drawn[-2:]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ws.sqlite"
        _seed(path, drawn)
        before = content(path)
        with open_workspace(path) as ws:
            merged = ws.merge_contacts(keep, other, merged_fields)
            after = content(path)
            ids = ws.undo_merge(merged)
        assert ids == (keep, other)
        assert content(path) == before
    # What the merge did, checked against the workspace before it.
    contacts = {row[0]: row for row in before["contacts"]}
    assert {row[0] for row in after["contacts"]} == set(contacts) - {other}
    # (table, position of its contact_id column)
    for table, column in (("interactions", 1), ("followups", 1), ("asks", 2), ("interviews", 2)):
        assert len(after[table]) == len(before[table])  # nothing attached is lost
        assert [row[column] for row in after[table]] == [
            keep if row[column] == other else row[column] for row in before[table]
        ]
    expected_ties = {
        tuple(sorted(keep if c == other else c for c in tie)) for tie in before["ties"]
    } - {(keep, keep)}
    assert set(after["ties"]) == expected_ties
    assert all(by != c for c, by, _ in after["referrals"])


@settings(max_examples=120, deadline=None)
@given(contact_rows, contact_rows)
def test_the_kept_card_holds_every_value_of_both(kept, other):
    result = merged_fields({**kept, "id": 1}, {**other, "id": 2})
    for name in ("display_name", "company", "position", "email", "phone", "profile_url"):
        assert result[name] == (kept[name] or other[name])  # the kept card's value wins...
        if other[name] and other[name].casefold() != result[name].casefold():
            assert other[name] in result["notes"]  # ...and the other's is kept in the notes
    for line in f"{kept['notes']}\n{other['notes']}".split("\n"):
        assert line in result["notes"].split("\n") or not line
    for name in ("circle", "relation", "knows_me"):
        assert result[name] == (kept[name] if kept[name] is not None else other[name])
    dates = [d for d in (kept["added_on"], other["added_on"]) if d]
    assert result["added_on"] == (min(dates) if dates else None)


def test_two_cards_of_one_person_are_proposed_but_two_profiles_are_not():
    contacts = pd.DataFrame(
        {
            "id": [1, 2, 3, 4, 5, 6],
            "display_name": ["Hélène Dupont", "Bo Chen", "helene dupont", "Ana Lima",
                             "Ana Lima", "Dupont Hélène"],
            "profile_url": ["", "", "", "https://www.linkedin.com/in/ana-1",
                            "http://linkedin.com/in/ana-2/", ""],
            "company": ["", "", "", "", "", ""],
        }
    )  # fmt: skip
    assert proposed_duplicates(contacts) == [(1, 3), (1, 6), (3, 6)]


def _two_helenes(ws) -> tuple[int, int]:
    first, second, third = ws.add_contacts(
        [
            Contact("Hélène Dupont", company="Orvelle", email="helene@example.org"),
            Contact("Helene Dupont", position="Acheteuse", phone="+33 6 00 00 00 02",
                    email="h.dupont@example.com"),
            Contact("Bo Chen"),
        ]
    )  # fmt: skip
    ws.add_interactions([Interaction(second, ws.today(), Channel.PHONE, Direction.GAVE)])
    ws.add_ties([Tie(second, third)])
    ws.add_followups([FollowUp(second, ws.today(), "relance")])
    return first, second


def test_a_participant_merges_two_cards_from_the_importer_and_undoes_it(session):
    ws = session.workspace
    first, second = _two_helenes(ws)
    before = content(ws.path)
    screen = ContactImporter(session)
    merger = screen.merger
    assert merger.pairs() == [(first, second)]
    assert merger.merge(first, second)
    contacts = ws.contacts()
    assert len(contacts) == 2 and merger.pairs() == []
    kept = contacts.set_index("id").loc[first]
    assert (kept["company"], kept["position"], kept["phone"]) == (
        "Orvelle", "Acheteuse", "+33 6 00 00 00 02")  # fmt: skip
    assert "h.dupont@example.com" in kept["notes"] and "Helene Dupont" in kept["notes"]
    assert ws.interactions()["contact_id"].tolist() == [first]
    assert ws.followups()["contact_id"].tolist() == [first]
    assert ws.ties()[["contact_a", "contact_b"]].values.tolist() == [[first, first + 2]]
    assert t("merge.undo") == merger._undo.description and merger._undo.layout.display is None
    assert merger.undo() == (first, second)
    assert content(ws.path) == before
    assert merger.pairs() == [(first, second)] and merger._undo.layout.display == "none"
    assert merger.undo() is None  # nothing more to undo


def test_a_card_gone_meanwhile_gets_a_sentence_not_a_traceback(session):
    ws = session.workspace
    first, second = _two_helenes(ws)
    merger = ContactImporter(session).merger
    ws.delete_contacts([second])
    before = content(ws.path)
    assert not merger.merge(first, second)
    assert html.escape(t("errors.unknown_contact", contact_id=second)) in merger._feedback.value
    assert content(ws.path) == before  # left as it was
    with pytest.raises(ValidationError):
        ws.merge_contacts(first, first, merged_fields)
    assert issubclass(ValidationError, AtelierError)


def test_an_undo_never_reaches_into_another_workspace(session, tmp_path):
    first, second = _two_helenes(session.workspace)
    merger = ContactImporter(session).merger
    assert merger.merge(first, second)
    session.open(tmp_path / "other.sqlite", create=True)
    _two_helenes(session.workspace)
    before = content(session.workspace.path)
    assert merger.undo() is None and merger._undo.layout.display == "none"
    assert content(session.workspace.path) == before


def test_someone_without_a_profile_may_be_any_namesake_and_one_profile_is_one_person():
    contacts = pd.DataFrame(
        {
            "id": [1, 2, 3, 4, 5, 6],
            "display_name": ["Ana Lima", "Ana Lima", "ana lima", "Bo Chen", "Bo Chen", "Cy Roy"],
            "profile_url": ["https://www.linkedin.com/in/ana-1", "http://linkedin.com/in/ana-2/",
                            "", "https://fr.linkedin.com/in/bo", "http://www.linkedin.com/in/bo",
                            ""],
            "company": [""] * 6,
        }
    )  # fmt: skip
    assert proposed_duplicates(contacts) == [(1, 3), (2, 3), (4, 5)]


def _tables(path: Path) -> dict[str, list[tuple]]:
    """``content`` but the settings: the command line keeps its undo there."""
    return {table: rows for table, rows in content(path).items() if table != "meta"}


def test_the_command_line_lists_merges_and_undoes_as_the_app_does(tmp_path, capsys):
    path, app = tmp_path / "ws.sqlite", tmp_path / "app.sqlite"
    with open_workspace(path, create=True) as ws:
        first, second = _two_helenes(ws)
    before = content(path)
    shutil.copy(path, app)
    assert cli.main(["duplicates", "--workspace", str(path), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(pair["keep"], pair["other"]) for pair in listed] == [(first, second)]
    assert cli.main(["duplicates", "--workspace", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == t("merge.cli.pairs", count=1)
    assert lines[-1] == t("merge.cli.how", keep=first, other=second)

    assert cli.main(["merge", str(first), str(second), "--workspace", str(path)]) == 0
    names = {"first": "Hélène Dupont", "second": "Helene Dupont"}
    assert capsys.readouterr().out.strip() == t("merge.cli.merged", **names)
    with open_workspace(app) as ws:  # the app's merge of the same pair
        ws.merge_contacts(first, second, merged_fields)
    assert _tables(path) == _tables(app)
    assert cli.main(["duplicates", "--workspace", str(path)]) == 0
    assert capsys.readouterr().out.strip() == t("merge.none")

    assert cli.main(["merge", "--undo", "--workspace", str(path)]) == 0
    assert capsys.readouterr().out.strip() == t("merge.undone", **names)
    assert _tables(path) == {table: rows for table, rows in before.items() if table != "meta"}
    assert cli.main(["--lang", "en", "merge", "--undo", "--workspace", str(path)]) == 2
    assert capsys.readouterr().err.strip() == t("merge.cli.nothing_to_undo", "en")


@pytest.mark.parametrize(
    "arguments, key",
    [
        (["merge", "1"], "merge.cli.two_numbers"),
        (["merge", "--undo", "1", "2"], "merge.cli.two_numbers"),
        (["merge", "1", "1"], "merge.errors.same"),
        (["merge", "1", "99"], "errors.unknown_contact"),
    ],
)
def test_a_merge_the_command_line_cannot_make_is_a_sentence_and_writes_nothing(
    tmp_path, capsys, arguments, key
):
    path = tmp_path / "ws.sqlite"
    with open_workspace(path, create=True) as ws:
        _two_helenes(ws)
    before = content(path)
    assert cli.main([*arguments, "--workspace", str(path)]) == 2
    assert capsys.readouterr().err.strip() == t(key, contact_id=99)
    assert content(path) == before  # no merge, and no undo kept for one

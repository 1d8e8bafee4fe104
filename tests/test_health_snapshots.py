"""The first snapshot is kept when a workspace first holds contacts: before/after in one day."""

from __future__ import annotations

from toolkit import cli
from toolkit.core.session import Session
from toolkit.core.store import open_workspace
from toolkit.health.snapshots import first_snapshot, keep_first_snapshot
from toolkit.i18n import t
from toolkit.ui import QuickAdd


def test_the_first_contacts_bring_the_first_snapshot_once(tmp_path):
    session = Session()
    keep_first_snapshot(session)
    session.open(tmp_path / "zoe.sqlite", create=True, participant="Zoé")
    assert session.workspace.count("snapshots") == 0  # empty: nothing to compare yet
    QuickAdd(session).add_names("Inès Marchand\nPaul Renard")
    snapshots = session.workspace.snapshots()
    assert len(snapshots) == 1 and snapshots["label"].iloc[0] == t("health.snapshot.first_label")
    QuickAdd(session).add_names("Karim Haddad")
    assert session.workspace.count("snapshots") == 1  # only the first fill counts


def test_a_workspace_with_snapshots_or_without_contacts_gets_none(tmp_path):
    with open_workspace(tmp_path / "w.sqlite", create=True) as workspace:
        assert not first_snapshot(workspace)
    assert not first_snapshot(None)


def test_an_import_from_the_command_line_keeps_the_first_snapshot(tmp_path):
    export = tmp_path / "Connections.csv"
    export.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Inès,Marchand,,ines@example.com,Coop lait,Qualité,06 May 2024\n",
        encoding="utf-8",
    )
    workspace = tmp_path / "new.sqlite"
    assert cli.main(["import", str(export), "--workspace", str(workspace)]) == 0
    with open_workspace(workspace) as opened:
        assert opened.count("snapshots") == 1

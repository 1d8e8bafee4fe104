"""Files: outputs never overwrite a workspace; read-only, locked and damaged files get one clear
line (exit 2) and a salvage export; limits on free text; private modes; secure delete (#18)."""

import json
import os
import shutil
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from toolkit import cli
from toolkit.core import workspaces
from toolkit.core.errors import ValidationError, WorkspaceError
from toolkit.core.model import Ask, Channel, Contact, Direction, Interaction
from toolkit.core.store import open_workspace
from toolkit.i18n import t


@pytest.fixture
def scratch(tmp_path, monkeypatch):
    monkeypatch.delenv("ATELIER_WORKSPACE", raising=False)
    monkeypatch.setenv("ATELIER_WORKSPACE_DIR", str(tmp_path / "ws"))
    return tmp_path


def _filled(path, count=2):
    with open_workspace(path, create=True) as ws:
        ws.add_contacts([Contact(display_name=f"Contact {i}") for i in range(count)])
    return path


# -- output paths ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["export", "--workspace", "{w}", "{target}"],
        ["report", "--workspace", "{w}", "--out", "{target}"],
        ["summary", "--workspace", "{w}", "--out", "{target}"],
        ["plan", "--workspace", "{w}", "--ics", "{target}"],
        ["plan", "--workspace", "{w}", "--csv", "{target}"],
        ["interview", "sheet", "Contact 0", "--workspace", "{w}", "--out", "{target}"],
    ],
)
@pytest.mark.parametrize("which", ["itself", "another", "its_wal"])
def test_no_output_ever_overwrites_a_workspace(scratch, capsys, command, which):
    workspace = _filled(scratch / "zoe.sqlite")
    other = _filled(scratch / "yann.sqlite", 3)
    target = {"itself": workspace, "another": other, "its_wal": Path(f"{workspace}-wal")}[which]
    holder = open_workspace(workspace)  # keeps the -wal file there, as an open notebook does
    holder.set_meta({"participant": "Zoé"})
    before = target.read_bytes()
    argv = [part.format(w=workspace, target=target) for part in command]
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert target.read_bytes() == before
    holder.close()
    with open_workspace(workspace) as ws, open_workspace(other) as ws2:
        assert (ws.count("contacts"), ws2.count("contacts")) == (2, 3)


# -- read-only, locked, damaged ----------------------------------------------------------------


READ_ONLY_FILE, READ_ONLY_FOLDER = 0o444, 0o555


def _as_other_user(*args):
    """Run ``atelier`` the way a participant without write permission does: as root, but without
    the capability that lets root write anywhere (tests run as root)."""
    setpriv = shutil.which("setpriv")
    if setpriv is None or not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("needs root and util-linux's setpriv to drop write permission")
    environment = {k: v for k, v in os.environ.items() if not k.startswith("ATELIER_")}
    return subprocess.run(
        [setpriv, "--bounding-set", "-dac_override,-dac_read_search,-fowner",
         sys.executable, "-m", "toolkit.cli", *map(str, args)],
        capture_output=True, text=True, timeout=120, env=environment,
    )  # fmt: skip


def test_a_workspace_in_a_read_only_folder_is_said_so_and_can_still_be_exported(scratch):
    folder = scratch / "lecture-seule"
    folder.mkdir()
    workspace = _filled(folder / "zoe.sqlite")
    workspace.chmod(READ_ONLY_FILE)
    folder.chmod(READ_ONLY_FOLDER)
    out = scratch / "dehors"
    out.mkdir()
    try:
        health = _as_other_user("health", "--workspace", workspace)
        export = _as_other_user("export", "--workspace", workspace, out / "zoe.json")
    finally:
        folder.chmod(0o755)
    assert health.returncode == 2
    assert "Traceback" not in health.stderr and len(health.stderr.strip().splitlines()) == 1
    assert t("errors.workspace_read_only", path="zoe.sqlite") in health.stderr
    assert export.returncode == 0, export.stderr
    assert len(json.loads((out / "zoe.json").read_text(encoding="utf-8"))["contacts"]) == 2


def test_an_import_into_a_read_only_file_is_one_clear_line(scratch):
    workspace = _filled(scratch / "zoe.sqlite")
    workspace.chmod(READ_ONLY_FILE)
    export = scratch / "Connections.csv"
    export.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Ana,Lopes,https://www.linkedin.com/in/ana,,,,07 Mar 2020\n",
        encoding="utf-8",
    )
    done = _as_other_user("import", export, "--workspace", workspace)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and "OperationalError" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert t("errors.workspace_read_only", path="zoe.sqlite") in done.stderr
    with open_workspace(workspace) as ws:
        assert ws.count("contacts") == 2


def test_a_locked_workspace_is_said_to_be_busy(scratch, capsys, monkeypatch):
    workspace = _filled(scratch / "zoe.sqlite")
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(
            """
            import sqlite3, sys, time
            conn = sqlite3.connect(sys.argv[1], isolation_level=None)
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            print("locked", flush=True)
            time.sleep(60)
            """), str(workspace)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "locked"
        monkeypatch.setattr("toolkit.core.store.BUSY_TIMEOUT_S", 0.2)
        assert cli.main(["health", "--workspace", str(workspace)]) == 2
        err = capsys.readouterr().err
        assert t("errors.workspace_busy", path="zoe.sqlite") in err
        assert "Traceback" not in err
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()


def _damage(path: Path) -> None:
    """Overwrite one page in the middle of the contacts table with garbage."""
    with open_workspace(path) as ws:
        ws.add_contacts([Contact(display_name=f"Personne {i} " + "x" * 200) for i in range(3000)])
    size = path.stat().st_size  # closed: everything is in the main file
    page = 4096
    middle = (size // page // 2) * page
    with open(path, "r+b") as handle:
        handle.seek(middle)
        handle.write(os.urandom(page))


def test_a_damaged_workspace_gives_a_salvage_export_and_refuses_writes(scratch, capsys):
    workspace = scratch / "zoe.sqlite"
    _filled(workspace)
    _damage(workspace)
    out = scratch / "sauvetage.json"
    code = cli.main(["export", "--workspace", str(workspace), str(out)])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err and "malformed" not in err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert 2000 < len(data["contacts"]) < 3002  # what can still be read, not nothing
    assert data["damaged"]
    with open_workspace(workspace) as ws, pytest.raises(WorkspaceError) as raised:
        ws.add_contacts([Contact(display_name="Encore")])
    assert raised.value.key == "errors.workspace_damaged"


# -- limits ------------------------------------------------------------------------------------

HUGE = "Une note très longue. " * 500_000  # about 11 MB


def test_free_texts_have_limits_with_clear_messages(scratch):
    with open_workspace(scratch / "zoe.sqlite", create=True) as ws:
        [contact] = ws.add_contacts([Contact(display_name="Ana")])
        today = ws.today()
        with pytest.raises(ValidationError):
            ws.add_interactions([Interaction(contact, today, Channel.PHONE, Direction.GAVE,
                                             notes=HUGE)])  # fmt: skip
        with pytest.raises(ValidationError):
            ws.add_ask(Ask(HUGE, today))
        with pytest.raises(ValidationError) as raised:
            ws.set_meta({"reflection": json.dumps([HUGE])})
        assert "Traceback" not in raised.value.message()
        assert ws.count("interactions") == ws.count("asks") == 0
        assert ws.get_meta("reflection") is None


def test_the_checker_refuses_a_huge_ask_instead_of_reading_it():
    from toolkit.ask.checker import check

    with pytest.raises(ValidationError) as raised:
        check("Je cherche un conseil " * 20_000)
    assert raised.value.key == "errors.too_long"


def test_a_huge_first_attempt_is_refused_with_a_message(scratch):
    pytest.importorskip("ipywidgets")
    from toolkit.core.session import Session
    from toolkit.ui import FirstAttempt

    session = Session()
    session.open(scratch / "zoe.sqlite", create=True)
    screen = FirstAttempt(session, scheduler=lambda delay, callback: None)
    screen._text.value = "Je cherche un conseil " * 20_000
    assert not screen.keep()
    assert session.workspace.get_meta("first_attempt") in (None, "")
    session.workspace.close()


# -- modes, secure delete, spreadsheet guard ---------------------------------------------------


def test_workspace_files_are_private_to_their_owner(scratch):
    folder = scratch / "nouveau" / "dossier"
    path = folder / "zoe.sqlite"
    holder = open_workspace(path, create=True)
    holder.add_contacts([Contact(display_name="Ana")])
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()}
    holder.close()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert modes == {"zoe.sqlite": 0o600, "zoe.sqlite-wal": 0o600, "zoe.sqlite-shm": 0o600}
    out = scratch / "export.json"
    assert cli.main(["export", "--workspace", str(path), str(out)]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    workspaces.remember(path)
    choice = workspaces.workspace_dir() / workspaces._LAST_CHOICE
    assert stat.S_IMODE(choice.stat().st_mode) == 0o600
    assert stat.S_IMODE(workspaces.workspace_dir().stat().st_mode) == 0o700


def test_a_deleted_contact_leaves_no_trace_in_the_file(scratch, monkeypatch):
    import sqlite3

    connect = sqlite3.connect

    def default_off(*args, **kwargs):  # an SQLite built without SECURE_DELETE, unlike Debian's
        conn = connect(*args, **kwargs)
        conn.execute("PRAGMA secure_delete = 0")
        return conn

    monkeypatch.setattr(sqlite3, "connect", default_off)
    path = scratch / "zoe.sqlite"
    with open_workspace(path, create=True) as ws:
        [secret] = ws.add_contacts([Contact(display_name="Ombeline Secrète-Vauquois")])
        ws.add_contacts([Contact(display_name=f"Autre {i}") for i in range(50)])
    with open_workspace(path) as ws:
        ws.remove_contact(secret)
    for name in (path, Path(f"{path}-wal")):
        if name.exists():
            assert b"Vauquois" not in name.read_bytes()


@pytest.mark.parametrize("cell", ["＝1+1", "\u200b=1+1", "\ufeff=HYPERLINK(1)", "|calc", "＋1"])
def test_the_spreadsheet_guard_covers_full_width_and_invisible_starts(cell):
    from toolkit.plan.export import neutral

    assert neutral(cell).startswith("'")


def test_debrief_and_reflection_texts_are_refused_not_cut_without_a_word(scratch):
    pytest.importorskip("ipywidgets")
    from toolkit.core.session import Session
    from toolkit.interviews.meetings import debrief_from_fields
    from toolkit.map.screens.reflection import Reflection

    long = "Ce que j'ai appris. " * 400  # 8,000 characters
    with pytest.raises(ValidationError):
        debrief_from_fields({"learned": long})
    session = Session()
    session.open(scratch / "zoe.sqlite", create=True)
    screen = Reflection(session)
    assert not screen.save([long, "", ""])
    assert "5000" in screen._feedback.value
    assert session.workspace.get_meta("reflection") is None
    session.workspace.close()


def test_a_new_workspace_in_a_read_only_folder_is_one_clear_line(scratch):
    folder = scratch / "lecture-seule"
    folder.mkdir()
    folder.chmod(READ_ONLY_FOLDER)
    try:
        done = _as_other_user("demo", "cecile", "--workspace", folder / "neuf" / "zoe.sqlite")
    finally:
        folder.chmod(0o755)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert t("errors.workspace_read_only", path="zoe.sqlite") in done.stderr

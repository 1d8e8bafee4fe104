"""The `atelier` command: demo, export, forget — messages in the participant's language."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from toolkit import cli
from toolkit.core import workspaces
from toolkit.core.model import Contact
from toolkit.core.store import open_workspace


@pytest.fixture
def scratch(tmp_path, monkeypatch):
    monkeypatch.delenv("ATELIER_WORKSPACE", raising=False)
    monkeypatch.setenv("ATELIER_WORKSPACE_DIR", str(tmp_path / "ws"))
    return tmp_path


@pytest.fixture
def filled(scratch):
    path = scratch / "zoe.sqlite"
    with open_workspace(path, create=True) as ws:
        ws.add_contacts([Contact(display_name="Hélène"), Contact(display_name="=1+1")])
    return path


def test_demo_creates_then_keeps_then_resets(scratch, capsys):
    target = scratch / "sophie.sqlite"
    assert cli.main(["demo", "sophie", "--workspace", str(target)]) == 0
    assert "créée" in capsys.readouterr().out
    with open_workspace(target) as ws:
        ws.add_contacts([Contact(display_name="Ajout de la formatrice")])
        count = ws.count("contacts")
    assert cli.main(["--lang", "en", "demo", "sophie", "--workspace", str(target)]) == 0
    assert "already there, kept" in capsys.readouterr().out
    with open_workspace(target) as ws:
        assert ws.count("contacts") == count
    assert cli.main(["demo", "sophie", "--workspace", str(target), "--reset"]) == 0
    with open_workspace(target) as ws:
        assert ws.count("contacts") == count - 1


def test_demo_all_creates_the_three_personas_in_the_workspace_folder(scratch):
    assert cli.main(["demo", "all"]) == 0
    for persona in ("cecile", "marc", "sophie"):
        assert workspaces.demo_path(persona).is_file()


def test_unknown_persona_is_a_clear_error(scratch, capsys):
    assert cli.main(["demo", "bob"]) == 2
    err = capsys.readouterr().err
    assert "bob" in err and "cecile" in err and "Traceback" not in err


def test_export_writes_everything_as_json(filled, scratch, capsys):
    out = scratch / "export.json"
    assert cli.main(["export", "--workspace", str(filled), str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [c["display_name"] for c in data["contacts"]] == ["Hélène", "=1+1"]
    assert "Hélène" in out.read_text(encoding="utf-8")  # readable, not \u-escaped
    assert "2 contacts" in capsys.readouterr().out
    assert not list(scratch.glob("*.tmp"))


def test_export_into_a_missing_folder_fails_cleanly(filled, scratch, capsys):
    out = scratch / "no" / "such" / "folder" / "export.json"
    assert cli.main(["export", "--workspace", str(filled), str(out)]) == 2
    assert "Impossible d'écrire" in capsys.readouterr().err


def test_export_of_a_file_that_is_not_a_workspace(scratch, capsys):
    bad = scratch / "notes.txt"
    bad.write_text("bonjour", encoding="utf-8")
    assert (
        cli.main(["--lang", "en", "export", "--workspace", str(bad), str(scratch / "o.json")]) == 2
    )
    assert "not an Atelier Réseau workspace" in capsys.readouterr().err
    assert not (scratch / "o.json").exists()


def test_forget_asks_and_a_no_keeps_everything(filled, monkeypatch, capsys):
    monkeypatch.setattr("builtins.input", lambda prompt: "non")
    assert cli.main(["forget", "--workspace", str(filled)]) == 1
    assert filled.exists() and "Rien n'a été effacé" in capsys.readouterr().out


def test_forget_without_a_terminal_erases_nothing(filled, monkeypatch):
    def no_stdin(prompt):
        raise EOFError

    monkeypatch.setattr("builtins.input", no_stdin)
    assert cli.main(["forget", "--workspace", str(filled)]) == 1
    assert filled.exists()


def test_forget_after_confirmation_erases_the_files_and_the_remembered_choice(filled, monkeypatch):
    workspaces.remember(filled)
    monkeypatch.setattr("builtins.input", lambda prompt: " Oui ")
    assert cli.main(["forget", "--workspace", str(filled)]) == 0
    assert not any(filled.parent.glob("zoe.sqlite*"))
    assert workspaces.remembered() is None


def test_forget_yes_skips_the_question(filled):
    assert cli.main(["forget", "--workspace", str(filled), "--yes"]) == 0
    assert not filled.exists()


def test_forget_refuses_a_file_that_is_not_a_workspace(scratch, capsys):
    precious = scratch / "thesis.docx"
    precious.write_bytes(b"PK\x03\x04precious")
    assert cli.main(["forget", "--workspace", str(precious), "--yes"]) == 2
    assert precious.read_bytes() == b"PK\x03\x04precious"


def test_without_a_workspace_the_command_says_how_to_name_one(scratch, capsys):
    assert cli.main(["export", str(scratch / "o.json")]) == 2
    assert "--workspace" in capsys.readouterr().err


def test_lab_command_keeps_the_token_and_adapts_to_root_and_display():
    command = cli.lab_command("127.0.0.1", 8888, Path("/w"), as_root=True, has_display=False)
    assert "--allow-root" in command and "--no-browser" in command
    assert not any("token" in part.lower() for part in command)  # the token is in the env only
    assert "--LabApp.news_url=None" in command  # nothing fetched from the web
    command = cli.lab_command("0.0.0.0", 9000, Path("/w"), as_root=False, has_display=True)
    assert "--allow-root" not in command and "--no-browser" not in command
    assert "--ServerApp.port=9000" in command and "--ServerApp.ip=0.0.0.0" in command
    assert "--ServerApp.terminals_enabled=False" in command  # no shell for the room
    # On every interface, the printed address is one the room's other machines can open.
    from toolkit.app.room import room_addresses

    shown = next(iter(room_addresses()), "127.0.0.1")
    assert cli.workshop_url("0.0.0.0", 9000, "abc", "en") == (
        f"http://{shown}:9000/lab/tree/en/00_welcome.ipynb?token=abc"
    )
    assert cli.workshop_url("127.0.0.1", 9000, "abc", "en").startswith("http://127.0.0.1:9000/")


def test_the_installed_command_runs(scratch):
    atelier = shutil.which("atelier", path=str(Path(sys.executable).parent))
    assert atelier, "the console script `atelier` is not installed"
    result = subprocess.run(
        [atelier, "--lang", "en", "demo", "nobody"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert result.stderr.strip().startswith("“nobody” is not a demo persona")


def test_a_busy_port_is_a_clear_message_not_a_server_crash(scratch, capsys):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert cli.main(["workshop", "--port", str(port)]) == 2
    err = capsys.readouterr().err
    assert f"PORT={port + 1}" in err and "déjà utilisé" in err


IMPORTS = Path(__file__).parent / "data" / "imports"


def test_import_prints_the_report_as_json_and_saves(filled, capsys):
    args = ["import", str(IMPORTS / "linkedin_current.csv"), "--workspace", str(filled), "--json"]
    assert cli.main(args) == 0
    report = json.loads(capsys.readouterr().out)
    assert {k: report[k] for k in ("format", "encoding", "read", "imported", "merged")} == {
        "format": "linkedin", "encoding": "utf-8", "read": 8, "imported": 7, "merged": 0,
    }  # fmt: skip
    assert report["skipped"] == 1 and len(report["warnings"]) == 2
    with open_workspace(filled) as ws:
        assert ws.count("contacts") == 2 + 7


def test_import_dry_run_in_english_saves_nothing(filled, capsys):
    args = ["--lang", "en", "import", str(IMPORTS / "outlook_fr.csv"), "--workspace", str(filled)]
    assert cli.main([*args, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "2 contacts read: 2 new" in out and "Dry run: nothing was saved." in out
    with open_workspace(filled) as ws:
        assert ws.count("contacts") == 2


def test_import_of_a_bad_file_exits_2_with_one_line(filled, capsys):
    before = filled.read_bytes()
    args = ["import", str(IMPORTS / "workbook_renamed.csv"), "--workspace", str(filled)]
    assert cli.main(args) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "CSV UTF-8" in err
    assert filled.read_bytes() == before
    assert cli.main(["import", str(IMPORTS / "nope.csv"), "--workspace", str(filled)]) == 2
    assert "nope.csv" in capsys.readouterr().err


def test_interview_sheet_by_name_and_pipeline(filled, scratch, capsys):
    out = scratch / "sheet.html"
    args = ["--workspace", str(filled)]
    assert cli.main(["interview", "sheet", "helene", *args, "--out", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "Entretien réseau avec Hélène" in page and "@media print" in page
    assert cli.main(["interview", "sheet", "Nobody", *args]) == 2
    assert "Nobody" in capsys.readouterr().err
    assert cli.main(["interview", "pipeline", *args, "--lang", "en"]) == 0
    assert "No interview yet" in capsys.readouterr().out
    assert cli.main(["interview", "pipeline", *args, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["asked"] == 0


def test_a_reader_that_leaves_early_is_no_error(filled):
    """``atelier health | head``: the pipe closes before the report is written."""
    command = [sys.executable, "-m", "toolkit.cli", "health", "--workspace", str(filled)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()  # closed before the program writes anything
    with process.stderr:
        errors = process.stderr.read().decode()
    assert process.wait(timeout=120) == 0
    assert "Traceback" not in errors and "BrokenPipe" not in errors


@pytest.mark.parametrize(
    "argv",
    [
        ["import", "export.csv", "--dry-run", "--lang", "en"],
        ["--lang", "en", "ask", "check", "Un café ?", "--circle", "2"],
        ["plan", "--weeks", "3", "--cadence", "1=10"],
        ["interview", "pipeline", "--json"],
    ],
)
def test_only_the_command_run_is_built_and_it_reads_the_same(argv):
    command = cli._command_from(argv)
    alone, full = cli.build_parser(command), cli.build_parser()
    assert vars(alone.parse_args(argv)) == vars(full.parse_args(argv))
    assert list(alone._subparsers._group_actions[0].choices) == [command]


def test_an_unknown_command_still_lists_every_command(capsys):
    with pytest.raises(SystemExit):
        cli.main(["inport", "export.csv"])
    error = capsys.readouterr().err
    assert "'import'" in error and "'health'" in error and "'app'" in error

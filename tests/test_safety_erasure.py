"""Erasure finds every copy the product made of a workspace, and says what it removed (#18)."""

import json
import subprocess
import sys

import pytest

from toolkit import cli
from toolkit.core import workspaces
from toolkit.core.model import Contact
from toolkit.core.store import open_workspace

NAME = "Hélène Vasseur"  # fictional; what must not survive an erasure


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.delenv("ATELIER_WORKSPACE", raising=False)
    monkeypatch.delenv(workspaces.APP_ENV, raising=False)
    folder = tmp_path / "workspace"
    monkeypatch.setenv("ATELIER_WORKSPACE_DIR", str(folder))
    return folder


def _workspace(path):
    with open_workspace(path, create=True) as workspace:
        workspace.set_meta({"participant": "Zoé"})
        [contact] = workspace.add_contacts([Contact(display_name=NAME, circle=2)])
    return path, contact


def _files_mentioning(root, text):
    return [p for p in root.rglob("*") if p.is_file() and text.encode() in p.read_bytes()] + [
        p
        for p in root.rglob("*")
        if p.is_file() and text.encode("unicode_escape") in p.read_bytes()
    ]


def test_forget_removes_the_calendar_file_step_3_wrote_beside_the_workspace(folder, capsys):
    pytest.importorskip("ipywidgets")
    from toolkit.core.session import Session
    from toolkit.plan.screens import displays

    path, _ = _workspace(folder / "zoe.sqlite")
    session = Session()
    session.open(path)
    displays.calendar_download(session)  # as the step 3 page does when it is shown
    session.workspace.close()
    written = [p for p in folder.iterdir() if p.suffix == ".ics"]
    assert written  # the page did leave a calendar copy there
    assert cli.main(["forget", "--workspace", str(path), "--yes"]) == 0
    out = capsys.readouterr().out
    assert not [p for p in folder.iterdir() if p.suffix == ".ics"]
    assert all(p.name in out for p in written)  # and it says so


def test_forget_clears_the_participant_notebook_copies_and_their_checkpoints(
    folder, tmp_path, capsys
):
    path, _ = _workspace(folder / "zoe.sqlite")
    source = tmp_path / "workshops"
    (source / "fr").mkdir(parents=True)
    clean = {"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    (source / "fr" / "01_carte.ipynb").write_text(json.dumps(clean), encoding="utf-8")
    copies = workspaces.notebook_copies(source)
    run = {**clean, "cells": [{"cell_type": "code", "source": "", "metadata": {},
                               "outputs": [{"output_type": "stream", "name": "stdout",
                                            "text": f"{NAME}, cercle 2"}]}]}  # fmt: skip
    (copies / "fr" / "01_carte.ipynb").write_text(json.dumps(run), encoding="utf-8")
    checkpoints = copies / "fr" / ".ipynb_checkpoints"
    checkpoints.mkdir()
    (checkpoints / "01_carte-checkpoint.ipynb").write_text(json.dumps(run), encoding="utf-8")
    assert _files_mentioning(folder, "Vasseur")
    assert cli.main(["forget", "--workspace", str(path), "--yes"]) == 0
    assert not _files_mentioning(folder, "Vasseur")
    assert "01_carte" in capsys.readouterr().out
    # The next `atelier workshop` still finds its copies.
    again = workspaces.notebook_copies(source)
    assert json.loads((again / "fr" / "01_carte.ipynb").read_text(encoding="utf-8")) == clean


def test_forget_of_an_app_workspace_drops_its_remembered_choice_and_its_folder(folder, capsys):
    own = workspaces.participant_folder(folder, "k" * 32)
    path, _ = _workspace(own / "zoe.sqlite")
    (own / workspaces._LAST_CHOICE).write_text(json.dumps({"workspace": str(path)}))
    # `atelier forget` is run by the trainer, outside app mode.
    assert cli.main(["forget", "--workspace", str(path), "--yes"]) == 0
    assert not own.exists()
    assert not _files_mentioning(folder, "zoe")
    assert str(own) in capsys.readouterr().out


def test_forget_keeps_an_app_folder_that_still_holds_another_workspace(folder):
    own = workspaces.participant_folder(folder, "k" * 32)
    path, _ = _workspace(own / "zoe.sqlite")
    other, _ = _workspace(own / "yann.sqlite")
    assert cli.main(["forget", "--workspace", str(path), "--yes"]) == 0
    assert other.is_file() and not path.exists()


def test_forget_lists_the_workspace_and_its_side_files(folder, capsys):
    path, _ = _workspace(folder / "zoe.sqlite")
    holder = open_workspace(path)  # an open notebook keeps -wal and -shm on disk
    holder.add_contacts([Contact(display_name="Yann")])
    assert path.with_name("zoe.sqlite-wal").exists()
    holder.close()
    open_workspace(path).close()
    assert cli.main(["--lang", "en", "forget", "--workspace", str(path), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "zoe.sqlite" in out
    assert not list(folder.glob("zoe*"))


def test_a_page_left_open_after_forget_no_longer_says_saved(folder):
    pytest.importorskip("ipywidgets")
    from toolkit.core.session import Session
    from toolkit.i18n import t
    from toolkit.map.screens.describe import Describer

    path, contact = _workspace(folder / "zoe.sqlite")
    session = Session()
    session.open(path)
    describer = Describer(session)
    forget = subprocess.run(
        [sys.executable, "-m", "toolkit.cli", "forget", "--workspace", str(path), "--yes"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert forget.returncode == 0, forget.stderr
    assert not describer.describe(contact, circle=1)
    shown = describer._feedback.value
    assert t("mapping.describe.saved", name=NAME) not in shown
    assert t("errors.workspace_gone", path=path.name) in shown.replace("&#x27;", "'")
    assert not path.exists()  # and nothing came back to life on disk
    session.workspace.close()


def test_the_review_screen_exports_and_erases_the_workspace(folder):
    pytest.importorskip("ipywidgets")
    import base64
    import re

    from toolkit.core.session import Session
    from toolkit.review.screens.takeaway import TakeAway

    path, _ = _workspace(folder / "zoe.sqlite")
    workspaces.remember(path)
    session = Session()
    session.open(path)
    screen = TakeAway(session)
    link = screen.export_everything()
    payload = re.search(r"base64,([A-Za-z0-9+/=]+)", link).group(1)
    data = json.loads(base64.b64decode(payload))
    assert [c["display_name"] for c in data["contacts"]] == [NAME]
    assert not screen.erase_everything(confirmed=False)
    assert path.exists()
    assert screen.erase_everything(confirmed=True)
    assert not path.exists() and workspaces.remembered() is None
    assert session.workspace is None


def test_forget_in_french_removes_a_calendar_written_in_english(folder):
    pytest.importorskip("ipywidgets")
    from toolkit import i18n
    from toolkit.core.session import Session
    from toolkit.plan.screens import displays

    path, _ = _workspace(folder / "zoe.sqlite")
    session = Session()
    session.open(path)
    i18n.set_language("en")
    try:
        displays.calendar_download(session)
    finally:
        i18n.set_language("fr")
    session.workspace.close()
    assert (folder / "follow-ups-zoe.ics").is_file()
    assert cli.main(["forget", "--workspace", str(path), "--yes"]) == 0
    assert not list(folder.glob("*.ics"))

"""App mode without a browser: the participant key, its folder, the home page."""

import json

import pytest

from toolkit.app import server as app_server
from toolkit.core import workspaces
from toolkit.core.errors import WorkspaceError
from toolkit.core.session import Session
from toolkit.ui import WorkspacePicker

KEY = "k" * 32


def test_the_key_is_read_from_the_cookie_header_only_when_well_formed():
    assert workspaces.app_key(f"_xsrf=1; atelier_participant={KEY}; other=2") == KEY
    assert workspaces.app_key("atelier_participant=../../etc") == ""
    assert workspaces.app_key("atelier_participant=short") == ""
    assert workspaces.app_key("") == ""


def test_each_key_has_its_own_folder_named_by_a_digest(tmp_path, monkeypatch):
    monkeypatch.setenv("ATELIER_WORKSPACE_DIR", str(tmp_path))
    monkeypatch.setenv(workspaces.APP_ENV, "1")
    monkeypatch.setenv("HTTP_COOKIE", f"atelier_participant={KEY}")
    mine = workspaces.workspace_dir()
    monkeypatch.setenv("HTTP_COOKIE", f"atelier_participant={'z' * 32}")
    theirs = workspaces.workspace_dir()
    assert mine != theirs and mine.parent == theirs.parent == tmp_path / "app"
    assert KEY not in str(mine)
    with pytest.raises(WorkspaceError):
        workspaces.participant_folder(tmp_path, "")


def test_the_picker_lists_only_this_browsers_workspaces(tmp_path, monkeypatch):
    monkeypatch.delenv("ATELIER_WORKSPACE", raising=False)
    monkeypatch.setenv("ATELIER_WORKSPACE_DIR", str(tmp_path))
    monkeypatch.setenv(workspaces.APP_ENV, "1")
    monkeypatch.setenv("HTTP_COOKIE", f"atelier_participant={KEY}")
    WorkspacePicker(Session()).create("Zoé")
    monkeypatch.setenv("HTTP_COOKIE", f"atelier_participant={'z' * 32}")
    other = WorkspacePicker(Session())
    assert not any("Zoé" in label for label, _ in other._choice.options)
    monkeypatch.setenv("HTTP_COOKIE", f"atelier_participant={KEY}")
    again = WorkspacePicker(Session())  # the next step, same browser
    assert again.session.title == "Zoé"


def test_without_a_key_the_picker_opens_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("ATELIER_WORKSPACE_DIR", str(tmp_path))
    monkeypatch.setenv(workspaces.APP_ENV, "1")
    monkeypatch.delenv("HTTP_COOKIE", raising=False)
    picker = WorkspacePicker(Session())
    assert picker.session.workspace is None
    assert "cookie" in picker._status.value


def test_home_page_lists_the_steps_escaped_and_not_the_trainers_notebooks(tmp_path):
    (tmp_path / "fr").mkdir()
    cell = {"cell_type": "markdown", "source": ["# Étape <b>1</b>\n"], "metadata": {}}
    (tmp_path / "fr" / "01_a.ipynb").write_text(json.dumps({"cells": [cell]}))
    (tmp_path / "fr" / "99_tableau.ipynb").write_text('{"cells": []}')
    page = app_server.landing_page(tmp_path, "fr")
    assert "Étape &lt;b&gt;1&lt;/b&gt;" in page and "<b>1" not in page
    assert "voila/render/fr/01_a.ipynb" in page and "99_tableau" not in page


def test_the_real_home_page_lists_the_participant_notebooks_in_both_languages():
    root = workspaces.repo_root() / "workshops"
    numbers = {lang: [path.split("/")[1][:2] for _, path in app_server.steps(root, lang)]
               for lang in ("fr", "en")}  # fmt: skip
    # welcome, the three steps, the review, the interview; not the guide nor the dashboard
    assert numbers["fr"] == numbers["en"] == ["00", "01", "02", "03", "04", "05"]


def test_the_one_time_marker_leaves_the_address_and_nothing_else_does():
    strip = app_server.without_marker
    assert strip("/voila/render/fr/01.ipynb?atelier_again=1") == "/voila/render/fr/01.ipynb"
    assert strip("/voila/render/a.ipynb?x=1&atelier_again=1&y=") == "/voila/render/a.ipynb?x=1&y="
    assert strip("/voila/render/a.ipynb") == "/voila/render/a.ipynb"

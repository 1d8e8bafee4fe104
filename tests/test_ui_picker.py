"""The workspace picker, driven through its public methods exactly as the buttons do."""

import pytest

from toolkit.core import workspaces
from toolkit.core.session import Session
from toolkit.core.store import open_workspace
from toolkit.i18n import t
from toolkit.ui import WorkspacePicker


@pytest.fixture
def scratch(tmp_path, monkeypatch):
    monkeypatch.delenv("ATELIER_WORKSPACE", raising=False)
    monkeypatch.setenv("ATELIER_WORKSPACE_DIR", str(tmp_path / "ws"))
    return tmp_path / "ws"


def _status(picker):
    return picker._status.value


def test_first_visit_opens_the_first_demo_persona(scratch):
    picker = WorkspacePicker(Session())
    assert picker.session.title == t("personas.cecile.title")
    assert picker.session.workspace.count("contacts") > 0
    assert workspaces.remembered() == workspaces.demo_path("cecile")
    assert t("personas.cecile.title") in _status(picker)


def test_creating_my_workspace_opens_it_and_the_next_notebook_reopens_it(scratch):
    picker = WorkspacePicker(Session())
    picker.create("  Élodie ")
    path = scratch / "elodie.sqlite"
    assert path.is_file()
    assert picker.session.workspace.path == path
    assert picker.session.title == "Élodie"
    assert ("Élodie", str(path)) in picker._choice.options
    assert picker._choice.value == str(path)
    # the next notebook
    again = WorkspacePicker(Session())
    assert again.session.workspace.path == path
    assert again._choice.value == str(path)


def test_creating_twice_reopens_the_same_workspace_without_losing_data(scratch):
    picker = WorkspacePicker(Session())
    picker.create("Zoé")
    from toolkit.core.model import Contact

    picker.session.workspace.add_contacts([Contact(display_name="Ada")])
    picker.choose("demo:marc")
    picker.create("zoé")
    assert picker.session.workspace.count("contacts") == 1


def test_an_invalid_first_name_shows_a_message_and_changes_nothing(scratch):
    picker = WorkspacePicker(Session())
    before = sorted(p.name for p in scratch.rglob("*"))
    current = picker.session.workspace
    picker.create("  ")
    assert "prénom" in _status(picker)
    assert picker.session.workspace is current
    assert sorted(p.name for p in scratch.rglob("*")) == before


def test_switching_to_another_persona_notifies_watchers(scratch):
    picker = WorkspacePicker(Session())
    seen = []
    picker.session.watch("test", lambda: seen.append(picker.session.title))
    picker.session.watch("test", lambda: seen.append("replaced: " + picker.session.title))
    picker._choice.value = "demo:sophie"  # what the dropdown does
    assert seen == ["replaced: " + t("personas.sophie.title")]


def test_names_are_shown_as_text_never_as_html(scratch):
    picker = WorkspacePicker(Session())
    picker.create("<img src=x onerror=alert(1)>Zoé")
    assert "<img" not in _status(picker)
    assert "&lt;img src=x onerror=alert(1)&gt;Zoé" in _status(picker)


def test_atelier_workspace_preselects_without_asking(tmp_path, monkeypatch, scratch):
    preset = tmp_path / "preset.sqlite"
    monkeypatch.setenv("ATELIER_WORKSPACE", str(preset))
    picker = WorkspacePicker(Session())
    assert picker.session.workspace.path == preset
    assert not hasattr(picker, "_choice")
    assert len(picker.children) == 2  # the status line, and the style that fits labels


def test_a_preset_that_is_not_a_workspace_gives_a_message_not_a_traceback(
    tmp_path, monkeypatch, scratch
):
    bad = tmp_path / "contacts.csv"
    bad.write_text("First Name,Last Name\n", encoding="utf-8")
    monkeypatch.setenv("ATELIER_WORKSPACE", str(bad))
    picker = WorkspacePicker(Session())
    assert picker.session.workspace is None
    assert "contacts.csv" in _status(picker) and "Atelier Réseau" in _status(picker)
    assert bad.read_text(encoding="utf-8") == "First Name,Last Name\n"


def test_a_broken_file_in_the_workspace_folder_is_listed_by_its_name(scratch):
    scratch.mkdir(parents=True)
    (scratch / "broken.sqlite").write_text("not a database", encoding="utf-8")
    with open_workspace(scratch / "ana.sqlite", create=True) as ws:
        ws.set_meta({"participant": "Ana"})
    picker = WorkspacePicker(Session())
    labels = [label for label, _ in picker._choice.options]
    assert "Ana" in labels and "broken" in labels
    picker.choose(str(scratch / "broken.sqlite"))
    assert "broken.sqlite" in _status(picker)
    assert picker.session.title == t("personas.cecile.title")

"""Where workspaces live and which one was chosen last."""

import pytest

from toolkit.core import workspaces
from toolkit.core.errors import ValidationError


@pytest.fixture(autouse=True)
def scratch_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("ATELIER_WORKSPACE_DIR", str(tmp_path / "ws"))
    return tmp_path / "ws"


@pytest.mark.parametrize(
    ("typed", "slug"),
    [("Élodie", "elodie"), ("  Jean-Pierre  N'Diaye ", "jean-pierre-n-diaye"), ("Zoë 🌿", "zoe")],
)
def test_a_first_name_becomes_a_safe_file_name(typed, slug, scratch_dir):
    assert workspaces.participant_path(typed) == scratch_dir / f"{slug}.sqlite"


def test_a_name_in_another_script_gets_its_own_stable_file():
    li, wang = workspaces.participant_path("李"), workspaces.participant_path("王")
    assert li != wang and li == workspaces.participant_path(" 李 ")
    assert li.name.startswith("p-") and li.suffix == ".sqlite"


@pytest.mark.parametrize("typed", ["", "   ", "🌿🌿", "../..", "12"])
def test_a_first_name_without_letters_is_refused(typed):
    with pytest.raises(ValidationError) as error:
        workspaces.participant_path(typed)
    assert error.value.key == "errors.invalid_first_name"


def test_the_choice_is_remembered_until_its_file_disappears(scratch_dir):
    assert workspaces.remembered() is None
    path = scratch_dir / "zoe.sqlite"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"")
    workspaces.remember(path)
    assert workspaces.remembered() == path
    path.unlink()
    assert workspaces.remembered() is None
    workspaces.forget_choice(path)
    assert not (scratch_dir / ".last-choice.json").exists()


def test_a_damaged_choice_file_is_ignored(scratch_dir):
    scratch_dir.mkdir()
    (scratch_dir / ".last-choice.json").write_text("{not json", encoding="utf-8")
    assert workspaces.remembered() is None


def test_atelier_workspace_preselects(monkeypatch, tmp_path):
    monkeypatch.delenv("ATELIER_WORKSPACE", raising=False)
    assert workspaces.preselected() is None
    monkeypatch.setenv("ATELIER_WORKSPACE", str(tmp_path / "x.sqlite"))
    assert workspaces.preselected() == tmp_path / "x.sqlite"


def test_notebooks_are_served_from_copies_that_follow_their_source(tmp_path, scratch_dir):
    source = tmp_path / "workshops"
    (source / "fr").mkdir(parents=True)
    (source / "fr" / "00.ipynb").write_text("v1", encoding="utf-8")
    (source / "fr" / ".ipynb_checkpoints").mkdir()
    (source / "fr" / ".ipynb_checkpoints" / "00-checkpoint.ipynb").write_text("x", encoding="utf-8")
    target = workspaces.notebook_copies(source)
    copy = target / "fr" / "00.ipynb"
    assert target == scratch_dir / "notebooks" and copy.read_text(encoding="utf-8") == "v1"
    assert not (target / "fr" / ".ipynb_checkpoints").exists()
    copy.write_text("v1 run by the participant", encoding="utf-8")
    workspaces.notebook_copies(source)
    assert copy.read_text(encoding="utf-8") == "v1 run by the participant"  # kept
    (source / "fr" / "00.ipynb").write_text("v2", encoding="utf-8")
    workspaces.notebook_copies(source)
    assert copy.read_text(encoding="utf-8") == "v2"  # the new version of the workshop

"""Where workspaces live and which one was chosen last."""

import pytest

from toolkit import workspaces
from toolkit.errors import ValidationError


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

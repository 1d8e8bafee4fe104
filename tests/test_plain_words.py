"""Participants read plain words, never a bare principle code such as "(P3)": not in the
catalogues, not in their notebooks (text or stored outputs), not in their calendar events.
The trainer's guide keeps each code beside its phrase."""

import json
import re

import pytest

from toolkit import demo
from toolkit.app.pages import TRAINER_ONLY
from toolkit.core import workspaces
from toolkit.i18n import catalogue
from toolkit.plan import export as plan_export
from toolkit.plan import followups

CODE = re.compile(r"\(\s*P\d+\b|\bP\d{1,2}\b(?=\s*[,:;)\u202f])")
ROOT = workspaces.repo_root()


def _participant_notebooks() -> list:
    found = []
    for folder in ("workshops", "exercises"):
        for path in sorted((ROOT / folder).rglob("*.ipynb")):
            if not path.name.startswith(TRAINER_ONLY) and ".ipynb_checkpoints" not in path.parts:
                found.append(path)
    return found


def _texts(cell: dict) -> list[str]:
    texts = ["".join(cell["source"])] if cell["cell_type"] == "markdown" else []
    for output in cell.get("outputs", []):
        data = output.get("data", {})
        for kind in ("text/plain", "text/html", "text/markdown"):
            if kind in data:
                texts.append("".join(data[kind]))
        if "text" in output:
            texts.append("".join(output["text"]))
    return texts


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_catalogue_message_holds_a_principle_code(lang):
    found = {key: text for key, text in catalogue(lang).items() if CODE.search(text)}
    assert found == {}


def test_the_pattern_catches_the_codes_it_is_for():
    for text in ("récent (P3).", "(P5, P8)", "un e-mail, P11)", "(P6 : on ne demande", "(P12)"):
        assert CODE.search(text), text
    for text in ("P-3F2A", "une PME", "(Page 3)", "MP3"):
        assert not CODE.search(text), text


def test_no_participant_notebook_holds_a_principle_code():
    notebooks = _participant_notebooks()
    assert len(notebooks) > 10
    found = []
    for path in notebooks:
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            for text in _texts(cell):
                found += [f"{path.name}: {m.group(0)}" for m in CODE.finditer(text)]
    assert found == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_calendar_events_say_the_reason_in_plain_words(tmp_path, lang):
    workspace = demo.create_persona("cecile", tmp_path / "cecile.sqlite")
    try:
        settings = followups.settings_from_meta(workspace.meta())
        plan = followups.workspace_plan(workspace, 6, settings)
    finally:
        workspace.close()
    calendar = plan_export.to_ics(plan, settings.timezone, "cecile", lang=lang).decode("utf-8")
    assert calendar.count("BEGIN:VEVENT") > 3 and "DESCRIPTION" in calendar
    unfolded = calendar.replace("\r\n ", "")  # iCalendar folds long lines
    assert CODE.findall(unfolded) == []


def test_the_facilitator_guide_keeps_each_code_beside_its_phrase():
    for name in ("fr/00_guide_animateur.ipynb", "en/00_facilitator_guide.ipynb"):
        cells = json.loads((ROOT / "workshops" / name).read_text(encoding="utf-8"))["cells"]
        text = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
        for match in re.finditer(r"\(P\d+\)", text):
            before = text[max(0, match.start() - 40) : match.start()]
            assert len(re.findall(r"\w+", before)) >= 4, before  # a phrase says what it is


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_burts_measures_are_said_in_plain_words_to_participants(lang):
    messages = catalogue(lang)
    assert not [key for key, text in messages.items() if "Burt" in text]
    plain = {"fr": "se connaissent", "en": "know one another"}[lang]
    for name in ("effective_size", "constraint"):
        label = messages[f"health.figures.{name}"]
        assert plain in label and "(" in label  # what it counts, then what it means for you
        assert not label.lower().startswith(
            ("taille effective", "contrainte", "effective", "constr")
        )

"""Notebooks as committed: fr/en in step, python3 kernel, outputs stored, only fictional data."""

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted([*ROOT.glob("workshops/**/*.ipynb"), *ROOT.glob("exercises/**/*.ipynb")])
# Pairs of the same notebook in French and English.
PAIRS = [
    ("workshops/fr/00_guide_animateur.ipynb", "workshops/en/00_facilitator_guide.ipynb"),
    ("workshops/fr/00_bienvenue.ipynb", "workshops/en/00_welcome.ipynb"),
    ("workshops/fr/01_cartographier_mon_reseau.ipynb", "workshops/en/01_map_my_network.ipynb"),
    (
        "workshops/fr/02_formuler_une_demande_precise.ipynb",
        "workshops/en/02_draft_a_precise_ask.ipynb",
    ),
    (
        "workshops/fr/03_planifier_mes_relances.ipynb",
        "workshops/en/03_plan_my_follow_ups.ipynb",
    ),
    ("workshops/fr/04_bilan.ipynb", "workshops/en/04_review.ipynb"),
    ("workshops/fr/99_tableau_de_bord_cohorte.ipynb", "workshops/en/99_cohort_dashboard.ipynb"),
    ("exercises/fr/01_cercles.ipynb", "exercises/en/01_circles.ipynb"),
    ("exercises/solutions/fr/01_cercles.ipynb", "exercises/solutions/en/01_circles.ipynb"),
    ("exercises/fr/02_demandes.ipynb", "exercises/en/02_asks.ipynb"),
    ("exercises/solutions/fr/02_demandes.ipynb", "exercises/solutions/en/02_asks.ipynb"),
    ("exercises/fr/03_relances.ipynb", "exercises/en/03_follow_ups.ipynb"),
    ("exercises/solutions/fr/03_relances.ipynb", "exercises/solutions/en/03_follow_ups.ipynb"),
    (
        "workshops/fr/05_entretien_reseau.ipynb",
        "workshops/en/05_informational_interview.ipynb",
    ),
    ("exercises/fr/05_compte_rendu.ipynb", "exercises/en/05_debrief.ipynb"),
    ("exercises/fr/02_presentation.ipynb", "exercises/en/02_introduction.ipynb"),
    (
        "exercises/solutions/fr/02_presentation.ipynb",
        "exercises/solutions/en/02_introduction.ipynb",
    ),
    ("exercises/solutions/fr/05_compte_rendu.ipynb", "exercises/solutions/en/05_debrief.ipynb"),
]
LANGUAGE_ARGUMENT = re.compile(r"""(["'])(fr|en)\1""")
EXAMPLE_DOMAINS = re.compile(r"@(example|exemple)\.(com|org|net|fr)$")


def _load(relative):
    return json.loads((ROOT / relative).read_text(encoding="utf-8"))


def _code_cells(notebook):
    return ["".join(cell["source"]) for cell in notebook["cells"] if cell["cell_type"] == "code"]


def test_there_are_notebooks_to_check():
    assert len(NOTEBOOKS) >= 2


@pytest.mark.parametrize(("fr", "en"), PAIRS)
def test_french_and_english_run_the_same_code(fr, en):
    neutral = [LANGUAGE_ARGUMENT.sub("LANG", source) for source in _code_cells(_load(fr))]
    assert neutral == [LANGUAGE_ARGUMENT.sub("LANG", source) for source in _code_cells(_load(en))]
    assert any('"fr"' in source for source in _code_cells(_load(fr)))
    assert any('"en"' in source for source in _code_cells(_load(en)))


def test_every_notebook_has_its_translation():
    paired = {name for pair in PAIRS for name in pair}
    assert {str(p.relative_to(ROOT)) for p in NOTEBOOKS} <= paired


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_exercise_has_its_solution(lang):
    exercises = sorted(p.name for p in (ROOT / "exercises" / lang).glob("*.ipynb"))
    solutions = sorted(p.name for p in (ROOT / "exercises" / "solutions" / lang).glob("*.ipynb"))
    assert exercises and exercises == solutions


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_committed_clean_and_runnable(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    assert notebook["metadata"]["kernelspec"]["name"] == "python3"
    code = [cell for cell in notebook["cells"] if cell["cell_type"] == "code"]
    assert code and all(cell["execution_count"] is not None for cell in code), "run and save it"
    assert all(
        len(cell["source"]) and len("".join(cell["source"]).splitlines()) <= 6 for cell in code
    )
    text = path.read_text(encoding="utf-8")
    emails = re.findall(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}", text)
    assert [e for e in emails if not EXAMPLE_DOMAINS.search(e)] == []
    assert path.stat().st_size < 1_000_000  # no inlined plotly.js, no huge outputs
    assert "Traceback" not in text

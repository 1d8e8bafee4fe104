"""The layer rules of pyproject.toml hold, and they do fail when a rule is broken."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT = Path(sys.executable).with_name("lint-imports")


def _lint(project: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(project)}
    return subprocess.run(
        [str(LINT), "--no-cache"], cwd=project, env=env, capture_output=True, text=True
    )


def test_the_toolkit_keeps_every_layer_rule():
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("core/store.py", "from toolkit.health import figures", "Steps import only"),
        ("map/contacts.py", "from toolkit.ask import checker", "Steps import only"),
        ("plan/followups.py", "import ipywidgets", "Only screens import widgets"),
        ("ask/checker.py", "from toolkit.ask.screens import builder", "Logic never imports"),
        ("review/report.py", "import sqlite3", "Only the store touches"),
    ],
)
def test_a_broken_rule_is_reported(tmp_path, module, line, contract):
    shutil.copytree(
        ROOT / "toolkit", tmp_path / "toolkit", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    broken = tmp_path / "toolkit" / module
    broken.write_text(broken.read_text() + f"\n{line}  # noqa\n", encoding="utf-8")
    result = _lint(tmp_path)
    assert result.returncode != 0
    verdicts = [ln for ln in result.stdout.splitlines() if ln.endswith((" KEPT", " BROKEN"))]
    broken = [ln for ln in verdicts if ln.endswith(" BROKEN")]
    assert len(verdicts) == 4 and len(broken) == 1 and broken[0].startswith(contract)

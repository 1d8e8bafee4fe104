"""What the room and the hub both say of the workshop's notebooks. Light: the hub imports it."""

from __future__ import annotations

import json
from pathlib import Path

# The trainer's notebooks are not steps for participants.
TRAINER_ONLY = ("00_guide", "00_facilitator", "99_")


def notebook_title(path: Path) -> str:
    """The first heading of a notebook ("Étape 1 — Cartographier mon réseau")."""
    for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
        if cell["cell_type"] == "markdown":
            for line in "".join(cell["source"]).splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return path.stem


def steps(root: Path, lang: str) -> list[tuple[str, str]]:
    """The participant's notebooks in ``lang``, in order: (title, path under ``root``)."""
    found = sorted((root / lang).glob("*.ipynb"))
    return [
        (notebook_title(path), path.relative_to(root).as_posix())
        for path in found
        if not path.name.startswith(TRAINER_ONLY)
    ]


def room_steps(root: Path, lang: str) -> list[tuple[str, str]]:
    """The steps of a room's app page: the participant's notebooks but the welcome one (the
    home page says welcome)."""
    return [(title, path) for title, path in steps(root, lang) if "/00_" not in path]

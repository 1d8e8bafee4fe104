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

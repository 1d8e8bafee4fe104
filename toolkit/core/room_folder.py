"""Where a room keeps the summaries its participants share with the trainer. Paths only.

``atelier app --room`` sets ``ATELIER_ROOM_DIR`` for its kernels; a participant's "share with
the trainer" writes their anonymous summary into that room's cohort folder, one file each,
which the trainer's dashboard reads and the console exports. Outside a room there is none.
"""

from __future__ import annotations

import os
from pathlib import Path

from toolkit.core import workspaces

ROOM_ENV = "ATELIER_ROOM_DIR"
COHORT_FOLDER = "cohort"


def cohort_folder() -> Path | None:
    """This room's cohort folder, or ``None`` when the workshop is not served to a room."""
    room = os.environ.get(ROOM_ENV, "").strip()
    return Path(room) / COHORT_FOLDER if room else None


def share(data: bytes, filename: str) -> Path:
    """Put one participant's summary file into the room's cohort folder, whole or not at all.

    The file is named after the participant's own app folder (a digest, never a name), so
    sharing again replaces their earlier file of the same day instead of adding a second one.
    """
    folder = cohort_folder()
    if folder is None:
        raise RuntimeError("not in a room: ATELIER_ROOM_DIR is not set")
    folder.mkdir(parents=True, exist_ok=True)
    owner = workspaces.workspace_dir().name[:12]
    path = folder / f"{owner}-{filename}"
    workspaces.write_atomically(path, data)
    return path

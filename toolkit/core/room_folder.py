"""Where a room keeps the summaries its participants share with the trainer. Paths only.

``atelier app --room`` sets ``ATELIER_ROOM_DIR`` for its kernels; a participant's "share with
the trainer" writes their anonymous summary into that room's cohort folder, one file each,
which the trainer's dashboard reads and the console exports. Outside a room there is none.
"""

from __future__ import annotations

import os
from pathlib import Path

from toolkit.core import hub, workspaces

ROOM_ENV = "ATELIER_ROOM_DIR"
COHORT_FOLDER = "cohort"


def cohort_folder() -> Path | None:
    """This room's cohort folder, or ``None`` when the workshop is not served to a room."""
    room = os.environ.get(ROOM_ENV, "").strip()
    return Path(room) / COHORT_FOLDER if room else None


def can_share() -> bool:
    """Whether a participant's summary has somewhere to go: a room's folder, or the cohort's
    service under JupyterHub."""
    return cohort_folder() is not None or bool(hub.cohort_url())


def share(data: bytes, filename: str) -> str:
    """Put one participant's summary into the room's cohort folder (whole or not at all) or,
    under JupyterHub, send it to the cohort's service; the name it is kept under.

    The file is named after the participant (their app folder's or hub user's digest, never a
    name), so sharing again replaces their earlier file of the same day instead of adding one.
    """
    if hub.cohort_url():
        return hub.share_summary(data, filename)
    folder = cohort_folder()
    if folder is None:
        raise RuntimeError("not in a room: ATELIER_ROOM_DIR is not set")
    folder.mkdir(parents=True, exist_ok=True)
    owner = workspaces.workspace_dir().name[:12]
    path = folder / f"{owner}-{filename}"
    workspaces.write_atomically(path, data)
    return path.name

"""Where the live reciprocity ring keeps its files in the room's folder. I/O only; no decisions.

``<room>/ring/state.json`` says which ask the trainer shows; ``<room>/ring/offers/<id>.json``
holds one offer each and ``<room>/ring/outcomes/<id>.json`` the day-14 answer to one offer, so
that twenty laptops posting at once never write the same file. Every file is written whole
or not at all (``workspaces.write_atomically``). What the files mean: ``toolkit.cohort.ring``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from toolkit.core import workspaces
from toolkit.core.room_folder import COHORT_FOLDER

RING_FOLDER = "ring"
OFFER_ID = re.compile(r"[0-9a-f]{16}")  # toolkit.cohort.ring's ids: nothing else names a file


def _read(path: Path) -> object:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _write(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    workspaces.write_atomically(path, json.dumps(data, ensure_ascii=False).encode("utf-8"))


def cohort_files(room: Path) -> list[tuple[str, float, object]]:
    """The room's shared summaries as ``(owner, shared_at, data)``: the owner is the part of
    the file name ``room_folder.share`` put before the date (a digest, never a name)."""
    folder = Path(room) / COHORT_FOLDER
    found = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        owner = path.name.split("-", 1)[0]
        try:
            shared_at = path.stat().st_mtime
        except OSError:
            continue
        found.append((owner, shared_at, _read(path)))
    return found


def state(room: Path) -> dict:
    """What the trainer's screen shows ({} before the ring starts)."""
    data = _read(Path(room) / RING_FOLDER / "state.json")
    return data if isinstance(data, dict) else {}


def save_state(room: Path, data: dict) -> None:
    """Keep what the trainer's screen shows."""
    _write(Path(room) / RING_FOLDER / "state.json", data)


def add_offer(room: Path, offer: dict) -> Path:
    """Keep one offer in a file of its own."""
    if not OFFER_ID.fullmatch(str(offer.get("id", ""))):
        raise ValueError("an offer id is 16 hexadecimal characters")
    path = Path(room) / RING_FOLDER / "offers" / f"{offer['id']}.json"
    _write(path, offer)
    return path


def offers(room: Path) -> list[object]:
    """Every offer file's content, as read (checking it is ``toolkit.cohort.ring``'s job)."""
    folder = Path(room) / RING_FOLDER / "offers"
    return [_read(p) for p in sorted(folder.glob("*.json"))] if folder.is_dir() else []


def save_outcome(room: Path, offer_id: str, led: bool) -> None:
    """Keep the day-14 answer to one offer (answering again replaces it)."""
    if not OFFER_ID.fullmatch(offer_id):
        raise ValueError("an offer id is 16 hexadecimal characters")
    _write(Path(room) / RING_FOLDER / "outcomes" / f"{offer_id}.json", {"led": bool(led)})


def outcomes(room: Path) -> dict[str, bool]:
    """The day-14 answers, by offer id."""
    folder = Path(room) / RING_FOLDER / "outcomes"
    found = {}
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        data = _read(path)
        if OFFER_ID.fullmatch(path.stem) and isinstance(data, dict):
            found[path.stem] = data.get("led") is True
    return found

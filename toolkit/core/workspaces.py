"""Where workspaces live, and which one the participant chose last. Paths only; no SQLite here."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import unicodedata
from pathlib import Path

from toolkit.core.errors import AtelierError, ValidationError, WorkspaceError

PACKAGE_ROOT = Path(__file__).resolve().parent.parent  # toolkit/ (this file is in toolkit/core/)
_LAST_CHOICE = ".last-choice.json"
# App mode: the server sets ATELIER_APP and gives each browser a random key in this cookie;
# Voilà hands the request's Cookie header to the notebook's kernel as HTTP_COOKIE.
APP_ENV = "ATELIER_APP"
APP_COOKIE = "atelier_participant"


def repo_root() -> Path:
    """The checkout the toolkit runs from (workspaces and notebooks live beside it)."""
    return PACKAGE_ROOT.parent


def workspace_dir() -> Path:
    """Folder of participants' workspaces: ``workspace/`` in the checkout (git-ignored).

    ``ATELIER_WORKSPACE_DIR`` moves it (tests use a temporary folder).
    """
    override = os.environ.get("ATELIER_WORKSPACE_DIR")
    folder = Path(override) if override else repo_root() / "workspace"
    if app_mode():
        return participant_folder(folder, app_key())
    return folder


def app_mode() -> bool:
    """Whether the notebook runs in app mode (Voilà, several participants on one server)."""
    return bool(os.environ.get(APP_ENV))


def app_key(cookie_header: str | None = None) -> str:
    """This browser's participant key, from the ``Cookie`` header ("" when it has none)."""
    header = os.environ.get("HTTP_COOKIE", "") if cookie_header is None else cookie_header
    for part in header.split(";"):
        name, _, value = part.strip().partition("=")
        if name == APP_COOKIE and re.fullmatch(r"[A-Za-z0-9_-]{16,128}", value):
            return value
    return ""


def participant_folder(base: Path, key: str) -> Path:
    """One browser's own folder in app mode: its workspaces, demos and remembered choice.

    Named by a digest of the key, so reading the folder names does not reveal any key.
    """
    if not key:
        raise WorkspaceError("app.no_participant_key")
    return base / "app" / hashlib.sha256(key.encode("ascii")).hexdigest()[:32]


def preselected() -> Path | None:
    """The workspace named by ``ATELIER_WORKSPACE``, which then opens without asking."""
    value = os.environ.get("ATELIER_WORKSPACE", "").strip()
    return Path(value) if value else None


def slugify(first_name: str) -> str:
    """A file-safe name: "Élodie Dupré" -> "elodie-dupre"; "" when the name has no letter.

    Names with no Latin transliteration (such as 李) get a stable digest instead.
    """
    name = unicodedata.normalize("NFC", first_name).strip()
    if not any(ch.isalpha() for ch in name):
        return ""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:60]
    if not slug:
        slug = "p-" + hashlib.sha256(name.casefold().encode("utf-8")).hexdigest()[:12]
    return slug


def participant_path(first_name: str) -> Path:
    """The workspace file of a participant, from the first name they typed."""
    slug = slugify(first_name)
    if not slug:
        raise ValidationError("errors.invalid_first_name", value=first_name)
    return workspace_dir() / f"{slug}.sqlite"


def demo_path(persona: str) -> Path:
    """The workspace file of a demo persona."""
    return workspace_dir() / "demo" / f"{persona}.sqlite"


def participant_paths() -> list[Path]:
    """Participants' workspace files, sorted by name."""
    folder = workspace_dir()
    return sorted(folder.glob("*.sqlite")) if folder.is_dir() else []


def _last_choice() -> Path | None:
    try:
        data = json.loads((workspace_dir() / _LAST_CHOICE).read_text(encoding="utf-8"))
        return Path(data["workspace"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def remembered() -> Path | None:
    """The workspace chosen last in any notebook, if it still exists."""
    path = _last_choice()
    return path if path is not None and path.is_file() else None


def remember(path: Path) -> None:
    """Note the choice so the next notebook opens the same workspace."""
    folder = workspace_dir()
    folder.mkdir(parents=True, exist_ok=True)
    temporary = folder / f"{_LAST_CHOICE}.tmp"
    temporary.write_text(json.dumps({"workspace": str(path)}), encoding="utf-8")
    temporary.replace(folder / _LAST_CHOICE)


def forget_choice(path: Path) -> None:
    """Drop the remembered choice if it names ``path`` (after the workspace is erased)."""
    if _last_choice() == path:
        (workspace_dir() / _LAST_CHOICE).unlink(missing_ok=True)


def notebook_copies(source: Path | None = None) -> Path:
    """The participant's own copies of the workshop notebooks, under ``workspace/notebooks``.

    JupyterLab saves notebooks as they are run, outputs included, and those outputs show the
    participant's data: served from the git-ignored workspace folder, they can never end up
    in the committed notebooks. A copy is refreshed when its source notebook changes.
    """
    source = source or repo_root() / "workshops"
    target = workspace_dir() / "notebooks"
    manifest_path = target / ".sources.json"
    try:
        copied = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        copied = {}
    for notebook in sorted(source.rglob("*.ipynb")):
        if ".ipynb_checkpoints" in notebook.parts:
            continue
        relative = notebook.relative_to(source).as_posix()
        digest = hashlib.sha256(notebook.read_bytes()).hexdigest()
        copy = target / relative
        if copied.get(relative) != digest or not copy.exists():
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(notebook, copy)
            copied[relative] = digest
    target.mkdir(parents=True, exist_ok=True)
    manifest_path.write_text(json.dumps(copied, indent=1, sort_keys=True), encoding="utf-8")
    return target


def write_atomically(path: Path, data: bytes) -> None:
    """Write a file whole or not at all (a temporary file, then renamed); a clear error if not."""
    path = Path(path)
    temporary = path.with_name(path.name + ".tmp")
    try:
        temporary.write_bytes(data)
        temporary.replace(path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise AtelierError(
            "cli.cannot_write", path=path, reason=error.strerror or str(error)
        ) from error

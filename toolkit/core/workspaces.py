"""Where workspaces live, and which one the participant chose last. Paths only; no SQLite here."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import unicodedata
from pathlib import Path

from toolkit import i18n
from toolkit.core import hub
from toolkit.core.errors import AtelierError, ValidationError, WorkspaceError
from toolkit.i18n import t

PACKAGE_ROOT = Path(__file__).resolve().parent.parent  # toolkit/ (this file is in toolkit/core/)
_LAST_CHOICE = ".last-choice.json"
SQLITE_MAGIC = b"SQLite format 3\x00"
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")  # SQLite's own files beside a database
NOTEBOOK_COPIES = "notebooks"
_MANIFEST = ".sources.json"

# App mode: the server sets ATELIER_APP and gives each browser a random key in this cookie;
# Voilà hands the request's Cookie header to the notebook's kernel as HTTP_COOKIE.
APP_ENV = "ATELIER_APP"
APP_COOKIE = "atelier_participant"
# JupyterLab on a room's network: the server sets ATELIER_LAB_BROWSERS and serves each browser
# its own copy of the notebooks under browsers/<folder>/notebooks; Jupyter tells each kernel
# its notebook's path (JPY_SESSION_NAME), whose first part names the browser's folder.
LAB_BROWSERS_ENV = "ATELIER_LAB_BROWSERS"
BROWSERS = "browsers"
_BROWSER_FOLDER = re.compile(r"[0-9a-f]{32}")


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
    browser = lab_browser(folder)
    if browser:  # JupyterLab on a network: this browser's workspaces and remembered choice
        return folder / BROWSERS / browser
    return folder


def lab_browser(base: Path) -> str:
    """The folder of the browser whose notebook this kernel runs, in JupyterLab on a network
    ("" elsewhere, or for a notebook outside every browser's folder). Jupyter names the
    notebook relative to the served folder (``base``/browsers) or, for JupyterLab, absolutely."""
    if not os.environ.get(LAB_BROWSERS_ENV):
        return ""
    name = os.environ.get("JPY_SESSION_NAME", "").replace("\\", "/")
    if os.path.isabs(name):
        try:
            parts = Path(name).resolve().relative_to((base / BROWSERS).resolve()).parts
        except (ValueError, OSError):
            return ""
    else:
        parts = tuple(part for part in name.split("/") if part)
    first = parts[0] if parts else ""
    return first if _BROWSER_FOLDER.fullmatch(first) else ""


def browser_folder_name(user: str) -> str:
    """A browser's folder name, from the anonymous name Jupyter gave it (a digest: the folder
    names do not reveal it)."""
    return hashlib.sha256(("browser:" + user).encode("utf-8")).hexdigest()[:32]


def app_mode() -> bool:
    """Whether the notebook runs in app mode (Voilà, several participants on one server)."""
    return bool(os.environ.get(APP_ENV))


def app_key(cookie_header: str | None = None) -> str:
    """This browser's participant key, from the ``Cookie`` header ("" when it has none).

    Under JupyterHub the hub's user is the participant: their key comes from the hub, not the
    browser (a cookie another server on the host set is then ignored)."""
    if cookie_header is None and hub.hub_user():
        return hub.user_key()
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
    """The workspace named by ``ATELIER_WORKSPACE``, which then opens without asking.

    ``{lang}`` in the path names one file per language ("demo-{lang}.sqlite"): the French and
    the English notebooks then open the demo whose typed texts are in their language.
    """
    value = os.environ.get("ATELIER_WORKSPACE", "").strip()
    if "{lang}" in value:
        from toolkit.i18n import get_language

        value = value.replace("{lang}", get_language())
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


def demo_path(persona: str, lang: str = "fr") -> Path:
    """The workspace file of a demo persona in ``lang`` (French keeps the plain name)."""
    suffix = "" if lang == "fr" else f"-{lang}"
    return workspace_dir() / "demo" / f"{persona}{suffix}.sqlite"


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
    folder = private_folder(workspace_dir())
    write_atomically(folder / _LAST_CHOICE, json.dumps({"workspace": str(path)}).encode())


def forget_choice(path: Path) -> list[Path]:
    """Drop every remembered choice that names ``path`` (after the workspace is erased): the
    one of this folder, and the one of the folder the workspace lives in (an app folder...).
    The files removed."""
    removed = []
    for folder in dict.fromkeys(_bases(Path(path))):
        choice = folder / _LAST_CHOICE
        try:
            named = Path(json.loads(choice.read_text(encoding="utf-8"))["workspace"])
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if _same_file_name(named, Path(path)):
            choice.unlink(missing_ok=True)
            removed.append(choice)
    return removed


def _same_file_name(a: Path, b: Path) -> bool:
    return os.path.abspath(a) == os.path.abspath(b)


def _bases(path: Path) -> list[Path]:
    """The workspace folders ``path`` may belong to: its own folder, the one above a ``demo``
    folder, and the current workspace folder."""
    folders = [path.parent]
    if path.parent.name == "demo":
        folders.append(path.parent.parent)
    folders.append(workspace_dir())
    return folders


def _app_folder(path: Path) -> Path | None:
    """The app-mode browser folder (``app/<digest>/``) holding ``path``, if it is in one."""
    for folder in (path.parent, path.parent.parent):
        if folder.parent.name == "app" and re.fullmatch(r"[0-9a-f]{32}", folder.name):
            return folder
    return None


def private_folder(folder: Path) -> Path:
    """``folder``, created if missing with every new level readable by its owner only (0700):
    workspace folders hold personal data."""
    folder = Path(folder)
    missing = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for level in reversed(missing):
        with contextlib.suppress(FileExistsError):
            level.mkdir(mode=0o700)
        with contextlib.suppress(OSError):
            level.chmod(0o700)
    return folder


def erase_copies(path: Path) -> list[Path]:
    """Remove what the toolkit wrote from the workspace ``path`` besides the file itself (it is
    already gone): calendar files, notebook copies and checkpoints showing its data, remembered
    choices, and an app folder left with no workspace. The paths removed."""
    path = Path(path)
    removed: list[Path] = []
    # The step 3 screens write the plan's calendar beside the workspace, named in the language
    # of the moment: every language's name is looked for.
    stems = dict.fromkeys(t("followups.export.file_stem", lang) for lang in i18n.LANGUAGES)
    for stem in stems:
        for calendar in (path.parent / f"{stem}-{path.stem}.ics",
                         path.parent / f"{stem}-{path.stem}.ics.tmp"):  # fmt: skip
            if calendar.is_file():
                calendar.unlink()
                removed.append(calendar)
    for base in dict.fromkeys(_bases(path)):
        removed += _clear_notebook_copies(base / NOTEBOOK_COPIES)
    removed += forget_choice(path)
    folder = _app_folder(path)
    if folder is not None and folder.is_dir() and not any(folder.glob("*.sqlite")):
        shutil.rmtree(folder, ignore_errors=True)  # its demos and settings: nothing of its own
        removed.append(folder)
    return removed


def _clear_notebook_copies(target: Path) -> list[Path]:
    """Delete the participant's notebook copies (saved with their outputs) and JupyterLab's
    checkpoints of them; ``notebook_copies`` copies clean ones again on the next start.
    Only a folder ``notebook_copies`` made (it holds the manifest) is touched."""
    if not (target / _MANIFEST).is_file():
        return []
    removed = []
    for checkpoints in sorted(target.rglob(".ipynb_checkpoints")):
        if checkpoints.is_dir():
            shutil.rmtree(checkpoints, ignore_errors=True)
            removed.append(checkpoints)
    for copy in sorted(target.rglob("*.ipynb")):
        copy.unlink(missing_ok=True)
        removed.append(copy)
    return removed


def notebook_copies(source: Path | None = None, target: Path | None = None) -> Path:
    """The participant's own copies of the workshop notebooks, under ``workspace/notebooks``.

    JupyterLab saves notebooks as they are run, outputs included, and those outputs show the
    participant's data: served from the git-ignored workspace folder, they can never end up
    in the committed notebooks. A copy is refreshed when its source notebook changes.
    """
    source = source or repo_root() / "workshops"
    target = private_folder(target or workspace_dir() / NOTEBOOK_COPIES)
    manifest_path = target / _MANIFEST
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


# Workspace files this process holds open, by (device, inode), with how many connections (the
# store counts them). A process that opens and closes a file SQLite holds loses every POSIX lock
# it has on it (a close drops them all, whatever the descriptor): another process closing its
# own connection then believes it is the last one, checkpoints and deletes the WAL, and what this
# process writes afterwards goes to a deleted file nobody else reads. So a file held open here
# is never opened again by Python code; SQLite itself copes with several connections of one
# process.
HELD: dict[tuple[int, int], int] = {}


def file_identity(path: Path) -> tuple[int, int] | None:
    """Which file is at ``path`` (device, inode); None once it is gone."""
    try:
        info = Path(path).stat()
    except OSError:
        return None
    return (info.st_dev, info.st_ino)


def _with_database(path: Path) -> list[Path]:
    """``path``, and the database it is a side file of if its name says so."""
    name = str(path)
    return [path, *(Path(name[: -len(s)]) for s in SIDE_SUFFIXES if name.endswith(s))]


def held_here(path: Path) -> bool:
    """Whether ``path`` is a workspace this process holds open, or one of its side files: a
    file Python code must not open here (see ``HELD``)."""
    identities = (file_identity(candidate) for candidate in _with_database(Path(path)))
    return any(identity is not None and identity in HELD for identity in identities)


def is_workspace_file(path: Path) -> bool:
    """Whether ``path`` is a SQLite database (a workspace, this one or another) or one of its
    side files: what no export, report or calendar may ever overwrite."""
    path = Path(path)
    if held_here(path):
        return True  # known without reading it, which would drop this process's locks
    for candidate in _with_database(path):
        try:
            with open(candidate, "rb") as handle:
                if handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC:
                    return True
        except OSError:
            continue
    return False


def check_output(path: Path) -> None:
    """Refuse, before anything is written, an output path that is a workspace's file."""
    if is_workspace_file(path):
        raise AtelierError("cli.output_is_workspace", path=path)


def write_atomically(path: Path, data: bytes) -> None:
    """Write a file whole or not at all (a temporary file, then renamed), readable by its owner
    only (what leaves a workspace is personal data); a clear error if not. Never over a
    workspace."""
    path = Path(path)
    check_output(path)
    temporary = path.with_name(path.name + ".tmp")
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        temporary.replace(path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise AtelierError(
            "cli.cannot_write", path=path, reason=error.strerror or str(error)
        ) from error

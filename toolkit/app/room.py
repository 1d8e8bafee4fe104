"""The room: codes, keys, addresses and presence of a workshop served to a room's laptops.

No web framework here: the app server asks this module whether a request may go on, and the
trainer's console reads what it reports. Everything a room needs across restarts (its secret,
its two codes) lives in ``room.json`` in the room's folder, readable by its owner only, so a
room reopened a week later keeps its codes and its participants keep their folders.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import io
import ipaddress
import json
import math
import os
import re
import secrets
import socket
import time
from dataclasses import dataclass
from pathlib import Path

from toolkit.app.pages import TRAINER_ONLY, notebook_title, room_steps, steps  # noqa: F401
from toolkit.core import room_folder, workspaces

ROOM_FILE = "room.json"
PRESENCE_FILE = ".room-presence.json"  # in each participant's folder, written by their page
SECTIONS_FILE = ".room-sections.json"  # the sections of each step the participant opened
# The room's folder, told to the kernels; the summaries participants shared sit in its cohort/.
ROOM_ENV, COHORT_FOLDER = room_folder.ROOM_ENV, room_folder.COHORT_FOLDER
# Codes are read aloud and typed on phones: no 0/O, 1/I/L, 2/Z, 5/S, 8/B.
CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
ROOM_CODE_LENGTH = 6  # 25^6 = 244 million: guessing it in a 3-hour session is out of reach
TRAINER_CODE_LENGTH = 10
TRAINER_COOKIE = "atelier_trainer"
PRESENT_SECONDS = 120  # a page silent longer than this is no longer counted "here"


def new_code(length: int) -> str:
    """A random code of ``length`` characters nobody confuses when reading it aloud."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


def normal_code(typed: str) -> str:
    """A typed code as stored: capitals, without spaces or dashes ("k7p-q3 " -> "K7PQ3")."""
    return re.sub(r"[\s-]+", "", typed or "").upper()


@dataclass(frozen=True)
class Room:
    """One room: where it keeps its files, its secret and its two codes."""

    folder: Path
    secret: str
    room_code: str
    trainer_code: str

    @classmethod
    def open(cls, folder: Path) -> Room:
        """The room kept in ``folder``, created with new codes the first time."""
        path = folder / ROOM_FILE
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(folder, data["secret"], data["room_code"], data["trainer_code"])
        room = cls(
            folder,
            secrets.token_hex(32),
            new_code(ROOM_CODE_LENGTH),
            new_code(TRAINER_CODE_LENGTH),
        )
        folder.mkdir(parents=True, exist_ok=True)
        text = json.dumps(
            {"secret": room.secret, "room_code": room.room_code, "trainer_code": room.trainer_code}
        )
        descriptor = os.open(path.with_suffix(".tmp"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(text)
        path.with_suffix(".tmp").replace(path)
        return room

    @property
    def cohort_folder(self) -> Path:
        """Where shared summaries arrive; the trainer's dashboard reads it."""
        return self.folder / COHORT_FOLDER

    def _sign(self, text: str) -> str:
        return hmac.new(self.secret.encode(), text.encode(), hashlib.sha256).hexdigest()

    def is_room_code(self, typed: str) -> bool:
        """Whether ``typed`` is this room's code (spaces, dashes and case do not matter)."""
        return hmac.compare_digest(normal_code(typed), self.room_code)

    def is_trainer_code(self, typed: str) -> bool:
        """Whether ``typed`` is this room's trainer code."""
        return hmac.compare_digest(normal_code(typed), self.trainer_code)

    def new_participant_key(self) -> str:
        """A participant key this room recognises: a random part and its signature."""
        random_part = secrets.token_hex(12)
        return random_part + self._sign("participant:" + random_part)[:16]

    def is_participant_key(self, key: str) -> bool:
        """Whether ``key`` was given by this room (a key from another server is not)."""
        if not re.fullmatch(r"[0-9a-f]{40}", key or ""):
            return False
        expected = self._sign("participant:" + key[:24])[:16]
        return hmac.compare_digest(key[24:], expected)

    def trainer_token(self) -> str:
        """The value of the trainer's cookie (changes with the room's secret)."""
        return self._sign("trainer")[:40]

    def is_trainer_token(self, value: str) -> bool:
        """Whether a cookie value is the trainer's."""
        return hmac.compare_digest(value or "", self.trainer_token())


class CodeGuard:
    """Slows down whoever guesses codes: past ``limit`` wrong codes from one address within
    ``window`` seconds, that address waits until the oldest of them is ``window`` old.

    A room code has 244 million values, but a script could try thousands a second; a person
    who mistypes it a few times never meets the limit."""

    def __init__(self, limit: int = 10, window: float = 60.0) -> None:
        self.limit, self.window = limit, window
        self._wrong: dict[str, list[float]] = {}

    def _recent(self, address: str, now: float) -> list[float]:
        kept = [at for at in self._wrong.get(address, []) if now - at < self.window]
        if kept:
            self._wrong[address] = kept
        else:
            self._wrong.pop(address, None)
        return kept

    def wait_seconds(self, address: str, now: float | None = None) -> int:
        """0 when ``address`` may try a code now; otherwise the seconds it must wait."""
        now = time.monotonic() if now is None else now
        recent = self._recent(address, now)
        if len(recent) < self.limit:
            return 0
        return max(1, math.ceil(recent[-self.limit] + self.window - now))

    def wrong(self, address: str, now: float | None = None) -> None:
        """Count one wrong code from ``address``."""
        now = time.monotonic() if now is None else now
        if len(self._wrong) > 10_000:  # a flood of addresses never fills the memory
            for other in list(self._wrong):
                self._recent(other, now)
        self._wrong.setdefault(address, []).append(now)


# -- the machine's addresses --------------------------------------------------------------------


def machine_addresses() -> list[str]:
    """This machine's IP addresses (loopback included), from its network interfaces."""
    import psutil  # a dependency of ipykernel, so always there with the app

    found = []
    for entries in psutil.net_if_addrs().values():
        for entry in entries:
            if entry.family in (socket.AF_INET, socket.AF_INET6):
                found.append(entry.address.split("%")[0])
    return found


def room_addresses() -> list[str]:
    """The addresses participants' laptops can reach this machine at, most likely first:
    IPv4 private-network addresses, then other IPv4, then IPv6 (no loopback, no link-local)."""

    def rank(address: str) -> tuple[int, str]:
        ip = ipaddress.ip_address(address)
        return (0 if ip.version == 4 and ip.is_private else 1 if ip.version == 4 else 2, address)

    usable = []
    for address in machine_addresses():
        ip = ipaddress.ip_address(address)
        if not (ip.is_loopback or ip.is_link_local or ip.is_unspecified):
            usable.append(address)
    return sorted(set(usable), key=rank)


def allowed_hosts(loopback_only: bool = False) -> set[str]:
    """Host names a request may carry: this machine's names and addresses only (a page from
    elsewhere that points a name at this machine, a DNS rebinding, is refused)."""
    hosts = {"localhost", "127.0.0.1", "::1"}
    if loopback_only:
        return hosts
    name = socket.gethostname()
    hosts |= {name.lower(), socket.getfqdn().lower(), f"{name.lower()}.local"}
    hosts |= {a.lower() for a in machine_addresses()}
    return hosts


def host_of(header: str) -> str:
    """The host part of a ``Host`` header, without port or IPv6 brackets, in lower case."""
    header = (header or "").strip().lower()
    if header.startswith("["):
        return header[1:].split("]", 1)[0]
    if header.count(":") == 1:
        return header.split(":", 1)[0]
    return header


def url_for(address: str, port: int) -> str:
    """``http://address:port/`` (IPv6 in brackets)."""
    shown = f"[{address}]" if ":" in address else address
    return f"http://{shown}:{port}/"


# -- QR codes -----------------------------------------------------------------------------------


def qr_svg(text: str, scale: int = 8) -> str:
    """``text`` as an SVG QR code (segno, offline), ready to put in a page."""
    import segno

    out = io.BytesIO()
    segno.make(text, error="m").save(out, kind="svg", scale=scale, xmldecl=False, svgns=True)
    return out.getvalue().decode("utf-8")


def qr_terminal(text: str) -> str:
    """``text`` as a QR code drawn with block characters, for the terminal."""
    import segno

    out = io.StringIO()
    segno.make(text, error="m").terminal(out=out, compact=True)
    return out.getvalue()


# -- presence: which step each participant is at ------------------------------------------------


def short_code(folder_name: str) -> str:
    """How the console names a participant: never a name, a short code from their folder."""
    return "P-" + folder_name[:4].upper()


def note_presence(step: int, kernel_id: str) -> None:
    """Written by a participant's page: the step on screen and the kernel showing it."""
    folder = workspaces.workspace_dir()
    folder.mkdir(parents=True, exist_ok=True)
    data = {"step": step, "kernel": kernel_id, "at": time.time()}
    workspaces.write_atomically(folder / PRESENCE_FILE, json.dumps(data).encode("utf-8"))


def opened_sections() -> dict[str, list[str]]:
    """The sections this participant opened, by step (the step notebook's name): their page
    opens them again after a reload, a second tab or a laptop's sleep."""
    try:
        path = workspaces.workspace_dir() / SECTIONS_FILE
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: [h for h in v if isinstance(h, str)] for k, v in data.items() if isinstance(v, list)}


def note_sections(step: str, headings: list[str]) -> None:
    """Written by a participant's page: the sections of ``step`` open now."""
    folder = workspaces.workspace_dir()
    folder.mkdir(parents=True, exist_ok=True)
    data = {**opened_sections(), step: headings}
    workspaces.write_atomically(folder / SECTIONS_FILE, json.dumps(data).encode("utf-8"))


def presence(folder: Path) -> dict:
    """What a participant's folder says about them ({} when their page never wrote)."""
    try:
        data = json.loads((folder / PRESENCE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


# -- the notebooks' words, as an app says them ----------------------------------------------------

# The first cells of a step notebook import the toolkit and show the picker: the page has both.
SETUP_CALLS = ("set_language(", "workspace_picker(")
NOTEBOOK_NAME = re.compile(r"\s*\(`\d\d_[a-z_]+`\)|`\d\d_[a-z_]+(\.ipynb)?`")


def escape(text: str) -> str:
    """Text as HTML text (no markup from it ever runs)."""
    import html

    return html.escape(text)


def markdown_html(text: str) -> str:
    """Our notebooks' markdown as HTML; any raw HTML in it is shown as text."""
    import mistune

    return mistune.create_markdown(escape=True, plugins=["table", "strikethrough"])(text)


def step_cells(path: Path) -> list[tuple[str, str]]:
    """A step notebook's cells as (kind, source), without its setup cells."""
    kept = []
    for cell in json.loads(Path(path).read_text(encoding="utf-8"))["cells"]:
        source = "".join(cell["source"])
        if cell["cell_type"] == "code" and any(call in source for call in SETUP_CALLS):
            continue
        if cell["cell_type"] in ("markdown", "code"):
            kept.append((cell["cell_type"], source))
    return kept


def app_words(markdown: str, lang: str) -> str:
    """A notebook's markdown as the app page says it: no sentence telling how to run cells, no
    notebook file name, "this step" for "this notebook"."""
    from toolkit.i18n import t

    run = re.compile(t("app.words.run_cells", lang))
    paragraphs = []
    for paragraph in re.split(r"\n\s*\n", markdown):
        if run.search(paragraph):
            sentences = re.split(r"(?<=[.!?])\s+", " ".join(paragraph.split()))
            paragraph = " ".join(s for s in sentences if not run.search(s))
        paragraphs.append(paragraph)
    text = NOTEBOOK_NAME.sub("", "\n\n".join(paragraphs))
    for pair in t("app.words.replace", lang).split(";"):
        old, _, new = pair.partition("|")  # a line break may fall between the words
        text = re.sub(r"\s+".join(map(re.escape, old.split())), new, text)
    return text

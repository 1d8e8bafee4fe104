"""App mode: Voilà serves the workshop notebooks as forms and charts, one private folder a browser.

Each browser gets a random key in an HTTP-only cookie on its first request. Voilà passes the
request's ``Cookie`` header to the notebook's kernel, where ``workspaces.workspace_dir()`` turns
the key into that browser's own folder: its workspaces, its demo personas and its remembered
choice. The picker only ever lists that folder, so participants sharing one server never see
each other's workspaces, and a participant finds theirs again from step to step.

In a room (``atelier app --room``) the server listens on the room's network and lets in only
browsers that came with the room code; every step is one app page with its own navigation, in
one kernel per participant (``toolkit.ui.app_page``); the trainer's console, guide and cohort
dashboard sit behind the trainer code (only the dashboard, a page of charts, has a kernel).
"""

from __future__ import annotations

import asyncio
import html
import io
import json
import os
import secrets
import sys
import time
import zipfile
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import tornado.ioloop
import tornado.web
from tornado.httputil import url_concat
from voila.app import Voila
from voila.tornado.handler import TornadoVoilaHandler
from voila.tornado.kernel_websocket_handler import VoilaKernelWebsocketHandler
from voila.tornado.treehandler import TornadoVoilaTreeHandler

from toolkit import i18n
from toolkit.app import room as rooms

# The steps' names the server had before the room (other modules import them from here).
from toolkit.app.room import TRAINER_ONLY, notebook_title, room_steps, steps  # noqa: F401
from toolkit.core import workspaces
from toolkit.i18n import t

APP_DATA = Path(__file__).parent / "data"  # the offline Voilà template "atelier"
ROOM_NOTEBOOKS = Path(__file__).parent / "room_notebook"  # the one page of a room
ROOM_PAGE = "atelier.ipynb"
DASHBOARD_PAGE = "tableau.ipynb"  # the trainer's: the cohort dashboard of this room
COOKIE_DAYS = 30  # long enough for three one-hour sessions a week apart
AGAIN = "atelier_again"  # marks the one redirect that sets the cookie (no loop without cookies)
# A closed tab shuts its kernel down itself; a laptop put to sleep or a crashed browser does not.
# Such kernels go after two hours without a connection: longer than a lunch break, so a
# participant who comes back finds the page still alive, short enough for a day of sessions.
IDLE_SECONDS = 2 * 60 * 60  # `atelier app --idle-minutes` changes it
ROOM_IDLE_SECONDS = 30 * 60  # in a room, memory is shared by 20 or 30 people
MAX_KERNELS = 40  # `--max-kernels`: past it, a polite page instead of a kernel
# A room's pool of preheated kernels: one per expected participant, started ahead (while the
# trainer speaks), at most PARALLEL_STARTS at a time, and not refilled while they arrive (each
# refill would take a kernel start's CPU from the arrivals); once they are in, SPARE_KERNELS stay
# ready for latecomers. See RoomPool and benchmarks/bench_room_arrival.py.
ROOM_PARTICIPANTS = 10  # `atelier app --room --participants`
POOL_SIZE = PARALLEL_STARTS = 2
SPARE_KERNELS = 2
POOL_MEMORY_FLOOR = 2**30  # a pool kernel starts only while this much memory is still free
# The importer refuses files over 50 MB with a message; Tornado's default websocket limit
# (10 MiB) dropped larger uploads silently before the importer could say so.
WEBSOCKET_MAX_BYTES = 128 * 2**20
# A page that closed cleanly gets this long to come back (a reload) before its kernel stops.
LEFT_GRACE_SECONDS = 20
# A page that never connected to its kernel in this long was closed while loading. Long: in a
# crowded room a page took over two minutes to load (benchmarks/bench_room.py).
NEVER_CONNECTED_SECONDS = 240
IOPUB_SECONDS = 120  # see app_command
ROOM_ENV = rooms.ROOM_ENV  # the room's folder: set for the server and its kernels


def in_room() -> bool:
    """Whether this server runs a room (the gate and the trainer's pages are on)."""
    return bool(os.environ.get(ROOM_ENV))


def _room(handler: tornado.web.RequestHandler) -> rooms.Room | None:
    return handler.settings.get("atelier_room")


def _give_key(handler: tornado.web.RequestHandler) -> bool:
    """Give the browser a participant key if it has none; True when one was just given."""
    room = _room(handler)
    key = workspaces.app_key(handler.request.headers.get("Cookie", ""))
    if key and (room is None or room.is_participant_key(key)):
        return False
    handler.set_cookie(
        workspaces.APP_COOKIE,
        room.new_participant_key() if room else secrets.token_urlsafe(24),
        expires_days=COOKIE_DAYS,
        httponly=True,
        samesite="Strict",
        path="/",
    )
    return True


def _page(lang: str, title: str, body: str, refresh: int = 0) -> str:
    """A small page of the app, with no script; ``body`` is HTML already escaped."""
    meta = f'<meta http-equiv="refresh" content="{refresh}">' if refresh else ""
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">{meta}
<title>{html.escape(title)}</title>
<link rel="icon" href="data:;base64,=">
<style>
body {{ font: 18px/1.5 system-ui, sans-serif; max-width: 52em; margin: 2em auto; padding: 0 1em;
       color: #1b1b1b; }}
h1 {{ font-size: 1.8em; }} li {{ margin: .6em 0; }} a {{ color: #0072B2; }}
.note {{ color: #555; }} .error {{ color: #a00; font-weight: bold; }}
input, button {{ font-size: 1.2em; padding: .3em .6em; }}
table {{ border-collapse: collapse; }} td, th {{ border: 1px solid #ccc; padding: .3em .7em; }}
.code {{ font: bold 2.4em monospace; letter-spacing: .15em; }}
.qr svg {{ width: 22em; height: auto; }}
</style></head>
<body>
{body}
</body></html>"""


def _language(handler: tornado.web.RequestHandler, default: str) -> str:
    lang = handler.get_argument("lang", default)
    return lang if lang in i18n.LANGUAGES else default


class AppNotebookHandler(TornadoVoilaHandler):
    """Voilà's notebook page, asked again once with the cookie if the browser had no key.

    It also gives the browser Voilà's ``_xsrf`` cookie: the page sends it back when it closes,
    and without it Voilà refused to stop the page's kernel (voila-dashboards/voila#1458).
    """

    async def get(self, path=None):
        again = self.get_argument(AGAIN, None)
        if _give_key(self):
            if not again:  # ask once more, now with the cookie
                self.redirect(url_concat(self.request.uri, {AGAIN: "1"}))
                return
        elif again:  # the cookie came back: the address the participant sees loses the marker
            self.redirect(without_marker(self.request.uri))
            return
        self.xsrf_token  # noqa: B018 - sets the `_xsrf` cookie the closing page sends back
        if _room(self) is not None and not await self._room_checks(path or ""):
            return
        await super().get(path)

    async def _room_checks(self, path: str) -> bool:
        """The trainer's page for the trainer only; one kernel per participant, and no more
        kernels than the room allows."""
        room, manager = _room(self), self.kernel_manager
        if path == DASHBOARD_PAGE:
            if is_trainer(self, room):
                return True
            self.set_status(403)
            self.finish(gate_page(_language(self, i18n.get_language())))
            return False
        key = workspaces.app_key(self.request.headers.get("Cookie", ""))
        if not room.is_participant_key(key):
            self.set_status(403)
            self.finish(gate_page(_language(self, i18n.get_language())))
            return False
        folder = workspaces.participant_folder(self.settings["atelier_workspace_dir"], key)
        previous = rooms.presence(folder).get("kernel")
        if previous and previous in manager:  # their older page goes: one kernel each
            await manager.shutdown_kernel(previous)
        if participant_kernels(manager) >= self.settings["atelier_max_kernels"]:
            lang = _language(self, i18n.get_language())
            self.set_status(503)
            self.set_header("Retry-After", "60")
            self.set_header("Cache-Control", "no-store")
            body = (
                f"<h1>{html.escape(t('app.room.full_title', lang))}</h1>"
                f"<p>{html.escape(t('app.room.full', lang))}</p>"
            )
            self.finish(_page(lang, t("app.title", lang), body, refresh=30))
            return False
        return True


def pool_kernels(manager) -> set[str]:
    """The preheated kernels waiting in Voilà's pool for the next arrival."""
    waiting = set()
    for pool in getattr(manager, "_pools", {}).values():
        for item in pool:
            if item.done() and not item.cancelled() and item.exception() is None:
                waiting.add(item.result()["kernel_id"])
    return waiting


def participant_kernels(manager) -> int:
    """Kernels given to participants: every kernel but the preheated ones waiting in the pool
    (a pool kernel still starting counts as given, for a moment: the cap errs on the safe side)."""
    return len(set(manager.list_kernel_ids()) - pool_kernels(manager))


class RoomPool:
    """Voilà's pool of preheated kernels for the room's page, sized to the room.

    Voilà keeps a fixed number ready and starts a new one each time one is given: in a room,
    every arrival then paid for the next kernel's start (4-5 CPU-seconds) while the others
    were arriving. Here the pool grows, ``parallel`` starts at a time, to one kernel per
    participant still expected, and shrinks as they arrive; it never holds fewer than
    ``spare``, never passes the room's cap, and starts nothing while memory is short.
    """

    def __init__(
        self, manager, notebook: str, expected: int, cap: int,
        spare: int = SPARE_KERNELS, parallel: int = PARALLEL_STARTS,
    ) -> None:  # fmt: skip
        self.manager, self.notebook = manager, notebook
        self.expected, self.cap, self.spare, self.parallel = expected, cap, spare, parallel
        self._fill = manager.fill_if_needed

    def install(self) -> RoomPool:
        """Size every refill Voilà asks for (it asks each time it gives a kernel)."""
        self.manager.fill_if_needed = self.fill
        return self

    def _pool(self) -> list:
        return self.manager._pools.get(self.notebook, [])

    def given(self) -> int:
        """Kernels of participants: every live kernel but the pool's (a pool kernel still
        starting may not be listed yet: then this counts one less, for a moment)."""
        return max(0, len(self.manager.list_kernel_ids()) - len(self._pool()))

    def target(self) -> int:
        """How many kernels the pool should hold now."""
        given = self.given()
        return max(0, min(max(self.spare, self.expected - given), self.cap - given))

    def size_now(self) -> int:
        """The pool size to ask Voilà for now: towards the target, ``parallel`` at a time."""
        pool = self._pool()
        starting = sum(1 for item in pool if not item.done())
        size = min(self.target(), len(pool) + max(0, self.parallel - starting))
        if size > len(pool) and not memory_to_spare():
            size = len(pool)
        return max(size, 0)

    def fill(self, delay=None, notebook_name=None, **kwargs) -> None:
        """Voilà's refill, with the room's size."""
        if notebook_name == self.notebook:
            config = self.manager.kernel_pools_config.setdefault("default", {})
            config["pool_size"] = self.size_now()
        self._fill(delay=delay, notebook_name=notebook_name, **kwargs)

    def tick(self) -> None:
        """Grow the pool as its kernels finish starting (the server calls this every second)."""
        if len(self._pool()) < self.target():
            self.fill(delay=0, notebook_name=self.notebook)


def memory_to_spare() -> bool:
    """Whether the machine has memory for one more preheated kernel."""
    import psutil

    return psutil.virtual_memory().available > POOL_MEMORY_FLOOR


class NeverConnected:
    """Stops the kernel of a page that never connected to it (its tab closed while it was still
    loading: no goodbye, no connection to lose). A kernel that was ever connected is left to the
    page's goodbye, or to the idle timeout of a laptop put to sleep."""

    def __init__(self, manager, seconds: float = NEVER_CONNECTED_SECONDS) -> None:
        self.manager, self.seconds = manager, seconds
        self.first_seen: dict[str, float] = {}
        self.connected: set[str] = set()

    async def check(self) -> None:
        """One look at the kernels (the server runs it every half minute)."""
        now, manager = time.monotonic(), self.manager
        given = set(manager.list_kernel_ids()) - pool_kernels(manager)
        for kernel_id in given:
            if manager._kernel_connections.get(kernel_id, 0):
                self.connected.add(kernel_id)
            seen = self.first_seen.setdefault(kernel_id, now)
            if kernel_id not in self.connected and now - seen > self.seconds:
                await manager.shutdown_kernel(kernel_id)
        for gone in set(self.first_seen) - given:
            self.first_seen.pop(gone, None)
            self.connected.discard(gone)


def without_marker(uri: str) -> str:
    """``uri`` without the one-time ``atelier_again`` argument (other arguments kept)."""
    parts = urlsplit(uri)
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != AGAIN]
    return urlunsplit(parts._replace(query=urlencode(kept)))


def landing_page(root: Path, lang: str, base_url: str = "/", room: bool = False) -> str:
    """The home page: the steps, each a link to its notebook in app mode; every text escaped.

    In a room, every step is a place in the one app page (``?step=N``).
    """
    other = "en" if lang == "fr" else "fr"
    switch = html.escape(t("app.other_language", lang))
    base = html.escape(base_url)
    if room:
        page = f"{base}voila/render/{ROOM_PAGE}"
        found = room_steps(root, lang)
        items = "\n".join(
            f'<li><a href="{page}?step={number}&amp;lang={lang}">{html.escape(title)}</a></li>'
            for number, (title, _) in enumerate(found, start=1)
        )
        start = (
            f'<p><a class="start" href="{page}?step=1&amp;lang={lang}">'
            f"{html.escape(t('app.start', lang))}</a></p>"
        )
        intro, privacy = t("app.room.intro", lang), t("app.room.privacy", lang)
        ring = html.escape(t("ring.link", lang))
        start += f'<p><a class="ring" href="{base}ring?lang={lang}">{ring}</a></p>'
    else:
        items = "\n".join(
            f'<li><a href="{base}voila/render/{html.escape(path)}">{html.escape(title)}</a></li>'
            for title, path in steps(root, lang)
        )
        start, intro, privacy = "", t("app.intro", lang), t("app.privacy", lang)
    body = f"""<h1>{html.escape(t("app.title", lang))}</h1>
<p>{html.escape(intro)}</p>
{start}
<ol class="steps">
{items}
</ol>
<p class="note">{html.escape(privacy)}</p>
<p><a href="{base}?lang={other}">{switch}</a></p>"""
    return _page(lang, t("app.title", lang), body)


def _code_page(
    lang: str,
    title_key: str,
    action: str,
    label_key: str,
    field: str,
    wrong: bool,
    intro: str = "",
    after: str = "",
) -> str:
    """A gate: a title, the wrong-code message if the last code was wrong, and a form sending
    one code (and the language) to ``action``. Catalogue texts are escaped here; ``field`` is
    the code input's own attributes, ``intro`` and ``after`` HTML already made."""
    title = t(title_key, lang)
    error = f'<p class="error">{html.escape(t("app.room.wrong_code", lang))}</p>' if wrong else ""
    body = f"""<h1>{html.escape(title)}</h1>
{intro}{error}
<form method="get" action="{action}">
<label>{html.escape(t(label_key, lang))}
<input name="code" {field} required autofocus></label>
<input type="hidden" name="lang" value="{html.escape(lang)}">
<button type="submit">{html.escape(t("app.room.enter", lang))}</button>
</form>{after}"""
    return _page(lang, title, body)


def gate_page(lang: str, wrong: bool = False) -> str:
    """The only page a browser without the room code gets: where to type it."""
    other = "en" if lang == "fr" else "fr"
    intro = f"<p>{html.escape(t('app.room.type_code', lang))}</p>\n"
    switch = f'\n<p><a href="/?lang={other}">{html.escape(t("app.other_language", lang))}</a></p>'
    field = 'autocomplete="off" autocapitalize="characters"'
    return _code_page(lang, "app.title", "/", "app.room.code_label", field, wrong, intro, switch)


class LandingHandler(tornado.web.RequestHandler):
    """The home page of the app: gives the browser its key and lists the steps.

    In a room: ``?code=ROOM`` lets a browser in (its key is set, then the address loses the
    code); a browser without a key of this room gets the gate page only.
    """

    def initialize(self, root: str, lang: str, base_url: str) -> None:
        self.root, self.lang, self.base_url = Path(root), lang, base_url

    def get(self) -> None:
        lang = _language(self, self.lang)
        self.set_header("Cache-Control", "no-store")
        room = _room(self)
        if room is None:
            _give_key(self)
            self.write(landing_page(self.root, lang, self.base_url))
            return
        code = self.get_argument("code", None)
        if code is not None:
            if not check_code(self, room.is_room_code, code, lang):
                if self._finished:  # told to wait
                    return
                self.set_status(403)
                self.write(gate_page(lang, wrong=True))
                return
            _give_key(self)
            self.redirect(f"{self.base_url}?lang={lang}")
            return
        if not has_participant_key(self, room):
            self.write(gate_page(lang))
            return
        self.write(landing_page(self.root, lang, self.base_url, room=True))


def wait_page(lang: str, seconds: int) -> str:
    """What an address that typed too many wrong codes gets: a polite page that reloads itself
    once it may try again (no code is checked meanwhile)."""
    body = (
        f"<h1>{html.escape(t('room_speed.wait_title', lang))}</h1>"
        f"<p>{html.escape(t('room_speed.wait', lang, count=seconds))}</p>"
    )
    return _page(lang, t("app.title", lang), body, refresh=seconds)


def check_code(handler: tornado.web.RequestHandler, is_code, typed: str, lang: str) -> bool:
    """Whether ``typed`` is the code, counting wrong ones by address. An address past the limit
    gets the wait page (the handler is then finished) and its code is not even looked at."""
    guard: rooms.CodeGuard = handler.settings["atelier_code_guard"]
    address = handler.request.remote_ip or ""
    wait = guard.wait_seconds(address)
    if wait:
        handler.set_status(429)
        handler.set_header("Retry-After", str(wait))
        handler.finish(wait_page(lang, wait))
        return False
    if is_code(typed):
        return True
    guard.wrong(address)
    return False


def has_participant_key(handler: tornado.web.RequestHandler, room: rooms.Room) -> bool:
    """Whether the request carries a participant key this room gave."""
    return room.is_participant_key(workspaces.app_key(handler.request.headers.get("Cookie", "")))


def is_trainer(handler: tornado.web.RequestHandler, room: rooms.Room) -> bool:
    """Whether the request carries the trainer's cookie."""
    return room.is_trainer_token(handler.get_cookie(rooms.TRAINER_COOKIE) or "")


class RefusedHandler(tornado.web.RequestHandler):
    """What a request that may not go on gets: the gate page, or a plain refusal."""

    def initialize(self, status: int, lang: str) -> None:
        self.status, self.lang = status, lang

    def prepare(self) -> None:
        self.set_status(self.status)
        self.set_header("Cache-Control", "no-store")
        lang = _language(self, self.lang)
        if self.status == 403 and self.request.method == "GET":
            self.finish(gate_page(lang))
        else:
            self.finish(t("app.room.refused", lang))

    def check_xsrf_cookie(self) -> None:  # refused anyway: nothing to protect
        return None


class PageSocketHandler(VoilaKernelWebsocketHandler):
    """A page's connection to its kernel. A page that closes says so (close code 1000 or 1001,
    "going away"): its kernel is stopped a few seconds later unless a page reconnects. A laptop
    put to sleep just goes silent: its kernel waits for the idle timeout, and a participant who
    opens the lid finds the page alive."""

    def on_close(self) -> None:
        kernel_id, code = getattr(self, "kernel_id", None), self.close_code
        self.log.info("page connection to kernel %s closed (code %s)", kernel_id, code)
        super().on_close()
        if kernel_id and code in (1000, 1001):
            manager = self.kernel_manager
            loop = tornado.ioloop.IOLoop.current()
            loop.call_later(LEFT_GRACE_SECONDS, _stop_if_left, manager, kernel_id)


async def _stop_if_left(manager, kernel_id: str) -> None:
    if kernel_id in manager and not manager._kernel_connections.get(kernel_id, 0):
        await manager.shutdown_kernel(kernel_id)


class AtelierApplication(tornado.web.Application):
    """Tornado's application with the room's two checks before any handler runs: the Host
    header names this machine, and, in a room, the browser came with the code."""

    # What a browser without the room code may ask for: the gate itself and the trainer's door.
    OPEN_PATHS = ("/", "/trainer")

    def find_handler(self, request, **kwargs):
        lang = self.settings.get("atelier_lang", i18n.DEFAULT_LANGUAGE)
        local = request.remote_ip in ("127.0.0.1", "::1")
        if local and request.path.startswith("/voila/query/"):
            # A preheated kernel of this server asking for its request (no cookie, and the
            # address it was told to use: 0.0.0.0): kernels run on this machine only.
            return super().find_handler(request, **kwargs)
        if rooms.host_of(request.host) not in self.settings["atelier_hosts"]:
            return self.get_handler_delegate(request, RefusedHandler, {"status": 421, "lang": lang})
        room: rooms.Room | None = self.settings.get("atelier_room")
        if room is not None and request.path not in self.OPEN_PATHS:
            cookies = request.cookies
            key = cookies[workspaces.APP_COOKIE].value if workspaces.APP_COOKIE in cookies else ""
            trainer = cookies[rooms.TRAINER_COOKIE].value if rooms.TRAINER_COOKIE in cookies else ""
            trainer_ok = room.is_trainer_token(trainer)
            if request.path.startswith("/trainer/"):
                if not trainer_ok:
                    return self.get_handler_delegate(
                        request, RefusedHandler, {"status": 403, "lang": lang}
                    )
            elif not (room.is_participant_key(key) or trainer_ok):
                return self.get_handler_delegate(
                    request, RefusedHandler, {"status": 403, "lang": lang}
                )
        return super().find_handler(request, **kwargs)


# -- the trainer's side ---------------------------------------------------------------------------


class TrainerHandler(tornado.web.RequestHandler):
    """Base of the trainer's pages: ``/trainer?code=…`` sets the trainer's cookie."""

    def initialize(self, root: str, lang: str) -> None:
        self.root, self.default_lang = Path(root), lang

    @property
    def room(self) -> rooms.Room:
        return self.settings["atelier_room"]

    @property
    def lang(self) -> str:
        return _language(self, self.default_lang)

    def prepare(self) -> None:
        self.set_header("Cache-Control", "no-store")
        self.set_header("X-Frame-Options", "DENY")


class TrainerConsoleHandler(TrainerHandler):
    """The room console: the room's address and code, who is at which step, the kernels."""

    def get(self) -> None:
        code = self.get_argument("code", None)
        if code is not None:
            if not check_code(self, self.room.is_trainer_code, code, self.lang):
                if self._finished:  # told to wait
                    return
                self.set_status(403)
                self.write(trainer_gate(self.lang, wrong=True))
                return
            self.set_cookie(
                rooms.TRAINER_COOKIE,
                self.room.trainer_token(),
                httponly=True,
                samesite="Strict",
                path="/",
                expires_days=1,
            )
            self.redirect(f"/trainer?lang={self.lang}")
            return
        if not is_trainer(self, self.room):
            self.write(trainer_gate(self.lang))
            return
        status = room_status(
            self.settings["atelier_workspace_dir"], self.settings["kernel_manager"], self.root,
            self.lang,
        )  # fmt: skip
        self.write(console_page(self.room, status, self.settings["atelier_url"], self.lang))


def trainer_gate(lang: str, wrong: bool = False) -> str:
    """Where the trainer types the trainer code."""
    field = 'type="password" autocomplete="off"'
    return _code_page(lang, "app.trainer.title", "/trainer", "app.trainer.code_label", field, wrong)


def kernel_memory_mb(manager, kernel_id: str) -> float:
    """Resident memory of one kernel's process, in MB (0 when it cannot be read)."""
    import psutil

    try:
        process = manager.get_kernel(kernel_id).provisioner.process
        return psutil.Process(process.pid).memory_info().rss / 2**20
    except (AttributeError, KeyError, psutil.Error):
        return 0.0


def room_status(workspace_dir: Path, manager, root: Path, lang: str) -> dict:
    """What the console shows: participants (short codes), their step, the kernels."""
    live = set(manager.list_kernel_ids())
    titles = [title for title, _ in room_steps(root, lang)]
    people = []
    now = time.time()
    app_folder = Path(workspace_dir) / "app"
    for folder in sorted(app_folder.iterdir()) if app_folder.is_dir() else []:
        if not folder.is_dir():
            continue
        seen = rooms.presence(folder)
        kernel = seen.get("kernel") if seen.get("kernel") in live else None
        step = seen.get("step")
        people.append(
            {
                "code": rooms.short_code(folder.name),
                "step": titles[step] if isinstance(step, int) and 0 <= step < len(titles) else "",
                "connected": kernel is not None,
                "memory_mb": round(kernel_memory_mb(manager, kernel)) if kernel else 0,
                "minutes_ago": round((now - seen["at"]) / 60) if "at" in seen else None,
            }
        )
    per_step = {title: 0 for title in titles}
    for person in people:
        if person["connected"] and person["step"]:
            per_step[person["step"]] += 1
    memory = sum(kernel_memory_mb(manager, kernel) for kernel in live)
    return {
        "participants": people,
        "per_step": per_step,
        "kernels": len(live),
        "participant_kernels": participant_kernels(manager),
        "memory_mb": round(memory),
        "summaries": len(list(Path(os.environ[ROOM_ENV], rooms.COHORT_FOLDER).glob("*.json"))),
    }


def console_page(room: rooms.Room, status: dict, url: str, lang: str) -> str:
    """The trainer's console as a page that refreshes itself every 10 seconds."""
    e = html.escape
    rows = "".join(
        f"<tr><td>{e(p['code'])}</td><td>{e(p['step'])}</td>"
        f"<td>{e(t('app.trainer.yes' if p['connected'] else 'app.trainer.no', lang))}</td>"
        f"<td>{p['memory_mb']}</td></tr>"
        for p in status["participants"]
    )
    steps_rows = "".join(
        f"<tr><td>{e(title)}</td><td>{count}</td></tr>"
        for title, count in status["per_step"].items()
    )
    join = url + "?code=" + room.room_code
    kernels = t(
        "app.trainer.kernels",
        lang,
        kernels=status["participant_kernels"],
        memory=status["memory_mb"],
    )
    body = f"""<h1>{e(t("app.trainer.title", lang))}</h1>
<p>{e(t("app.trainer.address", lang))} <b>{e(url)}</b> — {e(t("app.trainer.room_code", lang))}
<span class="code">{e(room.room_code)}</span></p>
<p><a href="/trainer/qr?lang={lang}">{e(t("app.trainer.project_qr", lang))}</a> ·
<a href="/trainer/guide?lang={lang}">{e(t("app.trainer.guide", lang))}</a> ·
<a href="/trainer/ring?lang={lang}">{e(t("ring.link", lang))}</a> ·
<a href="/voila/render/{DASHBOARD_PAGE}?lang={lang}">{e(t("app.trainer.dashboard", lang))}</a> ·
<a href="/trainer/export">{e(t("app.trainer.export", lang, count=status["summaries"]))}</a></p>
<p>{e(kernels)}</p>
<h2>{e(t("app.trainer.per_step", lang))}</h2>
<table class="steps">{steps_rows}</table>
<h2>{e(t("app.trainer.participants", lang, count=len(status["participants"])))}</h2>
<table class="participants"><tr><th>{e(t("app.trainer.code", lang))}</th>
<th>{e(t("app.trainer.step", lang))}</th><th>{e(t("app.trainer.connected", lang))}</th>
<th>{e(t("app.trainer.memory", lang))}</th></tr>{rows}</table>
<p class="note">{e(t("app.trainer.join_hint", lang, url=join))}</p>"""
    return _page(lang, t("app.trainer.title", lang), body, refresh=10)


class TrainerQrHandler(TrainerHandler):
    """The page the trainer projects: the QR code, the address and the room code."""

    def get(self) -> None:
        url = self.settings["atelier_url"]
        join = url + "?code=" + self.room.room_code
        e, lang = html.escape, self.lang
        body = f"""<h1>{e(t("app.trainer.qr_heading", lang))}</h1>
<div class="qr">{rooms.qr_svg(join)}</div>
<p>{e(t("app.trainer.qr_or", lang))}<br><b class="code">{e(url)}</b></p>
<p>{e(t("app.trainer.room_code", lang))} <span class="code">{e(self.room.room_code)}</span></p>"""
        self.write(_page(lang, t("app.trainer.title", lang), body))


class TrainerGuideHandler(TrainerHandler):
    """The facilitator guide, as a page (no kernel, no code)."""

    def get(self) -> None:
        name = (
            "fr/00_guide_animateur.ipynb" if self.lang == "fr" else "en/00_facilitator_guide.ipynb"
        )
        cells = json.loads((self.root / name).read_text(encoding="utf-8"))["cells"]
        body = "\n".join(
            rooms.markdown_html("".join(cell["source"]))
            for cell in cells
            if cell["cell_type"] == "markdown"
        )
        back_text = html.escape(t("app.trainer.back", self.lang))
        back = f'<p><a href="/trainer?lang={self.lang}">{back_text}</a></p>'
        self.write(_page(self.lang, t("app.trainer.guide", self.lang), back + body))


class TrainerExportHandler(TrainerHandler):
    """The room's cohort folder as one zip file to keep."""

    def get(self) -> None:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            folder = self.room.cohort_folder
            for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
                archive.write(path, path.name)
        day = time.strftime("%Y-%m-%d")
        self.set_header("Content-Type", "application/zip")
        self.set_header("Content-Disposition", f'attachment; filename="cohorte-{day}.zip"')
        self.write(buffer.getvalue())


class AtelierVoila(Voila):
    """Voilà with the app's home page and a participant key on every notebook page; in a room,
    the gate, the Host check and the trainer's pages."""

    def init_handlers(self) -> list:
        settings = {"root": self.root_dir, "lang": i18n.get_language(), "base_url": self.base_url}
        steps_root = os.environ.get("ATELIER_STEPS_DIR", self.root_dir)
        landing = (self.server_url, LandingHandler, {**settings, "root": steps_root})
        handlers = [landing]
        if in_room():
            trainer = {"root": steps_root, "lang": i18n.get_language()}
            handlers += [
                ("/trainer", TrainerConsoleHandler, trainer),
                ("/trainer/qr", TrainerQrHandler, trainer),
                ("/trainer/guide", TrainerGuideHandler, trainer),
                ("/trainer/export", TrainerExportHandler, trainer),
            ]
            from toolkit.app import ring_pages  # its pages build on this module's

            handlers += ring_pages.handlers(i18n.get_language(), trainer)
        for pattern, handler, *rest in super().init_handlers():
            if handler is TornadoVoilaTreeHandler and pattern == self.server_url:
                continue  # the home page replaces Voilà's file list
            if handler is TornadoVoilaHandler:
                handler = AppNotebookHandler
            if handler is VoilaKernelWebsocketHandler:
                handler = PageSocketHandler
            handlers.append((pattern, handler, *rest))
        return handlers

    def start(self) -> None:
        """Voilà's start, with our application class and the room's settings."""
        import tempfile

        self.connection_dir = tempfile.mkdtemp(prefix="voila_", dir=self.connection_dir_root)
        settings = self.init_settings()
        workspace_dir = Path(
            os.environ.get("ATELIER_WORKSPACE_DIR") or workspaces.repo_root() / "workspace"
        )
        room = rooms.Room.open(Path(os.environ[ROOM_ENV])) if in_room() else None
        settings.update(
            atelier_hosts=rooms.allowed_hosts(
                loopback_only=room is None and self.ip in ("127.0.0.1", "localhost", "::1")
            ),
            atelier_room=room,
            atelier_code_guard=rooms.CodeGuard(),
            atelier_lang=i18n.get_language(),
            atelier_workspace_dir=workspace_dir,
            atelier_max_kernels=int(os.environ.get("ATELIER_MAX_KERNELS") or MAX_KERNELS),
            atelier_url=os.environ.get("ATELIER_ROOM_URL", ""),
            websocket_max_message_size=WEBSOCKET_MAX_BYTES,
        )
        self.app = AtelierApplication(**settings)
        self.app.settings.update(self.tornado_settings)
        self.app.add_handlers(".*$", self.init_handlers())
        if room is not None:
            pool = RoomPool(
                self.kernel_manager, ROOM_PAGE,
                expected=int(os.environ.get("ATELIER_ROOM_PARTICIPANTS") or ROOM_PARTICIPANTS),
                cap=settings["atelier_max_kernels"],
            ).install()  # fmt: skip
            tornado.ioloop.PeriodicCallback(pool.tick, 1000).start()
        watch = NeverConnected(self.kernel_manager)
        tornado.ioloop.PeriodicCallback(
            lambda: asyncio.ensure_future(watch.check()), 30_000
        ).start()
        self.listen()


def app_command(
    host: str,
    port: int,
    notebooks: Path,
    idle_seconds: int = IDLE_SECONDS,
    room: bool = False,
    max_kernels: int = MAX_KERNELS,
) -> list[str]:
    """The command line that serves ``notebooks`` in app mode; kernels left without a browser
    for ``idle_seconds`` are stopped (kernels a page is connected to are never stopped).

    A room serves its one app page, from preheated kernels (Voilà runs the page's imports
    before anyone asks; the page waits for the request to know whose it is).
    """
    served = ROOM_NOTEBOOKS if room else notebooks
    command = [
        sys.executable, "-m", "toolkit.app.server", str(served),
        "--no-browser", f"--Voila.ip={host}", f"--port={port}", "--Voila.port_retries=0",
        "--template=atelier",
        "--VoilaConfiguration.http_header_envs=Cookie",
        "--VoilaConfiguration.extension_denylist=jupyterlab-jupytext",
        "--VoilaConfiguration.show_tracebacks=False",
        f"--MappingKernelManager.cull_idle_timeout={idle_seconds}",
        f"--MappingKernelManager.cull_interval={max(1, min(300, idle_seconds // 4))}",
        "--MappingKernelManager.cull_connected=False",
        # Voilà waits this long for a cell's last outputs once the kernel says it is done; past
        # it the cell's outputs are dropped, the page shows no form and never will. The default,
        # 4 s, passed for 1 page in 5 when five arrived together on a busy machine.
        f"--VoilaExecutor.iopub_timeout={IOPUB_SECONDS}",
    ]  # fmt: skip
    if room:
        command += [
            "--VoilaConfiguration.preheat_kernel=True",
            # the first kernels Voilà starts (RoomPool grows the pool from there), within the cap
            f"--pool_size={max(1, min(POOL_SIZE, max_kernels))}",
            f"--VoilaKernelManager.preheat_denylist={DASHBOARD_PAGE}",  # the trainer's, once
        ]
    else:
        # Cells appear as they run. Rendering the page only at the end lost widget models on a
        # busy server: the last outputs showed "model not found" once scrolled into view.
        command.append("--VoilaConfiguration.progressive_rendering=True")
    return command


def app_environment(
    lang: str, room: Path | None = None, notebooks: Path | None = None
) -> dict[str, str]:
    """The server's environment: app mode on, the language, and the offline template found."""
    environment = {**os.environ, workspaces.APP_ENV: "1", "ATELIER_LANG": lang}
    environment.pop("ATELIER_WORKSPACE", None)  # a preselected workspace would be everyone's
    paths = [str(APP_DATA), environment.get("JUPYTER_PATH", "")]
    environment["JUPYTER_PATH"] = os.pathsep.join(p for p in paths if p)
    if room is not None:
        environment[ROOM_ENV] = str(room)
    if notebooks is not None:
        environment["ATELIER_STEPS_DIR"] = str(notebooks)
    return environment


if __name__ == "__main__":
    AtelierVoila.launch_instance(argv=sys.argv[1:])

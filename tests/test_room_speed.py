"""The room's arrivals without a browser: the pool sized to the room, the code guard, the
kernel's imports at the first chart, the upload limit the page knows."""

import asyncio
import contextlib
import html
import json
import subprocess
import sys
import threading
import urllib.error
import urllib.request

import pytest
import tornado.web

from tests.conftest import free_port
from toolkit.app import room as rooms
from toolkit.app import server
from toolkit.i18n import t


class _Task:
    """A pool entry as Voilà keeps it: a task, done once its kernel has run the page."""

    def __init__(self, kernel_id: str) -> None:
        self.kernel_id, self.finished = kernel_id, False

    def done(self) -> bool:
        return self.finished

    def cancelled(self) -> bool:
        return False

    def exception(self):
        return None

    def result(self) -> dict:
        return {"kernel_id": self.kernel_id}


class _VoilaManager:
    """What RoomPool reads and calls of Voilà's kernel manager, behaving as Voilà does: a
    refill starts kernels until the pool holds the configured size."""

    def __init__(self) -> None:
        self._pools: dict[str, list[_Task]] = {}
        self.kernel_pools_config = {"default": {"pool_size": 2}}
        self.kernels: list[str] = []
        self.started = 0

    def list_kernel_ids(self) -> list[str]:
        return list(self.kernels)

    def fill_if_needed(self, delay=None, notebook_name=None, **kwargs) -> None:
        pool = self._pools.setdefault(notebook_name, [])
        for _ in range(self.kernel_pools_config["default"]["pool_size"] - len(pool)):
            self.started += 1
            kernel_id = f"k{self.started}"
            self.kernels.append(kernel_id)
            pool.append(_Task(kernel_id))

    # -- what the room does to it --
    def finish_starting(self) -> None:
        for task in self._pools.get(server.ROOM_PAGE, []):
            task.finished = True

    def give(self) -> str:
        """A participant arrives: Voilà takes the first pool kernel and asks for a refill."""
        task = self._pools[server.ROOM_PAGE].pop(0)
        self.fill_if_needed(notebook_name=server.ROOM_PAGE)
        return task.kernel_id

    def leave(self, kernel_id: str) -> None:
        self.kernels.remove(kernel_id)

    def pool(self) -> int:
        return len(self._pools.get(server.ROOM_PAGE, []))


@pytest.fixture
def memory(monkeypatch):
    """Whether the machine has memory to spare (it has, unless a test says otherwise)."""
    state = {"free": True}
    monkeypatch.setattr(server, "memory_to_spare", lambda: state["free"])
    return state


def test_the_pool_grows_to_one_kernel_per_expected_participant_a_few_at_a_time(memory):
    voila = _VoilaManager()
    pool = server.RoomPool(voila, server.ROOM_PAGE, expected=6, cap=40, spare=2, parallel=2)
    pool.install()
    pool.tick()
    assert voila.pool() == 2  # two kernels start, not six at once on a laptop's cores
    pool.tick()
    assert voila.pool() == 2  # still starting: nothing more
    voila.finish_starting()
    pool.tick()
    assert voila.pool() == 4
    voila.finish_starting()
    pool.tick()
    voila.finish_starting()
    pool.tick()
    assert voila.pool() == 6 and voila.started == 6  # ready before anyone arrives


def test_arrivals_take_prepared_kernels_and_start_none_until_the_room_is_in(memory):
    voila = _VoilaManager()
    pool = server.RoomPool(voila, server.ROOM_PAGE, expected=5, cap=40, spare=2, parallel=2)
    pool.install()
    for _ in range(4):
        pool.tick()
        voila.finish_starting()
    assert voila.pool() == 5 and voila.started == 5
    given = [voila.give() for _ in range(3)]
    assert voila.started == 5 and voila.pool() == 2  # no kernel start during the arrivals
    given += [voila.give(), voila.give()]  # the last two: the spares for latecomers start
    voila.finish_starting()
    pool.tick()
    assert voila.pool() == 2 and voila.started == 7
    for kernel in given:  # everyone left: the pool is back to one per expected participant
        voila.leave(kernel)
    for _ in range(3):
        pool.tick()
        voila.finish_starting()
    assert voila.pool() == 5


def test_the_pool_stays_within_the_cap_and_the_free_memory(memory):
    voila = _VoilaManager()
    capped = server.RoomPool(voila, server.ROOM_PAGE, expected=30, cap=3, spare=2, parallel=8)
    capped.install()
    capped.tick()
    assert voila.pool() == 3
    voila.give()
    voila.finish_starting()
    capped.tick()
    assert voila.pool() == 2  # three places in the room: one taken, two ready
    short = _VoilaManager()
    memory["free"] = False
    server.RoomPool(short, server.ROOM_PAGE, expected=30, cap=40).install().tick()
    assert short.started == 0  # no memory left: nothing is started ahead


def test_the_room_command_passes_the_participants_it_expects(tmp_path, monkeypatch):
    from toolkit import cli

    seen = {}
    monkeypatch.setattr(cli.subprocess, "call", lambda command, env, **kw: seen.update(env) or 0)
    monkeypatch.setattr(rooms, "room_addresses", lambda: ["192.0.2.7"])
    monkeypatch.setattr(cli, "port_is_free", lambda host, port: True)
    monkeypatch.setenv("ATELIER_WORKSPACE_DIR", str(tmp_path))
    assert cli.main(["app", "--room", "--json", "--participants", "25"]) == 0
    assert seen["ATELIER_ROOM_PARTICIPANTS"] == "25"


def test_the_code_guard_slows_an_address_down_after_ten_wrong_codes():
    guard = rooms.CodeGuard(limit=10, window=60)
    for second in range(9):
        guard.wrong("192.0.2.9", now=100 + second)
    assert guard.wait_seconds("192.0.2.9", now=109) == 0  # nine typos: still welcome
    guard.wrong("192.0.2.9", now=109)
    assert guard.wait_seconds("192.0.2.9", now=110) == 50  # until the first is a minute old
    assert guard.wait_seconds("192.0.2.10", now=110) == 0  # the neighbour is not slowed
    assert guard.wait_seconds("192.0.2.9", now=160) == 0


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@contextlib.contextmanager
def _gate(tmp_path):
    """The room's gate over HTTP on a loop of its own thread (a test before may have left this
    thread's loop marked as running): the room and a fetch(path) -> (status, headers, body)."""
    room = rooms.Room.open(tmp_path / "room")
    settings = {"root": ".", "lang": "fr", "base_url": "/"}
    port = free_port()
    loop = asyncio.new_event_loop()
    ready = threading.Event()

    def serve() -> None:
        asyncio.set_event_loop(loop)
        app = tornado.web.Application(
            [
                ("/", server.LandingHandler, settings),
                ("/trainer", server.TrainerConsoleHandler, {"root": ".", "lang": "fr"}),
            ],
            atelier_room=room,
            atelier_code_guard=rooms.CodeGuard(limit=10, window=60),
        )
        app.listen(port, "127.0.0.1")
        loop.call_soon(ready.set)
        loop.run_forever()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    ready.wait(30)
    opener = urllib.request.build_opener(_NoRedirect)

    def fetch(path: str) -> tuple[int, dict, str]:
        try:
            with opener.open(f"http://127.0.0.1:{port}{path}", timeout=30) as answer:
                return answer.status, dict(answer.headers), answer.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read().decode()

    try:
        yield room, fetch
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(30)


def test_the_eleventh_try_waits_whatever_it_is(tmp_path):
    """The gate over HTTP: ten wrong codes, then the wait page, even for the right code."""
    with _gate(tmp_path) as (room, fetch):
        wrong = "AAAAAA" if room.room_code != "AAAAAA" else "CCCCCC"
        for _ in range(10):
            status, _, body = fetch(f"/?code={wrong}")
            assert status == 403
            assert html.escape(t("app.room.wrong_code", "fr")) in body
        status, headers, page = fetch(f"/?code={room.room_code}")
        assert status == 429 and int(headers["Retry-After"]) > 0
        assert html.escape(t("room_speed.wait_title", "fr")) in page
        assert 'http-equiv="refresh"' in page
        assert "Set-Cookie" not in headers  # no key given while waiting


def test_the_trainer_door_counts_wrong_codes_too(tmp_path):
    with _gate(tmp_path) as (room, fetch):
        for _ in range(10):
            assert fetch("/trainer?code=WRONGCODE1")[0] == 403
        status, headers, _ = fetch(f"/trainer?code={room.trainer_code}")
        assert status == 429 and "Set-Cookie" not in headers


def test_a_room_kernel_draws_its_first_chart_without_compiling_iri_grammars():
    code = (
        "import sys, json\n"
        "import toolkit.ui.app_page\n"
        "import plotly.graph_objects as go, plotly.io as pio\n"
        "go.Figure()._repr_mimebundle_()\n"  # what the first chart of a workspace does
        "print(json.dumps(['lark' in sys.modules, 'jsonschema' in sys.modules]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    lark, jsonschema = json.loads(done.stdout.strip().splitlines()[-1])
    assert jsonschema and not lark  # plotly's renderers loaded jsonschema, not the grammars


@pytest.mark.parametrize("room", [True, False])
def test_voila_waits_for_a_busy_kernels_last_outputs(tmp_path, room):
    import nbformat
    from voila.app import Voila
    from voila.execute import VoilaExecutor

    command = server.app_command("127.0.0.1", 8866, tmp_path, room=room)
    app = Voila()
    app.parse_command_line(command[3:])  # what follows `python -m toolkit.app.server`
    executor = VoilaExecutor(nbformat.v4.new_notebook(), km=None, config=app.config)
    assert executor.iopub_timeout == server.IOPUB_SECONDS >= 60  # not the 4 s that lost pages

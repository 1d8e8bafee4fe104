"""`atelier app` (what `make app` runs), started for real in its own process group."""

import contextlib
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ARTIFACTS, WorkshopServer, free_port, http_status


class AppServer(WorkshopServer):
    """The app-mode server on 127.0.0.1, with its own workspace folder and log file
    (stopped and read like the workshop server)."""

    def __init__(self, workspace_dir: Path, log_path: Path, *options: str) -> None:
        self.port = free_port()
        self.workspace_dir = workspace_dir
        self.log_path = log_path
        self.base = f"http://127.0.0.1:{self.port}/"
        env = {**os.environ, "ATELIER_WORKSPACE_DIR": str(workspace_dir)}
        atelier = Path(sys.executable).parent / "atelier"
        self._log = open(log_path, "w")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            [str(atelier), "app", "--port", str(self.port), *options],
            stdout=self._log, stderr=subprocess.STDOUT, env=env, start_new_session=True,
        )  # fmt: skip
        self._wait_ready()

    def _wait_ready(self, timeout: float = 90) -> None:
        # a static file: asking for a page would already run a notebook
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError):
                if http_status(self.base + "voila/static/voila.js") == 200:
                    return
            if self.process.poll() is not None:
                break
            time.sleep(0.25)
        raise AssertionError("the app did not start:\n" + self.log())

    def kernels(self) -> list[int]:
        """The kernel processes the app has running now (one per open notebook page)."""
        children: dict[int, list[int]] = {}
        for stat in Path("/proc").glob("[0-9]*/stat"):
            with contextlib.suppress(OSError):
                fields = stat.read_text().rsplit(")", 1)[1].split()
                children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
        found, todo = [], [self.process.pid]
        while todo:
            pid = todo.pop()
            with contextlib.suppress(OSError):
                if b"ipykernel" in Path(f"/proc/{pid}/cmdline").read_bytes():
                    found.append(pid)
            todo.extend(children.get(pid, []))
        return sorted(found)

    def participant_folders(self) -> list[Path]:
        return sorted(p for p in (self.workspace_dir / "app").iterdir() if p.is_dir())


@pytest.fixture(scope="session")
def app_server(tmp_path_factory):
    ARTIFACTS.mkdir(exist_ok=True)
    server = AppServer(tmp_path_factory.mktemp("app-ws"), ARTIFACTS / "app.log")
    yield server
    server.stop()


def outside_requests(page, base: str) -> list[str]:
    """Requests the page made anywhere but the app itself (training rooms are offline)."""
    return [u for u in page.requests_seen if not re.match(rf"({re.escape(base)}|data:|blob:)", u)]


@pytest.fixture
def app_page(page):
    """A page that notes every request it makes."""
    page.requests_seen = []
    page.on("request", lambda request: page.requests_seen.append(request.url))
    page.console_seen = []  # kept for the artefacts when a wait times out
    page.on("console", lambda message: page.console_seen.append(f"{message.type}: {message.text}"))
    return page


def wait_until_every_cell_ran(page, timeout: float = 120_000) -> None:
    """Voilà shows each cell as soon as it has run (progressive rendering), and a click is
    handled once the whole notebook has: wait for the last cell's output before acting."""
    page.wait_for_function(
        """() => {
            const cells = document.querySelectorAll('.jp-CodeCell');
            const last = cells[cells.length - 1];
            return !!last && !!last.querySelector('.jp-OutputArea-output')
                && last.innerText.trim().length > 0;
        }""",
        timeout=timeout,
        polling=250,
    )


def open_section(page, heading: str) -> None:
    """Open a later section of the step on screen: its heading is a button, and its screens
    are made the first time it is opened (``heading``: how the heading starts)."""
    folded = page.locator(".atelier-section[aria-expanded='false']")
    folded.filter(has_text=re.compile("^" + re.escape(heading))).first.click()

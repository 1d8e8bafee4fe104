"""Fixtures that start real things: the workshop server, and Debian's chromium via Playwright."""

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# Flags that let Debian's chromium run headless as root on a machine with no outside network.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
# jupyterlab-plotly caches a PNG through model.setData(), which some hosts lack; the chart renders.
BENIGN_PAGE_ERRORS = ("r.setData is not a function",)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def http_status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


class WorkshopServer:
    """`atelier workshop` running in its own process group, with its log in a file."""

    def __init__(self, workspace_dir: Path, log_path: Path) -> None:
        self.port = free_port()
        self.workspace_dir = workspace_dir
        self.log_path = log_path
        env = {**os.environ, "ATELIER_WORKSPACE_DIR": str(workspace_dir)}
        env.pop("ATELIER_WORKSPACE", None)  # a participant's real start: the picker asks
        env.pop("JUPYTER_TOKEN", None)
        atelier = Path(sys.executable).parent / "atelier"
        self._log = open(log_path, "w")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            [str(atelier), "workshop", "--port", str(self.port)],
            stdout=self._log, stderr=subprocess.STDOUT, env=env, start_new_session=True,
        )  # fmt: skip
        self.url = self._wait_for_url()
        self.base = self.url.split("/lab/")[0]
        self.token = self.url.split("token=")[1]
        self._wait_ready()

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def _wait_for_url(self, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = re.search(r"http://\S+\?token=\S+", self.log())
            if found:
                return found.group(0)
            if self.process.poll() is not None:
                break
            time.sleep(0.1)
        raise AssertionError("no URL printed:\n" + self.log())

    def _wait_ready(self, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError):
                if http_status(f"{self.base}/api/status?token={self.token}") == 200:
                    return
            if self.process.poll() is not None:
                break
            time.sleep(0.25)
        raise AssertionError("JupyterLab did not start:\n" + self.log())

    def stop(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(10)
        self._log.close()


@pytest.fixture(scope="session")
def workshop_server(tmp_path_factory):
    ARTIFACTS.mkdir(exist_ok=True)
    # Served from copies in this temporary workspace folder, as for a participant: JupyterLab
    # autosaves what the browser runs, and the committed notebooks must stay as they are.
    workspace_dir = tmp_path_factory.mktemp("workshop-ws")
    server = WorkshopServer(workspace_dir, ARTIFACTS / "workshop.log")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM):
        message = f"{CHROMIUM} is missing: apt-get install -y chromium"
        if os.environ.get("CI") == "true":
            pytest.fail(message)  # in CI a browser test must run, never be skipped
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 1000}, locale="fr-FR")
    new_page = context.new_page()
    new_page.page_errors = []
    new_page.on("pageerror", lambda error: new_page.page_errors.append(error.message))
    new_page.dialogs = []  # an alert() from untrusted text would land here

    def on_dialog(dialog) -> None:
        new_page.dialogs.append(dialog.message)
        dialog.dismiss()

    new_page.on("dialog", on_dialog)
    yield new_page
    context.close()


def real_page_errors(page) -> list[str]:
    return [e for e in page.page_errors if not any(b in e for b in BENIGN_PAGE_ERRORS)]


@pytest.fixture
def session(tmp_path):
    """A new participant's session, on an empty workspace."""
    from toolkit.core.session import Session

    new = Session()
    new.open(tmp_path / "zoe.sqlite", create=True, participant="Zoé")
    yield new
    new.workspace.close()


@pytest.fixture
def cecile(tmp_path):
    """A session on a fresh copy of the cecile demo persona."""
    from toolkit import demo
    from toolkit.core.session import Session

    demo_session = Session()
    demo_session.open(demo.create_persona("cecile", tmp_path / "cecile.sqlite").path)
    yield demo_session
    demo_session.workspace.close()


@pytest.fixture(autouse=True)
def french_by_default():
    """Each test starts in French, whatever the previous one switched to."""
    from toolkit import i18n

    i18n.set_language(i18n.DEFAULT_LANGUAGE)
    yield
    i18n.set_language(i18n.DEFAULT_LANGUAGE)


@pytest.fixture(autouse=True)
def outside_a_hub(monkeypatch):
    """Tests run as on a laptop even from a JupyterHub terminal: there the hub's user would
    replace the app's cookie key (toolkit.core.hub)."""
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)

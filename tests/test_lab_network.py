"""JupyterLab on a room's network (`make workshop HOST=0.0.0.0`): each browser its own folder,
so a second laptop never opens the first participant's workspace."""

import contextlib
import http.cookiejar
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import psutil
import pytest

from tests.conftest import ARTIFACTS, free_port
from toolkit.app import lab_browsers
from toolkit.core import workspaces
from toolkit.core.session import Session
from toolkit.ui.picker import WorkspacePicker

pytestmark = pytest.mark.slow


@pytest.fixture
def on_network(tmp_path, monkeypatch):
    """A kernel of JupyterLab on a network, as Jupyter starts it for a notebook's path."""
    monkeypatch.delenv("ATELIER_WORKSPACE", raising=False)
    monkeypatch.delenv(workspaces.APP_ENV, raising=False)
    monkeypatch.setenv("ATELIER_WORKSPACE_DIR", str(tmp_path))
    monkeypatch.setenv(workspaces.LAB_BROWSERS_ENV, "1")

    def browser(user: str) -> Path:
        folder = workspaces.browser_folder_name(user)
        monkeypatch.setenv("JPY_SESSION_NAME", f"{folder}/notebooks/fr/01_carte.ipynb")
        return tmp_path / workspaces.BROWSERS / folder

    return browser


def test_each_browser_remembers_its_own_workspace(on_network):
    first = on_network("anonymous-io")
    WorkspacePicker(Session()).create("Zoé")
    assert workspaces.workspace_dir() == first
    assert workspaces.remembered() == first / "zoe.sqlite"
    on_network("anonymous-europa")  # a second laptop, the same notebook
    assert workspaces.remembered() is None
    assert workspaces.participant_paths() == []  # Zoé's workspace is not offered either
    picker = WorkspacePicker(Session())
    assert picker.session.workspace is None or picker.session.title != "Zoé"
    on_network("anonymous-io")  # the first laptop, at the next notebook
    assert WorkspacePicker(Session()).session.title == "Zoé"


def test_a_notebook_outside_every_browser_folder_keeps_the_shared_folder(on_network, tmp_path):
    first = on_network("anonymous-io")
    absolute = first / "notebooks" / "fr" / "01_carte.ipynb"  # as JupyterLab names it
    os.environ["JPY_SESSION_NAME"] = str(absolute)
    assert workspaces.workspace_dir() == first
    os.environ["JPY_SESSION_NAME"] = "fr/01_carte.ipynb"
    assert workspaces.workspace_dir() == tmp_path
    os.environ["JPY_SESSION_NAME"] = str(tmp_path.parent / first.name / "x.ipynb")
    assert workspaces.workspace_dir() == tmp_path  # a folder of that name elsewhere: not it


class NetworkWorkshop:
    """`atelier workshop --host 0.0.0.0` in its own process group."""

    def __init__(self, workspace_dir: Path, log_path: Path) -> None:
        env = {**os.environ, "ATELIER_WORKSPACE_DIR": str(workspace_dir)}
        for name in ("ATELIER_WORKSPACE", "JUPYTER_TOKEN", workspaces.APP_ENV):
            env.pop(name, None)
        self.log_path = log_path
        self._log = open(log_path, "w")  # noqa: SIM115 - closed in stop()
        atelier = Path(sys.executable).parent / "atelier"
        self.process = subprocess.Popen(
            [str(atelier), "workshop", "--host", "0.0.0.0", "--port", str(free_port())],
            stdout=self._log, stderr=subprocess.STDOUT, env=env, start_new_session=True,
        )  # fmt: skip
        deadline = time.monotonic() + 60
        self.url = ""
        while time.monotonic() < deadline and not self.url:
            found = re.search(r"http://\S+\?token=\S+", log_path.read_text())
            self.url = found.group(0) if found else ""
            time.sleep(0.2)
        assert self.url, log_path.read_text()
        parts = urlsplit(self.url)
        self.base = f"{parts.scheme}://{parts.netloc}"
        self.token = self.url.split("token=")[1]
        while time.monotonic() < deadline and self.process.poll() is None:
            with contextlib.suppress(OSError):
                status = f"{self.base}/api/status?token={self.token}"
                with urllib.request.urlopen(status, timeout=5):
                    return
            time.sleep(0.3)
        raise AssertionError(log_path.read_text())

    def kernel_environments(self) -> list[dict[str, str]]:
        """The environment of each kernel this server runs."""
        found = []
        for child in psutil.Process(self.process.pid).children(recursive=True):
            with contextlib.suppress(psutil.Error):
                if any("ipykernel" in part for part in child.cmdline()):
                    found.append(child.environ())
        return found

    def stop(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
        self._log.close()


def _laptop() -> urllib.request.OpenerDirector:
    """A browser of its own: its own cookies."""
    return urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )


def test_two_laptops_get_their_own_notebooks_and_kernels_their_own_folders(tmp_path):
    ARTIFACTS.mkdir(exist_ok=True)
    server = NetworkWorkshop(tmp_path / "ws", ARTIFACTS / "workshop-network.log")
    try:
        host = urlsplit(server.url).hostname
        assert host not in ("127.0.0.1", "0.0.0.0", "localhost")  # one other machines can open
        first, second = _laptop(), _laptop()
        with first.open(server.url, timeout=60) as answer:
            first_url = answer.geturl()
        with second.open(server.url, timeout=60) as answer:
            second_url = answer.geturl()
        with first.open(server.base + "/", timeout=60) as answer:  # the address typed again
            again_url = answer.geturl()
        pattern = r"/lab/tree/([0-9a-f]{32})/notebooks/fr/00_bienvenue\.ipynb$"
        first_folder = re.search(pattern, first_url).group(1)
        second_folder = re.search(pattern, second_url).group(1)
        assert first_folder != second_folder
        assert re.search(pattern, again_url), again_url
        assert re.search(pattern, again_url).group(1) == first_folder  # the same laptop
        browsers = tmp_path / "ws" / workspaces.BROWSERS
        assert (browsers / first_folder / "notebooks" / "fr" / "00_bienvenue.ipynb").is_file()
        # A kernel for the first laptop's notebook: Jupyter tells it the path, so its
        # workspaces and remembered choice are that laptop's folder.
        notebook = f"{first_folder}/notebooks/fr/00_bienvenue.ipynb"
        request = urllib.request.Request(
            f"{server.base}/api/sessions?token={server.token}",
            data=(
                f'{{"path": "{notebook}", "type": "notebook", "name": "00_bienvenue.ipynb",'
                f' "kernel": {{"name": "python3"}}}}'
            ).encode(),
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        with urllib.request.urlopen(request, timeout=60) as answer:
            assert answer.status == 201
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not server.kernel_environments():
            time.sleep(0.5)
        (kernel_env,) = server.kernel_environments()
        assert kernel_env[workspaces.LAB_BROWSERS_ENV] == "1"
        assert kernel_env["JPY_SESSION_NAME"].endswith(notebook)  # absolute, for JupyterLab
    finally:
        server.stop()
    environment = {
        "ATELIER_WORKSPACE_DIR": str(tmp_path / "ws"),
        workspaces.LAB_BROWSERS_ENV: "1",
        "JPY_SESSION_NAME": kernel_env["JPY_SESSION_NAME"],
    }
    with _environment(environment):
        assert workspaces.workspace_dir() == browsers / first_folder
    assert lab_browsers.START_PATH in server.url


@contextlib.contextmanager
def _environment(values: dict[str, str]):
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value

"""A real JupyterHub on loopback: configurable-http-proxy (npm), a local spawner, temporary
users, the workshop as each user's server and the idle culler; everything stops with the tests.

The proxy is a node program: it is looked for on PATH and in ``.hub/`` (``npm install --prefix
.hub configurable-http-proxy``, done here when npm is present); without it the hub tests are
skipped with the reason, so a bare machine's ``make test`` stays green.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ARTIFACTS, ROOT, free_port

PROXY_FOLDER = ROOT / ".hub"  # git-ignored: the proxy npm installs for the tests
PROXY = "configurable-http-proxy"
IDLE_SECONDS = 40  # the culler stops a server left idle this long (an hour in deploy/)
PROBE_TOKEN = "atelier-hub-test-" + os.urandom(12).hex()


def proxy_command() -> str | None:
    """The proxy's command: on PATH, in ``.hub/``, or installed there now with npm."""
    found = shutil.which(PROXY) or shutil.which(PROXY_FOLDER / "node_modules" / ".bin" / PROXY)
    if found or not shutil.which("npm"):
        return found
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        subprocess.run(
            ["npm", "install", "--prefix", str(PROXY_FOLDER), "--no-audit", "--no-fund", PROXY],
            check=True, capture_output=True, timeout=240,
        )  # fmt: skip
    return shutil.which(PROXY_FOLDER / "node_modules" / ".bin" / PROXY)


def _process_tree() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, IndexError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    return children


def descendants(pid: int) -> list[int]:
    """Every process started under ``pid`` (its children, theirs...)."""
    tree, found, todo = _process_tree(), [], [pid]
    while todo:
        for child in tree.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def environ_of(pid: int) -> dict[str, str]:
    with contextlib.suppress(OSError):
        pairs = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
        return dict(p.decode(errors="replace").partition("=")[::2] for p in pairs if b"=" in p)
    return {}


def rss_bytes(pid: int) -> int:
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of ``pid`` and of its children it has waited for."""
    with contextlib.suppress(OSError, ValueError, IndexError):
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")
    return 0.0


class Hub:
    """JupyterHub started for real, in its own session, with its log in test-artifacts/."""

    def __init__(self, folder: Path, proxy: str) -> None:
        self.folder = folder
        self.port, self.api_port, self.hub_port = free_port(), free_port(), free_port()
        self.cohort_url = f"http://127.0.0.1:{free_port()}"  # the cohort service
        self.url = f"http://127.0.0.1:{self.port}"
        self.cohort = folder / "cohort"
        self.homes = folder / "homes"
        self.log_path = ARTIFACTS / "hub.log"
        config = folder / "jupyterhub_config.py"
        config.write_text(self._config(proxy), encoding="utf-8")
        env = {
            **os.environ,
            "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        }
        for name in ("ATELIER_WORKSPACE", "ATELIER_WORKSPACE_DIR", "JUPYTERHUB_USER"):
            env.pop(name, None)
        self._log = open(self.log_path, "w")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            [str(Path(sys.executable).parent / "jupyterhub"), "-f", str(config)],
            cwd=folder, stdout=self._log, stderr=subprocess.STDOUT, env=env,
            start_new_session=True,
        )  # fmt: skip
        self._wait_ready()

    def _config(self, proxy: str) -> str:
        return textwrap.dedent(f"""
            from pathlib import Path
            from toolkit.app import hub

            c = get_config()  # noqa: F821
            c.JupyterHub.bind_url = "{self.url}"
            c.JupyterHub.hub_ip = "127.0.0.1"
            c.JupyterHub.hub_port = {self.hub_port}
            c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{self.api_port}"
            c.ConfigurableHTTPProxy.command = [{str(proxy)!r}]
            c.JupyterHub.db_url = "sqlite:///{self.folder}/hub.sqlite"
            c.JupyterHub.cookie_secret_file = "{self.folder}/cookie_secret"
            c.JupyterHub.authenticator_class = "tmp"
            c.Authenticator.allow_all = True
            c.JupyterHub.spawner_class = "simple"
            c.SimpleLocalProcessSpawner.home_dir_template = "{self.homes}/{{username}}"
            c.Spawner.start_timeout = 120
            c.Spawner.http_timeout = 120
            hub.configure(c, cohort_dir=Path("{self.cohort}"), idle_minutes={IDLE_SECONDS / 60},
                          cull_every_seconds=5, notebooks=Path("{ROOT / "workshops"}"),
                          cohort_service_url="{self.cohort_url}")
            # Activity is reported every few seconds, so the culler sees idleness quickly.
            c.JupyterHub.last_activity_interval = 5
            c.Spawner.environment = {{**c.Spawner.environment, "JUPYTERHUB_ACTIVITY_INTERVAL": "5"}}
            # The tests' own service: adds a user to the trainers' group, reads servers.
            c.JupyterHub.services.append({{"name": "probe", "api_token": "{PROBE_TOKEN}"}})
            c.JupyterHub.load_roles.append({{"name": "probe", "services": ["probe"],
                "scopes": ["admin:users", "admin:groups", "admin:servers", "list:users"]}})
        """)

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def _wait_ready(self, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if "JupyterHub is now running" in self.log():
                return
            if self.process.poll() is not None:
                break
            time.sleep(0.25)
        self.stop()
        raise AssertionError("JupyterHub did not start:\n" + self.log()[-5000:])

    def api(self, method: str, path: str, body: object = None) -> object:
        """The hub's REST API, as the tests' service."""
        request = urllib.request.Request(
            f"{self.url}/hub/api/{path}",
            method=method,
            data=None if body is None else json.dumps(body).encode(),
            headers={"Authorization": f"token {PROBE_TOKEN}"},
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            text = response.read()
        return json.loads(text) if text else None

    def server_pid(self, user: str) -> int | None:
        """The process of ``user``'s single-user server, if it runs."""
        for pid in descendants(self.process.pid):
            if environ_of(pid).get("JUPYTERHUB_USER") == user and b"toolkit.app.hub" in (
                Path(f"/proc/{pid}/cmdline").read_bytes() if Path(f"/proc/{pid}").exists() else b""
            ):
                return pid
        return None

    def usage(self, user: str) -> dict[str, float]:
        """Resident memory and CPU time of ``user``'s server and its kernels, now."""
        pid = self.server_pid(user)
        if pid is None:
            return {"rss_bytes": 0, "cpu_seconds": 0.0, "processes": 0}
        tree = [pid, *descendants(pid)]
        return {
            "rss_bytes": sum(rss_bytes(p) for p in tree),
            "cpu_seconds": sum(cpu_seconds(p) for p in tree),
            "processes": len(tree),
        }

    def stop(self) -> None:
        """Stop the hub (it stops users' servers, the proxy and the culler), then anything of
        ours still alive: only the processes started under this hub."""
        started = descendants(self.process.pid)
        with contextlib.suppress(ProcessLookupError):
            self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)
        for pid in started:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)
        self._log.close()


@pytest.fixture(scope="session")
def hub_server(tmp_path_factory):
    pytest.importorskip(
        "jupyterhub", reason="jupyterhub is in the test extra: pip install -e '.[test]'"
    )
    proxy = proxy_command()
    if proxy is None:
        pytest.skip(f"{PROXY} (npm) is missing and could not be installed: the hub tests need it")
    ARTIFACTS.mkdir(exist_ok=True)
    hub = Hub(tmp_path_factory.mktemp("hub"), proxy)
    yield hub
    hub.stop()


def status(session, url: str) -> int:
    """The status of ``url`` for a logged-in session, without following redirects."""
    return session.get(url, allow_redirects=False, timeout=60).status_code


def log_in(session, hub: Hub, timeout: float = 180) -> tuple[str, str]:
    """A new temporary user through the hub's login, waiting for their server: (name, the
    user's home page address)."""
    response = session.get(f"{hub.url}/hub/tmplogin", timeout=timeout)
    deadline = time.monotonic() + timeout
    while "/user/" not in response.url and time.monotonic() < deadline:
        time.sleep(1)
        response = session.get(response.url, timeout=timeout)
    assert "/user/" in response.url, response.url
    assert response.status_code == 200, response.text[:2000]
    name = response.url.split("/user/")[1].split("/")[0]
    return name, response.url.split("?")[0]


def wait_for(predicate, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(1)
    raise AssertionError(f"timed out ({timeout:.0f} s) waiting for {what}")


def url_status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code

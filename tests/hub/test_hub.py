"""The workshop on a real JupyterHub (loopback): ten users through the hub over HTTP, then two in
chromium (isolation, persistence, the idle culler) and a trainer from the hub's group reading
the cohort's shared summaries."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
from playwright.sync_api import expect

from tests.app.conftest import open_section
from tests.conftest import ARTIFACTS
from tests.hub.conftest import (
    IDLE_SECONDS,
    descendants,
    environ_of,
    log_in,
    rss_bytes,
    status,
    wait_for,
)
from toolkit.cohort.summaries import count_line
from toolkit.core import hub as hub_identity
from toolkit.core import workspaces
from toolkit.i18n import t

pytestmark = pytest.mark.slow

USERS = 10
RENDER = 180_000  # a first render: a new kernel imports the toolkit and runs the notebook
STEP_1 = "Étape 1 — Cartographier mon réseau"
REVIEW = "Bilan : où en est mon réseau ?"
DASHBOARD = "Tableau de bord de la cohorte"
USAGE = ARTIFACTS / "hub-usage.json"


def _folder(hub, user: str) -> Path:
    """Where ``user``'s workspaces are: their home's folder, keyed by the hub's user."""
    base = hub.homes / user / "atelier"
    return workspaces.participant_folder(base, hub_identity.user_key(user))


def _record(**figures) -> None:
    known = json.loads(USAGE.read_text()) if USAGE.is_file() else {}
    USAGE.write_text(json.dumps({**known, **figures}, indent=1), encoding="utf-8")


def test_ten_users_each_reach_only_their_own_server(hub_server):
    sessions = [requests.Session() for _ in range(USERS)]
    started = time.monotonic()
    with ThreadPoolExecutor(USERS) as pool:
        logged = list(pool.map(lambda s: log_in(s, hub_server), sessions))
    all_up = time.monotonic() - started
    names = [name for name, _ in logged]
    assert len(set(names)) == USERS

    for index, (session, (name, home)) in enumerate(zip(sessions, logged, strict=True)):
        page = session.get(home, timeout=60)
        assert page.status_code == 200
        links = re.findall(r'href="([^"]+)"', page.text)
        steps = [link for link in links if "/voila/render/" in link]
        # Every step is a place in the one app page (one kernel for all steps, as in a room).
        app_page = f"/user/{name}/voila/render/atelier.ipynb?step="
        assert len(steps) == 5 and all(link.startswith(app_page) for link in steps)
        assert not any("99_" in link or "00_guide" in link for link in steps)  # trainers' only
        assert t("hub.trainer", "fr").replace("'", "&#x27;") not in page.text
        base = home.rsplit("/atelier", 1)[0]
        assert status(session, base + "/lab") == 404  # no JupyterLab, no terminal
        assert status(session, base + "/api/terminals") == 404
        # Another user's server, with this user's login: the hub refuses.
        other, other_home = logged[(index + 1) % USERS]
        assert other != name
        answer = session.get(other_home, timeout=60)
        assert answer.status_code == 403
        assert STEP_1 not in answer.text
        assert (hub_server.homes / name / "atelier").is_dir()  # the user's persistent folder

    idle = [hub_server.usage(name) for name in names]
    hub_own = [hub_server.process.pid] + [
        pid
        for pid in descendants(hub_server.process.pid)
        if "JUPYTERHUB_USER" not in environ_of(pid)
    ]
    assert all(u["processes"] >= 1 for u in idle)
    _record(
        users=USERS,
        seconds_until_all_servers_up=round(all_up, 1),
        idle_server_rss_mb=[round(u["rss_bytes"] / 2**20, 1) for u in idle],
        idle_server_cpu_seconds=[round(u["cpu_seconds"], 2) for u in idle],
        hub_and_proxy_rss_mb=round(sum(rss_bytes(p) for p in hub_own) / 2**20, 1),
    )
    for session, (name, _) in zip(sessions, logged, strict=True):  # free the machine
        hub_server.api("DELETE", f"users/{name}/server")
        session.close()
    wait_for(lambda: all(hub_server.server_pid(n) is None for n in names), 90, "servers stopped")


def _browser_user(browser, hub):
    context = browser.new_context(viewport={"width": 1280, "height": 1000}, locale="fr-FR")
    context.requests_seen = []  # every page's requests: a hub's users may be offline too
    context.on("request", lambda request: context.requests_seen.append(request.url))
    page = context.new_page()
    page.goto(f"{hub.url}/hub/tmplogin", timeout=RENDER)
    page.wait_for_url(re.compile(r"/user/[^/]+/atelier"), timeout=RENDER)
    name = page.url.split("/user/")[1].split("/")[0]
    return context, page, name


def _open_step_1(page) -> None:
    page.get_by_role("link", name=STEP_1).click()
    page.get_by_placeholder(t("picker.first_name_placeholder", "fr")).wait_for(timeout=RENDER)


def _create(page, first_name: str) -> None:
    page.get_by_placeholder(t("picker.first_name_placeholder", "fr")).fill(first_name)
    page.get_by_role("button", name=t("picker.create", "fr")).click()
    expect(page.get_by_text(t("picker.opened", "fr", title=first_name))).to_be_visible(
        timeout=RENDER
    )


def _share(hub, user: str, workspace: Path, tmp_path: Path) -> str:
    """What a participant's "share with the trainer" sends: their anonymous summary (made by
    the command line here), put to the cohort service with their own server's hub token."""
    out = tmp_path / "resume.json"
    atelier = Path(sys.executable).parent / "atelier"
    subprocess.run(
        [str(atelier), "summary", "--workspace", str(workspace), "--out", str(out)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    answer = _service(hub, "PUT", "summaries/resume.json", _token(hub, user), out.read_bytes())
    assert answer.status_code == 200, answer.text
    return answer.json()["name"]


def _token(hub, user: str) -> str:
    """The hub token of ``user``'s running server (what its kernels hold)."""
    return environ_of(hub.server_pid(user))["JUPYTERHUB_API_TOKEN"]


def _service(hub, method: str, path: str, token: str | None, body: bytes | None = None):
    headers = {"Authorization": f"token {token}"} if token else {}
    url = f"{hub.cohort_url}/services/{hub_identity.SERVICE_NAME}/{path}"
    return requests.request(method, url, data=body, headers=headers, timeout=60)


@pytest.mark.browser
def test_two_participants_a_trainer_and_the_idle_culler(hub_server, browser, tmp_path):
    hub = hub_server
    zoe_context, zoe, zoe_name = _browser_user(browser, hub)
    yann_context, yann, yann_name = _browser_user(browser, hub)
    # A participant's home lists the steps only.
    expect(zoe.get_by_role("link", name=DASHBOARD)).to_have_count(0)

    _open_step_1(zoe)
    _create(zoe, "Zoé Hub")
    _open_step_1(yann)
    _create(yann, "Yann Hub")
    usage = {name: hub.usage(name) for name in (zoe_name, yann_name)}
    zoe.screenshot(path=ARTIFACTS / "hub-zoe-welcome.png", full_page=True)

    # Isolation: each folder holds its own workspace only, keyed by the hub's user.
    zoe_file, yann_file = _folder(hub, zoe_name) / "zoe-hub.sqlite", _folder(hub, yann_name)
    assert zoe_file.is_file() and (yann_file / "yann-hub.sqlite").is_file()
    assert sorted(p.name for p in _folder(hub, zoe_name).glob("*.sqlite")) == ["zoe-hub.sqlite"]
    assert sorted(p.name for p in yann_file.glob("*.sqlite")) == ["yann-hub.sqlite"]
    yann.reload(wait_until="domcontentloaded")
    yann.get_by_placeholder(t("picker.first_name_placeholder", "fr")).wait_for(timeout=RENDER)
    expect(yann.locator("option", has_text="Yann Hub")).to_have_count(1, timeout=RENDER)
    assert "Zoé" not in yann.evaluate("document.body.innerText")
    # Zoé's browser on Yann's server: the hub refuses, nothing of Yann's is shown.
    answer = zoe.goto(f"{hub.url}/user/{yann_name}/atelier")
    assert answer.status == 403
    assert "Yann" not in zoe.evaluate("document.body.innerText")
    # A trainer's page is no address of a participant's server.
    answer = zoe.goto(f"{hub.url}/user/{zoe_name}/voila/render/fr/99_tableau_de_bord_cohorte.ipynb")
    assert answer.status != 200
    # Zoé at step 1 (charts, forms), then the next steps: the app words, one kernel for all.
    zoe.goto(f"{hub.url}/user/{zoe_name}/atelier", wait_until="domcontentloaded")
    zoe.get_by_role("link", name=STEP_1).click()
    zoe.get_by_placeholder(t("mapping.quick_add.placeholder", "fr")).first.wait_for(timeout=RENDER)
    expect(zoe.get_by_text(t("picker.opened", "fr", title="Zoé Hub"))).to_be_visible()
    shown = zoe.evaluate("document.body.innerText")
    for word in ("Maj + Entrée", "import toolkit", ".ipynb"):
        assert word not in shown  # no code, no JupyterLab instruction, no file name
    for number in (2, 3):
        zoe.get_by_role("button", name=t("app.page.next", "fr")).click()
        expect(zoe.locator(".atelier-step-title")).to_contain_text(f"{number} sur 5")
    outside = [
        u for u in zoe_context.requests_seen if not u.startswith((hub.url, "data:", "blob:"))
    ]
    assert outside == []  # nothing from the web (MathJax's CDN, fonts...)
    home = zoe.get_by_role("link", name=t("app.page.home", "fr"))
    assert home.get_attribute("href").startswith(f"/user/{zoe_name}/atelier")
    # The page that opened the workspace was left: the server and one kernel, the app page's.
    wait_for(lambda: hub.usage(zoe_name)["processes"] == 2, 60, "one kernel left for Zoé")
    at_step = hub.usage(zoe_name)
    # Zoé sends her summary with her server's token (while it runs: a stopped server's token
    # is revoked); no participant's server knows where summaries are, nor may read them back.
    zoe_shared = _share(hub, zoe_name, zoe_file, tmp_path)
    zoe_token = _token(hub, zoe_name)
    assert hub_identity.COHORT_ENV not in environ_of(hub.server_pid(zoe_name))
    assert _service(hub, "GET", "summaries", zoe_token).status_code == 403
    assert _service(hub, "GET", "summaries", None).status_code == 403
    assert _service(hub, "GET", "summaries", "not-a-token").status_code == 403
    assert _service(hub, "PUT", "summaries/x.json", zoe_token, b"[1]").status_code == 400
    zoe.close()  # Zoé leaves her page: nothing of hers is active any more
    left = time.monotonic()

    # Yann shares his summary from the review page (the room's button: under the hub it goes
    # to the cohort service); only a trainer reads them back.
    yann.goto(f"{hub.url}/user/{yann_name}/atelier", wait_until="domcontentloaded")
    yann.get_by_role("link", name=REVIEW).click()
    expect(yann.get_by_text(t("picker.opened", "fr", title="Yann Hub"))).to_be_visible(
        timeout=RENDER
    )
    open_section(yann, "Ce que j'emporte")
    yann.get_by_role("button", name=t("takeaway.share.preview", "fr")).click(timeout=RENDER)
    expect(yann.get_by_text(t("takeaway.readable.contacts", "fr"))).to_be_visible(timeout=RENDER)
    yann.get_by_role("button", name=t("takeaway.share.to_room", "fr")).click()
    expect(yann.get_by_text(t("takeaway.share.sent", "fr"))).to_be_visible(timeout=RENDER)
    kept = hub.cohort / hub_identity.COHORT_FOLDER
    (shared,) = [p for p in kept.glob("*.json") if p.name != zoe_shared]
    assert shared.name.startswith(hub_identity.user_key(yann_name)[:16])  # a digest, no name
    assert yann_name not in shared.read_text(encoding="utf-8")
    assert shared.stat().st_mode & 0o077 == 0 and kept.stat().st_mode & 0o077 == 0
    yann.close()
    assert sorted(p.name for p in kept.glob("*.json")) == sorted([shared.name, zoe_shared])
    trainer_context, trainer, trainer_name = _browser_user(browser, hub)
    expect(trainer.get_by_role("link", name=DASHBOARD)).to_have_count(0)  # not yet a trainer
    hub.api("POST", f"groups/{'trainers'}/users", {"users": [trainer_name]})
    hub.api("DELETE", f"users/{trainer_name}/server")  # the role is given at the next start
    wait_for(lambda: hub.server_pid(trainer_name) is None, 90, "the trainer's server stopped")
    trainer.goto(f"{hub.url}/hub/spawn", timeout=RENDER)
    trainer.wait_for_url(re.compile(r"/user/[^/]+/atelier"), timeout=RENDER)
    expect(trainer.get_by_text(t("hub.trainer", "fr"))).to_be_visible()
    trainer.get_by_role("link", name=DASHBOARD).click()
    expect(trainer.get_by_text(count_line(2, 2, "fr"))).to_be_visible(timeout=RENDER)
    trainer.screenshot(path=ARTIFACTS / "hub-trainer-dashboard.png", full_page=True)
    trainer_context.close()

    # The idle culler stops Zoé's server; her folder stays, and she finds her workspace again.
    wait_for(
        lambda: (
            hub.server_pid(zoe_name) is None and not hub.api("GET", f"users/{zoe_name}")["servers"]
        ),
        IDLE_SECONDS + 90,
        "Zoé's server culled",
    )
    culled_after = time.monotonic() - left
    assert f"Culling server {zoe_name}" in hub.log()
    assert zoe_file.is_file()
    zoe = zoe_context.new_page()
    zoe.goto(f"{hub.url}/hub/spawn", timeout=RENDER)
    zoe.wait_for_url(re.compile(r"/user/[^/]+/atelier"), timeout=RENDER)
    _open_step_1(zoe)
    expect(zoe.locator("option", has_text="Zoé Hub")).to_have_count(1, timeout=RENDER)
    zoe_context.close()
    yann_context.close()

    _record(
        browser_users=2,
        server_with_kernel_rss_mb=[round(u["rss_bytes"] / 2**20, 1) for u in usage.values()],
        server_with_kernel_cpu_seconds=[round(u["cpu_seconds"], 2) for u in usage.values()],
        server_at_step_1_rss_mb=round(at_step["rss_bytes"] / 2**20, 1),
        server_at_step_1_cpu_seconds=round(at_step["cpu_seconds"], 2),
        server_at_step_1_processes=at_step["processes"],
        seconds_from_leaving_to_culled=round(culled_after, 1),
        idle_timeout_seconds=IDLE_SECONDS,
    )

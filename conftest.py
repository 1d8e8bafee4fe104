"""Test environment shared by unit tests and notebook kernels (nbval starts kernels with it).

Notebooks run on a fresh copy of the `cecile` demo persona, with plotly's renderer pinned, so
their outputs are the same on every machine. Nothing touches the real `workspace/` folder.
"""

import os
import tempfile
from pathlib import Path

NOTEBOOK_PERSONA = "cecile"


def pytest_configure(config):
    scratch = Path(tempfile.mkdtemp(prefix="atelier-tests-"))
    os.environ["ATELIER_WORKSPACE_DIR"] = str(scratch / "workspace")
    os.environ["PLOTLY_RENDERER"] = "plotly_mimetype"
    os.environ.pop("ATELIER_LANG", None)
    from toolkit import demo

    # One demo per language, its typed texts in the notebook's language ({lang}: workspaces).
    for lang in ("fr", "en"):
        demo.create_persona(
            NOTEBOOK_PERSONA, scratch / f"{NOTEBOOK_PERSONA}-{lang}.sqlite", lang
        ).close()
    os.environ["ATELIER_WORKSPACE"] = str(scratch / f"{NOTEBOOK_PERSONA}-{{lang}}.sqlite")


def pytest_unconfigure(config):
    import shutil

    scratch = Path(os.environ["ATELIER_WORKSPACE_DIR"]).parent
    if scratch.name.startswith("atelier-tests-"):
        shutil.rmtree(scratch, ignore_errors=True)

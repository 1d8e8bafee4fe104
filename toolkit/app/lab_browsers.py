"""JupyterLab on a room's network (``atelier workshop --host 0.0.0.0``): one folder a browser.

JupyterLab shares a notebook's kernel between every browser that opens the same file, and the
remembered workspace choice lived in one folder for the whole server: a second laptop opened
the first participant's workspace. Here each browser, known by the anonymous name Jupyter gives
it with its login cookie, gets its own copy of the notebooks (``browsers/<folder>/notebooks``);
its kernels see that folder in their notebook's path and keep their workspaces and remembered
choice beside it (``toolkit.core.workspaces.lab_browser``).

A Jupyter server extension: ``--ServerApp.jpserver_extensions`` names this module.
"""

from __future__ import annotations

import os
from pathlib import Path

from jupyter_server.base.handlers import JupyterHandler
from tornado import web

from toolkit.core import workspaces

START_PATH = "/atelier/start"  # where the printed address leads: the browser's welcome page
SOURCE_ENV = "ATELIER_LAB_SOURCE"  # the workshop notebooks each browser gets a copy of


def browser_notebooks(root: Path, user: str, source: Path) -> Path:
    """The browser's own copy of the notebooks (made or refreshed now), under ``root``."""
    folder = workspaces.browser_folder_name(user)
    return workspaces.notebook_copies(source, root / folder / workspaces.NOTEBOOK_COPIES)


class StartHandler(JupyterHandler):
    """Sends a browser to the welcome notebook of its own copy of the workshop."""

    @web.authenticated
    def get(self) -> None:
        root = Path(self.settings["server_root_dir"])
        source = Path(os.environ[SOURCE_ENV])
        copies = browser_notebooks(root, self.current_user.username, source)
        lang = self.get_argument("lang", os.environ.get("ATELIER_LANG", "fr"))
        welcome = "en/00_welcome.ipynb" if lang == "en" else "fr/00_bienvenue.ipynb"
        relative = (copies / welcome).relative_to(root).as_posix()
        self.redirect(f"{self.base_url}lab/tree/{relative}")


def _load_jupyter_server_extension(serverapp) -> None:
    """Jupyter's hook: the start page."""
    web_app = serverapp.web_app
    base = web_app.settings["base_url"].rstrip("/")
    web_app.add_handlers(".*$", [(base + START_PATH, StartHandler)])

"""App mode: Voilà serves the workshop notebooks as forms and charts, one private folder a browser.

Each browser gets a random key in an HTTP-only cookie on its first request. Voilà passes the
request's ``Cookie`` header to the notebook's kernel, where ``workspaces.workspace_dir()`` turns
the key into that browser's own folder: its workspaces, its demo personas and its remembered
choice. The picker only ever lists that folder, so participants sharing one server never see
each other's workspaces, and a participant finds theirs again from step to step.
"""

from __future__ import annotations

import html
import json
import os
import secrets
import sys
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import tornado.web
from tornado.httputil import url_concat
from voila.app import Voila
from voila.tornado.handler import TornadoVoilaHandler
from voila.tornado.treehandler import TornadoVoilaTreeHandler

from toolkit import i18n
from toolkit.core import workspaces
from toolkit.i18n import t

APP_DATA = Path(__file__).parent / "data"  # the offline Voilà template "atelier"
COOKIE_DAYS = 30  # long enough for three one-hour sessions a week apart
# The trainer's notebooks are not steps for participants.
TRAINER_ONLY = ("00_guide", "00_facilitator", "99_")
AGAIN = "atelier_again"  # marks the one redirect that sets the cookie (no loop without cookies)
# A closed tab shuts its kernel down itself; a laptop put to sleep or a crashed browser does not.
# Such kernels go after two hours without a connection: longer than a lunch break, so a
# participant who comes back finds the page still alive, short enough for a day of sessions.
IDLE_SECONDS = 2 * 60 * 60  # `atelier app --idle-minutes` changes it


def _give_key(handler: tornado.web.RequestHandler) -> bool:
    """Give the browser a participant key if it has none; True when one was just given."""
    if workspaces.app_key(handler.request.headers.get("Cookie", "")):
        return False
    handler.set_cookie(
        workspaces.APP_COOKIE,
        secrets.token_urlsafe(24),
        expires_days=COOKIE_DAYS,
        httponly=True,
        samesite="Strict",
        path="/",
    )
    return True


class AppNotebookHandler(TornadoVoilaHandler):
    """Voilà's notebook page, asked again once with the cookie if the browser had no key."""

    async def get(self, path=None):
        again = self.get_argument(AGAIN, None)
        if _give_key(self):
            if not again:  # ask once more, now with the cookie
                self.redirect(url_concat(self.request.uri, {AGAIN: "1"}))
                return
        elif again:  # the cookie came back: the address the participant sees loses the marker
            self.redirect(without_marker(self.request.uri))
            return
        await super().get(path)


def without_marker(uri: str) -> str:
    """``uri`` without the one-time ``atelier_again`` argument (other arguments kept)."""
    parts = urlsplit(uri)
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != AGAIN]
    return urlunsplit(parts._replace(query=urlencode(kept)))


def notebook_title(path: Path) -> str:
    """The first heading of a notebook ("Étape 1 — Cartographier mon réseau")."""
    for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
        if cell["cell_type"] == "markdown":
            for line in "".join(cell["source"]).splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return path.stem


def steps(root: Path, lang: str) -> list[tuple[str, str]]:
    """The participant's notebooks in ``lang``, in order: (title, path under ``root``)."""
    found = sorted((root / lang).glob("*.ipynb"))
    return [
        (notebook_title(path), path.relative_to(root).as_posix())
        for path in found
        if not path.name.startswith(TRAINER_ONLY)
    ]


def landing_page(root: Path, lang: str, base_url: str = "/") -> str:
    """The home page: the steps, each a link to its notebook in app mode; every text escaped."""
    other = "en" if lang == "fr" else "fr"
    switch = html.escape(t("app.other_language", lang))
    items = "\n".join(
        f'<li><a href="{html.escape(base_url)}voila/render/{html.escape(path)}">'
        f"{html.escape(title)}</a></li>"
        for title, path in steps(root, lang)
    )
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(t("app.title", lang))}</title>
<link rel="icon" href="data:;base64,=">
<style>
body {{ font: 18px/1.5 system-ui, sans-serif; max-width: 46em; margin: 3em auto; padding: 0 1em;
       color: #1b1b1b; }}
h1 {{ font-size: 1.8em; }} li {{ margin: .6em 0; }} a {{ color: #0072B2; }}
.note {{ color: #555; }}
</style></head>
<body>
<h1>{html.escape(t("app.title", lang))}</h1>
<p>{html.escape(t("app.intro", lang))}</p>
<ol class="steps">
{items}
</ol>
<p class="note">{html.escape(t("app.privacy", lang))}</p>
<p><a href="{html.escape(base_url)}?lang={other}">{switch}</a></p>
</body></html>"""


class LandingHandler(tornado.web.RequestHandler):
    """The home page of the app: gives the browser its key and lists the steps."""

    def initialize(self, root: str, lang: str, base_url: str) -> None:
        self.root, self.lang, self.base_url = Path(root), lang, base_url

    def get(self) -> None:
        _give_key(self)
        lang = self.get_argument("lang", self.lang)
        lang = lang if lang in i18n.LANGUAGES else self.lang
        self.set_header("Cache-Control", "no-store")
        self.write(landing_page(self.root, lang, self.base_url))


class AtelierVoila(Voila):
    """Voilà with the app's home page and a participant key on every notebook page."""

    def init_handlers(self) -> list:
        landing = (
            self.server_url,
            LandingHandler,
            {"root": self.root_dir, "lang": i18n.get_language(), "base_url": self.base_url},
        )
        handlers = [landing]
        for pattern, handler, *rest in super().init_handlers():
            if handler is TornadoVoilaTreeHandler and pattern == self.server_url:
                continue  # the home page replaces Voilà's file list
            if handler is TornadoVoilaHandler:
                handler = AppNotebookHandler
            handlers.append((pattern, handler, *rest))
        return handlers


def app_command(
    host: str, port: int, notebooks: Path, idle_seconds: int = IDLE_SECONDS
) -> list[str]:
    """The command line that serves ``notebooks`` in app mode; kernels left without a browser
    for ``idle_seconds`` are stopped (kernels a page is connected to are never stopped)."""
    return [
        sys.executable, "-m", "toolkit.app.server", str(notebooks),
        "--no-browser", f"--Voila.ip={host}", f"--port={port}", "--Voila.port_retries=0",
        "--template=atelier",
        "--VoilaConfiguration.http_header_envs=Cookie",
        "--VoilaConfiguration.extension_denylist=jupyterlab-jupytext",
        "--VoilaConfiguration.show_tracebacks=False",
        # Cells appear as they run. Rendering the page only at the end lost widget models on a
        # busy server: the last outputs showed "model not found" once scrolled into view.
        "--VoilaConfiguration.progressive_rendering=True",
        f"--MappingKernelManager.cull_idle_timeout={idle_seconds}",
        f"--MappingKernelManager.cull_interval={max(1, min(300, idle_seconds // 4))}",
        "--MappingKernelManager.cull_connected=False",
    ]  # fmt: skip


def app_environment(lang: str) -> dict[str, str]:
    """The server's environment: app mode on, the language, and the offline template found."""
    environment = {**os.environ, workspaces.APP_ENV: "1", "ATELIER_LANG": lang}
    environment.pop("ATELIER_WORKSPACE", None)  # a preselected workspace would be everyone's
    paths = [str(APP_DATA), environment.get("JUPYTER_PATH", "")]
    environment["JUPYTER_PATH"] = os.pathsep.join(p for p in paths if p)
    return environment


if __name__ == "__main__":
    AtelierVoila.launch_instance(argv=sys.argv[1:])

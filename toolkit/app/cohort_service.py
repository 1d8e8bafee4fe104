"""The cohort's shared summaries under JupyterHub: a hub service, their only reader and writer.

JupyterHub starts it (``toolkit.app.hub.configure`` declares it) as the hub's own user, with a
folder no user's server can reach: on TLJH each user is a separate system user, on Zero to
JupyterHub each a pod, so neither a folder shared by everyone nor a folder only the trainer
reads can be had with file permissions alone. Who may do what is the hub's RBAC:

- ``PUT summaries/<file>.json`` with a user's (or their server's) token holding
  ``access:services!service=atelier-cohort``: that user's own summary, kept under a digest of
  their user name (never the name); sharing again the same day replaces it.
- ``GET summaries`` with a token also holding ``custom:atelier-cohort:read`` (the trainers'
  group's role): every summary, as JSON.

Any other method at either address (reading one summary back, writing to the list) is
answered 405, its ``Allow`` header naming the one method the address takes.

Run by the hub only: ``python -m toolkit.app.cohort_service --folder /srv/atelier``.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from urllib.parse import urlparse

from toolkit.core import hub, workspaces


def summaries(folder: Path) -> list[dict[str, str]]:
    """Every summary kept in ``folder``, by name (what a trainer's dashboard reads)."""
    return [
        {"name": path.name, "content": path.read_text(encoding="utf-8")}
        for path in sorted(folder.glob("*.json"))
        if hub.SUMMARY_NAME.fullmatch(path.name)
    ]


def keep(folder: Path, user: str, filename: str, data: bytes) -> str:
    """Keep ``user``'s summary in ``folder``, whole or not at all; the name it is kept under.
    Raises ValueError for a bad name, an oversized body or what is not a JSON object."""
    name = hub.stored_name(user, filename)
    hub.check_summary(data)
    workspaces.write_atomically(workspaces.private_folder(folder) / name, data)
    return name


def make_app(folder: Path, prefix: str):  # -> tornado.web.Application (imported lazily)
    """The service's web application, answering under ``prefix`` (``/services/<name>/``)."""
    from jupyterhub.services.auth import HubAuthenticated
    from tornado import web

    class Summaries(HubAuthenticated, web.RequestHandler):
        allowed: tuple[str, ...] = ()  # the methods this address answers to

        def _user(self) -> dict:
            # A token, never a login page: an API answers 403 where a page would redirect.
            user = self.get_current_user()
            if not user:
                raise web.HTTPError(403, "a hub token with access to this service is needed")
            return user

        def write_error(self, status_code: int, **kwargs) -> None:
            # Tornado answers 405 to the methods a handler lacks, without saying which it has.
            if status_code == 405:
                self.set_header("Allow", ", ".join(self.allowed))
            super().write_error(status_code, **kwargs)

    class Every(Summaries):
        """``summaries``: the trainers read them all; nothing is written there."""

        allowed = ("GET",)

        def get(self) -> None:
            user = self._user()
            if hub.READ_SCOPE not in set(user.get("scopes", [])):
                raise web.HTTPError(403, "the cohort's summaries are for its trainers")
            self.set_header("Cache-Control", "no-store")
            self.finish({"summaries": summaries(folder)})

    class One(Summaries):
        """``summaries/<file>``: a user shares theirs; nobody reads one back."""

        allowed = ("PUT",)

        def put(self, filename: str) -> None:
            user = self._user()
            if user.get("kind") != "user":
                raise web.HTTPError(403, "summaries come from users")
            try:
                name = keep(folder, user["name"], filename, self.request.body)
            except (ValueError, UnicodeDecodeError) as error:
                raise web.HTTPError(400, str(error)) from error
            self.finish({"name": name})

    prefix = "/" + prefix.strip("/") + "/" if prefix.strip("/") else "/"
    return web.Application(
        [
            (prefix + r"summaries", Every),
            (prefix + r"summaries/([^/]+)", One),
        ],
        # A body past the limit is cut off by tornado before any handler reads it.
        max_body_size=hub.MAX_SUMMARY_BYTES + 1024,
    )


def main(argv: list[str] | None = None) -> None:
    """Serve the cohort's summaries where the hub says (``JUPYTERHUB_SERVICE_URL``)."""
    from tornado.ioloop import IOLoop

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, required=True, help="where summaries are kept")
    options = parser.parse_args(argv)
    folder = workspaces.private_folder(options.folder)
    url = urlparse(os.environ.get("JUPYTERHUB_SERVICE_URL", "http://127.0.0.1:10130"))
    # On Kubernetes the service's address is a DNS name of the hub's pod: listen on all.
    host = url.hostname if url.hostname and url.hostname[0].isdigit() else "0.0.0.0"
    prefix = os.environ.get("JUPYTERHUB_SERVICE_PREFIX", f"/services/{hub.SERVICE_NAME}/")
    app = make_app(folder, prefix)
    app.listen(url.port or 80, host, max_body_size=hub.MAX_SUMMARY_BYTES + 1024)
    print(f"{hub.SERVICE_NAME}: {len(summaries(folder))} summaries in {folder}", file=sys.stderr)
    IOLoop.current().start()


if __name__ == "__main__":
    main()

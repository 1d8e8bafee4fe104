"""Under JupyterHub: who the participant is, their role, and the cohort service's client.

Each hub user has a single-user server of their own, started by the hub with the user's name in
``JUPYTERHUB_USER`` (kernels inherit it). That name replaces the browser cookie of ``atelier app``:
the participant's folder is keyed by it, so they find their workspace again from any browser and
any session. The trainer role and the cohort's service come from the environment the hub gives
the server at spawn time (``toolkit.app.hub.configure``), never from the browser.

The cohort's shared summaries live with a hub service (``toolkit.app.cohort_service``), not in a
folder every server can reach: users are separate system users (TLJH) or pods (Zero to
JupyterHub), so a folder would be either unreadable to the trainer or readable by everyone. A
participant's server may put its own summary there; only a token holding the trainers' scope
(``READ_SCOPE``, given by the hub to the ``trainers`` group) reads them back.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import urllib.error
import urllib.request
from pathlib import Path

from toolkit.core.errors import AtelierError

HUB_USER_ENV = "JUPYTERHUB_USER"  # set by JupyterHub for every single-user server
ROLE_ENV = "ATELIER_HUB_ROLE"  # "trainer" for members of the trainers' hub group
COHORT_ENV = "ATELIER_ROOM_DIR"  # a shared folder (a room's variable; not set under the hub)
COHORT_URL_ENV = "ATELIER_COHORT_URL"  # the cohort service's address, as this server reaches it
TOKEN_ENV = "JUPYTERHUB_API_TOKEN"  # this server's hub token (kernels inherit it)
SERVICE_NAME = "atelier-cohort"
READ_SCOPE = "custom:atelier-cohort:read"  # held by the trainers' group only
MAX_SUMMARY_BYTES = 256 * 1024  # a summary is a few kilobytes; anything bigger is not one
SUMMARY_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,79}\.json")
CACHE_FOLDER = ".atelier-cohort"  # in a trainer's home: the copy the dashboard reads
COHORT_FOLDER = "cohort"  # where shared summaries go, under COHORT_ENV (as in a room)
TRAINER = "trainer"


def hub_user() -> str:
    """The hub user this server belongs to ("" outside JupyterHub)."""
    return os.environ.get(HUB_USER_ENV, "").strip()


def user_key(user: str | None = None) -> str:
    """The participant key of a hub user: a digest, so folder and file names never show the
    name the hub knows (LTI user names may be e-mail addresses)."""
    name = hub_user() if user is None else user
    return "hub-" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:40]


def is_trainer() -> bool:
    """Whether the hub started this server for a member of the trainers' group."""
    return bool(hub_user()) and os.environ.get(ROLE_ENV, "") == TRAINER


def cohort_url() -> str:
    """The cohort service's address for this server ("" outside the hub): the service's own
    (``http://127.0.0.1:10130``) or the hub's public one, through its proxy."""
    return os.environ.get(COHORT_URL_ENV, "").strip().rstrip("/")


def cohort_folder() -> Path | None:
    """The cohort's shared summaries, for a trainer's server only (``None`` for a participant).

    Under the hub's cohort service, a fresh private copy fetched now (what the dashboard reads;
    the last copy when the service does not answer); with a folder given directly
    (``COHORT_ENV``), that folder.
    """
    if not is_trainer():
        return None
    if cohort_url():
        home = Path(os.environ.get("HOME") or Path.cwd())
        target = home / CACHE_FOLDER / COHORT_FOLDER
        try:
            return fetch_summaries(target)
        except AtelierError:
            # The service does not answer: the copy fetched last, rather than an error page.
            return target if target.is_dir() else None
    root = os.environ.get(COHORT_ENV, "").strip()
    return Path(root) / COHORT_FOLDER if root else None


def stored_name(user: str, filename: str) -> str:
    """The name the service gives a user's summary: their key (a digest, never the name), then
    the file's own name, so sharing again the same day replaces the earlier copy."""
    if not SUMMARY_NAME.fullmatch(filename):
        raise ValueError(f"not a summary file name: {filename!r}")
    return f"{user_key(user)[:16]}-{filename}"


def check_summary(data: bytes) -> dict:
    """The summary a server sends, read back: a JSON object of bounded size (else ValueError)."""
    if len(data) > MAX_SUMMARY_BYTES:
        raise ValueError(f"a summary is at most {MAX_SUMMARY_BYTES} bytes, got {len(data)}")
    summary = json.loads(data.decode("utf-8"))
    if not isinstance(summary, dict):
        raise ValueError("a summary is a JSON object")
    return summary


def _request(method: str, path: str, data: bytes | None = None) -> bytes:
    token = os.environ.get(TOKEN_ENV, "")
    request = urllib.request.Request(
        f"{cohort_url()}/services/{SERVICE_NAME}/{path}",  # the service's prefix, as the proxy's
        method=method,
        data=data,
        headers={"Authorization": f"token {token}", "Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.read()
    except urllib.error.HTTPError as error:
        raise AtelierError("hub.cohort_refused", status=error.code) from error
    except (urllib.error.URLError, OSError) as error:
        raise AtelierError("hub.cohort_unreachable") from error


def share_summary(data: bytes, filename: str) -> str:
    """Send this participant's summary to the cohort's service; the name it is kept under."""
    check_summary(data)
    if not SUMMARY_NAME.fullmatch(filename):
        raise ValueError(f"not a summary file name: {filename!r}")
    answer = json.loads(_request("PUT", f"summaries/{filename}", data))
    return str(answer["name"])


def fetch_summaries(target: Path) -> Path:
    """Every summary of the cohort, from the service into ``target`` (a trainer's token only),
    replacing what an earlier fetch left there; ``target``."""
    from toolkit.core import workspaces  # core.workspaces imports this module

    answer = json.loads(_request("GET", "summaries"))
    fresh = target.with_name(target.name + ".new")
    shutil.rmtree(fresh, ignore_errors=True)
    workspaces.private_folder(fresh)
    for item in answer["summaries"]:
        name = str(item["name"])
        if SUMMARY_NAME.fullmatch(name):  # the service's names; never a path
            workspaces.write_atomically(fresh / name, str(item["content"]).encode("utf-8"))
    shutil.rmtree(target, ignore_errors=True)
    fresh.replace(target)
    return target


# What a participant's server reads as "the cohort": a path that never holds a summary.
NO_COHORT = Path(os.devnull) / COHORT_FOLDER

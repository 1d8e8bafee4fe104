"""Under JupyterHub: who the participant is and what their role is, from the hub. Paths only.

Each hub user has a single-user server of their own, started by the hub with the user's name in
``JUPYTERHUB_USER`` (kernels inherit it). That name replaces the browser cookie of ``atelier app``:
the participant's folder is keyed by it, so they find their workspace again from any browser and
any session. The trainer role and the cohort's shared folder come from the environment the hub
gives the server at spawn time (``toolkit.app.hub.configure``), never from the browser.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

HUB_USER_ENV = "JUPYTERHUB_USER"  # set by JupyterHub for every single-user server
ROLE_ENV = "ATELIER_HUB_ROLE"  # "trainer" for members of the trainers' hub group
COHORT_ENV = "ATELIER_ROOM_DIR"  # the cohort's shared folder: the same variable as a room's
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


def cohort_folder() -> Path | None:
    """The cohort's shared summaries, for a trainer's server only (``None`` for a participant,
    whose server only ever writes its own summary there)."""
    root = os.environ.get(COHORT_ENV, "").strip()
    return Path(root) / COHORT_FOLDER if root and is_trainer() else None


# What a participant's server reads as "the cohort": a path that never holds a summary.
NO_COHORT = Path(os.devnull) / COHORT_FOLDER

"""Saved health figures, to compare before and after: the first is kept as soon as the workspace
holds its first contacts, so the review can show a change within the same workshop; the
participant saves the others when they choose."""

from __future__ import annotations

import logging

import pandas as pd

from toolkit.core.errors import AtelierError
from toolkit.core.session import Session
from toolkit.core.store import Workspace
from toolkit.health.figures import network_report
from toolkit.i18n import t

log = logging.getLogger(__name__)


def take_snapshot(workspace: Workspace, label: str, contacts: pd.DataFrame | None = None) -> None:
    """Save today's figures of the workspace under ``label`` (``contacts``: its contacts table,
    when the caller holds it already)."""
    report = network_report(workspace.network(contacts))
    workspace.add_snapshot(report.today, report.figures(), label)


def first_snapshot(workspace: Workspace | None, contacts: pd.DataFrame | None = None) -> bool:
    """Save the "at the start" figures once, when the workspace first holds contacts.

    Whether one was saved now. Never raises: a workspace that cannot be written (read-only,
    erased) simply gets none, and the screen that made the change says why.
    """
    if workspace is None:
        return False
    try:
        if workspace.has_rows("snapshots") or not workspace.has_rows("contacts"):
            return False
        take_snapshot(workspace, t("health.snapshot.first_label"), contacts)
    except AtelierError:
        log.info("no first snapshot for %s", workspace.path.name, exc_info=True)
        return False
    return True


def keep_first_snapshot(session: Session) -> None:
    """Have ``session`` save the first snapshot after whichever change first fills it."""
    session.watch("first-snapshot", lambda: first_snapshot(session.workspace))

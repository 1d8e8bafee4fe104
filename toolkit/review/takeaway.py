"""What a participant takes away from their workspace: the report page and the summary to share.

One path for the ``atelier`` command and the notebook screen: both read the workspace here and
get the same bytes back. Nothing is written to the workspace but the summary's random
identifier, and only once the summary is valid.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import secrets

from toolkit.cohort import summaries as cohort
from toolkit.core.errors import ValidationError
from toolkit.core.session import workspace_title
from toolkit.core.store import Workspace
from toolkit.i18n import t
from toolkit.plan import followups
from toolkit.review.report import ReportData, report_html

REPORT_WEEKS = 2  # the report lists the next two weeks of follow-ups: what fits on a page


def report_data(workspace: Workspace) -> ReportData:
    """Everything the report shows, from the workspace."""
    network = workspace.network()
    plan = followups.workspace_plan(workspace, REPORT_WEEKS)
    reflections = tuple(json.loads(workspace.get_meta("reflection", "[]") or "[]"))
    return ReportData(workspace_title(workspace), network, plan, reflections)


def report_page(workspace: Workspace, lang: str) -> bytes:
    """The participant's report as one self-contained HTML page (UTF-8)."""
    return report_html(report_data(workspace), lang).encode("utf-8")


def report_filename(day: dt.date) -> str:
    """``rapport-atelier-2026-09-15.html``: the report's name, in the participant's language."""
    return f"{t('takeaway.report_stem')}-{day.isoformat()}.html"


def summary_filename(day: dt.date) -> str:
    """``resume-atelier-2026-09-15.json``: the summary's name, in the participant's language."""
    return f"{t('takeaway.summary_stem')}-{day.isoformat()}.json"


def ask_sector(workspace: Workspace) -> str:
    """The sector the latest ask is about, as the builder noted it ("" when unknown)."""
    try:
        return cohort.ring_share(workspace.asks())["sector"]
    except ValidationError:  # no ask yet, or no domain noted: the participant types it
        return ""


def shared_summary(
    workspace: Workspace,
    share_ask: bool = False,
    sector: str | None = None,
    alias: str | None = None,
) -> dict:
    """The anonymised summary, with the ask (and its sector) and the alias only on opt-in.

    Bad opt-ins (no ask saved, no sector, an alias too long) raise a ``ValidationError`` before
    anything is written; the random ``summary_id`` is created on the first valid summary.
    """
    network = workspace.network()
    ring = cohort.ring_share(network.asks, sector) if share_ask else None
    cohort.clean_alias(alias)  # refused here, before the workspace is touched
    participant = workspace.get_meta("summary_id") or ""
    # Random, so that two dates pair up without saying who; anything else found there (text
    # typed into the setting by hand) is never sent: a new identifier replaces it.
    if not re.fullmatch(r"[A-Za-z0-9-]{1,40}", participant):
        participant = secrets.token_hex(8)
        workspace.set_meta({"summary_id": participant})
    return cohort.summary(network, participant, ring, alias=alias)


def summary_bytes(summary: dict) -> bytes:
    """The summary exactly as it leaves the machine: indented JSON, UTF-8."""
    return json.dumps(summary, ensure_ascii=False, indent=2).encode("utf-8")

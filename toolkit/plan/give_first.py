"""Give first (P4): one gesture for each of the ten closest contacts, chosen from what the map
knows about them, each one a dated follow-up in the plan in one click. Pure, except
``plan_gesture``, which writes through the workspace.

The gestures, in the order they are considered for a contact:

- **a call without an ask** when we have not spoken for longer than the circle's rhythm (or
  never): the tie needs news before anything else (P3);
- **an introduction** when someone else close (circles 1 to 3) works in the same sector and the
  map does not say they know each other: connecting two people is a gift to both (P9); each
  person takes part in one introduction at most;
- **an invitation to an event** when we last saw each other at one, or when the contact is in
  the strategic network, which grows at events;
- **a piece of news** otherwise: an article, an idea, a result that serves their work (P13).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd

from toolkit.core.model import Channel, FollowUp, FollowUpStatus
from toolkit.core.names import told_apart
from toolkit.health.figures import DEFAULT_CADENCE_DAYS, recency_status
from toolkit.i18n import t
from toolkit.plan.followups import custom, settings_from_meta

if TYPE_CHECKING:  # the store is only used through its methods here
    from toolkit.core.store import Workspace

CLOSEST = 10
GESTURES = ("call_no_ask", "introduction", "invite_event", "share_news")
CHANNELS = {
    "call_no_ask": Channel.PHONE,
    "introduction": Channel.EMAIL,
    "invite_event": Channel.MESSAGE,
    "share_news": Channel.MESSAGE,
}
INTRODUCE_WITHIN = 3  # introduce only people one knows well enough to vouch for (circles 1-3)
MAX_INTRODUCTIONS = 3  # in a week's gestures: each one asks time of two people
PER_DAY = 2  # gestures a working day, from tomorrow: ten take a week
ORIGIN = "custom:give_first:"  # planned as the participant's own follow-ups (rule "custom")
_KNOWS_ME_RANK = {"yes": 0, "a_little": 1, "no": 2}


@dataclass(frozen=True)
class Gesture:
    """One thing to give to one contact, why this one, and when."""

    contact_id: int
    name: str
    circle: int
    gesture: str  # one of GESTURES
    due_on: dt.date
    facts: tuple[tuple[str, object], ...] = ()  # what the reason quotes (days, sector, other...)

    @property
    def channel(self) -> Channel:
        """How to make the gesture."""
        return CHANNELS[self.gesture]

    def action(self, lang: str | None = None) -> str:
        """What to do, in a few words."""
        return t(
            f"give_first.gestures.{self.gesture}.action", lang, name=self.name, **self._shown()
        )

    def why(self, lang: str | None = None) -> str:
        """Why this gesture for this contact, from what the map knows."""
        facts = self._shown()
        key = "why"
        if self.gesture == "call_no_ask" and "days" not in facts:
            key = "why_never"
        elif self.gesture == "invite_event":
            key = f"why_{facts.pop('reason')}"
        elif self.gesture == "share_news" and not facts.get("company"):
            key = "why_no_company"
        return t(f"give_first.gestures.{self.gesture}.{key}", lang, name=self.name, **facts)

    def followup(self, lang: str | None = None) -> FollowUp:
        """The dated follow-up it becomes in the plan."""
        reason = t("give_first.reason", lang, action=self.action(lang), why=self.why(lang))
        planned = custom(self.contact_id, self.due_on, reason, self.channel.value)
        key = f"{ORIGIN}{self.contact_id}:{self.gesture}:{self.due_on.isoformat()}"
        return FollowUp(
            planned.contact_id,
            planned.due_on,
            planned.reason,
            planned.channel,
            rule=planned.rule,
            origin=key,
        )

    def _shown(self) -> dict:
        return {k: v for k, v in self.facts}


def _plain(text: object) -> str:
    text = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode()
    return " ".join(text.lower().split())


def closest(
    contacts: pd.DataFrame, interactions: pd.DataFrame, limit: int = CLOSEST
) -> pd.DataFrame:
    """The ``limit`` strongest ties: inner circles first, then who knows me best, then the
    most exchanges, then the most recent. Only contacts placed in circles 1 to 4 count."""
    placed = contacts[contacts["circle"].notna() & (contacts["circle"] <= 4)]
    counts = interactions.groupby("contact_id").size()
    last = interactions.groupby("contact_id")["date"].max()
    ranked = placed.assign(
        _knows=placed["knows_me"].map(_KNOWS_ME_RANK).fillna(3).astype(int),
        _count=counts.reindex(placed["id"].to_numpy()).fillna(0).astype(int).to_numpy(),
        _last=last.reindex(placed["id"].to_numpy()).to_numpy(),
    )
    ranked = ranked.sort_values(
        ["circle", "_knows", "_count", "_last", "id"],
        ascending=[True, True, False, False, True],
        na_position="last",
    )
    return ranked.head(limit).drop(columns=["_knows", "_count", "_last"])


def _working_day(start: dt.date, offset: int) -> dt.date:
    """The ``offset``-th working day from ``start`` (``start`` itself, or the Monday after)."""
    day = start
    for step in range(offset + 1):
        if step:
            day += dt.timedelta(days=1)
        while day.weekday() >= 5:
            day += dt.timedelta(days=1)
    return day


def suggest(
    contacts: pd.DataFrame,
    interactions: pd.DataFrame,
    ties: pd.DataFrame,
    today: dt.date,
    cadence_days: Mapping[int, int] = DEFAULT_CADENCE_DAYS,
    limit: int = CLOSEST,
) -> list[Gesture]:
    """One gesture for each of the ``limit`` closest contacts, dated over the coming working
    days (two a day from tomorrow), in order of closeness."""
    if "company" in contacts:  # two Chloé Martin: told apart by company, as in the plan
        contacts = contacts.assign(
            display_name=told_apart(contacts["display_name"], contacts["company"])
        )
    top = closest(contacts, interactions, limit)
    status = recency_status(contacts, interactions, today, cadence_days).set_index("contact_id")
    last = interactions.groupby("contact_id")["date"].max()
    latest = interactions.sort_values(["date", "id"]).groupby("contact_id").tail(1)
    events = set(latest.loc[latest["kind"] == "event", "contact_id"].dropna().astype(int))
    tied = {(int(a), int(b)) for a, b in zip(ties["contact_a"], ties["contact_b"], strict=True)}
    sectors = contacts.assign(_sector=contacts["sector"].map(_plain))
    order = {cid: i for i, cid in enumerate(top["id"])}
    introduced: set[int] = set()  # each person in one introduction at most
    gestures = []
    first_day = today + dt.timedelta(days=1)
    for rank, contact in enumerate(top.to_dict("records")):
        cid = int(contact["id"])
        due = _working_day(first_day, rank // PER_DAY)
        name = str(contact["display_name"])
        base = {"contact_id": cid, "name": name, "circle": int(contact["circle"]), "due_on": due}
        row = status.loc[cid] if cid in status.index else None
        if row is None or row["status"] in ("late", "dormant"):
            days = None if pd.isna(last.get(cid)) else (pd.Timestamp(today) - last[cid]).days
            facts = {} if days is None else {"days": days}
            gestures.append(Gesture(**base, gesture="call_no_ask", facts=tuple(facts.items())))
            continue
        other = None
        if len(introduced) < 2 * MAX_INTRODUCTIONS:
            other = _introduction_for(cid, contact, sectors, tied, order, introduced)
        if other is not None:
            introduced.update((cid, int(other["id"])))
            facts = (("other", str(other["display_name"])), ("sector", str(contact["sector"])))
            gestures.append(Gesture(**base, gesture="introduction", facts=facts))
        elif cid in events or contact.get("network_type") == "strategic":
            key = "met" if cid in events else "strategic"
            gestures.append(Gesture(**base, gesture="invite_event", facts=(("reason", key),)))
        else:
            company = str(contact.get("company") or "")
            gestures.append(Gesture(**base, gesture="share_news", facts=(("company", company),)))
    return gestures


def _introduction_for(cid, contact, sectors, tied, order, introduced) -> Mapping | None:
    """Someone close (circles 1 to 3) in the same sector, not known to be tied to this contact
    and not yet in another introduction: the closest such person, or None."""
    sector = _plain(contact.get("sector"))
    if not sector or cid in introduced:
        return None
    peers = sectors[
        (sectors["_sector"] == sector)
        & (sectors["id"] != cid)
        & (sectors["circle"].fillna(9) <= INTRODUCE_WITHIN)
        & ~sectors["id"].isin(list(introduced))
    ]
    peers = peers[[(min(cid, int(p)), max(cid, int(p))) not in tied for p in peers["id"]]]
    if peers.empty:
        return None
    peers = peers.assign(
        _rank=[order.get(int(p), len(order)) for p in peers["id"]],
        _circle=peers["circle"].fillna(9),
    ).sort_values(["_rank", "_circle", "id"])
    return peers.iloc[0].to_dict()


def planned_for(followups: pd.DataFrame) -> dict[int, dt.date]:
    """Contacts with a give-first gesture still planned, and its day."""
    mine = followups[
        followups["origin"].fillna("").str.startswith(ORIGIN)
        & (followups["status"] == FollowUpStatus.PLANNED)
    ]
    return {int(r["contact_id"]): r["due_on"].date() for r in mine.to_dict("records")}


def workspace_suggestions(workspace: Workspace) -> list[Gesture]:
    """The gestures for the open workspace, at its rhythm per circle."""
    settings = settings_from_meta(workspace.meta())
    return suggest(
        workspace.contacts(),
        workspace.interactions(),
        workspace.ties(),
        workspace.today(),
        settings.cadence_days,
    )


def plan_gesture(workspace: Workspace, gesture: Gesture, lang: str | None = None) -> int:
    """Put the gesture in the plan as a dated follow-up; its id."""
    [followup_id] = workspace.add_followups([gesture.followup(lang)])
    return followup_id

"""The reciprocity ring run live in the room: asks in turn, offers, and the day-14 check. Pure.

Each participant who chose to share their ask with the ring (the ``ring`` part of their
anonymous summary) has it shown on the trainer's screen in turn; the others post offers
("I know someone who…", "I can…"); fourteen days later each participant says, for each offer
received, whether it led to a meaningful lead. The room's share of asks that got one is set
beside the figure Adam Grant gives for the rings devised by Wayne and Cheryl Baker.

Participants are named by the cohort files' owner part (a digest of their app folder, never
a name) and shown by the alias they chose, else their ring code. Files are read and written
by ``toolkit.core.ring_folder``; this module only decides.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from toolkit.cohort.summaries import checked_summary, shown_as
from toolkit.core.errors import ValidationError
from toolkit.core.model import clean_text

# "About 80 percent of requests get a meaningful lead that the person couldn't have gotten
# otherwise": Adam Grant, who runs Wayne and Cheryl Baker's Reciprocity Ring with students and
# employees, in an interview with Big Think ("How May I Help You? The Genius of the Reciprocity
# Ring"). A practitioner's experience, not a measured study: the page says so.
BAKER_SHARE = 0.8
OFFER_LENGTH = 280  # a sentence or two, read aloud in the room; longer is refused, not cut
OFFER_KINDS = ("know_someone", "can_do", "other")  # "je connais quelqu'un…", "je peux…", free
DAYS_TO_CHECK = 14


@dataclass(frozen=True)
class RingAsk:
    """One ask shared with the ring: whose (owner part), shown as whom, its words, its sector."""

    owner: str
    shown_as: str
    ask: str
    sector: str


def shared_asks(files: Iterable[tuple[str, float, Mapping]]) -> list[RingAsk]:
    """The asks shared with the ring, in the order they were shared.

    ``files`` are the cohort folder's files as ``(owner, shared_at, data)``; each owner's latest
    readable summary that carries a ring ask counts once (sharing again replaces the ask).
    """
    latest: dict[str, tuple[str, float, dict]] = {}
    first_shared: dict[str, float] = {}
    for owner, shared_at, data in files:
        checked = checked_summary(data) if isinstance(data, Mapping) else None
        if checked is None or not checked.get("ring") or not checked["ring"]["ask"].strip():
            continue
        first_shared[owner] = min(first_shared.get(owner, shared_at), shared_at)
        known = latest.get(owner)
        if known is None or (checked["taken_on"], shared_at) >= (known[0], known[1]):
            latest[owner] = (checked["taken_on"], shared_at, checked)
    order = sorted(latest, key=lambda owner: (first_shared[owner], owner))
    return [
        RingAsk(
            owner=owner,
            shown_as=shown_as(latest[owner][2]),
            ask=latest[owner][2]["ring"]["ask"].strip(),
            sector=latest[owner][2]["ring"]["sector"],
        )
        for owner in order
    ]


def current_index(state: Mapping, asks: list[RingAsk]) -> int | None:
    """The place of the ask on screen (None when nobody shared one). The state names the owner
    on screen, so an ask shared meanwhile does not move the screen to somebody else."""
    if not asks:
        return None
    owners = [a.owner for a in asks]
    if state.get("owner") in owners:
        return owners.index(state["owner"])
    index = state.get("index", 0)
    return min(max(int(index), 0), len(asks) - 1) if isinstance(index, int) else 0


def current_ask(state: Mapping, asks: list[RingAsk]) -> RingAsk | None:
    """The ask the trainer shows now."""
    index = current_index(state, asks)
    return None if index is None else asks[index]


def moved(state: Mapping, asks: list[RingAsk], step: int) -> dict:
    """The ring's state once the trainer goes ``step`` asks on (-1: previous, 1: next); it stops
    at the first and the last ask."""
    index = current_index(state, asks)
    if index is None:
        return {"index": 0, "owner": None}
    index = min(max(index + step, 0), len(asks) - 1)
    return {"index": index, "owner": asks[index].owner}


def new_offer(
    asks: list[RingAsk], ask_owner: str, from_owner: str, kind: str, text: str, at: float
) -> dict:
    """An offer for the ask of ``ask_owner``, from ``from_owner``, checked.

    The text is one participant's free words: kept as plain text (tidied, on one line), at most
    ``OFFER_LENGTH`` characters; the pages escape it. Refused with a clear message when empty,
    too long, on one's own ask, or for an ask that is not in the ring.
    """
    if kind not in OFFER_KINDS:
        raise ValidationError("ring.errors.kind")
    if ask_owner not in {a.owner for a in asks}:
        raise ValidationError("ring.errors.no_such_ask")
    if ask_owner == from_owner:
        raise ValidationError("ring.errors.own_ask")
    words = " ".join(clean_text(text or "").split())
    if not words:
        raise ValidationError("ring.errors.empty")
    if len(words) > OFFER_LENGTH:
        raise ValidationError("ring.errors.too_long", maximum=OFFER_LENGTH, length=len(words))
    return {
        "id": secrets.token_hex(8),
        "ask": ask_owner,
        "from": from_owner,
        "kind": kind,
        "text": words,
        "at": float(at),
    }


def checked_offer(data: object) -> dict | None:
    """An offer file's content as the pages may use it, or None when it is not one of ours."""
    if not isinstance(data, Mapping):
        return None
    fields = {name: data.get(name) for name in ("id", "ask", "from", "kind", "text")}
    if not all(isinstance(value, str) and value for value in fields.values()):
        return None
    if fields["kind"] not in OFFER_KINDS or len(fields["text"]) > OFFER_LENGTH:
        return None
    at = data.get("at")
    fields["at"] = float(at) if isinstance(at, int | float) and not isinstance(at, bool) else 0.0
    return fields


def offers_for(offers: Iterable[Mapping], ask_owner: str) -> list[Mapping]:
    """The offers made to one ask, oldest first."""
    return sorted((o for o in offers if o["ask"] == ask_owner), key=lambda o: (o["at"], o["id"]))


def outcome(offers: Iterable[Mapping], offer_id: str, by_owner: str, led: bool) -> dict:
    """What the owner of an ask says of one offer at day 14: did it lead to a meaningful lead?
    Only the one who received the offer may say."""
    found = [o for o in offers if o["id"] == offer_id]
    if not found:
        raise ValidationError("ring.errors.no_such_offer")
    if found[0]["ask"] != by_owner:
        raise ValidationError("ring.errors.not_yours")
    return {"offer": offer_id, "led": bool(led)}


def day14(
    asks: list[RingAsk], offers: Iterable[Mapping], outcomes: Mapping[str, bool]
) -> dict[str, object]:
    """The day-14 check: of the asks whose outcome is known, the share that got a meaningful
    lead from at least one offer, beside ``BAKER_SHARE``.

    An ask's outcome is known when one of its offers is marked as a lead, when every offer it
    received is marked, or when it received none (nothing came from the ring). ``outcomes``
    maps offer ids to the owner's answer. ``share`` is None while no outcome is known.
    """
    offers = list(offers)
    led = checked = pending = 0
    for ask in asks:
        received = offers_for(offers, ask.owner)
        answers = [outcomes[o["id"]] for o in received if o["id"] in outcomes]
        if any(answers):
            led += 1
            checked += 1
        elif len(answers) == len(received):
            checked += 1
        else:
            pending += 1
    return {
        "asks": len(asks),
        "checked": checked,
        "led": led,
        "pending": pending,
        "share": led / checked if checked else None,
        "baker": BAKER_SHARE,
    }

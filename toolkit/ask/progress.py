"""An ask's life after the builder: the first attempt kept for the before/after, the latest
saved ask, and sharing it with a contact (an interaction of kind ``ask``). Pure; no I/O.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

import pandas as pd

from toolkit.ask.checker import Assessment, check
from toolkit.core.model import (
    TEXT_LIMIT,
    Direction,
    Interaction,
    InteractionKind,
    validate_interaction,
)

FIRST_ATTEMPT_KEY = "ask_first_attempt"  # workspace meta: the ask as the participant said it first
# Sharing an ask is not yet receiving help: logged as an exchange, so the give/take balance (P4)
# only moves when help actually comes (logged then as "received").
SHARED_DIRECTION = Direction.EXCHANGE


@dataclass(frozen=True)
class SavedAsk:
    """The latest ask saved in the workspace: its text, the builder's fields, its contact."""

    id: int
    text: str
    fields: dict
    contact_id: int | None


def latest_ask(asks: pd.DataFrame) -> SavedAsk | None:
    """The most recently saved ask (``None`` when none is saved yet)."""
    if asks.empty:
        return None
    row = asks.sort_values(["created_on", "id"]).iloc[-1]
    try:
        fields = json.loads(row["details"]) if not pd.isna(row["details"]) else {}
    except ValueError:
        fields = {}
    contact = row["contact_id"]
    return SavedAsk(
        int(row["id"]),
        str(row["text"]),
        fields if isinstance(fields, dict) else {},
        None if pd.isna(contact) else int(contact),
    )


def shared_ask(contact_id: int, text: str, day: dt.date, channel: str) -> Interaction:
    """The interaction that records an ask shared with a contact on ``day`` by ``channel``
    (it moves health's fourth question once an ask of mine is precise)."""
    return validate_interaction(
        {
            "contact_id": contact_id,
            "date": day,
            "channel": channel,
            "direction": SHARED_DIRECTION.value,
            "kind": InteractionKind.ASK.value,
            "notes": str(text)[:TEXT_LIMIT],
        },
        today=day,
    )


@dataclass(frozen=True)
class BeforeAfter:
    """The first attempt and the final ask, each with the checker's verdict."""

    first: str
    final: str
    first_assessment: Assessment
    final_assessment: Assessment | None  # None until a final ask is saved

    @property
    def gain(self) -> int | None:
        """Points gained from the first attempt to the final ask."""
        if self.final_assessment is None:
            return None
        return self.final_assessment.score - self.first_assessment.score


def before_after(
    first: str,
    final: str | None,
    lang: str = "fr",
    relation: str | None = None,
    circle: int | None = None,
) -> BeforeAfter:
    """Check the first attempt and the final ask the same way, to show them side by side."""
    return BeforeAfter(
        first,
        final or "",
        check(first[:TEXT_LIMIT], lang, relation, circle),
        check(final[:TEXT_LIMIT], lang, relation, circle) if final else None,
    )

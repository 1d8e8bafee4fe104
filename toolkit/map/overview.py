"""A first look at a network: the few figures the welcome notebook shows. Pure functions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from toolkit.core.model import CIRCLE_CAPACITY, REAL_CHANNELS, Circle

RECENT_DAYS = 182  # "the last six months"


@dataclass(frozen=True)
class Overview:
    """Headline figures of a workspace on a given day."""

    contacts: int
    described: int
    per_circle: dict[int, int]
    recent_interactions: int
    recent_real_share: float | None
    ties: int


def overview(
    contacts: pd.DataFrame, interactions: pd.DataFrame, ties: pd.DataFrame, today: dt.date
) -> Overview:
    """Contacts, how many are described, per circle, recent interactions and how many were real."""
    since = pd.Timestamp(today - dt.timedelta(days=RECENT_DAYS))
    recent = interactions[
        (interactions["date"] > since) & (interactions["date"] <= pd.Timestamp(today))
    ]
    real = recent["channel"].isin([c.value for c in REAL_CHANNELS]).sum()
    counts = contacts["circle"].value_counts()
    return Overview(
        contacts=len(contacts),
        described=int(contacts["circle"].notna().sum()),
        per_circle={int(c): int(counts.get(int(c), 0)) for c in Circle},
        recent_interactions=len(recent),
        recent_real_share=float(real / len(recent)) if len(recent) else None,
        ties=len(ties),
    )


def capacity(circle: Circle) -> int | None:
    """How many people a circle holds at most (Dunbar); ``None`` for the open outer circle."""
    return CIRCLE_CAPACITY.get(circle)

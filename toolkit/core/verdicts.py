"""The verdict an exercise gives on one answer. Every exercise speaks this value."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Verdict:
    """How one answer compares with the method's."""

    key: str
    status: str  # "unanswered", "right", "close" (circle off by one), "wrong"
    message: str


def score(verdicts: list[Verdict]) -> int:
    """How many answers are right."""
    return sum(v.status == "right" for v in verdicts)

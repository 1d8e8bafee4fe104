"""Who can help with an ask (P9): contacts ranked by fit and closeness, and who could introduce me.

Pure. A contact fits when words of the ask (its text and the builder's field, niche and helper)
appear in their sector, company or position. Closeness, whether they know me and what I gave
them (P4) then rank the fitting contacts. A fitting contact I cannot ask directly (a weak tie,
or someone who does not know me) is reached through a contact who knows them and whom I helped
more than they helped me. Every reason is a plain sentence in the participant's language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pandas as pd

from toolkit.asks import rules, tokens
from toolkit.health import give_take_per_contact, recency_status
from toolkit.i18n import t

MIN_WORD = 4  # shorter words never decide a match
MIN_PREFIX = 5  # "commerce" fits "commercial", "parfum" fits "parfumerie"
MATCH_POINTS = {"sector": 3.0, "company": 3.0, "position": 2.0}
CIRCLE_POINTS = {1: 2.0, 2: 2.0, 3: 1.5, 4: 0.5, 5: 0.0}
KNOWS_ME_POINTS = {"yes": 2.0, "a_little": 1.0, "no": -1.0}
RECENT_POINTS = 1.0  # in touch within the circle's rhythm (P3)
GAVE_POINTS = 1.0  # I gave them more than I received (P4)
TOOK_POINTS = -1.0  # I received from them and never gave
DIRECT_CIRCLES = (1, 2, 3)  # closer than that, ask them yourself; beyond, find an intermediary
ASK_FIELDS = ("domain", "niche", "helper")


@dataclass(frozen=True)
class Helper:
    """A contact who could help, how well they fit, and why, in plain words."""

    contact_id: int
    name: str
    score: float
    matched: tuple[str, ...]  # the contact's words that fit the ask, as written
    reasons: tuple[str, ...]
    direct: bool  # close enough, and knows me: ask them yourself


@dataclass(frozen=True)
class Intermediary:
    """Reach ``target`` through ``via``: ``via`` knows them, and I helped ``via``."""

    target_id: int
    target_name: str
    via_id: int
    via_name: str
    gave: int
    received: int
    reason: str


def ask_words(text: str, fields: Mapping[str, str] | None = None, lang: str = "fr") -> set[str]:
    """The words of an ask that can tell who fits: no accents, case, short or common words."""
    stop = set(rules(lang).get("stop_words", ()))
    extra = " ".join(str((fields or {}).get(k) or "") for k in ASK_FIELDS)
    return {w for w in tokens(f"{text} {extra}") if len(w) >= MIN_WORD and w not in stop}


def _fits(word: str, wanted: Iterable[str]) -> bool:
    if len(word) < MIN_WORD:
        return False
    for other in wanted:
        if word == other:
            return True
        shared = len(_common_prefix(word, other))
        if shared >= max(MIN_PREFIX, min(len(word), len(other)) - 2):
            return True
    return False


def _common_prefix(a: str, b: str) -> str:
    size = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        size += 1
    return a[:size]


def _matches(row: pd.Series, wanted: set[str]) -> dict[str, str]:
    """Which of the contact's sector, company and position fit the ask (text as written)."""
    found = {}
    for column in MATCH_POINTS:
        value = row[column]
        if isinstance(value, str) and value and any(_fits(w, wanted) for w in tokens(value)):
            found[column] = value
    return found


def _value(row: pd.Series, column: str) -> object:
    value = row[column]
    return None if pd.isna(value) else value


def find_helpers(
    contacts: pd.DataFrame,
    interactions: pd.DataFrame,
    today: dt.date,
    text: str,
    fields: Mapping[str, str] | None = None,
    lang: str = "fr",
    limit: int = 10,
) -> list[Helper]:
    """Contacts whose sector, company or position fit the ask, best first, each with reasons.

    Score: fit (sector 3, company 3, position 2) + closeness (circle 1–2: 2, 3: 1.5, 4: 0.5)
    + knows me (yes 2, a little 1, no −1) + in touch on time 1 + I gave more than I received 1
    (or −1 when I only received). Ties are broken by name, so the order is stable.
    """
    wanted = ask_words(text, fields, lang)
    if not wanted or contacts.empty:
        return []
    balance = give_take_per_contact(interactions)
    status = recency_status(contacts, interactions, today).set_index("contact_id")["status"]
    found = []
    for _, row in contacts.iterrows():
        matched = _matches(row, wanted)
        if not matched:
            continue
        contact_id = int(row["id"])
        circle, knows = _value(row, "circle"), _value(row, "knows_me")
        gave, received = (
            (int(balance.at[contact_id, "gave"]), int(balance.at[contact_id, "received"]))
            if contact_id in balance.index
            else (0, 0)
        )
        on_time = status.get(contact_id) is not pd.NA and status.get(contact_id) == "on_time"
        score = sum(MATCH_POINTS[c] for c in matched)
        score += CIRCLE_POINTS.get(int(circle), 0.0) if circle is not None else 0.0
        score += KNOWS_ME_POINTS.get(str(knows), 0.0) if knows is not None else 0.0
        score += RECENT_POINTS if on_time else 0.0
        if gave > received:
            score += GAVE_POINTS
        elif received and not gave:
            score += TOOK_POINTS
        reasons = [t(f"helpers.reason.{c}", lang, value=v) for c, v in matched.items()]
        reasons.append(
            t(f"helpers.reason.circle_{int(circle)}", lang)
            if circle is not None
            else t("helpers.reason.circle_unknown", lang)
        )
        if knows is not None:
            reasons.append(t(f"helpers.reason.knows_me_{knows}", lang))
        if on_time:
            reasons.append(t("helpers.reason.on_time", lang))
        if gave or received:
            key = "gave_more" if gave > received else "took_only" if not gave else "balanced"
            reasons.append(t(f"helpers.reason.{key}", lang, gave=gave, received=received))
        direct = circle is not None and int(circle) in DIRECT_CIRCLES and knows == "yes"
        found.append(
            Helper(
                contact_id,
                str(row["display_name"]),
                round(score, 1),
                tuple(matched.values()),
                tuple(reasons),
                direct,
            )
        )
    found.sort(key=lambda h: (-h.score, h.name.casefold(), h.contact_id))
    return found[:limit] if limit else found


def find_intermediaries(
    helpers: Iterable[Helper],
    contacts: pd.DataFrame,
    interactions: pd.DataFrame,
    ties: pd.DataFrame,
    lang: str = "fr",
    per_target: int = 1,
) -> list[Intermediary]:
    """For each helper I cannot ask directly, contacts who know them and whom I gave more than
    I received (P4, P9), most given first: "reach X through Y", with the reason."""
    balance = give_take_per_contact(interactions)
    names = contacts.set_index("id")["display_name"]
    neighbours: dict[int, set[int]] = {}
    for a, b in zip(ties["contact_a"].astype(int), ties["contact_b"].astype(int), strict=True):
        neighbours.setdefault(a, set()).add(b)
        neighbours.setdefault(b, set()).add(a)
    result = []
    for helper in helpers:
        if helper.direct:
            continue
        candidates = []
        for via in neighbours.get(helper.contact_id, ()):
            if via not in balance.index or via not in names.index:
                continue
            gave, received = int(balance.at[via, "gave"]), int(balance.at[via, "received"])
            if gave > received:
                candidates.append((-(gave - received), str(names[via]).casefold(), via, gave))
        for _, _, via, gave in sorted(candidates)[:per_target]:
            received = int(balance.at[via, "received"])
            via_name = str(names[via])
            result.append(
                Intermediary(
                    helper.contact_id,
                    helper.name,
                    via,
                    via_name,
                    gave,
                    received,
                    t(
                        "helpers.through",
                        lang,
                        target=helper.name,
                        via=via_name,
                        gave=gave,
                        received=received,
                    ),
                )
            )
    return result

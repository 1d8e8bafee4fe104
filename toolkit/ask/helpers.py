"""Who can help with an ask (P9): contacts ranked by fit and closeness, and who could introduce me.

Pure. A contact fits when words of what the ask is about (its niche and field as the checker
reads them, and the builder's helper, domain and niche fields; never the asker's own experience
or offer) appear in their sector, company or position; the fit is as strong as the words it
matches (a niche word counts twice a broad field). Closeness, whether they know me and what I
gave them (P4) then rank the fitting contacts. A fitting contact I cannot ask directly (a weak tie,
or someone who does not know me) is reached through a contact who knows them and whom I helped
more than they helped me. Every reason is a plain sentence in the participant's language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pandas as pd

from toolkit.ask.checker import rules, subject, tokens
from toolkit.health.figures import give_take_per_contact, recency_status
from toolkit.i18n import plural, t

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
NICHE_WEIGHT = 1.0  # a word of the niche, or of the helper and niche fields
BROAD_WEIGHT = 0.5  # a broad field ("la vente", "le luxe"): it fits many people
FIELD_WEIGHTS = {"domain": BROAD_WEIGHT, "niche": NICHE_WEIGHT, "helper": NICHE_WEIGHT}
FIT_CAP = 2.0  # per column, the fit counts at most two niche words


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


def ask_weights(
    text: str, fields: Mapping[str, str] | None = None, lang: str = "fr"
) -> dict[str, float]:
    """The words of what an ask is about, each with its weight (niche 1, broad field 0.5):
    no accents, case, short or common words; the asker's experience and offer never count."""
    stop = set(rules(lang).get("stop_words", ()))
    niche, broad = subject(text, lang)
    if not (niche or broad):  # an ask written in the other language than the screens'
        niche, broad = subject(text, "en" if lang == "fr" else "fr")
    sources = [(" ".join(niche), NICHE_WEIGHT), (" ".join(broad), BROAD_WEIGHT)]
    sources += [(str((fields or {}).get(k) or ""), w) for k, w in FIELD_WEIGHTS.items()]
    weights: dict[str, float] = {}
    for words, weight in sources:
        for word in tokens(words):
            if len(word) >= MIN_WORD and word not in stop:
                weights[word] = max(weight, weights.get(word, 0.0))
    return weights


def ask_words(text: str, fields: Mapping[str, str] | None = None, lang: str = "fr") -> set[str]:
    """The words of an ask that can tell who fits (see ``ask_weights``)."""
    return set(ask_weights(text, fields, lang))


def _same_word(word: str, other: str) -> bool:
    if word == other:
        return True
    shared = len(_common_prefix(word, other))
    return shared >= max(MIN_PREFIX, min(len(word), len(other)) - 2)


def _fit(value: object, wanted: Mapping[str, float]) -> float:
    """How strongly a sector, company or position fits: the weights of the ask's words it
    matches, each counted once, at most ``FIT_CAP``."""
    if not isinstance(value, str):
        return 0.0
    words = [w for w in tokens(value) if len(w) >= MIN_WORD]
    found = sum(
        weight for other, weight in wanted.items() if any(_same_word(w, other) for w in words)
    )
    return min(FIT_CAP, found)


def _common_prefix(a: str, b: str) -> str:
    size = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        size += 1
    return a[:size]


def _fitting(contacts: pd.DataFrame, wanted: Mapping[str, float]) -> pd.DataFrame:
    """Per column (sector, company, position), how strongly each contact's value fits the ask
    (0 when it does not). Each distinct value is compared once: a network has far fewer
    sectors, companies and positions than contacts.
    """
    return pd.DataFrame(
        {
            column: contacts[column]
            .map({v: _fit(v, wanted) for v in contacts[column].dropna().unique()})
            .astype(float)
            .fillna(0.0)
            for column in MATCH_POINTS
        },
        index=contacts.index,
    )


def _reasons(row, matched: dict[str, str], lang: str) -> tuple[str, ...]:
    """Why this contact, in plain words: what fits, closeness, whether they know me, P4."""
    reasons = [t(f"helpers.reason.{c}", lang, value=v) for c, v in matched.items()]
    reasons.append(
        t(f"helpers.reason.circle_{int(row.circle)}", lang)
        if not pd.isna(row.circle)
        else t("helpers.reason.circle_unknown", lang)
    )
    if not pd.isna(row.knows_me):
        reasons.append(t(f"helpers.reason.knows_me_{row.knows_me}", lang))
    if row.on_time:
        reasons.append(t("helpers.reason.on_time", lang))
    gave, received = int(row.gave), int(row.received)
    if gave or received:
        key = "gave_more" if gave > received else "took_only" if not gave else "balanced"
        reasons.append(
            t(
                f"helpers.reason.{key}",
                lang,
                gave=plural("helpers.n_times", gave, lang),
                received=plural("helpers.n_times", received, lang),
            )
        )
    return tuple(reasons)


def find_helpers(
    contacts: pd.DataFrame,
    interactions: pd.DataFrame,
    today: dt.date,
    text: str,
    fields: Mapping[str, str] | None = None,
    lang: str = "fr",
    limit: int = 10,
) -> list[Helper]:
    """Contacts whose sector, company or position fit the ask, best first, each with reasons
    (the best ``limit``; all with ``limit=0``).

    Score: fit (sector 3, company 3, position 2, each times the weight of the ask's words it
    matches: 1 a niche word, 0.5 a broad field, at most 2) + closeness (circle 1–2: 2, 3: 1.5,
    4: 0.5)
    + knows me (yes 2, a little 1, no −1) + in touch on time 1 + I gave more than I received 1
    (or −1 when I only received). Ties are broken by name, so the order is stable.
    """
    wanted = ask_weights(text, fields, lang)
    if not wanted or contacts.empty:
        return []
    fitting = _fitting(contacts, wanted)
    chosen = contacts[(fitting > 0).any(axis=1)].copy()
    if chosen.empty:
        return []
    fitting = fitting.loc[chosen.index]
    ids = chosen["id"].astype("int64")
    balance = give_take_per_contact(interactions)
    status = recency_status(contacts, interactions, today).set_index("contact_id")["status"]
    chosen["gave"] = ids.map(balance["gave"]).fillna(0).astype("int64").to_numpy()
    chosen["received"] = ids.map(balance["received"]).fillna(0).astype("int64").to_numpy()
    chosen["on_time"] = (ids.map(status) == "on_time").fillna(False).astype(bool).to_numpy()
    gave, received = chosen["gave"], chosen["received"]
    chosen["score"] = (
        sum(fitting[c] * points for c, points in MATCH_POINTS.items())
        + chosen["circle"].astype("Float64").map(CIRCLE_POINTS).astype(float).fillna(0.0)
        + chosen["knows_me"].map(KNOWS_ME_POINTS).astype(float).fillna(0.0)
        + chosen["on_time"] * RECENT_POINTS
        + (gave > received) * GAVE_POINTS
        + ((received > 0) & (gave == 0)) * TOOK_POINTS
    ).round(1)
    chosen["sort_name"] = chosen["display_name"].astype(str).str.casefold()
    chosen = chosen.sort_values(["score", "sort_name", "id"], ascending=[False, True, True])
    if limit:
        chosen = chosen.head(limit)
    helpers = []
    for row in chosen.itertuples():
        matched = {c: str(getattr(row, c)) for c in MATCH_POINTS if fitting.at[row.Index, c] > 0}
        direct = (
            not pd.isna(row.circle)
            and int(row.circle) in DIRECT_CIRCLES
            and str(row.knows_me) == "yes"
        )
        helpers.append(
            Helper(
                int(row.id),
                str(row.display_name),
                float(row.score),
                tuple(matched.values()),
                _reasons(row, matched, lang),
                bool(direct),
            )
        )
    return helpers


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
                        gave=plural("helpers.n_times", gave, lang),
                        received=plural("helpers.n_times", received, lang),
                    ),
                )
            )
    return result

"""Network health: figures that answer the four questions. Pure functions over workspace frames.

Will they **think of me** (recency, P3)? Do they **know me** (P1)? Do they **want to help** (give
first, P4)? Do they **know how to help** (a precise ask, P5)? Plus the channel mix (P11, P13),
capacity per circle (P2) and reach (P7). Each component keeps its parts visible: no single score.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from toolkit.core.model import (
    CIRCLE_CAPACITY,
    NOT_AN_EXCHANGE,
    OWN_IDEAS,
    REAL_CHANNELS,
    Circle,
)
from toolkit.core.network import Network
from toolkit.i18n import t

# Days between two contacts that keep a tie alive, per circle (circle 5: no rhythm).
DEFAULT_CADENCE_DAYS: dict[int, int] = {1: 14, 2: 30, 3: 91, 4: 182}
RECENT_DAYS = 182
STRONG_CIRCLES = (1, 2, 3)
COMPONENTS = (
    "think_of_me",
    "know_me",
    "want_to_help",
    "know_how_to_help",
    "real_channels",
    "capacity",
    "reach",
)


@dataclass(frozen=True)
class Component:
    """One answer: a headline figure (``None`` when there is nothing to measure) and its parts."""

    key: str
    value: float | None
    details: dict = field(default_factory=dict)

    def explanation(self, lang: str | None = None) -> str:
        """What the figure says, in one sentence."""
        return t(f"health.{self.key}.explain", lang)

    def action(self, lang: str | None = None) -> str:
        """What to do about it (for the give/take balance, which side it leans to says what)."""
        if self.key == "want_to_help":
            return t(f"health.want_to_help.action_{give_take_side(self.value, self.details)}", lang)
        return t(f"health.{self.key}.action", lang)


def _share(part: float, whole: float) -> float | None:
    return float(part / whole) if whole else None


def real_exchanges(interactions: pd.DataFrame) -> pd.DataFrame:
    """The interactions that are exchanges (P13): all but likes and comments online.

    A like is seen, not exchanged: it keeps no tie alive (recency) and is neither given nor
    received (balance). An idea of mine shared with someone who met me is an exchange.
    """
    liked = (interactions["kind"] == NOT_AN_EXCHANGE.value).to_numpy(dtype=bool, na_value=False)
    return interactions[~liked] if liked.any() else interactions


def last_interaction(contacts: pd.DataFrame, interactions: pd.DataFrame) -> pd.Series:
    """Date of each contact's last real exchange (``NaT`` when never), indexed by contact id:
    a like or a comment does not reset the rhythm (P13)."""
    last = real_exchanges(interactions).groupby("contact_id")["date"].max()
    return last.reindex(contacts["id"].to_numpy()).rename("last_interaction")


def recency_status(
    contacts: pd.DataFrame,
    interactions: pd.DataFrame,
    today: dt.date,
    cadence_days: Mapping[int, int] = DEFAULT_CADENCE_DAYS,
) -> pd.DataFrame:
    """Per contact: days since the last interaction and ``on_time`` / ``late`` / ``dormant``.

    On time within the circle's cadence, late within twice it, dormant beyond (or never).
    Contacts without a cadence (circle 5, undescribed) get no status.
    """
    last = last_interaction(contacts, interactions)
    days = (pd.Timestamp(today) - last).dt.days
    cadence = contacts["circle"].map(dict(cadence_days)).astype("Float64").to_numpy()
    days_values = days.astype("Float64").to_numpy()
    # The first rule that holds wins (as np.select would pick), the rules set last to first:
    # on 30,000 contacts, np.select over text costs three times these masks.
    status = np.full(len(days_values), "dormant", dtype=object)
    status[days_values <= 2 * cadence] = "late"
    status[days_values <= cadence] = "on_time"
    status[pd.isna(days_values)] = "dormant"
    status[pd.isna(cadence)] = None
    return pd.DataFrame(
        {
            "contact_id": contacts["id"].to_numpy(),
            "circle": contacts["circle"].to_numpy(),
            "last_interaction": last.to_numpy(),
            "days_since": days.astype("Int64").to_numpy(),
            "status": pd.array(status, dtype="string"),
        }
    )


def think_of_me(
    contacts: pd.DataFrame,
    interactions: pd.DataFrame,
    today: dt.date,
    cadence_days: Mapping[int, int] = DEFAULT_CADENCE_DAYS,
) -> Component:
    """Share of followed ties (circles 1–4, at least one exchange logged) gone dormant.

    A tie with no exchange logged yet is not dormant: nothing is known of it. It is counted
    apart (``never``), so a participant who has just started is not told their network sleeps.
    """
    # Only contacts with a cadence get a status: the others (every contact of a fresh import,
    # none placed in a circle yet) are left out before the work, not after.
    followed = contacts[contacts["circle"].isin(list(cadence_days)).to_numpy(dtype=bool)]
    if followed.empty:  # nobody to rate: pandas' work over empty frames is all overhead
        return Component(
            "think_of_me", None, {"rated": 0, "dormant": 0, "never": 0, "per_circle": {}}
        )
    status = recency_status(followed, interactions, today, cadence_days)
    with_rhythm = status[status["status"].notna()]
    logged = with_rhythm["last_interaction"].notna()
    rated = with_rhythm[logged]
    status_or_never = with_rhythm["status"].where(logged, "never")
    per_circle = {
        int(circle): {
            name: int((group == name).sum()) for name in ("on_time", "late", "dormant", "never")
        }
        for circle, group in status_or_never.groupby(with_rhythm["circle"])
    }
    dormant = int((rated["status"] == "dormant").sum())
    return Component(
        "think_of_me",
        _share(dormant, len(rated)),
        {
            "rated": len(rated),
            "dormant": dormant,
            "never": int((~logged).sum()),
            "per_circle": per_circle,
        },
    )


def know_me(contacts: pd.DataFrame) -> Component:
    """Share of described contacts who know me, by circle and by source (imported or met)."""
    described = contacts[contacts["knows_me"].notna()]

    def counts(frame: pd.DataFrame) -> dict[str, int]:
        return {
            answer: int((frame["knows_me"] == answer).sum()) for answer in ("yes", "a_little", "no")
        }

    imported = described["source"] != "manual"
    return Component(
        "know_me",
        _share(int((described["knows_me"] == "yes").sum()), len(described)),
        {
            "described": len(described),
            "per_circle": {int(c): counts(g) for c, g in described.groupby("circle")},
            "imported": counts(described[imported]),
            "met": counts(described[~imported]),
        },
    )


def give_take_per_contact(interactions: pd.DataFrame) -> pd.DataFrame:
    """Times I gave to and received from each contact (P4), indexed by contact id; contacts
    with neither are left out, and so are likes and comments (P13)."""
    exchanges = real_exchanges(interactions)
    given_or_received = exchanges[exchanges["direction"].isin(["gave", "received"])]
    return (
        given_or_received.groupby(["contact_id", "direction"])
        .size()
        .unstack(fill_value=0)
        .reindex(columns=["gave", "received"], fill_value=0)
    )


# Given / received: from this ratio up, a participant gives much more than they receive, and the
# lesson is no longer "give first" but "say what you are looking for" (seed 001's Cécile).
OVER_GIVING_RATIO = 2.0


def give_take_side(ratio: float | None, details: Mapping) -> str:
    """Which way the give/take balance leans: ``over_giving``, ``balanced`` or ``under_giving``."""
    if ratio is None:  # nothing received yet
        return "over_giving" if details.get("gave") else "under_giving"
    if ratio >= OVER_GIVING_RATIO:
        return "over_giving"
    return "balanced" if ratio >= 1 else "under_giving"


def want_to_help(interactions: pd.DataFrame, contacts: pd.DataFrame) -> Component:
    """Given against received (P4), overall and per contact: who I only take from or give to.
    Likes and comments are not exchanges (P13): they count on neither side."""
    exchanges = real_exchanges(interactions)
    direction = exchanges["direction"]
    gave, received = int((direction == "gave").sum()), int((direction == "received").sum())
    only_take, only_give = [], []
    # Nothing given or received yet (every workspace just imported): no per-contact table to
    # group, and no 30,000 contacts to index by id for nobody.
    if gave or received:
        per_contact = give_take_per_contact(exchanges)
        taker = per_contact.index[(per_contact["received"] > 0) & (per_contact["gave"] == 0)]
        giver = per_contact.index[(per_contact["gave"] > 0) & (per_contact["received"] == 0)]
        names = pd.Series(contacts["display_name"].to_numpy(), index=contacts["id"].to_numpy())
        only_take = names.reindex(taker).fillna("").astype(str).tolist()
        only_give = names.reindex(giver).fillna("").astype(str).tolist()
    return Component(
        "want_to_help",
        float(gave / received) if received else None,
        {
            "gave": gave,
            "received": received,
            "exchange": int((direction == "exchange").sum()),
            "only_take": only_take,
            "only_give": only_give,
        },
    )


def know_how_to_help(
    contacts: pd.DataFrame, asks: pd.DataFrame, interactions: pd.DataFrame | None = None
) -> Component:
    """How many contacts have heard a precise ask of mine (P5): 0 until one is checked precise.

    Heard: a precise ask was saved for them, or I shared an ask with them (an interaction of
    kind ``ask``) on or after the day my first precise ask was written.
    """
    precise = asks[asks["verdict"] == "precise"]
    heard_by = set(precise["contact_id"].dropna().astype(int))
    if interactions is not None and len(precise):
        since = precise["created_on"].min()
        shared = interactions[(interactions["kind"] == "ask") & (interactions["date"] >= since)]
        heard_by |= set(shared["contact_id"].dropna().astype(int))
    # Nobody heard one yet (every new workspace): no set of 30,000 ids to build for nothing.
    heard = len(heard_by & set(contacts["id"].dropna().astype(int))) if heard_by else 0
    return Component(
        "know_how_to_help",
        _share(heard, len(contacts)),
        {
            "heard": heard,
            "asks": len(asks),
            "precise_asks": int((asks["verdict"] == "precise").sum()),
        },
    )


def real_channels(interactions: pd.DataFrame, today: dt.date) -> Component:
    """Channel mix of the last six months; the share of real exchanges (P11, P13)."""
    since = pd.Timestamp(today - dt.timedelta(days=RECENT_DAYS))
    recent = interactions[
        (interactions["date"] > since) & (interactions["date"] <= pd.Timestamp(today))
    ]
    # P13: an idea shared and a like / comment are shown apart from the channels they used; an
    # idea shared with someone who met me is a real exchange, a like never is.
    kinds = recent["kind"].fillna("")
    apart = kinds.isin([OWN_IDEAS.value, NOT_AN_EXCHANGE.value])
    bars = recent["channel"].astype("string").where(~apart, kinds)
    mix = {str(k): int(v) for k, v in bars.value_counts().sort_index().items()}
    real = sum(mix.get(c.value, 0) for c in REAL_CHANNELS) + mix.get(OWN_IDEAS.value, 0)
    return Component(
        "real_channels", _share(real, len(recent)), {"recent": len(recent), "mix": mix}
    )


def capacity(contacts: pd.DataFrame) -> Component:
    """Contacts per circle against what each can hold (5 / 15 / 50 / 150, P2)."""
    counts = contacts["circle"].value_counts()
    per_circle = {int(c): int(counts.get(int(c), 0)) for c in Circle}
    over = [c for c, limit in CIRCLE_CAPACITY.items() if per_circle[int(c)] > limit]
    described = sum(per_circle.values())
    return Component(
        "capacity",
        _share(sum(per_circle[c] for c in STRONG_CIRCLES), described),
        {
            "per_circle": per_circle,
            "capacity": {int(c): limit for c, limit in CIRCLE_CAPACITY.items()},
            "over_capacity": [int(c) for c in over],
            "undescribed": len(contacts) - described,
        },
    )


def blau_index(values: pd.Series) -> float | None:
    """Diversity of categories: 1 - Σ p², 0 when all alike (``None`` for no values)."""
    shares = values.dropna().value_counts(normalize=True)
    return float(1 - (shares**2).sum()) if len(shares) else None


def structural_holes(contact_ids: pd.Series, ties: pd.DataFrame) -> dict[str, float | None]:
    """Burt's effective size and constraint of my ego network (unweighted, undirected ties).

    Closed forms, linear in contacts + ties, so 30,000 contacts stay fast: effective size
    n - 2t/n (Borgatti); constraint Σ_j (1/n + Σ_q∈N(j) 1/(n·(d_q + 1)))², where d_q counts
    q's ties to my other contacts and q's tie to me makes its total d_q + 1.
    """
    n = len(contact_ids)
    if n == 0:
        return {"effective_size": None, "constraint": None}
    if ties.empty:  # no tie marked yet (a fresh import): every contact's constraint is 1/n
        return {"effective_size": float(n), "constraint": float((np.full(n, 1.0 / n) ** 2).sum())}
    known = ties[ties["contact_a"].isin(contact_ids) & ties["contact_b"].isin(contact_ids)]
    a = known["contact_a"].to_numpy(dtype=np.int64)
    b = known["contact_b"].to_numpy(dtype=np.int64)
    ends = np.concatenate([a, b])
    degree = pd.Series(ends).value_counts()
    # Indirect part for j: Σ over j's neighbours q of 1/(n (d_q + 1)).
    towards = np.concatenate([b, a])  # for each tie end j (in `ends`), its neighbour q
    weight = 1.0 / (n * (degree.reindex(towards).to_numpy() + 1.0))
    indirect = pd.Series(weight).groupby(ends).sum()
    per_contact = 1.0 / n + indirect.reindex(contact_ids.to_numpy(), fill_value=0.0).to_numpy()
    return {
        "effective_size": float(n - 2 * len(known) / n),
        "constraint": float((per_contact**2).sum()),
    }


def reach(contacts: pd.DataFrame, ties: pd.DataFrame) -> Component:
    """Breadth of the network (P7): hierarchy and network-type mix, sectors, weak vs strong."""
    circles = contacts["circle"].dropna()
    holes = structural_holes(contacts["id"], ties)
    # The sectors given (an import gives none): 30,000 unknown ones need not be counted.
    sector = contacts["sector"]
    sectors = sector[sector.to_numpy(dtype=object, na_value="") != ""]
    return Component(
        "reach",
        blau_index(sectors),
        {
            "relation": {str(k): int(v) for k, v in contacts["relation"].value_counts().items()},
            "network_type": {
                str(k): int(v) for k, v in contacts["network_type"].value_counts().items()
            },
            "sectors": int(sectors.nunique()),
            "strong_ties": int(circles.isin(STRONG_CIRCLES).sum()),
            "weak_ties": int((~circles.isin(STRONG_CIRCLES)).sum()),
            **holes,
        },
    )


@dataclass(frozen=True)
class HealthReport:
    """Every component, side by side, for one workspace on one day."""

    today: dt.date
    contacts: int
    components: dict[str, Component]

    def figures(self) -> dict:
        """The plain figures (for ``atelier health --json`` and snapshots)."""
        c = self.components
        return {
            "today": self.today.isoformat(),
            "contacts": self.contacts,
            "per_circle": {str(k): v for k, v in c["capacity"].details["per_circle"].items()},
            "dormant_share": c["think_of_me"].value,
            "knows_me_share": c["know_me"].value,
            "give_take_ratio": c["want_to_help"].value,
            "heard_precise_ask": c["know_how_to_help"].details["heard"],
            "real_channel_share": c["real_channels"].value,
            "sector_diversity": c["reach"].value,
            "effective_size": c["reach"].details["effective_size"],
            "constraint": c["reach"].details["constraint"],
        }


def health_report(
    contacts: pd.DataFrame,
    interactions: pd.DataFrame,
    ties: pd.DataFrame,
    asks: pd.DataFrame,
    today: dt.date,
    cadence_days: Mapping[int, int] = DEFAULT_CADENCE_DAYS,
) -> HealthReport:
    """All components of network health."""
    exchanges = real_exchanges(interactions)  # once for the components that leave likes out
    components = [
        think_of_me(contacts, exchanges, today, cadence_days),
        know_me(contacts),
        want_to_help(exchanges, contacts),
        know_how_to_help(contacts, asks, interactions),
        real_channels(interactions, today),
        capacity(contacts),
        reach(contacts, ties),
    ]
    return HealthReport(today, len(contacts), {c.key: c for c in components})


def network_report(
    network: Network, cadence_days: Mapping[int, int] = DEFAULT_CADENCE_DAYS
) -> HealthReport:
    """Every component of network health for a workspace's tables as read at one moment."""
    return health_report(
        network.contacts,
        network.interactions,
        network.ties,
        network.asks,
        network.today,
        cadence_days,
    )


# Figures where a rise is good news, and where it is bad news (for progress between snapshots).
BETTER_WHEN = {
    "dormant_share": "lower",
    "knows_me_share": "higher",
    "give_take_ratio": "balanced",  # P4 and seed 001: giving far more than one receives is no goal
    "heard_precise_ask": "higher",
    "real_channel_share": "higher",
    "sector_diversity": "higher",
    "effective_size": "higher",
    "constraint": "lower",
    "contacts": "neutral",
}


def _distance_from_balance(ratio: float) -> float:
    """How far a give/take ratio is from 1, the same for giving twice as much or half as much."""
    return abs(math.log(ratio)) if ratio > 0 else math.inf


# How a participant reads each figure: shares in whole percent, counts whole, the rest to 0.01.
SHARE_FIGURES = frozenset({"dormant_share", "knows_me_share", "real_channel_share"})
COUNT_FIGURES = frozenset({"contacts", "heard_precise_ask"})


def shown_value(name: str, value: float) -> float:
    """The figure ``name`` rounded as it is shown (a share as a whole percent)."""
    if name in SHARE_FIGURES:
        return round(100 * value)
    if name in COUNT_FIGURES:
        return round(value)
    return round(value, 2)


def progress(before: Mapping, after: Mapping) -> pd.DataFrame:
    """Change of each figure between two snapshots, and whether it is good news.

    A change too small to show is no change: the table never says "better" beside two values
    that read the same.
    """
    rows = []
    for name, better in BETTER_WHEN.items():
        old, new = before.get(name), after.get(name)
        change = new - old if old is not None and new is not None else None
        if change is not None and shown_value(name, old) == shown_value(name, new):
            change = 0
        if change is None or change == 0 or better == "neutral":
            verdict = "same" if change == 0 else "neutral"
        elif better == "balanced":
            closer = _distance_from_balance(new) < _distance_from_balance(old)
            verdict = "better" if closer else "worse"
        else:
            verdict = "better" if (change > 0) == (better == "higher") else "worse"
        rows.append(
            {"figure": name, "before": old, "after": new, "change": change, "verdict": verdict}
        )
    return pd.DataFrame(rows)

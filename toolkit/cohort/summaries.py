"""Anonymised participant summaries and the trainer's view of a cohort. Pure; no file access.

A summary carries aggregate figures only: counts per circle, shares, sector counts and the
ask's verdict and score. Names, emails, phones, URLs, companies and free text never enter it.
The reciprocity ring (the ask's text and its sector) is added only when the participant opts in.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from statistics import median

import pandas as pd

from toolkit.ask.drafts import ask_body
from toolkit.core.errors import ValidationError
from toolkit.core.model import clean_text
from toolkit.core.network import Network
from toolkit.health.figures import network_report
from toolkit.i18n import plural, t

SECTOR_WORDS = Path(__file__).with_name("sectors.toml")
OTHER_SECTOR = "autre"
VERDICTS = ("precise", "vague", "too_big")  # the checker's; nothing else leaves in a summary
FORMAT = "atelier-summary"
VERSION = 1
MIN_GROUP = 3  # below this many participants a figure could point at one person: show nothing
ALIAS_LENGTH = 30  # a first name or a nickname, not a sentence
# Ring codes avoid letters and digits read alike (0/O, 1/I/L) when said aloud in a room.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
SHARES = (
    "dormant_share",
    "knows_me_share",
    "give_take_ratio",
    "real_channel_share",
    "sector_diversity",
    "effective_size",
    "constraint",
)
# Balance is the direction of better for given / received: a participant who receives more
# than twice what they give is told to give first; one who gives more than twice what they
# receive (Cécile in seed 001) to say what they are looking for. Factor 2 both ways, so the two
# sides are the same distance from balance (0.5 and 2 are symmetric around 1 on a ratio scale).
GIVE_TAKE_LOW, GIVE_TAKE_HIGH = 0.5, 2.0
# A figure on a weak side of these thresholds is a weak point worth a debrief: per figure, each
# weak side as (side, threshold, weak point's name). P1, P3, P4 (both sides), P11.
WEAK_SIDES: dict[str, tuple[tuple[str, float, str], ...]] = {
    "dormant_share": (("above", 0.5, "dormant_share"),),
    "knows_me_share": (("below", 0.5, "knows_me_share"),),
    "give_take_ratio": (
        ("below", GIVE_TAKE_LOW, "takes_more_than_gives"),
        ("above", GIVE_TAKE_HIGH, "gives_more_than_takes"),
    ),
    "real_channel_share": (("below", 0.3, "real_channel_share"),),
}
# The first weak side of each figure, as (side, threshold): what one-sided code reads.
WEAK_WHEN = {name: sides[0][:2] for name, sides in WEAK_SIDES.items()}


def _latest_ask(asks: pd.DataFrame) -> dict | None:
    if asks.empty:
        return None
    last = asks.sort_values(["created_on", "id"]).iloc[-1]
    score = last["score"]
    verdict = None if pd.isna(last["verdict"]) else str(last["verdict"])
    return {
        "verdict": verdict if verdict in VERDICTS else None,  # never a stored free text
        "score": None if pd.isna(score) else int(score),
    }


@cache
def _sector_words() -> dict[str, tuple[str, ...]]:
    with SECTOR_WORDS.open("rb") as handle:
        return {code: tuple(words) for code, words in tomllib.load(handle)["words"].items()}


SECTORS: tuple[str, ...] = (*_sector_words(), OTHER_SECTOR)  # the fixed list, "autre" last


def sector_code(text: object) -> str:
    """The sector of the fixed list a typed sector falls in ("Santé : CHU de Nantes" ->
    ``sante``), ``autre`` when none of its words is known; "" for an empty text.

    Only the code ever leaves in a summary: whatever was typed in the field (a name, a phone
    number) stays in the workspace."""
    key = sector_key(text)
    if not key:
        return ""
    words = re.findall(r"[a-z0-9]+", key)
    for code, known in _sector_words().items():
        if key == code or any(word in known or word == code for word in words):
            return code
    return OTHER_SECTOR


def sector_label(code: str, lang: str | None = None) -> str:
    """A sector code as people read it, in ``lang`` ("santé", "health")."""
    return t(f"cohort.sectors.{code if code in SECTORS else OTHER_SECTOR}", lang)


def sector_counts(contacts: pd.DataFrame) -> dict[str, int]:
    """How many contacts per sector of the fixed list (no contact named, nothing typed)."""
    found = contacts["sector"].dropna().map(sector_code)
    counts = Counter(s for s in found if s)
    return dict(sorted(counts.items()))


RING_CIRCLES = (1, 2, 3, 4)  # close enough to be asked for the ring's help
RING_KNOWS_ME = ("yes", "a_little")


def reachable_sector_counts(contacts: pd.DataFrame) -> dict[str, int]:
    """Per sector, the contacts who could really help a ring member: in circles 1–4 and who
    know me (a name in an address book is not a helper, P1). No contact named."""
    close = contacts["circle"].astype("Float64").isin(RING_CIRCLES).fillna(False)
    knows = contacts["knows_me"].isin(RING_KNOWS_ME).fillna(False)
    return sector_counts(contacts[close.astype(bool) & knows.astype(bool)])


def sector_key(text: object) -> str:
    """ "Santé " and "sante" are the same: lower case, no accents, single spaces."""
    plain = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    return " ".join(plain.lower().split())


def ring_code(participant_id: str) -> str:
    """The short code a participant is shown by in the ring ("K7QM"), unless they gave an alias.

    Derived from the random identifier, so the participant is told it when writing the summary
    and the trainer's view shows the same code: nobody has to be named to speak up.
    """
    number = int.from_bytes(hashlib.sha256(participant_id.encode("utf-8")).digest()[:8], "big")
    code = ""
    for _ in range(4):
        number, index = divmod(number, len(CODE_ALPHABET))
        code += CODE_ALPHABET[index]
    return code


def clean_alias(alias: str | None) -> str | None:
    """The name a participant chose to be known by in the ring, tidied; None when empty.

    One line of printable text, at most ``ALIAS_LENGTH`` characters; too long is refused rather
    than cut, so the participant sees exactly what is shared.
    """
    if alias is None:
        return None
    text = " ".join(clean_text(alias).split())  # as stored text, on one line
    if len(text) > ALIAS_LENGTH:
        raise ValidationError("cohort.alias_too_long", maximum=ALIAS_LENGTH, length=len(text))
    return text or None


def summary(
    network: Network,
    participant_id: str,
    ring: Mapping[str, str] | None = None,
    alias: str | None = None,
) -> dict:
    """The anonymised summary of one workspace; ``ring`` (ask text, sector) and ``alias`` (the
    name shown in the reciprocity ring) only on opt-in.

    ``participant_id`` is a random identifier kept in the workspace, so that two summaries of
    the same person at two dates can be paired without saying who they are.
    """
    figures = network_report(network).figures()
    result = {
        "format": FORMAT,
        "version": VERSION,
        "participant": participant_id,
        "taken_on": network.today.isoformat(),
        "contacts": figures["contacts"],
        "per_circle": figures["per_circle"],
        "figures": {name: figures[name] for name in SHARES},
        "heard_precise_ask": figures["heard_precise_ask"],
        "sectors": sector_counts(network.contacts),
        "reachable_sectors": reachable_sector_counts(network.contacts),
        "ask": _latest_ask(network.asks),
    }
    if ring:
        result["ring"] = {"ask": str(ring.get("ask", "")), "sector": sector_code(ring["sector"])}
    shown_as = clean_alias(alias)
    if shown_as:
        result["alias"] = shown_as
    return result


def ring_share(asks: pd.DataFrame, sector: str | None = None) -> dict[str, str]:
    """What the participant shares with the reciprocity ring: their latest ask's text and the
    sector it is about (``sector`` as typed, else the builder's domain field)."""
    if asks.empty:
        raise ValidationError("cohort.no_ask")
    last = asks.sort_values(["created_on", "id"]).iloc[-1]
    try:
        details = json.loads(last["details"]) if isinstance(last["details"], str) else {}
    except ValueError:
        details = {}
    chosen = sector or details.get("domain") or ""
    if not sector_key(chosen):
        raise ValidationError("cohort.no_sector")
    text = str(last["text"])
    for lang in ("fr", "en"):  # an ask saved before the builder stopped greeting: "Bonjour Nadia,"
        text = ask_body(text, lang)
    return {"ask": text, "sector": chosen}


def load_summaries(folder: Path) -> list[dict]:
    """Every valid summary in a folder of JSON files (other files are left aside)."""
    return load_cohort(folder)[0]


def load_cohort(folder: Path) -> tuple[list[dict], list[str]]:
    """The valid summaries of a folder, and the names of the files that look like summaries
    but cannot be read as one (a key missing, a wrong type...): the dashboard names them."""
    found, skipped = [], []
    for path in sorted(Path(folder).glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            skipped.append(path.name)
            continue
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            continue  # another JSON file: not ours, nothing to say
        checked = checked_summary(data)
        if checked is None:
            skipped.append(path.name)
        else:
            found.append(checked)
    return found, skipped


def _number(value: object) -> float | int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return value if math.isfinite(value) else None


def _checked_sectors(found: Mapping) -> dict[str, int] | None:
    """Counts per sector code (a name outside the fixed list counts as ``autre``), or None when
    a count is not a number."""
    counts: Counter[str] = Counter()
    for name, count in found.items():
        if _number(count) is None:
            return None
        counts[sector_code(name) or OTHER_SECTOR] += int(count)
    return dict(sorted(counts.items()))


def checked_summary(data: Mapping) -> dict | None:
    """A summary as the dashboard may use it, or None when it is malformed. Only the known
    keys are kept, with their types; a sector outside the fixed list counts as ``autre``."""
    participant, taken_on = data.get("participant"), data.get("taken_on")
    contacts = _number(data.get("contacts"))
    figures, per_circle = data.get("figures", {}), data.get("per_circle", {})
    found_sectors, ask = data.get("sectors", {}), data.get("ask")
    if not (isinstance(participant, str) and participant and isinstance(taken_on, str)):
        return None
    if contacts is None or not isinstance(figures, dict) or not isinstance(per_circle, dict):
        return None
    if not isinstance(found_sectors, dict) or not (ask is None or isinstance(ask, dict)):
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", taken_on):
        return None
    counts = _checked_sectors(found_sectors)
    if counts is None:
        return None
    result = {
        "format": FORMAT,
        "participant": participant,
        "taken_on": taken_on,
        "contacts": contacts,
        "per_circle": {str(c): int(_number(per_circle.get(str(c))) or 0) for c in range(1, 6)},
        "figures": {name: _number(figures.get(name)) for name in SHARES},
        "sectors": counts,
        "ask": None,
    }
    reachable = data.get("reachable_sectors")
    if isinstance(reachable, dict) and _checked_sectors(reachable) is not None:
        result["reachable_sectors"] = _checked_sectors(reachable)
    if ask is not None:
        verdict = ask.get("verdict")
        result["ask"] = {"verdict": verdict if verdict in VERDICTS else None,
                         "score": _number(ask.get("score"))}  # fmt: skip
    ring = data.get("ring")
    if isinstance(ring, dict) and isinstance(ring.get("ask"), str):
        result["ring"] = {"ask": ring["ask"], "sector": sector_code(ring.get("sector")) or
                          OTHER_SECTOR}  # fmt: skip
    alias = data.get("alias")
    if isinstance(alias, str):
        try:
            cleaned = clean_alias(alias)
        except ValidationError:
            cleaned = None
        if cleaned:
            result["alias"] = cleaned
    return result


def is_summary(data: object) -> bool:
    """Whether a loaded JSON document is one of our summaries."""
    return isinstance(data, dict) and data.get("format") == FORMAT


def latest_per_participant(summaries: Iterable[Mapping]) -> list[Mapping]:
    """Each participant's most recent summary."""
    latest: dict[str, Mapping] = {}
    for item in summaries:
        known = latest.get(item["participant"])
        if known is None or item["taken_on"] > known["taken_on"]:
            latest[item["participant"]] = item
    return sorted(latest.values(), key=lambda item: item["participant"])


FIGURES = ("contacts", *SHARES)  # what the distributions show, in this order


def figure_values(summaries: Iterable[Mapping]) -> dict[str, list[float]]:
    """Per figure, each participant's latest value, sorted (so no value points back to whom);
    figures known for fewer than ``MIN_GROUP`` participants are left out."""
    latest = latest_per_participant(summaries)
    found = {}
    for name in FIGURES:
        values = sorted(
            v
            for v in (
                s["contacts"] if name == "contacts" else s["figures"].get(name) for s in latest
            )
            if v is not None
        )
        if len(values) >= MIN_GROUP:
            found[name] = values
    return found


def weak_side(name: str, value: float) -> str | None:
    """The weak point ``value`` of figure ``name`` falls on (``WEAK_SIDES``), None when none:
    ``give_take_ratio`` 6.6 is "gives_more_than_takes", 0.3 "takes_more_than_gives"."""
    for side, threshold, point in WEAK_SIDES.get(name, ()):
        if (value > threshold) if side == "above" else (value < threshold):
            return point
    return None


def is_weak(name: str, value: float) -> bool:
    """Whether ``value`` is on a weak side of figure ``name``'s thresholds (``WEAK_SIDES``)."""
    return weak_side(name, value) is not None


def _quartile_row(values: list[float]) -> dict:
    low, middle, high = pd.Series(values).quantile([0.25, 0.5, 0.75]).round(2).tolist()
    return {"participants": len(values), "low": low, "median": middle, "high": high}


def distributions(summaries: Iterable[Mapping]) -> pd.DataFrame:
    """Per figure: participants counted, quartiles and median; empty below ``MIN_GROUP``."""
    rows = [
        {"figure": name, **_quartile_row(values)}
        for name, values in figure_values(summaries).items()
    ]
    return pd.DataFrame(rows, columns=["figure", "participants", "low", "median", "high"])


def circle_values(summaries: Iterable[Mapping]) -> dict[int, list[int]]:
    """Per circle (1 to 5), how many contacts each participant placed there, sorted; nothing
    below ``MIN_GROUP`` participants."""
    latest = latest_per_participant(summaries)
    if len(latest) < MIN_GROUP:
        return {}
    return {
        circle: sorted(int(s.get("per_circle", {}).get(str(circle), 0)) for s in latest)
        for circle in range(1, 6)
    }


def circle_distributions(summaries: Iterable[Mapping]) -> pd.DataFrame:
    """Per circle: participants counted, quartiles and median of their contacts there."""
    rows = [
        {"circle": circle, **_quartile_row(values)}
        for circle, values in circle_values(summaries).items()
    ]
    return pd.DataFrame(rows, columns=["circle", "participants", "low", "median", "high"])


def weak_points(summaries: Iterable[Mapping]) -> pd.DataFrame:
    """How many participants are on the weak side of each figure, most common first."""
    latest = latest_per_participant(summaries)
    if len(latest) < MIN_GROUP:
        return pd.DataFrame(columns=["weak_point", "participants", "share"])
    counts: Counter[str] = Counter()
    for item in latest:
        for name in WEAK_SIDES:
            value = item["figures"].get(name)
            point = None if value is None else weak_side(name, value)
            if point:
                counts[point] += 1
        ask = item.get("ask") or {}
        if ask.get("verdict") != "precise":
            counts["ask_not_precise"] += 1
    rows = [
        {"weak_point": name, "participants": n, "share": round(n / len(latest), 2)}
        for name, n in counts.most_common()
    ]
    return pd.DataFrame(rows, columns=["weak_point", "participants", "share"])


def before_after(summaries: Iterable[Mapping]) -> pd.DataFrame:
    """Median change per figure between each participant's first and last summary.

    Only participants with two dates count, and only when at least ``MIN_GROUP`` of them do.
    """
    by_participant: dict[str, list[Mapping]] = {}
    for item in summaries:
        by_participant.setdefault(item["participant"], []).append(item)
    pairs = [
        (min(items, key=lambda s: s["taken_on"]), max(items, key=lambda s: s["taken_on"]))
        for items in by_participant.values()
        if len({s["taken_on"] for s in items}) >= 2
    ]
    columns = ["figure", "participants", "before", "after", "change"]
    if len(pairs) < MIN_GROUP:
        return pd.DataFrame(columns=columns)
    rows = []
    for name in SHARES:
        values = [
            (first["figures"].get(name), last["figures"].get(name))
            for first, last in pairs
            if first["figures"].get(name) is not None and last["figures"].get(name) is not None
        ]
        if len(values) < MIN_GROUP:
            continue
        before, after = median(v[0] for v in values), median(v[1] for v in values)
        rows.append(
            {
                "figure": name,
                "participants": len(values),
                "before": round(before, 2),
                "after": round(after, 2),
                "change": round(after - before, 2) + 0.0,  # never "-0.0"
            }
        )
    return pd.DataFrame(rows, columns=columns)


def shown_as(item: Mapping) -> str:
    """How a summary's author appears in the ring: their chosen alias, else their ring code."""
    alias = item.get("alias")
    return str(alias) if alias else ring_code(str(item["participant"]))


def _reachable(item: Mapping) -> Mapping[str, int]:
    return item.get("reachable_sectors", item["sectors"])


def reciprocity_ring(summaries: Iterable[Mapping]) -> list[dict]:
    """Each shared ask, with the participants who have contacts in its sector that know them
    and sit in circles 1–4 (summaries older than that count raw contacts per sector).

    Participants appear by the alias they chose to share, else by their ring code (which they
    were shown when writing their summary), never by a name they did not give. The one who asked
    is not listed as able to help themselves. Nothing below ``MIN_GROUP`` participants.
    """
    latest = latest_per_participant(summaries)
    if len(latest) < MIN_GROUP:  # with two, who asked what and who knows whom is plain
        return []
    number = {item["participant"]: shown_as(item) for item in latest}
    ring = []
    for item in latest:
        shared = item.get("ring")
        if not shared:
            continue
        sector = shared["sector"]
        helpers = [
            {"participant": number[other["participant"]], "contacts": _reachable(other)[sector]}
            for other in latest
            if other is not item and _reachable(other).get(sector)
        ]
        helpers.sort(key=lambda h: (-h["contacts"], h["participant"]))
        ring.append(
            {
                "participant": number[item["participant"]],
                "ask": shared["ask"],
                "sector": sector,
                "helpers": helpers,
            }
        )
    return ring


def count_line(participants: int, summaries: int, lang: str | None = None) -> str:
    """The dashboard's first line: how many participants and summaries, as real plurals."""
    return t(
        "cohort.count",
        lang,
        participants=plural("cohort.n_participants", participants, lang),
        files=plural("cohort.n_summaries", summaries, lang),
    )

"""Two cards of one person: which pairs to propose, and what the kept card holds after the merge.
Pure functions; the store does the moving (``Workspace.merge_contacts``)."""

from __future__ import annotations

import pandas as pd

from toolkit.core.model import Circle, KnowsMe, NetworkType, Relation, label
from toolkit.core.names import name_key
from toolkit.i18n import t
from toolkit.map.importers.dedupe import url_key

# Text fields: the kept card takes the other's value where it has none; a different value is
# written in the notes, so that nothing either card held is lost.
TEXT_FIELDS = ("display_name", "company", "position", "sector", "email", "phone", "profile_url",
               "how_met")  # fmt: skip
CHOICE_FIELDS = {"circle": Circle, "relation": Relation, "knows_me": KnowsMe,
                 "network_type": NetworkType}  # fmt: skip


def proposed_duplicates(contacts: pd.DataFrame) -> list[tuple[int, int]]:
    """Pairs of contact ids that are probably one person: the same name once accents, case,
    word order and credentials are set aside (as the importer proposes them). Two contacts who
    each have their own, different profile address are different people: never proposed.
    Each pair is (older id, newer id), the older one first: it is the card kept by a merge."""
    if len(contacts) < 2:
        return []
    frame = pd.DataFrame(
        {
            "id": contacts["id"].astype(int).to_numpy(),
            "loose": contacts["display_name"].astype(str).map(name_key).to_numpy(),
            "url": url_key(contacts["profile_url"].fillna("").astype(str)).to_numpy(),
        }
    )
    frame = frame[frame["loose"].duplicated(keep=False)]
    # Only a name shared by someone without a profile address, or by two cards of one address,
    # can make a pair: a big network's common names (every "Marie Martin" with her own
    # profile) are set aside before any pair is looked at.
    no_url = frame["url"] == ""
    same_url = frame.duplicated(["loose", "url"], keep=False) & ~no_url
    worth = (no_url | same_url).groupby(frame["loose"]).transform("any")
    pairs: list[tuple[int, int]] = []
    for _, block in frame[worth].sort_values(["loose", "id"]).groupby("loose", sort=False):
        rows = list(zip(block["id"].tolist(), block["url"].tolist(), strict=True))
        for i, (first, first_url) in enumerate(rows):
            for second, second_url in rows[i + 1 :]:
                if not first_url or not second_url or first_url == second_url:
                    pairs.append((first, second))
    return sorted(pairs)


def _shown(name: str, value: object) -> str:
    if name in CHOICE_FIELDS:
        return label(CHOICE_FIELDS[name](value))
    return str(value)


def merged_fields(kept: dict, other: dict) -> dict:
    """The kept card's stored fields after taking in the other's (rows as the store holds them:
    text, ``None`` for unknown). Missing fields are filled from the other; values that differ
    are kept in the notes, one line naming the other card; the earliest date added wins."""
    result = dict(kept)
    aside: list[str] = []
    for name in (*TEXT_FIELDS, *CHOICE_FIELDS):
        mine, theirs = kept.get(name), other.get(name)
        if theirs in (None, ""):
            continue
        if mine in (None, ""):
            result[name] = theirs
        elif str(theirs).strip().casefold() != str(mine).strip().casefold():
            aside.append(t("merge.note_field", field=t(f"fields.{name}"),
                           value=_shown(name, theirs)))  # fmt: skip
    dates = [d for d in (kept.get("added_on"), other.get("added_on")) if d]
    result["added_on"] = min(dates) if dates else None
    lines = [line for line in (kept.get("notes") or "").split("\n") if line.strip()]
    lines += [
        line
        for line in (other.get("notes") or "").split("\n")
        if line.strip() and line not in lines
    ]
    if aside:
        lines.append(t("merge.note", name=other["display_name"], values="; ".join(aside)))
    result["notes"] = "\n".join(lines)
    return result

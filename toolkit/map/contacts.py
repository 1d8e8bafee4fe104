"""Mapping a network by hand: names typed fast, likely duplicates, descriptions. Pure functions."""

from __future__ import annotations

import pandas as pd
from rapidfuzz import fuzz, process

from toolkit.core.model import clean_text
from toolkit.core.names import name_key

# Memory prompts, as ego-network surveys use them: each question makes different people come
# to mind. Their wording lives in the catalogue under ``mapping.prompts.<key>``.
MEMORY_PROMPTS = ("spoke_last_month", "helped_me", "advice", "decision_makers")
DUPLICATE_SCORE = 88  # rapidfuzz token-sort ratio above which two names are likely one person
DESCRIPTION_FIELDS = (
    "circle",
    "relation",
    "knows_me",
    "network_type",
    "sector",
    "company",
    "position",
    "how_met",
)


def parse_names(text: str) -> list[str]:
    """Names typed one per line: trimmed, blank lines dropped, repeats (any case) kept once."""
    names: list[str] = []
    seen: set[str] = set()
    for line in text.splitlines():
        name = clean_text(line)
        if name and name_key(name) not in seen:
            seen.add(name_key(name))
            names.append(name)
    return names


def likely_duplicates(names: list[str], contacts: pd.DataFrame) -> dict[str, list[str]]:
    """For each new name, the existing contacts it probably is (same or near-same name)."""
    existing = contacts["display_name"].astype(str).tolist()
    keys = [name_key(n) for n in existing]
    found: dict[str, list[str]] = {}
    for name in names:
        matches = process.extract(
            name_key(name),
            keys,
            scorer=fuzz.token_sort_ratio,
            score_cutoff=DUPLICATE_SCORE,
            limit=3,
        )
        if matches:
            found[name] = [existing[index] for _, _, index in matches]
    return found


def contact_fields(row: pd.Series) -> dict:
    """A contacts-frame row as the raw fields ``validate_contact`` takes (missing -> None)."""
    fields = {}
    for name, value in row.items():
        if name == "id":
            continue
        if pd.isna(value):
            fields[name] = None
        elif name == "added_on":
            fields[name] = value.date()
        elif name == "circle":
            fields[name] = int(value)
        else:
            fields[name] = str(value)
    return fields


def filter_contacts(contacts: pd.DataFrame, view: str = "all", search: str = "") -> pd.DataFrame:
    """Contacts for a view (``all``, ``undescribed``, ``imported``, ``circle:N``) and a search
    on name or company (accents and case ignored)."""
    if view == "undescribed":
        contacts = contacts[contacts["circle"].isna()]
    elif view == "imported":
        contacts = contacts[contacts["source"] != "manual"]
    elif view.startswith("circle:"):
        contacts = contacts[contacts["circle"] == int(view.split(":", 1)[1])]
    words = name_key(search).split()
    if words:
        haystack = (contacts["display_name"] + " " + contacts["company"]).map(name_key)
        contacts = contacts[haystack.map(lambda text: all(w in text for w in words))]
    return contacts


def contact_choices(contacts: pd.DataFrame) -> list[tuple[str, int]]:
    """(label, id) pairs for a list to pick contacts from: "Name — Company" when known."""
    return [
        (f"{name} — {company}" if company else name, int(contact_id))
        for contact_id, name, company in zip(
            contacts["id"], contacts["display_name"], contacts["company"], strict=True
        )
    ]

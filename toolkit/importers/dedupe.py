"""One person, one contact: records of a file that are the same person are merged, and so are
records that are already in the workspace. Pure functions over DataFrames.

Same person: same email (any case), same profile address, or same name and company. Names that
differ only by accents, case, hyphens or credentials are *proposed* as likely duplicates, never
merged silently. Records are grouped by keys (hashing), so the cost grows with the number of
records, not with the number of pairs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from toolkit.mapping import name_key

TEXT_COLUMNS = ("display_name", "company", "position", "sector", "email", "phone", "profile_url",
                "how_met")  # fmt: skip
FIRST_KNOWN = ("circle", "relation", "knows_me", "network_type", "source")
_URL_PREFIX = re.compile(r"^(https?://)?([a-z]{2,3}\.)?(www\.)?", re.IGNORECASE)


def email_key(email: pd.Series) -> pd.Series:
    """Emails compared without case."""
    return email.fillna("").str.strip().str.casefold()


def url_key(url: pd.Series) -> pd.Series:
    """Profile addresses compared without scheme, ``www.``, country prefix, query or final slash:
    ``https://fr.linkedin.com/in/ana/`` and ``http://www.linkedin.com/in/ana`` are one."""
    bare = url.fillna("").str.strip().str.casefold().str.replace(_URL_PREFIX, "", regex=True)
    return bare.str.replace(r"[?#].*$", "", regex=True).str.rstrip("/")


def name_company_key(name: pd.Series, company: pd.Series) -> pd.Series:
    """Name as written (spaces aside) and company (any case): empty when the company is unknown."""
    company = company.fillna("").str.strip().str.casefold()
    key = name.fillna("").str.strip() + "\x1f" + company
    return key.where(company != "", "")


def _components(keys: list[pd.Series]) -> list[int]:
    """For each row (the keys share a 0..n-1 index), the smallest row it is linked to through
    any shared non-empty key, directly or through other rows."""
    parent = list(range(len(keys[0])))

    def root(row: int) -> int:
        while parent[row] != row:
            parent[row] = parent[parent[row]]
            row = parent[row]
        return row

    for key in keys:
        shared = key[(key != "") & key.duplicated(keep=False)]
        leaders = shared.index.to_series().groupby(shared.values).transform("min")
        for row, leader in zip(leaders.index.tolist(), leaders.tolist(), strict=True):
            a, b = root(row), root(leader)
            parent[max(a, b)] = min(a, b)
    return [root(row) for row in range(len(parent))]


def _richest(group: pd.DataFrame) -> dict:
    """One contact from several records of the same person: for each field the longest text
    (the first one on a tie, so the workspace's own wins), every distinct note line, the earliest
    date, and the first known circle, relation..."""
    merged: dict = {}
    for column in TEXT_COLUMNS:
        values = [v for v in group[column].tolist() if isinstance(v, str) and v]
        merged[column] = max(values, key=len) if values else ""
    notes: list[str] = []
    for text in group["notes"].tolist():
        for line in (text or "").split("\n") if isinstance(text, str) else []:
            if line.strip() and line not in notes:
                notes.append(line)
    merged["notes"] = "\n".join(notes)
    for column in FIRST_KNOWN:
        known = group[column].dropna()
        merged[column] = known.iloc[0] if len(known) else pd.NA
    merged["added_on"] = group["added_on"].min()
    merged["line"] = group["line"].min()
    return merged


@dataclass
class Deduplicated:
    """New contacts, existing contacts to update (by id), counts and proposed duplicates."""

    new: pd.DataFrame
    updates: pd.DataFrame
    merged: int
    likely_duplicates: list[tuple[str, str]]


def deduplicate(records: pd.DataFrame, existing: pd.DataFrame) -> Deduplicated:
    """Merge ``records`` (an import, with a ``line`` column) among themselves and into
    ``existing`` (the workspace's contacts, with ``id``); interactions stay with existing ids."""
    everyone = pd.concat([existing.assign(line=0), records.assign(id=pd.NA)], ignore_index=True)
    keys = [
        email_key(everyone["email"]),
        url_key(everyone["profile_url"]),
        name_company_key(everyone["display_name"], everyone["company"]),
    ]
    everyone["group"] = _components(keys)
    is_existing = everyone["id"].notna()
    sizes = everyone.groupby("group")["group"].transform("size")
    single_new = (sizes == 1) & ~is_existing
    new_parts = [everyone.loc[single_new, records.columns]]
    update_rows = []
    merged = 0
    for _, group in everyone[sizes > 1].groupby("group", sort=True):
        incoming = group[group["id"].isna()]
        if incoming.empty:
            continue  # only workspace contacts: not this import's business
        owners = group[group["id"].notna()]
        if owners.empty:
            merged += len(incoming) - 1
            new_parts.append(pd.DataFrame([_richest(incoming)]))
            continue
        merged += len(incoming)
        owner = owners.sort_values("id").iloc[[0]]
        combined = _richest(pd.concat([owner, incoming]))
        before = owner.iloc[0]
        if any(_differs(before[c], combined[c]) for c in combined):
            update_rows.append({"id": int(before["id"]), **combined})
    new = pd.concat(new_parts, ignore_index=True).sort_values("line", kind="stable")
    updates = pd.DataFrame(update_rows, columns=["id", *records.columns])
    return Deduplicated(
        new.drop(columns=["line"]),
        updates,
        merged,
        _likely_duplicates(everyone),
    )


def _differs(before: object, after: object) -> bool:
    if pd.isna(before) and pd.isna(after):
        return False
    if pd.isna(before) or pd.isna(after):
        return True
    return before != after


def _likely_duplicates(everyone: pd.DataFrame) -> list[tuple[str, str]]:
    """Pairs of names, one per group of people whose names match once accents, case, hyphens
    and credentials are set aside, but who were not merged (at least one of them new)."""
    loose = everyone["display_name"].map(name_key)
    pairs: list[tuple[str, str]] = []
    candidates = everyone[loose.duplicated(keep=False)].assign(loose=loose)
    for _, block in candidates.groupby("loose", sort=True):
        people = block.drop_duplicates("group")
        if len(people) < 2 or people["id"].notna().all():
            continue
        names = people["display_name"].tolist()
        pairs.extend((names[0], other) for other in names[1:])
    return pairs

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

from toolkit.core.names import name_key

TEXT_COLUMNS = ("display_name", "company", "position", "sector", "email", "phone", "profile_url",
                "how_met")  # fmt: skip
FIRST_KNOWN = ("circle", "relation", "knows_me", "network_type", "source")
# A profile address: one person's page on the networks participants come from. The key is what
# follows the scheme, "www." and any country prefix, up to a query, a fragment or a slash.
_PROFILE = re.compile(
    r"\s*(?:https?://)?(?:[a-z]{2,3}\.)?(?:www\.)?"
    r"((?:linkedin\.[a-z.]+/(?:in|pub)/|xing\.com/profile/|viadeo\.com/(?:p|[a-z]{2}/profile)/"
    r"|malt\.[a-z]+/profile/|(?:github|gitlab|twitter|x|facebook|instagram|medium)\.com/"
    r"|about\.me/)[^/?#\s]+)",
    re.IGNORECASE,
)


def _cells(column: pd.Series) -> list[str]:
    """A text column as a list of str (missing values as ""): keys are built on lists, one
    Python call per cell, rather than through several pandas string passes."""
    cells = column.tolist()
    if column.hasnans:
        cells = [value if isinstance(value, str) else "" for value in cells]
    return cells


def email_key(email: pd.Series) -> pd.Series:
    """Emails compared without case."""
    keys = [cell.strip().casefold() if cell else "" for cell in _cells(email)]
    return pd.Series(keys, index=email.index, dtype=object)


def url_key(url: pd.Series) -> pd.Series:
    """Profile addresses compared without scheme, ``www.``, country prefix, query or final slash:
    ``https://fr.linkedin.com/in/ana/`` and ``http://www.linkedin.com/in/ana`` are one. Only
    an address that names one person counts (a profile on a professional or social network):
    a website is often a company's, shared by colleagues who are not one person (empty key)."""
    keys = [_profile_key(cell) if cell else "" for cell in _cells(url)]
    return pd.Series(keys, index=url.index, dtype=object)


_LINKEDIN = "https://www.linkedin.com/in/"  # how LinkedIn writes every URL of its export
_STOPS = ("/", "?", "#", " ")


def _profile_key(url: str) -> str:
    if url.startswith(_LINKEDIN):  # the common case, without a regular expression
        slug = url[len(_LINKEDIN) :]
        if slug and not any(stop in slug for stop in _STOPS):
            return "linkedin.com/in/" + slug.casefold()
    match = _PROFILE.match(url)
    return match[1].casefold() if match else ""


def name_company_key(name: pd.Series, company: pd.Series) -> pd.Series:
    """Name as written (spaces aside) and company (any case): empty when the company is unknown."""
    pairs = zip(_cells(name), _cells(company), strict=True)
    keys = [f"{n.strip()}\x1f{c.strip().casefold()}" if c and c.strip() else "" for n, c in pairs]
    return pd.Series(keys, index=name.index, dtype=object)


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


def _richest(rows: pd.DataFrame) -> pd.DataFrame:
    """One contact per ``group`` from the records of one person, taken in order (the workspace's
    own first): for each text field the longest value (the first on a tie), every distinct note
    line, the earliest date, and the first known circle, relation..."""
    groups = rows.groupby("group", sort=True)
    merged = pd.DataFrame(index=pd.Index(sorted(rows["group"].unique()), name="group"))
    for column in (*TEXT_COLUMNS, "notes"):
        length = rows[column].fillna("").str.len()
        merged[column] = rows[column].fillna("").loc[length.groupby(rows["group"]).idxmax()].values
    # Notes are joined line by line only where a group has several; elsewhere the longest is all.
    filled = rows["notes"].fillna("") != ""
    several = filled.groupby(rows["group"]).transform("sum") > 1
    if several.any():
        joined = rows[several].groupby("group")["notes"].agg(_note_lines)
        merged.loc[joined.index, "notes"] = joined
    for column in FIRST_KNOWN:
        merged[column] = groups[column].first()
    merged["added_on"] = groups["added_on"].min()
    merged["line"] = groups["line"].min()
    return merged


def _note_lines(notes: pd.Series) -> str:
    """Every distinct line of several notes, in order."""
    filled = [text for text in notes.tolist() if isinstance(text, str) and text]
    if len(filled) < 2:
        return filled[0] if filled else ""
    lines = [line for text in filled for line in text.split("\n") if line.strip()]
    return "\n".join(dict.fromkeys(lines))


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
    everyone["is_new"] = everyone["id"].isna()
    likely = _likely_duplicates(everyone, keys[1])
    # Groups of several records this import touches, the workspace's own records first in each.
    sizes = everyone.groupby("group")["group"].transform("size")
    alone = everyone[(sizes == 1) & everyone["is_new"]].set_index("group")
    touched = everyone[(sizes > 1) & everyone.groupby("group")["is_new"].transform("any")]
    touched = touched.sort_values(["group", "is_new", "id", "line"], kind="stable")
    # Records are merged into the workspace contact with the smallest id of their group; other
    # workspace contacts of the group stay as they are (they were there before this import).
    owners = touched[~touched["is_new"]].groupby("group")["id"].min()
    combined = _richest(touched[touched["is_new"] | touched["id"].isin(owners)])
    has_owner = combined.index.isin(owners.index)
    incoming = touched.groupby("group")["is_new"].sum()
    merged = int(incoming.sum()) - int((~has_owner).sum())
    new = pd.concat([alone[combined.columns], combined[~has_owner]])
    new = new.sort_values("line", kind="stable").drop(columns="line")
    updates = combined[has_owner].drop(columns="line").assign(id=owners)
    before = touched[touched["id"].isin(owners)].set_index("group")[updates.columns]
    changed = _differs(before, updates)
    return Deduplicated(
        new.reset_index(drop=True), updates[changed].reset_index(drop=True), merged, likely
    )


def _differs(before: pd.DataFrame, after: pd.DataFrame) -> pd.Series:
    """Rows where any field changed (two missing values are no change)."""
    after = after.loc[before.index]
    both_missing = before.isna() & after.isna()
    different = before.astype(object).ne(after.astype(object)) & ~both_missing
    return different.any(axis=1).reindex(after.index).to_numpy()


def _likely_duplicates(everyone: pd.DataFrame, urls: pd.Series) -> list[tuple[str, str]]:
    """Pairs of names that match once accents, case, hyphens and credentials are set aside, but
    were not merged; at least one of each pair is new. People who each have their own profile
    address are different people: they are never proposed."""
    if (urls != "").all():
        return []  # everyone has their own profile address: nobody to propose
    loose = everyone["display_name"].map(name_key)
    blocks = everyone.assign(loose=loose).drop_duplicates(["loose", "group"])
    blocks = blocks[blocks["loose"].duplicated(keep=False)]
    url = urls[blocks.index]
    by_block = blocks.assign(no_url=url == "").groupby("loose")
    worth = by_block["is_new"].transform("any") & by_block["no_url"].transform("any")
    blocks = blocks[worth]
    pairs: list[tuple[str, str]] = []
    for _, block in blocks.groupby("loose", sort=True):
        # Someone without a profile address first: they may be anyone else of the block.
        block = block.iloc[(url[block.index] != "").to_numpy().argsort(kind="stable")]
        first, *others = block.itertuples(index=False)
        pairs += [
            (first.display_name, other.display_name)
            for other in others
            if first.is_new or other.is_new
        ]
    return pairs

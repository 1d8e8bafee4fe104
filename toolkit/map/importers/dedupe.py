"""One person, one contact: records of a file that are the same person are merged, and so are
records that are already in the workspace. Pure functions over DataFrames.

Same person: same email (any case), same profile address, same name and company, or same name
and phone number (its digits, or its E.164 form: ``+33 6 12 34 56 78`` is ``06 12 34 56 78``
for a French participant). A record no key matches is the workspace's imported contact of its
name when the names pair one for one (see ``_by_name_alone``); namesakes within one file are
never merged by name alone. Names that differ only by accents, case, hyphens or credentials are
*proposed* as likely duplicates, never merged silently. Records are grouped by keys (hashing), so
the cost grows with the number of records, not with the number of pairs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
import phonenumbers

from toolkit.core.names import name_key

TEXT_COLUMNS = ("display_name", "company", "position", "sector", "email", "phone", "profile_url",
                "how_met")  # fmt: skip
FIRST_KNOWN = ("circle", "relation", "knows_me", "network_type", "source")
# A profile address: one person's page on the networks participants come from. The key is what
# follows the scheme, "www." and any country prefix, up to a query, a fragment or a slash. Keys
# are computed over a whole column at once, its cells joined by NUL: one substitution in C.
_PROFILE_CELLS = re.compile(
    r"[ \t]*(?:https?://)?(?:[a-z]{2,3}\.)?(?:www\.)?"
    r"((?:linkedin\.[a-z.]+/(?:in|pub)/|xing\.com/profile/|viadeo\.com/(?:p|[a-z]{2}/profile)/"
    r"|malt\.[a-z]+/profile/|(?:github|gitlab|twitter|x|facebook|instagram|medium)\.com/"
    r"|about\.me/)[^/?#\s\x00]+)[^\x00]*"
    r"|[^\x00]+"
)
_SEPARATOR = "\x00"


def _cells(column: pd.Series) -> list[str]:
    """A text column as a list of str (missing values as "")."""
    cells = column.tolist()
    try:  # all text (the usual column): joining them says so faster than a missing-value scan
        "".join(cells)
    except TypeError:
        if column.hasnans:
            cells = [value if isinstance(value, str) else "" for value in cells]
    return cells


def _per_cell(column: pd.Series, transform) -> pd.Series:
    """``transform`` applied to a column's cells joined by NUL, split back (cells holding a NUL
    themselves, which cleaned text never has, are transformed one by one)."""
    cells = _cells(column)
    keys = transform(_SEPARATOR.join(cells)).split(_SEPARATOR) if cells else []
    if len(keys) != len(cells):  # a NUL in a cell
        keys = [transform(cell) for cell in cells]
    return pd.Series(keys, index=column.index, dtype=object)


def email_key(email: pd.Series) -> pd.Series:
    """Emails compared without case (cells are trimmed when cleaned)."""
    return _per_cell(email, str.casefold)


def _one_person_per_email(everyone: pd.DataFrame, keys: pd.Series) -> pd.Series:
    """E-mail keys, told apart where people of different names share one address (a couple's,
    a family's, an office's): records of one address are one person when one's name holds all
    the words of the other's (``Rémi Tessier`` and ``Remi Tessier``, ``Martin Jean``, ``Jean
    Martin, PhD``), or when a record has no name of its own (its display name is its e-mail,
    company or phone, or holds an "@"); ``Rémi Tessier`` and ``Anne Tessier-Morel`` stay two."""
    shared = keys.duplicated(keep=False).to_numpy() & (keys.to_numpy() != "")
    if not shared.any():
        return keys
    rows = np.flatnonzero(shared)
    sharing = everyone.iloc[rows]
    names = sharing["display_name"].fillna("").tolist()
    stand_in = _stand_in_names(sharing).tolist()
    people: dict[str, list[set[str]]] = {}  # per address, the words of each person's name
    refined = keys.to_numpy().copy()
    for i, (row, key) in enumerate(zip(rows.tolist(), keys.to_numpy()[rows].tolist(), strict=True)):
        own = names[i] and not stand_in[i]
        words = set(name_key(names[i]).split()) if own else set()
        found = people.setdefault(key, [])
        person = next((n for n, known in enumerate(found) if not words or not known
                       or words <= known or known <= words), None)  # fmt: skip
        if person is None:
            found.append(words)
            person = len(found) - 1
        elif words and not found[person]:
            found[person] = words  # the first named record gives the person its name
        if person:
            refined[row] = f"{key}\x1f{person}"
    return pd.Series(refined, index=keys.index, dtype=object)


def url_key(url: pd.Series) -> pd.Series:
    """Profile addresses compared without scheme, ``www.``, country prefix, query or final slash:
    ``https://fr.linkedin.com/in/ana/`` and ``http://www.linkedin.com/in/ana`` are one. Only
    an address that names one person counts (a profile on a professional or social network):
    a website is often a company's, shared by colleagues who are not one person (empty key)."""
    cells = _cells(url)
    joined = _SEPARATOR.join(cells).casefold()
    if not cells:
        keys = []
    elif _linkedin_export(joined, len(cells) - cells.count("")):
        # Every address is _LINKEDIN + a slug: the whole address is as good a key as the slug
        # (one prefix for all), and no copy of the text is made to cut it.
        keys = joined.split(_SEPARATOR)
    else:
        keys = _PROFILE_CELLS.sub(r"\1", joined).split(_SEPARATOR)
    if len(keys) != len(cells):  # a NUL in a cell (cleaned text has none): one by one
        keys = [_PROFILE_CELLS.sub(r"\1", cell.casefold()) for cell in cells]
    return pd.Series(keys, index=url.index, dtype=object)


_LINKEDIN = "https://www.linkedin.com/in/"  # how LinkedIn's export writes every address


def _linkedin_export(joined: str, filled: int) -> bool:
    """Whether every filled cell is ``_LINKEDIN`` and a bare slug, as in LinkedIn's export: its
    keys are then the slugs, without a regular expression. Counted at C speed: every filled
    cell starts with the prefix, and no other "/" is left for a prefix elsewhere (a NUL in a
    cell, which would fool the count, is caught by the caller)."""
    at_starts = joined.count(_SEPARATOR + _LINKEDIN) + joined.startswith(_LINKEDIN)
    return (
        at_starts == filled
        and joined.count("/") == _LINKEDIN.count("/") * at_starts
        and not any(stop in joined for stop in "?# ")
    )


def name_company_key(name: pd.Series, company: pd.Series) -> pd.Series:
    """Name as written and company (any case), as one integer per (name, company) pair:
    ``NO_KEY`` when the company is unknown. Both were trimmed when they were cleaned."""
    # Factorised: each distinct company is folded once (a network spans a few thousand), and
    # the pairs are compared as integers, not as 30,000 joined texts.
    # A missing cell (code -1) is the empty text.
    names, distinct_names = pd.factorize(name.to_numpy(dtype=object))
    empty_name = np.flatnonzero(distinct_names == "")
    names[names == -1] = empty_name[0] if len(empty_name) else len(distinct_names)
    companies, distinct = pd.factorize(company.to_numpy(dtype=object))
    folded, _ = pd.factorize(np.asarray([c.casefold() for c in distinct], dtype=object))
    folded = np.append(folded, NO_KEY)  # code -1: a missing company, no key
    folded[:-1][distinct == ""] = NO_KEY
    companies = folded[companies]
    keys = np.where(companies == NO_KEY, NO_KEY, names * (int(folded.max()) + 1) + companies)
    return pd.Series(keys, index=name.index, dtype=np.int64)


NO_KEY = -1  # an integer key's "no key" (a text key's is "")


def _keyless(key: pd.Series) -> np.ndarray:
    """Rows without a key (text keys: "", integer keys: ``NO_KEY``)."""
    return key.to_numpy() == ("" if key.dtype == object else NO_KEY)


def name_phone_key(name: pd.Series, phone: pd.Series) -> pd.Series:
    """Name as written and the phone number's digits: empty when there is no number.
    ``06 12 34 56 78`` and ``06.12.34.56.78`` are one number."""
    if not any(_cells(phone)):  # most exports (LinkedIn's) have no phone at all
        return pd.Series("", index=name.index, dtype=object)
    digits = _per_cell(phone, lambda text: _NOT_DIGITS.sub("", text)).tolist()
    keys = [f"{n}\x1f{d}" if d else "" for n, d in zip(_cells(name), digits, strict=True)]
    return pd.Series(keys, index=name.index, dtype=object)


def name_number_key(name: pd.Series, phone: pd.Series, region: str | None = None) -> pd.Series:
    """Name as written and the phone number in E.164 (``phone_number``): empty when the number
    is not one ``phonenumbers`` can read. ``+33 6 12 34 56 78`` and ``06 12 34 56 78`` are one
    number for a French participant, whose digits differ (``name_phone_key`` misses them)."""
    cells = _cells(phone)
    if not any(cells):  # most exports (LinkedIn's) have no phone at all
        return pd.Series("", index=name.index, dtype=object)
    # The key can only link records of one name: the numbers of the others are not read (the
    # parser takes some 20 µs a number, 0.6 s for 30,000).
    namesakes = name.duplicated(keep=False).to_numpy()
    if not namesakes.any():
        return pd.Series("", index=name.index, dtype=object)
    read = {cell for cell, shared in zip(cells, namesakes.tolist(), strict=True) if shared}
    numbers = {cell: phone_number(cell, region) for cell in read}
    keys = [
        f"{n}\x1f{numbers[p]}" if shared and numbers[p] else ""
        for n, p, shared in zip(_cells(name), cells, namesakes.tolist(), strict=True)
    ]
    return pd.Series(keys, index=name.index, dtype=object)


_NOT_DIGITS = re.compile(r"[^0-9\x00]")
# The country whose national numbers (``06 12 34 56 78``) a participant writes, by language:
# a French participant's contacts are mostly in France. English is spoken in too many countries
# to guess one: national numbers are then compared by their digits only.
PHONE_REGIONS = {"fr": "FR"}


def phone_region(language: str) -> str | None:
    """The region national phone numbers are read in for a participant of ``language``."""
    return PHONE_REGIONS.get(language)


def phone_number(number: str, region: str | None = None) -> str:
    """A phone number in E.164 (``+33612345678``) when it is a possible number written
    internationally (``+33 6 12 34 56 78``, ``0033 6 12 34 56 78``) or nationally in ``region``
    (``06 12 34 56 78`` in ``FR``); "" otherwise. Only compared: contacts keep it as written."""
    written = number.strip()
    if written.startswith("00"):  # the international prefix of most of the world
        written = "+" + written[2:]
    if not (written.startswith("+") or region) or not any(c.isdigit() for c in written):
        return ""
    try:
        parsed = phonenumbers.parse(written, region)
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_possible_number(parsed):
        return ""
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def _by_name_alone(
    everyone: pd.DataFrame, keys: list[pd.Series], group: np.ndarray, is_new: np.ndarray
) -> np.ndarray:
    """``group`` with new records that no key matched put in the group of a workspace contact
    of the same name from an import (or of the file's source) that no other record matched.

    Per name, the file's bare records (a name and nothing else: no email, profile, company or
    phone) are paired in order with those contacts when there are as many of both, else with
    the bare ones among them when those are as many; then the file's other unmatched records
    of that name with the bare contacts left, likewise (a card whose export now gives a phone).
    Two namesakes of one file are thus both imported the first time and both found again on a
    re-import; any other count is left alone, since which record is which contact cannot be
    told (the names are proposed as likely duplicates)."""
    if is_new.all() or not is_new.any():
        return group
    bare = np.logical_and.reduce([_keyless(key) for key in keys])
    size = np.bincount(group)[group]
    alone = is_new & (size == 1)
    if not alone.any():
        return group
    touched = (np.bincount(group, weights=is_new) > 0)[group]
    # A contact from an import, or of the file's own source: a plain CSV's contacts are stored
    # as "manual", like the ones typed by hand, and its re-import must find them again.
    source = everyone["source"].fillna("manual")
    imported = ((source != "manual") | source.isin(set(source[alone]))).to_numpy()
    names = everyone["display_name"]
    candidate_names = names[~is_new & imported & ~touched]
    shared = set(names[alone].tolist()) & set(candidate_names.tolist())
    if not shared:
        return group
    rows_of = names[alone & names.isin(shared).to_numpy()]
    contacts = candidate_names[candidate_names.isin(shared)]
    pools = contacts.groupby(contacts, sort=False).groups
    group = group.copy()
    for name, rows in rows_of.groupby(rows_of, sort=False).groups.items():
        pool, rows = pools[name].tolist(), rows.tolist()
        bare_pool = [row for row in pool if bare[row]]
        bare_rows = [row for row in rows if bare[row]]
        if bare_rows and len(bare_rows) in (len(pool), len(bare_pool)):
            paired = pool if len(bare_rows) == len(pool) else bare_pool
            group[bare_rows] = group[paired]
            bare_pool = [row for row in bare_pool if row not in paired]
        others = [row for row in rows if not bare[row]]
        if others and len(others) == len(bare_pool):
            group[others] = group[bare_pool]
    return group


def _components(keys: list[pd.Series]) -> list[int]:
    """For each row (the keys share a 0..n-1 index), the smallest row it is linked to through
    any shared non-empty key, directly or through other rows."""
    parent = list(range(len(keys[0])))

    def root(row: int) -> int:
        while parent[row] != row:
            parent[row] = parent[parent[row]]
            row = parent[row]
        return row

    linked: list[int] = []
    for key in keys:
        # Hashing finds the few shared keys (C speed); only their rows are linked in Python.
        shared = key[key.duplicated(keep=False).to_numpy() & ~_keyless(key)]
        first: dict[str, int] = {}
        for row, value in zip(shared.index.tolist(), shared.tolist(), strict=True):
            a, b = root(row), root(first.setdefault(value, row))
            parent[max(a, b)] = min(a, b)
            linked.append(max(a, b))
    # A row's parent is a smaller row: in increasing order, each linked row takes the root its
    # parent already has; the other rows are their own root.
    for row in sorted(set(linked)):
        parent[row] = parent[parent[row]]
    return parent


def _richest(rows: pd.DataFrame) -> pd.DataFrame:
    """One contact per ``group`` from the records of one person, taken in order (the workspace's
    own first): for each text field the longest value (the first on a tie), every distinct note
    line, the earliest date, and the first known circle, relation..."""
    if len(rows) <= SMALL_MERGE:
        return _richest_in_python(rows)
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


def _stand_in_names(rows: pd.DataFrame) -> pd.Series:
    """Display names that are not a person's name: the record's e-mail, company or phone put
    in its place, or an address written as the name."""
    names = rows["display_name"].fillna("")
    stand_in = names.str.contains("@", regex=False)
    for column in ("email", "company", "phone"):
        stand_in |= (names == rows[column].fillna("")) & (names != "")
    return stand_in


def _richest_named(rows: pd.DataFrame) -> pd.DataFrame:
    """``_richest``, where a person's name is chosen over a longer stand-in (``Sophie Bardin``
    over ``contact@example-pharma.fr``); a group of stand-ins only keeps the longest of them."""
    stand_in = _stand_in_names(rows)
    if not stand_in.any():
        return _richest(rows)
    names = rows["display_name"]
    combined = _richest(rows.assign(display_name=names.where(~stand_in, "")))
    unnamed = combined["display_name"].fillna("") == ""
    if unnamed.any():
        alone = rows[stand_in]
        longest = alone["display_name"].str.len().groupby(alone["group"]).idxmax()
        fallback = alone.loc[longest.to_numpy(), "display_name"].set_axis(longest.index)
        combined.loc[unnamed, "display_name"] = fallback.reindex(combined.index[unnamed]).values
    return combined


SMALL_MERGE = 5_000  # records to merge: below, plain Python beats pandas' per-group machinery


def _richest_in_python(rows: pd.DataFrame) -> pd.DataFrame:
    """``_richest`` for the usual few hundred records, one pass over plain lists."""
    groups = rows["group"].tolist()
    order = sorted(set(groups))
    slot = {group: index for index, group in enumerate(order)}
    merged: dict[str, list] = {}
    for column in (*TEXT_COLUMNS, "notes"):
        best = [""] * len(order)
        notes: list[list[str]] = [[] for _ in order]
        for group, value in zip(groups, rows[column].tolist(), strict=True):
            value = value if isinstance(value, str) else ""
            index = slot[group]
            if len(value) > len(best[index]):
                best[index] = value
            if column == "notes" and value:
                notes[index].append(value)
        if column == "notes":
            best = [_note_lines(pd.Series(n, dtype=object)) if len(n) > 1 else b
                    for n, b in zip(notes, best, strict=True)]  # fmt: skip
        merged[column] = best
    for column in FIRST_KNOWN:
        known: list = [pd.NA] * len(order)
        for group, value in zip(groups, rows[column].tolist(), strict=True):
            index = slot[group]
            if known[index] is pd.NA and not pd.isna(value):
                known[index] = value
        merged[column] = known
    earliest: list = [None] * len(order)
    first_line: list = [None] * len(order)
    for group, added, line in zip(groups, rows["added_on"].tolist(), rows["line"].tolist(),
                                  strict=True):  # fmt: skip
        index = slot[group]
        if not pd.isna(added) and (earliest[index] is None or added < earliest[index]):
            earliest[index] = added
        if first_line[index] is None or line < first_line[index]:
            first_line[index] = line
    for column in FIRST_KNOWN:  # same dtypes as the frames they came from
        merged[column] = pd.array(merged[column], dtype=rows[column].dtype)
    merged["added_on"] = pd.array(earliest, dtype=rows["added_on"].dtype)
    merged["line"] = first_line
    return pd.DataFrame(merged, index=pd.Index(order, name="group"))


def _note_lines(notes: pd.Series) -> str:
    """Every distinct line of several notes, in order; one note written several times is kept as
    it is (a re-import of a note changes nothing)."""
    filled = list(dict.fromkeys(text for text in notes.tolist() if isinstance(text, str) and text))
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


def deduplicate(
    records: pd.DataFrame, existing: pd.DataFrame, phone_region: str | None = None
) -> Deduplicated:
    """Merge ``records`` (an import, with a ``line`` column) among themselves and into
    ``existing`` (the workspace's contacts, with ``id``); interactions stay with existing ids.
    National phone numbers are read in ``phone_region`` (see ``name_number_key``)."""
    if len(existing):
        everyone = pd.concat([existing.assign(line=0), records.assign(id=pd.NA)], ignore_index=True)
    else:  # a first import: nothing to put before the file's records
        everyone = records.assign(id=pd.NA).reset_index(drop=True)
    keys = [
        _one_person_per_email(everyone, email_key(everyone["email"])),
        url_key(everyone["profile_url"]),
        name_company_key(everyone["display_name"], everyone["company"]),
        name_phone_key(everyone["display_name"], everyone["phone"]),
        name_number_key(everyone["display_name"], everyone["phone"], phone_region),
    ]
    is_new = everyone["id"].isna().to_numpy()
    group = _by_name_alone(everyone, keys, np.asarray(_components(keys), dtype=np.int64), is_new)
    everyone["group"] = group
    everyone["is_new"] = is_new
    likely = _likely_duplicates(everyone, keys[1])
    # Groups of several records this import touches, the workspace's own records first in each.
    sizes = np.bincount(group)[group]
    touches = (np.bincount(group, weights=is_new) > 0)[group]
    touched = everyone[(sizes > 1) & touches]
    touched = touched.sort_values(["group", "is_new", "id", "line"], kind="stable")
    # Records are merged into the workspace contact with the smallest id of their group; other
    # workspace contacts of the group stay as they are (they were there before this import).
    owners = touched[~touched["is_new"]].groupby("group")["id"].min()
    combined = _richest_named(touched[touched["is_new"] | touched["id"].isin(owners)])
    has_owner = combined.index.isin(owners.index)
    incoming = touched.groupby("group")["is_new"].sum()
    merged = int(incoming.sum()) - int((~has_owner).sum())
    # New contacts, in the file's order: the records alone in their group, and for a group of
    # new records only, its first record (the earliest line) holding the merged values.
    ownerless = combined[~has_owner]
    first_rows = touched[touched["is_new"] & touched["group"].isin(ownerless.index)]
    first_rows = first_rows.drop_duplicates("group")  # sorted by line within each group
    keep = (sizes == 1) & is_new
    keep[first_rows.index.to_numpy()] = True
    # Built column by column as plain arrays, then framed once: pandas' per-column assignment
    # into a 30,000-row frame costs more than all of this.
    kept_rows = np.flatnonzero(keep)
    slots = np.searchsorted(kept_rows, first_rows.index.to_numpy())
    values = ownerless.loc[first_rows["group"].to_numpy()]
    columns: dict[str, object] = {}
    for column in everyone.columns.drop(["group", "is_new", "id", "line"]):
        cells = everyone[column].to_numpy()[kept_rows]
        if len(slots) and (cells.dtype == object or cells.dtype == values[column].dtype):
            cells[slots] = values[column].to_numpy()
            columns[column] = cells
        elif len(slots):  # a typed column (dates, circles): pandas converts what it is given
            merged_column = pd.Series(cells, dtype=everyone[column].dtype)
            merged_column.iloc[slots] = values[column].to_numpy()
            columns[column] = merged_column.to_numpy()
        else:
            columns[column] = cells
    # Each array keeps its dtype: framing text as object skips pandas' string inference.
    new = pd.DataFrame(
        {name: pd.Series(cells, dtype=cells.dtype, copy=False) for name, cells in columns.items()}
    )
    updates = combined[has_owner].drop(columns="line").assign(id=owners)
    if len(updates):
        before = touched[touched["id"].isin(owners)].set_index("group")[updates.columns]
        updates = updates[_differs(before, updates)]
    return Deduplicated(new.reset_index(drop=True), updates.reset_index(drop=True), merged, likely)


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

"""Raw fields of an export to contacts in the model's schema, column at a time.

Every value stays text (no ``612345678.0``, no lost leading zero), NFC-normalised, without
control characters. What cannot be kept as it is is reported per line: a spreadsheet error in
place of a value, characters lost to ``?``, an invalid date, an address that is not one.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from toolkit.core.model import EMAIL_PATTERN, TEXT_LIMIT, WEB_ADDRESS_PATTERN
from toolkit.i18n import t
from toolkit.map.importers.dates import parse_dates

RAW_FIELDS = (
    "first_name", "middle_name", "last_name", "full_name", "suffix", "company", "position",
    "email", "phone", "profile_url", "website", "notes", "connected_on",
)  # fmt: skip
MULTI_VALUE = " ::: "  # Google joins several values of one cell with this
_CONTROL = r"[\x00-\x08\x0b-\x1f\x7f-\x9f]"
SPREADSHEET_ERROR = re.compile(
    r"#(NOM\?|NAME\?|VALUE!|VALEUR!|REF!|N/A|NA|DIV/0!|NUM!|NOMBRE!|NULL!|NUL!|CALC!|SPILL!"
    r"|PROPAGATION!|CHAMP!|FIELD!|GETTING_DATA)",
    re.IGNORECASE,
)
# "?" standing for a letter: a file saved in an encoding that could not hold a character.
LOSSY = re.compile(r"\w\?+\w|^\?+$|\?{2,}")
TEXT_FIELDS = ("company", "position", "phone", "notes")
NAME_PARTS = ("first_name", "middle_name", "last_name")


@dataclass(frozen=True)
class Issue:
    """Something reported about one line of the file (or the whole file when ``line`` is 0)."""

    line: int
    key: str
    params: dict = field(default_factory=dict)


@dataclass
class Normalised:
    """Contacts ready to deduplicate (one per kept record, with its line) and what was reported."""

    contacts: pd.DataFrame
    skipped: list[Issue]
    warnings: list[Issue]


def _joined(column: pd.Series) -> str:
    """A column's cells as one text, to test them all at once (``"#" in ...``): one search over
    one string costs far less than one call per cell, and most columns need no change at all.
    Remembered for the column while ``normalise`` runs (a column is tested several times)."""
    known = _JOINED.get(id(column))
    if known is not None and known[0] is column:
        return known[1]
    joined = "\x00".join(column.tolist())
    _JOINED[id(column)] = (column, joined)
    return joined


# Only normalise() fills it, and empties it when done: one file's columns, never shared.
_JOINED: dict[int, tuple[pd.Series, str]] = {}


def _clean(column: pd.Series, multiline: bool = False) -> pd.Series:
    """A column as text cells (object dtype): no control characters, single spaces outside notes,
    NFC, trimmed."""
    cells = column.tolist()
    try:
        joined = "\x00".join(cells)
    except TypeError:  # missing values or numbers among the text
        cells = [cell if isinstance(cell, str) else "" if pd.isna(cell) else str(cell)
                 for cell in cells]  # fmt: skip
        joined = "\x00".join(cells)
    joined_cells = cells
    # Each test runs once over the whole column (C speed); only the cells it finds something
    # in are rewritten. isprintable() is False for control characters, tabs, line breaks and
    # unusual spaces.
    if joined.isascii():  # addresses, dates: one C pass over the whole column
        printable = _printable_ascii(joined, len(cells))
    else:
        printable = all(map(str.isprintable, cells))  # no copy of the joined text to make
    # A column without a single space (addresses, most e-mails) has no spaces to squeeze or
    # trim: one memchr over the text instead of three substring searches.
    spaced = " " in joined
    if not printable:
        cells = [cell if cell.isprintable() else _printable(cell, multiline) for cell in cells]
    elif not multiline and spaced and "  " in joined:
        cells = [_SPACES.sub(" ", cell) if "  " in cell else cell for cell in cells]
    if not joined.isascii() and not unicodedata.is_normalized("NFC", joined):  # ASCII is NFC
        cells = [unicodedata.normalize("NFC", cell) for cell in cells]
    # Printable text has no whitespace but the plain space: its cells need trimming only if a
    # space touches a separator or an end of the joined text.
    edges = spaced and (
        joined[:1] == " " or joined[-1:] == " " or "\x00 " in joined or " \x00" in joined
    )
    changed = cells is not joined_cells
    if not printable or edges:
        cells = [cell.strip() for cell in cells]
        changed = True
    cleaned = pd.Series(cells, index=column.index, dtype=object)
    if not changed:  # the join is the cleaned column's: remembered for the later tests
        _JOINED[id(cleaned)] = (cleaned, joined)
    return cleaned


_CONTROL_RE = re.compile(_CONTROL)
_PRINTABLE_ASCII = bytes(range(0x20, 0x7F))


def _printable_ascii(joined: str, cells: int) -> bool:
    """Whether ASCII cells joined by NUL are all printable (``str.isprintable``): deleting the
    printable bytes must leave the separators only. ``isprintable`` has no ASCII fast path
    (5 ms over 30,000 profile addresses, this 1)."""
    return joined.encode("ascii").translate(None, _PRINTABLE_ASCII) == b"\x00" * (cells - 1)


_SPACES = re.compile(r" {2,}")
_WHITESPACE = re.compile(r"\s+")


def _printable(cell: str, multiline: bool) -> str:
    cell = _CONTROL_RE.sub("", cell)
    return cell if multiline else _WHITESPACE.sub(" ", cell)


def _split_multi(column: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(first value, the others joined by ", ") of cells holding several values."""
    if MULTI_VALUE not in _joined(column):
        return column, pd.Series("", index=column.index, dtype=object)
    parts = column.str.split(MULTI_VALUE, regex=False)
    first = parts.str[0].str.strip()
    others = parts.str[1:].map(lambda values: ", ".join(v.strip() for v in values if v.strip()))
    return first, others


def _report(mask: pd.Series, lines: pd.Series, key: str, **columns: pd.Series) -> list[Issue]:
    """One issue per marked row, with the row's values of ``columns`` as parameters."""
    if not mask.any():
        return []
    picked = {name: values[mask].tolist() for name, values in columns.items()}
    return [
        Issue(int(line), key, {name: picked[name][i] for name in picked})
        for i, line in enumerate(lines[mask].tolist())
    ]


def normalise(raw: pd.DataFrame, source: str, date_order: str, field_names: dict) -> Normalised:
    """Contacts in ``TABLE_DTYPES["contacts"]`` order (plus ``line``) from raw export fields.

    ``field_names`` says how each field is called in this file, for the messages.
    """
    try:
        return _normalise(raw, source, date_order, field_names)
    finally:
        _JOINED.clear()


def _normalise(raw: pd.DataFrame, source: str, date_order: str, field_names: dict) -> Normalised:
    lines = raw["line"]
    values, warnings = _cleaned(raw, field_names)
    extras, address_warnings = _checked_addresses(values, lines)
    names = _display_names(values)
    lossy = pd.Series(False, index=raw.index)
    for column in (names, values["company"], values["position"]):
        if "?" in _joined(column):
            lossy = lossy | column.str.contains(LOSSY, regex=True)
    added_on, bad_date = parse_dates(values["connected_on"], date_order)
    warnings += address_warnings + _report(lossy, lines, "importers.warnings.lossy", name=names)
    warnings += _report(
        bad_date, lines, "importers.warnings.invalid_date", value=values["connected_on"]
    )
    notes = values["notes"]
    for extra in extras:
        if any(extra.tolist()):
            notes = (notes + "\n" + extra).where(extra != "", notes).str.strip()
    # Constant columns are given as object Series: a bare "" would make pandas infer (and
    # check, cell by cell) its string dtype.
    empty = pd.Series("", index=raw.index, dtype=object)
    missing = pd.Series(pd.NA, index=raw.index, dtype=object)
    contacts = pd.DataFrame(
        {
            "line": lines.astype(int),
            "display_name": names,
            "company": values["company"],
            "position": values["position"],
            "sector": empty,
            "email": values["email"],
            "phone": values["phone"],
            "profile_url": values["profile_url"],
            "circle": missing,
            "relation": missing,
            "knows_me": missing,
            "network_type": missing,
            "how_met": empty,
            "source": pd.Series(source, index=raw.index, dtype=object),
            "notes": notes,
            "added_on": added_on,
        },
        index=raw.index,
    )
    warnings += _truncate(contacts)
    # Masks as arrays: pandas' comparison of object Series costs a millisecond apiece here.
    nameless = names.to_numpy() == ""
    only_date = nameless & (values["connected_on"].to_numpy() != "")
    skipped = _report(only_date, lines, "importers.skipped.hidden_member")
    skipped += _report(nameless & ~only_date, lines, "importers.skipped.no_name")
    # Text stays plain Python text (object dtype) until the result is typed, after
    # deduplication: pandas' string dtype costs a missing-value check in every operation.
    kept = contacts[~nameless] if nameless.any() else contacts
    warnings.sort(key=lambda issue: issue.line)
    return Normalised(kept.reset_index(drop=True), skipped, warnings)


def _cleaned(raw: pd.DataFrame, field_names: dict) -> tuple[dict[str, pd.Series], list[Issue]]:
    """Every raw field cleaned; spreadsheet error values (``#NOM?``) emptied and reported."""
    values: dict[str, pd.Series] = {}
    warnings: list[Issue] = []
    empty = pd.Series("", index=raw.index, dtype=object)
    for name in RAW_FIELDS:
        if name not in raw:  # a field this export has no column for
            values[name] = empty
            continue
        column = _clean(raw[name], name == "notes")
        if "#" in _joined(column):
            errors = column.str.fullmatch(SPREADSHEET_ERROR)
            warnings += _report(
                errors, raw["line"], "importers.warnings.spreadsheet_error",
                column=pd.Series(field_names.get(name, name), index=raw.index), value=column,
            )  # fmt: skip
            column = column.mask(errors, "")
        values[name] = column
    return values, warnings


def _checked_addresses(
    values: dict[str, pd.Series], lines: pd.Series
) -> tuple[list[pd.Series], list[Issue]]:
    """Split several emails, phones or web addresses of one cell (the first is kept, the others
    go to the notes), and move what is not an email or a web address to the notes too.
    Changes ``values`` in place; (labelled texts for the notes, warnings)."""
    extras: list[pd.Series] = []
    values["profile_url"] = _with_website(values["profile_url"], values["website"])
    values["email"] = _one_email_per_value(values["email"])
    for name in ("email", "phone", "profile_url"):
        values[name], others = _split_multi(values[name])
        extras.append(_labelled(others, f"importers.notes.other_{name}"))
    emails = values["email"]
    bad_email = _not_matching(emails, EMAIL_PATTERN)
    url = _with_scheme(values["profile_url"])
    bad_url = _not_matching(url, WEB_ADDRESS_PATTERN)
    warnings = _report(bad_email, lines, "importers.warnings.invalid_email", value=emails)
    warnings += _report(
        bad_url, lines, "importers.warnings.invalid_url", value=values["profile_url"]
    )
    if bad_email.any():
        extras.append(_labelled(emails.where(bad_email, ""), "importers.notes.invalid_email"))
        emails = emails.where(~bad_email, "")
    if bad_url.any():
        extras.append(
            _labelled(values["profile_url"].where(bad_url, ""), "importers.notes.invalid_url")
        )
        url = url.where(~bad_url, "")
    values["email"], values["profile_url"] = emails, url
    return extras, warnings


def _with_website(profile: pd.Series, website: pd.Series) -> pd.Series:
    """The profile address, else the website; both when there are both (the website then goes
    to the notes with the other addresses)."""
    if not any(website.tolist()):
        return profile
    both = (profile != "") & (website != "")
    return profile.where(profile != "", website).where(~both, profile + MULTI_VALUE + website)


def _one_email_per_value(email: pd.Series) -> pd.Series:
    """``a@x.fr, b@y.fr`` in one cell (LinkedIn's Contacts.csv) as separate values."""
    joined = _joined(email)
    if "@" not in joined or not ("," in joined or ";" in joined):
        return email
    several = email.str.count("@") > 1
    split = email.str.replace(r"\s*[,;]\s*(?=[^,;@\s]+@)", MULTI_VALUE, regex=True)
    return split.where(several, email)


def _not_matching(column: pd.Series, pattern: re.Pattern) -> pd.Series:
    """Non-empty cells that the pattern does not match (empty cells are left alone)."""
    cells = column.tolist()
    if pattern is WEB_ADDRESS_PATTERN and _all_web_addresses(cells, _joined(column)):
        return pd.Series(False, index=column.index)
    match = pattern.fullmatch
    wrong = np.zeros(len(cells), dtype=bool)
    # Only the filled cells are matched: most exports give few e-mails.
    for row in np.flatnonzero(np.array(cells, dtype=object) != "").tolist():
        wrong[row] = match(cells[row]) is None
    return pd.Series(wrong, index=column.index, dtype=bool)


def _all_web_addresses(cells: list[str], joined: str) -> bool:
    """Whether every filled cell is an ``http(s)://`` address without spaces, quotes or angle
    brackets (what ``WEB_ADDRESS_PATTERN`` accepts), counted over the joined cells at C speed."""
    filled = len(cells) - cells.count("")
    schemes = joined.count("\x00https://") + joined.count("\x00http://")
    schemes += joined.startswith("https://") or joined.startswith("http://")
    return schemes == filled and not any(char in joined for char in " <>\"'")


def _display_names(values: dict[str, pd.Series]) -> pd.Series:
    """The full name, else first + middle + last (with a suffix after a comma); for a record
    without a person's name, the email, else the company, else the phone number."""
    parts = _joined_name(values)
    suffix = values["suffix"]
    if any(suffix.tolist()):  # "Jean Martin" + "Jr." -> "Jean Martin, Jr." unless already there
        missing = (suffix != "") & (parts != "") & ~_contains_each(parts, suffix)
        parts = parts.where(~missing, parts + ", " + suffix)
    # A full name is written whole already (vCard's FN, Google's Name): its suffix is in it.
    full = values["full_name"].tolist()
    names = parts.tolist()
    if any(full):
        names = [f or p for f, p in zip(full, names, strict=True)]
    nameless = np.flatnonzero(np.array(names, dtype=object) == "").tolist() if "" in names else []
    for fallback in ("email", "company", "phone"):  # lists: few rows lack a name
        if not nameless:
            break
        others = values[fallback].tolist()
        for row in nameless:
            names[row] = names[row] or others[row]
        nameless = [row for row in nameless if not names[row]]
    return pd.Series(names, index=parts.index, dtype=object)


def _contains_each(texts: pd.Series, parts: pd.Series) -> pd.Series:
    """Whether each text already holds its part (``Jean Martin, Jr.`` holds ``Jr.``)."""
    pairs = zip(texts.tolist(), parts.tolist(), strict=True)
    return pd.Series([p.casefold() in t.casefold() for t, p in pairs], index=texts.index)


def _truncate(contacts: pd.DataFrame) -> list[Issue]:
    """Cut text longer than the workspace takes, in place; one warning per field cut."""
    warnings: list[Issue] = []
    for name in ("display_name", "company", "position", "email", "phone", "profile_url", "notes"):
        if max(map(len, contacts[name].tolist()), default=0) <= TEXT_LIMIT:
            continue
        long = contacts[name].str.len() > TEXT_LIMIT
        warnings += _report(
            long, contacts["line"], "importers.warnings.truncated",
            name=contacts["display_name"].str[:60],
            limit=pd.Series(TEXT_LIMIT, index=contacts.index),
        )  # fmt: skip
        contacts[name] = contacts[name].str[:TEXT_LIMIT]
    return warnings


def _joined_name(values: dict) -> pd.Series:
    """First, middle and last names, the empty ones left out."""
    first, middle, last = (values[name].tolist() for name in NAME_PARTS)
    if any(middle):
        names = [" ".join(filter(None, row)) for row in zip(first, middle, last, strict=True)]
    else:  # most exports have no middle name: two parts are joined more simply
        names = [f"{a} {b}" if a and b else a or b for a, b in zip(first, last, strict=True)]
    return pd.Series(names, index=values["email"].index, dtype=object)


def _with_scheme(url: pd.Series) -> pd.Series:
    """``www.example.com/x`` -> ``https://www.example.com/x``: exports often drop the scheme;
    ``http\\://`` (Gmail's vCard escape) -> ``http://``."""
    joined = _joined(url)
    if "\\:" in joined:
        url = url.str.replace("\\:", ":", regex=False)
        joined = _joined(url)
    cells = url.tolist()
    if joined.count("\x00http") + joined.startswith("http") == len(cells) - cells.count(""):
        return url  # every address starts with its scheme (counted at C speed)
    bare = (url != "") & ~url.str.contains(r"^[a-z][a-z0-9+.-]*://", case=False, regex=True)
    domain_like = url.str.contains(r"^[\w-]+(?:\.[\w-]+)+(?:/\S*)?$", regex=True)
    return url.where(~(bare & domain_like), "https://" + url)


def _labelled(values: pd.Series, key: str) -> pd.Series:
    """Values kept in the notes, after a few words saying what they are."""
    if not any(values.tolist()):
        return values
    before, _, after = t(key, values="\x00").partition("\x00")
    return (before + values + after).where(values != "", "")

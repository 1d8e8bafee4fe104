"""Dates as exports write them, read strictly: never rolled over, never taken for Excel serials.

LinkedIn writes ``07 Mar 2020`` (before 2019: ``1/8/18, 6:14 PM``, month first); a French Excel
re-save writes ``02/12/2024`` (day first); Excel's own date display, kept when a file is saved
again, writes ``06-May-22`` in English and ``06-mai-22`` / ``23-avr.-23`` in French; Outlook
writes ``0/0/00`` for "no date". A date is cut into day, month and year by one pattern, then
assembled by pandas, which refuses ``30 Feb 2021`` instead of rolling it over to March.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

NO_DATE = re.compile(r"0{1,2}/0{1,2}/0{2,4}")  # Outlook's "no date"
MONTHS = {
    "jan": 1, "janv": 1, "january": 1, "janvier": 1,
    "feb": 2, "fev": 2, "fevr": 2, "févr": 2, "february": 2, "fevrier": 2, "février": 2,
    "mar": 3, "mars": 3, "march": 3,
    "apr": 4, "avr": 4, "april": 4, "avril": 4,
    "may": 5, "mai": 5,
    "jun": 6, "june": 6, "juin": 6,
    "jul": 7, "july": 7, "juil": 7, "juillet": 7,
    "aug": 8, "august": 8, "aou": 8, "aout": 8, "août": 8,
    "sep": 9, "sept": 9, "september": 9, "septembre": 9,
    "oct": 10, "october": 10, "octobre": 10,
    "nov": 11, "november": 11, "novembre": 11,
    "dec": 12, "déc": 12, "december": 12, "decembre": 12, "décembre": 12,
    # Excel's short months in the other languages of Western European spreadsheets.
    "mär": 3, "märz": 3, "mrz": 3, "maj": 5, "okt": 10, "dez": 12,  # German, Danish
    "ene": 1, "abr": 4, "ago": 8, "dic": 12, "set": 9,  # Spanish, Italian, Portuguese
}  # fmt: skip
# "07 Mar 2020", "7 mars 2020", "Mar 7, 2020", "1/8/18, 6:14 PM", "02/12/2024", "2020-03-07",
# and Excel's "06-May-22", "23-avr.-23", "5-janv.-2026".
DATE = re.compile(
    r"^\s*(?:"
    r"(?P<day>\d{1,2})(?:\.?\s+|-)(?P<month_name>[^\W\d_]+)\.?(?:,?\s+|-)(?P<year>\d{4}|\d{2})"
    r"|(?P<month_name2>[^\W\d_]+)\.?\s+(?P<day2>\d{1,2}),?\s+(?P<year2>\d{4})"
    r"|(?P<first>\d{1,2})[/.](?P<second>\d{1,2})[/.](?P<year3>\d{4}|\d{2})"
    r"|(?P<year4>\d{4})-(?P<month4>\d{1,2})-(?P<day4>\d{1,2})"
    r")(?:(?:,\s*|\s+|T)\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[AP]M)?(?:Z|[+-]\d{2}:?\d{2})?)?\s*$",
    re.IGNORECASE,
)


def slash_order(values: pd.Series, day_first_hint: bool) -> str | None:
    """``day`` or ``month``: which comes first in this file's ``a/b/yy`` dates (``None``: none).

    A part above 12 settles it; an ``AM``/``PM`` time means LinkedIn's American format; otherwise
    the hint (a French spreadsheet re-save) decides.
    """
    distinct = pd.Series(values.unique(), dtype=object).astype(str)
    joined = "\x00".join(distinct.tolist())
    if "/" not in joined and "." not in joined:
        return None  # no a/b/yy date at all (LinkedIn's own "07 Mar 2020")
    parts = distinct.str.extract(r"^\s*(\d{1,2})[/.](\d{1,2})[/.]\d{2}").dropna().astype(int)
    parts = parts[(parts[0] > 0) & (parts[1] > 0)]
    if parts.empty:
        return None
    if (parts[0] > 12).any() and not (parts[1] > 12).any():
        return "day"
    if (parts[1] > 12).any() and not (parts[0] > 12).any():
        return "month"
    if distinct.str.contains(r"\d\s*[AP]M\s*$", case=False, regex=True).any():
        return "month"
    return "day" if day_first_hint else "month"


def parse_dates(values: pd.Series, order: str) -> tuple[pd.Series, pd.Series]:
    """(dates, invalid): dates as ``datetime64[s]`` (NaT when empty or invalid); ``invalid`` marks
    the non-empty values that are not a real date (``30 Feb 2021``, ``#VALUE!``, ``43891``)."""
    # A file holds far fewer distinct dates than rows: each one is parsed once.
    codes, distinct = pd.factorize(values.fillna("").astype(str))
    parsed, invalid = _parse_distinct(pd.Series(distinct, dtype=object), order)
    return (
        pd.Series(parsed.to_numpy()[codes], index=values.index, dtype="datetime64[s]"),
        pd.Series(invalid.to_numpy()[codes], index=values.index, dtype=bool),
    )


def _day_month_year(cells: list[str]) -> dict[int, tuple[int, int, int]]:
    """The cells written as LinkedIn writes dates (``07 Mar 2020``): (year, month, day) by
    position, read without a regular expression; the other cells are left to ``DATE``."""
    found = {}
    for position, cell in enumerate(cells):
        parts = cell.split()
        if len(parts) == 3 and len(parts[2]) == 4 and parts[0].isdigit() and parts[2].isdigit():
            month = MONTHS.get(parts[1].casefold().rstrip("."))
            if month:
                found[position] = (int(parts[2]), month, int(parts[0]))
    return found


def _assembled(year, month, day) -> np.ndarray:
    """Whole (year, month, day) numbers as ``datetime64[s]`` days; NaT where there is no such
    day (``30 Feb``, month 13): what ``pd.to_datetime`` of the three columns gives, in numpy
    (that assembly cost ten times more than the reading of the cells)."""
    year, month, day = (np.asarray(values, dtype=np.int64) for values in (year, month, day))
    real = (month >= 1) & (month <= 12) & (day >= 1)
    months = ((year - 1970) * 12 + np.where(real, month, 1) - 1).astype("datetime64[M]")
    start = months.astype("datetime64[D]")
    length = ((months + 1).astype("datetime64[D]") - start).astype(np.int64)
    real &= day <= length
    days = start + np.where(real, day, 1) - 1
    assembled = days.astype("datetime64[s]")
    assembled[~real] = np.datetime64("NaT")
    return assembled


# The months LinkedIn's dates name in three ASCII letters, as the letters' codes in one number.
_MONTH_CODES = {
    int.from_bytes(name.encode("ascii"), "big"): month
    for name, month in MONTHS.items()
    if len(name) == 3 and name.isascii() and name.isalpha()
}
_CODES, _CODE_MONTHS = (np.array(sorted(_MONTH_CODES)),
                        np.array([_MONTH_CODES[c] for c in sorted(_MONTH_CODES)]))  # fmt: skip


def _linkedin_days(cells: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """(years, months, days) when every cell is written ``07 Mar 2020`` exactly (two digits,
    three ASCII letters, four digits), read as ``_day_month_year`` would read them, in numpy
    over the cells' bytes; ``None`` otherwise (``_day_month_year`` then reads them)."""
    joined = "".join(cells)
    if not cells or not joined.isascii() or len(joined) != 11 * len(cells):
        return None
    if any(len(cell) != 11 for cell in cells):
        return None
    chars = np.frombuffer(joined.encode("ascii"), dtype=np.uint8).reshape(-1, 11)
    digits = chars[:, [0, 1, 7, 8, 9, 10]].astype(np.int64) - ord("0")
    if not (((digits >= 0) & (digits <= 9)).all() and (chars[:, [2, 6]] == ord(" ")).all()):
        return None
    # Setting bit 5 lowers an ASCII letter's case (``casefold``) and turns no other byte into
    # a letter: a month found is three letters.
    letters = (chars[:, 3:6] | 0x20).astype(np.int64)
    codes = (letters * np.array([1 << 16, 1 << 8, 1])).sum(axis=1)
    slots = np.minimum(np.searchsorted(_CODES, codes), len(_CODES) - 1)
    if not (_CODES[slots] == codes).all():
        return None
    day = digits[:, 0] * 10 + digits[:, 1]
    year = digits[:, 2] * 1000 + digits[:, 3] * 100 + digits[:, 4] * 10 + digits[:, 5]
    return year, _CODE_MONTHS[slots], day


def _parse_distinct(text: pd.Series, order: str) -> tuple[pd.Series, pd.Series]:
    cells = text.tolist()
    days = _linkedin_days(cells)
    if days is not None:  # a LinkedIn export's dates, all of them
        parsed = pd.Series(_assembled(*days), index=text.index)
        return parsed, parsed.isna()
    quick = _day_month_year(cells)
    if quick and len(quick) == len(text):
        year, month, day = zip(*quick.values(), strict=True)
        parsed = pd.Series(_assembled(year, month, day), index=text.index)
        return parsed, parsed.isna()
    empty = text.str.strip() == ""
    if "0/0" in "\n".join(text.tolist()):
        empty |= text.str.strip().str.fullmatch(NO_DATE)
    parts = text[~empty].str.extract(DATE)
    names = parts["month_name"].fillna(parts["month_name2"]).str.casefold()
    slashed_month, slashed_day = ("first", "second") if order == "month" else ("second", "first")
    month = pd.to_numeric(names.map(MONTHS), errors="coerce")
    month = month.fillna(pd.to_numeric(parts[slashed_month], errors="coerce"))
    month = month.fillna(pd.to_numeric(parts["month4"], errors="coerce"))
    day = parts["day"].fillna(parts["day2"]).fillna(parts[slashed_day]).fillna(parts["day4"])
    year = parts["year"].fillna(parts["year2"]).fillna(parts["year3"]).fillna(parts["year4"])
    year = pd.to_numeric(year, errors="coerce")
    year = year + (year < 100) * (year <= 69) * 2000 + (year < 100) * (year > 69) * 1900
    assembled = pd.to_datetime(
        pd.DataFrame({"year": year, "month": month, "day": pd.to_numeric(day, errors="coerce")}),
        errors="coerce",
    )
    parsed = pd.Series(pd.NaT, index=text.index, dtype="datetime64[s]")
    parsed[~empty] = assembled.astype("datetime64[s]")
    return parsed, parsed.isna() & ~empty

"""Dates as exports write them, read strictly: never rolled over, never taken for Excel serials.

LinkedIn writes ``07 Mar 2020`` (before 2019: ``1/8/18, 6:14 PM``, month first); a French Excel
re-save writes ``02/12/2024`` (day first); Outlook writes ``0/0/00`` for "no date".
"""

from __future__ import annotations

import re

import pandas as pd

NO_DATE = re.compile(r"|0{1,2}/0{1,2}/0{2,4}")  # Outlook writes 0/0/00 for "no date"
# French month names a re-saved file may carry, mapped to the English abbreviations strptime knows.
_FRENCH_MONTHS = {
    "janv": "Jan", "févr": "Feb", "fevr": "Feb", "mars": "Mar", "avr": "Apr", "mai": "May",
    "juin": "Jun", "juil": "Jul", "août": "Aug", "aout": "Aug", "sept": "Sep", "oct": "Oct",
    "nov": "Nov", "déc": "Dec", "dec": "Dec",
}  # fmt: skip
_FRENCH_MONTH = re.compile(r"\b(" + "|".join(_FRENCH_MONTHS) + r")[a-zéû]*\.?", re.IGNORECASE)
_SLASHED = re.compile(r"^\s*(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})\b")
_TIME_SUFFIX = re.compile(r"(,?\s+\d{1,2}:\d{2}(:\d{2})?(\s*[AP]M)?|T\d{2}:\d{2}.*)$", re.I)
TEXT_FORMATS = ("%d %b %Y", "%d %B %Y", "%b %d %Y", "%B %d %Y", "%Y-%m-%d")


def slash_order(values: pd.Series, day_first_hint: bool) -> str | None:
    """``day`` or ``month``: which comes first in this file's ``a/b/yy`` dates (``None``: none).

    A part above 12 settles it; an ``AM``/``PM`` time means LinkedIn's American format; otherwise
    the hint (a French spreadsheet re-save) decides.
    """
    parts = values.str.extract(_SLASHED).dropna()
    if parts.empty:
        return None
    first, second = parts[0].astype(int), parts[1].astype(int)
    if (first > 12).any() and not (second > 12).any():
        return "day"
    if (second > 12).any() and not (first > 12).any():
        return "month"
    if values.str.contains(r"\d\s*[AP]M\s*$", case=False, regex=True).any():
        return "month"
    return "day" if day_first_hint else "month"


def parse_dates(values: pd.Series, order: str) -> tuple[pd.Series, pd.Series]:
    """(dates, invalid): dates as ``datetime64[s]`` (NaT when empty or invalid); ``invalid`` marks
    the non-empty values that are not a real date (``30 Feb 2021``, ``#VALUE!``, ``43891``)."""
    text = values.fillna("").astype(str).str.strip()
    empty = text.str.fullmatch(NO_DATE)
    bare = text.str.replace(_TIME_SUFFIX, "", regex=True).str.strip()
    bare = bare.str.replace(_FRENCH_MONTH, lambda m: _FRENCH_MONTHS[_month_key(m)], regex=True)
    bare = bare.str.replace(",", " ", regex=False).str.replace(r"\s+", " ", regex=True)
    parsed = pd.Series(pd.NaT, index=values.index, dtype="datetime64[s]")
    slashed = bare.str.replace(".", "/", regex=False)
    slash_formats = ("%d/%m/%Y", "%d/%m/%y") if order == "day" else ("%m/%d/%Y", "%m/%d/%y")
    for source, formats in ((bare, TEXT_FORMATS), (slashed, slash_formats)):
        for date_format in formats:
            missing = parsed.isna() & ~empty
            if not missing.any():
                break
            attempt = pd.to_datetime(source[missing], format=date_format, errors="coerce")
            parsed[missing] = attempt.astype("datetime64[s]")
    invalid = parsed.isna() & ~empty
    return parsed, invalid


def _month_key(match: re.Match) -> str:
    word = match.group(1).casefold()
    return word if word in _FRENCH_MONTHS else word[:4]

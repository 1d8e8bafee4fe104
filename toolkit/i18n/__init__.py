"""Participant-facing text: French (default) and English catalogues.

Each language is a folder of TOML files, one per area of the toolkit (``fr/core.toml``,
``fr/importers.toml``...), merged into one catalogue; a key may be defined in one file only.
"""

from __future__ import annotations

import os
import string
import tomllib
from functools import cache
from pathlib import Path

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"
_CATALOGUE_DIR = Path(__file__).parent

_current = os.environ.get("ATELIER_LANG", DEFAULT_LANGUAGE)
if _current not in LANGUAGES:
    _current = DEFAULT_LANGUAGE


def _flatten(table: dict, prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, name + "."))
        else:
            flat[name] = str(value)
    return flat


@cache
def catalogue(lang: str) -> dict[str, str]:
    """All messages of one language, keyed by dotted name (``errors.empty_name``)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {LANGUAGES}")
    merged: dict[str, str] = {}
    for path in sorted((_CATALOGUE_DIR / lang).glob("*.toml")):
        with open(path, "rb") as handle:
            messages = _flatten(tomllib.load(handle))
        repeated = sorted(set(messages) & set(merged))
        if repeated:
            raise ValueError(f"{path.name} repeats keys defined in another file: {repeated}")
        merged.update(messages)
    return merged


def placeholders(message: str) -> set[str]:
    """The ``{name}`` fields a message expects."""
    return {field for _, field, _, _ in string.Formatter().parse(message) if field}


def set_language(lang: str) -> None:
    """Switch every participant-facing message to ``lang`` ("fr" or "en")."""
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {LANGUAGES}")
    _current = lang


def get_language() -> str:
    """The language messages are currently given in."""
    return _current


def t(key: str, lang: str | None = None, **params: object) -> str:
    """The message ``key`` in ``lang`` (default: the current language), filled with ``params``."""
    message = catalogue(lang or _current)[key]
    return message.format(**params) if params else message


def decimal(value: float, digits: int = 1, lang: str | None = None) -> str:
    """A number as the participant writes it: "0,8" in French, "0.8" in English."""
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if (lang or _current) == "fr" else text


def _locale(lang: str | None) -> str:
    return lang or _current


def plural(key: str, count: int, lang: str | None = None, **params: object) -> str:
    """The message ``key`` in the plural form ``count`` takes in the language (CLDR rules, Babel).

    The catalogue holds one sub-key per CLDR category the language uses: ``key.one`` and
    ``key.other`` (French counts 0 and 1 as "one"). ``{count}`` is filled with the number written
    the participant's way.
    """
    from babel import Locale  # Babel's locale data loads on first use, not at import

    language = _locale(lang)
    category = Locale.parse(language).plural_form(abs(count))
    messages = catalogue(language)
    message = messages.get(f"{key}.{category}", messages[f"{key}.other"])
    return message.format(count=number(count, lang=language), **params)


def number(value: float, digits: int = 0, lang: str | None = None) -> str:
    """A number in the participant's locale: "1 234,5" (narrow no-break space) or "1,234.5"."""
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(value, format=pattern, locale=_locale(lang))


def percent(share: float, digits: int = 0, lang: str | None = None) -> str:
    """A share (0.57) as a percentage in the participant's locale: "57 %" or "57%"."""
    from babel import Locale
    from babel.numbers import format_percent

    language = _locale(lang)
    pattern = Locale.parse(language).percent_formats[None].pattern
    if digits:
        pattern = pattern.replace("#,##0", "#,##0." + "0" * digits)
    # French typography wants a narrow no-break space before "%", where CLDR has a wide one.
    return format_percent(share, format=pattern, locale=language).replace("\u00a0", "\u202f")


def date_text(day: object, style: str = "long", lang: str | None = None) -> str:
    """A date in words in the participant's locale ("1 juin 2026", "June 1, 2026").

    ``style`` is Babel's: "short", "medium", "long", "full" (with the weekday), or a CLDR pattern
    such as "EEEE d MMMM".
    """
    from babel.dates import format_date

    return format_date(day, format=style, locale=_locale(lang))

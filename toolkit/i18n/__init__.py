"""Participant-facing text: French (default) and English catalogues.

Each language is a folder of TOML files, one per area of the toolkit (``fr/core.toml``,
``fr/importers.toml``...), merged into one catalogue; a key may be defined in one file only.

French typography is applied when the catalogue loads (``french_spacing``): the files keep
plain spaces, readable and easy to review, and every key added in any file gets the narrow
no-break spaces without anyone typing an invisible character. Elision where a value is
inserted ("de {name}" with "Amélie" -> "d'Amélie") happens when a message is filled.
A message whose key holds ``one`` / ``other`` sub-keys is a plural: ``t(key, count=n)``.
"""

from __future__ import annotations

import os
import re
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
        if lang == "fr":
            messages = {key: french_spacing(text) for key, text in messages.items()}
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


NARROW_NBSP = "\u202f"
# A field of a message ("{name}", "{share:.0%}"): typography never touches what is inside.
_FIELD = re.compile(r"\{[^{}]*\}")
_SPACE_BEFORE = re.compile(r"[ \u00a0]+(?=[;:!?»%])")
_SPACE_AFTER = re.compile(r"(?<=«)[ \u00a0]+")
_MISSING_BEFORE = re.compile(
    r"(?<=[\w})»…])(?=[;!?](?:\s|$|[)\"'’»,.<]))"  # "Prêt?" -> "Prêt ?" (not "?x=1" in a URL)
    r"|(?<=[^\W\d_]|[})»])(?=:(?:\s|$))"  # "Note:" -> "Note :" (not "14:30", "https://")
    r"|(?<=[\d}])(?=%)"  # "57%", "{share}%"
    r"|(?<=[^\s«])(?=»)"
    r"|(?<=«)(?=[^\s»])"
)


def french_spacing(text: str) -> str:
    """French typography: a narrow no-break space before ; : ! ? % » and after «.

    Plain and no-break spaces there become narrow ones; a missing one is added ("Prêt?" ->
    "Prêt\u202f?"). Fields (``{name}``, ``{share:.0%}``), times ("14:30") and addresses
    ("https://") are left alone.
    """
    fields = [match.span() for match in _FIELD.finditer(text)]

    def outside(position: int) -> bool:
        return not any(start < position < end for start, end in fields)

    def narrow(match: re.Match) -> str:
        return NARROW_NBSP if outside(match.start()) else match.group()

    for pattern in (_SPACE_BEFORE, _SPACE_AFTER):
        text = pattern.sub(narrow, text)
        fields = [match.span() for match in _FIELD.finditer(text)]
    return _MISSING_BEFORE.sub(narrow, text)


def typeset(value: object, lang: str) -> object:
    """``value`` (a text, or a table or list of them, as read from a TOML file) with the
    language's typography: ``french_spacing`` on every text in French, unchanged otherwise."""
    if lang != "fr":
        return value
    if isinstance(value, str):
        return french_spacing(value)
    if isinstance(value, dict):
        return {key: typeset(item, lang) for key, item in value.items()}
    if isinstance(value, list):
        return [typeset(item, lang) for item in value]
    return value


_VOWELS = frozenset("aeiouàâäéèêëîïôöùûüœæ")
_ELIDED = ("de", "que", "le", "la", "jusque", "lorsque", "puisque")
# "de {name}" in a French message, where the value decides: "d'Amélie", "de Karim".
_ELIDABLE_FIELD = re.compile(
    r"(?<![\w'’-])(" + "|".join(w + "|" + w.capitalize() for w in _ELIDED) + r") \{(\w+)\}"
)


def starts_with_vowel_sound(word: str) -> bool:
    """Whether French elides before ``word``: a vowel ("Amélie", "Inès", "IBM"), or a "y" that is
    one ("Yves", not "Yann"). An "h" is left alone: mute or aspirated, only a dictionary knows."""
    low = word.strip().casefold()
    if not low:
        return False
    if low[0] == "y":
        return len(low) > 1 and low[1] not in _VOWELS and low[1].isalpha()
    return low[0] in _VOWELS


def elide(word: str, following: str) -> str:
    """``word`` ("de", "que", "le", "la"...) before ``following``, elided when French wants it:
    ``elide("de", "Amélie")`` -> "d'Amélie", ``elide("de", "Karim")`` -> "de Karim"."""
    if starts_with_vowel_sound(following):
        return f"{word[:-1]}'{following}"
    return f"{word} {following}"


def _fill(message: str, lang: str, params: dict[str, object]) -> str:
    if not params:
        return message
    if lang == "fr":

        def elided(match: re.Match) -> str:
            word, field = match.groups()
            value = params.get(field)
            if value is not None and starts_with_vowel_sound(str(value)):
                return f"{word[:-1]}'{{{field}}}"
            return match.group()

        message = _ELIDABLE_FIELD.sub(elided, message)
    return message.format(**params)


def t(key: str, lang: str | None = None, **params: object) -> str:
    """The message ``key`` in ``lang`` (default: the current language), filled with ``params``.

    A plural message (sub-keys ``key.one`` / ``key.other``) takes its form from ``count``.
    """
    language = lang or _current
    messages = catalogue(language)
    if key not in messages and f"{key}.other" in messages and "count" in params:
        count = params.pop("count")
        return plural(key, count, language, **params)  # type: ignore[arg-type]
    return _fill(messages[key], language, params)


def decimal(value: float, digits: int = 1, lang: str | None = None) -> str:
    """A number as the participant writes it: "0,8" in French, "0.8" in English (Babel)."""
    return number(value, digits, lang)


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
    return _fill(message, language, {"count": number(count, lang=language), **params})


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


# The workshop's English is British (« practise », « favour »), and so are its dates: day before
# month, as in French, so a bilingual room reads "01/06/2026" as one day, not two.
DATE_LOCALES = {"fr": "fr", "en": "en_GB"}


def date_text(day: object, style: str = "long", lang: str | None = None) -> str:
    """A date in words in the participant's locale ("1 juin 2026", "1 June 2026").

    ``style`` is Babel's: "short", "medium", "long", "full" (with the weekday), or a CLDR pattern
    such as "EEEE d MMMM".
    """
    from babel.dates import format_date

    language = _locale(lang)
    return format_date(day, format=style, locale=DATE_LOCALES.get(language, language))


def day_text(day: object, style: str = "full", lang: str | None = None) -> str:
    """``date_text`` with the French ordinal for the first of the month: "lundi 1er juin 2026".

    CLDR writes "lundi 1 juin"; French usage writes "1er" for the first day only.
    """
    text = date_text(day, style, lang)
    if _locale(lang) == "fr" and getattr(day, "day", None) == 1:
        text = re.sub(r"(?<!\d)1(?= )", "1er", text, count=1)
    return text


def long_date(day: object, lang: str | None = None) -> str:
    """A day as the toolkit writes it in sentences, with its weekday: ``day_text``'s "full"
    style, "mardi 1er septembre 2026", "Tuesday, 1 September 2026"."""
    return day_text(day, "full", lang)

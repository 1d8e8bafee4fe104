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

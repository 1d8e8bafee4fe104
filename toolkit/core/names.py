"""Keys that tell when two spellings name the same person. Pure functions."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

from toolkit.core.model import clean_text

# Titles and degrees that exports append to names ("Moreau, PhD"): not part of who someone is.
CREDENTIALS = frozenset(
    {
        "phd", "mba", "emba", "cfa", "pmp", "msc", "bsc", "cpa", "acca", "frm", "cfp", "csm",
        "hdr", "dr", "prof", "ing", "mme", "mlle", "mr", "mrs", "ms", "jr", "sr", "ii", "iii",
        "esq",
    }
)  # fmt: skip
_NOT_ALPHANUMERIC = re.compile(r"[^a-z0-9]+")


def name_key(name: str) -> str:
    """A name reduced for comparison: no accents, case, punctuation, credentials or word order."""
    plain = name
    if not name.isascii():
        plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    words = _NOT_ALPHANUMERIC.sub(" ", plain.casefold()).split()
    return " ".join(sorted(w for w in words if w not in CREDENTIALS)) or name.casefold().strip()


def exact_name_key(name: str) -> str:
    """A name without accents, case or extra spaces, word order kept.

    The key of names stored in debrief origins: it must never change, so it stays this simple.
    To compare people, use ``name_key``.
    """
    text = unicodedata.normalize("NFKD", clean_text(name).casefold())
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


def told_apart(names: Iterable[str], companies: Iterable[object]) -> list[str]:
    """Names as a participant can tell them apart: "Chloé Martin (Orvelle)" when another
    contact has the same name, the name alone otherwise (or when no company is known)."""
    names = [str(name) for name in names]
    companies = ["" if c is None or c != c else clean_text(c) for c in companies]
    keys = [name_key(name) for name in names]
    counts = Counter(keys)
    return [
        f"{name} ({company})" if counts[key] > 1 and company else name
        for name, company, key in zip(names, companies, keys, strict=True)
    ]

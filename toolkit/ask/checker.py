"""The ask checker: is an ask precise, vague, or too big? Pure; rules in ``ask_rules/<lang>.toml``.

It coaches like a trainer: each criterion passes or fails with a sentence that quotes the words
behind it and says what to change (P5 precise ask, P6 small ask, P7 upward, P8 an offer).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from toolkit.core.errors import ValidationError
from toolkit.core.model import TEXT_LIMIT
from toolkit.i18n import t

RULES_DIR = Path(__file__).parent / "rules"
CRITERIA = ("target", "niche", "differentiator", "offer", "ask_size", "concise", "their_work")
WEIGHTS = {
    "target": 20,
    "niche": 20,
    "differentiator": 15,
    "offer": 15,
    "ask_size": 15,
    "concise": 10,
    "their_work": 5,
}
UPWARD_PENALTY = 0.6  # per missing offer or reference to their work, with someone above (P7)
VAGUE_PENALTY = 10
TYPO_MIN_LENGTH = 5  # shorter words must match exactly


@dataclass(frozen=True)
class Criterion:
    """One criterion's outcome, its explanation and the words that decided it."""

    name: str
    status: str  # "pass", "fail" or "n/a"
    explanation: str
    suggestion: str = ""
    quote: tuple[str, ...] = ()


@dataclass(frozen=True)
class Assessment:
    """The verdict on an ask, its score and every criterion."""

    verdict: str  # "precise", "vague" or "too_big"
    score: int
    criteria: dict[str, Criterion] = field(default_factory=dict)
    vague_words: tuple[str, ...] = ()


WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")  # apostrophes split elisions: qu'il -> qu, il


def _plain(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode("ascii").lower()


def words_of(text: str) -> list[str]:
    """The words as written (apostrophes split elisions: ``qu'il`` -> ``qu``, ``il``)."""
    return WORD.findall(unicodedata.normalize("NFC", text))


def tokens(text: str) -> list[str]:
    """The words without accents or case, for matching."""
    return [_plain(word) for word in words_of(text)]


def _same_word(written: str, expected: str, exact: frozenset[str] = frozenset()) -> bool:
    if written == expected:
        return True
    if len(expected) < TYPO_MIN_LENGTH or written in exact or expected in exact:
        return False
    return Levenshtein.distance(written, expected) <= (1 if len(expected) < 9 else 2)


def find(phrases: list[str], text: str, exact: frozenset[str] = frozenset()) -> list[str]:
    """Phrases of a rule found in the text (typos tolerated), quoted exactly as typed."""
    text = unicodedata.normalize("NFC", text)
    spans = [match.span() for match in WORD.finditer(text)]
    words = [_plain(text[start:end]) for start, end in spans]
    found = []
    for phrase in phrases:
        wanted = tokens(phrase)
        size = len(wanted)
        for first in range(len(words) - size + 1):
            if all(_same_word(words[first + i], w, exact) for i, w in enumerate(wanted)):
                found.append(text[spans[first][0] : spans[first + size - 1][1]])
                break
    return found


@cache
def rules(lang: str) -> dict:
    """The rule lists of one language, read from the file a trainer can edit."""
    with open(RULES_DIR / f"{lang}.toml", "rb") as handle:
        return tomllib.load(handle)


def _criterion(name: str, passed: bool | None, quote: list[str], lang: str, **params) -> Criterion:
    if passed is None:
        return Criterion(name, "n/a", t(f"asks.criteria.{name}.na", lang))
    status = "pass" if passed else "fail"
    words = ", ".join(f"« {q} »" if lang == "fr" else f"“{q}”" for q in quote)
    return Criterion(
        name,
        status,
        t(f"asks.criteria.{name}.{status}", lang, words=words, **params),
        "" if passed else t(f"asks.criteria.{name}.suggestion", lang, **params),
        tuple(quote),
    )


ASK_LIMIT = 2 * TEXT_LIMIT  # a few sentences; a page of text still gets a verdict


def check(
    text: str, lang: str = "fr", relation: str | None = None, circle: int | None = None
) -> Assessment:
    """Assess an ask: ``too_big`` if the ask size fails, ``vague`` if the target or the niche
    fails, else ``precise``; a 0–100 score; each criterion explained in ``lang``.

    An ask is a few sentences: a text longer than ``ASK_LIMIT`` is refused with a clear
    message rather than read (a pasted book froze the kernel for minutes)."""
    if len(text) > ASK_LIMIT:
        raise ValidationError("errors.too_long", field=t("fields.text", lang), limit=ASK_LIMIT)
    rule = rules(lang)
    words = tokens(text)
    exact = frozenset(rule.get("exact_words", []))

    def hits(key: str) -> list[str]:
        return find(rule[key], text, exact)

    weak_tie = circle is not None and circle >= 4
    big = hits("big_ask") + (hits("big_for_weak_ties") if weak_tie else [])
    small = hits("small_ask")
    references = hits("their_work")
    upward = relation == "above"
    criteria = {
        "target": _criterion("target", bool(hits("target")), hits("target"), lang),
        "niche": _criterion("niche", bool(hits("niche")), hits("niche"), lang),
        "differentiator": _criterion(
            "differentiator", bool(hits("differentiator")), hits("differentiator"), lang
        ),
        "offer": _criterion("offer", bool(hits("offer")), hits("offer"), lang),
        "ask_size": _criterion("ask_size", not big, big or small, lang),
        "concise": _criterion(
            "concise",
            len(words) <= rule["max_words"],
            [],
            lang,
            count=len(words),
            limit=rule["max_words"],
        ),
        "their_work": _criterion(
            "their_work", bool(references) if upward else None, references, lang
        ),
    }
    vague_words = tuple(hits("vague"))
    if criteria["ask_size"].status == "fail":
        verdict = "too_big"
    elif "fail" in (criteria["target"].status, criteria["niche"].status):
        verdict = "vague"
    else:
        verdict = "precise"
    return Assessment(verdict, _score(criteria, upward, len(vague_words)), criteria, vague_words)


def _score(criteria: dict[str, Criterion], upward: bool, vague_count: int) -> int:
    applicable = {n: c for n, c in criteria.items() if c.status != "n/a"}
    earned = sum(WEIGHTS[n] for n, c in applicable.items() if c.status == "pass")
    score = 100 * earned / sum(WEIGHTS[n] for n in applicable)
    if upward:
        for name in ("offer", "their_work"):
            if criteria[name].status == "fail":
                score *= UPWARD_PENALTY
    return max(0, round(score - VAGUE_PENALTY * vague_count))


# -- the ask builder -----------------------------------------------------------------------------

BUILDER_FIELDS = ("help", "helper", "domain", "niche", "experience", "offer")
HELP_KINDS = ("advice", "information", "introduction", "feedback")


def build_ask(fields: dict[str, str], lang: str = "fr", contact_name: str = "") -> str:
    """A first draft from the builder's fields, in the participant's language; empty fields are
    left out, so the draft reads well at every stage and the checker shows what is missing."""
    values = {k: " ".join(str(fields.get(k) or "").split()) for k in BUILDER_FIELDS}
    help_kind = values["help"] if values["help"] in HELP_KINDS else "advice"
    parts = [
        t("asks.builder.greeting", lang, name=contact_name).replace("  ", " ").replace(" ,", ","),
        t(
            "asks.builder.looking",
            lang,
            helper=values["helper"] or t("asks.builder.someone", lang),
            help=t(f"asks.builder.help.{help_kind}", lang),
        ),
    ]
    if values["domain"]:
        parts[-1] += t("asks.builder.domain", lang, domain=values["domain"])
    if values["niche"]:
        parts[-1] += t("asks.builder.niche", lang, niche=values["niche"])
    parts[-1] += "."
    if values["experience"]:
        parts.append(t("asks.builder.experience", lang, experience=values["experience"]))
    if values["offer"]:
        parts.append(t("asks.builder.offer", lang, offer=values["offer"]))
    return " ".join(parts)

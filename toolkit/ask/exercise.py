"""Self-paced ask exercises: rewrite five vague asks, and classify asks as precise, vague or too
big. Pure; the asks, hints, model answers and explanations live in the catalogue
(``exercise.asks.*``); the checker (``asks.check``) gives the feedback on rewrites.
"""

from __future__ import annotations

from dataclasses import dataclass

from toolkit.ask.checker import check
from toolkit.core.errors import ValidationError
from toolkit.i18n import get_language, t

REWRITES = ("job_anywhere", "opportunities", "network", "career_change", "marketing")
# Asks to classify, with the verdict the method (and the checker) gives them.
CLASSIFY = {
    "cold_chain": "precise",
    "anything": "vague",
    "hire_me": "too_big",
    "career_advice": "vague",
    "organic_buyer": "precise",
    "find_me_a_job": "too_big",
    "digital_leads": "vague",
    "invest": "too_big",
}
VERDICTS = ("precise", "vague", "too_big")


@dataclass(frozen=True)
class Feedback:
    """How one answer fares, in one or two sentences (``status``: ``unanswered``, ``right``,
    ``unchanged``, ``not_yet`` or ``wrong``)."""

    key: str
    status: str
    message: str
    score: int | None = None


def _same(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def check_rewrite(key: str, text: str | None, lang: str | None = None) -> Feedback:
    """Feedback on one rewrite: precise (right), or what the checker still finds missing."""
    lang = lang or get_language()
    text = (text or "").strip()
    if not text:
        return Feedback(key, "unanswered", t("exercise.asks.unanswered_rewrite", lang))
    if _same(text, t(f"exercise.asks.rewrite.{key}.vague", lang)):
        return Feedback(key, "unchanged", t("exercise.asks.unchanged", lang))
    try:
        result = check(text, lang)
    except ValidationError as error:  # far too long to be an ask
        return Feedback(key, "not_yet", error.message(lang))
    verdict = t(f"asks.verdict.{result.verdict}", lang)
    if result.verdict == "precise":
        message = t("exercise.asks.rewrite_right", lang, score=result.score)
        return Feedback(key, "right", message, result.score)
    missing = [c.suggestion for c in result.criteria.values() if c.status == "fail"]
    message = t("exercise.asks.rewrite_not_yet", lang, verdict=verdict, score=result.score)
    return Feedback(key, "not_yet", " ".join([message, *missing]), result.score)


def check_rewrites(answers: dict[str, str], lang: str | None = None) -> list[Feedback]:
    """One feedback per vague ask, in order; an empty box is "not answered yet"."""
    return [check_rewrite(key, answers.get(key), lang) for key in REWRITES]


def check_classification(answers: dict[str, str | None], lang: str | None = None) -> list[Feedback]:
    """One feedback per ask to classify, in order, each explaining the right verdict."""
    lang = lang or get_language()
    result = []
    for key, expected in CLASSIFY.items():
        chosen = answers.get(key)
        why = t(f"exercise.asks.classify.{key}.why", lang)
        if chosen is None:
            result.append(Feedback(key, "unanswered", t("exercise.asks.unanswered_classify", lang)))
        elif chosen == expected:
            result.append(Feedback(key, "right", t("exercise.right", lang, why=why)))
        else:
            verdict = t(f"asks.verdict.{expected}", lang)
            message = t("exercise.asks.classify_wrong", lang, verdict=verdict, why=why)
            result.append(Feedback(key, "wrong", message))
    return result


def right_answers(feedback: list[Feedback]) -> int:
    """How many answers are right."""
    return sum(f.status == "right" for f in feedback)

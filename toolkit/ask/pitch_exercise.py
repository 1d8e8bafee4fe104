"""Self-paced exercise: five 30-second introductions; what does each one miss?

Pure. Each introduction's three parts live in the catalogue (``exercise.pitch.<key>``), and a
test checks that the pitch builder itself finds the expected answer in each.
"""

from __future__ import annotations

from toolkit.ask.pitch import PITCH_FIELDS
from toolkit.core.verdicts import Verdict
from toolkit.i18n import catalogue, get_language, t

CHOICES = ("who", "looking_for", "offer", "time", "nothing")
# The introductions, and what the method says each one misses.
EXPECTED = {"karim": "offer", "lea": "who", "julien": "looking_for", "nadia": "time",
            "sami": "nothing"}  # fmt: skip


def parts(key: str, lang: str | None = None) -> dict[str, str]:
    """An introduction's three parts as its author wrote them ("" for a part left out: the
    catalogue has no message for it)."""
    messages = catalogue(lang or get_language())
    return {name: messages.get(f"exercise.pitch.{key}.{name}", "") for name in PITCH_FIELDS}


def choice_label(choice: str, lang: str | None = None) -> str:
    """The words for one possible answer."""
    return t(f"exercise.pitch.choices.{choice}", lang)


def check(answers: dict[str, str | None]) -> list[Verdict]:
    """One verdict per introduction, in order; a missing answer is "not answered yet"."""
    verdicts = []
    for key, expected in EXPECTED.items():
        answer = answers.get(key)
        why = t(f"exercise.pitch.{key}.why")
        if not answer:
            verdicts.append(Verdict(key, "unanswered", t("exercise.pitch.unanswered")))
        elif answer == expected:
            verdicts.append(Verdict(key, "right", t("exercise.right", why=why)))
        else:
            message = t("exercise.pitch.wrong", expected=choice_label(expected), why=why)
            verdicts.append(Verdict(key, "wrong", message))
    return verdicts

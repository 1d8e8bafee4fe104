"""Self-paced exercise: from the summary of a meeting, fill the debrief; what did you miss?

Pure. The summary and a model answer are in the catalogue (``exercise.debrief``); the check
uses the same gaps as the debrief screen (``interviews.missing``): no names asked for, no
give-back offered, no thank-you planned, nothing learned noted.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from toolkit.core.names import exact_name_key
from toolkit.core.verdicts import Verdict
from toolkit.i18n import t
from toolkit.interviews.meetings import debrief_from_fields

# The people the summary names; a debrief should keep both (in any form: "Ines marchand").
EXPECTED_NAMES = ("Inès Marchand", "Paul Renard")
FIELDS = ("learned", "names", "next_steps", "give_back", "thanks")
# What a note must hold to count: a few real words, not "x" or "ok".
MIN_WORDS = {"learned": 5, "next_steps": 3, "give_back": 3}
# The summary's points (as word stems, fr and en): a "learned" note should keep at least one.
SUMMARY_POINTS = ("label", "audit", "association", "profil", "fournisseur", "supplier")
# A next step is written down only with its when: a day, a date, "next week", "demain"...
_WHEN = re.compile(
    r"\d|\b(demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|semaine|mois|"
    r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
    r"novembre|décembre|decembre|aujourd|ce soir|d'ici|tomorrow|today|tonight|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday|week|month|january|february|march|"
    r"april|june|july|august|september|october|november|december|within)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]{2,}")


def check(fields: Mapping[str, object]) -> list[Verdict]:
    """One verdict per part of the debrief, in order."""
    debrief = debrief_from_fields(fields)
    given = {exact_name_key(n.name) for n in debrief.names}
    found = [n for n in EXPECTED_NAMES if any(exact_name_key(n) in g for g in given)]
    verdicts = [_learned(" ".join(filter(None, (debrief.learned, debrief.advice))))]
    if len(found) == len(EXPECTED_NAMES):
        verdicts.append(Verdict("names", "right", t("exercise.debrief.names_right")))
    elif found or given:
        missed = ", ".join(n for n in EXPECTED_NAMES if n not in found)
        verdicts.append(Verdict("names", "close", t("exercise.debrief.names_close", missed=missed)))
    else:
        verdicts.append(Verdict("names", "wrong", t("interviews.missing.no_names")))
    verdicts.append(_next_steps(debrief.next_steps))
    verdicts.append(_present("give_back", _enough("give_back", debrief.give_back), "no_give_back"))
    verdicts.append(_present("thanks", debrief.thanks, "no_thanks"))
    return verdicts


def _enough(key: str, text: str) -> bool:
    """Whether a note holds a few real words (filler such as "x" or "ok" does not count)."""
    return len(_WORD.findall(text or "")) >= MIN_WORDS[key]


def _learned(text: str) -> Verdict:
    if not _enough("learned", text):
        gap = "learned_too_short" if text.strip() else "no_learned"
        source = "exercise.debrief" if text.strip() else "interviews.missing"
        return Verdict("learned", "wrong", t(f"{source}.{gap}"))
    if not any(point in text.casefold() for point in SUMMARY_POINTS):
        return Verdict("learned", "close", t("exercise.debrief.learned_close"))
    return Verdict("learned", "right", t("exercise.debrief.learned_right"))


def _next_steps(text: str) -> Verdict:
    if not _enough("next_steps", text):
        return Verdict("next_steps", "wrong", t("exercise.debrief.no_next_steps"))
    if not _WHEN.search(text):
        return Verdict("next_steps", "close", t("exercise.debrief.next_steps_close"))
    return Verdict("next_steps", "right", t("exercise.debrief.next_steps_right"))


def _present(key: str, ok: bool, gap: str) -> Verdict:
    if ok:
        return Verdict(key, "right", t(f"exercise.debrief.{key}_right"))
    source = "exercise.debrief" if gap == "no_next_steps" else "interviews.missing"
    return Verdict(key, "wrong", t(f"{source}.{gap}"))


def solution() -> dict[str, object]:
    """A model debrief of the summary."""
    return {
        "learned": t("exercise.debrief.solution.learned"),
        "names": "\n".join(
            f"{name} — {t(f'exercise.debrief.solution.name_{i}')}"
            for i, name in enumerate(EXPECTED_NAMES)
        ),
        "next_steps": t("exercise.debrief.solution.next_steps"),
        "give_back": t("exercise.debrief.solution.give_back"),
        "thanks": True,
    }

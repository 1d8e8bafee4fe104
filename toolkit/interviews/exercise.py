"""Self-paced exercise: from the summary of a meeting, fill the debrief; what did you miss?

Pure. The summary and a model answer are in the catalogue (``exercise.debrief``); the check
uses the same gaps as the debrief screen (``interviews.missing``): no names asked for, no
give-back offered, no thank-you planned, nothing learned noted.
"""

from __future__ import annotations

from collections.abc import Mapping

from toolkit.core.names import exact_name_key
from toolkit.core.verdicts import Verdict
from toolkit.i18n import t
from toolkit.interviews.meetings import debrief_from_fields

# The people the summary names; a debrief should keep both (in any form: "Ines marchand").
EXPECTED_NAMES = ("Inès Marchand", "Paul Renard")
FIELDS = ("learned", "names", "next_steps", "give_back", "thanks")


def check(fields: Mapping[str, object]) -> list[Verdict]:
    """One verdict per part of the debrief, in order."""
    debrief = debrief_from_fields(fields)
    given = {exact_name_key(n.name) for n in debrief.names}
    found = [n for n in EXPECTED_NAMES if any(exact_name_key(n) in g for g in given)]
    verdicts = [
        _present("learned", bool(debrief.learned or debrief.advice), "no_learned"),
    ]
    if len(found) == len(EXPECTED_NAMES):
        verdicts.append(Verdict("names", "right", t("exercise.debrief.names_right")))
    elif found or given:
        missed = ", ".join(n for n in EXPECTED_NAMES if n not in found)
        verdicts.append(Verdict("names", "close", t("exercise.debrief.names_close", missed=missed)))
    else:
        verdicts.append(Verdict("names", "wrong", t("interviews.missing.no_names")))
    verdicts.append(_present("next_steps", bool(debrief.next_steps), "no_next_steps"))
    verdicts.append(_present("give_back", bool(debrief.give_back), "no_give_back"))
    verdicts.append(_present("thanks", debrief.thanks, "no_thanks"))
    return verdicts


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

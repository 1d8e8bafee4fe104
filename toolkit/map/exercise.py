"""Self-paced exercise: place ten people, described in a few lines, in circles and relations.

Pure: the answers in, a verdict and an explanation per person out. The stories and the
explanations live in the catalogue (``exercise.circles.<key>``).
"""

from __future__ import annotations

from dataclasses import dataclass

from toolkit.core.model import Circle, Relation, label
from toolkit.core.verdicts import Verdict
from toolkit.i18n import t


@dataclass(frozen=True)
class Vignette:
    """A person to place, and where the method would place them."""

    key: str
    circle: Circle
    relation: Relation


VIGNETTES = (
    Vignette("sister", Circle.INTIMATE, Relation.OUTSIDE),
    Vignette("manager", Circle.CLOSE, Relation.ABOVE),
    Vignette("lunch_colleague", Circle.FRIENDS, Relation.PEER),
    Vignette("classmate", Circle.ACQUAINTANCES, Relation.PEER),
    Vignette("target_ceo", Circle.BEYOND, Relation.ABOVE),
    Vignette("former_intern", Circle.FRIENDS, Relation.BELOW),
    Vignette("best_friend", Circle.INTIMATE, Relation.OUTSIDE),
    Vignette("key_client", Circle.CLOSE, Relation.OUTSIDE),
    Vignette("famous_expert", Circle.BEYOND, Relation.ABOVE),
    Vignette("former_colleague", Circle.ACQUAINTANCES, Relation.ABOVE),
)


def check(answers: dict[str, tuple[int | None, str | None]]) -> list[Verdict]:
    """One verdict per vignette, in order; a missing answer is "not answered yet", not an error."""
    verdicts = []
    for vignette in VIGNETTES:
        circle, relation = answers.get(vignette.key, (None, None))
        why = t(f"exercise.circles.{vignette.key}.why")
        if circle is None or relation is None:
            verdicts.append(Verdict(vignette.key, "unanswered", t("exercise.unanswered")))
            continue
        expected = t(
            "exercise.expected", circle=label(vignette.circle), relation=label(vignette.relation)
        )
        if int(circle) == vignette.circle and relation == vignette.relation:
            status, message = "right", t("exercise.right", why=why)
        elif abs(int(circle) - vignette.circle) <= 1 and relation == vignette.relation:
            status, message = "close", t("exercise.close", expected=expected, why=why)
        else:
            status, message = "wrong", t("exercise.wrong", expected=expected, why=why)
        verdicts.append(Verdict(vignette.key, status, message))
    return verdicts

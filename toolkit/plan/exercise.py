"""Self-paced exercise: a week of events; which follow-up does each one call for, and why?

Pure. Each story carries the facts the planner reads (circle, channel, who gave, kind, how long
ago), so a test checks that the planner itself gives the expected answer. Words live in the
catalogue (``exercise.followups.<key>``).
"""

from __future__ import annotations

from dataclasses import dataclass

from toolkit.core.model import Channel, Direction, InteractionKind, Relation
from toolkit.core.verdicts import Verdict
from toolkit.i18n import t
from toolkit.plan.followups import RULES

# The answers one can choose: a rule of the planner, or nothing due yet.
CHOICES = (*(rule for rule in RULES if rule not in ("custom", "share_ask")), "nothing")
# Answers that say nearly the same thing: news without an ask after giving, to wake a tie that
# matters, or because the rhythm is overdue. Choosing one for another is close, not wrong.
NEAR_ANSWERS = (
    frozenset({"after_giving", "news_no_ask"}),
    frozenset({"news_no_ask", "cadence"}),
)


@dataclass(frozen=True)
class Story:
    """An event of the week, and the follow-up the method calls for."""

    key: str
    expected: str
    circle: int
    days_ago: int
    channel: Channel
    direction: Direction
    kind: InteractionKind | None = None
    relation: Relation | None = None


STORIES = (
    Story("fair", "after_event", 4, 1, Channel.IN_PERSON, Direction.EXCHANGE,
          InteractionKind.EVENT),
    Story("email", "email_no_answer", 3, 6, Channel.EMAIL, Direction.EXCHANGE,
          InteractionKind.ASK),
    Story("introduction", "thank_introducer", 3, 3, Channel.PHONE, Direction.RECEIVED,
          InteractionKind.INTRODUCTION),
    Story("helped", "after_giving", 3, 2, Channel.VIDEO, Direction.GAVE, InteractionKind.ADVICE),
    Story("former_manager", "news_no_ask", 3, 400, Channel.PHONE, Direction.EXCHANGE,
          InteractionKind.NEWS, Relation.ABOVE),
    Story("lunch", "cadence", 2, 36, Channel.IN_PERSON, Direction.EXCHANGE, InteractionKind.NEWS),
    Story("sister", "nothing", 1, 2, Channel.PHONE, Direction.EXCHANGE, InteractionKind.NEWS),
)  # fmt: skip


def choice_label(choice: str, lang: str | None = None) -> str:
    """The words for one possible answer."""
    return t(f"exercise.followups.choices.{choice}", lang)


def check(answers: dict[str, str | None]) -> list[Verdict]:
    """One verdict per story, in order; a missing answer is "not answered yet", not an error."""
    verdicts = []
    for story in STORIES:
        answer = answers.get(story.key)
        why = t(f"exercise.followups.{story.key}.why")
        if not answer:
            verdicts.append(Verdict(story.key, "unanswered", t("exercise.followups.unanswered")))
        elif answer == story.expected:
            verdicts.append(Verdict(story.key, "right", t("exercise.right", why=why)))
        elif frozenset({answer, story.expected}) in NEAR_ANSWERS:
            expected = choice_label(story.expected)
            message = t("exercise.followups.close", expected=expected, why=why)
            verdicts.append(Verdict(story.key, "close", message))
        else:
            expected = choice_label(story.expected)
            message = t("exercise.followups.wrong", expected=expected, why=why)
            verdicts.append(Verdict(story.key, "wrong", message))
    return verdicts

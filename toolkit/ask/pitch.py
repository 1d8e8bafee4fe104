"""The 30-second introduction (pitch): who I am, what I look for precisely, what I offer. Pure,
except ``save_pitch`` / ``saved_pitch``, which go through the workspace's settings.

Its length is estimated from the word count at a stated speaking pace (150 words a minute, so
about 75 words in 30 seconds); step 5's three-minute introduction uses the same builder with
its own target. The trio practice grid gives everyone each role once: speaker, listener,
observer.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from toolkit.ask.checker import field_issue
from toolkit.core.errors import ValidationError
from toolkit.core.model import TEXT_LIMIT, clean_text
from toolkit.i18n import plural, t

if TYPE_CHECKING:  # the store is only used through its methods here
    from toolkit.core.store import Workspace

WORDS_PER_MINUTE = 150  # a clear conversational pace: 75 words take about 30 seconds
PITCH_FIELDS = ("who", "looking_for", "offer")
OBSERVER_CHECKLIST = ("who", "looking_for", "offer", "time")
ROLES = ("speaker", "listener", "observer")
META_PREFIX = "pitch."
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


@dataclass(frozen=True)
class Target:
    """How long an introduction should last, and the pace its length is estimated at."""

    key: str  # "30s", "3min": names the saved pitch and the words shown
    seconds: int
    words_per_minute: int = WORDS_PER_MINUTE

    @property
    def words(self) -> int:
        """The most words that fit in the target at that pace."""
        return self.seconds * self.words_per_minute // 60


THIRTY_SECONDS = Target("30s", 30)


def word_count(text: str) -> int:
    """Words as said aloud ("l'équipe", "peut-être" count once)."""
    return len(_WORD.findall(unicodedata.normalize("NFC", str(text or ""))))


def spoken_seconds(text: str, words_per_minute: int = WORDS_PER_MINUTE) -> int:
    """About how many seconds ``text`` takes to say at ``words_per_minute``."""
    return math.ceil(60 * word_count(text) / words_per_minute)


def compose(fields: Mapping[str, str]) -> str:
    """The pitch as said: the participant's three parts, in order, each a sentence."""
    parts = []
    for name in PITCH_FIELDS:
        text = " ".join(str(fields.get(name) or "").split())
        if text:
            text = text[:1].upper() + text[1:]
            parts.append(text if text[-1] in ".!?…" else text + ".")
    return " ".join(parts)


@dataclass(frozen=True)
class PitchCheck:
    """What the builder says about a pitch: each part, its length against the target."""

    text: str
    target: Target
    fields: dict[str, str | None]  # part -> None when it counts, else "empty" / "filler"
    words: int
    seconds: int

    @property
    def complete(self) -> bool:
        """Every part says something real ("x", « trucs », « rien » never do)."""
        return all(issue is None for issue in self.fields.values())

    @property
    def fits(self) -> bool:
        """It can be said within the target at the stated pace."""
        return self.words <= self.target.words

    @property
    def ready(self) -> bool:
        """Complete and within time: ready to be said aloud."""
        return self.complete and self.fits

    def lines(self, values: Mapping[str, str], lang: str | None = None) -> list[tuple[str, str]]:
        """(status, sentence) for each part and the length, in ``lang``; status pass or fail."""
        lines = []
        for name in PITCH_FIELDS:
            issue = self.fields[name]
            part = t(f"pitch.fields.{name}", lang)
            if issue is None:
                lines.append(("pass", t("pitch.check.ok", lang, part=part)))
            elif issue == "empty":
                lines.append(("fail", t("pitch.check.empty", lang, part=part)))
            else:
                words = _quoted(values.get(name, ""), lang)
                lines.append(("fail", t("pitch.check.filler", lang, part=part, words=words)))
        lines.append(("pass" if self.fits and self.words else "fail", self.length_text(lang)))
        return lines

    def length_text(self, lang: str | None = None) -> str:
        """The length in words and seconds against the target, at the stated pace."""
        said = plural("pitch.length.words", self.words, lang)
        pace = t("pitch.length.pace", lang, wpm=self.target.words_per_minute)
        aim = t(f"pitch.target.{self.target.key}", lang, words=self.target.words)
        if self.fits:
            return t("pitch.length.fits", lang, said=said, seconds=self.seconds, pace=pace, aim=aim)
        extra = plural("pitch.length.words", self.words - self.target.words, lang)
        return t(
            "pitch.length.too_long",
            lang,
            said=said,
            seconds=self.seconds,
            pace=pace,
            aim=aim,
            extra=extra,
        )


def _quoted(text: str, lang: str | None) -> str:
    text = " ".join(str(text).split())
    return f"«\u202f{text}\u202f»" if (lang or "fr") == "fr" else f"“{text}”"


def check_pitch(
    fields: Mapping[str, str], target: Target = THIRTY_SECONDS, lang: str = "fr"
) -> PitchCheck:
    """Check the participant's own words in each part and the spoken length."""
    text = compose(fields)
    issues = {name: field_issue(str(fields.get(name) or ""), lang) for name in PITCH_FIELDS}
    return PitchCheck(
        text, target, issues, word_count(text), spoken_seconds(text, target.words_per_minute)
    )


def save_pitch(
    workspace: Workspace,
    fields: Mapping[str, str],
    target: Target = THIRTY_SECONDS,
    lang: str = "fr",
) -> PitchCheck:
    """Keep the pitch in the workspace (one per target); refused while a part says nothing."""
    values = {name: clean_text(fields.get(name)) for name in PITCH_FIELDS}
    for name, value in values.items():
        if len(value) > TEXT_LIMIT:
            raise ValidationError(
                "errors.too_long", field=t(f"pitch.fields.{name}", lang), limit=TEXT_LIMIT
            )
    result = check_pitch(values, target, lang)
    missing = [t(f"pitch.fields.{n}", lang) for n, issue in result.fields.items() if issue]
    if missing:
        raise ValidationError("pitch.errors.incomplete", parts=", ".join(missing))
    record = {
        "fields": values,
        "text": result.text,
        "words": result.words,
        "seconds": result.seconds,
        "saved_on": workspace.today().isoformat(),
    }
    workspace.set_meta({META_PREFIX + target.key: json.dumps(record, ensure_ascii=False)})
    return result


def saved_pitch(workspace: Workspace, target: Target = THIRTY_SECONDS) -> dict:
    """The pitch saved for ``target`` ({} when none, or when the stored value is unreadable)."""
    try:
        record = json.loads(workspace.get_meta(META_PREFIX + target.key, "{}") or "{}")
    except ValueError:
        return {}
    return record if isinstance(record, dict) else {}


# -- practice in trios ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Round:
    """One turn: who speaks, who listens, who observes with the checklist."""

    speaker: str
    listener: str
    observers: tuple[str, ...]


def groups_of_three(names: Sequence[str]) -> list[list[str]]:
    """Split a room into trios; one or two groups of four take the people left over (a room of
    two or five stays one group)."""
    people = [n for n in dict.fromkeys(" ".join(str(n).split()) for n in names) if n]
    if len(people) < 6:
        return [people] if people else []
    fours = len(people) % 3  # 3k + 1 people: one group of four; 3k + 2: two
    groups, start = [], 0
    for size in [4] * fours + [3] * ((len(people) - 4 * fours) // 3):
        groups.append(people[start : start + size])
        start += size
    return groups


def rounds(group: Sequence[str]) -> list[Round]:
    """As many rounds as people, so that everyone takes every role once (in a pair, the listener
    also observes)."""
    size = len(group)
    if size < 2:
        return []
    return [
        Round(
            group[i],
            group[(i + 1) % size],
            tuple(group[(i + k) % size] for k in range(2, size)),
        )
        for i in range(size)
    ]


def parse_names(text: str) -> list[str]:
    """Names typed one a line or separated by commas."""
    return [n.strip() for n in re.split(r"[,;\n]", str(text or "")) if n.strip()]

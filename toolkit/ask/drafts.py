"""Message drafts from one ask: an email, a LinkedIn note and a phone opening. Pure; no sending.

The wording around the ask comes from ``message_templates/<lang>.toml``, which a trainer can
read and change; every draft ends with the promise to say what came of the help (P10).
The LinkedIn draft respects the connection-request note limit (300 characters).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from toolkit.ask.checker import check, tokens
from toolkit.i18n import t, typeset

TEMPLATES_DIR = Path(__file__).parent / "templates"
CHANNELS = ("email", "linkedin", "phone")
PHONE_SENTENCES = 2  # a phone opening says the ask's first sentences, not all of it
ELLIPSIS = "…"
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


@dataclass(frozen=True)
class Draft:
    """One message ready to copy: its channel, text, subject (email) and length limit."""

    channel: str
    text: str
    subject: str = ""
    limit: int | None = None
    shortened: bool = False  # the ask had to be cut to fit the limit
    warning: str = ""  # said when the ask is not precise yet: the draft carries its flaws

    @property
    def length(self) -> int:
        """Characters, as the platform counts them (roughly: code points)."""
        return len(self.text)

    @property
    def fits(self) -> bool:
        """Within the channel's limit (always, when there is none)."""
        return self.limit is None or self.length <= self.limit


@cache
def templates(lang: str) -> dict:
    """The message templates of one language, read from the file a trainer can edit."""
    with open(TEMPLATES_DIR / f"{lang}.toml", "rb") as handle:
        return typeset(tomllib.load(handle), lang)  # French spacing, as in the catalogues


def linkedin_limit(lang: str = "fr") -> int:
    """The LinkedIn limit the drafts respect (the connection-request note)."""
    return int(templates(lang)["linkedin_limit"])


def ask_body(ask: str, lang: str = "fr") -> str:
    """The ask without its greeting ("Bonjour Ada," is said by the message itself)."""
    text = " ".join(str(ask).split())
    words = tokens(text)
    greetings = templates(lang)["greetings"]
    if words and any(words[: len(g.split())] == g.split() for g in greetings):
        head, comma, rest = text.partition(",")
        if comma and len(head) <= 60:
            rest = rest.strip()
            return rest[:1].upper() + rest[1:]
    return text


def sentences(text: str) -> list[str]:
    """The sentences of a text, in order."""
    return [s for s in SENTENCE_END.split(text.strip()) if s]


def _fill(template: str, **values: str) -> str:
    return template.format(**values)


def _first_name(name: str) -> str:
    parts = str(name or "").split()
    return parts[0] if parts else ""


def email(
    ask: str,
    lang: str = "fr",
    name: str = "",
    me: str = "",
    relation: str | None = None,
    via: str = "",
) -> Draft:
    """An email: subject, greeting and opening by relation, the ask, the thank-you promise."""
    tpl = templates(lang)["email"]
    first = _first_name(name)
    key = relation if relation in tpl["greeting"] and first else "unknown"
    greeting = _fill(tpl["greeting"][key], name=first)
    opening = _fill(tpl["opening"]["via"], via=via) if via else ""
    opening = " ".join(p for p in (opening, tpl["opening"].get(relation or "", "")) if p)
    thanks = _fill(tpl["thanks"]["via" if via else "plain"], via=via)
    body = "\n\n".join(
        p
        for p in (greeting, opening, ask_body(ask, lang), thanks, _fill(tpl["sign_off"], me=me))
        if p
    )
    subject = _fill(tpl["subject_via"], via=via) if via else tpl["subject"]
    return Draft("email", body.strip(), subject)


def offer_sentences(text: str, lang: str = "fr") -> set[int]:
    """Which sentences of ``text`` hold the offer (P8): a shortened draft never drops them."""
    return {
        number
        for number, sentence in enumerate(sentences(text))
        if check(sentence, lang).criteria["offer"].status == "pass"
    }


def _kept_sentences(parts: list[str], room: int, keep: set[int]) -> list[str]:
    """The first sentence and the offer first, then the others in order while they fit; all
    said in the ask's order. Without an offer, the sentences in order until one does not fit."""
    chosen = {0} | keep

    def length(numbers: set[int]) -> int:
        return len(" ".join(parts[n] for n in sorted(numbers)))

    if not parts or length(chosen) > room:
        chosen = set()
    for number in range(len(parts)):
        if number in chosen:
            continue
        if length(chosen | {number}) <= room:
            chosen.add(number)
        elif not keep:
            break
    return [parts[n] for n in sorted(chosen)]


def _shorten(
    parts: list[str], body: str, limit: int, keep: frozenset[int] = frozenset()
) -> tuple[str, bool]:
    """``parts`` joined around as much of ``body`` as fits within ``limit`` characters; the
    sentences numbered in ``keep`` (the offer) stay whenever they fit at all."""
    before, after = parts

    def joined(middle: str) -> str:
        return " ".join(p for p in (before, middle, after) if p)

    if len(joined(body)) <= limit:
        return joined(body), False
    room = limit - len(joined("x")) + 1  # what the frame leaves for the ask
    kept = " ".join(_kept_sentences(sentences(body), room, set(keep)))
    if not kept:  # not even the first sentence fits: cut it at a word
        room = limit - len(joined("")) - len(ELLIPSIS) - 1
        words, kept = body.split(), ""
        for word in words:
            if len(f"{kept} {word}".strip()) > room:
                break
            kept = f"{kept} {word}".strip()
        kept = f"{kept}{ELLIPSIS}" if kept else ""
    text = joined(kept)
    return (text if len(text) <= limit else text[: limit - 1] + ELLIPSIS), True


def linkedin(ask: str, lang: str = "fr", name: str = "", via: str = "") -> Draft:
    """A LinkedIn note within the connection-request limit: whole sentences of the ask that fit."""
    tpl = templates(lang)["linkedin"]
    first = _first_name(name)
    greeting = _fill(tpl["greeting"], name=first) if first else tpl["greeting_unknown"]
    via_line = _fill(tpl["via"], via=via) if via else ""
    limit = linkedin_limit(lang)
    room = limit - len(greeting) - 1  # the greeting stands on its own line
    body = ask_body(ask, lang)
    rest, shortened = _shorten(
        [via_line, tpl["thanks"]], body, max(room, 0), frozenset(offer_sentences(body, lang))
    )
    text = f"{greeting}\n{rest}"
    if len(text) > limit:  # a name too long to leave room for anything else
        text, shortened = text[: limit - 1] + ELLIPSIS, True
    return Draft("linkedin", text, limit=limit, shortened=shortened)


def phone(
    ask: str,
    lang: str = "fr",
    name: str = "",
    me: str = "",
    relation: str | None = None,
    via: str = "",
) -> Draft:
    """What to say in the first seconds of a call: who I am, who sent me, the ask in short."""
    tpl = templates(lang)["phone"]
    first = _first_name(name)
    greeting = (
        _fill(tpl["greeting"], name=first, me=me)
        if first
        else _fill(tpl["greeting_unknown"], me=me)
    )
    said = sentences(ask_body(ask, lang))
    offers = offer_sentences(ask_body(ask, lang), lang)
    # the first sentences, and the offer wherever it stands (P8: never cut what I give)
    spoken = [s for n, s in enumerate(said) if n < PHONE_SENTENCES or n in offers]
    parts = [
        greeting,
        _fill(tpl["via"], via=via) if via else "",
        tpl["time"],
        tpl["above"] if relation == "above" else "",
        " ".join(spoken),
        tpl["thanks"],
    ]
    return Draft("phone", " ".join(p for p in parts if p), shortened=len(spoken) < len(said))


def drafts(
    ask: str,
    lang: str = "fr",
    name: str = "",
    me: str = "",
    relation: str | None = None,
    via: str = "",
) -> dict[str, Draft]:
    """The three drafts of one ask for one contact (``name``) and relation; ``via`` names the
    person who recommended me, when there is one."""
    made = {
        "email": email(ask, lang, name, me, relation, via),
        "linkedin": linkedin(ask, lang, name, via),
        "phone": phone(ask, lang, name, me, relation, via),
    }
    result = check(ask_body(ask, lang), lang, relation)
    if result.verdict == "precise":
        return made
    verdict = t(f"asks.verdict.{result.verdict}", lang)
    warning = t("ask_steps.drafts.not_precise", lang, verdict=verdict)
    return {channel: replace(draft, warning=warning) for channel, draft in made.items()}

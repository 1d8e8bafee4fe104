"""The ask checker: is an ask precise, vague, or too big? Pure; rules in ``rules/<lang>.toml``.

It reads an ask the way a coach does, from what the sentences mean rather than from keywords:
words are reduced to their lemmas (simplemma: « pourriez » → « pouvoir », "hires" → "hire") and
each sentence is read for what it does — asks the other person something, wishes, describes the
asker, or names a topic. Then, by the method (DESIGN.md P5–P8):

- **too big** when what is asked *of the other person* is a job, a referral, a contract, money or
  a long meeting from a weak tie (P6); the same words naming a topic ("advice on funding solar
  projects") or someone else's job are not the object of the request;
- **precise** when a concrete small request (advice, information, fifteen minutes, feedback, an
  introduction to a kind of person) comes with a niche — what the ask is about narrowed beyond a
  broad field: a named organisation, a place, a number, a sub-field (P5) — and, with someone above
  (P7), with an offer (P8) and a reference to their work;
- **vague** otherwise.

Each criterion quotes the participant's own words and suggests a change built from them. The
rules were tuned on the train and real_train splits of ``tests/data/asks_corpus``
(``benchmarks/eval_asks.py``).
"""

from __future__ import annotations

import itertools
import json
import math
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

import simplemma
from rapidfuzz import process
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
VAGUE_PENALTY = 10
ASK_LIMIT = 2 * TEXT_LIMIT  # a few sentences; a page of text still gets a verdict
UPWARD_PENALTY = 0.6  # per missing offer or reference to their work, with someone above (P7)
NICHE_GAP = 3  # words between two niche words that still make one quoted phrase
# The score stays inside the verdict's band, so that score and verdict never disagree.
BANDS = {"precise": (70, 100), "vague": (0, 65), "too_big": (0, 40)}

_TOKEN = re.compile(
    r"aujourd['’]hui|quelqu['’]une?|[$€£]|\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?"
    r"|[^\W\d_]+(?:['’-][^\W\d_]+)*|[?]",
)
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_ELISIONS = {
    "j": "je", "m": "me", "t": "te", "l": "le", "d": "de", "n": "ne", "s": "se", "qu": "que",
    "c": "ce", "jusqu": "jusque", "lorsqu": "lorsque", "puisqu": "puisque",
}  # fmt: skip
_EN_CLITICS = {"d": "would", "m": "am", "ve": "have", "ll": "will", "re": "are", "s": "is"}
_FR_PRONOUNS = {
    "vous", "tu", "je", "il", "elle", "on", "nous", "moi", "toi", "ils", "elles", "le", "la",
    "lui", "y", "en", "t",
}  # fmt: skip
_KEEP_HYPHEN = {"rendez-vous", "peut-être", "demi-heure", "c'est-à-dire", "vis-à-vis"}
_CONDITIONAL = re.compile(r"(rais|rait|riez|rions|raient)$")
_EN_MODALS = {"could", "would", "can", "will", "please", "may"}
_YOURS = {"votre", "vos", "ton", "ta", "tes", "your"}
_MINE = {"fr": {"me", "m", "moi"}, "en": {"me"}}
_GREETINGS = {
    "bonjour", "salut", "hello", "hi", "hey", "dear", "madame", "monsieur", "cher", "chère",
    "bonsoir", "coucou",
}  # fmt: skip
_PRONOUNS = {"je", "j", "nous", "on", "vous", "tu", "i", "we", "you", "my", "mon", "ma", "mes"}
_TIME_UNITS = {
    "minute", "min", "heure", "h", "jour", "semaine", "mois", "an", "année", "hour", "day",
    "week", "month", "year", "yr", "seconde", "second", "fois",
}  # fmt: skip
_SELF = {
    "fr": {"je", "j", "suis", "en", "tant", "que", "actuellement"},
    "en": {"i", "am", "as", "a", "an"},
}
_EXISTS = (["y", "a"], ["is", "there"], ["are", "there"])  # asking whether X exists: a topic
_WH_WORDS = {
    "fr": {"quel", "comment", "pourquoi", "que", "lequel", "combien", "où", "devoir"},
    "en": {"what", "which", "how", "why", "should", "where", "who"},
}


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


# -- words and lemmas ----------------------------------------------------------------------------


def _plain(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode("ascii").lower()


def words_of(text: str) -> list[str]:
    """The words as written (apostrophes split elisions: ``qu'il`` -> ``qu``, ``il``)."""
    return _WORD.findall(unicodedata.normalize("NFC", text))


def tokens(text: str) -> list[str]:
    """The words without accents or case, for matching names and titles."""
    return [_plain(word) for word in words_of(text)]


@dataclass
class _Token:
    text: str
    lemma: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()


@dataclass
class _Sentence:
    tokens: list[_Token]
    question: bool


def _lemma(word: str, lang: str) -> str:
    low = word.lower().replace("’", "'")
    if lang == "fr" and low in _ELISIONS:
        low = _ELISIONS[low]
    if lang == "en" and low == "i":
        return "i"
    return simplemma.lemmatize(low, lang=lang).lower()


_WHOLE = ("quelqu'un", "quelqu'une", "aujourd'hui")


def _pieces(word: str, lang: str) -> list[str]:
    """Elisions and inverted pronouns apart: « m'embaucher », « pourriez-vous », "I'd"."""
    low = word.lower().replace("’", "'")
    if lang == "fr" and "'" in low and any(Levenshtein.distance(low, w) <= 1 for w in _WHOLE):
        return [min(_WHOLE, key=lambda w: Levenshtein.distance(low, w))]  # « qulqu'un »
    if low in _KEEP_HYPHEN or re.fullmatch(r"quelqu'une?|aujourd'hui", low):
        return [word]
    bits = [b for b in re.split(r"['’]", word) if b]
    if lang == "en" and len(bits) > 1:
        bits = [bits[0]] + [_EN_CLITICS.get(b.lower(), b) for b in bits[1:]]
    out: list[str] = []
    for bit in bits:
        parts = bit.split("-")
        if lang == "fr" and len(parts) > 1 and all(p.lower() in _FR_PRONOUNS for p in parts[1:]):
            out.extend(p for p in parts if p)
        else:
            out.append(bit)
    return out


def _tokenize(text: str, lang: str, base: int = 0) -> list[_Token]:
    out: list[_Token] = []
    for match in _TOKEN.finditer(text):
        offset = match.start()
        for piece in _pieces(match.group(0), lang):
            at = text.find(piece, offset, match.end())
            at = offset if at < 0 else at
            out.append(_Token(piece, _lemma(piece, lang), base + at, base + at + len(piece)))
            offset = at + len(piece)
    return out


def _sentences(text: str, lang: str) -> list[_Sentence]:
    out = []
    for match in re.finditer(r"[^.!?;:\n]+[.!?;:\n]*", text):
        chunk = match.group(0)
        found = [tok for tok in _tokenize(chunk, lang, match.start()) if tok.text != "?"]
        if found:
            out.append(_Sentence(found, "?" in chunk))
    return out


# -- rules ---------------------------------------------------------------------------------------


@cache
def rules(lang: str) -> dict:
    """The rule lists of one language, read from the file a trainer can edit."""
    with open(RULES_DIR / f"{lang}.toml", "rb") as handle:
        return tomllib.load(handle)


@cache
def _lexicon(lang: str) -> dict:
    """The rules as lemma tuples (phrases) and lemma sets (single words)."""
    raw = rules(lang)

    def phrases(values: list[str]) -> list[tuple[str, ...]]:
        return [p for p in (tuple(tok.lemma for tok in _tokenize(v, lang)) for v in values) if p]

    lex: dict = {}
    for key, value in raw.items():
        if key.endswith("_patterns"):  # regular expressions, read as such
            continue
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            lex[key] = phrases(value)
            lex[f"{key}_set"] = {p[0] for p in lex[key] if len(p) == 1} | set(value)
        elif isinstance(value, dict) and all(isinstance(v, list) for v in value.values()):
            lex[key] = {kind: phrases(words) for kind, words in value.items()}
    vocabulary = set()
    for value in lex.values():
        groups = value.values() if isinstance(value, dict) else [value]
        for group in groups:
            if isinstance(group, list):
                vocabulary.update(w for p in group for w in p if len(w) >= 5 and w.isalpha())
    lex["vocabulary"] = tuple(sorted(vocabulary))
    lex["any_question_asks"] = bool(raw.get("any_question_asks", False))
    return lex


def _positions(lemmas: list[str], phrase: tuple[str, ...]) -> list[int]:
    size = len(phrase)
    return [i for i in range(len(lemmas) - size + 1) if tuple(lemmas[i : i + size]) == phrase]


def _hits(lemmas: list[str], phrases: list[tuple[str, ...]]) -> list[tuple[int, int]]:
    """(position, length) of every phrase found."""
    return [(i, len(p)) for p in phrases for i in _positions(lemmas, p)]


def _repair_typos(sentences: list[_Sentence], lang: str) -> None:
    """An unknown word one letter away from a word of the rules is read as that word (a known
    word is never "corrected": « recrutent » stays « recruter », never « recruteur »)."""
    vocabulary = _lexicon(lang)["vocabulary"]
    for sentence in sentences:
        for tok in sentence.tokens:
            low = tok.low
            if len(low) < 5 or not low.isalpha() or tok.lemma != low:
                continue
            if simplemma.is_known(low, lang=lang):
                continue
            limit = 2 if len(low) >= 9 else 1
            best = process.extractOne(
                low, vocabulary, scorer=Levenshtein.distance, score_cutoff=limit
            )
            if best is not None:
                tok.lemma = best[0]


# -- reading the ask -----------------------------------------------------------------------------


@dataclass
class _Reading:
    """What the ask contains, each part quoted as the participant wrote it."""

    small: list[str] = field(default_factory=list)
    big: list[tuple[str, str]] = field(default_factory=list)  # (kind, quote)
    niche: list[str] = field(default_factory=list)
    broad: list[str] = field(default_factory=list)
    filler: list[str] = field(default_factory=list)
    offer: list[str] = field(default_factory=list)
    their_work: list[str] = field(default_factory=list)
    vague: list[str] = field(default_factory=list)
    differentiator: list[str] = field(default_factory=list)
    words: int = 0
    lemmas: list[str] = field(default_factory=list)  # every word's lemma, for the verdict model
    surface: list[str] = field(default_factory=list)  # every word as written, beside its lemma
    joined: list[str] = field(default_factory=list)  # each word with the next, as written


def _quote(text: str, toks: list[_Token], i: int, size: int) -> str:
    j = min(len(toks), i + max(size, 1)) - 1
    return " ".join(text[toks[i].start : toks[j].end].split())


def _skipped_greeting(sentences: list[_Sentence]) -> set[int]:
    """The greeting and the signature: names there are not what the ask is about."""
    skip: set[int] = set()
    if not sentences:
        return skip
    first = sentences[0].tokens
    if first[0].lemma in _GREETINGS or first[0].low in _GREETINGS:
        skip.add(id(first[0]))
        for tok in first[1:4]:
            # « Bonjour Hélène, Je travaille… »: a pronoun starts the message, not a name
            if tok.low in _PRONOUNS or not (tok.text[:1].isupper() or tok.low in _GREETINGS):
                break
            skip.add(id(tok))
    last = sentences[-1].tokens
    if len(sentences) > 1 and len(last) <= 3 and all(tok.text[:1].isupper() for tok in last):
        skip.update(id(tok) for tok in last)
    return skip


def _job_for_me(low: list[str], i: int, lang: str) -> bool:
    """A job word asked for the asker: "me" next to it, "for me" after it, « me proposer »."""
    if any(w in _MINE[lang] for w in low[max(0, i - 2) : i + 3]):
        return True
    after, whole = " ".join(low[i + 1 : i + 7]), " ".join(low)
    if lang == "fr":
        return "pour moi" in after or any(
            p in whole for p in ("me proposer", "m offrir", "me trouver", "me confier")
        )
    return "for me" in after or any(p in whole for p in ("find me", "me find", "offer me"))


def _talked_about(lemmas: list[str], i: int, lex: dict) -> bool:
    """Whether the word at ``i`` is what a talk is about: a verb of talking, then « de » or
    « du », a few words before it (« parler dix minutes du financement »)."""
    window = lemmas[max(0, i - 6) : i]
    verbs = lex.get("topic_verbs_set", ())
    return any(w in verbs and {"de", "du"} & set(window[k + 1 :]) for k, w in enumerate(window))


def _long_enough(lemmas: list[str], i: int) -> bool:
    """« une heure » is long; « un quart d'heure », "half an hour" are not."""
    if lemmas[i] in {"heure", "hour"}:
        return not any(b in {"quart", "demi", "half"} for b in lemmas[max(0, i - 3) : i])
    return True


def _pursuit(text: str, lang: str, key: str = "pursuit_patterns") -> list[tuple[str, str]]:
    """Statements that name what the whole ask pursues, whatever sentence asks: a job opening
    ("I applied for…", "X is hiring for…", « j'ai postulé », « ma candidature »:
    ``pursuit_patterns``), or another big object by kind (``context_patterns``: a sales pitch,
    "we've helped companies like yours…", is a contract sought; "I'm $60 short" is money). Any
    request that follows is that object in disguise (the labelling guide, rule 1). With
    ``seeking_patterns``: « je suis à la recherche d'une alternance », the job sought."""
    table = [("pursuit", p) for p in rules(lang).get(key, [])]
    if key == "pursuit_patterns":
        for kind, patterns in rules(lang).get("context_patterns", {}).items():
            table += [(kind, p) for p in patterns]
    return [(kind, m.group(0)) for kind, p in table for m in re.finditer(p, text, re.IGNORECASE)]


@cache
def _reported_requests(lang: str) -> list[re.Pattern]:
    return [re.compile(p, re.IGNORECASE) for p in rules(lang).get("reported_request_patterns", [])]


_REPORTED_WINDOW = {"en": 4, "fr": 1}  # how far the asker's pronoun stands from the request


def direct_requests(text: str, lang: str = "fr") -> str:
    """A request reported by the person who received it ("she asked me if I would write her a
    letter", « il m'a demandé de le prendre en stage ») put as it was made to them ("she asked
    me: would you write me a letter"): what was asked of the reader is what the message is
    about. A message that addresses its own reader ("could you…", « pourriez-vous… ») makes its
    request itself, so what it reports is context ("my manager asked me to organise the offsite;
    could you share how you planned yours?") and stays as written, as does a reported request
    about the reader. The patterns are the language's rules (``reported_request_patterns``)."""
    spec = rules(lang)
    asker = spec.get("reported_asker_words", {})
    reader = set(spec["you"])
    if reader & {w.lower() for w in _WORD.findall(text)}:
        return text

    for pattern in _reported_requests(lang):
        pieces, last = [], 0
        for match in pattern.finditer(text):
            rest = text[match.end() :]
            modal = match.groupdict().get("modal") or spec["reported_default_modal"]
            done = spec["reported_request_as"].format(
                frame=match.group("frame"), modal=modal.lower()
            )
            space = "" if rest[:1].isspace() else " "  # after « de » or « d'écrire »
            pieces.append(text[last : match.start()] + done + space)
            # the asker's own pronouns, in the first words of the request: "write her" → "write me"
            first_words = re.finditer(r"\s*([^\W\d_]+['’]?|\S)", rest)
            words = itertools.islice(first_words, _REPORTED_WINDOW[lang])
            end = 0
            for word in words:
                key = word.group(1).lower()
                if key in asker:
                    mine = asker[key]
                    after = rest[word.end(1) :]
                    if lang == "fr" and mine == "me" and re.match(r"\s+[aeiouyhéèêàâîôû]", after):
                        mine, after = "m'", after.lstrip()  # « lui écrire » → « m'écrire »
                        end = len(rest) - len(after)
                    else:
                        end = word.end(1)
                    pieces.append(rest[: word.start(1)] + mine)
                    break
            last = match.end() + end
        text = "".join(pieces) + text[last:]
    return text


def _read(text: str, lang: str) -> _Reading:
    text = direct_requests(text, lang)
    lex = _lexicon(lang)
    sentences = _sentences(text, lang)
    _repair_typos(sentences, lang)
    reading = _Reading(
        words=sum(len(s.tokens) for s in sentences),
        lemmas=[tok.lemma for s in sentences for tok in s.tokens],
        surface=[text[tok.start : tok.end] for s in sentences for tok in s.tokens],
    )
    spans = [(tok.start, tok.end) for s in sentences for tok in s.tokens]
    reading.joined = [text[a[0] : b[1]] for a, b in itertools.pairwise(spans)]
    skip = _skipped_greeting(sentences)
    # as written: the dictionary reads « te » as « le » and « votre » as « son » (« mon »)
    you = set(rules(lang)["you"])
    topic_words = lex["topic_markers_set"] | lex["relative_markers_set"]
    theirs = set(rules(lang).get("others_possessives", []))
    niche_markers = lex["niche_markers_set"] | lex["introduction_verbs_set"]
    asked = False  # some sentence puts a request to the reader
    proposed = False  # some sentence offers a small exchange without asking
    for sentence in sentences:
        toks = [tok for tok in sentence.tokens if id(tok) not in skip]
        if not toks:
            continue
        lemmas = [tok.lemma for tok in toks]
        low = [tok.low for tok in toks]
        you_at = [i for i, w in enumerate(low) if w in you]
        wish = bool(_hits(lemmas, lex["wish_phrases"]))
        modal = any(_CONDITIONAL.search(w) if lang == "fr" else w in _EN_MODALS for w in low)
        # a question is put to the reader, with or without "you" (« une heure ensemble ? »)
        addressed = sentence.question or (bool(you_at) and (wish or modal))
        small_hits = [(i, n) for i, n in _hits(lemmas, lex["small_objects"] + lex["small_phrases"])]
        # "follow your insights", "share insights": the word of a request, not a request
        hollow = [range(i, i + n) for i, n in _hits(lemmas, lex.get("hollow_phrases", []))]
        small_hits = [(i, n) for i, n in small_hits if not any(i in span for span in hollow)]
        request = addressed or wish or sentence.question or ((bool(you_at) or modal) and small_hits)
        offered = lemmas[0] in lex.get("if_words_set", ()) and _hits(
            lemmas, lex.get("available_phrases", [])
        )
        if (offered or _hits(lemmas, lex.get("open_door_phrases", []))) and small_hits:
            proposed = True  # « si le sujet vous parle, je suis disponible pour 15 min »
        if _hits(lemmas, lex.get("proposal_phrases", [])):
            proposed = True  # « ravi d'échanger sur vos enjeux si cela vous intéresse »
        if offered or _hits(lemmas, lex.get("open_door_phrases", [])):
            # « si le sujet vous parle, je suis disponible pour 15 min », « n'hésitez pas à me
            # dire » open a door and ask nothing
            request = wish = False
            small_hits = []
        asked = asked or bool(request)
        interest = bool(_hits(lemmas, lex["interest_phrases"]))
        about_their_work = bool(you_at) and bool(set(lemmas) & lex["their_work_verbs_set"])
        describes_me = bool(_hits(lemmas[:5], lex["self_phrases"])) and not (
            interest or about_their_work
        )
        # what is sought: a small concrete request
        if request:
            reading.small += [_quote(text, toks, i, n) for i, n in small_hits]
            _artefacts(text, toks, lemmas, low, lex, reading)
            # a question put to the reader asks for information: a wh-question always, any
            # question where the rules say so ("Could you compare both departments?")
            opens_wh = bool(set(lemmas[:4]) & _WH_WORDS[lang])
            if sentence.question and not small_hits and (opens_wh or lex["any_question_asks"]):
                reading.small.append(_quote(text, toks, 0, min(8, len(toks))))
        # the object of the request: what is asked of the other person, or asked for me
        if request:
            introductions = [
                i
                for i in {i for i, _ in _hits(lemmas, lex["introduction_verbs"])}
                if any(abs(i - y) <= 6 for y in you_at)
            ]
            first_introduction = min(introductions, default=len(toks))
            harmless = _harmless(lemmas, lex)
            for kind, words in lex["big_objects"].items():
                for i, size in _hits(lemmas, words):
                    if i in harmless:
                        continue  # "a LinkedIn recommendation", "buy you a coffee"
                    mine = any(w in _MINE[lang] for w in low[max(0, i - 2) : i + 3]) or (
                        kind == "job" and _job_for_me(low, i, lang)
                    )  # « qui pourrait me trouver un poste »
                    if not mine:  # « lend me », « m'embaucher » are for me wherever they stand
                        if not addressed or i > first_introduction:
                            continue  # after "do you know…": describes the person to meet
                        if set(lemmas[max(0, i - 3) : i]) & topic_words:
                            continue  # the topic, not the object: « conseils sur le financement »
                        if _talked_about(lemmas, i, lex):
                            continue  # « me parler 15 minutes du financement de projets »
                        if set(low[max(0, i - 3) : i]) & theirs:
                            continue  # theirs, not asked of them: « vos clients »
                    if kind == "job" and not _job_for_me(low, i, lang):
                        continue
                    if kind == "contract" and (
                        mine or any(w in _MINE[lang] for w in low[max(0, i - 4) : i])
                    ):
                        continue  # « m'envoyer un devis »: the asker buys, nothing is sold
                    if (
                        not mine
                        and kind != "long"
                        and (set(lemmas[:2]) & _WH_WORDS[lang] or low[:2] in _EXISTS)
                    ):  # « comment joindre les investisseurs ? », « y a-t-il des subventions ? »
                        continue
                    if kind == "long" and not _long_enough(lemmas, i):
                        continue
                    if kind == "job" and i and low[i - 1] in _MINE[lang]:  # « m'embaucher »
                        i, size = i - 1, size + 1
                    elif kind == "job" and i + 1 < len(low) and low[i + 1] in _MINE[lang]:
                        size += 1  # "hire me"
                    reading.big.append((kind, _quote(text, toks, i, size)))
            if addressed:
                for kind, forms in rules(lang).get("big_forms", {}).items():
                    reading.big += [(kind, toks[i].text) for i, w in enumerate(low) if w in forms]
                for kind, words in lex["big_phrases"].items():
                    reading.big += [
                        (kind, _quote(text, toks, i, n))
                        for i, n in _hits(lemmas, words)
                        if i not in harmless
                    ]
        # "I could ask you…", "happy to work around your schedule": the request or the reader's
        # convenience, not something given in return (English data only)
        not_offers = _harmless(lemmas, lex, "not_offer_phrases")
        offers = [
            (i, n)
            for i, n in _hits(lemmas, lex["offer_phrases"])
            if not not_offers.intersection(range(i, i + n))
        ]
        reading.offer += [_quote(text, toks, i, n + 2) for i, n in offers]
        for i, word in enumerate(low):
            if word in _YOURS:
                for j in range(i + 1, min(i + 4, len(toks))):
                    if lemmas[j] in lex["their_work_set"] or low[j] in lex["their_work_set"]:
                        reading.their_work.append(_quote(text, toks, i, j - i + 1))
                        break
        reading.vague += [_quote(text, toks, i, n) for i, n in _hits(lemmas, lex["vague_phrases"])]
        # a sale proposed is the object of the message, asked or stated (« je vous propose un
        # test pilote gratuit », « nous levons des fonds »)
        for kind, words in lex.get("big_anywhere", {}).items():
            reading.big += [
                (kind, _quote(text, toks, i, n))
                for i, n in _hits(lemmas, words)
                if not (i and low[i - 1] in theirs)  # « votre démonstration » is theirs
            ]
        experience = _hits(lemmas, lex["experience_phrases"])
        if experience:  # « j'ai dirigé… », "I've built…", « dix ans d'expérience »
            start = min(i for i, _ in experience)
            reading.differentiator.append(_quote(text, toks, start, 12))
        if describes_me and not request:
            if not experience and (any(tok.text[:1].isdigit() for tok in toks) or len(toks) > 6):
                reading.differentiator.append(_quote(text, toks, 0, len(toks)))
            _own_subject(text, toks, lemmas, low, lang, lex, niche_markers, reading)
            continue
        if offers and not request:
            continue  # what I give is not what the ask is about (« je peux aider en gestion »)
        _read_niche(text, toks, lemmas, low, lang, lex, niche_markers, describes_me, reading)
    # what the whole message is for (guide v2, B and C): a sale, a job, money; then whatever it
    # asks, even a conditional « je suis disponible pour un échange », is that object
    served = _purposes(text, sentences, skip, lang) if asked or reading.small or proposed else []
    pursuit = [
        (k, q)
        for k, q in _pursuit(text, lang)
        if k != "pursuit" or asked or proposed or served or reading.small or reading.big
    ]
    if _pursuit(text, lang, "no_job_patterns"):
        # « je ne cherche pas de poste chez vous », « ma candidature n'a pas été retenue »: the
        # job is denied or over, so the message no longer serves being hired
        served = [(k, q) for k, q in served if k not in {"job", "referral"}]
        pursuit = [(k, q) for k, q in pursuit if k not in {"job", "pursuit"}]
    reading.big += served
    # a job opening named: a referral in kind (with a close friend, asking about one's
    # application is fine); a pitch, money... their own kind
    reading.big += [("referral" if k == "pursuit" else k, " ".join(q.split())) for k, q in pursuit]
    seeking = [q for _, q in _pursuit(text, lang, "seeking_patterns")]
    # the job is the only thing sought; « pense à moi si… » asks nothing (vague, not too big)
    if seeking and not reading.small and not reading.vague:
        reading.big += [("job", " ".join(q.split())) for q in seeking]
    return reading


def _own_subject(text, toks, lemmas, low, lang, lex, markers, reading: _Reading) -> None:
    """What the asker works on, said of themselves ("my dissertation on X", « mon mémoire sur
    X »), is what the ask is about: its niche, though the rest of the sentence is the asker's."""
    works = lex.get("work_subjects_set", set())
    topics = lex["topic_markers_set"]
    for i, lemma in enumerate(lemmas):
        if lemma in works or low[i] in works:
            for j in range(i + 1, min(i + 3, len(toks))):
                if lemmas[j] in topics or low[j] in topics:
                    _read_niche(
                        text, toks[j:], lemmas[j:], low[j:], lang, lex, markers, False, reading
                    )
                    return


def _artefacts(text, toks, lemmas, low, lex, reading: _Reading) -> None:
    """A request for one thing pointed at ("share your slides", "assign this task to me", "the
    Spanish translation"): concrete, and narrowed by the pointing itself (``artefacts`` after
    ``artefact_pointers``: English data only)."""
    pointers = lex.get("artefact_pointers_set", set())
    for i, lemma in enumerate(lemmas):
        if lemma not in lex.get("artefacts_set", ()) and low[i] not in lex.get("artefacts_set", ()):
            continue
        start = next((j for j in range(i - 1, max(-1, i - 3), -1) if low[j] in pointers), None)
        if start is not None:
            quote = _quote(text, toks, start, i - start + 1)
            reading.small.append(quote)
            reading.niche.append(quote)


def _harmless(lemmas: list[str], lex: dict, key: str = "not_big_phrases") -> set[int]:
    """Positions inside ``not_big_phrases`` (a language's data: English only), where a big word
    asks nothing big: "a LinkedIn recommendation", "can I buy you a coffee", "a typical day";
    or inside another such list (``not_offer_phrases``)."""
    return {j for i, n in _hits(lemmas, lex.get(key, [])) for j in range(i, i + n)}


def _near(lemmas: list[str], low: list[str], at: int, words: set[str], span: int) -> bool:
    window = slice(at + 1, at + 1 + span)
    return bool((set(lemmas[window]) | set(low[window])) & words)


def _purposes(text: str, sentences: list[_Sentence], skip: set[int], lang: str) -> list:
    """What the message serves, read from its statements (guide v2, B, C, E), as (kind, quote):

    - a sale (``contract``): the asker, as « je »/« nous », serves a class of clients or the
      reader (a service verb followed by a plural class or by « vous »: « j'accompagne des
      kinés », "we help companies", « je peux vous aider »), or speaks of *our* product or clients
      (« notre solution », "our platform", « nos clients »), or proposes a thing (« je vous
      propose un diagnostic », not « je vous propose de relire… », which is an offer) — unless
      the message says it sells nothing ("not a pitch", « je ne vends rien »);
    - a job: the asker seeks or saw a job, a role, an opening, tied to the reader or to a named
      organisation (« une offre chez Corvell », "opportunities at Brightpath", "the role");
    - money: raising funds (``context_patterns.money`` and ``purpose.raise`` phrases).
    """
    lex = _lexicon(lang)
    purpose = rules(lang).get("purpose", {})
    if not purpose:
        return []
    subjects = set(purpose["subjects"])
    serve = set(purpose["service_verbs"])
    classes = set(purpose["class_words"])
    ours = set(purpose["ours"])
    products = set(purpose["products"])
    jobs = set(purpose["job_words"])
    seek = set(purpose["seek_verbs"])
    anchors = set(purpose["job_anchors"])
    articles = anchors | set(purpose.get("articles", []))
    places = set(purpose.get("places", []))
    asked_about = set(purpose.get("asked_about", []))
    openings = set(purpose.get("openings", []))
    relatives = set(purpose.get("relatives", []))
    needs = set(purpose.get("needs", []))
    pay = set(purpose.get("pay", []))
    proposing = set(purpose.get("proposing", []))
    hiring = set(purpose.get("hiring", []))
    ones = set(purpose.get("ones", []))
    buyers = set(purpose.get("buyers", []))
    having = set(purpose.get("having", []))
    mine_own = set(purpose.get("mine", []))
    things = set(purpose.get("things", []))
    makers = set(purpose.get("makers", []))
    maker_subjects = set(purpose.get("maker_subjects", []))
    commitments = lex.get("purpose", {}).get("commitments", [])
    reader_places = set(purpose.get("reader_places", []))
    applying = set(purpose.get("application_words", []))
    presenting = set(purpose.get("presenting", []))
    deals = lex.get("purpose", {}).get("deals", [])
    you = set(rules(lang)["you"])
    theirs = set(rules(lang).get("others_possessives", [])) | {"your", "their", "his", "her"}
    yours = _YOURS
    found: list[tuple[str, str]] = []
    whole = [tok.lemma for s in sentences for tok in s.tokens]
    # "not a pitch", « je ne vends rien »: research, whatever the tool being built
    selling = not _hits(whole, lex.get("purpose", {}).get("no_sale", []))
    for sentence in sentences:
        toks = [tok for tok in sentence.tokens if id(tok) not in skip]
        lemmas = [tok.lemma for tok in toks]
        low = [tok.low for tok in toks]
        exchange = bool(_hits(lemmas, lex.get("purpose", {}).get("exchange", [])))
        for i, word in enumerate(low):
            if not selling:
                break
            if (lemmas[i] in serve or word in serve) and any(
                w in subjects for w in low[max(0, i - 4) : i]
            ):
                after = low[i + 1 : i + 4]
                partner = {"travailler": "avec", "work": "with"}.get(lemmas[i])
                if partner and partner not in after[:2]:
                    continue  # « je travaille sur l'IA » is a topic; « avec des ETI », clients
                if lemmas[i] in proposing:  # « je vous propose un diagnostic »: a thing sold;
                    if after[:1] and after[0] in things:  # « … de relire votre plan »: an offer
                        found.append(("contract", _quote(text, toks, max(0, i - 1), 5)))
                        break
                    continue
                if exchange:
                    continue  # « en échange je peux t'aider »: what I give (P8), not a sale
                served = (
                    _near(lemmas, low, i, classes, 3)
                    # a client named after the verb: « nous avons accompagné Énergies du Sud »
                    or (toks[i + 1 : i + 2] != [] and toks[i + 1].text[:1].isupper())
                    or (lang == "en" and low[i + 1 : i + 2] == ["you"])  # "we can help you"
                    or any(w[:1].isdigit() for w in after)  # « j'ai accompagné 3 kinés »
                    or bool(set(low[max(0, i - 2) : i]) & you)  # « je pense pouvoir vous aider »
                    or (i >= 2 and low[i - 2] in relatives)  # « des kinés que j'accompagne »
                )
                if served:
                    found.append(("contract", _quote(text, toks, max(0, i - 1), 5)))
                    break
            if (lemmas[i] in makers or word in makers) and any(
                w in maker_subjects for w in low[max(0, i - 4) : i]
            ):  # "we've built a dispatch tool", « nous avons développé »: a company's product
                found.append(("contract", _quote(text, toks, max(0, i - 1), 5)))
                break
            if _own_product(toks, low, lemmas, i, purpose, lang):
                found.append(("contract", _quote(text, toks, max(0, i - 2), 5)))
                break
            if word in theirs and set(low[i + 1 : i + 2]) & needs:
                found.append(("contract", _quote(text, toks, i, 2)))  # « vos besoins »
                break
            if (
                word in you
                and set(lemmas[i + 1 : i + 3]) & hiring
                and set(low[i + 2 : i + 5]) & ones
            ):
                found.append(
                    ("job", _quote(text, toks, i, 4))
                )  # « vous recherchiez un technicien »
                break
            if (word in ours or word in mine_own) and low[i + 1 : i + 2] and low[i + 1] in buyers:
                found.append(("contract", _quote(text, toks, i, 2)))  # « mes acheteurs »
                break
            if (
                lemmas[i] in having
                and any(w in subjects for w in low[max(0, i - 2) : i])
                and (set(low[i + 1 : i + 4]) & buyers)
            ):  # « j'ai plusieurs acheteurs », « je dispose d'acquéreurs qualifiés »
                found.append(("contract", _quote(text, toks, max(0, i - 1), 4)))
                break
            if word in you and set(lemmas[i + 1 : i + 4]) & pay:
                found.append(("contract", _quote(text, toks, i, 3)))  # « vous ne payez que… »
                break
            if word in ours and set(low[i + 1 : i + 3]) & products:  # as written: « nos services »
                found.append(("contract", _quote(text, toks, i, 3)))
                break
        # the asker's application presented or discussed (« vous présenter mon parcours »,
        # « échanger sur mes motivations », "discuss my application"): a job interview sought
        for i, word in enumerate(low):
            if (
                word in mine_own
                and lemmas[i + 1 : i + 2]
                and (lemmas[i + 1] in applying or low[i + 1] in applying)
                and set(lemmas[max(0, i - 6) : i]) & presenting
            ):
                found.append(("job", _quote(text, toks, i, 2)))
                break
        for i, lemma in enumerate(lemmas):
            if lemma not in jobs and low[i] not in jobs:
                continue
            # openings at the reader's own organisation ("opportunities within your team",
            # « des postes chez vous ? »): asking about them serves being hired (guide v2, B)
            at_reader = bool(set(low[i + 1 : i + 5]) & reader_places) and bool(
                set(low[i + 1 : i + 7]) & (you | yours)
            )
            if at_reader and not (i and low[i - 1] in yours):
                found.append(("referral", _quote(text, toks, i, 4)))
                break
            window = set(lemmas[max(0, i - 8) : i]) | set(low[max(0, i - 8) : i])
            # opportunities asked about ("learn about opportunities"), not "open to any"
            about = bool(set(lemmas[max(0, i - 3) : i]) & asked_about) and lemma in openings
            if not window & seek and not about:
                continue
            if i and low[i - 1] in yours:
                continue  # the reader's own job, not one sought: "your role leading the team"
            # an organisation named around it: "opportunities at Kestrel", "Halvard's programs"
            named = (
                any(
                    j > 0
                    and tok.text[:1].isupper()
                    and tok.low != "i"
                    and (not tok.text.isupper() or low[j - 1] in places)  # "a job in IT": a field
                    for j, tok in enumerate(toks[i + 1 : i + 5], start=i + 1)
                )
                or any(
                    j > 0
                    and tok.text[:1].isupper()
                    and tok.text[1:].islower()
                    and (not simplemma.is_known(tok.low, lang=lang) or low[j + 1 : j + 2] == ["s"])
                    for j, tok in enumerate(toks[max(0, i - 3) : i], start=max(0, i - 3))
                )
            )
            # the nearest determiner before the job's title: "the Data Analyst role", « l'offre »
            article = next(
                (low[j] for j in range(i - 1, max(-1, i - 5), -1) if low[j] in articles), ""
            )
            if named or article in anchors or about:
                # a job sought is a referral in kind: a close friend may help with it
                found.append(("referral", _quote(text, toks, max(0, i - 2), 4)))
                break
    # a commitment over time asked of the reader: a programme, a partnership, sponsoring, beta
    # testing, being a mentor (guide, rule 1: long)
    # paid work offered or asked ("paid development work", « tu prends des missions ? »): a
    # contract, unless it is someone's own (« mes missions »)
    for sentence in sentences:
        toks = [tok for tok in sentence.tokens if id(tok) not in skip]
        low = [tok.low for tok in toks]
        hits = [
            (i, n)
            for i, n in _hits([tok.lemma for tok in toks], deals)
            if not (i and low[i - 1] in theirs | yours | mine_own | ours)
        ]
        if hits:
            found.append(("contract", _quote(text, toks, hits[0][0], hits[0][1])))
            break
    for sentence in sentences:
        toks = [tok for tok in sentence.tokens if id(tok) not in skip]
        if _about_their_path(sentence, toks, lang):
            continue
        hits = _hits([tok.lemma for tok in toks], commitments)
        if hits:
            found.append(("long", _quote(text, toks, hits[0][0], hits[0][1])))
            break
    for pattern in purpose.get("raise_patterns", []):
        found += [("money", m.group(0)) for m in re.finditer(pattern, text, re.IGNORECASE)]
    # a follow-up of one's own earlier message that asks again (« suite à mon e-mail, avez-vous
    # pu y jeter un œil ? »): what the first message sought, a sale in these texts
    for pattern in purpose.get("follow_up_patterns", []):
        found += [("contract", m.group(0)) for m in re.finditer(pattern, text, re.IGNORECASE)]
    return found


# Requests put as a question ("how could you…", « pourriez-vous… ») rather than the reader's path.
_REQUEST_MODALS = {
    "en": {"could", "would", "can", "will", "may", "might"},
    "fr": {"pouvoir", "vouloir", "accepter"},
}
# The reader, as written or as lemmatised (simplemma reads « votre » as « son »).
_READER = {"en": {"you", "your"}, "fr": {"vous", "votre", "vos", "tu", "ton", "ta", "tes", "son"}}


def _about_their_path(sentence: _Sentence, toks: list, lang: str) -> bool:
    """Whether a sentence asks how the reader did something ("How did you find your
    co-founder?", « comment avez-vous trouvé votre associé ? »): a topic, not a commitment."""
    lemmas = [tok.lemma for tok in toks]
    if not sentence.question or not lemmas or lemmas[0] not in _WH_WORDS[lang]:
        return False
    opening = set(lemmas[1:5]) | {tok.low for tok in toks[1:5]}
    return bool(opening & _READER[lang]) and not opening & _REQUEST_MODALS[lang]


def _own_product(
    toks: list, low: list[str], lemmas: list[str], i: int, purpose: dict, lang: str
) -> bool:
    """« J'ai créé Inboria », « j'ai construit un outil qui… »: the asker's own product, made and
    finished (a past tense after « je »), then named or called a product — what a founder's
    message serves (``purpose.own_makers``; « je développe une app » may be research)."""
    makers, products = set(purpose.get("own_makers", [])), set(purpose.get("own_products", []))
    if not makers or not (lemmas[i] in makers or low[i] in makers):
        return False
    if not (set(low[max(0, i - 3) : i]) & set(purpose.get("own_subjects", []))):
        return False
    if not (set(low[max(0, i - 2) : i]) & set(purpose.get("own_perfect", []))):
        return False
    after = toks[i + 1 : i + 4]
    return any(
        tok.low in products
        or tok.lemma in products
        or (tok.text[:1].isupper() and not simplemma.is_known(tok.low, lang=lang))
        for tok in after
    )


def reads_upward(text: str, lang: str = "fr") -> bool:
    """Whether the text itself shows the reader clearly above the asker (guide v2, D): the asker
    says they are a student or a junior, or addresses a director, a founder, a professor — for
    asks whose tie nobody recorded (a participant chooses it in the workshop)."""
    text = str(text or "")
    if len(text) > ASK_LIMIT:
        return False
    table = rules(lang).get("upward", {})
    juniors, seniors = set(table.get("juniors", [])), set(table.get("seniors", []))
    for sentence in _sentences(unicodedata.normalize("NFC", text), lang):
        low = [tok.low for tok in sentence.tokens]
        lemmas = [tok.lemma for tok in sentence.tokens]
        for i, word in enumerate(low):
            said = i <= 1 or any(w in _SELF[lang] for w in low[max(0, i - 5) : i])
            if (word in juniors or lemmas[i] in juniors) and said:
                return True  # "I'm a junior at…", « étudiante en Master… »
            if word in seniors and (
                i == 0 or low[i - 1] in _YOURS or low[i - 1] in _GREETINGS or low[i - 1] == "as"
            ):
                return True  # "Dear Professor…", "your role as founder", « votre rôle de DG »
    return False


def subject(text: str, lang: str = "fr") -> tuple[list[str], list[str]]:
    """What an ask is about, as written: its niche phrases and its broad fields (the asker's
    self-description and offer left out) — for finding who fits it."""
    if len(str(text or "")) > ASK_LIMIT:
        return [], []
    reading = _read(unicodedata.normalize("NFC", str(text or "")), lang)
    return list(dict.fromkeys(reading.niche)), list(dict.fromkeys(reading.broad))


def _read_niche(text, toks, lemmas, low, lang, lex, markers, describes_me, reading) -> None:
    """Names, numbers and specific words after a topic marker make the niche; broad fields and
    filler never do; the asker's own title ("I am X at Y and I would like…") is skipped."""
    begin = 0
    if describes_me:
        starts = [i for i, _ in _hits(lemmas, lex["wish_phrases"])]
        starts += [
            i
            for i, w in enumerate(low)
            if i and (_CONDITIONAL.search(w) if lang == "fr" else w in _EN_MODALS)
        ]
        begin = min(starts, default=len(toks))
    in_topic = False
    found: list[int] = []
    for i, tok in enumerate(toks):
        if i < begin:
            continue
        lemma = tok.lemma
        if lemma in markers or tok.low in markers:
            in_topic = True
            continue
        if lemma in lex["filler_set"] or tok.low in lex["filler_set"]:
            reading.filler.append(tok.text)
        elif (
            tok.text[:1].isupper()
            and i > 0
            and tok.low not in _GREETINGS
            and not simplemma.is_known(tok.low, lang=lang)
        ):
            found.append(i)  # a name: an organisation, a place, a product
        elif tok.text[:1].isdigit() and not any(
            t.lemma in _TIME_UNITS or t.low.rstrip("s") in _TIME_UNITS for t in toks[i + 1 : i + 4]
        ):
            found.append(i)  # a number that is not a duration ("15-20 minutes" is one)
        elif lemma in lex["broad_fields_set"] and (
            tok.text.isupper() or not {lemma, tok.low} & lex["function_words_set"]
        ):  # "IT" is a field, "it" is not
            reading.broad.append(tok.text)
            in_topic = True  # what follows a field may narrow it: « l'enseignement des maths »
        elif in_topic and _specific(lemma, tok.low, lang, lex):
            found.append(i)
    # quote the niche as the participant wrote it: neighbouring words make one phrase
    spans: list[list[int]] = []
    for i in found:
        if spans and i - spans[-1][1] <= NICHE_GAP:
            spans[-1][1] = i
        else:
            spans.append([i, i])
    reading.niche += [_quote(text, toks, a, b - a + 1) for a, b in spans]


def _specific(lemma: str, low: str, lang: str, lex: dict) -> bool:
    """A word that narrows the subject: not grammar, not generic, not the request itself."""
    if len(lemma) < 3 or not (lemma.isalpha() or "-" in lemma):
        return False
    common = lex["function_words_set"] | lex["generic_set"] | lex["small_objects_set"]
    return not ({lemma, low} & common)


# -- the verdict and the coaching ----------------------------------------------------------------


def _allowed_for_close_ties(kind: str, circle: int | None, lang: str) -> bool:
    """A referral from a close friend, a long meeting with a former colleague: reasonable."""
    limits = rules(lang)["close_ties_may"]
    return circle is not None and kind in limits and circle <= int(limits[kind])


def check(
    text: str, lang: str = "fr", relation: str | None = None, circle: int | None = None
) -> Assessment:
    """Assess an ask: ``too_big``, ``vague`` or ``precise``, a 0–100 score inside the verdict's
    band, and every criterion explained in ``lang`` with the participant's own words.

    An ask is a few sentences: a text longer than ``ASK_LIMIT`` is refused with a clear
    message rather than read (a pasted book froze the kernel for minutes)."""
    text = str(text or "")
    if len(text) > ASK_LIMIT:
        raise ValidationError("errors.too_long", field=t("fields.text", lang), limit=ASK_LIMIT)
    reading = _read(unicodedata.normalize("NFC", text), lang)
    return _assess(reading, lang, relation, circle)


def _rules_verdict(reading: _Reading, big: list, upward: bool) -> str:
    """Too big when a big object remains; precise when a small request (or a big one a close
    tie may grant), a niche and, upward, an offer and a reference to their work."""
    if big:
        return "too_big"
    if (
        (reading.small or len(big) < len(reading.big))
        and reading.niche
        and (not upward or (reading.offer and reading.their_work))
    ):
        return "precise"
    return "vague"


def _facts(
    reading: _Reading, lang: str, relation: str | None, circle: int | None
) -> tuple[str, dict[str, bool]]:
    """The rules' verdict and what they read, as the verdict model's features."""
    upward = relation == "above"
    big = [(k, q) for k, q in reading.big if not _allowed_for_close_ties(k, circle, lang)]
    verdict = _rules_verdict(reading, big, upward)
    facts = {
        "small": bool(reading.small),
        "niche": bool(reading.niche),
        "broad": bool(reading.broad),
        "filler": bool(reading.filler),
        "offer": bool(reading.offer),
        "their_work": bool(reading.their_work),
        "vague": bool(reading.vague),
        "differentiator": bool(reading.differentiator),
        "long": reading.words > rules(lang)["max_words"],
        "upward": upward,
        "close": circle is not None and circle <= 2,
        "far": circle is not None and circle >= 4,
        "big_close": len(big) < len(reading.big),
        f"verdict_{verdict}": True,
    }
    facts.update({f"big_{kind}": True for kind, _ in big})
    return verdict, facts


def reading_facts(
    text: str, lang: str = "fr", relation: str | None = None, circle: int | None = None
) -> tuple[str, list[str], dict[str, bool]]:
    """The rules' verdict, the lemmas and the rule facts of one ask (for fitting the model)."""
    reading = _read(unicodedata.normalize("NFC", str(text or "")), lang)
    verdict, facts = _facts(reading, lang, relation, circle)
    return verdict, reading.lemmas, facts


def reading_words(text: str, lang: str = "fr") -> list[str]:
    """Every word of one ask as written, in the order of ``reading_facts``'s lemmas."""
    return _read(unicodedata.normalize("NFC", str(text or "")), lang).surface


CHAR_SIZES = (3, 4, 5)  # character n-grams of each word: robust to unseen wordings and typos


def char_grams(words: list[str]) -> set[str]:
    """The ``c:`` features: character 3–5-grams of each word, unaccented, with its edges."""
    found = set()
    for word in words:
        padded = f"<{_plain(word)}>"
        for n in CHAR_SIZES:
            found.update(f"c:{padded[i : i + n]}" for i in range(len(padded) - n + 1))
    return found


def _cluster_key(word: str) -> str:
    return word.lower().replace("’", "'")


@cache
def word_clusters(lang: str) -> dict[str, int]:
    """Each word's group of meaning (``benchmarks/build_word_clusters.py``: CC0 fastText vectors
    grouped by k-means), for the ``k:`` features; empty when the language has no table."""
    path = RULES_DIR / f"{lang}_word_clusters.json"
    if not path.exists():
        return {}
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def cluster_grams(words: list[str], clusters: dict[str, int]) -> set[str]:
    """The ``k:`` features: the group of each word the table knows, so that a word never seen
    in a labelled ask shares what the model learnt of its group ("bourse" and "argent")."""
    return {f"k:{clusters[w]}" for w in map(_cluster_key, words) if w in clusters}


def verdict_features(
    lemmas: list[str],
    rule_facts: dict[str, bool],
    *,
    bigrams: bool = True,
    lemmas_on: bool = True,
    words: list[str] | None = None,
    lang: str | None = None,
    clusters: dict[str, int] | None = None,
    surface: list[str] | None = None,
) -> set[str]:
    """The verdict model's binary features: ``w:`` lemmas, ``b:`` lemma bigrams, ``r:`` facts,
    ``c:`` character n-grams of ``words`` (when given), ``l:`` the language (when given),
    ``k:`` the word groups of ``surface`` (when ``clusters`` is given)."""
    found = {f"r:{name}" for name, on in rule_facts.items() if on}
    if lemmas_on:
        found.update(f"w:{w}" for w in lemmas)
        if bigrams:
            found.update(f"b:{a}_{b}" for a, b in itertools.pairwise(lemmas))
    if words is not None:
        found |= char_grams(words)
    if lang is not None:
        found.add(f"l:{lang}")
    if clusters is not None and surface is not None:
        found |= cluster_grams(surface, clusters)
    return found


@cache
def _verdict_model(lang: str) -> dict | None:
    """The verdict model fitted on real asks (``benchmarks/fit_ask_model_lobo.py --export``:
    English C0 on batches 3–11, French M3ag with its L2 penalty ×3 on batches 3–12), if this
    language ships one: feature weights per verdict, bias, how it may move a verdict."""
    path = RULES_DIR / f"{lang}_verdict_model.json"
    if not path.exists():
        return None
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def _model_verdict(
    lang: str, reading: _Reading, facts: dict[str, bool], rules_verdict: str
) -> tuple[str, list[str]]:
    """The model's verdict where it is sure enough, else the rules', and the features present
    that pushed it from the rules' verdict, strongest first. ``moves`` (when given) lists the
    verdict changes allowed and the probability each needs; ``mode: "theta"`` lets the model
    decide any verdict at p ≥ ``threshold``; else (``raise_only``) it may only turn an ask too
    big (a sale, a job, money it reads in words no rule holds)."""
    model = _verdict_model(lang)
    if model is None:
        return rules_verdict, []
    names = verdict_features(
        reading.lemmas,
        facts,
        bigrams=model["bigrams"],
        lemmas_on="lemmas" in model["feature_set"],
        words=reading.surface if model.get("chars") else None,
        lang=lang if model.get("pooled") else None,
        clusters=word_clusters(lang) if model.get("clusters") else None,
        surface=reading.surface,
    )
    weights = model["weights"]
    scores = list(model["bias"])
    for name in names:
        for k, weight in enumerate(weights.get(name, ())):
            scores[k] += weight
    top = max(range(len(scores)), key=scores.__getitem__)
    peak = max(scores)
    p = 1 / sum(math.exp(v - peak) for v in scores)
    verdict = model["verdicts"][top]
    if isinstance(model.get("moves"), dict):  # a threshold per move (« vague>too_big »)
        needed = model["moves"].get(f"{rules_verdict}>{verdict}")
        moved = needed is not None and p >= needed
    elif model.get("mode") == "theta":
        moved = p >= model["threshold"]
    else:
        moved = p >= model["threshold"] and not (model["raise_only"] and verdict != "too_big")
    if not moved or verdict == rules_verdict:
        return rules_verdict, []
    r = model["verdicts"].index(rules_verdict)
    pushed = {n: weights[n][top] - weights[n][r] for n in names if n in weights}
    return verdict, [
        n for n in sorted(pushed, key=pushed.__getitem__, reverse=True) if pushed[n] > 0
    ]


def _carried(reading: _Reading, features: list[str], lang: str, most: int = 3) -> list[str]:
    """The participant's words behind the model's strongest features (lemmas, bigrams,
    character n-grams, word groups), as written, strongest first."""
    plain = [f"<{_plain(w)}>" for w in reading.surface]
    out: list[str] = []
    for name in features:
        kind, _, value = name.partition(":")
        found = ""
        if kind == "w":
            found = next(
                (w for w, m in zip(reading.surface, reading.lemmas, strict=True) if m == value), ""
            )
        elif kind == "b":
            pairs = zip(itertools.pairwise(reading.lemmas), reading.joined, strict=True)
            found = next((s for m, s in pairs if "_".join(m) == value), "")
        elif kind == "c":
            found = next((w for w, p in zip(reading.surface, plain, strict=True) if value in p), "")
        elif kind == "k":
            groups = word_clusters(lang)
            found = next(
                (w for w in reading.surface if str(groups.get(_cluster_key(w))) == value), ""
            )
        if found and found.lower() not in {q.lower() for q in out} and len(found) > 2:
            out.append(found)
        if len(out) == most:
            break
    return out


def _learned(reading: _Reading, verdict: str, features: list[str], lang: str) -> Criterion:
    """Why the verdict differs from what the other criteria read: the words of the ask that
    weighed most in asks coaches labelled, quoted."""
    quote = _carried(reading, features, lang)
    words = _quoted(quote, lang) if quote else t("asks.criteria.ask_size.your_message", lang)
    return Criterion(
        "learned",
        "pass" if verdict == "precise" else "fail",
        t(f"asks.criteria.learned.{verdict}", lang, words=words),
        "" if verdict == "precise" else t(f"asks.criteria.learned.suggestion_{verdict}", lang),
        tuple(quote),
    )


def _assess(reading: _Reading, lang: str, relation: str | None, circle: int | None) -> Assessment:
    upward = relation == "above"
    rules_verdict, facts = _facts(reading, lang, relation, circle)
    big = [(k, q) for k, q in reading.big if not _allowed_for_close_ties(k, circle, lang)]
    # a lunch with a former colleague, a referral from a close friend: concrete, and reasonable
    reading.small = reading.small + [q for k, q in reading.big if (k, q) not in big]
    topic = _topic(reading)
    criteria = {
        "target": _criterion("target", bool(reading.small), reading.small, lang, topic=topic),
        "niche": _niche(reading, lang),
        "differentiator": _criterion(
            "differentiator",
            bool(reading.differentiator),
            reading.differentiator,
            lang,
            topic=topic,
        ),
        "offer": _criterion("offer", bool(reading.offer), reading.offer, lang, topic=topic),
        "ask_size": _ask_size(big, reading.small, lang, topic),
        "concise": _criterion(
            "concise",
            reading.words <= rules(lang)["max_words"],
            [],
            lang,
            count=reading.words,
            limit=rules(lang)["max_words"],
        ),
        "their_work": _criterion(
            "their_work", bool(reading.their_work) if upward else None, reading.their_work, lang
        ),
    }
    # the model weighs what the rules missed in the words; a big object they read and allowed
    # (a referral from a close friend) stays allowed, and a reading without words (the
    # builder's, made of its fields' criteria) is the rules': the model learned free text
    verdict, pushed = rules_verdict, []
    if len(big) == len(reading.big) and reading.lemmas:
        verdict, pushed = _model_verdict(lang, reading, facts, rules_verdict)
    if verdict == "too_big" and rules_verdict != "too_big":
        criteria["ask_size"] = _served(reading, lang, topic)
    score = _score(criteria, verdict, len(reading.vague), upward)
    if verdict != rules_verdict:  # said first: why the verdict is not what the criteria read
        criteria = {"learned": _learned(reading, verdict, pushed, lang), **criteria}
    return Assessment(verdict, score, criteria, tuple(dict.fromkeys(reading.vague)))


def _topic(reading: _Reading) -> str:
    """The participant's own subject, to build suggestions from: the longest of the niche's
    phrases, else broad words. (The niche's phrases come from all over the ask: joined, they
    read as nonsense — « 5 confiance 30 % sur la création du site Google ».)"""
    if reading.niche:
        return max(reading.niche[:4], key=len)
    return " ".join(dict.fromkeys(reading.broad[:2]))


def _quoted(words: list[str], lang: str) -> str:
    unique = list(dict.fromkeys(w for w in words if w))[:4]
    return ", ".join(f"«\u202f{w}\u202f»" if lang == "fr" else f"“{w}”" for w in unique)


def _criterion(name: str, passed: bool | None, quote: list[str], lang: str, **params) -> Criterion:
    if passed is None:
        return Criterion(name, "n/a", t(f"asks.criteria.{name}.na", lang))
    status = "pass" if passed else "fail"
    params.setdefault("topic", "")
    words = _quoted(quote, lang)
    suggestion = ""
    if not passed:
        key = "suggestion_topic" if params["topic"] else "suggestion"
        suggestion = t(f"asks.criteria.{name}.{key}", lang, **_shown(params, lang))
    return Criterion(
        name,
        status,
        t(f"asks.criteria.{name}.{status}", lang, words=words, **_shown(params, lang)),
        suggestion,
        tuple(dict.fromkeys(quote)),
    )


def _shown(params: dict, lang: str) -> dict:
    shown = dict(params)
    if shown.get("topic"):
        shown["topic"] = _quoted([shown["topic"]], lang)
    return shown


def _niche(reading: _Reading, lang: str) -> Criterion:
    if reading.niche:
        return _criterion("niche", True, reading.niche, lang)
    if reading.filler:
        key, words = "fail_filler", reading.filler
    elif reading.broad:
        key, words = "fail_broad", reading.broad
    else:
        key, words = "fail", []
    quoted = _quoted(words, lang)
    suggestion_key = "suggestion_broad" if reading.broad and not reading.filler else "suggestion"
    return Criterion(
        "niche",
        "fail",
        t(f"asks.criteria.niche.{key}", lang, words=quoted),
        t(f"asks.criteria.niche.{suggestion_key}", lang, words=quoted),
        tuple(dict.fromkeys(words)),
    )


def _ask_size(big: list[tuple[str, str]], small: list[str], lang: str, topic: str) -> Criterion:
    if not big:
        return _criterion("ask_size", True, small, lang)
    kinds = list(dict.fromkeys(kind for kind, _ in big))
    quote = [q for _, q in big]
    words = _quoted(quote, lang)
    shown_topic = _quoted([topic], lang) if topic else t("asks.criteria.ask_size.your_field", lang)
    return Criterion(
        "ask_size",
        "fail",
        t("asks.criteria.ask_size.fail", lang, words=words),
        t(f"asks.criteria.ask_size.suggestion_{kinds[0]}", lang, topic=shown_topic),
        tuple(dict.fromkeys(quote)),
    )


def _served(reading: _Reading, lang: str, topic: str) -> Criterion:
    """The request weighed as too big by the model: what the participant asks, quoted, and what
    it reads as serving (a sale, a job, money) in their words."""
    quote = (reading.small or reading.niche or reading.vague)[:2]
    shown_topic = _quoted([topic], lang) if topic else t("asks.criteria.ask_size.your_field", lang)
    words = _quoted(quote, lang) if quote else t("asks.criteria.ask_size.your_message", lang)
    return Criterion(
        "ask_size",
        "fail",
        t("asks.criteria.ask_size.fail_served", lang, words=words),
        t("asks.criteria.ask_size.suggestion_served", lang, topic=shown_topic),
        tuple(quote),
    )


def _score(criteria: dict[str, Criterion], verdict: str, vague_count: int, upward: bool) -> int:
    applicable = {n: c for n, c in criteria.items() if c.status != "n/a"}
    earned = sum(WEIGHTS[n] for n, c in applicable.items() if c.status == "pass")
    score = 100 * earned / sum(WEIGHTS[n] for n in applicable)
    if upward:
        for name in ("offer", "their_work"):
            if criteria[name].status == "fail":
                score *= UPWARD_PENALTY
    score -= VAGUE_PENALTY * vague_count
    low, high = BANDS[verdict]
    return round(min(high, max(low, score)))


# -- the ask builder -----------------------------------------------------------------------------

BUILDER_FIELDS = ("help", "helper", "domain", "niche", "experience", "offer")
HELP_KINDS = ("advice", "information", "introduction", "feedback")
_PLACEHOLDER = re.compile(r"^\W*$|^(.)\1*$|^\[.*\]$|^<.*>$|^\.\.\.$|^…$")


def field_issue(value: str, lang: str = "fr") -> str | None:
    """Why a builder field does not count yet (``empty``, ``filler``), or None when it does:
    "x", « trucs », « rien », "[your sector]" and one-letter words never pass."""
    text = " ".join(str(value or "").split())
    if not text:
        return "empty"
    if _PLACEHOLDER.match(text):
        return "filler"
    lex = _lexicon(lang)
    words = [tok for tok in _tokenize(text, lang) if tok.text != "?"]
    meaningful = [
        tok
        for tok in words
        if len(tok.low) > 1
        and tok.low not in lex["filler_set"]
        and tok.lemma not in lex["filler_set"]
        and tok.lemma not in lex["function_words_set"]
        and tok.low not in lex["function_words_set"]
    ]
    return None if meaningful else "filler"


def build_ask(fields: dict[str, str], lang: str = "fr") -> str:
    """A first draft from the builder's fields, in the participant's language, without any
    greeting (the drafts add it when written: the stored ask names no contact). Empty fields are
    left out, so the draft reads well at every stage."""
    values = {k: " ".join(str(fields.get(k) or "").split()) for k in BUILDER_FIELDS}
    help_kind = values["help"] if values["help"] in HELP_KINDS else "advice"
    sentence = t(
        "asks.builder.looking",
        lang,
        helper=values["helper"] or t("asks.builder.someone", lang),
        help=t(f"asks.builder.help.{help_kind}", lang),
    )
    if values["domain"]:
        sentence += t("asks.builder.domain", lang, domain=values["domain"])
    if values["niche"]:
        sentence += t("asks.builder.niche", lang, niche=values["niche"])
    parts = [sentence[:1].upper() + sentence[1:] + "."]
    if values["experience"]:
        parts.append(t("asks.builder.experience", lang, experience=values["experience"]))
    if values["offer"]:
        parts.append(t("asks.builder.offer", lang, offer=values["offer"]))
    return " ".join(parts)


def check_fields(
    fields: dict[str, str],
    lang: str = "fr",
    relation: str | None = None,
    circle: int | None = None,
) -> Assessment:
    """Assess what the participant wrote in each builder field, never the builder's own
    connecting phrases: a field earns its criterion only when its content does (filler never
    does), and the niche and the ask size are read from the fields' words alone."""
    values = {k: " ".join(str(fields.get(k) or "").split()) for k in BUILDER_FIELDS}
    real = {k: v for k, v in values.items() if k != "help" and field_issue(v, lang) is None}
    filler = [v for k, v in values.items() if k != "help" and v and k not in real]
    subject = " ".join(real.get(k, "") for k in ("helper", "domain", "niche")).strip()
    about = _read(t("asks.builder.about", lang, subject=subject), lang) if subject else _Reading()
    reading = _Reading(words=_read(build_ask(values, lang), lang).words)
    help_kind = values["help"] if values["help"] in HELP_KINDS else "advice"
    if subject:  # a request only counts once there is someone or something to ask about
        reading.small = [t(f"asks.builder.help.{help_kind}", lang)]
    reading.niche = about.niche
    reading.broad = about.broad
    reading.filler = about.filler + filler
    if real.get("experience"):
        reading.differentiator = [real["experience"]]
    if real.get("offer"):
        reading.offer = [real["offer"]]
    own = _read(" ".join(real.values()), lang)  # the participant's words only
    reading.big = own.big
    reading.their_work = own.their_work
    reading.vague = own.vague
    result = _assess(reading, lang, relation, circle)
    return replace(result, criteria=_filler_said(result.criteria, values, real, lang))


# Which criterion each builder field earns, when its content is real.
_FIELD_CRITERIA = {"helper": "target", "experience": "differentiator", "offer": "offer"}


def _filler_said(
    criteria: dict[str, Criterion], values: dict[str, str], real: dict[str, str], lang: str
) -> dict[str, Criterion]:
    """A field filled with filler ("x", « rien ») says so in its own criterion, quoting it."""
    said = dict(criteria)
    for name, criterion in _FIELD_CRITERIA.items():
        value = values.get(name, "")
        if value and name not in real and said[criterion].status == "fail":
            quoted = _quoted([value], lang)
            said[criterion] = replace(
                said[criterion],
                explanation=t("asks.builder.filler", lang, words=quoted),
                quote=(value,),
            )
    return said

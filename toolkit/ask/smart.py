"""The SMART parts of an ask the checker can name: a time frame and a "why". Pure.

A person asked for help answers sooner and better when they know by when it matters ("d'ici fin
mars", "before the 15th") and what it is for ("pour décider si…", "because I'm moving to…").
Both are found in the participant's own words and quoted back; neither changes the verdict.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from toolkit.ask.checker import Criterion
from toolkit.i18n import t

SMART_CRITERIA = ("time_frame", "why")
_APOS = "['’]"
_CLAUSE_END = re.compile(r"[.;:!?\n]|,\s|\s[-–—]\s")
QUOTE_WORDS = 12  # a quote stops at the end of the clause or after this many words

_FR_MONTHS = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre"
    "|décembre|decembre"
)
_FR_DAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_FR_COUNT = r"(?:\d+|deux|trois|quatre|cinq|six|huit|dix|quinze|quelques)"
_FR_UNITS = r"(?:jours?|semaines?|mois|ans?|années?)"
_FR_SEASONS = r"(?:printemps|été|automne|hiver|rentrée|vacances|noël|nouvel an)"
_FR_WHEN = (
    rf"(?:fin|début|mi-?)\s*(?:{_FR_MONTHS}|d{_APOS}année|de l{_APOS}année|de mois|du mois"
    rf"|de (?:la )?semaine|{_FR_SEASONS})"
    rf"|(?:le |la |l{_APOS}|les |mon |ma |mes |notre )?"
    rf"(?:\d{{1,2}}(?:er)?\b|{_FR_MONTHS}|{_FR_DAYS}|{_FR_SEASONS}|fin\b|prochain|entretien|rendez-vous|réunion|comité|salon|forum|départ"
    rf"|déménagement|échéance|date|semaine prochaine|mois prochain)"
)
FR_TIME_FRAME = re.compile(
    rf"\bd{_APOS}ici\s+(?:{_FR_WHEN})"
    rf"|\bd{_APOS}ici\s+(?:la\s+|le\s+|l{_APOS}|à\s+|au\s+|quelques\s+|{_FR_COUNT}\s+)?\w+"
    rf"|\bavant\s+(?:{_FR_WHEN})"
    rf"|\b(?:au plus tard|pas plus tard que|jusqu{_APOS}(?:au|à|en))\s+\w+"
    rf"|\b(?:cette|ce|la|le)\s+(?:semaine|mois|trimestre|année|an|week-end|printemps|été|automne"
    rf"|hiver)(?:-ci|\s+prochaine?|\s+qui vient)?\b"
    rf"|\b(?:dans|sous|en|d{_APOS}ici)\s+(?:les\s+)?{_FR_COUNT}\s+(?:prochaine?s?\s+)?{_FR_UNITS}"
    rf"|\b(?:en|fin|début|mi-?)\s*(?:{_FR_MONTHS})\b"
    rf"|\b(?:le|au)\s+\d{{1,2}}(?:er)?\s+(?:{_FR_MONTHS})"
    rf"|\b(?:à la|dès la)\s+rentrée\b|\bavant l{_APOS}été\b|\bau plus vite\b"
    rf"|\b(?:lundi|mardi|mercredi|jeudi|vendredi) prochain\b",
    re.IGNORECASE,
)

_EN_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_EN_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_EN_COUNT = r"(?:\d+|a few|two|three|four|five|six|eight|ten|a couple of)"
_EN_UNITS = r"(?:days?|weeks?|months?|years?)"
_EN_WHEN = (
    rf"(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?\w+"
    rf"|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\b|(?:mid-?|early\s+|late\s+)?(?:{_EN_MONTHS})\b"
    rf"|{_EN_DAYS}|next\s+\w+|(?:my|our|the)\s+(?:interview|meeting|move|deadline|board|panel"
    rf"|review|trip|summer|holidays|conference|fair|start)|christmas|summer|spring|autumn|fall"
    rf"|winter|tomorrow|tonight"
)
EN_TIME_FRAME = re.compile(
    rf"\b(?:by|before|until|no later than)\s+(?:{_EN_WHEN})"
    rf"|\b(?:this|next|coming)\s+(?:week|month|quarter|year|weekend|spring|summer|autumn|fall"
    rf"|winter|term)\b"
    rf"|\b(?:within|in)\s+(?:the\s+next\s+)?{_EN_COUNT}\s+{_EN_UNITS}"
    rf"|\bover\s+the\s+(?:next|coming)\s+(?:{_EN_COUNT}\s+)?{_EN_UNITS}"
    rf"|\bin\s+(?:{_EN_MONTHS})\b|\b(?:on|by)\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)\b"
    rf"|\bas soon as possible\b|\basap\b",
    re.IGNORECASE,
)

_FR_PURPOSE_VERBS = (
    r"(?:décider|choisir|savoir|comprendre|vérifier|valider|trancher|évaluer|confirmer|mesurer"
    r"|préparer|orienter|arbitrer|départager|affiner|tester|estimer|juger)"
)
FR_WHY = re.compile(
    rf"\bpour\s+(?:(?:me|m{_APOS}|nous|mieux|bien)\s*)?{_FR_PURPOSE_VERBS}\w*"
    rf"|\bpour\s+que\b|\bparce\s+qu{_APOS}?e?|\bcar\b(?!\s+(?:de|du|des|scolaire)\b)"
    rf"|\bafin\s+(?:de|d{_APOS}|que|qu{_APOS})|\bpuisque\b|\bvu\s+que\b|\bétant\s+donné\s+que\b"
    rf"|\bdans\s+le\s+but\s+de\b|\b(?:mon|notre|l{_APOS})\s*(?:objectif|but)\s+(?:est|:)"
    rf"|\bje\s+dois\s+(?:décider|choisir|trancher)\b",
    re.IGNORECASE,
)
EN_WHY = re.compile(
    r"\bbecause\b|\bsince\s+(?:i|we|my|our)\b|\bas\s+i(?:'m|\s+am)\s+(?:moving|leaving|"
    r"starting|changing|preparing|deciding|planning)\b|\bso\s+(?:that|i\s+can|i\s+could)\b"
    r"|\bin\s+order\s+to\b|\bto\s+(?:help\s+me\s+)?(?:decide|choose|figure\s+out|find\s+out"
    r"|check|test|validate|confirm|judge|weigh|assess|see\s+(?:whether|if)|know\s+(?:whether|if)"
    r"|understand\s+(?:whether|if|how|what))\b|\bmy\s+(?:goal|aim|purpose)\s+is\b"
    r"|\bi\s+(?:need|have)\s+to\s+(?:decide|choose)\b",
    re.IGNORECASE,
)
PATTERNS = {
    "fr": {"time_frame": FR_TIME_FRAME, "why": FR_WHY},
    "en": {"time_frame": EN_TIME_FRAME, "why": EN_WHY},
}


@dataclass(frozen=True)
class SmartParts:
    """The words of an ask that give its time frame and its reason ("" when missing)."""

    time_frame: str = ""
    why: str = ""


def _quote_from(text: str, start: int, end: int, whole_clause: bool) -> str:
    """The words the match covers, and for a "why" the rest of its clause (a few words)."""
    if not whole_clause:
        return " ".join(text[start:end].split())
    stop = _CLAUSE_END.search(text, end)
    clause = text[start : stop.start() if stop else len(text)]
    words = clause.split()
    return " ".join(words[:QUOTE_WORDS]) + ("…" if len(words) > QUOTE_WORDS else "")


def smart_parts(text: str, lang: str = "fr") -> SmartParts:
    """Find the time frame and the "why" in ``text`` (the participant's words), as written."""
    text = unicodedata.normalize("NFC", str(text or ""))
    found = {}
    for part, pattern in PATTERNS[lang].items():
        match = pattern.search(text)
        found[part] = _quote_from(text, match.start(), match.end(), part == "why") if match else ""
    return SmartParts(**found)


def smart_criteria(text: str, lang: str = "fr") -> dict[str, Criterion]:
    """The two SMART criteria, explained in ``lang``, quoting the participant's words."""
    parts = smart_parts(text, lang)
    criteria = {}
    for name in SMART_CRITERIA:
        quote = getattr(parts, name)
        if quote:
            words = f"«\u202f{quote}\u202f»" if lang == "fr" else f"“{quote}”"
            criteria[name] = Criterion(
                name, "pass", t(f"smart.{name}.pass", lang, words=words), "", (quote,)
            )
        else:
            criteria[name] = Criterion(
                name, "fail", t(f"smart.{name}.fail", lang), t(f"smart.{name}.suggestion", lang)
            )
    return criteria

"""vCard files (2.1, 3.0, 4.0) to the same records a CSV export gives.

Cards are cut apart here and each one is parsed by ``vobject``; what vobject cannot take is
handled first: binary properties (photos, logos, keys) are dropped unread, and a card that a file
ends in the middle of is reported, never half imported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import vobject

from toolkit.map.importers.errors import ImportFileError

_BEGIN = re.compile(r"^BEGIN:VCARD\s*$", re.IGNORECASE)
_END = re.compile(r"^END:VCARD\s*$", re.IGNORECASE)
_BINARY = re.compile(r"^(?:[\w-]+\.)?(PHOTO|LOGO|SOUND|KEY)[;:]", re.IGNORECASE)
_QP_START = re.compile(r"^[^:]*QUOTED-PRINTABLE[^:]*:", re.IGNORECASE)


def looks_like_vcard(text: str) -> bool:
    """Whether a text is a vCard file (it opens with ``BEGIN:VCARD``)."""
    return bool(_BEGIN.match(text.lstrip().split("\n", 1)[0].strip()))


@dataclass
class VCardRecords:
    """Fields of each complete card, the line each starts on, and cards that could not be read."""

    records: list[dict[str, str]] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    unreadable: list[tuple[int, str]] = field(default_factory=list)  # (line, message key)


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """Physical lines joined back: folded (next line starts with a space) and quoted-printable
    soft breaks (a line ending in ``=``); binary properties dropped. (line number, text)."""
    joined: list[tuple[int, str]] = []
    in_binary = False
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.rstrip("\r")
        continues = line[:1] in (" ", "\t")
        if continues and joined:
            if not in_binary:
                previous_number, previous = joined[-1]
                joined[-1] = (previous_number, previous + line[1:])
            continue
        if joined and _QP_START.match(joined[-1][1]) and joined[-1][1].endswith("="):
            previous_number, previous = joined[-1]
            joined[-1] = (previous_number, previous[:-1] + line)
            continue
        in_binary = bool(_BINARY.match(line))
        if not in_binary and line.strip():
            joined.append((number, line))
    return joined


def _cards(text: str) -> tuple[list[tuple[int, list[str]]], list[int]]:
    """Complete cards (first line, lines) and the lines where cut cards begin."""
    cards: list[tuple[int, list[str]]] = []
    cut: list[int] = []
    current: list[str] | None = None
    start = 0
    for number, line in _logical_lines(text):
        if _BEGIN.match(line):
            if current is not None:
                cut.append(start)
            current, start = [line], number
        elif current is not None:
            current.append(line)
            if _END.match(line):
                cards.append((start, current))
                current = None
    if current is not None:
        cut.append(start)
    return cards, cut


def _text(component: object, name: str) -> list[str]:
    values = []
    for line in getattr(component, "contents", {}).get(name, []):
        value = line.value
        if isinstance(value, list):  # ORG is a list of units
            value = ", ".join(str(part) for part in value if str(part).strip())
        values.append(str(value).strip())
    return [v for v in values if v]


def _card_fields(component: object) -> dict[str, str]:
    name = getattr(component, "n", None)
    fields = {
        "full_name": next(iter(_text(component, "fn")), ""),
        "company": next(iter(_text(component, "org")), ""),
        "position": next(iter(_text(component, "title")), ""),
        "notes": "\n".join(_text(component, "note")),
    }
    if name is not None and hasattr(name.value, "given"):
        fields.update(
            first_name=_joined(name.value.given),
            middle_name=_joined(name.value.additional),
            last_name=_joined(name.value.family),
            suffix=_joined(name.value.suffix),
        )
    for key, prop in (("email", "email"), ("phone", "tel"), ("profile_url", "url")):
        values = [v.removeprefix("tel:").removeprefix("mailto:") for v in _text(component, prop)]
        fields[key] = " ::: ".join(values)
    return fields


def _joined(value: object) -> str:
    return " ".join(value) if isinstance(value, list) else str(value or "")


def read_vcards(text: str) -> VCardRecords:
    """The contacts of a vCard file; a file with no complete card is an ``ImportFileError``."""
    cards, cut = _cards(text)
    result = VCardRecords()
    for line in cut:
        result.unreadable.append((line, "importers.skipped.vcard_cut"))
    for start, lines in cards:
        try:
            component = vobject.readOne("\r\n".join(lines) + "\r\n", allowQP=True)
        except Exception:  # vobject raises many types for one broken card; the others go on
            result.unreadable.append((start, "importers.skipped.vcard_unreadable"))
            continue
        result.records.append(_card_fields(component))
        result.lines.append(start)
    if not result.records and cut:
        raise ImportFileError("importers.errors.vcard_cut", line=cut[0])
    return result

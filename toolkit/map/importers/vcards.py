"""vCard files (2.1, 3.0, 4.0) to the same records a CSV export gives.

Cards are cut apart here, then read line by line: ``vobject.base.parseLine`` cuts each content
line into group, name, parameters and value (a lenient split takes over when it refuses one), and
the values are decoded here (quoted-printable in the card's charset, backslash escapes, the
components of N and ORG). vobject's own reading of a whole card is not used: it keeps only the
part of FN, NOTE or TITLE before the first unescaped comma, stores ORG as a list and refuses the
whole card over one property it does not know. Here a line that cannot be read costs only itself,
and is reported when it held something the import uses. Binary properties (photos, logos, keys)
are dropped unread; a card that a file ends in the middle of is reported, never half imported;
group cards (Apple's ``X-ADDRESSBOOKSERVER-KIND:group``, vCard 4's ``KIND:group``) are skipped.
"""

from __future__ import annotations

import codecs
import quopri
import re
from dataclasses import dataclass, field

from vobject.base import ParseError, parseLine

from toolkit.map.importers.decoding import likeliest_code_page
from toolkit.map.importers.errors import ImportFileError

_BEGIN = re.compile(r"^BEGIN:VCARD\s*$", re.IGNORECASE)
_END = re.compile(r"^END:VCARD\s*$", re.IGNORECASE)
_BINARY = re.compile(r"^(?:[\w-]+\.)?(PHOTO|LOGO|SOUND|KEY)[;:]", re.IGNORECASE)
_QP_START = re.compile(r"^[^:]*QUOTED-PRINTABLE[^:]*:", re.IGNORECASE)
# group.NAME;params:value, for the lines parseLine refuses (an empty parameter, a "/" in a name).
_LENIENT = re.compile(
    r"^(?:(?P<group>[\w-]+)\.)?(?P<name>[^;:]+)(?P<params>;[^:]*)?:(?P<value>.*)$"
)
_UNESCAPE = re.compile(r"\\(.)", re.DOTALL)
_ESCAPED = {"n": "\n", "N": "\n"}
# The properties the import reads; a line naming one of them that cannot be read is reported.
USED = ("FN", "N", "ORG", "TITLE", "NOTE", "EMAIL", "TEL", "URL", "KIND",
        "X-ADDRESSBOOKSERVER-KIND")  # fmt: skip
MULTI_VALUE = " ::: "


def looks_like_vcard(text: str) -> bool:
    """Whether a text is a vCard file (it opens with ``BEGIN:VCARD``)."""
    return bool(_BEGIN.match(text[:4096].lstrip().split("\n", 1)[0].strip()))


@dataclass
class VCardRecords:
    """Fields of each complete card, the line each starts on, cards that were not imported
    (line, message key) and lines that could not be read (line, property)."""

    records: list[dict[str, str]] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    unreadable: list[tuple[int, str]] = field(default_factory=list)
    unread_lines: list[tuple[int, str]] = field(default_factory=list)


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
        # A soft break never runs into the next card's or this card's end (Evolution writes
        # "=" then a blank folded line before END:VCARD).
        ends_card = _END.match(line) or _BEGIN.match(line)
        if (
            joined
            and not ends_card
            and _QP_START.match(joined[-1][1])
            and joined[-1][1].endswith("=")
        ):
            previous_number, previous = joined[-1]
            joined[-1] = (previous_number, previous[:-1] + line)
            continue
        in_binary = bool(_BINARY.match(line))
        if not in_binary and line.strip():
            joined.append((number, line))
    return joined


def _cards(text: str) -> tuple[list[tuple[int, list[tuple[int, str]]]], list[int]]:
    """Complete cards (first line, their numbered lines) and the lines where cut cards begin."""
    cards: list[tuple[int, list[tuple[int, str]]]] = []
    cut: list[int] = []
    current: list[tuple[int, str]] | None = None
    start = 0
    for number, line in _logical_lines(text):
        if _BEGIN.match(line):
            if current is not None:
                cut.append(start)
            current, start = [], number
        elif current is not None:
            if _END.match(line):
                cards.append((start, current))
                current = None
            else:
                current.append((number, line))
    if current is not None:
        cut.append(start)
    return cards, cut


@dataclass
class _Property:
    name: str
    params: dict[str, list[str]]
    value: str


def _parse(line: str) -> _Property | None:
    """One content line as (name, parameters, raw value), or ``None`` if it is not one."""
    try:
        name, pairs, value, _group = parseLine(line)
    except ParseError:
        match = _LENIENT.match(line)
        if match is None:
            return None
        name, value = match["name"], match["value"]
        pairs = [part.split("=", 1) for part in (match["params"] or "").split(";") if part]
    params: dict[str, list[str]] = {}
    for pair in pairs:
        if len(pair) == 1:  # vCard 2.1's bare parameters: TEL;WORK;VOICE, ;QUOTED-PRINTABLE
            bare = pair[0].upper()
            key = "ENCODING" if bare in ("QUOTED-PRINTABLE", "BASE64", "B") else "TYPE"
            params.setdefault(key, []).append(bare)
        else:
            key, *values = pair
            params.setdefault(key.upper(), []).extend(v.strip('"') for v in values)
    return _Property(name.upper(), params, value)


def _decoded(prop: _Property, fallback: str = "cp1252") -> str:
    """A raw value with its quoted-printable encoding undone, in the card's charset (UTF-8, then
    ``fallback``, when the charset is missing or unknown: a wrong byte never costs the card)."""
    raw = _quoted_bytes(prop)
    if raw is None:
        return prop.value
    for charset in (*prop.params.get("CHARSET", [])[:1], "utf-8"):
        try:
            return raw.decode(codecs.lookup(charset).name)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode(fallback, errors="replace")


def _quoted_bytes(prop: _Property) -> bytes | None:
    """The bytes of a quoted-printable value (``None`` for any other value)."""
    if "QUOTED-PRINTABLE" not in [e.upper() for e in prop.params.get("ENCODING", [])]:
        return None
    return quopri.decodestring(prop.value.encode("latin-1", errors="replace"))


def _without_charset(prop: _Property) -> bytes | None:
    """A quoted-printable value's bytes when neither its charset nor UTF-8 reads them."""
    raw = _quoted_bytes(prop)
    if raw is None or raw.isascii():
        return None
    for charset in (*prop.params.get("CHARSET", [])[:1], "utf-8"):
        try:
            raw.decode(codecs.lookup(charset).name)
            return None
        except (LookupError, UnicodeDecodeError):
            continue
    return raw


def _fallback_charset(cards: list[dict[str, list[_Property]]]) -> str:
    """The one code page that reads best all the quoted-printable values of a file that say no
    charset (old phones and mail programs write their own, Western or Central European): the
    values are scored together, as ``decoding`` scores a whole file's text."""
    samples = [raw for props in cards for found in props.values() for prop in found
               if (raw := _without_charset(prop)) is not None]  # fmt: skip
    return likeliest_code_page(b"\n".join(samples), QP_CODE_PAGES) if samples else "cp1252"


# Windows-1252 first (a tie keeps it), then Central European Windows-1250 (The Bat!, Polish,
# Czech and Hungarian phones of the 2000s).
QP_CODE_PAGES = ("cp1252", "cp1250")


def _unescape(text: str) -> str:
    r"""``\n`` to a line break; ``\,`` ``\;`` ``\:`` ``\\`` to the character itself."""
    if "\\" not in text:
        return text.strip()
    return _UNESCAPE.sub(lambda m: _ESCAPED.get(m.group(1), m.group(1)), text).strip()


def _components(text: str) -> list[str]:
    """A structured value (N, ORG) cut at its unescaped semicolons, each part unescaped."""
    return [_unescape(part) for part in re.split(r"(?<!\\);", text)]


def _preferred_first(props: list[_Property]) -> list[_Property]:
    def preferred(prop: _Property) -> bool:
        types = [t.upper() for value in prop.params.get("TYPE", []) for t in value.split(",")]
        return "PREF" in types or prop.params.get("PREF", [""])[0] == "1"

    return sorted(props, key=lambda prop: not preferred(prop))


def _card_fields(props: dict[str, list[_Property]], fallback: str = "cp1252") -> dict[str, str]:
    def first(name: str) -> str:
        values = [_unescape(_decoded(p, fallback)) for p in props.get(name, [])]
        return next((v for v in values if v), "")

    fields = {
        "full_name": first("FN"),
        "position": first("TITLE"),
        "notes": "\n".join(
            v for v in (_unescape(_decoded(p, fallback)) for p in props.get("NOTE", [])) if v
        ),
    }
    for org in props.get("ORG", []):
        units = [unit for unit in _components(_decoded(org, fallback)) if unit]
        if units:
            fields["company"] = ", ".join(units)
            break
    for n in props.get("N", [])[:1]:
        parts = [*_components(_decoded(n, fallback)), "", "", "", "", ""]
        family, given, additional, _prefix, suffix = (
            p.replace(",", " ").split() for p in parts[:5]
        )
        fields.update(
            last_name=" ".join(family), first_name=" ".join(given),
            middle_name=" ".join(additional), suffix=" ".join(suffix),
        )  # fmt: skip
    for key, name, prefix in (("email", "EMAIL", "mailto:"), ("phone", "TEL", "tel:"),
                              ("profile_url", "URL", "")):  # fmt: skip
        values = [_unescape(_decoded(p, fallback)) for p in _preferred_first(props.get(name, []))]
        values = [
            v[len(prefix) :] if prefix and v.lower().startswith(prefix) else v for v in values
        ]
        fields[key] = MULTI_VALUE.join(v for v in values if v)
    return fields


def _is_group(props: dict[str, list[_Property]]) -> bool:
    kinds = props.get("KIND", []) + props.get("X-ADDRESSBOOKSERVER-KIND", [])
    return any(_unescape(kind.value).casefold() == "group" for kind in kinds)


def read_vcards(text: str) -> VCardRecords:
    """The contacts of a vCard file; a file with no complete card is an ``ImportFileError``."""
    cards, cut = _cards(text)
    result = VCardRecords()
    people: list[tuple[int, dict[str, list[_Property]]]] = []
    for line in cut:
        result.unreadable.append((line, "importers.skipped.vcard_cut"))
    for start, lines in cards:
        props: dict[str, list[_Property]] = {}
        for number, line in lines:
            prop = _parse(line)
            if prop is None:
                name = re.split(r"[;:]", line, maxsplit=1)[0].split(".")[-1].strip().upper()
                if name in USED:
                    result.unread_lines.append((number, line.strip()[:60]))
                continue
            props.setdefault(prop.name, []).append(prop)
        if _is_group(props):
            result.unreadable.append((start, "importers.skipped.vcard_group"))
            continue
        people.append((start, props))
    fallback = _fallback_charset([props for _, props in people])
    for start, props in people:
        result.records.append(_card_fields(props, fallback))
        result.lines.append(start)
    if not result.records and cut:
        raise ImportFileError("importers.errors.vcard_cut", line=cut[0])
    return result

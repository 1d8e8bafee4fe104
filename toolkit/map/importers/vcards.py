"""vCard files (2.1, 3.0, 4.0) to the same records a CSV export gives.

Lines are joined back on the file's bytes (folds, quoted-printable soft breaks), so that a fold
inside a UTF-8 sequence leaves the letter whole; a value whose parameters name a CHARSET is
decoded in it, the rest of the file as a whole (the encoding decided on the joined lines).
Cards are then cut apart (a card inside a card, as an AGENT's or a phone's nested cards, is a
card of its own) and read line by line: ``vobject.base.parseLine`` cuts each content line into
group, name, parameters and value (a lenient split takes over when it refuses one), and the
values are decoded here (quoted-printable in the card's charset, backslash escapes, the
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

from toolkit.map.importers.decoding import Decoded, decode, likeliest_code_page
from toolkit.map.importers.errors import ImportFileError

_BEGIN = re.compile(rb"^BEGIN:VCARD\s*$", re.IGNORECASE)
_END = re.compile(rb"^END:VCARD\s*$", re.IGNORECASE)
_BEGIN_TEXT = re.compile(r"^\s*BEGIN:VCARD\s*$", re.IGNORECASE)
_END_TEXT = re.compile(r"^\s*END:VCARD\s*$", re.IGNORECASE)
_BINARY = re.compile(rb"^(?:[\w-]+\.)?(PHOTO|LOGO|SOUND|KEY)[;:]", re.IGNORECASE)
_QP = re.compile(rb"QUOTED-PRINTABLE", re.IGNORECASE)
_CHARSET = re.compile(rb";\s*CHARSET\s*=\s*\"?([^;:\",]+)", re.IGNORECASE)
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
    return bool(_BEGIN_TEXT.match(text[:4096].lstrip().split("\n", 1)[0]))


@dataclass
class VCardRecords:
    """Fields of each complete card, the line each starts on, cards that were not imported
    (line, message key), lines that could not be read (line, property), cards whose CHARSET
    could not be honoured (line, charset), and how the file's characters were read."""

    records: list[dict[str, str]] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    unreadable: list[tuple[int, str]] = field(default_factory=list)
    unread_lines: list[tuple[int, str]] = field(default_factory=list)
    charsets: list[tuple[int, str]] = field(default_factory=list)
    decoded: Decoded | None = None


def _head_end(line: bytes) -> int:
    """Where a content line's name and parameters end: its first colon outside quotes (-1 if
    none)."""
    quoted = False
    for position, byte in enumerate(line):
        if byte == 0x22:  # '"': vCard 3/4 parameter values may hold ":" in quotes
            quoted = not quoted
        elif byte == 0x3A and not quoted:
            return position
    return -1


def _soft_break(line: bytes) -> bool:
    """Whether a line is a quoted-printable value broken by a soft line break (ends in ``=``)."""
    if not line.endswith(b"="):
        return False
    end = _head_end(line)
    return end >= 0 and bool(_QP.search(line[:end]))


def _joined_lines(lines: list[bytes]) -> list[tuple[int, bytes]]:
    """Physical lines joined back, on bytes (a fold may cut a UTF-8 sequence in two): folded
    lines (the next starts with a space) and quoted-printable soft breaks (a line ending in
    ``=``); binary properties dropped. (line number, bytes)."""
    joined: list[tuple[int, bytes]] = []
    in_binary = False
    for number, line in enumerate(lines, start=1):
        line = line.rstrip(b"\r")
        # A soft break joins the next line as it is, a leading space included: that space is
        # text (RFC 2045 soft breaks; "come=" + " to the aid" is "come to the aid"). It never
        # runs into a card's end or the next card (Evolution writes "=" before END:VCARD).
        if (
            joined
            and not in_binary
            and _soft_break(joined[-1][1])
            and not (_END.match(line) or _BEGIN.match(line))
        ):
            previous_number, previous = joined[-1]
            joined[-1] = (previous_number, previous[:-1] + line)
            continue
        if line[:1] in (b" ", b"\t") and joined:
            if not in_binary:
                previous_number, previous = joined[-1]
                joined[-1] = (previous_number, previous + line[1:])
            continue
        in_binary = bool(_BINARY.match(line))
        if not in_binary and line.strip():
            joined.append((number, line))
    return joined


def _own_charset(line: bytes) -> tuple[str, int] | None:
    """The CHARSET a line's parameters give its raw (not quoted-printable) value, and where the
    value starts; ``None`` when the value is ASCII or the line names no charset."""
    if line.isascii() or _CHARSET.search(line) is None:  # most lines: nothing to do
        return None
    end = _head_end(line)
    if end < 0 or line[end + 1 :].isascii():
        return None
    head = line[:end]
    match = _CHARSET.search(head)
    if match is None or _QP.search(head):
        return None  # quoted-printable values are decoded in their charset with the property
    return match.group(1).decode("ascii", errors="replace").strip(), end + 1


def _single_byte(codec: str) -> bool:
    """Whether a codec reads one character a byte (Latin-1, Windows-1252...), not UTF-8."""
    return codec != "utf-8" and len(bytes(range(128, 256)).decode(codec, errors="replace")) == 128


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decode_lines(
    data: bytes, decoded: Decoded
) -> tuple[list[tuple[int, str]], Decoded, dict[int, str]]:
    """The file's content lines, unfolded on bytes then decoded; the reading of the file's
    characters; the lines whose CHARSET could not be honoured (line: charset).

    A value whose parameters name a CHARSET (vCard 2.1, which Android and old phones write in
    Shift_JIS, Windows-1252...) is decoded in it; every other line is read as the file is, the
    encoding decided on the unfolded lines without those values. A charset that Python does
    not know, or that does not read the value, leaves the value to the file's reading; a
    one-byte charset named over UTF-8 bytes gives way to UTF-8. Both are reported."""
    own_bytes = not decoded.encoding.startswith(("utf-16", "utf-32"))
    body = data if own_bytes else decoded.text.encode("utf-8")
    bom = codecs.BOM_UTF8 if own_bytes and body.startswith(codecs.BOM_UTF8) else b""
    joined = _joined_lines(body[len(bom) :].split(b"\n"))
    values: dict[int, str] = {}
    problems: dict[int, str] = {}
    used: set[str] = set()
    kept: list[bytes] = []
    for index, (number, line) in enumerate(joined):
        own = _own_charset(line) if own_bytes else None
        if own is not None:
            charset, start = own
            raw = line[start:]
            try:
                name = codecs.lookup(charset).name
                values[index], line = raw.decode(name), line[:start]
            except (LookupError, UnicodeDecodeError):
                problems[number] = charset
            else:
                if _single_byte(name) and _is_utf8(raw):
                    # A one-byte charset reads any bytes, so they cannot refute it; but text in
                    # it almost never forms UTF-8 sequences: the card names the wrong charset.
                    values[index] = raw.decode("utf-8")
                    problems[number] = charset
                else:
                    used.add(name)
        kept.append(line)
    reading = decoded
    if own_bytes:
        try:
            reading = decode(bom + b"\n".join(kept))
        except ImportFileError:
            reading = None
        if reading is None or reading.text.count("\n") != len(kept) - 1:
            # The lines alone do not read as text (too few left to judge): the file's reading.
            own_bytes, values, problems = False, {}, {}
            joined = _joined_lines(decoded.text.encode("utf-8").split(b"\n"))
            kept = [line for _number, line in joined]
            reading = decoded
    if own_bytes:
        texts = reading.text.split("\n")
        encoding = reading.encoding
        if len(used) == 1 and all(line.isascii() for line in kept):
            encoding = used.pop()  # every accent is in the one charset the cards name
        reading = Decoded(
            reading.text, encoding, decoded.dropped_nuls, reading.runner_up, reading.mixed
        )
    else:
        texts = [line.decode("utf-8", errors="replace") for line in kept]
    lines = [
        (number, texts[index] + values.get(index, ""))
        for index, (number, _line) in enumerate(joined)
    ]
    return lines, reading, problems


def _cards(
    lines: list[tuple[int, str]],
) -> tuple[list[tuple[int, list[tuple[int, str]]]], list[int]]:
    """Complete cards (first line, their numbered lines) in the order they begin, and the lines
    where cut cards begin. A card that begins inside another is read as a card of its own (an
    AGENT's card, or cards nested by a phone), and the outer card goes on after its end."""
    cards: list[tuple[int, list[tuple[int, str]]]] = []
    open_cards: list[tuple[int, list[tuple[int, str]]]] = []
    for number, line in lines:
        if _BEGIN_TEXT.match(line):
            open_cards.append((number, []))
        elif open_cards:
            if _END_TEXT.match(line):
                cards.append(open_cards.pop())
            else:
                open_cards[-1][1].append((number, line))
    cards.sort(key=lambda card: card[0])
    return cards, [start for start, _lines in open_cards]


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
    named = any(fields.get(part) for part in ("first_name", "middle_name", "last_name"))
    if not fields["full_name"] and not named and fields.get("company"):
        # No person's name but an organisation: the organisation's own card (what vCard 4 says
        # with KIND:org; Evolution's and Outlook's company cards leave N empty), named by it.
        fields["full_name"] = fields["company"]
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


def read_vcards(data: bytes, decoded: Decoded) -> VCardRecords:
    """The contacts of a vCard file (its bytes, and their reading as a whole file); a file with
    no complete card is an ``ImportFileError``."""
    lines, reading, charset_problems = _decode_lines(data, decoded)
    cards, cut = _cards(lines)
    result = VCardRecords(decoded=reading)
    people: list[tuple[int, dict[str, list[_Property]]]] = []
    for line in cut:
        result.unreadable.append((line, "importers.skipped.vcard_cut"))
    for start, lines in cards:
        props: dict[str, list[_Property]] = {}
        unknown: list[str] = []
        for number, line in lines:
            if number in charset_problems:
                unknown.append(charset_problems[number])
            prop = _parse(line)
            if prop is None:
                name = re.split(r"[;:]", line, maxsplit=1)[0].split(".")[-1].strip().upper()
                if name in USED:
                    result.unread_lines.append((number, line.strip()[:60]))
                continue
            unknown += [c for c in prop.params.get("CHARSET", [])[:1] if not _known(c)]
            props.setdefault(prop.name, []).append(prop)
        if _is_group(props):
            result.unreadable.append((start, "importers.skipped.vcard_group"))
            continue
        # One warning a card, however many of its properties name the charset.
        result.charsets += [(start, charset) for charset in dict.fromkeys(unknown)]
        people.append((start, props))
    fallback = _fallback_charset([props for _, props in people])
    for start, props in people:
        result.records.append(_card_fields(props, fallback))
        result.lines.append(start)
    if not result.records and cut:
        raise ImportFileError("importers.errors.vcard_cut", line=cut[0])
    return result


def _known(charset: str) -> bool:
    try:
        codecs.lookup(charset)
    except LookupError:
        return False
    return True

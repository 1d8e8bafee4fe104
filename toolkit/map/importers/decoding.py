"""Bytes to text: byte-order marks, UTF-8, UTF-16 without a mark, Windows code pages.

A file that is not UTF-8 is decoded by every Western candidate (Windows-1252, Mac Roman, DOS
850) and each reading is scored on the characters it gives in their context: the plausible
reading wins, and when two read almost alike the report says it was a guess. A UTF-8 file with a
few lines in another encoding (or a UTF-8 mark over a Windows-1252 body) is read line by line
and reported as mixed. charset-normalizer decides when no Western reading is plausible.

Also recognises the files people pick by mistake (a workbook, a zip, a PDF, an image) so the
participant is told what to do instead of seeing mojibake.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from charset_normalizer import from_bytes

from toolkit.map.importers.errors import ImportFileError

# Encodings a contact export is written in, in the order a tie is broken (Western Europe first).
LEGACY_ENCODINGS = ("cp1252", "mac_roman", "cp850")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Magic numbers of files that are not text exports, and the message key that explains each.
_NOT_TEXT = (
    (b"PK\x03\x04", "importers.errors.zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "importers.errors.excel"),
    (b"%PDF", "importers.errors.pdf"),
    (b"\x89PNG", "importers.errors.image"),
    (b"\xff\xd8\xff", "importers.errors.image"),
    (b"SQLite format 3\x00", "importers.errors.sqlite"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Decoded:
    """A file's text, the encoding it was read with, how many NUL characters were dropped, and
    how sure the reading is."""

    text: str
    encoding: str
    dropped_nuls: int = 0
    runner_up: str | None = None  # another encoding that read the file almost as well
    mixed: bool = False  # parts of the file are in another encoding than the rest
    # The file's own bytes when they are exactly ``text`` in UTF-8 (a clean UTF-8 file): the
    # CSV parser reads them as they are, instead of a copy of the text encoded again.
    utf8: bytes | None = field(default=None, repr=False, compare=False)


def _magic_error(data: bytes) -> str | None:
    for magic, key in _NOT_TEXT:
        if data.startswith(magic):
            if key == "importers.errors.zip" and b"xl/" in data[:65536]:
                return "importers.errors.excel"
            return key
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 written without a mark: every other byte is NUL in Latin text."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    if odd_nuls > 0.4 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.4 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


# Letters that Western European names are written with: a reading that gives these between other
# letters is the right one far more often than one that gives rarer letters or symbols there.
COMMON_LETTERS = frozenset("àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßœÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŒ")
TYPOGRAPHY = frozenset("’‘“”«»–—…•€°·")  # what word processors and exports put between words
APOSTROPHES = frozenset("’‘")
_VOWELS = frozenset("aeiouyáéíóúü")
SURE_MARGIN = 4  # points between the best reading and the next one: a letter in a name or two


@dataclass(frozen=True)
class Guess:
    """The encoding chosen for a file that is not UTF-8, and the runner-up when it was close."""

    encoding: str
    runner_up: str | None = None  # set when the choice is a guess (the two read almost alike)


def _plausibility(text: str) -> int:
    """How much a decoded text reads like names and words: every non-ASCII character scored by
    what it is and what surrounds it (``Jörgen`` beats ``J÷rgen``, ``Jšrgen`` and ``JÖrgen``).
    Each distinct (before, character, after) triple is scored once."""
    triples = Counter(_IN_CONTEXT.findall(" " + text))
    return sum(count * _char_score(*triple) for triple, count in triples.items())


def _char_score(before: str, char: str, after: str) -> int:
    before, after = before or " ", after or " "
    in_word = before.isalpha() or after.isalpha()
    if char.isalpha():
        # A capital next to small letters is how one encoding's letter looks in another.
        if char.isupper() and before.isalpha() and (before.islower() or after.islower()):
            return 0
        # Spanish, Galician and Basque write ñ before a vowel only: "Iksiñski" is Polish ń
        # read in a Western code page.
        if char in "ñÑ" and after.isalpha() and after.casefold() not in _VOWELS:
            return 0
        return (3 if char in COMMON_LETTERS else 1) if in_word else 1
    if char in APOSTROPHES:
        return 1
    if char in TYPOGRAPHY:
        return -2 if before.isalpha() and after.isalpha() else 1
    if char == "\ufffd" or unicodedata.category(char) == "Cc":
        return -5
    return -3 if in_word else -1  # a symbol (÷, £, ¯, box drawing...): hardly ever in a name


_IN_CONTEXT = re.compile(r"(?<=(.))([^\x00-\x7f])(?=(.?))", re.DOTALL)


def _legacy_encoding(data: bytes) -> Guess:
    """The single-byte encoding whose reading of the file's non-ASCII characters is the most
    plausible. Every candidate decodes the same sample (so the decision does not depend on how
    long the file is) and is scored on the text it gives; a close race is reported as a guess."""
    sample = _high_lines(data)
    scores = {
        name: _plausibility(sample.decode(name, errors="replace")) for name in LEGACY_ENCODINGS
    }
    ranked = sorted(LEGACY_ENCODINGS, key=lambda name: -scores[name])  # stable: ties keep order
    best, second = ranked[0], ranked[1]
    if scores[best] <= 0:
        # Nothing Western reads well: a Central European or other code page, which
        # charset-normalizer knows how to tell apart.
        found = from_bytes(data[:200_000]).best()
        if found is not None and found.encoding not in ("utf_8", "ascii"):
            return Guess(_python_name(found.encoding), best)
    close = scores[best] - scores[second] < SURE_MARGIN
    return Guess(best, second if close else None)


def likeliest_code_page(data: bytes, candidates: tuple[str, ...]) -> str:
    """The single-byte code page among ``candidates`` whose reading of ``data`` is the most
    plausible (the first on a tie)."""
    scores = {name: _plausibility(data.decode(name, errors="replace")) for name in candidates}
    return max(candidates, key=lambda name: scores[name])  # max keeps the first of equals


def _high_lines(data: bytes, limit: int = 400_000) -> bytes:
    """The lines of ``data`` that hold non-ASCII bytes (the only ones that tell encodings
    apart), up to ``limit`` bytes."""
    lines = [line for line in data[: limit * 4].split(b"\n") if not line.isascii()]
    return b"\n".join(lines)[:limit]


def _python_name(encoding: str) -> str:
    return codecs.lookup(encoding).name.replace("-", "_").replace("windows_", "cp")


def _utf8_with_strays(data: bytes) -> str | None:
    """UTF-8 text with lines in another encoding (two exports pasted together, rows edited in an
    old editor or spreadsheet): those lines are read in the encoding that suits them, and in a
    line holding both (``UniversitÃ¤tsklinikum St Pölten`` re-saved in Latin-1) each UTF-8
    sequence stays UTF-8. ``None`` when the UTF-8 lines are too few to be more than chance
    (a Windows-1252 file seldom forms a valid UTF-8 sequence, but a long one may, once or so)."""
    lines = data.split(b"\n")
    good = bad = 0
    for line in lines:
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            good += 1
        except UnicodeDecodeError:
            bad += 1
    if good == 0 or (bad > good and good < max(2, bad // 20)):
        return None
    decoded = []
    for line in lines:
        try:
            decoded.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            decoded.append(_mixed_line(line))
    return "\n".join(decoded)


_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def _mixed_line(line: bytes) -> str:
    """A line that is not UTF-8: its valid UTF-8 sequences read as UTF-8, the bytes between
    them in the legacy encoding that reads those bytes best."""
    strays = _UTF8_SEQUENCE.sub(b" ", line)
    encoding = _legacy_encoding(strays).encoding
    parts, end = [], 0
    for match in _UTF8_SEQUENCE.finditer(line):
        parts.append(line[end : match.start()].decode(encoding, errors="replace"))
        parts.append(match.group().decode("utf-8", errors="replace"))
        end = match.end()
    parts.append(line[end:].decode(encoding, errors="replace"))
    return "".join(parts)


def decode(data: bytes) -> Decoded:
    """The text of an export, or an ``ImportFileError`` saying why it is not one."""
    if not data.strip(b" \t\r\n\x00"):
        raise ImportFileError("importers.errors.empty")
    key = _magic_error(data)
    if key:
        raise ImportFileError(key)
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    encoding = encoding or _utf16_without_bom(data)
    runner_up, mixed, utf8 = None, False, None
    if encoding and not encoding.startswith("utf-8"):
        text = data.decode(encoding, errors="replace")
    else:
        body = data[len(codecs.BOM_UTF8) :] if encoding else data
        try:
            text, encoding = body.decode("utf-8"), "utf-8-sig" if encoding else "utf-8"
            utf8 = body
        except UnicodeDecodeError:
            strays = _utf8_with_strays(body)
            if strays is not None:
                text, encoding, mixed = strays, "utf-8", True
            else:
                # A byte-order mark says UTF-8, the body says otherwise: the body wins.
                guess = _legacy_encoding(body)
                text = body.decode(guess.encoding, errors="replace")
                encoding, runner_up = guess.encoding, guess.runner_up
                mixed = data.startswith(codecs.BOM_UTF8)
    if text.startswith("\ufeff"):
        text, utf8 = text.lstrip("\ufeff"), None
    # A clean UTF-8 file's NULs are its NUL bytes: counted in the bytes only if there is one
    # (one search over 3 MB of bytes, instead of a count over the text's wider characters).
    nuls = text.count("\x00") if utf8 is None or b"\x00" in utf8 else 0
    if nuls:
        text, utf8 = text.replace("\x00", ""), None
    if not text.strip():
        raise ImportFileError("importers.errors.empty")
    controls = len(_CONTROL.findall(text[:65536]))
    if nuls > len(text) // 10 or controls > len(text[:65536]) // 20:
        raise ImportFileError("importers.errors.binary")
    return Decoded(text, encoding, nuls, runner_up, mixed, utf8)

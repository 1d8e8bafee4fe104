"""Bytes to text: byte-order marks, UTF-8, UTF-16 without a mark, Windows code pages.

Also recognises the files people pick by mistake (a workbook, a zip, a PDF, an image) so the
participant is told what to do instead of seeing mojibake.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from toolkit.map.importers.errors import ImportFileError

# Encodings a contact export is written in, in the order a tie is broken (Western Europe first).
LEGACY_ENCODINGS = ("cp1252", "mac_roman", "cp850", "iso8859_15")
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
    """A file's text, the encoding it was read with, and how many NUL characters were dropped."""

    text: str
    encoding: str
    dropped_nuls: int = 0


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


def _legacy_encoding(data: bytes) -> str:
    """The most plausible single-byte encoding for text that is not UTF-8."""
    best = from_bytes(data[:200_000], cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is None:
        return LEGACY_ENCODINGS[0]
    return codecs.lookup(best.encoding).name.replace("-", "_").replace("windows_", "cp")


def decode(data: bytes) -> Decoded:
    """The text of an export, or an ``ImportFileError`` saying why it is not one."""
    if not data.strip(b" \t\r\n\x00"):
        raise ImportFileError("importers.errors.empty")
    key = _magic_error(data)
    if key:
        raise ImportFileError(key)
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    encoding = encoding or _utf16_without_bom(data)
    if encoding:
        text = data.decode(encoding, errors="replace")
        if encoding.startswith("utf-8"):
            encoding = "utf-8-sig"
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            encoding = _legacy_encoding(data)
            text = data.decode(encoding, errors="replace")
    text = text.lstrip("\ufeff")
    nuls = text.count("\x00")
    if nuls:
        text = text.replace("\x00", "")
    if not text.strip():
        raise ImportFileError("importers.errors.empty")
    controls = len(_CONTROL.findall(text[:65536]))
    if nuls > len(text) // 10 or controls > len(text[:65536]) // 20:
        raise ImportFileError("importers.errors.binary")
    return Decoded(text, encoding, nuls)

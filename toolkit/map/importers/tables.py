"""CSV text to a table: the separator, the header row after any preamble, the data records.

Simple files (one record per line, none longer than the header) are read by pandas' C parser;
the others by the ``csv`` module, record by record, so a record with a stray field is kept and
reported, never dropped or shifted, and line numbers stay true to the file.
"""

from __future__ import annotations

import csv
import io
import warnings
from dataclasses import dataclass

import pandas as pd

from toolkit.map.importers.columns import (
    LINKEDIN_COLUMNS,
    is_other_linkedin_file,
    layout_of,
    looks_like_header,
)
from toolkit.map.importers.errors import ImportFileError

SEPARATORS = (",", ";", "\t", "|")
HEADER_SEARCH_LINES = 30  # a preamble (LinkedIn's "Notes:") is never longer than this
csv.field_size_limit(10_000_000)


@dataclass
class Table:
    """A CSV file's header, its records (columns 0..n-1, text, never missing: a short record's
    missing fields are "") with the line each starts on, and how it was read."""

    headers: list[str]
    cells: pd.DataFrame
    lines: list[int]
    separator: str
    ragged: list[int]  # lines of records with more fields than the header had, extra kept


def _first_lines(text: str) -> list[str]:
    # Split only the start: splitting the whole text would copy all of it for nothing.
    end = 0
    for _ in range(HEADER_SEARCH_LINES):
        end = text.find("\n", end) + 1
        if end == 0:
            return text.split("\n")
    return text[:end].split("\n")[:HEADER_SEARCH_LINES]


def _split(line: str, separator: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=separator), [])
    except csv.Error:
        return []


def find_header(text: str) -> tuple[int, str] | None:
    """(index of the header line, separator) or ``None`` if no line names people."""
    lines = _first_lines(text)
    for index, line in enumerate(lines):
        ranked = sorted(SEPARATORS, key=line.count, reverse=True)
        for separator in ranked:
            if line.count(separator) and looks_like_header(_split(line, separator)):
                return index, separator
        if not any(separator in line for separator in SEPARATORS) and _lone_email(line):
            # A file of one column: a list of addresses ("Primary Email" alone). Its records
            # are read with the separator they use, if any (then reported as extra fields).
            following = next((other for other in lines[index + 1 :] if other.strip()), "")
            return index, max(SEPARATORS, key=following.count) if following else ","
    return None


def _lone_email(line: str) -> bool:
    """Whether a line is the single header of a column of e-mail addresses."""
    fields = _split(line, ",")
    return len(fields) == 1 and layout_of([fields[0].strip()]).has("email")


def _linkedin_preamble(text: str) -> bool:
    first = text[:4096].lstrip().split("\n", 1)[0]
    return first.strip().strip(";,\t").strip('"').casefold().startswith("notes:")


def _header_error(text: str) -> ImportFileError:
    """Why no header was found, as precisely as the first lines allow."""
    lines = [line for line in _first_lines(text) if line.strip(' ;,\t"\r')]
    for line in lines:
        separator = max(SEPARATORS, key=line.count)
        if is_other_linkedin_file(_split(line, separator)):
            return ImportFileError(
                "importers.errors.other_linkedin_file",
                columns=", ".join(LINKEDIN_COLUMNS),
                found=", ".join(_split(line, separator)[:8]),
            )
    if _linkedin_preamble(text):
        return ImportFileError("importers.errors.preamble_only")
    first = lines[0] if lines else ""
    return ImportFileError("importers.errors.no_header", first_line=first[:120])


def read_table(text: str, utf8: bytes | None = None) -> Table:
    """The table in a CSV export, or an ``ImportFileError`` naming what is missing. ``utf8``:
    ``text`` encoded in UTF-8, when the caller holds those bytes already (the file's own)."""
    if (b"\r" in utf8) if utf8 is not None else ("\r" in text):  # bytes: a quarter of the search
        text, utf8 = text.replace("\r\n", "\n").replace("\r", "\n"), None
    found = find_header(text)
    if found is None:
        raise _header_error(text)
    index, separator = found
    start = 0
    for _ in range(index):  # the header line's start, without splitting the whole text
        start = text.index("\n", start) + 1
    end = text.find("\n", start)
    header_line = text[start:] if end < 0 else text[start:end]
    body_start = len(text) if end < 0 else end + 1
    fields = [h.strip() for h in _split(header_line, separator)]
    width = len(fields)
    while width > 1 and not fields[width - 1]:  # Excel pads the header with separators too
        width -= 1
    first_line = index + 2  # of the records, counting from 1 as a spreadsheet does
    read = _read_simple(text, utf8, body_start, separator, len(fields), width, first_line)
    cells, lines, ragged = read or _read_any(text[body_start:], separator, width, first_line)
    return Table(fields[:width], cells, lines, separator, ragged)


def _read_simple(
    text: str,
    utf8: bytes | None,
    body_start: int,
    separator: str,
    fields: int,
    width: int,
    first_line: int,
):
    """Pandas' C parser, for the common file: one record per line, none longer than the header.
    ``None`` for any other file, which ``_read_any`` reads instead. The records are those of
    ``text`` from ``body_start`` on."""
    try:
        # The parser reads UTF-8 bytes: given text, it would encode it again chunk by chunk
        # (a third of its time at 30,000 rows); the records are a slice of those bytes, read
        # in one piece (no chunks to join: every column is text, nothing to infer).
        data = text.encode("utf-8") if utf8 is None else utf8
        body = data[len(text[:body_start].encode("utf-8")) :]
        with warnings.catch_warnings():
            # pandas warns, and keeps part of the row, when a record is longer than the header.
            warnings.simplefilter("error", pd.errors.ParserWarning)
            frame = pd.read_csv(
                io.BytesIO(body), sep=separator, header=None, names=range(fields),
                index_col=False, dtype=object, na_filter=False, skip_blank_lines=False,
                engine="c", encoding="utf-8", low_memory=False,
            )  # fmt: skip
    except (pd.errors.ParserError, pd.errors.ParserWarning, ValueError, csv.Error):
        return None
    if len(frame) != body.count(b"\n") + (body != b"" and not body.endswith(b"\n")):
        return None  # a quoted cell spans lines: line numbers need the csv module
    # NaN (without na_filter, only the fields missing at the end of a short record) would be
    # in the last column of any short record: that column alone is looked at.
    last = frame[fields - 1].to_numpy()
    if (last != last).any():  # NaN is the only value unequal to itself
        frame = frame.fillna("")
    if width < fields and (frame.iloc[:, width:] != "").any(axis=None):
        return None  # values beyond the header's last name: reported by _read_any
    frame = frame.iloc[:, :width]
    # The last column first: LinkedIn's "Connected On", filled even for its hidden members, is
    # last, so most files are settled by one column.
    last_first = (frame[position] for position in reversed(range(width)))
    if not any(_blank_free(column.tolist()) for column in last_first):
        # Some record may be blank: only those whose every cell is are left out.
        filled = pd.Series(False, index=frame.index)
        for _, column in frame.items():
            blank_looking = any(map(str.isspace, column.tolist()))
            filled |= (column.str.strip() if blank_looking else column).to_numpy() != ""
        frame = frame[filled]
    lines = (frame.index + first_line).tolist()
    return frame.reset_index(drop=True), lines, []


def _blank_free(cells: list[str]) -> bool:
    """Whether no cell is empty or spaces only: then no record of the table is blank (LinkedIn's
    "Connected On" is always filled), and no record needs testing."""
    return "" not in cells and not any(map(str.isspace, cells))


def _read_any(body: str, separator: str, width: int, first_line: int):
    """The csv module, record by record: multi-line cells, and records longer than the header
    (their extra values are kept in the last column and reported)."""
    reader = csv.reader(io.StringIO(body), delimiter=separator, strict=False)
    records: list[list[str]] = []
    lines: list[int] = []
    ragged: list[int] = []
    start = first_line
    try:
        for record in reader:
            if any(value.strip() for value in record):
                if len(record) > width and any(v.strip() for v in record[width:]):
                    ragged.append(start)
                    record = [*record[: width - 1], separator.join(record[width - 1 :])]
                records.append((record + [""] * width)[:width])
                lines.append(start)
            start = first_line + reader.line_num
    except csv.Error as error:
        raise ImportFileError("importers.errors.malformed", line=start, reason=str(error)) from None
    cells = pd.DataFrame(records, columns=range(width), dtype=object) if records else None
    if cells is None:
        cells = pd.DataFrame({column: pd.Series(dtype=object) for column in range(width)})
    return cells, lines, ragged

"""CSV text to a table: the separator, the header row after any preamble, the data records.

Records are read with the ``csv`` module rather than pandas: a record with a stray field or a
missing one is kept and reported, never dropped or shifted.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from toolkit.importers.columns import is_other_linkedin_file, looks_like_header
from toolkit.importers.errors import ImportFileError

SEPARATORS = (",", ";", "\t", "|")
HEADER_SEARCH_LINES = 30  # a preamble (LinkedIn's "Notes:") is never longer than this
csv.field_size_limit(10_000_000)


@dataclass
class Table:
    """A CSV file's header, its records (each with the line it starts on), and how it was read."""

    headers: list[str]
    records: list[list[str]]
    lines: list[int]
    separator: str
    preamble: bool
    ragged: list[int]  # lines of records with more fields than the header had, extra kept


def _split(line: str, separator: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=separator), [])
    except csv.Error:
        return []


def find_header(text: str) -> tuple[int, str] | None:
    """(index of the header line, separator) or ``None`` if no line names people."""
    for index, line in enumerate(text.split("\n")[:HEADER_SEARCH_LINES]):
        ranked = sorted(SEPARATORS, key=line.count, reverse=True)
        for separator in ranked:
            if line.count(separator) and looks_like_header(_split(line, separator)):
                return index, separator
    return None


def _linkedin_preamble(text: str) -> bool:
    first = text.lstrip().split("\n", 1)[0]
    return first.strip().strip(";,\t").strip('"').casefold().startswith("notes:")


def _header_error(text: str) -> ImportFileError:
    """Why no header was found, as precisely as the first lines allow."""
    lines = [line for line in text.split("\n")[:HEADER_SEARCH_LINES] if line.strip(' ;,\t"\r')]
    for line in lines:
        separator = max(SEPARATORS, key=line.count)
        if is_other_linkedin_file(_split(line, separator)):
            return ImportFileError(
                "importers.errors.other_linkedin_file",
                columns="First Name, Last Name, Connected On",
                found=", ".join(_split(line, separator)[:8]),
            )
    if _linkedin_preamble(text):
        return ImportFileError("importers.errors.preamble_only")
    first = lines[0] if lines else ""
    return ImportFileError("importers.errors.no_header", first_line=first[:120])


def read_table(text: str) -> Table:
    """The table in a CSV export, or an ``ImportFileError`` naming what is missing."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    found = find_header(text)
    if found is None:
        raise _header_error(text)
    index, separator = found
    body = io.StringIO(text)
    for _ in range(index):
        body.readline()
    reader = csv.reader(body, delimiter=separator, strict=False)
    headers = [h.strip() for h in next(reader)]
    width = len(headers)
    while width > 1 and not headers[width - 1]:  # Excel pads the header with separators too
        width -= 1
    table = Table(headers[:width], [], [], separator, _linkedin_preamble(text), [])
    # Line numbers stay true to the file, so a reported row is the one a spreadsheet shows.
    start = index + 2
    try:
        for record in reader:
            if any(value.strip() for value in record):
                if len(record) > width and any(v.strip() for v in record[width:]):
                    table.ragged.append(start)
                    record = [*record[: width - 1], separator.join(record[width - 1 :])]
                table.records.append((record + [""] * width)[:width])
                table.lines.append(start)
            start = reader.line_num + index + 1
    except csv.Error as error:
        raise ImportFileError("importers.errors.malformed", line=start, reason=str(error)) from None
    return table

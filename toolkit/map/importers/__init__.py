"""Contact exports (LinkedIn, Google, Outlook in French or English, vCard) to the workspace.

``read_contacts`` reads and checks everything first; ``import_file`` then writes the new and
merged contacts in one transaction. A file that cannot be read raises ``ImportFileError`` with a
message saying what to do, and nothing is written.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from toolkit.core import workspaces
from toolkit.core.model import TABLE_DTYPES
from toolkit.i18n import get_language
from toolkit.map.importers.columns import (
    LINKEDIN_COLUMNS,
    detect_format,
    is_own_profile,
    layout_of,
)
from toolkit.map.importers.dates import slash_order
from toolkit.map.importers.decoding import Decoded, decode
from toolkit.map.importers.dedupe import deduplicate, phone_region
from toolkit.map.importers.errors import ImportFileError
from toolkit.map.importers.normalise import MULTI_VALUE, RAW_FIELDS, Issue, normalise
from toolkit.map.importers.report import ENCODING_NAMES, ImportReport, ImportResult
from toolkit.map.importers.tables import Table, read_table
from toolkit.map.importers.vcards import looks_like_vcard, read_vcards

if TYPE_CHECKING:
    from toolkit.core.store import Workspace

FORMATS = ("auto", "linkedin", "google", "outlook", "vcard")
SOURCE_OF_FORMAT = {"linkedin": "linkedin", "google": "google", "outlook": "outlook",
                    "vcard": "vcard", "csv": "manual"}  # fmt: skip
LINKEDIN_FILE = "Connections.csv"
MAX_BYTES = 50_000_000  # far above LinkedIn's 30,000 connections (about 3 MB)
CONTACT_COLUMNS = [c for c in TABLE_DTYPES["contacts"] if c != "id"]

__all__ = [
    "FORMATS",
    "ImportFileError",
    "ImportReport",
    "ImportResult",
    "Issue",
    "import_file",
    "read_contacts",
]


def _empty_contacts() -> pd.DataFrame:
    return _EMPTY_CONTACTS.copy()


# Made once: typing 20 empty columns costs pandas more than copying them.
_EMPTY_CONTACTS = pd.DataFrame({c: pd.Series(dtype=d) for c, d in TABLE_DTYPES["contacts"].items()})


def _typed(frame: pd.DataFrame, with_id: bool) -> pd.DataFrame:
    """A frame with exactly the contacts table's columns and dtypes."""
    columns = ["id", *CONTACT_COLUMNS] if with_id else CONTACT_COLUMNS
    typed: dict[str, pd.Series] = {}  # framed once: inserting column by column costs more
    for column in columns:
        values = frame.get(column, pd.NA)
        dtype = TABLE_DTYPES["contacts"][column]
        if not isinstance(values, pd.Series) or (values.dtype == object and _all_missing(values)):
            # nothing known yet (circles, relations... of new contacts): no cell to convert
            typed[column] = pd.Series(pd.NA, index=frame.index, dtype=dtype)
            continue
        typed[column] = pd.Series(values, index=frame.index).astype(dtype)
    return pd.DataFrame(typed, index=frame.index, copy=False).reset_index(drop=True)


def _all_missing(values: pd.Series) -> bool:
    """Whether every cell of an object column is missing; a column whose first cell is known
    (most of them) is not tested cell by cell."""
    cells = values.to_numpy()
    return not len(cells) or bool(pd.isna(cells[0]) and pd.isna(cells).all())


def _raw_from_table(cells: pd.DataFrame, lines: list[int], columns: dict) -> pd.DataFrame:
    """Canonical raw fields from a table; several columns of one field are joined as one cell."""
    # A table's cells are text, never missing (``Table``): one column per field is taken as
    # it is, and the frame is built once (inserting columns one by one costs more).
    fields: dict[str, pd.Series] = {"line": pd.Series(lines, dtype="int64")}
    for name, positions in columns.items():
        joined = cells[positions[0]]
        if not isinstance(joined.index, pd.RangeIndex):
            joined = joined.reset_index(drop=True)
        for position in positions[1:]:
            cell = cells[position].str.strip().reset_index(drop=True)
            joined = joined.str.strip()
            both = (joined != "") & (cell != "")
            joined = (joined + MULTI_VALUE + cell).where(both, joined + cell)
        fields[name] = joined
    return pd.DataFrame(fields)


def _read_csv_export(
    decoded: Decoded, wanted: str, file_name: str
) -> tuple[pd.DataFrame, Table, str, dict[str, str]]:
    """(raw fields, the table, its format, each field's column name in the file)."""
    table = read_table(decoded.text, decoded.utf8)
    if is_own_profile(table.headers):
        raise ImportFileError("importers.errors.own_profile")
    found = detect_format(table.headers, file_name)
    if wanted != "auto" and wanted != found:
        adaptable = found == "csv" or (wanted == "linkedin" and found == "outlook")
        if not adaptable:
            raise ImportFileError(
                "importers.errors.wrong_format",
                expected=wanted, found=found,
            )  # fmt: skip
        found = wanted
    layout = layout_of(table.headers, lambda position: table.cells[position].head(1000).tolist())
    if found == "linkedin" and not (layout.has("first_name") and layout.has("last_name")):
        missing = ", ".join(LINKEDIN_COLUMNS[:2])
        raise ImportFileError("importers.errors.missing_columns", columns=missing)
    raw = _raw_from_table(table.cells, table.lines, layout.columns)
    names = {name: table.headers[positions[0]] for name, positions in layout.columns.items()}
    return raw, table, found, names


def read_contacts(
    source: str | Path | bytes,
    format: str = "auto",
    existing: pd.DataFrame | None = None,
    file_name: str = "",
    progress: Callable[[float], None] = lambda share: None,
) -> ImportResult:
    """Read a contact export; merge duplicates within it and with ``existing`` contacts.

    ``source`` is a path or the file's bytes (an upload). Raises ``ImportFileError`` when the
    file cannot be read as contacts; the report lists every row skipped and why.
    """
    contacts, report = _parse(source, format, file_name, progress)
    result = _merged(contacts, report, existing)
    progress(0.7)
    return result


def _parse(
    source: str | Path | bytes,
    format: str,
    file_name: str,
    progress: Callable[[float], None],
) -> tuple[pd.DataFrame, ImportReport]:
    """The file's contacts, normalised, and the report so far (nothing merged yet)."""
    if format not in FORMATS:
        raise ImportFileError("importers.errors.unknown_format", value=format,
                              choices=", ".join(FORMATS))  # fmt: skip
    data, file_name = _load(source, file_name)
    decoded = decode(data)
    cards = None
    if looks_like_vcard(decoded.text):
        if format not in ("auto", "vcard"):
            raise ImportFileError("importers.errors.wrong_format", expected=format, found="vcard")
        # The vCard reader unfolds lines on bytes and honours each property's CHARSET: its
        # reading of the file's characters is the one reported.
        cards = read_vcards(data, decoded)
        decoded = cards.decoded or decoded
    progress(0.1)
    skipped: list[Issue] = []
    warnings: list[Issue] = []
    if decoded.dropped_nuls:
        warnings.append(Issue(0, "importers.warnings.nuls", {"count": decoded.dropped_nuls}))
    warnings += _encoding_warnings(decoded)
    separator = None
    unreadable_cards = 0
    if cards is not None:
        raw = pd.DataFrame(cards.records, columns=list(RAW_FIELDS), dtype=object).fillna("")
        raw.insert(0, "line", pd.Series(cards.lines, dtype="int64"))
        skipped += [Issue(line, key) for line, key in cards.unreadable]
        warnings += [Issue(line, "importers.warnings.vcard_line", {"text": text})
                     for line, text in cards.unread_lines]  # fmt: skip
        warnings += [Issue(line, "importers.warnings.vcard_charset", {"charset": charset})
                     for line, charset in cards.charsets]  # fmt: skip
        unreadable_cards = len(cards.unreadable)
        found, names, date_order = "vcard", {}, None
    else:
        if format == "vcard":
            raise ImportFileError("importers.errors.not_vcard")
        raw, table, found, names = _read_csv_export(decoded, format, file_name)
        separator = table.separator
        warnings += [Issue(line, "importers.warnings.extra_fields") for line in table.ragged]
        day_first = separator != "," or not decoded.encoding.startswith("utf")
        connected = raw["connected_on"] if "connected_on" in raw else pd.Series(dtype=str)
        date_order = slash_order(connected.astype(str), day_first)
    progress(0.3)
    normalised = normalise(raw, SOURCE_OF_FORMAT[found], date_order or "day", names)
    skipped = sorted(skipped + normalised.skipped, key=lambda issue: issue.line)
    report = ImportReport(
        file_name, found, decoded.encoding, separator, date_order,
        read=len(raw) + unreadable_cards,
        skipped=skipped, warnings=sorted(warnings + normalised.warnings, key=lambda i: i.line),
    )  # fmt: skip
    progress(0.5)
    return normalised.contacts, report


def _merged(
    contacts: pd.DataFrame, report: ImportReport, existing: pd.DataFrame | None
) -> ImportResult:
    """The file's contacts merged among themselves and into ``existing`` ones."""
    workspace_contacts = existing if existing is not None else _empty_contacts()
    result = deduplicate(contacts, workspace_contacts, phone_region(get_language()))
    report.imported = len(result.new)
    report.merged = result.merged
    report.updated = len(result.updates)
    report.likely_duplicates = result.likely_duplicates
    return ImportResult(_typed(result.new, False), _typed(result.updates, True), report)


def _encoding_warnings(decoded: Decoded) -> list[Issue]:
    """What the report says about how sure the reading of the file's characters is."""
    names = {"encoding": ENCODING_NAMES.get(decoded.encoding, decoded.encoding)}
    if decoded.mixed:
        return [Issue(0, "importers.warnings.encoding_mixed", names)]
    if decoded.runner_up:
        other = ENCODING_NAMES.get(decoded.runner_up, decoded.runner_up)
        return [Issue(0, "importers.warnings.encoding_unsure", {**names, "other": other})]
    return []


def _load(source: str | Path | bytes, file_name: str) -> tuple[bytes, str]:
    if isinstance(source, bytes | bytearray):
        data = bytes(source)
    else:
        path = Path(source)
        file_name = file_name or path.name
        if path.is_dir() or not path.exists():
            raise ImportFileError("importers.errors.no_file", path=str(path))
        if path.stat().st_size > MAX_BYTES:
            raise ImportFileError("importers.errors.too_big", megabytes=MAX_BYTES // 1_000_000)
        if workspaces.held_here(path):  # a workspace open here: reading it would drop its locks
            raise ImportFileError("importers.errors.sqlite")
        data = path.read_bytes()
    if len(data) > MAX_BYTES:
        raise ImportFileError("importers.errors.too_big", megabytes=MAX_BYTES // 1_000_000)
    return _from_linkedin_archive(data, file_name)


def _from_linkedin_archive(data: bytes, file_name: str) -> tuple[bytes, str]:
    """LinkedIn sends its data export as a .zip: its Connections.csv is read straight from it.
    Any other archive is left to ``decode``, which says what to do with it."""
    if not data.startswith(b"PK\x03\x04"):
        return data, file_name
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = [m for m in archive.infolist() if Path(m.filename).name == LINKEDIN_FILE]
            if len(members) != 1 or members[0].file_size > MAX_BYTES:
                return data, file_name
            return archive.read(members[0]), f"{file_name} › {LINKEDIN_FILE}"
    except (zipfile.BadZipFile, OSError, RuntimeError):  # damaged, or encrypted with a password
        return data, file_name


def import_file(
    source: str | Path | bytes,
    workspace: Workspace,
    format: str = "auto",
    dry_run: bool = False,
    file_name: str = "",
    progress: Callable[[float], None] = lambda share: None,
) -> ImportResult:
    """Read an export against the workspace's contacts and, unless ``dry_run``, save the new and
    merged contacts in one transaction (all or nothing). ``progress`` hears shares of the work
    done, from 0 to 1.

    The file is read first; the workspace's contacts are then read, merged with it and written
    in one ``BEGIN IMMEDIATE`` transaction, so that another notebook's change made meanwhile (a
    description, another import of the same file) is merged with, never written over."""
    contacts, report = _parse(source, format, file_name, progress)
    if dry_run:
        result = _merged(contacts, report, workspace.contacts())
    else:
        with workspace.transaction():
            result = _merged(contacts, report, workspace.contacts())
            progress(0.7)
            workspace.import_contacts(result.contacts, result.updates)
        result.report.saved = True
    progress(1.0)
    return result

"""The participant's workspace: one SQLite file. The only module of the toolkit that touches SQLite.

Every write runs in one transaction (all or nothing). WAL mode and a busy timeout let two notebooks
share a workspace. Reads return DataFrames whose columns and dtypes follow ``model.TABLE_DTYPES``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from toolkit.core import workspaces
from toolkit.core.errors import ValidationError, WorkspaceError
from toolkit.core.model import (
    TABLE_DTYPES,
    TEXT_LIMIT,
    Ask,
    Contact,
    FollowUp,
    FollowUpStatus,
    Interaction,
    Interview,
    Source,
    Tie,
)
from toolkit.core.network import Network
from toolkit.i18n import t

APPLICATION_ID = 0x41524553  # "ARES": marks a SQLite file as an Atelier Réseau workspace
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 30.0
EXPORT_FORMAT = "atelier-reseau-workspace"
# Free text a screen can store in one setting (a first attempt, three reflections...) or in an
# interview's notes: generous for a person typing, far below what freezes a kernel.
META_LIMIT = 4 * TEXT_LIMIT
# What the toolkit itself keeps in a setting (the command line's undo of a merge: two whole
# cards and what was attached to them), never text a person typed in one go.
RECORD_LIMIT = 40 * TEXT_LIMIT
INTERVIEW_LIMIT = 20 * TEXT_LIMIT

# MIGRATIONS[n] brings a workspace from schema version n to n + 1. Append only: never edit one
# that has shipped, since participants' files were made with it.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            display_name TEXT NOT NULL CHECK (display_name <> ''),
            company TEXT NOT NULL DEFAULT '',
            position TEXT NOT NULL DEFAULT '',
            sector TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            profile_url TEXT NOT NULL DEFAULT '',
            circle INTEGER CHECK (circle BETWEEN 1 AND 5),
            relation TEXT CHECK (relation IN ('peer', 'above', 'below', 'outside')),
            knows_me TEXT CHECK (knows_me IN ('yes', 'a_little', 'no')),
            network_type TEXT CHECK (network_type IN ('operational', 'personal', 'strategic')),
            how_met TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT 'manual'
                CHECK (source IN ('manual', 'linkedin', 'google', 'outlook', 'vcard')),
            notes TEXT NOT NULL DEFAULT '',
            added_on TEXT
        )""",
        """CREATE TABLE interactions (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
            date TEXT NOT NULL,
            channel TEXT NOT NULL
                CHECK (channel IN ('in_person', 'phone', 'video', 'email', 'message', 'social')),
            direction TEXT NOT NULL CHECK (direction IN ('gave', 'received', 'exchange')),
            kind TEXT CHECK (kind IN ('advice', 'introduction', 'information', 'thanks', 'ask',
                                      'news', 'event')),
            notes TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX interactions_by_contact ON interactions (contact_id, date)",
        """CREATE TABLE ties (
            contact_a INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
            contact_b INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
            PRIMARY KEY (contact_a, contact_b),
            CHECK (contact_a < contact_b)
        )""",
        """CREATE TABLE asks (
            id INTEGER PRIMARY KEY,
            created_on TEXT NOT NULL,
            contact_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
            text TEXT NOT NULL,
            verdict TEXT NOT NULL DEFAULT '',
            score INTEGER,
            details TEXT NOT NULL DEFAULT '{}'
        )""",
        """CREATE TABLE followups (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
            due_on TEXT NOT NULL,
            channel TEXT,
            reason TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'skipped')),
            rule TEXT NOT NULL DEFAULT ''
        )""",
        """CREATE TABLE snapshots (
            id INTEGER PRIMARY KEY,
            taken_on TEXT NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            figures TEXT NOT NULL
        )""",
    ),
    (
        # Follow-up plan (#7): which plan item a stored row decides on, and when it was done.
        "ALTER TABLE followups ADD COLUMN origin TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE followups ADD COLUMN done_on TEXT",
        "CREATE UNIQUE INDEX followups_by_origin ON followups (origin) WHERE origin <> ''",
    ),
    (
        # Informational interviews (#9): from the request to the debrief, and who led me to whom.
        """CREATE TABLE interviews (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
            ask_id INTEGER REFERENCES asks (id) ON DELETE SET NULL,
            asked_on TEXT NOT NULL,
            channel TEXT NOT NULL
                CHECK (channel IN ('in_person', 'phone', 'video', 'email', 'message', 'social')),
            approach TEXT NOT NULL CHECK (approach IN ('warm', 'cold')),
            answered_on TEXT,
            met_on TEXT,
            preparation TEXT NOT NULL DEFAULT '{}',
            debrief TEXT NOT NULL DEFAULT '{}',
            opportunity INTEGER NOT NULL DEFAULT 0 CHECK (opportunity IN (0, 1)),
            interaction_id INTEGER REFERENCES interactions (id) ON DELETE SET NULL
        )""",
        """CREATE TABLE referrals (
            contact_id INTEGER PRIMARY KEY REFERENCES contacts (id) ON DELETE CASCADE,
            introduced_by INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
            origin TEXT NOT NULL UNIQUE
        )""",
    ),
    (
        # Imports at LinkedIn's 30,000 connections (#17): the same rules, written with OR instead
        # of IN (...), which SQLite evaluates per inserted row at a third of the cost. Rebuilt as
        # SQLite's documented table rebuild (migrate() turns foreign keys off around it).
        """CREATE TABLE contacts_rebuilt (
            id INTEGER PRIMARY KEY,
            display_name TEXT NOT NULL CHECK (display_name <> ''),
            company TEXT NOT NULL DEFAULT '',
            position TEXT NOT NULL DEFAULT '',
            sector TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            profile_url TEXT NOT NULL DEFAULT '',
            circle INTEGER CHECK (circle BETWEEN 1 AND 5),
            relation TEXT CHECK (relation = 'peer' OR relation = 'above' OR relation = 'below'
                                 OR relation = 'outside'),
            knows_me TEXT CHECK (knows_me = 'yes' OR knows_me = 'a_little' OR knows_me = 'no'),
            network_type TEXT CHECK (network_type = 'operational' OR network_type = 'personal'
                                     OR network_type = 'strategic'),
            how_met TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT 'manual'
                CHECK (source = 'manual' OR source = 'linkedin' OR source = 'google'
                       OR source = 'outlook' OR source = 'vcard'),
            notes TEXT NOT NULL DEFAULT '',
            added_on TEXT
        )""",
        "INSERT INTO contacts_rebuilt SELECT * FROM contacts",
        "DROP TABLE contacts",
        "ALTER TABLE contacts_rebuilt RENAME TO contacts",
    ),
    (
        # Two kinds of exchange (#19, P13): an idea of mine shared with someone who met me, and
        # a like or comment online (not a real exchange). The kind's check is widened by the
        # same documented table rebuild; every stored row keeps its id and its values.
        """CREATE TABLE interactions_rebuilt (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
            date TEXT NOT NULL,
            channel TEXT NOT NULL
                CHECK (channel = 'in_person' OR channel = 'phone' OR channel = 'video'
                       OR channel = 'email' OR channel = 'message' OR channel = 'social'),
            direction TEXT NOT NULL
                CHECK (direction = 'gave' OR direction = 'received' OR direction = 'exchange'),
            kind TEXT CHECK (kind = 'advice' OR kind = 'introduction' OR kind = 'information'
                             OR kind = 'thanks' OR kind = 'ask' OR kind = 'news' OR kind = 'event'
                             OR kind = 'idea_shared' OR kind = 'like_comment'),
            notes TEXT NOT NULL DEFAULT ''
        )""",
        "INSERT INTO interactions_rebuilt SELECT * FROM interactions",
        "DROP TABLE interactions",
        "ALTER TABLE interactions_rebuilt RENAME TO interactions",
        "CREATE INDEX interactions_by_contact ON interactions (contact_id, date)",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)

_CONTACT_COLUMNS = [c for c in TABLE_DTYPES["contacts"] if c != "id"]
_SOURCES = frozenset(source.value for source in Source)


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _code(value: object) -> object:
    """Enum members are stored by value; everything else as is."""
    return getattr(value, "value", value)


def _contact_row(contact: Contact) -> tuple:
    return tuple(
        _iso(contact.added_on) if name == "added_on" else _code(getattr(contact, name))
        for name in _CONTACT_COLUMNS
    )


def _column_cells(column: pd.Series) -> list:
    """A contacts column as SQLite parameters: dates as ISO days, missing values as NULL.

    Dates are converted once per distinct day (an import holds a few thousand days for 30,000
    contacts; numpy's text conversion of every cell cost most of the store's Python time)."""
    if column.dtype.kind == "M":
        codes, distinct = pd.factorize(column)  # NaT is code -1: the last label, NULL
        labels = np.empty(len(distinct) + 1, dtype=object)
        labels[:-1] = np.asarray(distinct, dtype="datetime64[D]").astype(str)
        return labels[codes].tolist()
    if isinstance(column.dtype, pd.StringDtype):  # text, pd.NA where missing
        cells = column.to_numpy().tolist()
        try:  # joining says "all text" faster than pandas' missing-value scan (the usual column)
            "".join(cells)
        except TypeError:
            return _with_nulls(cells, column.isna().to_numpy())
        return cells
    missing = column.isna().to_numpy()  # pd.NA and NaN to NULL
    if not missing.any():  # most imported columns
        return column.tolist()
    return _with_nulls(column.tolist(), missing)


def _with_nulls(cells: list, missing: np.ndarray) -> list:
    """Cells with NULL (``None``) where ``missing``."""
    if missing.all():  # what an import does not know yet: circles, relations...
        return [None] * len(missing)
    return [None if gap else value for value, gap in zip(cells, missing.tolist(), strict=True)]


def _frame_rows(frame: pd.DataFrame, columns: list[str]) -> list[tuple]:
    """Rows of a contacts frame as SQLite parameters (``_column_cells``), built column by column
    (a row-by-row conversion costs several times more at 30,000 rows)."""
    return list(zip(*(_column_cells(frame[name]) for name in columns), strict=True))


# The contacts columns whose default is the empty text (the others default to NULL).
_EMPTY_TEXT_DEFAULT = ("company", "position", "sector", "email", "phone", "profile_url",
                       "how_met", "notes")  # fmt: skip


def _filled_cells(frame: pd.DataFrame, columns: Sequence[str]) -> dict[str, list]:
    """The SQLite parameters of the columns of ``frame`` where some value differs from what the
    table stores without it (an import leaves half of them at their defaults: no circle,
    relation, sector... yet), each column converted once."""
    filled = {}
    for name in columns:
        cells = _column_cells(frame[name])
        default = "" if name in _EMPTY_TEXT_DEFAULT else None
        always = name == "display_name" or name == "source"
        # count() compares by identity first: no cell is compared by value with NULL.
        if always or cells.count(default) != len(cells):
            filled[name] = cells
    return filled


def _one_source(filled: dict[str, list]) -> str | None:
    """The source every row shares, if it is one of the table's (only those may be written
    into SQL text: nothing a file holds ever is)."""
    sources = filled.get("source", [])
    if sources and sources[0] in _SOURCES and sources.count(sources[0]) == len(sources):
        return sources[0]
    return None


# Workspace files this process holds open, with how many connections: never opened again by
# Python code here (see ``workspaces.HELD`` for why).
_HELD = workspaces.HELD


@functools.cache
def _empty_frame(table: str) -> pd.DataFrame:
    """A table without rows, with its columns and dtypes (callers get a copy)."""
    dtypes = TABLE_DTYPES[table]
    return pd.DataFrame({column: pd.Series(dtype=dtype) for column, dtype in dtypes.items()})


def _check_header(path: Path) -> None:
    """Refuse, before SQLite sees it, a file that is not a SQLite database at all."""
    with open(path, "rb") as handle:
        header = handle.read(len(SQLITE_MAGIC))
    if header and header != SQLITE_MAGIC:
        raise WorkspaceError("errors.not_a_workspace", path=path.name)


def _limited(text: object, limit: int = TEXT_LIMIT) -> None:
    """Refuse a free text longer than ``limit`` with a clear message (nothing is written)."""
    if text is not None and len(str(text)) > limit:
        raise ValidationError("errors.too_long", field=t("fields.text"), limit=limit)


def _about_the_file(error: BaseException) -> bool:
    """Whether a SQLite error is about the file (read-only, busy, damaged, full), which the
    participant can act on, rather than a mistake in the toolkit (a broken constraint)."""
    mistakes = (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.InterfaceError)
    return isinstance(error, sqlite3.Error) and not isinstance(error, mistakes)


def _error_key(error: sqlite3.Error) -> str:
    """The participant's message for what SQLite said: read-only, busy, damaged, full..."""
    words = str(error).lower()
    if "readonly" in words or "read-only" in words:
        return "errors.workspace_read_only"
    if "locked" in words or "busy" in words:
        return "errors.workspace_busy"
    # SQLite's own words for a damaged file; a query's "malformed JSON" or "malformed MATCH"
    # says nothing of the file, and must not stop its writes.
    damaged = ("disk image is malformed", "malformed database schema", "not a database", "corrupt")
    if any(sign in words for sign in damaged):
        return "errors.workspace_damaged"
    if "full" in words:
        return "errors.disk_full"
    return "errors.workspace_failed"


def _reading(method: Callable) -> Callable:
    """A read whose SQLite error (busy, damaged...) reaches the participant as a message."""

    @functools.wraps(method)
    def read(self: Workspace, *args: object, **kwargs: object) -> object:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as error:
            if not _about_the_file(error):
                raise
            raise self._translated(error) from error

    return read


def migrate(conn: sqlite3.Connection, migrations: Sequence[Sequence[str]] = MIGRATIONS) -> int:
    """Bring the schema forward one version at a time, each step all or nothing; the new version."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > len(migrations):
        raise WorkspaceError("errors.workspace_too_new", version=version, supported=len(migrations))
    # A table rebuild drops the old table: with foreign keys on, that would delete every row
    # pointing to it. SQLite's procedure: keys off (outside a transaction), rebuild, check, on.
    keys_on = conn.execute("PRAGMA foreign_keys").fetchone()[0]
    if version < len(migrations):
        conn.execute("PRAGMA foreign_keys = OFF")
    try:
        for target in range(version + 1, len(migrations) + 1):
            conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in migrations[target - 1]:
                    conn.execute(statement)
                if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                    raise sqlite3.IntegrityError(f"foreign keys broken by migration {target}")
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute(f"PRAGMA user_version = {target}")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
    finally:
        if keys_on:
            conn.execute("PRAGMA foreign_keys = ON")
    return conn.execute("PRAGMA user_version").fetchone()[0]


class Workspace:
    """An open workspace file. Use ``open_workspace`` to get one; close it (or use ``with``)."""

    def __init__(
        self, path: Path, conn: sqlite3.Connection, damaged: bool = False, read_only: bool = False
    ) -> None:
        self.path = path
        self._conn = conn
        self.damaged = damaged  # then nothing is written any more; ``export`` salvages
        self.read_only = read_only
        self._where = Path(os.path.abspath(path))  # the same file, whatever the cwd becomes
        self._identity = _identity(self._where)
        self._closed = False
        if self._identity is not None:
            _HELD[self._identity] = _HELD.get(self._identity, 0) + 1

    # -- lifecycle -------------------------------------------------------------------------------

    def close(self) -> None:
        """Release the file."""
        self._conn.close()
        if not self._closed and self._identity is not None:
            self._closed = True
            _HELD[self._identity] -= 1
            if not _HELD[self._identity]:
                del _HELD[self._identity]

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: everything inside is committed together, or nothing is.

        Nested uses join the outer transaction, so several writes can be made all or nothing.
        """
        if self._conn.in_transaction:
            yield self._conn
            return
        if self.damaged:
            raise WorkspaceError("errors.workspace_damaged", path=self.path.name)
        if self.read_only:
            raise WorkspaceError("errors.workspace_read_only", path=self.path.name)
        if _identity(self._where) != self._identity:
            # Erased (``atelier forget``) or replaced while a page kept it open: writing on would
            # go to a file nobody will ever read again, and the page would say "saved".
            raise WorkspaceError("errors.workspace_gone", path=self.path.name)
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise self._translated(error) from error
        try:
            yield self._conn
            self._conn.execute("COMMIT")
        except BaseException as error:
            with contextlib.suppress(sqlite3.Error):  # SQLite may have rolled back already
                self._conn.execute("ROLLBACK")
            if _about_the_file(error):
                raise self._translated(error) from error
            raise

    def _translated(self, error: sqlite3.Error) -> WorkspaceError:
        """SQLite's error as a message the participant understands; a damaged file is then
        no longer written to."""
        key = _error_key(error)
        if key == "errors.workspace_damaged":
            self.damaged = True
        return WorkspaceError(key, path=self.path.name)

    @property
    def schema_version(self) -> int:
        """The schema version of the file."""
        return self._conn.execute("PRAGMA user_version").fetchone()[0]

    # -- metadata --------------------------------------------------------------------------------

    @_reading
    def get_meta(self, key: str, default: str | None = None) -> str | None:
        """A workspace setting (participant name, persona, reference date...)."""
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, values: dict[str, str], limit: int = META_LIMIT) -> None:
        """Store several settings at once (each at most ``limit`` characters)."""
        for value in values.values():
            _limited(value, limit)
        with self.transaction() as conn:
            conn.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [(key, str(value)) for key, value in values.items()],
            )

    @_reading
    def meta(self) -> dict[str, str]:
        """Every setting."""
        return dict(self._conn.execute("SELECT key, value FROM meta ORDER BY key"))

    def today(self) -> dt.date:
        """The workspace's "today": fixed for demo personas so outputs are reproducible."""
        fixed = self.get_meta("today")
        return dt.date.fromisoformat(fixed) if fixed else dt.date.today()

    # -- writes ----------------------------------------------------------------------------------

    def add_contacts(self, contacts: Iterable[Contact]) -> list[int]:
        """Insert contacts in one transaction; their new ids, in order."""
        placeholders = ", ".join("?" for _ in _CONTACT_COLUMNS)
        sql = f"INSERT INTO contacts ({', '.join(_CONTACT_COLUMNS)}) VALUES ({placeholders})"
        with self.transaction() as conn:
            return [conn.execute(sql, _contact_row(contact)).lastrowid for contact in contacts]

    def import_contacts(self, new: pd.DataFrame, updates: pd.DataFrame) -> int:
        """Add imported contacts and update the existing ones they were merged into, in one
        transaction; how many contacts were added. Frames follow ``TABLE_DTYPES["contacts"]``
        (``updates`` with the ``id`` of each contact to update)."""
        # Columns every new contact leaves at the table's default are left to SQLite: an import
        # fills half of them (no circle, relation, sector... yet), and each bound value costs.
        filled = _filled_cells(new, _CONTACT_COLUMNS)
        # One source for every row (an import's) is written once in the statement, not bound
        # 30,000 times (a tenth of the insert).
        source = _one_source(filled)
        if source:
            del filled["source"]
        columns = ", ".join([*filled, *(["source"] if source else [])])
        placeholders = ", ".join(["?"] * len(filled) + ([f"'{source}'"] if source else []))
        assignments = ", ".join(f"{name} = ?" for name in _CONTACT_COLUMNS)
        with self.transaction() as conn:
            # Since migration 4 the table's checks cost about what a bare table's insert does.
            conn.executemany(
                f"INSERT INTO contacts ({columns}) VALUES ({placeholders})",
                zip(*filled.values(), strict=True),  # row by row: no 30,000 tuples held
            )
            conn.executemany(
                f"UPDATE contacts SET {assignments} WHERE id = ?",
                _frame_rows(updates, [*_CONTACT_COLUMNS, "id"]),
            )
        return len(new)

    def update_contact(self, contact_id: int, contact: Contact) -> None:
        """Replace every field of one contact."""
        assignments = ", ".join(f"{name} = ?" for name in _CONTACT_COLUMNS)
        with self.transaction() as conn:
            cursor = conn.execute(
                f"UPDATE contacts SET {assignments} WHERE id = ?",
                (*_contact_row(contact), contact_id),
            )
            if cursor.rowcount == 0:
                raise WorkspaceError("errors.unknown_contact", contact_id=contact_id)

    def edit_contact(self, contact_id: int, edit: Callable[[dict], Contact]) -> Contact:
        """Change one contact from what is stored now: ``edit`` gets the stored row (a dict of
        columns) and returns the contact it should become; only the fields that differ are
        written, in the same transaction as the read. Another notebook's change to other fields
        is kept (two writers on one workspace lose nothing). The contact as saved."""
        with self.transaction() as conn:
            cursor = conn.execute(
                f"SELECT {', '.join(_CONTACT_COLUMNS)} FROM contacts WHERE id = ?", (contact_id,)
            )
            row = cursor.fetchone()
            if row is None:
                raise WorkspaceError("errors.unknown_contact", contact_id=contact_id)
            stored = dict(zip(_CONTACT_COLUMNS, row, strict=True))
            contact = edit(dict(stored))
            wanted = dict(zip(_CONTACT_COLUMNS, _contact_row(contact), strict=True))
            changed = {name: value for name, value in wanted.items() if stored[name] != value}
            if changed:
                conn.execute(
                    f"UPDATE contacts SET {', '.join(f'{name} = ?' for name in changed)} "
                    "WHERE id = ?",
                    (*changed.values(), contact_id),
                )
        return contact

    def delete_contacts(self, contact_ids: Iterable[int]) -> int:
        """Delete contacts with their interactions, ties and follow-ups; how many were deleted."""
        with self.transaction() as conn:
            return sum(
                conn.execute("DELETE FROM contacts WHERE id = ?", (cid,)).rowcount
                for cid in contact_ids
            )

    # Rows that belong to a contact, and are deleted with it: (table, column pointing to it).
    _CONTACT_ROWS = (
        ("interactions", "contact_id"),
        ("ties", "contact_a"),
        ("ties", "contact_b"),
        ("followups", "contact_id"),
        ("asks", "contact_id"),
        ("interviews", "contact_id"),
        ("referrals", "contact_id"),
        ("referrals", "introduced_by"),
    )

    def remove_contact(self, contact_id: int) -> dict:
        """Delete one contact with everything attached to it; what ``restore`` needs to undo it."""
        with self.transaction() as conn:
            conn.row_factory = sqlite3.Row
            try:
                removed = {
                    "contacts": [
                        dict(r)
                        for r in conn.execute("SELECT * FROM contacts WHERE id = ?", (contact_id,))
                    ],
                    **{
                        f"{table}.{column}": [
                            dict(r)
                            for r in conn.execute(
                                f"SELECT * FROM {table} WHERE {column} = ?", (contact_id,)
                            )
                        ]
                        for table, column in self._CONTACT_ROWS
                    },
                }
            finally:
                conn.row_factory = None
            if not removed["contacts"]:
                raise WorkspaceError("errors.unknown_contact", contact_id=contact_id)
            conn.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))
        return removed

    def restore(self, removed: dict) -> int:
        """Put back what ``remove_contact`` took out (undo); the contact's id.

        The contact gets its old id back if it is still free; otherwise a new one, and the rows
        attached to it follow.
        """
        [contact] = removed["contacts"]
        old_id = contact["id"]
        with self.transaction() as conn:
            taken = conn.execute("SELECT 1 FROM contacts WHERE id = ?", (old_id,)).fetchone()
            fields = {k: v for k, v in contact.items() if not (taken and k == "id")}
            new_id = conn.execute(
                f"INSERT INTO contacts ({', '.join(fields)}) "
                f"VALUES ({', '.join('?' for _ in fields)})",
                tuple(fields.values()),
            ).lastrowid
            for key, rows in removed.items():
                table, _, column = key.partition(".")
                for row in rows if column else []:
                    if table == "asks":  # the ask itself stayed; only its link was cut
                        conn.execute(
                            "UPDATE asks SET contact_id = ? WHERE id = ?", (new_id, row["id"])
                        )
                        continue
                    row = {
                        k: (new_id if v == old_id and k == column else v)
                        for k, v in row.items()
                        if k != "id"
                    }
                    if table == "interviews":  # the meeting came back under a new id
                        row["interaction_id"] = None
                    if table == "ties":
                        a, b = sorted((row["contact_a"], row["contact_b"]))
                        row = {"contact_a": a, "contact_b": b}
                    conn.execute(
                        f"INSERT OR IGNORE INTO {table} ({', '.join(row)}) "
                        f"VALUES ({', '.join('?' for _ in row)})",
                        tuple(row.values()),
                    )
        return new_id

    # Rows that follow a merged contact to the one kept: their own ids do not change, so an
    # undo gives them back by id (interviews' links to their meeting stay as they are).
    _MOVED_ROWS = ("interactions", "followups", "asks", "interviews")

    def merge_contacts(
        self, keep_id: int, other_id: int, combine: Callable[[dict, dict], dict]
    ) -> dict:
        """Merge contact ``other_id`` into ``keep_id``, in one transaction: the kept contact's
        fields become ``combine(kept_row, other_row)`` (dicts of columns), the other's
        interactions, follow-ups, asks, interviews, ties and referrals move to it, and the other
        is deleted. What ``undo_merge`` needs to put both back as they were."""
        if keep_id == other_id:
            raise ValidationError("merge.errors.same")
        with self.transaction() as conn:
            conn.row_factory = sqlite3.Row
            try:
                rows = {
                    r["id"]: dict(r)
                    for r in conn.execute(
                        "SELECT * FROM contacts WHERE id IN (?, ?)", (keep_id, other_id)
                    )
                }
                referrals = [
                    dict(r)
                    for r in conn.execute(
                        "SELECT * FROM referrals WHERE contact_id = ? OR introduced_by = ? "
                        "ORDER BY origin",
                        (other_id, other_id),
                    )
                ]
            finally:
                conn.row_factory = None
            for contact_id in (keep_id, other_id):
                if contact_id not in rows:
                    raise WorkspaceError("errors.unknown_contact", contact_id=contact_id)
            kept, other = rows[keep_id], rows[other_id]
            combined = combine(dict(kept), dict(other))
            changed = {n: combined[n] for n in _CONTACT_COLUMNS if combined[n] != kept[n]}
            if changed:
                conn.execute(
                    f"UPDATE contacts SET {', '.join(f'{n} = ?' for n in changed)} WHERE id = ?",
                    (*changed.values(), keep_id),
                )
            moved = {}
            for table in self._MOVED_ROWS:
                ids = [r[0] for r in conn.execute(
                    f"SELECT id FROM {table} WHERE contact_id = ? ORDER BY id", (other_id,)
                )]  # fmt: skip
                conn.execute(
                    f"UPDATE {table} SET contact_id = ? WHERE contact_id = ?", (keep_id, other_id)
                )
                moved[table] = ids
            ties = conn.execute(
                "SELECT contact_a, contact_b FROM ties WHERE ? IN (contact_a, contact_b) "
                "ORDER BY contact_a, contact_b",
                (other_id,),
            ).fetchall()
            added_ties = []
            for a, b in ties:
                third = b if a == other_id else a
                if third == keep_id:
                    continue  # a tie between the two halves of one person: gone with the merge
                tie = (min(keep_id, third), max(keep_id, third))
                inserted = conn.execute(
                    "INSERT OR IGNORE INTO ties (contact_a, contact_b) VALUES (?, ?)", tie
                ).rowcount
                if inserted:
                    added_ties.append(tie)
            keeps_referral = conn.execute(
                "SELECT 1 FROM referrals WHERE contact_id = ?", (keep_id,)
            ).fetchone()
            for referral in referrals:
                if referral["contact_id"] == other_id:
                    # The kept contact's own "who led me to them" wins; nobody introduces
                    # themselves. Otherwise the kept contact was reached the other's way.
                    if not keeps_referral and referral["introduced_by"] != keep_id:
                        conn.execute(
                            "UPDATE referrals SET contact_id = ? WHERE origin = ?",
                            (keep_id, referral["origin"]),
                        )
                elif referral["contact_id"] != keep_id:
                    conn.execute(
                        "UPDATE referrals SET introduced_by = ? WHERE origin = ?",
                        (keep_id, referral["origin"]),
                    )
            # What is still attached to the other (a tie to the kept one, a referral that
            # could not move) goes with it.
            conn.execute("DELETE FROM contacts WHERE id = ?", (other_id,))
        return {
            "kept": kept,
            "other": other,
            "moved": moved,
            "ties": [list(tie) for tie in ties],
            "added_ties": [list(tie) for tie in added_ties],
            "referrals": referrals,
        }

    def undo_merge(self, merged: dict) -> tuple[int, int]:
        """Put back both contacts of ``merge_contacts`` as they were, with what was attached to
        each, in one transaction; their ids (the other gets a new id if its old one was taken
        since). Changes made to the kept contact after the merge are replaced by its old fields.
        """
        kept, other = merged["kept"], merged["other"]
        keep_id, old_id = kept["id"], other["id"]
        with self.transaction() as conn:
            if not conn.execute("SELECT 1 FROM contacts WHERE id = ?", (keep_id,)).fetchone():
                raise WorkspaceError("errors.unknown_contact", contact_id=keep_id)
            taken = conn.execute("SELECT 1 FROM contacts WHERE id = ?", (old_id,)).fetchone()
            fields = {k: v for k, v in other.items() if not (taken and k == "id")}
            other_id = conn.execute(
                f"INSERT INTO contacts ({', '.join(fields)}) "
                f"VALUES ({', '.join('?' for _ in fields)})",
                tuple(fields.values()),
            ).lastrowid
            conn.execute(
                f"UPDATE contacts SET {', '.join(f'{n} = ?' for n in _CONTACT_COLUMNS)} "
                "WHERE id = ?",
                (*(kept[n] for n in _CONTACT_COLUMNS), keep_id),
            )
            for table, ids in merged["moved"].items():
                conn.executemany(
                    f"UPDATE {table} SET contact_id = ? WHERE id = ? AND contact_id = ?",
                    [(other_id, row_id, keep_id) for row_id in ids],
                )
            conn.executemany(
                "DELETE FROM ties WHERE contact_a = ? AND contact_b = ?", merged["added_ties"]
            )
            renamed = [
                sorted(other_id if c == old_id else c for c in tie) for tie in merged["ties"]
            ]
            conn.executemany(
                "INSERT OR IGNORE INTO ties (contact_a, contact_b) VALUES (?, ?)", renamed
            )
            for referral in merged["referrals"]:
                row = {k: (other_id if v == old_id and k != "origin" else v)
                       for k, v in referral.items()}  # fmt: skip
                conn.execute("DELETE FROM referrals WHERE origin = ?", (row["origin"],))
                conn.execute(
                    f"INSERT OR IGNORE INTO referrals ({', '.join(row)}) "
                    f"VALUES ({', '.join('?' for _ in row)})",
                    tuple(row.values()),
                )
        return keep_id, other_id

    def remove_ties(self, ties: Iterable[Tie]) -> int:
        """Forget that some contacts know each other; how many ties were removed."""
        return self._each_tie("DELETE FROM ties WHERE contact_a = ? AND contact_b = ?", ties)

    def _each_tie(self, sql: str, ties: Iterable[Tie]) -> int:
        """Run ``sql`` once per tie, smaller id first, in one transaction; rows changed."""
        pairs = [(min(t.contact_a, t.contact_b), max(t.contact_a, t.contact_b)) for t in ties]
        with self.transaction() as conn:
            return sum(conn.execute(sql, pair).rowcount for pair in pairs)

    def add_interactions(self, interactions: Iterable[Interaction]) -> list[int]:
        """Insert interactions in one transaction; their new ids."""
        interactions = list(interactions)
        for interaction in interactions:
            _limited(interaction.notes)
        sql = (
            "INSERT INTO interactions (contact_id, date, channel, direction, kind, notes) "
            "VALUES (?, ?, ?, ?, ?, ?)"
        )
        with self.transaction() as conn:
            return [
                conn.execute(
                    sql,
                    (
                        i.contact_id,
                        _iso(i.date),
                        _code(i.channel),
                        _code(i.direction),
                        _code(i.kind),
                        i.notes,
                    ),
                ).lastrowid
                for i in interactions
            ]

    def add_ties(self, ties: Iterable[Tie]) -> int:
        """Record who knows whom (order does not matter, repeats are ignored); how many are new."""
        return self._each_tie(
            "INSERT OR IGNORE INTO ties (contact_a, contact_b) VALUES (?, ?)", ties
        )

    def add_ask(self, ask: Ask) -> int:
        """Save a drafted ask; its id."""
        _limited(ask.text)
        details = json.dumps(ask.details, ensure_ascii=False, sort_keys=True)
        _limited(details, META_LIMIT)
        with self.transaction() as conn:
            return conn.execute(
                "INSERT INTO asks (created_on, contact_id, text, verdict, score, details) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    _iso(ask.created_on),
                    ask.contact_id,
                    ask.text,
                    ask.verdict,
                    ask.score,
                    details,
                ),
            ).lastrowid

    def add_followups(self, followups: Iterable[FollowUp]) -> list[int]:
        """Insert follow-ups in one transaction; their ids.

        A follow-up whose ``origin`` is already stored replaces that row (same id): a plan item
        has one decision at a time (snoozed, then done...).
        """
        sql = (
            "INSERT INTO followups (contact_id, due_on, channel, reason, status, rule, origin, "
            "done_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (origin) WHERE origin <> '' DO UPDATE SET"
            " contact_id = excluded.contact_id, due_on = excluded.due_on,"
            " channel = excluded.channel, reason = excluded.reason,"
            " status = excluded.status, rule = excluded.rule, done_on = excluded.done_on "
            "RETURNING id"
        )
        with self.transaction() as conn:
            return [
                conn.execute(
                    sql,
                    (
                        f.contact_id,
                        _iso(f.due_on),
                        _code(f.channel),
                        f.reason,
                        _code(f.status),
                        f.rule,
                        f.origin,
                        _iso(f.done_on),
                    ),
                ).fetchone()[0]
                for f in followups
            ]

    def record_followup(self, followup: FollowUp, interaction: Interaction | None = None) -> int:
        """Store a decision on a follow-up and, when it was done, the interaction it was; one
        transaction. The follow-up row's id."""
        with self.transaction():
            if interaction is not None:
                self.add_interactions([interaction])
            [followup_id] = self.add_followups([followup])
        return followup_id

    def set_followup_status(self, followup_id: int, status: FollowUpStatus) -> None:
        """Mark a follow-up planned, done or skipped."""
        with self.transaction() as conn:
            conn.execute(
                "UPDATE followups SET status = ? WHERE id = ?", (_code(status), followup_id)
            )

    def save_interview(self, interview: Interview) -> int:
        """Store an interview, or update the one with the same key (saving again changes
        nothing else); its id. The interaction it was, once logged, stays linked."""
        sql = (
            "INSERT INTO interviews (key, contact_id, ask_id, asked_on, channel, approach,"
            " answered_on, met_on, preparation, debrief, opportunity)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (key) DO UPDATE SET contact_id = excluded.contact_id,"
            " ask_id = excluded.ask_id, asked_on = excluded.asked_on,"
            " channel = excluded.channel, approach = excluded.approach,"
            " answered_on = excluded.answered_on, met_on = excluded.met_on,"
            " preparation = excluded.preparation, debrief = excluded.debrief,"
            " opportunity = excluded.opportunity RETURNING id"
        )
        i = interview
        preparation = json.dumps(i.preparation, ensure_ascii=False, sort_keys=True)
        debrief = json.dumps(i.debrief, ensure_ascii=False, sort_keys=True)
        _limited(preparation, INTERVIEW_LIMIT)
        _limited(debrief, INTERVIEW_LIMIT)
        with self.transaction() as conn:
            return conn.execute(
                sql,
                (
                    i.key,
                    i.contact_id,
                    i.ask_id,
                    _iso(i.asked_on),
                    _code(i.channel),
                    _code(i.approach),
                    _iso(i.answered_on),
                    _iso(i.met_on),
                    preparation,
                    debrief,
                    int(bool(i.opportunity)),
                ),
            ).fetchone()[0]

    def record_debrief(
        self,
        interview: Interview,
        meeting: Interaction | None,
        names: Sequence[tuple[str, Contact]],
        followups_for: Callable[[dict[str, int]], Iterable[FollowUp]],
        known: Mapping[str, int] | None = None,
    ) -> dict[str, int]:
        """Save a debrief in one transaction: the interview, the meeting as an interaction (once),
        each name given as a contact introduced by the interviewed one (once per ``origin`` key),
        a tie between them, and the follow-ups ``followups_for(ids by origin)`` returns (stored
        by their stable origin, so saving again changes nothing). The contact id per origin.

        A name in ``known`` (origin -> contact id) is someone already in the workspace: no second
        card and no "introduced by" (they were known before), only the tie and the follow-ups."""
        known = known or {}
        with self.transaction() as conn:
            interview_id = self.save_interview(interview)
            linked = conn.execute(
                "SELECT interaction_id FROM interviews WHERE id = ?", (interview_id,)
            ).fetchone()[0]
            if meeting is not None and linked is None:
                [linked] = self.add_interactions([meeting])
                conn.execute(
                    "UPDATE interviews SET interaction_id = ? WHERE id = ?", (linked, interview_id)
                )
            ids: dict[str, int] = {}
            for origin, contact in names:
                row = conn.execute(
                    "SELECT contact_id FROM referrals WHERE origin = ?", (origin,)
                ).fetchone()
                if row is None and origin in known:
                    self.add_ties([Tie(interview.contact_id, known[origin])])
                    row = (known[origin],)
                elif row is None:
                    [new_id] = self.add_contacts([contact])
                    conn.execute(
                        "INSERT INTO referrals (contact_id, introduced_by, origin) "
                        "VALUES (?, ?, ?)",
                        (new_id, interview.contact_id, origin),
                    )
                    self.add_ties([Tie(interview.contact_id, new_id)])
                    row = (new_id,)
                ids[origin] = row[0]
            self.add_followups(followups_for(ids))
        return ids

    def add_referrals(self, referrals: Iterable) -> None:
        """Note who introduced whom (``model.Referral``); a known origin is left as it is."""
        with self.transaction() as conn:
            conn.executemany(
                "INSERT OR IGNORE INTO referrals (contact_id, introduced_by, origin) "
                "VALUES (?, ?, ?)",
                [(r.contact_id, r.introduced_by, r.origin) for r in referrals],
            )

    def add_snapshot(self, taken_on: dt.date, figures: dict, label: str = "") -> int:
        """Save health figures with their date, to compare before and after later."""
        _limited(label, 200)  # a snapshot's name, not a text
        with self.transaction() as conn:
            return conn.execute(
                "INSERT INTO snapshots (taken_on, label, figures) VALUES (?, ?, ?)",
                (_iso(taken_on), label, json.dumps(figures, ensure_ascii=False, sort_keys=True)),
            ).lastrowid

    # -- reads -----------------------------------------------------------------------------------

    @_reading
    def _read(self, table: str, order_by: str) -> pd.DataFrame:
        dtypes = TABLE_DTYPES[table]
        cursor = self._conn.execute(f"SELECT {', '.join(dtypes)} FROM {table} ORDER BY {order_by}")
        rows = cursor.fetchall()
        if not rows:  # a new workspace's tables: typing nothing still costs pandas a few ms
            return _empty_frame(table).copy()
        frame = pd.DataFrame.from_records(rows, columns=list(dtypes))
        for column, dtype in dtypes.items():
            if dtype.startswith("datetime64"):
                frame[column] = pd.to_datetime(frame[column], format="ISO8601").astype(dtype)
            else:
                frame[column] = frame[column].astype(dtype)
        return frame

    def contacts(self) -> pd.DataFrame:
        """Every contact, by id."""
        return self._read("contacts", "id")

    @_reading
    def contact_ids(self) -> list[int]:
        """Every contact's id, in order (cheap: no DataFrame)."""
        # min() and max() alone each read one end of the table's tree; together in one SELECT,
        # SQLite scans every row for them.
        low = self._conn.execute("SELECT min(id) FROM contacts").fetchone()[0]
        high = self._conn.execute("SELECT max(id) FROM contacts").fetchone()[0]
        count = self._conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
        if count and high - low + 1 == count:  # no gaps (a new import): no need to read them
            return list(range(low, high + 1))
        return [row[0] for row in self._conn.execute("SELECT id FROM contacts ORDER BY id")]

    def interactions(self) -> pd.DataFrame:
        """Every interaction, oldest first."""
        return self._read("interactions", "date, id")

    def ties(self) -> pd.DataFrame:
        """Pairs of contacts who know each other (``contact_a`` < ``contact_b``)."""
        return self._read("ties", "contact_a, contact_b")

    def asks(self) -> pd.DataFrame:
        """Drafted asks, oldest first."""
        return self._read("asks", "created_on, id")

    def followups(self) -> pd.DataFrame:
        """Planned follow-ups, soonest first."""
        return self._read("followups", "due_on, id")

    def snapshots(self) -> pd.DataFrame:
        """Saved health figures, oldest first."""
        return self._read("snapshots", "taken_on, id")

    def interviews(self) -> pd.DataFrame:
        """Informational interviews, by day asked."""
        return self._read("interviews", "asked_on, id")

    def referrals(self) -> pd.DataFrame:
        """Who introduced whom."""
        return self._read("referrals", "contact_id")

    def network(self, contacts: pd.DataFrame | None = None) -> Network:
        """Every table, read once, with the workspace's "today": what figures are made from.

        ``contacts``: the contacts table as the caller already holds it (an import that just
        wrote them), so that 30,000 rows are not read back."""
        return Network(
            self.contacts() if contacts is None else contacts,
            self.interactions(),
            self.ties(),
            self.asks(),
            self.today(),
            self.snapshots(),
            self.interviews(),
            self.referrals(),
        )

    @_reading
    def has_rows(self, table: str) -> bool:
        """Whether one table holds any row (without counting them all)."""
        if table not in TABLE_DTYPES:
            raise ValueError(f"unknown table {table!r}")
        return bool(self._conn.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0])

    @_reading
    def count(self, table: str) -> int:
        """Rows in one table (cheap; no DataFrame)."""
        if table not in TABLE_DTYPES:
            raise ValueError(f"unknown table {table!r}")
        return self._conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def export(self) -> dict:
        """Everything in the workspace as plain JSON-ready data (right to portability).

        From a damaged file, what can still be read: ``damaged`` is then true and
        ``incomplete`` names the tables some rows of which could not be read."""
        data: dict = {"format": EXPORT_FORMAT}
        incomplete = []
        try:
            data["schema_version"] = self.schema_version
            data["meta"] = self.meta()
        except sqlite3.DatabaseError:
            data["schema_version"], data["meta"] = SCHEMA_VERSION, {}
            incomplete.append("meta")
        for table in TABLE_DTYPES:
            columns = list(TABLE_DTYPES[table])
            try:
                rows = self._conn.execute(
                    f"SELECT {', '.join(columns)} FROM {table} ORDER BY {columns[0]}"
                ).fetchall()
            except sqlite3.DatabaseError:
                rows = self._salvage(table, columns)
                incomplete.append(table)
            data[table] = [dict(zip(columns, row, strict=True)) for row in rows]
        for table, fields in (("asks", ("details",)), ("snapshots", ("figures",)),
                              ("interviews", ("preparation", "debrief"))):  # fmt: skip
            for row in data[table]:
                for name in fields:
                    with contextlib.suppress(TypeError, ValueError):
                        row[name] = json.loads(row[name])
        if incomplete or self.damaged:
            self.damaged = True
            data["damaged"] = True
            data["incomplete"] = incomplete
        return data

    def _salvage(self, table: str, columns: list[str]) -> list[tuple]:
        """The rows of ``table`` that can still be read, by ranges of rowid: a range that
        touches a damaged page is split until only the unreadable rows are left out."""
        select = f"SELECT {', '.join(columns)} FROM {table} WHERE rowid BETWEEN ? AND ?"
        try:
            top = self._conn.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or 0
        except sqlite3.DatabaseError:
            top = 1 << 20  # the right edge is damaged too: look far enough
        found: list[tuple] = []
        ranges = [(1, max(top, 1))]
        while ranges:
            low, high = ranges.pop()
            try:
                found += self._conn.execute(select, (low, high)).fetchall()
            except sqlite3.DatabaseError:
                if low < high:
                    middle = (low + high) // 2
                    ranges += [(middle + 1, high), (low, middle)]
        return found


def open_workspace(path: str | Path, create: bool = False, read_only: bool = False) -> Workspace:
    """Open the workspace at ``path`` (creating it if ``create``), upgrading an older schema.

    Raises ``WorkspaceError`` with a clear message for a missing file, a file that is not a
    workspace, a read-only, busy or damaged one, or one written by a newer version of the
    toolkit. ``read_only`` opens a file that cannot be written (for an export); a damaged
    workspace opens with ``damaged`` set, refusing writes, so that ``export`` salvages it.
    """
    path = Path(path)
    if path.is_dir():
        raise WorkspaceError("errors.not_a_workspace", path=path.name)
    if path.exists():
        if _identity(path) not in _HELD:  # see _HELD: reading it again would lose writes
            _check_header(path)
        if not read_only and not _writable(path):
            raise WorkspaceError("errors.workspace_read_only", path=path.name)
        _make_private(path)
    elif create:
        try:  # created for its owner only: it holds personal data (SQLite's side files follow)
            workspaces.private_folder(path.parent)
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            pass
        except OSError as error:
            raise WorkspaceError("errors.workspace_read_only", path=path.name) from error
    else:
        raise WorkspaceError("errors.no_workspace", path=str(path))
    if read_only:  # immutable: nothing is written, not even the shared-memory file
        target, uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1", True
    else:
        target, uri = str(path), False
    conn = sqlite3.connect(target, timeout=BUSY_TIMEOUT_S, isolation_level=None, uri=uri)
    try:
        damaged = _prepare(conn, path, read_only)
    except BaseException:
        conn.close()
        raise
    return Workspace(path, conn, damaged=damaged, read_only=read_only)


def _writable(path: Path) -> bool:
    """Whether the file and its folder (where SQLite keeps its side files) can be written."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def _make_private(path: Path) -> None:
    """Take group and others' rights off a workspace file made before files were private."""
    with contextlib.suppress(OSError):
        mode = path.stat().st_mode & 0o777
        if mode & 0o077:
            path.chmod(mode & 0o700)


_identity = workspaces.file_identity


def _prepare(conn: sqlite3.Connection, path: Path, read_only: bool = False) -> bool:
    """Check the file is a workspace, set the connection up and migrate; whether it is damaged."""
    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    except sqlite3.DatabaseError as error:
        key = _error_key(error)
        if key in ("errors.workspace_damaged", "errors.workspace_failed"):
            if not _writable(path) and not read_only:
                key = "errors.workspace_read_only"
            elif key == "errors.workspace_damaged" or path.stat().st_size > 0:
                key = "errors.not_a_workspace"
        raise WorkspaceError(key, path=path.name) from error
    if application_id != APPLICATION_ID and (application_id != 0 or has_tables):
        raise WorkspaceError("errors.not_a_workspace", path=path.name)
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        # Deleted rows are overwritten with zeros, whatever the SQLite build's default: an
        # erased contact must not stay readable in the file.
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        if has_tables and conn.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok":
            return True
        if read_only:
            return False
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn)
    except sqlite3.DatabaseError as error:
        key = _error_key(error)
        if key == "errors.workspace_damaged":
            return True
        raise WorkspaceError(key, path=path.name) from error
    return False


def delete_workspace(path: str | Path) -> None:
    """Erase a workspace file and its SQLite side files.

    The file is opened first, so nothing that is not a workspace is ever deleted.
    """
    path = Path(path)
    open_workspace(path, read_only=True).close()
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def erase_workspace(path: str | Path) -> list[Path]:
    """Erase a workspace and every copy the toolkit made of what it holds (right to erasure):
    its side files, the calendar files written beside it, the participant's notebook copies
    and checkpoints (their outputs show the data), the remembered choice naming it and, in app
    mode, the browser's folder once nothing else is in it. What was removed, in order.

    The file is opened first, so nothing that is not a workspace is ever deleted.
    """
    path = Path(path)
    open_workspace(path, read_only=True).close()
    removed = [p for p in (Path(f"{path}{s}") for s in ("", "-wal", "-shm", "-journal"))
               if p.exists()]  # fmt: skip
    for side in removed:
        side.unlink(missing_ok=True)
    return removed + workspaces.erase_copies(path)

"""Opening the database file safely, and the one way to write to it.

``open_database`` refuses a file that is not an Equipment Desk database, one
that is damaged, and one written by a newer version, without touching it; it
applies pending migrations to ours.  ``write_transaction`` wraps every write:
``BEGIN IMMEDIATE`` so two programs never interleave, everything or nothing.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from equipment_desk.core.errors import (
    DatabaseLockedError,
    NotOurDatabaseError,
    RefusedError,
    StorageError,
)
from equipment_desk.store.connection import Database

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)

APPLICATION_ID = 0x45514B44  # "EQKD", written in the file header by the first migration
SQLITE_HEADER = b"SQLite format 3\x00"
DATABASE_FILENAME = "equipment-desk.sqlite"
DB_ENV_VAR = "EQUIPMENT_DESK_DB"

BeforeMigrate = Callable[[Any, Path, list[str]], None]
"""``before_migrate(db, path, names)``: called before the migrations ``names`` are applied to the file ``path``."""


def default_database_path() -> Path:
    """The database in the data folder: the user's (``%LOCALAPPDATA%`` on Windows), or ``data/`` beside a portable program.

    ``EQUIPMENT_DESK_DB`` names another file.
    """
    override = os.environ.get(DB_ENV_VAR)
    if override:
        return Path(override)
    from equipment_desk.core.places import data_folder

    return data_folder() / DATABASE_FILENAME


_frozen_now: str | None = None


def utc_now() -> str:
    """The current time as ISO 8601 UTC with seconds, e.g. ``2018-02-15T09:30:00Z``."""
    if _frozen_now is not None:
        return _frozen_now
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@contextlib.contextmanager
def frozen_clock(timestamp: str) -> Iterator[None]:
    """Record every write inside as made at ``timestamp`` (the demo data set: identical on every laptop)."""
    global _frozen_now
    previous, _frozen_now = _frozen_now, timestamp
    try:
        yield
    finally:
        _frozen_now = previous


def _looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(16) == SQLITE_HEADER


def open_database(
    path: str | Path | None = None,
    *,
    memory: bool = False,
    busy_timeout_ms: int = 5000,
    before_migrate: BeforeMigrate | None = None,
    migrate: bool = True,
    quick_check: bool = True,
) -> Database:
    """Open (creating if needed) an Equipment Desk database and bring its schema up to date.

    Raises :class:`StorageError` when Python's SQLite lacks what the store needs
    (:mod:`equipment_desk.store.sqlite_features`), :class:`NotOurDatabaseError` for a file that is not ours or is
    damaged, :class:`NewerSchemaError` for one written by a newer version and
    :class:`DatabaseLockedError` when another program holds it; in each case
    the file is left exactly as it was.  ``before_migrate(db, path, names)``
    is called before pending migrations are applied to an existing database
    (the backup hook).  ``quick_check=False``: a further connection of a program that opened the file already
    (a worker thread's), which made the damage check then: it is not made again (half a second on a large
    register, for every background read while the file's write-ahead log is not empty).
    """
    from equipment_desk.store.migrations import check_schema_version, in_order
    from equipment_desk.store.sqlite_features import require_sqlite_features

    MIGRATIONS = in_order()  # noqa: N806 - the one set of migrations, in the order of their numbers

    require_sqlite_features()
    if memory:
        db = Database(sqlite3.connect(":memory:"))
        _configure(db, busy_timeout_ms, wal=False)
        MIGRATIONS.apply(db)
        return db
    if path is None:
        raise ValueError("a path is required unless memory=True")
    path = Path(path)
    existed = path.exists() and path.stat().st_size > 0
    if path.exists() and path.is_dir():
        raise NotOurDatabaseError("{path} is a folder, not a database file", path=str(path))
    if existed:
        try:
            is_sqlite = _looks_like_sqlite(path)
        except OSError as error:
            raise StorageError("cannot read {path}: {reason}", path=str(path), reason=error.strerror or str(error)) from error
        if not is_sqlite:
            raise NotOurDatabaseError(
                "{path} is not an Equipment Desk database (it is not an SQLite file); it was left untouched",
                path=str(path),
            )
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StorageError("cannot create the folder {folder}: {reason}", folder=str(path.parent), reason=error.strerror or str(error)) from error
    try:
        connection = sqlite3.connect(str(path), timeout=busy_timeout_ms / 1000)
    except sqlite3.Error as error:
        raise StorageError("cannot open {path}: {reason}", path=str(path), reason=str(error)) from error
    db = Database(connection)
    try:
        if existed:
            _refuse_foreign_or_damaged(db, path, quick_check=quick_check)
            check_schema_version(db, path)
        _configure(db, busy_timeout_ms, wal=True)
        if migrate:
            pending = [m.name for m in MIGRATIONS.pending(db)]
            if pending:  # (an up-to-date file, every start but the first after an update, needs no sqlite-utils)
                if existed and before_migrate is not None and MIGRATIONS.applied(db):
                    before_migrate(db, path, pending)
                with translate_errors():
                    MIGRATIONS.apply(db)
    except BaseException:
        db.close()
        raise
    return db


def database_file(db: sqlite_utils.Database) -> Path | None:
    """The file ``db`` is kept in; None for a database in memory."""
    row = db.execute("PRAGMA database_list").fetchone()
    return Path(row[2]) if row and row[2] else None


def _closed_uncleanly(path: Path) -> bool:
    """A write-ahead log left beside the file means the last session did not close cleanly."""
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.exists() and wal.stat().st_size > 0
    except OSError:
        return True


def _refuse_foreign_or_damaged(db: sqlite_utils.Database, path: Path, *, quick_check: bool = True) -> None:
    """Refuse a foreign or damaged file before anything is written to it.

    Reading the header and the schema catches a file that is not a database
    or whose schema is garbled; SQLite's page-by-page ``quick_check`` (half a
    second on a large register) runs only when the last session did not
    close cleanly.  ``python -m equipment_desk check`` always runs the full
    integrity check.
    """
    try:
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        tables = set(db.table_names())
        result = db.execute("PRAGMA quick_check").fetchone()[0] if quick_check and _closed_uncleanly(path) else "ok"
    except sqlite3.DatabaseError as error:
        if "locked" in str(error):
            raise DatabaseLockedError(
                "the database {path} is in use by another program; close it and try again", path=str(path)
            ) from error
        known = storage_failure(error, path)
        if known is not None and not isinstance(known, NotOurDatabaseError):
            raise known from error  # a full disk or a read-only file is not a damaged one
        raise NotOurDatabaseError(
            "{path} is damaged or not a database ({reason}); it was left untouched. "
            "Restore the last backup (restore FILE; backups are kept in the folder 'backups' beside the database)",
            path=str(path), reason=str(error)
        ) from error
    if result != "ok":
        raise NotOurDatabaseError(DAMAGED, path=str(path), reason=result)
    if app_id != APPLICATION_ID and tables:
        raise NotOurDatabaseError(
            "{path} is an SQLite file of another program, not an Equipment Desk database; it was left untouched",
            path=str(path),
        )


def _configure(db: sqlite_utils.Database, busy_timeout_ms: int, *, wal: bool) -> None:
    with translate_errors():
        db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        db.execute("PRAGMA foreign_keys = ON")
        if wal:
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = FULL")


@contextlib.contextmanager
def translate_errors() -> Iterator[None]:
    """Turn SQLite's expected failures into our own errors."""
    try:
        yield
    except sqlite3.IntegrityError as error:
        raise integrity_refusal(str(error)) from error
    except sqlite3.DatabaseError as error:
        known = storage_failure(error)
        if known is None:
            raise
        raise known from error


DAMAGED = ("the database {path} is damaged ({reason}); nothing more was written to it. Restore the last backup "
           "(restore FILE; backups are kept in the folder 'backups' beside the database)")
"""What a damaged database is called, and what to do."""

_CORRUPT, _NOTADB, _FULL, _READONLY, _CANTOPEN, _PERM, _IOERR, _BUSY, _LOCKED = 11, 26, 13, 8, 14, 3, 10, 5, 6


def storage_failure(error: sqlite3.Error, path: str | Path | None = None) -> StorageError | None:
    """What SQLite's ``error`` says about the database file, as one of our errors; ``None`` for anything else (a bug).

    Told apart by SQLite's result code, not its words: a damaged file
    (:class:`NotOurDatabaseError`, with what to do: restore the last backup),
    a full disk, a read-only file or folder, a file that cannot be opened,
    a disk that fails to read or write, and a database locked by another program.
    """
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(error)
    if primary is None:  # an error made by hand, not by SQLite: read its words
        primary = (_BUSY if "locked" in text or "busy" in text else _READONLY if "readonly" in text
                   else _FULL if "full" in text
                   else _CORRUPT if "malformed" in text or "Could not decode" in text  # text that is not text
                   else _NOTADB if "not a database" in text else None)
    where = str(path) if path is not None else "file"
    if primary in (_BUSY, _LOCKED):
        return DatabaseLockedError(
            "the database is in use by another program (it is locked); close the other program and try again")
    if primary in (_CORRUPT, _NOTADB):
        return NotOurDatabaseError(DAMAGED, path=where, reason=text)
    if primary == _FULL:
        return StorageError("the disk is full; nothing was saved. Free some space on the disk holding the database "
                            "{path} and try again", path=where)
    if primary in (_READONLY, _PERM):
        return StorageError("the database {path} or its folder is read-only; nothing was saved. Make it writable "
                            "or choose a folder you can write to", path=where)
    if primary == _CANTOPEN:
        return StorageError("the database {path} cannot be opened: its folder is missing or not yours to write to",
                            path=where)
    if primary == _IOERR:
        return StorageError("the disk holding the database {path} could not be read or written ({reason}); nothing "
                            "was saved. Check the disk; if the error stays, restore the last backup",
                            path=where, reason=text)
    return None


def failed_constraint(text: str) -> tuple[str, str, str]:
    """SQLite's integrity failure ``text`` read as ``(constraint, table, what)``.

    ``("UNIQUE", "item", "serial_number")`` and ``("NOT NULL", …)`` name the table and columns (several as
    ``"series, seq"``); ``("CHECK", "", "quantity > 0")``; ``("FOREIGN KEY", "", "")``; and
    ``("", "", text)`` for a trigger's own words (the message of its ``RAISE(ABORT, …)`` in the schema).
    """
    for constraint in ("UNIQUE", "NOT NULL"):
        prefix = f"{constraint} constraint failed: "
        if text.startswith(prefix):
            columns = [name.strip() for name in text.removeprefix(prefix).split(",")]
            return constraint, columns[0].split(".")[0], ", ".join(name.split(".")[-1] for name in columns)
    if text.startswith("CHECK constraint failed"):
        return "CHECK", "", text.removeprefix("CHECK constraint failed").lstrip(": ")
    if text.startswith("FOREIGN KEY constraint failed"):
        return "FOREIGN KEY", "", ""
    return "", "", text


def integrity_refusal(text: str) -> RefusedError:
    """SQLite's integrity failure ``text`` as a refusal the window can translate: one of our templates, the
    columns in a ``field`` parameter; a trigger's own words are themselves the template."""
    constraint, _table, what = failed_constraint(text)
    if constraint == "UNIQUE":
        return RefusedError("another record already has this {field}", field=what)
    if constraint == "NOT NULL":
        return RefusedError("a required value is missing: {field}", field=what)
    if constraint == "CHECK":
        return RefusedError("a value is out of range ({detail})", detail=what)
    if constraint == "FOREIGN KEY":
        return RefusedError("the record is still used elsewhere, or refers to a record that does not exist")
    return RefusedError(what)


@contextlib.contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One write, all or nothing: ``BEGIN IMMEDIATE`` … ``COMMIT`` (a savepoint when nested)."""
    conn = db.conn
    with translate_errors():
        if conn.in_transaction:
            with db.atomic():
                yield db
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        else:
            try:
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

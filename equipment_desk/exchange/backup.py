"""Backups with SQLite's online backup API, and restoring one safely.

A backup is a complete, consistent copy of the database taken while it is in
use (``sqlite3.Connection.backup``), written under a temporary name and
renamed into place, so a backup folder never holds half a file under a
backup's name.  The newest ``keep`` backups (default 14) are kept.

A backup's name carries its database's identity (:func:`database_id`, e.g.
``equipment-desk-3f9a2c1b-20180215-093000-exit.sqlite``), so two databases backed up into one
folder are told apart: each lists, counts and rotates only its own backups, and never deletes
another's.  Backups named before that (``equipment-desk-20180215-093000-exit.sqlite``) belong
to no database known: they are listed for every one and never deleted by a rotation.

When: on exit (the window calls :func:`backup_database` with ``reason="exit"``), once a day (:func:`backup_if_due`),
before every schema migration (:func:`make_before_migrate`, passed to
``open_database(before_migrate=...)``), and on request.

:func:`restore_backup` checks the chosen file first — an SQLite file that
passes ``integrity_check``, is an Equipment Desk database, was not written by
a newer version, and that passes the whole ``check`` (:func:`whole_check`: guards, journal, every sealed
act and signed scan, chains, stock) — then takes the database
exclusively (refused while another process has it open), keeps a copy of the
current content and copies the backup in, in one transaction.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from equipment_desk.core.errors import (
    DatabaseLockedError,
    InputError,
    NotFoundError,
    NotOurDatabaseError,
    Problem,
    StorageError,
)
from equipment_desk.core.files import PART_SUFFIX, atomic_output, same_file
from equipment_desk.store.connection import Database
from equipment_desk.store.database import database_file

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)

DEFAULT_KEEP = 14
BACKUP_SUFFIX = ".sqlite"
BACKUP_PREFIX = "equipment-desk-"
_NAME = re.compile(r"^equipment-desk-(?:([0-9a-f]{8})-)?(\d{8}-\d{6})(?:-\d+)?-(manual|exit|daily|migration|restore|before-restore)\.sqlite$")
REASONS = ("manual", "exit", "daily", "migration", "before-restore")
REQUIRED_TABLES = ("act", "act_line", "item", "institution", "signatory", "programme", "donor", "attachment", "audit_log", "setting")
PAGES_PER_STEP = 256


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int
    database: str | None = None
    """The :func:`database_id` of the database it copies (``None``: a backup named before backups carried it)."""


def database_id(conn: sqlite3.Connection) -> str | None:
    """A database's identity, the same in every copy of it and different for another database: 8 hex digits of
    the SHA-256 of the moment its schema was first created (``0001_initial`` in its migrations); ``None`` for a
    file that has none."""
    import hashlib

    try:
        row = conn.execute("SELECT applied_at FROM _sqlite_migrations WHERE name = '0001_initial'").fetchone()
    except sqlite3.DatabaseError:
        return None
    return hashlib.sha256(str(row[0]).encode()).hexdigest()[:8] if row and row[0] else None


def _prefix(database: str | None) -> str:
    return f"{BACKUP_PREFIX}{database}-" if database else BACKUP_PREFIX


def default_backup_folder(database_path: str | Path) -> Path:
    """``backups`` beside the database file (used when the settings name no folder)."""
    return Path(database_path).resolve().parent / "backups"


def backup_folder(database_path: str | Path, chosen: str | None = None) -> Path:
    """The folder ``chosen`` in the settings, else ``backups`` beside the database file."""
    return Path(chosen) if chosen else default_backup_folder(database_path)


def _stamp(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")


def list_backups(folder: str | Path, of: str | None = None) -> list[BackupInfo]:
    """Backups in ``folder``, newest first (only files named as this module names them); with ``of`` (a
    :func:`database_id`) only that database's and those that name no database."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match or not path.is_file():
            continue
        if of is not None and match.group(1) not in (of, None):
            continue
        taken = datetime.strptime(match.group(2), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
        found.append(BackupInfo(path=path, taken_at=taken, reason=match.group(3), size=path.stat().st_size, database=match.group(1)))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def prune_backups(folder: str | Path, keep: int = DEFAULT_KEEP, of: str | None = None) -> list[Path]:
    """Delete all but the newest ``keep`` backups of the database ``of`` (a :func:`database_id`); returns what was
    deleted.  Another database's backups, and those that name none, are never deleted."""
    keep = max(1, int(keep))
    removed = []
    own = [info for info in list_backups(folder, of) if info.database is not None and info.database == of]
    for info in own[keep:]:
        try:
            info.path.unlink()
            removed.append(info.path)
        except OSError as error:
            log.warning("could not delete old backup %s: %s", info.path, error)
    return removed


STALE_PART_SECONDS = 600
"""A ``.part`` file untouched this long is left over from a backup that was killed (a running one writes on)."""


def remove_stale_parts(folder: str | Path, *, older_than: float = STALE_PART_SECONDS) -> list[Path]:
    """Delete what killed backups left in ``folder``: hidden ``.equipment-desk-….part`` files (and their journals)."""
    import time

    folder = Path(folder)
    if not folder.is_dir():
        return []
    removed = []
    limit = time.time() - older_than
    for path in folder.glob(f".{BACKUP_PREFIX}*{PART_SUFFIX}*"):
        try:
            if path.is_file() and path.stat().st_mtime < limit:
                path.unlink()
                removed.append(path)
        except OSError as error:
            log.warning("could not delete the unfinished backup %s: %s", path, error)
    return removed


def _copy(source: sqlite3.Connection, target_path: Path, progress: Callable[[int, int], None] | None = None) -> None:
    target = sqlite3.connect(str(target_path))
    try:
        def step(status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)

        source.backup(target, pages=PAGES_PER_STEP, progress=step)
        target.execute("PRAGMA journal_mode = DELETE")
        target.commit()
    finally:
        target.close()


def backup_database(
    *,
    db: sqlite_utils.Database,
    folder: str | Path,
    reason: str = "manual",
    keep: int = DEFAULT_KEEP,
    progress: Callable[[int, int], None] | None = None,
    now: datetime | None = None,
) -> Path:
    """Copy the open database into ``folder`` with the online backup API; returns the new file."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise InputError(Problem("is a file, not a folder; backups are written into a folder", source=str(folder)))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError("cannot create the backup folder {folder}: {reason}", folder=str(folder), reason=error.strerror or str(error)) from error
    stamp = _stamp(now)
    database = database_id(db.conn)
    target = folder / f"{_prefix(database)}{stamp}-{reason}{BACKUP_SUFFIX}"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{_prefix(database)}{stamp}-{counter}-{reason}{BACKUP_SUFFIX}"
    remove_stale_parts(folder)
    try:
        with atomic_output(target, protected=[database_file(db)], what="backup.sqlite") as temporary:
            _copy(db.conn, temporary, progress)
    except sqlite3.Error as error:
        raise StorageError("the backup failed: {reason}", reason=str(error)) from error
    if database is not None:
        prune_backups(folder, keep, of=database)
    log.info("backup written to %s (%s)", target, reason)
    return target


def backup_if_due(*, db: sqlite_utils.Database, folder: str | Path, keep: int = DEFAULT_KEEP, now: datetime | None = None,
                  progress: Callable[[int, int], None] | None = None) -> Path | None:
    """The daily backup: taken when no backup of any kind of this database is from today (UTC).

    ``progress(done, total)`` is called as pages are copied; an exception it raises stops the backup and
    removes the unfinished file.
    """
    now = now or datetime.now(UTC)
    latest = list_backups(folder, database_id(db.conn))
    if latest and latest[0].taken_at.date() == now.date():
        return None
    return backup_database(db=db, folder=folder, reason="daily", keep=keep, now=now, progress=progress)


def make_before_migrate(folder: str | Path | None = None, keep: int = DEFAULT_KEEP) -> Callable[[sqlite_utils.Database, Path, list[str]], None]:
    """The ``before_migrate`` hook for ``open_database``: a backup before the schema changes.

    With no ``folder`` the backup goes to ``backups`` beside the database.
    A failed backup stops the migration (the database is left as it was).
    """

    def before_migrate(db: sqlite_utils.Database, path: Path, pending: list[str]) -> None:
        target = Path(folder) if folder else default_backup_folder(path)
        made = backup_database(db=db, folder=target, reason="migration", keep=keep)
        log.info("backup before migrations %s: %s", ", ".join(pending), made)

    return before_migrate


backup_before_migrate = make_before_migrate()
"""Ready to pass as ``open_database(path, before_migrate=backup_before_migrate)``."""


# --- checking and restoring ------------------------------------------------------------------

@dataclass
class BackupCheck:
    path: Path
    acts: int
    items: int
    institutions: int
    migrations: list[str]


def check_backup(path: str | Path) -> BackupCheck:
    """Open a backup read-only and check it as ``check`` does; raise with a clear reason if it is unusable."""
    from equipment_desk.store.database import APPLICATION_ID, SQLITE_HEADER
    from equipment_desk.store.migrations import check_schema_version

    path = Path(path)
    if not path.is_file():
        raise NotFoundError("the backup {path} does not exist", path=str(path))
    with path.open("rb") as handle:
        if handle.read(16) != SQLITE_HEADER:
            raise NotOurDatabaseError("{path} is not an Equipment Desk backup (it is not an SQLite file); nothing was restored", path=str(path))
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise NotOurDatabaseError("{path} cannot be opened ({reason}); nothing was restored", path=str(path), reason=str(error)) from error
    db = Database(conn)
    try:
        try:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = set(db.table_names())
        except sqlite3.DatabaseError as error:
            raise NotOurDatabaseError("{path} is damaged ({reason}); nothing was restored", path=str(path), reason=str(error)) from error
        if result != ["ok"]:
            raise NotOurDatabaseError("{path} is damaged ({reason}); nothing was restored", path=str(path), reason="; ".join(result[:3]))
        if app_id != APPLICATION_ID:
            raise NotOurDatabaseError("{path} is not an Equipment Desk database; nothing was restored", path=str(path))
        missing = [t for t in REQUIRED_TABLES if t not in tables]
        if missing:
            raise NotOurDatabaseError("{path} lacks the tables {tables}; nothing was restored", path=str(path), tables=", ".join(missing))
        check_schema_version(db, path)
        migrations = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY applied_at").fetchall()] if "_sqlite_migrations" in tables else []
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("act", "item", "institution")}
    finally:
        conn.close()
    findings = whole_check(path)
    if findings:
        raise NotOurDatabaseError("{path} does not pass the check ({count} finding(s), the first: {reason}); nothing was restored",
                                  path=str(path), count=len(findings), reason=findings[0])
    return BackupCheck(path=path, acts=counts["act"], items=counts["item"], institutions=counts["institution"], migrations=migrations)


CHECK_PREFIX = "equipment-desk-check-"
"""The temporary folder a backup is checked in; one a killed check left behind is removed by the next."""


def _remove_stale_checks(folder: Path, older_than: float = STALE_PART_SECONDS) -> None:
    import shutil
    import time

    for stale in folder.glob(f"{CHECK_PREFIX}*"):
        try:
            if stale.is_dir() and time.time() - stale.stat().st_mtime > older_than:
                shutil.rmtree(stale, ignore_errors=True)
        except OSError:
            continue


def whole_check(path: str | Path) -> list[str]:
    """What ``check`` finds in the database at ``path`` as the program would open it, without touching the file.

    A copy is taken into a temporary folder and opened there (so a backup of an older version is brought up to
    date as a restore would), then :func:`~equipment_desk.store.check.check_database` reads it whole: SQLite's
    integrity and foreign keys, the schema's guards, the journal of sealed acts, every sealed act and signed
    scan, the chains and the kept stock figures.  Returns one line per finding (none: it passes).
    """
    import tempfile

    from equipment_desk.store.check import check_database
    from equipment_desk.store.database import open_database

    _remove_stale_checks(Path(tempfile.gettempdir()))
    with tempfile.TemporaryDirectory(prefix=CHECK_PREFIX) as folder:
        copy = Path(folder) / "checked.sqlite"
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            _copy(source, copy)
        finally:
            source.close()
        db = open_database(copy)
        try:
            return check_database(db=db).lines()
        finally:
            db.close()


def _kept_name(folder: Path, database: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{_prefix(database)}{_stamp()}-before-restore{BACKUP_SUFFIX}"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{_prefix(database)}{_stamp()}-{counter}-before-restore{BACKUP_SUFFIX}"
    return target


RESTORE_LOCK_TIMEOUT = 2.0
"""Seconds a restore waits for another program's transaction to end before it is refused."""


def _take_exclusively(database_path: Path) -> sqlite3.Connection | None:
    """A connection that holds ``database_path`` exclusively until it is closed; ``None`` for a file SQLite cannot read.

    SQLite's own locks decide: in WAL mode every open connection of another
    process (the window, an import running on the command line) holds a shared
    lock on the file, so an exclusive one is refused while any is open.
    """
    conn = sqlite3.connect(str(database_path), timeout=RESTORE_LOCK_TIMEOUT, isolation_level=None)
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("COMMIT")  # the exclusive lock stays until the connection closes
        return conn
    except sqlite3.OperationalError as error:
        conn.close()
        if "locked" in str(error) or "busy" in str(error):
            raise DatabaseLockedError(
                "the database {path} is open in another program or window (the program itself, an import, another "
                "command); close it and restore again. Nothing was restored", path=str(database_path)) from error
        return None
    except sqlite3.DatabaseError:
        conn.close()
        return None  # damaged or not a database: replaced as a file below


def _keep_raw(database_path: Path, folder: Path) -> Path:
    """A copy of a database file SQLite cannot read (with its write-ahead log), before it is replaced."""
    import shutil

    target = _kept_name(folder)
    shutil.copyfile(database_path, target)
    wal = Path(f"{database_path}-wal")
    if wal.exists():
        shutil.copyfile(wal, Path(f"{target}-wal"))
    return target


def _replace_file(backup_path: Path, database_path: Path) -> None:
    """Put a copy of the backup in place of a missing or unreadable database file (temporary file, then rename)."""
    temp = database_path.with_name(f".{database_path.name}.restore{PART_SUFFIX}")
    try:
        source = sqlite3.connect(f"file:{backup_path}?mode=ro", uri=True)
        try:
            _copy(source, temp)
        finally:
            source.close()
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        for extra in (Path(f"{database_path}-wal"), Path(f"{database_path}-shm")):
            if extra.exists():
                extra.unlink()
        os.replace(temp, database_path)
    finally:
        if temp.exists():
            temp.unlink()


def restore_backup(*, backup_path: str | Path, database_path: str | Path, folder: str | Path | None = None,
                   progress: Callable[[int, int], None] | None = None) -> Path | None:
    """Replace the database's content with a checked backup; returns where the previous database was kept.

    The database is taken exclusively first: while another process has it
    open the restore is refused (:class:`DatabaseLockedError`) and nothing
    changes, so no program ever goes on working on a file swapped under it.
    The window closes its own connections first and opens the database again
    after.  Holding the lock, the current content is copied to ``folder`` and
    the backup is copied in with SQLite's backup API, in steps of
    :data:`PAGES_PER_STEP` pages (``progress(copied, total)`` after each) but
    one transaction: killed part-way, the database is as it was.  A
    file SQLite cannot read at all (damaged) is kept as it is and replaced as
    a file.  After this, open the database with ``open_database``, which
    applies any migration the backup lacks.
    """
    backup_path, database_path = Path(backup_path), Path(database_path)
    if same_file(backup_path, database_path):  # a symlink or a hard link too: copying a file onto itself never ends
        raise InputError(Problem("is the database itself; choose a backup file", field="backup", value=str(backup_path)))
    check_backup(backup_path)
    folder = Path(folder) if folder else default_backup_folder(database_path)
    database_path.parent.mkdir(parents=True, exist_ok=True)
    if not database_path.exists() or database_path.stat().st_size == 0:
        locked, kept = None, None
    else:
        locked = _take_exclusively(database_path)
        kept = None
    try:
        if locked is not None:
            target = _kept_name(folder, database_id(locked))
            with atomic_output(target, protected=[database_path], what="backup.sqlite") as temporary:
                _copy(locked, temporary)
            kept = target
            source = sqlite3.connect(f"file:{backup_path}?mode=ro", uri=True)
            try:
                # one write transaction on the locked database however many steps: nothing is committed before the last
                source.backup(locked, pages=PAGES_PER_STEP,
                              progress=None if progress is None else lambda _status, left, total: progress(total - left, total))
            finally:
                source.close()
            locked.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        else:
            if database_path.exists() and database_path.stat().st_size > 0:
                kept = _keep_raw(database_path, folder)
            _replace_file(backup_path, database_path)
    except sqlite3.Error as error:
        raise StorageError("the restore failed and the database was left as it was: {reason}", reason=str(error)) from error
    except OSError as error:
        raise StorageError("the restore failed and the database was left as it was: {reason}",
                           reason=error.strerror or str(error)) from error
    finally:
        if locked is not None:
            locked.close()
    log.info("restored %s from %s (previous kept at %s)", database_path, backup_path, kept)
    return kept

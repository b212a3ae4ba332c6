"""Writing an output file without ever overwriting data.

Every file the program writes — a printed act, a spreadsheet, a bundle, a
backup — goes through :func:`atomic_output`: the path is checked first
(:func:`check_output_path`), the content is written to a temporary file in
the same folder, flushed to disk, and only then renamed over the target.  A
killed export leaves the target as it was (and at most a hidden ``.part``
file beside it); a failed one leaves nothing.

What is refused (an :class:`InputError`, exit code 2 on the command line):

- a folder, or a path in a folder that does not exist;
- an existing SQLite file — the register itself (whatever name, symlink or
  letter case reaches it) or a kept backup;
- the register's companions: a name ending in ``-wal``, ``-shm`` or
  ``-journal`` whose stem is an SQLite file, and any file that starts as a
  write-ahead log or a rollback journal does;
- any path in ``protected`` (e.g. the open database's file), compared after
  resolving symlinks and the platform's letter case.

The checks read the file's first bytes rather than trusting its name, so
``-o DESK.SQLITE`` on a case-insensitive disk or a symlink to the database is
refused just as ``-o desk.sqlite`` is.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from equipment_desk.core.errors import InputError, Problem

__all__ = ["PART_SUFFIX", "atomic_output", "check_output_path", "is_database_file", "same_file", "write_file"]

PART_SUFFIX = ".part"
"""The suffix of a file being written (hidden, beside its target)."""

SQLITE_HEADER = b"SQLite format 3\x00"
_WAL_MAGIC = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")
_JOURNAL_MAGIC = b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7"
COMPANIONS = ("-wal", "-shm", "-journal")
"""SQLite's files beside a database: the write-ahead log, its index, the rollback journal."""


def _head(path: Path, size: int = 16) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(size)
    except OSError:
        return b""


def is_database_file(path: str | os.PathLike) -> bool:
    """Whether ``path`` is an existing SQLite database, write-ahead log or rollback journal (by content)."""
    path = Path(path)
    if not path.is_file():
        return False
    head = _head(path)
    return head.startswith(SQLITE_HEADER) or head[:4] in _WAL_MAGIC or head.startswith(_JOURNAL_MAGIC)


def same_file(one: Path, other: Path) -> bool:
    """Whether two paths reach one file: the same name, a symlink, a hard link, or another letter case where the disk
    ignores case."""
    try:
        if one.exists() and other.exists():
            return os.path.samefile(one, other)
    except OSError:
        pass
    return os.path.normcase(str(one.resolve())) == os.path.normcase(str(other.resolve()))


def _companion_of_database(path: Path) -> bool:
    name = path.name
    for suffix in COMPANIONS:
        if os.path.normcase(name).endswith(os.path.normcase(suffix)):
            stem = path.with_name(name[: -len(suffix)])
            if is_database_file(stem):
                return True
    return False


def check_output_path(path: str | os.PathLike, *, protected: Iterable[str | os.PathLike | None] = (),
                      what: str = "file") -> Path:
    """``path`` as a :class:`Path` if a new file may be written there; :class:`InputError` otherwise.

    ``protected`` names files that must never be written (the open database:
    its companions are protected with it).  ``what`` names the kind of file in
    the message about a folder ("give a file name such as act.pdf").
    """
    target = Path(path)
    source = str(path)
    if target.is_dir():
        raise InputError(Problem("is a folder; give a file name such as {example}",
                                 params={"example": what}, source=source))
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(Problem("the folder {folder} does not exist", params={"folder": str(folder)}, source=source))
    for kept in protected:
        if kept is None:
            continue
        kept = Path(kept)
        for candidate in (kept, *(kept.with_name(kept.name + suffix) for suffix in COMPANIONS)):
            if same_file(target, candidate):
                raise InputError(Problem(
                    "is the database or one of its files; it is never written over — choose another file name",
                    source=source))
    if is_database_file(target) or _companion_of_database(target):
        raise InputError(Problem(
            "is a database, a backup or one of their files; it is never written over — choose another file name",
            source=source))
    return target


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike, *, protected: Iterable[str | os.PathLike | None] = (),
                  what: str = "file") -> Iterator[Path]:
    """Write a file whole or not at all: yields a temporary path in the target's folder.

    The caller writes the whole content to the yielded path (open it, or hand
    it to a library that saves to a path); when the block ends without an
    exception the file is flushed to disk and renamed over ``path``.  On an
    exception the temporary file is removed and the target left as it was.
    An :class:`OSError` while writing becomes an :class:`InputError` naming
    the file (a full disk, a read-only folder).
    """
    target = check_output_path(path, protected=protected, what=what)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=PART_SUFFIX, dir=folder)
    except OSError as error:
        raise InputError(Problem("cannot write in {folder} ({reason})",
                                 params={"folder": str(folder), "reason": _reason(error)},
                                 source=str(path))) from None
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        with temporary.open("rb+") as written:
            os.fsync(written.fileno())
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
    except OSError as error:
        raise InputError(Problem("cannot write the file ({reason})", params={"reason": _reason(error)},
                                 source=str(path))) from None
    finally:
        with contextlib.suppress(OSError):
            if temporary.exists():
                temporary.unlink()


def _reason(error: OSError) -> str:
    import errno

    if error.errno == errno.ENOSPC:
        return "the disk is full"
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "the file or folder is read-only or not yours to write"
    return error.strerror or str(error)


def write_file(data: bytes, path: str | os.PathLike, *, protected: Iterable[str | os.PathLike | None] = (),
               what: str = "file") -> Path:
    """Write ``data`` to ``path`` through :func:`atomic_output`; returns the path."""
    with atomic_output(path, protected=protected, what=what) as temporary:
        temporary.write_bytes(data)
    return Path(path)

"""The headless command line: ``python -m equipment_desk [--db PATH] COMMAND ...``.

Each module listed by :func:`command_modules` defines ``register(subparsers)``
and adds its commands; a command's handler is ``handler(args, db) -> int`` (or
``handler(args) -> int`` when it sets ``needs_db=False``).  The modules are
imported by name, not discovered: the frozen program has no package folder to
list (a test checks that every module of the package that registers commands
is in the list).

Exit codes: 0 done; 1 a check or verification failed; 2 bad input or a
refused action, with one line per problem on stderr and nothing written.
"""

from __future__ import annotations

import argparse
import logging
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from equipment_desk import __version__
from equipment_desk.core.errors import DeskError

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2

log = logging.getLogger(__name__)


def command_modules() -> tuple:
    """The modules that add commands, in the order their commands are listed.

    Imported here, not at the top: they import this module's exit codes.
    """
    from equipment_desk.cli import acts, documents, exchange, languages, maintenance

    return (acts, documents, exchange, maintenance, languages)


class _Parser(argparse.ArgumentParser):
    """argparse that exits with 2 and one line, as every other bad input does."""

    def error(self, message: str) -> None:  # noqa: D401 - argparse override
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="equipment-desk",
        description="Equipment Desk: donated equipment and handover acts, from the command line.",
    )
    parser.add_argument("--version", action="version", version=f"Equipment Desk {__version__}")
    parser.add_argument(
        "--db",
        type=Path,
        help="the database file (default: equipment-desk.sqlite in your data folder)",
    )
    parser.add_argument("--user", help="name recorded in the audit log (default: your login name)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    subparsers.required = True
    for module in command_modules():
        module.register(subparsers)
    return parser


def report(error: DeskError) -> None:
    for line in error.lines():
        print(f"error: {line}", file=sys.stderr)


def _backup_before_migrate(*args: object) -> None:
    """The backup taken before pending migrations change a database (imported only then)."""
    from equipment_desk.exchange.backup import backup_before_migrate

    backup_before_migrate(*args)


def main(argv: Sequence[str] | None = None) -> int:
    from equipment_desk.core import places
    from equipment_desk.store import context
    from equipment_desk.store.database import default_database_path, open_database

    for stream in (sys.stdout, sys.stderr):
        # Names are Cyrillic and Latin: never fail on a console or file in a legacy code page.
        if hasattr(stream, "reconfigure") and not stream.isatty():
            stream.reconfigure(encoding="utf-8", errors="replace")
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.user:
        context.set_user(args.user)
    handler = args.handler
    path = None
    try:
        places.require_portable_folder_writable()
        if getattr(args, "needs_db", True):
            path = args.db or default_database_path()
            db = open_database(path, before_migrate=_backup_before_migrate)
            try:
                return int(handler(args, db))
            finally:
                db.close()
        return int(handler(args))
    except DeskError as error:
        report(error)
        return EXIT_BAD_INPUT
    except sqlite3.DatabaseError as error:
        # What SQLite says about the file itself (damaged, disk full, read-only) is named, never a traceback.
        from equipment_desk.store.database import storage_failure

        known = None if isinstance(error, sqlite3.IntegrityError) else storage_failure(error, path)
        if known is None:
            raise
        report(known)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return EXIT_OK

"""``check``, ``demo``, ``settings`` and ``audit`` commands."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys

import sqlite_utils

from equipment_desk.cli import EXIT_FAILED, EXIT_OK
from equipment_desk.store import audit, settings


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("check", help="verify the database, its guards, the journal of sealed acts, every sealed act and signed scan, and the chains")
    p.add_argument("--since", metavar="ENTRY:HASH",
                   help="the journal entry an earlier check printed, noted outside this file: it must still be there as it was")
    p.set_defaults(handler=check_command)

    p = subparsers.add_parser("demo", help="load the demo data set (the 2018 handovers); running it twice changes nothing")
    p.set_defaults(handler=demo_command)

    p = subparsers.add_parser("settings", help="show or change the office settings kept with the data")
    p.add_argument("assignments", nargs="*", metavar="KEY=VALUE", help="e.g. office_code=BISH")
    p.set_defaults(handler=settings_command)

    p = subparsers.add_parser("audit", help="show the latest entries of the audit log")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=audit_command)


def check_command(args: argparse.Namespace, db: sqlite_utils.Database) -> int:
    from equipment_desk.store.check import check_database, parse_anchor
    from equipment_desk.store.database import database_file, storage_failure

    since = parse_anchor(args.since) if args.since is not None else None
    try:
        report = check_database(db=db, since=since)
    except sqlite3.DatabaseError as error:  # the check itself cannot read the file: that is its finding
        known = None if isinstance(error, sqlite3.IntegrityError) else storage_failure(error, database_file(db))
        if known is None:
            raise
        print(f"FAILED: {known.text()}")
        return EXIT_FAILED
    if report.ok:
        print(f"OK: database intact, {report.acts_checked} finalized acts verified")
        if since is not None:
            print(f"journal entry {since[0]} is still the one noted: nothing recorded up to it was written again")
        pos, digest = report.journal_head
        print(f"journal: last entry {pos:d}:{digest} — note it outside this file; "
              f"check --since {pos:d}:{digest} later proves nothing up to it was written again")
        return EXIT_OK
    for line in report.lines():
        print(line)
    print(f"FAILED: {len(report.lines())} problem(s)", file=sys.stderr)
    return EXIT_FAILED


def demo_command(args: argparse.Namespace, db: sqlite_utils.Database) -> int:
    from equipment_desk.store import demo

    counts = demo.load_demo(db=db, national=True)
    if not any(counts.values()):
        print("the demo data is already loaded; nothing changed")
    else:
        print("loaded " + ", ".join(f"{count} {name}" for name, count in counts.items()))
    return EXIT_OK


def settings_command(args: argparse.Namespace, db: sqlite_utils.Database) -> int:
    if args.assignments:
        values = {}
        for assignment in args.assignments:
            key, sep, value = assignment.partition("=")
            if not sep:
                from equipment_desk.core.errors import InputError, Problem

                raise InputError(Problem("must be written KEY=VALUE", value=assignment))
            values[key.strip()] = value
        changed = settings.set_settings(db=db, values=values)
        print("changed: " + (", ".join(changed) if changed else "nothing"))
        return EXIT_OK
    for key, value in settings.all_settings(db=db).items():
        print(f"{key} = {value}")
    return EXIT_OK


def audit_command(args: argparse.Namespace, db: sqlite_utils.Database) -> int:
    rows = audit.history(db, limit=args.limit)
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    for row in rows:
        print(f"{row['at']} {row['user']:<12} {row['action']:<12} {row['table_name']:<10} {row['record_uuid'] or ''}")
    return EXIT_OK

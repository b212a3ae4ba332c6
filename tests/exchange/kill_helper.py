"""Run one long operation and stop in the middle of it, for the SIGKILL test.

``python kill_helper.py OPERATION DATABASE FILE [FOLDER]`` prints ``midway``
on stdout once the operation is part-way through (rows written but not
committed, pages of a backup copied) and then waits to be killed.
"""

from __future__ import annotations

import sys
import time


def wait_to_be_killed() -> None:
    print("midway", flush=True)
    time.sleep(60)
    print("not killed", flush=True)
    sys.exit(3)


class _StopsAtCommit:
    """A connection that waits to be killed when asked to commit: everything the write did is written, uncommitted."""

    def __init__(self, conn) -> None:
        self._conn = conn

    def execute(self, sql, *args):
        if sql.strip().upper() == "COMMIT":
            wait_to_be_killed()
        return self._conn.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._conn, name)


def _write_then_stop(db, operation: str, file: str) -> None:
    """``commit-WRITE``: one of the store's writes, killed just before its COMMIT."""
    from equipment_desk.store import acts, prints, settings

    def act(number: str) -> int:
        return acts.find_act(db=db, ref=number)

    draft = db.execute("SELECT id FROM act WHERE status = 'draft' ORDER BY id LIMIT 1").fetchone()
    writes = {
        "finalize": lambda: acts.finalize_act(db=db, act_id=draft[0]),
        "sign": lambda: acts.sign_act(db=db, act_id=act("ROCA-2018-0005"), signed_date="2018-03-01", scan_path=file),
        "rescan": lambda: acts.replace_signed_scan(db=db, act_id=act("ROCA-2018-0001"), scan_path=file, reason="unreadable"),
        "void": lambda: acts.void_act(db=db, act_id=act("ROCA-2018-0005"), reason="handed over twice"),
        "settings": lambda: settings.set_settings(db=db, values={"office_name_en": "Another office", "national_languages": "ky,uz"}),
        "print": lambda: prints.record_issued_print(db=db, act_ids=[act("ROCA-2018-0001")], source=b"%PDF- a print"),
    }
    db.conn = _StopsAtCommit(db.conn)
    writes[operation.removeprefix("commit-")]()


def main() -> None:
    operation, database, file = sys.argv[1:4]
    from equipment_desk.store.database import open_database

    db = open_database(database)
    if operation.startswith("commit-"):
        _write_then_stop(db, operation, file)
    elif operation == "import":
        from equipment_desk.exchange.importers import apply_import, prepare_import

        preview = prepare_import(db=db, kind="item", path=file)
        half = len(preview.rows) // 2

        def progress(done: int, total: int) -> None:
            if half <= done < total:
                wait_to_be_killed()

        apply_import(db=db, preview=preview, progress=progress)
    elif operation == "import-end":
        from equipment_desk.exchange.importers import apply_import, prepare_import

        preview = prepare_import(db=db, kind="item", path=file)
        apply_import(db=db, preview=preview, before_commit=lambda count: wait_to_be_killed())
    elif operation == "sync":
        from equipment_desk.exchange.sync import import_bundle

        def progress(done: int, total: int) -> None:
            if total // 2 <= done < total:
                wait_to_be_killed()

        import_bundle(db=db, path=file, progress=progress)
    elif operation == "sync-end":
        from equipment_desk.exchange.sync import import_bundle

        import_bundle(db=db, path=file, before_commit=lambda report: wait_to_be_killed())
    elif operation == "backup":
        from equipment_desk.exchange import backup

        backup.PAGES_PER_STEP = 2
        calls = []

        def progress(copied: int, total: int) -> None:
            calls.append(copied)
            if len(calls) == 3 and copied < total:
                wait_to_be_killed()

        backup.backup_database(db=db, folder=sys.argv[4], progress=progress)
    elif operation.startswith("restore-"):
        # DATABASE is the database to restore into, FILE the backup; killed while the backup is checked, while the
        # current database is copied aside, or while the backup is copied in
        from equipment_desk.exchange import backup
        from equipment_desk.store import check

        db.close()
        backup.PAGES_PER_STEP = 2
        if operation == "restore-check":
            check.check_database = lambda **_kwargs: wait_to_be_killed()
        elif operation == "restore-keep":
            copy = backup._copy
            copies: list[int] = []

            def copy_then_stop(source, target, progress=None):  # the second copy: the current database, aside
                copies.append(1)
                if len(copies) < 2:
                    return copy(source, target, progress)
                return copy(source, target, lambda done, total: wait_to_be_killed() if done >= 6 else None)

            backup._copy = copy_then_stop
        steps: list[int] = []

        def progress(copied: int, total: int) -> None:
            steps.append(copied)
            if operation == "restore-copy" and len(steps) == 3 and copied < total:
                wait_to_be_killed()

        backup.restore_backup(backup_path=file, database_path=database, folder=sys.argv[4], progress=progress)
    elif operation == "export":
        from equipment_desk.exchange.export import Column, write_table

        rows = [{"name": f"Chair {i}", "serial": f"K-{i}"} for i in range(5000)]

        def progress(done: int, total: int) -> None:
            if total // 2 <= done < total:
                wait_to_be_killed()

        write_table(file, [Column("name", "Name"), Column("serial", "Serial")], rows, progress=progress)
    else:
        raise SystemExit(f"unknown operation {operation}")
    print("finished", flush=True)


if __name__ == "__main__":
    main()

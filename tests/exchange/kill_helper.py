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


def main() -> None:
    operation, database, file = sys.argv[1:4]
    from equipment_desk.store.database import open_database

    db = open_database(database)
    if operation == "import":
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

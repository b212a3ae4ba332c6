"""A recorded print is evidence: ``verify`` accepts a file whose SHA-256 is recorded as issued, so the record
must be as hard to forge as the act itself.

The attack: print an act, paint a different amount over the file, and record the forged file's SHA-256 as
an issued print of the act — with one plain ``INSERT`` (no trigger stands in the way of an insert into an
append-only table), or with the triggers dropped and put back.  ``verify forged.pdf`` then said "identical
to the print the program issued" and ``check`` said nothing.  Each print is now journaled like a signature:
an insert without its journal entry is refused, a row or an entry that disagree are named by ``check``, and
``verify`` does not accept a file on a record the journal does not hold.
"""

from __future__ import annotations

import hashlib
import io
import sqlite3
import uuid
from pathlib import Path

import pytest
import sqlite_utils
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DecodedStreamObject, NameObject

from equipment_desk.cli import main
from equipment_desk.documents.verify import verify_pdf
from equipment_desk.store import acts, prints
from equipment_desk.store.check import check_database
from equipment_desk.store.database import open_database

NUMBER = "ROCA-2018-0001"


def _forged(data: bytes) -> bytes:
    """The print with a white box and another figure painted over its first page."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    page = writer.pages[0]
    paint = DecodedStreamObject()
    paint.set_data(b"q 1 1 1 rg 300 300 200 40 re f Q")
    contents = page["/Contents"].get_object()
    parts = list(contents) if isinstance(contents, ArrayObject) else [page["/Contents"]]
    page[NameObject("/Contents")] = ArrayObject([*parts, writer._add_object(paint)])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture
def printed(demo_db_path: Path, tmp_path: Path) -> tuple[Path, bytes, bytes]:
    out = tmp_path / "act.pdf"
    assert main(["--db", str(demo_db_path), "certificate", NUMBER, "-o", str(out)]) == 0
    genuine = out.read_bytes()
    return demo_db_path, genuine, _forged(genuine)


def _record_row(act_id: int, data: bytes) -> list:
    return [str(uuid.uuid4()), act_id, hashlib.sha256(data).hexdigest(), len(data), "certificate", "", 1,
            "2026-01-05T10:00:00Z", "clerk"]


INSERT = ("INSERT INTO issued_print (uuid, act_id, sha256, size, kind, languages, copies, issued_at, issued_by) "
          "VALUES (?,?,?,?,?,?,?,?,?)")


def _act_id(db: sqlite_utils.Database) -> int:
    return acts.find_act(db=db, ref=NUMBER)


def test_a_print_record_inserted_behind_the_programs_back_is_refused(printed) -> None:
    path, _genuine, forged = printed
    connection = sqlite3.connect(path)
    act_id = connection.execute("SELECT id FROM act WHERE number = ?", [NUMBER]).fetchone()[0]
    with pytest.raises(sqlite3.IntegrityError, match="journal"):
        connection.execute(INSERT, _record_row(act_id, forged))
    connection.close()
    db = open_database(path)
    assert not any(result.ok for result in verify_pdf(db=db, source=forged))


def test_a_print_record_slipped_in_with_the_triggers_dropped_is_named_and_verifies_nothing(printed) -> None:
    path, genuine, forged = printed
    connection = sqlite3.connect(path)
    act_id = connection.execute("SELECT id FROM act WHERE number = ?", [NUMBER]).fetchone()[0]
    triggers = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    for name, _sql in triggers:
        connection.execute(f"DROP TRIGGER {name}")
    connection.execute(INSERT, _record_row(act_id, forged))
    for _name, sql in triggers:
        connection.execute(sql)
    connection.commit()
    connection.close()

    db = open_database(path)
    report = check_database(db=db)
    assert not report.ok
    assert any(number == NUMBER and "print" in str(problem) for number, problem in report.acts), report.lines()
    results = verify_pdf(db=db, source=forged)
    assert results and not any(result.ok for result in results)
    assert any("journal" in problem for result in results for problem in result.problems)
    db.close()
    assert main(["--db", str(path), "verify", str(_write(path.parent / "forged.pdf", forged))]) == 1
    assert main(["--db", str(path), "check"]) == 1


def test_a_recorded_print_changed_behind_the_programs_back_is_named(printed) -> None:
    path, genuine, forged = printed
    connection = sqlite3.connect(path)
    for name in ("issued_print_append_only_update",):
        connection.execute(f"DROP TRIGGER {name}")
    connection.execute("UPDATE issued_print SET sha256 = ?, size = ? WHERE act_id = (SELECT id FROM act WHERE number = ?)",
                       [hashlib.sha256(forged).hexdigest(), len(forged), NUMBER])
    connection.commit()
    connection.close()
    db = open_database(path, quick_check=False)
    assert any(number == NUMBER for number, _problem in check_database(db=db).acts)
    assert not any(result.ok for result in verify_pdf(db=db, source=forged))


def test_a_recorded_print_deleted_behind_the_programs_back_is_named(printed) -> None:
    path, _genuine, _forged_data = printed
    connection = sqlite3.connect(path)
    connection.execute("DROP TRIGGER issued_print_append_only_delete")
    connection.execute("DELETE FROM issued_print")
    connection.commit()
    connection.close()
    db = open_database(path, quick_check=False)
    assert any(number == NUMBER and "print" in str(problem) for number, problem in check_database(db=db).acts)


def test_every_print_the_program_issues_is_journaled_and_check_passes(printed) -> None:
    path, genuine, _forged_data = printed
    db = open_database(path)
    assert check_database(db=db).ok, check_database(db=db).lines()
    entries = db.execute("SELECT body FROM act_log WHERE event = 'print'").fetchall()
    assert len(entries) == len(prints.issued_prints(db=db)) >= 1
    assert all(result.ok for result in verify_pdf(db=db, source=genuine))


def test_prints_recorded_before_the_journal_held_them_are_journaled_when_the_register_is_opened(tmp_path: Path) -> None:
    from tests.conftest import Factory

    path = tmp_path / "old.sqlite"
    db = open_database(path)
    act_id = Factory(db).finalized()
    db.close()
    # A register from before prints were journaled: the rows there, no entries, no guard.
    connection = sqlite3.connect(path)
    connection.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [PRINTS_MIGRATION])
    connection.execute("DROP TRIGGER issued_print_journaled")
    sql = connection.execute("SELECT sql FROM sqlite_master WHERE name = 'act_log'").fetchone()[0]
    assert "'print'" in sql
    connection.execute(INSERT, _record_row(act_id, b"%PDF-1.4 an old print"))
    connection.commit()
    connection.close()
    db = open_database(path)
    assert db.execute("SELECT count(*) FROM act_log WHERE event = 'print'").fetchone()[0] == 1
    assert check_database(db=db).ok, check_database(db=db).lines()


PRINTS_MIGRATION = "0011_issued_prints_journaled"


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_the_database_refuses_a_signed_scan_the_journal_did_not_name_whatever_came_after(db, make, tmp_path) -> None:
    """The signed scan may change only to the one the act's last signature or scan entry names: a print's entry
    after it does not open the way to clearing it, and a finalized act cannot be given another act's scan."""
    from tests.scans import pdf_scan

    scan = tmp_path / "signed.pdf"
    scan.write_bytes(pdf_scan("signed and stamped"))
    signed, finalized = make.finalized(), make.finalized()
    acts.sign_act(db=db, act_id=signed, signed_date="2018-02-20", scan_path=scan)
    prints.record_issued_print(db=db, act_ids=[signed], source=b"%PDF- a print of the signed act")
    held = acts.get_act_row(db=db, act_id=signed)["signed_scan_id"]
    with pytest.raises(sqlite3.IntegrityError, match="cannot be changed"):
        db.execute("UPDATE act SET signed_scan_id = NULL WHERE id = ?", [signed])
    with pytest.raises(sqlite3.IntegrityError, match="cannot be changed"):
        db.execute("UPDATE act SET signed_scan_id = ? WHERE id = ?", [held, finalized])
    # the program's own replacement still goes through after the print
    other = tmp_path / "clear.pdf"
    other.write_bytes(pdf_scan("clear copy"))
    acts.replace_signed_scan(db=db, act_id=signed, scan_path=other, reason="the first scan is unreadable")
    assert acts.get_act_row(db=db, act_id=signed)["signed_scan_id"] != held
    assert check_database(db=db).ok, check_database(db=db).lines()

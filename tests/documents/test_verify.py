"""``verify FILE.pdf`` is byte-true: only the program's own print of an act verifies.

Hostile files are made from a genuine print with pypdf and reportlab — an
overlay (a white box and painted text), an added page, a removed page, the
file saved again, bytes after %%EOF, one number changed — and each fails
with exit 1, naming what differs and giving the register's values.
"""

from __future__ import annotations

import copy
import functools
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from equipment_desk.cli import main
from equipment_desk.core.errors import InputError
from equipment_desk.documents import printing
from equipment_desk.documents.certificate import render_certificate
from equipment_desk.documents.fonts import REGULAR, register_fonts
from equipment_desk.documents.verify import page_differences, verify_pdf
from equipment_desk.store import acts, prints
from equipment_desk.store.database import open_database

NUMBER = "ROCA-2018-0001"


def run(db: Path, *args) -> int:
    return main(["--db", str(db), *map(str, args)])


@pytest.fixture
def printed(demo_db_path: Path, tmp_path: Path) -> bytes:
    out = tmp_path / "act.pdf"
    assert run(demo_db_path, "certificate", NUMBER, "-o", out) == 0
    return out.read_bytes()


def _overlay(data: bytes, page_index: int, text: str) -> bytes:
    """A white box with ``text`` painted over a page, merged with pypdf (as a PDF editor would)."""
    register_fonts()
    stamp = io.BytesIO()
    canvas = Canvas(stamp, pagesize=A4)
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(40, 300, 500, 40, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont(REGULAR, 12)
    canvas.drawString(50, 315, text)
    canvas.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.pages[page_index].merge_page(PdfReader(io.BytesIO(stamp.getvalue())).pages[0])
    return _written(writer)


def _written(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _appended_page(data: bytes) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.add_blank_page(width=595, height=842)
    return _written(writer)


def _removed_page(data: bytes, index: int) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    del writer.pages[index]
    return _written(writer)


def _resaved(data: bytes) -> bytes:
    return _written(PdfWriter(clone_from=PdfReader(io.BytesIO(data))))


def _one_number_changed(db_path: Path) -> bytes:
    db = open_database(db_path)
    try:
        document = acts.act_document(db=db, act_id=acts.find_act(db=db, ref=NUMBER))
    finally:
        db.close()
    changed = copy.deepcopy(document)
    changed["lines"][0]["serial_number"] = changed["lines"][0]["serial_number"][:-1] + "9"
    return render_certificate(changed)


HOSTILE = {
    "overlay on the last page": lambda data, path: _overlay(data, -1, "TOTAL: KGS 9,365,000.00"),
    "a page appended": lambda data, path: _appended_page(data),
    "a page removed": lambda data, path: _removed_page(data, 1),
    "saved again through pypdf": lambda data, path: _resaved(data),
    "bytes after %%EOF": lambda data, path: data + b"\n% appended after the end\n",
    "a zip appended": lambda data, path: data + b"PK\x03\x04" + b"\x00" * 40,
    "one number changed": lambda data, path: _one_number_changed(path),
}

EXPECTED = {
    "overlay on the last page": "    page 6 of the file differs from every page of the program's print",
    "a page appended": "    the file has 7 page(s), the program's print 6",
    "a page removed": "    page 2 of the program's print is not in the file (changed or removed)",
    "saved again through pypdf": "    every page draws what the program's print draws, but the file's bytes differ",
    "bytes after %%EOF": "    every page draws what the program's print draws, but the file's bytes differ",
    "a zip appended": "    every page draws what the program's print draws, but the file's bytes differ",
    "one number changed": "    page 1 of the file differs from every page of the program's print",
}


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_a_changed_print_fails_and_says_what_differs(demo_db_path: Path, printed: bytes, tmp_path: Path, kind: str,
                                                     capsys: pytest.CaptureFixture) -> None:
    hostile = tmp_path / "hostile.pdf"
    hostile.write_bytes(HOSTILE[kind](printed, demo_db_path))
    assert hostile.read_bytes() != printed
    capsys.readouterr()
    assert run(demo_db_path, "verify", hostile) == 1
    report = capsys.readouterr().out.splitlines()
    assert report[0].startswith(f"FAILED: act {NUMBER}")
    assert report[1].startswith("  not the program's print of this act")
    assert any(line.startswith(EXPECTED[kind]) for line in report), report
    assert "  the register's record, to compare with the paper:" in report
    assert "    total: KGS 2,365,000.00; quantity: 66; lines: 53" in report


def test_the_genuine_print_and_a_reprint_verify(demo_db_path: Path, printed: bytes, tmp_path: Path,
                                                capsys: pytest.CaptureFixture) -> None:
    again = tmp_path / "again.pdf"
    assert run(demo_db_path, "certificate", NUMBER, "-o", again) == 0
    assert again.read_bytes() == printed
    capsys.readouterr()
    assert run(demo_db_path, "verify", again) == 0
    assert capsys.readouterr().out.startswith(f"OK: act {NUMBER} matches the register")


def test_a_print_made_before_a_layout_change_still_verifies(demo_db_path: Path, printed: bytes) -> None:
    db = open_database(demo_db_path)
    try:
        def new_layout(act_id: int, languages, copies: int) -> bytes:  # the program's print has changed since
            return printing.certificate_pdf(db=db, act_id=act_id, languages=languages, copies=copies) + b"\n"

        [result] = verify_pdf(db=db, source=printed, reprint=new_layout)
        assert result.ok and result.notes[0].startswith("the file is identical to the print the program issued on ")
        # not recorded: the same file is checked against the new layout only, and fails
        unrecorded = printing.certificate_pdf(db=db, act_id=acts.find_act(db=db, ref="ROCA-2018-0002"))
        [result] = verify_pdf(db=db, source=unrecorded, reprint=new_layout)
        assert not result.ok
    finally:
        db.close()


def test_each_print_is_recorded_once_and_never_for_a_draft(demo_db_path: Path, tmp_path: Path) -> None:
    for _ in range(2):
        assert run(demo_db_path, "certificate", NUMBER, "-o", tmp_path / "a.pdf") == 0
    assert run(demo_db_path, "certificate", "9", "-o", tmp_path / "draft.pdf") == 0  # act 9 is a draft
    assert run(demo_db_path, "certificates", "--from", "2018-01-01", "--to", "2018-12-31",
               "-o", tmp_path / "all.pdf") == 0
    db = open_database(demo_db_path)
    try:
        rows = prints.issued_prints(db=db)
        assert sorted((row["kind"], row["act_id"]) for row in rows) == sorted(
            [("certificate", 1)] + [("collection", act_id) for act_id in range(1, 9)])
        assert {row["sha256"] for row in rows if row["kind"] == "collection"} == {
            prints.file_sha256(tmp_path / "all.pdf")[0]}
        with pytest.raises(Exception, match="cannot be changed"):
            db.execute("DELETE FROM issued_print")
    finally:
        db.close()


@functools.lru_cache(maxsize=1)
def _genuine() -> tuple[bytes, Path]:
    import tempfile

    from equipment_desk.store.demo import load_demo

    path = Path(tempfile.mkdtemp(prefix="verify-")) / "demo.sqlite"
    db = open_database(path)
    load_demo(db=db)
    data = printing.certificate_pdf(db=db, act_id=1)
    db.close()
    return data, path


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(position=st.integers(min_value=0), value=st.integers(min_value=0, max_value=255))
def test_no_single_byte_change_ever_verifies(position: int, value: int) -> None:
    data, path = _genuine()
    index = position % len(data)
    if data[index] == value:
        value = (value + 1) % 256
    changed = data[:index] + bytes([value]) + data[index + 1:]
    db = open_database(path)
    try:
        fresh = functools.lru_cache(maxsize=8)(
            lambda act_id, languages, copies: printing.certificate_pdf(db=db, act_id=act_id, languages=languages,
                                                                       copies=copies))
        try:
            results = verify_pdf(db=db, source=changed, reprint=fresh)
        except InputError:
            return  # unreadable, or no code left: refused as bad input, never accepted
        assert results and not all(result.ok for result in results)
    finally:
        db.close()


def test_page_differences_name_pages() -> None:
    assert page_differences(["a", "b", "c"], ["a", "x", "c"]) == [
        "page 2 of the file differs from every page of the program's print (changed, overlaid or added)",
        "page 2 of the program's print is not in the file (changed or removed)",
    ]
    assert page_differences(["b", "a"], ["a", "b"]) == ["the file has the program's pages in another order or repeated"]
    assert page_differences(["a", "b", "c", "d"], ["a", "b"])[0] == "the file has 4 page(s), the program's print 2"

"""A signed scan is checked by content: the whole file must read, nothing may follow its end."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from equipment_desk.core.errors import InputError
from equipment_desk.core.scans import check_scan
from equipment_desk.store import acts
from tests.scans import image_scan, pdf_scan


def long_pdf(pages: int = 12) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1, pageCompression=0)
    for page in range(pages):
        for line in range(60):
            canvas.drawString(40, 800 - 12 * line, f"Page {page + 1}, line {line + 1}: signed and stamped " * 2)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


PDF = long_pdf()
PNG = image_scan("PNG", (64, 48))
JPEG = image_scan("JPEG", (64, 48))


def refused(data: bytes, name: str) -> str:
    with pytest.raises(InputError) as caught:
        check_scan(data, name)
    return str(caught.value)


def test_whole_files_are_accepted() -> None:
    assert len(PDF) > 20_000
    assert check_scan(PDF, "signed.pdf") == "pdf"
    assert check_scan(pdf_scan(), "signed.PDF") == "pdf"
    assert check_scan(PDF + b"\r\n  \n", "signed.pdf") == "pdf"  # white space after %%EOF is harmless
    assert check_scan(PNG, "signed.png") == "png"
    assert check_scan(JPEG, "signed.jpg") == "jpeg"
    assert check_scan(image_scan("PNG", (7, 5)), "tiny.png") == "png"


def test_what_was_seen_is_refused() -> None:
    assert "no end (%%EOF)" in refused(PDF[:20_000], "signed.pdf")  # the first 20 KB of a PDF
    assert "cannot be read" in refused(b"%PDF-1.4 %%EOF", "signed.pdf")  # 14 bytes
    noise = refused(PNG[:33] + bytes(range(256)) * 4, "signed.png")  # a PNG header, then noise
    assert "is not a whole PNG file: it is cut short inside a 0x04050607 chunk" in noise
    at = PNG.index(b"IDAT") + 6
    damaged = PNG[:at] + bytes([PNG[at] ^ 0xFF]) + PNG[at + 1:]  # one byte of the image data changed
    assert "the checksum of its IDAT chunk" in refused(damaged, "signed.png")
    zip_tail = b"PK\x03\x04" + b"\x14\x00" * 20 + b"PK\x05\x06" + b"\x00" * 18
    assert "follow its end (%%EOF)" in refused(PDF + zip_tail, "signed.pdf")  # a PDF with a zip appended


def test_other_damage_is_refused_and_named() -> None:
    assert "follow its end (IEND)" in refused(PNG + b"junk", "a.png")
    assert "cut short" in refused(PNG[:-12], "a.png")
    assert "follow its end (EOI)" in refused(JPEG + b"\x00trailing", "a.jpg")
    assert "cut short" in refused(JPEG[: len(JPEG) // 2], "a.jpg")
    assert "does not begin as a PNG" in refused(JPEG, "a.png")  # a JPEG named .png
    assert "does not begin as a PDF" in refused(PNG, "a.pdf")
    assert "must be a PDF, JPG or PNG" in refused(PDF, "a.docx")
    # a PNG whose chunks are sound but whose image data is short of what its header declares
    head = PNG[:33]
    data = zlib.compress(b"\x00" * 10)
    idat = struct.pack(">I", len(data)) + b"IDAT" + data + struct.pack(">I", zlib.crc32(b"IDAT" + data) & 0xFFFFFFFF)
    iend = struct.pack(">I", 0) + b"IEND" + struct.pack(">I", zlib.crc32(b"IEND") & 0xFFFFFFFF)
    assert "declares" in refused(head + idat + iend, "a.png")


@settings(max_examples=60, deadline=None)
@given(kind=st.sampled_from(["pdf", "png", "jpg"]), cut=st.floats(min_value=0.0, max_value=0.999))
def test_no_cut_short_file_is_accepted(kind: str, cut: float) -> None:
    data = {"pdf": PDF, "png": PNG, "jpg": JPEG}[kind]
    with pytest.raises(InputError):
        check_scan(data[: int(len(data) * cut)], f"scan.{kind}")


@settings(max_examples=60, deadline=None)
@given(kind=st.sampled_from(["pdf", "png", "jpg"]), tail=st.binary(min_size=1, max_size=64))
def test_nothing_but_white_space_may_follow_the_end(kind: str, tail: bytes) -> None:
    data = {"pdf": PDF, "png": PNG, "jpg": JPEG}[kind]
    if kind == "pdf" and not tail.strip(b" \t\r\n\f\x00"):
        return
    with pytest.raises(InputError):
        check_scan(data + tail, f"scan.{kind}")


def test_signing_refuses_a_partial_scan_and_files_a_whole_one(db, make, tmp_path: Path) -> None:
    act_id = make.finalized()
    partial = tmp_path / "signed.pdf"
    partial.write_bytes(PDF[:20_000])
    with pytest.raises(InputError, match="not a whole PDF file"):
        acts.sign_act(db=db, act_id=act_id, signed_date="2018-02-20", scan_path=partial)
    assert acts.get_act_row(db=db, act_id=act_id)["status"] == "finalized"
    whole = tmp_path / "whole.pdf"
    whole.write_bytes(PDF)
    acts.sign_act(db=db, act_id=act_id, signed_date="2018-02-20", scan_path=whole)
    assert acts.get_act_row(db=db, act_id=act_id)["status"] == "signed"


# --- files from other programs handed in as scans -------------------------------------------------

def _with(data: bytes, change) -> bytes:
    """The PDF ``data`` changed by ``change(writer)``, written again by pypdf (as a PDF editor would)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    change(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _open_action(kind: str, **entries):
    from pypdf.generic import DictionaryObject, NameObject, TextStringObject

    def change(writer) -> None:
        action = DictionaryObject({NameObject("/S"): NameObject(kind)})
        for key, value in entries.items():
            action[NameObject(f"/{key}")] = TextStringObject(value)
        writer._root_object[NameObject("/OpenAction")] = writer._add_object(action)
    return change


def _embedded_file(writer) -> None:
    writer.add_attachment("invoice.exe", b"MZ\x90\x00 not a scan")


def _javascript_in_a_page_action(writer) -> None:
    from pypdf.generic import DictionaryObject, NameObject, TextStringObject

    action = DictionaryObject({NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject("app.alert(1)")})
    writer.pages[0][NameObject("/AA")] = DictionaryObject({NameObject("/O"): writer._add_object(action)})


ACTIVE = {
    "JavaScript run when the file opens": (_open_action("/JavaScript", JS="app.alert('pwned')"), "JavaScript"),
    "JavaScript run when a page opens": (_javascript_in_a_page_action, "JavaScript"),
    "a program started when the file opens": (_open_action("/Launch", F="cmd.exe"), "starts another program"),
    "a file embedded in it": (_embedded_file, "carries another file inside it"),
}


@pytest.mark.parametrize("what", list(ACTIVE))
def test_a_pdf_that_runs_code_or_carries_files_is_no_scan(what) -> None:
    change, said = ACTIVE[what]
    message = refused(_with(pdf_scan("signed"), change), "scan.pdf")
    assert said in message and "scan.pdf" in message


def test_a_pdf_saved_again_by_another_program_with_an_opening_view_is_still_a_scan() -> None:
    from pypdf.generic import ArrayObject, NameObject

    def go_to_first_page(writer) -> None:
        writer._root_object[NameObject("/OpenAction")] = ArrayObject([writer.pages[0].indirect_reference, NameObject("/Fit")])
    assert check_scan(_with(pdf_scan("signed"), go_to_first_page), "scan.pdf") == "pdf"


def test_a_word_document_renamed_pdf_and_a_tiff_are_refused(tmp_path) -> None:
    import zipfile

    docx = io.BytesIO()
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    assert "does not begin as a PDF does" in refused(docx.getvalue(), "signed.pdf")
    assert "must be a PDF, JPG or PNG file" in refused(b"II*\x00" + b"\x00" * 100, "signed.tif")

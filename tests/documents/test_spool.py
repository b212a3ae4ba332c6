"""Batch documents written part by part: one valid PDF, pages in order, numbered right, read as they go."""

from __future__ import annotations

import io
import re
import warnings

import pytest
from pypdf import PdfReader

from equipment_desk.documents import collection
from equipment_desk.documents.certificate import render_certificate
from equipment_desk.documents.collection import write_collection
from equipment_desk.documents.spool import PdfSpool, page_count, read_objects
from tests.documents.conftest import page_texts
from tests.documents.factory import make_act, simple_lines


def acts(count: int) -> list[dict]:
    return [make_act(lines=simple_lines(2 + n % 3, name=f"Chair model {n}"), number=f"BISH-2018-{n + 1:04d}")
            for n in range(count)]


def strict_reader(data: bytes) -> PdfReader:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a cross-reference pypdf has to repair would warn
        reader = PdfReader(io.BytesIO(data), strict=True)
        for page in reader.pages:
            page.extract_text()
    return reader


def test_parts_are_joined_into_one_valid_pdf_in_the_order_asked(gpo_pdf: bytes) -> None:
    small = render_certificate(make_act(lines=simple_lines(2), number="BISH-2018-0002"))
    out = io.BytesIO()
    spool = PdfSpool(out)
    big_pages, _ = spool.add(gpo_pdf)
    small_pages, info = spool.add(small, keep_info=True)
    spool.finish(small_pages + big_pages, info)
    data = out.getvalue()
    reader = strict_reader(data)
    assert len(reader.pages) == page_count(small) + page_count(gpo_pdf)
    texts = page_texts(data)
    assert "BISH-2018-0002" in texts[0] and "BISH-2018-0001" in texts[-1]
    assert texts[page_count(small):] == page_texts(gpo_pdf)
    assert "BISH-2018-0002" in reader.metadata.title  # the kept part's document information describes the file
    # each part's font subsets are named apart, so no reader mixes one part's glyphs with another's
    fonts = re.findall(rb"/BaseFont /([A-Z]{6}\+\S+)", data)
    assert len(fonts) == len(set(fonts)) == 4


def test_a_part_that_is_not_reportlab_pdf_is_refused() -> None:
    spool = PdfSpool(io.BytesIO())
    with pytest.raises(ValueError, match="startxref"):
        spool.add(b"%PDF-1.4\nnothing here")
    with pytest.raises(ValueError, match="object"):
        read_objects(b"%PDF-1.4\nxref\n0 2\n0000000000 65535 f \n0000000003 00000 n \ntrailer\n<< /Root 1 0 R >>\n"
                     b"startxref\n9\n%%EOF")


def test_a_long_cover_drawn_in_parts_numbers_its_pages_through(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(collection, "COVER_ROWS_PER_PART", 3)
    monkeypatch.setattr(collection, "ACTS_PER_PART", 2)
    batch = acts(7)
    out = io.BytesIO()
    assert write_collection(batch, out, date_from="2018-01-01", date_to="2018-12-31", languages="ru,en") == 7
    data = out.getvalue()
    strict_reader(data)
    texts = page_texts(data)
    cover = [t for t in texts if "Реестр" in t]
    assert len(cover) == 3  # 7 lines, 3 to a part
    for number, text in enumerate(cover, start=1):
        assert f"Стр. {number} из 3" in text and f"Page {number} of 3" in text
    listed = " ".join(cover)
    assert [int(n) for n in re.findall(r"(?:^| )(\d) BISH-2018-", listed)] == list(range(1, 8))
    # then every act in order, each numbered on its own
    firsts = [t for t in texts[3:] if "Стр. 1 из" in t]
    assert [re.search(r"BISH-2018-\d{4}", t).group(0) for t in firsts] == [a["number"] for a in batch]


def test_acts_are_read_as_the_file_is_written(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(collection, "ACTS_PER_PART", 2)
    out = io.BytesIO()
    written_when_read: list[int] = []

    def reading():
        for act in acts(6):
            written_when_read.append(out.tell())
            yield act

    write_collection(reading(), out)
    # the first two acts were on the file before the third was read from the register
    assert written_when_read[0] == written_when_read[1] < written_when_read[2] < written_when_read[4]

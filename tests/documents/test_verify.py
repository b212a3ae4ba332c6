"""What verify reads in a printed act's text (content_problems), without the register."""

from __future__ import annotations

import io
import time

from pypdf import PdfReader

from equipment_desk.documents.certificate import render_certificate
from equipment_desk.documents.verify import content_problems
from tests.documents.factory import make_act, simple_lines


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def test_a_print_in_any_languages_shows_every_fact(gpo_act: dict, gpo_pdf: bytes) -> None:
    assert content_problems(gpo_act, _text(gpo_pdf)) == []
    for languages in ("en", "ru", "kk,tg", "tg,en"):
        assert content_problems(gpo_act, _text(render_certificate(gpo_act, languages=languages))) == [], languages


def test_a_number_is_not_found_inside_a_longer_one() -> None:
    act = make_act(lines=simple_lines(1))
    text = _text(render_certificate(act))
    assert content_problems(act, text) == []
    act["lines"][0]["serial_number"] = "SN00000"  # printed: SN000001
    act["lines"][0]["inventory_number"] = "NV-00001"  # printed: INV-00001
    act["number"] = "BISH-2018-000"
    assert content_problems(act, text) == [
        "act number BISH-2018-000 not found in the file's text",
        "line 1: serial No. SN00000 not found",
        "line 1: inventory No. NV-00001 not found",
    ]


def test_the_code_in_the_small_print_is_no_evidence_of_the_number(gpo_act: dict) -> None:
    code = f"EQD1|{gpo_act['number']}|BISH|{gpo_act['content_hash']}"
    assert "act number BISH-2018-0001 not found in the file's text" in content_problems(
        gpo_act, f"Verification code: {code}")


def test_every_missing_fact_is_named_and_long_lists_are_counted(gpo_act: dict) -> None:
    problems = content_problems(gpo_act, "Total amount: KGS 9,999,999.00; Total quantity: 200; 9 999 999,00 сом")
    assert problems[:5] == [
        "act number BISH-2018-0001 not found in the file's text",
        "date 15 February 2018 / 15.02.2018 not found",
        "recipient “General Prosecutor's Office of the Kyrgyz Republic” / "
        "“Генеральная прокуратура Кыргызской Республики” not found",
        "total KGS 2,150,000.00 (2 150 000,00 сом) not found; the file shows KGS 9,999,999.00, 9 999 999,00 сом",
        "total quantity 50 not found; the file shows 200",
    ]
    assert problems[5] == "line 1: serial No. CZC8021007 not found"
    assert problems[-1] == "… and 90 more serial or inventory numbers not found"
    assert len(problems) == 5 + 10 + 1


def test_texts_broken_across_lines_are_found_in_a_large_act(odd_act: dict, odd_pdf: bytes) -> None:
    """The 1,000-line act: a 200-character serial number cut over several lines of its cell,
    a recipient name of 1,000 characters; read back in reasonable time."""
    text = _text(odd_pdf)
    start = time.perf_counter()
    assert content_problems(odd_act, text) == []
    assert time.perf_counter() - start < 2.0
    odd = dict(odd_act, lines=[dict(line) for line in odd_act["lines"]])
    odd["lines"][1]["serial_number"] = "Z" * 201
    assert content_problems(odd, text) == [f"line 2: serial No. {'Z' * 201} not found"]

"""The certificate, certificates and verify commands, on the demo register."""

from __future__ import annotations

import copy
import io
import logging
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from equipment_desk.cli import main
from equipment_desk.documents import printing
from equipment_desk.documents.certificate import render_certificate
from equipment_desk.documents.fonts import REGULAR, register_fonts
from equipment_desk.documents.qr import qr_payload
from equipment_desk.documents.verify import read_codes, verify_payload
from equipment_desk.store import acts
from equipment_desk.store.settings import set_settings
from tests.documents.conftest import page_texts


def run(db: Path, *args: str) -> int:
    """``python -m equipment_desk --db DB ARGS…`` in this process; its exit code."""
    try:
        return main(["--db", str(db), *map(str, args)])
    except SystemExit as stop:  # argparse refuses bad arguments this way
        return int(stop.code)


@pytest.fixture
def printed(demo_db_path: Path, tmp_path: Path) -> Path:
    out = tmp_path / "act-0001.pdf"
    assert run(demo_db_path, "certificate", "ROCA-2018-0001", "-o", out) == 0
    return out


def test_certificate_prints_the_registered_act(capsys, printed: Path) -> None:
    assert f"wrote {printed}" in capsys.readouterr().out
    pages = page_texts(printed.read_bytes())
    assert "АКТ ПРИЕМА-ПЕРЕДАЧИ № ROCA-2018-0001" in pages[0]
    assert "Генеральная прокуратура Кыргызской Республики" in pages[0]
    assert "Общая сумма: 2 365 000,00 сом" in pages[-2]
    assert "Сумма прописью: Два миллиона триста шестьдесят пять тысяч сомов 00 тыйынов" in pages[-2]
    # the preamble in the genitive, the names in each column's script
    assert ("в лице руководителя Программного офиса УНП ООН в Кыргызской Республике Кристины Куттниг, действующей "
            "на основании") in pages[0]
    assert "в лице начальника управления правовой статистики Усубалиева Азизбека, действующего на основании" in pages[0]
    assert "represented by Ms Kristina Kuttnig, Head of the UNODC Programme Office" in pages[0]
    assert "represented by Mr Azizbek Usubaliev, Head of the Legal Statistics Unit" in pages[0]
    # headed with the act's own transferor, not the office of the settings
    assert pages[0].startswith("Программный офис УНП ООН в Кыргызской Республике UNODC Programme Office in the Kyrgyz Republic")
    assert "Региональное представительство УНП ООН в Центральной Азии" not in pages[0]


def test_the_window_and_the_command_line_print_the_same_bytes(demo_db, demo_db_path: Path, printed: Path,
                                                                 tmp_path: Path) -> None:
    """ui/acts/editor_actions.py renders ``render_certificate(document, copies=…, logo=…)``; the command
    line goes through printing.certificate_pdf: one act, one letterhead, the same file."""
    act_id = acts.find_act(db=demo_db, ref="ROCA-2018-0001")
    document = acts.act_document(db=demo_db, act_id=act_id)
    window = render_certificate(document, languages=None, copies=1, logo=None)
    assert window == printed.read_bytes() == printing.certificate_pdf(db=demo_db, act_id=act_id)

    # a later change of the office settings does not change a reprint
    set_settings(db=demo_db, values={"office_name_en": "UNODC Country Office in Uzbekistan",
                                     "office_name_ru": "Страновой офис УНП ООН в Узбекистане"})
    demo_db.close()
    again = tmp_path / "again.pdf"
    assert run(demo_db_path, "certificate", "ROCA-2018-0001", "-o", again) == 0
    assert again.read_bytes() == printed.read_bytes()


def test_reprint_gives_the_same_bytes(demo_db_path: Path, printed: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.pdf"
    assert run(demo_db_path, "certificate", "1", "-o", again) == 0
    assert again.read_bytes() == printed.read_bytes()


def test_verify_a_printed_act(demo_db_path: Path, printed: Path, capsys) -> None:
    capsys.readouterr()
    assert run(demo_db_path, "verify", printed) == 0
    out = capsys.readouterr().out
    assert out.startswith("OK: act ROCA-2018-0001 matches the register — 15 February 2018, "
                          "General Prosecutor's Office of the Kyrgyz Republic, KGS 2,365,000.00, signed 20 February 2018")
    assert out.splitlines()[1].startswith("  the file is identical to the print the program issued on ")
    assert out.splitlines()[1].endswith(" (by tester)")


def _forged(code: str, *lines: str) -> bytes:
    """A PDF made with reportlab: a genuine code and other text."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.setFont(REGULAR, 9)
    canvas.drawString(50, 800, f"Verification code: {code}")
    for index, line in enumerate(lines):
        canvas.drawString(50, 780 - 14 * index, line)
    canvas.save()
    return buffer.getvalue()


def test_verify_refuses_a_forged_pdf_that_carries_a_genuine_code(demo_db_path: Path, printed: Path,
                                                                  tmp_path: Path, capsys) -> None:
    register_fonts()
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(_forged(read_codes(printed)[0], "ROCA-2018-0001 KGS 9,999,999.00 — 200 laptops"))
    capsys.readouterr()
    assert run(demo_db_path, "verify", forged) == 1
    report = capsys.readouterr().out.splitlines()
    assert report[0].startswith("FAILED: act ROCA-2018-0001")
    assert report[1] == ("  not the program's print of this act: the file is not identical to a fresh print "
                         "nor to any of the 1 print(s) recorded as issued for it")
    assert report[2:6] == [
        "  compared with a fresh print (ru,en; 1 copy):",
        "    the file has 1 page(s), the program's print 6",
        "    page 1 of the file differs from every page of the program's print (changed, overlaid or added)",
        "    pages 1–6 of the program's print are not in the file (changed or removed)",
    ]
    # the register's values, for a person to compare with the paper
    assert "  the register's record, to compare with the paper:" in report
    assert "    total: KGS 2,365,000.00; quantity: 66; lines: 53" in report
    assert any(line.startswith("    line 1: ") and "serial No. CZC8021001" in line for line in report)


def test_verify_accepts_the_program_s_print_with_other_options(demo_db, demo_db_path: Path, tmp_path: Path,
                                                               capsys) -> None:
    act_id = acts.find_act(db=demo_db, ref="ROCA-2018-0001")
    document = acts.act_document(db=demo_db, act_id=act_id)
    # other languages and two copies, printed without being recorded: a fresh print with the same options
    unrecorded = tmp_path / "en-ru.pdf"
    unrecorded.write_bytes(printing.certificate_pdf(db=demo_db, act_id=act_id, languages="en,ru", copies=2))
    demo_db.close()
    capsys.readouterr()
    assert run(demo_db_path, "verify", unrecorded) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("OK: act ROCA-2018-0001 matches the register")
    assert out[1] == "  the file is identical to a fresh print of the act (en,ru; 2 copies)"

    # the same code over a changed line and a changed total: the pages that differ are named
    changed = copy.deepcopy(document)
    changed["lines"][2]["serial_number"] = "CZC8029999"
    changed["totals"]["amount_minor"] = 999_999_900
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(render_certificate(changed))
    assert run(demo_db_path, "verify", altered) == 1
    report = capsys.readouterr().out.splitlines()
    assert report[0].startswith("FAILED: act ROCA-2018-0001")
    assert "  compared with a fresh print (ru,en; 1 copy):" in report
    assert [line for line in report if "of the file differ" in line] == [
        "    pages 1, 5 of the file differ from every page of the program's print (changed, overlaid or added)"]
    assert "    total: KGS 2,365,000.00; quantity: 66; lines: 53" in report


def test_verify_keeps_pypdf_quiet_about_a_damaged_file(demo_db_path: Path, tmp_path: Path, capsys, caplog) -> None:
    fake = tmp_path / "fake.pdf"
    fake.write_text("hello")
    capsys.readouterr()
    with caplog.at_level(logging.WARNING):
        assert run(demo_db_path, "verify", fake) == 2
    assert [r for r in caplog.records if r.name.startswith("pypdf")] == []
    assert capsys.readouterr().err.strip().splitlines() == [f"error: {fake}: cannot be read as a PDF (Stream has ended unexpectedly)"]


def test_verify_a_voided_act(demo_db_path: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "void.pdf"
    assert run(demo_db_path, "certificate", "ROCA-2018-0003", "-o", out) == 0
    assert "АННУЛИРОВАН" in page_texts(out.read_bytes())[0]
    capsys.readouterr()
    assert run(demo_db_path, "verify", out) == 1
    report = capsys.readouterr().out
    assert report.startswith("FAILED: act ROCA-2018-0003")
    assert "voided on" in report and "misspelt" in report


def test_verify_code_text(demo_db: object, demo_db_path: Path, capsys) -> None:
    act = acts.act_document(db=demo_db, act_id=acts.find_act(db=demo_db, ref="ROCA-2018-0007"))
    good = qr_payload(act["number"], act["office_code"], act["content_hash"])
    demo_db.close()
    assert run(demo_db_path, "verify", "--code", good) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("OK: the code matches act ROCA-2018-0007 of the register — 2 March 2018")
    assert out[1] == "  a code carries no content: compare the paper by eye with the register's record below"
    assert out[2] == "  the register's record, to compare with the paper:"
    assert out[3] == "    number: ROCA-2018-0007 (signed)" or out[3].startswith("    number: ROCA-2018-0007 (")
    assert any(line.startswith("    total: ") for line in out)

    # a hash that differs only near its end: both printed in full, visibly different
    registered = act["content_hash"]
    near = registered[:-1] + ("0" if registered[-1] != "0" else "1")
    assert run(demo_db_path, "verify", "--code", qr_payload(act["number"], act["office_code"], near)) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[1] == ("  hash mismatch: the code and the register differ from character 64 on — "
                      "this is not the act the register holds")
    assert out[2:4] == [f"    the code says:     {near}", f"    the register says: {registered}"]

    unknown = qr_payload("ROCA-2019-0042", "ROCA", act["content_hash"])
    assert run(demo_db_path, "verify", "--code", unknown) == 1
    assert "unknown act: the register has no act numbered ROCA-2019-0042" in capsys.readouterr().out

    other_office = qr_payload(act["number"], "BISH", act["content_hash"])
    assert run(demo_db_path, "verify", "--code", other_office) == 1
    assert "office mismatch: the code says BISH, the register says ROCA" in capsys.readouterr().out

    assert run(demo_db_path, "verify", "--code", "https://example.org/not-ours") == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and len(err.strip().splitlines()) == 1


def test_verify_result_lists_every_difference(demo_db) -> None:
    act = acts.act_document(db=demo_db, act_id=acts.find_act(db=demo_db, ref="ROCA-2018-0003"))
    result = verify_payload(db=demo_db, payload=qr_payload(act["number"], "BISH", "0" * 64))
    assert not result.ok
    kinds = [problem.split(":")[0] for problem in result.problems]
    assert len(kinds) == 3
    assert kinds[0] == "office mismatch"
    assert kinds[1].startswith("voided on ")
    assert kinds[2] == "hash mismatch"
    assert result.lines()[0].startswith("FAILED: act ROCA-2018-0003")


def test_draft_has_no_code_to_verify(demo_db_path: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "draft.pdf"
    assert run(demo_db_path, "certificate", "9", "-o", out) == 0
    text = " ".join(page_texts(out.read_bytes()))
    assert "ПРОЕКТ" in text and "EQD1" not in text
    assert read_codes(out) == []
    capsys.readouterr()
    assert run(demo_db_path, "verify", out) == 2
    assert "carries no Equipment Desk act code" in capsys.readouterr().err


def test_bad_input_exits_2_with_one_line(demo_db_path: Path, tmp_path: Path, capsys) -> None:
    cases = [
        ("certificate", "ROCA-2030-0001", "-o", tmp_path / "x.pdf"),
        ("certificate", "1", "-o", tmp_path / "no-such-folder" / "x.pdf"),
        ("certificate", "1", "-o", tmp_path),
        ("certificate", "1", "-o", tmp_path / "x.pdf", "--lang", "ru,de"),
        ("certificate", "1", "-o", tmp_path / "x.pdf", "--copies", "9"),
        ("verify", tmp_path / "missing.pdf"),
        ("certificates", "--from", "2018-13-45", "--to", "2018-12-31", "-o", tmp_path / "x.pdf"),
    ]
    not_a_pdf = tmp_path / "note.pdf"
    not_a_pdf.write_text("hello")
    cases.append(("verify", not_a_pdf))
    for args in cases:
        capsys.readouterr()
        assert run(demo_db_path, *args) == 2, args
        err = capsys.readouterr().err.strip().splitlines()
        assert err and err[-1].strip(), args
        assert len(err) == 1 and err[0].startswith("error: "), (args, err)
    assert not (tmp_path / "x.pdf").exists()


def test_certificate_languages_and_copies(demo_db_path: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "en-ru.pdf"
    assert run(demo_db_path, "certificate", "1", "-o", out, "--lang", "en,ru", "--copies", "2") == 0
    pages = page_texts(out.read_bytes())
    assert "ACT OF ACCEPTANCE AND TRANSFER No. ROCA-2018-0001" in pages[0]
    assert "Copy 1 of 2 / Экземпляр 1 из 2" in pages[0]
    assert "Copy 2 of 2 / Экземпляр 2 из 2" in pages[-1]
    # drawn up in Russian and English, it is never printed with a Kazakh column of Russian words
    capsys.readouterr()
    assert run(demo_db_path, "certificate", "1", "-o", tmp_path / "kk.pdf", "--lang", "kk,ru") == 2
    assert "act ROCA-2018-0001 was drawn up in ru, en; it prints in those languages only, not in kk" in capsys.readouterr().err
    assert not (tmp_path / "kk.pdf").exists()


def test_certificates_of_a_period(demo_db_path: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "2018.pdf"
    assert run(demo_db_path, "certificates", "--from", "2018-01-01", "--to", "2018-12-31", "-o", out) == 0
    assert "(8 act(s))" in capsys.readouterr().out
    pages = page_texts(out.read_bytes())
    cover = pages[0]
    assert "Реестр актов приема-передачи Register of acts of acceptance and transfer" in cover
    assert "Период: 01.01.2018 – 31.12.2018" in cover
    for n in range(1, 9):
        assert f"ROCA-2018-000{n}" in cover
    assert "ROCA-2018-0001 15.02.2018 Генеральная прокуратура Кыргызской Республики" in cover
    assert "KGS 2 365 000,00 34 550,77 подписан / signed 20.02.2018" in cover
    assert "аннулирован / void" in cover and "не подписан / not signed" in cover
    assert "Актов: 8, из них аннулировано: 1." in cover
    # every act follows with its own numbering and code; the draft (act 9) is left out
    assert sum("Стр. 1 из" in p for p in pages) == 9
    assert len(read_codes(out)) == 8
    assert all("АКТ ПРИЕМА-ПЕРЕДАЧИ № ROCA-2018" in p for p in pages if "Стр. 1 из" in p and p is not cover)
    capsys.readouterr()
    assert run(demo_db_path, "verify", out) == 1  # one of them is void
    report = capsys.readouterr().out
    assert report.count("OK: act ROCA-2018-") == 7
    assert report.strip().endswith("FAILED: 1 of 8 act(s) do not match the register")


def test_certificates_of_one_programme_and_of_an_empty_period(demo_db_path: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "z60.pdf"
    assert run(demo_db_path, "certificates", "--from", "2018-01-01", "--to", "2018-12-31",
               "--programme", "xac/z60", "-o", out) == 0
    codes = read_codes(out)
    assert len(codes) == 1 and "|ROCA-2018-0001|" in codes[0]
    assert "Программа: XAC/Z60" in page_texts(out.read_bytes())[0]  # as recorded, whatever the case typed
    empty = tmp_path / "empty.pdf"
    for args, message in (
        (("--from", "2020-01-01", "--to", "2020-12-31"), "error: no finalized acts between 2020-01-01 and 2020-12-31"),
        (("--from", "2018-01-01", "--to", "2018-12-31", "--programme", "NOPE"), "error: no programme 'NOPE'"),
        (("--from", "2018-03-03", "--to", "2018-12-31", "--programme", "XAC/Z60"),
         "error: no finalized acts between 2018-03-03 and 2018-12-31 under programme XAC/Z60"),
    ):
        capsys.readouterr()
        assert run(demo_db_path, "certificates", *args, "-o", empty) == 2, args
        assert capsys.readouterr().err.strip().splitlines() == [message]
        assert not empty.exists()


def test_top_level_help_describes_the_document_commands(capsys) -> None:
    assert run(Path("unused.sqlite"), "--help") == 0
    listing = " ".join(capsys.readouterr().out.split())
    assert "certificate print the handover certificate of one act to a PDF file" in listing
    assert "certificates every finalized act of a period in one PDF" in listing
    assert "verify check a printed act against the register" in listing


def test_a_period_that_ends_before_it_starts_is_refused(demo_db_path: Path, tmp_path: Path, capsys) -> None:
    assert run(demo_db_path, "certificates", "--from", "31.12.2018", "--to", "2018-01-01", "-o", tmp_path / "x.pdf") == 2
    assert "ends (2018-01-01) before it starts (2018-12-31)" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()

"""The certificate, certificates and verify commands, on the demo register."""

from __future__ import annotations

from pathlib import Path

import pytest

from equipment_desk.cli import main
from equipment_desk.documents.qr import qr_payload
from equipment_desk.documents.verify import read_codes, verify_payload
from equipment_desk.store import acts
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
    assert "Общая сумма: 2 365 000,00 сом" in pages[-1]
    assert "Сумма прописью: Два миллиона триста шестьдесят пять тысяч сомов 00 тыйынов" in pages[-1]
    assert "Региональное представительство УНП ООН в Центральной Азии" in pages[0]  # office from the settings


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
    assert "byte-identical to the register's print" in out


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
    assert capsys.readouterr().out.startswith("OK: act ROCA-2018-0007 matches the register")

    forged = qr_payload(act["number"], act["office_code"], "f" * 64)
    assert run(demo_db_path, "verify", "--code", forged) == 1
    assert "hash mismatch: the code says ffffffffffff…" in capsys.readouterr().out

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


def test_certificate_languages_and_copies(demo_db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "kk.pdf"
    assert run(demo_db_path, "certificate", "1", "-o", out, "--lang", "kk,ru", "--copies", "2") == 0
    pages = page_texts(out.read_bytes())
    assert "ҚАБЫЛДАУ-ТАПСЫРУ АКТІСІ № ROCA-2018-0001" in pages[0]
    assert "1-дана (2 данадан) / Экземпляр 1 из 2" in pages[0]
    assert "2-дана (2 данадан) / Экземпляр 2 из 2" in pages[-1]


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


def test_certificates_of_one_programme_and_of_an_empty_period(demo_db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "z60.pdf"
    assert run(demo_db_path, "certificates", "--from", "2018-01-01", "--to", "2018-12-31",
               "--programme", "XAC/Z60", "-o", out) == 0
    codes = read_codes(out)
    assert len(codes) == 1 and "|ROCA-2018-0001|" in codes[0]
    empty = tmp_path / "empty.pdf"
    assert run(demo_db_path, "certificates", "--from", "2020-01-01", "--to", "2020-12-31", "-o", empty) == 0
    assert "За этот период актов нет." in page_texts(empty.read_bytes())[0]


def test_a_period_that_ends_before_it_starts_is_refused(demo_db_path: Path, tmp_path: Path, capsys) -> None:
    assert run(demo_db_path, "certificates", "--from", "31.12.2018", "--to", "2018-01-01", "-o", tmp_path / "x.pdf") == 2
    assert "ends (2018-01-01) before it starts (2018-12-31)" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()

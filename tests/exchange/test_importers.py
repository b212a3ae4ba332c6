"""Importing items, institutions, donors and programmes: all rows or none, every problem reported."""

from __future__ import annotations

import threading
from decimal import Decimal

import openpyxl
import pytest

from equipment_desk.core.errors import InputError
from equipment_desk.exchange.importers import apply_import, import_file, prepare_import
from equipment_desk.exchange.progress import Cancelled
from equipment_desk.store import records

from .conftest import table_counts

ITEM_HEADER = "Category;Name;Model;Serial number;Quantity;Unit value;Currency;Programme;Acquisition date"


def write_csv(tmp_path, name, lines, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    return path


def test_items_import_russian_headers_and_values(db, tmp_path):
    path = write_csv(tmp_path, "закупка.csv", [
        "Перечень оборудования;;;;;;;",
        "№;Категория;Наименование;Модель;Серийный номер;Кол-во;Цена за ед.;Валюта;Программа;Ед. изм.;Состояние",
        "1;компьютеры;Компьютер;HP ProDesk 400 G4;CZC8021ABC;1;43 000,00;KGS;XAC/Z60;шт.;новое",
        "2;Эндоскопы;Видеоэндоскоп;Olympus;;2;1 250 000,50;uzs;xac/z60;компл.;хорошее",
    ], encoding="cp1251")
    result = import_file(db=db, kind="item", path=path)
    assert result.created == 2
    rows = db.execute("SELECT category, name, serial_number, quantity, unit_value_minor, currency, unit, condition FROM item ORDER BY id").fetchall()
    assert rows == [
        ("computers", "Компьютер", "CZC8021ABC", 1, 4300000, "KGS", "pcs", "new"),
        ("endoscopes", "Видеоэндоскоп", None, 2, 125000050, "UZS", "set", "good"),
    ]
    audit = db.execute("SELECT count(*) FROM audit_log WHERE action = 'import' AND table_name = 'item'").fetchone()[0]
    assert audit == 2


def test_items_import_xlsx_numbers_are_exact(db, tmp_path):
    path = tmp_path / "items.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Category", "Name", "Serial number", "Quantity", "Unit value", "Currency", "Acquisition date"])
    from datetime import datetime
    ws.append(["medical", "Defibrillator", 123456789, 3.0, 0.1 + 0.2 - 0.2, "USD", datetime(2018, 2, 15)])
    ws.append(["office", "Printer", "P-1", 1, 1234.56, "USD", "15.02.2018"])
    wb.save(path)
    import_file(db=db, kind="item", path=path)
    rows = db.execute("SELECT serial_number, quantity, unit_value_minor, acquisition_date FROM item ORDER BY id").fetchall()
    assert rows[0][0] == "123456789" and rows[0][1] == 3 and rows[0][3] == "2018-02-15"
    assert rows[0][2] == 10  # the cell holds 0.1 (openpyxl saves 15 significant digits); read exactly
    assert rows[1][2] == 123456


def test_float_noise_is_refused_not_rounded(db, tmp_path):
    path = tmp_path / "noise.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Category", "Name", "Quantity", "Unit value", "Currency"])
    ws.append(["office", "Chair", 1, 10.125, "USD"])
    wb.save(path)
    with pytest.raises(InputError, match="more than 2 decimals"):
        import_file(db=db, kind="item", path=path)


BAD_ROWS = [
    (["office", "Chair", "", "abc", "10", "USD", "", ""], "Quantity", "whole number"),
    (["office", "Chair", "", "0", "10", "USD", "", ""], "Quantity", "greater than 0"),
    (["office", "Chair", "", "-2", "10", "USD", "", ""], "Quantity", "greater than 0"),
    (["office", "Chair", "", "1", "-10", "USD", "", ""], "Unit value", "negative"),
    (["office", "Chair", "", "1", "99999999999999999999", "USD", "", ""], "Unit value", "too large"),
    (["office", "Chair", "", "1000", "92233720368547758", "USD", "", ""], "Unit value", "too large to store"),
    (["office", "Chair", "", "1", "10", "RUB", "", ""], "Currency", "not a known currency"),
    (["office", "Chair", "", "1", "10", "USD", "NOPE", ""], "Programme", "no programme"),
    (["office", "Chair", "", "1", "10", "USD", "", "31.02.2018"], "Acquisition date", "not a date"),
    (["office", "x" * 10000, "", "1", "10", "USD", "", ""], "Name", "too long"),
    (["office", "", "", "1", "10", "USD", "", ""], "Name", "required"),
    (["office", "Chair", "", "1", "", "USD", "", ""], "Unit value", "required"),
]


@pytest.mark.parametrize(("cells", "column", "message"), BAD_ROWS)
def test_each_bad_value_is_reported_with_row_and_column(db, tmp_path, cells, column, message):
    good = "office;Table;;T-1;1;10;USD;;"
    path = write_csv(tmp_path, "bad.csv", [ITEM_HEADER, good, "office;Lamp;;L-1;1;5;USD;;", ";".join(cells[:2] + [""] + cells[2:])])
    before = table_counts(db)
    with pytest.raises(InputError) as caught:
        import_file(db=db, kind="item", path=path)
    problems = caught.value.problems
    assert any(p.row == 4 and p.field == column and message in p.text() for p in problems), [str(p) for p in problems]
    assert all(p.source == "bad.csv" for p in problems)
    assert table_counts(db) == before


def test_duplicate_serials_within_file_and_against_database(db, tmp_path):
    records.create(db=db, kind=records.ITEM, data={"category": "office", "name": "Old", "serial_number": "SN-1", "quantity": 1,
                                                   "unit_value_minor": 1, "currency": "USD"})
    path = write_csv(tmp_path, "dups.csv", [ITEM_HEADER, "office;A;;sn-1;1;1;USD;;", "office;B;;X-2;1;1;USD;;", "office;C;;x-2;1;1;USD;;"])
    with pytest.raises(InputError) as caught:
        import_file(db=db, kind="item", path=path)
    texts = {(p.row, p.text()) for p in caught.value.problems}
    assert (2, "another item already has this serial number") in texts
    assert (4, "repeats the serial number of row 3") in texts
    assert db.execute("SELECT count(*) FROM item").fetchone()[0] == 1


def test_missing_required_column_is_one_file_problem(db, tmp_path):
    path = write_csv(tmp_path, "nocur.csv", ["Category;Name;Quantity;Unit value", "office;Chair;1;10"])
    preview = prepare_import(db=db, kind="item", path=path)
    assert [p.text() for p in preview.problems] == ["the file has no Currency column (Валюта)"]
    preview = prepare_import(db=db, kind="item", path=path, defaults={"currency": "KGS"})
    assert preview.ok
    assert preview.rows[0].record["currency"] == "KGS"


def test_total_column_gives_the_unit_value_and_is_checked(db, tmp_path):
    path = write_csv(tmp_path, "total.csv", ["Category;Name;Quantity;Total;Currency", "office;Chair;4;100;USD", "office;Desk;3;100;USD"])
    preview = prepare_import(db=db, kind="item", path=path)
    assert preview.rows[0].record["unit_value_minor"] == 2500
    assert [p.row for p in preview.problems] == [3]
    path = write_csv(tmp_path, "both.csv", ["Category;Name;Quantity;Unit value;Total;Currency", "office;Chair;4;25;99;USD"])
    assert "does not equal" in prepare_import(db=db, kind="item", path=path).problems[0].text()


def test_user_mapping_overrides_the_guess(db, tmp_path):
    path = write_csv(tmp_path, "odd.csv", ["Kind;What;How many;Cost;Money", "office;Chair;2;10;USD"])
    preview = prepare_import(db=db, kind="item", path=path)
    assert not preview.ok
    preview = prepare_import(db=db, kind="item", path=path, mapping={0: "category", 1: "name", 2: "quantity", 3: "unit_value", 4: "currency"})
    assert preview.ok and preview.record_count == 1


def test_formula_and_merged_cells_in_data_are_problems(db, tmp_path):
    path = tmp_path / "f.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Category", "Name", "Quantity", "Unit value", "Currency"])
    ws.append(["office", "Chair", "=1+1", 10, "USD"])
    ws.append(["office", "Desk", 1, 10, "USD"])
    ws.append(["office", "Lamp", None, 10, "USD"])
    ws.merge_cells("C3:C4")  # one quantity for two rows: never spread (it would double the count)
    wb.save(path)
    with pytest.raises(InputError) as caught:
        import_file(db=db, kind="item", path=path)
    texts = [str(p) for p in caught.value.problems]
    assert any("row 2" in t and "formula" in t for t in texts)
    assert any("C3:C4 are merged" in t for t in texts)


def test_cancel_writes_nothing(db, tmp_path):
    lines = [ITEM_HEADER] + [f"office;Chair {i};;S-{i};1;10;USD;;" for i in range(600)]
    path = write_csv(tmp_path, "many.csv", lines)
    preview = prepare_import(db=db, kind="item", path=path)
    flag = threading.Event()
    seen = []

    def progress(done, total):
        seen.append(done)
        if done >= 400:
            flag.set()

    with pytest.raises(Cancelled):
        apply_import(db=db, preview=preview, progress=progress, cancel=flag)
    assert db.execute("SELECT count(*) FROM item").fetchone()[0] == 0
    assert seen and seen[0] == 0


def test_a_preview_with_problems_cannot_be_applied(db, tmp_path):
    path = write_csv(tmp_path, "bad.csv", [ITEM_HEADER, "office;;;;1;1;USD;;"])
    preview = prepare_import(db=db, kind="item", path=path)
    with pytest.raises(InputError):
        apply_import(db=db, preview=preview)


def test_institutions_with_several_signatories(db, tmp_path):
    path = write_csv(tmp_path, "inst.csv", [
        "Name (EN);Наименование;Country;Kind;Signatory;Title (EN);Должность;Действующего на основании",
        "General Prosecutor's Office;Генеральная прокуратура;Kyrgyzstan;prosecutor;Азизбек Усубалиев;Head of Unit;Начальник управления;Положения",
        "General Prosecutor's Office;;KG;;Бакыт Токтосунов;Deputy Head;Заместитель;Приказа № 5",
        "State Customs Committee;Государственный таможенный комитет;UZ;таможня;;;;",
    ])
    result = import_file(db=db, kind="institution", path=path)
    assert (result.created, result.signatories) == (2, 2)
    gpo = records.find_id(db=db, kind=records.INSTITUTION, ref="General Prosecutor's Office")
    names = [s["full_name"] for s in records.signatories(db=db, institution_id=gpo)]
    assert names == ["Азизбек Усубалиев", "Бакыт Токтосунов"]
    assert records.get(db=db, kind=records.INSTITUTION, record_id=gpo)["country"] == "KG"
    scc = records.get(db=db, kind=records.INSTITUTION, record_id=records.find_id(db=db, kind=records.INSTITUTION, ref="State Customs Committee"))
    assert scc["kind"] == "customs"
    with pytest.raises(InputError, match="already recorded"):
        import_file(db=db, kind="institution", path=path)


def test_institution_rows_that_disagree_are_reported(db, tmp_path):
    path = write_csv(tmp_path, "inst.csv", ["Name;Country;Kind;Signatory", "Office A;KG;police;X", "Office A;KG;customs;Y"])
    with pytest.raises(InputError, match="differs from row 2"):
        import_file(db=db, kind="institution", path=path)


def test_programmes_with_donors(db, tmp_path):
    path = write_csv(tmp_path, "prog.csv", ["Code;Name;Donors", "GLOK31;Treatnet II;Japan; Правительство Японии", "CCP;Container Control;Nobody"])
    with pytest.raises(InputError) as caught:
        import_file(db=db, kind="programme", path=path)
    assert [(p.row, p.field) for p in caught.value.problems] == [(3, "Donors")]
    path = write_csv(tmp_path, "prog.csv", ["Code;Name;Donors", "GLOK31;Treatnet II;Japan", "xac/z60;Dup;"])
    with pytest.raises(InputError, match="another programme already has this code"):
        import_file(db=db, kind="programme", path=path)
    path = write_csv(tmp_path, "prog.csv", ["Code;Name;Donors", "GLOK31;Treatnet II;Japan"])
    import_file(db=db, kind="programme", path=path)
    programme_id = records.find_id(db=db, kind=records.PROGRAMME, ref="GLOK31")
    assert [d["name_en"] for d in records.programme_donors(db=db, programme_id=programme_id)] == ["Government of Japan"]


def test_donors_import(db, tmp_path):
    path = write_csv(tmp_path, "donors.csv", ["Name (EN);Name (RU);Short name", "US INL;Бюро INL Госдепартамента США;INL", "Government of Japan;;"])
    with pytest.raises(InputError, match="already recorded"):
        import_file(db=db, kind="donor", path=path)
    path = write_csv(tmp_path, "donors.csv", ["Name (EN);Name (RU);Short name", "US INL;Бюро INL Госдепартамента США;INL"])
    assert import_file(db=db, kind="donor", path=path).created == 1


def test_exported_items_import_again(db, tmp_path):
    from equipment_desk.exchange.export import export_list
    from equipment_desk.store.database import open_database

    path = write_csv(tmp_path, "items.csv", [ITEM_HEADER, "office;=cmd|' /C calc'!A0;;S-1;2;10,50;USD;XAC/Z60;2018-02-15"])
    import_file(db=db, kind="item", path=path)
    for suffix in ("xlsx", "csv"):
        out = tmp_path / f"export.{suffix}"
        export_list(db=db, kind="item", path=out)
        other = open_database(memory=True)
        records.create(db=other, kind=records.PROGRAMME, data={"code": "XAC/Z60", "name_en": "P"})
        import_file(db=other, kind="item", path=out)
        row = other.execute("SELECT name, quantity, unit_value_minor, acquisition_date FROM item").fetchone()
        assert row == ("=cmd|' /C calc'!A0", 2, 1050, "2018-02-15")
        other.close()
    assert Decimal("10.50") == Decimal(1050) / 100


def test_a_formula_without_a_saved_result_is_one_problem_per_cell(db, tmp_path):
    path = tmp_path / "formula.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Category", "Name", "Quantity", "Unit value", "Currency"])
    ws.append(["office", "=A1", "=1+1", 10, "USD"])
    wb.save(path)
    preview = prepare_import(db=db, kind="item", path=path)
    by_column = {}
    for p in preview.problems:
        by_column.setdefault(p.field, []).append(p.text())
    assert set(by_column) == {"Name", "Quantity"}
    assert all(len(texts) == 1 and "holds a formula" in texts[0] for texts in by_column.values()), by_column


def test_too_large_amounts_are_told_in_major_units_of_the_currency(db, tmp_path):
    path = write_csv(tmp_path, "big.csv", [ITEM_HEADER, "office;Chair;;;1;99999999999999999999;KGS;;", "office;Desk;;;1000;92233720368547758;USD;;"])
    with pytest.raises(InputError) as caught:
        import_file(db=db, kind="item", path=path)
    texts = [p.text().replace("\u00a0", " ") for p in caught.value.problems]
    assert "is too large (at most KGS 92,233,720,368,547,758.07)" in texts
    assert "quantity × unit value is too large to store (at most USD 92,233,720,368,547,758.07 in total)" in texts
    assert not any("minor units" in t or "9223372036854775807" in t for t in texts)


@pytest.mark.parametrize(("written", "code"), [
    ("сом", "KGS"), ("Сом", "KGS"), ("som", "KGS"), ("сум", "UZS"), ("сўм", "UZS"), ("тенге", "KZT"), ("₸", "KZT"),
    ("сомони", "TJS"), ("смн.", "TJS"), ("манат", "TMT"), ("доллар", "USD"), ("долл. США", "USD"), ("$", "USD"),
    ("US dollars", "USD"), ("евро", "EUR"), ("€", "EUR"), ("kgs", "KGS"),
])
def test_currency_words_and_signs_are_read_as_codes(db, tmp_path, written, code):
    path = write_csv(tmp_path, "cur.csv", [ITEM_HEADER, f"office;Chair;;;1;10,50;{written};;"])
    import_file(db=db, kind="item", path=path)
    assert db.execute("SELECT currency, unit_value_minor FROM item").fetchone() == (code, 1050)


def test_an_unknown_currency_word_is_still_refused(db, tmp_path):
    path = write_csv(tmp_path, "cur.csv", [ITEM_HEADER, "office;Chair;;;1;10;рубль;;"])
    with pytest.raises(InputError, match="not a known currency"):
        import_file(db=db, kind="item", path=path)


def test_the_garbage_collector_is_resumed_after_an_import_even_a_refused_one(db, tmp_path):
    import gc

    path = write_csv(tmp_path, "bad.csv", [ITEM_HEADER, "office;;;;1;1;USD;;"])
    assert gc.isenabled()
    preview = prepare_import(db=db, kind="item", path=path)
    assert gc.isenabled()
    with pytest.raises(InputError):
        apply_import(db=db, preview=preview)
    assert gc.isenabled()

"""Real registers import as they are, or are refused clearly — never stored wrong (issue 11's shapes, written fresh)."""

from __future__ import annotations

import openpyxl
import pytest

from equipment_desk.cli import main as cli_main
from equipment_desk.core.errors import InputError
from equipment_desk.exchange import remembered
from equipment_desk.exchange.encodings import decode_text, garbled_sample
from equipment_desk.exchange.importers import apply_import, choose_mapping, import_file, prepare_import
from equipment_desk.exchange.layout import is_totals_text
from equipment_desk.exchange.tables import read_table
from equipment_desk.exchange.values import AmountError, DateError, header_currency, read_date, split_currency

from . import registers
from .conftest import table_counts

ITEM_SQL = ("SELECT name, model, serial_number, inventory_number, quantity, unit, unit_value_minor, currency, acquisition_date, notes, category "
            "FROM item ORDER BY id")


# --- values -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "number", "code"), [
    ("$1,234.50", "1,234.50", "USD"), ("USD 1,234.50", "1,234.50", "USD"), ("1 234,50 сом", "1 234,50", "KGS"),
    ("€100", "100", "EUR"), ("₸ 5 000", "5 000", "KZT"), ("1 500 000 сум", "1 500 000", "UZS"), ("25 000 тенге", "25 000", "KZT"),
    ("1234.50", "1234.50", None), ("43 000,00", "43 000,00", None),
])
def test_amount_with_its_currency(text, number, code):
    assert split_currency(text) == (number, code)


@pytest.mark.parametrize("text", ["12 шт", "1 000 руб.", "$5 €"])
def test_amount_with_unknown_words_is_refused(text):
    with pytest.raises(AmountError):
        split_currency(text)


@pytest.mark.parametrize(("title", "code"), [("Unit Price (USD)", "USD"), ("Цена, сом", "KGS"), ("Сумма (тенге)", "KZT"),
                                             ("Total, $", "USD"), ("Unit price", None), ("Цена за ед.", None)])
def test_currency_from_a_header(title, code):
    assert header_currency(title) == code


@pytest.mark.parametrize(("value", "order", "iso"), [
    ("15-Feb-2018", None, "2018-02-15"), ("15 фев. 2018", None, "2018-02-15"), ("15 февраля 2018 г.", None, "2018-02-15"),
    ("15.02.18", None, "2018-02-15"), ("2018-02-15", None, "2018-02-15"), ("Feb 15, 2018", None, "2018-02-15"),
    ("1/23/18", None, "2018-01-23"), ("23/1/18", None, "2018-01-23"), ("2/3/18", "mdy", "2018-02-03"), ("2/3/18", "dmy", "2018-03-02"),
    ("2018/02/03", None, "2018-02-03"), (43146, None, "2018-02-15"), ("15.02.2018", "mdy", "2018-02-15"),
])
def test_dates_as_people_write_them(value, order, iso):
    assert read_date(value, order) == iso


@pytest.mark.parametrize(("value", "order", "message"), [
    ("2/3/18", None, "ambiguous"), ("31-Feb-2018", None, "no day 31"), ("13/14/18", None, "ambiguous"), ("15/02/18", "mdy", "not a month"),
    ("15 Foo 2018", None, "not a month"), (2018, None, "not an Excel date"),
])
def test_dates_refused(value, order, message):
    with pytest.raises(DateError, match=message):
        read_date(value, order)


@pytest.mark.parametrize(("text", "totals"), [("Итого:", True), ("ИТОГО", True), ("Всего по разделу 2", True), ("Grand total", True),
                                              ("Total (USD)", True), ("Итого 12 шт.", True), ("Итого 1 339 068,39", True),
                                              ("Итого на сумму", True), ("Total station Leica TS07", False), ("Итоговый отчёт", False),
                                              ("Итого ааа", False), ("Всего хорошего", False)])
def test_totals_rows_are_told_from_items(text, totals):
    assert is_totals_text(text) is totals


def _register(tmp_path, lines):
    path = tmp_path / "register.csv"
    path.write_text("Наименование;Модель;Серийный номер;Инв. №;Кол-во;Цена, сом\n" + "".join(line + "\n" for line in lines),
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("last", [
    "Итого ааа;X-1;SN1;ИНВ-1;1;100",  # everything an item has
    "Итого ааа;;;;1;100",  # a name and numbers that are not the sums above
    "Итого ааа;X-1;;;3;",  # a model: a totals row has none
    "Всего хорошего;;;;2;250,00",  # a price that is not the sum of the prices
    "Итого: настольный;;SN9;;3;",  # a serial number: never a totals row, whatever the word
])
def test_an_item_named_with_a_totals_word_is_kept(db, tmp_path, last):
    path = _register(tmp_path, ["Стол;T-1;SN-A;ИНВ-A;1;100", "Стул;C-1;SN-B;ИНВ-B;2;150", last])
    preview = prepare_import(db=db, kind="item", path=path, defaults={"category": "office"})
    assert preview.skipped == [] and [r.row for r in preview.rows] == [2, 3, 4], [s.text() for s in preview.skipped]
    assert preview.rows[-1].cells["name"] == last.split(";")[0]


@pytest.mark.parametrize("last", [
    "Итого:;;;;3;",  # the word alone, with the quantity
    "ИТОГО;;;;;",  # the word alone, no numbers
    "Итого 3 шт.;;;;;",  # the word and a count
    "Итого ааа;;;;3;",  # another word after it, but the quantity is the sum of the rows above
    "Итого ааа;;;;3;250,00 сом",  # ... and the prices too
    "Всего по разделу 1;;;;3;",
])
def test_a_totals_row_is_skipped(db, tmp_path, last):
    path = _register(tmp_path, ["Стол;T-1;SN-A;ИНВ-A;1;100", "Стул;C-1;SN-B;ИНВ-B;2;150", last])
    preview = prepare_import(db=db, kind="item", path=path, defaults={"category": "office"})
    assert [(s.row, s.reason) for s in preview.skipped] == [(4, "totals")]
    assert [r.row for r in preview.rows] == [2, 3]


def test_an_item_named_with_a_totals_word_first_in_the_list_is_kept(db, tmp_path):
    path = _register(tmp_path, ["Итого ааа;;;;1;100", "Стул;C-1;SN-B;ИНВ-B;1;100"])
    preview = prepare_import(db=db, kind="item", path=path, defaults={"category": "office"})
    assert preview.skipped == [] and [r.row for r in preview.rows] == [2, 3]


# --- the layouts ------------------------------------------------------------------------------

def test_un_equipment_list_imports_names_from_description(db, tmp_path):
    path = registers.un_list_csv(tmp_path)
    preview = prepare_import(db=db, kind="item", path=path, defaults={"category": "computers"})
    assert preview.ok, [str(p) for p in preview.problems]
    assert preview.mapping.fields[0] == "row_number"
    assert [s.reason for s in preview.skipped] == ["totals"]
    apply_import(db=db, preview=preview)
    rows = db.execute(ITEM_SQL).fetchall()
    assert rows == [
        ("Desktop computer", "HP ProDesk 400 G4", "CZC8021ABC", "UNODC-KG-0101", 1, "pcs", 123450, "USD", "2018-02-15", "with monitor", "computers"),
        ("Laser printer", "HP LaserJet M404", "VNB3K12345", "UNODC-KG-0102", 2, "pcs", 35000, "USD", "2018-02-16", "", "computers"),
        ("Video endoscope", "Olympus CV-170", "OLY-77812", "UNODC-KG-0103", 1, "set", 1250000, "USD", "2018-03-01", "warranty 2 years", "computers"),
    ]


MINISTRY_EXPECTED = [
    ("Компьютер настольный", "HP ProDesk 400 G4", "CZC8021XYZ", "ГП-000231", 2, "pcs", 4300000, "KGS", "2018-02-15", "в комплекте с ИБП", "office"),
    ("Принтер лазерный", "Canon LBP-6030", "KLM55531", "ГП-000232", 1, "pcs", 1250050, "KGS", "2018-02-15", "", "office"),
    ("Видеоэндоскоп", "Olympus CV-170", "OLY-90001", "ГП-000233", 1, "set", 124056789, "KGS", "2018-02-20", "", "office"),
]


def test_ministry_register_in_xlsx_skips_titles_totals_and_signatures(db, tmp_path):
    path = registers.ministry_xlsx(tmp_path)
    preview = prepare_import(db=db, kind="item", path=path, defaults={"category": "office"})
    assert preview.ok, [str(p) for p in preview.problems]
    assert preview.mapping.header_row == 4
    reasons = {s.row: s.reason for s in preview.skipped}
    assert reasons == {8: "totals", 10: "footer", 11: "footer"}  # (an empty sheet row is not even read)
    assert "Итого" in next(s.text() for s in preview.skipped if s.row == 8)
    assert not preview.warnings
    apply_import(db=db, preview=preview)
    assert db.execute(ITEM_SQL).fetchall() == MINISTRY_EXPECTED


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r", "utf-8", "utf-8-sig"])
def test_ministry_register_as_csv_in_each_encoding(db, tmp_path, encoding):
    path = registers.ministry_csv(tmp_path, encoding)
    table = read_table(path)
    assert table.encoding.replace("_", "-") in (encoding, "utf-8")
    import_file(db=db, kind="item", path=path, defaults={"category": "office"})
    assert db.execute(ITEM_SQL).fetchall() == MINISTRY_EXPECTED


def test_snipe_it_export_with_us_dates_and_office_categories(db, tmp_path):
    path = registers.snipe_export(tmp_path)
    # without the date order: 2/3/18 is refused, naming its row and the row that shows the order
    preview = prepare_import(db=db, kind="item", path=path, defaults={"currency": "USD"},
                             categories={"Desktops": "computers", "Laptops": "computers", "Projectors": "office"})
    problems = [str(p) for p in preview.problems]
    assert len(problems) == 1 and "row 3" in problems[0] and "ambiguous" in problems[0] and "row 2 reads 1/23/18" in problems[0], problems
    preview = prepare_import(db=db, kind="item", path=path, defaults={"currency": "USD"}, date_order="mdy",
                             categories={"Desktops": "computers", "Laptops": "computers", "Projectors": "office"})
    assert preview.ok, [str(p) for p in preview.problems]
    assert any("no quantity column" in w.text() for w in preview.warnings)
    apply_import(db=db, preview=preview)
    rows = db.execute("SELECT name, model, serial_number, inventory_number, quantity, unit_value_minor, acquisition_date, notes, category "
                      "FROM item ORDER BY id").fetchall()
    assert rows == [
        ("Dell OptiPlex 3060", "Dell OptiPlex 3060", "5CG8123ABC", "ROCA-0001", 1, 61200, "2018-01-23", "room 4", "computers"),
        ("Laptop finance", "Dell Latitude 5490", "5CG8123ABD", "ROCA-0002", 1, 104590, "2018-02-03", "", "computers"),
        ("Epson EB-X41", "Epson EB-X41", "PRJ-5521", "ROCA-0003", 1, 48000, "2018-03-14", "with bag", "office"),
    ]
    # the office's words and the date order are remembered: the next export imports without them
    assert remembered.office_categories(db=db)["laptops"] == ("Laptops", "computers")
    again = registers.snipe_export(tmp_path, rows=[["ROCA-0004", "Spare laptop", "5CG999", "Latitude 5490", "P72G", "Laptops", "Dell", "",
                                                    "", "4/1/18", "999.00", ""]], name="next.csv")
    preview = prepare_import(db=db, kind="item", path=again, defaults={"currency": "USD"})
    assert preview.ok and preview.remembered and preview.date_order == "mdy"
    assert preview.rows[0].stored["acquisition_date"] == "2018-04-01"


def test_unknown_category_is_asked_about_once(db, tmp_path):
    path = registers.snipe_export(tmp_path)
    preview = prepare_import(db=db, kind="item", path=path, defaults={"currency": "USD"}, date_order="mdy")
    assert not preview.rows or all(r.record is None for r in preview.rows if r.row in (2, 3))
    asked = [p for p in preview.file_problems if "category" in p.message]
    assert len(asked) == 3  # Desktops, Laptops, Projectors: one question each, not one refusal per row
    assert all(not r.problems for r in preview.rows)


def test_unicode_text_from_excel(db, tmp_path):
    path = registers.unicode_text(tmp_path)
    import_file(db=db, kind="item", path=path)
    assert db.execute("SELECT name, category, quantity, unit_value_minor FROM item ORDER BY id").fetchall() == [
        ("Ноутбук «Lenovo» для ГКНБ", "computers", 1, 120000), ("МФУ Kyocera — Ecosys", "office", 3, 55000)]


# --- never stored wrong ---------------------------------------------------------------------------

def test_mojibake_is_never_stored(db, tmp_path):
    garbled = "Наименование;Кол-во;Цена;Валюта\nКомпьютер настольный;1;100;USD\nПринтер лазерный;1;50;USD\n"
    assert garbled_sample(garbled.encode("koi8-r").decode("cp1251")) is not None
    assert garbled_sample(garbled.encode("utf-8").decode("cp1251")) is not None
    assert garbled_sample(garbled) is None
    path = tmp_path / "twice.csv"  # a file that was already garbled once and saved as UTF-8
    path.write_text("Category;" + garbled.encode("utf-8").decode("cp1251").replace("\n", "\noffice;", 1), encoding="utf-8")
    before = table_counts(db)
    with pytest.raises(InputError, match="garbled"):
        import_file(db=db, kind="item", path=path)
    assert table_counts(db) == before
    with pytest.raises(InputError, match="garbled"):
        decode_text(garbled.encode("koi8-r").decode("cp1251").encode("utf-8"), "x.csv")


def test_row_number_column_is_never_the_name_and_a_numeric_name_warns(db, tmp_path):
    path = registers.un_list_csv(tmp_path)
    table = read_table(path)
    chosen = choose_mapping(db=db, kind="item", table=table, overrides={0: "name", 1: None})
    preview = prepare_import(db=db, kind="item", table=table, mapping=chosen.mapping, defaults={"category": "computers"})
    assert any("only numbers" in w.text() for w in preview.warnings)


def test_currency_named_twice_and_differently_is_refused(db, tmp_path):
    path = tmp_path / "two.csv"
    path.write_text("Category,Name,Qty,Unit Price (USD),Currency\noffice,Chair,1,€100,\noffice,Desk,1,100,KGS\noffice,Lamp,1,$5,USD\n",
                    encoding="utf-8")
    preview = prepare_import(db=db, kind="item", path=path)
    bad = {p.row for p in preview.problems}
    assert bad == {2, 3}
    assert all("given twice" in p.text() for p in preview.problems)


def test_a_totals_row_without_the_word_is_warned_about(db, tmp_path):
    path = tmp_path / "sum.csv"
    path.write_text("Category,Name,Qty,Price,Currency\noffice,Chair,2,10,USD\noffice,Desk,3,10,USD\noffice,Lamp,1,10,USD\noffice,,6,10,USD\n",
                    encoding="utf-8")
    preview = prepare_import(db=db, kind="item", path=path)
    assert any(w.row == 5 and "sum of the other rows" in w.text() for w in preview.warnings)


def test_merged_text_cells_are_read_for_each_row_merged_numbers_are_not(db, tmp_path):
    path = tmp_path / "merged.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Категория", "Наименование", "Серийный номер", "Кол-во", "Цена", "Валюта", "Программа"])
    sheet.append(["Раздел 1. Компьютеры"])
    sheet.merge_cells("A2:G2")
    sheet.append(["компьютеры", "Ноутбук", "S-1", 1, 100, "USD", "XAC/Z60"])
    sheet.append(["компьютеры", "Ноутбук", "S-2", 1, 100, "USD", None])
    sheet.merge_cells("G3:G4")
    workbook.save(path)
    preview = prepare_import(db=db, kind="item", path=path)
    assert preview.ok, [str(p) for p in preview.problems]
    assert [s.reason for s in preview.skipped] == ["section"]
    assert [r.stored["programme_code"] for r in preview.rows] == ["XAC/Z60", "XAC/Z60"]


# --- the command line -----------------------------------------------------------------------------

def _cli(tmp_path, *argv):
    return cli_main(["--db", str(tmp_path / "desk.sqlite"), *argv])


def test_cli_dry_run_lists_skipped_rows_and_rows_as_stored(tmp_path, capsys):
    path = registers.ministry_xlsx(tmp_path)
    assert _cli(tmp_path, "items", "import", str(path), "--category", "office", "--dry-run") == 0
    out = capsys.readouterr().out
    assert "skipped row 8: a totals row: Итого:" in out
    assert "skipped row 10: a signature or footer row" in out
    assert "'№ п/п' -> (row numbers, not imported)" in out
    assert "row 5: name='Компьютер настольный'" in out and "unit_value='43000.00'" in out


def test_cli_map_switches_a_column_off_and_is_remembered(tmp_path, capsys):
    path = registers.snipe_export(tmp_path)
    args = ["items", "import", str(path), "--currency", "USD", "--date-order", "mdy", "--category", "computers", "--map", "Category="]
    assert _cli(tmp_path, *args) == 0
    capsys.readouterr()
    assert _cli(tmp_path, "items", "list", "--format", "json") == 0
    assert '"category": "computers"' in capsys.readouterr().out
    again = registers.snipe_export(tmp_path, rows=[["ROCA-0009", "", "X-9", "OptiPlex 3060", "", "Desktops", "Dell", "", "", "5/6/18", "1.00", ""]],
                                   name="again.csv")
    assert _cli(tmp_path, "items", "import", str(again), "--currency", "USD", "--category", "office", "--dry-run") == 0
    out = capsys.readouterr().out
    assert "remembered for this header" in out and "'Category' -> (ignored)" in out and "2018-05-06" in out
    assert _cli(tmp_path, "items", "import", str(again), "--map", "Nope=name") == 2


def test_cli_add_one_item_and_one_institution_and_search_acts(tmp_path, capsys):
    assert _cli(tmp_path, "items", "add", "--name", "Laptop", "--category", "computers", "--price", "$1,234.50", "--serial", "SN-1",
                "--date", "15-Feb-2018", "--manufacturer", "Dell", "--model", "Latitude 5490") == 0
    assert _cli(tmp_path, "items", "add", "--name", "Laptop", "--category", "computers", "--price", "10", "--currency", "USD",
                "--serial", "SN-1") == 2
    assert "serial" in capsys.readouterr().err.lower()
    assert _cli(tmp_path, "institutions", "add", "--name-en", "Customs Service", "--country", "KG", "--signatory", "A. Usubaliev") == 0
    assert _cli(tmp_path, "items", "list", "--format", "json") == 0
    out = capsys.readouterr().out
    assert '"model": "Dell Latitude 5490"' in out and '"unit_value_minor": 123450' in out
    assert _cli(tmp_path, "demo") == 0
    capsys.readouterr()
    assert _cli(tmp_path, "acts", "list", "--search", "prosecutor") == 0
    found = capsys.readouterr().out
    assert "Prosecutor" in found and "Customs" not in found
    assert _cli(tmp_path, "acts", "list", "--search", "zzzqqq") == 0
    assert capsys.readouterr().out.strip() == "no acts"


def test_cli_office_categories_can_be_edited(tmp_path, capsys):
    assert _cli(tmp_path, "items", "categories", "--set", "Laptops=computers", "--set", "Ноутбуки=computers") == 0
    out = capsys.readouterr().out
    assert "Laptops = computers" in out and "Ноутбуки = computers" in out
    assert _cli(tmp_path, "items", "categories", "--set", "Chairs=furniture-x") == 2
    assert _cli(tmp_path, "items", "categories", "--remove", "Laptops") == 0
    assert "Laptops" not in capsys.readouterr().out


def _doc_example(heading: str) -> list[str]:
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "docs" / "import-columns.md").read_text(encoding="utf-8")
    after = text[text.index(heading):]
    block = after[after.index("```") + 3:]
    return block[: block.index("```")].strip("\n").split("\n")


@pytest.mark.parametrize(("heading", "name", "args", "expected"), [
    ("**A UN equipment list**", "un.csv", ["--category", "computers"], ("Desktop computer", "HP ProDesk 400 G4", 1, 123450, "USD")),
    ("**A Russian ministry register**", "реестр.csv", ["--category", "office"], ("Компьютер настольный", "HP ProDesk 400 G4", 2, 4300000, "KGS")),
    ("**A Snipe-IT asset export**", "assets.csv", ["--currency", "USD", "--date-order", "mdy", "--category-map", "Desktops=computers"],
     ("Dell OptiPlex 3060", "Dell OptiPlex 3060", 1, 61200, "USD")),
    ("**Excel's \"Unicode text\"**", "unicode.txt", [], ("Ноутбук «Lenovo» для ГКНБ", "", 1, 120000, "USD")),
])
def test_the_documented_examples_import_as_documented(tmp_path, heading, name, args, expected):
    import sqlite3

    lines = _doc_example(heading)
    text = "\n".join(line.replace("<TAB>", "\t") for line in lines) + "\n"
    path = tmp_path / name
    path.write_bytes(text.encode("utf-16" if name.endswith(".txt") else "cp1251" if name.startswith("р") else "utf-8"))
    from equipment_desk.store import records
    from equipment_desk.store.database import open_database

    database = open_database(tmp_path / "desk.sqlite")
    records.create(db=database, kind=records.PROGRAMME, data={"code": "XAC/Z60", "name_en": "Programme for Central Asia"})
    database.close()
    assert _cli(tmp_path, "items", "import", str(path), *args) == 0
    with sqlite3.connect(tmp_path / "desk.sqlite") as conn:
        assert conn.execute("SELECT name, model, quantity, unit_value_minor, currency FROM item").fetchall() == [expected]


def test_a_totals_word_in_an_items_notes_does_not_skip_the_item(db, tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text("№;Категория;Наименование;Серийный номер;Кол-во;Цена;Валюта;Примечание\n"
                    "1;office;Кресло;K-1;1;100;USD;Итого 3 шт. в комплекте\n"
                    "2;office;Стол;T-1;1;50;USD;\n"
                    "Итого:;;;;2;;;\n", encoding="utf-8")
    preview = prepare_import(db=db, kind="item", path=path)
    assert preview.ok and [r.row for r in preview.rows] == [2, 3]
    assert [(s.row, s.reason) for s in preview.skipped] == [(4, "totals")]


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r", "cp866", "mac_cyrillic"])
def test_short_cyrillic_text_in_each_code_page_reads_right(encoding):
    """Found by exploring: a few Windows-1251 rows with few capitals were read as Mac Cyrillic («Ќаименование»)."""
    text = "Наименование;Цена, сом;N\r\nАаа ааа;0,01;1\r\n\r\nAaa aaa;0,01;2\r\n\r\nЗаа ааа;0,01;3\r\n"
    assert decode_text(text.encode(encoding), "x.csv")[0] == text


def test_units_such_as_kva_are_not_taken_for_mojibake():
    assert garbled_sample("ИБП 3 кВА;ИБП 1 кВА;Стабилизатор 5 кВА;Генератор 10 кВА\n") is None


def test_quantities_written_with_their_unit(db, tmp_path):
    path = tmp_path / "units.csv"
    path.write_text("Категория;Наименование;Кол-во;Ед. изм.;Цена;Валюта\n"
                    "office;Стул;12 шт.;;100;KGS\n"
                    "office;Набор инструментов;3 компл.;компл.;100;KGS\n"
                    "office;Кабель;2 шт.;м;100;KGS\n"
                    "office;Стол;два;;100;KGS\n", encoding="utf-8")
    preview = prepare_import(db=db, kind="item", path=path)
    stored = {r.row: (r.stored.get("quantity"), r.stored.get("unit")) for r in preview.rows}
    assert stored[2] == ("12", "pcs") and stored[3] == ("3", "set")
    problems = {p.row: p.text() for p in preview.problems}
    assert "unit column says м" in problems[4] and "whole number" in problems[5]


@pytest.mark.parametrize(("cell", "message"), [("(1,234.50)", "negative"), ("—", "not an amount"), ("USD", "not an amount"),
                                               ("1 000 руб.", "руб. is not a currency")])
def test_amounts_refused_name_the_row_and_what_was_found(db, tmp_path, cell, message):
    path = tmp_path / "bad.csv"
    path.write_text(f"Category;Name;Qty;Price;Currency\noffice;Chair;1;10;USD\noffice;Desk;1;{cell};USD\n", encoding="utf-8")
    preview = prepare_import(db=db, kind="item", path=path)
    assert [(p.row, p.field) for p in preview.problems] == [(3, "Price")]
    assert message in preview.problems[0].text() and preview.problems[0].value == cell


def test_a_workbook_holding_garbled_text_is_refused(db, tmp_path):
    path = tmp_path / "garbled.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Category", "Name", "Qty", "Price", "Currency"])
    for name in ("Компьютер настольный", "Принтер лазерный", "Монитор широкоформатный"):
        sheet.append(["office", name.encode("koi8-r").decode("cp1251"), 1, 10, "USD"])
    workbook.save(path)
    before = table_counts(db)
    with pytest.raises(InputError, match="garbled"):
        import_file(db=db, kind="item", path=path)
    assert table_counts(db) == before


def test_imported_names_are_stored_in_the_language_of_their_script(db, tmp_path):
    path = tmp_path / "names.csv"
    path.write_text("Category;Наименование;Qty;Price;Currency\noffice;Компьютер настольный;1;10;USD\noffice;Laser printer;1;10;USD\n",
                    encoding="utf-8")
    import_file(db=db, kind="item", path=path)
    assert db.execute("SELECT name, name_ru, name_en FROM item ORDER BY id").fetchall() == [
        ("Компьютер настольный", "Компьютер настольный", ""), ("Laser printer", "", "Laser printer")]


def test_two_name_columns_give_the_russian_and_the_english_name_by_their_script(db, tmp_path):
    path = tmp_path / "two-names.csv"
    path.write_text("Category;Наименование;Description;Qty;Price;Currency\n"
                    "office;Компьютер настольный;Desktop computer;1;10;USD\n"
                    "office;Printer;Принтер;1;10;USD\n"  # the columns swapped on this row: each text still goes to its language
                    "office;Стол;Стул;1;10;USD\n", encoding="utf-8")
    preview = prepare_import(db=db, kind="item", path=path)
    assert preview.mapping.fields[1] == "name" and preview.mapping.fields[2] == "name_en"
    assert [p.row for p in preview.problems] == [4] and "second name in Russian" in preview.problems[0].text()
    assert preview.rows[0].stored["name"]
    path.write_text("\n".join(path.read_text(encoding="utf-8").splitlines()[:3]) + "\n", encoding="utf-8")
    import_file(db=db, kind="item", path=path)
    assert db.execute("SELECT name_ru, name_en FROM item ORDER BY id").fetchall() == [
        ("Компьютер настольный", "Desktop computer"), ("Принтер", "Printer")]

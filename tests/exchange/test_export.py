"""Exports: real number and date cells, frozen header, widths, and no cell a spreadsheet would run."""

from __future__ import annotations

import csv
from datetime import datetime
from decimal import Decimal

import openpyxl
import pytest

from equipment_desk.core.errors import InputError
from equipment_desk.exchange.export import Column, export_list, neutralise, write_table
from equipment_desk.store import records

COLUMNS = [Column("name", "Name"), Column("quantity", "Quantity", "int"), Column("value", "Value", "money"),
           Column("currency", "Currency"), Column("date", "Date", "date"), Column("rate", "Rate", "rate")]
ROWS = [
    {"name": "=HYPERLINK(\"http://x\")", "quantity": 3, "value": 215000050, "currency": "KGS", "date": "2018-02-15", "rate": "68.8395"},
    {"name": "+1", "quantity": 1, "value": 1, "currency": "USD", "date": None, "rate": None},
    {"name": "-2", "quantity": 1, "value": 0, "currency": "USD", "date": None, "rate": None},
    {"name": "@SUM(A1)", "quantity": 1, "value": 0, "currency": "USD", "date": None, "rate": None},
    {"name": "\tx", "quantity": 1, "value": 0, "currency": "USD", "date": None, "rate": None},
    {"name": "\rx", "quantity": 1, "value": 0, "currency": "USD", "date": None, "rate": None},
    {"name": "Компьютер", "quantity": 1, "value": 0, "currency": "USD", "date": None, "rate": None},
]


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@x", "\tx", "\rx"])
def test_neutralise(text):
    assert neutralise(text) == "'" + text
    assert neutralise("a" + text) == "a" + text


def test_xlsx_has_typed_cells_frozen_header_and_widths(tmp_path):
    path = tmp_path / "out.xlsx"
    assert write_table(path, COLUMNS, ROWS) == len(ROWS)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws.freeze_panes == "A2"
    assert ws["A1"].value == "Name" and ws["A1"].font.b
    assert ws["B2"].value == 3 and ws["B2"].data_type == "n"
    assert Decimal(str(ws["C2"].value)) == Decimal("2150000.50") and ws["C2"].number_format == "#,##0.00"
    assert ws["E2"].value == datetime(2018, 2, 15) and ws["E2"].is_date
    assert Decimal(str(ws["F2"].value)) == Decimal("68.8395")
    names = [ws.cell(row=r, column=1) for r in range(2, 2 + len(ROWS))]
    assert all(c.data_type == "s" for c in names)
    assert [c.value[0] for c in names[:6]] == ["'"] * 6
    assert names[6].value == "Компьютер"
    assert ws.column_dimensions["A"].width >= len('=HYPERLINK("http://x")')


def test_csv_is_utf8_bom_and_neutralised(tmp_path):
    path = tmp_path / "out.csv"
    write_table(path, COLUMNS, ROWS)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(keepends=True)))
    assert rows[0] == ["Name", "Quantity", "Value", "Currency", "Date", "Rate"]
    assert rows[1] == ["'=HYPERLINK(\"http://x\")", "3", "2150000.50", "KGS", "2018-02-15", "68.8395"]
    assert all(r[0].startswith("'") for r in rows[2:5])


def test_bad_target_is_refused(tmp_path):
    with pytest.raises(InputError, match="xlsx or .csv"):
        write_table(tmp_path / "out.pdf", COLUMNS, ROWS)
    with pytest.raises(InputError, match="does not exist"):
        write_table(tmp_path / "nope" / "out.csv", COLUMNS, ROWS)


def test_institutions_export_one_row_per_signatory(db, tmp_path):
    inst = records.create(db=db, kind=records.INSTITUTION, data={"name_en": "GPO", "country": "KG"})
    for name in ("A", "B"):
        records.add_signatory(db=db, institution_id=inst["id"], data={"full_name": name})
    records.create(db=db, kind=records.INSTITUTION, data={"name_en": "SCC", "country": "UZ"})
    path = tmp_path / "inst.xlsx"
    assert export_list(db=db, kind="institution", path=path) == 3
    ws = openpyxl.load_workbook(path).active
    header = [c.value for c in ws[1]]
    sig = header.index("Signatory (EN)") + 1
    assert [ws.cell(row=r, column=sig).value for r in (2, 3, 4)] == ["A", "B", None]


def _items_db():
    from equipment_desk.store.database import open_database

    db = open_database(memory=True)
    records.create(db=db, kind=records.PROGRAMME, data={"code": "XAC/Z60", "name_en": "P"})
    records.create(db=db, kind=records.ITEM, data={"category": "computers", "name": "Desktop", "serial_number": "S-1", "unit": "set",
                                                   "quantity": 3, "unit_value_minor": 215000050, "currency": "KGS", "condition": "good",
                                                   "acquisition_date": "2018-02-15"})
    records.create(db=db, kind=records.ITEM, data={"category": "medical", "name": "Defibrillator", "quantity": 1,
                                                   "unit_value_minor": 125, "currency": "USD", "condition": "new"})
    return db


ITEM_CODES = "SELECT category, name, serial_number, unit, quantity, unit_value_minor, currency, condition, acquisition_date FROM item ORDER BY id"


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_item_export_shows_words_of_the_language_and_imports_again(tmp_path, lang, suffix):
    from equipment_desk.exchange.importers import import_file
    from equipment_desk.exchange.tables import read_table
    from equipment_desk.store.database import open_database

    source = _items_db()
    path = tmp_path / f"items.{suffix}"
    export_list(db=source, kind="item", path=path, lang=lang)
    table = read_table(path)
    header, first = table.rows[0][1], table.rows[1][1]
    row = dict(zip(header, first))
    expected = {"en": {"Category": "Computers and IT", "Unit": "set", "Condition": "Good", "Status": "In stock"},
                "ru": {"Категория": "Компьютеры и оргтехника", "Ед. изм.": "компл.", "Состояние": "Хорошее", "Статус": "На складе"}}[lang]
    assert {k: row[k] for k in expected} == expected
    assert not {"computers", "good", "in_stock"} & {str(v) for v in first}  # ("set" is the English word too)
    target = open_database(memory=True)
    import_file(db=target, kind="item", path=path)
    assert target.execute(ITEM_CODES).fetchall() == source.execute(ITEM_CODES).fetchall()


def test_russian_csv_has_semicolons_bom_and_decimal_commas_english_commas_and_points(tmp_path):
    english, russian = tmp_path / "en.csv", tmp_path / "ru.csv"
    rows = [{"name": "Компьютер", "quantity": 3, "value": 215000050, "currency": "KGS", "date": "2018-02-15", "rate": "68.8395"}]
    write_table(english, COLUMNS, rows)
    write_table(russian, COLUMNS, rows, lang="ru")
    assert english.read_bytes().decode("utf-8-sig").splitlines()[1] == "Компьютер,3,2150000.50,KGS,2018-02-15,68.8395"
    raw = russian.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig").splitlines() == ["Name;Quantity;Value;Currency;Date;Rate",
                                                    "Компьютер;3;2150000,50;KGS;2018-02-15;68,8395"]


def test_institutions_export_words_and_import_again(tmp_path):
    from equipment_desk.exchange.importers import import_file
    from equipment_desk.store.database import open_database

    source = open_database(memory=True)
    inst = records.create(db=source, kind=records.INSTITUTION, data={"name_en": "GPO", "name_ru": "Генпрокуратура", "country": "KG",
                                                                     "kind": "drug_control"})
    records.add_signatory(db=source, institution_id=inst["id"], data={"full_name": "A"})
    for lang, words in (("en", ("Kyrgyzstan", "Drug control")), ("ru", ("Кыргызстан", "Контроль над наркотиками"))):
        path = tmp_path / f"inst-{lang}.csv"
        export_list(db=source, kind="institution", path=path, lang=lang)
        assert all(w in path.read_text(encoding="utf-8-sig") for w in words)
        target = open_database(memory=True)
        import_file(db=target, kind="institution", path=path)
        assert target.execute("SELECT country, kind FROM institution").fetchall() == [("KG", "drug_control")]


def test_every_word_an_export_writes_imports_as_its_code():
    from equipment_desk.core import labels
    from equipment_desk.core.units import parse_unit
    from equipment_desk.core.validation import COUNTRIES
    from equipment_desk.exchange import importers
    from equipment_desk.exchange.tables import normalise_title

    for kind, lookup in (("category", importers._CATEGORIES), ("condition", importers._CONDITIONS),
                         ("institution_kind", importers._INSTITUTION_KINDS)):
        for code, pair in labels.WORDS[kind].items():
            assert {lookup[normalise_title(w)] for w in pair} == {code}
    for code in labels.WORDS["unit"]:
        assert {parse_unit(labels.word("unit", code, lang)) for lang in ("en", "ru")} == {code}
    assert set(labels.COUNTRY) == set(COUNTRIES)


def test_lists_carry_the_texts_in_the_state_languages_the_records_have(db, tmp_path):
    inst = records.create(db=db, kind=records.INSTITUTION, data={"name_en": "GPO", "name_ky": "Башкы прокуратура", "country": "KG"})
    records.add_signatory(db=db, institution_id=inst["id"], data={"name_ru": "Усубалиев Азизбек", "name_ky": "Усубалиев Азизбек",
                                                                  "title_ky": "Башчы"})
    records.create(db=db, kind=records.INSTITUTION, data={"name_en": "SCC", "country": "UZ"})
    path = tmp_path / "inst.csv"
    export_list(db=db, kind="institution", path=path, lang="ru")
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))  # Russian: semicolons
    header = rows[0]
    assert header[-4:] == ["Наименование (KY)", "Подписант (KY)", "Должность (KY)", "UUID"]  # only languages the records have
    assert rows[1][-4:-1] == ["Башкы прокуратура", "Усубалиев Азизбек", "Башчы"]
    assert rows[2][-4:-1] == ["", "", ""]


class _Row(dict):
    """A row that counts how many of its kind are alive."""

    alive = 0
    most = 0

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        _Row.alive += 1
        _Row.most = max(_Row.most, _Row.alive)

    def __del__(self) -> None:
        _Row.alive -= 1


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_a_large_export_holds_only_a_few_rows_at_a_time(tmp_path, suffix):
    # Rows come from a generator and are written as they come: memory does not grow with the register.
    from equipment_desk.exchange.export import WIDTH_ROWS

    _Row.alive = _Row.most = 0
    count = WIDTH_ROWS * 4
    progress: list[tuple[int, int]] = []
    rows = (_Row(name=f"Item {n}", quantity=n, value=n * 100, currency="USD", date="2018-02-15", rate=None)
            for n in range(count))
    path = tmp_path / f"big.{suffix}"
    assert write_table(path, COLUMNS, rows, total=count, progress=lambda done, total: progress.append((done, total))) == count
    assert _Row.most <= WIDTH_ROWS + 2, _Row.most  # the rows the widths are fitted to, not all of them
    assert progress[-1] == (count, count)
    if suffix == "csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            written = list(csv.reader(handle))
        assert len(written) == count + 1 and written[-1][0] == f"Item {count - 1}"
    else:
        sheet = openpyxl.load_workbook(path, read_only=True).active
        assert sum(1 for _ in sheet.iter_rows(values_only=True)) == count + 1


def test_the_row_functions_read_as_they_go(tmp_path):
    from equipment_desk.exchange import export
    from equipment_desk.store import demo
    from equipment_desk.store.database import open_database

    db = open_database(memory=True)
    demo.load_demo(db=db)
    for rows in (export.item_rows(db=db), export.institution_rows(db=db), export.programme_rows(db=db),
                 export.register_rows(db=db), export.line_rows(db=db)):
        assert not isinstance(rows, list) and next(iter(rows))  # a generator, not a list built first
    assert export.export_act_lines(db=db, path=tmp_path / "lines.csv") == \
        db.execute("SELECT count(*) FROM act_line").fetchone()[0]


@pytest.mark.parametrize("lang, words", [("en", {"yes", "no"}), ("ru", {"да", "нет"})])
def test_every_yes_or_no_column_says_it_in_the_language_of_the_export(lang, words):
    # The act register's "Signed scan" wrote yes/no in English in a Russian file.
    from equipment_desk.exchange import export

    lists = {"item": export.item_columns(lang), "institution": export.institution_columns(lang),
             "programme": export.programme_columns(lang), "donor": export.donor_columns(lang),
             "acts register": export.register_columns(lang), "act lines": export.line_columns(lang)}
    lists.update({f"{kind} file": export.file_columns(kind, lang) for kind in ("item", "institution", "programme", "donor")})
    checked = 0
    for name, columns in lists.items():
        for column in (column for column in columns if column.type == "bool"):
            said = {export.cell_value({column.key: True}, column), export.cell_value({column.key: False}, column)}
            assert said == words, (name, column.key, said)
            checked += 1
    assert checked >= 4  # written off, a signatory's "signs acts", the register's signed scan, ...


def test_the_russian_act_register_says_whether_the_signed_scan_is_kept_in_russian(tmp_path):
    from equipment_desk.exchange.export import export_act_register
    from equipment_desk.exchange.tables import read_table
    from equipment_desk.store import demo
    from equipment_desk.store.database import open_database

    db = open_database(memory=True)
    demo.load_demo(db=db)
    path = tmp_path / "acts.xlsx"
    assert export_act_register(db=db, path=path, lang="ru") > 0
    rows = read_table(path).rows
    header = rows[0][1]
    scans = {dict(zip(header, row))["Скан подписанного"] for _, row in rows[1:]}
    assert scans and scans <= {"да", "нет"}, scans

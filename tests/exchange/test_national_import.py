"""The texts in national languages come back from a spreadsheet: export → import reproduces every one, in every
layout an export writes (XLSX, CSV in English and Russian, UTF-8 with or without BOM, UTF-16), headers written the
ways people write them are recognised, and a text in the wrong column is refused, naming its row and column."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from equipment_desk.core import languages as printed
from equipment_desk.core.errors import InputError
from equipment_desk.exchange import export, remembered
from equipment_desk.exchange.columns import COLUMNS, NATIONAL_FIELDS
from equipment_desk.exchange.importers import apply_import, choose_mapping, import_file, prepare_import
from equipment_desk.exchange.tables import match_title, read_table
from equipment_desk.store import records
from equipment_desk.store.database import open_database
from equipment_desk.store.languages import NATIONAL_COLUMNS
from tests.exchange.conftest import table_counts

RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
LATIN = "abcdefghijklmnopqrstuvwxyz"
_LETTERS = {
    "kk": RUSSIAN + "әғқңөұүһі", "ky": RUSSIAN + "ңөү", "tg": RUSSIAN + "ғӣқӯҳҷ", "uz-Cyrl": RUSSIAN + "ўқғҳ",
    "tk": LATIN + "äçňöşüýž",
}
_UNITS = {code: [*letters, *letters.upper()] for code, letters in _LETTERS.items()}
_UNITS["uz"] = [*LATIN, *LATIN.upper(), "oʻ", "gʻ", "Oʻ", "Gʻ", "ʼ", "sh", "ch", "ng"]
"""Uzbek Latin: oʻ and gʻ with U+02BB, the tutuq belgisi U+02BC."""


def national_text(code: str, max_words: int = 3) -> st.SearchStrategy[str]:
    word = st.lists(st.sampled_from(_UNITS[code]), min_size=1, max_size=8).map("".join)
    return st.lists(word, min_size=1, max_size=max_words).map(" ".join)


def texts_for(columns: tuple[str, ...]) -> st.SearchStrategy[dict[str, str]]:
    """Some of ``columns`` (``name_uz_cyrl`` ...), one at least, with a text in the column's language."""
    def language(column: str) -> str:
        return next(code for code in printed.NATIONAL if column.endswith("_" + printed.column_suffix(code))
                    and not (code == "uz" and column.endswith("_uz_cyrl")))
    return st.fixed_dictionaries({}, optional={column: national_text(language(column)) for column in columns}).filter(bool)


def _national(db, table: str) -> list[tuple]:
    columns = ", ".join(NATIONAL_COLUMNS[table])
    return db.execute(f"SELECT {columns} FROM {table} ORDER BY id").fetchall()


def _reencode(path, encoding: str):
    if encoding == "utf-8-sig" or path.suffix != ".csv":
        return path
    text = path.read_bytes().decode("utf-8-sig")
    if encoding == "utf-16":  # Excel's "Unicode text": tab-separated
        text = "".join("\t".join(row) + "\r\n" for row in csv.reader(io.StringIO(text, newline=""), delimiter=export.CsvStyle.for_language(
            "ru" if ";" in text.splitlines()[0] else "en").delimiter))
    target = path.with_name(f"{path.stem}.{encoding}.csv")
    target.write_bytes(text.encode(encoding))
    return target


LAYOUTS = [("xlsx", "en", "utf-8-sig"), ("xlsx", "ru", "utf-8-sig")] + [
    ("csv", lang, encoding) for lang in ("en", "ru") for encoding in ("utf-8-sig", "utf-8", "utf-16")]
"""Every layout an export writes (a CSV in English: commas, in Russian: semicolons), and the CSV saved again without
its byte-order mark or as Excel's "Unicode text"."""


@pytest.mark.parametrize(("fmt", "lang", "encoding"), LAYOUTS)
@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(item=texts_for(NATIONAL_COLUMNS["item"]), institution=texts_for(NATIONAL_COLUMNS["institution"]),
       signatory=texts_for(NATIONAL_COLUMNS["signatory"]), programme=texts_for(NATIONAL_COLUMNS["programme"]),
       donor=texts_for(NATIONAL_COLUMNS["donor"]))
def test_export_then_import_into_an_empty_database_gives_back_every_national_text(tmp_path_factory, item, institution, signatory,
                                                                                  programme, donor, fmt, lang, encoding):
    source = open_database(memory=True)
    donor_id = records.create(db=source, kind=records.DONOR, data={"name_en": "Government of Japan", **donor})["id"]
    records.save_programme(db=source, programme_id=None, values={"code": "XAC/Z60", "name_en": "Programme", **programme},
                           donor_ids=[donor_id])
    institution_id = records.create(db=source, kind=records.INSTITUTION, data={"name_en": "GPO", "country": "KG", **institution})["id"]
    records.add_signatory(db=source, institution_id=institution_id, data={"name_ru": "Усубалиев Азизбек", **signatory})
    records.create(db=source, kind=records.ITEM, data={"category": "computers", "name": "Laptop", "quantity": 2,
                                                        "unit_value_minor": 120000, "currency": "KGS", "programme_id": 1, **item})
    folder = tmp_path_factory.mktemp("roundtrip")
    target = open_database(memory=True)
    for kind in ("donor", "programme", "institution", "item"):
        path = folder / f"{kind}.{fmt}"
        export.export_list(db=source, kind=kind, path=path, lang=lang)
        preview = prepare_import(db=target, kind=kind, path=_reencode(path, encoding))
        assert preview.ok, [str(p) for p in preview.problems]
        assert not preview.warnings or kind == "item"
        apply_import(db=target, preview=preview)
    for table in ("donor", "programme", "institution", "signatory", "item"):
        assert _national(target, table) == _national(source, table), table


@pytest.mark.parametrize(("kind", "title", "field"), [
    ("item", "Name (KY)", "name_ky"), ("item", "Наименование (KY)", "name_ky"), ("item", "Name (UZ-CYRL)", "name_uz_cyrl"),
    ("item", "name_uz_cyrl", "name_uz_cyrl"), ("item", "Name [tk]", "name_tk"), ("item", "Description (TG)", "name_tg"),
    ("item", "Name (Kazakh)", "name_kk"), ("item", "Kazakh name", "name_kk"), ("item", "Name in Turkmen", "name_tk"),
    ("item", "Name (Uzbek, Cyrillic)", "name_uz_cyrl"), ("item", "Name (Uzbek, Latin)", "name_uz"),
    ("item", "Наименование (каз.)", "name_kk"), ("item", "Наименование на казахском языке", "name_kk"),
    ("item", "Наименование (кырг.)", "name_ky"), ("item", "Наименование (киргизский)", "name_ky"),
    ("item", "Наименование (тадж.)", "name_tg"), ("item", "Наименование (узб.)", "name_uz"),
    ("item", "Наименование (узб. кир.)", "name_uz_cyrl"), ("item", "Наименование (туркм.)", "name_tk"),
    ("item", "Наименование (қазақша)", "name_kk"), ("item", "Наименование (кыргызча)", "name_ky"),
    ("item", "Наименование (тоҷикӣ)", "name_tg"), ("item", "Name (oʻzbekcha)", "name_uz"), ("item", "Name (O'zbekcha)", "name_uz"),
    ("item", "Наименование (ўзбекча)", "name_uz_cyrl"), ("item", "Name (türkmençe)", "name_tk"),
    ("item", "Name", "name"), ("item", "Наименование", "name"), ("item", "Name (RU)", "name_ru"), ("item", "Unit (kg)", "unit"),
    ("institution", "Name (KY)", "name_ky"), ("institution", "Name", "name_en"), ("institution", "Наименование", "name_ru"),
    ("institution", "Signatory (KY)", "signatory_name_ky"), ("institution", "Подписант (тадж.)", "signatory_name_tg"),
    ("institution", "ФИО на казахском", "signatory_name_kk"), ("institution", "Должность (KY)", "signatory_title_ky"),
    ("institution", "Signatory title (Turkmen)", "signatory_title_tk"), ("institution", "На основании (узб.)", "signatory_authority_uz"),
    ("institution", "Acting under (UZ-CYRL)", "signatory_authority_uz_cyrl"), ("institution", "Должность", "signatory_title_ru"),
    ("donor", "Name (TK)", "name_tk"), ("donor", "Наименование (туркм.)", "name_tk"), ("programme", "Название (кырг.)", "name_ky"),
])
def test_titles_with_a_language_mark_name_the_national_column(kind, title, field):
    assert match_title(title, COLUMNS[kind]) == field


def test_every_national_column_of_the_schema_is_an_import_field():
    assert {stored for _code, stored in NATIONAL_FIELDS["item"].values()} == set(NATIONAL_COLUMNS["item"])
    for kind in ("institution", "programme", "donor"):
        names = {name for name in NATIONAL_FIELDS[kind] if not name.startswith("signatory_")}
        assert names == set(NATIONAL_COLUMNS[kind])
    assert {stored for name, (_code, stored) in NATIONAL_FIELDS["institution"].items() if name.startswith("signatory_")} \
        == set(NATIONAL_COLUMNS["signatory"])


def _workbook(tmp_path, rows, name="list.xlsx"):
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    path = tmp_path / name
    workbook.save(path)
    return path


ITEM_HEADER = ["Категория", "Наименование", "Количество", "Цена", "Валюта"]


@pytest.mark.parametrize(("title", "text", "message"), [
    ("Наименование (тадж.)", "Laptop HP", "has no Cyrillic letters"),
    ("Name (KY)", "Қазақстан үшін ноутбук", "has letters that {language} does not use"),
    ("Name (UZ)", "Ноутбук", "has no Latin letters"),
    ("Name (TK)", "Oʻquv noutbuki", "has letters that {language} does not use"),
    ("Наименование (каз.)", "Н?утбук", "has ? where letters should be"),
])
def test_a_text_in_the_wrong_column_is_refused_naming_row_and_column_and_nothing_is_written(db, tmp_path, title, text, message):
    path = _workbook(tmp_path, [ITEM_HEADER + [title], ["компьютеры", "Ноутбук", 1, 100, "USD", ""],
                                ["компьютеры", "Ноутбук", 1, 100, "USD", text]])
    before = table_counts(db)
    with pytest.raises(InputError) as error:
        import_file(db=db, kind="item", path=path)
    found = [p for p in error.value.problems if p.message.startswith(message)]
    assert len(found) == 1 and found[0].row == 3 and found[0].field == title and found[0].value == text
    assert table_counts(db) == before


def test_uzbek_apostrophes_are_respelled_and_the_preview_says_so(db, tmp_path):
    path = _workbook(tmp_path, [ITEM_HEADER + ["Name (UZ)"], ["компьютеры", "Ноутбук", 1, 100, "USD", "O'quv ma’lumot noutbuki"],
                                ["компьютеры", "Принтер", 1, 100, "USD", "Printer"]])
    preview = prepare_import(db=db, kind="item", path=path)
    assert preview.ok
    assert [w.message for w in preview.warnings if "ʻ" in w.message] and preview.warnings[0].params["rows"] == "2"
    assert preview.rows[0].stored["name_uz"] == "Oʻquv maʼlumot noutbuki"
    apply_import(db=db, preview=preview)
    assert db.execute("SELECT name_uz FROM item WHERE name_ru = 'Ноутбук'").fetchone()[0] == "O\u02bbquv ma\u02bclumot noutbuki"


def test_a_code_page_without_the_national_letters_is_named(db, tmp_path):
    text = "Категория;Наименование;Количество;Цена;Валюта;Наименование (каз.)\nкомпьютеры;Ноутбук;1;100;USD;Әлем ноутбугі\n"
    path = tmp_path / "list.csv"
    path.write_bytes(text.encode("cp1251", errors="replace"))
    with pytest.raises(InputError) as error:
        import_file(db=db, kind="item", path=path)
    assert any(p.message.startswith("has ? where letters should be") and p.row == 2 for p in error.value.problems)
    assert table_counts(db)["item"] == 0


def test_institution_rows_give_their_signatory_the_national_texts(db, tmp_path):
    path = _workbook(tmp_path, [
        ["Name (EN)", "Наименование (кырг.)", "Страна", "ФИО подписанта", "Подписант (KY)", "Должность (кырг.)", "На основании (KY)"],
        ["General Prosecutor's Office", "Башкы прокуратура", "KG", "Азизбек Усубалиев", "Азизбек Усубалиев", "Башчы", "Жобонун негизинде"],
        ["General Prosecutor's Office", "", "KG", "Айгуль Осмонова", "Айгүл Осмонова", "Директор", ""],
    ])
    result = import_file(db=db, kind="institution", path=path)
    assert result.created == 1 and result.signatories == 2
    assert db.execute("SELECT name_ky FROM institution").fetchone()[0] == "Башкы прокуратура"
    assert db.execute("SELECT name_ky, title_ky, authority_ky FROM signatory ORDER BY id").fetchall() == [
        ("Азизбек Усубалиев", "Башчы", "Жобонун негизинде"), ("Айгүл Осмонова", "Директор", "")]


def test_a_second_row_of_an_institution_may_not_give_it_another_national_name(db, tmp_path):
    path = _workbook(tmp_path, [["Name (EN)", "Name (KY)", "Country", "Signatory"],
                                ["GPO", "Башкы прокуратура", "KG", "Азизбек Усубалиев"],
                                ["GPO", "Башкы прокуратурасы", "KG", "Айгуль Осмонова"]])
    with pytest.raises(InputError) as error:
        import_file(db=db, kind="institution", path=path)
    assert [(p.row, p.field) for p in error.value.problems] == [(3, "Name (KY)")]


def test_a_national_text_of_a_signatory_needs_the_signatory(db, tmp_path):
    path = _workbook(tmp_path, [["Name (EN)", "Country", "Signatory", "Signatory title (KY)"], ["GPO", "KG", "", "Башчы"]])
    with pytest.raises(InputError) as error:
        import_file(db=db, kind="institution", path=path)
    assert [(p.row, p.field, p.message) for p in error.value.problems] == [(2, "Signatory", "is required")]
    assert table_counts(db)["institution"] == 0


def test_a_person_in_uzbek_is_named_in_latin_letters(db, tmp_path):
    path = _workbook(tmp_path, [["Name (EN)", "Country", "Signatory", "Signatory (UZ)"], ["SCC", "UZ", "Рустам Назаров", "Рустам Назаров"]])
    with pytest.raises(InputError) as error:
        import_file(db=db, kind="institution", path=path)
    assert [(p.row, p.field) for p in error.value.problems] == [(2, "Signatory (UZ)")]


def test_donors_and_programmes_read_their_national_names(db, tmp_path):
    donors = _workbook(tmp_path, [["Name (EN)", "Наименование (туркм.)", "Name (Kazakh)"], ["Government of Norway", "Norwegiýanyň hökümeti",
                                                                                          "Норвегия Үкіметі"]], "donors.xlsx")
    import_file(db=db, kind="donor", path=donors)
    programmes = _workbook(tmp_path, [["Code", "Name (EN)", "Название (тадж.)", "Donors"], ["GLOK31", "Treatnet II", "Тритнет II",
                                                                                         "Government of Norway"]], "programmes.xlsx")
    import_file(db=db, kind="programme", path=programmes)
    assert db.execute("SELECT name_tk, name_kk FROM donor WHERE name_en = 'Government of Norway'").fetchone() == (
        "Norwegiýanyň hökümeti", "Норвегия Үкіметі")
    assert db.execute("SELECT name_tg FROM programme WHERE code = 'GLOK31'").fetchone()[0] == "Тритнет II"


def test_the_remembered_mapping_keeps_a_national_column_chosen_by_hand(db, tmp_path):
    path = _workbook(tmp_path, [ITEM_HEADER + ["Атауы"], ["компьютеры", "Ноутбук", 1, 100, "USD", "Ноутбук әлем"]])
    table = read_table(path)
    assert 5 not in choose_mapping(db=db, kind="item", table=table).mapping.fields  # «Атауы» alone names no field
    mapping = dict(choose_mapping(db=db, kind="item", table=table).mapping.fields)
    mapping[5] = "name_kk"
    apply_import(db=db, preview=prepare_import(db=db, kind="item", path=path, mapping=mapping))
    again = choose_mapping(db=db, kind="item", table=table)
    assert again.remembered and again.mapping.fields[5] == "name_kk"
    kept = remembered.remembered_mappings(db=db, kind="item")
    assert [field for title, field in kept[0].read_as() if title == "Атауы"] == ["name_kk"]


def test_an_item_added_on_the_command_line_takes_national_names(db):
    from equipment_desk.exchange.importers import add_record

    add_record(db=db, kind="item", values={"category": "computers", "name": "Laptop", "name_ky": "Ноутбук", "name_uz": "Noutbuk o'quv",
                                           "quantity": "1", "unit_value": "100", "currency": "USD"})
    assert db.execute("SELECT name_ky, name_uz FROM item").fetchone() == ("Ноутбук", "Noutbuk oʻquv")
    with pytest.raises(InputError) as error:
        add_record(db=db, kind="item", values={"category": "computers", "name": "Laptop", "name_tg": "Laptop",
                                               "quantity": "1", "unit_value": "100", "currency": "USD"})
    assert error.value.problems[0].field == "--name-tg"


def test_the_demo_offices_national_texts_export_and_import_again(tmp_path):
    from equipment_desk.store import demo

    source = open_database(memory=True)
    demo.load_demo(db=source, national=True)
    target = open_database(memory=True)
    for kind in ("donor", "programme", "institution", "item"):
        export.export_list(db=source, kind=kind, path=tmp_path / f"{kind}.xlsx", lang="ru")
        import_file(db=target, kind=kind, path=tmp_path / f"{kind}.xlsx")
    keys = {"donor": "name_en", "programme": "code", "institution": "name_en", "signatory": "full_name", "item": "id"}
    for table, key in keys.items():
        columns = ", ".join(NATIONAL_COLUMNS[table])
        rows = [db.execute(f"SELECT {key}, {columns} FROM {table} ORDER BY {key}").fetchall() for db in (source, target)]
        assert rows[0] == rows[1], table
        if table in ("signatory", "institution", "item"):
            assert any(any(row[1:]) for row in rows[0]), table  # the demo has national texts there

"""Institution, donor and programme lists laid out as offices keep them: read as item registers are read.

Title rows above the header, empty rows, a signature block below, Cyrillic code pages and Excel's
"Unicode text", merged title cells — and a signatory whose title is «Директор» or «Начальник управления»
is data, not a signature row.
"""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest

from equipment_desk.exchange.importers import apply_import, prepare_import
from equipment_desk.store import records

INSTITUTION_HEADER = ["№", "Name (EN)", "Наименование", "Страна", "Тип", "ФИО подписанта", "Должность", "Действующего на основании"]
INSTITUTION_ROWS = [
    ["1", "General Prosecutor's Office", "Генеральная прокуратура", "Кыргызстан", "прокуратура", "Азизбек Усубалиев",
     "Начальник управления правовой статистики", "Положения"],
    ["2", "Republican Narcological Centre", "Республиканский центр наркологии", "KG", "здравоохранение", "Айгуль Осмонова", "Директор", "Устава"],
    ["3", "State Customs Service", "Государственная таможенная служба", "KG", "таможня", "", "", ""],
]
FOOTER = [["", "Руководитель ____________ Иванов И.И."], ["", "Исполнитель: Петрова А.А., тел. 62-00-00"], ["М.П."]]


def _csv(tmp_path, rows, encoding, name="list.csv", delimiter=";"):
    path = tmp_path / name
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    text = buffer.getvalue()
    if encoding == "koi8-r":
        text = text.replace("№", "N")
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(("encoding", "delimiter"), [("cp1251", ";"), ("koi8-r", ";"), ("utf-8-sig", ";"), ("utf-16", "\t")])
def test_institution_list_with_titles_and_signatures_in_each_encoding(db, tmp_path, encoding, delimiter):
    rows = [["Перечень учреждений-получателей"], ["по программе XAC/Z60"], [], INSTITUTION_HEADER, *INSTITUTION_ROWS[:2], [],
            INSTITUTION_ROWS[2], *FOOTER]
    path = _csv(tmp_path, rows, encoding, "list.txt" if encoding == "utf-16" else "list.csv", delimiter)
    preview = prepare_import(db=db, kind="institution", path=path)
    assert preview.ok, [str(p) for p in preview.problems]
    assert preview.mapping.header_row == 4
    assert [r.row for r in preview.rows] == [5, 6, 8]
    assert [s.reason for s in preview.skipped] == ["empty", "footer", "footer", "footer"]
    apply_import(db=db, preview=preview)
    stored = db.execute("SELECT name_en, name_ru, country, kind FROM institution ORDER BY id").fetchall()
    assert stored == [("General Prosecutor's Office", "Генеральная прокуратура", "KG", "prosecutor"),
                      ("Republican Narcological Centre", "Республиканский центр наркологии", "KG", "health"),
                      ("State Customs Service", "Государственная таможенная служба", "KG", "customs")]
    signatories = db.execute("SELECT full_name, title_ru, authority_ru FROM signatory ORDER BY id").fetchall()
    assert signatories == [("Азизбек Усубалиев", "Начальник управления правовой статистики", "Положения"),
                           ("Айгуль Осмонова", "Директор", "Устава")]


def test_institution_list_in_xlsx_with_merged_titles(db, tmp_path):
    path = tmp_path / "учреждения.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Перечень учреждений-получателей"])
    sheet.merge_cells("A1:H1")
    sheet.append([])
    sheet.append(INSTITUTION_HEADER)
    for row in INSTITUTION_ROWS:
        sheet.append([int(row[0]), *row[1:]])
    for row in FOOTER:
        sheet.append(row)
    workbook.save(path)
    preview = prepare_import(db=db, kind="institution", path=path)
    assert preview.ok, [str(p) for p in preview.problems]
    assert [r.row for r in preview.rows] == [4, 5, 6] and preview.mapping.fields[0] == "row_number"
    apply_import(db=db, preview=preview)
    assert db.execute("SELECT count(*) FROM institution").fetchone()[0] == 3


def test_a_signatory_titled_director_is_not_a_signature_row(db, tmp_path):
    path = _csv(tmp_path, [["Name", "Country", "Signatory", "Title (RU)"], ["Customs", "KG", "Иванов И.И.", "Директор"],
                           ["Police", "KG", "Петров П.П.", "Начальник"], ["Health", "KG", "", "Руководитель ____"]], "utf-8")
    preview = prepare_import(db=db, kind="institution", path=path)
    assert [r.row for r in preview.rows] == [2, 3] and [s.row for s in preview.skipped] == [4]


def test_donor_and_programme_lists_in_cyrillic_code_pages(db, tmp_path):
    donors = _csv(tmp_path, [["Список доноров"], [], ["Наименование (англ.)", "Наименование (рус.)", "Краткое наименование"],
                             ["US INL", "Бюро INL Госдепартамента США", "INL"], ["European Union", "Европейский союз", "ЕС"],
                             ["", "Составил ____________"]], "koi8-r", "доноры.csv")
    preview = prepare_import(db=db, kind="donor", path=donors)
    assert preview.ok, [str(p) for p in preview.problems]
    apply_import(db=db, preview=preview)
    assert db.execute("SELECT name_ru, short_name FROM donor WHERE name_en = 'European Union'").fetchone() == ("Европейский союз", "ЕС")
    programmes = _csv(tmp_path, [["Программы УНП ООН"], ["Код", "Название (англ.)", "Название (рус.)", "Доноры"],
                                 ["GLOK31", "Treatnet II", "Тритнет II", "INL; Европейский союз"], ["Итого: 1 программа"]],
                      "cp1251", "программы.csv")
    preview = prepare_import(db=db, kind="programme", path=programmes)
    assert preview.ok, [str(p) for p in preview.problems]
    assert [s.reason for s in preview.skipped] == ["totals"]
    apply_import(db=db, preview=preview)
    programme_id = records.find_id(db=db, kind=records.PROGRAMME, ref="GLOK31")
    assert [d["short_name"] for d in records.programme_donors(db=db, programme_id=programme_id)] == ["INL", "ЕС"]


def _doc_example(heading: str) -> list[str]:
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "docs" / "import-columns.md").read_text(encoding="utf-8")
    after = text[text.index(heading):]
    block = after[after.index("```") + 3:]
    return block[: block.index("```")].strip("\n").split("\n")


def test_the_documented_institution_and_programme_lists_import_as_documented(db, tmp_path):
    institutions = tmp_path / "учреждения.csv"
    institutions.write_bytes(("\r\n".join(_doc_example("**An institution list**")) + "\r\n").encode("cp1251"))
    preview = prepare_import(db=db, kind="institution", path=institutions)
    assert preview.ok, [str(p) for p in preview.problems]
    assert [s.reason for s in preview.skipped] == ["footer"]
    apply_import(db=db, preview=preview)
    assert db.execute("SELECT name_en, country, kind FROM institution ORDER BY id").fetchall() == [
        ("General Prosecutor's Office", "KG", "prosecutor"), ("Republican Narcological Centre", "KG", "health")]
    assert db.execute("SELECT count(*) FROM signatory").fetchone()[0] == 2
    records.create(db=db, kind=records.DONOR, data={"name_en": "US INL", "short_name": "INL"})
    records.create(db=db, kind=records.DONOR, data={"name_en": "European Union", "name_ru": "Европейский союз"})
    programmes = tmp_path / "программы.csv"
    programmes.write_bytes(("\r\n".join(_doc_example("**A donor or programme list**")) + "\r\n").encode("cp1251"))
    preview = prepare_import(db=db, kind="programme", path=programmes)
    assert preview.ok, [str(p) for p in preview.problems]
    assert [s.reason for s in preview.skipped] == ["totals"]
    apply_import(db=db, preview=preview)
    programme_id = records.find_id(db=db, kind=records.PROGRAMME, ref="GLOK31")
    assert [d["name_en"] for d in records.programme_donors(db=db, programme_id=programme_id)] == ["US INL", "European Union"]

"""Sheets written plainly are read by one regular expression over their bytes: exactly what the XML parser and openpyxl
read, and only when every cell and row of the sheet is in the plain form."""

from __future__ import annotations

import zipfile
from datetime import date, datetime

import openpyxl
import pytest

from equipment_desk.core.errors import InputError
from equipment_desk.exchange import tables, xlsx_cells


def _parsed(path, monkeypatch):
    """The sheet as the XML parser reads it (the plain reader switched off)."""
    with monkeypatch.context() as patch:
        patch.setattr(xlsx_cells, "PLAIN_SHEET_BYTES", -1)
        return tables.read_table(path)


def _plain_taken(path):
    """Whether the plain reader read the file's sheet (it gives ``None`` for any other)."""
    with zipfile.ZipFile(path) as archive:
        data = archive.read("xl/worksheets/sheet1.xml")
    return xlsx_cells._plain_sheet(data, strings=["x"] * 1000, date_style=[False] * 10, epoch=None, row_limit=10**6,  # noqa: SLF001
                                   max_columns=200, on_too_many=lambda: ValueError("too many")) is not None


def _tricky_rows():
    return [
        ["Title & more <b> \"quoted\" 'single'"],
        [],
        ["Наименование", "Кол-во", "Цена", "Дата", "Флаг", "Пусто", "Текст"],
        ["Компьютер", 2, 43000.5, datetime(2018, 2, 15), True, None, "  spaces  "],
        ["Принтер\r\nдва ряда", 1.0, 0.1, date(2018, 3, 1), False, None, "line\nbreak"],
        ["", 10**15, 1e-7, 43146, None, None, "tab\there"],
        [None, None, None, None, None, None, "ʻOʻzbekistonʼ ©"],
        ["a", -5, 1.5e300, None, None, None, ""],
        ["'=escaped", "'+7 700", "'plain"],
    ]


@pytest.mark.parametrize("write_only", [False, True], ids=["shared strings", "inline strings"])
@pytest.mark.parametrize("date1904", [False, True])
def test_a_plain_sheet_reads_as_the_parser_and_openpyxl_read_it(tmp_path, monkeypatch, write_only, date1904):
    path = tmp_path / "plain.xlsx"
    workbook = openpyxl.Workbook(write_only=write_only)
    workbook.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904 if date1904 else openpyxl.utils.datetime.CALENDAR_WINDOWS_1900
    sheet = workbook.create_sheet("Реестр") if write_only else workbook.active
    for row in _tricky_rows():
        sheet.append(row)
    if not write_only:
        sheet.cell(row=6, column=4).number_format = "dd.mm.yyyy"
        sheet.cell(row=12, column=3).value = "far below"
        sheet.cell(row=12, column=40).value = "wide"
        sheet.merge_cells("A10:C10")
        sheet["A10"] = "merged"
    workbook.save(path)
    assert _plain_taken(path)
    fast = tables.read_table(path)
    assert fast.rows == _parsed(path, monkeypatch).rows == tables._read_xlsx_openpyxl(path, path.name, tables.MAX_ROWS).rows  # noqa: SLF001
    assert fast.merged == _parsed(path, monkeypatch).merged
    assert dict(fast.rows)[5][0] == "Принтер\nдва ряда"  # line ends as an XML parser gives them
    assert dict(fast.rows)[1][0] == "Title & more <b> \"quoted\" 'single'"
    assert dict(fast.rows)[9] == ["=escaped", "+7 700", "'plain"]  # our exports' apostrophe before a formula sign taken off


def _rewritten(path, tmp_path, change):
    """A copy of ``path`` whose sheet XML is ``change(xml)``."""
    out = tmp_path / f"changed-{path.name}"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            target.writestr(info, change(data) if info.filename == "xl/worksheets/sheet1.xml" else data)
    return out


@pytest.mark.parametrize("change", [
    lambda xml: xml.replace(b'<c r="B2" t="n">', b'<c t="n" r="B2">'),  # attributes in another order
    lambda xml: xml.replace(b"<sheetData>", b"<sheetData><!-- <c r=\"A1\"><v>9</v></c> -->"),
    lambda xml: xml.replace(b'<c r="B2" t="n"><v>', b'<c r="B2" t="n"><f>1+1</f><v>'),
    lambda xml: xml.replace(b'<c r="B2" t="n"><v>1</v></c>', b'<c r="B2" t="n">\n<v>1</v>\n</c>'),
], ids=["attribute order", "comment", "formula", "white space in a cell"])
def test_anything_not_plain_is_left_to_the_parser(tmp_path, monkeypatch, change):
    path = tmp_path / "x.xlsx"
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("S")
    sheet.append(["Name", "Qty"])
    sheet.append(["Chair", 1])
    workbook.save(path)
    assert _plain_taken(path)
    changed = _rewritten(path, tmp_path, change)
    assert not _plain_taken(changed)
    assert tables.read_table(changed).rows == _parsed(changed, monkeypatch).rows


def test_an_entity_xml_does_not_define_is_the_parsers_to_refuse(tmp_path):
    path = tmp_path / "x.xlsx"
    workbook = openpyxl.Workbook(write_only=True)
    workbook.create_sheet("S").append(["Chair"])
    workbook.save(path)
    changed = _rewritten(path, tmp_path, lambda xml: xml.replace(b"<t>Chair</t>", b"<t>Ch&#97;ir &amp; &unknown;</t>"))
    assert not _plain_taken(changed)
    with pytest.raises(InputError, match="cannot be read"):
        tables.read_table(changed)


def test_character_references_are_read_as_the_parser_reads_them(tmp_path, monkeypatch):
    path = tmp_path / "x.xlsx"
    workbook = openpyxl.Workbook(write_only=True)
    workbook.create_sheet("S").append(["Chair"])
    workbook.save(path)
    changed = _rewritten(path, tmp_path, lambda xml: xml.replace(b"<t>Chair</t>", b"<t>Ch&#97;ir &#x41; &lt;&#13;&gt;</t>"))
    assert _plain_taken(changed)
    assert tables.read_table(changed).rows == _parsed(changed, monkeypatch).rows == [(1, ["Chair A <\r>"])]


def test_the_row_limit_is_kept_by_the_plain_reader(tmp_path):
    path = tmp_path / "many.xlsx"
    workbook = openpyxl.Workbook()
    for n in range(30):
        workbook.active.append([n])
    workbook.save(path)
    assert _plain_taken(path)
    with pytest.raises(ValueError, match="too many"):
        xlsx_cells.read_first_sheet(path, row_limit=10, max_columns=200, on_too_many=lambda: ValueError("too many"))


def _excel_like(path, strings, sheet_data):
    """A workbook as Excel writes one: shared strings, cells with a style and a type, a date style (14)."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    package = "http://schemas.openxmlformats.org/package/2006"
    shared = "".join(f"<si><t xml:space=\"preserve\">{text}</t></si>" for text in strings)
    parts = {
        "[Content_Types].xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="{package}/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
        "_rels/.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{package}/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
        '<sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{package}/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>'
        f'<Relationship Id="rId3" Type="{rel}/styles" Target="styles.xml"/></Relationships>',
        "xl/styles.xml": f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{main}"><cellXfs count="2"><xf numFmtId="0"/>'
        '<xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>',
        "xl/sharedStrings.xml": f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{main}" count="{len(strings)}" '
        f'uniqueCount="{len(strings)}">{shared}</sst>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{main}" xmlns:r="{rel}">'
        f'<dimension ref="A1:D4"/><sheetData>{sheet_data}</sheetData><mergeCells count="1"><mergeCell ref="A4:B4"/></mergeCells>'
        '</worksheet>',
    }
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text.encode())
    return path


def test_an_excel_sheet_with_shared_strings_and_styles_reads_as_the_parser_and_openpyxl_read_it(tmp_path, monkeypatch):
    strings = ["Наименование", "Кол-во", "Дата", "'=1+1", "Ноутбук &amp; сумка", "  padded  "]
    sheet_data = ('<row r="1" spans="1:3"><c r="A1" s="0" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
                  '<row r="2" spans="1:4"><c r="A2" t="s"><v>4</v></c><c r="B2" s="0"><v>3</v></c><c r="C2" s="1"><v>43146</v></c>'
                  '<c r="D2" t="s"><v>3</v></c></row>'
                  '<row r="3"><c r="A3" t="s"><v>5</v></c><c r="B3"><v>2.5</v></c><c r="C3" s="1"/><c r="D3" t="b"><v>1</v></c></row>'
                  '<row r="4"><c r="A4" t="str"><v>text &lt;4&gt;</v></c><c r="B4" s="0"/></row>')
    path = _excel_like(tmp_path / "excel.xlsx", strings, sheet_data)
    with zipfile.ZipFile(path) as archive:
        assert xlsx_cells._plain_sheet(archive.read("xl/worksheets/sheet1.xml"), strings=strings, date_style=[False, True],  # noqa: SLF001
                                       epoch=openpyxl.utils.datetime.CALENDAR_WINDOWS_1900, row_limit=100, max_columns=200,
                                       on_too_many=lambda: ValueError("too many")) is not None
    fast = tables.read_table(path)
    assert fast.rows == _parsed(path, monkeypatch).rows == tables._read_xlsx_openpyxl(path, path.name, tables.MAX_ROWS).rows  # noqa: SLF001
    assert fast.rows == [
        (1, ["Наименование", "Кол-во", "Дата"]),
        (2, ["Ноутбук & сумка", 3, datetime(2018, 2, 15), "=1+1"]),  # our exports' apostrophe before a formula sign taken off
        (3, ["  padded  ", 2.5, None, True]),
        (4, ["text <4>"]),
    ]
    assert fast.merged == _parsed(path, monkeypatch).merged == [(4, 1, 4, 2)]

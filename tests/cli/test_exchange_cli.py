"""The data-in/data-out commands: exit 0 when done, 2 with one line per problem and nothing written."""

from __future__ import annotations

import json

import pytest

from equipment_desk.cli import main
from equipment_desk.store import records
from equipment_desk.store.database import open_database


@pytest.fixture
def dbfile(tmp_path):
    path = tmp_path / "desk.sqlite"
    db = open_database(path)
    records.create(db=db, kind=records.PROGRAMME, data={"code": "XAC/Z60", "name_en": "Programme for Central Asia"})
    db.close()
    return path


def run(dbfile, *args):
    return main(["--db", str(dbfile), *map(str, args)])


def count(dbfile, table):
    db = open_database(dbfile)
    try:
        return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        db.close()


def test_items_import_list_export(dbfile, tmp_path, capsys):
    src = tmp_path / "items.csv"
    src.write_text("Category;Наименование;Серийный номер;Кол-во;Цена за ед.;Валюта;Программа\n"
                   "computers;Компьютер;SN-1;50;43 000,00;KGS;XAC/Z60\n", encoding="utf-8-sig")
    assert run(dbfile, "items", "import", src, "--dry-run") == 0
    assert count(dbfile, "item") == 0
    assert run(dbfile, "items", "import", src) == 0
    assert "imported 1 item(s)" in capsys.readouterr().out
    assert run(dbfile, "items", "list", "--format", "json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["name"] == "Компьютер" and listed[0]["unit_value_minor"] == 4300000
    assert run(dbfile, "items", "export", tmp_path / "items.xlsx") == 0
    assert (tmp_path / "items.xlsx").stat().st_size > 0


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("Category;Name;Quantity;Unit value;Currency\noffice;Chair;-1;10;USD\n", "row 2, column 'Quantity'"),
        ("Category;Name;Quantity;Unit value;Currency\noffice;Chair;1;10;XXX\n", "row 2, column 'Currency'"),
        ("Category;Name;Quantity;Unit value;Currency;Programme\noffice;Chair;1;10;USD;NONE\n", "row 2, column 'Programme'"),
        ("not;a;table\n", "no column title was recognised"),
    ],
)
def test_bad_input_exits_2_and_writes_nothing(dbfile, tmp_path, capsys, content, expected):
    src = tmp_path / "bad.csv"
    src.write_text(content, encoding="utf-8")
    assert run(dbfile, "items", "import", src) == 2
    assert expected in capsys.readouterr().err
    assert count(dbfile, "item") == 0


def test_missing_file_and_wrong_kind_of_file(dbfile, tmp_path, capsys):
    assert run(dbfile, "items", "import", tmp_path / "nope.xlsx") == 2
    assert "does not exist" in capsys.readouterr().err
    fake = tmp_path / "fake.xlsx"
    fake.write_text("Name,Qty\n", encoding="utf-8")
    assert run(dbfile, "items", "import", fake) == 2
    assert "not an XLSX" in capsys.readouterr().err


def test_map_and_defaults(dbfile, tmp_path, capsys):
    src = tmp_path / "odd.csv"
    src.write_text("Kind,What,How many,Cost\noffice,Chair,2,10.50\n", encoding="utf-8")
    assert run(dbfile, "items", "import", src, "--map", "Kind=category", "--map", "2=name", "--map", "How many=quantity",
               "--map", "Cost=unit_value", "--currency", "USD") == 0
    assert count(dbfile, "item") == 1


def test_institutions_and_programmes(dbfile, tmp_path, capsys):
    src = tmp_path / "inst.csv"
    src.write_text("Name;Наименование;Country;Signatory\nGPO;Генпрокуратура;KG;Азизбек Усубалиев\n", encoding="utf-8")
    assert run(dbfile, "institutions", "import", src) == 0
    assert count(dbfile, "signatory") == 1
    assert run(dbfile, "institutions", "list") == 0
    assert "Азизбек Усубалиев" in capsys.readouterr().out
    assert run(dbfile, "programmes", "list") == 0
    assert "XAC/Z60" in capsys.readouterr().out


@pytest.fixture
def demofile(tmp_path):
    from equipment_desk.store.demo import load_demo

    path = tmp_path / "demo.sqlite"
    db = open_database(path)
    load_demo(db=db)
    db.close()
    return path


def test_reports(demofile, tmp_path, capsys):
    assert run(demofile, "report", "--by", "programme,country", "--xlsx", tmp_path / "r.xlsx") == 0
    out = capsys.readouterr().out
    assert "GLO/K32" in out and "Total" in out and (tmp_path / "r.xlsx").exists()
    assert run(demofile, "report", "unsigned", "--days", "30") == 0
    assert "ROCA-2018-0005" in capsys.readouterr().out
    assert run(demofile, "report", "--by", "colour") == 2
    assert run(demofile, "export", "acts", tmp_path / "acts.xlsx") == 0
    assert run(demofile, "export", "lines", tmp_path / "lines.csv", "--status", "signed") == 0
    assert run(demofile, "donor-report", "--programme", "XAC/Z60", "--from", "2018-01-01", "--to", "2018-12-31", "-o", tmp_path / "d.pdf") == 0
    assert (tmp_path / "d.pdf").read_bytes().startswith(b"%PDF")


def test_backup_restore_and_sync(demofile, tmp_path, capsys):
    assert run(demofile, "backup", "--to", tmp_path / "b") == 0
    made = sorted((tmp_path / "b").glob("*.sqlite"))
    assert len(made) == 1
    assert run(demofile, "sync", "export", tmp_path / "all.zip", "--office", "BISH") == 0
    other = tmp_path / "other.sqlite"
    assert run(other, "sync", "import", tmp_path / "all.zip", "--dry-run") == 0
    assert count(other, "act") == 0
    assert run(other, "sync", "import", tmp_path / "all.zip") == 0
    assert count(other, "act") == 9
    (tmp_path / "broken.zip").write_bytes((tmp_path / "all.zip").read_bytes()[:500])
    assert run(other, "sync", "import", tmp_path / "broken.zip") == 2
    assert "truncated" in capsys.readouterr().err
    assert run(other, "restore", made[0]) == 0
    assert run(other, "restore", tmp_path / "all.zip") == 2


def test_a_200_mb_csv_is_refused_without_reading_it(dbfile, tmp_path, capsys):
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as handle:
        handle.write(b"Category;Name;Quantity;Unit value;Currency\n")
        handle.truncate(200 * 1024 * 1024)  # sparse: no time or disk spent
    assert run(dbfile, "items", "import", huge) == 2
    assert "too large" in capsys.readouterr().err
    assert count(dbfile, "item") == 0


def test_unknown_donor_or_programme_exits_2_with_one_line(demofile, capsys):
    for option, value, message in (("--donor", "Nobody", "no donor named Nobody"), ("--programme", "NOPE", "no programme with the code NOPE")):
        assert run(demofile, "report", option, value) == 2
        captured = capsys.readouterr()
        assert captured.err.strip().splitlines() == [f"error: {message}"]
        assert captured.out == ""


def test_by_donor_report_says_how_co_funded_programmes_count(demofile, tmp_path, capsys):
    from equipment_desk.analytics.reports import CO_FUNDED_NOTE, ONE_DONOR_NOTE

    assert run(demofile, "report", "--by", "donor", "--xlsx", tmp_path / "d.xlsx") == 0
    assert f"* {CO_FUNDED_NOTE[0]}" in capsys.readouterr().out
    assert run(demofile, "report", "--by", "programme", "--donor", "Government of Japan", "--lang", "ru") == 0
    assert f"* {ONE_DONOR_NOTE[1]}" in capsys.readouterr().out
    assert run(demofile, "report", "--by", "programme") == 0
    assert "several donors" not in capsys.readouterr().out


def test_russian_lists_and_reports_show_words_not_codes(demofile, capsys):
    assert run(demofile, "items", "list", "--lang", "ru") == 0
    out = capsys.readouterr().out
    assert "Компьютеры и оргтехника" in out and "шт." in out and "Передано" in out
    for code in ("computers", " pcs ", "handed_over", "partly_handed_over", "in_stock"):
        assert code not in out
    assert run(demofile, "report", "--by", "country,category", "--lang", "ru") == 0
    out = capsys.readouterr().out
    assert out.startswith("Страна \\ Категория (USD)")
    assert "Кыргызстан" in out and "Компьютеры и оргтехника" in out and "Итого" in out
    assert "computers" not in out and "Total" not in out


def test_russian_csv_export_opens_in_russian_excel_and_imports_again(demofile, tmp_path):
    columns = "SELECT category, name, serial_number, unit, unit_value_minor, currency, condition FROM item ORDER BY id"
    demo = open_database(demofile)
    expected = demo.execute(columns).fetchall()
    codes = [c for (c,) in demo.execute("SELECT code FROM programme")]
    demo.close()
    value = expected[0][4]
    path = tmp_path / "items.csv"
    assert run(demofile, "items", "export", path, "--lang", "ru") == 0
    text = path.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")
    lines = text.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("ID;Категория;Наименование (рус.);Наименование (англ.);")
    assert f";{value // 100},{value % 100:02d};" in lines[1]
    english = tmp_path / "items-en.csv"
    assert run(demofile, "items", "export", english) == 0
    assert f",{value // 100}.{value % 100:02d}," in english.read_text(encoding="utf-8-sig").splitlines()[1]
    for source in (path, english):
        target = tmp_path / f"again-{source.stem}.sqlite"
        db = open_database(target)
        for code in codes:
            records.create(db=db, kind=records.PROGRAMME, data={"code": code, "name_en": code})
        db.close()
        assert run(target, "items", "import", source) == 0
        db = open_database(target)
        got = db.execute(columns).fetchall()
        db.close()
        assert got == expected


def test_institutions_list_counts_institutions_not_signatory_rows(dbfile, tmp_path, capsys):
    src = tmp_path / "inst.csv"
    src.write_text("Name;Country;Signatory\nGPO;KG;A\nGPO;KG;B\nSCC;UZ;\n", encoding="utf-8")
    assert run(dbfile, "institutions", "import", src) == 0
    capsys.readouterr()
    assert run(dbfile, "institutions", "list") == 0
    assert capsys.readouterr().out.strip().splitlines()[-1] == "(2 institutions, 2 signatories)"
    assert run(dbfile, "institutions", "list", "--lang", "ru") == 0
    assert capsys.readouterr().out.strip().splitlines()[-1] == "(2 учреждения, 2 подписанта)"


def test_sync_import_lists_refusals_in_english(demofile, dbfile, tmp_path, capsys):
    """dbfile holds another programme under the code XAC/Z60: the bundle's is refused, and so is what refers to it."""
    assert run(demofile, "sync", "export", tmp_path / "all.zip") == 0
    capsys.readouterr()
    assert run(dbfile, "sync", "import", tmp_path / "all.zip", "--dry-run") == 2
    out = capsys.readouterr()
    lines = out.out.splitlines()
    assert "to refuse" in lines[0]
    assert "nothing was written" in out.err and "merged whole or not at all" in out.err
    db = open_database(dbfile)
    uuid = db.execute("SELECT uuid FROM programme WHERE code = 'XAC/Z60'").fetchone()[0]
    db.close()
    assert f"  refuse programme XAC/Z60: conflict: another programme here ({uuid}) has the code XAC/Z60" in lines
    assert "  refuse item Desktop computer with 22\" monitor, keyboard and mouse (CZC8021001): the programme it refers to was left out" in lines
    assert count(dbfile, "item") == 0
    assert run(dbfile, "sync", "import", tmp_path / "all.zip") == 2
    out = capsys.readouterr()
    assert f"  refuse programme XAC/Z60: conflict: another programme here ({uuid}) has the code XAC/Z60" in out.out.splitlines()
    assert "nothing was written" in out.err
    assert count(dbfile, "item") == 0 and count(dbfile, "act") == 0

"""What imports remember — column mappings by header and the office's category words — listed, edited and forgotten."""

from __future__ import annotations

import pytest

from equipment_desk.cli import main as cli_main
from equipment_desk.core.errors import InputError
from equipment_desk.exchange import remembered
from equipment_desk.exchange.importers import import_file


def _file(tmp_path, name, header):
    path = tmp_path / name
    path.write_text(header + "\nСтол;office;1;100;KGS;x\n", encoding="utf-8")
    return path


def test_mappings_are_listed_by_header_and_forgotten(db, tmp_path):
    import_file(db=db, kind="item", path=_file(tmp_path, "a.csv", "Name;Category;Qty;Price;Currency;Junk"),
                mapping={0: "name", 1: "category", 2: "quantity", 3: "unit_value", 4: "currency"})
    import_file(db=db, kind="item", path=_file(tmp_path, "b.csv", "Наименование;Категория;Кол-во;Цена;Валюта;Примечание"),
                date_order="dmy")
    kept = remembered.remembered_mappings(db=db, kind="item")
    assert [m.titles[0] for m in kept] == ["Name", "Наименование"]
    assert kept[0].read_as()[-1] == ("Junk", None) and kept[0].date_order is None
    assert kept[1].fields[5] == "notes" and kept[1].date_order == "dmy"
    assert remembered.remembered_mappings(db=db, kind="institution") == []
    with pytest.raises(InputError, match="no remembered mapping is listed as nope"):
        remembered.forget_mappings(db=db, keys=[kept[0].key, "nope"], kind="item")
    assert len(remembered.remembered_mappings(db=db)) == 2  # nothing was forgotten
    assert remembered.forget_mappings(db=db, keys=[kept[0].key], kind="item") == 1
    assert [m.key for m in remembered.remembered_mappings(db=db)] == [kept[1].key]
    assert remembered.forget_mappings(db=db) == 1 and remembered.remembered_mappings(db=db) == []


def test_the_office_words_are_replaced_as_the_window_table_shows_them(db):
    remembered.set_office_categories(db=db, words={"Laptops": "computers", "Chairs": "office"})
    words = remembered.replace_office_categories(db=db, rows=[("Laptops", "office"), ("", ""), ("Кресла", "office")])
    assert words == {"laptops": ("Laptops", "office"), "кресла": ("Кресла", "office")}  # Chairs deleted, Laptops changed
    for rows, message in [([("Laptops", "")], "choose the category the word Laptops means"),
                          ([("", "office")], "a category without a word"),
                          ([("Laptops", "office"), ("LAPTOPS", "computers")], r"listed twice \(row 1\)"),
                          ([("Laptops", "chairs")], "chairs is not a category")]:
        with pytest.raises(InputError, match=message):
            remembered.replace_office_categories(db=db, rows=rows)
    assert remembered.office_categories(db=db) == words  # a refused edit changes nothing


def test_cli_lists_and_forgets_mappings(tmp_path, capsys):
    def cli(*argv):
        return cli_main(["--db", str(tmp_path / "desk.sqlite"), *argv])

    path = _file(tmp_path, "a.csv", "Name;Category;Qty;Price;Currency;Junk")
    assert cli("items", "mappings") == 0
    assert "no mappings remembered for item imports yet" in capsys.readouterr().out
    assert cli("items", "import", str(path), "--map", "Junk=", "--date-order", "mdy") == 0
    capsys.readouterr()
    assert cli("items", "mappings") == 0
    out = capsys.readouterr().out
    key = out.split()[0]
    assert "(dates mdy):" in out and "'Qty' -> quantity" in out and "'Junk' -> (ignored)" in out
    assert cli("institutions", "mappings") == 0 and "no mappings remembered" in capsys.readouterr().out
    assert cli("items", "mappings", "--forget", "zzz") == 2
    assert "no remembered mapping is listed as zzz" in capsys.readouterr().err
    assert cli("items", "mappings", "--forget", key) == 0 and "forgot 1 mapping(s)" in capsys.readouterr().out
    assert cli("items", "mappings") == 0 and "no mappings remembered" in capsys.readouterr().out
    assert cli("items", "import", str(path), "--dry-run") == 0
    assert "columns (guessed)" in capsys.readouterr().out

"""Every field an export carries comes back on import: a varied register, built through the store's own functions,
exported in each format and language and imported into an empty database, gives the same records, row by row.

Only what is legitimately new is left out of the comparison: row ids (references are compared by what they name),
UUIDs and time stamps.  What follows from acts (handed over, available, the status of an item on an act) is not
part of a list: acts are not imported from a list."""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from equipment_desk.exchange.export import export_list
from equipment_desk.exchange.importers import import_file
from equipment_desk.store import records
from equipment_desk.store.database import open_database

NEW_ON_IMPORT = {"id", "uuid", "created_at", "updated_at"}
KINDS_IN_ORDER = ("donor", "programme", "institution", "item")
"""The order an office imports its lists in (a programme names its donors, an item its programme)."""

# Texts each column may hold: Cyrillic, Latin, quotes, separators, formula-like starts, line breaks, empty.
RU = ["Генеральная прокуратура", "Ёлка «Север»; склад", "=СУММ(А1)", "-5 градусов", "Щётка, 2 шт.", ""]
EN = ["Customs Service", "O'Neil \"Lab\"; room 4", "+996 312 000000", "@home", "line one\nline two", ""]
NATIONAL = {"kk": ["Кеден қызметі", "Әкімдік", ""], "ky": ["Бажы кызматы", "Өкмөт үйү", ""], "tg": ["Хадамоти гумрук", "Вазорати ҳифз", ""],
            "uz": ["Bojxona qoʻmitasi", "Sogʻliqni saqlash", ""], "uz_cyrl": ["Божхона қўмитаси", "Соғлиқни сақлаш", ""],
            "tk": ["Gümrük gullugy", "Saglygy goraýyş", ""]}
PEOPLE = [  # (Russian, English, national in Cyrillic, national in Latin)
    ("Усубалиев Азизбек", "Azizbek Usubaliev", "Усубалиев Азизбек", "Azizbek Usubaliyev"),
    ("Куттниг Кристина", "Kristina Kuttnig", "Куттниг Кристина", "Kristina Kuttnig"),
    ("Каримова Дилноза Рустамовна", "Dilnoza Karimova", "Каримова Дилноза", "Dilnoza Karimova"),
    ("", "John O'Brien", "", ""),
]
TITLES = [("Начальник управления правовой статистики", "Head of the Legal Statistics Unit", "Бөлүм башчысы", "Boʻlim boshligʻi"),
          ("Председатель", "Chair", "Раис", "Rais"),
          ("Директор", "Director", "Директор", "Direktor"), ("", "", "", "")]


class Drawn:
    """Choices made by Hypothesis (a property test) ..."""

    def __init__(self, draw: Any) -> None:
        self.draw = draw

    def choice(self, options: list[Any]) -> Any:
        return self.draw(st.sampled_from(options))

    def flag(self) -> bool:
        return self.draw(st.booleans())

    def number(self, low: int, high: int) -> int:
        return self.draw(st.integers(low, high))

    def subset(self, options: list[Any]) -> list[Any]:
        return self.draw(st.lists(st.sampled_from(options), unique=True, max_size=len(options))) if options else []


class Seeded(Drawn):
    """... or by a seeded generator (one fixed register per seed, for each format and language)."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)

    def choice(self, options: list[Any]) -> Any:
        return self.random.choice(options)

    def flag(self) -> bool:
        return self.random.random() < 0.5

    def number(self, low: int, high: int) -> int:
        return self.random.choice([low, high, self.random.randint(low, high)])

    def subset(self, options: list[Any]) -> list[Any]:
        return self.random.sample(options, self.random.randint(0, len(options)))


def _nationals(pick: Drawn, prefix: str) -> dict[str, str]:
    return {f"{prefix}_{code}": pick.choice(texts) for code, texts in NATIONAL.items() if pick.flag()}


def build_register(pick: Drawn) -> Any:
    """A register of every kind, each optional field sometimes empty and sometimes full."""
    db = open_database(memory=True)
    donors = []
    for n in range(pick.number(1, 3)):
        donors.append(records.create(db=db, kind=records.DONOR, data={
            "name_en": f"Donor {n} {pick.choice(EN)}".strip(), "name_ru": pick.choice(RU), "short_name": pick.choice(["", "INL", "ЕС"]),
            "country": pick.choice(["", "Japan", "Япония"]), "notes": pick.choice(EN + RU), **_nationals(pick, "name")})["id"])
    programmes = []
    for n in range(pick.number(1, 3)):
        chosen = pick.subset(donors)
        programmes.append(records.save_programme(db=db, programme_id=None, donor_ids=chosen, values={
            "code": f"XAC/Z6{n}", "name_en": f"Programme {n}", "name_ru": pick.choice(RU), "sub_programme": pick.choice(["", "1", "2"]),
            "notes": pick.choice(EN + RU), **_nationals(pick, "name")}))
    for n in range(pick.number(1, 3)):
        names = {"name_en": f"Institution {n} {pick.choice(EN)}".strip() if pick.flag() else "",
                 "name_ru": pick.choice(RU), **_nationals(pick, "name")}
        if not any(names.values()):
            names["name_ru"] = f"Учреждение {n}"
        names = _unique_name(names, n)
        people = []
        for m, (ru, en, cyrl, latn) in enumerate(pick.subset(PEOPLE)):  # an import refuses one person twice
            title_ru, title_en, title_cyrl, title_latn = pick.choice(TITLES)
            person = {"name_ru": ru, "name_en": f"{en} {m}" if en else "", "title_ru": title_ru, "title_en": title_en,
                      "authority_ru": pick.choice(["Положения", ""]), "authority_en": pick.choice(["the Regulation", ""]),
                      "active": pick.flag()}
            if not ru and not en:
                person["name_en"] = f"Person {m}"
            for code in ("ky", "kk", "tg", "uz_cyrl"):
                if cyrl and pick.flag():
                    person[f"name_{code}"] = cyrl
                if title_cyrl and (code == "ky" or "ө" not in title_cyrl) and pick.flag():
                    person[f"title_{code}"] = title_cyrl
            for code in ("uz", "tk"):
                if latn and pick.flag():
                    person[f"name_{code}"] = latn
                if title_latn and code == "uz" and pick.flag():
                    person[f"title_{code}"] = title_latn
            if pick.flag():  # the gender and the genitive forms as corrected by hand
                person["gender"] = pick.choice(["m", "f", ""])
                person["name_ru_genitive"] = pick.choice(["", "Куттниг Кристины", "Усубалиева А."])
                person["title_ru_genitive"] = pick.choice(["", "директора", "начальника управления"])
            people.append(person)
        records.save_institution(db=db, institution_id=None, signatories=people, values={
            **names, "country": pick.choice(["KG", "KZ", "UZ", "TJ", "TM"]), "city_en": pick.choice(["", "Bishkek"]),
            "city_ru": pick.choice(["", "г. Бишкек"]), "region": pick.choice(["", "Chui", "Чуйская"]),
            "kind": pick.choice(list(records.INSTITUTION_KINDS)), "address": pick.choice(EN + RU), "phone": pick.choice(["", "+996 312 62-00-00"]),
            "email": pick.choice(["", "info@example.kg"]), "contact_person": pick.choice(["", "А. Усубалиев"]), "notes": pick.choice(EN + RU)})
    for n in range(pick.number(1, 5)):
        names = {"name_ru": pick.choice(["Ноутбук", "Сканер «Эпсон»", ""]), "name_en": pick.choice(["Laptop", "Scanner 'Epson'", ""]),
                 **_nationals(pick, "name")}
        if not names["name_ru"] and not names["name_en"]:
            names["name_en"] = f"Item {n}"
        item = records.create(db=db, kind=records.ITEM, data={
            **names, "category": pick.choice(list(records.ITEM_CATEGORIES)), "model": pick.choice(["", "HP ProBook 450 G5", "=A1"]),
            "serial_number": pick.choice([None, f"SN-{n:03d}", f"ЗН{n}"]), "inventory_number": pick.choice([None, f"UNODC-KG-{n:04d}"]),
            "unit": pick.choice(["pcs", "set", "kit", "pair", "pack", "m", "kg", "l"]), "quantity": pick.number(1, 1000),
            "unit_value_minor": pick.number(0, 10**12), "currency": pick.choice(["KGS", "UZS", "KZT", "TJS", "TMT", "USD", "EUR"]),
            "acquisition_date": pick.choice([None, "2018-02-15", "2021-12-31"]), "condition": pick.choice(list(records.ITEM_CONDITIONS)),
            "programme_id": pick.choice([None, *programmes]), "notes": pick.choice(EN + RU)})
        if pick.flag():
            records.write_off(db=db, item_id=item["id"], reason=pick.choice(["Сломан при перевозке", "stolen; police report 12"]))
    return db


def _unique_name(names: dict[str, str], n: int) -> dict[str, str]:
    """Institutions are told apart by their name and country: give each its own."""
    for key in ("name_en", "name_ru", *(f"name_{code}" for code in NATIONAL)):
        if names.get(key):
            names[key] = f"{names[key]} {n}".replace("\n", " ")
            break
    return names


INSTITUTION_NAMES = ", ".join(["name_en", "name_ru", *(f"name_{code}" for code in NATIONAL)])


def _rows(db: Any, table: str) -> list[tuple]:
    """Every stored row of ``table`` without what an import makes anew, references as what they name, in a fixed order."""
    cursor = db.execute(f"SELECT * FROM {table}")
    names = [d[0] for d in cursor.description]
    rows = []
    for values in cursor.fetchall():
        row = {k: v for k, v in zip(names, values) if k not in NEW_ON_IMPORT}
        if "programme_id" in row and table != "programme_donor":
            row["programme_id"] = db.execute("SELECT code FROM programme WHERE id = ?", [row["programme_id"]]).fetchone()
        if "institution_id" in row:
            row["institution_id"] = db.execute(f"SELECT {INSTITUTION_NAMES}, country FROM institution WHERE id = ?",
                                               [row["institution_id"]]).fetchone()
        if table == "programme_donor":
            row = {"programme": db.execute("SELECT code FROM programme WHERE id = ?", [row.pop("programme_id")]).fetchone(),
                   "donor": db.execute("SELECT name_en FROM donor WHERE id = ?", [row.pop("donor_id")]).fetchone(), **row}
        rows.append(tuple(sorted(row.items())))
    return sorted(rows, key=repr)


COMPARED_TABLES = ("donor", "programme", "programme_donor", "institution", "signatory", "item")


def export_and_import(source: Any, tmp_path: Any, fmt: str, lang: str) -> Any:
    target = open_database(memory=True)
    for kind in KINDS_IN_ORDER:
        path = tmp_path / f"{kind}-{lang}.{fmt}"
        export_list(db=source, kind=kind, path=path, lang=lang)
        import_file(db=target, kind=kind, path=path)
    return target


def assert_same_records(source: Any, target: Any) -> None:
    for table in COMPARED_TABLES:
        expected, got = _rows(source, table), _rows(target, table)
        missing = [dict(row) for row in expected if row not in got]
        extra = [dict(row) for row in got if row not in expected]
        differences = [{key: (row[key], other.get(key)) for key in row if row[key] != other.get(key)}
                       for row, other in zip(missing, extra)]
        assert not missing and not extra, (table, differences or missing or extra)
        assert got == expected, table


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.data(), fmt=st.sampled_from(["xlsx", "csv"]), lang=st.sampled_from(["en", "ru"]))
def test_every_list_exported_and_imported_again_gives_the_same_records(tmp_path_factory, data, fmt, lang):
    source = build_register(Drawn(data.draw))
    target = export_and_import(source, tmp_path_factory.mktemp("lists"), fmt, lang)
    assert_same_records(source, target)


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_each_format_and_language_round_trips_a_register(tmp_path, fmt, lang, seed):
    source = build_register(Seeded(seed))
    assert_same_records(source, export_and_import(source, tmp_path, fmt, lang))


# --- the losses found, each once on purpose ------------------------------------------------------------------------

def _losses_once_seen() -> Any:
    """A register with each value that an export once dropped or an import once refused."""
    db = open_database(memory=True)
    japan = records.create(db=db, kind=records.DONOR, data={"name_en": "Government of Japan; JICA", "name_ru": "Правительство Японии"})
    union = records.create(db=db, kind=records.DONOR, data={"name_en": "European Union\nEU delegation", "short_name": "ЕС"})
    records.save_programme(db=db, programme_id=None, values={"code": "GLOK31", "name_en": "Treatnet II"}, donor_ids=[union["id"], japan["id"]])
    saved = records.save_institution(db=db, institution_id=None, values={"name_ky": "Бажы кызматы", "country": "KG", "kind": "customs"},
                                     signatories=[
        # the gender chosen against the guess from the surname, the genitive forms corrected by hand, no longer signing
        {"name_ru": "Осмонов Саша", "name_en": "Sasha Osmonov", "gender": "f", "name_ru_genitive": "Осмонов Саши",
         "title_ru": "Директор", "title_ru_genitive": "директора Агентства", "active": False},
        {"name_ru": "Усубалиев Азизбек", "name_en": "Azizbek Usubaliev", "title_ru": "Начальник управления"}])
    records.update(db=db, kind=records.SIGNATORY, record_id=saved["signatory_ids"][1], changes={"gender": ""})  # cleared by hand
    for serial in ("WO-1", "WO-2"):
        records.create(db=db, kind=records.ITEM, data={"category": "computers", "name_en": "Laptop", "serial_number": serial, "quantity": 3,
                                                       "unit_value_minor": 150_000, "currency": "USD"})
    records.write_off(db=db, item_id=1, reason="Разбит при перевозке; акт № 5")
    return db


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_each_loss_once_seen_comes_back(tmp_path, fmt, lang):
    source = _losses_once_seen()
    target = export_and_import(source, tmp_path, fmt, lang)
    assert_same_records(source, target)
    people = target.execute("SELECT name_ru, gender, name_ru_genitive, title_ru_genitive, active FROM signatory ORDER BY name_ru").fetchall()
    assert people == [("Осмонов Саша", "f", "Осмонов Саши", "директора Агентства", 0),
                      ("Усубалиев Азизбек", "", "Усубалиев Азизбек", "начальника управления", 1)]  # no gender: not declined
    assert target.execute("SELECT name_en, name_ru, name_ky FROM institution").fetchall() == [("", "", "Бажы кызматы")]
    assert target.execute("SELECT serial_number, written_off, written_off_reason FROM item ORDER BY serial_number").fetchall() == [
        ("WO-1", 1, "Разбит при перевозке; акт № 5"), ("WO-2", 0, "")]
    assert target.execute("SELECT d.name_en FROM programme_donor pd JOIN donor d ON d.id = pd.donor_id ORDER BY pd.position").fetchall() == [
        ("European Union\nEU delegation",), ("Government of Japan; JICA",)]


NEW_COLUMNS = {"Written off", "Write-off reason", "Signatory gender", "Signatory in the genitive (RU)",
               "Signatory title in the genitive (RU)", "Signs acts"}


def _without_columns(path: Any, titles: set[str]) -> int:
    """Take the columns of ``titles`` out of a CSV; returns how many were taken out."""
    import csv

    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    keep = [index for index, title in enumerate(rows[0]) if title not in titles]
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows([[row[index] for index in keep] for row in rows])
    return len(rows[0]) - len(keep)


def test_an_export_made_before_these_columns_still_imports(tmp_path):
    """A file without the new columns: each record as before, the new fields as a new record has them."""
    source = _losses_once_seen()
    target = open_database(memory=True)
    for kind in KINDS_IN_ORDER:
        path = tmp_path / f"{kind}.csv"
        export_list(db=source, kind=kind, path=path)
        assert _without_columns(path, NEW_COLUMNS) == {"item": 2, "institution": 4}.get(kind, 0)
        import_file(db=target, kind=kind, path=path)
    people = target.execute("SELECT name_ru, gender, name_ru_genitive, title_ru_genitive, active FROM signatory ORDER BY name_ru").fetchall()
    assert people == [("Осмонов Саша", "m", "Осмонова Саши", "директора", 1),
                      ("Усубалиев Азизбек", "m", "Усубалиева Азизбека", "начальника управления", 1)]
    assert target.execute("SELECT serial_number, written_off, written_off_reason FROM item ORDER BY serial_number").fetchall() == [
        ("WO-1", 0, ""), ("WO-2", 0, "")]
    for table in ("donor", "programme", "programme_donor", "institution"):
        assert _rows(target, table) == _rows(source, table), table


def test_bad_values_in_the_new_columns_are_refused_naming_row_and_column(tmp_path):
    from equipment_desk.core.errors import InputError
    from tests.exchange.conftest import table_counts

    target = open_database(memory=True)
    institutions = tmp_path / "institutions.csv"
    institutions.write_text("Name (EN),Country,Signatory,Signatory gender,Signs acts\n"
                            "Customs Service,KG,Azizbek Usubaliev,man,yes\n"
                            "Drug Control Agency,KG,Aigul Osmonova,maybe,perhaps\n", encoding="utf-8-sig")
    with pytest.raises(InputError) as refused:
        import_file(db=target, kind="institution", path=institutions)
    text = str(refused.value)
    assert "row 3, column 'Signatory gender': is not a gender" in text and "(got 'maybe')" in text
    assert "row 3, column 'Signs acts': must be yes or no" in text
    assert "row 2" not in text
    items = tmp_path / "items.csv"
    items.write_text("Category;Name;Quantity;Unit value;Currency;Списано;Причина списания\n"
                     "computers;Laptop;1;100;USD;да;\n"
                     f"computers;Scanner;1;100;USD;иногда;{'x' * 1001}\n", encoding="utf-8-sig")
    with pytest.raises(InputError) as refused:
        import_file(db=target, kind="item", path=items)
    text = str(refused.value)
    assert "row 3, column 'Списано': must be yes or no" in text
    assert "row 3, column 'Причина списания'" in text and "1000" in text
    assert set(table_counts(target).values()) == {0}


def test_an_item_written_off_without_a_reason_is_imported_with_a_warning(tmp_path):
    from equipment_desk.exchange.importers import apply_import, prepare_import

    target = open_database(memory=True)
    items = tmp_path / "items.csv"
    items.write_text("Category,Name,Quantity,Unit value,Currency,Written off\ncomputers,Laptop,1,100,USD,yes\n"
                     "computers,Mouse,1,5,USD,no\n", encoding="utf-8-sig")
    preview = prepare_import(db=target, kind="item", path=items)
    assert preview.ok
    assert [p.text() for p in preview.warnings] == ["1 item(s) are written off without a reason (rows 2)"]
    apply_import(db=target, preview=preview)
    assert target.execute("SELECT name_en, written_off, written_off_reason FROM item ORDER BY id").fetchall() == [
        ("Laptop", 1, ""), ("Mouse", 0, "")]


@pytest.mark.parametrize("seed", [None, 1, 2, 3])
def test_a_bundle_between_laptops_carries_the_same_fields(tmp_path, seed):
    """Bundles copy whole rows: what a list file now carries, a bundle carried already."""
    from equipment_desk.exchange.sync import export_bundle, import_bundle

    source = _losses_once_seen() if seed is None else build_register(Seeded(seed))
    path = tmp_path / "office.zip"
    export_bundle(db=source, path=path)
    target = open_database(memory=True)
    assert import_bundle(db=target, path=path).applied
    assert_same_records(source, target)


def test_a_signatory_name_in_the_wrong_script_is_refused_as_the_store_refuses_it(tmp_path):
    from equipment_desk.core.errors import InputError

    target = open_database(memory=True)
    path = tmp_path / "institutions.csv"
    path.write_text("Name (EN),Country,Signatory (RU),Signatory (EN)\nCustoms,KG,Azizbek Usubaliev,Усубалиев Азизбек\n", encoding="utf-8-sig")
    with pytest.raises(InputError) as refused:
        import_file(db=target, kind="institution", path=path)
    text = str(refused.value)
    assert "row 2, column 'Signatory (RU)': is in Latin letters" in text
    assert "row 2, column 'Signatory (EN)': is in Cyrillic letters" in text
    assert target.execute("SELECT count(*) FROM institution").fetchone() == (0,)

"""Export a list, import the file into a fresh database: the same records, every language's name included."""

from __future__ import annotations

import pytest

from equipment_desk.core.errors import InputError
from equipment_desk.exchange.export import export_list
from equipment_desk.exchange.importers import import_file
from equipment_desk.store import records
from equipment_desk.store.database import open_database
from equipment_desk.store.demo import load_demo

NATIONAL = "name_kk, name_ky, name_tg, name_uz, name_uz_cyrl, name_tk"
COMPARED = {
    "donor": f"SELECT name_en, name_ru, short_name, country, notes, {NATIONAL} FROM donor ORDER BY name_en",
    "programme": f"""SELECT p.code, p.name_en, p.name_ru, p.sub_programme, p.notes, {NATIONAL.replace('name_', 'p.name_')},
                            (SELECT group_concat(d.name_en, '; ') FROM programme_donor pd JOIN donor d ON d.id = pd.donor_id
                              WHERE pd.programme_id = p.id) FROM programme p ORDER BY p.code""",
    "institution": f"""SELECT name_en, name_ru, country, city_en, city_ru, region, kind, address, phone, email, contact_person, notes,
                              {NATIONAL} FROM institution ORDER BY name_en, country""",
    "signatory": f"""SELECT i.name_en, s.full_name, s.name_ru, s.name_en, s.title_en, s.title_ru, s.authority_en, s.authority_ru,
                            {NATIONAL.replace('name_', 's.name_')},
                            s.title_kk, s.title_ky, s.title_tg, s.title_uz, s.title_uz_cyrl, s.title_tk,
                            s.authority_kk, s.authority_ky, s.authority_tg, s.authority_uz, s.authority_uz_cyrl, s.authority_tk
                       FROM signatory s JOIN institution i ON i.id = s.institution_id ORDER BY i.name_en, s.full_name""",
    "item": f"""SELECT i.category, i.name, i.name_ru, i.name_en, {NATIONAL.replace('name_', 'i.name_')}, i.model, i.serial_number,
                       i.inventory_number, i.unit, i.quantity, i.unit_value_minor, i.currency, i.acquisition_date, i.condition,
                       p.code, i.notes
                  FROM item i LEFT JOIN programme p ON p.id = i.programme_id ORDER BY i.serial_number, i.inventory_number, i.name""",
}


def _source():
    db = open_database(memory=True)
    load_demo(db=db, national=True)
    programme = db.execute("SELECT id FROM programme ORDER BY id LIMIT 1").fetchone()[0]
    for data in (
        # a Russian name in Latin letters and an English one: each stays in its language
        {"name_ru": "HP LaserJet Pro M404dn", "name_en": "Laser printer HP LaserJet Pro M404dn", "serial_number": "RT-1"},
        {"name_ru": "Сканер штрихкодов", "serial_number": "RT-2"},  # Russian only
        {"name_en": "Barcode scanner", "serial_number": "RT-3", "name_kk": "Штрихкод сканері", "name_ky": "Штрих-код сканери",
         "name_tg": "Сканери штрихкод", "name_uz": "Shtrix-kod skaneri", "name_uz_cyrl": "Штрих-код сканери", "name_tk": "Ştrih-kod skaneri"},
        {"name_en": "Монитор", "name_ru": "Монитор Dell", "serial_number": "RT-4"},  # an English name in Cyrillic, as typed
    ):
        records.create(db=db, kind=records.ITEM, data={"category": "computers", "quantity": 2, "unit_value_minor": 1234567,
                                                        "currency": "KZT", "programme_id": programme, **data})
    inst = records.create(db=db, kind=records.INSTITUTION, data={"name_en": "Customs Service", "name_ru": "Таможенная служба",
                                                                 "name_kk": "Кеден қызметі", "country": "KZ", "kind": "customs"})
    records.add_signatory(db=db, institution_id=inst["id"], data={"name_ru": "Ахметова Айгерим", "name_en": "Aigerim Akhmetova",
                                                                  "name_kk": "Ахметова Әйгерім", "title_ru": "Председатель",
                                                                  "title_en": "Chair", "title_kk": "Төраға"})
    records.add_signatory(db=db, institution_id=inst["id"], data={"name_en": "John Smith", "title_en": "Adviser"})
    # an office printing in Russian and Kyrgyz may name an institution in those only
    no_english = records.create(db=db, kind=records.INSTITUTION, data={"name_ru": "Бажы кызматы (рус.)", "name_ky": "Бажы кызматы",
                                                                       "country": "KG"})
    records.add_signatory(db=db, institution_id=no_english["id"], data={"name_ru": "Асанов Бакыт", "name_ky": "Асанов Бакыт"})
    return db


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_lists_exported_and_imported_again_are_the_same_records(tmp_path, lang, suffix):
    source, target = _source(), open_database(memory=True)
    for kind in ("donor", "programme", "institution", "item"):  # the order an office imports them in
        path = tmp_path / f"{kind}-{lang}.{suffix}"
        written = export_list(db=source, kind=kind, path=path, lang=lang)
        result = import_file(db=target, kind=kind, path=path)
        assert (result.created + result.signatories if kind == "institution" else result.created) >= written > 0, kind
    for kind, query in COMPARED.items():
        expected = source.execute(query).fetchall()
        assert target.execute(query).fetchall() == expected, kind
    names = {row[0]: row[1:] for row in target.execute("SELECT serial_number, name_ru, name_en, name_kk, name_uz FROM item "
                                                        "WHERE serial_number LIKE 'RT-%'")}
    assert names == {"RT-1": ("HP LaserJet Pro M404dn", "Laser printer HP LaserJet Pro M404dn", "", ""),
                     "RT-2": ("Сканер штрихкодов", "", "", ""), "RT-3": ("", "Barcode scanner", "Штрихкод сканері", "Shtrix-kod skaneri"),
                     "RT-4": ("Монитор Dell", "Монитор", "", "")}


def test_a_file_of_institutions_named_in_russian_only_imports(tmp_path):
    path = tmp_path / "inst.csv"
    path.write_text("Наименование (рус.);Страна;Подписант\nБажы кызматы;KG;Асанов Бакыт\nБажы кызматы;KG;Осмонова Айгуль\n"
                    ";KG;Иванов Иван\n", encoding="utf-8-sig")
    target = open_database(memory=True)
    with pytest.raises(InputError) as refused:  # the third row names no institution
        import_file(db=target, kind="institution", path=path)
    assert "row 4" in str(refused.value)
    path.write_text("Наименование (рус.);Страна;Подписант\nБажы кызматы;KG;Асанов Бакыт\nБажы кызматы;KG;Осмонова Айгуль\n",
                    encoding="utf-8-sig")
    result = import_file(db=target, kind="institution", path=path)
    assert (result.created, result.signatories) == (1, 2)
    assert target.execute("SELECT name_en, name_ru FROM institution").fetchall() == [("", "Бажы кызматы")]

"""Fixtures of the store's tests: a register whose records have names in every national language."""

from __future__ import annotations

from typing import Any

import pytest

from equipment_desk.store import acts, queries, records


def list_ids(db: Any, kind: str, text: str) -> list[int]:
    """The ids a list of ``kind`` shows for the search ``text``, as the window asks for them."""
    return queries.list_ids(db=db, kind=kind, filters=queries.ListFilter(text=text))


def build_national_register(db: Any) -> dict[str, int]:
    """Records of every kind named in the state languages, their letters and Uzbek apostrophes, and two plain items.

    Returns the ids by what they are: ``donor_uz`` (its Uzbek Cyrillic name), ``donor_tk``, ``programme_ky`` (through
    ``donor_uz``), ``programme_kk`` (through ``donor_tk``), ``institution_kk`` (a signatory with ё and Kazakh letters),
    ``institution_ky`` (Kyrgyz and Uzbek names, a signatory with a Tajik and an Uzbek name), ``item_tg`` (Russian ё and a Tajik
    name, under ``programme_ky``), ``item_uz`` (Tajik, Uzbek and Uzbek Cyrillic names, under ``programme_kk``), ``item_plain``
    («Казан чугунный»), ``item_other`` ("Printer") and ``act`` (a draft with Kyrgyz goods and a Turkmen place)."""
    ids: dict[str, int] = {}
    ids["donor_uz"] = records.create(db=db, kind=records.DONOR, data={"name_en": "Government of Uzbekistan",
                                                                      "name_uz_cyrl": "Ўзбекистон ҳукумати"})["id"]
    ids["donor_tk"] = records.create(db=db, kind=records.DONOR, data={"name_en": "Government of Japan", "name_tk": "Ýaponiýanyň hökümeti"})["id"]
    ids["programme_ky"] = records.save_programme(db=db, programme_id=None, values={"code": "KGZ/K50", "name_en": "Development programme",
                                                                                  "name_ky": "Өнүгүү программасы"}, donor_ids=[ids["donor_uz"]])
    ids["programme_kk"] = records.save_programme(db=db, programme_id=None, values={"code": "XAC/Z60", "name_en": "Programme for Central Asia",
                                                                                  "name_kk": "Орталық Азияға арналған бағдарлама"},
                                                 donor_ids=[ids["donor_tk"]])
    ids["institution_kk"] = records.create(db=db, kind=records.INSTITUTION, data={"name_en": "Customs", "country": "KZ",
                                                                                  "name_kk": "Қазақстан Республикасының кеден қызметі"})["id"]
    records.add_signatory(db=db, institution_id=ids["institution_kk"], data={"name_ru": "Семёнов Пётр", "name_kk": "Әбішев Ғалым"})
    ids["institution_ky"] = records.create(db=db, kind=records.INSTITUTION, data={"name_en": "General Prosecutor's Office", "country": "KG",
                                                                                  "name_ky": "Башкы прокуратура", "name_uz": "Bosh prokuratura"})["id"]
    records.add_signatory(db=db, institution_id=ids["institution_ky"], data={"name_ru": "Усубалиев Азизбек", "name_tg": "Усубалиев Азизбек",
                                                                             "name_uz": "Usubaliyev Azizbek Oʻrolovich"})
    ids["item_tg"] = records.create(db=db, kind=records.ITEM, data={"category": "computers", "name_ru": "Ёмкость для реактивов", "quantity": 1,
                                                                    "unit_value_minor": 100, "currency": "USD",
                                                                    "name_tg": "Зарфи тоҷикӣ барои реактивҳо",
                                                                    "programme_id": ids["programme_ky"]})["id"]
    ids["item_plain"] = records.create(db=db, kind=records.ITEM, data={"category": "office", "name_ru": "Казан чугунный", "quantity": 1,
                                                                       "unit_value_minor": 100, "currency": "USD"})["id"]
    ids["item_uz"] = records.create(db=db, kind=records.ITEM, data={"category": "computers", "name": "Laptop", "quantity": 2,
                                                                    "unit_value_minor": 100, "currency": "USD", "name_tg": "Ноутбуки ҳисоббарорӣ",
                                                                    "name_uz": "Oʻquv noutbuki", "name_uz_cyrl": "Ўқув ноутбуки",
                                                                    "programme_id": ids["programme_kk"]})["id"]
    ids["item_other"] = records.create(db=db, kind=records.ITEM, data={"category": "office", "name": "Printer", "quantity": 1,
                                                                       "unit_value_minor": 100, "currency": "USD"})["id"]
    ids["act"] = acts.create_draft(db=db, data={"goods_en": "computers", "goods_ky": "компьютер техникасы", "place_tk": "Aşgabat şäheri"})
    return ids


@pytest.fixture
def national_register(db: Any) -> dict[str, int]:
    """:func:`build_national_register` in the test's database (``db``)."""
    return build_national_register(db)

"""Uzbek (Latin) apostrophes typed any way are stored as the spelling wants, whoever writes: a form, the command line, a file."""

from __future__ import annotations

import pytest

from equipment_desk.store import acts, records, settings
from equipment_desk.store.database import open_database
from equipment_desk.store.languages import respell_national


@pytest.fixture
def db():
    database = open_database(memory=True)
    yield database
    database.close()


TYPED = ["O'zbekiston Respublikasi Bosh prokuraturasi", "O‘zbekiston Respublikasi Bosh prokuraturasi",
         "O`zbekiston Respublikasi Bosh prokuraturasi", "Oʻzbekiston Respublikasi Bosh prokuraturasi"]
SPELLED = "Oʻzbekiston Respublikasi Bosh prokuraturasi"


def test_only_the_uzbek_latin_columns_are_respelled():
    values = {"name_uz": "ma'lumot g'alla", "name_uz_cyrl": "ма'лумот", "name_tk": "it's", "name_en": "O'Neill", "quantity": 2}
    assert respell_national(values) == {"name_uz": "maʼlumot gʻalla", "name_uz_cyrl": "ма'лумот", "name_tk": "it's",
                                        "name_en": "O'Neill", "quantity": 2}


@pytest.mark.parametrize("typed", TYPED)
def test_each_kind_of_record_stores_the_uzbek_spelling(db, typed):
    inst = records.create(db=db, kind=records.INSTITUTION, data={"name_en": "GPO", "country": "UZ", "name_uz": typed})
    assert inst["name_uz"] == SPELLED
    sig = records.add_signatory(db=db, institution_id=inst["id"], data={"name_ru": "Юлдашев Ориф", "name_uz": "Yo'ldoshev O'rif",
                                                                        "title_uz": "bo'lim boshlig'i"})
    assert (sig["name_uz"], sig["title_uz"]) == ("Yoʻldoshev Oʻrif", "boʻlim boshligʻi")
    item = records.create(db=db, kind=records.ITEM, data={"category": "computers", "name_en": "Laptop", "name_uz": "O'quv noutbuki",
                                                          "quantity": 1, "unit_value_minor": 100, "currency": "UZS"})
    assert item["name_uz"] == "Oʻquv noutbuki"
    donor = records.create(db=db, kind=records.DONOR, data={"name_en": "Japan", "name_uz": "Yaponiya hukumati ma'muriyati"})
    assert donor["name_uz"] == "Yaponiya hukumati maʼmuriyati"  # ʼ (tutuq) after a letter other than o and g


def test_a_changed_record_and_a_draft_act_are_respelled_too(db):
    inst = records.create(db=db, kind=records.INSTITUTION, data={"name_en": "GPO", "country": "UZ"})
    changed = records.update(db=db, kind=records.INSTITUTION, record_id=inst["id"], changes={"name_uz": "Bosh prokuratura (O'zR)"})
    assert changed["name_uz"] == "Bosh prokuratura (OʻzR)"
    act_id = acts.create_draft(db=db, data={"goods_uz": "kompyuter jihozlari va dasturiy ta'minot", "place_uz": "Toshkent sh."})
    row = acts.get_act_row(db=db, act_id=act_id)
    assert row["goods_uz"] == "kompyuter jihozlari va dasturiy taʼminot"


def test_the_offices_uzbek_texts_are_respelled(db):
    settings.set_settings(db=db, values={"office_name_uz": "BMTning Giyohvand moddalar va jinoyatchilik bo'yicha boshqarmasi"})
    assert settings.get_setting(db=db, key="office_name_uz") == "BMTning Giyohvand moddalar va jinoyatchilik boʻyicha boshqarmasi"

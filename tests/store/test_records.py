"""Reference records: validation names every problem; nothing bad is written."""

from __future__ import annotations

import pytest

from equipment_desk.core.errors import InputError, RefusedError
from equipment_desk.store import acts, records
from equipment_desk.store.audit import history


def _fields(error: InputError) -> set[str]:
    return {problem.field for problem in error.problems}


def test_an_item_is_stored_with_its_stock_status(db, make) -> None:
    programme = make.programme()
    item = records.create(db=db, kind=records.ITEM, data={
        "category": "endoscopes", "name": "Video endoscope", "model": "Olympus IPLEX GX", "serial_number": " IPX001 ",
        "unit": "компл.", "quantity": "1", "unit_value_minor": 1_890_000, "currency": "usd", "acquisition_date": "05.02.2018",
        "programme_code": "xac/z60"})
    assert item["serial_number"] == "IPX001"
    assert item["unit"] == "set"
    assert item["currency"] == "USD"
    assert item["acquisition_date"] == "2018-02-05"
    assert item["programme_id"] == programme["id"]
    assert records.item_stock(db=db, item_id=item["id"])["status"] == "in_stock"


def test_every_problem_of_an_item_is_reported_at_once(db) -> None:
    with pytest.raises(InputError) as raised:
        records.create(db=db, kind=records.ITEM, data={
            "category": "toys", "name": "", "quantity": 0, "unit_value_minor": -1, "currency": "RUB",
            "acquisition_date": "31.02.2018", "programme_code": "NOPE", "colour": "red"})
    assert _fields(raised.value) >= {"category", "name", "quantity", "unit_value_minor", "currency", "acquisition_date",
                                     "programme_id", "colour"}
    assert db.execute("SELECT count(*) FROM item").fetchone()[0] == 0


def test_duplicate_serial_numbers_are_refused_whatever_their_case(db, make) -> None:
    make.item(serial_number="CZC8021001")
    with pytest.raises(InputError, match="already has this serial number"):
        make.item(serial_number="czc8021001")


def test_ten_thousand_character_names_are_refused(db) -> None:
    with pytest.raises(InputError, match="too long"):
        records.create(db=db, kind=records.INSTITUTION, data={"name_en": "x" * 10_000, "country": "KG"})


def test_amount_past_an_integer_column_is_refused(db) -> None:
    with pytest.raises(InputError, match="too large"):
        records.create(db=db, kind=records.ITEM, data={"category": "other", "name": "Gold", "quantity": 1,
                                                        "unit_value_minor": 2**63, "currency": "USD"})


def test_wrong_types_are_refused(db) -> None:
    with pytest.raises(InputError) as raised:
        records.create(db=db, kind=records.ITEM, data={"category": "other", "name": ["list"], "quantity": "many",
                                                        "unit_value_minor": "12.50", "currency": "USD"})
    assert _fields(raised.value) >= {"name", "quantity", "unit_value_minor"}


def test_countries_accept_codes_and_names(db) -> None:
    institution = records.create(db=db, kind=records.INSTITUTION, data={"name_en": "Customs", "country": "Узбекистан"})
    assert institution["country"] == "UZ"
    with pytest.raises(InputError, match="not a country"):
        records.create(db=db, kind=records.INSTITUTION, data={"name_en": "Customs", "country": "Atlantis"})


def test_updates_are_audited_with_old_and_new_values(db, make) -> None:
    institution = make.institution()
    records.update(db=db, kind=records.INSTITUTION, record_id=institution["id"], changes={"city_en": "Bishkek"})
    entry = history(db, table="institution", record_uuid=institution["uuid"])[0]
    assert entry["action"] == "update"
    assert entry["changes"] == {"city_en": ["", "Bishkek"]}


def test_a_programme_keeps_its_donors_in_order(db, make) -> None:
    programme = make.programme()
    japan = records.create(db=db, kind=records.DONOR, data={"name_en": "Government of Japan"})
    inl = records.create(db=db, kind=records.DONOR, data={"name_en": "US INL"})
    records.set_programme_donors(db=db, programme_id=programme["id"], donor_ids=[inl["id"], japan["id"]])
    assert [d["name_en"] for d in records.programme_donors(db=db, programme_id=programme["id"])] == ["US INL", "Government of Japan"]


def test_records_used_by_acts_cannot_be_deleted(db, make) -> None:
    item = make.item()
    make.draft(items=[item])
    with pytest.raises(RefusedError, match="still used"):
        records.delete(db=db, kind=records.ITEM, record_id=item["id"])
    assert records.get(db=db, kind=records.ITEM, record_id=item["id"])["id"] == item["id"]


def test_a_signatory_named_on_an_act_is_known_to_be_in_use(db, make) -> None:
    institution = make.institution()
    first = records.signatories(db=db, institution_id=institution["id"])[0]
    second = records.add_signatory(db=db, institution_id=institution["id"], data={"full_name": "Бакыт Токтогулов"})
    assert not records.signatory_on_acts(db=db, signatory_id=first["id"])
    make.draft(items=[])  # the institution's first signatory signs for it
    assert records.signatory_on_acts(db=db, signatory_id=first["id"])
    assert not records.signatory_on_acts(db=db, signatory_id=second["id"])


def test_a_written_off_item_cannot_go_on_an_act(db, make) -> None:
    item = make.item()
    records.write_off(db=db, item_id=item["id"], reason="broken in transit")
    assert records.item_stock(db=db, item_id=item["id"])["status"] == "written_off"
    draft = make.draft()
    with pytest.raises(InputError, match="written off"):
        acts.add_lines(db=db, act_id=draft, lines=[{"item_id": item["id"]}])

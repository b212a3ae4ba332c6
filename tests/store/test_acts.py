"""The rules of an act's life, enforced by the store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from equipment_desk.core.errors import InputError, NotFoundError, RefusedError
from equipment_desk.core.money import to_usd_minor
from equipment_desk.store import acts, records, settings
from equipment_desk.store.acts import GENESIS_HASH, compute_content_hash
from tests.scans import pdf_scan


def test_finalize_assigns_numbers_in_sequence(db, make) -> None:
    first = make.finalized()
    second = make.finalized()
    assert acts.get_act_row(db=db, act_id=first)["number"] == "ROCA-2018-0001"
    assert acts.get_act_row(db=db, act_id=second)["number"] == "ROCA-2018-0002"


def test_numbering_follows_office_code_year_and_pattern(db, make) -> None:
    settings.set_settings(db=db, values={"office_code": "bish", "number_pattern": "{office}/{year}/{seq:03d}"})
    act_2018 = make.finalized()
    act_2019 = make.finalized(act_date="2019-01-10")
    assert acts.get_act_row(db=db, act_id=act_2018)["number"] == "BISH/2018/001"
    assert acts.get_act_row(db=db, act_id=act_2019)["number"] == "BISH/2019/001"


def test_next_number_previews_without_assigning(db, make) -> None:
    draft = make.draft(items=[make.item()])
    assert acts.next_number(db=db, act_id=draft) == "ROCA-2018-0001"
    assert acts.get_act_row(db=db, act_id=draft)["number"] is None


def test_void_keeps_the_number_and_it_is_never_reused(db, make) -> None:
    first = make.finalized()
    acts.void_act(db=db, act_id=first, reason="wrong recipient")
    second = make.finalized()
    assert acts.get_act_row(db=db, act_id=first)["status"] == "void"
    assert acts.get_act_row(db=db, act_id=second)["number"] == "ROCA-2018-0002"
    assert [a["number"] for a in acts.list_acts(db=db, status="void")] == ["ROCA-2018-0001"]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"act_date": None}, "the date is missing"),
        ({"recipient_signatory_id": None}, "signatory is missing"),
        ({"programme_id": None}, "the programme is missing"),
        ({"transferor_name": "", "transferor_name_en": "", "transferor_name_ru": ""}, "donor-side signatory is missing"),
        ({"rate": None}, "exchange rate"),
    ],
)
def test_finalize_requires_a_complete_act(db, make, change, expected) -> None:
    draft = make.draft(items=[make.item()])
    acts.update_draft(db=db, act_id=draft, changes=change)
    with pytest.raises(InputError) as raised:
        acts.finalize_act(db=db, act_id=draft)
    assert any(expected in problem.text() for problem in raised.value.problems)
    assert acts.get_act_row(db=db, act_id=draft)["status"] == "draft"


def test_finalize_requires_a_line(db, make) -> None:
    draft = make.draft()
    with pytest.raises(InputError, match="no lines"):
        acts.finalize_act(db=db, act_id=draft)


def test_a_usd_act_needs_no_rate(db, make) -> None:
    draft = make.draft(items=[make.item(currency="USD", unit_value_minor=98_000)], currency="USD", rate=None)
    result = acts.finalize_act(db=db, act_id=draft)
    assert acts.act_document(db=db, act_id=draft)["totals"]["usd_minor"] == 98_000
    assert result["number"]


def test_usd_equivalent_uses_the_acts_rate(db, make) -> None:
    draft = make.draft(items=[make.item(quantity=50, unit_value_minor=3_750_000)], rate="68.45")
    totals = acts.act_document(db=db, act_id=draft)["totals"]
    assert totals == {"quantity": 50, "amount_minor": 187_500_000, "usd_minor": 2_739_226}  # 1 875 000 / 68.45 = 27 392.26


def test_a_usd_item_on_a_local_act_is_converted_at_the_rate(db, make) -> None:
    item = make.item(currency="USD", unit_value_minor=100_00)
    draft = make.draft(items=[item], rate="68.45")
    assert acts.act_lines(db=db, act_id=draft)[0]["unit_value_minor"] == 6_845_00


def test_a_draft_may_not_claim_more_than_is_available(db, make) -> None:
    item = make.item(quantity=5, serial_number=None)
    draft = make.draft()
    with pytest.raises(InputError, match="only 5 is still available"):
        acts.add_lines(db=db, act_id=draft, lines=[{"item_id": item["id"], "quantity": 6}])
    assert acts.act_lines(db=db, act_id=draft) == []


def test_finalized_acts_never_hand_over_more_than_recorded(db, make) -> None:
    item = make.item(quantity=5, serial_number=None)
    first = make.draft(items=[])
    second = make.draft(items=[])
    acts.add_lines(db=db, act_id=first, lines=[{"item_id": item["id"], "quantity": 3}])
    acts.add_lines(db=db, act_id=second, lines=[{"item_id": item["id"], "quantity": 3}])  # drafts do not reserve
    acts.finalize_act(db=db, act_id=first)
    with pytest.raises(InputError, match="only 2 is still available"):
        acts.finalize_act(db=db, act_id=second)
    assert records.item_stock(db=db, item_id=item["id"])["status"] == "partly_handed_over"
    assert acts.get_act_row(db=db, act_id=second)["number"] is None


def test_item_status_follows_its_acts(db, make) -> None:
    item = make.item(quantity=2, serial_number=None)
    assert records.item_stock(db=db, item_id=item["id"])["status"] == "in_stock"
    act_id = make.draft()
    acts.add_lines(db=db, act_id=act_id, lines=[{"item_id": item["id"]}])
    acts.finalize_act(db=db, act_id=act_id)
    assert records.item_stock(db=db, item_id=item["id"])["status"] == "handed_over"
    acts.void_act(db=db, act_id=act_id, reason="not delivered")
    assert records.item_stock(db=db, item_id=item["id"])["status"] == "in_stock"
    assert [a["number"] for a in records.item_acts(db=db, item_id=item["id"])] == ["ROCA-2018-0001"]


def test_the_finalized_act_keeps_its_snapshot_when_records_change(db, make) -> None:
    item = make.item(name="Desktop computer")
    act_id = make.draft(items=[item])
    acts.finalize_act(db=db, act_id=act_id)
    records.update(db=db, kind=records.ITEM, record_id=item["id"], changes={"name_en": "Renamed later", "name_ru": "Переименован"})
    institution_id = acts.get_act_row(db=db, act_id=act_id)["recipient_institution_id"]
    records.update(db=db, kind=records.INSTITUTION, record_id=institution_id, changes={"name_en": "Renamed office"})
    document = acts.act_document(db=db, act_id=act_id)
    assert document["lines"][0]["name"] == {"en": "Desktop computer", "ru": "Товар «Desktop computer»"}
    assert document["recipient"]["organisation"]["en"] == "General Prosecutor's Office"
    assert acts.verify_act(db=db, act_id=act_id) == []


def test_content_hash_is_documented_and_chained(db, make) -> None:
    first = make.finalized()
    second = make.finalized()
    doc1 = acts.act_document(db=db, act_id=first)
    doc2 = acts.act_document(db=db, act_id=second)
    assert doc1["previous_hash"] == GENESIS_HASH
    assert doc2["previous_hash"] == doc1["content_hash"]
    assert compute_content_hash(doc1) == doc1["content_hash"]
    assert compute_content_hash(doc2) == doc2["content_hash"]
    assert acts.verify_chains(db=db) == []


def test_hash_ignores_lifecycle_but_not_content(db, make) -> None:
    act_id = make.finalized()
    document = acts.act_document(db=db, act_id=act_id)
    original = document["content_hash"]
    acts.sign_act(db=db, act_id=act_id, signed_date="2018-02-20")
    assert compute_content_hash(acts.act_document(db=db, act_id=act_id)) == original
    tampered = json.loads(json.dumps(document))
    tampered["lines"][0]["quantity"] = 2
    assert compute_content_hash(tampered) != original


def test_sign_records_date_and_scan(db, make, tmp_path: Path) -> None:
    act_id = make.finalized()
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(pdf_scan("signed and stamped"))
    acts.sign_act(db=db, act_id=act_id, signed_date="20.02.2018", scan_path=scan)
    document = acts.act_document(db=db, act_id=act_id)
    assert document["status"] == "signed"
    assert document["signed"]["date"] == "2018-02-20"
    assert document["signed"]["scan"]["filename"] == "scan.pdf"
    attachment_id = acts.list_attachments(db=db, act_id=act_id)[0]["id"]
    assert acts.attachment_data(db=db, attachment_id=attachment_id)[1] == scan.read_bytes()


def test_sign_refuses_a_file_that_is_not_what_its_name_says(db, make, tmp_path: Path) -> None:
    act_id = make.finalized()
    fake = tmp_path / "scan.pdf"
    fake.write_text("this is not a pdf")
    with pytest.raises(InputError, match="not a whole PDF file"):
        acts.sign_act(db=db, act_id=act_id, signed_date="2018-02-20", scan_path=fake)
    assert acts.get_act_row(db=db, act_id=act_id)["status"] == "finalized"
    assert acts.list_attachments(db=db, act_id=act_id) == []


def test_sign_refuses_a_date_before_the_act(db, make) -> None:
    act_id = make.finalized()
    with pytest.raises(InputError, match="before the act's date"):
        acts.sign_act(db=db, act_id=act_id, signed_date="2018-01-01")


def test_only_finalized_acts_can_be_signed_or_voided(db, make) -> None:
    draft = make.draft(items=[make.item()])
    with pytest.raises(RefusedError, match="finalize it"):
        acts.sign_act(db=db, act_id=draft, signed_date="2018-02-20")
    with pytest.raises(RefusedError, match="delete the draft"):
        acts.void_act(db=db, act_id=draft, reason="x")
    act_id = make.finalized()
    acts.void_act(db=db, act_id=act_id, reason="duplicate")
    with pytest.raises(RefusedError, match="already void"):
        acts.void_act(db=db, act_id=act_id, reason="again")
    with pytest.raises(RefusedError):
        acts.sign_act(db=db, act_id=act_id, signed_date="2018-02-20")


def test_void_requires_a_reason(db, make) -> None:
    act_id = make.finalized()
    with pytest.raises(InputError, match="reason is required"):
        acts.void_act(db=db, act_id=act_id, reason="   ")


def test_a_finalized_act_cannot_be_edited_through_the_store(db, make) -> None:
    act_id = make.finalized()
    with pytest.raises(RefusedError, match="only a draft can be edited"):
        acts.update_draft(db=db, act_id=act_id, changes={"basis_en": "changed"})
    with pytest.raises(RefusedError):
        acts.delete_draft(db=db, act_id=act_id)
    line_id = acts.act_lines(db=db, act_id=act_id)[0]["id"]
    with pytest.raises(RefusedError):
        acts.update_line(db=db, line_id=line_id, quantity=1)


def test_removing_lines_renumbers_the_rest(db, make) -> None:
    items = [make.item() for _ in range(3)]
    act_id = make.draft(items=items)
    first = acts.act_lines(db=db, act_id=act_id)[0]["id"]
    acts.remove_lines(db=db, act_id=act_id, line_ids=[first])
    assert [line["line_no"] for line in acts.act_lines(db=db, act_id=act_id)] == [1, 2]


def test_find_act_by_number_uuid_or_id(db, make) -> None:
    act_id = make.finalized()
    row = acts.get_act_row(db=db, act_id=act_id)
    assert acts.find_act(db=db, ref=row["number"]) == act_id
    assert acts.find_act(db=db, ref=row["uuid"]) == act_id
    assert acts.find_act(db=db, ref=str(act_id)) == act_id
    with pytest.raises(NotFoundError):
        acts.find_act(db=db, ref="ROCA-1999-0001")


def test_the_json_form_imports_back_as_a_draft(db, make) -> None:
    items = [make.item(), make.item()]
    original = make.draft(items=items)
    document = acts.act_document(db=db, act_id=original)
    acts.delete_draft(db=db, act_id=original)
    copy = acts.draft_from_document(db=db, document=json.loads(json.dumps(document)))
    imported = acts.act_document(db=db, act_id=copy)
    for key in ("date", "place", "recipient", "programme", "basis", "transfer_type", "currency", "lines", "totals"):
        if key == "lines":
            assert [{k: v for k, v in line.items()} for line in imported[key]] == document[key]
        else:
            assert imported[key] == document[key]
    assert imported["status"] == "draft"
    assert imported["rate"]["value"] == document["rate"]["value"]


def test_the_json_import_names_every_problem_with_its_path(db, make) -> None:
    make.institution()
    document = {"date": "31.02.2018", "currency": "XYZ", "programme": {"code": "NOPE"},
                "lines": [{"serial_number": "MISSING", "quantity": 1}, "not a line"]}
    with pytest.raises(InputError) as raised:
        acts.draft_from_document(db=db, document=document, source="act.json")
    fields = {problem.field for problem in raised.value.problems}
    assert {"date", "currency", "programme.code", "lines[0].serial_number", "lines[1]"} <= fields
    assert db.execute("SELECT count(*) FROM act").fetchone()[0] == 0


def test_every_change_is_in_the_audit_log(db, make) -> None:
    act_id = make.finalized()
    acts.void_act(db=db, act_id=act_id, reason="duplicate", user="auditor")
    actions = [row[0] for row in db.execute("SELECT action FROM audit_log WHERE table_name = 'act' ORDER BY id")]
    assert actions == ["create", "add_lines", "finalize", "void"]
    assert db.execute("SELECT user FROM audit_log WHERE action = 'void'").fetchone()[0] == "auditor"


def test_finalize_requires_every_printed_text_in_each_language(db, make) -> None:
    institution = make.institution(name="Ministry of Health", name_ru="")
    signatory = records.signatories(db=db, institution_id=institution["id"])[0]
    records.update(db=db, kind=records.SIGNATORY, record_id=signatory["id"], changes={"title_ru": ""})
    draft = make.draft(items=[make.item()], recipient_institution_id=institution["id"], recipient_signatory_id=signatory["id"],
                       transferor_authority_en="the delegation of authority")
    with pytest.raises(InputError) as raised:
        acts.finalize_act(db=db, act_id=draft)
    texts = [problem.text() for problem in raised.value.problems]
    name = signatory["name_en"] or signatory["name_ru"]
    assert sorted(texts) == sorted([
        "institution «Ministry of Health» has no name in Russian",
        "the donor-side signatory's authority has no text in Russian",
        f"signatory «{name}» has no title in Russian",
    ])
    acts.update_draft(db=db, act_id=draft, changes={"languages": "en,kk"})  # Kazakh prints the Kazakh texts, never the Russian
    kazakh = [problem.text() for problem in acts.finalize_problems(db=db, act_id=draft)]
    assert "institution «Ministry of Health» has no name in Kazakh" in kazakh
    assert not [text for text in kazakh if text.endswith("in Russian")]
    acts.update_draft(db=db, act_id=draft, changes={"languages": "en,ru"})
    records.update(db=db, kind=records.INSTITUTION, record_id=institution["id"], changes={"name_ru": "Министерство здравоохранения"})
    records.update(db=db, kind=records.SIGNATORY, record_id=signatory["id"], changes={"title_ru": "Министр"})
    acts.update_draft(db=db, act_id=draft, changes={"transferor_authority_ru": "делегирования полномочий"})
    assert acts.finalize_problems(db=db, act_id=draft) == []


def test_finalize_refuses_dates_that_cannot_be_right(db, make) -> None:
    draft = make.draft(items=[make.item()], act_date="2031-01-01")
    assert any("more than 30 days ahead" in p.text() for p in acts.finalize_problems(db=db, act_id=draft))
    acts.update_draft(db=db, act_id=draft, changes={"act_date": "2019-06-20", "rate_date": "2019-12-01"})
    assert [p.field for p in acts.finalize_problems(db=db, act_id=draft)] == ["rate_date"]


def test_finalize_refuses_an_act_worth_nothing(db, make) -> None:
    draft = make.draft(items=[make.item(unit_value_minor=0)])
    assert [p.text() for p in acts.finalize_problems(db=db, act_id=draft)] == ["the act's total is 0; enter the value of the items"]


def test_signing_date_may_not_be_in_the_future(db, make) -> None:
    act_id = make.finalized()
    with pytest.raises(InputError, match="in the future"):
        acts.sign_act(db=db, act_id=act_id, signed_date="2099-01-01")


def test_office_settings_are_checked(db) -> None:
    with pytest.raises(InputError, match="two different languages"):
        settings.set_settings(db=db, values={"default_languages": "ru,fr"})
    with pytest.raises(InputError, match="does not exist"):
        settings.set_settings(db=db, values={"logo_path": "/nonexistent/logo.png"})
    assert settings.get_setting(db=db, key="default_languages") == "ru,en"


def test_import_problems_name_json_paths(db, make) -> None:
    with pytest.raises(InputError) as raised:
        acts.draft_from_document(db=db, document={"date": "yesterday", "rate": {"value": "-1", "scale": 3}})
    assert {"date", "rate.value", "rate.scale"} <= {p.field for p in raised.value.problems}


def test_listing_by_an_unknown_programme_is_refused(db) -> None:
    with pytest.raises(InputError, match="no programme with this code"):
        acts.list_acts(db=db, programme_code="NOPE")


def test_a_new_draft_takes_the_offices_defaults(db) -> None:
    settings.set_settings(db=db, values={"default_currency": "uzs", "default_place_en": "Tashkent", "default_languages": "ru,en"})
    draft = acts.get_act_row(db=db, act_id=acts.create_draft(db=db))
    assert (draft["currency"], draft["place_en"], draft["languages"]) == ("UZS", "Tashkent", "ru,en")
    with pytest.raises(InputError, match="must be one of"):
        settings.set_settings(db=db, values={"default_currency": "RUB"})


def test_switching_a_draft_to_usd_drops_its_exchange_rates(db, make) -> None:
    draft = make.draft(items=[make.item()], rate="68.45", nb_rate="68.75", nb_rate_source="NBKR")
    acts.update_draft(db=db, act_id=draft, changes={"currency": "USD"})
    document = acts.act_document(db=db, act_id=draft)
    assert (document["rate"], document["national_rate"]) == (None, None)
    assert document["lines"][0]["unit_value_minor"] == to_usd_minor(3_750_000, 68_450_000)


def test_a_currency_change_that_cannot_convert_a_line_is_refused(db, make) -> None:
    draft = make.draft(items=[make.item(currency="KGS")], rate="68.45")
    with pytest.raises(InputError, match="cannot be converted to UZS"):
        acts.update_draft(db=db, act_id=draft, changes={"currency": "UZS", "rate": None})
    assert acts.get_act_row(db=db, act_id=draft)["currency"] == "KGS"
    assert acts.act_lines(db=db, act_id=draft)[0]["unit_value_minor"] == 3_750_000

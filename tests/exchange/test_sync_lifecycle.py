"""A bundle's act is applied by the store's lifecycle: stock, void acts passing through, write-offs, refusals typed."""

from __future__ import annotations

import pytest

from equipment_desk.exchange.sync import export_bundle, import_bundle
from equipment_desk.store import acts, records
from equipment_desk.store.acts.incoming import IncomingAct, NotInStockError, apply_incoming_act
from equipment_desk.store.database import frozen_clock
from tests.exchange.test_sync import fresh, snapshot, verified
from tests.scans import pdf_scan


def _base():
    db = fresh()
    programme = records.create(db=db, kind=records.PROGRAMME, data={"code": "XAC/Z60", "name_en": "Programme", "name_ru": "Программа"})
    institution = records.create(db=db, kind=records.INSTITUTION, data={"name_en": "Customs", "name_ru": "Таможня", "country": "KG"})
    signatory = records.add_signatory(db=db, institution_id=institution["id"], data={"full_name": "Asanov Bakyt", "name_ru": "Асанов Бакыт", "title_en": "Head",
                                                                                     "title_ru": "Начальник"})
    records.create(db=db, kind=records.ITEM, data={"category": "office", "name": "Printer", "name_ru": "Принтер", "serial_number": "P-1", "quantity": 2,
                                                          "unit_value_minor": 30000, "currency": "USD", "programme_id": programme["id"]})
    return db, {"programme_id": programme["id"], "recipient_institution_id": institution["id"], "recipient_signatory_id": signatory["id"]}


def _act(db, refs, quantity: int) -> int:
    act_id = acts.create_draft(db=db, data={"act_date": "2018-05-10", "currency": "USD", **refs})
    item_id = db.execute("SELECT id FROM item WHERE serial_number = 'P-1'").fetchone()[0]
    acts.add_lines(db=db, act_id=act_id, lines=[{"item_id": item_id, "quantity": quantity}])
    acts.finalize_act(db=db, act_id=act_id)
    return act_id


@pytest.fixture
def two_offices(tmp_path):
    """HQ and a field office (BISH) holding the same records."""
    hq, refs = _base()
    base = tmp_path / "base.zip"
    export_bundle(db=hq, path=base)
    field = fresh("BISH")
    import_bundle(db=field, path=base)
    return hq, field, refs


def _send(db, tmp_path, name="field.zip"):
    path = tmp_path / name
    export_bundle(db=db, path=path)
    return path


def test_an_act_handing_over_more_than_is_left_here_is_refused_by_name(two_offices, tmp_path):
    hq, field, refs = two_offices
    _act(hq, refs, 2)
    _act(field, refs, 2)
    before = snapshot(hq)
    report = import_bundle(db=hq, path=_send(field, tmp_path))
    [refused] = report.refused
    assert refused.table == "act" and refused.label == "BISH-2018-0001"
    assert refused.why[0].message == "conflict: it hands over more of '{item}' than is left here"
    assert refused.why[0].params == {"item": "Printer"}
    assert snapshot(hq)["act"] == before["act"] and snapshot(hq)["item"] == before["item"]


def test_the_store_refuses_a_stock_shortage_with_its_own_error_and_writes_nothing(two_offices):
    hq, _field, refs = two_offices
    _act(hq, refs, 2)
    item_id = hq.execute("SELECT id FROM item").fetchone()[0]
    draft = {"uuid": "0b0b0b0b-0000-4000-8000-000000000001", "status": "draft", "act_date": "2018-06-01", "currency": "USD",
             "created_at": "2018-06-01T00:00:00Z", "created_by": "x", "updated_at": "2018-06-01T00:00:00Z", **refs}
    line = {"uuid": "0b0b0b0b-0000-4000-8000-000000000002", "line_no": 1, "quantity": 1, "unit_value_minor": 30000, "item_id": item_id}
    count = hq.execute("SELECT count(*) FROM act").fetchone()[0]
    with pytest.raises(NotInStockError), hq.atomic():
        apply_incoming_act(db=hq, act=IncomingAct(values=draft, lines=[line]))
    assert hq.execute("SELECT count(*) FROM act").fetchone()[0] == count


def test_a_void_act_passes_through_and_leaves_the_stock_as_it_was(two_offices, tmp_path):
    hq, field, refs = two_offices
    voided = _act(field, refs, 2)
    acts.void_act(db=field, act_id=voided, reason="printed with a wrong date")
    _act(hq, refs, 2)
    item_before = hq.execute("SELECT quantity, written_off FROM item").fetchone()
    report = import_bundle(db=hq, path=_send(field, tmp_path))
    assert not report.refused, [str(c) for c in report.refused]
    assert hq.execute("SELECT status FROM act WHERE number = 'BISH-2018-0001'").fetchone()[0] == "void"
    assert hq.execute("SELECT quantity, written_off FROM item").fetchone() == item_before
    assert verified(hq)


def test_an_act_sealed_before_a_write_off_here_still_arrives_and_the_write_off_stays(two_offices, tmp_path):
    hq, field, refs = two_offices
    _act(field, refs, 1)
    item_id = hq.execute("SELECT id FROM item").fetchone()[0]
    with frozen_clock("2099-01-01T00:00:00Z"):  # later than the field's copy of the item, whatever the second
        records.write_off(db=hq, item_id=item_id, reason="stolen")
    report = import_bundle(db=hq, path=_send(field, tmp_path))
    assert not report.refused, [str(c) for c in report.refused]
    assert [str(c) for c in report.added] == ["add act BISH-2018-0001"]
    assert hq.execute("SELECT written_off, written_off_reason FROM item").fetchone() == (1, "stolen")
    assert verified(hq)


def test_signing_elsewhere_moves_the_act_here_forward_and_brings_the_scan(two_offices, tmp_path):
    hq, field, refs = two_offices
    act_id = _act(field, refs, 1)
    import_bundle(db=hq, path=_send(field, tmp_path, "finalized.zip"))
    acts.sign_act(db=field, act_id=act_id, signed_date="2018-05-11", scan=("signed.pdf", pdf_scan("signed")))
    report = import_bundle(db=hq, path=_send(field, tmp_path, "signed.zip"))
    assert [str(c) for c in report.updated] == ["update act BISH-2018-0001: signed"]
    row = hq.execute("SELECT status, signed_date, signed_scan_id FROM act WHERE number = 'BISH-2018-0001'").fetchone()
    assert row[:2] == ("signed", "2018-05-11") and row[2] is not None
    assert report.unchanged >= 1 and not report.refused


def test_a_bundle_with_a_refused_act_writes_nothing_not_even_its_items(two_offices, tmp_path):
    hq, field, refs = two_offices
    from equipment_desk.store import settings

    settings.set_settings(db=hq, values={"office_code": "BISH"})
    _act(hq, refs, 1)  # BISH-2018-0001 here, another act under the same number there
    programme_id = field.execute("SELECT id FROM programme").fetchone()[0]
    scanner = records.create(db=field, kind=records.ITEM, data={"category": "office", "name": "Scanner", "name_ru": "Сканер", "serial_number": "S-1", "quantity": 1,
                                                                 "unit_value_minor": 10000, "currency": "USD", "programme_id": programme_id})
    act_id = acts.create_draft(db=field, data={"act_date": "2018-05-10", "currency": "USD", **refs})
    acts.add_lines(db=field, act_id=act_id, lines=[{"item_id": scanner["id"], "quantity": 1}])
    acts.finalize_act(db=field, act_id=act_id)
    before = snapshot(hq)
    report = import_bundle(db=hq, path=_send(field, tmp_path))
    assert not report.applied
    assert [(c.table, c.label) for c in report.refused] == [("act", "BISH-2018-0001")]
    assert "Scanner (S-1)" in [c.label for c in report.added]  # what it would have brought, had nothing been refused
    assert snapshot(hq) == before
    assert hq.execute("SELECT count(*) FROM item WHERE serial_number = 'S-1'").fetchone()[0] == 0


def test_a_bundle_missing_an_earlier_act_of_the_chain_is_refused_whole(two_offices, tmp_path):
    hq, field, refs = two_offices
    with frozen_clock("2030-01-01T00:00:00Z"):
        _act(field, refs, 1)
    first = tmp_path / "first.zip"
    with frozen_clock("2030-01-02T00:00:00Z"):
        export_bundle(db=field, path=first, office="ROCA")
    with frozen_clock("2030-01-03T00:00:00Z"):
        _act(field, refs, 1)
    only_changes = tmp_path / "changes.zip"
    with frozen_clock("2030-01-04T00:00:00Z"):
        export_bundle(db=field, path=only_changes, office="ROCA")
    report = import_bundle(db=hq, path=only_changes)  # the first bundle was lost on the way
    assert not report.applied
    assert [(c.label, c.why[0].message) for c in report.refused] == [("BISH-2018-0002",
        "conflict: the act before it in the chain of office {office} (place {place}) is neither here nor in the bundle; "
        "ask for a bundle with everything")]
    assert hq.execute("SELECT count(*) FROM act").fetchone()[0] == 0
    assert import_bundle(db=hq, path=first).applied
    assert import_bundle(db=hq, path=only_changes).applied
    assert verified(hq)

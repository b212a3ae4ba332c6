"""Bundles between laptops: merge by UUID, order-independent, idempotent, finalized acts untouched."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from equipment_desk.exchange import sync
from equipment_desk.exchange.sync import BundleError, export_bundle, import_bundle, preview_bundle
from equipment_desk.store import acts, records, settings
from equipment_desk.store.check import check_database
from equipment_desk.store.database import open_database
from equipment_desk.store.demo import load_demo
from tests.scans import image_scan, pdf_scan


def snapshot(db) -> dict[str, list[dict]]:
    """Every record as the bundle would carry it (no row ids), sorted by UUID; attachments by their hash."""
    uuids = sync._uuid_maps(db)
    out = {}
    for table in sync.TABLES:
        rows = sync._fetch(db, f"SELECT * FROM {table}")
        out[table] = sorted((sync._to_record(db, table, row, uuids) for row in rows), key=lambda r: r["uuid"])
    return out


def fresh(office: str = "ROCA"):
    db = open_database(memory=True)
    settings.set_settings(db=db, values={"office_code": office, "default_signatory_name": "Ashita Mittal",
                                         "default_signatory_name_en": "Ashita Mittal", "default_signatory_name_ru": "Ашита Миттал",
                                         "default_signatory_title_en": "Regional Representative",
                                         "default_signatory_title_ru": "Региональный представитель"})
    return db


def audit_rows(db) -> int:
    return db.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def verified(db) -> bool:
    ids = [i for (i,) in db.execute("SELECT id FROM act WHERE status <> 'draft'")]
    return not acts.verify_chains(db=db) and all(not acts.verify_act(db=db, act_id=i) for i in ids)


@pytest.fixture
def hq(tmp_path):
    db = fresh()
    load_demo(db=db)
    path = tmp_path / "hq.zip"
    export_bundle(db=db, path=path)
    return db, path


def hand_over(db, *, serial: str, sign: bool = True, date: str = "2018-05-10") -> int:
    """A new item handed over to the General Prosecutor's Office under the first programme."""
    programme_id = db.execute("SELECT id FROM programme ORDER BY id LIMIT 1").fetchone()[0]
    institution_id, signatory_id = db.execute("SELECT institution_id, id FROM signatory ORDER BY id LIMIT 1").fetchone()
    item = records.create(db=db, kind=records.ITEM, data={"category": "office", "name": f"Printer {serial}", "name_ru": f"Принтер {serial}",
                                                          "serial_number": serial,
                                                          "quantity": 2, "unit_value_minor": 30000, "currency": "USD",
                                                          "programme_id": programme_id})
    act_id = acts.create_draft(db=db, data={"act_date": date, "recipient_institution_id": institution_id,
                                            "recipient_signatory_id": signatory_id, "programme_id": programme_id, "currency": "USD"})
    acts.add_lines(db=db, act_id=act_id, lines=[{"item_id": item["id"], "quantity": 1}])
    acts.finalize_act(db=db, act_id=act_id)
    if sign:
        acts.sign_act(db=db, act_id=act_id, signed_date=date, scan=("signed.pdf", pdf_scan("signed " + serial)))
    return act_id


def test_full_bundle_into_an_empty_database_and_again(hq, tmp_path):
    source, path = hq
    target = fresh()
    report = import_bundle(db=target, path=path)
    assert report.applied and not report.refused
    assert snapshot(target) == snapshot(source)
    assert verified(target)
    assert report.changed().kinds >= {"donors", "programmes", "institutions", "items", "acts"}  # what the window reloads
    again = import_bundle(db=target, path=path)
    assert (again.added, again.updated, again.refused) == ([], [], [])
    assert not again.changed()  # the window reloads nothing
    assert snapshot(target) == snapshot(source)
    assert target.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_preview_reports_exactly_and_writes_nothing(hq):
    _source, path = hq
    target = fresh()
    before = snapshot(target)
    preview = preview_bundle(db=target, path=path)
    assert not preview.applied and not preview.changed()
    assert snapshot(target) == before
    done = import_bundle(db=target, path=path)
    assert [str(c) for c in preview.changes] == [str(c) for c in done.changes]
    assert {c.table for c in preview.added} == {"donor", "programme", "institution", "signatory", "item", "act"}


def test_two_field_offices_merge_in_either_order(hq, tmp_path):
    _source, base = hq
    offices = {}
    for code, serial in (("BISH", "B-1"), ("DUSH", "D-1")):
        db = fresh(code)
        import_bundle(db=db, path=base)
        hand_over(db, serial=serial, sign=(code == "BISH"))
        inst = db.execute("SELECT id FROM institution ORDER BY id LIMIT 1").fetchone()[0]
        records.update(db=db, kind=records.INSTITUTION, record_id=inst, changes={"phone": f"+996 312 {code}"})
        path = tmp_path / f"{code}.zip"
        export_bundle(db=db, path=path)
        offices[code] = path
    one, two = fresh(), fresh()
    for db, order in ((one, ("BISH", "DUSH")), (two, ("DUSH", "BISH"))):
        import_bundle(db=db, path=base)
        for code in order:
            report = import_bundle(db=db, path=offices[code])
            assert not report.refused, [str(c) for c in report.refused]
    assert snapshot(one) == snapshot(two)
    assert verified(one)
    numbers = {n for (n,) in one.execute("SELECT number FROM act WHERE number IS NOT NULL")}
    assert {"BISH-2018-0001", "DUSH-2018-0001"} <= numbers


def test_signed_elsewhere_advances_a_finalized_act_and_void_follows(hq, tmp_path):
    _source, base = hq
    field = fresh("BISH")
    import_bundle(db=field, path=base)
    act_id = hand_over(field, serial="S-1", sign=False)
    first = tmp_path / "first.zip"
    export_bundle(db=field, path=first)
    office = fresh()
    import_bundle(db=office, path=base)
    import_bundle(db=office, path=first)
    number = field.execute("SELECT number FROM act WHERE id = ?", [act_id]).fetchone()[0]
    assert office.execute("SELECT status FROM act WHERE number = ?", [number]).fetchone()[0] == "finalized"
    acts.sign_act(db=field, act_id=act_id, signed_date="2018-05-12", scan=("signed.pdf", pdf_scan("scan")))
    second = tmp_path / "second.zip"
    export_bundle(db=field, path=second)
    report = import_bundle(db=office, path=second)
    assert [c.reason for c in report.updated if c.table == "act"] == ["signed"]
    row = office.execute("SELECT status, signed_date, signed_scan_id FROM act WHERE number = ?", [number]).fetchone()
    assert row[0] == "signed" and row[1] == "2018-05-12" and row[2] is not None
    acts.void_act(db=field, act_id=act_id, reason="wrong recipient")
    third = tmp_path / "third.zip"
    export_bundle(db=field, path=third)
    import_bundle(db=office, path=third)
    assert office.execute("SELECT status, void_reason FROM act WHERE number = ?", [number]).fetchone() == ("void", "wrong recipient")
    # an older bundle afterwards changes nothing
    assert not import_bundle(db=office, path=first).updated
    assert verified(office)
    assert snapshot(office)["act"] == snapshot(field)["act"]


def test_a_different_act_under_an_existing_number_is_a_conflict(hq, tmp_path):
    _source, base = hq
    laptops = []
    for serial in ("X-1", "Y-1"):  # two laptops that both call themselves BISH
        db = fresh("BISH")
        import_bundle(db=db, path=base)
        hand_over(db, serial=serial)
        laptops.append(db)
    path = tmp_path / "y.zip"
    export_bundle(db=laptops[1], path=path)
    before = snapshot(laptops[0])["act"]
    report = import_bundle(db=laptops[0], path=path)
    refused = [c for c in report.refused if c.table == "act"]
    assert len(refused) == 1
    assert refused[0].why == (sync.Message("conflict: a different act here already has the number {number}", {"number": "BISH-2018-0001"}),)
    assert refused[0].reason == "conflict: a different act here already has the number BISH-2018-0001"
    assert [a for a in snapshot(laptops[0])["act"] if a["number"] == "BISH-2018-0001"] == [a for a in before if a["number"] == "BISH-2018-0001"]
    assert verified(laptops[0])
    assert any(c.table == "item" and c.action == "add" for c in report.changes)  # the item itself is new here and merges


def collected_templates() -> set[str]:
    """The templates tools/update_translations.py hands to lupdate (what the window can translate)."""
    path = Path(__file__).resolve().parents[2] / "tools" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return set(module.problem_templates())


def test_refusals_carry_a_template_and_its_values_and_read_in_english(hq):
    _source, path = hq
    target = fresh()
    target.execute("INSERT INTO programme (uuid, code, name_en, created_at, updated_at) VALUES "
                   "('00000000-0000-4000-8000-000000000001', 'XAC/Z60', 'Another programme', '2018-01-01T00:00:00Z', '2018-01-01T00:00:00Z')")
    report = preview_bundle(db=target, path=path)
    programme = next(c for c in report.refused if c.table == "programme")
    assert programme.why == (sync.Message("conflict: another {kind} here ({uuid}) has the {field} {value}",
                                          {"kind": "programme", "uuid": "00000000-0000-4000-8000-000000000001", "field": "code",
                                           "value": "XAC/Z60"}),)
    assert str(programme) == ("refuse programme XAC/Z60: conflict: another programme here (00000000-0000-4000-8000-000000000001) "
                              "has the code XAC/Z60")
    items = [c for c in report.refused if c.table == "item"]
    assert items and all(c.why == (sync.Message("the {kind} it refers to was left out", {"kind": "programme"}),) for c in items)
    assert items[0].reason == "the programme it refers to was left out"
    attachment = next(c for c in report.refused if c.table == "attachment")
    assert attachment.reason == "the record it belongs to was left out" and attachment.why[0].params == {}
    # every refusal is one template, free of the record's values, that the translation catalogue collects
    templates = collected_templates()
    for change in report.refused:
        assert len(change.why) == 1 and change.why[0].message in templates, change
        assert not any(str(value) in change.why[0].message for value in change.why[0].params.values())
    # a draft has no number: its label is a template too
    draft = next(c for c in report.added if c.table == "act" and c.label_message is not None)
    assert draft.label_message.message == "draft of {date}" and draft.label == f"draft of {draft.label_message.params['date']}"
    assert "draft of {date}" in templates


def test_what_sqlite_refuses_becomes_a_template():
    assert sync._reason(sqlite3.IntegrityError("UNIQUE constraint failed: act.series, act.seq")) == sync.Message(
        "conflict: another {kind} here already has this {field}", {"kind": "act", "field": "series, seq"})
    assert sync._reason(sqlite3.IntegrityError("UNIQUE constraint failed: item.serial_number")).text() == \
        "conflict: another item here already has this serial number"
    assert sync._reason(sqlite3.IntegrityError("NOT NULL constraint failed: item.name")).text() == "it has no name"
    # a trigger's own words are the template, and the catalogue collects them from the store's schema
    trigger = sync._reason(sqlite3.IntegrityError("an act needs at least one line to be finalized"))
    assert trigger == sync.Message("an act needs at least one line to be finalized")
    assert trigger.message in collected_templates()


def test_an_act_signed_on_another_date_is_refused_with_both_dates(hq, tmp_path):
    _source, base = hq
    field = fresh("BISH")
    import_bundle(db=field, path=base)
    act_id = hand_over(field, serial="D-1", sign=False)
    finalized = tmp_path / "finalized.zip"
    export_bundle(db=field, path=finalized)
    office = fresh()
    import_bundle(db=office, path=base)
    import_bundle(db=office, path=finalized)
    number = field.execute("SELECT number FROM act WHERE id = ?", [act_id]).fetchone()[0]
    acts.sign_act(db=field, act_id=act_id, signed_date="2018-05-12")
    acts.sign_act(db=office, act_id=office.execute("SELECT id FROM act WHERE number = ?", [number]).fetchone()[0], signed_date="2018-05-14")
    signed = tmp_path / "signed.zip"
    export_bundle(db=field, path=signed)
    refused = [c for c in import_bundle(db=office, path=signed).refused if c.table == "act"]
    assert [c.why for c in refused] == [(sync.Message("conflict: recorded here as signed on {date_here}, in the bundle on {date_there}",
                                                      {"date_here": "2018-05-14", "date_there": "2018-05-12"}),)]
    assert refused[0].reason == "conflict: recorded here as signed on 2018-05-14, in the bundle on 2018-05-12"


def test_drafts_and_reference_data_take_the_newer_change(hq, tmp_path):
    source, base = hq
    target = fresh()
    import_bundle(db=target, path=base)
    inst = source.execute("SELECT id FROM institution ORDER BY id LIMIT 1").fetchone()[0]
    source.execute("UPDATE institution SET phone = 'new', updated_at = '2030-01-01T00:00:00Z' WHERE id = ?", [inst])
    draft = source.execute("SELECT id FROM act WHERE status = 'draft'").fetchone()[0]
    source.execute("UPDATE act SET goods_en = 'changed', updated_at = '2030-01-01T00:00:00Z' WHERE id = ?", [draft])
    newer = tmp_path / "newer.zip"
    export_bundle(db=source, path=newer)
    target_inst = target.execute("SELECT id FROM institution WHERE uuid = (SELECT uuid FROM institution WHERE id = ?)", [inst]).fetchone()
    target.execute("UPDATE institution SET phone = 'older local', updated_at = '2029-01-01T00:00:00Z' WHERE id = ?", [target_inst[0]])
    report = import_bundle(db=target, path=newer)
    assert {(c.table, c.action) for c in report.changes} == {("institution", "update"), ("act", "update")}
    assert target.execute("SELECT phone FROM institution WHERE id = ?", [target_inst[0]]).fetchone()[0] == "new"
    assert target.execute("SELECT goods_en FROM act WHERE status = 'draft'").fetchone()[0] == "changed"
    target.execute("UPDATE institution SET phone = 'newest local', updated_at = '2031-01-01T00:00:00Z' WHERE id = ?", [target_inst[0]])
    import_bundle(db=target, path=newer)
    assert target.execute("SELECT phone FROM institution WHERE id = ?", [target_inst[0]]).fetchone()[0] == "newest local"


def test_changes_since_the_last_bundle_for_an_office(hq, tmp_path):
    source, _base = hq
    first = export_bundle(db=source, path=tmp_path / "1.zip", office="bish")
    assert first.since is None and first.counts["items"] == 78
    assert sync.last_sent(db=source, office="BISH") is not None
    source.execute("UPDATE setting SET value = json_set(value, '$.since', '2030-01-01T00:00:00Z') WHERE key = 'sync:sent:BISH'")
    item = source.execute("SELECT id FROM item ORDER BY id LIMIT 1").fetchone()[0]
    source.execute("UPDATE item SET notes = 'moved', updated_at = '2030-06-01T00:00:00Z' WHERE id = ?", [item])
    second = export_bundle(db=source, path=tmp_path / "2.zip", office="BISH")
    assert second.counts["items"] == 1 and second.counts["programmes"] == 1 and second.counts["acts"] == 0
    everything = export_bundle(db=source, path=tmp_path / "3.zip", office="BISH", full=True)
    assert everything.counts["items"] == 78


def rewrite(path, out, change):
    """Copy a bundle, letting ``change(name, data) -> data`` alter parts (the manifest left as it was)."""
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info.filename, change(info.filename, src.read(info.filename)))


def test_edited_truncated_or_foreign_bundles_are_refused_whole(hq, tmp_path):
    _source, path = hq
    target = fresh()
    edited = tmp_path / "edited.zip"
    rewrite(path, edited, lambda n, d: d.replace(b"Government of Japan", b"Government of Japam") if n == "records.json" else d)
    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    notzip = tmp_path / "notzip.zip"
    notzip.write_text("hello")
    for bad, message in ((edited, "checksum|wrong size"), (truncated, "truncated"), (notzip, "truncated or not a zip"),
                         (tmp_path / "missing.zip", "does not exist")):
        with pytest.raises(BundleError, match=message):
            import_bundle(db=target, path=bad)
    assert target.execute("SELECT count(*) FROM item").fetchone()[0] == 0


def test_edited_act_with_recomputed_manifest_is_refused(hq, tmp_path):
    _source, path = hq
    with zipfile.ZipFile(path) as src:
        records_json = json.loads(src.read("records.json"))
        manifest = json.loads(src.read("manifest.json"))
        parts = {i.filename: src.read(i.filename) for i in src.infolist()}
    act = next(a for a in records_json["acts"] if a["status"] == "signed")
    act["content_json"] = act["content_json"].replace('"quantity":1', '"quantity":2', 1)
    data = json.dumps(records_json).encode()
    manifest["parts"]["records.json"] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    parts["records.json"], parts["manifest.json"] = data, json.dumps(manifest).encode()
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(forged, "w") as dst:
        for name, content in parts.items():
            dst.writestr(name, content)
    target = fresh()
    with pytest.raises(BundleError, match="does not match its content hash"):
        import_bundle(db=target, path=forged)
    assert target.execute("SELECT count(*) FROM act").fetchone()[0] == 0


def test_bundle_from_a_newer_version_is_refused(hq, tmp_path):
    _source, path = hq
    newer = tmp_path / "newer.zip"

    def change(name, data):
        if name == "manifest.json":
            manifest = json.loads(data)
            manifest["migrations"].append("9999_future")
            return json.dumps(manifest).encode()
        return data

    rewrite(path, newer, change)
    with pytest.raises(BundleError, match="newer version"):
        preview_bundle(db=fresh(), path=newer)


def test_malformed_records_with_matching_checksums_are_refused(hq, tmp_path):
    _source, path = hq
    for bad in (b"{not json", json.dumps({"format": sync.FORMAT, "items": [{"uuid": "x"}]}).encode(),
                json.dumps({"format": sync.FORMAT, "items": "many"}).encode()):
        with zipfile.ZipFile(path) as src:
            manifest = json.loads(src.read("manifest.json"))
            parts = {i.filename: src.read(i.filename) for i in src.infolist()}
        manifest["parts"]["records.json"] = {"sha256": hashlib.sha256(bad).hexdigest(), "size": len(bad)}
        parts["records.json"], parts["manifest.json"] = bad, json.dumps(manifest).encode()
        forged = tmp_path / "forged.zip"
        with zipfile.ZipFile(forged, "w") as dst:
            for name, content in parts.items():
                dst.writestr(name, content)
        target = fresh()
        with pytest.raises(BundleError):
            import_bundle(db=target, path=forged)
        assert target.execute("SELECT count(*) FROM item").fetchone()[0] == 0


def test_records_made_at_other_times_but_equal_in_what_an_update_writes_are_unchanged(hq, tmp_path):
    """Two laptops that loaded the same data at different times differ only in created_at: nothing to update, ever."""
    _source, path = hq
    target = fresh()
    import_bundle(db=target, path=path)
    for table in ("donor", "programme", "institution", "signatory", "item"):
        target.execute(f"UPDATE {table} SET created_at = '2001-01-01T00:00:00Z'")
    target.execute("UPDATE act SET created_at = '2001-01-01T00:00:00Z' WHERE status = 'draft'")
    for _ in range(2):
        before = audit_rows(target)
        report = import_bundle(db=target, path=path)
        assert (report.added, report.updated, report.refused) == ([], [], [])
        assert audit_rows(target) == before + 1  # only the import itself is recorded
    # and the other way round: the bundle of the laptop whose records are "older" changes nothing either
    back = tmp_path / "back.zip"
    export_bundle(db=target, path=back)
    assert not import_bundle(db=_source, path=back).updated


def test_a_tie_is_decided_the_same_way_on_both_laptops_and_settles(hq, tmp_path):
    """Equal updated_at, different content: both laptops keep the same version, and re-merging changes nothing."""
    _source, base = hq
    laptops = []
    for code, phone in (("BISH", "+996 1"), ("DUSH", "+992 2")):
        db = fresh(code)
        import_bundle(db=db, path=base)
        db.execute("UPDATE institution SET phone = ?, updated_at = '2030-01-01T00:00:00Z', created_at = ? WHERE id = 1",
                   [phone, f"2020-01-0{len(laptops) + 1}T00:00:00Z"])
        laptops.append(db)
    paths = []
    for number, db in enumerate(laptops):
        paths.append(tmp_path / f"{number}.zip")
        export_bundle(db=db, path=paths[-1])
    import_bundle(db=laptops[0], path=paths[1])
    import_bundle(db=laptops[1], path=paths[0])
    phones = [db.execute("SELECT phone FROM institution WHERE id = 1").fetchone()[0] for db in laptops]
    assert phones[0] == phones[1]
    for number, db in enumerate(laptops):
        again = tmp_path / f"again{number}.zip"
        export_bundle(db=db, path=again)
        other = laptops[1 - number]
        before = audit_rows(other)
        assert not import_bundle(db=other, path=again).updated
        assert audit_rows(other) == before + 1


def test_the_same_signed_scan_under_another_uuid_is_not_added_twice(hq, tmp_path):
    _source, base = hq
    field = fresh("BISH")
    import_bundle(db=field, path=base)
    act_id = hand_over(field, serial="S-9", sign=False)
    finalized = tmp_path / "finalized.zip"
    export_bundle(db=field, path=finalized)
    office = fresh()
    import_bundle(db=office, path=base)
    import_bundle(db=office, path=finalized)
    number = field.execute("SELECT number FROM act WHERE id = ?", [act_id]).fetchone()[0]
    office_act = office.execute("SELECT id FROM act WHERE number = ?", [number]).fetchone()[0]
    scan = ("signed.pdf", pdf_scan("the one signed copy"))
    # both laptops record the signature from the same scan: two random UUIDs, the same bytes
    acts.sign_act(db=field, act_id=act_id, signed_date="2018-05-12", scan=scan)
    acts.sign_act(db=office, act_id=office_act, signed_date="2018-05-12", scan=scan)
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(image_scan("JPEG"))
    for db, act in ((field, act_id), (office, office_act)):
        acts.add_attachment(db=db, path=photo, act_id=act, kind="photo")
    signed = tmp_path / "signed.zip"
    export_bundle(db=field, path=signed)
    count = "SELECT count(*) FROM attachment WHERE act_id = ?"
    for _ in range(2):
        report = import_bundle(db=office, path=signed)
        assert not report.refused and not [c for c in report.added if c.table == "attachment"]
        assert office.execute(count, [office_act]).fetchone()[0] == 2
    back = tmp_path / "back.zip"
    export_bundle(db=office, path=back)
    import_bundle(db=field, path=back)
    assert field.execute(count, [act_id]).fetchone()[0] == 2
    assert verified(office) and verified(field)



def test_reading_a_message_in_english_changes_nothing_in_it():
    message = sync.Message("conflict: another {kind} here already has this {field}", {"kind": "programme_donor", "field": "serial_number"})
    assert message.text() == "conflict: another programme donor here already has this serial number"
    assert message.params == {"kind": "programme_donor", "field": "serial_number"}
    plain = sync.Message("conflict: another {kind} here has it", {"kind": "programme_donor"})
    assert plain.text() == "conflict: another programme donor here has it" and plain.params == {"kind": "programme_donor"}


def test_issued_prints_travel_with_their_acts(hq, tmp_path):
    """A print recorded on one laptop verifies on another, even after a change of the layout there."""
    from equipment_desk.documents import printing
    from equipment_desk.documents.verify import verify_pdf
    from equipment_desk.store import prints

    source, _base = hq
    export_bundle(db=source, path=tmp_path / "1.zip", office="BISH")
    data = printing.certificate_pdf(db=source, act_id=1, languages="en", copies=1)
    assert printing.record_print(db=source, act_ids=[1], source=data, languages="en") == 1
    # printed since the last bundle, though the act itself did not change: the next bundle carries the print
    later = export_bundle(db=source, path=tmp_path / "2.zip", office="BISH")
    assert later.counts["acts"] == 1
    target = fresh("BISH")
    assert not import_bundle(db=target, path=tmp_path / "1.zip").refused
    assert prints.issued_prints(db=target) == []
    assert not import_bundle(db=target, path=tmp_path / "2.zip").refused
    [kept] = prints.issued_prints(db=target)
    [original] = prints.issued_prints(db=source)
    assert {k: kept[k] for k in prints.BUNDLE_COLUMNS} == {k: original[k] for k in prints.BUNDLE_COLUMNS}
    [result] = verify_pdf(db=target, source=data, reprint=lambda *args: b"%PDF- a new layout")
    assert result.ok
    # only the bundle's word says the other laptop issued it: said so, with the register's record to compare
    assert result.checked == "received" and any("bundle's word" in note for note in result.notes)
    assert any("compare the paper" in line for line in result.lines()) and result.record
    # where this laptop makes the same print, the file is its own print: no bundle's word needed
    [same] = verify_pdf(db=target, source=data, reprint=lambda act_id, languages, copies: printing.certificate_pdf(
        db=target, act_id=act_id, languages=languages, copies=copies))
    assert same.ok and same.checked == "identical" and not any("bundle" in note for note in same.notes)
    assert check_database(db=target).ok, check_database(db=target).lines()
    # the same bundle again adds nothing
    assert not import_bundle(db=target, path=tmp_path / "2.zip").refused
    assert len(prints.issued_prints(db=target)) == 1


def test_a_malformed_record_of_issued_prints_refuses_its_act(hq, tmp_path):
    source, path = hq
    printing_data = b"%PDF-1.4 a print"
    from equipment_desk.store import prints

    prints.record_issued_print(db=source, act_ids=[1], source=printing_data)
    bundle = tmp_path / "bad.zip"
    export_bundle(db=source, path=bundle)

    def change(name, data):
        if name != sync.RECORDS:
            return data
        records_json = json.loads(data)
        for act in records_json["acts"]:
            for entry in act["issued_prints"]:
                entry["sha256"] = "not a hash"
        return json.dumps(records_json).encode()

    edited = tmp_path / "edited.zip"
    rewrite(bundle, edited, change)
    _recompute_manifest(edited)
    target = fresh("BISH")
    report = import_bundle(db=target, path=edited)
    assert report.refused
    assert prints.issued_prints(db=target) == []


def _recompute_manifest(path):
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(parts[sync.MANIFEST])
    for name, data in parts.items():
        if name in manifest["parts"]:
            manifest["parts"][name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    parts[sync.MANIFEST] = json.dumps(manifest).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)

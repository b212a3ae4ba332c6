"""Signed scans in bundles: a replaced scan travels with its journal entries and is verified on arrival; every scan
that arrives is checked by content as one filed here is; an edited, swapped or cut scan is refused whole."""

from __future__ import annotations

import hashlib
import json
import zipfile

import pytest

from equipment_desk.exchange import sync
from equipment_desk.exchange.sync import BundleError, import_bundle
from equipment_desk.store import acts
from equipment_desk.store.acts.journal import scan_history
from equipment_desk.store.check import check_database
from tests.exchange.test_sync import fresh, snapshot
from tests.exchange.test_sync_lifecycle import _act, _send, two_offices  # noqa: F401 - a fixture
from tests.scans import image_scan, pdf_scan

REASON = "the first scan was of the unsigned copy"


def _rescan(db, act_id, tmp_path, text: str, reason: str = REASON) -> None:
    path = tmp_path / f"{text.replace(' ', '-')}.pdf"
    path.write_bytes(pdf_scan(text))
    acts.replace_signed_scan(db=db, act_id=act_id, scan_path=path, reason=reason)


def _uuid(db) -> str:
    return db.execute("SELECT uuid FROM act WHERE number = 'BISH-2018-0001'").fetchone()[0]


def _current_scan(db) -> tuple[str, bytes]:
    row = db.execute("SELECT a.filename, a.data FROM act JOIN attachment a ON a.id = act.signed_scan_id "
                     "WHERE act.number = 'BISH-2018-0001'").fetchone()
    return row[0], bytes(row[1])


def _journal(db) -> list[tuple[str, dict]]:
    return [(event, json.loads(body)) for event, body in db.execute(
        "SELECT event, body FROM act_log WHERE act_uuid = ? ORDER BY pos", [_uuid(db)]).fetchall()]


@pytest.fixture
def rescanned(two_offices, tmp_path):  # noqa: F811 - the imported fixture
    """The field office signs BISH-2018-0001, HQ receives it, then the field office replaces the scan with a reason."""
    hq, field, refs = two_offices
    act_id = _act(field, refs, 1)
    acts.sign_act(db=field, act_id=act_id, signed_date="2018-05-11", scan=("signed.pdf", pdf_scan("unsigned copy")))
    report = import_bundle(db=hq, path=_send(field, tmp_path, "signed.zip"))
    assert report.applied, [str(c) for c in report.refused]
    _rescan(field, act_id, tmp_path, "signed and stamped")
    return hq, field, _send(field, tmp_path, "rescanned.zip")


def test_a_replaced_scan_travels_with_its_reason_and_the_act_verifies_there(rescanned):
    hq, field, bundle = rescanned
    report = import_bundle(db=hq, path=bundle)
    assert report.applied and [str(c) for c in report.updated] == ["update act BISH-2018-0001: signed scan replaced"]
    assert _current_scan(hq)[1] == pdf_scan("signed and stamped")
    assert [(e["sha256"], e["reason"]) for e in scan_history(hq, _uuid(hq))] == \
        [(e["sha256"], e["reason"]) for e in scan_history(field, _uuid(field))]
    event, body = _journal(hq)[-1]
    assert event == "scan" and body["reason"] == REASON and body["replaces"] == scan_history(hq, _uuid(hq))[0]["uuid"]
    assert check_database(db=hq).ok
    # the first scan is kept as it was; importing the same bundle again changes nothing
    assert hq.execute("SELECT count(*) FROM attachment WHERE kind = 'signed_scan'").fetchone()[0] == 2
    before = snapshot(hq)
    again = import_bundle(db=hq, path=bundle)
    assert again.applied and not again.changes and snapshot(hq) == before


def test_a_laptop_that_never_saw_the_act_gets_its_whole_history(rescanned, tmp_path):
    _hq, field, _bundle = rescanned
    third = fresh("DUSH")
    report = import_bundle(db=third, path=_send(field, tmp_path, "everything.zip"))
    assert report.applied, [str(c) for c in report.refused]
    assert [e for e, _ in _journal(third)] == ["seal", "sign", "scan"]
    assert [(e["sha256"], e["reason"], e["at"], e["by"]) for e in scan_history(third, _uuid(third))] == \
        [(e["sha256"], e["reason"], e["at"], e["by"]) for e in scan_history(field, _uuid(field))]
    assert _current_scan(third)[1] == pdf_scan("signed and stamped")
    assert check_database(db=third).ok


def test_a_laptop_further_on_keeps_its_scan(rescanned, tmp_path):
    """An older bundle (before the rescan) arriving after the rescan changes nothing."""
    hq, _field, bundle = rescanned
    import_bundle(db=hq, path=bundle)
    older = tmp_path / "signed.zip"  # written before the rescan
    before = snapshot(hq)
    report = import_bundle(db=hq, path=older)
    assert report.applied and not report.refused and snapshot(hq) == before


def test_scans_replaced_differently_on_two_laptops_are_a_conflict(rescanned, tmp_path):
    hq, _field, bundle = rescanned
    act_id = hq.execute("SELECT id FROM act WHERE number = 'BISH-2018-0001'").fetchone()[0]
    _rescan(hq, act_id, tmp_path, "another scan made at headquarters", reason="the page was cut off")
    before = snapshot(hq)
    report = import_bundle(db=hq, path=bundle)
    assert not report.applied
    [refused] = [c for c in report.refused if c.table == "act"]
    assert refused.why[0].message.startswith("conflict: the signed scan of act {number} was replaced here and elsewhere differently")
    assert snapshot(hq) == before


# --- hostile bundles ---------------------------------------------------------------------------------

def _forge(path, out, *, records=None, parts=None):
    """A copy of the bundle with records.json and parts changed, and the manifest recomputed to match."""
    with zipfile.ZipFile(path) as archive:
        contents = {name: archive.read(name) for name in archive.namelist()}
    data = json.loads(contents[sync.RECORDS])
    if records is not None:
        records(data)
    contents[sync.RECORDS] = json.dumps(data, ensure_ascii=False).encode()
    if parts is not None:
        parts(contents, data)
        contents[sync.RECORDS] = json.dumps(data, ensure_ascii=False).encode()
    manifest = json.loads(contents[sync.MANIFEST])
    for name, content in contents.items():
        if name in manifest["parts"]:
            manifest["parts"][name] = {"sha256": hashlib.sha256(content).hexdigest(), "size": len(content)}
    contents[sync.MANIFEST] = json.dumps(manifest).encode()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in contents.items():
            archive.writestr(name, content)
    return out


def _act_record(data):
    return next(a for a in data["acts"] if a.get("number") == "BISH-2018-0001")


def _newest_scan(data):
    return _act_record(data)["signed_scan_uuid"]


def _swap(new_bytes: bytes, *, record: bool, history: bool):
    """Put other bytes in place of the newest scan; fix its attachment record and its history entry, or not."""
    def change(contents, data):
        uuid = _newest_scan(data)
        contents[f"{sync.ATTACHMENT_DIR}{uuid}"] = new_bytes
        digest = hashlib.sha256(new_bytes).hexdigest()
        if record:
            attachment = next(a for a in data["attachments"] if a["uuid"] == uuid)
            attachment.update(sha256=digest, size=len(new_bytes))
        if history:
            _act_record(data)["scans"][-1]["sha256"] = digest
    return change


def _drop_reason(data):
    _act_record(data)["scans"][-1]["reason"] = ""


def _reorder(data):
    history = _act_record(data)["scans"]
    history.reverse()


def _wrong_replaces(data):
    _act_record(data)["scans"][-1]["replaces"] = "00000000-0000-4000-8000-000000000000"


def _no_history_end(data):
    _act_record(data)["scans"].pop()


FORGERIES = {
    "the reason of the replacement removed": ({"records": _drop_reason}, "does not hold together"),
    "the history put in another order": ({"records": _reorder}, "does not hold together"),
    "the replacement names another scan": ({"records": _wrong_replaces}, "does not hold together"),
    "the replacement left out of the history": ({"records": _no_history_end}, "does not end with its signed scan"),
    "another PDF put in place of the scan": ({"parts": _swap(pdf_scan("a forged page"), record=False, history=False)},
                                             "an attachment's data does not match its record"),
    "another PDF, its record edited to match": ({"parts": _swap(pdf_scan("a forged page"), record=True, history=False)},
                                                "does not agree with its attachments"),
    "the scan cut short, every checksum edited to match": ({"parts": _swap(pdf_scan("signed and stamped")[:-40], record=True, history=True)},
                                                           "is not a whole PDF file"),
    "a PDF with something appended, every checksum edited": (
        {"parts": _swap(pdf_scan("signed and stamped") + b"PK\x03\x04 hidden zip", record=True, history=True)}, "is not a whole PDF file"),
}


@pytest.mark.parametrize("forgery", list(FORGERIES))
def test_an_edited_bundle_is_refused_whole_and_writes_nothing(rescanned, tmp_path, forgery):
    hq, _field, bundle = rescanned
    changes, said = FORGERIES[forgery]
    forged = _forge(bundle, tmp_path / "forged.zip", **changes)
    before = snapshot(hq)
    report = import_bundle(db=hq, path=forged)
    assert not report.applied
    reasons = [c.reason for c in report.refused]
    assert any(said in reason for reason in reasons), reasons
    assert snapshot(hq) == before
    assert check_database(db=hq).ok


def test_a_scan_held_here_swapped_in_the_bundle_is_a_conflict(rescanned, tmp_path):
    """HQ holds the first scan under its UUID: a bundle giving other bytes for that UUID (everything recomputed) is refused."""
    hq, field, _bundle = rescanned
    third = fresh("DUSH")
    full = _send(field, tmp_path, "full.zip")

    def swap_first(contents, data):
        first = _act_record(data)["scans"][0]
        other = pdf_scan("not the scan that was signed")
        digest = hashlib.sha256(other).hexdigest()
        contents[f"{sync.ATTACHMENT_DIR}{first['uuid']}"] = other
        next(a for a in data["attachments"] if a["uuid"] == first["uuid"]).update(sha256=digest, size=len(other))
        first["sha256"] = digest

    forged = _forge(full, tmp_path / "forged.zip", parts=swap_first)
    before = snapshot(hq)
    report = import_bundle(db=hq, path=forged)
    assert not report.applied
    assert any("is not the file the bundle names" in c.reason for c in report.refused), [c.reason for c in report.refused]
    assert snapshot(hq) == before
    # a laptop that holds nothing cannot tell a consistent forgery from the real thing: it has only the bundle's word
    assert import_bundle(db=third, path=forged).applied


def test_a_malformed_history_is_refused_before_anything_is_merged(rescanned, tmp_path):
    hq, _field, bundle = rescanned
    forged = _forge(bundle, tmp_path / "forged.zip", records=lambda data: _act_record(data).update(scans=[{"uuid": 5}]))
    with pytest.raises(BundleError, match="scans is malformed"):
        import_bundle(db=hq, path=forged)


def test_an_attachment_that_is_not_a_whole_file_is_refused_as_one_filed_here_would_be(two_offices, tmp_path):  # noqa: F811 - the imported fixture
    """A photo kept with an item arrives content-checked too: a PNG header followed by noise is refused."""
    hq, field, _refs = two_offices
    item_id = field.execute("SELECT id FROM item").fetchone()[0]
    photo = tmp_path / "photo.png"
    photo.write_bytes(image_scan("PNG"))
    acts.add_attachment(db=field, path=photo, item_id=item_id, kind="photo")
    bundle = _send(field, tmp_path, "photo.zip")

    def noise(contents, data):
        attachment = next(a for a in data["attachments"] if a["kind"] == "photo")
        bad = image_scan("PNG")[:40] + bytes(range(256)) * 4
        contents[f"{sync.ATTACHMENT_DIR}{attachment['uuid']}"] = bad
        attachment.update(sha256=hashlib.sha256(bad).hexdigest(), size=len(bad))

    forged = _forge(bundle, tmp_path / "forged.zip", parts=noise)
    before = snapshot(hq)
    report = import_bundle(db=hq, path=forged)
    assert not report.applied
    assert any("is not a whole PNG file" in c.reason for c in report.refused), [c.reason for c in report.refused]
    assert snapshot(hq) == before
    assert import_bundle(db=hq, path=bundle).applied  # the real one goes through


def test_a_bundle_written_before_scans_carried_their_history_still_merges(two_offices, tmp_path):  # noqa: F811 - the imported fixture
    hq, field, refs = two_offices
    act_id = _act(field, refs, 1)
    acts.sign_act(db=field, act_id=act_id, signed_date="2018-05-11", scan=("signed.pdf", pdf_scan("signed")))
    old = _forge(_send(field, tmp_path, "signed.zip"), tmp_path / "old.zip",
                 records=lambda data: [act.pop("scans", None) for act in data["acts"]])
    report = import_bundle(db=hq, path=old)
    assert report.applied, [str(c) for c in report.refused]
    assert _current_scan(hq)[1] == pdf_scan("signed") and check_database(db=hq).ok

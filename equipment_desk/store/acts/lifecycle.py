"""An act's life after its draft: finalizing (numbering and sealing), signing, voiding.

Finalizing checks a draft completely, takes a snapshot of every line's item,
assigns the next number of its series (office code + year) and chains a
SHA-256 of its canonical content to the previous finalized act of the same
office.  From then on its content is frozen — by this package and by
triggers inside SQLite.  It can still be recorded as signed (date and the
signed scan) or voided with a reason; its number is never reused.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import sqlite_utils

from equipment_desk.core import act_texts
from equipment_desk.core.errors import InputError, Problem, RefusedError, message_template
from equipment_desk.core.hashing import SEALED_TEXTS_KEY, canonical_json, sha256_hex
from equipment_desk.core.numbering import act_year, format_number, series_of
from equipment_desk.core.scans import check_scan
from equipment_desk.core.validation import FieldError, parse_date
from equipment_desk.core.words import amount_in_words
from equipment_desk.store import settings as settings_store
from equipment_desk.store.acts import journal
from equipment_desk.store.acts.attachments import insert_attachment, read_scan
from equipment_desk.store.acts.document import live_content
from equipment_desk.store.acts.drafts import check_header_refs
from equipment_desk.store.acts.rows import act_lines, fetch_rows, get_act_row
from equipment_desk.store.audit import record_change
from equipment_desk.store.changes import changes
from equipment_desk.store.context import current_user
from equipment_desk.store.database import utc_now, write_transaction
from equipment_desk.store.languages import LINE_NATIONAL_COLUMNS, RECORD_LANGUAGES, column


def finalize_problems(*, db: sqlite_utils.Database, act_id: int) -> list[Problem]:
    """What keeps a draft from being finalized (empty when it is ready)."""
    row = get_act_row(db=db, act_id=act_id)
    if row["status"] != "draft":
        return [Problem("act is already {status}", params={"status": row["status"]}, field="status")]
    problems = []
    lines = act_lines(db=db, act_id=act_id)
    required = (
        ("act_date", message_template("the date is missing")),
        ("recipient_institution_id", message_template("the recipient institution is missing")),
        ("recipient_signatory_id", message_template("the recipient's signatory is missing")),
        ("programme_id", message_template("the programme is missing")),
    )
    for key, message in required:
        if row[key] is None:
            problems.append(Problem(message, field=key))
    if not (row["transferor_name"] or "").strip():
        problems.append(Problem("the donor-side signatory is missing", field="transferor_name"))
    if row["currency"] != "USD" and row["rate_micro"] is None:
        problems.append(Problem("an exchange rate to USD is required for an act in {currency}", params={"currency": row["currency"]}, field="rate"))
    if not lines:
        problems.append(Problem("the act has no lines; add at least one item", field="lines"))
    problems += check_header_refs(db, {}, row)
    problems += _date_problems(row)
    problems += _language_problems(db, row)
    if lines and not any(line["quantity"] * line["unit_value_minor"] for line in lines):
        problems.append(Problem("the act's total is 0; enter the value of the items", field="lines"))
    for line in lines:
        stock = fetch_rows(db, "SELECT available, written_off, name FROM item_stock WHERE id = ?", [line["item_id"]])[0]
        if stock["written_off"]:
            problems.append(Problem("line {line_no}: '{name}' has been written off", params={"line_no": line["line_no"], "name": stock["name"]}, field="lines"))
        elif line["quantity"] > stock["available"]:
            problems.append(
                Problem(
                    "line {line_no}: {quantity} of '{name}' asked for but only {left} is still available",
                    params={"line_no": line["line_no"], "quantity": line["quantity"], "name": stock["name"], "left": stock["available"]},
                    field="lines",
                )
            )
    return problems


MAX_DAYS_AHEAD = 30


def _date_problems(row: Mapping[str, Any]) -> list[Problem]:
    problems = []
    act_date = row["act_date"]
    if act_date and act_date > (date.today() + timedelta(days=MAX_DAYS_AHEAD)).isoformat():
        problems.append(Problem("the act's date {date} is more than {days} days ahead; check the year",
                                params={"date": act_date, "days": MAX_DAYS_AHEAD}, field="act_date"))
    late_rate = {
        "rate": message_template("the exchange rate takes effect on {effective}, after the act's date {date}; use the rate in effect on the act's date"),
        "nb_rate": message_template("the national bank rate takes effect on {effective}, after the act's date {date}; use the rate in effect on the act's date"),
    }
    for prefix, message in late_rate.items():
        effective = row[f"{prefix}_date"]
        if act_date and effective and row[f"{prefix}_micro"] is not None and effective > act_date:
            problems.append(Problem(message, params={"effective": effective, "date": act_date}, field=f"{prefix}_date"))
    return problems


_MISSING_TEXT = {
    "place": Problem("the place of the act has no text in {language}"),
    "goods": Problem("the goods handed over have no text in {language}"),
    "basis": Problem("the basis of the act has no text in {language}"),
    "transferor_org": Problem("the transferring organisation has no name in {language}"),
    "transferor_name": Problem("the donor-side signatory has no name in {language}"),
    "transferor_title": Problem("the donor-side signatory has no title in {language}"),
    "transferor_authority": Problem("the donor-side signatory's authority has no text in {language}"),
    "rate_source": Problem("the source of the exchange rate has no name in {language}"),
    "nb_rate_source": Problem("the national bank has no name in {language}"),
    "name": Problem("institution «{name}» has no name in {language}"),
    "signatory_name": Problem("signatory «{name}» has no name in {language}"),
    "title": Problem("signatory «{name}» has no title in {language}"),
    "authority": Problem("the authority of signatory «{name}» has no text in {language}"),
    "programme_name": Problem("programme {code} has no name in {language}"),
    "donor_name": Problem("donor «{name}» has no name in {language}"),
    "item_name": Problem("line {line_no}: item «{name}» has no name in {language}"),
}
"""What a text the act prints but one of its languages lacks is called: the record, the field and the language
(``{language}`` is a language code, worded by the reader)."""


def printed_texts(db: sqlite_utils.Database, row: Mapping[str, Any]) -> list[tuple[Mapping[str, Any], str, str, str, bool, dict[str, Any]]]:
    """Every recorded text an act prints, in one list: ``(record, column prefix, kind of text, field named in a
    problem, optional, parameters of the problem)``; the columns are ``{prefix}_{suffix}`` (:func:`.languages.column`).

    An optional text (authority, goods, basis, rate sources) may be left out
    altogether, but once given in one language it is needed in the others.
    """
    def one(sql: str, record_id: Any) -> Mapping[str, Any] | None:
        found = fetch_rows(db, sql, [record_id]) if record_id is not None else []
        return found[0] if found else None

    texts: list[tuple[Mapping[str, Any], str, str, str, bool, dict[str, Any]]] = [
        (row, "place", "place", "place", False, {}),
        (row, "goods", "goods", "goods", True, {}),
        (row, "basis", "basis", "basis", True, {}),
        (row, "transferor_org", "transferor_org", "transferor_org", False, {}),
        (row, "transferor_name", "transferor_name", "transferor_name", False, {}),
        (row, "transferor_title", "transferor_title", "transferor_title", False, {}),
        (row, "transferor_authority", "transferor_authority", "transferor_authority", True, {}),
    ]
    if row["rate_micro"] is not None:
        texts.append((row, "rate_source", "rate_source", "rate_source", True, {}))
    if row["nb_rate_micro"] is not None:
        texts.append((row, "nb_rate_source", "nb_rate_source", "nb_rate_source", True, {}))
    institution = one("SELECT * FROM institution WHERE id = ?", row["recipient_institution_id"])
    if institution:
        texts.append((institution, "name", "name", "recipient_institution_id", False, _names(institution, "name")))
    signatory = one("SELECT * FROM signatory WHERE id = ?", row["recipient_signatory_id"])
    if signatory:
        who = _names(signatory, "name", signatory["full_name"])
        texts.append((signatory, "name", "signatory_name", "recipient_signatory_id", False, who))
        texts.append((signatory, "title", "title", "recipient_signatory_id", False, who))
        texts.append((signatory, "authority", "authority", "recipient_signatory_id", True, who))
    programme = one("SELECT * FROM programme WHERE id = ?", row["programme_id"])
    if programme:
        texts.append((programme, "name", "programme_name", "programme_id", False, {"code": programme["code"]}))
        for donor in fetch_rows(db, """SELECT d.* FROM donor d JOIN programme_donor pd ON pd.donor_id = d.id
                                       WHERE pd.programme_id = ? ORDER BY pd.position, d.id""", [programme["id"]]):
            texts.append((donor, "name", "donor_name", "programme_id", False, _names(donor, "name")))
    for line in act_lines(db=db, act_id=row["id"]):
        item = {column("name", code): line[f"live_{column('name', code)}"] for code in RECORD_LANGUAGES}
        texts.append((item, "name", "item_name", "lines", False, {"line_no": line["line_no"], **_names(item, "name", line["live_name"]),
                                                                    "name": line["live_name"]}))
    return texts


def _named(record: Mapping[str, Any], prefix: str) -> str:
    """How a record is named in a message: its English text, else its Russian one."""
    return (record.get(f"{prefix}_en") or record.get(f"{prefix}_ru") or "").strip()


def _names(record: Mapping[str, Any], prefix: str, fallback: str = "") -> dict[str, str]:
    """A message's ``name`` (:func:`_named`, else ``fallback``) with the record's Russian and English ones beside it
    (``name_ru``, ``name_en``): a window in Russian names the record in Russian when it has that name."""
    return {"name": _named(record, prefix) or fallback, "name_ru": (record.get(f"{prefix}_ru") or "").strip(),
            "name_en": (record.get(f"{prefix}_en") or "").strip()}


def _language_problems(db: sqlite_utils.Database, row: Mapping[str, Any]) -> list[Problem]:
    """Every text the act prints must exist in each of its languages, each language's own: the office's data
    (:func:`printed_texts`), the fixed texts of the act (:func:`.act_texts.missing`) and the amount in words.  A Kyrgyz act prints
    the Kyrgyz texts and nothing stands in for one that is missing.  Nothing is copied from one language to
    another here: the user chooses to."""
    languages = tuple(row["languages"].split(","))
    problems = [problem for lang in languages for problem in act_texts.missing(lang)]
    total = sum(line["quantity"] * line["unit_value_minor"] for line in act_lines(db=db, act_id=row["id"]))
    for lang in languages:  # the amount in words is printed too
        try:
            amount_in_words(total, row["currency"], lang)
        except InputError:
            problems.append(Problem("the amount cannot be written in words in {language} yet", params={"language": lang},
                                    field="languages"))
    for source, prefix, kind, field, optional, params in printed_texts(db, row):
        present = [lang for lang in languages if (source.get(column(prefix, lang)) or "").strip()]
        if optional and not present:
            continue
        for lang in languages:
            if lang not in present:
                problems.append(Problem(_MISSING_TEXT[kind].message, params={**params, "language": lang},
                                        field=column(field, lang) if source is row else field))
    return problems


def next_number(*, db: sqlite_utils.Database, act_id: int) -> str:
    """The number finalizing this draft would assign now (for the confirmation)."""
    row = get_act_row(db=db, act_id=act_id)
    if row["status"] != "draft":
        return row["number"]
    if row["act_date"] is None:
        raise RefusedError("the act has no date yet, so its number is not known")
    office = settings_store.get_setting(db=db, key="office_code")
    number, _series, _seq = _allocate_number(db, office, act_year(row["act_date"]))
    return number


def _allocate_number(db: sqlite_utils.Database, office: str, year: int) -> tuple[str, str, int]:
    pattern = settings_store.get_setting(db=db, key="number_pattern")
    series = series_of(office, year)
    seq = journal.next_seq(db, series)
    number = format_number(pattern, office=office, year=year, seq=seq)
    if db.execute("SELECT 1 FROM act WHERE number = ?", [number]).fetchone() is not None or db.execute(
            "SELECT 1 FROM act_log WHERE event = 'seal' AND json_extract(body, '$.act.number') = ? COLLATE NOCASE", [number]).fetchone():
        raise RefusedError("act number {number} is already taken; check the office code and number pattern in Settings", number=number)
    return number, series, seq


@changes("acts", "items")
def finalize_act(*, db: sqlite_utils.Database, act_id: int, user: str | None = None) -> dict[str, Any]:
    """Check, number, snapshot and hash a draft; returns ``{"number", "content_hash"}``.

    Runs in one ``BEGIN IMMEDIATE`` transaction, so two programs finalizing
    at once still get consecutive numbers.
    """
    user = user or current_user()
    with write_transaction(db):
        problems = finalize_problems(db=db, act_id=act_id)
        if problems:
            raise InputError(problems, message="the act cannot be finalized yet")
        row = get_act_row(db=db, act_id=act_id)
        office = settings_store.get_setting(db=db, key="office_code")
        number, series, seq = _allocate_number(db, office, act_year(row["act_date"]))
        last_pos, previous_hash = journal.chain_end(db, office)
        chain_pos = last_pos + 1
        national = [f"{snapshot} = ?" for snapshot in LINE_NATIONAL_COLUMNS]
        for line in act_lines(db=db, act_id=act_id):
            db.execute(
                f"""UPDATE act_line SET item_name = ?, item_name_ru = ?, item_name_en = ?, item_model = ?, serial_number = ?,
                       inventory_number = ?, unit = ?, {', '.join(national)} WHERE id = ?""",
                [line["live_name"], line["live_name_ru"], line["live_name_en"], line["live_model"], line["live_serial"],
                 line["live_inventory"], line["live_unit"], *(line[f"live_{snapshot[len('item_'):]}"] for snapshot in LINE_NATIONAL_COLUMNS),
                 line["id"]],
            )
        row.update(number=number, office_code=office, previous_hash=previous_hash)
        content = live_content(db, row, act_lines(db=db, act_id=act_id))
        # the fixed texts it prints, as the files say them now: a later correction of a file never changes this act
        content[SEALED_TEXTS_KEY] = act_texts.sealed_texts(content["languages"])
        if row["currency"] != "USD" and content["totals"]["usd_minor"] is None:
            raise InputError(Problem("an exchange rate to USD is required", field="rate"))
        text = canonical_json(content)
        content_hash = sha256_hex(text)
        now = utc_now()
        sealed = {"number": number, "office_code": office, "series": series, "seq": seq, "chain_pos": chain_pos, "content_json": text,
                  "content_hash": content_hash, "previous_hash": previous_hash, "finalized_at": now, "finalized_by": user}
        journal.record_seal(db, {**row, **sealed}, journal.act_lines_rows(db, act_id))
        db.execute(
            f"UPDATE act SET status = 'finalized', {', '.join(f'{c} = ?' for c in sealed)}, updated_at = ? WHERE id = ? AND status = 'draft'",
            [*sealed.values(), now, act_id],
        )
        record_change(db, action="finalize", table="act", record_uuid=row["uuid"], record_id=act_id,
                      changes={"number": number, "content_hash": content_hash}, user=user)
    return {"number": number, "content_hash": content_hash}


# --- after finalizing: signed, void -----------------------------------------------------------

@changes("acts", "attachments")
def sign_act(
    *,
    db: sqlite_utils.Database,
    act_id: int,
    signed_date: Any,
    scan_path: str | Path | None = None,
    scan: tuple[str, bytes] | None = None,
    user: str | None = None,
    scan_uuid: str | None = None,
) -> dict[str, Any]:
    """Record that the act came back signed and stamped, with its scan (PDF, JPG or PNG).

    The signing date may not be before the act's date nor in the future.
    """
    user = user or current_user()
    row = get_act_row(db=db, act_id=act_id)
    if row["status"] != "finalized":
        if row["status"] == "draft":
            raise RefusedError("act {ref} is a draft; finalize it before recording it as signed", ref=row["id"])
        raise RefusedError("act {number} is already {status}", number=row["number"], status=row["status"])
    try:
        signed = parse_date(signed_date)
    except FieldError as error:
        raise InputError(Problem(error.message, field="date", value=signed_date)) from error
    if signed < row["act_date"]:
        raise InputError(Problem("the signing date {date} is before the act's date {act_date}", params={"date": signed, "act_date": row["act_date"]}, field="date", value=signed_date))
    if signed > date.today().isoformat():
        raise InputError(Problem("the signing date {date} is in the future", params={"date": signed}, field="date", value=signed_date))
    if scan_path is not None:
        scan = read_scan(scan_path)
    elif scan is not None:
        check_scan(scan[1], scan[0])  # bytes handed over are evidence too: a whole PDF, PNG or JPEG
    with write_transaction(db):
        scan_id = None
        if scan is not None:
            scan_id = insert_attachment(db, act_id=act_id, item_id=None, kind="signed_scan", filename=scan[0], data=scan[1],
                                        user=user, uuid=scan_uuid)
        now = utc_now()
        signing = {"signed_date": signed, "signed_at": now, "signed_by": user}
        journal.record_sign(db, row["uuid"], signing, journal.attachment_row(db, scan_id))
        db.execute(
            "UPDATE act SET status = 'signed', signed_date = ?, signed_at = ?, signed_by = ?, signed_scan_id = ?, updated_at = ? WHERE id = ?",
            [signed, now, user, scan_id, now, act_id],
        )
        record_change(db, action="sign", table="act", record_uuid=row["uuid"], record_id=act_id,
                      changes={"signed_date": signed, "scan": scan[0] if scan else None}, user=user)
    return {"number": row["number"], "signed_date": signed, "scan_id": scan_id}


@changes("acts", "attachments")
def attach_signed_scan(*, db: sqlite_utils.Database, act_id: int, scan_path: str | Path, user: str | None = None) -> int:
    """Attach the signed scan to an act recorded as signed without one."""
    row = get_act_row(db=db, act_id=act_id)
    if row["status"] != "signed":
        raise RefusedError("only a signed act takes its signed scan; record it as signed first")
    if row["signed_scan_id"] is not None:
        raise RefusedError("act {number} already has its signed scan", number=row["number"])
    return _new_scan(db, row, read_scan(scan_path), reason="", user=user or current_user())


@changes("acts", "attachments")
def replace_signed_scan(*, db: sqlite_utils.Database, act_id: int, scan_path: str | Path, reason: str, user: str | None = None) -> int:
    """Replace a signed act's scan (a wrong or unreadable one) with a reason; the old scan stays, the journal records both."""
    reason = (reason or "").strip()
    if not reason:
        raise InputError(Problem("a reason is required to replace a signed scan", field="reason"))
    if len(reason) > 2000:
        raise InputError(Problem("is too long ({length} characters); at most {limit}", params={"length": len(reason), "limit": 2000}, field="reason"))
    row = get_act_row(db=db, act_id=act_id)
    if row["status"] != "signed":
        raise RefusedError("only the scan of a signed act can be replaced; act {number} is {status}", number=row["number"] or row["id"],
                           status=row["status"])
    if row["signed_scan_id"] is None:
        raise RefusedError("act {number} has no signed scan yet; attach one instead", number=row["number"])
    return _new_scan(db, row, read_scan(scan_path), reason=reason, user=user or current_user())


def _new_scan(db: sqlite_utils.Database, row: Mapping[str, Any], scan: tuple[str, bytes], *, reason: str, user: str) -> int:
    filename, data = scan
    old = journal.attachment_row(db, row["signed_scan_id"])
    if old is not None and old["sha256"] == sha256_hex(data):
        raise RefusedError("the file is the signed scan the act already has")
    with write_transaction(db):
        scan_id = insert_attachment(db, act_id=row["id"], item_id=None, kind="signed_scan", filename=filename, data=data, user=user)
        now = utc_now()
        journal.record_scan(db, row["uuid"], journal.attachment_row(db, scan_id), replaces=old["uuid"] if old else None,
                            reason=reason, at=now, by=user)
        db.execute("UPDATE act SET signed_scan_id = ?, updated_at = ? WHERE id = ?", [scan_id, now, row["id"]])
        changes: dict[str, Any] = {"scan": filename}
        if old is not None:
            changes.update(replaces=old["filename"], replaced_sha256=old["sha256"], reason=reason)
        record_change(db, action="replace_scan" if old else "attach_scan", table="act", record_uuid=row["uuid"], record_id=row["id"],
                      changes=changes, user=user)
    return scan_id


@changes("acts", "items")
def void_act(*, db: sqlite_utils.Database, act_id: int, reason: str, user: str | None = None) -> dict[str, Any]:
    """Void a finalized or signed act: kept and listed, its number never reused."""
    user = user or current_user()
    reason = (reason or "").strip()
    if not reason:
        raise InputError(Problem("a reason is required to void an act", field="reason"))
    if len(reason) > 2000:
        raise InputError(Problem("is too long ({length} characters); at most {limit}", params={"length": len(reason), "limit": 2000}, field="reason"))
    row = get_act_row(db=db, act_id=act_id)
    if row["status"] == "draft":
        raise RefusedError("a draft has no number to void; delete the draft instead")
    if row["status"] == "void":
        raise RefusedError("act {number} is already void", number=row["number"])
    with write_transaction(db):
        now = utc_now()
        journal.record_void(db, row["uuid"], {"void_reason": reason, "voided_at": now, "voided_by": user})
        db.execute("UPDATE act SET status = 'void', void_reason = ?, voided_at = ?, voided_by = ?, updated_at = ? WHERE id = ?",
                   [reason, now, user, now, act_id])
        record_change(db, action="void", table="act", record_uuid=row["uuid"], record_id=act_id, changes={"reason": reason}, user=user)
    return {"number": row["number"], "reason": reason}

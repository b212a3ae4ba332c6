"""An act in its documented JSON form (``docs/act-json.md``): built from the records, or read back as a draft."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import sqlite_utils

from equipment_desk.core.errors import InputError, NotFoundError, Problem
from equipment_desk.core.hashing import FORMAT, FORMAT_1
from equipment_desk.core.money import rate_to_string, sum_minor
from equipment_desk.core.validation import clean_record
from equipment_desk.store.acts.drafts import HEADER_FIELDS, add_lines, create_draft
from equipment_desk.store.acts.rows import act_lines, fetch_rows, get_act_row, line_texts, usd_total
from equipment_desk.store.changes import changes
from equipment_desk.store.database import write_transaction
from equipment_desk.store.records import INSTITUTION, ITEM, find_id, programme_donors


def _bilingual(row: Mapping[str, Any], prefix: str) -> dict[str, str]:
    return {"en": row.get(f"{prefix}_en") or "", "ru": row.get(f"{prefix}_ru") or ""}


def _rate(row: Mapping[str, Any], prefix: str, *, full: bool, content_format: str = FORMAT) -> dict[str, Any] | None:
    micro = row.get(f"{prefix}_micro")
    if micro is None:
        return None
    rate = {
        "value": rate_to_string(micro),
        "scale": row.get(f"{prefix}_scale") or 1,
        "type": row.get("rate_type") if prefix == "rate" else "national_bank",
        "source": row.get(f"{prefix}_source") or "" if content_format == FORMAT_1 else _bilingual(row, f"{prefix}_source"),
        "effective_date": row.get(f"{prefix}_date"),
    }
    if full and prefix == "rate":
        rate["entered_by"] = row.get("rate_entered_by")
        rate["entered_at"] = row.get("rate_entered_at")
    return rate


def _person(record: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """A signatory in content version 2: the name per language (each in its script), the gender and the
    Russian genitive of name and title that the preamble prints."""
    return {
        "name": _bilingual(record, f"{prefix}name"),
        "gender": record.get(f"{prefix}gender") or "",
        "name_genitive": {"ru": record.get(f"{prefix}name_ru_genitive") or ""},
        "title": _bilingual(record, f"{prefix}title"),
        "title_genitive": {"ru": record.get(f"{prefix}title_ru_genitive") or ""},
        "authority": _bilingual(record, f"{prefix}authority"),
    }


def live_content(db: sqlite_utils.Database, row: Mapping[str, Any], lines: list[dict[str, Any]],
                 content_format: str = FORMAT) -> dict[str, Any]:
    """The content of a draft, built from the records it refers to now, in ``content_format``
    (an older version only to check an act sealed in it, see :func:`.sealing.verify_act`)."""
    legacy = content_format == FORMAT_1
    recipient: dict[str, Any] = {"institution_uuid": None, "organisation": {"en": "", "ru": ""}, "country": "", "address": "", "signatory": None}
    if row["recipient_institution_id"] is not None:
        inst = fetch_rows(db, "SELECT * FROM institution WHERE id = ?", [row["recipient_institution_id"]])[0]
        recipient = {
            "institution_uuid": inst["uuid"],
            "organisation": _bilingual(inst, "name"),
            "country": inst["country"],
            "address": inst["address"],
            "signatory": None,
        }
    if row["recipient_signatory_id"] is not None:
        sig = fetch_rows(db, "SELECT * FROM signatory WHERE id = ?", [row["recipient_signatory_id"]])[0]
        if legacy:
            recipient["signatory"] = {
                "uuid": sig["uuid"],
                "name": sig["full_name"],
                "title": _bilingual(sig, "title"),
                "authority": _bilingual(sig, "authority"),
            }
        else:
            recipient["signatory"] = {"uuid": sig["uuid"], **_person(sig)}
    programme = None
    if row["programme_id"] is not None:
        prog = fetch_rows(db, "SELECT * FROM programme WHERE id = ?", [row["programme_id"]])[0]
        programme = {
            "code": prog["code"],
            "name": _bilingual(prog, "name"),
            "sub_programme": prog["sub_programme"],
            "donors": [
                {"uuid": d["uuid"], "name": _bilingual(d, "name")}
                for d in programme_donors(db=db, programme_id=prog["id"])
            ],
        }
    doc_lines = []
    frozen = row["status"] != "draft"
    for line in lines:
        texts = line_texts(line, frozen=frozen)
        names = {"en": texts.pop("name_en"), "ru": texts.pop("name_ru")}
        if not legacy:
            texts["name"] = names
        doc_lines.append(
            {
                "line_no": line["line_no"],
                "item_uuid": line["item_uuid"],
                **texts,
                "quantity": line["quantity"],
                "unit_value_minor": line["unit_value_minor"],
                "amount_minor": line["quantity"] * line["unit_value_minor"],
            }
        )
    amount = sum_minor((line["amount_minor"] for line in doc_lines), field="total")
    transferor_signatory = ({"name": row["transferor_name"], "title": _bilingual(row, "transferor_title"),
                             "authority": _bilingual(row, "transferor_authority")}
                            if legacy else _person(row, "transferor_"))
    return {
        "format": content_format,
        "uuid": row["uuid"],
        "number": row["number"],
        "office_code": row["office_code"],
        "date": row["act_date"],
        "place": _bilingual(row, "place"),
        "country": row["country"],
        "languages": row["languages"].split(","),
        "goods": _bilingual(row, "goods"),
        "transferor": {
            "organisation": _bilingual(row, "transferor_org"),
            "signatory": transferor_signatory,
        },
        "recipient": recipient,
        "programme": programme,
        "basis": _bilingual(row, "basis"),
        "transfer_type": row["transfer_type"],
        "currency": row["currency"],
        "rate": _rate(row, "rate", full=False, content_format=content_format),
        "national_rate": _rate(row, "nb_rate", full=False, content_format=content_format),
        "lines": doc_lines,
        "totals": {
            "quantity": sum(line["quantity"] for line in doc_lines),
            "amount_minor": amount,
            "usd_minor": usd_total(amount, row),
        },
        "previous_hash": row["previous_hash"],
    }


def act_document(*, db: sqlite_utils.Database, act_id: int) -> dict[str, Any]:
    """The act in the documented JSON form (``docs/act-json.md``).

    A finalized act is read from the content frozen at finalization, so it
    prints the same however its institution or items are edited later.
    """
    row = get_act_row(db=db, act_id=act_id)
    if row["status"] == "draft":
        document = live_content(db, row, act_lines(db=db, act_id=act_id))
    else:
        document = json.loads(row["content_json"])
    if document.get("rate") is not None:
        document["rate"]["entered_by"] = row["rate_entered_by"]
        document["rate"]["entered_at"] = row["rate_entered_at"]
    document.update(
        status=row["status"],
        content_hash=row["content_hash"],
        previous_hash=row["previous_hash"],
        created_at=row["created_at"],
        created_by=row["created_by"],
        finalized_at=row["finalized_at"],
        finalized_by=row["finalized_by"],
        signed=None,
        void=None,
    )
    if row["signed_date"]:
        scan = None
        if row["signed_scan_id"] is not None:
            att = fetch_rows(db, "SELECT uuid, filename, sha256 FROM attachment WHERE id = ?", [row["signed_scan_id"]])[0]
            scan = {"uuid": att["uuid"], "filename": att["filename"], "sha256": att["sha256"]}
        document["signed"] = {"date": row["signed_date"], "scan": scan}
    if row["status"] == "void":
        document["void"] = {"reason": row["void_reason"], "at": row["voided_at"], "by": row["voided_by"]}
    return document


# --- import from the JSON form -------------------------------------------------------------------

JSON_PATHS = {
    "act_date": "date", "place_en": "place.en", "place_ru": "place.ru", "goods_en": "goods.en", "goods_ru": "goods.ru",
    "basis_en": "basis.en", "basis_ru": "basis.ru", "transferor_org_en": "transferor.organisation.en",
    "transferor_org_ru": "transferor.organisation.ru", "transferor_name": "transferor.signatory.name",
    "transferor_name_en": "transferor.signatory.name.en", "transferor_name_ru": "transferor.signatory.name.ru",
    "transferor_gender": "transferor.signatory.gender", "transferor_name_ru_genitive": "transferor.signatory.name_genitive.ru",
    "transferor_title_ru_genitive": "transferor.signatory.title_genitive.ru",
    "rate_source_en": "rate.source.en", "rate_source_ru": "rate.source.ru",
    "nb_rate_source_en": "national_rate.source.en", "nb_rate_source_ru": "national_rate.source.ru",
    "transferor_title_en": "transferor.signatory.title.en", "transferor_title_ru": "transferor.signatory.title.ru",
    "transferor_authority_en": "transferor.signatory.authority.en", "transferor_authority_ru": "transferor.signatory.authority.ru",
    "rate": "rate.value", "rate_scale": "rate.scale", "rate_type": "rate.type", "rate_source": "rate.source",
    "rate_date": "rate.effective_date", "nb_rate": "national_rate.value", "nb_rate_scale": "national_rate.scale",
    "nb_rate_source": "national_rate.source", "nb_rate_date": "national_rate.effective_date",
}
"""Where each header field lives in the JSON form, for messages about an imported act."""


def _text_of(value: Any, lang: str) -> str:
    if isinstance(value, dict):
        return str(value.get(lang) or "")
    return "" if value is None else str(value)


def _source(value: Any, column: str) -> dict[str, Any]:
    """A rate's source as header fields: per language (content version 2) or one text (version 1)."""
    if isinstance(value, Mapping):
        return {f"{column}_en": _text_of(value, "en"), f"{column}_ru": _text_of(value, "ru")}
    return {column: value}


@changes("acts")
def draft_from_document(*, db: sqlite_utils.Database, document: Mapping[str, Any], source: str = "", user: str | None = None) -> int:
    """Create a draft from an act in the JSON form; every problem is reported with its JSON path."""
    if not isinstance(document, Mapping):
        raise InputError(Problem("must be an act (a JSON object)", source=source))
    problems: list[Problem] = []

    def problem(message: str, path: str, value: Any = None, **params: Any) -> None:
        problems.append(Problem(message, params=params, field=path, source=source, value=value))

    header: dict[str, Any] = {}
    header["act_date"] = document.get("date")
    for key in ("place", "goods", "basis"):
        value = document.get(key)
        if value is not None and not isinstance(value, (dict, str)):
            problem("must be an object with en and ru texts", key, value)
            continue
        header[f"{key}_en"] = _text_of(value, "en")
        header[f"{key}_ru"] = _text_of(value, "ru")
    if document.get("country"):
        header["country"] = document["country"]
    languages = document.get("languages")
    if languages is not None:
        if isinstance(languages, list) and all(isinstance(code, str) for code in languages):
            header["languages"] = ",".join(languages)
        elif isinstance(languages, str):
            header["languages"] = languages
        else:
            problem("must be a list of one or two language codes, e.g. [\"ru\", \"en\"]", "languages", languages)
    for key in ("transfer_type", "currency"):
        if document.get(key) is not None:
            header[key] = document[key]
    transferor = document.get("transferor") or {}
    if not isinstance(transferor, Mapping):
        problem("must be an object", "transferor", transferor)
        transferor = {}
    organisation = transferor.get("organisation")
    if organisation:
        header["transferor_org_en"] = _text_of(organisation, "en")
        header["transferor_org_ru"] = _text_of(organisation, "ru")
    signatory = transferor.get("signatory") or {}
    if isinstance(signatory, Mapping) and signatory.get("name"):
        name = signatory.get("name")
        if isinstance(name, Mapping):  # content version 2: per language, with gender and genitive forms
            header.update(transferor_name_en=_text_of(name, "en"), transferor_name_ru=_text_of(name, "ru"))
            if signatory.get("gender") is not None:
                header["transferor_gender"] = signatory.get("gender")
            for part in ("name", "title"):
                genitive = _text_of(signatory.get(f"{part}_genitive"), "ru")
                if genitive:
                    header[f"transferor_{part}_ru_genitive"] = genitive
        else:
            header["transferor_name"] = name
        for part in ("title", "authority"):
            header[f"transferor_{part}_en"] = _text_of(signatory.get(part), "en")
            header[f"transferor_{part}_ru"] = _text_of(signatory.get(part), "ru")
    rate = document.get("rate")
    if isinstance(rate, Mapping):
        header.update(rate=rate.get("value"), rate_scale=rate.get("scale", 1), rate_type=rate.get("type"),
                      rate_date=rate.get("effective_date"), **_source(rate.get("source"), "rate_source"))
    elif rate is not None:
        problem("must be an object with value, scale, type, source and effective_date", "rate", rate)
    national = document.get("national_rate")
    if isinstance(national, Mapping):
        header.update(nb_rate=national.get("value"), nb_rate_scale=national.get("scale", 1),
                      nb_rate_date=national.get("effective_date"), **_source(national.get("source"), "nb_rate_source"))
    recipient = document.get("recipient") or {}
    if isinstance(recipient, Mapping) and (recipient.get("institution_uuid") or recipient.get("organisation")):
        inst_id = None
        for ref in (recipient.get("institution_uuid"), _text_of(recipient.get("organisation"), "en"), _text_of(recipient.get("organisation"), "ru")):
            if ref:
                try:
                    inst_id = find_id(db=db, kind=INSTITUTION, ref=ref)
                    break
                except NotFoundError:
                    continue
        if inst_id is None:
            problem("no such institution is recorded; add it first", "recipient.organisation", _text_of(recipient.get("organisation"), "en") or recipient.get("institution_uuid"))
        else:
            header["recipient_institution_id"] = inst_id
            sig = recipient.get("signatory") or {}
            if isinstance(sig, Mapping) and (sig.get("uuid") or sig.get("name")):
                name = sig.get("name")
                names = [_text_of(name, "ru"), _text_of(name, "en")] if isinstance(name, Mapping) else [_text_of(name, "en")] * 2
                found = db.execute(
                    """SELECT id FROM signatory WHERE institution_id = ?
                         AND (uuid = ? OR full_name IN (?, ?) OR name_ru = ? OR name_en = ?) ORDER BY active DESC, id LIMIT 1""",
                    [inst_id, sig.get("uuid"), *names, *names],
                ).fetchone()
                if found is None:
                    problem("is not a recorded signatory of {institution}", "recipient.signatory.name", " / ".join(dict.fromkeys(n for n in names if n)),
                            institution=_text_of(recipient.get("organisation"), "en"))
                else:
                    header["recipient_signatory_id"] = found[0]
    programme = document.get("programme")
    if isinstance(programme, Mapping) and programme.get("code"):
        row = db.execute("SELECT id FROM programme WHERE code = ? COLLATE NOCASE", [str(programme["code"])]).fetchone()
        if row is None:
            problem("no programme with this code is recorded", "programme.code", programme.get("code"))
        else:
            header["programme_id"] = row[0]
    header = {k: v for k, v in header.items() if v is not None}
    _clean, header_problems = clean_record(HEADER_FIELDS, header, partial=True, source=source)
    problems += [Problem(p.message, p.params, JSON_PATHS.get(p.field or "", p.field), p.row, p.source, p.value) for p in header_problems]
    lines_in = document.get("lines") or []
    if not isinstance(lines_in, list):
        problem("must be a list of lines", "lines", lines_in)
        lines_in = []
    line_specs: list[dict[str, Any]] = []
    for index, line in enumerate(lines_in):
        path = f"lines[{index}]"
        if not isinstance(line, Mapping):
            problem("must be an object", path, line)
            continue
        item_id = None
        for key in ("item_uuid", "serial_number", "inventory_number"):
            ref = line.get(key)
            if ref:
                try:
                    item_id = find_id(db=db, kind=ITEM, ref=ref)
                    break
                except NotFoundError:
                    continue
        if item_id is None:
            problem("matches no recorded item (by item_uuid, serial_number or inventory_number)", f"{path}.serial_number", line.get("serial_number") or line.get("item_uuid"))
            continue
        line_specs.append({"item_id": item_id, "quantity": line.get("quantity"), "unit_value_minor": line.get("unit_value_minor")})
    if problems:
        raise InputError(problems)
    with write_transaction(db):
        act_id = create_draft(db=db, data=header, user=user)
        if line_specs:
            try:
                add_lines(db=db, act_id=act_id, lines=line_specs, user=user)
            except InputError as error:
                raise InputError([Problem(p.message, p.params, p.field, p.row, source, p.value) for p in error.problems]) from error
    return act_id

"""Documents from the register: what the command line and the window call.

These read the act(s) and the office settings from the database and hand
plain data to the renderers (:mod:`.certificate`, :mod:`.collection`), which
know nothing of the database.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

import sqlite_utils

from equipment_desk.core.errors import InputError, Problem
from equipment_desk.core.validation import FieldError, parse_date
from equipment_desk.documents.certificate import render_certificate
from equipment_desk.documents.collection import render_collection
from equipment_desk.store import acts as store_acts
from equipment_desk.store import records
from equipment_desk.store.settings import get_setting

log = logging.getLogger(__name__)

__all__ = ["certificate_pdf", "collection_acts", "collection_pdf", "office_info", "office_logo", "programme_code_of",
           "write_pdf"]


def office_info(*, db: sqlite_utils.Database) -> dict:
    """The office that prints: ``{"code": …, "name": {"en": …, "ru": …}}``."""
    return {
        "code": get_setting(db=db, key="office_code") or "",
        "name": {
            "en": get_setting(db=db, key="office_name_en") or "",
            "ru": get_setting(db=db, key="office_name_ru") or "",
        },
    }


def office_logo(*, db: sqlite_utils.Database) -> bytes | None:
    """The logo image named in the settings, or ``None`` (none set, or unreadable: logged)."""
    path = (get_setting(db=db, key="logo_path") or "").strip()
    if not path:
        return None
    try:
        return Path(path).expanduser().read_bytes()
    except OSError as error:
        log.warning("the office logo %s cannot be read (%s); printing without it", path, error.strerror)
        return None


def certificate_pdf(*, db: sqlite_utils.Database, act_id: int, languages: Sequence[str] | str | None = None,
                    copies: int = 1) -> bytes:
    """The certificate of one act, as PDF bytes: the same call the window makes,
    so both print the same bytes (the letterhead is the act's own transferor,
    not the current settings; only the logo comes from the settings)."""
    act = store_acts.act_document(db=db, act_id=act_id)
    return render_certificate(act, languages=languages, copies=copies, logo=office_logo(db=db))


def programme_code_of(*, db: sqlite_utils.Database, ref: str) -> str:
    """The recorded code of the programme ``ref`` names (its code in any case, id or UUID);
    :class:`NotFoundError` ("no programme 'NOPE'") when there is none."""
    programme_id = records.find_id(db=db, kind=records.PROGRAMME, ref=ref)
    return records.get(db=db, kind=records.PROGRAMME, record_id=programme_id)["code"]


def collection_acts(*, db: sqlite_utils.Database, date_from: str | None, date_to: str | None,
                    programme_code: str | None = None) -> list[dict]:
    """The acts of a period that an auditor is shown: every finalized, signed or void act.

    ``programme_code`` must name a recorded programme (its code, any case; or
    its id or UUID): :class:`NotFoundError` ("no programme 'NOPE'") otherwise.
    """
    if programme_code is not None:
        programme_code = programme_code_of(db=db, ref=programme_code)
    if date_from and date_to:
        try:
            first, last = parse_date(date_from), parse_date(date_to)
        except FieldError as error:
            raise InputError(Problem(error.message, params=error.params, field="date")) from None
        if first > last:
            raise InputError(Problem("the period ends ({last}) before it starts ({first})",
                                     params={"first": first, "last": last}, field="to"))
    rows = store_acts.list_acts(db=db, date_from=date_from, date_to=date_to, programme_code=programme_code)
    return [store_acts.act_document(db=db, act_id=row["id"]) for row in rows if row["status"] != "draft"]


def collection_pdf(*, db: sqlite_utils.Database, date_from: str | None, date_to: str | None,
                   programme_code: str | None = None, languages: Sequence[str] | str | None = None,
                   acts: list[dict] | None = None) -> bytes:
    """Every act of the period after a cover list, as PDF bytes (``acts``: the
    period's acts when already read with :func:`collection_acts`)."""
    if acts is None:
        acts = collection_acts(db=db, date_from=date_from, date_to=date_to, programme_code=programme_code)
    return render_collection(acts, date_from=date_from, date_to=date_to, programme_code=programme_code,
                             languages=languages, logo=office_logo(db=db), office=office_info(db=db))


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_pdf(data: bytes, path: str | os.PathLike) -> Path:
    """Write ``data`` to ``path`` whole or not at all (temporary file, then rename)."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise InputError(Problem("is a folder; give a file name such as act.pdf", source=str(path)))
    if not folder.is_dir():
        raise InputError(Problem("the folder {folder} does not exist", params={"folder": str(folder)},
                                 source=str(path)))
    try:
        handle, temporary = tempfile.mkstemp(prefix=".~", suffix=".pdf", dir=folder)
    except OSError as error:
        raise InputError(Problem("cannot write in {folder} ({reason})",
                                 params={"folder": str(folder), "reason": error.strerror or error},
                                 source=str(path))) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
    except OSError as error:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise InputError(Problem("cannot write the file ({reason})", params={"reason": error.strerror or error},
                                 source=str(path))) from None
    return target

"""Documents from the register: what the command line and the window call.

These read the act(s) and the office settings from the database and hand
plain data to the renderers (:mod:`.certificate`, :mod:`.collection`), which
know nothing of the database.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import sqlite_utils

from equipment_desk.core.errors import InputError, Problem
from equipment_desk.core.files import atomic_output, write_file
from equipment_desk.core.validation import FieldError, parse_date
from equipment_desk.documents.certificate import render_certificate
from equipment_desk.documents.collection import render_collection, write_collection
from equipment_desk.store import acts as store_acts
from equipment_desk.store import prints as store_prints
from equipment_desk.store import records
from equipment_desk.store.settings import get_setting

log = logging.getLogger(__name__)

__all__ = ["act_documents", "certificate_pdf", "collection_act_ids", "collection_acts", "collection_pdf", "office_info",
           "office_logo", "programme_code_of", "record_print", "write_collection_pdf", "write_pdf"]


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


def collection_act_ids(*, db: sqlite_utils.Database, date_from: str | None, date_to: str | None,
                       programme_code: str | None = None) -> list[int]:
    """The acts of a period that an auditor is shown, by id in the register's order: every finalized, signed or
    void act.

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
    return [row["id"] for row in rows if row["status"] != "draft"]


def collection_acts(*, db: sqlite_utils.Database, date_from: str | None, date_to: str | None,
                    programme_code: str | None = None) -> list[dict]:
    """The documents of :func:`collection_act_ids` (all in memory: for a few acts)."""
    ids = collection_act_ids(db=db, date_from=date_from, date_to=date_to, programme_code=programme_code)
    return [store_acts.act_document(db=db, act_id=act_id) for act_id in ids]


def collection_pdf(*, db: sqlite_utils.Database, date_from: str | None, date_to: str | None,
                   programme_code: str | None = None, languages: Sequence[str] | str | None = None,
                   acts: list[dict] | None = None) -> bytes:
    """Every act of the period after a cover list, as PDF bytes (``acts``: the
    period's acts when already read with :func:`collection_acts`)."""
    if acts is None:
        acts = collection_acts(db=db, date_from=date_from, date_to=date_to, programme_code=programme_code)
    return render_collection(acts, date_from=date_from, date_to=date_to, programme_code=programme_code,
                             languages=languages, logo=office_logo(db=db), office=office_info(db=db))


def act_documents(*, db: sqlite_utils.Database, act_ids: Iterable[int]) -> Iterator[dict]:
    """Each act's document, read from the register only when it is reached (one act in memory at a time)."""
    for act_id in act_ids:
        yield store_acts.act_document(db=db, act_id=act_id)


def write_collection_pdf(*, db: sqlite_utils.Database, path: str | os.PathLike, act_ids: Sequence[int],
                         date_from: str | None, date_to: str | None, programme_code: str | None = None,
                         languages: Sequence[str] | str | None = None,
                         protected: Iterable[str | os.PathLike | None] = ()) -> Path:
    """Every act of ``act_ids`` after a cover list, written act by act to a temporary file beside ``path`` and
    renamed over it when whole: memory stays flat however many acts there are."""
    with atomic_output(path, protected=protected, what="acts.pdf") as temporary, temporary.open("wb") as handle:
        write_collection(act_documents(db=db, act_ids=act_ids), handle, date_from=date_from, date_to=date_to,
                         programme_code=programme_code, languages=languages, logo=office_logo(db=db),
                         office=office_info(db=db))
    return Path(path)


def record_print(*, db: sqlite_utils.Database, source: bytes | str | os.PathLike, act_ids: Sequence[int] = (),
                 acts: Sequence[dict] = (), kind: str = "certificate", languages: Sequence[str] | str | None = None,
                 copies: int = 1) -> int:
    """Record the PDF ``source`` (bytes or a written file) as issued for its acts — ``act_ids``, or the act
    documents ``acts`` (found by UUID) — so that ``verify`` accepts it byte for byte later, whatever changes
    in the layout (see :mod:`equipment_desk.store.prints`).  Drafts are skipped.  Returns the rows added."""
    ids = list(act_ids)
    uuids = [act["uuid"] for act in acts if act.get("uuid")]
    if uuids:
        placeholders = ",".join("?" * len(uuids))
        ids += [row[0] for row in db.execute(f"SELECT id FROM act WHERE uuid IN ({placeholders})", uuids)]
    return store_prints.record_issued_print(db=db, act_ids=ids, source=source, kind=kind, languages=languages,
                                            copies=copies)


def write_pdf(data: bytes, path: str | os.PathLike, *, protected: Iterable[str | os.PathLike | None] = ()) -> Path:
    """Write ``data`` to ``path`` whole or not at all, never over a database (see :mod:`equipment_desk.core.files`)."""
    return write_file(data, path, protected=protected, what="act.pdf")

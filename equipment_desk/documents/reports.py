"""The donor report from the register: the acts of a programme or a donor over a period, drawn as PDF.

The figures come from :mod:`equipment_desk.analytics`; the drawing is
:func:`equipment_desk.documents.donor_report.render_donor_report`.
"""

from __future__ import annotations

import io
from datetime import date
from typing import BinaryIO

import sqlite_utils

from equipment_desk.analytics.act_rows import HANDED_OVER, iter_acts
from equipment_desk.analytics.reports import ONE_DONOR_NOTE, check_date, find_donor, text, usd_by_period
from equipment_desk.core.errors import InputError, NotFoundError, Problem
from equipment_desk.documents.collection import append_acts
from equipment_desk.documents.donor_report import render_donor_report
from equipment_desk.documents.printing import act_documents, office_logo
from equipment_desk.documents.spool import PdfSpool
from equipment_desk.store.settings import all_settings


def _report_subject(db: sqlite_utils.Database, programme_code: str | None, donor: str | None, lang: str) -> tuple[str, str, list[str]]:
    if programme_code:
        row = db.execute("SELECT id, code, name_en, name_ru FROM programme WHERE code = ? COLLATE NOCASE", [programme_code.strip()]).fetchone()
        if row is None:
            raise NotFoundError("no programme with the code {code}", code=programme_code)
        donors = db.execute(
            "SELECT d.name_en, d.name_ru FROM donor d JOIN programme_donor pd ON pd.donor_id = d.id WHERE pd.programme_id = ? ORDER BY pd.position",
            [row[0]]).fetchall()
        name = (row[3] if lang == "ru" else row[2]) or row[2]
        label = "Программа" if lang == "ru" else "Programme"
        return label, f"{row[1]} — {name}", [(ru if lang == "ru" else en) or en for en, ru in donors]
    _uuid, name_en, name_ru = find_donor(db, donor)
    return ("Донор" if lang == "ru" else "Donor"), (name_ru if lang == "ru" else name_en) or name_en, []


def donor_report_pdf(
    *,
    db: sqlite_utils.Database,
    date_from: str,
    date_to: str,
    programme_code: str | None = None,
    donor: str | None = None,
    with_acts: bool = False,
    lang: str = "en",
    today: date | None = None,
) -> bytes:
    """The donor report for one programme (or every programme of one donor) and a period, as PDF bytes
    (:func:`write_donor_report` into memory; a report with every act is better written to a file directly)."""
    buffer = io.BytesIO()
    write_donor_report(db=db, handle=buffer, date_from=date_from, date_to=date_to, programme_code=programme_code,
                       donor=donor, with_acts=with_acts, lang=lang, today=today)
    return buffer.getvalue()


def write_donor_report(
    *,
    db: sqlite_utils.Database,
    handle: BinaryIO,
    date_from: str,
    date_to: str,
    programme_code: str | None = None,
    donor: str | None = None,
    with_acts: bool = False,
    lang: str = "en",
    today: date | None = None,
) -> None:
    """Write the donor report to the binary file ``handle``.

    Finalized and signed acts of the period; with ``with_acts`` each act's
    certificate follows, in the order listed, read from the register and
    written out a few acts at a time (memory does not grow with their number).
    """
    if (programme_code is None) == (donor is None):
        raise InputError(Problem("give either a programme or a donor", field="programme"))
    date_from, date_to = check_date(date_from, "from"), check_date(date_to, "to")
    label, name, donors = _report_subject(db, programme_code, donor, lang)
    donor_ref = find_donor(db, donor)[0] if donor is not None else None
    acts = list(iter_acts(db=db, statuses=HANDED_OVER, date_from=date_from, date_to=date_to, programme_code=programme_code, donor=donor_ref))
    office = all_settings(db=db)
    co_funded = {}
    if donor is not None:  # the acts of co-funded programmes count in full here: say which
        for act in acts:
            if len(act.donors_en) > 1:
                names = act.donors_ru if lang == "ru" else act.donors_en
                co_funded[act.programme_code] = [n or e for n, e in zip(names, act.donors_en)]
    report = render_donor_report(
        subject_label=label, subject_name=name, donors=donors, acts=acts, date_from=date_from, date_to=date_to,
        office_code=office.get("office_code", ""),
        office_name=office.get("office_name_ru" if lang == "ru" else "office_name_en") or office.get("office_name_en") or "",
        with_acts=with_acts and bool(acts), lang=lang, today=today, monthly=usd_by_period(acts, "month"),
        co_funded=co_funded, co_funded_note=text(ONE_DONOR_NOTE, lang) if co_funded else "",
    )
    if not (with_acts and acts):
        handle.write(report)
        return
    spool = PdfSpool(handle)
    pages, info = spool.add(report, keep_info=True)
    pages += append_acts(spool, act_documents(db=db, act_ids=[act.id for act in acts]), logo=office_logo(db=db))
    spool.finish(pages, info)

"""Totals of what was handed over, as a pivot of any two dimensions, and the acts still unsigned.

Only acts that count as handed over are added up: **finalized** and
**signed** acts — never drafts, never void acts.  Values come from what each
act froze at finalization.  Local amounts are kept per currency (they cannot
be added across currencies); the USD value of each act is its own total at
its own exchange rate, shared among its lines by amount.

A line of a programme funded by several donors counts in full for each of
them in a by-donor report (what each donor's programmes handed over); every
total across donors counts it once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import sqlite_utils

from equipment_desk.core.errors import InputError, Problem
from equipment_desk.core.validation import FieldError, parse_date
from equipment_desk.exchange.act_rows import HANDED_OVER, ActRow, iter_acts

DIMENSIONS = ("donor", "programme", "country", "institution", "category", "year", "month")
NONE_KEY = "—"
DEFAULT_UNSIGNED_DAYS = 30


@dataclass
class Cell:
    local: dict[str, int] = field(default_factory=dict)
    """Currency code -> amount in minor units."""
    usd_minor: int = 0
    items: int = 0
    lines: int = 0
    acts: set[str] = field(default_factory=set)

    @property
    def act_count(self) -> int:
        return len(self.acts)

    def add(self, act: ActRow, line: dict[str, Any]) -> None:
        self.local[act.currency] = self.local.get(act.currency, 0) + int(line["amount_minor"])
        self.usd_minor += int(line.get("usd_minor") or 0)
        self.items += int(line["quantity"])
        self.lines += 1
        self.acts.add(act.uuid)


@dataclass
class Pivot:
    rows_by: str
    cols_by: str | None
    row_keys: list[str]
    col_keys: list[str]
    cells: dict[tuple[str, str], Cell]
    row_totals: dict[str, Cell]
    col_totals: dict[str, Cell]
    total: Cell
    labels: dict[tuple[str, str], str]
    """(dimension, key) -> what to show (e.g. a programme's code and name)."""
    date_from: str | None = None
    date_to: str | None = None

    def cell(self, row: str, col: str | None = None) -> Cell:
        return self.cells.get((row, col or "")) or Cell()

    def label(self, dimension: str, key: str) -> str:
        return self.labels.get((dimension, key), key)


def check_dimension(name: str, field_name: str = "by") -> str:
    if name not in DIMENSIONS:
        raise InputError(Problem("must be one of {choices}", params={"choices": ", ".join(DIMENSIONS)}, field=field_name, value=name))
    return name


def _date(value: str | None, name: str) -> str | None:
    if value in (None, ""):
        return None
    try:
        return parse_date(value)
    except FieldError as error:
        raise InputError(Problem(error.message, field=name, value=value)) from error


def _keys(dimension: str, act: ActRow, line: dict[str, Any], labels: dict[tuple[str, str], str], lang: str) -> list[str]:
    if dimension == "donor":
        names = act.donors_ru if lang == "ru" else act.donors_en
        keys = [n or e for n, e in zip(names, act.donors_en)] or [NONE_KEY]
        return list(dict.fromkeys(keys))
    if dimension == "programme":
        key = act.programme_code or NONE_KEY
        labels[(dimension, key)] = f"{key} — {(act.programme_ru if lang == 'ru' else act.programme_en) or act.programme_en}" if act.programme_code else key
        return [key]
    if dimension == "country":
        return [act.country or NONE_KEY]
    if dimension == "institution":
        key = act.institution_uuid or act.recipient_en or NONE_KEY
        labels[(dimension, key)] = (act.recipient_ru if lang == "ru" else act.recipient_en) or act.recipient_en or key
        return [key]
    if dimension == "category":
        return [line.get("category") or "other"]
    if dimension == "year":
        return [(act.date or NONE_KEY)[:4]]
    if dimension == "month":
        return [(act.date or NONE_KEY)[:7]]
    raise AssertionError(dimension)


def pivot(
    *,
    db: sqlite_utils.Database,
    rows_by: str,
    cols_by: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    programme_code: str | None = None,
    donor: str | None = None,
    lang: str = "en",
) -> Pivot:
    """Totals of handed-over value by one dimension, or two (rows × columns)."""
    check_dimension(rows_by, "rows")
    if cols_by is not None:
        check_dimension(cols_by, "columns")
        if cols_by == rows_by:
            raise InputError(Problem("rows and columns must be two different dimensions", field="columns", value=cols_by))
    date_from, date_to = _date(date_from, "from"), _date(date_to, "to")
    if date_from and date_to and date_from > date_to:
        raise InputError(Problem("the period ends before it begins", field="to", value=date_to))
    cells: dict[tuple[str, str], Cell] = {}
    row_totals: dict[str, Cell] = {}
    col_totals: dict[str, Cell] = {}
    total = Cell()
    labels: dict[tuple[str, str], str] = {}
    for act in iter_acts(db=db, statuses=HANDED_OVER, date_from=date_from, date_to=date_to, programme_code=programme_code, donor=donor):
        for line in act.lines:
            rows = _keys(rows_by, act, line, labels, lang)
            cols = _keys(cols_by, act, line, labels, lang) if cols_by else [""]
            for r in rows:
                row_totals.setdefault(r, Cell()).add(act, line)
                for c in cols:
                    cells.setdefault((r, c), Cell()).add(act, line)
            if cols_by:
                for c in cols:
                    col_totals.setdefault(c, Cell()).add(act, line)
            total.add(act, line)
    return Pivot(
        rows_by=rows_by,
        cols_by=cols_by,
        row_keys=sorted(row_totals, key=lambda k: (k == NONE_KEY, k)),
        col_keys=sorted(col_totals, key=lambda k: (k == NONE_KEY, k)) if cols_by else [""],
        cells=cells,
        row_totals=row_totals,
        col_totals=col_totals,
        total=total,
        labels=labels,
        date_from=date_from,
        date_to=date_to,
    )


def pivot_rows(result: Pivot) -> list[dict[str, Any]]:
    """The pivot as a long table: one row per (row key, column key, currency), then the totals."""
    out: list[dict[str, Any]] = []

    def emit(row_key: str, col_key: str, cell: Cell) -> None:
        currencies = sorted(cell.local) or [""]
        for index, code in enumerate(currencies):
            out.append({
                "row": result.label(result.rows_by, row_key),
                "column": result.label(result.cols_by, col_key) if result.cols_by else "",
                "currency": code,
                "amount_minor": cell.local.get(code),
                "usd_minor": cell.usd_minor if index == 0 else None,
                "items": cell.items if index == 0 else None,
                "acts": cell.act_count if index == 0 else None,
            })

    for row_key in result.row_keys:
        for col_key in result.col_keys:
            cell = result.cells.get((row_key, col_key))
            if cell is not None:
                emit(row_key, col_key, cell)
        if result.cols_by:
            emit(row_key, "Total", result.row_totals[row_key])
    if result.cols_by:
        for col_key in result.col_keys:
            emit("Total", col_key, result.col_totals[col_key])
    emit("Total", "Total" if result.cols_by else "", result.total)
    return out


def export_pivot(result: Pivot, path: str | Path, *, lang: str = "en") -> int:
    """Write a pivot to XLSX or CSV (long form: row, column, currency, amount, USD, items, acts)."""
    from equipment_desk.exchange.export import Column, write_table

    ru = lang == "ru"
    titles = {"donor": ("Donor", "Донор"), "programme": ("Programme", "Программа"), "country": ("Country", "Страна"),
              "institution": ("Recipient", "Получатель"), "category": ("Category", "Категория"), "year": ("Year", "Год"),
              "month": ("Month", "Месяц")}
    columns = [Column("row", titles[result.rows_by][ru])]
    if result.cols_by:
        columns.append(Column("column", titles[result.cols_by][ru]))
    columns += [
        Column("currency", "Валюта" if ru else "Currency"),
        Column("amount_minor", "Сумма" if ru else "Amount", "money"),
        Column("usd_minor", "Сумма, USD" if ru else "Amount, USD", "money", currency_key="USD"),
        Column("items", "Предметов" if ru else "Items", "int"),
        Column("acts", "Актов" if ru else "Acts", "int"),
    ]
    return write_table(path, columns, pivot_rows(result), sheet_title="Report")


# --- unsigned ------------------------------------------------------------------------------------

@dataclass
class UnsignedAct:
    id: int
    number: str
    date: str
    recipient: str
    programme_code: str
    days: int
    state: str
    """``not signed`` (finalized, no signature recorded) or ``no scan`` (signed, but no signed copy kept)."""
    total_minor: int
    currency: str


def unsigned_acts(*, db: sqlite_utils.Database, days: int = DEFAULT_UNSIGNED_DAYS, today: date | None = None,
                  lang: str = "en") -> list[UnsignedAct]:
    """Acts finalized at least ``days`` days ago (by act date) that still have no signed copy."""
    if isinstance(days, bool) or not isinstance(days, int) or days < 0:
        raise InputError(Problem("must be a whole number of days, 0 or more", field="days", value=days))
    today = today or date.today()
    cutoff = (today - timedelta(days=days)).isoformat()
    out = []
    for act in iter_acts(db=db, statuses=HANDED_OVER, date_to=cutoff):
        if act.status == "signed" and act.has_scan:
            continue
        waited = (today - date.fromisoformat(act.date)).days if act.date else 0
        out.append(UnsignedAct(id=act.id, number=act.number or "", date=act.date or "",
                               recipient=(act.recipient_ru if lang == "ru" else act.recipient_en) or act.recipient_en,
                               programme_code=act.programme_code, days=waited,
                               state="not signed" if act.status == "finalized" else "no scan",
                               total_minor=act.total_minor, currency=act.currency))
    out.sort(key=lambda a: (-a.days, a.number))
    return out


def series_over_time(*, db: sqlite_utils.Database, by: str = "month", date_from: str | None = None, date_to: str | None = None,
                     programme_code: str | None = None, donor: str | None = None) -> list[tuple[str, int]]:
    """USD handed over per month (or year), in order: for the line chart."""
    result = pivot(db=db, rows_by=by if by in ("month", "year") else "month", date_from=date_from, date_to=date_to,
                   programme_code=programme_code, donor=donor)
    return [(key, result.row_totals[key].usd_minor) for key in result.row_keys]


# --- the donor report ------------------------------------------------------------------------------

def _report_subject(db: sqlite_utils.Database, programme_code: str | None, donor: str | None, lang: str) -> tuple[str, str, list[str]]:
    from equipment_desk.core.errors import NotFoundError

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
    row = db.execute("SELECT name_en, name_ru FROM donor WHERE name_en = ? COLLATE NOCASE OR name_ru = ? OR short_name = ? COLLATE NOCASE OR uuid = ?",
                     [donor, donor, donor, donor]).fetchone()
    if row is None:
        raise NotFoundError("no donor named {name}", name=donor)
    return ("Донор" if lang == "ru" else "Donor"), (row[1] if lang == "ru" else row[0]) or row[0], []


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
    """The donor report for one programme (or every programme of one donor) and a period, as PDF bytes.

    Finalized and signed acts of the period; with ``with_acts`` each act's
    certificate is appended in the order listed.
    """
    from equipment_desk.documents.donor_report import render_donor_report
    from equipment_desk.store.settings import all_settings

    if (programme_code is None) == (donor is None):
        raise InputError(Problem("give either a programme or a donor", field="programme"))
    date_from, date_to = _date(date_from, "from"), _date(date_to, "to")
    label, name, donors = _report_subject(db, programme_code, donor, lang)
    donor_ref = None
    if donor is not None:
        row = db.execute("SELECT uuid FROM donor WHERE name_en = ? COLLATE NOCASE OR name_ru = ? OR short_name = ? COLLATE NOCASE OR uuid = ?",
                         [donor, donor, donor, donor]).fetchone()
        donor_ref = row[0]
    acts = list(iter_acts(db=db, statuses=HANDED_OVER, date_from=date_from, date_to=date_to, programme_code=programme_code, donor=donor_ref))
    appendices: list[bytes] = []
    if with_acts:
        from equipment_desk.documents.printing import certificate_pdf

        appendices = [certificate_pdf(db=db, act_id=act.id) for act in acts]
    office = all_settings(db=db)
    return render_donor_report(
        subject_label=label, subject_name=name, donors=donors, acts=acts, date_from=date_from, date_to=date_to,
        office_code=office.get("office_code", ""),
        office_name=office.get("office_name_ru" if lang == "ru" else "office_name_en") or office.get("office_name_en") or "",
        appendices=appendices, lang=lang, today=today,
    )

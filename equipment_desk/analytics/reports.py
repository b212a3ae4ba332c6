"""Totals of what was handed over, as a pivot of any two dimensions, and the acts still unsigned.

Only acts that count as handed over are added up: **finalized** and
**signed** acts — never drafts, never void acts.  Values come from what each
act froze at finalization.  Local amounts are kept per currency (they cannot
be added across currencies); the USD value of each act is its own total at
its own exchange rate, shared among its lines by amount.

A line of a programme funded by several donors counts in full for each of
them in a by-donor report (what each donor's programmes handed over); every
total across donors counts it once.  The data hold no split of a programme's
funding among its donors, so wherever by-donor figures are shown the
:data:`CO_FUNDED_NOTE` (or, for one donor, :data:`ONE_DONOR_NOTE`) says so —
:meth:`Pivot.notes` gives the lines to print.

Codes are shown as words of the chosen language (countries, categories);
rows are in the order of what they show (months and years chronologically);
time series have a point for every month or year of their span, zero where
nothing was handed over.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import sqlite_utils

from equipment_desk.analytics.act_rows import HANDED_OVER, ActRow, iter_acts
from equipment_desk.core.errors import InputError, NotFoundError, Problem
from equipment_desk.core.labels import word
from equipment_desk.core.validation import FieldError, parse_date

DIMENSIONS = ("donor", "programme", "country", "institution", "category", "year", "month")
DIMENSION_TITLES = {"donor": ("Donor", "Донор"), "programme": ("Programme", "Программа"), "country": ("Country", "Страна"),
                    "institution": ("Recipient", "Получатель"), "category": ("Category", "Категория"), "year": ("Year", "Год"),
                    "month": ("Month", "Месяц")}
NONE_KEY = "—"
DEFAULT_UNSIGNED_DAYS = 30
CO_FUNDED_NOTE = (
    "Acts of programmes funded by several donors count in full under each donor; the total counts each act once.",
    "Акты программ, финансируемых несколькими донорами, учтены полностью у каждого из них; в итоге каждый акт учтён один раз.",
)
"""Printed wherever figures are shown by donor (English, Russian)."""
ONE_DONOR_NOTE = (
    "Acts of programmes funded by several donors count here in full; the records do not split a programme's funding among its donors.",
    "Акты программ, финансируемых несколькими донорами, учтены здесь полностью; финансирование программы между донорами не разделено.",
)
"""Printed under figures for one donor that include such acts (English, Russian)."""
TOTAL_WORD = ("Total", "Итого")


def text(pair: tuple[str, str], lang: str) -> str:
    """The English or Russian member of a pair."""
    return pair[1] if lang == "ru" else pair[0]


def dimension_title(dimension: str, lang: str = "en") -> str:
    return text(DIMENSION_TITLES[dimension], lang)


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
    lang: str = "en"
    donor: str | None = None
    """The donor the acts were limited to (its name), if any."""
    co_funded: set[str] = field(default_factory=set)
    """UUIDs of counted acts whose programme has more than one donor."""

    def cell(self, row: str, col: str | None = None) -> Cell:
        return self.cells.get((row, col or "")) or Cell()

    def label(self, dimension: str, key: str) -> str:
        return self.labels.get((dimension, key), key)

    @property
    def by_donor(self) -> bool:
        """Figures are shown per donor (a donor dimension, or one donor's acts)."""
        return "donor" in (self.rows_by, self.cols_by) or self.donor is not None

    def notes(self, lang: str | None = None) -> list[str]:
        """What to print under the figures: how acts of co-funded programmes are counted, when any are."""
        if not self.co_funded or not self.by_donor:
            return []
        lang = lang or self.lang
        if "donor" in (self.rows_by, self.cols_by):
            return [text(CO_FUNDED_NOTE, lang)]
        return [text(ONE_DONOR_NOTE, lang)]


def check_dimension(name: str, field_name: str = "by") -> str:
    if name not in DIMENSIONS:
        raise InputError(Problem("must be one of {choices}", params={"choices": ", ".join(DIMENSIONS)}, field=field_name, value=name))
    return name


def find_donor(db: sqlite_utils.Database, ref: str) -> tuple[str, str, str]:
    """``(uuid, name_en, name_ru)`` of the donor named ``ref`` (English, Russian or short name, or UUID; any case)."""
    wanted = str(ref).strip().casefold()
    for uuid, name_en, name_ru, short in db.execute("SELECT uuid, name_en, name_ru, short_name FROM donor ORDER BY id"):
        if wanted and wanted in (str(v or "").strip().casefold() for v in (uuid, name_en, name_ru, short)):
            return uuid, name_en, name_ru or ""
    raise NotFoundError("no donor named {name}", name=ref)


def check_programme(db: sqlite_utils.Database, code: str) -> str:
    """The programme's code as recorded; raises NotFoundError for an unknown code."""
    row = db.execute("SELECT code FROM programme WHERE code = ? COLLATE NOCASE", [str(code).strip()]).fetchone()
    if row is None:
        raise NotFoundError("no programme with the code {code}", code=code)
    return row[0]


def default_report_period(*, db: sqlite_utils.Database, programme_code: str | None = None, donor: str | None = None,
                          today: date | None = None) -> tuple[str, str]:
    """The period a report offers first: the calendar year of the latest finalized or signed act (of the programme,
    or of the donor's programmes, when one is named), else the last full year before ``today``."""
    sql = f"SELECT max(a.act_date) FROM act a WHERE a.status IN ({', '.join('?' for _ in HANDED_OVER)}) AND a.act_date IS NOT NULL"
    params: list[Any] = list(HANDED_OVER)
    if programme_code:
        sql += " AND a.programme_id IN (SELECT id FROM programme WHERE code = ? COLLATE NOCASE)"
        params.append(programme_code)
    elif donor:
        sql += (" AND a.programme_id IN (SELECT pd.programme_id FROM programme_donor pd JOIN donor d ON d.id = pd.donor_id"
                " WHERE d.name_en = ?)")
        params.append(donor)
    latest = db.execute(sql, params).fetchone()[0]
    year = int(str(latest)[:4]) if latest else (today or date.today()).year - 1
    return f"{year:04d}-01-01", f"{year:04d}-12-31"


def check_date(value: str | None, name: str) -> str | None:
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
        key = act.country or NONE_KEY
        labels[(dimension, key)] = word("country", act.country, lang) or key
        return [key]
    if dimension == "institution":
        key = act.institution_uuid or act.recipient_en or NONE_KEY
        labels[(dimension, key)] = (act.recipient_ru if lang == "ru" else act.recipient_en) or act.recipient_en or key
        return [key]
    if dimension == "category":
        key = line.get("category") or "other"
        labels[(dimension, key)] = word("category", key, lang)
        return [key]
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
    date_from, date_to = check_date(date_from, "from"), check_date(date_to, "to")
    if date_from and date_to and date_from > date_to:
        raise InputError(Problem("the period ends before it begins", field="to", value=date_to))
    donor_name = None
    if donor is not None:
        donor, name_en, name_ru = find_donor(db, donor)
        donor_name = (name_ru if lang == "ru" else name_en) or name_en
    if programme_code is not None:
        programme_code = check_programme(db, programme_code)
    co_funded: set[str] = set()
    cells: dict[tuple[str, str], Cell] = {}
    row_totals: dict[str, Cell] = {}
    col_totals: dict[str, Cell] = {}
    total = Cell()
    labels: dict[tuple[str, str], str] = {}
    for act in iter_acts(db=db, statuses=HANDED_OVER, date_from=date_from, date_to=date_to, programme_code=programme_code, donor=donor):
        if len(act.donors_en) > 1:
            co_funded.add(act.uuid)
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
    def order(dimension: str):  # noqa: ANN202 - a sort key
        return lambda key: (key == NONE_KEY, labels.get((dimension, key), key).casefold(), key)

    return Pivot(
        rows_by=rows_by,
        cols_by=cols_by,
        row_keys=sorted(row_totals, key=order(rows_by)),
        col_keys=sorted(col_totals, key=order(cols_by)) if cols_by else [""],
        cells=cells,
        row_totals=row_totals,
        col_totals=col_totals,
        total=total,
        labels=labels,
        date_from=date_from,
        date_to=date_to,
        lang=lang,
        donor=donor_name,
        co_funded=co_funded,
    )


def pivot_rows(result: Pivot) -> list[dict[str, Any]]:
    """The pivot as a long table: one row per (row key, column key, currency), then the totals."""
    out: list[dict[str, Any]] = []
    total_word = text(TOTAL_WORD, result.lang)

    def emit(row_key: str | None, col_key: str | None, cell: Cell) -> None:
        currencies = sorted(cell.local) or [""]
        for index, code in enumerate(currencies):
            out.append({
                "row": total_word if row_key is None else result.label(result.rows_by, row_key),
                "column": (total_word if col_key is None else result.label(result.cols_by, col_key)) if result.cols_by else "",
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
            emit(row_key, None, result.row_totals[row_key])
    if result.cols_by:
        for col_key in result.col_keys:
            emit(None, col_key, result.col_totals[col_key])
    emit(None, None, result.total)
    return out


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


def fill_periods(values: dict[str, int], by: str = "month") -> list[tuple[str, int]]:
    """``{"2018-03": 5, "2018-06": 7}`` -> every month from the first to the last, 0 where none: for a line chart.

    ``by`` is ``month`` (keys ``YYYY-MM``) or ``year`` (keys ``YYYY``); keys
    that are not periods (an act without a date) are left out.
    """
    if by == "year":
        years = sorted(int(k) for k in values if len(k) == 4 and k.isdigit())
        if not years:
            return []
        return [(str(y), values.get(str(y), 0)) for y in range(years[0], years[-1] + 1)]
    months = sorted(k for k in values if len(k) == 7 and k[:4].isdigit() and k[4] == "-" and k[5:].isdigit())
    if not months:
        return []
    year, month = int(months[0][:4]), int(months[0][5:])
    last = (int(months[-1][:4]), int(months[-1][5:]))
    out = []
    while (year, month) <= last:
        key = f"{year:04d}-{month:02d}"
        out.append((key, values.get(key, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def usd_by_period(acts: list[ActRow], by: str = "month") -> list[tuple[str, int]]:
    """USD handed over by the acts per month (or year), every period of the span present."""
    values: dict[str, int] = {}
    for act in acts:
        if act.date:
            key = act.date[:4] if by == "year" else act.date[:7]
            values[key] = values.get(key, 0) + (act.usd_minor or 0)
    return fill_periods(values, by)


def series_over_time(*, db: sqlite_utils.Database, by: str = "month", date_from: str | None = None, date_to: str | None = None,
                     programme_code: str | None = None, donor: str | None = None) -> list[tuple[str, int]]:
    """USD handed over per month (or year), in order, with 0 for the periods between that saw nothing: for the line chart."""
    by = by if by in ("month", "year") else "month"
    result = pivot(db=db, rows_by=by, date_from=date_from, date_to=date_to, programme_code=programme_code, donor=donor)
    return fill_periods({key: result.row_totals[key].usd_minor for key in result.row_keys}, by)

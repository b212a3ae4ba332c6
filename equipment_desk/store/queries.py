"""The queries behind the lists: filter and sort ids, then fetch rows by id.

A list (acts, items, institutions, programmes, donors) is shown in two
steps, so even 100,000 items stay quick:

1. :func:`list_ids` returns the ids of the rows that pass a
   :class:`ListFilter`, in the order of one column — only integers travel.
2. :func:`fetch_rows` returns the rows for a slice of those ids, with the
   derived values a list shows (availability, totals, counts).

Text search matches every typed word by prefix in the FTS5 indexes
(``equipment_desk.store.search``) of the row *and* of the records it refers
to (an act's recipient, programme and items; an item's programme), plus
substrings of serial and inventory numbers.  Values come back raw (minor
units, ISO dates, codes); the window formats them.

Speed on a register of 100,000 items (one keystroke in the search field is
one :func:`list_ids`): ids travel from SQLite as one JSON array, not a row
each; the items matching a word are unions of id lists that FTS5 and the
``item_programme`` index already give in id order, so SQLite merges them
without sorting and, for the default order (newest first), never reads the
item rows themselves; the further words of a search only test membership.
Per-row aggregates (what was handed over) are computed in one grouped pass,
and only when a list is sorted by them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from equipment_desk.core.errors import InputError, Problem
from equipment_desk.store.acts.rows import usd_total
from equipment_desk.store.search import SIGNATORY_NAMES_VIEW, code_expression, national_columns, search_words

if TYPE_CHECKING:
    import sqlite_utils

LIST_KINDS = ("acts", "items", "institutions", "programmes", "donors")
ACT_STATUSES = ("draft", "finalized", "signed", "void")
ITEM_STATUSES = ("in_stock", "partly_handed_over", "handed_over", "written_off")
COUNTED_STATUSES = "('finalized', 'signed')"
"""Acts whose lines have left the stock."""


class ListFilter(NamedTuple):
    """What a list shows.  Empty fields do not filter.  (A named tuple: the window reads this module at every start,
    and a frozen dataclass takes ten times as long to make.)"""

    text: str = ""
    status: str | None = None
    country: str | None = None
    programme_id: int | None = None
    year: int | None = None
    institution_id: int | None = None
    """Acts: only those to this institution."""
    item_id: int | None = None
    """Acts: only those with this item on a line."""
    donor_id: int | None = None
    """Programmes: only those this donor funds."""


def _word(db_word: str) -> str:
    return '"' + db_word.replace('"', '""') + '"*'


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _fts(table: str) -> str:
    return f"(SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?)"


def _name(alias: str, lang: str) -> str:
    """The name of a bilingual record in ``lang``, falling back to English."""
    if lang == "ru":
        return f"coalesce(nullif({alias}.name_ru, ''), {alias}.name_en)"
    return f"coalesce(nullif({alias}.name_en, ''), {alias}.name_ru)"


_HANDED = "coalesce((SELECT h.quantity FROM item_handed_over h WHERE h.item_id = i.id), 0)"
"""What one item has handed over (for the rows of a page): the kept figure (``store.stock``)."""
_HANDED_SUM = "coalesce(h.quantity, 0)"
_HANDED_JOIN = "LEFT JOIN item_handed_over h ON h.item_id = i.id"
"""What each item has handed over (for sorting by availability)."""
_ITEM_STATUS_SORT = (
    f"CASE WHEN i.written_off = 1 THEN 'written_off' WHEN {_HANDED_SUM} = 0 THEN 'in_stock' "
    f"WHEN {_HANDED_SUM} < i.quantity THEN 'partly_handed_over' ELSE 'handed_over' END"
)
_NEEDS_HANDED = {"available", "status"}
"""Item sort columns that need :data:`_HANDED_JOIN`."""
_ACT_TOTAL = "(SELECT coalesce(sum(l.quantity * l.unit_value_minor), 0) FROM act_line l WHERE l.act_id = a.id)"
_ACT_USD = (
    f"CASE WHEN a.currency = 'USD' THEN {_ACT_TOTAL} WHEN a.rate_micro IS NULL THEN NULL "
    f"ELSE {_ACT_TOTAL} * a.rate_scale * 1000000.0 / a.rate_micro END"
)


def _sort_columns(kind: str, lang: str) -> dict[str, str]:
    """Column key -> SQL expression it sorts by (aliases of :func:`_from`)."""
    if kind == "acts":
        return {
            "number": "a.number IS NULL, a.series, a.seq",
            "date": "a.act_date IS NULL, a.act_date",
            "status": "CASE a.status WHEN 'draft' THEN 0 WHEN 'finalized' THEN 1 WHEN 'signed' THEN 2 ELSE 3 END",
            "recipient": f"{_name('r', lang)} COLLATE NOCASE",
            "country": "a.country",
            "programme": "p.code COLLATE NOCASE",
            "lines": "(SELECT count(*) FROM act_line l WHERE l.act_id = a.id)",
            "quantity": "(SELECT coalesce(sum(l.quantity), 0) FROM act_line l WHERE l.act_id = a.id)",
            "total": f"a.currency, {_ACT_TOTAL}",
            "usd": _ACT_USD,
            "signed_date": "a.signed_date IS NULL, a.signed_date",
            "goods": f"a.goods_{'ru' if lang == 'ru' else 'en'} COLLATE NOCASE",
        }
    if kind == "items":
        return {
            "name": f"coalesce(nullif(i.name_{'ru' if lang == 'ru' else 'en'}, ''), i.name) COLLATE NOCASE",
            "model": "i.model COLLATE NOCASE",
            "serial_number": "i.serial_number IS NULL, i.serial_number COLLATE NOCASE",
            "inventory_number": "i.inventory_number IS NULL, i.inventory_number COLLATE NOCASE",
            "category": "i.category",
            "quantity": "i.quantity",
            "available": f"CASE WHEN i.written_off = 1 THEN 0 ELSE i.quantity - {_HANDED_SUM} END",
            "status": _ITEM_STATUS_SORT,
            "unit_value": "i.currency, i.unit_value_minor",
            "total_value": "i.currency, i.quantity * i.unit_value_minor",
            "programme": "p.code COLLATE NOCASE",
            "acquisition_date": "i.acquisition_date IS NULL, i.acquisition_date",
            "condition": "CASE i.condition WHEN 'new' THEN 0 WHEN 'good' THEN 1 WHEN 'fair' THEN 2 WHEN 'poor' THEN 3 ELSE 4 END",
            "added": "i.id",
        }
    if kind == "institutions":
        return {
            "name": f"{_name('t', lang)} COLLATE NOCASE",
            "other_name": f"t.name_{'en' if lang == 'ru' else 'ru'} COLLATE NOCASE",
            "country": "t.country",
            "city": f"t.city_{'ru' if lang == 'ru' else 'en'} COLLATE NOCASE",
            "kind": "t.kind",
            "acts": f"(SELECT count(*) FROM act a WHERE a.recipient_institution_id = t.id AND a.status IN {COUNTED_STATUSES})",
            "usd": f"(SELECT sum({_ACT_USD}) FROM act a WHERE a.recipient_institution_id = t.id AND a.status IN {COUNTED_STATUSES})",
            "contact_person": "t.contact_person COLLATE NOCASE",
            "phone": "t.phone",
        }
    if kind == "programmes":
        return {
            "code": "g.code COLLATE NOCASE",
            "name": f"{_name('g', lang)} COLLATE NOCASE",
            "sub_programme": "g.sub_programme COLLATE NOCASE",
            "donors": "(SELECT group_concat(coalesce(nullif(d.short_name, ''), d.name_en), ', ') FROM programme_donor pd "
                      "JOIN donor d ON d.id = pd.donor_id WHERE pd.programme_id = g.id ORDER BY pd.position)",
            "items": "(SELECT count(*) FROM item i WHERE i.programme_id = g.id)",
            "acts": f"(SELECT count(*) FROM act a WHERE a.programme_id = g.id AND a.status IN {COUNTED_STATUSES})",
            "usd": f"(SELECT sum({_ACT_USD}) FROM act a WHERE a.programme_id = g.id AND a.status IN {COUNTED_STATUSES})",
        }
    if kind == "donors":
        return {
            "name": f"{_name('d', lang)} COLLATE NOCASE",
            "short_name": "d.short_name COLLATE NOCASE",
            "country": "d.country COLLATE NOCASE",
            "programmes": "(SELECT count(*) FROM programme_donor pd WHERE pd.donor_id = d.id)",
        }
    raise ValueError(f"unknown list {kind!r}")


SORT_KEYS: dict[str, tuple[str, ...]] = {kind: tuple(_sort_columns(kind, "en")) for kind in LIST_KINDS}
"""The columns each list can be sorted by (and shows)."""

_FROM = {
    "acts": "act a LEFT JOIN institution r ON r.id = a.recipient_institution_id LEFT JOIN programme p ON p.id = a.programme_id",
    "items": "item i LEFT JOIN programme p ON p.id = i.programme_id",
    "institutions": "institution t",
    "programmes": "programme g",
    "donors": "donor d",
}
_ALIAS = {"acts": "a", "items": "i", "institutions": "t", "programmes": "g", "donors": "d"}
_TABLE = {"acts": "act", "items": "item", "institutions": "institution", "programmes": "programme", "donors": "donor"}
_JOINS = {
    "acts": {"r": "LEFT JOIN institution r ON r.id = a.recipient_institution_id", "p": "LEFT JOIN programme p ON p.id = a.programme_id"},
    "items": {"p": "LEFT JOIN programme p ON p.id = i.programme_id"},
}
"""The records a list's sort columns may refer to (:data:`_FROM` joins them all, for the rows)."""


def _from_for(kind: str, order: str) -> str:
    """The FROM clause of a list's ids: its table, and only the joins its sort order needs.

    Filters never refer to the joined records; a join that is not needed is
    left out here because SQLite does not always drop it, and then reads the
    joined table for every row.
    """
    joins = [join for alias, join in _JOINS.get(kind, {}).items() if re.search(rf"\b{alias}\.", order)]
    return " ".join([f"{_TABLE[kind]} {_ALIAS[kind]}", *joins])


def _rowids(db: sqlite_utils.Database, table: str, match: str) -> list[int]:
    """Ids of the rows of a small table (institutions, programmes, donors) whose text matches."""
    return [row[0] for row in db.execute(f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?", [match]).fetchall()]


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" * len(values))


def _text_condition(db: sqlite_utils.Database, kind: str, word: str) -> tuple[str, list[Any]]:
    """Rows that match one typed word anywhere a person would look.

    Records of the small tables (institutions, programmes, donors) that match
    are looked up first, so the rows of the large ones (acts, items) are
    tested against a few ids; the items matching a word come from
    :func:`_item_sources`, each source an id list of its own (no union to sort).
    """
    match = _word(word)
    if kind == "items":
        sources = _item_sources(db, word)
        return "(" + " OR ".join(f"i.id IN ({sql})" for sql, _ in sources) + ")", [v for _, values in sources for v in values]
    if kind == "acts":
        parts = ["a.id IN (SELECT rowid FROM act_fts WHERE act_fts MATCH ?)"]
        params: list[Any] = [match]
        institutions = _rowids(db, "institution", match)
        if institutions:
            parts.append(f"a.recipient_institution_id IN ({_marks(institutions)})")
            params += institutions
        programmes = set(_rowids(db, "programme", match))
        donors = _rowids(db, "donor", match)
        if donors:
            programmes.update(row[0] for row in db.execute(
                f"SELECT programme_id FROM programme_donor WHERE donor_id IN ({_marks(donors)})", donors).fetchall())
        if programmes:
            parts.append(f"a.programme_id IN ({_marks(programmes)})")
            params += sorted(programmes)
        # A word of one or two letters matches most items: "+" makes SQLite read the act lines once and test
        # each line's item against the lists, rather than seek the lines of every item listed.
        sources = _item_sources(db, word)
        scan = "+" if len(word) < 3 else ""
        lines = " OR ".join(f"{scan}l.item_id IN ({sql})" for sql, _ in sources)
        parts.append(f"a.id IN (SELECT l.act_id FROM act_line l WHERE {lines})")
        params += [v for _, values in sources for v in values]
        return "(" + " OR ".join(parts) + ")", params
    if kind == "institutions":
        # LIKE ignores case in ASCII only: a name typed in small Cyrillic letters («усубалиев») is also looked for as a
        # name is written, with a capital
        return (f"(t.id IN {_fts('institution')} OR t.id IN (SELECT institution_id FROM {SIGNATORY_NAMES_VIEW} "
                "WHERE names LIKE ? ESCAPE '\\' OR names LIKE ? ESCAPE '\\'))"), [match, _like(word), _like(word[:1].upper() + word[1:])]
    if kind == "programmes":
        return (f"(g.id IN {_fts('programme')} OR g.id IN (SELECT pd.programme_id FROM programme_donor pd "
                f"WHERE pd.donor_id IN {_fts('donor')}))"), [match, match]
    if kind == "donors":
        return f"d.id IN {_fts('donor')}", [match]
    raise ValueError(f"unknown list {kind!r}")


def _year_bounds(year: int) -> list[str]:
    return [f"{year:04d}-01-01", f"{year + 1:04d}-01-01"]


def _where_and_when(filters: ListFilter, where: list[str], params: list[Any], *, country: str | None = None,
                    programme: str | None = None, year: str | None = None) -> None:
    """Add the list's own condition for each of the country, programme and year filters that is set (and that
    the list has a condition for), with its parameters."""
    if country and filters.country:
        where.append(country)
        params.append(filters.country)
    if programme and filters.programme_id is not None:
        where.append(programme)
        params.append(filters.programme_id)
    if year and filters.year is not None:
        where.append(year)
        params += _year_bounds(filters.year)


def _conditions(
    db: sqlite_utils.Database, kind: str, filters: ListFilter, *, text: bool = True
) -> tuple[list[str], list[Any]]:
    """WHERE conditions and their parameters for ``filters`` (``text=False``: all but the search text)."""
    where: list[str] = []
    params: list[Any] = []
    for word in search_words(filters.text) if text else []:
        condition, word_params = _text_condition(db, kind, word)
        where.append(condition)
        params += word_params
    if kind == "acts":
        if filters.status:
            _check_choice("status", filters.status, ACT_STATUSES)
            where.append("a.status = ?")
            params.append(filters.status)
        _where_and_when(filters, where, params, country="a.country = ?", programme="a.programme_id = ?",
                        year="a.act_date >= ? AND a.act_date < ?")
        if filters.institution_id is not None:
            where.append("a.recipient_institution_id = ?")
            params.append(filters.institution_id)
        if filters.item_id is not None:
            where.append("a.id IN (SELECT act_id FROM act_line WHERE item_id = ?)")
            params.append(filters.item_id)
    elif kind == "items":
        if filters.status:
            _check_choice("status", filters.status, ITEM_STATUSES)
            handed = "SELECT h.item_id FROM item_handed_over h WHERE h.quantity > 0"
            if filters.status == "written_off":
                where.append("i.written_off = 1")
            elif filters.status == "in_stock":
                where.append(f"i.written_off = 0 AND i.id NOT IN ({handed})")
            elif filters.status == "handed_over":
                where.append(f"i.written_off = 0 AND i.id IN ({handed} AND h.quantity >= "
                             "(SELECT quantity FROM item WHERE id = h.item_id))")
            else:
                where.append(f"i.written_off = 0 AND i.id IN ({handed} AND h.quantity < "
                             "(SELECT quantity FROM item WHERE id = h.item_id))")
        _where_and_when(filters, where, params,
                        country=(f"i.id IN (SELECT l.item_id FROM act_line l JOIN act a ON a.id = l.act_id "
                                 f"WHERE a.status IN {COUNTED_STATUSES} AND a.country = ?)"),
                        programme="i.programme_id = ?", year="i.acquisition_date >= ? AND i.acquisition_date < ?")
    elif kind == "institutions":
        _where_and_when(filters, where, params, country="t.country = ?",
                        programme="t.id IN (SELECT recipient_institution_id FROM act WHERE programme_id = ?)",
                        year="t.id IN (SELECT recipient_institution_id FROM act WHERE act_date >= ? AND act_date < ?)")
    elif kind == "programmes":
        if filters.donor_id is not None:
            where.append("g.id IN (SELECT programme_id FROM programme_donor WHERE donor_id = ?)")
            params.append(filters.donor_id)
        _where_and_when(filters, where, params, country="g.id IN (SELECT programme_id FROM act WHERE country = ?)",
                        year="g.id IN (SELECT programme_id FROM act WHERE act_date >= ? AND act_date < ?)")
    elif kind == "donors":
        if filters.programme_id is not None:
            where.append("d.id IN (SELECT donor_id FROM programme_donor WHERE programme_id = ?)")
            params.append(filters.programme_id)
    return where, params


def _check_choice(field: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise InputError(Problem("must be one of {choices}", params={"choices": ", ".join(choices)}, field=field, value=value))


def list_ids(
    *,
    db: sqlite_utils.Database,
    kind: str,
    filters: ListFilter | None = None,
    sort: str | None = None,
    descending: bool = False,
    lang: str = "en",
    limit: int | None = None,
) -> list[int]:
    """The ids of the rows of list ``kind`` that pass ``filters``, sorted by column ``sort``.

    Ties are broken by id (newest last, or first when ``descending``).  ``limit``: only the first so many (the
    first page of a list, read within a frame; the rest can follow).
    """
    return _list_ids(db, kind, filters, sort, descending, lang, limit, as_text=False)


def list_ids_text(
    *,
    db: sqlite_utils.Database,
    kind: str,
    filters: ListFilter | None = None,
    sort: str | None = None,
    descending: bool = False,
    lang: str = "en",
) -> tuple[int, str]:
    """How many rows of list ``kind`` pass ``filters``, and all their ids (as :func:`list_ids` orders them) as
    the text of a JSON array, not parsed.

    A worker thread reading every id of a search on 100,000 items calls this: SQLite counts and writes the
    array in one step, during which Python's interpreter lock is free, and the thread does not hold the lock
    for the milliseconds parsing 100,000 numbers takes, which the window's thread would wait for while it
    paints; the window parses the text only if its rows beyond the first page are asked for.
    """
    return _list_ids(db, kind, filters, sort, descending, lang, None, as_text=True)


def ids_text(ids: Iterable[int]) -> str:
    """``ids`` as the JSON array ``json_each(?)`` reads, each made a whole number (``[3,1,2]``)."""
    return "[" + ",".join([str(int(i)) for i in ids]) + "]"


def ids_of(text: str) -> list[int]:
    """The ids a ``json_group_array(id)`` gave (``[3,1,2]``).

    A short list is split here: the first page of a list is read at every start, and importing json for it
    would cost the start more than reading it; json reads a long list faster.
    """
    if len(text) > _SHORT_IDS:
        import json

        return json.loads(text)
    inner = text.strip()[1:-1]
    return [int(i) for i in inner.split(",")] if inner.strip() else []


_SHORT_IDS = 4096
"""Characters of a list of ids split without json (some 600 ids)."""


def _list_ids(db: sqlite_utils.Database, kind: str, filters: ListFilter | None, sort: str | None, descending: bool,
              lang: str, limit: int | None, *, as_text: bool) -> Any:
    columns = _sort_columns(kind, lang)
    filters = filters or ListFilter()
    sort = sort or next(iter(columns))
    if sort not in columns:
        raise InputError(Problem("cannot sort by {column}", params={"column": sort}, field="sort", value=sort))
    alias = _ALIAS[kind]
    direction = " DESC" if descending else ""
    words = search_words(filters.text) if kind == "items" else []
    where, params = _conditions(db, kind, filters, text=not words)
    if words:
        # The ids matching the longest word (usually the fewest; between words as long, the one with the
        # fewest sources to merge), merged from its sources in id order; the other words only test membership.
        sources = [_item_sources(db, word) for word in words]
        lead = max(range(len(words)), key=lambda n: (len(words[n]), -len(sources[n]), n))
        lead_sources = sources[lead]
        matched = " UNION ".join(sql for sql, _ in lead_sources) + f" ORDER BY 1{direction}"
        matched_params = [value for _, values in lead_sources for value in values]
        others = [word_sources for n, word_sources in enumerate(sources) if n != lead]
        if sort == "added" and not where:
            # Newest first (the default) or oldest first: the merged ids are the answer; no item row is read.
            if limit is not None and not as_text:
                if not others:
                    return _first_merged(db, lead_sources, descending, limit)
                return _first_of_all(db, [lead_sources, *others], descending, limit)
            tests, test_params = _in_any("id", others)
            sql = f"SELECT id FROM ({matched})" + (" WHERE " + " AND ".join(tests) if tests else "")
            return _ids(db, sql, [*matched_params, *test_params], limit, as_text=as_text)
        tests, test_params = _in_any("i.id", others)
        where = [f"i.id IN (SELECT id FROM ({matched}))", *tests, *where]
        params = [*matched_params, *test_params, *params]
    # Unfiltered, a list walks its ordering index (0004_list_order_indexes).  Filtered, SQLite must find the
    # rows through the filter's own indexes and sort those few: "+" keeps it from walking an ordering index
    # and reading every row it passes (the id order is the rows' own and costs nothing).
    parts = [part.strip() for part in _split_order(columns[sort])]
    order = ", ".join(("+" if where and part != f"{alias}.id" else "") + part + direction for part in parts)
    sql = f"SELECT {alias}.id AS id FROM {_from_for(kind, order)}"
    if kind == "items" and sort in _NEEDS_HANDED:
        sql += " " + _HANDED_JOIN
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {order}, {alias}.id{direction}"
    return _ids(db, sql, params, limit, as_text=as_text)


def _first_merged(db: sqlite_utils.Database, sources: list[tuple[str, list[Any]]], descending: bool, limit: int) -> list[int]:
    """The first ``limit`` ids, in id order, of the union of ``sources``: each source read only as far as needed.

    A word of one letter matches most of 100,000 items; their union sorted would take a tenth of a second, but
    each source gives its ids in order (the full-text indexes by rowid, the programme index by id), so the
    first page is the first ``limit`` of each, merged.
    """
    import heapq

    direction = " DESC" if descending else ""
    runs = [[row[0] for row in db.execute(f"SELECT id FROM ({sql}) ORDER BY id{direction} LIMIT ?", [*values, limit])]
            for sql, values in sources]
    merged: list[int] = []
    for record_id in heapq.merge(*runs, reverse=descending):
        if not merged or merged[-1] != record_id:
            merged.append(record_id)
            if len(merged) == limit:
                break
    return merged


def _first_of_all(db: sqlite_utils.Database, words: list[list[tuple[str, list[Any]]]], descending: bool,
                  limit: int) -> list[int]:
    """The first ``limit`` ids, in id order, of the items matching every word (each word the union of its
    :func:`_item_sources`), read window by window of ids.

    "INV-2016" is two words, each matching most of 100,000 items: intersecting them whole takes tens of
    milliseconds.  The first page only needs the newest (or oldest) ids: each window asks every source for
    the ids it holds between two ids, which FTS5 and the ``item_programme`` index seek to directly, and
    keeps those of every word, the rarest word of the window before asked first (a word with none in the
    window ends it).  The next window is as wide as the share of matches seen so far says the page still
    needs (at least as wide as the last, at most eight times), so a rare combination costs a few windows.
    """
    low, high = db.execute("SELECT (SELECT min(id) FROM item), (SELECT max(id) FROM item)").fetchone()  # index seeks
    if low is None:
        return []
    found: list[int] = []
    order = list(range(len(words)))
    span, covered = 2 * limit, 0
    edge = high if descending else low
    while len(found) < limit and low <= edge <= high:
        first, last = (edge - span + 1, edge) if descending else (edge, edge + span - 1)
        common: set[int] | None = None
        sizes: dict[int, int] = {}
        for n in order:
            ids: set[int] = set()
            for sql, values in words[n]:
                ids.update(row[0] for row in db.execute(f"SELECT id FROM ({sql}) WHERE id BETWEEN ? AND ?",
                                                        [*values, first, last]))
            sizes[n] = len(ids)
            common = ids if common is None else common & ids
            if not common:
                break
        order.sort(key=lambda n: (n not in sizes, sizes.get(n, 0)))
        found += sorted(common or (), reverse=descending)
        covered += span
        edge = first - 1 if descending else last + 1
        wanted = 8 * span if not found else -(-(limit - len(found)) * covered * 5 // (4 * len(found)))
        span = min(max(wanted, span), 8 * span)
    return found[:limit]


def _ids(db: sqlite_utils.Database, sql: str, params: Sequence[Any], limit: int | None = None, *,
         as_text: bool = False) -> Any:
    """The ``id`` column of ``sql``, in its order (``as_text``: their count and the JSON array's text).

    The ids come as one JSON array: for 100,000 ids that is about half the
    time of a row per id.  SQLite keeps the order of a subquery with ORDER BY
    under an aggregate such as ``json_group_array`` (it only drops such an
    ORDER BY under count, min and max).
    """
    if limit is not None:
        sql, params = f"{sql} LIMIT ?", [*params, limit]
    if as_text:
        count, text = db.execute(f"SELECT count(*), json_group_array(id) FROM ({sql})", params).fetchone()
        return count, text
    text = db.execute(f"SELECT json_group_array(id) FROM ({sql})", params).fetchone()[0]
    return ids_of(text)


MAX_PROGRAMME_ARMS = 16
"""Beyond this many programmes matching one word, their items are read through one subquery instead."""


def _item_sources(db: sqlite_utils.Database, word: str) -> list[tuple[str, list[Any]]]:
    """Queries of item ids, each giving them in ascending order, whose union is the items matching one word.

    The item's text by word prefix, the items of the programmes whose text matches (programmes are
    few: they are looked up first, and each one's items come in id order from
    the ``item_programme`` index), and pieces of serial and inventory numbers
    (three characters or more).
    """
    match = _word(word)
    sources: list[tuple[str, list[Any]]] = [("SELECT rowid AS id FROM item_fts WHERE item_fts MATCH ?", [match])]
    programmes = [row[0] for row in db.execute("SELECT rowid FROM programme_fts WHERE programme_fts MATCH ?", [match]).fetchall()]
    if len(programmes) > MAX_PROGRAMME_ARMS:
        sources.append((f"SELECT id FROM item WHERE programme_id IN {_fts('programme')}", [match]))
    else:
        sources += [("SELECT id FROM item WHERE programme_id = ?", [programme_id]) for programme_id in programmes]
    if len(word) >= 3:
        sources.append(("SELECT rowid AS id FROM item_code_fts WHERE item_code_fts MATCH ?", [code_expression(word)]))
    return sources


def _in_any(column: str, words: list[list[tuple[str, list[Any]]]]) -> tuple[list[str], list[Any]]:
    """One condition per word (its :func:`_item_sources`): ``column`` is among the ids of one of its sources."""
    conditions, params = [], []
    for sources in words:
        conditions.append("(" + " OR ".join(f"{column} IN ({sql})" for sql, _ in sources) + ")")
        params += [value for _, values in sources for value in values]
    return conditions, params


def _split_order(expression: str) -> list[str]:
    """Split an ORDER BY list on top-level commas (not those inside parentheses)."""
    parts, depth, current = [], 0, []
    for ch in expression:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


# --- rows --------------------------------------------------------------------------------------

_ROWS = {
    "acts": f"""
        SELECT a.id, a.uuid, a.number, a.status, a.act_date AS date, a.country, a.currency, a.rate_micro, a.rate_scale,
               a.signed_date, a.signed_scan_id IS NOT NULL AS has_scan, a.void_reason, a.goods_en, a.goods_ru,
               a.recipient_institution_id, coalesce(nullif(r.name_en, ''), r.name_ru) AS recipient_en, r.name_ru AS recipient_ru,
               a.programme_id, p.code AS programme,
               (SELECT count(*) FROM act_line l WHERE l.act_id = a.id) AS lines,
               (SELECT coalesce(sum(l.quantity), 0) FROM act_line l WHERE l.act_id = a.id) AS quantity,
               {_ACT_TOTAL} AS total_minor
        FROM {_FROM['acts']} WHERE a.id IN (SELECT value FROM json_each(?))""",
    "items": f"""
        SELECT i.id, i.uuid, i.name, i.name_ru, i.name_en, i.model, i.serial_number, i.inventory_number, i.category, i.unit, i.quantity,
               i.unit_value_minor, i.currency, i.acquisition_date, i.condition, i.written_off, i.written_off_reason,
               i.programme_id, p.code AS programme, {_HANDED} AS handed_over
        FROM {_FROM['items']} WHERE i.id IN (SELECT value FROM json_each(?))""",
    "institutions": f"""
        SELECT t.id, t.uuid, t.name_en, t.name_ru, t.country, t.city_en, t.city_ru, t.kind, t.contact_person, t.phone,
               t.email, t.address,
               (SELECT count(*) FROM act a WHERE a.recipient_institution_id = t.id AND a.status IN {COUNTED_STATUSES}) AS acts,
               (SELECT count(*) FROM act a WHERE a.recipient_institution_id = t.id AND a.status = 'draft') AS drafts
        FROM {_FROM['institutions']} WHERE t.id IN (SELECT value FROM json_each(?))""",
    "programmes": f"""
        SELECT g.id, g.uuid, g.code, g.name_en, g.name_ru, g.sub_programme,
               (SELECT group_concat(name, ', ') FROM (SELECT coalesce(nullif(d.short_name, ''), d.name_en) AS name
                    FROM programme_donor pd JOIN donor d ON d.id = pd.donor_id WHERE pd.programme_id = g.id
                    ORDER BY pd.position, d.id)) AS donors,
               (SELECT group_concat(name, ', ') FROM (SELECT coalesce(nullif(d.name_ru, ''), nullif(d.short_name, ''), d.name_en) AS name
                    FROM programme_donor pd JOIN donor d ON d.id = pd.donor_id WHERE pd.programme_id = g.id
                    ORDER BY pd.position, d.id)) AS donors_ru,
               (SELECT count(*) FROM item i WHERE i.programme_id = g.id) AS items,
               (SELECT count(*) FROM act a WHERE a.programme_id = g.id AND a.status IN {COUNTED_STATUSES}) AS acts
        FROM {_FROM['programmes']} WHERE g.id IN (SELECT value FROM json_each(?))""",
    "donors": f"""
        SELECT d.id, d.uuid, d.name_en, d.name_ru, d.short_name, d.country,
               (SELECT count(*) FROM programme_donor pd WHERE pd.donor_id = d.id) AS programmes
        FROM {_FROM['donors']} WHERE d.id IN (SELECT value FROM json_each(?))""",
}


def national_names(*, db: sqlite_utils.Database, kind: str, record_id: int) -> dict[str, str]:
    """A record's names in the national languages that it has (``{"ky": "Башкы прокуратура"}``), for a list to show which
    one a search found (asked when the pointer rests on the name, so the rows of a page never carry them)."""
    from equipment_desk.core.languages import NATIONAL

    columns = national_columns("name")
    row = db.execute(f"SELECT {', '.join(columns)} FROM {_TABLE[kind]} WHERE id = ?", [record_id]).fetchone()
    return {code: text for code, text in zip(NATIONAL, row or ()) if text and text.strip()}


def _usd_totals(db: sqlite_utils.Database, column: str, ids: Sequence[int]) -> dict[int, int | None]:
    """USD equivalent of the counted acts per institution/programme (None when an act lacks a rate)."""
    cursor = db.execute(
        f"""SELECT a.{column}, a.currency, a.rate_micro, a.rate_scale, {_ACT_TOTAL}
            FROM act a WHERE a.status IN {COUNTED_STATUSES} AND a.{column} IN (SELECT value FROM json_each(?))""",
        [ids_text(ids)],
    )
    totals: dict[int, int | None] = {}
    for owner, currency, rate, scale, total in cursor.fetchall():
        usd = usd_total(total, {"currency": currency, "rate_micro": rate, "rate_scale": scale})
        previous = totals.get(owner, 0)
        totals[owner] = None if previous is None or usd is None else previous + usd
    return totals


def fetch_rows(*, db: sqlite_utils.Database, kind: str, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """The rows of list ``kind`` for ``ids`` (any order, missing ids left out), keyed by id."""
    if not ids:
        return {}
    cursor = db.execute(_ROWS[kind], [ids_text(ids)])
    names = [d[0] for d in cursor.description]
    rows = {row[0]: dict(zip(names, row)) for row in cursor.fetchall()}
    if kind == "acts":
        for row in rows.values():
            row["usd_minor"] = usd_total(row["total_minor"], row)
    elif kind == "items":
        for row in rows.values():
            row["available"] = 0 if row["written_off"] else row["quantity"] - row["handed_over"]
            row["status"] = _item_status(row)
            row["total_value_minor"] = row["quantity"] * row["unit_value_minor"]
    elif kind in ("institutions", "programmes"):
        column = "recipient_institution_id" if kind == "institutions" else "programme_id"
        totals = _usd_totals(db, column, list(rows))
        for row_id, row in rows.items():
            row["usd_minor"] = totals.get(row_id, 0)
    return rows


def _item_status(row: dict[str, Any]) -> str:
    if row["written_off"]:
        return "written_off"
    if row["handed_over"] == 0:
        return "in_stock"
    if row["handed_over"] < row["quantity"]:
        return "partly_handed_over"
    return "handed_over"


# --- what the filters offer, what the status bar counts, what a detail pane sums ---------------

def filter_years(*, db: sqlite_utils.Database, kind: str) -> list[int]:
    """Years that occur in list ``kind`` (items: acquisition date; otherwise act date), newest first.

    Read down the date's index a year at a time (the latest date before the year last found), so the cost is a
    few index steps per year, not a read of every row (20 ms on 100,000 items, at every start on the items list).
    """
    if kind == "items":  # the index item_acquired_order: (acquisition_date IS NULL, acquisition_date)
        latest_before = "SELECT max(acquisition_date) FROM item WHERE (acquisition_date IS NULL) = 0 AND acquisition_date < ?"
    else:  # the index act_date
        latest_before = "SELECT max(act_date) FROM act WHERE act_date < ?"
    years: list[int] = []
    below = "A"  # after every ISO date
    while (latest := db.execute(latest_before, [below]).fetchone()[0]) is not None:
        years.append(int(latest[:4]))
        below = latest[:4]  # every date of that year sorts after its first four characters
    return years


def filter_countries(*, db: sqlite_utils.Database) -> list[str]:
    """Country codes of the institutions and acts on record, sorted.

    The acts' are read down the index act_country a code at a time (the next code after the last found), not
    by reading every act.
    """
    codes = {row[0] for row in db.execute("SELECT DISTINCT country FROM institution")}
    after = ""  # an act without a country has ''
    while (code := db.execute("SELECT min(country) FROM act WHERE country > ?", [after]).fetchone()[0]) is not None:
        codes.add(code)
        after = code
    return sorted(codes)


def filter_programmes(*, db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """``{id, code, name_en, name_ru}`` of every programme, by code."""
    cursor = db.execute("SELECT id, code, name_en, name_ru FROM programme ORDER BY code COLLATE NOCASE")
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def items_to_hand_over(*, db: sqlite_utils.Database, act_id: int | None = None) -> list[dict[str, Any]]:
    """Items with something left to hand over, for the picker of the act editor, by name, model and serial.

    ``left_quantity`` is what is available minus what the draft ``act_id`` holds already; items with nothing
    left and written-off items are not listed.  Each row: ``id, name, model, serial_number, inventory_number,
    category, unit, currency, unit_value_minor, programme_id, programme_code, left_quantity``.
    """
    cursor = db.execute(
        """SELECT s.id, s.name, s.name_en, s.name_ru, s.model, s.serial_number, s.inventory_number, s.category, s.unit,
                  s.currency, s.unit_value_minor, s.programme_id, p.code AS programme_code,
                  s.available - coalesce((SELECT sum(l.quantity) FROM act_line l
                                          WHERE l.act_id = ? AND l.item_id = s.id), 0) AS left_quantity
           FROM item_stock s LEFT JOIN programme p ON p.id = s.programme_id
           WHERE s.written_off = 0
           ORDER BY s.name COLLATE NOCASE, s.model COLLATE NOCASE, s.serial_number, s.id""",
        [act_id],
    )
    names = [d[0] for d in cursor.description]
    rows = (dict(zip(names, row)) for row in cursor.fetchall())
    return [row for row in rows if row["left_quantity"] > 0]


def counts(*, db: sqlite_utils.Database) -> dict[str, int]:
    """How many records of each kind there are (for the status bar)."""
    row = db.execute(
        """SELECT (SELECT count(*) FROM act), (SELECT count(*) FROM act WHERE status = 'draft'),
                  (SELECT count(*) FROM item), (SELECT count(*) FROM institution),
                  (SELECT count(*) FROM programme), (SELECT count(*) FROM donor)"""
    ).fetchone()
    return dict(zip(("acts", "drafts", "items", "institutions", "programmes", "donors"), row))


def is_empty(*, db: sqlite_utils.Database, counted: dict[str, int] | None = None) -> bool:
    """True for a database with no records yet (first start); ``counted``: its :func:`counts`, when read already."""
    return all(value == 0 for value in (counted if counted is not None else counts(db=db)).values())


def acts_summary(*, db: sqlite_utils.Database, filters: ListFilter, ids: Sequence[int] | None = None) -> dict[str, Any]:
    """Totals of the acts that pass ``filters``: count by status, amount per currency and USD (counted acts only).

    The USD total is the sum of each act's own USD amount, as the act prints it (:func:`usd_total`), the one
    way Reports, ``report`` and the donor report add up too: converting the sum of the acts that share a rate
    instead differed by a cent from them.

    ``ids``: the acts that pass ``filters``, when the caller has them already (a list model does), so the
    filter is not worked out a second time.

    Two grouped passes over indexes alone: acts counted by status, then the lines of the counted acts summed
    by currency and rate (``act_status_rate``, ``act_line_totals``), never a subquery per act.  A filter is
    worked out once, into a list of ids those passes test.
    """
    if ids is not None:
        chosen, params = "+a.id IN (SELECT value FROM json_each(?))", [ids_text(ids)]
    else:
        where, where_params = _conditions(db, "acts", filters)
        if where:
            matching = db.execute(f"SELECT json_group_array(id) FROM (SELECT a.id AS id FROM act a WHERE {' AND '.join(where)})",
                                  where_params).fetchone()[0]
            chosen, params = "+a.id IN (SELECT value FROM json_each(?))", [matching]
        else:
            chosen, params = "1", []
    by_status = dict.fromkeys(ACT_STATUSES, 0)
    for status, count in db.execute(f"SELECT a.status, count(*) FROM act a WHERE {chosen} GROUP BY a.status", params).fetchall():
        by_status[status] += count
    sums = db.execute(
        f"""SELECT a.currency, a.rate_micro, a.rate_scale, coalesce(sum(l.quantity * l.unit_value_minor), 0),
                   coalesce(sum(l.quantity), 0)
            FROM act a LEFT JOIN act_line l ON l.act_id = a.id
            WHERE a.status IN {COUNTED_STATUSES} AND {chosen}
            GROUP BY a.id""",
        params,
    ).fetchall()
    per_currency: dict[str, int] = {}
    usd: int | None = 0
    quantity = 0
    for currency, rate, scale, total, lines_quantity in sums:
        per_currency[currency] = per_currency.get(currency, 0) + total
        quantity += lines_quantity
        act_usd = usd_total(total, {"currency": currency, "rate_micro": rate, "rate_scale": scale})
        usd = None if usd is None or act_usd is None else usd + act_usd
    count_all = sum(by_status.values())
    return {"by_status": by_status, "per_currency": per_currency, "usd_minor": usd, "quantity": quantity, "acts": count_all}

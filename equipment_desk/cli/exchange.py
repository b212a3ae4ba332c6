"""Data in and out: ``items``, ``institutions``, ``programmes``, ``donors`` (import, list, export),
``export``, ``report``, ``donor-report``, ``backup``, ``restore`` and ``sync``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import sqlite_utils

from equipment_desk.cli import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK  # noqa: F401 - EXIT_FAILED for report commands
from equipment_desk.cli import records as records_cli
from equipment_desk.core.errors import InputError, Problem
from equipment_desk.core.files import check_output_path
from equipment_desk.exchange.values import DATE_ORDERS
from equipment_desk.store.database import database_file

_RECORD_GROUPS = (
    ("items", "item", "donated equipment: import from XLSX/CSV, list, export"),
    ("institutions", "institution", "recipient institutions and their signatories: import, add, signatory, list, export"),
    ("programmes", "programme", "donor programmes: import, add (with donors), donors, list, export"),
    ("donors", "donor", "donors: import, list, export"),
)


def _group(subparsers: argparse._SubParsersAction, name: str, help_text: str) -> argparse._SubParsersAction:
    parser = subparsers.add_parser(name, help=help_text, description=help_text)
    commands = parser.add_subparsers(dest=f"{name}_command", metavar="COMMAND", parser_class=type(parser))
    commands.required = True
    return commands


def register(subparsers: argparse._SubParsersAction) -> None:
    for group, kind, help_text in _RECORD_GROUPS:
        commands = _group(subparsers, group, help_text)
        p = commands.add_parser("import", help=f"add {group} from an XLSX or CSV file (all rows or none; see docs/import-columns.md)")
        p.add_argument("file", type=Path, metavar="FILE")
        p.add_argument("--dry-run", action="store_true", help="check the file and show what would be imported; write nothing")
        p.add_argument("--json", action="store_true", help="with --dry-run: print the check as JSON")
        p.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                       help="read column COLUMN (its title or 1-based number) as FIELD, overriding the guess; "
                            "COLUMN= with no field switches the column off; repeatable")
        p.add_argument("--fresh", action="store_true", help="ignore the mapping remembered for this header; guess again")
        if kind == "item":
            p.add_argument("--currency", help="currency for rows whose columns name none, e.g. KGS")
            p.add_argument("--programme", help="programme code for rows without one")
            p.add_argument("--category", help="category for rows without one")
            p.add_argument("--date-order", choices=DATE_ORDERS,
                           help="how dates such as 01/02/18 are written: day first (dmy), month first (mdy) or year first (ymd)")
            p.add_argument("--category-map", action="append", default=[], metavar="WORD=CATEGORY",
                           help="the file's category WORD is our CATEGORY (e.g. \"Laptops=computers\"); remembered for the office")
        if kind == "institution":
            p.add_argument("--country", help="country for rows without one, e.g. KG")
        p.set_defaults(handler=_import_command, kind=kind)
        if kind in ("item", "institution"):
            _register_add(commands, kind)
        records_cli.add_commands(commands, kind)
        if kind == "item":
            p = commands.add_parser("categories", help="the office's own category words and the category each means")
            p.add_argument("--set", action="append", default=[], metavar="WORD=CATEGORY", help="add or change a word; repeatable")
            p.add_argument("--remove", action="append", default=[], metavar="WORD", help="forget a word; repeatable")
            p.set_defaults(handler=_categories_command)
        p = commands.add_parser("mappings", help=f"the column mappings imports of {group} remember, by header; forget them")
        p.add_argument("--forget", action="append", default=[], metavar="KEY", help="forget the mapping listed as KEY; repeatable")
        p.add_argument("--forget-all", action="store_true", help=f"forget every mapping remembered for {group}")
        p.set_defaults(handler=_mappings_command, kind=kind)
        p = commands.add_parser("list", help=f"list the {group}")
        p.add_argument("--format", choices=("table", "csv", "json"), default="table")
        p.add_argument("--lang", choices=("en", "ru"), default="en",
                       help="column titles and words (category, unit, status...) in English or Russian; Russian CSV uses ; and a decimal comma")
        p.set_defaults(handler=_list_command, kind=kind)
        p = commands.add_parser("export", help=f"write the {group} to an XLSX or CSV file")
        p.add_argument("file", type=Path, metavar="FILE.xlsx|FILE.csv")
        p.add_argument("--lang", choices=("en", "ru"), default="en",
                       help="column titles and words in English or Russian; a Russian CSV uses ; and a decimal comma (as Russian Excel expects)")
        p.set_defaults(handler=_export_list_command, kind=kind)
    _register_exports(subparsers)
    _register_reports(subparsers)
    _register_backup(subparsers)
    _register_sync(subparsers)


# --- records ------------------------------------------------------------------------------------

def _mapping_overrides(args: argparse.Namespace, titles: list[str], specs) -> dict[int, str | None] | None:
    """``--map`` entries as ``{column_index: field or None}`` (``None``: the column is switched off)."""
    if not args.map:
        return None
    known = {s.field for s in specs}
    problems, overrides = [], {}
    for entry in args.map:
        column, sep, field = entry.partition("=")
        column, field = column.strip(), field.strip()
        if not sep or (field and field not in known):
            problems.append(Problem("must be COLUMN=FIELD with FIELD one of {fields}, or COLUMN= to switch the column off",
                                    params={"fields": ", ".join(sorted(known))}, field="--map", value=entry))
            continue
        if column.isdigit() and 1 <= int(column) <= len(titles):
            overrides[int(column) - 1] = field or None
            continue
        matches = [i for i, t in enumerate(titles) if " ".join(t.split()).casefold() == " ".join(column.split()).casefold()]
        if not matches:
            problems.append(Problem("the file has no column titled {column} (its columns: {titles})",
                                    params={"column": column, "titles": ", ".join(t for t in titles if t)}, field="--map", value=entry))
            continue
        overrides[matches[0]] = field or None
    if problems:
        raise InputError(problems)
    return overrides


def _pairs(entries: list[str], option: str) -> dict[str, str]:
    pairs, problems = {}, []
    for entry in entries:
        word, sep, target = entry.rpartition("=")
        if not sep or not word.strip() or not target.strip():
            problems.append(Problem("must be WORD=CATEGORY", field=option, value=entry))
        else:
            pairs[word.strip()] = target.strip()
    if problems:
        raise InputError(problems)
    return pairs


def _import_command(args: argparse.Namespace, db: sqlite_utils.Database) -> int:
    from equipment_desk.exchange import importers
    from equipment_desk.exchange.tables import guess_mapping, read_table

    specs = importers.columns_for(args.kind)
    table = read_table(args.file)
    overrides = _mapping_overrides(args, guess_mapping(table, specs).titles, specs)
    chosen = importers.choose_mapping(db=db, kind=args.kind, table=table, overrides=overrides, remembered_ok=not args.fresh)
    defaults: dict[str, Any] = {}
    for option, field in (("currency", "currency"), ("programme", "programme_code"), ("category", "category"), ("country", "country")):
        value = getattr(args, option, None)
        if value:
            defaults[field] = value
    categories = _pairs(getattr(args, "category_map", []), "--category-map")
    preview = importers.prepare_import(db=db, kind=args.kind, table=table, mapping=chosen.mapping, defaults=defaults,
                                       date_order=getattr(args, "date_order", None) or chosen.date_order, categories=categories)
    preview.remembered = chosen.remembered
    if args.dry_run and args.json:
        print(importers.preview_as_json(preview))
        return EXIT_OK if preview.ok else EXIT_BAD_INPUT
    if args.dry_run or not preview.ok:
        _print_check(preview, args.kind)
    for warning in preview.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if not preview.ok:
        raise InputError(preview.problems, message="the file has problems; nothing was imported")
    if args.dry_run:
        print(f"{preview.source}: {preview.record_count} {args.kind}(s) would be imported" +
              (f", with {preview.signatory_count} signatory(ies)" if preview.signatory_count else "") + "; nothing was written")
        return EXIT_OK
    result = importers.apply_import(db=db, preview=preview)
    extra = f" and {result.signatories} signatory(ies)" if result.signatories else ""
    print(f"imported {result.created} {args.kind}(s){extra} from {result.source}")
    return EXIT_OK


_PREVIEW_FIELDS = ("name", "model", "serial_number", "inventory_number", "quantity", "unit_value", "currency", "acquisition_date", "category")


def _print_check(preview, kind: str) -> None:
    """The dry run: how the columns are read, the rows skipped and why, and each row as it will be stored."""
    from equipment_desk.exchange import importers

    where = "remembered for this header" if preview.remembered else "guessed"
    print(f"{preview.source}: titles on row {preview.mapping.header_row}; columns ({where}):")
    for title, field in importers.mapping_description(preview):
        shown = "(row numbers, not imported)" if field == "row_number" else field or "(ignored)"
        print(f"  {title or '(no title)'!r} -> {shown}")
    if preview.date_order:
        print(f"dates read as {preview.date_order}")
    for skipped in preview.skipped:
        if skipped.reason != "empty":
            print(f"skipped row {skipped.row}: {skipped.text()}")
    empty = [s.row for s in preview.skipped if s.reason == "empty"]
    if empty:
        print(f"skipped {len(empty)} empty row(s)")
    if kind == "item":
        for check in preview.rows[:200]:
            if check.stored:
                parts = [f"{name}={check.stored[name]!r}" for name in _PREVIEW_FIELDS if check.stored.get(name)]
                print(f"  row {check.row}: " + ", ".join(parts))
        if len(preview.rows) > 200:
            print(f"  ... and {len(preview.rows) - 200} more row(s)")


def _categories_command(args: argparse.Namespace, db: sqlite_utils.Database) -> int:
    from equipment_desk.exchange import remembered

    if args.set or args.remove:
        words = remembered.set_office_categories(db=db, words=_pairs(args.set, "--set"), remove=args.remove)
    else:
        words = remembered.office_categories(db=db)
    if not words:
        print("the office has no category words of its own yet (the program's own words are listed in docs/import-columns.md)")
    for _key, (word, code) in sorted(words.items()):
        print(f"{word} = {code}")
    return EXIT_OK


def _mappings_command(args: argparse.Namespace, db: sqlite_utils.Database) -> int:
    from equipment_desk.exchange import remembered

    if args.forget and args.forget_all:
        raise InputError(Problem("give --forget KEY or --forget-all, not both", field="--forget"))
    if args.forget or args.forget_all:
        count = remembered.forget_mappings(db=db, keys=None if args.forget_all else args.forget, kind=args.kind)
        print(f"forgot {count} mapping(s); the next file with such a header is guessed again")
        return EXIT_OK
    kept = remembered.remembered_mappings(db=db, kind=args.kind)
    if not kept:
        print(f"no mappings remembered for {args.kind} imports yet")
    for mapping in kept:
        order = f" (dates {mapping.date_order})" if mapping.date_order else ""
        print(f"{mapping.key}{order}:")
        for title, field in mapping.read_as():
            print(f"  {title or '(no title)'!r} -> {field or '(ignored)'}")
    return EXIT_OK


def _list_command(args: argparse.Namespace, db: sqlite_utils.Database) -> int:
    from equipment_desk.exchange import export

    columns_of, rows_of = export.LISTS[args.kind]
    columns, rows = columns_of(args.lang), list(rows_of(db=db))
    if args.format == "json":
        keys = [c.key for c in columns]
        print(json.dumps([{k: r.get(k) for k in keys} for r in rows], ensure_ascii=False, indent=2, default=str))
    elif args.format == "csv":
        import csv

        style = export.CsvStyle.for_language(args.lang)
        writer = csv.writer(sys.stdout, delimiter=style.delimiter)
        writer.writerow([c.title for c in columns])
        for row in rows:
            writer.writerow([export._csv_text(export.cell_value(row, c), style.decimal) for c in columns])  # noqa: SLF001 - same package family
    else:
        if args.kind == "item":
            shown = {"id", "category", "name", "model", "serial_number", "quantity", "unit", "available", "unit_value_minor", "currency",
                     "programme_code", "status"}
            columns = [c for c in columns if c.key in shown]
        elif args.kind == "institution":
            columns = [c for c in columns if c.key in ("id", "name_en", "name_ru", "country", "kind", "signatory_name")]
        sys.stdout.write(export.table_to_text(columns, rows, lang=args.lang))
        print(_list_footer(args.kind, rows, args.lang))
    return EXIT_OK


def _count_words(count: int, kind: str, lang: str) -> str:
    from equipment_desk.core.labels import counted

    return counted(count, kind, lang)


def _list_footer(kind: str, rows: list[dict[str, Any]], lang: str) -> str:
    """``(11 institutions, 12 signatories)``: an institution with several signatories has a row for each, but counts once."""
    if kind != "institution":
        return f"({_count_words(len(rows), kind, lang)})"
    institutions = len({row["id"] for row in rows})
    signatories = sum(1 for row in rows if row.get("signatory_name"))
    return f"({_count_words(institutions, 'institution', lang)}, {_count_words(signatories, 'signatory', lang)})"


def _export_list_command(args: argparse.Namespace, db: sqlite_utils.Database) -> int:
    from equipment_desk.exchange import export

    count = export.export_list(db=db, kind=args.kind, path=args.file, lang=args.lang,
                               protected=[database_file(db)])
    print(f"wrote {count} row(s) to {args.file}")
    return EXIT_OK


# --- placeholders filled below ------------------------------------------------------------------

def _register_exports(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("export", help="write the act register or the lines of all acts to XLSX or CSV")
    commands = p.add_subparsers(dest="export_command", metavar="WHAT", parser_class=type(p))
    commands.required = True
    for what, help_text in (("acts", "the act register: one row per act"), ("lines", "every line of every act")):
        q = commands.add_parser(what, help=help_text)
        q.add_argument("file", type=Path, metavar="FILE.xlsx|FILE.csv")
        q.add_argument("--from", dest="date_from", metavar="DATE")
        q.add_argument("--to", dest="date_to", metavar="DATE")
        q.add_argument("--status", action="append", choices=("draft", "finalized", "signed", "void"),
                       help="only acts of this status (repeatable; default: all)")
        q.add_argument("--lang", choices=("en", "ru"), default="en")
        q.set_defaults(handler=_export_acts_command, what=what)


def _dates(args: argparse.Namespace) -> tuple[str | None, str | None]:
    from equipment_desk.core.validation import FieldError, parse_date

    out = []
    for name, value in (("--from", args.date_from), ("--to", args.date_to)):
        if value is None:
            out.append(None)
            continue
        try:
            out.append(parse_date(value))
        except FieldError as error:
            raise InputError(Problem(error.message, field=name, value=value)) from error
    return out[0], out[1]


def _export_acts_command(args: argparse.Namespace, db: sqlite_utils.Database) -> int:
    from equipment_desk.exchange import export

    date_from, date_to = _dates(args)
    statuses = tuple(args.status) if args.status else None
    function = export.export_act_register if args.what == "acts" else export.export_act_lines
    count = function(db=db, path=args.file, lang=args.lang, date_from=date_from, date_to=date_to, statuses=statuses,
                     protected=[database_file(db)])
    print(f"wrote {count} row(s) to {args.file}")
    return EXIT_OK


def _register_reports(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "report",
        help="totals handed over (finalized and signed acts) by one or two of: donor, programme, country, institution, "
             "category, year, month; or 'report unsigned' for acts still without a signed copy",
    )
    p.add_argument("what", nargs="?", choices=("totals", "unsigned"), default="totals")
    p.add_argument("--by", default="programme", metavar="DIM[,DIM]", help="rows, or rows,columns (default: programme)")
    p.add_argument("--from", dest="date_from", metavar="DATE")
    p.add_argument("--to", dest="date_to", metavar="DATE")
    p.add_argument("--programme", metavar="CODE", help="only this programme")
    p.add_argument("--donor", metavar="NAME", help="only programmes funded by this donor")
    p.add_argument("--xlsx", type=Path, metavar="FILE", help="also write the report to an XLSX (or .csv) file")
    p.add_argument("--days", type=int, default=30, metavar="N", help="for 'unsigned': at least N days since the act's date (default 30)")
    p.add_argument("--lang", choices=("en", "ru"), default="en")
    p.set_defaults(handler=_report_command)
    p = subparsers.add_parser("donor-report", help="a PDF report for one programme or donor and a period: summary, chart, list of acts")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--programme", metavar="CODE")
    who.add_argument("--donor", metavar="NAME")
    p.add_argument("--from", dest="date_from", required=True, metavar="DATE")
    p.add_argument("--to", dest="date_to", required=True, metavar="DATE")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    p.add_argument("--with-acts", action="store_true", help="append every act's certificate")
    p.add_argument("--lang", choices=("en", "ru"), default="en")
    p.set_defaults(handler=_donor_report_command)


_REPORT_WORDS = {
    "acts": ("acts", "актов"),
    "items": ("items", "предметов"),
    "local": ("local currency", "в местной валюте"),
    "summary": ("local currency: {local}; {acts} act(s), {items} item(s)", "в местной валюте: {local}; актов: {acts}, предметов: {items}"),
    "unsigned": ("({count} act(s) without a signed copy after {days} days)", "(актов без подписанного экземпляра через {days} дн.: {count})"),
    "not signed": ("not signed", "не подписан"),
    "no scan": ("no scan", "нет скана"),
    "days": ("days", "дн."),
}


def _word(key: str, lang: str) -> str:
    return _REPORT_WORDS[key][1 if lang == "ru" else 0]


def _money_text(local: dict[str, int], lang: str) -> str:
    from equipment_desk.core.money import format_amount

    return "; ".join(format_amount(amount, code, lang) for code, amount in sorted(local.items())) or "—"


def _report_command(args: argparse.Namespace, db: sqlite_utils.Database) -> int:
    from equipment_desk.analytics import reports
    from equipment_desk.core.money import format_amount
    from equipment_desk.exchange.reports import export_pivot

    if args.what == "unsigned":
        if args.days < 0:
            raise InputError(Problem("must be 0 or more", field="--days", value=args.days))
        found = reports.unsigned_acts(db=db, days=args.days, lang=args.lang)
        for act in found:
            print(f"{act.number}  {_date_text(act.date, args.lang)}  {act.days:>4} {_word('days', args.lang)}  {_word(act.state, args.lang):<10}  "
                  f"{format_amount(act.total_minor, act.currency, args.lang)}  {act.recipient}")
        print(_word("unsigned", args.lang).format(count=len(found), days=args.days))
        return EXIT_OK
    dims = [d.strip() for d in args.by.split(",") if d.strip()]
    if not 1 <= len(dims) <= 2:
        raise InputError(Problem("give one or two dimensions, e.g. programme,country", field="--by", value=args.by))
    date_from, date_to = _dates(args)
    result = reports.pivot(db=db, rows_by=dims[0], cols_by=dims[1] if len(dims) > 1 else None, date_from=date_from,
                           date_to=date_to, programme_code=args.programme, donor=args.donor, lang=args.lang)
    lang = args.lang
    usd = lambda cell: format_amount(cell.usd_minor, "USD", lang, with_currency=False)  # noqa: E731
    total = reports.text(reports.TOTAL_WORD, lang)
    title = lambda dimension: reports.dimension_title(dimension, lang)  # noqa: E731
    if result.cols_by is None:
        rows = [[result.label(result.rows_by, k), str(result.row_totals[k].act_count), str(result.row_totals[k].items),
                 usd(result.row_totals[k]), _money_text(result.row_totals[k].local, lang)] for k in result.row_keys]
        rows.append([total, str(result.total.act_count), str(result.total.items), usd(result.total), _money_text(result.total.local, lang)])
        _print_grid([title(dims[0]), _word("acts", lang), _word("items", lang), "USD", _word("local", lang)], rows, right={1, 2, 3})
    else:
        header = [f"{title(dims[0])} \\ {title(dims[1])} (USD)"] + [result.label(result.cols_by, c) for c in result.col_keys] + [total]
        rows = []
        for r in result.row_keys:
            rows.append([result.label(result.rows_by, r)] + [usd(result.cell(r, c)) if (r, c) in result.cells else "" for c in result.col_keys]
                        + [usd(result.row_totals[r])])
        rows.append([total] + [usd(result.col_totals[c]) for c in result.col_keys] + [usd(result.total)])
        _print_grid(header, rows, right=set(range(1, len(header))))
        print(_word("summary", lang).format(local=_money_text(result.total.local, lang), acts=result.total.act_count, items=result.total.items))
    for note in result.notes(lang):
        print(f"* {note}")
    if args.xlsx:
        count = export_pivot(result, args.xlsx, lang=args.lang, protected=[database_file(db)])
        print(f"wrote {count} row(s) to {args.xlsx}")
    return EXIT_OK


def _date_text(iso: str | None, lang: str) -> str:
    """``2018-02-15`` as ``15.02.2018`` in Russian; ISO in English."""
    if not iso or lang != "ru" or len(iso) != 10:
        return iso or ""
    return f"{iso[8:10]}.{iso[5:7]}.{iso[:4]}"


def _print_grid(header: list[str], rows: list[list[str]], right: set[int]) -> None:
    matrix = [header] + rows
    widths = [min(max(len(r[i]) for r in matrix), 50) for i in range(len(header))]
    for row in matrix:
        cells = [(text[: widths[i] - 1] + "…") if len(text) > widths[i] else text for i, text in enumerate(row)]
        print("  ".join(c.rjust(widths[i]) if i in right else c.ljust(widths[i]) for i, c in enumerate(cells)).rstrip())


def _donor_report_command(args: argparse.Namespace, db: sqlite_utils.Database) -> int:
    from equipment_desk.core.files import atomic_output
    from equipment_desk.documents.reports import write_donor_report

    check_output_path(args.output, protected=[database_file(db)])
    date_from, date_to = _dates(args)
    # written as it is drawn, to a temporary file beside the target: with every act appended it can be long
    with atomic_output(args.output, protected=[database_file(db)], what="report.pdf") as temporary, \
            temporary.open("wb") as handle:
        write_donor_report(db=db, handle=handle, programme_code=args.programme, donor=args.donor,
                           date_from=date_from, date_to=date_to, with_acts=args.with_acts, lang=args.lang)
    print(f"wrote {args.output}")
    return EXIT_OK


def _register_backup(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("backup", help="copy the database into the backup folder (SQLite online backup), keeping the last N")
    p.add_argument("--to", dest="folder", type=Path, metavar="FOLDER", help="backup folder (default: 'backups' beside the database)")
    p.add_argument("--keep", type=int, default=14, metavar="N", help="how many backups to keep in the folder (default 14)")
    p.set_defaults(handler=_backup_command)
    p = subparsers.add_parser("restore", help="replace the database with a backup, after checking it; the current one is kept")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--keep-in", dest="folder", type=Path, metavar="FOLDER",
                   help="where the current database is kept (default: 'backups' beside the database)")
    p.set_defaults(handler=_restore_command, needs_db=False)


def _backup_command(args: argparse.Namespace, db: sqlite_utils.Database) -> int:
    from equipment_desk.exchange import backup
    from equipment_desk.store.database import default_database_path

    if args.keep < 1:
        raise InputError(Problem("must be 1 or more", field="--keep", value=args.keep))
    folder = args.folder or backup.default_backup_folder(args.db or default_database_path())
    made = backup.backup_database(db=db, folder=folder, keep=args.keep)
    print(f"backup written to {made}")
    return EXIT_OK


def _restore_command(args: argparse.Namespace) -> int:
    from equipment_desk.exchange import backup
    from equipment_desk.store.database import default_database_path, open_database

    database = args.db or default_database_path()
    checked = backup.check_backup(args.file)
    kept = backup.restore_backup(backup_path=args.file, database_path=database, folder=args.folder)
    db = open_database(database)  # applies any migration the backup lacks
    db.close()
    print(f"restored {database} from {args.file} ({checked.acts} acts, {checked.items} items)")
    if kept:
        print(f"the previous database was kept as {kept}")
    return EXIT_OK


def _register_sync(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("sync", help="exchange records with another laptop through a bundle file")
    commands = p.add_subparsers(dest="sync_command", metavar="COMMAND", parser_class=type(p))
    commands.required = True
    q = commands.add_parser("export", help="write a bundle: everything, or what changed since the last bundle for an office")
    q.add_argument("file", type=Path, metavar="FILE.zip")
    q.add_argument("--office", metavar="CODE", help="the office the bundle is for; only changes since its last bundle are written")
    q.add_argument("--all", dest="full", action="store_true", help="write everything even when --office is given")
    q.set_defaults(handler=_sync_export_command)
    q = commands.add_parser("import", help="merge a bundle (all of it or nothing); --dry-run shows what it would do")
    q.add_argument("file", type=Path, metavar="FILE.zip")
    q.add_argument("--dry-run", action="store_true", help="show what would be added, updated and refused; write nothing")
    q.add_argument("--verbose", "-v", action="store_true", help="list every record added or updated, not only refusals")
    q.set_defaults(handler=_sync_import_command)


def _sync_export_command(args: argparse.Namespace, db: sqlite_utils.Database) -> int:
    from equipment_desk.exchange import sync

    info = sync.export_bundle(db=db, path=args.file, office=args.office, full=args.full)
    what = "everything" if info.since is None else f"changes since {info.since}"
    counts = ", ".join(f"{n} {k}" for k, n in info.counts.items() if n)
    print(f"wrote {info.path}: {what} from office {info.office}" + (f" for {info.to_office}" if info.to_office else "") + f" ({counts or 'nothing'})")
    return EXIT_OK


def _sync_import_command(args: argparse.Namespace, db: sqlite_utils.Database) -> int:
    from equipment_desk.exchange import sync

    report = sync.import_bundle(db=db, path=args.file, dry_run=args.dry_run)
    print(f"bundle {report.source} from office {report.from_office} ({report.created_at}): {report.summary()}")
    for change in report.changes:
        if args.verbose or change.action == "refuse":
            print(f"  {change}")
    if report.refused:
        print(f"nothing was written: {len(report.refused)} record(s) refused; a bundle is merged whole or not at all", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.dry_run:
        print("nothing was written (dry run)")
    return EXIT_OK




# --- one record ----------------------------------------------------------------------------------

_ALIASES = {"programme_code": ("--programme",), "serial_number": ("--serial",), "inventory_number": ("--inventory",),
            "acquisition_date": ("--date",), "unit_value": ("--price",), "signatory_name": ("--signatory",)}


def _register_add(commands: argparse._SubParsersAction, kind: str) -> None:
    from equipment_desk.exchange.columns import COLUMNS, ROW_NUMBER

    what = "an item" if kind == "item" else "an institution (with a signatory if given)"
    p = commands.add_parser("add", help=f"add {what}, checked as an imported row would be")
    for spec in COLUMNS[kind]:
        if spec.field == ROW_NUMBER:
            continue
        flags = (f"--{spec.field.replace('_', '-')}", *_ALIASES.get(spec.field, ()))
        p.add_argument(*flags, dest=f"field_{spec.field}", metavar="VALUE",
                       help=f"{spec.title_en}: {spec.type}" + (" (required)" if spec.required and spec.field != "quantity" else ""))
    if kind == "item":
        p.add_argument("--date-order", choices=DATE_ORDERS, help="how a date such as 01/02/18 is written")
    p.add_argument("--json", action="store_true", help="print the stored record as JSON")
    p.set_defaults(handler=_add_command, kind=kind)


def _add_command(args: argparse.Namespace, db: sqlite_utils.Database) -> int:
    from equipment_desk.exchange import importers
    from equipment_desk.store import records

    values = {name[len("field_"):]: value for name, value in vars(args).items() if name.startswith("field_") and value not in (None, "")}
    result = importers.add_record(db=db, kind=args.kind, values=values, date_order=getattr(args, "date_order", None))
    stored = records.get(db=db, kind=records.KINDS[args.kind], record_id=result.ids[0])
    if args.json:
        print(json.dumps(stored, ensure_ascii=False, indent=2, default=str))
    else:
        name = stored.get("name") or stored.get("name_en")
        extra = f" with {result.signatories} signatory" if result.signatories else ""
        print(f"added {args.kind} {stored['id']}: {name}{extra}")
    return EXIT_OK

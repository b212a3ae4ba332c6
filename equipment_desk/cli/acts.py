"""``acts`` commands: list, show, import, finalize, sign, rescan, void."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import sqlite_utils

from equipment_desk.cli import EXIT_OK
from equipment_desk.core.errors import InputError, Problem
from equipment_desk.core.money import format_amount as _format_amount
from equipment_desk.documents.texts import pick
from equipment_desk.store import acts


def format_amount(minor: int, currency: str, lang: str, *, with_currency: bool = True) -> str:
    """Amounts for the terminal: plain spaces (no-break spaces confuse some consoles and pipes)."""
    return _format_amount(minor, currency, lang, with_currency=with_currency).replace("\u00a0", " ")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("acts", help="handover acts: list, show, import, finalize, sign, void")
    commands = parser.add_subparsers(dest="acts_command", metavar="ACTION")
    commands.required = True

    p = commands.add_parser("list", help="list acts")
    p.add_argument("--status", choices=acts.STATUSES)
    p.add_argument("--from", dest="date_from", metavar="DATE")
    p.add_argument("--to", dest="date_to", metavar="DATE")
    p.add_argument("--programme", metavar="CODE")
    p.add_argument("--search", metavar="TEXT",
                   help="only acts matching every word, as the window's search does (number, recipient, programme, items, serials)")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(handler=list_command)

    p = commands.add_parser("show", help="show one act")
    p.add_argument("act", metavar="NUMBER_OR_UUID")
    p.add_argument("--json", action="store_true", help="print the act in its JSON form (docs/act-json.md)")
    p.set_defaults(handler=show_command)

    p = commands.add_parser("import", help="create drafts from acts in the JSON form")
    p.add_argument("file", type=Path, metavar="FILE.json")
    p.set_defaults(handler=import_command)

    p = commands.add_parser("finalize", help="check, number and seal a draft")
    p.add_argument("act", metavar="ID")
    p.set_defaults(handler=finalize_command)

    p = commands.add_parser("sign", help="record that the act came back signed")
    p.add_argument("act", metavar="ID")
    p.add_argument("--date", required=True, metavar="DATE", help="date of signature, e.g. 2018-02-20 or 20.02.2018")
    p.add_argument("--scan", type=Path, metavar="FILE", help="the scanned signed act (PDF, JPG or PNG)")
    p.set_defaults(handler=sign_command)

    p = commands.add_parser("rescan", help="give a signed act its scan: attach it, or replace a wrong one with a reason (the old one is kept)")
    p.add_argument("act", metavar="ID")
    p.add_argument("--scan", type=Path, required=True, metavar="FILE", help="the scanned signed act (PDF, JPG or PNG)")
    p.add_argument("--reason", metavar="TEXT", help="why the scan is replaced (required when the act already has one)")
    p.set_defaults(handler=rescan_command)

    p = commands.add_parser("void", help="void a finalized act (it stays listed; its number is never reused)")
    p.add_argument("act", metavar="ID")
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.set_defaults(handler=void_command)

    p = commands.add_parser("delete", help="delete a draft")
    p.add_argument("act", metavar="ID")
    p.set_defaults(handler=delete_command)


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def list_command(args: argparse.Namespace, db: sqlite_utils.Database) -> int:
    rows = acts.list_acts(db=db, status=args.status, date_from=args.date_from, date_to=args.date_to, programme_code=args.programme)
    if args.search and args.search.strip():
        from equipment_desk.store.queries import ListFilter, list_ids

        matched = set(list_ids(db=db, kind="acts", filters=ListFilter(text=args.search)))
        rows = [row for row in rows if row["id"] in matched]
    if args.json:
        _print_json(rows)
        return EXIT_OK
    if not rows:
        print("no acts")
        return EXIT_OK
    for row in rows:
        number = row["number"] or f"(draft {row['id']})"
        total = format_amount(row["total_minor"], row["currency"], "en")
        recipient = row["recipient_en"] or "(no recipient)"
        print(f"{number:<18} {row['status']:<9} {row['date'] or '':<10} {total:>22}  {row['programme_code'] or '':<9} {recipient}")
    return EXIT_OK


def show_command(args: argparse.Namespace, db: sqlite_utils.Database) -> int:
    document = acts.act_document(db=db, act_id=acts.find_act(db=db, ref=args.act))
    if args.json:
        _print_json(document)
        return EXIT_OK
    lang = "en"
    recipient = document["recipient"]
    print(f"Act {document['number']} — {document['status']}" if document["number"] else f"Draft act {args.act} (no number until it is finalized)")
    print(f"Date: {document['date'] or '-'}   Place: {document['place']['en']}")
    print(f"Recipient: {recipient['organisation']['en'] or '-'}")
    if recipient.get("signatory"):
        title = recipient["signatory"]["title"]["en"] or recipient["signatory"]["title"]["ru"]
        print(f"  represented by {pick(recipient['signatory']['name'], lang)}" + (f", {title}" if title else ""))
    programme = document.get("programme")
    print(f"Programme: {programme['code'] + ' ' + programme['name']['en'] if programme else '-'}")
    print(f"Transfer: {'ownership (title)' if document['transfer_type'] == 'title' else 'custody and use'}")
    for line in document["lines"]:
        serial = f" S/N {line['serial_number']}" if line.get("serial_number") else ""
        print(f"  {line['line_no']:>3}. {pick(line['name'], lang)} {line['model']}{serial} × {line['quantity']} = "
              f"{format_amount(line['amount_minor'], document['currency'], lang)}")
    totals = document["totals"]
    print(f"Total: {totals['quantity']} units, {format_amount(totals['amount_minor'], document['currency'], lang)}"
          + (f" (USD {format_amount(totals['usd_minor'], 'USD', lang, with_currency=False)})" if totals["usd_minor"] is not None and document["currency"] != "USD" else ""))
    if document.get("rate"):
        rate = document["rate"]
        kind = {"unore": "UN operational rate of exchange", "national_bank": "national bank rate", "other": "other rate"}.get(rate["type"], rate["type"] or "")
        details = ", ".join(part for part in (kind, pick(rate["source"], lang), rate["effective_date"]) if part)
        print(f"Rate: {rate['scale']} USD = {rate['value']} {document['currency']}" + (f" ({details})" if details else ""))
    if document.get("signed"):
        scan = document["signed"].get("scan")
        print(f"Signed: {document['signed']['date']}" + (f", scan {scan['filename']}" if scan else ", no scan attached"))
    if document.get("void"):
        print(f"Void: {document['void']['reason']}")
    if document.get("content_hash"):
        print(f"Content hash: {document['content_hash']}")
    return EXIT_OK


def import_command(args: argparse.Namespace, db: sqlite_utils.Database) -> int:
    path: Path = args.file
    if not path.is_file():
        raise InputError(Problem("the file does not exist", source=str(path)))
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(Problem("is not UTF-8 text (is it really a JSON file?)", source=str(path))) from error
    try:
        payload = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(Problem("is not valid JSON: {reason} at line {line}, column {column}",
                                 params={"reason": error.msg, "line": error.lineno, "column": error.colno}, source=str(path))) from error
    except RecursionError:
        raise InputError(Problem("is nested too deeply to be an act (lists or objects inside each other thousands of "
                                 "levels deep)", source=str(path))) from None
    documents = payload if isinstance(payload, list) else [payload]
    if not documents:
        raise InputError(Problem("holds an empty list: no act to import", source=str(path)))
    from equipment_desk.store.database import write_transaction

    created = []
    with write_transaction(db):
        for index, document in enumerate(documents):
            source = f"{path.name}" + (f"[{index}]" if isinstance(payload, list) else "")
            created.append(acts.draft_from_document(db=db, document=document, source=source))
    for act_id in created:
        print(f"created draft {act_id}")
    print(f"imported {len(created)} act(s) from {path.name} as draft(s)")
    return EXIT_OK


def finalize_command(args: argparse.Namespace, db: sqlite_utils.Database) -> int:
    result = acts.finalize_act(db=db, act_id=acts.find_act(db=db, ref=args.act))
    print(f"finalized as {result['number']} (hash {result['content_hash']})")
    return EXIT_OK


def sign_command(args: argparse.Namespace, db: sqlite_utils.Database) -> int:
    result = acts.sign_act(db=db, act_id=acts.find_act(db=db, ref=args.act), signed_date=args.date, scan_path=args.scan)
    print(f"{result['number']} recorded as signed on {result['signed_date']}" + (" with its scan" if result["scan_id"] else ""))
    return EXIT_OK


def rescan_command(args: argparse.Namespace, db: sqlite_utils.Database) -> int:
    act_id = acts.find_act(db=db, ref=args.act)
    row = acts.get_act_row(db=db, act_id=act_id)
    if row["signed_scan_id"] is None and row["status"] == "signed":
        acts.attach_signed_scan(db=db, act_id=act_id, scan_path=args.scan)
        print(f"{row['number']}: signed scan attached")
    else:
        acts.replace_signed_scan(db=db, act_id=act_id, scan_path=args.scan, reason=args.reason or "")
        print(f"{row['number']}: signed scan replaced; the previous one is kept")
    return EXIT_OK


def void_command(args: argparse.Namespace, db: sqlite_utils.Database) -> int:
    result = acts.void_act(db=db, act_id=acts.find_act(db=db, ref=args.act), reason=args.reason)
    print(f"{result['number']} voided")
    return EXIT_OK


def delete_command(args: argparse.Namespace, db: sqlite_utils.Database) -> int:
    acts.delete_draft(db=db, act_id=acts.find_act(db=db, ref=args.act))
    print("draft deleted")
    return EXIT_OK

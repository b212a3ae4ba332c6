"""``certificate``, ``certificates`` and ``verify`` commands: the printed acts."""

from __future__ import annotations

import argparse
from pathlib import Path

import sqlite_utils

from equipment_desk.cli import EXIT_FAILED, EXIT_OK
from equipment_desk.core.errors import InputError, Problem
from equipment_desk.core.files import check_output_path
from equipment_desk.core.validation import parse_date
from equipment_desk.documents.texts import MAX_COPIES
from equipment_desk.store.database import database_file

# Each command imports what it uses when it runs: printing pulls in reportlab, verify pypdf.


def _copies(text: str) -> int:
    """``--copies`` checked here rather than by argparse, so a bad value gives the usual one error line."""
    try:
        value = int(str(text).strip())
    except ValueError:
        value = 0
    if not 1 <= value <= MAX_COPIES:
        raise InputError(Problem("must be a whole number from 1 to {max}", params={"max": MAX_COPIES},
                                 field="copies", value=text))
    return value


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "certificate", help="print the handover certificate of one act to a PDF file",
        description="Print the handover certificate (act of acceptance and transfer) of one act to a PDF file: "
                    "a finalized act with its number and verification code, a draft marked DRAFT, "
                    "a voided act marked VOID. Printing a finalized act again gives the same file.")
    p.add_argument("act", metavar="ID", help="the act's number (e.g. ROCA-2018-0001), UUID or id")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    p.add_argument("--lang", metavar="LANGS",
                   help="one or two of ru, en, kk, ky, tg, uz, uz-Cyrl, tk, first on the left (default: the act's own, e.g. ru,en)")
    p.add_argument("--copies", default="1", metavar="N",
                   help=f"print N copies, each marked 'Copy 1 of N' (1 to {MAX_COPIES}; default 1)")
    p.set_defaults(handler=certificate_command)

    p = subparsers.add_parser("certificates",
                              help="every finalized act of a period in one PDF, after a cover list (for auditors)")
    p.add_argument("--from", dest="date_from", required=True, metavar="DATE", help="first day, e.g. 2018-01-01")
    p.add_argument("--to", dest="date_to", required=True, metavar="DATE", help="last day, e.g. 2018-12-31")
    p.add_argument("--programme", metavar="CODE", help="only the acts of this programme, e.g. XAC/Z60")
    p.add_argument("--lang", metavar="LANGS", help="languages of the cover list and of every act (default ru,en "
                                                   "for the cover, each act's own for the acts)")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    p.set_defaults(handler=certificates_command)

    p = subparsers.add_parser(
        "verify", help="check a printed act against the register (exit 0 if it matches, 1 if not)",
        description="FILE.pdf: the file must be the program's own print of the act, byte for byte — a print the "
                    "program recorded as issued, or a fresh print with the same languages and copies; otherwise the "
                    "pages that differ are named and the register's values are shown to compare. --code TEXT checks "
                    "a scanned code only: it says which act the paper claims to be and shows the register's record; "
                    "the paper must be compared with it by eye.")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("file", nargs="?", type=Path, metavar="FILE.pdf", help="a PDF printed by Equipment Desk")
    source.add_argument("--code", metavar="TEXT", help="the text of the act's QR code, as a phone scanner shows it")
    p.set_defaults(handler=verify_command)

    p = subparsers.add_parser(
        "texts", help="check the act's fixed texts of each language (exit 0 if all are usable, 1 if not)",
        description="Check the files of the act's fixed texts (resources/act_texts/<language>.toml): every text present, "
                    "nothing unknown, every {placeholder} kept. Names each problem with its file and key, and says "
                    "which languages still await a native speaker's review.")
    p.add_argument("action", choices=["check"], help="check: check the files")
    p.add_argument("languages", nargs="*", metavar="LANG", help="the languages to check, e.g. kk ky (default: all)")
    p.set_defaults(handler=texts_command, needs_db=False)


def certificate_command(args: argparse.Namespace, db: sqlite_utils.Database) -> int:
    from equipment_desk.documents import printing
    from equipment_desk.store import acts

    protected = [database_file(db)]
    check_output_path(args.output, protected=protected)
    act_id = acts.find_act(db=db, ref=args.act)
    copies = _copies(args.copies)
    data = printing.certificate_pdf(db=db, act_id=act_id, languages=args.lang, copies=copies)
    path = printing.write_pdf(data, args.output, protected=protected)
    printing.record_print(db=db, act_ids=[act_id], source=data, languages=args.lang, copies=copies)
    print(f"wrote {path}")
    return EXIT_OK


def certificates_command(args: argparse.Namespace, db: sqlite_utils.Database) -> int:
    from equipment_desk.documents import printing

    protected = [database_file(db)]
    check_output_path(args.output, protected=protected)
    programme = printing.programme_code_of(db=db, ref=args.programme) if args.programme is not None else None
    found = printing.collection_act_ids(db=db, date_from=args.date_from, date_to=args.date_to,
                                        programme_code=programme)
    if not found:  # an empty register is no use to an auditor: say so, write nothing
        raise InputError(Problem(
            "no finalized acts between {first} and {last}{programme}",
            params={"first": parse_date(args.date_from), "last": parse_date(args.date_to),
                    "programme": f" under programme {programme}" if programme else ""}))
    path = printing.write_collection_pdf(db=db, path=args.output, act_ids=found, date_from=args.date_from,
                                         date_to=args.date_to, programme_code=programme, languages=args.lang,
                                         protected=protected)
    printing.record_print(db=db, act_ids=found, source=path, kind="collection", languages=args.lang)
    print(f"wrote {path} ({len(found)} act(s))")
    return EXIT_OK


def verify_command(args: argparse.Namespace, db: sqlite_utils.Database) -> int:
    from equipment_desk.documents import printing
    from equipment_desk.documents.verify import summary_line, verify_payload, verify_pdf

    if args.code is not None:
        results = [verify_payload(db=db, payload=args.code)]
    else:
        if not args.file.is_file():
            raise InputError(Problem("no such file", source=str(args.file)))
        results = verify_pdf(db=db, source=args.file,
                             reprint=lambda act_id, languages, copies: printing.certificate_pdf(
                                 db=db, act_id=act_id, languages=languages, copies=copies))
    for result in results:
        for line in result.lines():
            print(line)
    if len(results) > 1:
        print(summary_line(results))
    return EXIT_OK if all(r.ok for r in results) else EXIT_FAILED


def texts_command(args: argparse.Namespace) -> int:
    from equipment_desk.core import act_texts
    from equipment_desk.core.languages import CODES

    failed = False
    for code in args.languages or CODES:
        problems = act_texts.missing(code)
        if problems:
            failed = True
            print(f"{code}: {len(problems)} problem(s)")
            for problem in problems:
                print(f"  {problem}")
            continue
        review = act_texts.load(code).review
        who = ", ".join(part for part in (review["reviewed_by"], review["reviewed_on"]) if part)
        print(f"{code}: complete — {review['status']}" + (f" ({who})" if who else ""))
    return EXIT_FAILED if failed else EXIT_OK

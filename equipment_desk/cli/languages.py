"""``languages`` commands: the office's texts a record or an act prints, in each language, and the act's pair.

``languages show institution "General Prosecutor's Office"`` lists every
text an institution (or signatory, programme, donor, item, act) prints, one
row per text and language; ``languages set institution 3 ky name="…"`` sets
texts of one language (several in one change, all or nothing);
``languages pair ACT ky,ru`` chooses the two languages a draft is printed in.
(``texts check`` checks the act's fixed texts.)  A language is named by its
code: ru en kk ky tg uz uz-Cyrl tk.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

import sqlite_utils

from equipment_desk.cli import EXIT_OK
from equipment_desk.core import languages as printed
from equipment_desk.core.errors import InputError, Problem
from equipment_desk.store import acts, records
from equipment_desk.store.languages import PER_LANGUAGE, column

KINDS = ("institution", "signatory", "programme", "donor", "item", "act")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("languages", help="the office's texts of a record or an act in each language; the act's pair of languages",
                                   description=__doc__.split("\n\n")[1].replace("\n", " "))
    commands = parser.add_subparsers(dest="languages_command", metavar="ACTION")
    commands.required = True
    codes = " ".join(printed.CODES)

    p = commands.add_parser("show", help="list the texts of a record or an act in each language")
    p.add_argument("kind", choices=KINDS)
    p.add_argument("ref", metavar="REF", help="id, UUID, or (institution, donor) name, (programme) code, (item) serial or inventory "
                                             "number, (act) number")
    p.add_argument("--lang", metavar="CODES", help=f"only these languages, e.g. ky,ru (of {codes})")
    p.add_argument("--json", action="store_true", help="print JSON: {field: {language: text}}")
    p.set_defaults(handler=show_command)

    p = commands.add_parser("set", help="set texts of one language: FIELD=TEXT ... (all or nothing)")
    p.add_argument("kind", choices=KINDS)
    p.add_argument("ref", metavar="REF")
    p.add_argument("lang", metavar="LANG", help=f"the language, one of {codes}")
    p.add_argument("values", nargs="+", metavar="FIELD=TEXT",
                   help="e.g. name=\"Кыргыз Республикасынын Башкы прокуратурасы\"; fields: " + "; ".join(
                       f"{kind}: {', '.join(PER_LANGUAGE[kind])}" for kind in KINDS))
    p.set_defaults(handler=set_command)

    p = commands.add_parser("pair", help="choose the two languages a draft act is printed in, e.g. ky,ru")
    p.add_argument("act", metavar="ACT", help="the draft's id or UUID")
    p.add_argument("pair", metavar="LANG,LANG", help=f"two different languages of {codes}, the first printed first")
    p.set_defaults(handler=pair_command)


def _find(db: sqlite_utils.Database, kind: str, ref: str) -> tuple[dict[str, Any], int]:
    """The stored row of ``kind`` named by ``ref``, and its id."""
    if kind == "act":
        act_id = acts.find_act(db=db, ref=ref)
        return acts.get_act_row(db=db, act_id=act_id), act_id
    record_kind = records.KINDS[kind]
    record_id = records.find_id(db=db, kind=record_kind, ref=ref)
    return records.get(db=db, kind=record_kind, record_id=record_id), record_id


def _languages(text: str | None) -> tuple[str, ...]:
    if not text:
        return printed.CODES
    codes = [printed.canonical_code(part) for part in text.split(",")]
    wrong = [part for part, code in zip(text.split(","), codes) if code is None]
    if wrong:
        raise InputError(Problem("{codes} is not a language an act is printed in; use {known}",
                                 params={"codes": ", ".join(wrong), "known": ", ".join(printed.CODES)}, field="lang", value=text))
    return tuple(code for code in codes if code)


def texts_of_record(row: dict[str, Any], kind: str, languages: tuple[str, ...] = printed.CODES) -> dict[str, dict[str, str]]:
    """``{field: {language: text}}`` of every per-language text of ``row``."""
    return {prefix: {code: row.get(column(prefix, code)) or "" for code in languages} for prefix in PER_LANGUAGE[kind]}


def show_command(args: argparse.Namespace, db: sqlite_utils.Database) -> int:
    row, _ = _find(db, args.kind, args.ref)
    languages = _languages(args.lang)
    texts = texts_of_record(row, args.kind, languages)
    if args.json:
        json.dump(texts, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    if args.kind == "act":
        print(f"languages: {row['languages']}")
    width = max(len(field) for field in texts)
    for field, by_language in texts.items():
        for code, text in by_language.items():
            print(f"{field:<{width}}  {code:<7}  {text if text else '—'}")
    return EXIT_OK


def set_command(args: argparse.Namespace, db: sqlite_utils.Database) -> int:
    code = printed.canonical_code(args.lang)
    if code is None:
        raise InputError(Problem("{codes} is not a language an act is printed in; use {known}",
                                 params={"codes": args.lang, "known": ", ".join(printed.CODES)}, field="lang", value=args.lang))
    fields = PER_LANGUAGE[args.kind]
    changes: dict[str, str] = {}
    problems = []
    for value in args.values:
        field, sep, text = value.partition("=")
        field = field.strip()
        if not sep:
            problems.append(Problem("must be FIELD=TEXT, e.g. name=\"…\"", field="values", value=value))
        elif field not in fields:
            problems.append(Problem("{kind} has no text {name}; its texts are {fields}",
                                    params={"kind": args.kind, "name": field, "fields": ", ".join(fields)}, field="values", value=value))
        else:
            changes[column(field, code)] = text
    if problems:
        raise InputError(problems)
    row, record_id = _find(db, args.kind, args.ref)
    if args.kind == "act":
        changed = acts.update_draft(db=db, act_id=record_id, changes=changes)
    else:
        before = dict(row)
        after = records.update(db=db, kind=records.KINDS[args.kind], record_id=record_id, changes=changes)
        changed = {key: [before.get(key), after.get(key)] for key in changes if before.get(key) != after.get(key)}
    for key in changes:
        state = "changed" if key in changed else "unchanged"
        print(f"{key}: {state}")
    return EXIT_OK


def pair_command(args: argparse.Namespace, db: sqlite_utils.Database) -> int:
    act_id = acts.find_act(db=db, ref=args.act)
    acts.update_draft(db=db, act_id=act_id, changes={"languages": args.pair})
    row = acts.get_act_row(db=db, act_id=act_id)
    print(f"languages: {row['languages']}")
    missing = [problem for problem in acts.finalize_problems(db=db, act_id=act_id) if "{language}" in problem.message]
    for problem in missing:
        print(f"missing: {problem}")
    return EXIT_OK

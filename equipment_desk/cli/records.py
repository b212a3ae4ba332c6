"""Records with their own from the command line, by the store functions the window's forms call:
``programmes add`` with its donors, ``programmes donors`` to set them, ``institutions signatory`` to add a
person who signs for an institution (``records.save_programme`` / ``records.save_institution``, one
transaction each).  The groups (``programmes``, ``institutions``) are made by :mod:`.exchange`.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

import sqlite_utils

from equipment_desk.cli import EXIT_OK

PROGRAMME_FIELDS = {"code": "the programme's code, e.g. XAC/Z60 (required)", "name_en": "name in English (required)",
                    "name_ru": "name in Russian", "sub_programme": "sub-programme (1, 2 or 3)", "notes": "notes"}
SIGNATORY_FIELDS = {"name_ru": "full name in Cyrillic, as in national documents", "name_en": "full name in Latin, as in the passport",
                    "gender": "m or f (the Russian formula agrees with it: «действующего» / «действующей»)",
                    "title_en": "title in English", "title_ru": "title in Russian",
                    "authority_en": "acting under (English), e.g. the Regulations", "authority_ru": "acting under (Russian)"}


def _flags(parser: argparse.ArgumentParser, fields: dict[str, str]) -> None:
    for name, help_text in fields.items():
        parser.add_argument(f"--{name.replace('_', '-')}", dest=f"field_{name}", metavar="VALUE", help=help_text)


def _values(args: argparse.Namespace) -> dict[str, Any]:
    return {name[len("field_"):]: value for name, value in vars(args).items() if name.startswith("field_") and value is not None}


def add_commands(commands: argparse._SubParsersAction, kind: str) -> None:
    """Add the commands of this module to the group of ``kind`` (``programme`` or ``institution``)."""
    if kind == "programme":
        p = commands.add_parser("add", help="add a programme with the donors that fund it")
        _flags(p, PROGRAMME_FIELDS)
        p.add_argument("--donor", action="append", default=[], metavar="DONOR",
                       help="a donor that funds it (its name in English or Russian, id or UUID), in order; repeatable")
        p.add_argument("--json", action="store_true", help="print the stored programme with its donors as JSON")
        p.set_defaults(handler=_programme_add)
        p = commands.add_parser("donors", help="set the donors that fund a programme (in order; the others are taken off)")
        p.add_argument("programme", metavar="PROGRAMME", help="its code, id or UUID")
        p.add_argument("--donor", action="append", default=[], metavar="DONOR",
                       help="a donor (name in English or Russian, id or UUID); repeatable; none: the programme lists no donor")
        p.add_argument("--json", action="store_true", help="print the programme with its donors as JSON")
        p.set_defaults(handler=_programme_donors)
    if kind == "institution":
        p = commands.add_parser("signatory", help="add a person who signs for an institution")
        p.add_argument("institution", metavar="INSTITUTION", help="its name in English or Russian, id or UUID")
        _flags(p, SIGNATORY_FIELDS)
        p.add_argument("--json", action="store_true", help="print the institution's signatories as JSON")
        p.set_defaults(handler=_institution_signatory)


def _donor_ids(db: sqlite_utils.Database, refs: list[str]) -> list[int]:
    from equipment_desk.store import records

    return [records.find_id(db=db, kind=records.DONOR, ref=ref) for ref in refs]


def _show_programme(db: sqlite_utils.Database, programme_id: int, as_json: bool, verb: str) -> int:
    from equipment_desk.store import records

    programme = records.get(db=db, kind=records.PROGRAMME, record_id=programme_id)
    donors = records.programme_donors(db=db, programme_id=programme_id)
    if as_json:
        print(json.dumps({**programme, "donors": donors}, ensure_ascii=False, indent=2, default=str))
    else:
        names = ", ".join(d["name_en"] for d in donors) or "no donor"
        print(f"{verb} programme {programme['id']}: {programme['code']} ({names})")
    return EXIT_OK


def _programme_add(args: argparse.Namespace, db: sqlite_utils.Database) -> int:
    from equipment_desk.store import records

    programme_id = records.save_programme(db=db, programme_id=None, values=_values(args), donor_ids=_donor_ids(db, args.donor))
    return _show_programme(db, programme_id, args.json, "added")


def _programme_donors(args: argparse.Namespace, db: sqlite_utils.Database) -> int:
    from equipment_desk.store import records

    programme_id = records.find_id(db=db, kind=records.PROGRAMME, ref=args.programme)
    records.save_programme(db=db, programme_id=programme_id, values={}, donor_ids=_donor_ids(db, args.donor))
    return _show_programme(db, programme_id, args.json, "changed")


def _institution_signatory(args: argparse.Namespace, db: sqlite_utils.Database) -> int:
    from equipment_desk.store import records

    institution_id = records.find_id(db=db, kind=records.INSTITUTION, ref=args.institution)
    person = _values(args)
    person["full_name"] = (person.get("name_ru") or "").strip() or (person.get("name_en") or "").strip()  # as the form does
    records.save_institution(db=db, institution_id=institution_id, values={}, signatories=[person])
    people = records.signatories(db=db, institution_id=institution_id)
    if args.json:
        print(json.dumps(people, ensure_ascii=False, indent=2, default=str))
    else:
        print(f"added a signatory to institution {institution_id}: {person['full_name']} ({len(people)} in all)")
    return EXIT_OK

"""Handover acts: drafts and their lines, finalizing, signing, voiding, attachments.

The life of an act: a **draft** can be edited freely (:mod:`.drafts`).
**Finalizing** (:mod:`.lifecycle`) checks it completely, takes a snapshot of
every line's item, assigns the next number of its series and seals it: a
SHA-256 of its canonical content (:mod:`equipment_desk.core.hashing`) chained
to the previous sealed act of the same office.  From then on its content is
frozen — by this package and by triggers inside SQLite.  It can still be
recorded as **signed** (date and the signed scan) or **voided** with a
reason; its number is never reused.  :mod:`.incoming` applies an act that
arrives in a bundle through the same rules; :mod:`.sealing` checks what is
stored against what was sealed; :mod:`.document` gives the JSON form
(``docs/act-json.md``); :mod:`.attachments` keeps files with acts and items.
"""

from __future__ import annotations

import importlib
from typing import Any

_WHERE = {
    "equipment_desk.core.hashing": ("CANONICAL_KEYS", "FORMAT", "GENESIS_HASH", "canonical_json", "compute_content_hash"),
    "equipment_desk.store.acts.attachments": (
        "ATTACHMENT_TYPES", "MAX_ATTACHMENT_BYTES", "add_attachment", "attachment_data", "list_attachments"),
    "equipment_desk.store.acts.document": ("JSON_PATHS", "act_document", "draft_from_document"),
    "equipment_desk.store.acts.drafts": (
        "HEADER_FIELDS", "RATE_TYPES", "add_lines", "available_quantities", "available_quantity", "create_draft",
        "delete_draft", "line_uuid", "line_value_for_act", "remove_lines", "update_draft", "update_line"),
    "equipment_desk.store.acts.lifecycle": (
        "MAX_DAYS_AHEAD", "attach_signed_scan", "finalize_act", "finalize_problems", "next_number", "replace_signed_scan",
        "sign_act", "void_act"),
    "equipment_desk.store.acts.rows": ("STATUSES", "act_lines", "find_act", "get_act_row", "line_texts", "list_acts"),
    "equipment_desk.store.acts.sealing": ("verify_act", "verify_chains"),
    "equipment_desk.store.languages": ("LANGUAGE_PAIRS",),
}
_MODULE_OF = {name: module for module, names in _WHERE.items() for name in names}
"""Where each name of the package is defined: it is imported from there when first asked for (PEP 562), so reading
one act's rows (the lists, at start-up) does not load finalizing, its amounts in words and their vocabularies."""


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULE_OF])


__all__ = [
    "ATTACHMENT_TYPES", "CANONICAL_KEYS", "FORMAT", "GENESIS_HASH", "HEADER_FIELDS", "JSON_PATHS", "LANGUAGE_PAIRS",
    "MAX_ATTACHMENT_BYTES", "MAX_DAYS_AHEAD", "RATE_TYPES", "STATUSES",
    "act_document", "act_lines", "add_attachment", "add_lines", "attach_signed_scan", "attachment_data",
    "available_quantities", "available_quantity", "canonical_json", "compute_content_hash", "create_draft",
    "delete_draft", "draft_from_document", "finalize_act", "finalize_problems", "find_act", "get_act_row",
    "line_texts", "line_uuid", "line_value_for_act", "list_acts", "list_attachments", "next_number",
    "remove_lines", "replace_signed_scan", "sign_act", "update_draft", "update_line", "verify_act", "verify_chains", "void_act",
]

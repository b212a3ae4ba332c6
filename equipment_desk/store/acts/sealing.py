"""Checking a sealed act: its stored content against its hash, its columns and lines against its content, each office's chain."""

from __future__ import annotations

import json

import sqlite_utils

from equipment_desk.core.errors import Problem
from equipment_desk.core.hashing import FORMAT, FORMATS, GENESIS_HASH, canonical_json, sha256_hex
from equipment_desk.store.acts.document import live_content
from equipment_desk.store.acts.rows import act_lines, get_act_row


def verify_act(*, db: sqlite_utils.Database, act_id: int) -> list[Problem]:
    """What is wrong with a finalized act's stored content (empty when it verifies).

    The frozen content must hash to ``content_hash``; and the act's own
    columns and lines (what the triggers guard) must still say what the
    frozen content says.  Each failure is a message template with its values
    (``str()`` gives the English), so the window can translate it.
    """
    row = get_act_row(db=db, act_id=act_id)
    if row["status"] == "draft":
        return []
    failures: list[Problem] = []
    text = row["content_json"] or ""
    if sha256_hex(text) != row["content_hash"]:
        failures.append(Problem("its content does not match its hash"))
    try:
        content = json.loads(text)
    except ValueError:
        return [*failures, Problem("its stored content is not readable")]
    if canonical_json(content) != text:
        failures.append(Problem("its stored content is not in canonical form"))
    lines = act_lines(db=db, act_id=act_id)
    live = live_content(db, row, lines, content.get("format") if content.get("format") in FORMATS else FORMAT)
    for key in ("uuid", "number", "office_code", "date", "currency", "rate", "national_rate", "previous_hash", "languages", "transfer_type"):
        expected = live.get(key)
        if key == "rate" and expected:
            expected = {k: v for k, v in expected.items() if k not in ("entered_by", "entered_at")}
        if content.get(key) != expected:
            failures.append(Problem("its {field} differs from the signed content", params={"field": key}))
    if content.get("lines") != live["lines"]:
        failures.append(Problem("its lines differ from the signed content"))
    if content.get("totals") != live["totals"]:
        failures.append(Problem("its totals differ from the signed content"))
    return failures



def verify_chains(*, db: sqlite_utils.Database) -> list[tuple[str, Problem]]:
    """Every finalized act's links: ``[(number, what is wrong)]``, each a message template with its values."""
    failures: list[tuple[str, Problem]] = []
    offices = [r[0] for r in db.execute("SELECT DISTINCT office_code FROM act WHERE chain_pos IS NOT NULL ORDER BY office_code")]
    for office in offices:
        expected_previous, expected_pos = GENESIS_HASH, 1
        for number, pos, previous, content_hash in db.execute(
            "SELECT number, chain_pos, previous_hash, content_hash FROM act WHERE office_code = ? AND chain_pos IS NOT NULL ORDER BY chain_pos",
            [office],
        ).fetchall():
            if pos != expected_pos:
                failures.append((number, Problem("the chain of office {office} skips from position {after} to {position} (an act is missing)",
                                                 params={"office": office, "after": expected_pos - 1, "position": pos})))
            if previous != expected_previous:
                failures.append((number, Problem("its link to the previous act is broken (previous hash differs)")))
            expected_previous, expected_pos = content_hash, pos + 1
    return failures

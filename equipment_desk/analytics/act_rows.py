"""Acts and their lines as flat rows, read from what each act froze when it was finalized.

Reports, the act register export and the donor report all read acts the same
way: a finalized, signed or void act from its ``content_json`` (so a report
shows what was printed and signed, whatever happened to the records since);
a draft from its live records.  Each line gets its share of the act's USD
total (allocated by amount so the shares add up exactly to the act's total,
which was rounded once at the act's own rate).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from equipment_desk.store import acts as acts_store

HANDED_OVER = ("finalized", "signed")
"""Acts that count as handed over: finalized or signed; never drafts or void acts."""


@dataclass
class ActRow:
    id: int
    uuid: str
    number: str | None
    status: str
    date: str | None
    country: str
    currency: str
    rate: str | None
    rate_scale: int
    total_minor: int
    usd_minor: int | None
    quantity: int
    recipient_en: str
    recipient_ru: str
    institution_uuid: str | None
    programme_code: str
    programme_en: str
    programme_ru: str
    donors_en: list[str]
    donors_ru: list[str]
    signed_date: str | None
    has_scan: bool
    void_reason: str | None
    finalized_at: str | None
    line_count: int
    lines: list[dict[str, Any]]


def allocate(total: int, weights: list[int]) -> list[int]:
    """Split ``total`` in proportion to ``weights`` (largest remainder); the parts add up to ``total``."""
    if not weights:
        return []
    whole = sum(weights)
    if whole <= 0:
        parts = [0] * len(weights)
        parts[0] = total
        return parts
    shares = [total * w for w in weights]
    parts = [s // whole for s in shares]
    remainders = sorted(range(len(weights)), key=lambda i: (-(shares[i] % whole), i))
    for i in remainders[: total - sum(parts)]:
        parts[i] += 1
    return parts


def iter_acts(
    *,
    db: sqlite_utils.Database,
    statuses: tuple[str, ...] | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    programme_code: str | None = None,
    donor: str | None = None,
) -> Iterator[ActRow]:
    """Acts oldest first, with their lines; ``donor`` matches a donor's English or Russian name or UUID."""
    where, params = [], []
    if statuses:
        where.append(f"a.status IN ({', '.join('?' for _ in statuses)})")
        params.extend(statuses)
    if date_from:
        where.append("a.act_date >= ?")
        params.append(date_from)
    if date_to:
        where.append("a.act_date <= ?")
        params.append(date_to)
    sql = (
        "SELECT a.id, a.status, a.signed_date, a.signed_scan_id, a.void_reason, a.finalized_at, a.rate_scale FROM act a"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY a.act_date IS NULL, a.act_date, a.number IS NULL, a.number, a.id"
    )
    categories = dict(db.execute("SELECT uuid, category FROM item").fetchall())
    wanted_donor = donor.strip().casefold() if donor else None
    for act_id, status, signed_date, scan_id, void_reason, finalized_at, rate_scale in db.execute(sql, params).fetchall():
        if status == "draft":
            content = acts_store.act_document(db=db, act_id=act_id)
        else:
            content = json.loads(db.execute("SELECT content_json FROM act WHERE id = ?", [act_id]).fetchone()[0])
        programme = content.get("programme") or {}
        if programme_code and str(programme.get("code") or "").casefold() != programme_code.strip().casefold():
            continue
        donors = programme.get("donors") or []
        if wanted_donor and not any(
            wanted_donor in (str(d.get("uuid") or "").casefold(), str((d.get("name") or {}).get("en") or "").casefold(),
                             str((d.get("name") or {}).get("ru") or "").casefold())
            for d in donors
        ):
            continue
        totals = content.get("totals") or {}
        lines = []
        content_lines = content.get("lines") or []
        usd_total = totals.get("usd_minor")
        shares = allocate(usd_total, [line["amount_minor"] for line in content_lines]) if usd_total is not None else [None] * len(content_lines)
        for line, usd in zip(content_lines, shares):
            lines.append({**line, "usd_minor": usd, "category": categories.get(line.get("item_uuid"), "other")})
        recipient = content.get("recipient") or {}
        rate = content.get("rate") or None
        yield ActRow(
            id=act_id,
            uuid=content.get("uuid"),
            number=content.get("number"),
            status=status,
            date=content.get("date"),
            country=content.get("country") or recipient.get("country") or "",
            currency=content.get("currency") or "USD",
            rate=rate.get("value") if rate else None,
            rate_scale=(rate or {}).get("scale") or rate_scale or 1,
            total_minor=int(totals.get("amount_minor") or 0),
            usd_minor=usd_total,
            quantity=int(totals.get("quantity") or 0),
            recipient_en=(recipient.get("organisation") or {}).get("en", ""),
            recipient_ru=(recipient.get("organisation") or {}).get("ru", ""),
            institution_uuid=recipient.get("institution_uuid"),
            programme_code=programme.get("code") or "",
            programme_en=(programme.get("name") or {}).get("en", ""),
            programme_ru=(programme.get("name") or {}).get("ru", ""),
            donors_en=[(d.get("name") or {}).get("en", "") for d in donors],
            donors_ru=[(d.get("name") or {}).get("ru", "") for d in donors],
            signed_date=signed_date,
            has_scan=scan_id is not None,
            void_reason=void_reason,
            finalized_at=finalized_at,
            line_count=len(lines),
            lines=lines,
        )

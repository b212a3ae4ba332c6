"""Check a printed act against the register.

The code on a finalized act (see :mod:`.qr`) names the act, its office and
its content hash.  :func:`verify_payload` looks the act up and says whether
the register still has that act, unchanged and in force; :func:`read_codes`
gets the code(s) out of a PDF that Equipment Desk printed, without decoding
the QR image: from the document-info entry ``/EquipmentDeskCode``, else from
the "Verification code" small print at the foot of every page (a collection
of acts has one per act).
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils
from pypdf import PdfReader
from pypdf.errors import PdfReadError

from equipment_desk.core.errors import InputError, NotFoundError, Problem
from equipment_desk.core.money import format_amount
from equipment_desk.documents.qr import INFO_KEY, PAYLOAD_PATTERN, parse_qr_payload
from equipment_desk.documents.texts import format_date, pick
from equipment_desk.store import acts as store_acts

log = logging.getLogger(__name__)

__all__ = ["VerificationResult", "read_codes", "verify_payload", "verify_pdf"]


@dataclass(frozen=True)
class VerificationResult:
    """What the register says about one code."""

    code: str
    number: str
    ok: bool
    problems: tuple[str, ...] = ()
    """Each difference found, in English (empty when ``ok``)."""
    details: str = ""
    """What the register holds (act, date, recipient, total, signed), when the act is known."""
    notes: tuple[str, ...] = field(default=())
    """Further facts that are not failures (e.g. "byte-identical to the register's print")."""

    def lines(self) -> list[str]:
        """Human-readable report: ``OK: …`` or ``FAILED: …`` then one line per problem."""
        if self.ok:
            out = [f"OK: act {self.number} matches the register" + (f" — {self.details}" if self.details else "")]
        else:
            out = [f"FAILED: act {self.number}" + (f" — {self.details}" if self.details else "")]
            out += [f"  {problem}" for problem in self.problems]
        out += [f"  {note}" for note in self.notes]
        return out


def _short(text: str) -> str:
    return f"{text[:12]}…" if text and len(text) > 12 else (text or "—")


def verify_payload(*, db: sqlite_utils.Database, payload: str) -> VerificationResult:
    """Check one code against the register.

    Raises :class:`InputError` when ``payload`` is not an Equipment Desk code
    at all; every other outcome is a result (unknown act, voided, hash
    mismatch, office mismatch, record fails its own check).
    """
    code = parse_qr_payload(payload)
    try:
        act_id = store_acts.find_act(db=db, ref=code.number)
    except NotFoundError:
        return VerificationResult(
            code=code.text(), number=code.number, ok=False,
            problems=(f"unknown act: the register has no act numbered {code.number}",),
        )
    act = store_acts.act_document(db=db, act_id=act_id)
    totals = act.get("totals") or {}
    details = ", ".join(part.replace("\u00a0", " ") for part in (
        format_date(act.get("date"), "en"),
        pick((act.get("recipient") or {}).get("organisation"), "en"),
        format_amount(int(totals.get("amount_minor") or 0), act.get("currency") or "USD", "en"),
        f"signed {format_date(act['signed']['date'], 'en')}" if act.get("signed") else "",
    ) if part)
    problems: list[str] = []
    if act.get("status") == "draft":
        problems.append("the register holds this number as an unfinished draft")
    if act.get("office_code") != code.office_code:
        problems.append(f"office mismatch: the code says {code.office_code}, the register says {act.get('office_code')}")
    if act.get("status") == "void":
        void = act.get("void") or {}
        when = format_date(void.get("at"), "en")
        problems.append(f"voided{' on ' + when if when else ''}: {void.get('reason') or 'no reason recorded'}")
    if (act.get("content_hash") or "").lower() != code.content_hash:
        problems.append(
            f"hash mismatch: the code says {_short(code.content_hash)}, the register says "
            f"{_short(act.get('content_hash') or '')} — this is not the act the register holds"
        )
    if act.get("status") != "draft":
        for failure in store_acts.verify_act(db=db, act_id=act_id):
            problems.append(f"the register's own record fails its check: {failure}")
    return VerificationResult(code=code.text(), number=code.number, ok=not problems,
                              problems=tuple(problems), details=details)


def _reader(source: bytes | str | Path) -> PdfReader:
    try:
        if isinstance(source, (bytes, bytearray)):
            return PdfReader(io.BytesIO(source))
        return PdfReader(str(source))
    except FileNotFoundError:
        raise InputError(Problem("no such file", source=str(source))) from None
    except (PdfReadError, OSError, ValueError) as error:
        raise InputError(Problem("cannot be read as a PDF ({reason})", params={"reason": str(error) or type(error).__name__},
                                 source=str(source) if not isinstance(source, (bytes, bytearray)) else None)) from None


def read_codes(source: bytes | str | Path) -> list[str]:
    """The act codes a PDF carries, in order, each once (empty for a draft or a foreign PDF)."""
    reader = _reader(source)
    codes: list[str] = []
    try:
        info = reader.metadata or {}
        value = info.get("/" + INFO_KEY)
        if value and PAYLOAD_PATTERN.fullmatch(str(value).strip()):
            return [str(value).strip()]
        for page in reader.pages:
            for found in PAYLOAD_PATTERN.findall(page.extract_text() or ""):
                if found not in codes:
                    codes.append(found)
    except PdfReadError as error:
        raise InputError(Problem("cannot be read as a PDF ({reason})", params={"reason": str(error)})) from None
    return codes


def verify_pdf(*, db: sqlite_utils.Database, source: bytes | str | Path,
               reprint: Callable[[int], bytes] | None = None) -> list[VerificationResult]:
    """Verify every act code in a PDF.

    Raises :class:`InputError` if the file is not a PDF or carries no code.
    ``reprint(act_id) -> bytes``, when given, renders the act afresh; a file
    identical to it byte for byte is noted as the original print.
    """
    codes = read_codes(source)
    if not codes:
        raise InputError(Problem(
            "carries no Equipment Desk act code (a draft, a scan, or not printed by Equipment Desk); "
            "scan the QR code and use verify --code TEXT",
            source=str(source) if not isinstance(source, (bytes, bytearray)) else None))
    results = [verify_payload(db=db, payload=code) for code in codes]
    if reprint is not None and len(results) == 1 and results[0].ok:
        data = source if isinstance(source, (bytes, bytearray)) else Path(source).read_bytes()
        act_id = store_acts.find_act(db=db, ref=results[0].number)
        note = ("the file is byte-identical to the register's print of this act" if reprint(act_id) == data
                else "the file differs from a fresh print (re-saved, or printed with other languages, copies or logo)")
        results[0] = VerificationResult(code=results[0].code, number=results[0].number, ok=True,
                                        details=results[0].details, notes=(note,))
    return results


def summary_line(results: Sequence[VerificationResult]) -> str:
    failed = sum(1 for r in results if not r.ok)
    if not failed:
        return f"OK: {len(results)} act(s) verified"
    return f"FAILED: {failed} of {len(results)} act(s) do not match the register"

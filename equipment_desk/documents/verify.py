"""Check a printed act against the register.

The code on a finalized act (see :mod:`.qr`) names the act, its office and
its content hash.  :func:`verify_payload` looks the act up and says whether
the register still has that act, unchanged and in force.  That proves which
act a paper *claims* to be, not what it says, so ``verify --code`` reports it
as a code check only.

:func:`verify_pdf` checks a PDF that Equipment Desk printed.  It reads the
code(s) without decoding the QR image — from the document-info entry
``/EquipmentDeskCode``, else from the "Verification code" small print at the
foot of every page (a collection of acts has one per act) — and then what the
file says:

- a file byte-identical to a fresh print of the act is the original print;
- otherwise the text of the act's pages (the pages carrying its code) must
  show the act's key facts: its number, date, recipient, total in figures in
  the act's currency, total quantity, and every serial and inventory number
  of its lines, each as the act prints it in any of its languages
  (:func:`content_problems`).  Any fact missing is named and the file fails.

The code's own text is left out of the search, so a file that carries a
genuine code and different text fails.
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import sqlite_utils
from pypdf import PdfReader
from pypdf.errors import PdfReadError

from equipment_desk.core.errors import InputError, NotFoundError, Problem
from equipment_desk.core.money import currency as currency_info
from equipment_desk.core.money import format_amount
from equipment_desk.documents import texts as tx
from equipment_desk.documents.qr import INFO_KEY, PAYLOAD_PATTERN, parse_qr_payload
from equipment_desk.documents.texts import format_date, pick
from equipment_desk.store import acts as store_acts

log = logging.getLogger(__name__)

__all__ = ["VerificationResult", "content_problems", "read_codes", "verify_payload", "verify_pdf"]

CODE, IDENTICAL, CONTENT = "code", "identical", "content"
"""What a result rests on: the code alone, a byte-identical file, or the file's text."""

_LISTED = 10
"""Missing serial or inventory numbers named one by one; the rest are counted."""


@dataclass(frozen=True)
class VerificationResult:
    """What the register says about one code (and, for a file, about what the file says)."""

    code: str
    number: str
    ok: bool
    problems: tuple[str, ...] = ()
    """Each difference found, in English (empty when ``ok``)."""
    details: str = ""
    """What the register holds (act, date, recipient, total, signed), when the act is known."""
    notes: tuple[str, ...] = field(default=())
    """Further facts that are not failures (e.g. "identical to the original print")."""
    checked: str = CODE
    """``code`` (the code alone: says nothing about the paper's content),
    ``identical`` (the file is the original print) or ``content`` (the file's
    text shows the act's key facts)."""

    def lines(self) -> list[str]:
        """Human-readable report: ``OK: …`` or ``FAILED: …`` then one line per problem or note."""
        details = f" — {self.details}" if self.details else ""
        if not self.ok:
            out = [f"FAILED: act {self.number}{details}"]
            out += [f"  {problem}" for problem in self.problems]
        elif self.checked == CODE:
            out = [f"OK: the code matches act {self.number} of the register{details}",
                   f"  a code carries no content: compare the paper with `acts show {self.number}`"]
        else:
            out = [f"OK: act {self.number} matches the register{details}"]
        out += [f"  {note}" for note in self.notes]
        return out


def _hash_difference(claimed: str, registered: str) -> str:
    """Both hashes in full, with where they first differ."""
    first = next((i for i, (a, b) in enumerate(zip(claimed, registered)) if a != b),
                 min(len(claimed), len(registered)))
    return (f"hash mismatch: the code and the register differ from character {first + 1} on — "
            f"this is not the act the register holds\n"
            f"    the code says:     {claimed or '—'}\n"
            f"    the register says: {registered or '—'}")


def verify_payload(*, db: sqlite_utils.Database, payload: str) -> VerificationResult:
    """Check one code against the register (a code check only: see :data:`VerificationResult.checked`).

    Raises :class:`InputError` when ``payload`` is not an Equipment Desk code
    at all; every other outcome is a result (unknown act, voided, hash
    mismatch, office mismatch, record fails its own check).
    """
    return _check_code(db, payload)[0]


def _check_code(db: sqlite_utils.Database, payload: str) -> tuple[VerificationResult, int | None, dict | None]:
    """The code's result, and the act's id and document when the register knows the number."""
    code = parse_qr_payload(payload)
    try:
        act_id = store_acts.find_act(db=db, ref=code.number)
    except NotFoundError:
        return VerificationResult(
            code=code.text(), number=code.number, ok=False,
            problems=(f"unknown act: the register has no act numbered {code.number}",),
        ), None, None
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
    registered = (act.get("content_hash") or "").lower()
    if registered != code.content_hash:
        problems.append(_hash_difference(code.content_hash, registered))
    if act.get("status") != "draft":
        for failure in store_acts.verify_act(db=db, act_id=act_id):
            problems.append(f"the register's own record fails its check: {failure}")
    result = VerificationResult(code=code.text(), number=code.number, ok=not problems,
                                problems=tuple(problems), details=details)
    return result, act_id, act


# --------------------------------------------------------------------------- what a file says


def _flat(text: str) -> str:
    """Every run of white space (line breaks, no-break spaces) made one space."""
    return " ".join(text.split())


_WORD = "[^\\W_]"  # a letter or digit


class _Text:
    """The text of a file's pages, searched for the facts of an act.

    A fact counts as present when it stands in the text as printed: not as a
    part of a longer number or word (``SN1`` is not found in ``SN10``), white
    space compared loosely.  A word broken over two lines of a narrow cell (a
    long serial number) is found across the break, and a text of several
    words cut by a page break (a long cell continued on the next page, after
    the footer and the repeated header) is found word by word, in order.
    """

    def __init__(self, text: str) -> None:
        self.flat = _flat(PAYLOAD_PATTERN.sub(" ", text))
        self.tokens = set(self.flat.split(" "))
        self.squeezed = self.flat.replace(" ", "")

    def _find(self, wanted: str, start: int = 0) -> int | None:
        """Where ``wanted`` (white space made plain) ends at its first place from ``start``, or ``None``."""
        left = f"(?<!{_WORD})" if wanted[0].isalnum() else ""
        right = f"(?!{_WORD})" if wanted[-1].isalnum() else ""
        if wanted in self.flat:
            match = re.compile(left + re.escape(wanted) + right).search(self.flat, start)
            if match:
                return match.end()
        squeezed = wanted.replace(" ", "")
        if squeezed not in self.squeezed:
            return None
        loose = " ?".join(re.escape(char) for char in squeezed)
        match = re.compile(left + loose + right).search(self.flat, start)
        return match.end() if match else None

    def has(self, fact: str) -> bool:
        wanted = _flat(fact)
        if not wanted:
            return True
        if " " not in wanted and wanted in self.tokens:
            return True
        if self._find(wanted) is not None:
            return True
        if " " not in wanted:
            return False
        position: int | None = 0
        for word in wanted.split(" "):
            position = self._find(word, position)
            if position is None:
                return False
        return True

    def any(self, facts: Iterable[str]) -> bool:
        return any(self.has(fact) for fact in facts)


def _forms(values: Iterable[str]) -> list[str]:
    """Distinct printed forms, white space made plain."""
    out: list[str] = []
    for value in values:
        value = _flat(value)
        if value and value not in out:
            out.append(value)
    return out


def _other_amounts(text: _Text, currency: str, expected: Sequence[str]) -> list[str]:
    """Amounts in ``currency`` that the text shows other than ``expected`` (in any language's form)."""
    info = currency_info(currency)
    signs = _forms(info.sign(lang) for lang in tx.LANGUAGES if lang != "en")
    patterns = [rf"(?<![\d.,]){re.escape(info.code)} \d{{1,3}}(?:,\d{{3}})*\.\d\d(?![\d])"]
    patterns += [rf"(?<![\d.,])\d{{1,3}}(?: \d{{3}})*,\d\d {re.escape(sign)}" for sign in signs]
    found: list[str] = []
    for pattern in patterns:
        for match in re.finditer(pattern, text.flat):
            if match.group(0) not in expected and match.group(0) not in found:
                found.append(match.group(0))
    return found


def _other_quantities(text: _Text, expected: str) -> list[str]:
    found: list[str] = []
    for lang in tx.LANGUAGES:
        label = re.escape(_flat(tx.text("total_quantity", lang)))
        for match in re.finditer(rf"{label}: (\d+)(?!\d)", text.flat):
            if match.group(1) != expected and match.group(1) not in found:
                found.append(match.group(1))
    return found


def content_problems(act: dict, text: str) -> list[str]:
    """What of ``act``'s key facts ``text`` (a printed act's text) does not show.

    Checked: the number, the date, the recipient's name, the total in figures
    with the act's currency, the total quantity (with its label), and every
    serial and inventory number of the lines — each in the form the act
    prints it in any of the four print languages, since a print may use any
    one or two of them.  Empty when everything is there.
    """
    found = _Text(text)
    problems: list[str] = []
    number = act.get("number") or ""
    if number and not found.has(number):
        problems.append(f"act number {number} not found in the file's text")

    dates = _forms(format_date(act.get("date"), lang) for lang in ("en", "ru"))
    if dates and not found.any(dates):
        problems.append(f"date {' / '.join(dates)} not found")

    recipient = (act.get("recipient") or {}).get("organisation")
    names = _forms(pick(recipient, lang) for lang in tx.LANGUAGES)
    if names and not found.any(names):
        problems.append("recipient " + " / ".join(f"“{name}”" for name in names) + " not found")

    currency = act.get("currency") or "USD"
    totals = act.get("totals") or {}
    amount = int(totals.get("amount_minor") or 0)
    amounts = _forms(format_amount(amount, currency, lang) for lang in tx.LANGUAGES)
    if not found.any(amounts):
        others = _other_amounts(found, currency, amounts)
        problem = f"total {amounts[0]} ({' / '.join(amounts[1:])}) not found"
        problems.append(problem + (f"; the file shows {', '.join(others[:3])}" if others else ""))

    quantity = str(totals.get("quantity", ""))
    if quantity:
        labelled = _forms(f"{tx.text('total_quantity', lang)}: {quantity}" for lang in tx.LANGUAGES)
        if not found.any(labelled):
            others = _other_quantities(found, quantity)
            problems.append(f"total quantity {quantity} not found"
                            + (f"; the file shows {', '.join(others[:3])}" if others else ""))

    missing: list[str] = []
    for index, line in enumerate(act.get("lines") or [], start=1):
        line_no = line.get("line_no", index)
        for key, label in (("serial_number", "serial No."), ("inventory_number", "inventory No.")):
            value = str(line.get(key) or "").strip()
            if value and not found.has(value):
                missing.append(f"line {line_no}: {label} {value} not found")
    problems += missing[:_LISTED]
    if len(missing) > _LISTED:
        problems.append(f"… and {len(missing) - _LISTED} more serial or inventory numbers not found")
    return problems


def _identifiers(act: dict) -> int:
    return sum(1 for line in act.get("lines") or [] for key in ("serial_number", "inventory_number")
               if str(line.get(key) or "").strip())


@contextlib.contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf's complaints about a damaged file (logged warnings) are not shown:
    the file is reported once, as an error, by the caller."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR + 10)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _source_name(source: bytes | str | Path) -> str | None:
    return None if isinstance(source, (bytes, bytearray)) else str(source)


def _reader(source: bytes | str | Path, name: str | None) -> PdfReader:
    try:
        if isinstance(source, (bytes, bytearray)):
            return PdfReader(io.BytesIO(source))
        return PdfReader(str(source))
    except FileNotFoundError:
        raise InputError(Problem("no such file", source=name)) from None
    except (PdfReadError, OSError, ValueError) as error:
        raise InputError(Problem("cannot be read as a PDF ({reason})", params={"reason": str(error) or type(error).__name__},
                                 source=name)) from None


def _read(source: bytes | str | Path, *, pages: bool, name: str | None = None) -> tuple[list[str], list[str]]:
    """The codes a PDF carries (in order, each once) and each page's text.

    Without ``pages``, a code in the document info is taken as the file's
    only code and no page is read (the texts come back empty); otherwise
    every page is read.  ``name`` is the file's name for messages (when
    ``source`` is its bytes)."""
    name = name or _source_name(source)
    with _quiet_pypdf():
        reader = _reader(source, name)
        codes: list[str] = []
        texts: list[str] = []
        try:
            info = reader.metadata or {}
            value = info.get("/" + INFO_KEY)
            if value and PAYLOAD_PATTERN.fullmatch(str(value).strip()):
                codes.append(str(value).strip())
                if not pages:
                    return codes, texts
            for page in reader.pages:
                text = page.extract_text() or ""
                texts.append(text)
                for found in PAYLOAD_PATTERN.findall(text):
                    if found not in codes:
                        codes.append(found)
        except (PdfReadError, ValueError, KeyError, TypeError) as error:
            raise InputError(Problem("cannot be read as a PDF ({reason})",
                                     params={"reason": str(error) or type(error).__name__},
                                     source=name)) from None
    return codes, texts


def read_codes(source: bytes | str | Path) -> list[str]:
    """The act codes a PDF carries, in order, each once (empty for a draft or a foreign PDF)."""
    codes, _ = _read(source, pages=False)
    return codes


def verify_pdf(*, db: sqlite_utils.Database, source: bytes | str | Path,
               reprint: Callable[[int], bytes] | None = None) -> list[VerificationResult]:
    """Verify every act in a PDF: its code, and what the file says.

    Raises :class:`InputError` if the file is not a PDF or carries no code.
    ``reprint(act_id) -> bytes``, when given, renders the act afresh: a file
    identical to it byte for byte is the original print and needs no more.
    Otherwise the text of the pages carrying each act's code (all pages when
    the code is only in the document info) must show the act's key facts
    (:func:`content_problems`); each fact that is missing is a problem.
    """
    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
    else:
        try:
            data = Path(source).read_bytes()
        except FileNotFoundError:
            raise InputError(Problem("no such file", source=str(source))) from None
        except OSError as error:
            raise InputError(Problem("cannot be read ({reason})", params={"reason": error.strerror or error},
                                     source=str(source))) from None
    name = _source_name(source)
    # The document info's code is enough for the original print; the pages are read when needed.
    codes, texts = _read(data, pages=False, name=name)
    if not codes:
        raise InputError(Problem(
            "carries no Equipment Desk act code (a draft, a scan, or not printed by Equipment Desk); "
            "scan the QR code and use verify --code TEXT",
            source=_source_name(source)))
    results = []
    for code in codes:
        result, act_id, act = _check_code(db, code)
        if act_id is None or act is None:
            results.append(result)
            continue
        if reprint is not None and len(codes) == 1 and reprint(act_id) == data:
            results.append(replace(result, checked=IDENTICAL,
                                   notes=(*result.notes, "the file is identical to the original print")))
            continue
        if not texts:
            _, texts = _read(data, pages=True, name=name)
        own = [text for text in texts if code in text] or texts
        problems = content_problems(act, "\n".join(own))
        notes = result.notes
        if not problems:
            count = _identifiers(act)
            numbers = f", and all {count} serial and inventory numbers" if count else ""
            notes = (*notes,
                     f"the file's text shows the act's number, date, recipient, total and quantity{numbers}; "
                     f"the file is not identical to a fresh print (other languages or copies, a collection, "
                     f"or saved again)")
        results.append(replace(result, checked=CONTENT, ok=result.ok and not problems,
                               problems=(*result.problems, *problems), notes=notes))
    return results


def summary_line(results: Sequence[VerificationResult]) -> str:
    failed = sum(1 for r in results if not r.ok)
    if not failed:
        return f"OK: {len(results)} act(s) verified"
    return f"FAILED: {failed} of {len(results)} act(s) do not match the register"

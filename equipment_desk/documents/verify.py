"""Check a printed act against the register.

The code on a finalized act (see :mod:`.qr`) names the act, its office and
its content hash.  :func:`verify_payload` looks the act up and says whether
the register still has that act, unchanged and in force.  That proves which
act a paper *claims* to be, not what it says: ``verify --code`` shows the
register's record of the act so that the holder of the paper can compare it
by eye.

:func:`verify_pdf` is byte-true.  A file verifies only when it is the
program's own print of the act, byte for byte:

- identical to a print the program issued and recorded (its SHA-256 is kept
  with the act, :mod:`equipment_desk.store.prints`), so a print made before a
  change of the layout still verifies after it; or
- identical to a fresh print of the act with the same options (languages
  read from the file's title, copies from its page count, or the options of
  a recorded print).

Anything else fails — an addition, an overlay, a replaced, removed or
reordered page, a file saved again by another program, bytes appended after
the end: the result names which pages differ from the program's print, and
carries the register's values for a person to compare.  The file's words
are never matched against the register: text can be painted over a page.
"""

from __future__ import annotations

import hashlib
import io
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import sqlite_utils
from pypdf import PdfReader

from equipment_desk.core.errors import InputError, NotFoundError, Problem
from equipment_desk.core.money import format_amount
from equipment_desk.core.scans import quiet_pypdf as _quiet_pypdf
from equipment_desk.documents import texts as tx
from equipment_desk.documents.certificate import act_payload
from equipment_desk.documents.qr import INFO_KEY, PAYLOAD_PATTERN, parse_qr_payload
from equipment_desk.documents.texts import MAX_COPIES, format_date, pick
from equipment_desk.store import acts as store_acts
from equipment_desk.store import prints as store_prints

log = logging.getLogger(__name__)

__all__ = ["VerificationResult", "page_differences", "read_codes", "register_record", "verify_payload", "verify_pdf"]

CODE, IDENTICAL, RECEIVED = "code", "identical", "received"
"""What a result rests on: the code alone, a file byte-identical to the program's print, or a file identical to a
print another laptop recorded as issued (a bundle's word: the register's record is shown to compare)."""


@dataclass(frozen=True)
class VerificationResult:
    """What the register says about one code (and, for a file, whether it is the program's print)."""

    code: str
    number: str
    ok: bool
    problems: tuple[str, ...] = ()
    """Each difference found, in English (empty when ``ok``)."""
    details: str = ""
    """What the register holds (act, date, recipient, total, signed), when the act is known."""
    notes: tuple[str, ...] = field(default=())
    """Further facts that are not failures (e.g. "identical to the print issued on …")."""
    checked: str = CODE
    """``code`` (the code alone: says nothing about the paper's content) or
    ``identical`` (the file is the program's print, byte for byte)."""
    record: tuple[str, ...] = ()
    """The register's values of the act, one per line, for a person to compare with the paper."""

    def lines(self) -> list[str]:
        """Human-readable report: ``OK: …`` or ``FAILED: …``, the problems or notes, then the register's record."""
        details = f" — {self.details}" if self.details else ""
        if not self.ok:
            out = [f"FAILED: act {self.number}{details}"]
            out += [f"  {problem}" for problem in self.problems]
        elif self.checked == CODE:
            out = [f"OK: the code matches act {self.number} of the register{details}",
                   "  a code carries no content: compare the paper by eye with the register's record below"]
        else:
            out = [f"OK: act {self.number} matches the register{details}"]
        out += [f"  {note}" for note in self.notes]
        if self.record and (not self.ok or self.checked in (CODE, RECEIVED)):
            out.append("  the register's record, to compare with the paper:")
            out += [f"    {line}" for line in self.record]
        return out


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ")


def register_record(act: dict) -> tuple[str, ...]:
    """The register's values of ``act`` that a paper shows, one per line (English, names in every language)."""
    def both(value: object) -> str:
        forms: list[str] = []
        for lang in ("en", "ru"):
            text = pick(value, lang) if isinstance(value, dict) else str(value or "")
            if text and text not in forms:
                forms.append(text)
        return " / ".join(forms) or "—"

    def party(key: str) -> str:
        who = act.get(key) or {}
        person = who.get("signatory") or {}
        name = both(person.get("name")) if isinstance(person, dict) and person.get("name") else ""
        return both(who.get("organisation")) + (f", represented by {name}" if name else "")

    totals = act.get("totals") or {}
    currency = act.get("currency") or "USD"
    out = [
        f"number: {act.get('number') or '—'} ({act.get('status') or '—'})",
        f"date: {format_date(act.get('date'), 'en') or '—'}; place: {both(act.get('place'))}",
        f"transferring party: {party('transferor')}",
        f"receiving party: {party('recipient')}",
        f"programme: {(act.get('programme') or {}).get('code') or '—'}",
        f"total: {_plain(format_amount(int(totals.get('amount_minor') or 0), currency, 'en'))}; "
        f"quantity: {totals.get('quantity', '—')}; lines: {len(act.get('lines') or [])}",
    ]
    for index, line in enumerate(act.get("lines") or [], start=1):
        numbers = "; ".join(f"{label} {line.get(key)}" for key, label in (("serial_number", "serial No."),
                                                                          ("inventory_number", "inventory No."))
                            if line.get(key))
        amount = _plain(format_amount(int(line.get("amount_minor") or 0), currency, "en"))
        out.append(f"line {line.get('line_no', index)}: {line.get('name') or '—'}"
                   + (f" ({numbers})" if numbers else "") + f", quantity {line.get('quantity', '—')}, {amount}")
    if act.get("signed"):
        out.append(f"signed: {format_date(act['signed'].get('date'), 'en')}")
    if act.get("void"):
        out.append(f"void: {act['void'].get('reason') or '—'}")
    return tuple(out)


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
                                problems=tuple(problems), details=details, record=register_record(act))
    return result, act_id, act


def _source_name(source: bytes | str | Path) -> str | None:
    return None if isinstance(source, (bytes, bytearray)) else str(source)


def _reader(source: bytes | str | Path, name: str | None) -> PdfReader:
    try:
        if isinstance(source, (bytes, bytearray)):
            return PdfReader(io.BytesIO(source))
        return PdfReader(str(source))
    except FileNotFoundError:
        raise InputError(Problem("no such file", source=name)) from None
    except Exception as error:  # noqa: BLE001 - pypdf raises many kinds on a damaged file: all mean "unreadable"
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
        except Exception as error:  # noqa: BLE001 - pypdf raises many kinds on a damaged file: all mean "unreadable"
            raise InputError(Problem("cannot be read as a PDF ({reason})",
                                     params={"reason": str(error) or type(error).__name__},
                                     source=name)) from None
    return codes, texts


def read_codes(source: bytes | str | Path) -> list[str]:
    """The act codes a PDF carries, in order, each once (empty for a draft or a foreign PDF)."""
    codes, _ = _read(source, pages=False)
    return codes


def _page_prints(data: bytes, name: str | None) -> list[str]:
    """A fingerprint of each page: what it draws (its content streams) and what is attached to it (annotations)."""
    with _quiet_pypdf():
        reader = _reader(data, name)
        prints = []
        try:
            pages = list(reader.pages)
        except Exception as error:  # noqa: BLE001 - whatever a damaged page tree raises, the file is unreadable
            raise InputError(Problem("cannot be read as a PDF ({reason})",
                                     params={"reason": str(error) or type(error).__name__}, source=name)) from None
        for number, page in enumerate(pages, start=1):
            try:
                contents = page.get_contents()
                drawn = contents.get_data() if contents is not None else b""
                annotations = page.get("/Annots")
                count = len(annotations.get_object()) if annotations is not None else 0
                prints.append(hashlib.sha256(drawn + b"|annotations:%d" % count).hexdigest())
            except Exception:  # noqa: BLE001 - a damaged page differs from every page of a print
                prints.append(f"unreadable page {number}")
    return prints


def _pages(numbers: Sequence[int]) -> str:
    """``[1, 2, 3, 5]`` as ``pages 1–3, 5`` (``page 4`` for one)."""
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    text = ", ".join(str(run[0]) if len(run) == 1 else f"{run[0]}–{run[-1]}" for run in runs)
    return ("page " if len(numbers) == 1 else "pages ") + text


def page_differences(file_pages: Sequence[str], print_pages: Sequence[str]) -> list[str]:
    """How a file's pages differ from the program's print (page fingerprints, see :func:`_page_prints`)."""
    out: list[str] = []
    foreign = [index for index, page in enumerate(file_pages, start=1) if page not in print_pages]
    lost = [index for index, page in enumerate(print_pages, start=1) if page not in file_pages]
    if len(file_pages) != len(print_pages):
        out.append(f"the file has {len(file_pages)} page(s), the program's print {len(print_pages)}")
    if foreign:
        verb = "differs" if len(foreign) == 1 else "differ"
        out.append(f"{_pages(foreign)} of the file {verb} from every page of the program's print "
                   "(changed, overlaid or added)")
    if lost:
        verb = "is" if len(lost) == 1 else "are"
        out.append(f"{_pages(lost)} of the program's print {verb} not in the file (changed or removed)")
    if not foreign and not lost and list(file_pages) != list(print_pages):
        out.append("the file has the program's pages in another order or repeated")
    if not out:
        out.append("every page draws what the program's print draws, but the file's bytes differ: "
                   "it was saved again by another program, or data was changed or added outside the pages")
    return out


def _title_prefixes(act: dict) -> dict[str, str]:
    """The title of ``act`` in each language it can print in, as a print's document title begins."""
    prefixes = {}
    for lang in tx.LANGUAGES:
        try:
            prefixes[lang] = tx.words_for(act, [lang]).text("title", lang).capitalize()
        except InputError:  # a language it cannot print in (an old act's, or a file that is broken)
            continue
    return prefixes


def _title_languages(data: bytes, name: str | None, act: dict) -> tuple[str, ...] | None:
    """The print languages a certificate's title names ("Акт … / Act …"), or ``None`` when it names none."""
    prefixes = _title_prefixes(act)
    with _quiet_pypdf():
        try:
            title = str((_reader(data, name).metadata or {}).get("/Title") or "")
        except Exception:  # noqa: BLE001 - no title read: the act's own languages are tried
            return None
    langs: list[str] = []
    for part in title.split(" / "):
        matches = [lang for lang, prefix in prefixes.items() if part.startswith(prefix)]
        if len(matches) != 1:
            return None
        langs.append(matches[0])
    return tuple(langs) if 1 <= len(langs) <= 2 else None


Reprint = Callable[[int, "Sequence[str] | None", int], bytes]
"""``reprint(act_id, languages, copies) -> bytes``: a fresh print of the act with these options."""


def _fresh_prints(db: sqlite_utils.Database, act_id: int, act: dict, data: bytes, name: str | None,
                  reprint: Reprint, file_pages: int) -> Iterator[tuple[str, bytes]]:
    """Fresh prints of the act with the options the file may have been printed with: (options, bytes)."""
    candidates: list[tuple[tuple[str, ...] | None, int | None]] = []
    languages = _title_languages(data, name, act)
    if languages:
        candidates.append((languages, None))
    candidates.append((None, None))
    for issued in store_prints.issued_prints(db=db, act_id=act_id):
        if issued["kind"] == "certificate":
            recorded = tuple(issued["languages"].split(",")) if issued["languages"] else None
            candidates.append((recorded, int(issued["copies"])))
    seen: set[tuple] = set()
    for languages, copies in candidates:
        if copies is None:
            single = reprint(act_id, languages, 1)
            key = (languages, 1)
            if key not in seen:
                seen.add(key)
                yield _options(act, languages, 1), single
            per_copy = len(_page_prints(single, None))
            if per_copy and file_pages % per_copy == 0 and 1 < file_pages // per_copy <= MAX_COPIES:
                copies = file_pages // per_copy
            else:
                continue
        key = (languages, copies)
        if key in seen:
            continue
        seen.add(key)
        yield _options(act, languages, copies), reprint(act_id, languages, copies)


def _options(act: dict, languages: Sequence[str] | None, copies: int) -> str:
    langs = ",".join(languages or act.get("languages") or tx.DEFAULT_LANGUAGES)
    return f"{langs}; {copies} {'copy' if copies == 1 else 'copies'}"


def verify_pdf(*, db: sqlite_utils.Database, source: bytes | str | Path,
               reprint: Reprint | None = None) -> list[VerificationResult]:
    """Verify a PDF: is it, byte for byte, the program's print of the act(s) it names?

    Raises :class:`InputError` if the file cannot be read, is not a PDF, or is
    neither a recorded print nor carries an act code.  A file whose SHA-256 is
    recorded as an issued print verifies for each act it was issued for (each
    act's code is still checked against the register).  Otherwise each act
    code the file carries is checked, and the file must be identical to a
    fresh print of that act (``reprint``) with the options it was printed
    with; when it is not, the pages that differ are named and the register's
    values are given for a person to compare.
    """
    name = _source_name(source)
    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
    else:
        try:
            data = Path(source).read_bytes()
        except FileNotFoundError:
            raise InputError(Problem("no such file", source=name)) from None
        except OSError as error:
            raise InputError(Problem("cannot be read ({reason})", params={"reason": error.strerror or error},
                                     source=name)) from None
    sha256, _size = store_prints.file_sha256(data)
    issued = store_prints.issued_prints(db=db, sha256=sha256)
    if issued:
        recorded = [_recorded(db, print_row) for print_row in issued]
        if reprint is None or any(result.checked != RECEIVED for result in recorded):
            return recorded
        try:  # a bundle's word only when this laptop cannot make the same print
            fresh = _against_fresh_prints(db, data, name, reprint)
        except InputError:
            return recorded
        return fresh if all(result.ok for result in fresh) else recorded
    return _against_fresh_prints(db, data, name, reprint)


def _against_fresh_prints(db: sqlite_utils.Database, data: bytes, name: str | None,
                          reprint: Reprint | None) -> list[VerificationResult]:
    """Each act code the file carries checked, and the file compared with fresh prints of the act."""
    codes, _texts = _read(data, pages=False, name=name)
    if not codes:
        raise InputError(Problem(
            "carries no Equipment Desk act code (a draft, a scan, or not printed by Equipment Desk); "
            "scan the QR code and use verify --code TEXT",
            source=name))
    results = []
    file_pages = _page_prints(data, name)
    for code in codes:
        result, act_id, act = _check_code(db, code)
        if act_id is None or act is None:
            results.append(result)
            continue
        if len(codes) > 1:
            results.append(replace(result, ok=False, problems=(*result.problems, (
                f"the file holds {len(codes)} acts and is not a collection the program recorded as issued: "
                "print the acts again, or verify each act's own print"))))
            continue
        compared: list[tuple[str, list[str]]] = []
        identical = ""
        for options, fresh in (_fresh_prints(db, act_id, act, data, name, reprint, len(file_pages))
                               if reprint is not None else ()):
            if fresh == data:
                identical = options
                break
            compared.append((options, _page_prints(fresh, None)))
        if identical:
            results.append(replace(result, checked=IDENTICAL, notes=(
                *result.notes, f"the file is identical to a fresh print of the act ({identical})")))
            continue
        problems = [_not_the_print(db, act_id)]
        if compared:
            options, pages = min(compared, key=lambda entry: _distance(file_pages, entry[1]))
            problems.append(f"compared with a fresh print ({options}):")
            problems += [f"  {difference}" for difference in page_differences(file_pages, pages)]
        results.append(replace(result, ok=False, checked=IDENTICAL, problems=(*result.problems, *problems)))
    return results


def _distance(file_pages: Sequence[str], print_pages: Sequence[str]) -> tuple[int, int]:
    same = sum(1 for a, b in zip(file_pages, print_pages) if a == b)
    return (-same, abs(len(file_pages) - len(print_pages)))


def _not_the_print(db: sqlite_utils.Database, act_id: int) -> str:
    count = len(store_prints.issued_prints(db=db, act_id=act_id))
    recorded = f" nor to any of the {count} print(s) recorded as issued for it" if count else \
        " and no print of it is recorded as issued"
    return f"not the program's print of this act: the file is not identical to a fresh print{recorded}"


def _recorded(db: sqlite_utils.Database, issued: dict) -> VerificationResult:
    """The result for one act of a file recorded as an issued print."""
    act = store_acts.act_document(db=db, act_id=issued["act_id"])
    payload = act_payload(act) or ""
    result = _check_code(db, payload)[0] if payload else VerificationResult(
        code="", number=str(act.get("number") or issued["act_id"]), ok=False,
        problems=("the register holds this act as a draft",))
    when = issued["issued_at"].replace("T", " ").replace("Z", " UTC")
    what = "the print of a collection of acts" if issued["kind"] == "collection" else "the print"
    note = f"the file is identical to {what} the program issued on {when} (by {issued['issued_by']})"
    if not store_prints.received_print(db=db, print_uuid=issued["uuid"], act_id=issued["act_id"]):
        return replace(result, checked=IDENTICAL, notes=(*result.notes, note))
    caveat = ("that print was recorded on another laptop and reached this one in a bundle: a bundle is not signed, "
              "so this laptop has only the bundle's word for it — compare the paper with the register's record")
    return replace(result, checked=RECEIVED, notes=(*result.notes, note, caveat), record=result.record or register_record(act))


def summary_line(results: Sequence[VerificationResult]) -> str:
    failed = sum(1 for r in results if not r.ok)
    if not failed:
        return f"OK: {len(results)} act(s) verified"
    return f"FAILED: {failed} of {len(results)} act(s) do not match the register"

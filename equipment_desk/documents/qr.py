"""The verification code printed on a finalized act.

The payload is one line of plain ASCII, short enough for a small QR code and
readable by any phone scanner::

    EQD1|BISH-2018-0001|BISH|9b2f…(64 hex digits)

- ``EQD1``: the format and its version (Equipment Desk, payload version 1);
- the act number, the office code, and the act's content hash (SHA-256 over
  the canonical act, see ``docs/act-json.md``), lower-case hex.

That is enough to recognise the act offline: ``python -m equipment_desk
verify --code TEXT`` looks the number up in the register and compares the
hash.  The same text is written into the PDF twice, so that ``verify
FILE.pdf`` can read it back without decoding the image: as the document-info
entry ``/EquipmentDeskCode``, and as the "Verification code" line in the
small print at the foot of every page (which also shows the hash to a reader).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.qr import QrCode

from equipment_desk.core.errors import InputError, Problem

PREFIX = "EQD1"
SEPARATOR = "|"
INFO_KEY = "EquipmentDeskCode"
"""Name of the PDF document-info entry that holds the payload."""

_NUMBER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9./_-]{0,63}$")
_OFFICE = re.compile(r"^[A-Za-z0-9_-]{1,16}$")
_HASH = re.compile(r"^[0-9a-f]{64}$")
PAYLOAD_PATTERN = re.compile(r"EQD1\|[A-Za-z0-9./_-]{1,64}\|[A-Za-z0-9_-]{1,16}\|[0-9a-fA-F]{64}")
"""Finds a payload inside longer text (e.g. a page's extracted text)."""


@dataclass(frozen=True)
class QrPayload:
    """What the code on a finalized act says."""

    number: str
    office_code: str
    content_hash: str

    def text(self) -> str:
        return qr_payload(self.number, self.office_code, self.content_hash)


def _bad(message: str, value: object, **params: object) -> InputError:
    return InputError(Problem(message, params=dict(params), field="code", value=value))


def qr_payload(number: str, office_code: str, content_hash: str) -> str:
    """The code's text for an act: ``EQD1|number|office|hash``."""
    if not number or not _NUMBER.match(number):
        raise _bad("an act number for the code must be 1–64 letters, digits or . / _ -", number)
    if not office_code or not _OFFICE.match(office_code):
        raise _bad("an office code must be 1–16 letters, digits, _ or -", office_code)
    content_hash = (content_hash or "").lower()
    if not _HASH.match(content_hash):
        raise _bad("a content hash must be 64 hexadecimal digits", content_hash)
    return SEPARATOR.join((PREFIX, number, office_code, content_hash))


def parse_qr_payload(text: str) -> QrPayload:
    """Read a code's text back; raises :class:`InputError` if it is not ours.

    Surrounding white space is ignored, and so is the case of the hash.
    """
    cleaned = (text or "").strip()
    parts = cleaned.split(SEPARATOR)
    if len(parts) != 4 or parts[0] != PREFIX:
        raise _bad(
            "this is not an Equipment Desk act code (expected {prefix}|number|office|hash)",
            cleaned,
            prefix=PREFIX,
        )
    _, number, office_code, content_hash = parts
    qr_payload(number, office_code, content_hash)  # validates every part
    return QrPayload(number=number, office_code=office_code, content_hash=content_hash.lower())


def find_payload(text: str) -> str | None:
    """The first payload inside ``text`` (e.g. text extracted from a PDF page)."""
    match = PAYLOAD_PATTERN.search(text or "")
    return match.group(0) if match else None


_FINDER_LIKE = "10111010000"


def lost_points(modules: list[list[bool]]) -> int:
    """The mask penalty of a QR matrix, exactly as reportlab's
    ``QRUtil.getLostPoint`` computes it, in a fraction of the time.

    Rows and columns become strings of 0/1 and integers of bits, so the four
    rules are counted with regular expressions, ``str.count`` and bit operations.
    """
    size = len(modules)
    rows = ["".join("1" if m else "0" for m in row) for row in modules]
    columns = ["".join(column) for column in zip(*rows)]
    score = 0
    # rule 1: runs of five or more modules of one colour, in rows and columns
    for line in rows + columns:
        for run in _RUNS.finditer(line):
            score += len(run.group()) - 2
    # rule 2: 2x2 blocks of one colour
    mask = (1 << size) - 1
    pair_mask = (1 << (size - 1)) - 1
    bits = [int(row[::-1], 2) for row in rows]  # bit c is column c
    for upper, lower in zip(bits, bits[1:]):
        same = ~(upper ^ lower) & mask
        across = ~(upper ^ (upper >> 1)) & pair_mask
        score += 3 * (same & (same >> 1) & across).bit_count()
    # rule 3: a finder-like pattern; reportlab scans one orientation, not the
    # last position, and (comparing tuples with a list) rows only
    for line in rows:
        score += 40 * line[:-1].count(_FINDER_LIKE)
    # rule 4: proportion of dark modules
    dark = sum(row.count("1") for row in rows)
    score += 10 * (abs(100 * dark // (size * size) - 50) // 5)
    return score


_RUNS = re.compile(r"0{5,}|1{5,}")


class _QRCode(qrencoder.QRCode):
    """reportlab's encoder with a faster choice of mask (same choice, see :func:`lost_points`)."""

    def getBestMaskPattern(self):
        best, best_points = 0, None
        for pattern in range(8):
            self.makeImpl(True, pattern)
            points = lost_points(self.modules)
            if best_points is None or points < best_points:
                best, best_points = pattern, points
        return best


class _QrFlowable(QrCode):
    def __init__(self, value: str, **kwargs) -> None:
        super().__init__(value, **kwargs)
        self.qr.__class__ = _QRCode


def qr_flowable(payload: str, size: float) -> QrCode:
    """A vector QR code of ``size`` points square (error correction level M),
    drawn straight onto the page as filled squares."""
    return _QrFlowable(payload, width=size, height=size, qrLevel="M", qrBorder=2)

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
entry ``/EquipmentDeskCode`` and in the small print of the first page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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


def qr_flowable(payload: str, size: float) -> QrCode:
    """A vector QR code of ``size`` points square (error correction level M),
    drawn straight onto the page as filled squares."""
    return QrCode(payload, width=size, height=size, qrLevel="M", qrBorder=2)

"""A scan is evidence only if the whole file is there: checked by content, not by its first bytes.

:func:`check_scan` accepts a PDF, PNG or JPEG file only when it reads whole:

- a **PDF** parses in pypdf's strict mode, every page and its drawing can be
  read, and nothing but white space follows the last ``%%EOF``;
- a **PNG** is a chain of chunks, each with a correct CRC, from ``IHDR`` to
  ``IEND``, with nothing after, and its image data inflates to exactly the
  size its header declares (then Pillow decodes it);
- a **JPEG** runs from ``SOI`` through its segments and entropy-coded data to
  ``EOI``, with nothing after (then Pillow decodes it).

So the first 20 KB of a PDF, a 14-byte ``%PDF-1.4 %%EOF``, a PNG header
followed by noise or a PDF with a zip appended are refused, each with a
message that says what is wrong.  The kind must also match the file's name.

A scan is a picture of the signed paper: a PDF that runs JavaScript, starts a
program or carries files inside it is no scan, and is refused (every object of
the file is looked at, those in compressed object streams too), so no such file
reaches the register, a bundle or another laptop's viewer.
"""

from __future__ import annotations

import contextlib
import io
import logging
import math
import struct
import warnings
import zlib
from collections.abc import Iterator
from pathlib import Path

from equipment_desk.core.errors import InputError, Problem

__all__ = ["SCAN_KINDS", "check_scan", "scan_kind"]

SCAN_KINDS = {".pdf": "pdf", ".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg"}
"""The file name suffixes a scan may have, and the kind of content each promises."""

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_WHITESPACE = b" \t\r\n\f\x00"
_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
_ADAM7 = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2))
MAX_PIXELS = 200_000_000
"""More pixels than any scan of a few pages has: refused rather than decoded (a decompression bomb)."""


class _Bad(Exception):  # noqa: N818 - a reason, caught inside this module
    """What is wrong with a file's content (an English template and its values)."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message)
        self.message = message
        self.params = params


def scan_kind(filename: str) -> str | None:
    """``pdf``, ``png`` or ``jpeg`` by the file's suffix; ``None`` for any other."""
    return SCAN_KINDS.get(Path(filename).suffix.lower())


def check_scan(data: bytes, filename: str, *, field: str = "scan") -> str:
    """The scan's kind when ``data`` is a whole PDF, PNG or JPEG as its name says; :class:`InputError` otherwise."""
    kind = scan_kind(filename)
    if kind is None:
        raise InputError(Problem("must be a PDF, JPG or PNG file", field=field, value=Path(filename).name))
    label = {"pdf": "PDF", "png": "PNG", "jpeg": "JPEG"}[kind]
    try:
        if kind == "pdf":
            _check_pdf(data)
        elif kind == "png":
            _check_png(data)
            _decode_image(data)
        else:
            _check_jpeg(data)
            _decode_image(data)
    except _Bad as bad:
        raise InputError(Problem(bad.message, params={"kind": label, **bad.params},
                                 field=field, value=Path(filename).name)) from None
    return kind


# --------------------------------------------------------------------------- PDF


@contextlib.contextmanager
def quiet_pypdf() -> Iterator[None]:
    """pypdf's complaints about a damaged file (logged warnings) are not shown: the file is reported once,
    as an error, by the caller (here, and ``documents.verify``)."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR + 10)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _check_pdf(data: bytes) -> None:
    if not data.startswith(b"%PDF-"):
        raise _Bad("is not a whole {kind} file: it does not begin as a PDF does (%PDF-)")
    end = data.rfind(b"%%EOF")
    if end < 0:
        raise _Bad("is not a whole {kind} file: it has no end (%%EOF): the file is cut short")
    if data[end + 5:].strip(_WHITESPACE):
        raise _Bad("is not a whole {kind} file: {count} bytes of something else follow its end (%%EOF)",
                   count=len(data[end + 5:].strip(_WHITESPACE)))
    from pypdf import PdfReader

    with quiet_pypdf():
        try:
            reader = PdfReader(io.BytesIO(data), strict=True)
            pages = list(reader.pages)
        except Exception as error:  # noqa: BLE001 - pypdf raises many kinds for a broken file: all mean "not whole"
            raise _Bad("is not a whole {kind} file: it cannot be read ({reason})", reason=str(error) or type(error).__name__) from None
        if not pages:
            raise _Bad("is not a whole {kind} file: it has no pages")
        for number, page in enumerate(pages, start=1):
            try:
                contents = page.get_contents()
                if contents is not None:
                    contents.get_data()
                page.mediabox  # noqa: B018 - reading it is the check
                resources = page.get("/Resources")
                if resources is not None:
                    resources.get_object()
                    xobjects = resources.get_object().get("/XObject")
                    for reference in (xobjects.get_object().values() if xobjects is not None else ()):
                        reference.get_object().get_data()
            except Exception as error:  # noqa: BLE001 - a page that cannot be read is a damaged file
                raise _Bad("is not a whole {kind} file: page {page} cannot be read ({reason})", page=number,
                           reason=str(error) or type(error).__name__) from None
        _refuse_active_content(reader)


_ACTIVE_ACTIONS = {"/JavaScript": "javascript", "/Launch": "program", "/ImportData": "file", "/RichMedia": "carried"}
_ACTIVE_KEYS = {"/JS": "javascript", "/JavaScript": "javascript", "/EmbeddedFiles": "carried", "/EmbeddedFile": "carried",
                "/XFA": "form", "/RichMediaContent": "carried"}


def _active(what: str) -> _Bad:
    """Why a PDF holding active content (``what``, a value of the tables above) is no scan."""
    if what == "javascript":
        return _Bad("is not a scan: the {kind} file runs JavaScript (a scan of the signed paper holds only its pages)")
    if what == "program":
        return _Bad("is not a scan: the {kind} file starts another program (a scan of the signed paper holds only its pages)")
    if what == "file":
        return _Bad("is not a scan: the {kind} file reads another file (a scan of the signed paper holds only its pages)")
    if what == "form":
        return _Bad("is not a scan: the {kind} file holds an XFA form (a scan of the signed paper holds only its pages)")
    return _Bad("is not a scan: the {kind} file carries another file inside it (a scan of the signed paper holds only its pages)")


MAX_OBJECTS = 2_000_000
"""More objects than a PDF of 50 MB holds: not looked through (a file built to be slow to read)."""


def _refuse_active_content(reader: object) -> None:
    """Refuse a PDF any object of which runs code, starts a program or carries a file (see the module's text)."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    seen: set[tuple[int, int]] = set()
    pending: list[object] = [reader.trailer]  # type: ignore[attr-defined]
    while pending:
        value = pending.pop()
        if isinstance(value, IndirectObject):
            key = (value.idnum, value.generation)
            if key in seen:
                continue
            seen.add(key)
            if len(seen) > MAX_OBJECTS:
                raise _Bad("is not a scan: the {kind} file holds more than {count} objects", count=MAX_OBJECTS)
            try:
                value = value.get_object()
            except Exception:  # noqa: BLE001 - an object that cannot be read draws nothing: nothing to run either
                continue
        if isinstance(value, DictionaryObject):
            for key, what in _ACTIVE_KEYS.items():
                if key in value:
                    raise _active(what)
            if value.get("/Type") == "/Filespec" and "/EF" in value:
                raise _active("carried")
            what = _ACTIVE_ACTIONS.get(str(value.get("/S"))) or _ACTIVE_ACTIONS.get(str(value.get("/Subtype")))
            if what:
                raise _active(what)
            pending.extend(value.values())
        elif isinstance(value, ArrayObject):
            pending.extend(value)


# --------------------------------------------------------------------------- PNG


def _png_data_size(width: int, height: int, bit_depth: int, color_type: int, interlace: int) -> int:
    bits = _CHANNELS[color_type] * bit_depth
    if not interlace:
        return height * (1 + math.ceil(width * bits / 8))
    total = 0
    for x0, y0, dx, dy in _ADAM7:
        pass_width = (width - x0 + dx - 1) // dx if width > x0 else 0
        pass_height = (height - y0 + dy - 1) // dy if height > y0 else 0
        if pass_width and pass_height:
            total += pass_height * (1 + math.ceil(pass_width * bits / 8))
    return total


def _check_png(data: bytes) -> None:
    if not data.startswith(PNG_SIGNATURE):
        raise _Bad("is not a whole {kind} file: it does not begin as a PNG does")
    position = len(PNG_SIGNATURE)
    header: tuple[int, int, int, int, int] | None = None
    inflate = zlib.decompressobj()
    inflated = 0
    expected = 0
    seen_data = False
    while True:
        if position + 12 > len(data):
            raise _Bad("is not a whole {kind} file: it is cut short before its end (IEND)")
        length, chunk_type = struct.unpack(">I4s", data[position:position + 8])
        body_end = position + 8 + length
        name = chunk_type.decode("ascii") if chunk_type.isalpha() else "0x" + chunk_type.hex()
        if length > 0x7FFFFFFF or body_end + 4 > len(data):
            raise _Bad("is not a whole {kind} file: it is cut short inside a {chunk} chunk", chunk=name)
        body = data[position + 8:body_end]
        (crc,) = struct.unpack(">I", data[body_end:body_end + 4])
        if zlib.crc32(chunk_type + body) & 0xFFFFFFFF != crc:
            raise _Bad("is not a whole {kind} file: the checksum of its {chunk} chunk at byte {at} is wrong (damaged)", chunk=name, at=position)
        if header is None:
            if chunk_type != b"IHDR" or length != 13:
                raise _Bad("is not a whole {kind} file: its first chunk is not the image header (IHDR)")
            width, height, bit_depth, color_type, _compression, _filter, interlace = struct.unpack(">IIBBBBB", body)
            if not width or not height or color_type not in _CHANNELS or interlace > 1:
                raise _Bad("is not a whole {kind} file: its image header is invalid")
            if width * height > MAX_PIXELS:
                raise _Bad("is not a whole {kind} file: it declares {pixels} pixels, more than a scan has", pixels=width * height)
            header = (width, height, bit_depth, color_type, interlace)
            expected = _png_data_size(*header)
        elif chunk_type == b"IDAT":
            seen_data = True
            try:
                while body:
                    inflated += len(inflate.decompress(body, 1 << 20))
                    body = inflate.unconsumed_tail
                    if inflated > expected:
                        raise _Bad("is not a whole {kind} file: its image data holds more than its header declares")
            except zlib.error as error:
                raise _Bad("is not a whole {kind} file: its image data cannot be inflated ({reason})", reason=str(error)) from None
        elif chunk_type == b"IEND":
            position = body_end + 4
            break
        elif not chunk_type.isalpha():
            raise _Bad("is not a whole {kind} file: it holds a chunk with an invalid name ({chunk})", chunk=name)
        position = body_end + 4
    if data[position:]:
        raise _Bad("is not a whole {kind} file: {count} bytes of something else follow its end (IEND)", count=len(data) - position)
    if not seen_data:
        raise _Bad("is not a whole {kind} file: it holds no image data (IDAT)")
    try:
        inflated += len(inflate.flush())
    except zlib.error as error:
        raise _Bad("is not a whole {kind} file: its image data cannot be inflated ({reason})", reason=str(error)) from None
    if not inflate.eof or inflate.unused_data:
        raise _Bad("is not a whole {kind} file: its image data is cut short")
    if inflated != expected:
        raise _Bad("is not a whole {kind} file: its image data holds {got} bytes where its header declares {expected}", got=inflated,
                   expected=expected)


# --------------------------------------------------------------------------- JPEG

_STANDALONE = {0x01, *range(0xD0, 0xD8)}  # TEM and RST0-7: markers without a length


def _check_jpeg(data: bytes) -> None:
    if not data.startswith(b"\xff\xd8"):
        raise _Bad("is not a whole {kind} file: it does not begin as a JPEG does (SOI)")
    position = 2
    frames = scans = 0
    while True:
        while position < len(data) and data[position] == 0xFF and position + 1 < len(data) \
                and data[position + 1] == 0xFF:
            position += 1  # fill bytes before a marker
        if position + 2 > len(data):
            raise _Bad("is not a whole {kind} file: it is cut short before its end (EOI)")
        if data[position] != 0xFF:
            raise _Bad("is not a whole {kind} file: it holds something that is not a segment at byte {at}", at=position)
        marker = data[position + 1]
        position += 2
        if marker == 0xD9:  # EOI
            break
        if marker in _STANDALONE:
            continue
        if marker == 0xD8:
            raise _Bad("is not a whole {kind} file: it starts a second image inside the first (SOI at byte {at})", at=position - 2)
        if position + 2 > len(data):
            raise _Bad("is not a whole {kind} file: it is cut short inside a segment")
        (length,) = struct.unpack(">H", data[position:position + 2])
        if length < 2 or position + length > len(data):
            raise _Bad("is not a whole {kind} file: it is cut short inside a segment at byte {at}", at=position - 2)
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            frames += 1
        position += length
        if marker == 0xDA:  # SOS: entropy-coded data follows, up to the next marker that is not a stuffed byte or RST
            if not frames:
                raise _Bad("is not a whole {kind} file: its image data comes before its frame header")
            scans += 1
            while True:
                found = data.find(b"\xff", position)
                if found < 0 or found + 1 >= len(data):
                    raise _Bad("is not a whole {kind} file: it is cut short inside its image data (no EOI)")
                following = data[found + 1]
                if following == 0x00 or 0xD0 <= following <= 0xD7 or following == 0xFF:
                    position = found + (1 if following == 0xFF else 2)
                    continue
                position = found
                break
    if data[position:]:
        raise _Bad("is not a whole {kind} file: {count} bytes of something else follow its end (EOI)", count=len(data) - position)
    if not frames or not scans:
        raise _Bad("is not a whole {kind} file: it holds no image")


def _decode_image(data: bytes) -> None:
    """Decode every pixel with Pillow (reportlab's own dependency): a file it cannot decode whole is refused."""
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                if image.width * image.height > MAX_PIXELS:
                    raise _Bad("is not a whole {kind} file: it declares {pixels} pixels, more than a scan has", pixels=image.width * image.height)
                image.load()
    except _Bad:
        raise
    except Exception as error:  # noqa: BLE001 - Pillow raises many kinds for a broken image: all mean "not whole"
        raise _Bad("is not a whole {kind} file: it cannot be decoded ({reason})", reason=str(error) or type(error).__name__) from None

"""One PDF written part by part to a file, whatever the number of parts, in constant memory.

reportlab keeps a whole document in memory until it is saved, so a register
of 10,000 acts drawn as one document would need gigabytes.  A batch document
is therefore drawn in parts — the cover, then a few acts at a time, each a
small reportlab document — and :class:`PdfSpool` copies each part's objects
into the output file as soon as it is drawn, numbering them on from the
objects already written.  It keeps in memory only where each object starts
and which objects are pages; at the end it writes the page tree (in any
order of the parts: the cover, drawn last because it lists every act, comes
first), the catalogue, the cross-reference table and the trailer.

It reads the PDF reportlab writes (a plain cross-reference table, no object
streams, dictionaries before their stream data); a part it cannot read is a
bug and raises ``ValueError``.
"""

from __future__ import annotations

import hashlib
import re
from typing import BinaryIO

HEADER = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
_REFERENCE = re.compile(rb"(\d+) 0 R\b")
_STREAM = re.compile(rb">>\s*stream\r?\n")
_OBJECT_START = re.compile(rb"\s*(\d+) 0 obj\s*")
_SUBSET_TAG = re.compile(rb"/([A-Z]{6})\+")
"""A font subset's tag (``/AAAAAA+DejaVuSans``): reportlab starts each document at AAAAAA; in one file each
subset gets a tag of its own, so no reader takes one part's glyphs for another's."""


def _trailer_ref(trailer: bytes, key: bytes) -> int | None:
    found = re.search(rb"/" + key + rb"\s+(\d+) 0 R", trailer)
    return int(found.group(1)) if found else None


def read_objects(pdf: bytes) -> tuple[dict[int, bytes], int, int | None]:
    """A reportlab PDF's objects by number (what is between ``N 0 obj`` and ``endobj``), its catalogue and info numbers."""
    at = pdf.rfind(b"startxref")
    if at < 0:
        raise ValueError("not a PDF: no startxref")
    xref = int(pdf[at + 9:].split()[0])
    if not pdf.startswith(b"xref", xref):
        raise ValueError("the PDF has no plain cross-reference table")
    lines = pdf[xref:at].split(b"\n")
    first, count = (int(v) for v in lines[1].split()[:2])
    starts = {}
    for number, entry in enumerate(lines[2:2 + count], start=first):
        fields = entry.split()
        if len(fields) >= 3 and fields[2] == b"n":
            starts[number] = int(fields[0])
    trailer = pdf[pdf.index(b"trailer", xref):at]
    root = _trailer_ref(trailer, b"Root")
    if root is None:
        raise ValueError("the PDF's trailer names no catalogue")
    ordered = sorted(starts.items(), key=lambda item: item[1])
    objects = {}
    for index, (number, start) in enumerate(ordered):
        end = ordered[index + 1][1] if index + 1 < len(ordered) else xref
        chunk = pdf[start:end]
        head = _OBJECT_START.match(chunk)
        close = chunk.rfind(b"endobj")
        if head is None or int(head.group(1)) != number or close < 0:
            raise ValueError(f"object {number} of the PDF is not where its cross-reference says")
        objects[number] = chunk[head.end():close].rstrip()
    return objects, root, _trailer_ref(trailer, b"Info")


def _page_tree(objects: dict[int, bytes], root: int) -> tuple[int, list[int]]:
    """The number of a PDF's (flat) page tree and its pages' numbers in order."""
    found = re.search(rb"/Pages\s+(\d+) 0 R", objects[root])
    if found is None:
        raise ValueError("the PDF's catalogue names no page tree")
    tree = int(found.group(1))
    kids = re.search(rb"/Kids\s*\[([^\]]*)\]", objects[tree])
    if kids is None or b"/Kids" in objects[tree][kids.end():]:
        raise ValueError("the PDF's page tree is not one flat list of pages")
    return tree, [int(n) for n in _REFERENCE.findall(kids.group(1))]


def page_count(pdf: bytes) -> int:
    """How many pages a PDF written by reportlab has."""
    objects, root, _info = read_objects(pdf)
    return len(_page_tree(objects, root)[1])


def _dictionary_part(body: bytes) -> tuple[bytes, bytes]:
    """An object's dictionary (where references are) and its stream data (never touched)."""
    found = _STREAM.search(body)
    if found is None:
        return body, b""
    return body[:found.start()], body[found.start():]


class PdfSpool:
    """Writes a PDF to ``handle`` from parts; only object offsets and page numbers stay in memory."""

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        self.digest = hashlib.md5(usedforsecurity=False)
        self.offsets: list[int] = [0]  # object number -> where it starts; 0 is the free head of the list
        self.position = 0
        self.subsets = 0
        self._write(HEADER)
        self.pages_root = self._reserve()

    def _write(self, data: bytes) -> None:
        self.handle.write(data)
        self.digest.update(data)
        self.position += len(data)

    def _reserve(self) -> int:
        self.offsets.append(-1)
        return len(self.offsets) - 1

    def _object(self, number: int, body: bytes) -> None:
        self.offsets[number] = self.position
        self._write(b"%d 0 obj\n" % number + body + b"\nendobj\n")

    def add(self, pdf: bytes, *, keep_info: bool = False) -> tuple[list[int], int | None]:
        """Copy a part's objects; returns its pages' numbers in the output, in order, and (with ``keep_info``) its
        document information's number (its title, author, … then describe the whole file)."""
        objects, root, info = read_objects(pdf)
        pages_tree, kids = _page_tree(objects, root)
        outlines = re.search(rb"/Outlines\s+(\d+) 0 R", objects[root])
        skipped = {root, pages_tree, *( [int(outlines.group(1))] if outlines else [])}
        if not keep_info and info is not None:
            skipped.add(info)
        numbers = {old: self._reserve() for old in sorted(objects) if old not in skipped}
        numbers[pages_tree] = self.pages_root

        tags: dict[bytes, bytes] = {}

        def retag(match: re.Match[bytes]) -> bytes:
            if match.group(1) not in tags:
                number, letters = self.subsets, []
                for _ in range(6):
                    number, letter = divmod(number, 26)
                    letters.append(65 + letter)
                tags[match.group(1)] = bytes(reversed(letters))
                self.subsets += 1
            return b"/" + tags[match.group(1)] + b"+"

        def renumber(match: re.Match[bytes]) -> bytes:
            old = int(match.group(1))
            if old not in numbers:
                raise ValueError(f"the PDF refers to object {old}, which it does not hold")
            return b"%d 0 R" % numbers[old]

        for old in sorted(objects):
            if old in skipped:
                continue
            if old == info:
                self._object(numbers[old], objects[old])  # plain strings: nothing to renumber, nothing to misread
                continue
            head, stream = _dictionary_part(objects[old])
            self._object(numbers[old], _SUBSET_TAG.sub(retag, _REFERENCE.sub(renumber, head)) + stream)
        pages = [numbers[n] for n in kids]
        return pages, numbers.get(info) if keep_info and info is not None else None

    def finish(self, pages: list[int], info: int | None = None) -> None:
        """The page tree (``pages`` in order), the catalogue, the cross-reference table and the trailer."""
        kids = b" ".join(b"%d 0 R" % page for page in pages)
        self._object(self.pages_root, b"<< /Type /Pages /Count %d /Kids [ %s ] >>" % (len(pages), kids))
        catalog = self._reserve()
        self._object(catalog, b"<< /Type /Catalog /Pages %d 0 R /PageMode /UseNone >>" % self.pages_root)
        if any(offset < 0 for offset in self.offsets[1:]):
            raise ValueError("an object was reserved but never written")
        identity = self.digest.hexdigest().encode()
        xref = self.position
        entries = [b"0000000000 65535 f \n"] + [b"%010d 00000 n \n" % offset for offset in self.offsets[1:]]
        self._write(b"xref\n0 %d\n" % len(self.offsets) + b"".join(entries))
        info_ref = b" /Info %d 0 R" % info if info is not None else b""
        self._write(b"trailer\n<< /Size %d /Root %d 0 R%s /ID [<%s><%s>] >>\nstartxref\n%d\n%%%%EOF\n"
                    % (len(self.offsets), catalog, info_ref, identity, identity, xref))

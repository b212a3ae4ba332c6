"""Telling a text file's encoding, and never storing mojibake.

Offices save registers from whatever they have: Excel's "CSV UTF-8" (with a
byte-order mark), plain CSV in the Windows code page (Windows-1251 for
Cyrillic), "Unicode text" (UTF-16 with tabs), and files that passed through a
Unix mail system in KOI8-R.  :func:`decode_text` tries, in order:

1. a byte-order mark (UTF-8, UTF-16 LE/BE);
2. UTF-16 without a mark (every other byte zero);
3. strict UTF-8;
4. charset-normalizer among the code pages an office in the region writes
   (Windows-1251, KOI8-R, DOS 866, Mac Cyrillic, Windows-1252).

Whatever was chosen, the text is then checked for the marks of a wrong
reading (:func:`garbled_sample`): KOI8-R read as Windows-1251 gives
«лПНРШАФЕТ», UTF-8 read as Windows-1251 gives «РљРѕРјРї», UTF-8 read as
Latin-1 gives "ÐšÐ¾Ð¼". Such a file is refused with a sample of what was
seen, so no garbled name reaches the database.
"""

from __future__ import annotations

import codecs
import re

from equipment_desk.core.errors import InputError, Problem

CANDIDATES = ("cp1251", "koi8_r", "cp866", "mac_cyrillic", "cp1252")
_NAMES = {"cp1251": "Windows-1251", "koi8_r": "KOI8-R", "cp866": "DOS 866", "mac_cyrillic": "Mac Cyrillic", "cp1252": "Windows-1252"}

_INVERTED_CASE = re.compile(r"\b[а-яё][А-ЯЁ]{3,}\b")
_CYRILLIC_WORD = re.compile(r"\b[А-Яа-яЁё]{3,}\b")
_UTF8_AS_CP1251 = re.compile(r"[РС][ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—™љ›њќћџЎўЈ¤Ґ¦§Ё©Є«¬®Ї°±Ііґµ¶·ё№є»јЅѕї]")
_UTF8_AS_LATIN = re.compile(r"[ÐÑ][\u0080-\u00bf‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|â€[™œ\u009d“”˜¦]")


def _refuse(message: str, source: str, **params) -> InputError:
    return InputError(Problem(message, params=params, source=source))


def garbled_sample(text: str) -> str | None:
    """A piece of ``text`` that shows it was decoded with the wrong code page, or ``None`` when it reads as text."""
    for pattern, minimum in ((_UTF8_AS_CP1251, 3), (_UTF8_AS_LATIN, 3)):
        found = list(pattern.finditer(text))
        if len(found) >= minimum:
            return _around(text, found[0].start())
    inverted = list(_INVERTED_CASE.finditer(text))
    if len(inverted) >= 3:
        words = len(_CYRILLIC_WORD.findall(text))
        if len(inverted) * 4 >= words:
            return _around(text, inverted[0].start())
    return None


def _around(text: str, position: int) -> str:
    start = max(0, text.rfind("\n", 0, position) + 1, position - 20)
    piece = text[start:start + 40].split("\n")[0]
    return piece.strip()


def _utf16_without_mark(data: bytes) -> str | None:
    head = data[:2000]
    if len(head) < 4:
        return None
    odd_zeros = head[1::2].count(0) / max(1, len(head) // 2)
    even_zeros = head[0::2].count(0) / max(1, len(head) // 2)
    if odd_zeros > 0.3 and even_zeros < 0.05:
        return "utf-16-le"
    if even_zeros > 0.3 and odd_zeros < 0.05:
        return "utf-16-be"
    return None


def decode_text(data: bytes, source: str) -> tuple[str, str]:
    """Decode a CSV's bytes; returns ``(text, encoding)`` or raises :class:`InputError` (see the module text)."""
    text, encoding = _decode(data, source)
    sample = garbled_sample(text)
    if sample is not None:
        raise _refuse("the text reads as garbled characters ({sample}) when read as {encoding}; the file's encoding cannot be told "
                      "for sure: save it as CSV UTF-8 (or as XLSX) and import that", source, sample=sample,
                      encoding=_NAMES.get(encoding, encoding.upper()))
    return text, encoding


def _decode(data: bytes, source: str) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as error:
            raise _refuse("the file says it is UTF-8 but is not (byte {position})", source, position=error.start) from error
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(name), "utf-16"
            except UnicodeDecodeError as error:
                raise _refuse("the file says it is UTF-16 but is not", source) from error
    wide = _utf16_without_mark(data)
    if wide is not None:
        try:
            return data.decode(wide), "utf-16"
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:4096]:
        raise _refuse("the file is not a text file (it contains NUL bytes); export the sheet as CSV or XLSX", source)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(CANDIDATES)).best()
    if best is None or best.encoding not in CANDIDATES:
        raise _refuse("the text encoding is not recognised; save the file as CSV UTF-8 (or as XLSX)", source)
    text = str(best)
    if best.encoding in _CYRILLIC_PAGES:
        text, encoding = _most_letters(data, text, best.encoding)
        return text, encoding
    if best.encoding == "cp1252" and not _mostly_latin(text):
        raise _refuse("the text encoding is not recognised; save the file as CSV UTF-8 (or as XLSX)", source)
    return text, best.encoding


_CYRILLIC_PAGES = ("cp1251", "koi8_r", "cp866", "mac_cyrillic")
_RUSSIAN_LETTER = re.compile(r"[А-Яа-яЁё]")
_FREQUENT_LETTERS = re.compile(r"[оеаинтсрвл]")
"""The ten most frequent Russian small letters: a wrong code page moves them to others."""


def _reading_score(text: str) -> tuple[int, int]:
    return len(_FREQUENT_LETTERS.findall(text)), len(_RUSSIAN_LETTER.findall(text))


def _most_letters(data: bytes, text: str, encoding: str) -> tuple[str, str]:
    """The Cyrillic code page whose reading looks most like Russian (its frequent small letters, then all its letters);
    the detector's choice unless another reads strictly better.

    Short Windows-1251 text whose capitals are few can be taken for Mac Cyrillic (the two share the small letters):
    «Наименование» would read «Ќаименование», «Цена» «÷ена»; that reading turns every capital into a symbol.
    """
    best_text, best_encoding, best_score = text, encoding, _reading_score(text)
    for other in _CYRILLIC_PAGES:
        if other == encoding:
            continue
        try:
            candidate = data.decode(other)
        except UnicodeDecodeError:
            continue
        score = _reading_score(candidate)
        if score > best_score:
            best_text, best_encoding, best_score = candidate, other, score
    return best_text, best_encoding


def _mostly_latin(text: str) -> bool:
    """Windows-1252 is believed only for West European text: letters, not a run of symbols."""
    high = [ch for ch in text if ord(ch) > 127]
    return bool(high) and sum(1 for ch in high if ch.isalpha()) >= 0.8 * len(high)

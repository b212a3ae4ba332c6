"""The printed act read to the letter: the faults a careful Russian and English reader found, read back from the PDF.

Each act here is a new one (the current content version, the fixed texts of the files as they are now); acts sealed
before keep what they printed (``test_sealed_reprints.py``).
"""

from __future__ import annotations

import copy
import io
import re

from pypdf import PdfReader

from equipment_desk.core import act_texts
from equipment_desk.core.hashing import FORMAT, SEALED_TEXTS_KEY
from equipment_desk.documents.certificate import render_certificate
from tests.documents.conftest import flat
from tests.documents.factory import make_act, simple_lines


def new_act(**kwargs) -> dict:
    """An act sealed now: the factory's act in the current content version with the files' fixed texts."""
    act = copy.deepcopy(make_act(**kwargs))
    act["format"] = FORMAT
    act[SEALED_TEXTS_KEY] = {lang: act_texts.load(lang).snapshot() for lang in act["languages"]}
    return act


def lines_of(data: bytes) -> list[str]:
    """Every printed line, as the reader sees it (a no-break space read as a space)."""
    out: list[str] = []
    for page in PdfReader(io.BytesIO(data)).pages:
        out += [" ".join(line.replace("\u00a0", " ").split()) for line in (page.extract_text() or "").split("\n")]
    return out


def text_of(data: bytes) -> str:
    return flat(" ".join(lines_of(data)))


MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


def test_the_russian_fixed_texts_write_e_throughout_as_the_title_does() -> None:
    """«АКТ ПРИЕМА-ПЕРЕДАЧИ» (DOMAIN.md: «Акт приема-передачи») is spelt with «е»; the clauses and labels were
    mixing in «ё» («Курс пересчёта», «учёта», «счёте», «её», «трёх»)."""
    for key, value in act_texts.load("ru").tables["texts"].items():
        assert "ё" not in value and "Ё" not in value, key
    assert "ё" not in act_texts.load("ru").tables["copies"]["three"] + act_texts.load("ru").tables["copies"]["four"]
    text = text_of(render_certificate(new_act(lines=simple_lines(2), transfer_type="custody"), copies=3))
    assert "Курс пересчета: 1 USD = 68,8395 KGS" in text
    assert "на забалансовом счете" in text and "по ее первому требованию" in text and "с учетом нормального износа" in text
    assert "составлен в трех экземплярах" in text
    assert "АКТ ПРИЕМА-ПЕРЕДАЧИ" in text


def test_the_property_is_a_quoted_defined_term_like_the_parties() -> None:
    """DOMAIN.md: defined terms are quoted — «(далее — «Передающая сторона»)», so also «(далее — «Имущество»)»."""
    text = text_of(render_certificate(new_act(lines=simple_lines(1))))
    assert "следующее имущество (далее — «Имущество»):" in text
    assert "(далее — Имущество)" not in text
    for lang, term in (("kk", "«Мүлік»"), ("ky", "«Мүлк»"), ("tg", "«Амвол»"), ("uz", "«Mol-mulk»"),
                       ("uz-Cyrl", "«Мол-мулк»"), ("tk", "«Emläk»")):
        for key in ("operative_title", "operative_custody"):
            assert f"— {term})" in act_texts.load(lang).text(key), (lang, key)


def test_an_english_date_never_breaks_between_its_day_month_and_year() -> None:
    """The rate note printed «effective 1 / February 2018» over two lines."""
    data = render_certificate(new_act(lines=simple_lines(1, unit_value=1)))
    lines = lines_of(data)
    assert any("1 February 2018)" in line for line in lines)
    for first, second in zip(lines, lines[1:]):
        assert not (re.search(r"\b\d{1,2}$", first) and re.match(rf"({MONTHS})\b", second)), (first, second)
        assert not (re.search(rf"\b({MONTHS})$", first) and re.match(r"\d{4}\b", second)), (first, second)


def test_the_english_copies_clause_fits_two_copies() -> None:
    """«all of equal legal force» said of two copies; «each» fits two, three and four."""
    text = text_of(render_certificate(new_act(lines=simple_lines(1))))
    assert "drawn up in two copies in Russian and English, each of equal legal force, one copy for each Party." in text

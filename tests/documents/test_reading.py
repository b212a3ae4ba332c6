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


def test_a_currency_mark_never_breaks_over_two_lines() -> None:
    """«Эквивалент в долларах США: 34 550,77 долл. / США», «11 768,39 АҚШ / долл.» broke inside the mark."""
    lines = lines_of(render_certificate(new_act(lines=simple_lines(1, unit_value=2_365_000_00))))
    assert "Эквивалент в долларах США: 34 355,28 долл. США" in " ".join(lines)
    assert "34 355,28 долл. США" in lines
    for first, second in zip(lines, lines[1:]):
        assert not (first.endswith("долл.") and second.startswith("США")), (first, second)
    for lang, mark in (("kk", "АҚШ долл."), ("ky", "АКШ долл."), ("tg", "долл. ИМА"), ("tk", "ABŞ doll.")):
        act = new_act(lines=simple_lines(1, unit_value=2_365_000_00), languages=[lang, "ru"])
        for key in ("place", "goods"):
            act[key][lang] = act[key]["ru"]
        for party in ("transferor", "recipient"):
            act[party]["organisation"][lang] = act[party]["organisation"]["ru"]
            for field in ("name", "title", "authority"):
                act[party]["signatory"][field][lang] = act[party]["signatory"][field]["ru"]
        act["programme"]["name"][lang] = act["programme"]["name"]["ru"]
        act["programme"]["donors"][0]["name"][lang] = act["programme"]["donors"][0]["name"]["ru"]
        act["basis"][lang] = act["basis"]["ru"]
        act["rate"]["source"][lang] = act["rate"]["source"]["ru"]
        for line in act["lines"]:
            line["name"] = {"ru": line["name"], "en": line["name"], lang: line["name"]}
        printed = " ".join(lines_of(render_certificate(act)))
        assert f"34 355,28 {mark}" in printed, lang
        head, tail = mark.split(" ")
        lines = lines_of(render_certificate(act))
        for first, second in zip(lines, lines[1:]):
            assert not (first.endswith(head) and second.startswith(tail)), (lang, first, second)


def test_a_void_reason_prints_beside_the_language_it_is_written_in_only() -> None:
    """«Акт аннулирован 16.02.2018. Причина: Serial numbers of lines 3 and 4 were swapped» put English into the
    Russian line; the Russian line now ends with its first sentence, the reason follows in the English one."""
    lines = lines_of(render_certificate(new_act(lines=simple_lines(2), status="void")))
    russian = next(line for line in lines if line.startswith("Акт аннулирован"))
    assert russian == "Акт аннулирован 16.02.2018."
    assert "This act was voided on 16 February 2018. Reason: Serial numbers of lines 3 and 4 were swapped" in " ".join(lines)
    act = new_act(lines=simple_lines(2), status="void")
    act["void"]["reason"] = "Перепутаны серийные номера строк 3 и 4"
    text = " ".join(lines_of(render_certificate(act)))
    assert "Акт аннулирован 16.02.2018. Причина: Перепутаны серийные номера строк 3 и 4" in text
    assert "This act was voided on 16 February 2018. Причина" not in text and "Reason: Перепутаны" not in text


def test_the_english_preamble_puts_the_article_before_an_institution() -> None:
    """«…, and General Prosecutor's Office of the Kyrgyz Republic (the “Receiving Party”)» lacked its article;
    a name that starts with an acronym («UNODC Programme Office») or with «the» is left as written."""
    first = text = text_of(render_certificate(new_act(lines=simple_lines(1))))
    assert "and the General Prosecutor's Office of the Kyrgyz Republic (the “Receiving Party”)" in text
    assert "UNODC Programme Office in the Kyrgyz Republic (the “Transferring Party”)" in text
    assert "The UNODC" not in text and "the the" not in text.lower()
    act = new_act(lines=simple_lines(1))
    act["transferor"]["organisation"]["en"] = "Regional Office for Central Asia of UNODC"
    act["recipient"]["organisation"]["en"] = "the Ministry of Health"
    text = text_of(render_certificate(act))
    assert "The Regional Office for Central Asia of UNODC (the “Transferring Party”)" in text
    assert "and the Ministry of Health (the “Receiving Party”)" in text
    # the letterhead and the signature block keep the name as recorded
    assert "Генеральная прокуратура Кыргызской Республики General Prosecutor's Office of the Kyrgyz Republic" in first

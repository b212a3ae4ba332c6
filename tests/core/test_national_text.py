"""Texts in the national languages: Uzbek apostrophes respelled, texts in the wrong column named."""

from __future__ import annotations

import pytest

from equipment_desk.core import languages as printed
from equipment_desk.core.national_text import FOREIGN_LETTERS, OKINA, OWN_LETTERS, TUTUQ, normalise, text_problems


@pytest.mark.parametrize(("typed", "spelled"), [
    ("O'zbekiston", "O\u02bbzbekiston"),
    ("g\u2018alaba", "g\u02bbalaba"),
    ("o`quv", "o\u02bbquv"),
    ("ma'lumot", "ma\u02bclumot"),
    ("san\u2019at", "san\u02bcat"),
    ("ta\u02bblim", "ta\u02bclim"),          # ʻ belongs only after o and g
    ("mo\u02bcjiza", "mo\u02bcjiza"),        # an ʼ typed after o is the tutuq belgisi and is kept
    ("'Ishonch' jamiyati", "'Ishonch' jamiyati"),  # quotes around a word are not letters
    ("Oʻzbekiston Respublikasi", "Oʻzbekiston Respublikasi"),
])
def test_uzbek_apostrophes_are_written_as_the_letters_the_spelling_wants(typed, spelled):
    assert normalise("uz", typed) == spelled
    assert normalise("uz", spelled) == spelled


@pytest.mark.parametrize("code", ["kk", "ky", "tg", "uz-Cyrl", "tk", "ru", "en"])
def test_only_uzbek_latin_is_respelled(code):
    assert normalise(code, "O'Neill ma'lumot") == "O'Neill ma'lumot"


@pytest.mark.parametrize(("code", "text"), [
    ("kk", "Қазақстан Республикасы Бас прокуратурасы"), ("ky", "Кыргыз Республикасынын Башкы прокуратурасы"),
    ("tg", "Прокуратураи генералии Ҷумҳурии Тоҷикистон"), ("uz", "Oʻzbekiston Respublikasi Davlat bojxona qoʻmitasi"),
    ("uz-Cyrl", "Ўзбекистон Республикаси Давлат божхона қўмитаси"), ("tk", "Türkmenistanyň Döwlet gümrük gullugy"),
    ("tg", "Ноутбук HP ProBook 450"),  # brand names in Latin letters inside a Cyrillic text
    ("kk", "Что это?"),  # a question mark ends a word
])
def test_texts_in_their_own_language_pass(code, text):
    assert text_problems(code, text) == []


@pytest.mark.parametrize(("code", "text", "start"), [
    ("tg", "Laptop HP", "has no Cyrillic letters"),
    ("uz", "Ўзбекистон", "has no Latin letters"),
    ("ky", "Қазақстан", "has letters that {language} does not use"),
    ("kk", "Тоҷикистон", "has letters that {language} does not use"),
    ("tg", "Кыргызстан Өкмөтү", "has letters that {language} does not use"),
    ("uz", "Türkmenistanyň", "has letters that {language} does not use"),
    ("tk", "Oʻzbekiston", "has letters that {language} does not use"),
    ("kk", "?аза?стан", "has ? where letters should be"),
    ("ky", "Б\ufffdшкы", "has ? where letters should be"),
])
def test_a_text_in_the_wrong_column_is_named(code, text, start):
    problems = text_problems(code, text)
    assert len(problems) == 1 and problems[0].message.startswith(start)
    assert problems[0].params["language"] == code
    assert printed.BY_CODE[code].english in problems[0].text()


def test_the_foreign_letters_are_other_languages_own_and_never_ones_own():
    for code, own in OWN_LETTERS.items():
        assert not set(own) & FOREIGN_LETTERS[code]
    assert FOREIGN_LETTERS["ky"] >= set("әғқұһіӣӯҳҷў")
    assert FOREIGN_LETTERS["tk"] == {OKINA, TUTUQ}
    assert "ç" not in FOREIGN_LETTERS["uz"] and "ň" in FOREIGN_LETTERS["uz"]

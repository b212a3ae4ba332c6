"""Units of measure: labels per language and reading what people type."""

from __future__ import annotations

import pytest

from equipment_desk.core.errors import InputError
from equipment_desk.core.languages import CODES
from equipment_desk.core.units import UNIT_CODES, UNITS, parse_unit, unit_label


def test_codes_are_those_of_the_act_json():
    assert UNIT_CODES == ("pcs", "set", "kit", "pair", "pack", "m", "kg", "l")
    for labels in UNITS.values():
        assert set(labels) == set(CODES)


@pytest.mark.parametrize(
    ("code", "lang", "label"),
    [
        ("pcs", "en", "pcs"),
        ("pcs", "ru", "шт."),
        ("pcs", "kk", "дана"),
        ("pcs", "tg", "дона"),
        ("set", "en", "set"),
        ("set", "ru", "компл."),
        ("kg", "ru", "кг"),
        ("pcs", "ky", "даана"),
        ("kit", "uz", "to\u02bbplam"),
        ("pair", "uz-Cyrl", "жуфт"),
        ("pcs", "tk", "sany"),
        ("pair", "tk", "jübüt"),
        ("kg", "uz", "kg"),
        ("pcs", "de", "pcs"),  # a language without labels falls back to English
        ("box", "ru", "box"),  # an unknown code prints as given
    ],
)
def test_unit_label(code, lang, label):
    assert unit_label(code, lang) == label


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("pcs", "pcs"),
        (" PCS ", "pcs"),
        ("pieces", "pcs"),
        ("шт", "pcs"),
        ("шт.", "pcs"),
        ("Штук", "pcs"),
        ("штуки", "pcs"),
        ("ед.", "pcs"),
        ("дана", "pcs"),
        ("компл", "set"),
        ("компл.", "set"),
        ("Комплект", "set"),
        ("комплектов", "set"),
        ("set", "set"),
        ("набор", "kit"),
        ("kit", "kit"),
        ("пара", "pair"),
        ("pairs", "pair"),
        ("упак.", "pack"),
        ("упаковка", "pack"),
        ("package", "pack"),
        ("м", "m"),  # Cyrillic
        ("metres", "m"),
        ("кг", "kg"),
        ("килограмм", "kg"),
        ("л", "l"),
        ("litre", "l"),
        ("даана", "pcs"),
        ("sany", "pcs"),
        ("toʻplam", "kit"),
        ("to'plam", "kit"),  # Uzbek ʻ typed as an apostrophe, a quote or a backtick
        ("TO‘PLAM", "kit"),
        ("to`plam", "kit"),
        ("жуфт", "pair"),
        ("Таңгак", "pack"),
    ],
)
def test_parse_unit_reads_codes_labels_and_words(text, code):
    assert parse_unit(text) == code


@pytest.mark.parametrize("code", UNIT_CODES)
def test_every_label_parses_back(code):
    for lang in CODES:
        assert parse_unit(unit_label(code, lang)) == code


@pytest.mark.parametrize(("text", "says"), [("", "must not be empty"), ("  ", "must not be empty"), ("коробка", "unknown unit коробка")])
def test_parse_unit_refuses(text, says):
    with pytest.raises(InputError) as error:
        parse_unit(text)
    assert says in str(error.value)
    assert error.value.problems[0].field == "unit"
    if says.startswith("unknown"):
        assert "expected one of pcs, set, kit, pair, pack, m, kg, l" in str(error.value)

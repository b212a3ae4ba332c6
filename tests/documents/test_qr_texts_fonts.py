"""The verification code's text, the fixed texts of the act, and the bundled font."""

from __future__ import annotations

import string

import pytest

from equipment_desk.core.errors import InputError
from equipment_desk.documents import texts as tx
from equipment_desk.documents.fonts import BOLD, LICENCE_FILE, REGULAR, REQUIRED_CHARACTERS, fonts_dir, missing_characters
from equipment_desk.documents.qr import find_payload, parse_qr_payload, qr_payload

HASH = "9b2f" + "0123456789abcdef" * 3 + "a1b2c3d4e5f6"


# --- the code ---------------------------------------------------------------------------------


def test_payload_is_short_versioned_and_reads_back() -> None:
    text = qr_payload("BISH-2018-0001", "BISH", HASH)
    assert text == f"EQD1|BISH-2018-0001|BISH|{HASH}"
    assert len(text) < 100 and set(text) <= set(string.printable)
    parsed = parse_qr_payload(f"  {text[:-64]}{HASH.upper()}\n")  # as a scanner may hand it over
    assert (parsed.number, parsed.office_code, parsed.content_hash) == ("BISH-2018-0001", "BISH", HASH)


@pytest.mark.parametrize("bad", [
    "", "hello", f"EQD2|BISH-2018-0001|BISH|{HASH}", f"EQD1|BISH-2018-0001|BISH|{HASH[:-1]}",
    f"EQD1||BISH|{HASH}", f"EQD1|BISH 2018|BISH|{HASH}", f"EQD1|BISH-2018-0001|BISH|{HASH}|extra",
    f"EQD1|BISH-2018-0001|BI SH|{HASH}", f"EQD1|BISH-2018-0001|BISH|{'g' * 64}",
])
def test_payload_rejects_what_is_not_ours(bad: str) -> None:
    with pytest.raises(InputError):
        parse_qr_payload(bad)


def test_payload_is_found_inside_page_text() -> None:
    code = qr_payload("ROCA-2018-0007", "ROCA", HASH)
    assert find_payload(f"Код проверки / Verification code: {code} Стр. 1 из 2") == code
    assert find_payload("no code here") is None


# --- texts ---------------------------------------------------------------------------------------


def test_every_frozen_text_of_old_acts_exists_in_their_four_languages_with_the_same_slots() -> None:
    from equipment_desk.documents.legacy_texts import _T, LANGUAGES

    for key, per_language in _T.items():
        slots = {lang: {s[1] for s in string.Formatter().parse(per_language[lang]) if s[1]} for lang in LANGUAGES}
        assert len({frozenset(v) for v in slots.values()}) == 1, f"{key}: {slots}"
        assert all(per_language[lang].strip() for lang in LANGUAGES), key


def test_every_fixed_text_prints_with_the_bundled_font() -> None:
    from equipment_desk.documents.legacy_texts import _T

    every_text = "".join(text for per_language in _T.values() for text in per_language.values())
    assert missing_characters(every_text) == set()
    assert missing_characters(every_text, BOLD) == set()


def test_dates() -> None:
    assert tx.format_date("2018-02-15", "en") == "15\u00a0February\u00a02018"  # never broken over two lines
    for lang in ("ru", "kk", "ky", "tg", "uz", "uz-Cyrl", "tk"):
        assert tx.format_date("2018-02-05", lang) == "05.02.2018"
    assert tx.format_date("2018-02-16T08:00:00Z", "ru") == "16.02.2018"
    assert tx.format_date(None, "ru") == ""
    assert tx.format_date("not a date", "kk") == "not a date"


def test_copies_clause_names_the_languages_and_count_grammatically() -> None:
    w = tx.current_words(tx.LANGUAGES)
    assert "в двух экземплярах на русском и английском языках" in w.copies_clause(1, ("ru", "en"), "ru")
    assert "в трех экземплярах на казахском и русском языках" in w.copies_clause(3, ("kk", "ru"), "ru")
    assert "на русском языке" in w.copies_clause(2, ("ru",), "ru")
    assert "in two copies in Russian and English" in w.copies_clause(2, ("ru", "en"), "en")
    assert "қазақ және орыс тілдерінде" in w.copies_clause(2, ("kk", "ru"), "kk")
    assert "дар ду нусха ба забонҳои тоҷикӣ ва русӣ" in w.copies_clause(2, ("tg", "ru"), "tg")
    assert w.copies_clause(2, ("ky", "ru"), "ky") == (
        "6. Ушул акт кыргыз жана орус тилдеринде бирдей юридикалык күчкө ээ эки нускада түзүлдү, ар бир Тарапка бирден нуска.")
    assert "oʻzbek va ingliz tillarida bir xil yuridik kuchga ega ikki nusxada" in w.copies_clause(2, ("uz", "en"), "uz")
    assert "türkmen we rus dillerinde deň ýuridiki güýje eýe bolan üç nusgada" in w.copies_clause(3, ("tk", "ru"), "tk")
    assert "в двух экземплярах на туркменском и русском языках" in w.copies_clause(2, ("tk", "ru"), "ru")


def test_a_recorded_text_prints_only_in_its_own_language() -> None:
    value = {"en": "Bishkek", "ru": "г. Бишкек"}
    assert tx.pick(value, "kk") == ""  # never the Russian text in a Kazakh column
    assert tx.pick(value, "en") == "Bishkek"
    assert tx.pick({"en": "Bishkek"}, "ru") == ""
    assert tx.pick("Азизбек Усубалиев", "en") == "Азизбек Усубалиев"  # one text for every language (version 1)
    assert tx.pick(None, "ru") == ""


def test_old_acts_keep_the_fallback_they_printed_with() -> None:
    from equipment_desk.documents.legacy_texts import filled_as_then

    act = {"place": {"en": "Bishkek", "ru": "г. Бишкек"}, "lines": [{"name": {"en": "Laptop", "ru": ""}, "quantity": 2}],
           "programme": {"code": "XAC/Z60"}}
    filled = filled_as_then(act, ("kk", "ru"))
    assert filled["place"] == {"en": "Bishkek", "ru": "г. Бишкек", "kk": "г. Бишкек"}
    assert filled["lines"][0]["name"] == {"en": "Laptop", "ru": "Laptop", "kk": "Laptop"}
    assert filled["programme"] == {"code": "XAC/Z60"} and filled["lines"][0]["quantity"] == 2


# --- the font ------------------------------------------------------------------------------------


def test_font_and_licence_are_bundled() -> None:
    folder = fonts_dir()
    assert (folder / "DejaVuSans.ttf").is_file() and (folder / "DejaVuSans-Bold.ttf").is_file()
    licence = (folder / LICENCE_FILE).read_text(encoding="utf-8")
    assert "Bitstream" in licence and "DejaVu changes are in public domain" in licence


@pytest.mark.parametrize("face", [REGULAR, BOLD])
def test_font_covers_central_asian_cyrillic_and_signs(face: str) -> None:
    assert missing_characters(REQUIRED_CHARACTERS, face) == set()
    assert missing_characters("\u20c0", face) == {"\u20c0"}, "the check must notice a missing glyph"


def test_fast_mask_choice_scores_exactly_like_reportlab() -> None:
    """The QR mask is chosen with our faster penalty count; it must agree with reportlab's."""
    import random

    from reportlab.graphics.barcode import qrencoder

    from equipment_desk.documents.qr import lost_points

    rng = random.Random(7)
    for k in range(6):
        payload = qr_payload(f"ROCA-2018-{k:04d}", "ROCA", f"{rng.getrandbits(256):064x}")
        code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        code.addData(payload)
        code.version = code.calculate_version()
        for mask in range(8):
            code.makeImpl(True, mask)
            assert lost_points(code.modules) == qrencoder.QRUtil.getLostPoint(code), (k, mask)


def test_registering_the_fonts_never_searches_the_disk_for_afm_files() -> None:
    """reportlab's getFont on an unknown name parses every AFM file it finds (a third of a second per process)."""
    import subprocess
    import sys

    script = (
        "from reportlab.pdfbase import pdfmetrics\n"
        "def searched(*args, **kwargs):\n"
        "    raise SystemExit('searched the disk for AFM files')\n"
        "pdfmetrics.bruteForceSearchForAFM = searched\n"
        "from equipment_desk.documents.fonts import register_fonts, REGULAR, BOLD\n"
        "assert register_fonts() == (REGULAR, BOLD)\n"
        "assert {REGULAR, BOLD} <= set(pdfmetrics.getRegisteredFontNames())\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("face", [REGULAR, BOLD])
def test_every_letter_of_every_language_file_has_a_glyph_in_the_embedded_font(face: str) -> None:
    from equipment_desk.core import act_texts
    from equipment_desk.core.languages import CODES

    every_text = "".join(value for code in CODES for table in act_texts.load(code).tables.values() for value in table.values())
    assert missing_characters(every_text, face) == set()
    # the letters of the five state languages, capitals too (Uzbek's oʻ gʻ with U+02BB, the tutuq belgisi U+02BC)
    letters = "әғқңөұүһіӘҒҚҢӨҰҮҺІ" "ңөүҢӨҮ" "ғӣқӯҳҷҒӢҚӮҲҶ" "ўқғҳЎҚҒҲ" "oʻgʻOʻGʻʼ" "ňşýäžöüçŇŞÝÄŽÖÜÇ"
    assert missing_characters(letters, face) == set()

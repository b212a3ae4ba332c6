"""The handover certificate, read back from the PDF it produces."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from equipment_desk.core.errors import InputError
from equipment_desk.documents.certificate import render_certificate
from equipment_desk.documents.qr import INFO_KEY, parse_qr_payload
from tests.documents.conftest import page_texts
from tests.documents.factory import make_act, simple_lines

ROOT = Path(__file__).resolve().parents[2]


# --- content ---------------------------------------------------------------------------------


def test_title_place_date_and_parties(gpo_pages: list[str]) -> None:
    first = gpo_pages[0]
    assert "АКТ ПРИЕМА-ПЕРЕДАЧИ № BISH-2018-0001" in first
    assert "ACT OF ACCEPTANCE AND TRANSFER No. BISH-2018-0001" in first
    assert "Компьютеры и сопутствующее оборудование — Программа УНП ООН для Центральной Азии" in first
    assert "г. Бишкек / Bishkek" in first
    assert "15.02.2018 / 15 February 2018" in first
    assert ("Программный офис УНП ООН в Кыргызской Республике (далее — «Передающая сторона») в лице "
            "руководителя офиса Жээнбекова Алмаза, действующего на основании делегирования полномочий "
            "от 01.01.2018, и Генеральная прокуратура Кыргызской Республики (далее — «Принимающая сторона») "
            "в лице начальника отдела правовой статистики Усубалиева Азизбека, действующего на основании "
            "приказа № 15 от 12.01.2018, далее совместно именуемые «Стороны», составили") in first
    assert ("(the “Transferring Party”), represented by Mr Almaz Zheenbekov, Head of Office, acting under the "
            "delegation of authority of 1 January 2018") in first
    assert "(the “Receiving Party”), represented by Mr Azizbek Usubaliev, Head of the Legal Statistics Unit" in first
    assert "Донор: Правительство Японии" in first
    assert "Documents: Request letter No. 12/345 of 10.01.2018" in first


def test_operative_clause_follows_the_transfer_type(gpo_pages: list[str]) -> None:
    assert "приняла безвозмездно в собственность" in gpo_pages[0]
    custody = "".join(page_texts(render_certificate(make_act(lines=simple_lines(2), transfer_type="custody"))))
    assert "приняла безвозмездно во временное пользование" in custody
    assert "free of charge for temporary custody and use" in custody
    assert "Право собственности на Имущество сохраняется за Передающей стороной" in custody
    assert "в собственность" not in custody


def test_item_rows_and_totals(gpo_pages: list[str]) -> None:
    text = " ".join(gpo_pages)
    for line_no in (1, 25, 50):
        assert f" {line_no} " in text
    # the name in both languages, Russian (the first column's) first
    assert ("50 Стоечный сервер с лицензией Windows Server 2016 Rack server with Windows Server 2016 licence "
            "HP ProLiant DL380 Gen10 CZC8021350 UNODC-KG-2018-0050 шт. pcs 1 250 000,00 250 000,00") in text
    assert "Итого / Total 50 2 150 000,00" in text
    assert "Общее количество: 50" in text
    assert "Общая сумма: 2 150 000,00 сом" in text
    assert "Total amount: KGS 2,150,000.00" in text
    assert "Сумма прописью: Два миллиона сто пятьдесят тысяч сомов 00 тыйынов" in text
    assert "In words: Two million, one hundred and fifty thousand soms and 00 tyiyns" in text
    assert "Эквивалент в долларах США: 31 232,07 долл. США" in text
    assert "Equivalent in US dollars: USD 31,232.07" in text
    # each column names the source in its own language
    assert ("1 USD = 68,8395 KGS (операционный обменный курс ООН; источник: Казначейство ООН; "
            "действует с 01.02.2018)") in text
    assert "1 USD = 68.8395 KGS (UN operational rate of exchange; source: UN Treasury; effective 1 February 2018)" in text


def test_closing_clauses_and_signatures(gpo_pages: list[str]) -> None:
    last = " ".join(gpo_pages[-2:])
    assert "4. Имущество передано в исправном состоянии" in last
    assert "5. Принимающая сторона обязуется использовать Имущество по целевому назначению" in last
    assert ("6. Настоящий акт составлен в двух экземплярах на русском и английском языках, имеющих "
            "одинаковую юридическую силу, по одному экземпляру для каждой из Сторон.") in last
    assert "6. This act is drawn up in two copies in Russian and English, all of equal legal force" in last
    assert "Передал / Handed over by" in last and "Принял / Received by" in last
    assert last.count("подпись / signature") == 2
    assert last.count("М.П. / L.S.") == 2
    assert "Жээнбеков Алмаз Almaz Zheenbekov" in last and "Усубалиев Азизбек Azizbek Usubaliev" in last


WORDS = {
    "KGS": ("Два миллиона сто пятьдесят тысяч три сома 22 тыйына", "2 150 003,22 сом",
            "Two million, one hundred and fifty thousand and three soms and 22 tyiyns"),
    "UZS": ("Два миллиона сто пятьдесят тысяч три сума 22 тийина", "2 150 003,22 сум",
            "Two million, one hundred and fifty thousand and three sums and 22 tiyins"),
    "KZT": ("Два миллиона сто пятьдесят тысяч три тенге 22 тиына", "2 150 003,22 ₸",
            "Two million, one hundred and fifty thousand and three tenge and 22 tiyn"),
    "TJS": ("Два миллиона сто пятьдесят тысяч три сомони 22 дирама", "2 150 003,22 смн.",
            "Two million, one hundred and fifty thousand and three somoni and 22 dirams"),
    "TMT": ("Два миллиона сто пятьдесят тысяч три маната 22 тенге", "2 150 003,22 манат",
            "Two million, one hundred and fifty thousand and three manat and 22 tenge"),
    "USD": ("Два миллиона сто пятьдесят тысяч три доллара США 22 цента", "2 150 003,22 долл. США",
            "Two million, one hundred and fifty thousand and three US dollars and 22 cents"),
    "EUR": ("Два миллиона сто пятьдесят тысяч три евро 22 цента", "2 150 003,22 €",
            "Two million, one hundred and fifty thousand and three euros and 22 cents"),
}


@pytest.mark.parametrize("currency", sorted(WORDS))
def test_amount_in_figures_and_words_for_every_currency(currency: str) -> None:
    act = make_act(lines=simple_lines(1, unit_value=215_000_322), currency=currency, rate="12.5")
    text = " ".join(page_texts(render_certificate(act)))
    words_ru, figures_ru, words_en = WORDS[currency]
    assert f"Сумма прописью: {words_ru}" in text
    assert f"In words: {words_en}" in text
    assert f"Общая сумма: {figures_ru}" in text
    assert f"Total amount: {currency} 2,150,003.22" in text
    if currency == "USD":
        assert "Эквивалент в долларах США" not in text and "Exchange rate" not in text
    else:
        assert "Equivalent in US dollars: USD 172,000.26" in text
        assert f"1 USD = 12.50 {currency}" in text


def test_kazakh_and_tajik_act() -> None:
    act = make_act(lines=simple_lines(3), currency="KZT", languages=["kk", "tg"], rate="332.33")
    pages = page_texts(render_certificate(act))
    text = " ".join(pages)
    assert "ҚАБЫЛДАУ-ТАПСЫРУ АКТІСІ № BISH-2018-0001" in text
    assert "САНАДИ ҚАБУЛУ СУПОРИДАН № BISH-2018-0001" in text
    assert "Тапсырушы тарап төменде көрсетілген мүлікті" in text
    assert "ба моликияти Тарафи қабулкунанда супорид" in text
    assert "Жазбаша: Төрт мың бес жүз теңге 00 тиын" in text
    assert "Бо ҳарф: Чор ҳазору панҷсад тенге 00 тийин" in text
    assert "Тапсырды / Супорид" in text and "М.О. / Ҷ.М." in text
    assert "6. Осы акт қазақ және тәжік тілдерінде бірдей заңдық күші бар екі данада жасалды" in text
    assert f"{len(pages)} беттің 1-беті / Саҳифаи 1 аз {len(pages)}" in pages[0]


def test_language_choice_overrides_the_act_and_is_checked() -> None:
    act = make_act(lines=simple_lines(1))
    text = " ".join(page_texts(render_certificate(act, languages="en,ru")))
    assert text.index("ACT OF ACCEPTANCE AND TRANSFER") < text.index("АКТ ПРИЕМА-ПЕРЕДАЧИ")
    only_english = " ".join(page_texts(render_certificate(act, languages=["en"])))
    assert "АКТ ПРИЕМА-ПЕРЕДАЧИ" not in only_english
    assert "6. This act is drawn up in two copies in English, all of equal legal force" in only_english
    for bad in ("ru,de", "ru,en,kk", "ru,ru", ""):
        with pytest.raises(InputError):
            render_certificate(act, languages=bad)


# --- pages ---------------------------------------------------------------------------------


def test_every_page_has_its_footer(gpo_pages: list[str]) -> None:
    total = len(gpo_pages)
    assert total >= 3
    for number, text in enumerate(gpo_pages, start=1):
        assert "Акт № BISH-2018-0001 / Act No. BISH-2018-0001" in text
        assert f"Стр. {number} из {total} / Page {number} of {total}" in text


def test_table_header_repeats_on_every_page_with_rows(gpo_pages: list[str]) -> None:
    for text in gpo_pages:
        if not re.search(r"\bUNODC-KG-2018-\d{4}\b", text):
            continue
        assert "Наименование Name Марка, модель Make, model Серийный № Serial No." in text


def _long_top(act: dict, words: int) -> dict:
    """The act with a basis long enough to push the operative clause down page 1."""
    act["basis"] = {"en": "Request letter of the General Prosecutor's Office No. 12/345 of 10.01.2018 " + "and annexes " * words,
                    "ru": "Письмо-запрос Генеральной прокуратуры № 12/345 от 10.01.2018 " + "и приложения " * words}
    return act


HEADER = {"en": "Serial No.", "ru": "Серийный №"}
CLAUSE_END = {"en": "the following property (the “Property”):", "ru": "следующее имущество (далее — Имущество):"}
TOTAL = {"en": "Total", "ru": "Итого"}
SEAL = {"en": "L.S.", "ru": "М.П."}
LAST_CLAUSE = {"en": "6. This act is drawn up", "ru": "6. Настоящий акт составлен"}
ROW = re.compile(r"\b(\d+) Office chair (\d+)\b")


def check_layout(pages: list[str], count: int, lang: str) -> None:
    """The layout rules of an act's pages (text per page, white space flattened)."""
    rows = {int(m.group(2)): i for i, text in enumerate(pages) for m in ROW.finditer(text) if m.group(1) == m.group(2)}
    assert sorted(rows) == list(range(1, count + 1)), "an item row is missing"
    table_pages = sorted(set(rows.values()))
    # the table starts on the page where its clause ends
    clause = [i for i, text in enumerate(pages) if CLAUSE_END[lang] in text]
    assert clause == [table_pages[0]]
    page = pages[clause[0]]
    assert page.index(CLAUSE_END[lang]) < page.index("1 Office chair 1 ")
    # the header is on every page with rows, and only there
    assert [i for i, text in enumerate(pages) if HEADER[lang] in text] == table_pages
    # no page has fewer than two rows, unless the table has fewer
    per_page = [list(rows.values()).count(i) for i in table_pages]
    assert min(per_page) >= min(2, count), per_page
    # the total stays with the last line
    totals = [i for i, text in enumerate(pages) if re.search(rf"\b{TOTAL[lang]}( / Total)? {count} ", text)]
    assert totals == [rows[count]]
    # a table that fits on a page is not split
    if count <= 8:
        assert len(table_pages) == 1
    # the signature block is whole, once, with the last clause
    signed = [i for i, text in enumerate(pages) if text.count(SEAL[lang]) == 2]
    assert len(signed) == 1
    assert LAST_CLAUSE[lang] in pages[signed[0]]
    assert pages[signed[0]].index(LAST_CLAUSE[lang]) < pages[signed[0]].index(SEAL[lang])
    # nothing but the signatures' page after the totals' content
    assert signed[0] >= rows[count]


@pytest.mark.parametrize("count", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 17, 20, 26, 30, 34, 40, 50, 60, 70, 80])
def test_layout_rules_hold_for_acts_of_1_to_80_lines(count: int) -> None:
    pages = page_texts(render_certificate(make_act(lines=simple_lines(count))))
    check_layout(pages, count, "ru")


@pytest.mark.parametrize(("count", "currency", "languages", "words"), [
    (1, "TMT", None, 20),   # like the demo draft: the header and total went alone to page 2
    (1, "TMT", None, 60),
    (1, "TMT", None, 80),   # no room for a row: the clause moves with the table
    (2, "KGS", None, 50),   # was split 1 + 1
    (3, "KGS", None, 0),
    (3, "USD", None, 30),
    (6, "USD", ["en"], 40),
    (6, "USD", ["ru"], 30),
    (12, "KGS", None, 0),
    (12, "KGS", None, 45),
    (40, "KGS", ["en"], 10),
    (80, "UZS", None, 25),
])
def test_layout_rules_hold_whatever_pushes_the_table_down(count: int, currency: str, languages, words: int) -> None:
    act = _long_top(make_act(lines=simple_lines(count), currency=currency, rate="3.5", languages=languages), words)
    check_layout(page_texts(render_certificate(act)), count, (languages or ["ru"])[0])


def test_a_short_act_fills_page_one_and_keeps_its_table_together() -> None:
    """A three-line act: table, totals and clauses on page one; only what does not fit flows on."""
    pages = page_texts(render_certificate(make_act(lines=simple_lines(3))))
    assert all(f"{n} Office chair {n} " in pages[0] for n in (1, 2, 3))
    assert "Итого / Total 3 4 500,00" in pages[0]
    assert "3. Итоги передачи" in pages[0]


def test_money_headers_do_not_wrap_into_single_words() -> None:
    from equipment_desk.documents.certificate import _item_table
    from equipment_desk.documents.texts import words_for

    for currency in ("USD", "UZS", "KGS", "TJS"):
        act = make_act(lines=simple_lines(3), currency=currency, rate="3.5")
        grid = _item_table(act, ("ru", "en"), words_for(act, ("ru", "en")))
        header = grid.header[0]
        for column in (7, 8):
            texts = [" ".join(seg[0] for seg in line) for cell in header.cells if cell.first == column for line in cell.lines]
            assert len(texts) <= 4, (currency, texts)  # label and currency, one line each, per language


def test_copies_are_marked_and_numbered_each_on_its_own() -> None:
    pages = page_texts(render_certificate(make_act(lines=simple_lines(3)), copies=2))
    first = [p for p in pages if "Экземпляр 1 из 2 / Copy 1 of 2" in p]
    second = [p for p in pages if "Экземпляр 2 из 2 / Copy 2 of 2" in p]
    assert first and second and len(first) + len(second) == len(pages)
    assert f"Стр. 1 из {len(first)} / Page 1 of {len(first)}" in second[0]
    with pytest.raises(InputError):
        render_certificate(make_act(lines=simple_lines(1)), copies=0)


# --- state marks and verification code ------------------------------------------------------


def _info(data: bytes) -> dict:
    return dict(PdfReader(io.BytesIO(data)).metadata or {})


def test_finalized_act_carries_its_code_in_metadata_and_small_print(gpo_pdf: bytes, gpo_act: dict,
                                                                   gpo_pages: list[str]) -> None:
    code = _info(gpo_pdf)["/" + INFO_KEY]
    payload = parse_qr_payload(code)
    assert (payload.number, payload.office_code, payload.content_hash) == (
        "BISH-2018-0001", "BISH", gpo_act["content_hash"])
    for text in gpo_pages:
        assert f"Код проверки / Verification code: {code}" in text


def test_qr_image_decodes_to_the_code(gpo_pdf: bytes, tmp_path: Path) -> None:
    """Decode the printed QR code itself, where poppler and zbar are installed."""
    import shutil

    if not (shutil.which("pdftoppm") and shutil.which("zbarimg")):
        pytest.skip("pdftoppm and zbarimg are not installed")
    (tmp_path / "act.pdf").write_bytes(gpo_pdf)
    subprocess.run(["pdftoppm", "-r", "200", "-f", "1", "-l", "1", "-png", "act.pdf", "page"],
                   cwd=tmp_path, check=True)
    image = next(tmp_path.glob("page*.png"))
    out = subprocess.run(["zbarimg", "--quiet", "--raw", str(image)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == _info(gpo_pdf)["/" + INFO_KEY]


def test_draft_prints_watermark_and_no_number_or_code() -> None:
    data = render_certificate(make_act(lines=simple_lines(2), status="draft"))
    pages = page_texts(data)
    text = " ".join(pages)
    assert "ПРОЕКТ" in text and "DRAFT" in text
    assert "АКТ ПРИЕМА-ПЕРЕДАЧИ ACT OF ACCEPTANCE AND TRANSFER" in text  # no number after the title
    assert "№ BISH" not in text and "EQD1" not in text and "Проверка подлинности" not in text
    assert "/" + INFO_KEY not in _info(data)
    assert all("Проект акта / Draft act" in page for page in pages)


def test_void_act_prints_void_and_the_reason() -> None:
    pages = page_texts(render_certificate(make_act(lines=simple_lines(2), status="void")))
    text = " ".join(pages)
    assert "Акт аннулирован 16.02.2018. Причина: Serial numbers of lines 3 and 4 were swapped" in text
    assert "This act was voided on 16 February 2018. Reason: Serial numbers of lines 3 and 4 were swapped" in text
    assert all("АННУЛИРОВАН" in page and "VOID" in page for page in pages)


# --- reprints ---------------------------------------------------------------------------------


def test_reprint_is_byte_identical_in_this_process_and_across_its_later_life(gpo_act: dict, gpo_pdf: bytes) -> None:
    assert render_certificate(gpo_act) == gpo_pdf
    signed = dict(gpo_act, status="signed", signed={"date": "2018-02-20", "scan": None})
    assert render_certificate(signed) == gpo_pdf


def test_reprint_is_byte_identical_in_a_new_process(gpo_act: dict, gpo_pdf: bytes, tmp_path: Path) -> None:
    script = (
        "import sys; from tests.documents.factory import make_act;"
        "from equipment_desk.documents.certificate import render_certificate;"
        "sys.stdout.buffer.write(render_certificate(make_act()))"
    )
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, check=True)
    assert out.stdout == gpo_pdf


# --- fonts ---------------------------------------------------------------------------------


def test_the_bundled_font_is_embedded_and_only_it(gpo_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(gpo_pdf))
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert descriptor is not None and "/FontFile2" in descriptor.get_object(), font["/BaseFont"]
            names.add(str(font["/BaseFont"]).split("+")[-1])
    assert names == {"DejaVuSans", "DejaVuSans-Bold"}


# --- bad input ------------------------------------------------------------------------------


def test_text_that_would_break_the_layout_still_gives_a_readable_pdf(odd_act: dict, odd_pdf: bytes) -> None:
    lines = odd_act["lines"]
    long_name, long_serial = lines[0]["name"]["en"], lines[1]["serial_number"]
    assert len(long_name) == 2000 and len(long_serial) == 200 and len(lines) == 1000
    pages = page_texts(odd_pdf)
    text = " ".join(pages)
    squeezed = "".join(text.split())
    # Split rows continue on the next page (after its footer and header), so
    # count the pieces rather than look for them in one run.
    assert text.count("видеорегистратором") == long_name.count("видеорегистратором")
    assert squeezed.count("Ы") == 2000
    assert long_serial in squeezed
    assert all(f"SN{k:08d}" in text for k in range(80))
    assert "1000 Office chair 1000" in text
    assert "Итого / Total 1000 1 500 000,00" in text
    assert f"Стр. {len(pages)} из {len(pages)} / Page {len(pages)} of {len(pages)}" in pages[-1]
    assert 20 < len(pages) < 80


def test_office_logo_prints_in_the_header_and_a_broken_one_is_reported() -> None:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (240, 80), (0, 158, 219)).save(buffer, format="PNG")
    act = make_act(lines=simple_lines(1))
    data = render_certificate(act, logo=buffer.getvalue())
    first = PdfReader(io.BytesIO(data)).pages[0]
    images = [x for x in first["/Resources"]["/XObject"].values() if x.get_object()["/Subtype"] == "/Image"]
    assert len(images) == 1
    assert page_texts(data)[0].startswith("Программный офис УНП ООН в Кыргызской Республике "
                                          "UNODC Programme Office in the Kyrgyz Republic")
    with pytest.raises(InputError):
        render_certificate(act, logo=b"not an image")


# --- the letterhead ----------------------------------------------------------------------------


@pytest.mark.parametrize("status", ["finalized", "draft"])
def test_the_letterhead_is_the_acts_own_transferor_whatever_office_is_passed(status: str) -> None:
    act = make_act(lines=simple_lines(2), status=status)
    plain = render_certificate(act)
    other_office = render_certificate(act, office={"name": {"en": "UNODC ROCA", "ru": "РП УНП ООН"}})
    assert other_office == plain  # office= is still accepted, and changes nothing
    first = page_texts(plain)[0]
    assert first.startswith("Программный офис УНП ООН в Кыргызской Республике UNODC Programme Office in the Kyrgyz Republic")
    assert "UNODC ROCA" not in first and "РП УНП ООН" not in first


# --- recorded texts in Kazakh and Tajik ------------------------------------------------------


def _russian_and_english_only(act: dict) -> dict:
    """The act as the register holds it: recorded texts in English and Russian only."""
    for key in ("place", "goods"):
        act[key] = {lang: act[key][lang] for lang in ("en", "ru")}
    return act


@pytest.mark.parametrize("languages", [["kk", "tg"], ["kk", "ru"], ["tg"]])
def test_kazakh_and_tajik_fall_back_to_russian_in_every_recorded_text(languages: list[str]) -> None:
    act = _russian_and_english_only(make_act(lines=simple_lines(2), languages=languages))
    text = " ".join(page_texts(render_certificate(act)))
    for russian in ("г. Бишкек", "Компьютеры и сопутствующее оборудование",  # place, goods
                    "Письмо-запрос Генеральной прокуратуры № 12/345",  # basis
                    "Программный офис УНП ООН в Кыргызской Республике",  # letterhead, parties, signatures
                    "Генеральная прокуратура Кыргызской Республики",
                    "Руководитель офиса", "Начальник отдела правовой статистики",  # titles
                    "делегирования полномочий от 01.01.2018",  # authority
                    "Программа УНП ООН для Центральной Азии", "Правительство Японии"):  # programme, donor
        assert russian in text, russian
    for english in ("Bishkek", "computers and related equipment", "Request letter", "UNODC Programme Office",
                    "General Prosecutor's Office", "Head of Office", "Head of the Legal Statistics Unit",
                    "delegation of authority", "Programme for Central Asia", "Government of Japan"):
        assert english not in text, english


def test_kazakh_and_tajik_texts_print_when_the_act_carries_them() -> None:
    act = make_act(lines=simple_lines(1), languages=["kk", "tg"])
    act["transferor"]["organisation"]["kk"] = "БҰҰ ЕБҚБ Қырғыз Республикасындағы бағдарламалық кеңсесі"
    text = " ".join(page_texts(render_certificate(act)))
    assert "Бішкек қ. / ш. Бишкек" in text
    assert "Компьютерлер және ілеспе жабдықтар" in text and "Компютерҳо ва таҷҳизоти марбут" in text
    first = page_texts(render_certificate(act))[0]
    # Kazakh letterhead first, then the Tajik column's (Russian, for want of a Tajik name)
    assert first.startswith("БҰҰ ЕБҚБ Қырғыз Республикасындағы бағдарламалық кеңсесі "
                            "Программный офис УНП ООН в Кыргызской Республике")


def test_a_recipient_name_too_long_for_a_page_still_prints() -> None:
    """2,000 characters in each language (the register allows 300): the signature block,
    taller than a page, is cut inside its rows instead of failing."""
    act = make_act(lines=simple_lines(3))
    act["recipient"]["organisation"] = {"ru": ("Очень длинное название учреждения " * 70)[:2000],
                                        "en": ("A very long name of an institution " * 60)[:2000]}
    pages = page_texts(render_certificate(act))
    text = " ".join(pages)
    assert text.count("М.П. / L.S.") == 2 and text.count("Принял / Received by") == 1
    assert "3 Office chair 3" in text and "Итого / Total 3 4 500,00" in text
    assert f"Стр. {len(pages)} из {len(pages)}" in pages[-1]


# --- acts sealed in content version 1 ---------------------------------------------------------

LEGACY_PRINTS = {
    # the SHA-256 of each act's print before content version 2 existed (one copy, its own languages)
    "legacy_act_kgs.json": "f90aa133cf20a582b6e274690c94f63852bff24748754e32a8960007a7e4ea88",
    "legacy_act_uzs.json": "d5c7975f488b978304c6986e0e434f1337ff6e0824ab40a69e3150d10ddbd87e",
}


@pytest.mark.parametrize("name", sorted(LEGACY_PRINTS))
def test_an_act_sealed_in_version_1_reprints_byte_identical_to_its_first_print(name: str) -> None:
    import hashlib
    import json

    act = json.loads((ROOT / "tests" / "documents" / "data" / name).read_text(encoding="utf-8"))
    assert act["format"] == "equipment-desk/act@1"
    data = render_certificate(act)
    assert hashlib.sha256(data).hexdigest() == LEGACY_PRINTS[name]
    text = " ".join(page_texts(data))
    assert "в лице уполномоченного представителя (" in text  # its words as sealed, not today's


NATIONAL_PRINTS_OF_VERSION_2 = {
    # the SHA-256 of prints made before the fixed texts became files (two copies, three lines of 1 500 soms)
    (2, ("kk", "ru"), "finalized", "title"): "7a48273eb09bea3c9db5e0cc624818dc10a09643c3098ccb68288a572ab23921",
    (2, ("tg", "en"), "finalized", "custody"): "530b6dbb572423f336208ad233ef562fb86402af3e91bd329c2d3c839d929279",
    (2, ("en", "kk"), "void", "title"): "c7afd91a104c61cfd9e4bd6a26bef4d0dedfa6230418077edba96300be1dd46b",
    (1, ("kk", "ru"), "draft", "custody"): "6dcb4cb7eb71fa3f71634ad72c1f9af8eab429f56ecca32eabadf09db394dfa1",
}


@pytest.mark.parametrize("case", sorted(NATIONAL_PRINTS_OF_VERSION_2))
def test_an_old_act_in_kazakh_or_tajik_reprints_with_the_words_of_then(case: tuple) -> None:
    """Sealed in version 1 or 2, a Kazakh or Tajik act keeps its words (and its Russian names where it had no
    Kazakh ones) whatever the text files say today."""
    import hashlib

    version, langs, status, transfer = case
    act = make_act(version=version, languages=list(langs), status=status, transfer_type=transfer, lines=simple_lines(3))
    data = render_certificate(act, copies=2)
    assert hashlib.sha256(data).hexdigest() == NATIONAL_PRINTS_OF_VERSION_2[case]


@pytest.mark.parametrize(("version", "langs", "currency", "rate", "expected"), [
    # the 50-line act of 2 150 000 soms: Tajik printed «Ду миллиону яксаду панҷоҳ ҳазор» (num2words), where the number
    # words of today say «саду»; the act keeps what it printed
    (2, ["tg", "ru"], "KGS", "68.8395", "4b9bdb5ce13bee399f643b268b3ecc08f89017be5fe92d786a384ee42dad5838"),
    (1, ["kk", "en"], "UZS", "8123.45", "1570b169b98738e4fb7f2aff44b6eb57ce21d4fe72eb5e63c64c220f3fd869a7"),
])
def test_an_old_act_keeps_the_amount_in_words_it_printed(version: int, langs: list, currency: str, rate: str, expected: str) -> None:
    import hashlib

    act = make_act(version=version, languages=langs, currency=currency, rate=rate)
    data = render_certificate(act)
    assert hashlib.sha256(data).hexdigest() == expected
    if langs[0] == "tg":
        assert "Ду миллиону яксаду панҷоҳ ҳазор сом 00 тийин" in " ".join(page_texts(data))

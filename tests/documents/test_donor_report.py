"""The donor report PDF: cover, summary, chart, list of acts, optional certificates appended."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from equipment_desk.core.errors import InputError, NotFoundError
from equipment_desk.documents.reports import donor_report_pdf as render_donor_report
from equipment_desk.store.database import open_database
from equipment_desk.store.demo import load_demo


@pytest.fixture(scope="module")
def db():
    database = open_database(memory=True)
    load_demo(db=database)
    yield database
    database.close()


def text_of(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_programme_report_lists_handed_over_acts_only(db):
    data = render_donor_report(db=db, programme_code="GLO/K32", date_from="2018-01-01", date_to="2018-12-31")
    assert data.startswith(b"%PDF")
    text = text_of(data)
    assert "Report to the donor" in text and "GLO/K32" in text
    assert "ROCA-2018-0002" in text and "ROCA-2018-0005" in text
    assert "ROCA-2018-0003" not in text  # void
    assert "not yet signed" in text and "signed 2018-03-05" in text
    assert "140,049.28" in text  # USD at each act's own rate


def test_donor_report_in_russian_with_acts_appended(db):
    plain = render_donor_report(db=db, donor="Government of Japan", date_from="2018-01-01", date_to="2018-12-31", lang="ru")
    full = render_donor_report(db=db, donor="Government of Japan", date_from="2018-01-01", date_to="2018-12-31", lang="ru", with_acts=True)
    assert "Отчет для донора" in text_of(plain)  # «е» as in «Акты приема-передачи» on the same page
    assert "ё" not in text_of(plain)
    assert "Кыргызстан" in text_of(plain)  # countries as words, not codes
    assert len(PdfReader(io.BytesIO(full)).pages) > len(PdfReader(io.BytesIO(plain)).pages) + 2


def test_empty_period_and_bad_requests(db):
    text = text_of(render_donor_report(db=db, programme_code="XAC/Z60", date_from="2019-01-01", date_to="2019-12-31"))
    assert "No act of this programme" in text
    with pytest.raises(NotFoundError):
        render_donor_report(db=db, programme_code="NOPE", date_from="2018-01-01", date_to="2018-12-31")
    with pytest.raises(InputError):
        render_donor_report(db=db, date_from="2018-01-01", date_to="2018-12-31")


def test_prepared_by_the_office_with_numbered_pages(db):
    from equipment_desk.store.settings import get_setting

    data = render_donor_report(db=db, programme_code="GLO/K32", date_from="2018-01-01", date_to="2018-12-31")
    pages = PdfReader(io.BytesIO(data)).pages
    text = text_of(data)
    assert f"Prepared by {get_setting(db=db, key='office_name_en')} on" in text
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"page {number} of {len(pages)}" in page.extract_text()
    russian = text_of(render_donor_report(db=db, programme_code="GLO/K32", date_from="2018-01-01", date_to="2018-12-31", lang="ru"))
    assert f"стр. 1 из {len(pages)}" in russian and get_setting(db=db, key="office_name_ru") in russian


def test_a_donor_report_says_how_co_funded_programmes_count(db):
    from equipment_desk.analytics.reports import ONE_DONOR_NOTE, iter_acts

    shared = sorted({a.programme_code for a in iter_acts(db=db) if len(a.donors_en) > 1})
    assert shared
    text = " ".join(text_of(render_donor_report(db=db, donor="Government of Japan", date_from="2018-01-01",
                                                date_to="2018-12-31")).split())
    assert "Programmes funded by several donors: " + shared[0] in text
    assert ONE_DONOR_NOTE[0] in text
    single = " ".join(text_of(render_donor_report(db=db, programme_code="XAC/Z60", date_from="2018-01-01", date_to="2018-12-31")).split())
    assert "several donors" not in single


def test_unknown_donor_is_not_found(db):
    with pytest.raises(NotFoundError, match="no donor named Nobody"):
        render_donor_report(db=db, donor="Nobody", date_from="2018-01-01", date_to="2018-12-31")


def test_the_month_chart_draws_every_month_of_the_span():
    from equipment_desk.analytics.reports import fill_periods
    from equipment_desk.documents.donor_report import _month_chart

    monthly = fill_periods({"2018-03": 150_00, "2019-06": 300_00})
    drawing = _month_chart(monthly, "en", 400)
    chart = drawing.contents[-1]
    assert chart.data == [[150] + [0] * 14 + [300]]
    names = chart.categoryAxis.categoryNames
    assert len(names) == 16 and names[0] == "2018-03" and sum(1 for n in names if n) <= 12
    assert _month_chart(monthly[:1], "en", 400) is None


def test_a_country_name_is_never_cut_inside_the_word(db):
    """The summary's country column was too narrow: «Таджикиста / н», «Туркмениста / н»."""
    database = open_database(memory=True)
    load_demo(db=database, national=True)  # acts in all five countries
    data = render_donor_report(db=database, programme_code="XAC/Z60", date_from="2018-01-01", date_to="2018-12-31", lang="ru")
    database.close()
    lines = [line.strip() for line in text_of(data).split("\n")]
    for country in ("Таджикистан", "Туркменистан", "Кыргызстан", "Казахстан", "Узбекистан"):
        assert any(country in line for line in lines), country
    assert not any(line.endswith(("Таджикиста", "Туркмениста")) for line in lines)

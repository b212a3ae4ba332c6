"""Helpers for reading produced PDFs back."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from equipment_desk.documents.certificate import render_certificate
from tests.documents.factory import make_act, simple_lines


def flat(text: str) -> str:
    """Text with every run of white space (line breaks, no-break spaces) made one space."""
    return " ".join(text.split())


def page_texts(data: bytes) -> list[str]:
    """The text of each page, white space flattened."""
    return [flat(page.extract_text() or "") for page in PdfReader(io.BytesIO(data)).pages]


@pytest.fixture(scope="session")
def gpo_act() -> dict:
    return make_act()


@pytest.fixture(scope="session")
def gpo_pdf(gpo_act: dict) -> bytes:
    """The 50-line act to the General Prosecutor's Office, Russian and English."""
    return render_certificate(gpo_act)


@pytest.fixture(scope="session")
def gpo_pages(gpo_pdf: bytes) -> list[str]:
    return page_texts(gpo_pdf)


@pytest.fixture(scope="session")
def odd_act() -> dict:
    """1,000 lines with texts that would break a layout: a 2,000-character name, a
    200-character serial number, a list of 80 serial numbers in one cell, a
    2,000-letter word, and a recipient's name of 1,000 characters."""
    lines = simple_lines(1000)
    lines[0]["name"] = ("Система видеонаблюдения с сетевым видеорегистратором и камерами " * 40)[:2000]
    lines[1]["serial_number"] = "Z" * 200
    lines[2]["serial_number"] = ", ".join(f"SN{k:08d}" for k in range(80))
    lines[3]["name"] = "Ы" * 2000
    act = make_act(lines=lines)
    act["recipient"]["organisation"]["ru"] = "Очень длинное название учреждения " * 30
    return act


@pytest.fixture(scope="session")
def odd_pdf(odd_act: dict) -> bytes:
    return render_certificate(odd_act)

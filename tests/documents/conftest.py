"""Helpers for reading produced PDFs back."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from equipment_desk.documents.certificate import render_certificate
from tests.documents.factory import make_act


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

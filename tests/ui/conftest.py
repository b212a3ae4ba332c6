"""Fixtures the window's tests share."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture
def russian(qtbot) -> Iterator[None]:
    """The Russian translation installed for one test, and taken away afterwards."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from equipment_desk.ui.app import install_translations

    app = QApplication.instance()
    previous = QLocale()
    translators = install_translations(app, "ru")
    assert translators, "equipment_desk_ru.qm is missing from resources/translations"
    yield
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(previous)

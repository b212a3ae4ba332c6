"""The welcome on an empty database: all of its text visible, in both languages; the choices."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLabel

from equipment_desk.ui.app import install_translations, protect_python_singletons
from equipment_desk.ui.welcome import LOAD_DEMO, SET_UP, WelcomeDialog

protect_python_singletons()  # PySide6 6.12.0 on Python 3.11; see its docstring

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


@pytest.fixture(params=["en", "ru"])
def language(request, qtbot):
    app = QApplication.instance()
    previous = QLocale()
    translators = install_translations(app, request.param) if request.param == "ru" else []
    yield request.param
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(previous)


def test_the_welcome_shows_all_of_its_text(qtbot, language):
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    if language == "ru":
        assert dialog.windowTitle() == "Добро пожаловать в Equipment Desk"
    labels = dialog.findChildren(QLabel)
    assert len(labels) == 2
    for label in labels:
        assert label.height() >= label.heightForWidth(label.width()), label.text()[:40]
        assert label.height() >= label.minimumSizeHint().height()
    assert dialog.height() >= dialog.layout().totalHeightForWidth(dialog.width())
    assert dialog.width() >= dialog.fontMetrics().averageCharWidth() * 60  # lines a person can read, not a column
    for button in (dialog.set_up_button, dialog.demo_button, dialog.later_button):
        assert button.geometry().bottom() < dialog.height()


def test_a_narrower_welcome_grows_taller(qtbot):
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    tall = dialog.height()
    dialog.resize(dialog.minimumWidth(), dialog.height())
    qtbot.waitUntil(lambda: dialog.width() == dialog.minimumWidth())
    assert dialog.minimumHeight() > tall
    text = max(dialog.findChildren(QLabel), key=lambda label: len(label.text()))
    assert dialog.minimumHeight() >= dialog.layout().totalHeightForWidth(dialog.width())
    assert text.heightForWidth(text.width()) > 0


@pytest.mark.parametrize(("button", "choice"), [("set_up_button", SET_UP), ("demo_button", LOAD_DEMO), ("later_button", 0)])
def test_the_choices(qtbot, button, choice):
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    getattr(dialog, button).click()
    assert dialog.choice == choice and not dialog.isVisible()

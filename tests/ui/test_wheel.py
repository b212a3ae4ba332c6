"""The mouse wheel changes a combo box, spin box or date field only when the user is in that field."""

from __future__ import annotations

from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QLineEdit, QScrollArea, QSpinBox, QVBoxLayout, QWidget

from equipment_desk.ui.app import protect_python_singletons
from equipment_desk.ui.widgets.wheel import install_wheel_guard

protect_python_singletons()


def turn_wheel(widget: QWidget, notches: int = -1) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(QPoint(int(centre.x()), int(centre.y())))), QPoint(0, 0),
                        QPoint(0, 120 * notches), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_an_unfocused_field_changes_nothing_and_over_a_focused_one_does(qtbot):
    guard = install_wheel_guard()
    try:
        assert install_wheel_guard() is guard  # installed once
        form = QWidget()
        layout = QVBoxLayout(form)
        note = QLineEdit(form)
        currency = QComboBox(form)
        currency.addItems(["USD", "UZS", "KGS"])
        quantity = QSpinBox(form)
        quantity.setValue(5)
        date = QDateEdit(QDate(2018, 2, 15), form)
        for widget in (note, currency, quantity, date):
            layout.addWidget(widget)
        area = QScrollArea()
        area.setWidget(form)
        qtbot.addWidget(area)
        area.show()
        note.setFocus()
        qtbot.waitUntil(note.hasFocus)
        for widget in (currency, quantity, date):
            turn_wheel(widget)
        assert (currency.currentText(), quantity.value(), date.date()) == ("USD", 5, QDate(2018, 2, 15))
        assert note.hasFocus()  # the turn did not take the focus either
        quantity.setFocus()
        qtbot.waitUntil(quantity.hasFocus)
        turn_wheel(quantity)
        assert quantity.value() == 4  # in the field, the wheel does what it always did
    finally:
        QApplication.instance().removeEventFilter(guard)
        guard.deleteLater()


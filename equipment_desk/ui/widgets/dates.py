"""One date field for every form: a calendar, DD.MM.YYYY, and "no date" as a value of its own."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

DATE_FORMAT = "dd.MM.yyyy"
"""How every date field shows its date."""
NO_DATE = QDate(1900, 1, 1)
"""The date a :class:`DateField` holds when it is empty (shown as its special text)."""


class DateField(QDateEdit):
    """A date with a calendar, shown DD.MM.YYYY, that may be empty (:meth:`iso` gives None).

    ``empty_text`` is what an empty field shows ("no date" unless told otherwise); an empty
    field's calendar opens on today's month.  A date typed into an empty field is taken: the
    first digit starts the day of today's date, which the digits that follow overwrite
    (otherwise the field, showing "—", would drop every digit typed into it).
    """

    def __init__(self, parent: QWidget | None = None, *, empty_text: str | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATE_FORMAT)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(self.tr("no date") if empty_text is None else empty_text)
        self.setDate(NO_DATE)
        self.setMinimumWidth(130)
        self.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.calendarWidget() and event.type() == QEvent.Type.Show and self.iso() is None:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if self.iso() is None and event.text().isdigit() and not self.isReadOnly():
            self.setDate(QDate.currentDate())
            self.setCurrentSection(QDateTimeEdit.Section.DaySection)
            self.lineEdit().setSelection(0, 2)  # the day's two digits, replaced by what is typed
        super().keyPressEvent(event)

    def iso(self) -> str | None:
        """The ISO date (``2018-02-20``), or None when empty."""
        return None if self.date() == NO_DATE else self.date().toString("yyyy-MM-dd")

    def set_iso(self, value: str | None) -> None:
        """Show an ISO date (a timestamp's date part is taken); None, '' or a date that is not one empties the field."""
        found = QDate.fromString(str(value)[:10], "yyyy-MM-dd") if value else QDate()
        self.setDate(found if found.isValid() else NO_DATE)

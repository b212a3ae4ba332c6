"""The act's two printed languages, chosen as a user thinks of them: the first column's and the second's.

Eight languages make 56 ordered pairs, too many for one list.  :class:`LanguagePairField`
offers two short lists instead, each with the office's state languages and
Russian and English on top (the pairs an office prints), the others under a
line, and a button that swaps the columns.  The same language twice is no
pair: :meth:`LanguagePairField.pair` is then None and :meth:`problem` says
why, for the form to show beside the field and to refuse saving.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from equipment_desk.core import languages as printed
from equipment_desk.ui.widgets.combos import combo
from equipment_desk.ui.words import language_name

SAME_LANGUAGE = QT_TRANSLATE_NOOP("problems", "an act is printed in two different languages: choose another language for one of its columns")
"""The problem (a template of the ``problems`` context) of a pair of one language twice."""


def capitalised_name(code: str) -> str:
    """The language's name as a list shows it: «Кыргызский», "Kyrgyz"."""
    name = language_name(code)
    return name[:1].upper() + name[1:]


def language_order(preferred: tuple[str, ...] | list[str] = ()) -> tuple[list[str], list[str]]:
    """The languages on top (the office's state languages ``preferred``, then Russian and English) and the rest."""
    top = [code for code in preferred if code in printed.NATIONAL]
    top += [code for code in printed.WORKING if code not in top]
    return top, [code for code in printed.CODES if code not in top]


class LanguagePairField(QWidget):
    """Two lists, the act's first and second language, and a button swapping them; ``changed`` on every choice."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, preferred: tuple[str, ...] = ()) -> None:
        super().__init__(parent)
        # as narrow as a short name: a long one ("Uzbek (Cyrillic)") is shortened, whole in the list and the tooltip
        self.first = combo(self, [], min_length=8)
        self.first.setObjectName("first_language")
        self.second = combo(self, [], min_length=8)
        self.second.setObjectName("second_language")
        self.first.setAccessibleName(QCoreApplication.translate("LanguagePairField", "The language of the act's left column"))
        self.second.setAccessibleName(QCoreApplication.translate("LanguagePairField", "The language of the act's right column"))
        self.swap_button = QToolButton(self)
        self.swap_button.setObjectName("swap_languages")
        self.swap_button.setText("⇄")
        self.swap_button.setToolTip(QCoreApplication.translate("LanguagePairField", "Swap the two columns"))
        self.swap_button.setAccessibleName(self.swap_button.toolTip())
        self.swap_button.clicked.connect(self.swap)
        self.joiner = QLabel(QCoreApplication.translate("LanguagePairField", "and"), self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.first, 1)
        row.addWidget(self.joiner)
        row.addWidget(self.second, 1)
        row.addWidget(self.swap_button)
        self.setFocusProxy(self.first)
        self._preferred: tuple[str, ...] = ()
        self.set_preferred(preferred)
        self.set_pair("ru,en")
        self.first.currentIndexChanged.connect(self.changed)
        self.second.currentIndexChanged.connect(self.changed)

    def set_preferred(self, preferred: tuple[str, ...] | list[str]) -> None:
        """Put the office's state languages ``preferred`` (then Russian, English) on top of both lists; the choice stays."""
        self._preferred = tuple(preferred)
        top, rest = language_order(self._preferred)
        for box in (self.first, self.second):
            chosen = box.currentData()
            was = box.blockSignals(True)
            box.clear()
            for code in top:
                box.addItem(capitalised_name(code), code)
            box.insertSeparator(box.count())
            for code in rest:
                box.addItem(capitalised_name(code), code)
            box.setCurrentIndex(max(box.findData(chosen), 0) if chosen else 0)
            box.blockSignals(was)

    def codes(self) -> tuple[str, str]:
        """The two languages chosen, as they stand (perhaps one twice)."""
        return self.first.currentData() or "", self.second.currentData() or ""

    def pair(self) -> str | None:
        """``"ky,ru"``; None when the same language is chosen twice."""
        return printed.parse_pair(self.codes())

    def set_pair(self, pair: str | None) -> None:
        """Show ``pair`` (``"ky,ru"``); a language not offered yet is added at the end of the lists."""
        codes = (pair or "ru,en").split(",")
        for box, code in zip((self.first, self.second), codes):
            index = box.findData(code)
            if index < 0:
                box.addItem(capitalised_name(code), code)
                index = box.count() - 1
            box.setCurrentIndex(index)

    def swap(self) -> None:
        """The second language into the first column and the first into the second."""
        first, second = self.codes()
        if first == second:
            return
        for box, code in ((self.first, second), (self.second, first)):
            was = box.blockSignals(True)
            box.setCurrentIndex(box.findData(code))
            box.blockSignals(was)
        self.changed.emit()

    def problem(self) -> str:
        """Why the choice is no pair, worded for the user ('' when it is one)."""
        if self.pair() is not None:
            return ""
        text = QCoreApplication.translate("problems", SAME_LANGUAGE)
        return text[:1].upper() + text[1:] + "."

    def widgets(self) -> list[QWidget]:
        """Its fields in tab order."""
        return [self.first, self.second, self.swap_button]

"""The offline user guide, opened with F1: ``docs/guide/<language>.md`` with its screenshots, in a window of its own.

The guide is Markdown; :class:`QTextBrowser` shows it with the pictures it names (relative paths, resolved
from the guide's own folder), so it reads the same on GitHub and in the program.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from equipment_desk.core import places
from equipment_desk.ui.resources import icon
from equipment_desk.ui.widgets.screen import fit_to_screen


class GuideWindow(QDialog):
    """The user guide, beside the main window (not modal: the user follows it while working)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide_window")
        self.setWindowTitle(self.tr("Equipment Desk — user guide"))
        self.setWindowIcon(icon("app"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide_text")
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.path = places.guide_file(language if language in ("en", "ru") else "en")
        if self.path.is_file():
            self.browser.setSource(QUrl.fromLocalFile(str(self.path)))
        else:
            self.browser.setPlainText(self.tr("The user guide is missing from this installation ({file}).").format(file=str(self.path)))
        fit_to_screen(self, 900, 700)

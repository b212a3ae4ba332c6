"""First start on an empty database: set up the office, or look around with the demo data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

SET_UP = 1
LOAD_DEMO = 2


class WelcomeDialog(QDialog):
    """Asks what to do first; :attr:`choice` is :data:`SET_UP`, :data:`LOAD_DEMO` or 0 (later)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome_dialog")
        self.setWindowTitle(self.tr("Welcome to Equipment Desk"))
        self.choice = 0
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Welcome to Equipment Desk"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        text = QLabel(self.tr(
            "Here you record the equipment that arrives, the institutions that receive it and the donor "
            "programmes that paid for it; you prepare the handover act, print it in two copies, and keep the "
            "signed scan with the record.\n\n"
            "The database is empty. Start by entering your office's name, code and the person who signs acts, "
            "or load the demo data (the 2018 handovers of the Regional Office for Central Asia) to try "
            "everything first. Demo data can be loaded into an empty database only; use a separate database "
            "file for real work."), self)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(text)
        buttons = QHBoxLayout()
        self.set_up_button = QPushButton(self.tr("Set up my office"), self)
        self.demo_button = QPushButton(self.tr("Load demo data"), self)
        self.later_button = QPushButton(self.tr("Later"), self)
        self.set_up_button.setDefault(True)
        self.set_up_button.clicked.connect(lambda: self._choose(SET_UP))
        self.demo_button.clicked.connect(lambda: self._choose(LOAD_DEMO))
        self.later_button.clicked.connect(self.reject)
        buttons.addWidget(self.set_up_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        layout.addLayout(buttons)
        # The text wraps: the dialog gets a sensible width, and the height the wrapped text needs at that
        # width (a word-wrapped label's own size hint assumes some other width and would clip the text).
        chars = self.fontMetrics().averageCharWidth()
        width = max(chars * 80, layout.minimumSize().width())
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            width = min(width, int(screen.width() * 0.9))
        self.setMinimumWidth(max(min(width, chars * 50), layout.totalMinimumSize().width()))  # the buttons side by side
        self.fit_height(width)

    def fit_height(self, width: int) -> None:
        """Be ``width`` wide and as tall as the wrapped text needs (never less than the buttons and title)."""
        layout = self.layout()
        layout.activate()
        height = max(layout.totalHeightForWidth(width), layout.totalMinimumSize().height())
        self.resize(width, height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # A narrower dialog wraps the text into more lines: keep them all visible.
        self.setMinimumHeight(self.layout().totalHeightForWidth(self.width()))

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.accept()


def load_demo_data(context) -> dict[str, int]:  # noqa: ANN001 - a TaskContext
    """Background work: load the demo data set into the task's database."""
    from equipment_desk.store.demo import load_demo

    context.progress(0, 0, "")
    return load_demo(db=context.db, national=True)

"""Table columns sized to what they hold, the last one stretching, and the user's own widths kept once they set them.

Every table of records uses :class:`FittedColumns`: until the user drags a column's edge (or moves or hides a
column), the columns are fitted to their content whenever the rows change — a long act number or serial
number shows whole, an empty column takes no more than its title — with a cap so one long name cannot
push the figures out of view; room to spare goes first to the names the cap cut, then the last column
takes what is left.  Once the user has arranged the
columns, their arrangement is what is shown, and remembered between sessions; "Fit columns to contents"
and "Restore the standard columns" hand the widths back to the program.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

from equipment_desk.ui.settings import DeskSettings

CAP_CHARACTERS = 32
"""A fitted column is at most this many average characters wide (a long name is cut, the figures stay in view)."""


class FittedColumns(QObject):
    """Fits ``view``'s columns to their content until the user arranges them; keeps the user's arrangement under ``key``."""

    def __init__(self, view: QTableView, settings: DeskSettings | None, key: str, *, cap_characters: int = CAP_CHARACTERS) -> None:
        super().__init__(view)
        self.view = view
        self.settings = settings
        self.key = key
        self.cap_characters = cap_characters
        self._fitting = False
        header = self.header
        header.setStretchLastSection(True)
        self.arranged_by_user = bool(settings is not None and settings.restore_header(key, header))
        """True once the user has set a width, moved or hidden a column (or did so in an earlier session)."""
        header.sectionResized.connect(self._resized)
        header.sectionMoved.connect(lambda *_: self.mark_arranged())
        model = view.model()
        model.modelReset.connect(self.fit)
        model.rowsInserted.connect(self.fit)  # rows fetched as the list scrolls
        model.layoutChanged.connect(self.fit)
        view.viewport().installEventFilter(self)  # a wider window: the names cut get their room

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport() and not self._fitting:
            self.fit()
        return False

    @property
    def header(self) -> QHeaderView:
        return self.view.horizontalHeader()

    def mark_arranged(self) -> None:
        if not self._fitting:
            self.arranged_by_user = True

    def _resized(self, index: int, _old: int, _new: int) -> None:
        # Only a drag of the section's edge is the user's: the stretching last column follows the window's size.
        if not self._fitting and QApplication.mouseButtons() & Qt.MouseButton.LeftButton and not self._stretching(index):
            self.arranged_by_user = True

    def _stretching(self, index: int) -> bool:
        header = self.header
        visible = [header.logicalIndex(v) for v in range(header.count()) if not header.isSectionHidden(header.logicalIndex(v))]
        return header.stretchLastSection() and bool(visible) and index == visible[-1]

    def fit(self, *_args: object) -> None:
        """Size the columns to their content (capped), unless the user has arranged them."""
        if self.arranged_by_user:
            return
        self.fit_now()

    def fit_now(self) -> None:
        """Size the columns to their content (capped) now; the widths are the program's again."""
        header = self.header
        limit = self.view.fontMetrics().averageCharWidth() * self.cap_characters
        self._fitting = True
        try:
            self.view.resizeColumnsToContents()
            cut: dict[int, int] = {}  # column -> the width its content wants
            for index in range(header.count()):
                if header.sectionSize(index) > limit and not header.isSectionHidden(index) and not self._stretching(index):
                    cut[index] = header.sectionSize(index)
                    header.resizeSection(index, limit)
            # room the view has to spare goes to the columns that were cut, before the last one stretches
            spare = self.view.viewport().width() - sum(
                header.sectionSize(i) for i in range(header.count()) if not header.isSectionHidden(i) and not self._stretching(i))
            last = next((i for i in range(header.count()) if self._stretching(i)), None)
            if last is not None:
                spare -= header.sectionSizeHint(last)
            for index, wanted in sorted(cut.items(), key=lambda kv: kv[1] - limit):
                if spare <= 0:
                    break
                share = min(wanted - limit, spare // max(len(cut), 1) if len(cut) > 1 else spare)
                header.resizeSection(index, limit + share)
                spare -= share
            header.setStretchLastSection(False)  # sizing to content shrank the last column too: stretch it again
            header.setStretchLastSection(True)
        finally:
            self._fitting = False

    def give_back(self) -> None:
        """The program sizes the columns again ("Fit columns to contents"): the user's widths are forgotten."""
        self.arranged_by_user = False
        if self.settings is not None:
            self.settings.forget_header(self.key)
        self.fit_now()

    def save(self) -> None:
        """Remember the user's arrangement; forget any saved one while the program sizes the columns."""
        if self.settings is None:
            return
        if self.arranged_by_user:
            self.settings.save_header(self.key, self.header)
        else:
            self.settings.forget_header(self.key)

"""Exchange with another laptop: receive a bundle (see first what it adds, updates and refuses) or send one.

Receiving: the bundle is checked and its whole merge is tried and rolled
back, so the list shown is exactly what Merge will do; nothing is written
until the user presses Merge.  A bundle that is truncated, edited or fails
its checksums is refused with the reason.  Sending: everything, or what
changed since the last bundle for an office.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from equipment_desk.core.errors import DeskError
from equipment_desk.exchange import sync
from equipment_desk.ui import errors
from equipment_desk.ui.models import RowsModel, format_date
from equipment_desk.ui.widgets.screen import fit_to_screen

Index = QModelIndex | QPersistentModelIndex


def _preview(context, path: str) -> sync.SyncReport:
    return sync.import_bundle(db=context.db, path=path, dry_run=True, progress=lambda d, t: context.progress(d, t),
                              cancel=lambda: context.cancelled)


def _merge(context, path: str) -> sync.SyncReport:
    return sync.import_bundle(db=context.db, path=path, progress=lambda d, t: context.progress(d, t), cancel=lambda: context.cancelled)


def _export(context, path: str, office: str | None, full: bool) -> sync.BundleInfo:
    return sync.export_bundle(db=context.db, path=path, office=office, full=full, progress=lambda d, t: context.progress(d, t),
                              cancel=lambda: context.cancelled)


class ChangesModel(RowsModel):
    """What a bundle adds, updates and refuses: refusals first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changes: list[sync.Change] = []

    def set_report(self, report: sync.SyncReport | None) -> None:
        self.beginResetModel()
        order = {"refuse": 0, "add": 1, "update": 2}
        self.changes = sorted(report.changes, key=lambda c: order.get(c.action, 3)) if report else []
        self.endResetModel()

    columns = 4

    def rows(self) -> list[sync.Change]:
        return self.changes

    def titles(self) -> tuple[str, ...]:
        return (self.tr("What"), self.tr("Kind"), self.tr("Record"), self.tr("Why"))

    def _action(self, action: str) -> str:
        return {"add": self.tr("add"), "update": self.tr("update"), "refuse": self.tr("refused")}.get(action, action)

    def _kind(self, table: str) -> str:
        return {"donor": self.tr("donor"), "programme": self.tr("programme"), "institution": self.tr("institution"),
                "signatory": self.tr("signatory"), "item": self.tr("item"), "act": self.tr("act"),
                "attachment": self.tr("attachment")}.get(table, table)

    def message_text(self, message: sync.Message) -> str:
        """A refusal reason or an update note in the user's language (template context ``problems``)."""
        params = dict(message.params)
        if "kind" in params:
            params["kind"] = self._kind(str(params["kind"]))
        return errors.translate_template(message.message, params)

    def why(self, change: sync.Change) -> str:
        return ", ".join(self.message_text(message) for message in change.why)

    def label(self, change: sync.Change) -> str:
        return self.message_text(change.label_message) if change.label_message is not None else change.label

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.changes):
            return None
        change = self.changes[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and change.action == "refuse":
            return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.why(change) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self._action(change.action), self._kind(change.table), self.label(change),
                self.why(change))[index.column()] if 0 <= index.column() < 4 else None


def _moment(stamp: str) -> str:
    """``"2018-05-12T09:30:00Z"`` -> ``"12.05.2018 09:30 UTC"`` (when a bundle was written)."""
    if len(stamp) >= 16 and stamp[10] == "T" and stamp.endswith("Z"):
        return f"{format_date(stamp)} {stamp[11:16]} UTC"
    return stamp


class SyncDialog(QDialog):
    """Receive or send a bundle.  ``merged(SyncReport)`` after a merge, ``exported(BundleInfo)`` after sending."""

    merged = Signal(object)
    exported = Signal(object)

    def __init__(self, *, db, tasks, settings=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tasks = tasks
        self.settings = settings
        self.report: sync.SyncReport | None = None
        self.setWindowTitle(self.tr("Exchange with another laptop"))
        self.setObjectName("sync_dialog")
        fit_to_screen(self, 860, 560)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._receive_tab(), self.tr("Receive a bundle"))
        self.tabs.addTab(self._send_tab(), self.tr("Send a bundle"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)

    # --- receive ------------------------------------------------------------------------------------

    def _receive_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        self.bundle_edit = QLineEdit(page)
        self.bundle_edit.setPlaceholderText(self.tr("A bundle (.zip) from another laptop"))
        browse = QPushButton(self.tr("Browse…"), page)
        browse.clicked.connect(self.browse_bundle)
        self.check_button = QPushButton(self.tr("Check"), page)
        self.check_button.clicked.connect(self.check_bundle)
        row.addWidget(self.bundle_edit, 1)
        row.addWidget(browse)
        row.addWidget(self.check_button)
        layout.addLayout(row)
        self.receive_label = QLabel(self.tr("Choose a bundle and press Check: you will see what it adds, updates and refuses "
                                            "before anything is written."), page)
        self.receive_label.setObjectName("receive_label")
        self.receive_label.setWordWrap(True)
        layout.addWidget(self.receive_label)
        self.changes_model = ChangesModel(page)
        self.changes_view = QTableView(page)
        self.changes_view.setModel(self.changes_model)
        self.changes_view.verticalHeader().setVisible(False)
        self.changes_view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.changes_view, 1)
        self.merge_button = QPushButton(self.tr("Merge"), page)
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge_bundle)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        layout.addLayout(buttons)
        self.bundle_edit.textChanged.connect(self._bundle_changed)
        return page

    def _bundle_changed(self) -> None:
        self.report = None
        self.changes_model.set_report(None)
        self.merge_button.setEnabled(False)

    def browse_bundle(self) -> None:
        start = self.settings.last_folder("bundle") if self.settings is not None else ""
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the bundle"), start, self.tr("Bundles (*.zip)"))
        if chosen:
            self.bundle_edit.setText(chosen)
            if self.settings is not None:
                self.settings.remember_folder("bundle", chosen)

    def _summary(self, report: sync.SyncReport, *, applied: bool) -> str:
        counts = {"%1": str(len(report.added)), "%2": str(len(report.updated)), "%3": str(len(report.refused)), "%4": str(report.unchanged)}
        if applied:
            text = self.tr("Merged: %1 added, %2 updated, %3 refused, %4 unchanged.")
        else:
            text = self.tr("From office %5, written %6: %1 to add, %2 to update, %3 refused, %4 already here. "
                           "Nothing has been written yet.")
            counts.update({"%5": report.from_office, "%6": _moment(report.created_at)})
        for key, value in counts.items():
            text = text.replace(key, value)
        if report.refused:
            text += " " + self.tr("A bundle is merged whole: while any record is refused, "
                                   "nothing is merged and the records here stay as they are.")
        return text

    def check_bundle(self) -> None:
        path = self.bundle_edit.text().strip()

        def done(report: sync.SyncReport) -> None:
            self.report = report
            self.changes_model.set_report(report)
            self.changes_view.resizeColumnsToContents()
            self.receive_label.setText(self._summary(report, applied=False))
            self.merge_button.setEnabled(bool(report.added or report.updated) and not report.refused)

        def failed(error: BaseException) -> None:
            self.receive_label.setText(self.tr("The bundle was refused: %1").replace("%1", errors.error_text(error) if isinstance(error, DeskError) else str(error)))
            errors.show_error(self, error)

        self.tasks.run_with_progress(_preview, path, parent=self, label=self.tr("Checking the bundle…"), on_done=done, on_error=failed)

    def merge_bundle(self) -> None:
        if self.report is None:
            return
        path = self.bundle_edit.text().strip()

        def done(report: sync.SyncReport) -> None:
            self.report = report
            self.changes_model.set_report(report)
            self.receive_label.setText(self._summary(report, applied=True))
            self.merge_button.setEnabled(False)
            self.merged.emit(report)

        self.tasks.run_with_progress(_merge, path, parent=self, label=self.tr("Merging…"), on_done=done,
                                     on_error=lambda error: errors.show_error(self, error))

    # --- send ---------------------------------------------------------------------------------------

    def _send_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.office_edit = QLineEdit(page)
        self.office_edit.setPlaceholderText(self.tr("e.g. BISH; empty: a bundle of everything for anyone"))
        self.office_edit.textChanged.connect(self._office_changed)
        self.everything = QCheckBox(self.tr("Everything, not only the changes since the last bundle for this office"), page)
        self.last_sent_label = QLabel(page)
        self.send_path = QLineEdit(page)
        self.send_path.setPlaceholderText(self.tr("Where to write the bundle (.zip)"))
        browse = QPushButton(self.tr("Browse…"), page)
        browse.clicked.connect(self.browse_target)
        row = QHBoxLayout()
        row.addWidget(self.send_path, 1)
        row.addWidget(browse)
        self.send_button = QPushButton(self.tr("Write the bundle"), page)
        self.send_button.clicked.connect(self.send_bundle)
        self.send_label = QLabel(page)
        self.send_label.setWordWrap(True)
        form.addRow(self.tr("For office:"), self.office_edit)
        form.addRow("", self.everything)
        form.addRow("", self.last_sent_label)
        form.addRow(self.tr("File:"), row)
        form.addRow("", self.send_button)
        form.addRow(self.send_label)
        self._office_changed()
        return page

    def _office_changed(self) -> None:
        office = self.office_edit.text().strip().upper()
        if not office:
            self.last_sent_label.setText(self.tr("Everything is written."))
            return
        since = sync.last_sent(db=self.db, office=office)
        self.last_sent_label.setText(self.tr("Changes since %1 (the last bundle for %2).").replace("%1", since).replace("%2", office) if since
                                     else self.tr("No bundle was sent to %1 yet: everything is written.").replace("%1", office))

    def browse_target(self) -> None:
        start = self.settings.last_folder("bundle") if self.settings is not None else ""
        office = self.office_edit.text().strip().upper() or "all"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Write the bundle"), str(Path(start) / f"bundle-{office}.zip") if start else f"bundle-{office}.zip",
                                                self.tr("Bundles (*.zip)"))
        if chosen:
            self.send_path.setText(chosen if chosen.lower().endswith(".zip") else chosen + ".zip")
            if self.settings is not None:
                self.settings.remember_folder("bundle", chosen)

    def send_bundle(self) -> None:
        path = self.send_path.text().strip()
        office = self.office_edit.text().strip() or None

        def done(info: sync.BundleInfo) -> None:
            names = {"donors": self.tr("donors"), "programmes": self.tr("programmes"), "institutions": self.tr("institutions"),
                     "signatories": self.tr("signatories"), "items": self.tr("items"), "acts": self.tr("acts"),
                     "attachments": self.tr("attachments")}
            counts = ", ".join(f"{names.get(k, k)}: {n}" for k, n in info.counts.items() if n) or self.tr("nothing new")
            self.send_label.setText(self.tr("Wrote %1 (%2).").replace("%1", str(info.path)).replace("%2", counts))
            self._office_changed()
            self.exported.emit(info)

        self.tasks.run_with_progress(_export, path, office, self.everything.isChecked(), parent=self, label=self.tr("Writing the bundle…"),
                                     on_done=done, on_error=lambda error: errors.show_error(self, error))

"""Backups from the window: where they go, which there are, back up now, restore one.

Restoring replaces the database the window has open, so the dialog only
checks the chosen backup (integrity, schema, acts) and asks; on Yes it emits
``restore_requested(path)``.  The main window then closes its connection and
calls :func:`restore_into`, which keeps a copy of the current database first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from equipment_desk.exchange import backup
from equipment_desk.ui import errors
from equipment_desk.ui.widgets.screen import fit_to_screen


def _backup_now(context, folder: str, keep: int) -> str:
    def progress(copied: int, total: int) -> None:
        context.progress(copied, total)

    return str(backup.backup_database(db=context.db, folder=folder, keep=keep, progress=progress))


def _check(context, path: str) -> backup.BackupCheck:
    return backup.check_backup(path)


def restore_into(*, backup_path: str | Path, database_path: str | Path, settings=None) -> Path | None:
    """Restore with the database closed; returns where the previous database was kept."""
    return backup.restore_backup(backup_path=backup_path, database_path=database_path,
                                 folder=backup.backup_folder(database_path, settings.backup_folder if settings else None))


class BackupDialog(QDialog):
    """``restore_requested(path)``: the user confirmed restoring ``path`` (checked); the window does the rest."""

    restore_requested = Signal(str)
    backed_up = Signal(str)

    def __init__(self, *, db, db_path: str | Path, settings=None, tasks, keep: int = backup.DEFAULT_KEEP,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.db_path = Path(db_path)
        self.settings = settings
        self.tasks = tasks
        self.setWindowTitle(self.tr("Backups"))
        self.setObjectName("backup_dialog")
        fit_to_screen(self, 720, 460)
        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        change = QPushButton(self.tr("Change folder…"), self)
        change.clicked.connect(self.choose_folder)
        self.keep_spin = QSpinBox(self)
        self.keep_spin.setRange(1, 365)
        self.keep_spin.setValue(keep)
        top = QHBoxLayout()
        top.addWidget(self.folder_label, 1)
        top.addWidget(change)
        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(self.tr("Keep the newest"), self))
        keep_row.addWidget(self.keep_spin)
        keep_row.addWidget(QLabel(self.tr("backups (older ones are deleted after each new backup)"), self))
        keep_row.addStretch(1)
        self.list = QTableWidget(0, 3, self)
        self.list.setObjectName("backup_list")
        self.list.setHorizontalHeaderLabels([self.tr("Taken (UTC)"), self.tr("Why"), self.tr("Size")])
        self.list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().setVisible(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("Back up now"), self)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore the selected backup…"), self)
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        other = QPushButton(self.tr("Restore from a file…"), self)
        other.clicked.connect(self.restore_from_file)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(other)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(keep_row)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.reload()

    @property
    def folder(self) -> Path:
        return backup.backup_folder(self.db_path, self.settings.backup_folder if self.settings else None)

    def reload(self) -> None:
        self.folder_label.setText(self.tr("Backups are kept in %1").replace("%1", str(self.folder)))
        reasons = {"manual": self.tr("by hand"), "exit": self.tr("on exit"), "daily": self.tr("daily"),
                   "migration": self.tr("before an update"), "before-restore": self.tr("before a restore")}
        found = backup.list_backups(self.folder, backup.database_id(self.db.conn))  # this database's, not another's
        self.list.setRowCount(len(found))
        for row, info in enumerate(found):
            taken = QTableWidgetItem(info.taken_at.strftime("%Y-%m-%d %H:%M:%S"))
            taken.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.list.setItem(row, 0, taken)
            self.list.setItem(row, 1, QTableWidgetItem(reasons.get(info.reason, info.reason)))
            size = QTableWidgetItem(self.tr("%1 MB").replace("%1", QLocale().toString(info.size / 1024 / 1024, "f", 1)))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.setItem(row, 2, size)
        self.restore_button.setEnabled(bool(found))
        if found:
            self.list.selectRow(0)

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for backups"), str(self.folder))
        if chosen and self.settings is not None:
            self.settings.set("backup_folder", chosen)
            self.reload()

    def back_up_now(self) -> None:
        def done(path: str) -> None:
            self.status.setText(self.tr("Backup written: %1").replace("%1", path))
            self.reload()
            self.backed_up.emit(path)

        self.tasks.run_with_progress(_backup_now, str(self.folder), self.keep_spin.value(), parent=self,
                                     label=self.tr("Making a backup…"), on_done=done, on_error=lambda error: errors.show_error(self, error))

    def selected_backup(self) -> str | None:
        rows = self.list.selectionModel().selectedRows()
        if not rows:
            return None
        return self.list.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)

    def restore_from_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup"), str(self.folder), self.tr("Backups (*.sqlite);;All files (*)"))
        if chosen:
            self.restore_selected(chosen)

    def restore_selected(self, path: str | None = None, *, confirm: bool = True) -> None:
        """Check the backup in the background, ask, then emit ``restore_requested``."""
        path = path or self.selected_backup()
        if not path:
            return

        def checked(result: backup.BackupCheck) -> None:
            if confirm:
                answer = QMessageBox.question(
                    self, self.tr("Restore this backup?"),
                    self.tr("The backup is intact: {acts}, {items}, {institutions}.\n\n"
                            "The database will be replaced by it. A copy of the current database is kept in the backup folder first.")
                    .format(acts=self.tr("%n act(s)", "", result.acts), items=self.tr("%n item(s)", "", result.items),
                            institutions=self.tr("%n institution(s)", "", result.institutions)),
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return
            self.status.setText(self.tr("Restoring %1…").replace("%1", Path(path).name))
            self.restore_requested.emit(path)

        self.tasks.run_with_progress(_check, path, parent=self, label=self.tr("Checking the backup…"), on_done=checked,
                                     on_error=lambda error: errors.show_error(self, error))

"""What the window does with files: import from Excel/CSV, export the lists, exchange bundles with
another office, backups (the daily one, the one on closing) and restoring one: :class:`DataActions`,
a part of :class:`~equipment_desk.ui.main_window.MainWindow`.

Its words are in the window's translation context (``MainWindow``), as the window shows them.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QWidget,
)

from equipment_desk.core.errors import DeskError
from equipment_desk.store import queries
from equipment_desk.store.changes import OpChanges
from equipment_desk.store.database import database_file
from equipment_desk.ui.errors import error_text, show_error
from equipment_desk.ui.qt_values import Qt
from equipment_desk.ui.tasks import TaskCancelled

log = logging.getLogger(__name__)

IMPORT_KINDS = {"items": "item", "institutions": "institution", "programmes": "programme", "donors": "donor"}
"""List kind -> what the import wizard imports into it."""
EXPORTS = ("acts", "items", "institutions", "programmes", "donors", "lines")
"""What can be exported: a list, the act register ("acts") or every act line ("lines")."""
EXPORT_FILE_NAMES = {"acts": "act-register", "items": "items", "institutions": "institutions", "programmes": "programmes",
                     "donors": "donors", "lines": "act-lines"}


def export_work(context, what: str, path: str, lang: str) -> int:  # noqa: ANN001 - a TaskContext
    """Background work: write one list, the act register or the act lines to ``path``; returns the rows written."""
    from equipment_desk.exchange import export
    from equipment_desk.store.database import database_file

    options = {"progress": lambda done, total: context.progress(done, total), "cancel": lambda: context.cancelled,
               "protected": [database_file(context.db)]}
    if what == "acts":
        return export.export_act_register(db=context.db, path=path, lang=lang, **options)
    if what == "lines":
        return export.export_act_lines(db=context.db, path=path, lang=lang, **options)
    return export.export_list(db=context.db, kind=IMPORT_KINDS[what], path=path, lang=lang, **options)


def daily_backup_work(context, folder: str, keep: int) -> str | None:  # noqa: ANN001 - a TaskContext
    """Background work: the day's first backup; the new file, or None when today's backup exists."""
    from equipment_desk.exchange import backup

    made = backup.backup_if_due(db=context.db, folder=folder, keep=keep, progress=lambda _done, _total: context.check_cancelled())
    return str(made) if made is not None else None


def was_cancelled(error: BaseException) -> bool:
    """True when a task ended because the user pressed Cancel (no message needed)."""
    from equipment_desk.exchange.progress import Cancelled

    return isinstance(error, Cancelled | TaskCancelled)



class DataActions:
    """Import, export, exchange and backups (mixed into :class:`~equipment_desk.ui.main_window.MainWindow`)."""

    def import_into_current(self) -> None:
        """The import wizard for what the current section lists (items when it lists nothing)."""
        self.open_import(IMPORT_KINDS.get(self.current_kind() or "", "item"))

    def import_wizard(self, kind: str = "item", path: str | Path | None = None) -> QWidget:
        """The import wizard, connected to the lists (not shown)."""
        from equipment_desk.ui.import_wizard import ImportWizard

        wizard = ImportWizard(db=self.db, tasks=self.tasks, settings=self.settings, kind=kind, path=path, parent=self)
        wizard.imported.connect(self._imported)
        return wizard

    def open_import(self, kind: str = "item", path: str | Path | None = None) -> None:
        wizard = self.import_wizard(kind, path)
        wizard.exec()
        wizard.deleteLater()

    def _imported(self, result: Any) -> None:
        # only what the import wrote: its records (an institution's signatories and a programme's donors are
        # its own kind), never the office's settings, so unsaved edits on the Settings page stay
        self.apply_changes(OpChanges.of_tables(result.kind))
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Imported %n record(s).", "", result.created), 10_000)
        self.show_list({"item": "items", "institution": "institutions", "programme": "programmes", "donor": "donors"}[result.kind])

    def export_current(self) -> None:
        """Export the list of the current section (for Handover acts: the act register)."""
        kind = self.current_kind()
        if kind is not None:
            self.export_data(kind)

    def choose_export_path(self, what: str) -> str:
        """Ask where to write the export; '' when the user cancels."""
        from PySide6.QtWidgets import QFileDialog

        captions = {
            "acts": QCoreApplication.translate("MainWindow", "Export the act register"), "lines": QCoreApplication.translate("MainWindow", "Export the lines of all acts"),
            "items": QCoreApplication.translate("MainWindow", "Export the list of items"), "institutions": QCoreApplication.translate("MainWindow", "Export the list of institutions"),
            "programmes": QCoreApplication.translate("MainWindow", "Export the list of programmes"), "donors": QCoreApplication.translate("MainWindow", "Export the list of donors"),
        }
        excel, csv = QCoreApplication.translate("MainWindow", "Excel workbook (*.xlsx)"), QCoreApplication.translate("MainWindow", "CSV, UTF-8 (*.csv)")
        start = Path(self.settings.last_folder("export")) / f"{EXPORT_FILE_NAMES[what]}.xlsx"
        chosen, chosen_filter = QFileDialog.getSaveFileName(self, captions[what], str(start), f"{excel};;{csv}")
        if not chosen:
            return ""
        if Path(chosen).suffix.lower() not in (".xlsx", ".csv"):
            chosen += ".csv" if chosen_filter == csv else ".xlsx"
        self.settings.remember_folder("export", chosen)
        return chosen

    def export_data(self, what: str, path: str | Path | None = None) -> None:
        """Write a list (``items``…), the act register (``acts``) or every act line (``lines``) in the background."""
        if what not in EXPORTS:
            raise ValueError(f"nothing called {what!r} can be exported")
        target = str(path) if path else self.choose_export_path(what)
        if not target:
            return

        def done(rows: int) -> None:
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Wrote %n row(s) to {file}.", "", rows).format(file=Path(target).name), 15_000)

        self.tasks.run_with_progress(export_work, what, target, self.lang, parent=self,
                                     label=QCoreApplication.translate("MainWindow", "Writing {file}…").format(file=Path(target).name),
                                     on_done=done, on_error=self._task_failed)

    def _task_failed(self, error: BaseException) -> None:
        if was_cancelled(error):
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Cancelled; nothing was written."), 10_000)
            return
        show_error(self, error)

    # --- exchange between offices ------------------------------------------------------------------

    def sync_dialog(self) -> QWidget:
        from equipment_desk.ui.sync_dialog import SyncDialog

        dialog = SyncDialog(db=self.db, tasks=self.tasks, settings=self.settings, parent=self)
        dialog.merged.connect(lambda report: self.data_changed(report.changed()))  # only what the merge wrote
        dialog.exported.connect(lambda _info: self.update_status())
        return dialog

    def open_sync(self) -> None:
        dialog = self.sync_dialog()
        dialog.exec()
        dialog.deleteLater()

    # --- backups -----------------------------------------------------------------------------------

    def backup_folder(self) -> Path | None:
        """Where backups go (the settings' folder, else ``backups`` beside the database)."""
        if self.db_path is None:
            return None
        from equipment_desk.exchange.backup import backup_folder

        return backup_folder(self.db_path, self.settings.backup_folder)

    def make_backup_dialog(self) -> QWidget:
        from equipment_desk.ui.backup_dialog import BackupDialog

        dialog = BackupDialog(db=self.db, db_path=self.db_path, settings=self.settings, tasks=self.tasks,
                              keep=self.settings.backup_keep, parent=self)
        dialog.keep_spin.valueChanged.connect(lambda value: self.settings.set("backup_keep", int(value)))
        # Restoring replaces the open database: do it once the dialog's own work has finished.
        dialog.restore_requested.connect(lambda path: QTimer.singleShot(0, partial(self.restore_backup, path)))
        return dialog

    def open_backups(self) -> None:
        if self.db_path is None:
            return
        self.backup_dialog = self.make_backup_dialog()
        try:
            self.backup_dialog.exec()
        finally:
            self.backup_dialog.deleteLater()
            self.backup_dialog = None

    def restore_backup(self, backup_path: str | Path) -> bool:
        """Close the database, replace it with the (checked) backup, open it again and show it all anew."""
        from PySide6.QtWidgets import QMessageBox

        from equipment_desk.exchange.backup import make_before_migrate
        from equipment_desk.store.database import open_database
        from equipment_desk.ui.backup_dialog import restore_into

        if self.db_path is None:
            return False
        if self.backup_dialog is not None:
            self.backup_dialog.accept()
        self.tasks.cancel_all()
        self.tasks.wait(10_000)
        self._stop_background_work()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        kept: Path | None = None
        failure: BaseException | None = None
        try:
            self.db.close()
            try:
                kept = restore_into(backup_path=backup_path, database_path=self.db_path, settings=self.settings)
            except Exception as error:  # noqa: BLE001 - shown below, once the database is open again
                failure = error
            try:
                db = open_database(self.db_path, before_migrate=make_before_migrate(self.backup_folder(), self.settings.backup_keep))
            except Exception as error:  # noqa: BLE001 - the window cannot go on without its database
                log.exception("the database could not be opened again after a restore")
                self._database_lost = True
                QApplication.restoreOverrideCursor()
                show_error(self, error)
                self.close()
                return False
            self.set_database(db)
        finally:
            if QApplication.overrideCursor() is not None:
                QApplication.restoreOverrideCursor()
        if failure is not None:
            show_error(self, failure)
            return False
        text = QCoreApplication.translate("MainWindow", "The database was restored from {backup}.").format(backup=Path(backup_path).name)
        if kept is not None:
            text += "\n\n" + QCoreApplication.translate("MainWindow", "The database as it was before is kept in {path}.").format(path=str(kept))
        box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("MainWindow", "Backup restored"), text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("restored_message")
        box.exec()
        return True

    def start_daily_backup(self) -> None:
        """The day's first backup, in the background (nothing happens when today's exists or backups are off)."""
        folder = self.backup_folder()
        if not self.auto_backups or folder is None or not database_file(self.db) is not None or queries.is_empty(db=self.db):
            return

        def done(path: str | None) -> None:
            if path:
                log.info("daily backup written to %s", path)

        def failed(error: BaseException) -> None:
            log.warning("the daily backup to %s failed: %s", folder, error)
            reason = error_text(error) if isinstance(error, DeskError) else str(error)
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "The daily backup could not be written to {folder}: {reason}").format(
                folder=str(folder), reason=reason))

        runner = self.background_tasks or self.tasks
        runner.run(daily_backup_work, str(folder), self.settings.backup_keep, on_done=done,
                   on_error=lambda error: None if was_cancelled(error) else failed(error))

    def back_up_on_exit(self) -> bool:
        """The backup taken when the window closes; when it fails the user is told where and why.  True if written."""
        from PySide6.QtWidgets import QMessageBox

        from equipment_desk.exchange import backup

        folder = self.backup_folder()
        if not self.auto_backups or folder is None or self._database_lost or not database_file(self.db) is not None:
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            backup.backup_database(db=self.db, folder=folder, reason="exit", keep=self.settings.backup_keep)
            return True
        except Exception as error:  # noqa: BLE001 - closing goes on; the user must know the backup is missing
            log.exception("the backup on exit to %s failed", folder)
            reason = error_text(error) if isinstance(error, DeskError) else str(error)
        finally:
            QApplication.restoreOverrideCursor()
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("MainWindow", "No backup was made"), QCoreApplication.translate("MainWindow",
            "The backup on closing could not be written to {folder}.\n\nReason: {reason}").format(folder=str(folder), reason=reason),
            QMessageBox.StandardButton.Ok, self)
        box.setInformativeText(QCoreApplication.translate("MainWindow", "Your data is safe in the database. Check the backup folder in Settings "
                                       "(a USB drive that is not plugged in, a full disk), or make a backup with File › Backups…"))
        box.setObjectName("exit_backup_failed")
        box.exec()
        return False

"""The main window: sections on the left, the current section's list and actions on the right.

Sections: Handover acts, Items (stock), Institutions, Programmes & donors,
Reports, Settings.  Each list is a :class:`~equipment_desk.ui.list_page.ListPage`
(search as you type, filters, columns that can be hidden and moved, a detail
pane).  A section's lists are built the first time it is shown or needed
(:class:`SectionPart`), so the window opens with only the one it shows.

The act editor (``equipment_desk.ui.acts.editor.ActEditorDialog``) and the
reports panel (``equipment_desk.ui.reports.ReportsPanel``) are imported
only when needed.

Every write the window starts returns what it changed
(:class:`~equipment_desk.store.changes.OpChanges`: the editor's ``changed``
signal, a record form's :attr:`changes`, :func:`~equipment_desk.store.changes.perform`),
and :meth:`MainWindow.apply_changes` refreshes only the lists, detail panes,
status line and reports that show one of those kinds (each list model says
which in its ``shows``).

Menus: *File* (import from Excel/CSV, export the lists, the act register
and the act lines, exchange with another office, backups), *Edit* (the
record actions of the toolbar), *View* (sections, refresh) and *Help*.
Whatever changes much data at once (a merge, a restore, the demo data) ends in
:meth:`MainWindow.data_changed`, which also reads the Settings page again when the
settings changed; an import and a saved Settings page go through
:meth:`MainWindow.apply_changes` with what they wrote.  The lists' filter choices
(countries, programmes, years) are read again when a kind they come from changed.  A restored database is handed to every part that reads it one way:
their ``use_database(db)`` (:meth:`MainWindow.set_database`).

Backups: with ``auto_backups=True`` (the program, not the tests) the window
takes the daily backup in the background once it is shown
(:meth:`MainWindow.start_daily_backup`) and a backup when it closes,
telling the user when that one fails.  Restoring a backup closes the
database, replaces it and opens it again (:meth:`MainWindow.restore_backup`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSize, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from equipment_desk.core.errors import DeskError
from equipment_desk.store import queries
from equipment_desk.store.changes import OpChanges, perform
from equipment_desk.store.database import database_file
from equipment_desk.store.queries import ListFilter
from equipment_desk.ui.data_actions import DataActions
from equipment_desk.ui.errors import log_file, show_error
from equipment_desk.ui.list_page import DetailPane, ListPage, related_acts_view
from equipment_desk.ui.list_summaries import SUMMARY_TYPING_PAUSE_MS, ListSummaries
from equipment_desk.ui.models import (
    ID_ROLE,
    ActsModel,
    DonorsModel,
    InstitutionsModel,
    ItemsModel,
    ListModel,
    ProgrammesModel,
)
from equipment_desk.ui.qt_values import (
    APPLICATION_SHORTCUT,
    TOOL_BUTTON_TEXT_BESIDE_ICON,
    USER_ROLE,
    WIDGET_WITH_CHILDREN_SHORTCUT,
    WINDOW_SHORTCUT,
    Qt,
)
from equipment_desk.ui.resources import icon
from equipment_desk.ui.settings import DeskSettings
from equipment_desk.ui.tasks import LatestOnlyRunner, TaskRunner
from equipment_desk.ui.widgets.header import show_titles
from equipment_desk.ui.widgets.screen import fit_to_screen

if TYPE_CHECKING:
    import sqlite_utils
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)

SECTIONS = ("acts", "items", "institutions", "programmes", "reports", "settings")
LIST_SECTIONS = ("acts", "items", "institutions", "programmes")
"""The sections of lists: each is built when it is first shown or needed (see :class:`SectionPart`)."""

COUNTED = frozenset({"acts", "items", "institutions", "programmes"})
"""The kinds of change the status line counts."""
REPORTED = frozenset({"acts", "items", "institutions", "programmes", "donors"})
"""The kinds of change the reports read."""

def filter_sources(page: ListPage) -> frozenset[str]:
    """The kinds of change that alter the choices of ``page``'s filters: the countries of institutions and acts,
    the programmes, the years of the items (on the items list) or of the acts."""
    kinds: set[str] = set()
    if page.country_filter is not None:
        kinds |= {"institutions", "acts"}
    if page.programme_filter is not None:
        kinds.add("programmes")
    if page.year_filter is not None:
        kinds.add("items" if page.model.kind == "items" else "acts")
    return frozenset(kinds)


def shown_path(path: Path) -> str:
    """A path as the status bar shows it: relative to the home folder when it is inside it."""
    try:
        return str(path.resolve().relative_to(Path.home().resolve()))
    except (ValueError, OSError, RuntimeError):
        return str(path)


def separator(parent: QObject) -> QAction:
    """A separator line to add to a menu or a toolbar.  (Their ``addSeparator`` returns one too, but PySide6 then
    checks whether it is a ``QWidgetAction``, making that class: 0.4 ms of the start.)"""
    line = QAction(parent)
    line.setSeparator(True)
    return line


class ReportsPlaceholder(QWidget):
    """Stands in for the Reports section until ``equipment_desk.ui.reports.ReportsPanel`` exists."""

    def __init__(self, parent: QWidget | None = None, **_: Any) -> None:
        super().__init__(parent)
        self.setObjectName("reports_placeholder")
        layout = QVBoxLayout(self)
        label = QLabel(self.tr(
            "Reports for donors and auditors (what went where, under which programme, for how much) "
            "will appear here.\n\nUntil then, filter the Handover acts list and read the totals under it."), self)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)


def make_reports_widget(*, db: sqlite_utils.Database, settings: DeskSettings, tasks: TaskRunner, parent: QWidget) -> QWidget:
    """The reports panel of issue 5 when it is installed, else the placeholder."""
    try:
        from equipment_desk.ui.reports import ReportsPanel  # type: ignore[import-not-found]
    except ImportError:
        return ReportsPlaceholder(parent)
    try:
        return ReportsPanel(db=db, settings=settings, tasks=tasks, parent=parent)
    except Exception:  # noqa: BLE001 - a broken panel must not stop the window from opening
        log.exception("the reports panel could not be created")
        return ReportsPlaceholder(parent)


class SectionPart:
    """An attribute of the window that belongs to a section of lists (``window.items_page``, …).

    Reading it before the section exists builds the section (:meth:`MainWindow.build_section`), which
    sets the attribute on the window; from then on the window's own attribute is found first.  So the
    window builds at start only the section it shows, and the others when they are first shown or needed.
    """

    def __init__(self, section: str) -> None:
        self.section = section
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, window: MainWindow | None, owner: type | None = None) -> Any:
        if window is None:
            return self
        window.build_section(self.section)
        return window.__dict__[self.name]


class MainWindow(DataActions, ListSummaries, QMainWindow):
    """The application window."""

    def __init__(self, *, db: sqlite_utils.Database, db_path: Path | str | None, settings: DeskSettings,
                 lang: str = "en", tasks: TaskRunner | None = None, auto_backups: bool = False,
                 counts_later: bool = False) -> None:
        """``counts_later``: the status bar's counts of records are left for the caller to show once the window
        is painted (:meth:`show_counts`), as the program's start does; otherwise they are counted now."""
        super().__init__()
        self.setObjectName("main_window")
        self.db = db
        self.db_path = Path(db_path) if db_path else None
        self.settings = settings
        self.lang = lang
        self.tasks = tasks or TaskRunner(db_path=self.db_path, parent=self)
        self.guide_window: QWidget | None = None  # the user guide, made when first asked for (F1)
        self.tasks.on_unhandled_error = lambda task, error: show_error(self, error)
        self.auto_backups = auto_backups
        """Daily backup after start and a backup on close (the program sets this; tests mostly do not)."""
        self._database_lost = False
        self._reports_stale = False
        self.backup_dialog: QWidget | None = None
        self._summary_generation = 0
        self._summary_filter: ListFilter | None = None
        self._summary_timer = QTimer(self)
        self._summary_timer.setSingleShot(True)
        self._summary_timer.setInterval(SUMMARY_TYPING_PAUSE_MS)
        self._summary_timer.timeout.connect(self._start_acts_summary)
        self.background_tasks = None if self.tasks.synchronous or self.db_path is None else TaskRunner(
            db_path=self.db_path, max_threads=2, parent=self)
        """Work the user did not start (the acts totals, the day's backup): closing the window never asks
        about it, it stops it (the backup taken on closing stands in for an unfinished day's backup).  Two
        threads: the totals never wait for the day's backup to copy the whole register."""
        self.id_reader: LatestOnlyRunner | None = None
        """Reads the rest of a search's ids on the items list (made with the list)."""
        self.setWindowTitle(self.tr("Equipment Desk"))

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(24, 24))
        self.navigation.setSpacing(2)
        self.pages = QStackedWidget(self)
        # Side by side.  No argument: with one, PySide6 tries it against QSplitter(Qt.Orientation) and makes the Qt
        # namespace's enums before the first paint (see qt_values); the window takes it as its central widget.
        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(1, False)
        self.setCentralWidget(splitter)
        self.main_splitter = splitter

        self._build_pages()
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        titles = self._section_titles()
        for key in SECTIONS:
            item = QListWidgetItem(icon(key), titles[key])
            item.setData(USER_ROLE, key)
            self.navigation.addItem(item)
        width = max(self.navigation.sizeHintForColumn(0), 0) + self.fontMetrics().averageCharWidth() * 4
        self.navigation.setMinimumWidth(width)
        self.navigation.setMaximumWidth(width * 2)
        splitter.setCollapsible(0, False)
        splitter.setSizes([width, width * 5])
        self.navigation.currentRowChanged.connect(self._section_changed)

        if not settings.restore_geometry("main_window", self):
            screen = self.screen().availableGeometry() if self.screen() else None
            if screen is not None:
                self.resize(int(screen.width() * 0.8), int(screen.height() * 0.8))
        else:
            fit_to_screen(self)  # a size remembered from a larger monitor
        state = settings.state("main_splitter")
        if state is not None:
            splitter.restoreState(state)
        last = settings.get("last_section")
        self.show_section(last if last in SECTIONS else "acts")
        self.update_status(counts=not counts_later)

    # --- building (a section's lists the first time it is shown or needed) -------------------------

    acts_page = SectionPart("acts")
    items_page = SectionPart("items")
    item_detail = SectionPart("items")
    item_acts = SectionPart("items")
    institutions_page = SectionPart("institutions")
    institution_detail = SectionPart("institutions")
    institution_acts = SectionPart("institutions")
    programme_tabs = SectionPart("programmes")
    programmes_page = SectionPart("programmes")
    programme_detail = SectionPart("programmes")
    programme_acts = SectionPart("programmes")
    programme_items = SectionPart("programmes")
    donors_page = SectionPart("programmes")

    def _build_pages(self) -> None:
        """A place in the stack for every section; the lists themselves are built by :meth:`build_section`."""
        self._built_pages: list[ListPage] = []
        self._detail_models: list[ListModel] = []
        """The lists of a detail pane (an item's acts, …), refreshed with the lists."""
        self._section_holders: dict[str, QWidget] = {}
        for key in LIST_SECTIONS:
            holder = QWidget(self)
            holder.setObjectName(f"section_{key}")
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self._section_holders[key] = holder
        self.reports_widget: QWidget | None = None  # built when the section is first shown (it reads every act)
        # The reports' controls need a wide window: in a narrower one the section scrolls rather than
        # making the whole window wider than a laptop screen.
        self.reports_holder = QScrollArea(self)
        self.reports_holder.setObjectName("reports_holder")
        self.reports_holder.setWidgetResizable(True)
        self.reports_holder.setFrameShape(QFrame.Shape.NoFrame)
        self._settings_page: QWidget | None = None  # built when the section is first shown
        self.settings_holder = QWidget(self)
        self.settings_holder.setObjectName("settings_holder")
        QVBoxLayout(self.settings_holder).setContentsMargins(0, 0, 0, 0)
        holders = {**self._section_holders, "reports": self.reports_holder, "settings": self.settings_holder}
        for key in SECTIONS:
            self.pages.addWidget(holders[key])

    def build_section(self, key: str) -> None:
        """Build the lists of section ``key`` unless they are built (start-up builds only the section shown)."""
        holder = self._section_holders.get(key)
        if holder is None or self.section_built(key):
            return
        builders = {"acts": self._build_acts, "items": self._build_items, "institutions": self._build_institutions,
                    "programmes": self._build_programmes}
        pages, models = len(self._built_pages), len(self._detail_models)
        try:
            widget = builders[key]()
        except BaseException:  # e.g. the database is locked just now: nothing of the section stays, the next try builds it whole
            for page in self._built_pages[pages:]:
                page.deleteLater()
            del self._built_pages[pages:], self._detail_models[models:]
            for name, part in vars(type(self)).items():
                if isinstance(part, SectionPart) and part.section == key:
                    self.__dict__.pop(name, None)
            raise
        holder.layout().addWidget(widget)

    def section_built(self, key: str) -> bool:
        """True once the lists of section ``key`` are built (see :meth:`build_section`)."""
        holder = self._section_holders.get(key)
        return holder is not None and holder.layout().count() > 0

    def _list_page(self, model: ListModel, filters: tuple[str, ...], open_record: Callable[[int], None]) -> ListPage:
        page = ListPage(model=model, settings=self.settings, key=model.kind, filters=filters, db=self.db, lang=self.lang)
        page.open_requested.connect(open_record)
        page.selection_changed.connect(self._update_actions)
        page.view.addAction(self.delete_action)  # the actions are built before any section
        self._built_pages.append(page)
        return page

    def _detail_model(self, model_class: type[ListModel], filters: ListFilter) -> ListModel:
        """A list of what the chosen record is on; read once a record is chosen (see ``list_summaries``)."""
        model = model_class(db=self.db, lang=self.lang, filters=filters, deferred=True, parent=self)
        self._detail_models.append(model)
        return model

    def _build_acts(self) -> QWidget:
        self.acts_page = self._list_page(ActsModel(db=self.db, lang=self.lang, deferred=True, parent=self),
                                         ("status", "country", "programme", "year"), self.open_act)
        self.acts_page.model.modelReset.connect(self._update_acts_summary)  # the totals follow the list
        return self.acts_page

    def _build_items(self) -> QWidget:
        items = ItemsModel(db=self.db, lang=self.lang, deferred=True, parent=self)
        if self.background_tasks is not None:  # past the first page, a search's ids are read off the GUI thread
            items.id_runner = self.id_reader = LatestOnlyRunner(db_path=self.background_tasks.db_path, parent=self)
        self.items_page = self._list_page(items, ("status", "programme", "year"), partial(self.open_record, "items"))
        self.item_detail, self.item_acts = self._acts_detail(self.items_page, ListFilter(item_id=-1), self._show_item)
        return self.items_page

    def _build_institutions(self) -> QWidget:
        self.institutions_page = self._list_page(InstitutionsModel(db=self.db, lang=self.lang, deferred=True, parent=self),
                                                 ("country", "programme", "year"), partial(self.open_record, "institutions"))
        self.institution_detail, self.institution_acts = self._acts_detail(
            self.institutions_page, ListFilter(institution_id=-1), self._show_institution)
        return self.institutions_page

    def _acts_detail(self, page: ListPage, filters: ListFilter, show: Callable[[], None]) -> tuple[DetailPane, ListModel]:
        """The detail pane of ``page``: the chosen record's words (``show`` writes them) over the acts it is on."""
        detail = DetailPane(self)
        acts = self._detail_model(ActsModel, filters)
        detail.body.addWidget(related_acts_view(detail, acts, self.open_act))
        page.add_detail(detail)
        page.selection_changed.connect(show)
        return detail, acts

    def _build_programmes(self) -> QWidget:
        from PySide6.QtWidgets import QTabWidget  # here: its Python class costs a start about 1 ms; the section comes later

        programmes = QWidget(self)
        programmes.setObjectName("page_programmes_and_donors")
        column = QVBoxLayout(programmes)
        column.setContentsMargins(0, 0, 0, 0)
        self.programme_tabs = QTabWidget(programmes)
        self.programmes_page = self._list_page(ProgrammesModel(db=self.db, lang=self.lang, deferred=True, parent=self),
                                               ("country", "year"), partial(self.open_record, "programmes"))
        self.programme_detail = DetailPane(self)
        detail_tabs = QTabWidget(self.programme_detail)
        self.programme_acts = self._detail_model(ActsModel, ListFilter(programme_id=-1))
        self.programme_items = self._detail_model(ItemsModel, ListFilter(programme_id=-1))
        detail_tabs.addTab(related_acts_view(detail_tabs, self.programme_acts, self.open_act), self.tr("Acts"))
        items_view = QTableView(detail_tabs)
        items_view.setModel(self.programme_items)
        show_titles(items_view, self.programme_items.header_titles())
        items_view.verticalHeader().hide()
        items_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        items_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for index, col in enumerate(self.programme_items.columns):
            items_view.setColumnHidden(index, col.key not in ("name", "serial_number", "quantity", "status"))
        items_view.horizontalHeader().setStretchLastSection(True)
        self.programme_items.modelReset.connect(items_view.resizeColumnsToContents)
        items_view.doubleClicked.connect(lambda index: self.open_record("items", int(index.data(ID_ROLE))))
        detail_tabs.addTab(items_view, self.tr("Items"))
        self.programme_detail.body.addWidget(detail_tabs)
        self.programmes_page.add_detail(self.programme_detail)
        self.programmes_page.selection_changed.connect(self._show_programme)
        self.donors_page = self._list_page(DonorsModel(db=self.db, lang=self.lang, deferred=True, parent=self), (),
                                           partial(self.open_record, "donors"))
        self.programme_tabs.addTab(self.programmes_page, self.tr("Programmes"))
        self.programme_tabs.addTab(self.donors_page, self.tr("Donors"))
        self.programme_tabs.currentChanged.connect(self._programme_tab_changed)
        column.addWidget(self.programme_tabs)
        return programmes

    def _programme_tab_changed(self, _index: int) -> None:
        page = self.current_page()
        if page is not None:
            page.activate()
        self._update_actions()

    def list_pages(self) -> list[ListPage]:
        """The lists built so far (a section's lists are built when it is first shown or needed)."""
        return list(self._built_pages)

    def list_page(self, kind: str) -> ListPage:
        """The list of ``kind`` (one of ``queries.LIST_KINDS``), built if need be."""
        return getattr(self, f"{kind}_page")

    def detail_models(self) -> list[ListModel]:
        """The lists of the detail panes built so far."""
        return list(self._detail_models)

    def _action(self, text: str, slot: Callable[[], Any], shortcut: QKeySequence | str | None = None,
                icon_name: str | None = None, name: str = "", *, window_wide: bool = True) -> QAction:
        """An action of the window; ``window_wide=False`` leaves placing its shortcut to the caller."""
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            # Properties: setShortcut (whose overloads PySide6 tries against Qt.Key) and setShortcutContext would make
            # the Qt namespace's enums before the first paint (see qt_values).
            action.setProperty("shortcut", QKeySequence(shortcut))
            action.setProperty("shortcutContext", WINDOW_SHORTCUT if window_wide else WIDGET_WITH_CHILDREN_SHORTCUT)
            action.setToolTip(f"{text} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        action.setObjectName(name)
        action.triggered.connect(slot)
        if window_wide:
            self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(self.tr("New"), self.new_record, QKeySequence.StandardKey.New, "new", "action_new")
        self.open_action = self._action(self.tr("Open"), self.open_current, None, "open", "action_open")
        self.print_action = self._action(self.tr("Print act…"), self.print_current, QKeySequence.StandardKey.Print, "print", "action_print")
        # Delete acts on the lists only: it must not take the key from a search field or an editor's table.
        self.delete_action = self._action(self.tr("Delete"), self.delete_current, QKeySequence.StandardKey.Delete, "delete",
                                          "action_delete", window_wide=False)
        self.write_off_action = self._action(self.tr("Write off…"), self.write_off_current, None, "write_off", "action_write_off")
        self.new_donor_action = self._action(self.tr("New donor"), lambda: self.new_record("donors"), None, "new", "action_new_donor")
        self.refresh_action = self._action(self.tr("Refresh"), self.refresh_all, QKeySequence.StandardKey.Refresh, "refresh", "action_refresh")
        self.search_action = self._action(self.tr("Search"), self.focus_search, QKeySequence.StandardKey.Find, None, "action_search")

        self.import_action = self._action(self.tr("Import from Excel/CSV…"), self.import_into_current, None, "import", "action_import")
        self.import_action.setStatusTip(self.tr("Add items, institutions, programmes or donors from a spreadsheet"))
        self.export_list_action = self._action(self.tr("Export list…"), self.export_current, None, "export", "action_export_list")
        self.export_list_action.setStatusTip(self.tr("Write the whole list of this section to an Excel or CSV file"))
        self.export_register_action = self._action(self.tr("Export act register…"), lambda: self.export_data("acts"), None, "export",
                                                   "action_export_register")
        self.export_lines_action = self._action(self.tr("Export lines of all acts…"), lambda: self.export_data("lines"), None, "export",
                                                "action_export_lines")
        self.sync_action = self._action(self.tr("Exchange with another office…"), self.open_sync, None, "sync", "action_sync")
        self.sync_action.setStatusTip(self.tr("Send your records to another laptop, or merge what another office sent"))
        self.backups_action = self._action(self.tr("Backups…"), self.open_backups, None, "backup", "action_backups")
        self.backups_action.setEnabled(self.db_path is not None and database_file(self.db) is not None)
        self.quit_action = self._action(self.tr("Quit"), self.close, "Ctrl+Q", None, "action_quit")
        self.guide_action = self._action(self.tr("User guide"), self.show_guide, QKeySequence.StandardKey.HelpContents, None, "action_guide")
        self.guide_action.setProperty("shortcutContext", APPLICATION_SHORTCUT)  # F1 in the act editor and dialogs too
        self.about_action = self._action(self.tr("About Equipment Desk"), self.show_about, None, "app", "action_about")
        self.data_folder_action = self._action(self.tr("Open data folder"), self.open_data_folder, None, None, "action_data_folder")
        self.section_actions: list[QAction] = []
        for number, key in enumerate(SECTIONS, start=1):
            title = self._section_titles()[key].replace("&", "&&")  # "Programmes & donors": no mnemonic
            action = self._action(title, partial(self.show_section, key), f"Ctrl+{number}", key,
                                  f"action_section_{key}")
            self.section_actions.append(action)

        self.toolbar = QToolBar(self.tr("Actions"), self)
        self.toolbar.setObjectName("toolbar")
        self._toolbar_shown: list[QAction | None] = []
        """The buttons the toolbar holds now (None: a separator)."""
        self._toolbar_separators: list[QAction] = []
        """The toolbar's separators, used again each time its buttons change."""
        self.toolbar.setMovable(False)
        self.toolbar.setProperty("toolButtonStyle", TOOL_BUTTON_TEXT_BESIDE_ICON)
        self.addToolBar(self.toolbar)

    def _section_titles(self) -> dict[str, str]:
        return {
            "acts": self.tr("Handover acts"), "items": self.tr("Items (stock)"), "institutions": self.tr("Institutions"),
            "programmes": self.tr("Programmes & donors"), "reports": self.tr("Reports"), "settings": self.tr("Settings"),
        }

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.setObjectName("menu_bar")
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("menu_file")
        file_menu.addAction(self.import_action)
        file_menu.addAction(separator(file_menu))
        file_menu.addAction(self.export_list_action)
        file_menu.addAction(self.export_register_action)
        file_menu.addAction(self.export_lines_action)
        file_menu.addAction(separator(file_menu))
        file_menu.addAction(self.sync_action)
        file_menu.addAction(self.backups_action)
        file_menu.addAction(separator(file_menu))
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("menu_edit")
        for action in (self.new_action, self.new_donor_action, self.open_action, self.print_action, self.write_off_action,
                       self.delete_action):
            edit_menu.addAction(action)
        edit_menu.addAction(separator(edit_menu))
        edit_menu.addAction(self.search_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setObjectName("menu_view")
        for action in self.section_actions:
            view_menu.addAction(action)
        view_menu.addAction(separator(view_menu))
        view_menu.addAction(self.refresh_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("menu_help")
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.about_action)
        help_menu.addAction(self.data_folder_action)
        self.menus = {"file": file_menu, "edit": edit_menu, "view": view_menu, "help": help_menu}

    def _build_status_bar(self) -> None:
        self.path_label = QLabel(self)
        self.path_label.setObjectName("status_path")
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("status_counts")
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)

    # --- sections ----------------------------------------------------------------------------------

    def current_section(self) -> str:
        item = self.navigation.currentItem()
        return item.data(USER_ROLE) if item is not None else "acts"

    def show_section(self, key: str) -> None:
        self.navigation.setCurrentRow(SECTIONS.index(key))

    def _section_changed(self, row: int) -> None:
        if row < 0:
            return
        if SECTIONS[row] == "settings":
            self.settings_page  # noqa: B018 - built when first shown
        if SECTIONS[row] == "reports":
            if self.reports_widget is not None and self._reports_stale:
                self._reload_reports()
            self.ensure_reports()
        page = self.current_page()
        if page is not None:
            page.activate()
        self.pages.setCurrentIndex(row)
        self._update_actions()

    @property
    def settings_page(self) -> Any:
        """The Settings section's page (``equipment_desk.ui.settings_page.SettingsPage``), created on first use."""
        if self._settings_page is None:
            from equipment_desk.ui.settings_page import SettingsPage

            self._settings_page = SettingsPage(db=self.db, settings=self.settings, parent=self.settings_holder)
            self._settings_page.saved.connect(self.apply_changes)
            self.settings_holder.layout().addWidget(self._settings_page)
        return self._settings_page

    def ensure_reports(self) -> QWidget:
        """The Reports section's widget, created on first use."""
        if self.reports_widget is None:
            self.reports_widget = make_reports_widget(db=self.db, settings=self.settings, tasks=self.tasks, parent=self.reports_holder)
            self.reports_holder.setWidget(self.reports_widget)
        return self.reports_widget

    def current_page(self) -> ListPage | None:
        section = self.current_section()
        if section == "programmes":
            return self.programmes_page if self.programme_tabs.currentIndex() == 0 else self.donors_page
        return self.list_page(section) if section in LIST_SECTIONS else None

    def current_kind(self) -> str | None:
        page = self.current_page()
        return page.model.kind if page is not None else None

    def _update_actions(self) -> None:
        section = self.current_section()
        kind = self.current_kind()
        page = self.current_page()
        selected = page.current_id() if page is not None else None
        texts = {"acts": self.tr("New act"), "items": self.tr("New item"), "institutions": self.tr("New institution"),
                 "programmes": self.tr("New programme"), "donors": self.tr("New donor")}
        self.new_action.setText(texts.get(kind or "", self.tr("New")))
        self.new_action.setEnabled(kind is not None)
        self.open_action.setEnabled(selected is not None)
        self.print_action.setEnabled(kind == "acts" and selected is not None)
        self.delete_action.setEnabled(selected is not None and kind is not None)
        self.write_off_action.setEnabled(kind == "items" and selected is not None)
        self.refresh_action.setEnabled(True)
        self.export_list_action.setEnabled(kind is not None)
        shown: list[QAction | None] = []  # None: a separator
        if kind is not None:
            shown.append(self.new_action)
            if section == "programmes" and kind == "programmes":
                shown.append(self.new_donor_action)
            shown.append(self.open_action)
            if kind == "acts":
                shown.append(self.print_action)
            if kind == "items":
                shown.append(self.write_off_action)
            shown += [self.delete_action, None]
            if kind in ("items", "institutions"):
                shown.append(self.import_action)
            shown += [self.export_list_action, None]
        shown.append(self.refresh_action)
        if shown == self._toolbar_shown:
            return  # the same buttons: rebuilding them would lay out and paint the whole window at each keystroke
        self._toolbar_shown = shown
        self.toolbar.clear()
        separators = iter(self._toolbar_separators)
        for action in shown:
            if action is None:
                line = next(separators, None)
                if line is None:
                    line = separator(self.toolbar)
                    self._toolbar_separators.append(line)
                self.toolbar.addAction(line)
            else:
                self.toolbar.addAction(action)

    def update_status(self, *, counts: bool = True) -> None:
        """The status bar: the database's path and (``counts``) how many records of each kind it holds."""
        self.path_label.setText(self.tr("Database: {path}").format(
            path=shown_path(self.db_path) if self.db_path else self.tr("(in memory)")))
        self.path_label.setToolTip(str(self.db_path) if self.db_path else "")
        if counts:
            self.show_counts(queries.counts(db=self.db))

    def show_counts(self, counts: dict[str, int]) -> None:
        """Show ``counts`` (:func:`equipment_desk.store.queries.counts`) in the status bar."""
        self.counts_label.setText(" · ".join((
            self.tr("%n act(s)", "", counts["acts"]), self.tr("%n draft(s)", "", counts["drafts"]),
            self.tr("%n item(s)", "", counts["items"]), self.tr("%n institution(s)", "", counts["institutions"]),
            self.tr("%n programme(s)", "", counts["programmes"]))))

    # --- actions -----------------------------------------------------------------------------------

    def focus_search(self) -> None:
        page = self.current_page()
        if page is not None:
            page.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            page.search.selectAll()

    def new_record(self, kind: str | None = None) -> None:
        kind = kind or self.current_kind()
        if kind == "acts":
            self.open_act(None)
        elif kind is not None:
            self.open_record(kind, None)

    def open_current(self) -> None:
        page = self.current_page()
        if page is not None and page.current_id() is not None:
            page.open_requested.emit(page.current_id())

    def open_record(self, kind: str, record_id: int | None) -> None:
        from equipment_desk.ui.forms.records import open_form

        done = open_form(kind, db=self.db, record_id=record_id, lang=self.lang, parent=self)
        self.apply_changes(done.changes)
        if done.value is not None:
            if record_id is None:  # a new record is shown where it is listed (a donor added from the programmes tab)
                self.show_list(kind)
            self.list_page(kind).select_id(done.value)

    def show_list(self, kind: str) -> None:
        """Show the list of ``kind`` (donors: the Donors tab of Programmes & donors)."""
        self.show_section("programmes" if kind == "donors" else kind)
        if kind in ("programmes", "donors"):
            self.programme_tabs.setCurrentIndex(1 if kind == "donors" else 0)

    def act_editor(self, act_id: int | None) -> QWidget | None:
        """The act editor for ``act_id`` (a new draft for None), connected to the lists."""
        from PySide6.QtWidgets import QMessageBox

        try:
            from equipment_desk.ui.acts.editor import ActEditorDialog
        except ImportError:
            QMessageBox.information(self, self.windowTitle(), self.tr("The act editor is not installed."))
            return None
        try:
            dialog = ActEditorDialog(db=self.db, act_id=act_id, settings=self.settings, tasks=self.tasks, parent=self)
        except DeskError as error:
            show_error(self, error)
            return None
        dialog.changed.connect(self.apply_changes)
        dialog.act_changed.connect(self.select_act)
        return dialog

    def open_act(self, act_id: int | None) -> None:
        dialog = self.act_editor(act_id)
        if dialog is not None:
            dialog.exec()

    def print_current(self) -> None:
        if self.current_kind() != "acts":
            return
        act_id = self.acts_page.current_id()
        if act_id is None:
            return
        dialog = self.act_editor(act_id)
        if dialog is not None:
            dialog.print_act()
            dialog.deleteLater()

    def select_act(self, act_id: int) -> None:
        """Show ``act_id`` as the current act of the acts list (the editor's act, after it stored something)."""
        self.acts_page.select_id(act_id)

    def delete_current(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        page = self.current_page()
        record_id = page.current_id() if page is not None else None
        if page is None or record_id is None:
            return
        kind = page.model.kind
        row = page.model.row_data(page.view.currentIndex().row()) or {}
        if kind == "acts" and row.get("status") != "draft":
            QMessageBox.information(self, self.windowTitle(), self.tr(
                "Act {number} is finalized and cannot be deleted. Open it and void it instead, giving the reason.").format(
                number=row.get("number")))
            return
        name = {"acts": self.tr("this draft act"), "items": self.tr("this item"), "institutions": self.tr("this institution"),
                "programmes": self.tr("this programme"), "donors": self.tr("this donor")}[kind]
        answer = QMessageBox.question(self, self.windowTitle(), self.tr("Delete {what}? This cannot be undone.").format(what=name),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        from equipment_desk.store import acts as act_store
        from equipment_desk.store import records

        kinds = {"items": records.ITEM, "institutions": records.INSTITUTION, "programmes": records.PROGRAMME, "donors": records.DONOR}
        try:
            if kind == "acts":
                done = perform(act_store.delete_draft, db=self.db, act_id=record_id)
            else:
                done = perform(records.delete, db=self.db, kind=kinds[kind], record_id=record_id)
        except DeskError as error:
            show_error(self, error)
            return
        self.apply_changes(done.changes)

    def write_off_current(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        item_id = self.items_page.current_id()
        if item_id is None or self.current_kind() != "items":
            return
        reason, ok = QInputDialog.getText(self, self.tr("Write off"), self.tr("Why is the item written off (e.g. broken beyond repair, stolen)?"))
        if not ok:
            return
        try:
            from equipment_desk.store import records

            done = perform(records.write_off, db=self.db, item_id=item_id, reason=reason)
        except DeskError as error:
            show_error(self, error)
            return
        self.apply_changes(done.changes)

    def apply_changes(self, changes: OpChanges) -> None:
        """Refresh what shows a kind of record ``changes`` names (lists, detail panes, status line, reports), only that."""
        for page in self.list_pages():
            if changes.touches(page.model.shows):
                page.refresh()
        for model in self.detail_models():
            if changes.touches(model.shows):
                model.refresh()
        for page in self.list_pages():
            if page.model.loaded and changes.touches(filter_sources(page)):
                page.refresh_filter_choices()
        if changes.touches(COUNTED):
            self.update_status()
        self._update_actions()
        if changes.touches(REPORTED):
            self.reports_changed()

    def refresh_all(self) -> None:
        """Read everything again (View › Refresh: another program may have changed the database)."""
        self.apply_changes(OpChanges.everything())

    def reports_changed(self) -> None:
        """The figures behind the reports changed: reload them now if shown, else when next shown."""
        if self.reports_widget is None:
            return
        self._reports_stale = True
        if self.current_section() == "reports":
            self._reload_reports()

    def _reload_reports(self) -> None:
        self._reports_stale = False
        reload = getattr(self.reports_widget, "reload", None)
        if reload is not None:
            reload()

    def data_changed(self, changes: OpChanges | Any = None) -> None:
        """Many records changed at once (a merge, a restore, the demo data): what shows them, as :meth:`apply_changes`,
        and the Settings page again when the office's settings are among them (otherwise its unsaved edits stay).
        ``changes`` says what changed (anything else: everything)."""
        changes = changes if isinstance(changes, OpChanges) else OpChanges.everything()
        self.apply_changes(changes)
        if self._settings_page is not None and changes.touches({"settings"}):
            self._settings_page.load()

    # --- import and export -------------------------------------------------------------------------

    def set_database(self, db: sqlite_utils.Database) -> None:
        """Work on ``db`` from now on (after a restore): every list, detail, setting and report reads it."""
        self.db = db
        for part in self.database_users():
            part.use_database(db)
        if self.reports_widget is not None:  # built anew with the new connection when next shown
            self.reports_holder.takeWidget()
            self.reports_widget.deleteLater()
            self.reports_widget = None
            if self.current_section() == "reports":
                self.ensure_reports()
        self.data_changed()
        self._update_acts_summary()

    def database_users(self) -> list[Any]:
        """Every part built so far that reads the database: each takes a new one by its ``use_database(db)``."""
        parts: list[Any] = [*self.list_pages(), *self.detail_models()]
        if self._settings_page is not None:
            parts.append(self._settings_page)
        return parts

    # --- help --------------------------------------------------------------------------------------

    def data_folder(self) -> Path:
        """The folder holding the database (and, by default, its backups and the log)."""
        if self.db_path is not None:
            return self.db_path.resolve().parent
        from equipment_desk.ui.app import data_folder

        return data_folder()

    def open_data_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QMessageBox

        folder = self.data_folder()
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            QMessageBox.information(self, self.windowTitle(), self.tr("The folder could not be opened: {folder}").format(folder=str(folder)))

    def about_text(self) -> str:
        from html import escape

        from equipment_desk import __version__

        path = log_file()
        rows = [
            f"<h3>{escape(self.tr('Equipment Desk'))} {escape(__version__)}</h3>",
            "<p>" + escape(self.tr("Donated equipment, recipient institutions, donor programmes and bilingual handover acts. "
                                   "Works without a network connection.")) + "</p>",
            "<p>" + escape(self.tr("Licence: MIT. Fonts: DejaVu (free licence, see the fonts folder).")) + "</p>",
            "<p>" + escape(self.tr("Database: {path}").format(path=str(self.db_path) if self.db_path else self.tr("(in memory)"))) + "<br>"
            + escape(self.tr("Backups: {path}").format(path=str(self.backup_folder()) if self.backup_folder() else "—")) + "<br>"
            + escape(self.tr("Log file: {path}").format(path=str(path) if path else self.tr("none (messages go to the console)"))) + "</p>",
        ]
        return "".join(rows)

    def about_box(self) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("About Equipment Desk"), self.about_text(), QMessageBox.StandardButton.Ok, self)
        box.setObjectName("about_box")
        box.setIconPixmap(icon("app").pixmap(64, 64))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return box

    def show_guide(self) -> None:
        """The user guide in the window's language, beside the window (F1)."""
        from equipment_desk.ui.help import GuideWindow

        if self.guide_window is None:
            self.guide_window = GuideWindow(self.lang, self)
        self.guide_window.show()
        self.guide_window.raise_()
        self.guide_window.activateWindow()

    def show_about(self) -> None:
        box = self.about_box()
        box.exec()
        box.deleteLater()

    # --- first start -------------------------------------------------------------------------------

    def show_welcome(self) -> None:
        from equipment_desk.ui.welcome import LOAD_DEMO, SET_UP, WelcomeDialog

        dialog = WelcomeDialog(self)
        dialog.exec()
        if dialog.choice == SET_UP:
            self.show_section("settings")
            self.settings_page.edits["office_name_en"].setFocus()
        elif dialog.choice == LOAD_DEMO:
            self.load_demo()

    def load_demo(self) -> None:
        from equipment_desk.ui.welcome import load_demo_data

        self.tasks.run_with_progress(load_demo_data, parent=self, label=self.tr("Loading the demo data…"),
                                     on_done=lambda _counts: self._demo_loaded())

    def _demo_loaded(self) -> None:
        self.data_changed()
        self.show_section("acts")

    # --- closing -----------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.tasks.active_count:
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(self, self.windowTitle(), self.tr(
                "Work is still running in the background. Stop it and close?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            self.tasks.cancel_all()
            self.tasks.wait(10_000)  # a cancelled write rolls back before the backup copies the file
        self._stop_background_work()
        self.save_layout()
        self.back_up_on_exit()
        super().closeEvent(event)

    def _stop_background_work(self) -> None:
        """Stop the work the user did not start, before the database is closed or replaced: the day's backup is
        cancelled (its unfinished file removed), a reading of the acts totals ends (it takes a moment)."""
        if self.background_tasks is not None:
            self._summary_generation += 1  # whatever it finds is not shown
            self._summary_timer.stop()
            self.background_tasks.cancel_all()
            self.background_tasks.wait(10_000)
        if self.id_reader is not None:
            self.id_reader.stop()

    def save_layout(self) -> None:
        self.settings.save_geometry("main_window", self)
        self.settings.save_state("main_splitter", self.main_splitter.saveState())
        self.settings.set("last_section", self.current_section())
        for page in self.list_pages():
            page.save_layout()
        self.settings.sync()



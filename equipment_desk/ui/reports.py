"""The Reports section: pivot totals with bar and line charts, acts still unsigned, the donor report.

:class:`ReportsPanel` shows the totals of what was handed over (finalized
and signed acts) by any one or two of donor, programme, country, recipient,
category, year and month — in USD at each act's own rate or in local
currency — as a table, a bar chart of the rows and a line over the months;
exports the table to XLSX; lists the acts still without a signed copy after
N days; and opens :class:`DonorReportDialog` for the donor report PDF.

Charts are drawn with QPainter (PySide6-Essentials has no QtCharts).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from equipment_desk.analytics import reports
from equipment_desk.core.money import format_amount
from equipment_desk.documents.reports import donor_report_pdf
from equipment_desk.exchange.reports import export_pivot
from equipment_desk.store import records
from equipment_desk.store.database import database_file
from equipment_desk.ui import errors
from equipment_desk.ui.models import RowsModel

Index = QModelIndex | QPersistentModelIndex
ACCENT = QColor("#1b5f95")
DATE_FORMAT = "dd.MM.yyyy"
"""How dates are shown and typed here, as the region writes them (15.02.2018)."""


def _date_text(iso: str | None) -> str:
    """``2018-02-15`` -> ``15.02.2018``."""
    if not iso or len(iso) < 10:
        return iso or ""
    return f"{iso[8:10]}.{iso[5:7]}.{iso[:4]}"


def _lang(settings) -> str:
    """'ru' or 'en': the language chosen in the settings, else the one the program runs in (``ui_language``);
    English without settings."""
    from equipment_desk.ui.words import ui_language

    if settings is None:
        return "en"
    try:
        chosen = settings.get("ui_language")
    except Exception:  # noqa: BLE001 - a settings object without the option
        chosen = ""
    return ui_language(chosen)


class PivotModel(QAbstractTableModel):
    """A pivot as a table: one row per row key plus Total; USD or local-currency values."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pivot: reports.Pivot | None = None
        self.local = False
        self.lang = "en"
        self.dimension_names: dict[str, str] = {}

    def set_pivot(self, pivot: reports.Pivot | None, *, local: bool = False, lang: str = "en") -> None:
        self.beginResetModel()
        self.pivot, self.local, self.lang = pivot, local, lang
        self.endResetModel()

    def _row_keys(self) -> list[str | None]:
        return [*self.pivot.row_keys, None] if self.pivot else []

    def _columns(self) -> list[tuple[str, str | None]]:
        """(kind, key): ('label', None), ('cell', col key), ('total', None), ('acts', None), ('items', None)."""
        if self.pivot is None:
            return []
        columns: list[tuple[str, str | None]] = [("label", None)]
        if self.pivot.cols_by:
            columns += [("cell", key) for key in self.pivot.col_keys]
        columns += [("total", None), ("acts", None), ("items", None)]
        return columns

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._row_keys())

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal or self.pivot is None:
            return None
        columns = self._columns()
        if not 0 <= section < len(columns):
            return None
        kind, key = columns[section]
        if kind == "label":
            return self.dimension_names.get(self.pivot.rows_by, self.pivot.rows_by)
        if kind == "cell":
            return self.pivot.label(self.pivot.cols_by, key)
        if kind == "total":
            return self.tr("Total, USD") if not self.local else self.tr("Total")
        if kind == "acts":
            return self.tr("Acts")
        return self.tr("Items")

    def cell_of(self, row: int, column: int) -> reports.Cell | None:
        row_key = self._row_keys()[row]
        kind, key = self._columns()[column]
        pivot = self.pivot
        if kind == "cell":
            if row_key is None:
                return pivot.col_totals.get(key)
            return pivot.cells.get((row_key, key))
        return pivot.total if row_key is None else pivot.row_totals.get(row_key)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.pivot is None:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < self.rowCount() and 0 <= column < self.columnCount()):
            return None
        kind, _key = self._columns()[column]
        row_key = self._row_keys()[row]
        if role == Qt.ItemDataRole.FontRole and row_key is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and kind != "label":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if kind == "label":
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self.tr("Total") if row_key is None else self.pivot.label(self.pivot.rows_by, row_key)
            return None
        cell = self.cell_of(row, column)
        if role == Qt.ItemDataRole.UserRole:
            if cell is None:
                return 0
            return {"acts": cell.act_count, "items": cell.items}.get(kind, cell.usd_minor)
        if role != Qt.ItemDataRole.DisplayRole or cell is None:
            return None
        if kind == "acts":
            return cell.act_count
        if kind == "items":
            return cell.items
        if self.local:
            return "\n".join(format_amount(v, c, self.lang) for c, v in sorted(cell.local.items()))
        return format_amount(cell.usd_minor, "USD", self.lang, with_currency=False)


class UnsignedModel(RowsModel):
    """Acts still without a signed copy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.acts: list[reports.UnsignedAct] = []
        self.lang = "en"

    def set_acts(self, acts: list[reports.UnsignedAct], lang: str = "en") -> None:
        self.beginResetModel()
        self.acts, self.lang = acts, lang
        self.endResetModel()

    columns = 6

    def rows(self) -> list[reports.UnsignedAct]:
        return self.acts

    def titles(self) -> tuple[str, ...]:
        return (self.tr("Act"), self.tr("Date"), self.tr("Days"), self.tr("What is missing"), self.tr("Amount"), self.tr("Recipient"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.acts):
            return None
        act = self.acts[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return act.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return act.number
        if column == 1:
            return _date_text(act.date)
        if column == 2:
            return act.days
        if column == 3:
            return self.tr("not signed yet") if act.state == "not signed" else self.tr("signed, but no scan kept")
        if column == 4:
            return format_amount(act.total_minor, act.currency, self.lang)
        if column == 5:
            return act.recipient
        return None


def chart_painter(chart: QWidget, title: str, empty_text: str = "") -> tuple[QPainter, QRect]:
    """A painter on ``chart`` with its title drawn in bold on top, and the area inside its margins; with
    ``empty_text`` (a chart with nothing to show) that text is drawn in the middle instead."""
    painter = QPainter(chart)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = chart.rect().adjusted(8, 8, -8, -8)
    bold = QFont(chart.font())
    bold.setBold(True)
    painter.setFont(bold)
    painter.drawText(rect.left(), rect.top() + 12, title)
    painter.setFont(chart.font())
    if empty_text:
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, empty_text)
    return painter, rect


class BarChart(QWidget):
    """Horizontal bars with their labels and values, drawn with QPainter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.bars: list[tuple[str, int]] = []
        self.lang = "en"
        self.setMinimumHeight(160)

    def set_bars(self, title: str, bars: list[tuple[str, int]], lang: str = "en") -> None:
        self.title, self.bars, self.lang = title, bars[:15], lang
        self.update()

    def paintEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        painter, rect = chart_painter(self, self.title, self.tr("Nothing handed over in this period") if not self.bars else "")
        if not self.bars:
            return
        top = rect.top() + 24
        label_width = min(260, rect.width() // 3)
        value_width = 110
        height = max(12, min(26, (rect.bottom() - top) // max(1, len(self.bars)) - 4))
        peak = max(v for _, v in self.bars) or 1
        span = max(10, rect.width() - label_width - value_width - 16)
        metrics = painter.fontMetrics()
        for number, (label, value) in enumerate(self.bars):
            y = top + number * (height + 4)
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(rect.left(), y, label_width - 8, height), int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), shown)
            width = span * value / peak
            painter.fillRect(QRectF(rect.left() + label_width, y + 2, max(1.0, width), height - 4), ACCENT)
            painter.drawText(QRectF(rect.left() + label_width + width + 6, y, value_width, height),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             format_amount(value, "USD", self.lang, with_currency=False))
        painter.end()


class LineChart(QWidget):
    """A line over time (one point per month), drawn with QPainter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.points: list[tuple[str, int]] = []
        self.lang = "en"
        self.setMinimumHeight(140)

    def set_points(self, title: str, points: list[tuple[str, int]], lang: str = "en") -> None:
        self.title, self.points, self.lang = title, points, lang
        self.update()

    def paintEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        painter, rect = chart_painter(self, self.title, self.tr("Nothing handed over in this period") if not self.points else "")
        if not self.points:
            return
        area = QRectF(rect.left() + 70, rect.top() + 24, rect.width() - 110, rect.height() - 48)
        painter.setPen(QPen(self.palette().mid().color(), 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        painter.drawLine(area.bottomLeft(), area.topLeft())
        peak = max(v for _, v in self.points) or 1
        painter.setPen(self.palette().text().color())
        painter.drawText(QRectF(rect.left(), area.top() - 8, 66, 16), int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         format_amount(peak, "USD", self.lang, with_currency=False).split("." if self.lang == "en" else ",")[0])
        painter.drawText(QRectF(rect.left(), area.bottom() - 8, 66, 16), int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), "0")
        step = area.width() / max(1, len(self.points) - 1)
        path = QPainterPath()
        coords = []
        for number, (_label, value) in enumerate(self.points):
            x = area.left() + (step * number if len(self.points) > 1 else area.width() / 2)
            y = area.bottom() - area.height() * value / peak
            coords.append((x, y))
            if number == 0:
                path.moveTo(x, y)
            else:
                path.lineTo(x, y)
        painter.setPen(QPen(ACCENT, 2))
        painter.drawPath(path)
        painter.setPen(self.palette().text().color())
        every = max(1, len(self.points) // 8)
        for number, ((label, _value), (x, y)) in enumerate(zip(self.points, coords)):
            painter.setBrush(ACCENT)
            painter.drawEllipse(QRectF(x - 3, y - 3, 6, 6))
            if number % every == 0:
                painter.drawText(QRectF(x - 40, area.bottom() + 4, 80, 16), int(Qt.AlignmentFlag.AlignHCenter), label)
        painter.end()


class ReportsPanel(QWidget):
    """The Reports section of the main window."""

    def __init__(self, *, db, settings=None, tasks=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.tasks = tasks
        self.lang = _lang(settings)
        self.pivot: reports.Pivot | None = None
        self.setObjectName("reports_panel")
        names = {"donor": self.tr("Donor"), "programme": self.tr("Programme"), "country": self.tr("Country"),
                 "institution": self.tr("Recipient"), "category": self.tr("Category"), "year": self.tr("Year"), "month": self.tr("Month")}
        self.dimension_names = names

        self.rows_combo = QComboBox(self)
        self.cols_combo = QComboBox(self)
        self.cols_combo.addItem(self.tr("(nothing)"), None)
        for key in reports.DIMENSIONS:
            self.rows_combo.addItem(names[key], key)
            self.cols_combo.addItem(names[key], key)
        self.rows_combo.setCurrentIndex(self.rows_combo.findData("programme"))
        self.values_combo = QComboBox(self)
        self.values_combo.addItem(self.tr("USD at each act's rate"), False)
        self.values_combo.addItem(self.tr("Local currency"), True)
        self.all_dates = QCheckBox(self.tr("All dates"), self)
        self.all_dates.setChecked(True)
        self.date_from = QDateEdit(self)
        self.date_to = QDateEdit(self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATE_FORMAT)
            edit.setEnabled(False)
        today = date.today()
        self.date_from.setDate(QDate(today.year, 1, 1))
        self.date_to.setDate(QDate(today.year, today.month, today.day))
        self.all_dates.toggled.connect(lambda on: (self.date_from.setEnabled(not on), self.date_to.setEnabled(not on)))
        self.export_button = QPushButton(self.tr("Export to Excel…"), self)
        self.export_button.clicked.connect(self.choose_export)
        self.donor_report_button = QPushButton(self.tr("Donor report…"), self)
        self.donor_report_button.clicked.connect(self.open_donor_report)
        for widget in (self.rows_combo, self.cols_combo, self.values_combo):
            widget.currentIndexChanged.connect(self.refresh)
        for signal in (self.all_dates.toggled, self.date_from.dateChanged, self.date_to.dateChanged):
            signal.connect(self.refresh)

        # two rows, so the section fits a 1366-pixel laptop screen in Russian too
        controls = QVBoxLayout()
        choices = QHBoxLayout()
        for label, widget in ((self.tr("Rows:"), self.rows_combo), (self.tr("Columns:"), self.cols_combo),
                              (self.tr("Values:"), self.values_combo)):
            choices.addWidget(QLabel(label, self))
            choices.addWidget(widget)
        choices.addStretch(1)
        choices.addWidget(self.export_button)
        choices.addWidget(self.donor_report_button)
        period = QHBoxLayout()
        period.addWidget(self.all_dates)
        period.addWidget(QLabel(self.tr("From:"), self))
        period.addWidget(self.date_from)
        period.addWidget(QLabel(self.tr("To:"), self))
        period.addWidget(self.date_to)
        period.addStretch(1)
        controls.addLayout(choices)
        controls.addLayout(period)

        self.model = PivotModel(self)
        self.model.dimension_names = names
        self.table = QTableView(self)
        self.table.setObjectName("pivot_table")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.bar_chart = BarChart(self)
        self.line_chart = LineChart(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.note = QLabel(self)  # how acts of co-funded programmes count, when figures are by donor
        self.note.setObjectName("co_funded_note")
        self.note.setWordWrap(True)
        italic = QFont(self.note.font())
        italic.setItalic(True)
        self.note.setFont(italic)
        self.note.setVisible(False)
        table_pane = QWidget(self)
        table_layout = QVBoxLayout(table_pane)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.note)
        charts = QWidget(self)
        charts_layout = QHBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        charts_layout.addWidget(self.bar_chart, 3)
        charts_layout.addWidget(self.line_chart, 2)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(table_pane)
        splitter.addWidget(charts)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        totals = QWidget(self)
        totals_layout = QVBoxLayout(totals)
        totals_layout.addLayout(controls)
        totals_layout.addWidget(self.summary)
        totals_layout.addWidget(splitter, 1)

        self.days_spin = QSpinBox(self)
        self.days_spin.setRange(0, 3650)
        self.days_spin.setValue(reports.DEFAULT_UNSIGNED_DAYS)
        self.days_spin.valueChanged.connect(self.refresh_unsigned)
        self.unsigned_model = UnsignedModel(self)
        self.unsigned_table = QTableView(self)
        self.unsigned_table.setModel(self.unsigned_model)
        self.unsigned_table.verticalHeader().setVisible(False)
        self.unsigned_label = QLabel(self)
        unsigned = QWidget(self)
        unsigned_layout = QVBoxLayout(unsigned)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Acts without a signed copy after"), self))
        row.addWidget(self.days_spin)
        row.addWidget(QLabel(self.tr("days"), self))
        row.addStretch(1)
        unsigned_layout.addLayout(row)
        unsigned_layout.addWidget(self.unsigned_label)
        unsigned_layout.addWidget(self.unsigned_table, 1)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(totals, self.tr("Totals"))
        self.tabs.addTab(unsigned, self.tr("Unsigned acts"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.refresh()
        self.refresh_unsigned()

    # --- data ---------------------------------------------------------------------------------------

    def period(self) -> tuple[str | None, str | None]:
        if self.all_dates.isChecked():
            return None, None
        return self.date_from.date().toString("yyyy-MM-dd"), self.date_to.date().toString("yyyy-MM-dd")

    def set_dimensions(self, rows: str, columns: str | None = None) -> None:
        self.cols_combo.setCurrentIndex(self.cols_combo.findData(columns))
        self.rows_combo.setCurrentIndex(self.rows_combo.findData(rows))

    def refresh(self) -> None:
        """Recompute the totals (the window calls this when acts change)."""
        rows_by = self.rows_combo.currentData()
        cols_by = self.cols_combo.currentData()
        if cols_by == rows_by:
            cols_by = None
        date_from, date_to = self.period()
        try:
            self.pivot = reports.pivot(db=self.db, rows_by=rows_by, cols_by=cols_by, date_from=date_from, date_to=date_to, lang=self.lang)
            series = reports.series_over_time(db=self.db, date_from=date_from, date_to=date_to)
        except Exception as error:  # noqa: BLE001 - shown to the user
            errors.show_error(self, error)
            return
        self.model.set_pivot(self.pivot, local=bool(self.values_combo.currentData()), lang=self.lang)
        self.table.resizeColumnsToContents()
        limit = self.table.fontMetrics().averageCharWidth() * 60  # long programme names: the figures stay in view
        if self.table.columnWidth(0) > limit:
            self.table.setColumnWidth(0, limit)
        self.table.resizeRowsToContents()
        total = self.pivot.total
        self.summary.setText(self.tr("{acts}, {items} handed over; {usd} USD. Finalized and signed acts only; "
                                     "drafts and void acts are not counted.").format(
            acts=self.tr("%n act(s)", "", total.act_count), items=self.tr("%n item(s)", "", total.items),
            usd=format_amount(total.usd_minor, "USD", self.lang, with_currency=False)))
        self.note.setText(self.tr("Acts of programmes funded by several donors count in full under each donor; "
                                  "the total counts each act once."))
        self.note.setVisible(bool(self.pivot.notes()))
        bars = [(self.pivot.label(rows_by, key), self.pivot.row_totals[key].usd_minor) for key in self.pivot.row_keys]
        bars.sort(key=lambda bar: -bar[1])
        self.bar_chart.set_bars(self.tr("By %1, USD").replace("%1", self.dimension_names[rows_by].lower()), bars, self.lang)
        self.line_chart.set_points(self.tr("By month, USD"), series, self.lang)

    def refresh_unsigned(self) -> None:
        found = reports.unsigned_acts(db=self.db, days=self.days_spin.value(), lang=self.lang)
        self.unsigned_model.set_acts(found, self.lang)
        self.unsigned_table.resizeColumnsToContents()
        self.unsigned_label.setText(self.tr("%n act(s)", "", len(found)))

    def reload(self) -> None:
        """Everything again (after an import, a sync or a restore)."""
        self.refresh()
        self.refresh_unsigned()

    # --- actions ------------------------------------------------------------------------------------

    def export_to(self, path: str | Path) -> int:
        if self.pivot is None:
            return 0
        return export_pivot(self.pivot, path, lang=self.lang, protected=[database_file(self.db)])

    def choose_export(self) -> None:
        start = self.settings.last_folder("export") if self.settings is not None else ""
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export the report"), str(Path(start) / "report.xlsx") if start else "report.xlsx",
                                                self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if not chosen:
            return
        if self.settings is not None:
            self.settings.remember_folder("export", chosen)
        try:
            self.export_to(chosen)
        except Exception as error:  # noqa: BLE001 - shown to the user
            errors.show_error(self, error)

    def open_donor_report(self) -> DonorReportDialog:
        dialog = DonorReportDialog(db=self.db, tasks=self.tasks, settings=self.settings, parent=self)
        dialog.open()
        return dialog


def _render_report(context, path: str, **kwargs: Any) -> str:
    from equipment_desk.documents.printing import write_pdf

    data = donor_report_pdf(db=context.db, **kwargs)
    return str(write_pdf(data, path, protected=[database_file(context.db)]))


class DonorReportDialog(QDialog):
    """Choose a programme or a donor and a period; the PDF is written in the background."""

    written = Signal(str)

    def __init__(self, *, db, tasks, settings=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tasks = tasks
        self.settings = settings
        self.setWindowTitle(self.tr("Donor report"))
        self.subject = QComboBox(self)
        # a programme's full name (long in Russian) shows in the list; the field stays as wide as a laptop allows
        self.subject.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.subject.setMinimumContentsLength(50)
        lang = _lang(settings)

        def named(record: dict[str, Any]) -> str:  # in the window's language when the record has that name
            return (record["name_ru"] if lang == "ru" else "") or record["name_en"]

        for programme in records.list_records(db=db, kind=records.PROGRAMME, order_by="code"):
            code = programme["code"]
            self.subject.addItem(self.tr("Programme %1 — %2").replace("%1", code).replace("%2", named(programme)), ("programme", code))
        for donor in records.list_records(db=db, kind=records.DONOR, order_by="name_en"):
            self.subject.addItem(self.tr("Donor: %1").replace("%1", named(donor)), ("donor", donor["name_en"]))
        self.date_from = QDateEdit(self)
        self.date_to = QDateEdit(self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATE_FORMAT)
        self.period_chosen = False
        """Whether the user changed the period: then choosing another subject keeps it."""
        self.suggest_period()
        for edit in (self.date_from, self.date_to):
            edit.userDateChanged.connect(self._period_edited)
        self.subject.currentIndexChanged.connect(self.suggest_period)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Russian"), "ru")
        self.language.setCurrentIndex(self.language.findData(lang))  # the report in the window's language first
        self.with_acts = QCheckBox(self.tr("Append every act"), self)
        form = QFormLayout()
        form.addRow(self.tr("Report for:"), self.subject)
        form.addRow(self.tr("From:"), self.date_from)
        form.addRow(self.tr("To:"), self.date_to)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.with_acts)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def suggest_period(self) -> None:
        """The year of the subject's latest finalized or signed act (else the last full year), until the user picks dates."""
        if self.period_chosen:
            return
        kind, value = self.subject.currentData() or ("programme", None)
        first, last = reports.default_report_period(db=self.db, programme_code=value if kind == "programme" else None,
                                            donor=value if kind == "donor" else None)
        for edit, iso in ((self.date_from, first), (self.date_to, last)):
            edit.blockSignals(True)
            edit.setDate(QDate.fromString(iso, "yyyy-MM-dd"))
            edit.blockSignals(False)

    def _period_edited(self) -> None:
        self.period_chosen = True

    def options(self) -> dict[str, Any]:
        kind, value = self.subject.currentData() or ("programme", None)
        return {
            "programme_code": value if kind == "programme" else None,
            "donor": value if kind == "donor" else None,
            "date_from": self.date_from.date().toString("yyyy-MM-dd"),
            "date_to": self.date_to.date().toString("yyyy-MM-dd"),
            "with_acts": self.with_acts.isChecked(),
            "lang": self.language.currentData(),
        }

    def choose_file(self) -> None:
        start = self.settings.last_folder("pdf") if self.settings is not None else ""
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the donor report"), str(Path(start) / "donor-report.pdf") if start else "donor-report.pdf",
                                                self.tr("PDF (*.pdf)"))
        if chosen:
            if self.settings is not None:
                self.settings.remember_folder("pdf", chosen)
            self.write_to(chosen)

    def write_to(self, path: str | Path) -> None:
        def done(written: str) -> None:
            self.written.emit(written)
            self.accept()

        self.tasks.run_with_progress(_render_report, str(path), parent=self, label=self.tr("Writing the donor report…"),
                                     on_done=done, on_error=lambda error: errors.show_error(self, error), **self.options())

"""How the act editor lays out its header (act, recipient, transferring party, goods, rates), lines,
attachments and buttons, and the suggestions its fields make: :class:`ActEditorLayout`, a part of
:class:`~.editor.ActEditorDialog`.

Its words are in the editor's translation context (``ActEditorDialog``), as the window shows them.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from equipment_desk.core import languages as printed
from equipment_desk.core.grammar import name_genitive, title_genitive
from equipment_desk.core.money import CURRENCY_CODES
from equipment_desk.core.names import guess_gender, suggest_cyrillic, suggest_latin
from equipment_desk.core.rate_sources import national_bank
from equipment_desk.store import acts as acts_store
from equipment_desk.store import settings as office_settings
from equipment_desk.store.languages import column as text_column
from equipment_desk.ui import words
from equipment_desk.ui.acts.item_picker import QuantityDelegate
from equipment_desk.ui.acts.lines import ActLinesModel
from equipment_desk.ui.widgets.columns import FittedColumns, FittedTable
from equipment_desk.ui.widgets.combos import SearchableCombo, combo, set_combo
from equipment_desk.ui.widgets.dates import DateField
from equipment_desk.ui.widgets.languages import LanguagePairField
from equipment_desk.ui.widgets.money import MoneyDelegate
from equipment_desk.ui.widgets.screen import fit_to_screen
from equipment_desk.ui.widgets.text import Bilingual, error_label, info_label

log = logging.getLogger(__name__)


class ActEditorLayout:
    """The widgets of the act editor and their order (mixed into :class:`~.editor.ActEditorDialog`)."""

    def _build(self) -> None:
        self.banner = QLabel(self)
        self.banner.setObjectName("act_status_banner")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form_error = error_label(self)

        self.header_widget = QWidget(self)
        grid = QGridLayout(self.header_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        # the transferring party's long bilingual texts take a column of their own, beside both rows
        grid.addWidget(self._build_act_group(), 0, 0)
        grid.addWidget(self._build_recipient_group(), 0, 1)
        grid.addWidget(self._build_transferor_group(), 0, 2, 2, 1)
        grid.addWidget(self._build_goods_group(), 1, 0)
        grid.addWidget(self._build_rate_group(), 1, 1)
        for column, stretch in enumerate((4, 4, 5)):
            grid.setColumnStretch(column, stretch)
        grid.setRowStretch(2, 1)  # groups keep their natural height; spare room goes below them

        palette = self.header_widget.palette()
        for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
            palette.setColor(QPalette.ColorGroup.Disabled, role, palette.color(QPalette.ColorGroup.Active, role))
        self.header_widget.setPalette(palette)  # a finalized act's fields stay readable

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.header_widget)

        self.header_scroll = scroll
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self._build_lines_group())
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 4)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.form_error)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self._build_attachments())
        layout.addLayout(self._build_buttons())

        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self.save)
        self.languages_field.changed.connect(self.show_act_languages)
        self._chain_tab_order()

    def _field(self, form: QFormLayout, label: str, widget: QWidget, *fields: str) -> QWidget:
        """A form row whose field has its problem shown underneath."""
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        error = error_label(holder, keep=True)
        box.addWidget(error)
        for name in fields:
            self._field_errors[name] = error
        caption = QLabel(label, self)
        caption.setBuddy(widget.focusProxy() or widget)
        form.addRow(caption, holder)
        return holder

    def _rate_row(self, parent: QWidget, placeholder: str) -> tuple[QWidget, QLineEdit, QLabel, QComboBox]:
        """A rate, its currency and its scale on one row: ``[ 68.8395 ] KGS for [1 USD ▾]``."""
        rate_row = QWidget(parent)
        row = QHBoxLayout(rate_row)
        row.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit(rate_row)
        edit.setPlaceholderText(placeholder)
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        edit.setMaximumWidth(130)
        edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("000,0000") + 16)  # a rate stays readable beside a long unit
        unit_label = QLabel(rate_row)
        scale_combo = combo(rate_row, [(QCoreApplication.translate("ActEditorDialog", "1 USD"), 1), (QCoreApplication.translate("ActEditorDialog", "100 USD"), 100)], min_length=12)
        row.addWidget(edit)
        row.addWidget(unit_label)
        row.addWidget(scale_combo)
        row.addStretch(1)
        rate_row.setFocusProxy(edit)
        return rate_row, edit, unit_label, scale_combo

    @staticmethod
    def _form(group: QGroupBox) -> QFormLayout:
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        return form

    def _build_act_group(self) -> QGroupBox:
        group = QGroupBox(QCoreApplication.translate("ActEditorDialog", "Act"), self)
        form = self._form(group)
        self.date_edit = DateField(group, empty_text="—")
        self.date_edit.setToolTip(QCoreApplication.translate("ActEditorDialog", "The date printed on the act"))
        self._field(form, QCoreApplication.translate("ActEditorDialog", "Date:"), self.date_edit, "act_date")
        self.place_edit = Bilingual(group, max_length=200, languages=printed.CODES)
        self._field(form, QCoreApplication.translate("ActEditorDialog", "Place:"), self.place_edit, *_columns("place"))
        # the office's state languages and Russian and English on top of both lists
        self.languages_field = LanguagePairField(group, preferred=office_settings.national_languages(db=self.db))
        self._field(form, QCoreApplication.translate("ActEditorDialog", "Printed in:"), self.languages_field, "languages")
        self.transfer_combo = combo(group, [(words.transfer_type_text(c), c) for c in ("title", "custody")], min_length=12)
        self._field(form, QCoreApplication.translate("ActEditorDialog", "Transfer:"), self.transfer_combo, "transfer_type")
        self.programme_combo = combo(group, [], placeholder=QCoreApplication.translate("ActEditorDialog", "Choose the programme"), min_length=12)
        self.programme_combo.setMinimumContentsLength(20)
        self._field(form, QCoreApplication.translate("ActEditorDialog", "Programme:"), self.programme_combo, "programme_id")
        self.programme_info = info_label(group)
        form.addRow("", self.programme_info)
        self.date_edit.dateChanged.connect(self._form_changed)
        self.place_edit.changed.connect(self._form_changed)
        self.languages_field.changed.connect(self._languages_changed)
        self.transfer_combo.currentIndexChanged.connect(self._form_changed)
        self.programme_combo.currentIndexChanged.connect(self._programme_changed)
        return group

    def _build_recipient_group(self) -> QGroupBox:
        group = QGroupBox(QCoreApplication.translate("ActEditorDialog", "Receiving party"), self)
        form = self._form(group)
        self.institution_combo = SearchableCombo(group, placeholder=QCoreApplication.translate("ActEditorDialog", "Type to search institutions"))
        self._field(form, QCoreApplication.translate("ActEditorDialog", "Institution:"), self.institution_combo, "recipient_institution_id", "country")
        self.institution_info = info_label(group)
        form.addRow("", self.institution_info)
        self.signatory_combo = combo(group, [], placeholder=QCoreApplication.translate("ActEditorDialog", "Choose who signs"), min_length=12)
        self.signatory_combo.setMinimumContentsLength(20)
        self._field(form, QCoreApplication.translate("ActEditorDialog", "Represented by:"), self.signatory_combo, "recipient_signatory_id")
        self.signatory_info = info_label(group)
        form.addRow("", self.signatory_info)
        self.institution_combo.currentIndexChanged.connect(self._institution_changed)
        self.institution_combo.lineEdit().editingFinished.connect(self._form_changed)
        self.signatory_combo.currentIndexChanged.connect(self._signatory_changed)
        return group

    def _build_transferor_group(self) -> QGroupBox:
        group = QGroupBox(QCoreApplication.translate("ActEditorDialog", "Transferring party"), self)
        form = self._form(group)
        self.transferor_org_edit = Bilingual(group, stacked=True, wrapping=True, languages=printed.CODES)
        self._field(form, QCoreApplication.translate("ActEditorDialog", "Organisation:"), self.transferor_org_edit, *_columns("transferor_org"))
        # the name in each column's script: Latin (the passport's) in English, Cyrillic in Russian
        self.transferor_name_edit = Bilingual(group, max_length=200, stacked=True, languages=printed.CODES)
        self.transferor_name_edit.edits["en"].setPlaceholderText(QCoreApplication.translate("ActEditorDialog", "in Latin, as in the passport"))
        self.transferor_name_edit.edits["ru"].setPlaceholderText(QCoreApplication.translate("ActEditorDialog", "in Cyrillic"))
        self._field(form, QCoreApplication.translate("ActEditorDialog", "Represented by:"), self.transferor_name_edit, *_columns("transferor_name"))
        self.transferor_gender_combo = combo(group, [(QCoreApplication.translate("ActEditorDialog", "(not given)"), ""), (QCoreApplication.translate("ActEditorDialog", "man"), "m"), (QCoreApplication.translate("ActEditorDialog", "woman"), "f")], min_length=12)
        self._field(form, QCoreApplication.translate("ActEditorDialog", "Gender:"), self.transferor_gender_combo, "transferor_gender")
        for lang in ("en", "ru"):
            self.transferor_name_edit.edits[lang].editingFinished.connect(lambda lang=lang: self.suggest_transferor_name(lang))
        self.transferor_title_edit = Bilingual(group, stacked=True, wrapping=True, languages=printed.CODES)
        self._field(form, QCoreApplication.translate("ActEditorDialog", "Title:"), self.transferor_title_edit, *_columns("transferor_title"))
        # what the Russian preamble prints after «в лице»: suggested from name, title and gender, correctable
        self.transferor_title_genitive_edit = QLineEdit(group)
        self.transferor_title_genitive_edit.setMaxLength(300)
        self.transferor_form = form
        self.genitive_rows = [self._field(form, QCoreApplication.translate("ActEditorDialog", "Title after «в лице»:"), self.transferor_title_genitive_edit, "transferor_title_ru_genitive")]
        self.transferor_name_genitive_edit = QLineEdit(group)
        self.transferor_name_genitive_edit.setMaxLength(200)
        self.genitive_rows.append(self._field(form, QCoreApplication.translate("ActEditorDialog", "Name after «в лице»:"), self.transferor_name_genitive_edit, "transferor_name_ru_genitive"))
        for edit in (self.transferor_title_genitive_edit, self.transferor_name_genitive_edit):
            edit.setToolTip(QCoreApplication.translate("ActEditorDialog", "The Russian genitive the act's preamble prints; suggested, correct it if needed"))
            edit.textEdited.connect(lambda _text, edit=edit: self._genitive_typed.add(edit))
            edit.textChanged.connect(self._form_changed)
        self._genitive_typed: set[QLineEdit] = set()
        self.transferor_authority_edit = Bilingual(group, stacked=True, wrapping=True, languages=printed.CODES)
        self._field(form, QCoreApplication.translate("ActEditorDialog", "Acting under:"), self.transferor_authority_edit, *_columns("transferor_authority"))
        for widget in (self.transferor_org_edit, self.transferor_title_edit, self.transferor_authority_edit):
            widget.changed.connect(self._form_changed)
        self.transferor_name_edit.changed.connect(self._form_changed)
        for signal in (self.transferor_name_edit.changed, self.transferor_title_edit.changed, self.transferor_gender_combo.currentIndexChanged):
            signal.connect(self.suggest_transferor_genitive)
        self.transferor_gender_combo.currentIndexChanged.connect(self._form_changed)
        return group

    def _build_goods_group(self) -> QGroupBox:
        group = QGroupBox(QCoreApplication.translate("ActEditorDialog", "Goods and basis"), self)
        form = self._form(group)
        self.goods_edit = Bilingual(group, max_length=500, wrapping=True, stacked=True, languages=printed.CODES)
        self._field(form, QCoreApplication.translate("ActEditorDialog", "Goods:"), self.goods_edit, *_columns("goods"))
        self.basis_edit = Bilingual(group, multiline=True, stacked=True, max_length=2000, languages=printed.CODES)
        self._field(form, QCoreApplication.translate("ActEditorDialog", "Basis:"), self.basis_edit, *_columns("basis"))
        self.basis_edit.setToolTip(QCoreApplication.translate("ActEditorDialog", "Agreement or memorandum and its date, the recipient's request letter"))
        self.goods_edit.changed.connect(self._form_changed)
        self.basis_edit.changed.connect(self._form_changed)
        return group

    def _build_rate_group(self) -> QGroupBox:
        group = QGroupBox(QCoreApplication.translate("ActEditorDialog", "Currency and exchange rate"), self)
        form = self._form(group)
        self.rate_form = form
        self.currency_combo = combo(group, [(words.currency_text(code), code) for code in CURRENCY_CODES], min_length=12)
        self.currency_combo.setMinimumContentsLength(18)
        self._field(form, QCoreApplication.translate("ActEditorDialog", "Currency:"), self.currency_combo, "currency")

        rate_row, self.rate_edit, self.rate_unit_label, self.rate_scale_combo = self._rate_row(group, QCoreApplication.translate("ActEditorDialog", "e.g. 68.8395"))
        self.rate_holder = self._field(form, QCoreApplication.translate("ActEditorDialog", "Rate:"), rate_row, "rate", "rate_scale")
        self.rate_type_combo = combo(group, [(words.rate_type_text(c), c) for c in acts_store.RATE_TYPES], min_length=12)
        self._field(form, QCoreApplication.translate("ActEditorDialog", "Kind of rate:"), self.rate_type_combo, "rate_type")
        # the source in each of the act's two languages (Kyrgyz and Russian for a Kyrgyz–Russian act); a listed source
        # typed in English or Russian is stored in both
        self.rate_source_field = Bilingual(group, stacked=True, wrapping=True, max_length=200, languages=printed.CODES)
        self.rate_source_field.edits["en"].setPlaceholderText(QCoreApplication.translate("ActEditorDialog", "e.g. UN Treasury"))
        self.rate_source_field.edits["ru"].setPlaceholderText(QCoreApplication.translate("ActEditorDialog", "in Russian; filled for a listed source"))
        self._field(form, QCoreApplication.translate("ActEditorDialog", "Source:"), self.rate_source_field, "rate_source", *_columns("rate_source"))
        self.rate_source_field.changed.connect(self._form_changed)
        self.rate_date_edit = DateField(group, empty_text="—")
        self._field(form, QCoreApplication.translate("ActEditorDialog", "Effective from:"), self.rate_date_edit, "rate_date")
        self.usd_note = QLabel(QCoreApplication.translate("ActEditorDialog", "An act in US dollars needs no exchange rate."), group)
        self.usd_note.setWordWrap(True)
        self.usd_note.setStyleSheet("color: palette(dark);")
        form.addRow("", self.usd_note)
        self._build_national_rate(form, group)

        self.currency_combo.currentIndexChanged.connect(self._currency_changed)
        self.rate_edit.textChanged.connect(self._rate_changed)
        self.rate_scale_combo.currentIndexChanged.connect(self._rate_changed)
        self.rate_type_combo.currentIndexChanged.connect(self._form_changed)
        self.rate_date_edit.dateChanged.connect(self._form_changed)
        self.rate_widgets = [self.rate_edit, self.rate_scale_combo, self.rate_type_combo, self.rate_source_field, self.rate_date_edit,
                             self.nb_rate_edit, self.nb_rate_scale_combo, self.nb_rate_source_field, self.nb_bank_button, self.nb_rate_date_edit]
        return group

    def _transferor_genitives(self) -> tuple[str, str]:
        name, title = self.transferor_name_edit.text("ru"), self.transferor_title_edit.text("ru")
        gender = self.transferor_gender_combo.currentData() or ""
        return (title_genitive(title) if title else "", name_genitive(name, gender) if name else "")

    def suggest_transferor_genitive(self, *_args: Any) -> None:
        """The genitive follows the Russian title, name and gender, unless the user wrote their own."""
        if self._loading:
            return
        for edit, text in zip((self.transferor_title_genitive_edit, self.transferor_name_genitive_edit), self._transferor_genitives()):
            if edit not in self._genitive_typed:
                edit.setText(text)
                edit.setCursorPosition(0)

    def suggest_transferor_name(self, typed: str) -> None:
        """Typed in one script, the other's empty field gets the suggested form (and the gender its guess)."""
        text = self.transferor_name_edit.text(typed)
        other = "ru" if typed == "en" else "en"
        if text and not self.transferor_name_edit.text(other):
            self.transferor_name_edit.edits[other].setText(suggest_cyrillic(text) if typed == "en" else suggest_latin(text))
        cyrillic = self.transferor_name_edit.text("ru")
        if cyrillic and not self.transferor_gender_combo.currentData():
            set_combo(self.transferor_gender_combo, guess_gender(cyrillic), or_none=True)

    def choose_national_bank(self, currency: str) -> None:
        """The national bank of ``currency`` as the second rate's source, in both languages."""
        bank = national_bank(currency)
        if bank is not None:
            self.nb_rate_source_field.set_texts(bank.en, bank.ru)

    def national_banks(self) -> dict[str, str]:
        """The national bank of each currency of the region, as suggested for the source of the second rate."""
        return {
            "KGS": QCoreApplication.translate("ActEditorDialog", "NBKR, National Bank of the Kyrgyz Republic"),
            "UZS": QCoreApplication.translate("ActEditorDialog", "CBU, Central Bank of the Republic of Uzbekistan"),
            "KZT": QCoreApplication.translate("ActEditorDialog", "NBK, National Bank of the Republic of Kazakhstan"),
            "TJS": QCoreApplication.translate("ActEditorDialog", "NBT, National Bank of Tajikistan"),
            "TMT": QCoreApplication.translate("ActEditorDialog", "CBT, Central Bank of Turkmenistan"),
        }

    def _build_national_rate(self, form: QFormLayout, group: QGroupBox) -> None:
        """The optional second rate (the national bank's) for the recipient's books: folded away until wanted."""
        self.national_toggle = QToolButton(group)
        self.national_toggle.setText(QCoreApplication.translate("ActEditorDialog", "National bank rate (optional)"))
        self.national_toggle.setToolTip(QCoreApplication.translate("ActEditorDialog", "A second rate printed on the act for the recipient's books; "
                                                "the amounts in USD use the rate above"))
        self.national_toggle.setCheckable(True)
        self.national_toggle.setAutoRaise(True)
        self.national_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.national_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.national_toggle.setStyleSheet("QToolButton { border: none; background: transparent; padding: 2px 0; color: palette(window-text); }")
        self.national_toggle.toggled.connect(self._national_toggled)
        form.addRow(self.national_toggle)

        rate_row, self.nb_rate_edit, self.nb_rate_unit_label, self.nb_rate_scale_combo = self._rate_row(group, QCoreApplication.translate("ActEditorDialog", "e.g. 69.8500"))
        self.nb_rate_holder = self._field(form, QCoreApplication.translate("ActEditorDialog", "National rate:"), rate_row, "nb_rate", "nb_rate_scale")
        bank_row = QWidget(group)
        row = QHBoxLayout(bank_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.nb_rate_source_field = Bilingual(bank_row, stacked=True, wrapping=True, max_length=200, languages=printed.CODES)
        self.nb_rate_source_field.edits["ru"].setPlaceholderText(QCoreApplication.translate("ActEditorDialog", "in Russian; filled for a listed bank"))
        self.nb_bank_button = QToolButton(bank_row)
        self.nb_bank_button.setArrowType(Qt.ArrowType.DownArrow)
        self.nb_bank_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.nb_bank_button.setToolTip(QCoreApplication.translate("ActEditorDialog", "Choose the national bank"))
        self.nb_bank_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.nb_bank_menu = QMenu(self.nb_bank_button)
        for code, bank in self.national_banks().items():
            self.nb_bank_menu.addAction(bank).triggered.connect(lambda _checked=False, code=code: self.choose_national_bank(code))
        self.nb_bank_button.setMenu(self.nb_bank_menu)
        row.addWidget(self.nb_rate_source_field, 1)
        row.addWidget(self.nb_bank_button, 0, Qt.AlignmentFlag.AlignTop)
        bank_row.setFocusProxy(self.nb_rate_source_field)
        self.nb_rate_source_holder = self._field(form, QCoreApplication.translate("ActEditorDialog", "Bank:"), bank_row, "nb_rate_source",
                                                 *_columns("nb_rate_source"))
        self.nb_rate_source_field.changed.connect(self._form_changed)
        self.nb_rate_date_edit = DateField(group, empty_text="—")
        self.nb_rate_date_edit.setToolTip(QCoreApplication.translate("ActEditorDialog", "The day the national bank's rate applies from"))
        self.nb_rate_date_holder = self._field(form, QCoreApplication.translate("ActEditorDialog", "Effective from:"), self.nb_rate_date_edit, "nb_rate_date")
        self.nb_hint = info_label(group)
        self.nb_hint.setText(QCoreApplication.translate("ActEditorDialog",
            "Recipients often keep their books at the national bank's official rate: NBKR (Kyrgyzstan) and CBU (Uzbekistan) "
            "set daily rates effective the next day; NBK (Kazakhstan) applies the exchange average of the next working day "
            "and quotes some currencies per 100 units; NBT (Tajikistan) sets a daily rate; CBT (Turkmenistan) has kept "
            "3.50 TMT per USD since 2015."))
        form.addRow(self.nb_hint)
        for widget in (self.nb_rate_edit, *self.nb_rate_source_field.edits.values()):
            widget.setToolTip(self.nb_hint.text())
        self._national_form = form
        self.national_rows: list[QWidget] = [self.nb_rate_holder, self.nb_rate_source_holder, self.nb_rate_date_holder, self.nb_hint]

        self.nb_rate_edit.textChanged.connect(self._nb_rate_changed)
        self.nb_rate_scale_combo.currentIndexChanged.connect(self._form_changed)
        self.nb_rate_date_edit.dateChanged.connect(self._form_changed)
        self._national_toggled(False)

    def _national_toggled(self, shown: bool) -> None:
        self.national_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        for widget in self.national_rows:
            # the advice is for filling the rate in; once an act has one, it stays in the tooltips
            advice = self.is_draft and not self.row.get("nb_rate_micro")
            self._national_form.setRowVisible(widget, shown and (widget is not self.nb_hint or advice))
        if shown and not self._loading and self.isVisible():
            if getattr(self, "_sized", False):
                self.fit_header()  # room for the rows just unfolded, if the window has it
            if self.nb_rate_edit.isEnabled():
                self.nb_rate_edit.setFocus()

    def has_national_rate(self) -> bool:
        """Whether the form shows anything in the national bank rate's fields."""
        return bool(self.nb_rate_edit.text().strip() or self.has_national_bank() or self.nb_rate_date_edit.iso())

    def has_national_bank(self) -> bool:
        """Whether the national bank is named in any language (shown or kept from another pair)."""
        return any(self.nb_rate_source_field.text(code) for code in printed.CODES)

    def _build_lines_group(self) -> QGroupBox:
        group = QGroupBox(QCoreApplication.translate("ActEditorDialog", "Items handed over"), self)
        layout = QVBoxLayout(group)
        tools = QHBoxLayout()
        self.add_items_button = QPushButton(QCoreApplication.translate("ActEditorDialog", "Add items…"), group)
        self.add_items_button.setToolTip(QCoreApplication.translate("ActEditorDialog", "Choose items in stock: search, filter, tick many at once"))
        self.add_items_button.clicked.connect(self.add_items)
        self.remove_lines_button = QPushButton(QCoreApplication.translate("ActEditorDialog", "Remove selected lines"), group)
        self.remove_lines_button.clicked.connect(self.remove_selected_lines)
        for button in (self.add_items_button, self.remove_lines_button):
            button.setAutoDefault(False)  # Enter in a header field must not open the picker
        self.lines_hint = QLabel(QCoreApplication.translate("ActEditorDialog", "Double-click a quantity or unit price to change it. Line changes are saved at once."), group)
        self.lines_hint.setStyleSheet("color: palette(dark);")
        tools.addWidget(self.add_items_button)
        tools.addWidget(self.remove_lines_button)
        tools.addSpacing(12)
        tools.addWidget(self.lines_hint, 1)
        layout.addLayout(tools)

        self.lines_model = ActLinesModel(self)
        self.lines_model.commit = self._commit_line
        self.lines_model.edit_failed.connect(self._show_lines_error)
        self.lines_view = FittedTable(group)
        self.lines_view.setModel(self.lines_model)
        self.lines_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.lines_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                                        | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.lines_view.setAlternatingRowColors(True)
        self.lines_view.setWordWrap(False)
        self.lines_view.verticalHeader().hide()
        self.lines_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.lines_view.setItemDelegateForColumn(ActLinesModel.QUANTITY, QuantityDelegate(self.lines_view))
        self.lines_view.setItemDelegateForColumn(ActLinesModel.PRICE, MoneyDelegate(self.lines_view))
        # serial and inventory numbers whole; the user's widths kept once they set them
        self.line_columns = FittedColumns(self.lines_view, self.settings, "act_editor_lines")
        self.lines_view.selectionModel().selectionChanged.connect(self._update_buttons)
        remove = QAction(QCoreApplication.translate("ActEditorDialog", "Remove selected lines"), self.lines_view)
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove_selected_lines)
        self.lines_view.addAction(remove)
        layout.addWidget(self.lines_view, 1)
        self.lines_error = error_label(group)
        layout.addWidget(self.lines_error)

        totals = QGridLayout()
        totals.setHorizontalSpacing(16)
        self.total_label = QLabel(group)
        self.total_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.total_label.font()
        font.setBold(True)
        self.total_label.setFont(font)
        self.usd_label = QLabel(group)
        self.usd_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words_labels = [QLabel(group), QLabel(group)]
        for label in self.words_labels:
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        totals.addWidget(self.total_label, 0, 0)
        totals.addWidget(self.usd_label, 0, 1)
        totals.addWidget(self.words_labels[0], 1, 0, 1, 2)
        totals.addWidget(self.words_labels[1], 2, 0, 1, 2)
        totals.setColumnStretch(1, 1)
        layout.addLayout(totals)
        return group

    def _build_attachments(self) -> QWidget:
        self.attachments_row = QWidget(self)
        layout = QHBoxLayout(self.attachments_row)
        layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(QCoreApplication.translate("ActEditorDialog", "Attachments:"), self.attachments_row)
        self.attachments_list = QListWidget(self.attachments_row)
        self.attachments_list.setFlow(QListWidget.Flow.LeftToRight)
        self.attachments_list.setSpacing(2)
        self.attachments_list.setFixedHeight(self.fontMetrics().height() + 14)
        self.attachments_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.attachments_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.attachments_list.itemActivated.connect(self._open_attachment_item)
        caption.setBuddy(self.attachments_list)
        self.no_attachments_label = QLabel(QCoreApplication.translate("ActEditorDialog", "none yet"), self.attachments_row)
        self.no_attachments_label.setStyleSheet("color: palette(dark);")
        self.open_attachment_button = QPushButton(QCoreApplication.translate("ActEditorDialog", "Open"), self.attachments_row)
        self.open_attachment_button.setAutoDefault(False)
        self.open_attachment_button.clicked.connect(self.open_selected_attachment)
        self.add_attachment_button = QPushButton(QCoreApplication.translate("ActEditorDialog", "Add photo or document…"), self.attachments_row)
        self.add_attachment_button.setToolTip(QCoreApplication.translate("ActEditorDialog", "Keep a photo, a warranty or another document (PDF, JPG or PNG) with the act"))
        self.add_attachment_button.setAutoDefault(False)
        self.add_attachment_button.clicked.connect(self.add_attachment)
        layout.addWidget(caption)
        layout.addWidget(self.attachments_list, 1)
        layout.addWidget(self.no_attachments_label, 1)
        layout.addWidget(self.open_attachment_button)
        layout.addWidget(self.add_attachment_button)
        return self.attachments_row

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.preview_button = QPushButton(QCoreApplication.translate("ActEditorDialog", "Preview"), self)
        self.preview_button.clicked.connect(self.preview)
        self.print_button = QPushButton(QCoreApplication.translate("ActEditorDialog", "Print…"), self)
        self.print_button.clicked.connect(lambda: self.print_act())
        self.pdf_button = QPushButton(QCoreApplication.translate("ActEditorDialog", "Save as PDF…"), self)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.finalize_button = QPushButton(QCoreApplication.translate("ActEditorDialog", "Finalize…"), self)
        self.finalize_button.clicked.connect(self.finalize)
        self.sign_button = QPushButton(QCoreApplication.translate("ActEditorDialog", "Mark as signed…"), self)
        self.sign_button.clicked.connect(self.mark_signed)
        self.attach_scan_button = QPushButton(QCoreApplication.translate("ActEditorDialog", "Attach signed scan…"), self)
        self.attach_scan_button.clicked.connect(self.attach_scan)
        self.rescan_button = QPushButton(QCoreApplication.translate("ActEditorDialog", "Replace scan…"), self)
        self.rescan_button.setToolTip(QCoreApplication.translate("ActEditorDialog", "Replace a wrong or unreadable signed scan; "
                                                                 "the current one is kept and the reason recorded"))
        self.rescan_button.clicked.connect(self.rescan)
        self.void_button = QPushButton(QCoreApplication.translate("ActEditorDialog", "Void…"), self)
        self.void_button.clicked.connect(self.void)
        self.save_button = QPushButton(QCoreApplication.translate("ActEditorDialog", "Save"), self)
        self.save_button.setToolTip(QCoreApplication.translate("ActEditorDialog", "Save the changes (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(QCoreApplication.translate("ActEditorDialog", "Close"), self)
        self.close_button.clicked.connect(self.reject)
        self.busy_label = QLabel(self)
        self.busy_label.setStyleSheet("color: palette(dark);")
        for button in (self.preview_button, self.print_button, self.pdf_button):
            row.addWidget(button)
        row.addWidget(self.busy_label)
        row.addStretch(1)
        for button in (self.finalize_button, self.sign_button, self.attach_scan_button, self.rescan_button, self.void_button):
            row.addWidget(button)
        row.addSpacing(24)
        row.addWidget(self.save_button)
        row.addWidget(self.close_button)
        for button in (self.preview_button, self.print_button, self.pdf_button, self.finalize_button, self.sign_button,
                       self.attach_scan_button, self.rescan_button, self.void_button, self.close_button):
            button.setAutoDefault(False)
        self.save_button.setAutoDefault(False)
        return row

    def _chain_tab_order(self) -> None:
        order: list[QWidget] = [self.date_edit, *self.place_edit.widgets(), *self.languages_field.widgets(), self.transfer_combo,
                                self.programme_combo, self.institution_combo, self.signatory_combo,
                                *self.transferor_org_edit.widgets(), *self.transferor_name_edit.widgets(), self.transferor_gender_combo,
                                *self.transferor_title_edit.widgets(), *self.transferor_authority_edit.widgets(),
                                *self.goods_edit.widgets(), *self.basis_edit.widgets(), self.currency_combo,
                                self.rate_edit, self.rate_scale_combo, self.rate_type_combo, *self.rate_source_field.widgets(),
                                self.rate_date_edit, self.national_toggle, self.nb_rate_edit, self.nb_rate_scale_combo,
                                *self.nb_rate_source_field.widgets(), self.nb_bank_button, self.nb_rate_date_edit, self.add_items_button, self.remove_lines_button,
                                self.lines_view, self.attachments_list, self.open_attachment_button, self.add_attachment_button,
                                self.preview_button, self.print_button, self.pdf_button, self.finalize_button, self.sign_button,
                                self.attach_scan_button, self.rescan_button, self.void_button, self.save_button, self.close_button]
        self.tab_order = order
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            fit_to_screen(self)  # a remembered size, or one made on a larger screen, never runs off this one
            self.fit_header()

    def fit_header(self) -> None:
        """Give the header the room it needs (all of it when the window is tall enough), the lines the rest."""
        total = sum(self.splitter.sizes()) or self.splitter.height()
        wanted = self.header_widget.sizeHint().height() + 2
        header = min(wanted, max(total - 220, total // 2))
        self.splitter.setSizes([header, max(total - header, 1)])


def _columns(prefix: str) -> tuple[str, ...]:
    """The columns of a text in every printed language (a problem with any of them shows under its field)."""
    return tuple(text_column(prefix, code) for code in printed.CODES)

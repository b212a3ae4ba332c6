"""Checking one item row of a register: values as people write them, stored only when every one is understood.

* Amounts may carry their currency (``$1,234.50``, ``USD 1,234.50``,
  ``1 234,50 сом``); a column title may name it ("Unit Price (USD)",
  «Цена, сом»).  The currency column, the cells and the titles must agree;
  ``--currency`` (the window's default) fills only what none of them gives.
* Dates are read by :func:`~equipment_desk.exchange.values.read_date` in the
  date order chosen for the file; an ambiguous one is refused, naming the row
  and, when another row of the column shows the order, that row.
* The manufacturer is joined before the model ("Dell" + "OptiPlex 3060");
  a row without a name takes the model as its name; a file without a
  quantity column has one unit per row (asset lists).
* Categories are the program's, or the office's own words
  (:mod:`equipment_desk.exchange.remembered`); a word nobody mapped yet is
  asked about once for the whole file, not refused row by row.
"""

from __future__ import annotations

import re
from functools import partial
from typing import Any

import sqlite_utils

from equipment_desk.core.errors import InputError, Problem
from equipment_desk.core.money import MAX_MINOR, amount_to_string, parse_amount
from equipment_desk.core.money import currency as currency_info
from equipment_desk.core.units import parse_unit
from equipment_desk.core.validation import clean_record, normalize_identifier
from equipment_desk.exchange.checking import Checker, ImportPreview, RowCheck, largest
from equipment_desk.exchange.columns import CONDITION_WORDS, choice_lookup, currency_key, currency_lookup
from equipment_desk.exchange.remembered import category_lookup
from equipment_desk.exchange.tables import cell_decimal_text, cell_text, language_mark, normalise_title
from equipment_desk.exchange.values import AmountError, DateError, header_currency, read_date, split_currency
from equipment_desk.store import records
from equipment_desk.store.languages import NATIONAL_COLUMNS, language_of
from equipment_desk.store.records import ITEM_CATEGORIES

_CONDITIONS = choice_lookup(CONDITION_WORDS)
_CURRENCIES = currency_lookup()
_ORDER_WORDS = {"dmy": "day first", "mdy": "month first", "ymd": "year first"}
_COUNT_WITH_UNIT = re.compile(r"^\s*(\d[\d\s\u00a0]*?)\s*([^\d\s][^\d]*)$")
_LANGUAGE_WORDS = {"ru": "Russian", "en": "English"}
_TEXT_FIELDS = ("name", "model", "serial_number", "inventory_number", "unit", "notes", "programme_code")


class ItemChecker(Checker):
    def __init__(self, db: sqlite_utils.Database, preview: ImportPreview, categories: dict[str, str] | None = None) -> None:
        super().__init__(db, preview)
        self.seen_serial: dict[str, int] = {}
        self.seen_inventory: dict[str, int] = {}
        self.categories = category_lookup(db=db, extra=categories)
        self.unknown_categories: dict[str, tuple[str, list[int]]] = {}
        self.used_words: dict[str, str] = {}
        self.header_currency = {name: header_currency(self.mapping.title_of(name)) for name in ("unit_value", "amount")
                                if self.mapping.column_of(name) is not None}
        self.one_per_row = self.mapping.column_of("quantity") is None and "quantity" not in preview.defaults
        self.named_from_model: list[int] = []
        self.no_reason: list[int] = []
        """Rows of items written off without a reason."""
        self.date_hints: dict[str, tuple[int, str]] = {}
        self.programmes: dict[str, int] = {}
        self.lookups = records.Lookups(db, records.ITEM)
        self.two_names = len({"name", "name_ru", "name_en"} & set(self.mapping.fields.values())) > 1 or \
            any(f in self.mapping.fields.values() for f in ("name_ru", "name_en"))
        self.marked_names = {name for name in ("name_ru", "name_en") if self.mapping.column_of(name) is not None
                             and language_mark(self.mapping.title_of(name)) == name[-2:]}
        """Name columns whose titles say their language ("Name (RU)", as an export writes them): kept in it, whatever the script."""

    def read_ahead(self, rows: list[tuple[int, list[Any]]]) -> None:
        """Which of the file's serial and inventory numbers are recorded already, asked a few hundred at a time."""
        for name in ("serial_number", "inventory_number"):
            column = self.mapping.column_of(name)
            if column is not None:
                self.lookups.read_ahead(name, (normalize_identifier(cell_text(values[column])) for _, values in rows if column < len(values)))

    # --- one row ----------------------------------------------------------------------------------

    def check(self, row: int, cells: dict[str, Any]) -> RowCheck:
        result = RowCheck(row=row, cells=cells)
        problems = result.problems
        data: dict[str, Any] = {name: cell_text(self.cell(cells, name)) for name in _TEXT_FIELDS}
        manufacturer = self.text(cells, "manufacturer")
        if manufacturer and not data["model"].casefold().startswith(manufacturer.casefold()):
            data["model"] = f"{manufacturer} {data['model']}".strip()
        self._names(cells, row, data, problems)
        data.update(self.national_texts(cells, row, problems))
        if not (data["name"] or data.get("name_ru") or data.get("name_en")) and data["model"]:
            data["name"] = data["model"]
            self.named_from_model.append(row)
        data["acquisition_date"] = self._date(cells, row, problems)
        category_ok = self._category(cells, row, data)
        condition = self.text(cells, "condition")
        data["condition"] = _CONDITIONS.get(normalise_title(condition), condition)
        data["quantity"] = 1 if self.one_per_row else self._quantity(cells, row, data, problems)
        currency, texts = self._currency(cells, row, problems)
        data["currency"] = currency
        digits = 2
        known_currency = currency if currency in _CURRENCIES.values() else None
        if known_currency:
            digits = currency_info(known_currency).minor_digits
        unit_value = self._amount(texts["unit_value"], cells, "unit_value", row, digits, problems, known_currency)
        amount = self._amount(texts["amount"], cells, "amount", row, digits, problems, known_currency)
        data["unit_value_minor"] = unit_value
        code = data["programme_code"].strip()
        if code:
            data["programme_id"] = self._programme_id(code)
        clean, found = records.validate(db=self.db, kind=records.ITEM, data=data, row=row, source=self.source, lookups=self.lookups)
        aliases = {"unit_value_minor": "unit_value", "programme_id": "programme_code"}
        for p in found:
            if p.field == "unit_value_minor" and (unit_value is None and (amount is not None or any(q.field == self.title("unit_value") for q in problems))):
                continue  # reported below or already
            if p.field == "programme_id":
                problems.append(self.problem("no programme with this code is recorded; add the programme first", "programme_code", row, data.get("programme_code")))
                continue
            if p.field == "acquisition_date" and any(q.field == self.title("acquisition_date") for q in problems):
                continue
            if p.field == "currency" and any(q.field == self.title("currency") for q in problems):
                continue
            problems.extend(self.relabel([p], row, aliases))
        self._write_off(cells, row, clean, problems)
        quantity = clean.get("quantity")
        if unit_value is None and amount is not None and isinstance(quantity, int):
            if amount % quantity:
                problems.append(self.problem("the total {amount} does not divide evenly by the quantity {quantity}; give the unit value",
                                             "amount", row, cell_text(cells.get("amount")), amount=cell_text(cells.get("amount")), quantity=quantity))
            else:
                unit_value = amount // quantity
                clean["unit_value_minor"] = unit_value
        if isinstance(quantity, int) and isinstance(unit_value, int):
            if unit_value > MAX_MINOR // quantity:
                problems.append(self.problem("quantity × unit value is too large to store (at most {max} in total)", "unit_value", row,
                                             cell_text(cells.get("unit_value")), max=largest(known_currency)))
            elif amount is not None and amount != quantity * unit_value:
                problems.append(self.problem("does not equal quantity × unit value ({quantity} × {unit_value})", "amount", row,
                                             cell_text(cells.get("amount")), quantity=quantity, unit_value=cell_text(cells.get("unit_value"))))
        for name, seen in (("serial_number", self.seen_serial), ("inventory_number", self.seen_inventory)):
            value = clean.get(name)
            if not value:
                continue
            key = value.casefold()
            if key in seen:
                problems.append(self.problem("repeats the {what} of row {other}", name, row, value, what=name.replace("_", " "), other=seen[key]))
            else:
                seen[key] = row
        if not problems and category_ok:
            result.record = clean
            result.view = partial(_stored, programme_code=data.get("programme_code", ""))
        return result

    # --- parts of a row ---------------------------------------------------------------------------

    def _names(self, cells: dict[str, Any], row: int, data: dict[str, Any], problems: list[Problem]) -> None:
        """Two name columns («Наименование» and "Description"): each text is the name in the language of its script."""
        if not self.two_names:
            return
        texts = [(name, self.text(cells, name)) for name in ("name", "name_ru", "name_en") if name in cells]
        texts.sort(key=lambda pair: pair[0] not in self.marked_names)  # a marked column claims its language first
        data["name"] = ""
        for column, text in texts:
            if not text:
                continue
            lang = column[-2:] if column in self.marked_names else language_of(text)
            if data.get(f"name_{lang}"):
                problems.append(self.problem("is a second name in {language}; the other name column holds {other}", column, row, text,
                                             language=_LANGUAGE_WORDS[lang], other=data[f"name_{lang}"]))
                continue
            data[f"name_{lang}"] = text

    def _write_off(self, cells: dict[str, Any], row: int, clean: dict[str, Any], problems: list[Problem]) -> None:
        """The item written off («Списано»: да) and the reason, as a list file gives them."""
        given = {name: self.cell(cells, name) for name in ("written_off", "written_off_reason") if name in cells}
        if not given:
            return
        values, found = clean_record(records.WRITE_OFF_FIELDS, given, row=row, source=self.source)
        problems.extend(self.relabel(found, row))
        if values.get("written_off") or values.get("written_off_reason"):
            clean.update(written_off=int(bool(values.get("written_off"))), written_off_reason=values.get("written_off_reason") or "")
            if values.get("written_off") and not values.get("written_off_reason"):
                self.no_reason.append(row)

    def _quantity(self, cells: dict[str, Any], row: int, data: dict[str, Any], problems: list[Problem]) -> Any:
        """The quantity cell; ``2 шт.`` or ``3 sets`` gives the number and, when the unit column is empty, the unit."""
        value = self.cell(cells, "quantity")
        if not isinstance(value, str):
            return value
        match = _COUNT_WITH_UNIT.match(value)
        if match is None:
            return value
        try:
            unit = parse_unit(match.group(2))
        except InputError:
            return value  # refused as it is by the store's check ("must be a whole number")
        given = data.get("unit", "")
        if given:
            try:
                given_code = parse_unit(given)
            except InputError:
                given_code = None
            if given_code is not None and given_code != unit:
                problems.append(self.problem("says {unit} but the unit column says {other}", "quantity", row, value,
                                             unit=match.group(2).strip(), other=given))
        else:
            data["unit"] = unit
        return match.group(1)

    def _programme_id(self, code: str) -> int:
        """The id of the programme with this code (-1: none, which the store's check reports); asked once per code."""
        key = code.casefold()
        if key not in self.programmes:
            row = self.db.execute("SELECT id FROM programme WHERE code = ? COLLATE NOCASE", [code]).fetchone()
            self.programmes[key] = int(row[0]) if row else -1
        return self.programmes[key]

    def _category(self, cells: dict[str, Any], row: int, data: dict[str, Any]) -> bool:
        word = self.text(cells, "category")
        key = normalise_title(word)
        code = self.categories.get(key)
        if code is not None:
            data["category"] = code
            if key:
                self.used_words[word] = code
            return True
        if not key:
            data["category"] = ""  # "is required", reported by the store's check
            return True
        data["category"] = ITEM_CATEGORIES[-1]  # checked as a valid row; the word is asked about once for the file
        first, rows = self.unknown_categories.setdefault(key, (word, []))
        rows.append(row)
        return False

    def _date(self, cells: dict[str, Any], row: int, problems: list[Problem]) -> Any:
        value = self.cell(cells, "acquisition_date")
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        try:
            return read_date(value, self.preview.date_order)
        except DateError as error:
            if error.message.startswith("is ambiguous") and len(self.date_hints) == 1:
                order, (hint_row, hint_text) = next(iter(self.date_hints.items()))
                problems.append(self.problem("{reason} (row {hint_row} reads {hint_text}, which only fits {hint_order})", "acquisition_date",
                                             row, cell_text(value), reason=Problem(error.message, error.params), hint_row=hint_row,
                                             hint_text=hint_text, hint_order=_ORDER_WORDS[order]))
            else:
                problems.append(self.problem(error.message, "acquisition_date", row, cell_text(value), **error.params))
            return None

    def _currency(self, cells: dict[str, Any], row: int, problems: list[Problem]) -> tuple[str, dict[str, Any]]:
        """The row's currency and the amount cells with any currency taken out of them."""
        texts: dict[str, Any] = {}
        named: list[tuple[str, str]] = []  # (currency, where: a column title)
        column_text = cell_text(cells.get("currency"))
        if column_text:
            named.append((_CURRENCIES.get(currency_key(column_text), column_text), self.title("currency")))
        for name in ("unit_value", "amount"):
            raw = self.cell(cells, name)
            texts[name] = raw
            if isinstance(raw, str) and raw.strip():
                try:
                    texts[name], found = split_currency(raw)
                except AmountError as error:
                    problems.append(self.problem(error.message, name, row, raw, **error.params))
                    texts[name] = None
                    continue
                if found:
                    named.append((found, self.title(name)))
            if raw is not None and raw != "" and self.header_currency.get(name):
                named.append((self.header_currency[name], self.title(name)))
        codes = list(dict.fromkeys(code for code, _ in named))
        if len(codes) > 1:
            first = next(where for code, where in named if code == codes[0])
            other = next(where for code, where in named if code == codes[1])
            problems.append(self.problem("the currency is given twice and differs: {first} in {first_column}, {second} in {second_column}",
                                         "currency", row, column_text or None, first=codes[0], first_column=first,
                                         second=codes[1], second_column=other))
            return codes[0], texts
        if codes:
            return codes[0], texts
        default = self.preview.defaults.get("currency", "")
        return _CURRENCIES.get(currency_key(default), default) if default else "", texts

    def _amount(self, raw: Any, cells: dict[str, Any], name: str, row: int, digits: int, problems: list[Problem],
                currency: str | None = None) -> int | None:
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        original = cell_text(cells.get(name)) or cell_text(raw)
        if isinstance(raw, (int, float)) and not isinstance(raw, bool) and raw < 0:
            problems.append(self.problem("must not be negative", name, row, original))
            return None
        try:
            return parse_amount(cell_decimal_text(raw), field=name, minor_digits=digits)
        except InputError as error:
            for p in error.problems:
                if p.message.startswith("is too large"):  # the limit in major units of the row's currency, not in minor units
                    problems.append(self.problem("is too large (at most {max})", name, row, original, max=largest(currency)))
                else:
                    problems.append(self.problem(p.message, name, row, original, **p.params))
        except TypeError:
            problems.append(self.problem("is not an amount", name, row, original))
        return None

    # --- across the file --------------------------------------------------------------------------

    def finish(self) -> None:
        super().finish()
        preview = self.preview
        for _key, (word, rows) in self.unknown_categories.items():
            shown = ", ".join(str(r) for r in rows[:8]) + (" …" if len(rows) > 8 else "")
            preview.file_problems.append(Problem(
                "the category {word} (rows {rows}) is none of the program's categories; say once which it is ({choices}), "
                "e.g. --category-map \"{word}=computers\" or in the import window", params={"word": word, "rows": shown,
                                                                                          "choices": ", ".join(ITEM_CATEGORIES)},
                field=self.title("category"), source=self.source, value=word))
        preview.category_words = dict(self.used_words)
        if self.one_per_row and preview.rows:
            preview.warnings.append(Problem("the file has no quantity column: each row is one unit (as in an asset list)",
                                            source=self.source, field="Quantity"))
        if self.no_reason:
            rows = self.no_reason
            preview.warnings.append(Problem("{count} item(s) are written off without a reason (rows {rows})",
                                            params={"count": len(rows), "rows": ", ".join(str(r) for r in rows[:8]) + (" …" if len(rows) > 8 else "")},
                                            field=self.title("written_off_reason"), source=self.source))
        if self.named_from_model:
            rows = self.named_from_model
            preview.warnings.append(Problem("{count} row(s) have no name; the model is used as the name (rows {rows})",
                                            params={"count": len(rows), "rows": ", ".join(str(r) for r in rows[:8]) + (" …" if len(rows) > 8 else "")},
                                            field=self.title("name"), source=self.source))


def _stored(clean: dict[str, Any], programme_code: str) -> dict[str, str]:
    """A row as it will be stored, as text for the preview."""
    shown = {name: cell_text(clean.get(name)) for name in ("category", "name", "name_ru", "name_en", "model", "serial_number", "inventory_number", "unit",
                                                            "quantity", "currency", "acquisition_date", "condition", "notes")}
    shown["name"] = shown["name"] or shown["name_ru"] or shown["name_en"]
    shown.update({name: clean.get(name) or "" for name in NATIONAL_COLUMNS["item"]})
    minor = clean.get("unit_value_minor")
    currency = clean.get("currency")
    if isinstance(minor, int) and currency:
        shown["unit_value"] = amount_to_string(minor, currency)
        quantity = clean.get("quantity")
        if isinstance(quantity, int):
            shown["amount"] = amount_to_string(minor * quantity, currency)
    shown["programme_code"] = programme_code
    return shown

"""What the window says about its lists: the totals line under the acts list (worked out in the
background) and the detail pane of the chosen item, institution or programme: :class:`ListSummaries`,
a part of :class:`~equipment_desk.ui.main_window.MainWindow`.

Its words are in the window's translation context (``MainWindow``), as the window shows them.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer

from equipment_desk.core.errors import DeskError
from equipment_desk.store import queries
from equipment_desk.store.queries import ListFilter
from equipment_desk.ui.models import (
    act_status_label,
    bilingual,
    country_label,
    money,
    sub_programme_label,
)

log = logging.getLogger(__name__)

SUMMARY_TYPING_PAUSE_MS = 250
"""The acts totals follow a new filter once typing has paused this long."""


def acts_summary_work(context, filters: ListFilter, ids: list[int] | None) -> dict[str, Any]:  # noqa: ANN001 - a TaskContext
    """Background work: the totals of the acts list (``queries.acts_summary``)."""
    return queries.acts_summary(db=context.db, filters=filters, ids=ids)



def unbroken(text: str) -> str:
    """``text`` with no-break spaces, so a word-wrapped label never splits it (an amount, a status and its count)."""
    return text.replace(" ", "\u00a0")


def _html(text: Any) -> str:
    from html import escape

    return escape("" if text is None else str(text))



class ListSummaries:
    """The acts totals and the detail panes (mixed into :class:`~equipment_desk.ui.main_window.MainWindow`)."""

    def _update_acts_summary(self) -> None:
        """The totals line under the acts list, worked out off the critical path.

        The count of acts shows at once (the model knows it); the statuses and amounts follow from a
        background task (its own connection).  The first reading of the list and a refresh start the
        task at once; a new filter (typing in the search field) waits until typing pauses.
        """
        if not self.section_built("acts"):  # the totals are read when the list is
            return
        model = self.acts_page.model
        if not model.loaded:
            return
        self._summary_generation += 1
        self.acts_page.summary.setText(unbroken(QCoreApplication.translate("MainWindow", "%n act(s)", "", model.total_count)))
        typing = model.filter != self._summary_filter and self._summary_filter is not None
        self._summary_filter = model.filter
        if typing:
            self._summary_timer.start()
        else:
            self._summary_timer.stop()
            if self.tasks.synchronous:
                self._start_acts_summary()
            else:  # on the next turn of the event loop: the window is built and shown first, undisturbed
                generation = self._summary_generation
                QTimer.singleShot(0, self, lambda: self._start_acts_summary() if generation == self._summary_generation else None)

    def _start_acts_summary(self) -> None:
        model = self.acts_page.model
        generation = self._summary_generation
        filters = model.filter
        ids = list(model.ids) if filters != ListFilter() else None  # the ids spare working out the filter again

        def done(summary: dict[str, Any]) -> None:
            if generation == self._summary_generation:
                self._show_acts_summary(summary)

        if self.tasks.synchronous:
            self.tasks.run(acts_summary_work, filters, ids, on_done=done,
                           on_error=lambda error: log.warning("the acts totals could not be worked out: %s", error))
        elif self.background_tasks is not None:
            self.background_tasks.run(acts_summary_work, filters, ids, on_done=done,
                                    on_error=lambda error: log.warning("the acts totals could not be worked out: %s", error))
        else:  # an in-memory database and worker threads: no connection for them; after the window shows
            QTimer.singleShot(0, self, lambda: self._acts_summary_here(generation, filters, ids))

    def _acts_summary_here(self, generation: int, filters: ListFilter, ids: list[int] | None) -> None:
        if generation != self._summary_generation:
            return
        try:
            summary = queries.acts_summary(db=self.db, filters=filters, ids=ids)
        except DeskError:
            return
        self._show_acts_summary(summary)

    def _show_acts_summary(self, summary: dict[str, Any]) -> None:
        # The label wraps between the parts, the statuses and the amounts, never inside one of them.
        parts = [unbroken(QCoreApplication.translate("MainWindow", "%n act(s)", "", summary["acts"]))]
        statuses = [unbroken(f"{act_status_label(s).split(',')[0].lower()}: {n}") for s, n in summary["by_status"].items() if n]
        if statuses:
            parts.append(", ".join(statuses))
        if summary["per_currency"]:
            amounts = " + ".join(unbroken(money(v, c, self.lang)) for c, v in sorted(summary["per_currency"].items()))
            text = QCoreApplication.translate("MainWindow", "handed over: {amounts}").format(amounts=amounts)
            if summary["usd_minor"] is not None:
                text += " " + unbroken(QCoreApplication.translate("MainWindow", "≈ {usd}").format(usd=money(summary["usd_minor"], "USD", self.lang)))
            parts.append(text)
        self.acts_page.summary.setText("  ·  ".join(parts))

    # --- details -----------------------------------------------------------------------------------

    def _show_item(self) -> None:
        item_id = self.items_page.current_id()
        self.item_acts.set_filter(ListFilter(item_id=item_id if item_id is not None else -1))
        if item_id is None:  # (a list never read stays empty: nothing is read before a record is chosen)
            self.item_detail.text.setText(QCoreApplication.translate("MainWindow", "Select an item to see its details and the acts it went out on."))
            return
        self.item_acts.ensure_loaded()
        row = queries.fetch_rows(db=self.db, kind="items", ids=[item_id]).get(item_id)
        if row is None:
            return
        lines = [f"<b>{_html(bilingual(row, 'name', self.lang) or row['name'])}</b>", _html(row["model"])]
        numbers = [text for text in (
            QCoreApplication.translate("MainWindow", "Serial No. {value}").format(value=_html(row["serial_number"])) if row["serial_number"] else "",
            QCoreApplication.translate("MainWindow", "Inventory No. {value}").format(value=_html(row["inventory_number"])) if row["inventory_number"] else "") if text]
        if numbers:
            lines.append(" · ".join(numbers))
        lines.append(QCoreApplication.translate("MainWindow", "Handed over {handed} of {quantity}; {available} available").format(
            handed=row["handed_over"], quantity=row["quantity"], available=row["available"]))
        lines.append(QCoreApplication.translate("MainWindow", "Value: {unit} each, {total} in all").format(
            unit=money(row["unit_value_minor"], row["currency"], self.lang), total=money(row["total_value_minor"], row["currency"], self.lang)))
        if row["written_off"]:
            lines.append(QCoreApplication.translate("MainWindow", "Written off: {reason}").format(reason=_html(row["written_off_reason"])))
        lines.append("<br><b>" + QCoreApplication.translate("MainWindow", "Acts with this item") + "</b>" if self.item_acts.total_count
                     else "<br>" + QCoreApplication.translate("MainWindow", "Not on any act yet."))
        self.item_detail.text.setText("<br>".join(line for line in lines if line))

    def _show_institution(self) -> None:
        institution_id = self.institutions_page.current_id()
        self.institution_acts.set_filter(ListFilter(institution_id=institution_id if institution_id is not None else -1))
        if institution_id is None:
            self.institution_detail.text.setText(QCoreApplication.translate("MainWindow", "Select an institution to see its acts and totals."))
            return
        self.institution_acts.ensure_loaded()
        row = queries.fetch_rows(db=self.db, kind="institutions", ids=[institution_id]).get(institution_id)
        if row is None:
            return
        summary = queries.acts_summary(db=self.db, filters=ListFilter(institution_id=institution_id))
        from equipment_desk.store import records

        people = records.signatories(db=self.db, institution_id=institution_id, active_only=True)
        lines = [f"<b>{_html(bilingual(row, 'name', self.lang))}</b>",
                 _html(", ".join(x for x in (bilingual(row, 'city', self.lang), country_label(row["country"], self.lang)) if x))]
        if people:
            lines.append(QCoreApplication.translate("MainWindow", "Signs acts: {names}").format(names=_html(", ".join(p["full_name"] for p in people))))
        lines.append(self._totals_text(summary))
        self.institution_detail.text.setText("<br>".join(line for line in lines if line))

    def _totals_text(self, summary: dict[str, Any]) -> str:
        counted = summary["by_status"]["finalized"] + summary["by_status"]["signed"]
        if not counted:
            return QCoreApplication.translate("MainWindow", "Nothing handed over yet.")
        amounts = " + ".join(money(v, c, self.lang) for c, v in sorted(summary["per_currency"].items()))
        text = QCoreApplication.translate("MainWindow", "Handed over in %n act(s): ", "", counted) + amounts
        if summary["usd_minor"] is not None:
            text += " " + QCoreApplication.translate("MainWindow", "(≈ {usd})").format(usd=money(summary["usd_minor"], "USD", self.lang))
        waiting = summary["by_status"]["finalized"]
        if waiting:
            text += "<br>" + QCoreApplication.translate("MainWindow", "%n act(s) still to come back signed", "", waiting)
        return text

    def _show_programme(self) -> None:
        programme_id = self.programmes_page.current_id()
        self.programme_acts.set_filter(ListFilter(programme_id=programme_id if programme_id is not None else -1))
        self.programme_items.set_filter(ListFilter(programme_id=programme_id if programme_id is not None else -1))
        if programme_id is None:
            self.programme_detail.text.setText(QCoreApplication.translate("MainWindow", "Select a programme to see its donors, items and acts."))
            return
        self.programme_acts.ensure_loaded()
        self.programme_items.ensure_loaded()
        row = queries.fetch_rows(db=self.db, kind="programmes", ids=[programme_id]).get(programme_id)
        if row is None:
            return
        from equipment_desk.store import records

        donors = records.programme_donors(db=self.db, programme_id=programme_id)
        summary = queries.acts_summary(db=self.db, filters=ListFilter(programme_id=programme_id))
        lines = [f"<b>{_html(row['code'])}</b> {_html(bilingual(row, 'name', self.lang))}", _html(sub_programme_label(row["sub_programme"])),
                 QCoreApplication.translate("MainWindow", "Donors: {names}").format(names=_html(", ".join(bilingual(d, "name", self.lang) for d in donors) or "—")),
                 QCoreApplication.translate("MainWindow", "%n item(s) recorded", "", row["items"]), self._totals_text(summary)]
        self.programme_detail.text.setText("<br>".join(line for line in lines if line))

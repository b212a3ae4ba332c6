"""What a bundle is: its parts and limits, the tables it carries and how references are written, and what
an exchange reports (:class:`Message`, :class:`Change`, :class:`SyncReport`, :class:`BundleInfo`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from equipment_desk.core.errors import InputError, Problem, english_params
from equipment_desk.store.changes import TABLE_KINDS, OpChanges

FORMAT = "equipment-desk/bundle@1"
MANIFEST = "manifest.json"
RECORDS = "records.json"
ATTACHMENT_DIR = "attachments/"
MAX_RECORDS_BYTES = 512 * 1024 * 1024
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
MAX_BUNDLE_BYTES = 4 * 1024 * 1024 * 1024
MAX_MEMBERS = 200_000
SENT_KEY = "sync:sent:{office}"

# table -> (section in records.json, {column: (referenced table, key in the bundle)})
TABLES: dict[str, tuple[str, dict[str, tuple[str, str]]]] = {
    "donor": ("donors", {}),
    "programme": ("programmes", {}),
    "institution": ("institutions", {}),
    "signatory": ("signatories", {"institution_id": ("institution", "institution_uuid")}),
    "item": ("items", {"programme_id": ("programme", "programme_uuid")}),
    "act": ("acts", {"recipient_institution_id": ("institution", "recipient_institution_uuid"),
                     "recipient_signatory_id": ("signatory", "recipient_signatory_uuid"),
                     "programme_id": ("programme", "programme_uuid"),
                     "signed_scan_id": ("attachment", "signed_scan_uuid")}),
    "attachment": ("attachments", {"act_id": ("act", "act_uuid"), "item_id": ("item", "item_uuid")}),
}
REFERENCE_TABLES = ("donor", "programme", "institution", "signatory", "item")
ACT_STAGE = {"draft": 0, "finalized": 1, "signed": 2, "void": 3}
LABELS = {"donor": "donor", "programme": "programme", "institution": "institution", "signatory": "signatory",
          "item": "item", "act": "act", "attachment": "attachment"}


class BundleError(InputError):
    """The bundle cannot be used at all (truncated, edited, failing its checksums); nothing was merged."""

    def __init__(self, message: str, source: str = "", **params: Any) -> None:
        super().__init__(Problem(message, params=params, source=source or None), message="the bundle was refused")


@dataclass(frozen=True)
class Message:
    """Why a record was refused, or what an update did: an English message *template* and its parameters.

    As with :class:`~equipment_desk.core.errors.Problem`, the window translates
    the template (context ``problems``) and fills it in, the command line takes
    :meth:`text`.  Values are parameters, never part of the template.  Some
    parameters name things the window words in its own way:

    * ``field`` — a column name (``serial_number``; several separated by ", "),
      shown as the field's label;
    * ``kind`` — a table name (``programme``), shown as the kind of record;
    * a name starting with ``date`` — an ISO date, shown the way dates are written.
    """

    message: str
    params: dict[str, Any] = field(default_factory=dict)

    def english_params(self) -> dict[str, Any]:
        params = english_params(self.params)
        if "kind" in params:
            params["kind"] = LABELS.get(params["kind"], str(params["kind"]).replace("_", " "))
        return params

    def text(self) -> str:
        """The message with its parameters filled in (English)."""
        try:
            return self.message.format(**self.english_params())
        except (KeyError, IndexError, ValueError):
            return self.message

    def __str__(self) -> str:
        return self.text()


@dataclass
class Change:
    table: str
    uuid: str
    label: str
    """The record as people know it: an act's number, an item's name and serial number, a programme's code."""
    action: str
    """``add``, ``update`` or ``refuse``."""
    why: tuple[Message, ...] = ()
    """Why it was refused (one message), or what an update did (none or several, e.g. signed, voided)."""
    label_message: Message | None = None
    """The label as a message when it has words of ours in it (a draft without a number), else None."""

    @property
    def reason(self) -> str:
        """:attr:`why` in English, e.g. ``"conflict: act BISH-2018-0001 here has the same UUID but different content"``."""
        return ", ".join(message.text() for message in self.why)

    def __str__(self) -> str:
        text = f"{self.action} {LABELS[self.table]} {self.label}"
        return f"{text}: {self.reason}" if self.reason else text


@dataclass
class SyncReport:
    """What an import did (or, for a preview, would do)."""

    source: str
    from_office: str
    bundle_id: str
    created_at: str
    applied: bool = False
    changes: list[Change] = field(default_factory=list)
    unchanged: int = 0

    def of(self, action: str) -> list[Change]:
        return [c for c in self.changes if c.action == action]

    @property
    def added(self) -> list[Change]:
        return self.of("add")

    @property
    def updated(self) -> list[Change]:
        return self.of("update")

    @property
    def refused(self) -> list[Change]:
        return self.of("refuse")

    def changed(self) -> OpChanges:
        """What the merge wrote, by kind of record (``store.changes``): nothing unless it was applied; an act
        added or moved forward changes its items' stock figures too."""
        if not self.applied or self.refused:
            return OpChanges()
        kinds = {TABLE_KINDS[c.table] for c in self.changes if c.action in ("add", "update")}
        if "acts" in kinds:
            kinds.add("items")
        return OpChanges.of(*kinds)

    def summary(self) -> str:
        if self.applied:
            return (f"{len(self.added)} added, {len(self.updated)} updated, {len(self.refused)} refused, "
                    f"{self.unchanged} unchanged")
        return (f"{len(self.added)} to add, {len(self.updated)} to update, {len(self.refused)} to refuse, "
                f"{self.unchanged} unchanged")


@dataclass
class BundleInfo:
    path: Path
    bundle_id: str
    office: str
    to_office: str | None
    since: str | None
    counts: dict[str, int]
    attachments: int

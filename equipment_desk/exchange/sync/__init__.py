"""Exchange between laptops without a server: bundles on a USB stick or by e-mail.

A **bundle** is one zip file::

    manifest.json         format, sender office, time, bundle id, schema, and
                          the SHA-256 and size of every other part
    records.json          donors, programmes (with donor links), institutions,
                          signatories, items, acts (with lines) and attachment
                          records, every reference written as a UUID
    attachments/<uuid>    the bytes of each attachment (signed scans, photos)

:func:`export_bundle` writes everything, or what changed since the last
bundle sent to a given office (plus every record those changes refer to, so
a bundle always stands on its own).

:func:`import_bundle` merges by UUID, in one transaction, whole or not at all
(when any record is refused, nothing is written and every refusal is listed):

* a record not known here is added;
* reference data (donors, programmes, institutions, signatories, items) and
  drafts take the newer change — ``updated_at``, ties broken by a digest of
  what an update writes (never ``created_at``, which an update keeps), so the
  result never depends on the order bundles arrive in; a record equal here
  in everything an update would write is unchanged;
* an attachment already held for the same act (or item), of the same kind
  and with the same SHA-256, is not added again, whatever its UUID;
* a finalized, signed or void act is never altered: an incoming act that is
  different from the one held here under the same UUID, number or chain
  position, or whose predecessor in its office's chain is neither here nor
  in the bundle, is a **conflict** and refused.  The only moves are
  forward in the act's life and only for the same content (same
  ``content_hash``): finalized here + signed there becomes signed; void
  there makes it void;
* importing the same bundle twice changes nothing.

Every record refused is reported with its reason as a :class:`Message` (an
English template and its values), which the window translates and the
command line prints as it is; ``Change.reason`` is the English text.

Before anything is merged the whole bundle is checked — zip structure, part
sizes against the manifest, every SHA-256, the JSON's shape, and every
finalized act's content against its hash — and a bundle that fails is
refused whole.  :func:`preview_bundle` runs the whole merge and rolls it
back, so what it reports is exactly what an import would do.

The rooms: :mod:`.bundle` (what a bundle is and what an exchange reports), :mod:`.writing` (the database
into a bundle), :mod:`.reading` (a bundle read and checked whole), :mod:`.merging` (a checked bundle merged).
"""

from equipment_desk.exchange.sync.bundle import (
    ACT_STAGE,
    ATTACHMENT_DIR,
    FORMAT,
    LABELS,
    MANIFEST,
    MAX_ATTACHMENT_BYTES,
    MAX_BUNDLE_BYTES,
    MAX_MEMBERS,
    MAX_RECORDS_BYTES,
    RECORDS,
    REFERENCE_TABLES,
    SENT_KEY,
    TABLES,
    BundleError,
    BundleInfo,
    Change,
    Message,
    SyncReport,
)
from equipment_desk.exchange.sync.merging import _reason, import_bundle, preview_bundle
from equipment_desk.exchange.sync.reading import Bundle, read_bundle
from equipment_desk.exchange.sync.writing import _fetch, _to_record, _uuid_maps, digest, export_bundle, last_sent

__all__ = [
    "ACT_STAGE", "ATTACHMENT_DIR", "FORMAT", "LABELS", "MANIFEST", "MAX_ATTACHMENT_BYTES", "MAX_BUNDLE_BYTES",
    "MAX_MEMBERS", "MAX_RECORDS_BYTES", "RECORDS", "REFERENCE_TABLES", "SENT_KEY", "TABLES", "Bundle", "BundleError",
    "BundleInfo", "Change", "Message", "SyncReport", "_fetch", "_reason", "_to_record", "_uuid_maps", "digest",
    "export_bundle", "import_bundle", "last_sent", "preview_bundle", "read_bundle",
]

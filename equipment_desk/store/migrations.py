"""The schema, created and changed only through migrations recorded in the database.

Each migration runs once, inside a transaction, and is recorded in
``_sqlite_migrations`` (sqlite-utils :class:`~sqlite_utils.migrations.Migrations`).
A database that records a migration this version does not know was written
by a newer version and is refused.

The database defends itself: CHECK constraints on quantities, money and
codes; foreign keys; and triggers that refuse any change to a finalized act,
its lines, its signed scan and the audit log.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from equipment_desk.core.errors import NewerSchemaError

if TYPE_CHECKING:
    import sqlite_utils
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "equipment_desk"
MIGRATIONS_TABLE = "_sqlite_migrations"
"""Where sqlite-utils records each migration applied (``migration_set``, ``name``, ``applied_at``)."""


class Migration(NamedTuple):
    """One registered migration (what sqlite-utils' ``Migrations`` reads of each: its name, function, transaction)."""

    name: str
    fn: Callable[[Any], None]
    transactional: bool = True


class AppliedMigration(NamedTuple):
    name: str
    applied_at: str


class _NumberedMigrations:
    """The schema's migrations, kept in the order of their numbers (``0001_…``), whichever module registering them
    is imported first: the search, stock and language modules each register theirs, and a later one may depend on
    an earlier.

    Registering and reading what a database has applied need no sqlite-utils: the window opens an up-to-date file
    without loading it (with click, pluggy and dateutil, a tenth of its start-up).  Applying them is sqlite-utils'
    :class:`~sqlite_utils.migrations.Migrations`, made when first needed over the same list.
    """

    migrations_table = MIGRATIONS_TABLE

    def __init__(self, name: str) -> None:
        self.name = name
        self._migrations: list[Migration] = []

    def __call__(self, *, name: str | None = None, transactional: bool = True) -> Callable[[Callable[[Any], None]], Callable[[Any], None]]:
        def inner(func: Callable[[Any], None]) -> Callable[[Any], None]:
            migration_name = name or func.__name__
            if any(m.name == migration_name for m in self._migrations):
                raise ValueError(f"Migration '{migration_name}' is already registered in set '{self.name}'")
            self._migrations.append(Migration(migration_name, func, transactional))
            self._migrations.sort(key=lambda migration: migration.name[:4])  # stable: one number's keep their order
            return func

        return inner

    def applied(self, db: Any) -> list[AppliedMigration]:
        """The migrations ``db`` has applied, in the order they were (plain SQL: no sqlite-utils)."""
        if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [self.migrations_table]).fetchone() is None:
            return []
        return [AppliedMigration(name, applied_at) for name, applied_at in db.execute(
            f"SELECT name, applied_at FROM [{self.migrations_table}] WHERE migration_set = ? ORDER BY rowid", [self.name])]

    def pending(self, db: Any) -> list[Migration]:
        already = {migration.name for migration in self.applied(db)}
        return [migration for migration in self._migrations if migration.name not in already]

    def runner(self) -> Migrations:
        """sqlite-utils' ``Migrations`` over this list (the same records: it reads their name, fn and transactional)."""
        from sqlite_utils.migrations import Migrations

        runner = Migrations(self.name)
        runner._migrations = self._migrations  # type: ignore[assignment] # noqa: SLF001 - no public way to give it the list
        return runner

    def apply(self, db: Any, *, stop_before: str | Iterable[str] | None = None) -> None:
        """Apply the pending migrations (sqlite-utils: each in a transaction with its record)."""
        self.runner().apply(full_database(db), stop_before=stop_before)

    def _record_applied(self, db: Any, name: str) -> None:
        self.runner()._record_applied(full_database(db), name)  # noqa: SLF001


def full_database(db: Any) -> sqlite_utils.Database:
    """sqlite-utils' own ``Database`` for ``db`` (ours hands over its own, made on first need)."""
    full = getattr(db, "full", None)
    return full() if callable(full) else db


MIGRATIONS = _NumberedMigrations(MIGRATION_SET)

CURRENCY_CHECK = "('KGS','UZS','KZT','TJS','TMT','USD','EUR')"
MAX_MINOR = 9223372036854775807
STAMPS = "created_at TEXT NOT NULL, updated_at TEXT NOT NULL"
UUID_COLUMN = "uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36)"


def _text(name: str, max_length: int, *, required: bool = False) -> str:
    if required:
        return f"{name} TEXT NOT NULL CHECK (length(trim({name})) BETWEEN 1 AND {max_length})"
    return f"{name} TEXT NOT NULL DEFAULT '' CHECK (length({name}) <= {max_length})"


def _date(name: str, *, required: bool = False) -> str:
    null = "NOT NULL" if required else ""
    return f"{name} TEXT {null} CHECK ({name} IS NULL OR date({name}) = {name})"


# Columns of an act that are its content: frozen once it is finalized.
ACT_CONTENT_COLUMNS = (
    "uuid", "number", "office_code", "series", "seq", "chain_pos", "act_date", "place_en", "place_ru",
    "country", "languages", "goods_en", "goods_ru", "recipient_institution_id", "recipient_signatory_id",
    "transferor_org_en", "transferor_org_ru", "transferor_name", "transferor_title_en", "transferor_title_ru",
    "transferor_authority_en", "transferor_authority_ru", "programme_id", "basis_en", "basis_ru",
    "transfer_type", "currency", "rate_micro", "rate_scale", "rate_type", "rate_source", "rate_date",
    "rate_entered_by", "rate_entered_at", "nb_rate_micro", "nb_rate_scale", "nb_rate_source", "nb_rate_date",
    "content_json", "content_hash", "previous_hash", "created_at", "created_by", "finalized_at", "finalized_by",
)
ACT_SIGNED_COLUMNS = ("signed_date", "signed_at", "signed_by", "signed_scan_id")
ACT_VOID_COLUMNS = ("void_reason", "voided_at", "voided_by")


def _changed(columns: tuple[str, ...]) -> str:
    return " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in columns)



STOCK_TOO_MUCH = "the act hands over more of an item than is still in stock"


def finalize_rules_trigger(exceeds: str) -> str:
    """The trigger that refuses to finalize an incomplete act, or one that hands over more than is in stock:
    ``exceeds`` is the SQL condition, on a line ``l`` of item ``i``, that the stock does not cover (the first
    schema summed the handed-over lines; migration 0006 reads the kept figure).  Its message is
    :data:`STOCK_TOO_MUCH`, written out for the translation tool, which reads the SQL."""
    return f"""CREATE TRIGGER act_finalize_rules BEFORE UPDATE OF status ON act
        WHEN OLD.status = 'draft' AND NEW.status = 'finalized'
        BEGIN
            SELECT RAISE(ABORT, 'an act needs at least one line to be finalized')
                WHERE NOT EXISTS (SELECT 1 FROM act_line WHERE act_id = NEW.id);
            SELECT RAISE(ABORT, 'an act needs a recipient, its signatory, a donor-side signatory, a programme and a date')
                WHERE NEW.recipient_institution_id IS NULL OR NEW.recipient_signatory_id IS NULL
                   OR NEW.programme_id IS NULL OR NEW.act_date IS NULL OR trim(NEW.transferor_name) = '';
            SELECT RAISE(ABORT, 'the recipient signatory does not belong to the recipient institution')
                WHERE NOT EXISTS (SELECT 1 FROM signatory s WHERE s.id = NEW.recipient_signatory_id
                                  AND s.institution_id = NEW.recipient_institution_id);
            SELECT RAISE(ABORT, 'an act in a currency other than USD needs an exchange rate')
                WHERE NEW.currency <> 'USD' AND NEW.rate_micro IS NULL;
            SELECT RAISE(ABORT, 'an item on the act has been written off')
                WHERE EXISTS (SELECT 1 FROM act_line l JOIN item i ON i.id = l.item_id
                              WHERE l.act_id = NEW.id AND i.written_off = 1);
            SELECT RAISE(ABORT, 'the act hands over more of an item than is still in stock')
                WHERE EXISTS (
                    SELECT 1 FROM act_line l JOIN item i ON i.id = l.item_id
                    WHERE l.act_id = NEW.id{exceeds});
            SELECT RAISE(ABORT, 'an act line has no snapshot of its item')
                WHERE EXISTS (SELECT 1 FROM act_line WHERE act_id = NEW.id AND item_name IS NULL);
        END"""

SCHEMA_1 = [
    """CREATE TABLE setting (
        key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 100),
        value TEXT NOT NULL CHECK (length(value) <= 10000)
    ) STRICT""",
    f"""CREATE TABLE donor (
        id INTEGER PRIMARY KEY, {UUID_COLUMN},
        {_text('name_en', 300, required=True)}, {_text('name_ru', 300)},
        {_text('short_name', 50)}, {_text('country', 100)}, {_text('notes', 4000)},
        {STAMPS}
    ) STRICT""",
    f"""CREATE TABLE programme (
        id INTEGER PRIMARY KEY, {UUID_COLUMN},
        code TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(code)) BETWEEN 1 AND 50),
        {_text('name_en', 300, required=True)}, {_text('name_ru', 300)},
        {_text('sub_programme', 200)}, {_text('notes', 4000)},
        {STAMPS}
    ) STRICT""",
    """CREATE TABLE programme_donor (
        programme_id INTEGER NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
        donor_id INTEGER NOT NULL REFERENCES donor(id) ON DELETE RESTRICT,
        position INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (programme_id, donor_id)
    ) STRICT""",
    f"""CREATE TABLE institution (
        id INTEGER PRIMARY KEY, {UUID_COLUMN},
        {_text('name_en', 300, required=True)}, {_text('name_ru', 300)},
        country TEXT NOT NULL CHECK (length(country) = 2 AND country = upper(country)),
        {_text('city_en', 100)}, {_text('city_ru', 100)}, {_text('region', 100)},
        kind TEXT NOT NULL DEFAULT 'other'
            CHECK (kind IN ('customs','prosecutor','police','health','drug_control','ministry','other')),
        {_text('address', 500)}, {_text('phone', 100)}, {_text('email', 200)},
        {_text('contact_person', 200)}, {_text('notes', 4000)},
        {STAMPS}
    ) STRICT""",
    f"""CREATE TABLE signatory (
        id INTEGER PRIMARY KEY, {UUID_COLUMN},
        institution_id INTEGER NOT NULL REFERENCES institution(id) ON DELETE CASCADE,
        {_text('full_name', 200, required=True)},
        {_text('title_en', 300)}, {_text('title_ru', 300)},
        {_text('authority_en', 300)}, {_text('authority_ru', 300)},
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        {STAMPS}
    ) STRICT""",
    "CREATE INDEX signatory_institution ON signatory(institution_id)",
    f"""CREATE TABLE item (
        id INTEGER PRIMARY KEY, {UUID_COLUMN},
        category TEXT NOT NULL
            CHECK (category IN ('computers','medical','endoscopes','office','vehicles','other')),
        {_text('name', 2000, required=True)}, {_text('model', 500)},
        serial_number TEXT CHECK (serial_number IS NULL OR length(trim(serial_number)) BETWEEN 1 AND 500),
        inventory_number TEXT CHECK (inventory_number IS NULL OR length(trim(inventory_number)) BETWEEN 1 AND 200),
        unit TEXT NOT NULL DEFAULT 'pcs' CHECK (length(trim(unit)) BETWEEN 1 AND 20),
        quantity INTEGER NOT NULL CHECK (quantity > 0 AND quantity <= 1000000000),
        unit_value_minor INTEGER NOT NULL CHECK (unit_value_minor >= 0 AND unit_value_minor <= {MAX_MINOR} / quantity),
        currency TEXT NOT NULL CHECK (currency IN {CURRENCY_CHECK}),
        {_date('acquisition_date')},
        condition TEXT NOT NULL DEFAULT 'new' CHECK (condition IN ('new','good','fair','poor','broken')),
        programme_id INTEGER REFERENCES programme(id) ON DELETE RESTRICT,
        {_text('notes', 4000)},
        written_off INTEGER NOT NULL DEFAULT 0 CHECK (written_off IN (0, 1)),
        {_text('written_off_reason', 1000)},
        {STAMPS}
    ) STRICT""",
    "CREATE UNIQUE INDEX item_serial ON item(serial_number COLLATE NOCASE) WHERE serial_number IS NOT NULL",
    "CREATE UNIQUE INDEX item_inventory ON item(inventory_number COLLATE NOCASE) WHERE inventory_number IS NOT NULL",
    "CREATE INDEX item_programme ON item(programme_id)",
    f"""CREATE TABLE attachment (
        id INTEGER PRIMARY KEY, {UUID_COLUMN},
        act_id INTEGER REFERENCES act(id) ON DELETE CASCADE,
        item_id INTEGER REFERENCES item(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('signed_scan','photo','warranty','other')),
        {_text('filename', 255, required=True)},
        mime_type TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size >= 0),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        data BLOB NOT NULL,
        added_by TEXT NOT NULL, added_at TEXT NOT NULL,
        CHECK (length(data) = size)
    ) STRICT""",
    "CREATE INDEX attachment_act ON attachment(act_id)",
    "CREATE INDEX attachment_item ON attachment(item_id)",
    f"""CREATE TABLE act (
        id INTEGER PRIMARY KEY, {UUID_COLUMN},
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','finalized','signed','void')),
        number TEXT UNIQUE, office_code TEXT, series TEXT, seq INTEGER CHECK (seq IS NULL OR seq > 0),
        chain_pos INTEGER CHECK (chain_pos IS NULL OR chain_pos > 0),
        {_date('act_date')},
        {_text('place_en', 200)}, {_text('place_ru', 200)},
        country TEXT NOT NULL DEFAULT '' CHECK (length(country) IN (0, 2)),
        languages TEXT NOT NULL DEFAULT 'ru,en' CHECK (languages IN
            ('ru,en','en,ru','ru,kk','kk,ru','ru,tg','tg,ru','en,kk','kk,en','en,tg','tg,en','kk,tg','tg,kk')),
        {_text('goods_en', 500)}, {_text('goods_ru', 500)},
        recipient_institution_id INTEGER REFERENCES institution(id) ON DELETE RESTRICT,
        recipient_signatory_id INTEGER REFERENCES signatory(id) ON DELETE RESTRICT,
        {_text('transferor_org_en', 300)}, {_text('transferor_org_ru', 300)},
        {_text('transferor_name', 200)},
        {_text('transferor_title_en', 300)}, {_text('transferor_title_ru', 300)},
        {_text('transferor_authority_en', 300)}, {_text('transferor_authority_ru', 300)},
        programme_id INTEGER REFERENCES programme(id) ON DELETE RESTRICT,
        {_text('basis_en', 2000)}, {_text('basis_ru', 2000)},
        transfer_type TEXT NOT NULL DEFAULT 'title' CHECK (transfer_type IN ('title','custody')),
        currency TEXT NOT NULL DEFAULT 'USD' CHECK (currency IN {CURRENCY_CHECK}),
        rate_micro INTEGER CHECK (rate_micro IS NULL OR rate_micro > 0),
        rate_scale INTEGER NOT NULL DEFAULT 1 CHECK (rate_scale IN (1, 100)),
        rate_type TEXT CHECK (rate_type IS NULL OR rate_type IN ('unore','national_bank','other')),
        {_text('rate_source', 200)}, {_date('rate_date')},
        rate_entered_by TEXT, rate_entered_at TEXT,
        nb_rate_micro INTEGER CHECK (nb_rate_micro IS NULL OR nb_rate_micro > 0),
        nb_rate_scale INTEGER NOT NULL DEFAULT 1 CHECK (nb_rate_scale IN (1, 100)),
        {_text('nb_rate_source', 200)}, {_date('nb_rate_date')},
        content_json TEXT, content_hash TEXT CHECK (content_hash IS NULL OR length(content_hash) = 64),
        previous_hash TEXT CHECK (previous_hash IS NULL OR length(previous_hash) = 64),
        created_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL,
        finalized_at TEXT, finalized_by TEXT,
        {_date('signed_date')}, signed_at TEXT, signed_by TEXT,
        signed_scan_id INTEGER REFERENCES attachment(id) ON DELETE RESTRICT,
        void_reason TEXT CHECK (void_reason IS NULL OR length(void_reason) <= 2000),
        voided_at TEXT, voided_by TEXT,
        CHECK (status = 'draft' OR (number IS NOT NULL AND content_hash IS NOT NULL AND content_json IS NOT NULL
               AND previous_hash IS NOT NULL AND seq IS NOT NULL AND chain_pos IS NOT NULL)),
        CHECK (status = 'draft' OR currency = 'USD' OR rate_micro IS NOT NULL),
        CHECK (status <> 'signed' OR signed_date IS NOT NULL),
        CHECK (status <> 'void' OR length(trim(void_reason)) > 0)
    ) STRICT""",
    "CREATE UNIQUE INDEX act_series_seq ON act(series, seq) WHERE seq IS NOT NULL",
    "CREATE UNIQUE INDEX act_chain ON act(office_code, chain_pos) WHERE chain_pos IS NOT NULL",
    "CREATE INDEX act_status ON act(status)",
    "CREATE INDEX act_date ON act(act_date)",
    "CREATE INDEX act_recipient ON act(recipient_institution_id)",
    "CREATE INDEX act_programme ON act(programme_id)",
    f"""CREATE TABLE act_line (
        id INTEGER PRIMARY KEY, {UUID_COLUMN},
        act_id INTEGER NOT NULL REFERENCES act(id) ON DELETE CASCADE,
        line_no INTEGER NOT NULL CHECK (line_no > 0),
        item_id INTEGER NOT NULL REFERENCES item(id) ON DELETE RESTRICT,
        quantity INTEGER NOT NULL CHECK (quantity > 0 AND quantity <= 1000000000),
        unit_value_minor INTEGER NOT NULL CHECK (unit_value_minor >= 0 AND unit_value_minor <= {MAX_MINOR} / quantity),
        item_name TEXT, item_model TEXT, serial_number TEXT, inventory_number TEXT, unit TEXT,
        UNIQUE (act_id, line_no),
        UNIQUE (act_id, item_id)
    ) STRICT""",
    "CREATE INDEX act_line_item ON act_line(item_id)",
    """CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL, user TEXT NOT NULL,
        action TEXT NOT NULL, table_name TEXT NOT NULL,
        record_uuid TEXT, record_id INTEGER,
        changes TEXT NOT NULL DEFAULT '{}'
    ) STRICT""",
    "CREATE INDEX audit_record ON audit_log(table_name, record_uuid)",
    """CREATE VIEW item_stock AS
        SELECT i.*, coalesce(h.quantity, 0) AS handed_over,
               i.quantity - coalesce(h.quantity, 0) AS available,
               CASE WHEN i.written_off = 1 THEN 'written_off'
                    WHEN coalesce(h.quantity, 0) = 0 THEN 'in_stock'
                    WHEN h.quantity < i.quantity THEN 'partly_handed_over'
                    ELSE 'handed_over' END AS status
        FROM item i LEFT JOIN (
            SELECT l.item_id, sum(l.quantity) AS quantity FROM act_line l JOIN act a ON a.id = l.act_id
            WHERE a.status IN ('finalized', 'signed') GROUP BY l.item_id
        ) h ON h.item_id = i.id""",
    # ---- the finalized act is frozen ---------------------------------------------------------
    f"""CREATE TRIGGER act_frozen_update BEFORE UPDATE ON act
        WHEN OLD.status <> 'draft' AND (
            OLD.status = 'void'
            OR ({_changed(ACT_CONTENT_COLUMNS)})
            OR NOT (NEW.status = OLD.status
                    OR (OLD.status = 'finalized' AND NEW.status IN ('signed', 'void'))
                    OR (OLD.status = 'signed' AND NEW.status = 'void'))
            OR (OLD.status = 'signed' AND ({_changed(ACT_SIGNED_COLUMNS[:3])}))
            OR (OLD.signed_scan_id IS NOT NULL AND NEW.signed_scan_id IS NOT OLD.signed_scan_id)
            OR (NEW.status <> 'void' AND ({_changed(ACT_VOID_COLUMNS)}))
        )
        BEGIN SELECT RAISE(ABORT, 'a finalized act cannot be changed; it can only be recorded as signed or voided'); END""",
    """CREATE TRIGGER act_frozen_delete BEFORE DELETE ON act WHEN OLD.status <> 'draft'
        BEGIN SELECT RAISE(ABORT, 'a finalized act cannot be deleted; void it instead'); END""",
    """CREATE TRIGGER act_draft_stays_draft BEFORE UPDATE OF status ON act
        WHEN OLD.status = 'draft' AND NEW.status NOT IN ('draft', 'finalized')
        BEGIN SELECT RAISE(ABORT, 'only a finalized act can be signed or voided; a draft can be deleted'); END""",
    finalize_rules_trigger("""
                      AND l.quantity + (SELECT coalesce(sum(l2.quantity), 0) FROM act_line l2
                                        JOIN act a2 ON a2.id = l2.act_id
                                        WHERE l2.item_id = l.item_id AND a2.id <> NEW.id
                                          AND a2.status IN ('finalized', 'signed')) > i.quantity"""),
    """CREATE TRIGGER act_line_frozen_insert BEFORE INSERT ON act_line
        WHEN (SELECT status FROM act WHERE id = NEW.act_id) <> 'draft'
        BEGIN SELECT RAISE(ABORT, 'lines of a finalized act cannot be changed'); END""",
    """CREATE TRIGGER act_line_frozen_update BEFORE UPDATE ON act_line
        WHEN (SELECT status FROM act WHERE id = OLD.act_id) <> 'draft'
          OR (SELECT status FROM act WHERE id = NEW.act_id) <> 'draft'
        BEGIN SELECT RAISE(ABORT, 'lines of a finalized act cannot be changed'); END""",
    """CREATE TRIGGER act_line_frozen_delete BEFORE DELETE ON act_line
        WHEN (SELECT status FROM act WHERE id = OLD.act_id) <> 'draft'
        BEGIN SELECT RAISE(ABORT, 'lines of a finalized act cannot be changed'); END""",
    # A draft may not claim more than is still available.
    """CREATE TRIGGER act_line_available_insert BEFORE INSERT ON act_line
        WHEN (SELECT status FROM act WHERE id = NEW.act_id) = 'draft' AND NEW.quantity > (SELECT i.quantity FROM item i WHERE i.id = NEW.item_id)
            - (SELECT coalesce(sum(l.quantity), 0) FROM act_line l JOIN act a ON a.id = l.act_id
               WHERE l.item_id = NEW.item_id AND a.status IN ('finalized', 'signed'))
        BEGIN SELECT RAISE(ABORT, 'the line asks for more than is still in stock'); END""",
    """CREATE TRIGGER act_line_available_update BEFORE UPDATE OF quantity, item_id ON act_line
        WHEN (SELECT status FROM act WHERE id = NEW.act_id) = 'draft' AND NEW.quantity > (SELECT i.quantity FROM item i WHERE i.id = NEW.item_id)
            - (SELECT coalesce(sum(l.quantity), 0) FROM act_line l JOIN act a ON a.id = l.act_id
               WHERE l.item_id = NEW.item_id AND a.status IN ('finalized', 'signed'))
        BEGIN SELECT RAISE(ABORT, 'the line asks for more than is still in stock'); END""",
    # Stock cannot drop below what has been handed over.
    """CREATE TRIGGER item_quantity_covers_handed_over BEFORE UPDATE OF quantity ON item
        WHEN NEW.quantity < (SELECT coalesce(sum(l.quantity), 0) FROM act_line l JOIN act a ON a.id = l.act_id
                             WHERE l.item_id = OLD.id AND a.status IN ('finalized', 'signed'))
        BEGIN SELECT RAISE(ABORT, 'the quantity cannot be less than what has already been handed over'); END""",
    """CREATE TRIGGER item_handed_over_frozen BEFORE UPDATE OF unit_value_minor, currency ON item
        WHEN (NEW.unit_value_minor IS NOT OLD.unit_value_minor OR NEW.currency IS NOT OLD.currency)
         AND EXISTS (SELECT 1 FROM act_line l JOIN act a ON a.id = l.act_id
                     WHERE l.item_id = OLD.id AND a.status IN ('finalized', 'signed', 'void'))
        BEGIN SELECT RAISE(ABORT, 'the value of an item on a finalized act cannot be changed'); END""",
    # Attachments are kept as they came; the signed scan of an act stays.
    """CREATE TRIGGER attachment_immutable BEFORE UPDATE ON attachment
        BEGIN SELECT RAISE(ABORT, 'an attachment cannot be changed; add a new one'); END""",
    """CREATE TRIGGER attachment_signed_scan_kept BEFORE DELETE ON attachment
        WHEN EXISTS (SELECT 1 FROM act WHERE signed_scan_id = OLD.id)
          OR (OLD.act_id IS NOT NULL AND (SELECT status FROM act WHERE id = OLD.act_id) <> 'draft')
        BEGIN SELECT RAISE(ABORT, 'an attachment of a finalized act cannot be deleted'); END""",
    # The audit log is append-only.
    """CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END""",
    """CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END""",
]


@MIGRATIONS(name="0001_initial")
def m0001_initial(db: sqlite_utils.Database) -> None:
    from equipment_desk.store.database import APPLICATION_ID

    for statement in SCHEMA_1:
        db.execute(statement)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def loosen_table_check(db: sqlite_utils.Database, table: str, old: str, new: str) -> None:
    """Replace the text ``old`` of a CHECK constraint in ``table``'s definition with ``new``, a looser one.

    A CHECK constraint cannot be altered, and rebuilding a table would mean rebuilding every trigger, index,
    view and search table around it.  SQLite documents the other way for a constraint that only becomes
    looser (every stored row still satisfies it): the table's text in the schema is rewritten and the schema
    version raised, inside the migration's transaction (sqlite.org/lang_altertable.html, "Making Other Kinds
    Of Table Schema Changes").  ``old`` must occur exactly once.
    """
    sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone()[0]
    if sql.count(old) != 1:
        raise RuntimeError(f"{table} does not have the CHECK this migration loosens")
    version = db.execute("PRAGMA schema_version").fetchone()[0]
    db.execute("PRAGMA writable_schema = ON")
    try:
        db.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", [sql.replace(old, new), table])
        db.execute(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        db.execute("PRAGMA writable_schema = OFF")


def _order(migration: Migration) -> tuple[int, int, str]:
    # Two migrations are numbered 0005: the search module's came first when the schema module was imported
    # first, as every start of the program does it.
    return int(migration.name[:4]), 0 if migration.fn.__module__ == "equipment_desk.store.search" else 1, migration.name


def in_order() -> _NumberedMigrations:
    """The migrations, in the order of their numbers.

    They register as their modules are imported, and the modules import each other, so the order they
    registered in depends on which was imported first (``store.search`` first put ``0006_kept_stock``
    before ``0002_search``).  Applying them by number makes that order one.
    """
    MIGRATIONS._migrations.sort(key=_order)  # noqa: SLF001 - the registry's own list
    return MIGRATIONS


def known_migration_names() -> list[str]:
    return [m.name for m in MIGRATIONS._migrations]  # noqa: SLF001 - the registry's own list


def check_schema_version(db: sqlite_utils.Database, path: Path | str) -> None:
    """Refuse a database that records migrations this version does not know."""
    applied = {m.name for m in MIGRATIONS.applied(db)}
    unknown = sorted(applied - set(known_migration_names()))
    if unknown:
        raise NewerSchemaError(
            "{path} was written by a newer version of Equipment Desk (it has changes {unknown}); "
            "install the newer version to open it. The file was left untouched.",
            path=str(path),
            unknown=", ".join(unknown),
        )


from equipment_desk.store import search as _search  # noqa: E402,F401 - registers 0002_search … 0005


@MIGRATIONS(name="0005_journal_of_sealed_acts")
def m0005_journal_of_sealed_acts(db: sqlite_utils.Database) -> None:
    """The journal of sealed acts, the heads of numbers and chains, and the journal's guards
    (:mod:`equipment_desk.store.acts.journal`); acts sealed before it get their entries."""
    from equipment_desk.store.acts.journal import create_journal

    create_journal(db)


from equipment_desk.store import stock as _stock  # noqa: E402,F401 - registers 0006_kept_stock


@MIGRATIONS(name="0007_act_series_index")
def m0007_act_series_index(db: sqlite_utils.Database) -> None:
    """Finalizing asks for the last number of the act's series; the unique index ``act_series_seq`` holds only
    numbered acts, so SQLite read every act to answer.  An index of every act's series answers it at once."""
    db.execute("CREATE INDEX act_series ON act(series, seq)")


from equipment_desk.store import prints as _prints  # noqa: E402,F401 - registers 0008_issued_prints


@MIGRATIONS(name="0009_sealed_number_index")
def m0009_sealed_number_index(db: sqlite_utils.Database) -> None:
    """Finalizing makes sure no act ever sealed here had the number it is about to give, by the journal's seal
    entries; without an index that read every entry of the journal, so finalizing cost grew with the register
    (0.2 s on 10,000 acts).  The number inside each seal entry, indexed, answers at once."""
    from equipment_desk.store.acts.journal import SEALED_NUMBER_INDEX

    db.execute(SEALED_NUMBER_INDEX)

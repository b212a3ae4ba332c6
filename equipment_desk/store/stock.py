"""What each item has handed over, kept rather than recomputed.

Migration ``0006_kept_stock`` adds the table ``item_handed_over`` (item id →
the quantity that finalized and signed acts have handed over) and the
triggers that keep it: an act that becomes counted (draft → finalized, as the
program and an exchange bundle both do it) adds its lines, an act that stops
being counted (voided) takes them back.  The lines of a counted act cannot
change (the freeze triggers), so those two moments are the only ones at which
the figure moves: finalizing costs in proportion to the act, not to the
register.

The database still refuses to hand over more than is in stock, now against
the kept figure: the finalize rules, the draft-line triggers, an item's
quantity lowered below what it has handed over, and the kept table itself
(a figure above the item's quantity or below zero).  The view ``item_stock``
reads the kept figure.

:func:`kept_stock_problems` recomputes every figure from the act lines and
names each item whose kept figure is wrong; ``check`` calls it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from equipment_desk.store.migrations import MIGRATIONS, STOCK_TOO_MUCH, finalize_rules_trigger

if TYPE_CHECKING:
    import sqlite_utils

COUNTED = "('finalized', 'signed')"
"""The act statuses whose lines have left stock."""

HANDED_OVER = "coalesce((SELECT h.quantity FROM item_handed_over h WHERE h.item_id = {item}), 0)"
"""SQL for what item ``{item}`` (an expression) has handed over, read from the kept figure."""

RECOMPUTED = f"""
    SELECT l.item_id, sum(l.quantity) AS quantity FROM act_line l JOIN act a ON a.id = l.act_id
    WHERE a.status IN {COUNTED} GROUP BY l.item_id"""
"""Every item's handed-over quantity summed from the act lines (the truth the kept figure must equal)."""

_TOO_MUCH = STOCK_TOO_MUCH
_LINE_TOO_MUCH = "the line asks for more than is still in stock"

SCHEMA = [
    """CREATE TABLE item_handed_over (
        item_id INTEGER PRIMARY KEY REFERENCES item(id) ON DELETE CASCADE,
        quantity INTEGER NOT NULL CHECK (quantity >= 0)
    ) STRICT""",
    f"INSERT INTO item_handed_over (item_id, quantity) {RECOMPUTED}",
    # Kept in the same statement that changes an act's status: whoever writes it (the program or a bundle).
    f"""CREATE TRIGGER item_handed_over_counted AFTER UPDATE OF status ON act
        WHEN OLD.status NOT IN {COUNTED} AND NEW.status IN {COUNTED}
        BEGIN
            INSERT INTO item_handed_over (item_id, quantity)
                SELECT item_id, quantity FROM act_line WHERE act_id = NEW.id AND true
                ON CONFLICT (item_id) DO UPDATE SET quantity = quantity + excluded.quantity;
        END""",
    f"""CREATE TRIGGER item_handed_over_uncounted AFTER UPDATE OF status ON act
        WHEN OLD.status IN {COUNTED} AND NEW.status NOT IN {COUNTED}
        BEGIN
            UPDATE item_handed_over
               SET quantity = quantity - (SELECT l.quantity FROM act_line l
                                          WHERE l.act_id = NEW.id AND l.item_id = item_handed_over.item_id)
             WHERE item_id IN (SELECT item_id FROM act_line WHERE act_id = NEW.id);
        END""",
    # The kept figure itself can never exceed the item's quantity.
    f"""CREATE TRIGGER item_handed_over_within_stock_insert BEFORE INSERT ON item_handed_over
        WHEN NEW.quantity > (SELECT quantity FROM item WHERE id = NEW.item_id)
        BEGIN SELECT RAISE(ABORT, '{_TOO_MUCH}'); END""",
    f"""CREATE TRIGGER item_handed_over_within_stock_update BEFORE UPDATE ON item_handed_over
        WHEN NEW.quantity > (SELECT quantity FROM item WHERE id = NEW.item_id)
        BEGIN SELECT RAISE(ABORT, '{_TOO_MUCH}'); END""",
    # The rules that summed every act line of an item now read the kept figure.
    "DROP TRIGGER act_line_available_insert",
    f"""CREATE TRIGGER act_line_available_insert BEFORE INSERT ON act_line
        WHEN (SELECT status FROM act WHERE id = NEW.act_id) = 'draft'
         AND NEW.quantity > (SELECT i.quantity FROM item i WHERE i.id = NEW.item_id) - {HANDED_OVER.format(item='NEW.item_id')}
        BEGIN SELECT RAISE(ABORT, '{_LINE_TOO_MUCH}'); END""",
    "DROP TRIGGER act_line_available_update",
    f"""CREATE TRIGGER act_line_available_update BEFORE UPDATE OF quantity, item_id ON act_line
        WHEN (SELECT status FROM act WHERE id = NEW.act_id) = 'draft'
         AND NEW.quantity > (SELECT i.quantity FROM item i WHERE i.id = NEW.item_id) - {HANDED_OVER.format(item='NEW.item_id')}
        BEGIN SELECT RAISE(ABORT, '{_LINE_TOO_MUCH}'); END""",
    "DROP TRIGGER item_quantity_covers_handed_over",
    f"""CREATE TRIGGER item_quantity_covers_handed_over BEFORE UPDATE OF quantity ON item
        WHEN NEW.quantity < {HANDED_OVER.format(item='OLD.id')}
        BEGIN SELECT RAISE(ABORT, 'the quantity cannot be less than what has already been handed over'); END""",
    "DROP TRIGGER act_finalize_rules",
    finalize_rules_trigger(f" AND l.quantity + {HANDED_OVER.format(item='l.item_id')} > i.quantity"),
    "DROP VIEW item_stock",
    """CREATE VIEW item_stock AS
        SELECT i.*, coalesce(h.quantity, 0) AS handed_over,
               i.quantity - coalesce(h.quantity, 0) AS available,
               CASE WHEN i.written_off = 1 THEN 'written_off'
                    WHEN coalesce(h.quantity, 0) = 0 THEN 'in_stock'
                    WHEN h.quantity < i.quantity THEN 'partly_handed_over'
                    ELSE 'handed_over' END AS status
        FROM item i LEFT JOIN item_handed_over h ON h.item_id = i.id""",
]


@MIGRATIONS(name="0006_kept_stock")
def m0006_kept_stock(db: sqlite_utils.Database) -> None:
    for statement in SCHEMA:
        db.execute(statement)


class WrongFigure(NamedTuple):
    """An item whose kept handed-over figure differs from what its act lines add up to."""

    item_id: int
    name: str
    kept: int
    recomputed: int

    def __str__(self) -> str:
        return (f"item {self.item_id} '{self.name}': the kept handed-over quantity is {self.kept} "
                f"but its finalized and signed act lines add up to {self.recomputed}")


def kept_stock_problems(*, db: sqlite_utils.Database) -> list[WrongFigure]:
    """Every item whose kept figure is wrong, recomputed from scratch from the act lines (in item order)."""
    rows = db.execute(f"""
        WITH truth AS ({RECOMPUTED})
        SELECT i.id, i.name, coalesce(h.quantity, 0) AS kept, coalesce(t.quantity, 0) AS recomputed
        FROM item i LEFT JOIN item_handed_over h ON h.item_id = i.id LEFT JOIN truth t ON t.item_id = i.id
        WHERE coalesce(h.quantity, 0) <> coalesce(t.quantity, 0)
        UNION ALL
        SELECT h.item_id, '', h.quantity, 0 FROM item_handed_over h WHERE h.item_id NOT IN (SELECT id FROM item)
        ORDER BY 1""").fetchall()
    return [WrongFigure(int(item_id), name or "", int(kept), int(recomputed)) for item_id, name, kept, recomputed in rows]

"""The database the store works on: an SQLite connection, with sqlite-utils' ``Database`` made when first needed.

The store's functions take ``db`` and, nearly everywhere, call ``db.execute(...)`` or use ``db.conn``; a few
call ``db.atomic()``, ``db.query()`` or the migrations' ``db[table]``.  Importing sqlite-utils loads click,
pluggy and dateutil with it: about a tenth of the window's start-up, and the window reads its first list with
``execute`` alone.  So :class:`Database` answers ``execute``, ``conn``, ``table_names`` and ``close`` itself,
exactly as sqlite-utils does, and hands anything else to a ``sqlite_utils.Database`` over the same connection,
made the first time something asks for it (:meth:`Database.full`).  Either kind of database can be passed to
the store's functions.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils

TRANSACTION_CONTROL = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})
"""Statements that open or close a transaction themselves: ``execute`` never commits after them."""


def first_keyword(sql: str) -> str | None:
    """The statement's first keyword, upper case; None when it starts with a comment, ``;`` or a byte order mark
    (:meth:`Database.execute` then leaves the statement to sqlite-utils, which reads past them)."""
    text = sql.lstrip()
    if text[:1] in ("-", "/", ";", "\ufeff"):
        return None
    end = 0
    while end < len(text) and (text[end].isalpha() or text[end] == "_"):
        end += 1
    return text[:end].upper()


class Database:
    """An open database: ``conn`` (the sqlite3 connection) and sqlite-utils' ``Database`` API over it.

    ``execute`` behaves as sqlite-utils' own: a write outside a transaction is committed at once, and a statement
    that fails outside one leaves none open.  Recursive triggers are on, as sqlite-utils turns them on.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._full: sqlite_utils.Database | None = None
        conn.execute("PRAGMA recursive_triggers=on;")

    def full(self) -> sqlite_utils.Database:
        """sqlite-utils' ``Database`` over this connection, made (and sqlite-utils imported) the first time."""
        if self._full is None:
            import sqlite_utils

            self._full = sqlite_utils.Database(self.conn, recursive_triggers=False, execute_plugins=False)
        return self._full

    def execute(self, sql: str, parameters: Sequence[Any] | Mapping[str, Any] | None = None) -> sqlite3.Cursor:
        """Run one statement and return its cursor (see the class)."""
        keyword = first_keyword(sql)
        if keyword is None:
            return self.full().execute(sql, parameters)
        conn = self.conn
        was_in_transaction = conn.in_transaction
        try:
            cursor = conn.execute(sql) if parameters is None else conn.execute(sql, parameters)
        except Exception:
            if not was_in_transaction and conn.in_transaction:
                conn.execute("ROLLBACK")  # the failed statement opened a transaction nothing would end
            raise
        if (not was_in_transaction and conn.in_transaction and cursor.description is None
                and keyword not in TRANSACTION_CONTROL):
            conn.execute("COMMIT")  # a write outside a transaction stands at once
        return cursor

    def table_names(self, fts4: bool = False, fts5: bool = False) -> list[str]:
        if fts4 or fts5:
            return self.full().table_names(fts4=fts4, fts5=fts5)
        return [row[0] for row in self.execute("select name from sqlite_master where type = 'table'").fetchall()]

    def close(self) -> None:
        self.conn.close()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # never for our own attributes (copying, or before __init__ set them)
            raise AttributeError(name)
        return getattr(self.full(), name)

    def __getitem__(self, table: str) -> Any:
        return self.full()[table]

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Database {self.conn!r}>"

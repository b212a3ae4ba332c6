"""The store checks, once, that Python's SQLite has what it needs, and says what is missing."""

from __future__ import annotations

import sqlite3

import pytest

from equipment_desk.core.errors import StorageError
from equipment_desk.store import sqlite_features
from equipment_desk.store.database import open_database
from equipment_desk.store.sqlite_features import MINIMUM_SQLITE, missing_sqlite_features


def test_this_python_has_everything() -> None:
    assert missing_sqlite_features() == []
    assert sqlite3.sqlite_version_info >= MINIMUM_SQLITE


class _WithoutTrigram:
    """A connection whose SQLite was built without the trigram tokenizer (as SQLite before 3.34 is)."""

    def __init__(self) -> None:
        self.connection = sqlite3.connect(":memory:")

    def execute(self, sql: str):  # noqa: ANN201
        if "trigram" in sql:
            raise sqlite3.OperationalError("no such tokenizer: trigram")
        return self.connection.execute(sql)

    def close(self) -> None:
        self.connection.close()


def test_an_old_sqlite_without_trigrams_is_named() -> None:
    missing = missing_sqlite_features(version=(3, 31, 1), connect=_WithoutTrigram)
    assert missing == ["version 3.37.0 or newer", "the FTS5 trigram tokenizer"]


def test_opening_a_database_refuses_clearly_and_writes_nothing(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sqlite_features, "_checked", False)
    monkeypatch.setattr(sqlite_features, "missing_sqlite_features", lambda: ["the FTS5 trigram tokenizer"])
    path = tmp_path / "desk.sqlite"
    with pytest.raises(StorageError) as caught:
        open_database(path)
    text = str(caught.value)
    assert "lacks the FTS5 trigram tokenizer" in text and "3.37.0" in text and sqlite3.sqlite_version in text
    assert not path.exists()

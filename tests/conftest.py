"""Shared fixtures: every test runs without a screen and on its own database."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any

import pytest  # noqa: E402
import sqlite_utils  # noqa: E402
from hypothesis import settings as hypothesis_settings  # noqa: E402

from equipment_desk.store import context  # noqa: E402
from equipment_desk.store.database import open_database  # noqa: E402

# Property tests: the same examples on every run by default, so CI is repeatable (a failure is
# found again by anyone who reruns it).  HYPOTHESIS_PROFILE=explore searches at random with ten
# times the examples of each test, to find new failures on a developer's machine.
EXPLORE_FACTOR = 10
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
hypothesis_settings.register_profile("explore", derandomize=False, print_blob=True)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under the explore profile, each property test runs ten times its own number of examples."""
    if hypothesis_settings.default is None or hypothesis_settings.default.derandomize:
        return
    seen: set[int] = set()
    for item in items:
        test = getattr(item, "obj", None)
        own = getattr(test, "_hypothesis_internal_use_settings", None)  # the settings @settings(...) gave the test
        if own is not None and getattr(test, "is_hypothesis_test", False) and id(test) not in seen:
            seen.add(id(test))  # a parametrized test is one function under several items
            test._hypothesis_internal_use_settings = hypothesis_settings(own, max_examples=own.max_examples * EXPLORE_FACTOR)


@pytest.fixture(autouse=True)
def _test_user(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """A fixed user name, and no test ever touches the real data folder."""
    context.set_user("tester")
    monkeypatch.setenv("EQUIPMENT_DESK_DB", str(tmp_path / "default-data" / "equipment-desk.sqlite"))
    yield
    context.set_user(None)


@pytest.fixture
def db() -> Iterator[sqlite_utils.Database]:
    """An empty, migrated in-memory database."""
    database = open_database(memory=True)
    yield database
    database.close()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A migrated, empty database file."""
    path = tmp_path / "desk.sqlite"
    open_database(path).close()
    return path


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from equipment_desk.store.demo import load_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = open_database(path)
    load_demo(db=database)
    database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    return path


@pytest.fixture
def demo_db_path(tmp_path: Path, _demo_template: Path) -> Path:
    """A database file holding the demo data set (a fresh copy per test)."""
    path = tmp_path / "demo.sqlite"
    path.write_bytes(_demo_template.read_bytes())
    return path


@pytest.fixture
def demo_db(demo_db_path: Path) -> Iterator[sqlite_utils.Database]:
    database = open_database(demo_db_path)
    yield database
    database.close()


class Factory:
    """Small helpers that create valid records, for tests that need a few."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self._serial = 0

    def programme(self, code: str = "XAC/Z60", **data: Any) -> dict[str, Any]:
        from equipment_desk.store import records

        return records.create(db=self.db, kind=records.PROGRAMME, data={"code": code, "name_en": "Programme for Central Asia",
                                                                         "name_ru": "Программа для Центральной Азии", **data})

    def institution(self, name: str = "General Prosecutor's Office", **data: Any) -> dict[str, Any]:
        from equipment_desk.store import records

        values = {"name_en": name, "name_ru": "Генеральная прокуратура", "country": "KG", "kind": "prosecutor", **data}
        institution = records.create(db=self.db, kind=records.INSTITUTION, data=values)
        records.add_signatory(db=self.db, institution_id=institution["id"],
                              data={"name_ru": "Усубалиев Азизбек", "name_en": "Azizbek Usubaliev",
                                    "title_en": "Head of Unit", "title_ru": "Начальник управления"})
        return institution

    def item(self, **data: Any) -> dict[str, Any]:
        from equipment_desk.store import records

        self._serial += 1
        names = {"name_en": "Desktop computer", "name_ru": "Персональный компьютер"}
        if "name" in data:  # a name in one language: the other says which item it is
            from equipment_desk.store.languages import language_of

            names = {"name_ru": f"Товар «{data['name']}»"} if language_of(data["name"]) == "en" else {"name_en": f"Item '{data['name']}'"}
        values = {"category": "computers", **names, "model": "HP ProDesk 400",
                  "serial_number": f"SN{self._serial:05d}", "quantity": 1, "unit_value_minor": 3_750_000, "currency": "KGS", **data}
        return records.create(db=self.db, kind=records.ITEM, data=values)

    def draft(self, *, items: list[dict[str, Any]] | None = None, **header: Any) -> int:
        from equipment_desk.store import acts, records

        programme = self.db.execute("SELECT id FROM programme LIMIT 1").fetchone()
        programme_id = programme[0] if programme else self.programme()["id"]
        institution = self.db.execute("SELECT id FROM institution LIMIT 1").fetchone()
        institution_id = institution[0] if institution else self.institution()["id"]
        signatory_id = records.signatories(db=self.db, institution_id=institution_id)[0]["id"]
        values = {"act_date": "2018-02-15", "recipient_institution_id": institution_id, "recipient_signatory_id": signatory_id,
                  "programme_id": programme_id, "currency": "KGS", "rate": "68.45", "rate_type": "unore",
                  "rate_source": "UN Treasury", "rate_date": "2018-02-01", "transferor_name_en": "Kristina Kuttnig",
                  "transferor_name_ru": "Кристина Куттниг",
                  "transferor_title_en": "Head of Office",
                  "transferor_title_ru": "Руководитель офиса", **header}
        act_id = acts.create_draft(db=self.db, data=values)
        if items:
            acts.add_lines(db=self.db, act_id=act_id, lines=[{"item_id": item["id"]} for item in items])
        return act_id

    def finalized(self, **header: Any) -> int:
        from equipment_desk.store import acts

        act_id = self.draft(items=[self.item()], **header)
        acts.finalize_act(db=self.db, act_id=act_id)
        return act_id


@pytest.fixture
def make(db: sqlite_utils.Database) -> Factory:
    return Factory(db)

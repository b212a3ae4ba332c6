"""Fixtures for the data-in/data-out tests: a fresh database with a programme and a donor."""

from __future__ import annotations

import pytest

from equipment_desk.store import records
from equipment_desk.store.database import open_database


@pytest.fixture
def db():
    database = open_database(memory=True)
    donor = records.create(db=database, kind=records.DONOR, data={"name_en": "Government of Japan", "name_ru": "Правительство Японии", "short_name": "Japan"})
    programme = records.create(db=database, kind=records.PROGRAMME, data={"code": "XAC/Z60", "name_en": "UNODC Programme for Central Asia",
                                                                         "name_ru": "Программа УНП ООН для Центральной Азии"})
    records.set_programme_donors(db=database, programme_id=programme["id"], donor_ids=[donor["id"]])
    yield database
    database.close()


def table_counts(db) -> dict[str, int]:
    return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("item", "institution", "signatory", "programme", "donor", "act", "act_line")}

"""The demo's acts in the state languages: one per country, each text in its language, finalized when complete."""

from __future__ import annotations

import pytest

from equipment_desk.core.names import CYRILLIC, LATIN, script_of
from equipment_desk.store import acts
from equipment_desk.store.check import check_database
from equipment_desk.store.demo import load_demo, national_demo_loaded
from equipment_desk.store.demo_national import ACTS

PAIRS = {"KG": "ky,ru", "KZ": "kk,ru", "UZ": "uz,ru", "TJ": "tg,ru", "TM": "tk,en"}
SCRIPT = {"ky": CYRILLIC, "kk": CYRILLIC, "tg": CYRILLIC, "uz": LATIN, "tk": LATIN}


@pytest.fixture
def national_db(demo_db):
    counts = load_demo(db=demo_db, national=True)  # added to a database holding the 2018 handovers
    assert counts["acts"] == len(ACTS) and national_demo_loaded(db=demo_db)
    return demo_db


def texts(value, out):
    """Every per-language text in an act's content: ``{code: [texts]}``."""
    if isinstance(value, dict):
        if "en" in value and "ru" in value and all(isinstance(v, str) for v in value.values()):
            for code, text in value.items():
                out.setdefault(code, []).append(text)
        else:
            for item in value.values():
                texts(item, out)
    elif isinstance(value, list):
        for item in value:
            texts(item, out)
    return out


def test_one_finalized_act_per_country_in_its_state_language(national_db) -> None:
    rows = [acts.get_act_row(db=national_db, act_id=acts.find_act(db=national_db, ref=n))
            for n in (f"ROCA-2018-{seq:04d}" for seq in range(9, 14))]
    assert {row["country"]: row["languages"] for row in rows} == PAIRS
    for row in rows:
        assert row["status"] == "finalized"
        assert acts.verify_act(db=national_db, act_id=row["id"]) == []
        national = row["languages"].split(",")[0]
        document = acts.act_document(db=national_db, act_id=row["id"])
        by_language = texts(document, {})
        printed = [text for text in by_language[national] if text]
        assert len(printed) >= 12  # place, goods, basis, parties, titles, programme, donor, lines, rate source
        assert len(printed) == len([text for text in by_language["ru"] if text])  # nothing missing beside Russian
        people = (document["recipient"]["signatory"]["name"][national], document["transferor"]["signatory"]["name"][national])
        assert all(script_of(name) == SCRIPT[national] for name in people), people
        # the national column is not the Russian or English one copied over (a person's name is the same in both)
        others = {text for code in ("ru", "en") for text in by_language[code] if script_of(text) == SCRIPT[national]}
        assert not (set(printed) & others) - set(people), row["number"]
    assert check_database(db=national_db).ok


def test_loading_the_national_acts_twice_changes_nothing(national_db) -> None:
    before = national_db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    assert not any(load_demo(db=national_db, national=True).values())
    assert national_db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before


def test_an_incomplete_national_act_stays_a_draft(demo_db, monkeypatch) -> None:
    from equipment_desk.store import demo_national

    monkeypatch.setitem(demo_national.NATIONAL_INSTITUTIONS, "gpo", {})  # the Kyrgyz name of the recipient left out
    load_demo(db=demo_db, national=True)
    kyrgyz = demo_db.execute("SELECT status, number FROM act WHERE languages = 'ky,ru'").fetchone()
    assert kyrgyz == ("draft", None)
    assert demo_db.execute("SELECT count(*) FROM act WHERE languages <> 'ky,ru' AND act_date >= '2018-04-16' "
                           "AND status = 'finalized'").fetchone()[0] == 4

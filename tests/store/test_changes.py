"""What a write changed (``store.changes``), and the writes that keep a record with its own in one transaction."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from equipment_desk.core.errors import InputError, NotFoundError, RefusedError
from equipment_desk.store import acts, records
from equipment_desk.store.changes import KINDS, NOTHING, OpChanges, changes, changes_of, perform

PACKAGE = Path(__file__).resolve().parents[2] / "equipment_desk"


def test_changes_combine_and_say_what_they_touch() -> None:
    both = OpChanges.of("acts") | OpChanges.of("items")
    assert both == OpChanges(acts=True, items=True) and both.kinds == {"acts", "items"}
    assert both.touches({"items", "donors"}) and not both.touches({"donors", "settings"})
    assert not NOTHING and not NOTHING.touches(KINDS) and OpChanges.everything().kinds == set(KINDS)
    with pytest.raises(ValueError, match="no such kind of change: stock"):
        OpChanges.of("acts", "stock")


def test_a_write_says_what_it_changes_and_perform_returns_it_with_its_value(db, make) -> None:
    assert acts.finalize_act.changes == OpChanges.of("acts", "items")  # the stock figures of its items
    assert acts.update_draft.changes == OpChanges.of("acts")
    donor = perform(records.create, db=db, kind=records.DONOR, data={"name_en": "Government of Japan"})
    assert donor.changes == OpChanges.of("donors") and donor.value["name_en"] == "Government of Japan"
    institution = make.institution()
    assert changes_of(records.update, kind=records.SIGNATORY) == OpChanges.of("institutions")  # the institution's
    deleted = perform(records.delete, db=db, kind=records.INSTITUTION, record_id=institution["id"])
    assert deleted == type(deleted)(None, OpChanges.of("institutions"))

    @changes()
    def declared_nothing() -> int:
        return 1

    def undeclared() -> None:
        return None

    assert perform(declared_nothing).changes == NOTHING
    with pytest.raises(TypeError, match="does not declare what it changes"):
        perform(undeclared)


def test_every_store_write_the_window_calls_declares_what_it_changes() -> None:
    """Each store function ``perform`` is given in ``ui/`` carries ``@changes`` (read from the source)."""
    modules = {"acts_store": acts, "act_store": acts, "records": records}
    seen = []
    for path in (PACKAGE / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) in ("perform", "store") \
                    and node.args and isinstance(node.args[0], ast.Attribute) and isinstance(node.args[0].value, ast.Name):
                module = modules.get(node.args[0].value.id)
                if module is not None:
                    function = getattr(module, node.args[0].attr)
                    seen.append(function.__name__)
                    assert isinstance(getattr(function, "changes", None), OpChanges), function.__name__
    assert {"finalize_act", "void_act", "update_draft", "save_institution", "save_programme", "write_off"} <= set(seen)


def test_a_programme_is_saved_with_its_donors_in_one_transaction(db) -> None:
    japan = records.create(db=db, kind=records.DONOR, data={"name_en": "Government of Japan"})["id"]
    usa = records.create(db=db, kind=records.DONOR, data={"name_en": "INL, US Department of State"})["id"]
    programme = records.save_programme(db=db, programme_id=None, values={"code": "XAC/Z60", "name_en": "Border control"},
                                       donor_ids=[usa, japan])
    assert [d["id"] for d in records.programme_donors(db=db, programme_id=programme)] == [usa, japan]
    assert records.save_programme(db=db, programme_id=programme, values={"name_ru": "Пограничный контроль"}) == programme
    assert [d["id"] for d in records.programme_donors(db=db, programme_id=programme)] == [usa, japan]  # kept
    with pytest.raises(NotFoundError):
        records.save_programme(db=db, programme_id=None, values={"code": "GLO/G80", "name_en": "Global"}, donor_ids=[japan, 999])
    assert db.execute("SELECT count(*) FROM programme").fetchone()[0] == 1  # nothing of the refused one was kept
    with pytest.raises(InputError):
        records.save_programme(db=db, programme_id=programme, values={"code": ""}, donor_ids=[])
    assert [d["id"] for d in records.programme_donors(db=db, programme_id=programme)] == [usa, japan]


def test_an_institution_is_saved_with_its_signatories_in_one_transaction(db) -> None:
    saved = records.save_institution(
        db=db, institution_id=None, values={"name_en": "General Prosecutor's Office", "country": "KG"},
        signatories=[{"name_ru": "Усубалиев Азизбек", "name_en": "Azizbek Usubaliev", "gender": "m"},
                     {"name_ru": "Токтогулов Бакыт", "name_en": "Bakyt Toktogulov", "gender": "m"}])
    first, second = saved["signatory_ids"]
    again = records.save_institution(
        db=db, institution_id=saved["id"], values={"city_en": "Bishkek"},
        signatories=[{"id": first, "title_en": "Head of department"}, {"name_ru": "Кутниг Кристина", "gender": "f"}],
        removed=[second])
    people = records.signatories(db=db, institution_id=saved["id"])
    assert [p["id"] for p in people] == [first, again["signatory_ids"][1]]
    assert people[0]["title_en"] == "Head of department" and people[1]["name_ru"] == "Кутниг Кристина"
    assert records.get(db=db, kind=records.INSTITUTION, record_id=saved["id"])["city_en"] == "Bishkek"

    other = records.save_institution(db=db, institution_id=None, values={"name_en": "Customs", "country": "KG"},
                                     signatories=[{"name_ru": "Асанов Асан", "gender": "m"}])
    with pytest.raises(RefusedError, match="is not a signatory of institution"):
        records.save_institution(db=db, institution_id=saved["id"], values={"city_en": "Osh"},
                                 signatories=[{"name_ru": "Новый Человек"}], removed=[other["signatory_ids"][0]])
    assert records.get(db=db, kind=records.INSTITUTION, record_id=saved["id"])["city_en"] == "Bishkek"
    assert len(records.signatories(db=db, institution_id=saved["id"])) == 2
    assert len(records.signatories(db=db, institution_id=other["id"])) == 1


def test_what_writing_to_tables_changes():
    assert OpChanges.of_tables("signatory") == OpChanges.of("institutions")
    assert OpChanges.of_tables("item", "programme_donor") == OpChanges.of("items", "programmes")
    with pytest.raises(ValueError, match="no kind of change for the table"):
        OpChanges.of_tables("audit_log")

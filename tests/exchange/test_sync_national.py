"""Bundles carry the texts of the national languages, and a bundle from a laptop without them still merges."""

from __future__ import annotations

import hashlib
import json
import zipfile

from equipment_desk.core.languages import NATIONAL, column_suffix
from equipment_desk.exchange.sync import export_bundle, import_bundle
from equipment_desk.store import acts, records
from equipment_desk.store.database import open_database
from tests.conftest import Factory

KYRGYZ = {"place_ky": "Бишкек ш.", "transferor_org_ky": "БУУнун программалык кеңсеси", "transferor_name_ky": "Кристина Куттниг",
          "transferor_title_ky": "Кеңсенин башчысы", "rate_source_ky": "БУУнун Казыналыгы"}


def kyrgyz_register():
    db = open_database(memory=True)
    make = Factory(db)
    institution = make.institution(name_ky="Кыргыз Республикасынын Башкы прокуратурасы")
    signatory = records.signatories(db=db, institution_id=institution["id"])[0]
    records.update(db=db, kind=records.SIGNATORY, record_id=signatory["id"],
                   changes={"name_ky": "Усубалиев Азизбек", "title_ky": "Башкармалыктын башчысы"})
    make.programme(name_ky="Борбордук Азия үчүн программа")
    sealed = make.draft(items=[make.item(name_ky="Компьютер")], languages="ky,ru", **KYRGYZ)
    acts.finalize_act(db=db, act_id=sealed)
    make.draft(languages="ky,ru", **KYRGYZ)
    return db


def national_keys(value):
    """``value`` with every national-language column left out, as a laptop without them would write it."""
    suffixes = tuple("_" + column_suffix(code) for code in NATIONAL)
    if isinstance(value, dict):
        return {k: national_keys(v) for k, v in value.items() if not k.endswith(suffixes)}
    if isinstance(value, list):
        return [national_keys(v) for v in value]
    return value


def test_a_bundle_carries_the_national_texts_and_the_sealed_act_verifies_there(tmp_path) -> None:
    source = kyrgyz_register()
    path = tmp_path / "bishkek.zip"
    export_bundle(db=source, path=path)
    target = open_database(memory=True)
    import_bundle(db=target, path=path)
    assert target.execute("SELECT name_ky FROM institution").fetchone()[0] == "Кыргыз Республикасынын Башкы прокуратурасы"
    assert target.execute("SELECT title_ky FROM signatory").fetchone()[0] == "Башкармалыктын башчысы"
    assert {row[0] for row in target.execute("SELECT place_ky FROM act")} == {"Бишкек ш."}
    assert target.execute("SELECT item_name_ky FROM act_line l JOIN act a ON a.id = l.act_id WHERE a.status = 'finalized'").fetchone()[0] == "Компьютер"
    sealed = target.execute("SELECT id FROM act WHERE status = 'finalized'").fetchone()[0]
    assert acts.verify_act(db=target, act_id=sealed) == []


def test_a_bundle_from_a_laptop_without_the_national_columns_merges(tmp_path) -> None:
    source = kyrgyz_register()
    path = tmp_path / "new.zip"
    export_bundle(db=source, path=path)
    older = tmp_path / "older.zip"
    with zipfile.ZipFile(path) as src:
        parts = {info.filename: src.read(info.filename) for info in src.infolist()}
    bundle = json.loads(parts["records.json"])
    stripped = {section: national_keys(rows) if section not in ("acts",) else [
        {**national_keys({k: v for k, v in act.items() if k != "lines"}), "lines": national_keys(act.get("lines") or [])}
        for act in rows] for section, rows in bundle.items()} if isinstance(bundle, dict) else bundle
    # the older laptop sealed nothing in Kyrgyz: keep its one draft only
    stripped["acts"] = [act for act in stripped["acts"] if act["status"] == "draft"]
    data = json.dumps(stripped, ensure_ascii=False).encode()
    assert b"_ky" not in data
    manifest = json.loads(parts["manifest.json"])
    manifest["migrations"] = [name for name in manifest["migrations"] if not name.startswith("0010_texts_in_national")]
    manifest["parts"]["records.json"] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    parts.update({"records.json": data, "manifest.json": json.dumps(manifest).encode()})
    with zipfile.ZipFile(older, "w") as dst:
        for name, content in parts.items():
            dst.writestr(name, content)
    target = open_database(memory=True)
    import_bundle(db=target, path=older)
    assert target.execute("SELECT name_ru, name_ky FROM institution").fetchone() == ("Генеральная прокуратура", "")
    assert target.execute("SELECT languages, place_ru, place_ky FROM act").fetchone() == ("ky,ru", "г. Ташкент", "")
    draft = target.execute("SELECT id FROM act").fetchone()[0]
    problems = [p.text() for p in acts.finalize_problems(db=target, act_id=draft)]
    assert "the place of the act has no text in Kyrgyz" in problems  # nothing stands in for the Kyrgyz texts it lacked

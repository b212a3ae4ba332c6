"""The office's texts in the national languages: the columns, the pair, the completeness check, the seal."""

from __future__ import annotations

import sqlite3

import pytest

from equipment_desk.core.errors import InputError
from equipment_desk.core.languages import NATIONAL, parse_pair
from equipment_desk.store import acts, records, settings
from equipment_desk.store.acts import journal
from equipment_desk.store.database import open_database
from equipment_desk.store.languages import LANGUAGE_PAIRS, NATIONAL_COLUMNS, PER_LANGUAGE, column
from equipment_desk.store.migrations import MIGRATIONS

NOW = "2018-01-01T00:00:00Z"



KYRGYZ_ACT = {
    "place_ky": "Бишкек ш.", "transferor_org_ky": "БУУнун Баңгизат жана кылмыштуулук боюнча башкармалыгынын Кыргыз Республикасындагы программалык кеңсеси",
    "transferor_name_ky": "Кристина Куттниг", "transferor_title_ky": "Кеңсенин башчысы",
    "rate_source_ky": "БУУнун Казыналыгы",
}


def kyrgyz_records(db, make) -> tuple[int, dict]:
    """A Kyrgyz–Russian draft whose records carry every text in both languages."""
    institution = make.institution(name_ky="Кыргыз Республикасынын Башкы прокуратурасы")
    signatory = records.signatories(db=db, institution_id=institution["id"])[0]
    records.update(db=db, kind=records.SIGNATORY, record_id=signatory["id"],
                   changes={"name_ky": "Усубалиев Азизбек", "title_ky": "Укуктук статистика башкармалыгынын башчысы"})
    programme = make.programme(name_ky="Борбордук Азия үчүн программа")
    donor = records.create(db=db, kind=records.DONOR, data={"name_en": "Government of Japan", "name_ru": "Правительство Японии",
                                                               "name_ky": "Япония Өкмөтү"})
    records.set_programme_donors(db=db, programme_id=programme["id"], donor_ids=[donor["id"]])
    item = make.item(name_ky="Стол үстүндөгү компьютер")
    act_id = make.draft(items=[item], languages="ky,ru", **KYRGYZ_ACT)
    return act_id, {"institution": institution, "signatory": signatory, "programme": programme, "donor": donor, "item": item}


def test_every_printed_text_has_a_column_in_every_national_language(db) -> None:
    for table, prefixes in PER_LANGUAGE.items():
        columns = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
        for prefix in prefixes:
            for code in ("ru", "en", *NATIONAL):
                assert column(prefix, code) in columns, (table, prefix, code)
    line_columns = {row[1] for row in db.execute("PRAGMA table_info(act_line)")}
    assert {"item_name_ky", "item_name_uz_cyrl", "item_name_tk"} <= line_columns


def test_any_two_languages_make_a_pair_and_nothing_else_does(db, make) -> None:
    assert len(LANGUAGE_PAIRS) == 8 * 7
    assert parse_pair("KY, ru") == "ky,ru"
    assert parse_pair(["uz_cyrl", "en"]) == "uz-Cyrl,en"
    for bad in ("ru,ru", "xx,ru", "ru", "ru,en,kk", ""):
        assert parse_pair(bad) is None
    act_id = make.draft(languages="tk,en")
    assert acts.get_act_row(db=db, act_id=act_id)["languages"] == "tk,en"
    with pytest.raises(InputError) as raised:
        acts.update_draft(db=db, act_id=act_id, changes={"languages": "ky,ky"})
    assert raised.value.problems[0].field == "languages"
    with pytest.raises(sqlite3.IntegrityError):  # the database itself refuses a pair that is not two known languages
        db.execute("UPDATE act SET languages = 'xx,ru' WHERE id = ?", [act_id])
    for pair in ("uz-Cyrl,ru", "ky,tg"):
        db.execute("UPDATE act SET languages = ? WHERE id = ?", [pair, act_id])


def test_a_kyrgyz_act_is_refused_naming_each_missing_text_and_nothing_stands_in_for_it(db, make) -> None:
    act_id, held = kyrgyz_records(db, make)
    records.update(db=db, kind=records.INSTITUTION, record_id=held["institution"]["id"], changes={"name_ky": ""})
    acts.update_draft(db=db, act_id=act_id, changes={"place_ky": ""})
    before = acts.get_act_row(db=db, act_id=act_id)
    with pytest.raises(InputError) as raised:
        acts.finalize_act(db=db, act_id=act_id)
    texts = sorted(str(problem) for problem in raised.value.problems)
    assert texts == sorted([
        "field 'recipient_institution_id': institution «General Prosecutor's Office» has no name in Kyrgyz",
        "field 'place_ky': the place of the act has no text in Kyrgyz",
    ])
    assert acts.get_act_row(db=db, act_id=act_id) == before  # nothing was written, nothing copied from Russian
    records.update(db=db, kind=records.INSTITUTION, record_id=held["institution"]["id"],
                   changes={"name_ky": "Кыргыз Республикасынын Башкы прокуратурасы"})
    acts.update_draft(db=db, act_id=act_id, changes={"place_ky": "Бишкек ш."})
    assert acts.finalize_problems(db=db, act_id=act_id) == []


@pytest.mark.parametrize(("table", "field", "expected"), [
    ("signatory", "title_ky", "signatory «Azizbek Usubaliev» has no title in Kyrgyz"),
    ("signatory", "name_ky", "signatory «Azizbek Usubaliev» has no name in Kyrgyz"),
    ("programme", "name_ky", "programme XAC/Z60 has no name in Kyrgyz"),
    ("donor", "name_ky", "donor «Government of Japan» has no name in Kyrgyz"),
    ("item", "name_ky", "line 1: item «Desktop computer» has no name in Kyrgyz"),
    ("act", "transferor_title_ky", "the donor-side signatory has no title in Kyrgyz"),
    ("act", "transferor_org_ky", "the transferring organisation has no name in Kyrgyz"),
    ("act", "rate_source_ky", "the source of the exchange rate has no name in Kyrgyz"),
])
def test_one_field_missing_in_one_language_is_named(db, make, table, field, expected) -> None:
    act_id, held = kyrgyz_records(db, make)
    if table == "act":
        acts.update_draft(db=db, act_id=act_id, changes={field: ""})
    else:
        kind = records.KINDS[table]
        records.update(db=db, kind=kind, record_id=held[table]["id"], changes={field: ""})
    assert [problem.text() for problem in acts.finalize_problems(db=db, act_id=act_id)] == [expected]


def test_an_optional_text_given_in_one_language_is_needed_in_the_other(db, make) -> None:
    act_id, _held = kyrgyz_records(db, make)
    acts.update_draft(db=db, act_id=act_id, changes={"basis_ru": "Письмо-запрос № 5"})
    assert [p.text() for p in acts.finalize_problems(db=db, act_id=act_id)] == ["the basis of the act has no text in Kyrgyz"]


def test_a_finalized_kyrgyz_act_seals_its_kyrgyz_texts_and_keeps_them(db, make) -> None:
    act_id, held = kyrgyz_records(db, make)
    acts.finalize_act(db=db, act_id=act_id)
    document = acts.act_document(db=db, act_id=act_id)
    assert document["format"] == "equipment-desk/act@4"
    assert document["place"] == {"en": "Bishkek", "ru": "г. Бишкек", "ky": "Бишкек ш."} or document["place"]["ky"] == "Бишкек ш."
    assert document["recipient"]["organisation"]["ky"] == "Кыргыз Республикасынын Башкы прокуратурасы"
    assert document["recipient"]["signatory"]["title"]["ky"] == "Укуктук статистика башкармалыгынын башчысы"
    assert document["programme"]["donors"][0]["name"]["ky"] == "Япония Өкмөтү"
    assert document["lines"][0]["name"]["ky"] == "Стол үстүндөгү компьютер"
    assert "kk" not in document["place"]  # only the act's own national language is carried
    # later edits of the records change nothing sealed
    records.update(db=db, kind=records.ITEM, record_id=held["item"]["id"], changes={"name_ky": "Компьютер"})
    assert acts.act_document(db=db, act_id=act_id)["lines"][0]["name"]["ky"] == "Стол үстүндөгү компьютер"
    assert acts.verify_act(db=db, act_id=act_id) == []
    with pytest.raises(sqlite3.IntegrityError, match="finalized act cannot be changed"):
        db.execute("UPDATE act SET place_ky = 'Ош ш.' WHERE id = ?", [act_id])
    with pytest.raises(sqlite3.IntegrityError, match="cannot be changed"):
        db.execute("UPDATE act_line SET item_name_ky = 'x' WHERE act_id = ?", [act_id])


def test_the_seal_entry_records_the_national_columns(db, make) -> None:
    act_id, _held = kyrgyz_records(db, make)
    acts.finalize_act(db=db, act_id=act_id)
    assert set(NATIONAL_COLUMNS["act"]) <= set(journal.ACT_COLUMNS)
    entry = db.execute("SELECT body FROM act_log WHERE event = 'seal'").fetchone()[0]
    assert '"place_ky":"Бишкек ш."' in entry and '"item_name_ky":"Стол үстүндөгү компьютер"' in entry


@pytest.mark.parametrize(("field", "name", "script"), [
    ("name_ky", "Azizbek Usubaliev", "Cyrillic"),
    ("name_ru", "Azizbek Usubaliev", "Cyrillic"),
    ("name_uz", "Усубалиев Азизбек", "Latin"),
    ("name_tk", "Усубалиев Азизбек", "Latin"),
    ("name_uz_cyrl", "Usubaliev Azizbek", "Cyrillic"),
])
def test_a_name_in_the_script_its_language_does_not_use_is_refused(db, make, field, name, script) -> None:
    institution = make.institution()
    signatory = records.signatories(db=db, institution_id=institution["id"])[0]
    before = records.get(db=db, kind=records.SIGNATORY, record_id=signatory["id"])
    with pytest.raises(InputError) as raised:
        records.update(db=db, kind=records.SIGNATORY, record_id=signatory["id"], changes={field: name})
    [problem] = raised.value.problems
    assert problem.field == field and f"is written in {script} letters" in problem.text()
    assert records.get(db=db, kind=records.SIGNATORY, record_id=signatory["id"]) == before
    with pytest.raises(InputError):
        records.add_signatory(db=db, institution_id=institution["id"], data={"name_en": "A. Person", field: name})
    with pytest.raises(InputError):
        make.draft(**{f"transferor_{field}": name})


def test_draft_defaults_come_from_the_offices_national_settings(db, make) -> None:
    settings.set_settings(db=db, values={"national_languages": "ky, UZ_cyrl", "office_name_ky": "БУУнун программалык кеңсеси",
                                         "default_place_ky": "Бишкек ш."})
    assert settings.national_languages(db=db) == ("ky", "uz-Cyrl")
    act_id = make.draft(languages="ky,ru")
    row = acts.get_act_row(db=db, act_id=act_id)
    assert (row["transferor_org_ky"], row["place_ky"]) == ("БУУнун программалык кеңсеси", "Бишкек ш.")
    with pytest.raises(InputError, match="not a national language"):
        settings.set_settings(db=db, values={"national_languages": "ky,ru"})
    with pytest.raises(InputError):
        settings.set_settings(db=db, values={"default_languages": "ky,ky"})
    settings.set_settings(db=db, values={"default_languages": "uz_cyrl,ru"})
    assert settings.get_setting(db=db, key="default_languages") == "uz-Cyrl,ru"


def test_the_migration_adds_the_columns_and_widens_the_pairs_of_an_existing_register(tmp_path) -> None:
    path = tmp_path / "old.sqlite"
    db = open_database(path, migrate=False)
    MIGRATIONS.apply(db, stop_before="0010_texts_in_national_languages")
    db.execute(f"""INSERT INTO act (uuid, languages, place_ru, created_at, created_by, updated_at)
                   VALUES ('00000000-0000-4000-8000-000000000301', 'kk,ru', 'г. Алматы', '{NOW}', 'x', '{NOW}')""")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE act SET languages = 'ky,ru'")
    db.close()

    db = open_database(path)
    assert db.execute("SELECT languages, place_ru, place_kk FROM act").fetchone() == ("kk,ru", "г. Алматы", "")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.execute("UPDATE act SET languages = 'ky,ru'")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE act SET languages = 'ky,xx'")
    db.close()


def test_an_act_sealed_in_the_previous_content_version_still_verifies(db, make, monkeypatch) -> None:
    """A Kazakh act sealed before the national texts were sealed carries English and Russian only: it is
    rebuilt in its own version, so the Kazakh columns (empty, or filled in its records since) change nothing."""
    from equipment_desk.core.hashing import FORMAT_2
    from equipment_desk.store.acts import document, lifecycle

    monkeypatch.setattr(lifecycle, "live_content", lambda db, row, lines: document.live_content(db, row, lines, FORMAT_2))
    monkeypatch.setattr(lifecycle, "_language_problems", lambda db, row: [])  # then, a Kazakh act printed the Russian texts
    sealed = make.finalized(languages="kk,ru", place_kk="Алматы қ.")
    monkeypatch.undo()
    old = acts.act_document(db=db, act_id=sealed)
    assert old["format"] == FORMAT_2 and set(old["place"]) == {"en", "ru"}
    institution = db.execute("SELECT recipient_institution_id FROM act WHERE id = ?", [sealed]).fetchone()[0]
    records.update(db=db, kind=records.INSTITUTION, record_id=institution, changes={"name_kk": "Бас прокуратура"})
    assert acts.verify_act(db=db, act_id=sealed) == []


def test_an_act_is_refused_while_the_fixed_texts_of_one_of_its_languages_are_missing(db, make, monkeypatch, tmp_path) -> None:
    from equipment_desk.core import act_texts

    act_id, _held = kyrgyz_records(db, make)
    assert acts.finalize_problems(db=db, act_id=act_id) == []
    real = act_texts.file_path
    monkeypatch.setattr(act_texts, "file_path", lambda code: tmp_path / "ky.toml" if code == "ky" else real(code))
    problems = [p.text() for p in acts.finalize_problems(db=db, act_id=act_id)]
    assert len(problems) == 1 and problems[0].startswith("the fixed texts of the act in Kyrgyz are missing")
    with pytest.raises(InputError):
        acts.finalize_act(db=db, act_id=act_id)
    assert acts.get_act_row(db=db, act_id=act_id)["status"] == "draft"


def test_an_act_is_refused_while_its_amount_cannot_be_written_in_words_in_one_of_its_languages(db, make, monkeypatch) -> None:
    from equipment_desk.core.errors import Problem
    from equipment_desk.store.acts import lifecycle

    act_id, _held = kyrgyz_records(db, make)
    real = lifecycle.amount_in_words

    def no_kyrgyz(minor, currency, lang):
        if lang == "ky":
            raise InputError(Problem("unknown language {code}", params={"code": lang}, field="language"))
        return real(minor, currency, lang)

    monkeypatch.setattr(lifecycle, "amount_in_words", no_kyrgyz)
    assert [p.text() for p in acts.finalize_problems(db=db, act_id=act_id)] == ["the amount cannot be written in words in Kyrgyz yet"]


def test_an_act_sealed_in_content_version_3_still_verifies_and_prints_as_then(db, make, monkeypatch) -> None:
    """Version 4 changed only how an act prints: an act sealed in version 3 is rebuilt in its own version by
    `check`, and its print keeps the layout of then, while an act sealed now is version 4."""
    from equipment_desk.core.hashing import FORMAT, FORMAT_3
    from equipment_desk.documents.certificate import render_certificate
    from equipment_desk.store.acts import document, lifecycle

    monkeypatch.setattr(lifecycle, "live_content", lambda db, row, lines: document.live_content(db, row, lines, FORMAT_3))
    sealed = make.finalized()
    monkeypatch.undo()
    old = acts.act_document(db=db, act_id=sealed)
    assert old["format"] == FORMAT_3 and old["fixed_texts"]
    assert acts.verify_act(db=db, act_id=sealed) == []
    now = make.finalized()
    assert acts.act_document(db=db, act_id=now)["format"] == FORMAT == "equipment-desk/act@4"
    assert acts.verify_act(db=db, act_id=now) == []
    assert render_certificate(old) != render_certificate({**old, "format": FORMAT})  # the printing differs, not the content

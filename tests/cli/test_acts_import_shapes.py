"""``acts import`` of JSON of any shape: exit 2 with a message, or a clear success line — never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from equipment_desk.cli import main

KEYS = st.sampled_from(["date", "currency", "lines", "recipient", "programme", "quantity", "item_uuid",
                        "serial_number", "rate", "transferor", "organisation", "signatory", "name", "en", "ru",
                        "unit_value_minor", "place", "goods", "basis", "languages", "transfer_type", "country",
                        "national_rate", "value", "scale", "type"]) | st.text(max_size=4)
LEAVES = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=6)
SHAPES = st.recursive(LEAVES, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=6),
                      max_leaves=30)


def run(db: Path, source: Path) -> int:
    try:
        return main(["--db", str(db), "acts", "import", str(source)])
    except SystemExit as stop:
        return int(stop.code)


@pytest.mark.parametrize(("text", "message"), [
    ("[" * 100_000, "nested too deeply"),
    ("[]", "empty list: no act to import"),
    ("42", "must be an act (a JSON object)"),
    ('"an act"', "must be an act (a JSON object)"),
    ("[1, [2], {}]", "must be an act"),
    ('{"languages": [null, 3]}', "must be a list of one or two language codes"),
    ("", "is not valid JSON"),
])
def test_a_bad_shape_exits_2_with_one_message(db_path: Path, tmp_path: Path, capsys, text: str, message: str) -> None:
    source = tmp_path / "acts.json"
    source.write_text(text, encoding="utf-8")
    assert run(db_path, source) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_a_good_import_says_what_it_did(demo_db, demo_db_path: Path, tmp_path: Path, capsys) -> None:
    from equipment_desk.store import acts

    document = acts.act_document(db=demo_db, act_id=9)  # the demo's draft, printed and deleted: it imports back
    acts.delete_draft(db=demo_db, act_id=9)
    demo_db.close()
    source = tmp_path / "acts.json"
    source.write_text(json.dumps([document]), encoding="utf-8")
    assert run(demo_db_path, source) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1] == "imported 1 act(s) from acts.json as draft(s)"


@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(shape=SHAPES)
def test_json_of_any_shape_is_refused_or_imported_never_a_traceback(shape, tmp_path_factory) -> None:
    folder = tmp_path_factory.mktemp("shapes")
    db = folder / "desk.sqlite"
    source = folder / "acts.json"
    source.write_text(json.dumps(shape), encoding="utf-8")
    assert run(db, source) in (0, 2)  # an exception escaping main fails the test

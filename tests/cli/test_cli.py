"""The command line through its real entry point: ``python -m equipment_desk``."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from equipment_desk.store.database import open_database
from tests.scans import image_scan


def run(*args: str, db: Path | None = None, check_exit: int | None = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "equipment_desk"]
    if db is not None:
        command += ["--db", str(db)]
    result = subprocess.run(command + list(args), capture_output=True, text=True, encoding="utf-8", timeout=120)
    if check_exit is not None:
        assert result.returncode == check_exit, (result.stdout, result.stderr)
    return result


def snapshot(path: Path) -> list:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return [(t, conn.execute(f"SELECT * FROM {t}").fetchall()) for t in tables]
    finally:
        conn.close()


def test_demo_twice_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite"
    first = run("demo", db=db, check_exit=0)
    assert "loaded" in first.stdout
    before = snapshot(db)
    second = run("demo", db=db, check_exit=0)
    assert "nothing changed" in second.stdout
    assert snapshot(db) == before


def test_without_db_the_user_data_folder_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "data" / "equipment-desk.sqlite"
    monkeypatch.setenv("EQUIPMENT_DESK_DB", str(target))
    run("acts", "list", check_exit=0)
    assert target.is_file()


def test_acts_list_show_and_json(demo_db_path: Path) -> None:
    listing = run("acts", "list", db=demo_db_path, check_exit=0).stdout
    assert "ROCA-2018-0001" in listing and "KGS 2,365,000.00" in listing
    signed = json.loads(run("acts", "list", "--status", "signed", "--json", db=demo_db_path, check_exit=0).stdout)
    assert signed and {row["status"] for row in signed} == {"signed"}
    shown = run("acts", "show", "ROCA-2018-0001", db=demo_db_path, check_exit=0).stdout
    assert "General Prosecutor's Office of the Kyrgyz Republic" in shown and "Signed: 2018-02-20" in shown
    document = json.loads(run("acts", "show", "ROCA-2018-0001", "--json", db=demo_db_path, check_exit=0).stdout)
    assert document["format"] == "equipment-desk/act@4"
    assert document["totals"]["amount_minor"] == 236_500_000
    assert len(document["lines"]) == 53


def test_full_life_of_an_act(demo_db_path: Path, tmp_path: Path) -> None:
    draft = next(r for r in json.loads(run("acts", "list", "--json", db=demo_db_path).stdout) if r["status"] == "draft")
    result = run("acts", "finalize", str(draft["id"]), db=demo_db_path, check_exit=0)
    number = result.stdout.split()[2]
    assert number == "ROCA-2018-0009"
    scan = tmp_path / "signed.png"
    scan.write_bytes(image_scan("PNG"))
    run("acts", "sign", number, "--date", "20.04.2018", "--scan", str(scan), db=demo_db_path, check_exit=0)
    run("acts", "void", "ROCA-2018-0008", "--reason", "equipment returned", db=demo_db_path, check_exit=0)
    assert "OK" in run("check", db=demo_db_path, check_exit=0).stdout


def test_printed_act_imports_back_as_a_draft(demo_db_path: Path, tmp_path: Path) -> None:
    run("acts", "void", "ROCA-2018-0008", "--reason", "re-issue", db=demo_db_path, check_exit=0)
    exported = tmp_path / "act.json"
    exported.write_text(run("acts", "show", "ROCA-2018-0008", "--json", db=demo_db_path, check_exit=0).stdout, encoding="utf-8")
    created = run("acts", "import", str(exported), db=demo_db_path, check_exit=0)
    assert created.stdout.startswith("created draft")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{not json", "is not valid JSON"),
        (json.dumps({"date": "yesterday", "currency": "RUB"}), "field 'date'"),
        (json.dumps({"programme": {"code": "NOPE"}}), "programme.code"),
        (json.dumps({"lines": [{"serial_number": "NO-SUCH", "quantity": 1}]}), "lines[0].serial_number"),
        (json.dumps({"lines": [{"serial_number": "CZC8021001", "quantity": 0}]}), "lines[0].quantity"),
        (json.dumps({"goods": {"en": "x" * 10_000}}), "too long"),
    ],
)
def test_bad_act_json_exits_2_and_writes_nothing(demo_db_path: Path, tmp_path: Path, content: str, expected: str) -> None:
    path = tmp_path / "act.json"
    path.write_text(content, encoding="utf-8")
    before = snapshot(demo_db_path)
    result = run("acts", "import", str(path), db=demo_db_path, check_exit=2)
    assert expected in result.stderr
    assert all(line.startswith("error: ") for line in result.stderr.strip().splitlines())
    assert snapshot(demo_db_path) == before


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("acts", "show", "ROCA-1999-0001"), "no act 'ROCA-1999-0001'"),
        (("acts", "finalize", "ROCA-2018-0001"), "already signed"),
        (("acts", "void", "ROCA-2018-0001", "--reason", " "), "reason is required"),
        (("acts", "sign", "ROCA-2018-0005", "--date", "31.02.2018"), "is not a date"),
        (("acts", "sign", "ROCA-2018-0005", "--date", "2018-03-01", "--scan", "missing.pdf"), "does not exist"),
        (("acts", "import", "missing.json"), "does not exist"),
        (("acts", "list", "--status", "lost"), "invalid choice"),
        (("settings", "office_code=not valid!"), "Latin capital letters"),
        (("settings", "number_pattern={seq}"), "must contain {office}"),
        (("frobnicate",), "invalid choice"),
    ],
)
def test_refusals_exit_2_with_one_clear_line_and_write_nothing(demo_db_path: Path, args, expected) -> None:
    before = snapshot(demo_db_path)
    result = run(*args, db=demo_db_path, check_exit=2)
    assert expected in result.stderr
    assert snapshot(demo_db_path) == before


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "report.sqlite"
    path.write_text("quarterly report", encoding="utf-8")
    result = run("acts", "list", db=path, check_exit=2)
    assert "not an Equipment Desk database" in result.stderr
    assert path.read_text(encoding="utf-8") == "quarterly report"


def test_a_locked_database_is_reported(demo_db_path: Path) -> None:
    holder = sqlite3.connect(demo_db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = subprocess.run(
            [sys.executable, "-c",
             "import sys; from equipment_desk.cli import main; "
             "import equipment_desk.store.database as d; "
             "orig = d.open_database; d.open_database = lambda p, **k: orig(p, busy_timeout_ms=100, **k); "
             f"sys.exit(main(['--db', {str(demo_db_path)!r}, 'acts', 'void', 'ROCA-2018-0005', '--reason', 'x']))"],
            capture_output=True, text=True, timeout=60,
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 2, result.stderr
    assert "in use by another program" in result.stderr


def test_check_names_a_tampered_act_and_exits_1(demo_db_path: Path) -> None:
    conn = sqlite3.connect(demo_db_path)
    conn.execute("DROP TRIGGER act_frozen_update")
    conn.execute("UPDATE act SET basis_en = 'forged' WHERE number = 'ROCA-2018-0002'")
    conn.execute("UPDATE act SET content_json = replace(content_json, 'Jizzakh', 'Jizak') WHERE number = 'ROCA-2018-0002'")
    conn.commit()
    conn.close()
    result = run("check", db=demo_db_path, check_exit=1)
    assert "act ROCA-2018-0002: its content does not match its hash" in result.stdout
    assert "ROCA-2018-0004" not in result.stdout.replace("ROCA-2018-0003: its link", "")


def _real_pdf(path: Path, text: str) -> Path:
    import io

    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(100, 700, text)
    canvas.save()
    path.write_bytes(out.getvalue())
    return path


def test_a_wrong_scan_is_replaced_with_a_reason_and_the_old_one_kept(demo_db_path: Path, tmp_path: Path) -> None:
    signed = next(r for r in json.loads(run("acts", "list", "--json", db=demo_db_path).stdout) if r["status"] == "finalized")
    number = signed["number"]
    run("acts", "sign", number, "--date", "20.04.2018", db=demo_db_path, check_exit=0)
    attached = run("acts", "rescan", number, "--scan", str(_real_pdf(tmp_path / "first.pdf", "first")), db=demo_db_path, check_exit=0)
    assert attached.stdout.strip() == f"{number}: signed scan attached"
    refused = run("acts", "rescan", number, "--scan", str(_real_pdf(tmp_path / "second.pdf", "second")), db=demo_db_path, check_exit=2)
    assert "a reason is required to replace a signed scan" in refused.stderr
    replaced = run("acts", "rescan", number, "--scan", str(tmp_path / "second.pdf"), "--reason", "the first was another act's scan",
                   db=demo_db_path, check_exit=0)
    assert replaced.stdout.strip() == f"{number}: signed scan replaced; the previous one is kept"
    db = open_database(demo_db_path)
    act_id = db.execute("SELECT id FROM act WHERE number = ?", [number]).fetchone()[0]
    assert [f for (f,) in db.execute("SELECT filename FROM attachment WHERE act_id = ? AND kind = 'signed_scan' ORDER BY id", [act_id])] == [
        "first.pdf", "second.pdf"]
    db.close()
    assert "OK" in run("check", db=demo_db_path, check_exit=0).stdout


def test_every_command_module_is_registered_by_name() -> None:
    """The frozen program cannot list the package: a module that adds commands must be in command_modules()."""
    import ast

    from equipment_desk import cli

    folder = Path(cli.__file__).parent
    registering = {
        path.stem for path in folder.glob("*.py")
        if any(isinstance(node, ast.FunctionDef) and node.name == "register" for node in ast.parse(path.read_text(encoding="utf-8")).body)
    }
    assert registering == {module.__name__.rsplit(".", 1)[1] for module in cli.command_modules()}

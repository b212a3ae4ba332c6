"""The handover certificate as a whole process and in-process, against other ways of drawing the act, in one run.

    python bench/bench_cli.py [--runs 7] [--lo-runs 3] [--items 100000 --acts 30000] [--skip-large]

Whole process (each a fresh interpreter or soffice, started the same way,
alternating so a busy machine slows all alike; bytecode compiled once, as an
installed program has it):

- ``python -m equipment_desk --db DEMO certificate ROCA-2018-0001 -o F.pdf``:
  the demo's 53-line act, on the demo database and on the large register
  (``bench/register.py``; the demo acts are in it too), so start-up checks that
  grow with the register show;
- the anchor: ``bench/bare_reportlab_act.py``, a bare reportlab script drawing
  a comparable act (same lines, texts and fonts, a QR code, page numbers);
- LibreOffice: the act as DOCX converted by ``soffice --headless`` (its
  profile made beforehand); WeasyPrint: a process writing the act's HTML to PDF.

In-process (after one warm-up): ``render_certificate(act)`` against the bare
script's ``draw`` in the same process.

Goal: ``certificate`` as a whole process within 1.5x of the bare reportlab
process (median).  Figures are min/median/p90/max.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bare_reportlab_act import draw  # noqa: E402
from certificate_other_ways import _HEAD_KEYS, LANGS, _clauses, _parties, _rows, act_docx, act_html  # noqa: E402
from stats import Summary, ratio_line, timed  # noqa: E402

from equipment_desk.core.money import format_amount  # noqa: E402
from equipment_desk.documents import texts as tx  # noqa: E402

WORDS = tx.current_words(("ru", "en"))
from equipment_desk.documents.certificate import render_certificate  # noqa: E402
from equipment_desk.documents.fonts import fonts_dir  # noqa: E402
from equipment_desk.store import acts, demo  # noqa: E402
from equipment_desk.store.database import open_database  # noqa: E402

ACT = "ROCA-2018-0001"
WEASY = """
import sys
from weasyprint import HTML
HTML(string=open(sys.argv[1], encoding="utf-8").read()).write_pdf(sys.argv[2])
"""


def bare_texts(act: dict) -> dict:
    """What the bare script draws, worded by the certificate's own texts (so it lays out the same document)."""
    number = act["number"]
    totals = act["totals"]
    ru, en = _clauses(act, "ru"), _clauses(act, "en")
    signatures = []
    for key, party in (("handed_over_by", "transferor"), ("received_by", "recipient")):
        p = act[party]
        signatures.append([" / ".join(WORDS.text(key, lang) for lang in LANGS), tx.pick(p["organisation"], "ru"),
                           tx.pick(p["organisation"], "en"), tx.pick(p["signatory"]["title"], "ru"), tx.pick(p["signatory"]["name"], "ru"),
                           "______________________   ____________", "подпись / signature        дата / date", "М.П. / L.S."])
    texts = {
        "qr": f"EQD1:{act['office_code']}:{number}:{act['content_hash']}",
        "letterhead": [tx.pick(act["transferor"]["organisation"], lang) for lang in LANGS],
        "title": [f"{WORDS.text('title', 'ru')} № {number}", f"{WORDS.text('title', 'en')} No. {number}"],
        "place_date": f"{tx.pick(act['place'], 'ru')} / {tx.pick(act['place'], 'en')}    "
                      f"{tx.format_date(act['date'], 'ru')} / {tx.format_date(act['date'], 'en')}",
        "parties": [[_parties(act, "ru"), _parties(act, "en")], [ru[0], en[0]]],
        "head": [" / ".join(WORDS.text(k, lang) for lang in LANGS) for k in _HEAD_KEYS],
        "rows": _rows(act),
        "total_row": ["Итого / Total", "", "", "", "", "", str(totals["quantity"]), "",
                      format_amount(totals["amount_minor"], act["currency"], "ru", with_currency=False)],
        "clauses": [[a, b] for a, b in zip(ru[1:], en[1:])],
        "signatures": signatures,
        "footer": f"Акт № {number} / Act No. {number}",
    }
    return {key: value if key == "qr" else _escaped(value) for key, value in texts.items()}


def _escaped(value):
    """Plain text made safe for reportlab's paragraph markup, through nested lists."""
    if isinstance(value, list):
        return [_escaped(v) for v in value]
    return escape(value).replace("\n", "<br/>")


def printable(act: dict) -> dict:
    """The act with empty texts for missing serial and inventory numbers (as the other ways print them)."""
    lines = [{k: ("" if v is None else v) for k, v in line.items()} for line in act["lines"]]
    return {**act, "lines": lines}


def process(command: list[str], env: dict[str, str], cwd: Path, out: Path):
    def work() -> None:
        out.unlink(missing_ok=True)
        subprocess.run(command, check=True, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=600)
        if not out.is_file():
            raise RuntimeError(f"{command[:3]} wrote no PDF")
    return work


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--lo-runs", type=int, default=3)
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--acts", type=int, default=30_000)
    parser.add_argument("--skip-large", action="store_true", help="only the demo database")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="bench-cli-"))
    try:
        demo_db = folder / "demo.sqlite"
        db = open_database(demo_db)
        demo.load_demo(db=db)
        act = printable(acts.act_document(db=db, act_id=acts.find_act(db=db, ref=ACT)))
        db.close()
        texts = folder / "texts.json"
        texts.write_text(json.dumps(bare_texts(act), ensure_ascii=False), encoding="utf-8")
        env = dict(os.environ, PYTHONPYCACHEPREFIX=str(Path(tempfile.gettempdir()) / "equipment-desk-bench-pycache"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        py = sys.executable
        commands = {
            "bare reportlab process (anchor)": ([py, str(ROOT / "bench" / "bare_reportlab_act.py"), str(texts), str(fonts_dir()),
                                                 str(folder / "bare.pdf")], folder / "bare.pdf"),
            "certificate, demo database": ([py, "-m", "equipment_desk", "--db", str(demo_db), "certificate", ACT, "-o",
                                            str(folder / "demo.pdf")], folder / "demo.pdf"),
        }
        if not args.skip_large:
            from register import ensure_register

            large = folder / "large.sqlite"
            shutil.copyfile(ensure_register(args.items, args.acts), large)
            commands[f"certificate, register of {args.items} items"] = (
                [py, "-m", "equipment_desk", "--db", str(large), "certificate", ACT, "-o", str(folder / "large.pdf")],
                folder / "large.pdf")
        html = folder / "act.html"
        try:
            import weasyprint  # noqa: F401
        except (ImportError, OSError) as error:
            print(f"skipped WeasyPrint: {error} (pip install weasyprint)")
        else:
            from equipment_desk.documents.fonts import FONT_FILES

            html.write_text(act_html(act, regular_font=(fonts_dir() / FONT_FILES["DeskSans"]).as_uri(),
                                     bold_font=(fonts_dir() / FONT_FILES["DeskSans-Bold"]).as_uri()), encoding="utf-8")
            commands["WeasyPrint process"] = ([py, "-c", WEASY, str(html), str(folder / "weasy.pdf")], folder / "weasy.pdf")
        works = {name: process(command, env, ROOT, out) for name, (command, out) in commands.items()}
        for work in works.values():
            work()  # uncounted: bytecode written, files in the system's cache
        times: dict[str, list[float]] = {name: [] for name in works}
        for _ in range(args.runs):
            for name, work in works.items():
                start = time.perf_counter()
                work()
                times[name].append(time.perf_counter() - start)
        results = {name: Summary.of(t) for name, t in times.items()}
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice is None:
            print("skipped LibreOffice: soffice is not installed (apt-get install libreoffice-writer-nogui)")
        else:
            docx = folder / "act.docx"
            docx.write_bytes(act_docx(act))
            profile = folder / "lo-profile"
            lo = process([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                          "--convert-to", "pdf", "--outdir", str(folder), str(docx)], env, folder, folder / "act.pdf")
            lo()  # creates the profile, uncounted
            results["LibreOffice process (DOCX -> PDF)"] = timed(lo, args.lo_runs)

        render_certificate(act)
        draw(json.loads(texts.read_text(encoding="utf-8")), fonts_dir(), folder / "warm.pdf")
        in_ours, in_bare = [], []
        for _ in range(args.runs):
            start = time.perf_counter()
            render_certificate(act)
            in_ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            draw(json.loads(texts.read_text(encoding="utf-8")), fonts_dir(), folder / "warm.pdf")
            in_bare.append(time.perf_counter() - start)
        in_process = {"render_certificate, in process": Summary.of(in_ours), "bare reportlab draw, in process (anchor)": Summary.of(in_bare)}
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    anchor = results["bare reportlab process (anchor)"]
    print()
    print(f"the {len(act['lines'])}-line act {ACT} as a whole process (seconds)")
    for name, summary in results.items():
        print("  " + summary.line(name, "s"))
    print("  as a ratio of the bare reportlab process:")
    for name, summary in results.items():
        if summary is not anchor:
            target = 1.5 if name.startswith("certificate") else None
            print("  " + ratio_line(name, summary, anchor, target))
    print()
    print("in process, warm (ms)")
    for name, summary in in_process.items():
        print("  " + summary.line(name))
    ours = in_process["render_certificate, in process"]
    print("  " + ratio_line("render_certificate / bare draw", ours, in_process["bare reportlab draw, in process (anchor)"]))
    for name in ("LibreOffice process (DOCX -> PDF)", "WeasyPrint process"):
        if name in results:
            print(f"  {name} / render_certificate in process: {results[name].median / ours.median:6.1f}x median")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

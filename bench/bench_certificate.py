"""How long it takes to produce a handover act, three ways, in one run.

    python bench/bench_certificate.py [--runs N] [--keep DIR]

For a 50-line and a 500-line act it measures the median wall time of:

- Equipment Desk: ``render_certificate(act)`` (reportlab), in this process
  after one warm-up run (fonts loaded), as the program does it;
- LibreOffice: the same act written as a DOCX (a filled-in template) and
  converted by ``soffice --headless --convert-to pdf``, one soffice process per
  act as offices run it (its profile created beforehand, not timed);
- WeasyPrint: the same act as HTML + CSS, ``HTML(string=…).write_pdf()`` in
  this process after one warm-up run.

Then it prints the ratios and checks the targets: at least 20× faster than
LibreOffice and 5× faster than WeasyPrint, and the 500-line act costing no
more than 10× the 50-line one.  A tool that is not installed is skipped with
a message.  Not part of CI.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from certificate_data import bench_act  # noqa: E402
from certificate_other_ways import act_docx, act_html  # noqa: E402

from equipment_desk.documents.certificate import render_certificate  # noqa: E402
from equipment_desk.documents.fonts import FONT_FILES, fonts_dir  # noqa: E402

SIZES = (50, 500)


def median_time(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def equipment_desk(act: dict, out: Path) -> Callable[[], object]:
    def work() -> None:
        out.write_bytes(render_certificate(act))
    return work


def libreoffice(act: dict, folder: Path, soffice: str, profile: Path) -> Callable[[], object]:
    source = folder / f"act-{len(act['lines'])}.docx"

    def work() -> None:
        source.write_bytes(act_docx(act))
        subprocess.run(
            [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
             "--convert-to", "pdf", "--outdir", str(folder), str(source)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600,
        )
        if not source.with_suffix(".pdf").is_file():
            raise RuntimeError("LibreOffice wrote no PDF")
    return work


def weasyprint(act: dict, out: Path) -> Callable[[], object]:
    from weasyprint import HTML

    folder = fonts_dir()
    regular = (folder / FONT_FILES["DeskSans"]).as_uri()
    bold = (folder / FONT_FILES["DeskSans-Bold"]).as_uri()

    def work() -> None:
        HTML(string=act_html(act, regular_font=regular, bold_font=bold)).write_pdf(out)
    return work


def pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs of Equipment Desk and WeasyPrint (default 5)")
    parser.add_argument("--lo-runs", type=int, default=3, help="timed runs of LibreOffice (default 3)")
    parser.add_argument("--keep", type=Path, help="keep the produced PDFs and sources in this folder")
    args = parser.parse_args()

    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-certificate-"))
    folder.mkdir(parents=True, exist_ok=True)
    acts = {n: bench_act(n) for n in SIZES}
    results: dict[str, dict[int, float]] = {}

    # Equipment Desk
    render_certificate(acts[SIZES[0]])  # warm-up: fonts parsed, modules imported
    results["Equipment Desk (reportlab)"] = {
        n: median_time(equipment_desk(acts[n], folder / f"desk-{n}.pdf"), args.runs) for n in SIZES}

    # LibreOffice
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("skipped LibreOffice: soffice is not installed (apt-get install libreoffice-writer-nogui)")
    else:
        profile = folder / "lo-profile"
        libreoffice(acts[SIZES[0]], folder, soffice, profile)()  # creates the user profile, not timed
        results["DOCX -> LibreOffice headless"] = {
            n: median_time(libreoffice(acts[n], folder, soffice, profile), args.lo_runs) for n in SIZES}

    # WeasyPrint
    try:
        import weasyprint as _weasyprint  # noqa: F401
    except (ImportError, OSError) as error:
        print(f"skipped WeasyPrint: it cannot be imported ({error.__class__.__name__}: {error}) (pip install weasyprint)")
    else:
        weasyprint(acts[SIZES[0]], folder / "warm.pdf")()
        results["HTML -> WeasyPrint"] = {
            n: median_time(weasyprint(acts[n], folder / f"weasy-{n}.pdf"), args.runs) for n in SIZES}

    print()
    print(f"median seconds per act ({args.runs} runs; LibreOffice {args.lo_runs}), outputs in {folder}")
    print(f"{'':32}" + "".join(f"{f'{n} lines':>14}" for n in SIZES) + f"{'500/50':>10}")
    for name, times in results.items():
        print(f"{name:32}" + "".join(f"{times[n]:>14.3f}" for n in SIZES) + f"{times[500] / times[50]:>9.1f}×")
    page_counts = {
        "Equipment Desk (reportlab)": [pages(folder / f"desk-{n}.pdf") for n in SIZES],
        "DOCX -> LibreOffice headless": [pages(folder / f"act-{n}.pdf") for n in SIZES] if soffice else None,
        "HTML -> WeasyPrint": [pages(folder / f"weasy-{n}.pdf") for n in SIZES] if "HTML -> WeasyPrint" in results else None,
    }
    print("pages: " + "; ".join(f"{k.split(' ')[0]} {v[0]}/{v[1]}" for k, v in page_counts.items() if v))

    ours = results["Equipment Desk (reportlab)"]
    checks = []
    print()
    for name, target in (("DOCX -> LibreOffice headless", 20), ("HTML -> WeasyPrint", 5)):
        if name not in results:
            continue
        for n in SIZES:
            ratio = results[name][n] / ours[n]
            ok = ratio >= target
            checks.append(ok)
            print(f"{'PASS' if ok else 'FAIL'}  {n:>3} lines: {ratio:6.1f}× faster than {name} (target ≥ {target}×)")
    scaling = ours[500] / ours[50]
    checks.append(scaling <= 10)
    print(f"{'PASS' if scaling <= 10 else 'FAIL'}  the 500-line act costs {scaling:.1f}× the 50-line one (target ≤ 10×)")
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    return 0 if all(checks) else 1


if __name__ == "__main__":
    raise SystemExit(main())

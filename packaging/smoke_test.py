"""Run the built folder as a user would, in portable mode, and fail loudly when anything is off.

    python packaging/smoke_test.py [dist/EquipmentDesk]

The folder is copied aside (as onto a USB stick) with a ``portable.txt`` beside the executables.  Then:

1. the command line loads the demo data, prints an act's certificate, verifies the PDF against the
   register, runs one command of each kind (batch certificates, donor report, export, bundle, report),
   checks the database — and all of it lands in ``data/`` beside the executables;
2. the window starts (offscreen), stays up a few seconds and is closed; its log must say it started
   and closed, and hold no warning, error or traceback;
3. nothing was written outside the copied folder (the home folder given to the programs stays empty).

Exit code 0 when all is well, 1 with a FAIL line per failure otherwise; the last line counts both.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WINDOW_UP_SECONDS = 5
LOG_PROBLEMS = ("WARNING", "ERROR", "CRITICAL", "Traceback")


def executable(folder: Path, name: str) -> Path:
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


class Smoke:
    def __init__(self, folder: Path, scratch: Path) -> None:
        self.program = scratch / "stick" / "EquipmentDesk"
        shutil.copytree(folder, self.program, symlinks=True)
        (self.program / "portable.txt").write_text("Keep the data beside the program.\n", encoding="utf-8")
        self.data = self.program / "data"
        self.home = scratch / "home"
        self.home.mkdir()
        self.failures: list[str] = []
        self.passed = 0
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("EQUIPMENT_DESK_")}
        self.env.update(HOME=str(self.home), XDG_DATA_HOME=str(self.home / "share"), XDG_CONFIG_HOME=str(self.home / "config"),
                        XDG_CACHE_HOME=str(self.home / "cache"), APPDATA=str(self.home / "roaming"),
                        LOCALAPPDATA=str(self.home / "local"), QT_QPA_PLATFORM="offscreen")

    def fail(self, text: str) -> None:
        print(f"FAIL {text}", flush=True)
        self.failures.append(text)

    def check(self, condition: bool, failure: str) -> bool:
        """Count one check; report ``failure`` when ``condition`` is false."""
        if condition:
            self.passed += 1
        else:
            self.fail(failure)
        return condition

    def cli(self, *args: str, expect: int = 0) -> subprocess.CompletedProcess:
        command = [str(executable(self.program, "equipment-desk-cli")), *args]
        started = time.monotonic()
        result = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", errors="replace",
                                env=self.env, cwd=self.home, timeout=300)
        print(f"  equipment-desk-cli {' '.join(args)} -> {result.returncode} ({time.monotonic() - started:.1f} s)", flush=True)
        if self.check(result.returncode == expect, f"`equipment-desk-cli {' '.join(args)}` exited {result.returncode}, expected {expect}:\n"
                      f"{result.stdout[-1500:]}{result.stderr[-1500:]}"):
            self.check("Traceback" not in result.stderr, f"`equipment-desk-cli {' '.join(args)}` printed a traceback:\n{result.stderr[-1500:]}")
        return result

    def command_line(self) -> None:
        print("command line (portable):", flush=True)
        self.cli("--version")
        self.cli("demo")
        database = self.data / "equipment-desk.sqlite"
        self.check(database.is_file(), f"the database is not in the portable data folder {self.data}")
        listed = self.cli("acts", "list", "--status", "finalized").stdout.split()
        numbers = [word for word in listed if word.count("-") == 2 and word.split("-")[-1].isdigit()]
        if not self.check(bool(numbers), "`acts list` shows no finalized act after `demo`"):
            return
        pdf = self.home / "act.pdf"
        self.cli("certificate", numbers[0], "-o", str(pdf))
        if self.check(pdf.is_file() and pdf.read_bytes().startswith(b"%PDF-"), f"`certificate {numbers[0]}` wrote no PDF"):
            verified = self.cli("verify", str(pdf))
            self.check(numbers[0] in verified.stdout, f"`verify` does not name the act {numbers[0]}: {verified.stdout[-500:]}")
            pdf.unlink()  # the one file written outside the folder on purpose
        # The program loads much of itself only when a command first needs it: one command of each kind, so a
        # module the freezing left out shows here and not on an office's laptop.
        written = [
            (("certificates", "--from", "2018-01-01", "--to", "2018-12-31"), "certificates.pdf", b"%PDF-"),
            (("donor-report", "--programme", "XAC/Z60", "--from", "2018-01-01", "--to", "2018-12-31",
              "--with-acts"), "donor-report.pdf", b"%PDF-"),
            (("export", "acts"), "acts.xlsx", b"PK"),
            (("sync", "export", "--all"), "bundle.zip", b"PK"),
        ]
        for args, name, magic in written:
            output = self.home / name
            self.cli(*args, *(["-o", str(output)] if args[0] in ("certificates", "donor-report") else [str(output)]))
            if self.check(output.is_file() and output.read_bytes().startswith(magic), f"`{' '.join(args)}` wrote no {name}"):
                if name == "bundle.zip":
                    self.cli("sync", "import", "--dry-run", str(output))
                output.unlink()
        self.cli("report", "--by", "country")
        self.cli("check")
        self.cli("backup")
        self.check(bool(list((self.data / "backups").glob("*.sqlite"))), "`backup` wrote no backup into the portable data folder")

    def window(self) -> None:
        print(f"window (offscreen, Russian, {WINDOW_UP_SECONDS} s):", flush=True)
        (self.data / "settings.ini").write_text("[options]\nui_language=ru\n", encoding="utf-8")
        command = [str(executable(self.program, "equipment-desk"))]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=self.env, cwd=self.home)
        time.sleep(WINDOW_UP_SECONDS)
        if process.poll() is not None:
            output = process.stdout.read().decode("utf-8", "replace") if process.stdout else ""
            self.fail(f"the window exited after less than {WINDOW_UP_SECONDS} s (exit code {process.returncode}):\n{output[-2000:]}")
            return
        self.passed += 1  # it stayed up
        if sys.platform == "win32":
            process.terminate()
        else:
            process.send_signal(signal.SIGTERM)
        try:
            output = process.communicate(timeout=60)[0].decode("utf-8", "replace")
        except subprocess.TimeoutExpired:
            process.kill()
            output = process.communicate()[0].decode("utf-8", "replace")
            self.fail("the window did not close within 60 s of being asked to")
        log = self.data / "equipment-desk.log"
        if not self.check(log.is_file(), f"the window wrote no log into the portable data folder {self.data}"):
            return
        text = log.read_text(encoding="utf-8", errors="replace")
        session = text[text.rfind("starting"):] if "starting" in text else text
        print("  log: " + "\n  log: ".join(session.strip().splitlines()[-6:]), flush=True)
        self.check("opened database" in session, "the window's log does not say it opened the database")
        for catalogue in ("equipment_desk_ru.qm", "qtbase_ru.qm"):
            self.check(catalogue in session, f"the window's log does not say it loaded {catalogue}")
        if sys.platform != "win32":  # Windows ends the process outright: no closing words
            self.check("closed" in session, "the window's log does not say it closed")
        problems = [line for line in session.splitlines() if any(word in line for word in LOG_PROBLEMS)]
        self.check(not problems, "the window's log is not clean:\n" + "\n".join(problems[:10]))
        printed = [line for line in output.splitlines() if line.strip() and "propagateSizeHints" not in line]
        self.check(not printed, "the window printed:\n" + "\n".join(printed[:10]))

    def nothing_outside(self) -> None:
        written = sorted(str(path.relative_to(self.home)) for path in self.home.rglob("*"))
        self.check(not written, f"written outside the program folder: {', '.join(written[:10])}")
        self.check("geometry" in (self.data / "settings.ini").read_text(encoding="utf-8"),
                   "the window kept no settings in the portable data folder")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "dist" / "EquipmentDesk")
    args = parser.parse_args(argv)
    if not executable(args.folder, "equipment-desk-cli").is_file():
        print(f"no built program in {args.folder}: run python packaging/build.py first", file=sys.stderr)
        return 2
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="equipment-desk-smoke-") as scratch:
        smoke = Smoke(args.folder, Path(scratch))
        smoke.command_line()
        smoke.window()
        smoke.nothing_outside()
    print(f"frozen program smoke test in {time.monotonic() - started:.0f} s")
    print(f"smoke: {smoke.passed} passed, {len(smoke.failures)} failed", flush=True)
    return 1 if smoke.failures else 0


if __name__ == "__main__":
    raise SystemExit(main())

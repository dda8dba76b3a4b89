"""How long does ThiDuaDesk take to open, against a bare three-tab Qt window in the same run?

    python bench/bench_startup.py [-n 9] [--db PATH]

Times processes from their start to the first idle turn of their event loop with the window up
(what the clerk waits for after a double-click); each says "ready" on stdout at that moment:
- baseline: a Python process that imports PySide6, shows a QMainWindow holding a QTabWidget with
  three empty tabs, says "ready" when idle and quits;
- ThiDuaDesk: ``python -m thiduadesk --db <demo> --demo --exit-when-ready`` on a demo database
  (~40 units, ~560 people, two plans) created before timing, so the first-run fill is not counted.
  It says "ready" at its first idle turn, then does its after-start work (the page-by-page check
  of a large file, the day's backup) and quits.
The time to exit of each process is reported too: for ThiDuaDesk it includes that after-start
work and the closing of the window.
With ``--db PATH`` the program opens a copy of that database instead (e.g. the large demo of
``thiduadesk --db large.sqlite demo --size large``), without ``--demo``; the first, untimed run
takes the day's backup of it. The peak memory (maximum resident set) of each process is
reported too (target: under 150 MiB).
Both run from compiled ``.pyc`` files: the program's package and the site-packages are compiled
with ``compileall`` into the usual ``__pycache__`` folders first (machines that set
PYTHONDONTWRITEBYTECODE would otherwise compile the program's modules at every start; reading
``.pyc`` files is not affected by that variable). The two processes alternate, N of each, so
machine noise hits both alike. Prints median, min and max of each and the ratio of the medians.
Run with QT_QPA_PLATFORM=offscreen on a machine without a screen.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BASELINE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget
app = QApplication(sys.argv)
w = QMainWindow(); tabs = QTabWidget()
for name in ("Đơn vị", "Kế hoạch", "Sổ văn bản"):
    tabs.addTab(QWidget(), name)
w.setCentralWidget(tabs); w.resize(1280, 720); w.show()
def idle():
    print("ready", flush=True)
    app.quit()
QTimer.singleShot(0, lambda: QTimer.singleShot(0, idle))
sys.exit(app.exec())
"""


class Run:
    """One timed process: ``ready`` and ``exit`` in milliseconds from its start, ``rss`` its peak
    memory in MiB."""

    def __init__(self, cmd: list[str], env: dict):
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        line = proc.stdout.readline()
        self.ready = (time.perf_counter() - start) * 1000
        proc.stdout.read()
        _, status, usage = os.wait4(proc.pid, 0)
        self.exit = (time.perf_counter() - start) * 1000
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0 or line != b"ready\n":
            raise subprocess.CalledProcessError(proc.returncode, cmd, output=line)
        self.rss = usage.ru_maxrss / 1024  # KiB on Linux


def compile_pyc() -> None:
    """Compile the program and the installed libraries (a no-op for what is up to date)."""
    folders = [ROOT / "thiduadesk", sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]]
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "-j", "0", *sorted({str(f) for f in folders})],
        check=False,  # a library file that does not compile (a template, a test) is not ours to fix
        capture_output=True,
    )


def describe(name: str, xs: list[float]) -> str:
    return f"{name}: median {statistics.median(xs):7.0f} ms  (min {min(xs):.0f}, max {max(xs):.0f}, n={len(xs)})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=9, help="runs of each process (default 9)")
    parser.add_argument("--db", type=Path, help="open (a copy of) this database instead of the demo")
    args = parser.parse_args(argv)
    compile_pyc()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory() as tmp:
        env["HOME"] = tmp  # Qt settings and data folders of a throwaway user
        db = Path(tmp) / "demo.sqlite"
        if args.db:
            shutil.copyfile(args.db, db)
            app_cmd = [sys.executable, "-m", "thiduadesk", "--db", str(db), "--exit-when-ready"]
            label = f"ThiDuaDesk on {args.db.name}"
        else:
            app_cmd = [sys.executable, "-m", "thiduadesk", "--db", str(db), "--demo", "--exit-when-ready"]
            subprocess.run(app_cmd, check=True, env=env, capture_output=True, cwd=ROOT)  # create + fill the demo
            label = "ThiDuaDesk --demo"
        base_cmd = [sys.executable, "-c", BASELINE]
        Run(base_cmd, env)  # warm the OS file cache for both (and take the day's backup)
        Run(app_cmd, env)
        base, app = [], []
        for _ in range(args.n):  # interleaved so machine noise hits both alike
            base.append(Run(base_cmd, env))
            app.append(Run(app_cmd, env))
    ready_b, ready_a = [r.ready for r in base], [r.ready for r in app]
    exit_b, exit_a = [r.exit for r in base], [r.exit for r in app]
    print("to the first idle turn, window up (the start-up figure):")
    print(describe("  bare three-tab window (baseline)", ready_b))
    print(describe(f"  {label:<32}", ready_a))
    print(f"  ratio of the medians            : {statistics.median(ready_a) / statistics.median(ready_b):.2f}x"
          "   (target: within 2.5x)")
    print("to the end of the process (after-start work and closing included):")
    print(describe("  bare three-tab window (baseline)", exit_b))
    print(describe(f"  {label:<32}", exit_a))
    print(f"  ratio of the medians            : {statistics.median(exit_a) / statistics.median(exit_b):.2f}x")
    print(f"peak memory (max RSS)           : baseline {max(r.rss for r in base):.0f} MiB, "
          f"ThiDuaDesk {max(r.rss for r in app):.0f} MiB (target: under 150 MiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

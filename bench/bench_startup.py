"""How long does ThiDuaDesk take to open, against a bare Qt window in the same run?

    python bench/bench_startup.py [-n 5]

Times whole processes (what the clerk waits for after a double-click):
- baseline: a Python process that imports PySide6, shows an empty QMainWindow and quits when idle;
- ThiDuaDesk: ``python -m thiduadesk --db <demo> --demo --exit-when-ready`` on a demo database
  (~40 units, ~560 people, two plans) created before timing, so the first-run fill is not counted.
Prints medians and the ratio. Run with QT_QPA_PLATFORM=offscreen on a machine without a screen.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BASELINE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1280, 720); w.show()
QTimer.singleShot(0, lambda: QTimer.singleShot(0, app.quit))
sys.exit(app.exec())
"""


def timed(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, capture_output=True)
    return (time.perf_counter() - start) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=5)
    args = parser.parse_args(argv)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory() as tmp:
        env["HOME"] = tmp  # Qt settings and data folders of a throwaway user
        db = Path(tmp) / "demo.sqlite"
        app_cmd = [sys.executable, "-m", "thiduadesk", "--db", str(db), "--demo", "--exit-when-ready"]
        subprocess.run(app_cmd, check=True, env=env, capture_output=True)  # create + fill the demo
        base_cmd = [sys.executable, "-c", BASELINE]
        timed(base_cmd, env)  # warm the OS file cache for both
        timed(app_cmd, env)
        base, app = [], []
        for _ in range(args.n):  # interleaved so machine noise hits both alike
            base.append(timed(base_cmd, env))
            app.append(timed(app_cmd, env))
    b, a = statistics.median(base), statistics.median(app)
    print(f"bare Qt window (baseline): median {b:7.0f} ms  (min {min(base):.0f})")
    print(f"ThiDuaDesk --demo        : median {a:7.0f} ms  (min {min(app):.0f})")
    print(f"ratio                    : {a / b:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

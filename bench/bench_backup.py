"""How long does a backup of the large database take, against a plain copy of the file?

    python bench/bench_backup.py [-n 7] [--db PATH]

The database is the large demo (about 80 units, 4,000 people, 30,000 nominations, 150 plans with
their archived PDFs, 2,000 deadlines with their ticks: ~90 MB), made first with
``thiduadesk --db … demo --size large`` unless ``--db`` names one. Compiled ``.pyc`` first
(``python -m compileall -q thiduadesk``).

In one process, alternated N times each so machine noise hits both alike:
- the program's backup (``ops.backups.backup`` to a file: SQLite's online backup API, the copy
  switched to a rollback journal, read back with quick_check, then renamed into place);
- the baseline: a plain file copy (``shutil.copyfile``) of the same, checkpointed file.
Each copy is deleted before the next. Prints median, min and max of each and the ratio of the
medians, and for information the backup's two parts (the copy through the backup API, the check).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def describe(name: str, xs: list[float]) -> str:
    return f"{name}: median {statistics.median(xs):7.0f} ms  (min {min(xs):.0f}, max {max(xs):.0f}, n={len(xs)})"


def make_large(path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "thiduadesk", "--db", str(path), "demo", "--size", "large"], check=True,
                   env=env, cwd=ROOT, capture_output=True)
    print(f"large demo made in {time.perf_counter() - started:.0f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=7, help="rounds of each (default 7)")
    parser.add_argument("--db", type=Path, help="an existing database (default: make the large demo)")
    args = parser.parse_args(argv)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "thiduadesk")], check=False)

    from thiduadesk.ops import backups
    from thiduadesk.ops.data import open_data
    from thiduadesk.store import backup as store_backup

    with tempfile.TemporaryDirectory(prefix="tdk-backup-") as tmp:
        work = Path(tmp)
        db = work / "large.sqlite"
        if args.db:
            shutil.copyfile(args.db, db)
        else:
            make_large(db)
        store = open_data(db)
        try:
            store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the file alone is complete: fair to copy
            size = db.stat().st_size
            counts = {t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                      for t in ("units", "people", "nominations", "plans", "deadlines", "deadline_receipts")}
            print(f"database: {size / 1e6:.1f} MB, " + ", ".join(f"{n:,} {t}" for t, n in counts.items()))
            dest, plain = work / "backup.sqlite", work / "plain-copy.sqlite"
            shutil.copyfile(db, plain)  # warm the file cache for both
            plain.unlink()
            ours, copies, api, check = [], [], [], []
            for _ in range(args.n):
                started = time.perf_counter()
                backups.backup(store, dest)
                ours.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                store_backup._verify(dest)
                check.append((time.perf_counter() - started) * 1000)
                dest.unlink()
                started = time.perf_counter()
                shutil.copyfile(db, plain)
                copies.append((time.perf_counter() - started) * 1000)
                plain.unlink()
                started = time.perf_counter()
                target = sqlite3.connect(str(dest))
                store.conn.backup(target)
                target.close()
                api.append((time.perf_counter() - started) * 1000)
                dest.unlink()
        finally:
            store.close()
    o, c = statistics.median(ours), statistics.median(copies)
    print(describe("ThiDuaDesk backup (checked)   ", ours))
    print(describe("plain file copy (baseline)    ", copies))
    print(f"ratio of the medians          : {o / c:.2f}x")
    print(describe("  of which: backup API copy   ", api))
    print(describe("  of which: quick_check        ", check))
    print(f"throughput: backup {size / 1e6 / (o / 1000):.0f} MB/s, plain copy {size / 1e6 / (c / 1000):.0f} MB/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

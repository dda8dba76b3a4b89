"""Recording the council's votes for a few proposals of one unit: the check column brought up to
date for what the votes touch (ops.awards._recheck, what record_votes does) against checking the
whole year again (what it did before), alternated in the same process.

    python bench/bench_award_votes.py [--db LARGE.sqlite] [-n 7] [--votes 5]

On a copy of ``--db`` (the large demo: ``thiduadesk --db large.sqlite demo --size large``), its
newest school year; without it, on the small demo.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from thiduadesk.ops import awards  # noqa: E402
from thiduadesk.ops.data import open_data  # noqa: E402
from thiduadesk.store.awards import AwardRepository  # noqa: E402
from thiduadesk.store.db import open_store  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a copy of this database instead of the small demo")
    parser.add_argument("-n", type=int, default=7, help="rounds of each (default 7)")
    parser.add_argument("--votes", type=int, default=5, help="proposals of one unit given votes (default 5)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite"
        if args.db:
            shutil.copyfile(args.db, path)
            store = open_store(path)
        else:
            store = open_data(path, demo=True)
        year = awards.queries(store).years()[0]
        repo = AwardRepository(store)
        noms = repo.list(year, order="id")
        unit = noms[0].unit
        ids = [n.id for n in noms if n.unit == unit][: args.votes]
        print(f"{len(noms):,} nominations in {year}; votes for {len(ids)} of {unit}")
        whole, touched = [], []
        for _ in range(args.n):  # alternated, so both see the same machine
            start = time.perf_counter()
            with store.transaction():
                awards._refresh_checks(store, year)
            whole.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            with store.transaction():
                awards._recheck(store, year, [repo.get(i) for i in ids])
            touched.append((time.perf_counter() - start) * 1000)
        store.close()
    for label, values in (("whole year checked (baseline)", whole), ("what the votes touch", touched)):
        print(f"{label:30}: median {statistics.median(values):6.0f} ms  (min {min(values):.0f}, max {max(values):.0f})")
    print(f"ratio of the medians          : {statistics.median(touched) / statistics.median(whole):.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

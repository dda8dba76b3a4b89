"""How much does the audit log grow the file when a plan is autosaved 1,000 times?

    python bench/bench_audit.py [-n 1000] [--plan fixture]

Imports the longer sample (tests/data/samples/plan_namtuliem_2022.txt; --plan fixture for the
built-in copy in tests/documents/plan_fixtures.py), creates it in a fresh database, then saves it
N times through PlanRepository.save, each save a few letters typed into one paragraph (a word at
a time, moving to another paragraph now and then, as the editor's autosave sees typing). The same
edits run in the same process against a second database whose Store.audit is the old one (the
full record before and after, as JSON, in every update row) as the baseline.

Growth is the real size of the file after the saves minus its size after the create, with the
WAL checkpointed into the file (no VACUUM). Prints both growths, the ratio, ms per save, and
checks that every version is rebuilt from the new log. Target: < 1 MB for 1,000 autosaves.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.documents.plan_fixtures import long_plan  # noqa: E402
from thiduadesk.domain.plan import Paragraph, Plan  # noqa: E402
from thiduadesk.store import audit  # noqa: E402
from thiduadesk.store.db import Store, open_store, utc_now  # noqa: E402
from thiduadesk.store.plans import PlanRepository  # noqa: E402

WORDS = ("thi đua", "khen thưởng", "giáo viên", "nhà trường", "phong trào", "năm học", "Quận", "tổ chức")


def old_audit(self: Store, table, row_id, action, before=None, after=None) -> None:
    """The audit before this change: both full records as JSON in every row (the baseline)."""
    self.conn.execute(
        "INSERT INTO audit_log (at, user, table_name, row_id, action, before, after) VALUES (?,?,?,?,?,?,?)",
        (
            utc_now(),
            self.user,
            table,
            row_id,
            action,
            None if before is None else json.dumps(before, ensure_ascii=False, default=str),
            None if after is None else json.dumps(after, ensure_ascii=False, default=str),
        ),
    )


def file_size(store: Store) -> int:
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    wal = Path(str(store.path) + "-wal")
    return store.path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


def autosaves(store: Store, plan: Plan, n: int, seed: int = 2022) -> tuple[int, int, list[float], list[dict]]:
    """Create the plan, then n saves each typing a little into one paragraph.

    Returns (plan id, growth in bytes, ms per save, the saved versions as stored)."""
    repo = PlanRepository(store)
    plan_id = repo.create(plan)
    plan = repo.get(plan_id)
    start_size = file_size(store)
    rng = random.Random(seed)
    paragraphs = [b for _depth, b in plan.iter_blocks() if isinstance(b, Paragraph) and b.runs]
    target, at = rng.choice(paragraphs), None
    times, versions = [], [audit.plain(plan.to_dict())]
    for i in range(n):
        if i % 40 == 0:  # the clerk moves to another paragraph
            target, at = rng.choice(paragraphs), None
        run = target.runs[-1]
        if at is None:
            at = rng.randrange(len(run.text) + 1)
        word = " " + rng.choice(WORDS)
        run.text = run.text[:at] + word + run.text[at:]
        at += len(word)
        t0 = time.perf_counter()
        repo.save(plan)
        times.append((time.perf_counter() - t0) * 1000)
        versions.append(audit.plain(plan.to_dict()))
    return plan_id, file_size(store) - start_size, times, versions


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1000, help="autosaves (default 1000)")
    parser.add_argument(
        "--plan",
        type=Path,
        default=ROOT / "tests" / "data" / "samples" / "plan_namtuliem_2022.txt",
        help="plan file to import (default: the longer sample); 'fixture' for the built-in plan",
    )
    args = parser.parse_args(argv)

    def fresh_plan() -> Plan:
        if str(args.plan) == "fixture":
            return long_plan()
        from thiduadesk.exchange.plan_import import import_plan_file

        return import_plan_file(args.plan).plan

    plan = fresh_plan()
    size = len(json.dumps(plan.to_dict(), ensure_ascii=False).encode())
    print(f"plan: {args.plan.name if str(args.plan) != 'fixture' else 'fixture long_plan()'}, {size} bytes as JSON")
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("field-level changes (new)", "full JSON before+after (old)"):
            store = open_store(Path(tmp) / f"{len(results)}.sqlite")
            if "old" in name:
                store.audit = types.MethodType(old_audit, store)
            try:
                plan_id, growth, times, versions = autosaves(store, fresh_plan(), args.n)
                rebuilt = None
                if "new" in name:
                    t0 = time.perf_counter()
                    rebuilt = audit.history(store, "plans", plan_id)
                    history_ms = (time.perf_counter() - t0) * 1000
                    # Every saved version comes back from the log (ids are set by the create).
                    ok = len(rebuilt) == len(versions) and all(
                        audit.equal(v.record, {**want, "id": plan_id}) for v, want in zip(rebuilt, versions, strict=True)
                    )
                    if not ok:
                        print("ERROR: the versions rebuilt from the log differ from the saved ones")
                        return 1
                    print(f"history: {len(rebuilt)} versions rebuilt and checked in {history_ms:.0f} ms")
            finally:
                store.close()
            results[name] = growth
            print(
                f"{name:30s}: growth {growth / 1e6:7.3f} MB for {args.n} autosaves "
                f"({growth / args.n:7.0f} B/save), save median {statistics.median(times):5.2f} ms "
                f"(min {min(times):.2f}, max {max(times):.2f})"
            )
    new, old = results["field-level changes (new)"], results["full JSON before+after (old)"]
    print(f"ratio old/new                 : {old / max(new, 1):.1f}x smaller   (target: < 1 MB per 1,000 autosaves)")
    return 0 if new < 1e6 * args.n / 1000 else 2


if __name__ == "__main__":
    raise SystemExit(main())

"""Power cut at any moment: a child process doing the clerk's writes is killed (SIGKILL) at a
random point, again and again, on the same data file; after every kill the file must be whole.

    python bench/fault_kill.py [--runs 200] [--seed 1] [--keep DIR] [--demo-runs N]

The child opens the file as the command line does (ops.data.open_data) and writes without pause,
through the operations: plans created from templates and edited, plans issued (a number from the
register, the PDF archived with its hash), units added, nominations added, deadline ticks with a
new note. It appends ``try …`` to a log before each change and ``done …`` AFTER the operation has
returned (the transaction committed); os.write to a file survives SIGKILL. Most kills come at a
random moment after the child is writing; some during its start-up, while it is opening (and
recovering) the file the previous kill left.

After each kill a copy of the files (database and write-ahead log, as the kill left them) is
opened by the program and checked — the original stays as it was, so the next child recovers it
itself:

- ``PRAGMA integrity_check`` (and the foreign keys) is ok;
- every change reported ``done`` in any run so far is there (ids present, the latest edit of a
  plan or note at least as new as the last one reported);
- no document number is used twice: not in the register, and no number reported by two issues;
- every issued plan has its register line and an archived PDF matching its stored checksum, and
  every register line of a plan points to an issued plan.

With ``--demo-runs N`` the demo command (``thiduadesk demo --size small``) is also killed N times
while it fills a new file: afterwards the file must open as the next start opens it, pass the
check and hold either nothing or the whole demo (it is one transaction).

Prints the counts and exits non-zero on any failure. tests/store/test_fault_kill.py runs a
short campaign.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

KINDS = ("plan", "edit", "issue", "unit", "nomination", "tick")


# -- the child: writes until it is killed ---------------------------------------------------------------


def child(db: Path, log: Path, run: int, seed: int) -> None:
    from thiduadesk.domain.awards.model import Nomination
    from thiduadesk.domain.model import Unit
    from thiduadesk.ops import awards as award_ops
    from thiduadesk.ops import deadlines as deadline_ops
    from thiduadesk.ops import plans as plan_ops
    from thiduadesk.ops import units as unit_ops
    from thiduadesk.ops.data import open_data

    fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT)

    def say(line: str) -> None:
        os.write(fd, (line + "\n").encode("utf-8"))

    rng = random.Random(seed * 100_003 + run)
    say(f"start {run}")
    store = open_data(db)
    say(f"ready {run}")
    conn = store.conn
    units = [r[0] for r in conn.execute("SELECT id FROM units ORDER BY id")]
    deadlines = [r[0] for r in conn.execute("SELECT id FROM deadlines ORDER BY id")]
    seq = 0
    while True:
        seq += 1
        stamp = f"{run}.{seq}"
        kind = rng.choices(KINDS, weights=(2, 4, 2, 2, 3, 4))[0]
        drafts = [r[0] for r in conn.execute("SELECT id FROM plans WHERE state = 'draft' ORDER BY id")]
        if kind in ("edit", "issue") and not drafts:
            kind = "plan"
        say(f"try {kind} {stamp}")
        if kind == "plan":
            plan_id = plan_ops.create_from_template(store, rng.choice(("tdkt-nam", "thi-dua-nam", "dot-thi-dua")),
                                                    rng.randint(2024, 2026))
            say(f"done plan {stamp} {plan_id}")
        elif kind == "edit":
            plan_id = rng.choice(drafts)
            plan = plan_ops.get(store, plan_id)
            plan.title = f"Kế hoạch thử nghiệm mất điện #{stamp}"
            plan_ops.save_draft(store, plan)
            say(f"done edit {stamp} {plan_id}")
        elif kind == "issue":
            plan_id = rng.choice(drafts)
            entry = plan_ops.issue(store, plan_id, dt.date(2026, rng.randint(1, 11), rng.randint(1, 28)))
            say(f"done issue {stamp} {plan_id} {entry.id} {entry.year} {entry.symbol} {entry.number}")
        elif kind == "unit":
            unit_id = unit_ops.add_unit(store, Unit(name=f"Trường Tiểu học Thử {stamp}", level="tieu_hoc",
                                                    cluster="Cụm 1"))
            units.append(unit_id)
            say(f"done unit {stamp} {unit_id}")
        elif kind == "nomination":
            noms = [Nomination("2026-2027", "LDTT", f"Nguyễn Văn Thử {stamp}.{i}", "Trường Tiểu học Cầu Diễn",
                               rating="HTT") for i in range(rng.randint(1, 30))]
            ids = award_ops.repository(store).add_nominations(noms)
            say(f"done nomination {stamp} {' '.join(map(str, ids))}")
        else:
            deadline_id, unit_id = rng.choice(deadlines), rng.choice(units)
            deadline_ops.tick(store, deadline_id, unit_id, on=dt.date(2026, 11, 30), note=f"#{stamp}")
            say(f"done tick {stamp} {deadline_id} {unit_id}")


# -- the parent: kills and checks ------------------------------------------------------------------------


def _stamp(text: str) -> tuple[int, int]:
    run, seq = text.split(".")
    return int(run), int(seq)


def _check(db: Path, log: Path, work: Path) -> list[str]:
    """Problems of a copy of the files as the kill left them (empty: all well)."""
    from thiduadesk.store.db import open_store

    copy_dir = work / "check"
    shutil.rmtree(copy_dir, ignore_errors=True)
    copy_dir.mkdir()
    for suffix in ("", "-wal", "-journal"):
        if Path(str(db) + suffix).exists():
            shutil.copyfile(str(db) + suffix, str(copy_dir / db.name) + suffix)
    problems: list[str] = []
    try:
        store = open_store(copy_dir / db.name, backup_dir=None, create=False)
    except Exception as exc:  # noqa: BLE001 - any refusal is a failure to report
        return [f"the file does not open: {getattr(exc, 'message', exc)}"]
    try:
        conn = store.conn
        integrity = store.integrity_check()
        if integrity != ["ok"]:
            problems.append(f"integrity_check: {integrity[:5]}")
        edits: dict[int, tuple[int, int]] = {}
        ticks: dict[tuple[int, int], tuple[int, int]] = {}
        numbers: Counter = Counter()
        for line in log.read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if not parts or parts[0] != "done":
                continue
            kind, stamp, rest = parts[1], parts[2], parts[3:]
            if kind in ("plan", "edit", "issue"):
                if conn.execute("SELECT 1 FROM plans WHERE id = ?", (int(rest[0]),)).fetchone() is None:
                    problems.append(f"plan {rest[0]} reported ({kind} {stamp}) is missing")
            if kind == "edit":
                edits[int(rest[0])] = max(edits.get(int(rest[0]), (0, 0)), _stamp(stamp))
            elif kind == "issue":
                plan_id, register_id, year, symbol, number = int(rest[0]), int(rest[1]), rest[2], rest[3], rest[4]
                numbers[(year, symbol, number)] += 1
                row = conn.execute("SELECT plan_id, year, symbol, number FROM register WHERE id = ?",
                                   (register_id,)).fetchone()
                if row is None or (row[0], str(row[1]), row[2], str(row[3])) != (plan_id, year, symbol, number):
                    problems.append(f"register line {register_id} of issue {stamp} is missing or changed: {row}")
            elif kind == "unit":
                if conn.execute("SELECT 1 FROM units WHERE id = ?", (int(rest[0]),)).fetchone() is None:
                    problems.append(f"unit {rest[0]} ({stamp}) is missing")
            elif kind == "nomination":
                ids = [int(i) for i in rest]
                found = conn.execute(f"SELECT count(*) FROM nominations WHERE id IN ({','.join('?' * len(ids))})",
                                     ids).fetchone()[0]
                if found != len(ids):
                    problems.append(f"nominations of {stamp}: {found} of {len(ids)} present")
            elif kind == "tick":
                key = (int(rest[0]), int(rest[1]))
                ticks[key] = max(ticks.get(key, (0, 0)), _stamp(stamp))
        for plan_id, stamp in edits.items():
            row = conn.execute("SELECT title FROM plans WHERE id = ?", (plan_id,)).fetchone()
            got = row[0].rsplit("#", 1)[-1] if row and "#" in row[0] else ""
            if not got or _stamp(got) < stamp:
                problems.append(f"plan {plan_id}: title {row and row[0]!r} older than the edit {stamp} reported")
        for (deadline_id, unit_id), stamp in ticks.items():
            row = conn.execute("SELECT received, note FROM deadline_receipts WHERE deadline_id = ? AND unit_id = ?",
                               (deadline_id, unit_id)).fetchone()
            if row is None or row[0] != 1 or not row[1].startswith("#") or _stamp(row[1][1:]) < stamp:
                problems.append(f"tick {deadline_id}/{unit_id}: {row} older than {stamp} reported")
        problems += [f"number {n} reported by {k} issues" for n, k in numbers.items() if k > 1]
        for year, symbol, number, k in conn.execute(
                "SELECT year, symbol, number, count(*) FROM register GROUP BY year, symbol, number HAVING count(*) > 1"):
            problems.append(f"register number {number}/{symbol} of {year} used {k} times")
        for plan_id, state, register_id, digest, pdf in conn.execute(
                "SELECT p.id, p.state, r.id, a.sha256, a.pdf FROM plans p LEFT JOIN register r ON r.plan_id = p.id "
                "LEFT JOIN archive a ON a.register_id = r.id WHERE p.state = 'issued' OR r.id IS NOT NULL"):
            if state != "issued" or register_id is None or pdf is None:
                problems.append(f"plan {plan_id}: state {state}, register {register_id}, archive {pdf is not None}")
            elif hashlib.sha256(pdf).hexdigest() != digest:
                problems.append(f"plan {plan_id}: archived PDF does not match its checksum")
    finally:
        store.close()
    return problems


def _prepare(db: Path) -> None:
    from thiduadesk.ops.data import open_data

    open_data(db, demo=True).close()


def campaign(runs: int, seed: int, work: Path, *, out=print) -> int:
    db, log = work / "thiduadesk.sqlite", work / "changes.log"
    _prepare(db)
    rng = random.Random(seed)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [env.get("PYTHONPATH")])])
    failures = 0
    during_start = mid_change = 0
    started = time.perf_counter()
    for run in range(1, runs + 1):
        lines_before = len(log.read_text(encoding="utf-8").splitlines()) if log.exists() else 0
        proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--child", str(db), str(log),
                                 str(run), str(seed)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        early = rng.random() < 0.15
        if early:
            time.sleep(rng.uniform(0.0, 1.2))
        else:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and proc.poll() is None:
                text = log.read_text(encoding="utf-8") if log.exists() else ""
                if f"ready {run}\n" in text:
                    break
                time.sleep(0.005)
            time.sleep(rng.uniform(0.01, 1.5))
        if proc.poll() is not None:
            err = proc.stderr.read().decode("utf-8", "replace")
            out(f"run {run}: the child ended by itself ({proc.returncode}): {err[-800:]}")
            failures += 1
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stderr.close()
        lines = log.read_text(encoding="utf-8").splitlines()[lines_before:]
        ready = f"ready {run}" in lines
        during_start += not ready
        mid_change += bool(lines) and lines[-1].startswith("try ")
        problems = _check(db, log, work)
        if problems:
            failures += 1
            out(f"run {run}: FAILED after the kill: " + "; ".join(problems[:10]))
    done = Counter(line.split()[1] for line in log.read_text(encoding="utf-8").splitlines()
                   if line.startswith("done "))
    out(f"{runs} runs in {time.perf_counter() - started:.0f} s: {during_start} killed while starting or opening the "
        f"file, {mid_change} in the middle of a change, {runs - during_start - mid_change} between changes")
    out("committed and found after the kills: " + ", ".join(f"{done[k]} {k}" for k in KINDS)
        + f" ({sum(done.values())} changes)")
    out(f"failures: {failures}" + ("" if failures else " (integrity ok, every change present, no number twice, "
                                                       "every archived PDF matches its checksum, every time)"))
    return 1 if failures else 0


def demo_campaign(runs: int, seed: int, work: Path, *, out=print) -> int:
    """The demo command killed while it fills a new file: the file is empty or whole after each."""
    from thiduadesk.store import demo as demo_store
    from thiduadesk.store.db import open_store

    rng = random.Random(seed)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [env.get("PYTHONPATH")])])
    outcomes: Counter = Counter()
    failures = 0
    for run in range(1, runs + 1):
        db = work / f"demo-{run}.sqlite"
        proc = subprocess.Popen([sys.executable, "-m", "thiduadesk", "--db", str(db), "demo", "--size", "small"],
                                env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.5, 6.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if not db.exists():
            outcomes["before the file was made"] += 1
            continue
        try:  # as the clerk's next start opens it (a file left at 0 bytes is a new file)
            store = open_store(db, backup_dir=None)
        except Exception as exc:  # noqa: BLE001 - reported as a failure
            failures += 1
            out(f"demo run {run}: FAILED, the file does not open: {getattr(exc, 'message', exc)}")
            continue
        try:
            held = dict(demo_store.data_in(store))
            whole = held.get("đơn vị") == 40 and held.get("hạn nộp") == 40 and held.get("kế hoạch") == 2
            if store.integrity_check() != ["ok"] or (held and not whole):
                failures += 1
                out(f"demo run {run}: FAILED, half a demo: {held}")
            outcomes["whole" if held else "empty"] += 1
        finally:
            store.close()
    out(f"demo killed {runs} times: " + ", ".join(f"{n} {k}" for k, n in sorted(outcomes.items()))
        + f"; failures: {failures}")
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="work in this (new or empty) folder and keep it")
    parser.add_argument("--demo-runs", type=int, default=0,
                        help="also kill the demo command this many times while it fills a new file")
    parser.add_argument("--child", nargs=4, metavar=("DB", "LOG", "RUN", "SEED"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        db, log, run, seed = args.child
        child(Path(db), Path(log), int(run), int(seed))
        return 0
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        return _all(args, args.keep)
    with tempfile.TemporaryDirectory(prefix="tdk-kill-") as tmp:
        return _all(args, Path(tmp))


def _all(args, work: Path) -> int:
    status = campaign(args.runs, args.seed, work) if args.runs else 0
    if args.demo_runs:
        status |= demo_campaign(args.demo_runs, args.seed, work)
    return status


if __name__ == "__main__":
    raise SystemExit(main())

"""A power cut at any moment (issue 12): a short campaign of bench/fault_kill.py — a child doing
the clerk's writes (plans created, edited and issued with numbers, units, nominations, ticks)
killed with SIGKILL at random points, the file checked after every kill. The full campaign
(200 runs and more) is ``python bench/fault_kill.py``; its figures are in bench/README.md."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "fault_kill.py"


def _module():
    spec = importlib.util.spec_from_file_location("fault_kill", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_killed_at_random_points_the_file_keeps_every_committed_change(tmp_path):
    lines: list[str] = []
    status = _module().campaign(12, 20261201, tmp_path, out=lines.append)
    assert status == 0, "\n".join(lines)
    assert not [line for line in lines if "FAILED" in line or "ended by itself" in line]
    runs = re.match(r"12 runs in \d+ s: (\d+) killed while starting or opening the file, (\d+) in the middle of "
                    r"a change, (\d+) between changes$", lines[-3])
    assert runs and sum(map(int, runs.groups())) == 12
    committed = re.search(r"\((\d+) changes\)$", lines[-2])
    assert committed and int(committed.group(1)) > 12  # the children wrote, and all of it survived
    assert lines[-1] == ("failures: 0 (integrity ok, every change present, no number twice, every archived PDF "
                         "matches its checksum, every time)")


def test_the_check_finds_a_lost_change(tmp_path):
    """The checker itself: a change reported committed but absent, a second use of a number and a
    damaged archive are each reported."""
    import hashlib
    import sqlite3

    fk = _module()
    db, log = tmp_path / "thiduadesk.sqlite", tmp_path / "changes.log"
    fk._prepare(db)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("INSERT INTO register (year, number, symbol, doc_date, doc_type, title, plan_id) "
                 "VALUES (2026, 5, 'KH-PGDĐT', '2026-03-02', 'KH', 'Thử', 1)")
    conn.execute("UPDATE plans SET state = 'issued' WHERE id = 1")
    conn.execute("INSERT INTO archive (register_id, sha256, pdf, created_at) VALUES (1, ?, ?, '')",
                 (hashlib.sha256(b"%PDF-original").hexdigest(), b"%PDF-changed"))
    conn.commit()
    conn.close()
    log.write_text("done unit 1.1 999\n"
                   "done issue 1.2 1 1 2026 KH-PGDĐT 5\n"
                   "done issue 2.1 1 1 2026 KH-PGDĐT 5\n", encoding="utf-8")
    problems = fk._check(db, log, tmp_path)
    assert problems == [
        "unit 999 (1.1) is missing",
        "number ('2026', 'KH-PGDĐT', '5') reported by 2 issues",
        "plan 1: archived PDF does not match its checksum",
    ]


@pytest.mark.slow
def test_the_demo_killed_while_it_fills_leaves_nothing_or_everything(tmp_path):
    lines: list[str] = []
    assert _module().demo_campaign(4, 7, tmp_path, out=lines.append) == 0, lines
    assert len(lines) == 1 and lines[0].startswith("demo killed 4 times: ") and lines[0].endswith("failures: 0")

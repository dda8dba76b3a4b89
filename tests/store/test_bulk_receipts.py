"""DeadlineRepository.add_receipts: many ticks in one transaction, audited like set_receipt,
refused whole when one is wrong."""

from __future__ import annotations

import datetime as dt

import pytest

from thiduadesk.domain.model import Unit
from thiduadesk.domain.schedule import Deadline
from thiduadesk.store import audit
from thiduadesk.store.db import open_store
from thiduadesk.store.deadlines import DeadlineRepository
from thiduadesk.store.errors import ValidationError
from thiduadesk.store.units import UnitRepository


@pytest.fixture
def repo(db_path):
    store = open_store(db_path)
    units = UnitRepository(store)
    for name in ("Trường Mầm non A", "Trường Tiểu học B"):
        units.add(Unit(name=name))
    repo = DeadlineRepository(store)
    repo.add_many([Deadline("2026-01-10", "Báo cáo sơ kết"), Deadline("2026-05", "Báo cáo tổng kết")])
    yield repo
    store.close()


def _receipts(repo):
    return repo.conn.execute("SELECT deadline_id, unit_id, received, received_on, note FROM deadline_receipts "
                             "ORDER BY deadline_id, unit_id").fetchall()


def test_many_ticks_are_written_and_audited_as_one_tick_is(repo):
    day = dt.date(2026, 1, 9)
    assert repo.add_receipts([(1, 1, day, "Gửi qua email"), (1, 2, day, ""), (2, 2, dt.date(2026, 5, 30), "")]) == 3
    assert _receipts(repo) == [(1, 1, 1, "2026-01-09", "Gửi qua email"), (1, 2, 1, "2026-01-09", ""),
                               (2, 2, 1, "2026-05-30", "")]
    bulk = repo.conn.execute("SELECT row_id, action, before, after FROM audit_log WHERE table_name = "
                             "'deadline_receipts' ORDER BY id").fetchall()
    repo.set_receipt(2, 1, received=True, on=day, note="x")
    single = repo.conn.execute("SELECT after FROM audit_log WHERE table_name = 'deadline_receipts' "
                               "ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert bulk[0] == (1, "insert", None, audit.dumps({"unit_id": 1, "received": True, "received_on": "2026-01-09",
                                                       "note": "Gửi qua email"}))
    assert single == audit.dumps({"unit_id": 1, "received": True, "received_on": "2026-01-09", "note": "x"})


@pytest.mark.parametrize("bad, message", [
    ((3, 1), "Không tìm thấy hạn nộp số 3."),
    ((1, 9), "Không tìm thấy đơn vị số 9."),
    ((1, 1), "Một đơn vị đã có dòng nộp cho hạn này; không ghi gì cả."),
])
def test_one_wrong_tick_refuses_them_all(repo, bad, message):
    day = dt.date(2026, 1, 9)
    before = repo.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with pytest.raises(ValidationError) as info:
        repo.add_receipts([(1, 1, day, ""), (2, 1, day, ""), (*bad, day, "")])
    assert info.value.message == message
    assert _receipts(repo) == []
    assert repo.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before

"""Deadlines in the store: receipts ticked and unticked, audit, plan re-sync keeping ticks, days off."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from thiduadesk.domain.model import Unit
from thiduadesk.domain.schedule import CLUSTER, LEVEL, LISTED, Audience, Deadline, WorkCalendar
from thiduadesk.store.db import open_store
from thiduadesk.store.deadlines import DeadlineRepository
from thiduadesk.store.errors import ValidationError
from thiduadesk.store.units import UnitRepository


@pytest.fixture
def store(db_path):
    s = open_store(db_path)
    units = UnitRepository(s)
    units.add(Unit("Trường Mầm non Hoa Sen", level="mam_non", cluster="Cụm 1"))
    units.add(Unit("Trường Tiểu học Nguyễn Du", level="tieu_hoc", cluster="Cụm 1"))
    units.add(Unit("Trường THCS Lê Quý Đôn", level="thcs", cluster="Cụm 2"))
    units.add(Unit("Trường THCS Cũ", level="thcs", active=False))
    yield s
    s.close()


def audit_rows(store, table):
    return store.conn.execute(
        "SELECT action, before, after FROM audit_log WHERE table_name = ? ORDER BY id", (table,)
    ).fetchall()


def test_add_list_and_validate(store):
    repo = DeadlineRepository(store)
    a = repo.add(Deadline("2024-01-25", " Báo cáo sơ kết ", kind="report"))
    b = repo.add(Deadline("2024-02", "Sơ kết học kỳ I"))
    repo.add(Deadline("2024-03-01", "Tháng sau"))
    got = repo.between(dt.date(2024, 1, 1), dt.date(2024, 2, 29))
    assert [(d.id, d.due, d.title) for d in got] == [(a, "2024-01-25", "Báo cáo sơ kết"), (b, "2024-02", "Sơ kết học kỳ I")]
    # a month milestone touches every day of its month
    assert [d.id for d in repo.between(dt.date(2024, 2, 10), dt.date(2024, 2, 10))] == [b]
    with pytest.raises(ValidationError, match="không phải một ngày"):
        repo.add(Deadline("25/01/2024", "x"))
    with pytest.raises(ValidationError, match="cần có nội dung"):
        repo.add(Deadline("2024-01-25", "  "))
    assert [r[0] for r in audit_rows(store, "deadlines")] == ["insert", "insert", "insert"]


def test_tick_untick_and_progress(store):
    repo = DeadlineRepository(store)
    d = repo.add(Deadline("2024-01-25", "Báo cáo sơ kết"))
    receipts = repo.receipts(d)
    assert [r.unit_name for r in receipts] == ["Trường Mầm non Hoa Sen", "Trường THCS Lê Quý Đôn", "Trường Tiểu học Nguyễn Du"]
    unit = receipts[1].unit_id
    repo.set_receipt(d, unit, received=True, on=dt.date(2024, 1, 20), note="qua email")
    assert repo.received_sets([d]) == {d: {unit}}
    r = next(r for r in repo.receipts(d) if r.unit_id == unit)
    assert (r.received, r.received_on, r.note) == (True, "2024-01-20", "qua email")
    repo.set_receipt(d, unit, received=False)  # the undo: back to not received, the note kept
    r = next(r for r in repo.receipts(d) if r.unit_id == unit)
    assert (r.received, r.received_on, r.note) == (False, None, "qua email")
    assert repo.received_sets([d]) == {d: set()}
    rows = audit_rows(store, "deadline_receipts")
    assert [x[0] for x in rows] == ["insert", "update"]
    assert json.loads(rows[0][2]) == {"unit_id": unit, "received": True, "received_on": "2024-01-20", "note": "qua email"}
    with pytest.raises(ValidationError, match="Không tìm thấy đơn vị số 999"):
        repo.set_receipt(d, 999, received=True)


def test_audience_level_and_list(store):
    repo = DeadlineRepository(store)
    d = repo.add(Deadline("2024-01-25", "THCS", audience=Audience(LEVEL, "thcs")))
    assert [r.unit_name for r in repo.receipts(d)] == ["Trường THCS Lê Quý Đôn"]  # the inactive one is not asked
    d_cluster = repo.add(Deadline("2024-01-25", "Cụm 1", audience=Audience(CLUSTER, "Cụm 1")))
    assert [r.unit_name for r in repo.receipts(d_cluster)] == ["Trường Mầm non Hoa Sen", "Trường Tiểu học Nguyễn Du"]
    ids = [u.id for u, _ in UnitRepository(store).list_units(active_only=True)][:2]
    d2 = repo.add(Deadline("2024-01-25", "Hai trường", audience=Audience(LISTED, unit_ids=ids)))
    assert sorted(r.unit_id for r in repo.receipts(d2)) == sorted(ids)


def test_plan_sync_keeps_ticks_by_row_identity(store):
    from thiduadesk.domain.plan import Plan
    from thiduadesk.store.plans import PlanRepository

    plan_id = PlanRepository(store).create(Plan(title="Kế hoạch"))
    repo = DeadlineRepository(store)
    first = [Deadline("2024-01", "Xây dựng kế hoạch", source="timetable", row_key="row:0:xay dung ke hoach"),
             Deadline("2024-03-15", "Nộp hồ sơ", source="timetable", row_key="row:1:nop ho so")]
    for d in first:
        d.plan_id = plan_id
    ids = repo.add_many(first)
    unit = repo.receipts(ids[1])[0].unit_id
    repo.set_receipt(ids[1], unit, received=True, on=dt.date(2024, 3, 10))
    # a row inserted above, the second row's date changed: its tick stays
    edited = [Deadline("2024-01", "Phát động", source="timetable", row_key="row:0:phat dong"),
              Deadline("2024-01", "Xây dựng kế hoạch", source="timetable", row_key="row:1:xay dung ke hoach"),
              Deadline("2024-03-20", "Nộp hồ sơ", source="timetable", row_key="row:2:nop ho so")]
    assert repo.sync_plan(plan_id, [plan_id], edited) == (1, 2, 0)
    got = repo.of_plans([plan_id])
    moved = repo.get(ids[1])
    assert (moved.due, moved.row_key) == ("2024-03-20", "row:2:nop ho so")
    assert repo.received_sets([ids[1]]) == {ids[1]: {unit}}
    assert len(got) == 3
    # the content of a row rewritten in place keeps its identity; a row removed goes
    again = [Deadline("2024-01", "Xây dựng và ban hành kế hoạch", source="timetable", row_key="row:1:xay dung va ban hanh"),
             Deadline("2024-03-20", "Nộp hồ sơ", source="timetable", row_key="row:2:nop ho so")]
    assert repo.sync_plan(plan_id, [plan_id], again) == (0, 1, 1)
    assert repo.get(ids[0]).title == "Xây dựng và ban hành kế hoạch"
    # a plan nobody took deadlines from gives none
    other = PlanRepository(store).create(Plan(title="Khác"))
    assert repo.sync_plan(other, [other], again) == (0, 0, 0)


def test_days_off_changes_reach_the_calendar(store):
    repo = DeadlineRepository(store)
    repo.set_day(dt.date(2024, 11, 20), "off", "Nghỉ ngày Nhà giáo")
    repo.set_day(dt.date(2024, 9, 3), "not_off")
    repo.set_day(dt.date(2024, 9, 7), "work")
    cal = WorkCalendar(repo.day_off_changes())
    assert not cal.is_working_day(dt.date(2024, 11, 20))
    assert cal.is_working_day(dt.date(2024, 9, 3)) and cal.is_working_day(dt.date(2024, 9, 7))
    repo.set_day(dt.date(2024, 11, 20), None)
    assert WorkCalendar(repo.day_off_changes()).is_working_day(dt.date(2024, 11, 20))
    assert [r[0] for r in audit_rows(store, "days_off")] == ["insert", "insert", "insert", "delete"]
    with pytest.raises(ValidationError):
        repo.set_day(dt.date(2024, 1, 1), "holiday")

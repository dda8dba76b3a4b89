"""Who must submit a deadline, counted for real: a list of units picked by hand, the office's own
timetable rows (no unit asked), the office itself when it sits in the units list, and the days
that come back every year (20/11) with the working-day rule."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from tests.conftest import SAMPLES_DIR
from thiduadesk.domain.dates import DocDate
from thiduadesk.domain.model import Unit
from thiduadesk.domain.plan import Plan, Timetable, TimetableRow
from thiduadesk.domain.schedule import (
    COMMEMORATION,
    LEVEL,
    LISTED,
    OFFICE,
    REPORT,
    Audience,
    Deadline,
    row_audience,
)
from thiduadesk.ops import deadlines as ops
from thiduadesk.ops import plans
from thiduadesk.store.errors import ValidationError
from thiduadesk.store.units import UnitRepository

SAMPLE = os.path.join(SAMPLES_DIR, "plan_namtuliem_2022.txt")
SCHOOLS = ["Trường Mầm non Hoa Sen", "Trường Tiểu học Nguyễn Du", "Trường THCS Lê Quý Đôn", "Trường THCS Nam Từ Liêm"]


@pytest.fixture(autouse=True)
def office(store):
    from thiduadesk.demo_data import demo_profile
    from thiduadesk.ops import profile

    profile.save(store, demo_profile())


@pytest.fixture
def units(store):
    repo = UnitRepository(store)
    return [repo.add(Unit(name, level=("mam_non", "tieu_hoc", "thcs", "thcs")[i])) for i, name in enumerate(SCHOOLS)]


def status(store, d_id: int, today: dt.date = dt.date(2024, 3, 1)) -> ops.DeadlineStatus:
    d = ops.get(store, d_id)
    found = ops.statuses(store, d.last_day, d.last_day, today=today)
    return next(s for s in found if s.deadline.id == d_id)


# -- a list of units picked by hand --------------------------------------------------------------


def test_a_hand_picked_list_is_who_must_submit(store, units):
    chosen = [units[1], units[3]]
    d_id = ops.add(store, Deadline("2024-03-20", "Hồ sơ hai trường", kind="dossier",
                                   audience=Audience(LISTED, unit_ids=chosen)))
    assert ops.get(store, d_id).audience == Audience(LISTED, "", chosen)  # stored as picked
    assert [r.unit_name for r in ops.receipts(store, d_id)] == [SCHOOLS[3], SCHOOLS[1]]  # by name, Vietnamese order
    assert status(store, d_id).progress_text == "0/2 đơn vị đã nộp"
    ops.tick(store, d_id, units[0])  # a unit not asked: not counted
    ops.tick(store, d_id, units[3])
    s = status(store, d_id)
    assert (s.total, s.received, s.progress) == (2, 1, "1/2")
    assert [r.unit_name for r in ops.late_units(store, d_id)] == [SCHOOLS[1]]
    ops.tick(store, d_id, units[1])
    assert status(store, d_id).status == "done"


def test_a_listed_unit_made_inactive_leaves_the_count(store, units):
    d_id = ops.add(store, Deadline("2024-03-20", "Hai trường", audience=Audience(LISTED, unit_ids=units[:2])))
    repo = UnitRepository(store)
    u = repo.get(units[0])
    u.active = False
    repo.update(u)
    assert status(store, d_id).progress == "0/1"


# -- the office's own rows -------------------------------------------------------------------------


def test_office_rows_of_the_sample_plan_ask_no_unit(store, units):
    plan_id = plans.import_plan(store, SAMPLE).plan_id
    found = ops.proposed_from_plan(plans.get(store, plan_id))
    # "Gửi báo cáo tự đánh giá …" has no executor: the office sends its own report
    assert [d.title[:23] for d in found if d.audience.scope == OFFICE] == ["Gửi báo cáo tự đánh giá"]
    ids = ops.take_from_plan(store, plan_id)
    [own] = [i for i in ids if ops.get(store, i).audience.scope == OFFICE]
    s = status(store, own, today=dt.date(2022, 5, 10))
    assert (s.total, s.received, s.progress, s.progress_text) == (
        0, 0, "việc của Phòng", "Việc của Phòng, không đơn vị nào phải nộp")
    assert s.status == "soon"
    assert status(store, own, today=dt.date(2022, 6, 2)).status == "done"  # past: nobody is late
    assert ops.receipts(store, own) == []
    with pytest.raises(ValidationError) as exc:
        ops.reminder_letter(store, own)
    assert exc.value.message == "Đây là việc của Phòng: không có đơn vị nào phải nộp, không cần đôn đốc."
    # the other rows still ask every school
    others = [status(store, i, today=dt.date(2022, 1, 10)) for i in ids if i != own]
    assert {s.total for s in others} == {4}
    summary = ops.startup_summary(store, today=dt.date(2022, 6, 5))
    assert own not in [s.deadline.id for s in summary.overdue]


@pytest.mark.parametrize(("executors", "content", "scope"), [
    ("Phòng GDĐT", "Tổng hợp hồ sơ", OFFICE),
    ("Phòng GD&ĐT; Hội đồng TĐKT", "Họp xét", OFFICE),
    ("Bộ phận TĐKT", "Gửi hồ sơ lên Sở", OFFICE),
    ("", "Gửi báo cáo tự đánh giá", OFFICE),
    ("Các nhà trường", "Gửi báo cáo", "all"),
    ("Phòng GDĐT, các nhà trường", "Tổ chức hội nghị", "all"),
    ("", "Các trường gửi hồ sơ", "all"),
    ("Các trường tiểu học", "Đăng ký thi đua", LEVEL),
])
def test_row_audience(executors, content, scope):
    assert row_audience(executors, content).scope == scope


def test_a_timetable_without_an_executors_column_asks_all_units():
    rows = [TimetableRow(content="Gửi báo cáo sơ kết", due="Trước ngày 20/01/2024"),
            TimetableRow(content="Họp Hội đồng", due="Tháng 02/2024")]
    plan = Plan(title="Kế hoạch", date=DocDate(None, 1, 2024), timetable=Timetable(rows=rows))
    assert [d.audience.scope for d in ops.proposed_from_plan(plan)] == ["all", "all"]
    rows.append(TimetableRow(content="Tổng hợp", executors="Các nhà trường", due="Tháng 03/2024"))
    assert [d.audience.scope for d in ops.proposed_from_plan(plan)] == [OFFICE, OFFICE, "all"]


# -- the office in the units list ------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Phòng GD&ĐT Nam Từ Liêm", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "Phòng Giáo dục và Đào tạo"])
def test_the_office_in_the_units_list_is_not_a_school_that_has_not_sent(store, units, name):
    office_id = UnitRepository(store).add(Unit(name, level="khac"))
    d_id = ops.add(store, Deadline("2024-03-20", "Báo cáo sơ kết", kind=REPORT))
    for u in units:
        ops.tick(store, d_id, u)
    s = status(store, d_id)
    assert (s.progress_text, s.status) == ("4/4 đơn vị đã nộp", "done")
    assert office_id not in [r.unit_id for r in ops.receipts(store, d_id)]
    assert office_id not in [u.id for u in ops.audience_units(store)]
    assert sorted(u.name for u in ops.audience_units(store)) == sorted(SCHOOLS)
    # not even when it was picked into a list by hand before
    listed = ops.add(store, Deadline("2024-03-20", "Danh sách", audience=Audience(LISTED, unit_ids=[office_id, units[0]])))
    assert status(store, listed).progress == "0/1"
    # the same by level: the office's "Khác" level counts only real units
    other = ops.add(store, Deadline("2024-03-20", "Khác", audience=Audience(LEVEL, "khac")))
    assert status(store, other).progress == "0/0"


def test_a_school_whose_name_holds_phong_is_still_a_school(store):
    unit = UnitRepository(store).add(Unit("Trường THCS Phòng Khê"))
    d_id = ops.add(store, Deadline("2024-03-20", "Báo cáo"))
    assert [r.unit_id for r in ops.receipts(store, d_id)] == [unit]
    assert status(store, d_id).progress == "0/1"


# -- every year ------------------------------------------------------------------------------------


def test_a_yearly_deadline_moves_by_article_148_and_a_commemoration_does_not(store, units):
    ids = ops.add_every_year(store, Deadline("2026-11-20", "Báo cáo tuyên dương nhà giáo", kind=REPORT,
                                             audience=Audience(LEVEL, "thcs")), range(2026, 2029))
    got = [ops.get(store, i) for i in ids]
    assert [(d.due, d.source, d.row_key, d.audience.value) for d in got] == [
        ("2026-11-20", "yearly", "yearly:11-20", "thcs"), ("2027-11-20", "yearly", "yearly:11-20", "thcs"),
        ("2028-11-20", "yearly", "yearly:11-20", "thcs")]
    saturday = status(store, ids[1], today=dt.date(2027, 11, 21))  # 20/11/2027 is a Saturday
    assert saturday.warning.moved_to == dt.date(2027, 11, 22) and saturday.status == "soon"  # not late on Sunday
    assert status(store, ids[1], today=dt.date(2027, 11, 23)).status == "overdue"
    assert status(store, ids[0]).warning is None  # a Friday
    assert status(store, ids[0]).progress == "0/2"
    # the day itself, kept for itself: never moved
    days = ops.add_every_year(store, Deadline("2027-11-20", "Ngày Nhà giáo Việt Nam", kind=COMMEMORATION),
                              [2027])
    s = status(store, days[0], today=dt.date(2027, 11, 21))
    assert s.warning is None and s.status == "overdue"


def test_a_yearly_29_february_and_refusals(store):
    ids = ops.add_every_year(store, Deadline("2024-02-29", "Ngày cuối tháng Hai"), [2024, 2025])
    assert [ops.get(store, i).due for i in ids] == ["2024-02-29", "2025-02-28"]
    with pytest.raises(ValidationError) as exc:
        ops.add_every_year(store, Deadline("2024-02", "Tháng"), [2024])
    assert exc.value.message == "Ngày lặp lại hằng năm phải là một ngày (dd/MM), không phải một tháng."
    with pytest.raises(ValidationError) as exc:
        ops.add_every_year(store, Deadline("2024-02-01", "Quá nhiều"), range(2000, 2060))
    assert exc.value.message == "Chọn từ 1 đến 50 năm cho ngày lặp lại hằng năm."

"""The deadline operations: a plan's deadlines on the calendar, progress, ticks surviving a plan
edit and a new version, the start-up summary, the reminder letter issued, the .ics export."""

from __future__ import annotations

import datetime as dt
import os

import pypdf
import pytest

from tests.conftest import SAMPLES_DIR
from thiduadesk.domain.model import Unit
from thiduadesk.domain.plan import TimetableRow
from thiduadesk.domain.schedule import Deadline
from thiduadesk.exchange.ics import read_ics
from thiduadesk.ops import changes, plans
from thiduadesk.ops import deadlines as ops
from thiduadesk.store.errors import ValidationError
from thiduadesk.store.papers import PaperRepository
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


@pytest.fixture
def plan_id(store, units):
    return plans.import_plan(store, SAMPLE).plan_id


def test_a_plans_deadlines_go_to_the_calendar_with_progress(store, plan_id, units, seen):
    ids = ops.take_from_plan(store, plan_id)
    assert len(ids) == 10
    assert seen[-1].touches(changes.DEADLINES) and set(seen[-1].ids_in(changes.DEADLINES)) == set(ids)
    first, last = ops.month_range(2022, 1)
    january = ops.statuses(store, first, last, today=dt.date(2022, 1, 10))
    assert [(s.deadline.due, s.progress, s.status) for s in january] == [
        ("2022-01-20", "0/4", "later"), ("2022-01", "0/4", "soon"), ("2022-01", "0/4", "soon"),  # the month is on
    ]
    d = january[0].deadline
    ops.tick(store, d.id, units[0], dt.date(2022, 1, 18))
    ops.tick(store, d.id, units[2])
    [s] = [s for s in ops.statuses(store, first, last, today=dt.date(2022, 1, 19)) if s.deadline.id == d.id]
    assert (s.progress, s.progress_text, s.status) == ("2/4", "2/4 đơn vị đã nộp", "soon")
    ops.untick(store, d.id, units[2])
    [s] = [s for s in ops.statuses(store, first, last, today=dt.date(2022, 1, 21)) if s.deadline.id == d.id]
    assert (s.progress, s.status) == ("1/4", "overdue")
    assert [r.unit_name for r in ops.late_units(store, d.id)] == [SCHOOLS[2], SCHOOLS[3], SCHOOLS[1]]


def test_ticks_survive_a_plan_edit_and_a_new_version(store, plan_id, units):
    ops.take_from_plan(store, plan_id)
    nov = ops.statuses(store, dt.date(2022, 11, 1), dt.date(2022, 11, 30))
    d = nov[0].deadline
    ops.tick(store, d.id, units[1], dt.date(2022, 11, 10))
    plan = plans.get(store, plan_id)
    plan.timetable.rows.insert(0, TimetableRow("Phát động thi đua đầu năm", due="Tháng 01/2022", due_iso="2022-01"))
    plan.timetable.rows[-1].due, plan.timetable.rows[-1].due_iso = "Trước ngày 18/11/2022", "2022-11-18"
    plans.save_draft(store, plan)
    assert ops.sync_plan(store, plan_id) == (1, 9, 0)  # the 9 rows moved down one place, one new
    moved = ops.get(store, d.id)
    assert moved.due == "2022-11-18"
    assert [r.unit_id for r in ops.receipts(store, d.id) if r.received] == [units[1]]
    # an issued plan's new version: the deadlines follow the new version, ticks kept
    plans.issue(store, plan_id, dt.date(2022, 1, 5))
    unsubscribe = ops.follow_plans(store)
    try:
        new_id = plans.new_version(store, plan_id)  # published on the hub: synced at once
        assert ops.get(store, d.id).plan_id == new_id
        draft = plans.get(store, new_id)
        draft.timetable.rows[-1].due_iso = "2022-11-25"
        plans.save_draft(store, draft)
    finally:
        unsubscribe()
    assert ops.get(store, d.id).due == "2022-11-25"
    assert [r.unit_id for r in ops.receipts(store, d.id) if r.received] == [units[1]]


def test_a_dropped_deadline_stays_dropped(store, plan_id):
    ids = ops.take_from_plan(store, plan_id)
    ops.drop(store, ids[0])
    assert ops.sync_plan(store, plan_id) == (0, 0, 0)
    assert ids[0] not in [s.deadline.id for s in ops.statuses(store, dt.date(2022, 1, 1), dt.date(2022, 12, 31))]


def test_weekend_and_holiday_deadlines_are_flagged(store, units):
    sunday = ops.add(store, Deadline("2024-01-28", "Báo cáo"))
    holiday = ops.add(store, Deadline("2024-09-02", "Hồ sơ"))
    found = {s.deadline.id: s for s in ops.statuses(store, dt.date(2024, 1, 1), dt.date(2024, 12, 31))}
    assert (found[sunday].warning.reason, found[sunday].warning.moved_to) == ("Chủ nhật", dt.date(2024, 1, 29))
    assert (found[holiday].warning.reason, found[holiday].warning.moved_to) == ("Quốc khánh", dt.date(2024, 9, 4))
    # Điều 148: a deadline on Sunday 28/01 is not overdue on Monday 29/01
    [s] = ops.statuses(store, dt.date(2024, 1, 28), dt.date(2024, 1, 28), today=dt.date(2024, 1, 29))
    assert s.status == "soon"
    ops.set_day(store, dt.date(2024, 9, 3), "not_off")
    [s] = ops.statuses(store, dt.date(2024, 9, 2), dt.date(2024, 9, 2))
    assert s.warning.moved_to == dt.date(2024, 9, 3)


def test_startup_summary(store, units):
    today = dt.date(2024, 3, 11)
    late = ops.add(store, Deadline("2024-03-05", "Đã quá hạn"))
    done = ops.add(store, Deadline("2024-03-06", "Đã nộp đủ"))
    for u in units:
        ops.tick(store, done, u, dt.date(2024, 3, 4))
    due_today = ops.add(store, Deadline("2024-03-11", "Hôm nay"))
    soon = ops.add(store, Deadline("2024-03-15", "Tuần này"))
    ops.add(store, Deadline("2024-04-15", "Tháng sau"))
    summary = ops.startup_summary(store, today=today)
    assert [s.deadline.id for s in summary.overdue] == [late]
    assert [s.deadline.id for s in summary.today] == [due_today]
    assert [s.deadline.id for s in summary.next_days] == [soon]
    marks = ops.day_marks(store, 2024, 3, today=today)
    assert sorted(marks) == [dt.date(2024, 3, d) for d in (5, 6, 11, 15)]
    assert marks[dt.date(2024, 3, 6)][0].status == "done"


def test_reminder_letter_to_the_late_units_is_issued_like_every_paper(store, units):
    d = ops.add(store, Deadline("2024-01-25", "Gửi báo cáo sơ kết học kỳ I", kind="report"))
    ops.tick(store, d, units[0])
    doc = ops.reminder_letter(store, d, today=dt.date(2024, 1, 29))
    assert doc.summary == "V/v đôn đốc gửi báo cáo hạn 25/01/2024"
    assert doc.addressees == [SCHOOLS[2], SCHOOLS[3], SCHOOLS[1]]
    assert [r.name for r in doc.recipients] == ["Như trên", "Lưu: VT, TĐKT"]
    assert doc.body[0].text == (
        "Phòng Giáo dục và Đào tạo đã đề nghị: «Gửi báo cáo sơ kết học kỳ I», hạn trước ngày 25 tháng 01 năm 2024. "
        "Đến ngày 29 tháng 01 năm 2024, Phòng Giáo dục và Đào tạo chưa nhận được của các đơn vị có tên trên.")
    assert "trước ngày 01 tháng 02 năm 2024" in doc.body[1].text  # three working days later
    paper_id = ops.create_reminder(store, d, today=dt.date(2024, 1, 29))
    entry = ops.issue_reminder(store, paper_id, dt.date(2024, 1, 29))
    assert (entry.number, entry.year) == (1, 2024)
    paper = PaperRepository(store).get(paper_id)
    assert paper.is_issued and paper.number == 1
    pdf = ops.reminder_pdf(store, paper_id)
    text = "".join(page.extract_text() for page in pypdf.PdfReader(__import__("io").BytesIO(pdf)).pages)
    assert "V/v đôn đốc gửi báo cáo" in text and "Kính gửi" in text and SCHOOLS[3] in text
    for u in units[1:]:
        ops.tick(store, d, u)
    with pytest.raises(ValidationError, match="Tất cả đơn vị đã nộp"):
        ops.reminder_letter(store, d)


def test_ics_export_parses_back(store, plan_id, tmp_path):
    ops.take_from_plan(store, plan_id)
    path = ops.export_ics(store, tmp_path / "lich.ics")
    events = read_ics(path.read_bytes())
    assert len(events) == 10
    assert {"summary": events[-1]["summary"], "start": events[-1]["start"]} == {
        "summary": events[-1]["summary"], "start": dt.date(2022, 11, 15)}
    assert sorted(e["start"] for e in events)[0] == dt.date(2022, 1, 1)


def test_extract_file_and_refusal(tmp_path):
    found = ops.extract_file(SAMPLE)
    assert [c.date for c in found.calendar()] == [
        "2022-01-20", "2022-01", "2022-01", "2022-03", "2022-03", "2022-04", "2022-05", "2022-06", "2022-07", "2022-11-15"]
    proposed = ops.proposed_from_file(SAMPLE)
    assert {d.source for d in proposed} == {"letter"} and proposed[0].origin == "plan_namtuliem_2022.txt"
    from thiduadesk.ops.errors import FileRefused

    with pytest.raises(FileRefused, match="Không tìm thấy tệp"):
        ops.extract_file(tmp_path / "none.pdf")


def test_a_plan_is_taken_once_then_followed(store, plan_id):
    ops.take_from_plan(store, plan_id)
    with pytest.raises(ValidationError, match="đã có trên lịch"):
        ops.take_from_plan(store, plan_id)


def test_the_deadline_list_prints_as_a_table_attached_to_a_letter(store, plan_id):
    import io

    ops.take_from_plan(store, plan_id)
    first, last = ops.month_range(2022, 1)
    doc = ops.deadline_list_letter(store, first, last, today=dt.date(2022, 1, 10))
    assert doc.summary == "V/v thông báo lịch hạn nộp tháng 01/2022"
    [table] = doc.attachments
    assert table.headers == ["TT", "Hạn", "Nội dung", "Loại", "Đã nộp"]
    assert [r[:2] for r in table.rows] == [["1", "20/01/2022"], ["2", "01/2022"], ["3", "01/2022"]]
    assert table.rows[1][2] == "Xây dựng Kế hoạch công tác thi đua khen thưởng ngành GDĐT năm 2022"
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(ops.deadline_list_pdf(store, first, last))).pages)
    assert "DANH SÁCH" in text and "Lịch hạn nộp tháng 01/2022" in text and "Kèm theo Công văn" in text
    letter = ops.deadline_list_pdf(store, first, last, list_only=False)
    assert len(pypdf.PdfReader(io.BytesIO(letter)).pages) == 2  # the letter, then its list


def test_yearly_dates(store):
    ids = ops.add_yearly(store, 11, 20, "Ngày Nhà giáo Việt Nam", range(2024, 2027))
    got = [ops.get(store, i) for i in ids]
    assert [(d.due, d.source) for d in got] == [("2024-11-20", "yearly"), ("2025-11-20", "yearly"),
                                                ("2026-11-20", "yearly")]


def test_a_letter_counting_working_days_uses_the_offices_days_off(store, tmp_path):
    letter = tmp_path / "cong_van.txt"
    letter.write_text("Hà Nội, ngày 28 tháng 3 năm 2024\nCác đơn vị gửi báo cáo trong 5 ngày làm việc kể từ ngày "
                      "01/4/2024.\n", encoding="utf-8")
    assert [d.due for d in ops.proposed_from_file(letter, store=store)] == ["2024-04-01", "2024-04-08"]
    ops.set_day(store, dt.date(2024, 4, 3), "off", "Nghỉ bù")
    assert ops.proposed_from_file(letter, store=store)[-1].due == "2024-04-09"
    assert ops.working_days_after(store, dt.date(2024, 4, 1), 5) == dt.date(2024, 4, 9)


def test_a_reminder_for_an_issued_plans_deadline_cites_the_plan(store, plan_id, units):
    plans.issue(store, plan_id, dt.date(2022, 1, 5))
    ids = ops.take_from_plan(store, plan_id)
    sentence = next(i for i in ids if ops.get(store, i).due == "2022-01-20")
    doc = ops.reminder_letter(store, sentence, today=dt.date(2022, 1, 24))
    assert doc.body[0].text.startswith(
        "Thực hiện Kế hoạch số 01/KH-PGDĐT ngày 05 tháng 01 năm 2022 của Phòng Giáo dục và Đào tạo về công tác "
        "Thi đua - Khen thưởng Ngành Giáo dục và Đào tạo năm 2022, Phòng Giáo dục và Đào tạo đã đề nghị: «")
    month = next(i for i in ids if ops.get(store, i).due == "2022-03")
    assert "trong tháng 03/2022" in ops.reminder_letter(store, month, today=dt.date(2022, 4, 4)).body[0].text

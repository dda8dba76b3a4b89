"""Deadlines found in plans and letters, and the office's working days (domain/schedule.py)."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from tests.conftest import SAMPLES_DIR
from thiduadesk.domain.schedule import (
    ANNIVERSARY,
    DEADLINE,
    DOSSIER,
    LEVEL,
    MILESTONE,
    REFERENCE,
    REGISTRATION,
    REPORT,
    DayOffChanges,
    Deadline,
    WorkCalendar,
    audience_of,
    classify_dates,
    counted_deadlines,
    deadline_kind,
    deadlines_in,
)


def sample(name: str) -> str:
    with open(os.path.join(SAMPLES_DIR, name), encoding="utf-8") as f:
        return f.read()


def kinds(text: str, **kw) -> list[tuple[str, str]]:
    return [(c.date, c.kind) for c in classify_dates(text, **kw)]


# --- the two samples, lists written by hand from the texts -------------------------------------

NAM_TU_LIEM_CALENDAR = [
    ("2022-01-20", DEADLINE, "gửi Kế hoạch của đơn vị về Phòng Giáo dục và Đào tạo quận Nam Từ Liêm"),
    ("2022-01", MILESTONE, "1. Xây dựng Kế hoạch công tác thi đua khen thưởng ngành GDĐT năm 2022"),
    ("2022-01", MILESTONE, "2. Hướng dẫn xét tặng Kỷ niệm chương “Vi sự nghiệp giáo dục” năm 2022"),
    ("2022-03", MILESTONE, "3. Trình Thành phố xét tặng danh hiệu Chiến sỹ thi đua cấp Thành phố (Đợt 1)"),
    ("2022-03", MILESTONE, "4. Thu hồ sơ xét tặng Kỷ niệm chương"),
    ("2022-04", MILESTONE, "5. Hướng dẫn bình xét thi đua cuối năm học"),
    ("2022-05", MILESTONE, "6. Gửi báo cáo tự đánh giá"),
    ("2022-06", MILESTONE, "7. Họp xét, đề nghị Hội đồng Thi đua - Khen thưởng cấp trên"),
    ("2022-07", MILESTONE, "8. Tổ chức Hội nghị Tổng kết năm học 2021 - 2022"),
    ("2022-11-15", DEADLINE, "9. Tổ chức Lễ kỷ niệm ngày Nhà giáo Việt Nam 20/11"),
]
NAM_TU_LIEM_REFERENCES = ["2022-01-05", "2021-12-22", "2020-04-28", "2020-11-26", "2022-01-05"]


def test_nam_tu_liem_sample_gives_the_clerks_list():
    found = classify_dates(sample("plan_namtuliem_2022.txt"))
    calendar = [c for c in found if c.kind in (DEADLINE, MILESTONE)]
    assert [(c.date, c.kind) for c in calendar] == [(d, k) for d, k, _ in NAM_TU_LIEM_CALENDAR]
    for c, (_, _, words) in zip(calendar, NAM_TU_LIEM_CALENDAR, strict=True):
        assert words in c.text
    assert [c.date for c in found if c.kind == REFERENCE] == NAM_TU_LIEM_REFERENCES
    assert not [c for c in found if c.kind == ANNIVERSARY]
    # rows carry their group ("Quý II - 2022") and are one line
    assert [c.group for c in calendar[1:]] == ["Quý I - 2022"] * 4 + ["Quý II - 2022"] * 3 + ["Quý III - 2022", "Quý IV - 2022"]
    assert all("\t" not in c.text and "\n" not in c.text for c in found)
    assert calendar[0].text.endswith("trước ngày 20/01/2022 (không nhận văn bản giấy)./.")


def test_sa_dec_sample_has_no_deadline_and_every_cited_date_is_a_reference():
    found = classify_dates(sample("plan_sadec_2022.txt"))
    assert [(c.date, c.kind) for c in found] == [
        ("2022-02", REFERENCE),  # its own date line "Sa Đéc, ngày tháng 02 năm 2022", day blank
        ("2022-02-10", REFERENCE),
        ("2014-04-07", REFERENCE),
        ("2014-09-05", REFERENCE),
        ("2014-09-08", REFERENCE),
        ("2021-12-17", REFERENCE),
    ]
    assert deadlines_in(sample("plan_sadec_2022.txt"), source="sentence") == []
    # the sentence, not the whole numbered paragraph line, is the text of a cited date
    assert found[3].text.startswith("Tiếp tục đẩy mạnh việc đổi mới") and found[3].text.endswith("của UBND Tỉnh.")


def test_a_plan_without_deadlines_gives_none():
    text = (
        "Nam Từ Liêm, ngày 10 tháng 9 năm 2024\n\nKẾ HOẠCH\n\nI. MỤC ĐÍCH\n\n"
        "Đẩy mạnh phong trào thi đua yêu nước trong toàn ngành.\n\n"
        "II. TỔ CHỨC THỰC HIỆN\n\nCác nhà trường nghiêm túc triển khai thực hiện Kế hoạch này./.\n"
    )
    assert [c.kind for c in classify_dates(text)] == [REFERENCE]
    assert deadlines_in(text, source="sentence") == []


# --- every spelling of the samples and the issue -------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Các đơn vị gửi báo cáo sơ kết trước ngày 25/1/2024.", [("2024-01-25", DEADLINE)]),
        ("Gửi Kế hoạch về Phòng trước ngày 20/01/2022.", [("2022-01-20", DEADLINE)]),
        ("Các đơn vị nộp hồ sơ chậm nhất ngày 10 tháng 2 năm 2022.", [("2022-02-10", DEADLINE)]),
        ("Phong trào bắt đầu từ tháng 9/2023.", [("2023-09", MILESTONE)]),
        ("Các trường sơ kết học kỳ I trong tháng 02/2024.", [("2024-02", MILESTONE)]),
        ("Tháng 03/2022: trình xét Chiến sĩ thi đua cấp Thành phố.", [("2022-03", MILESTONE)]),
        ("Nộp hồ sơ chậm nhất ngày 05-9-2024 tại bộ phận một cửa.", [("2024-09-05", DEADLINE)]),
        ("Đề nghị các đơn vị hoàn thành từ nay đến ngày 22 tháng 3 năm 2024.", [("2024-03-22", DEADLINE)]),
        ("Ngày 31 tháng 5 năm 2024: các đơn vị gửi hồ sơ đề nghị khen thưởng về Phòng.", [("2024-05-31", DEADLINE)]),
    ],
)
def test_each_spelling(sentence, expected):
    assert kinds(sentence, year=2024) == expected


def test_quarter_group_gives_its_year_to_rows_without_one():
    text = "Quý II - 2023\n1.\tTổng kết phong trào thi đua\tPhòng GDĐT\tCác trường\tTháng 5\n"
    found = classify_dates(text, year=2024)
    assert [(c.date, c.kind, c.group) for c in found] == [("2023-05", MILESTONE, "Quý II - 2023")]


def test_school_year_gives_months_their_year():
    text = "KẾ HOẠCH\nThi đua năm học 2023 - 2024\nI. NỘI DUNG\nSơ kết học kỳ I trong tháng 1; phát động thi đua từ tháng 9.\n"
    assert kinds(text) == [("2024-01", MILESTONE), ("2023-09", MILESTONE)]


# --- sentences in the style of real letters, half of them traps -----------------------------------

HAND_WRITTEN = [
    # deadlines and milestones
    ("Các đơn vị đăng ký danh hiệu thi đua trước ngày 15/10/2024.", [("2024-10-15", DEADLINE)]),
    ("Hồ sơ đề nghị khen thưởng gửi về Phòng chậm nhất là ngày 30/5/2024 (qua bộ phận Văn thư).", [("2024-05-30", DEADLINE)]),
    ("Tổ chức Hội nghị tổng kết vào ngày 20/01/2024 tại Hội trường.", [("2024-01-20", MILESTONE)]),
    ("Hội đồng Thi đua - Khen thưởng họp xét ngày 15/6/2024.", [("2024-06-15", MILESTONE)]),
    ("Các trường tiểu học nộp báo cáo tổng kết trước 15/7/2024.", [("2024-07-15", DEADLINE)]),
    ("Hồ sơ nhận từ ngày 01/3 đến ngày 22/3/2024.", [("2024-03-01", MILESTONE), ("2024-03-22", DEADLINE)]),
    ("Báo cáo sơ kết học kỳ I gửi về Phòng đến hết ngày 10/01/2025.", [("2025-01-10", DEADLINE)]),
    ("Thời hạn hoàn thành: tháng 12/2024.", [("2024-12", MILESTONE)]),
    ("Hạn chót: 16 giờ 30 phút ngày 20/10/2024.", [("2024-10-20", DEADLINE)]),
    ("Đề nghị các trường hoàn thành trước 17h00 ngày 15/9/2024.", [("2024-09-15", DEADLINE)]),
    # traps
    ("Căn cứ Chỉ thị số 05/CT-UBND ngày 18 tháng 01 năm 2024 của UBND quận về công tác thi đua.", [("2024-01-18", REFERENCE)]),
    ("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022.", [("2022-06-15", REFERENCE)]),
    ("Sáng kiến được công nhận theo Quyết định 1234/QĐ-PGDĐT ngày 03/6/2024 của Phòng.", [("2024-06-03", REFERENCE)]),
    ("Thực hiện Công văn số 792-CV/TU ngày 05/9/2014 của Ban Thường vụ Tỉnh ủy.", [("2014-09-05", REFERENCE)]),
    ("Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (07/5/1954 - 07/5/2024).", [("1954-05-07", ANNIVERSARY), ("2024-05-07", ANNIVERSARY)]),
    ("Hướng tới kỷ niệm 70 năm ngày Giải phóng Thủ đô 10/10/1954.", [("1954-10-10", ANNIVERSARY)]),
    ("Hà Nội, ngày 05 tháng năm 2018", []),  # the letter's own date line with its month blank
    ("Nam Từ Liêm, ngày 12 tháng 3 năm 2024", [("2024-03-12", REFERENCE)]),
    ("Kế hoạch thi đua năm học 2023-2024 của Phòng Giáo dục và Đào tạo.", []),
    ("Mọi thông tin liên hệ số điện thoại 024.3765.1234 hoặc 0912.05.2024.", []),
    ("Thực hiện Quyết định số 12/2019/QĐ-UBND của UBND thành phố về khen thưởng.", []),
    ("Tính đến ngày 20/5/2024, còn 5 đơn vị chưa nộp báo cáo.", [("2024-05-20", REFERENCE)]),
    ("Căn cứ Thông tư số 22/2018/TT-BGDĐT ngày 28/8/2018 của Bộ Giáo dục và Đào tạo.", [("2018-08-28", REFERENCE)]),
    ("Từ 8 giờ ngày 02/9/2024 các cơ quan treo cờ Tổ quốc.", [("2024-09-02", REFERENCE)]),
    ("Đến ngày 20/5/2026 còn một số đơn vị chưa gửi hồ sơ.", [("2026-05-20", REFERENCE)]),
]


@pytest.mark.parametrize(("sentence", "expected"), HAND_WRITTEN)
def test_hand_written_sentences(sentence, expected):
    assert kinds(sentence, year=2024) == expected


def test_half_of_the_hand_written_sentences_are_traps():
    traps = [s for s, exp in HAND_WRITTEN if not any(k in (DEADLINE, MILESTONE) for _, k in exp)]
    assert len(HAND_WRITTEN) >= 15 and len(traps) >= len(HAND_WRITTEN) // 2


def test_kind_and_audience_of_a_deadline():
    assert deadline_kind("Các đơn vị gửi báo cáo sơ kết") == REPORT
    assert deadline_kind("Nộp hồ sơ đề nghị khen thưởng") == DOSSIER
    assert deadline_kind("Đăng ký danh hiệu thi đua") == REGISTRATION
    a = audience_of("Các trường tiểu học nộp báo cáo tổng kết")
    assert (a.scope, a.value) == (LEVEL, "tieu_hoc")
    assert audience_of("Các đơn vị gửi hồ sơ").scope == "all"


def test_deadlines_in_a_plan_come_with_their_source():
    found = deadlines_in(sample("plan_namtuliem_2022.txt"), source="sentence")
    assert [d.source for d in found] == ["sentence"] + ["timetable"] * 9
    assert found[-1].due == "2022-11-15" and found[-1].kind == "meeting"  # "Tổ chức Lễ kỷ niệm …"
    assert found[1].is_month and found[1].last_day == dt.date(2022, 1, 31)


# --- working days -----------------------------------------------------------------------------

def test_weekend_and_holiday_move_to_the_next_working_day():
    cal = WorkCalendar()
    sunday = Deadline("2024-01-28", "x").last_day
    assert cal.legal_due(sunday) == dt.date(2024, 1, 29)
    w = cal.warning("2024-04-30")  # Ngày Chiến thắng, then 01/5
    assert (w.reason, w.moved_to, w.earlier) == ("Ngày Chiến thắng", dt.date(2024, 5, 2), dt.date(2024, 4, 26))
    assert w.message() == (
        "Hạn 30/04/2024 rơi vào ngày nghỉ (Ngày Chiến thắng): theo Điều 148 Bộ luật Dân sự 2015 hạn được "
        "chuyển sang 02/05/2024; có thể chọn ngày làm việc trước đó 26/04/2024."
    )
    assert cal.warning("2024-05-06") is None and cal.warning("2024-05") is None
    assert cal.warning("2024-02-11").reason == "Mùng hai Tết Nguyên Đán"
    assert cal.warning("2024-01-27").reason == "Thứ Bảy"


def test_makeup_saturday_from_the_package_and_the_clerks_changes():
    cal = WorkCalendar()
    assert cal.is_working_day(dt.date(2024, 5, 4))  # worked in exchange for Monday 29/4
    assert not cal.is_working_day(dt.date(2024, 4, 29))
    changes = DayOffChanges(added={"2024-11-20": "Nghỉ ngày Nhà giáo"}, removed={"2024-09-03"},
                            working_saturdays={"2024-09-07"})
    cal = WorkCalendar(changes)
    assert cal.holiday_name(dt.date(2024, 11, 20)) == "Nghỉ ngày Nhà giáo"
    assert cal.is_working_day(dt.date(2024, 9, 3)) and cal.is_working_day(dt.date(2024, 9, 7))
    assert cal.legal_due(dt.date(2024, 11, 20)) == dt.date(2024, 11, 21)


def test_working_day_counts():
    cal = WorkCalendar()
    # 20 working days after Monday 01/4/2024: 18/4 (Giỗ Tổ), 29/4, 30/4 and 01/5 are off
    assert cal.add_working_days(dt.date(2024, 4, 1), 20) == dt.date(2024, 5, 3)
    assert cal.working_days_between(dt.date(2024, 4, 1), dt.date(2024, 5, 3)) == 20
    # Saturday 04/5 is worked: 21 working days by Monday 06/5
    assert cal.working_days_between(dt.date(2024, 4, 1), dt.date(2024, 5, 6)) == 22
    assert cal.add_working_days(dt.date(2024, 1, 5), 1) == dt.date(2024, 1, 8)


def test_deadlines_counted_in_working_days():
    text = "Đơn vị hoàn thiện hồ sơ trong 20 ngày làm việc kể từ ngày 01/4/2024."
    [c] = counted_deadlines(text, WorkCalendar())
    assert (c.date, c.kind) == ("2024-05-03", DEADLINE)  # Giỗ Tổ, 29/4, 30/4, 01/5 not counted
    cal = WorkCalendar(DayOffChanges(added={"2024-04-02": "Nghỉ"}))
    assert counted_deadlines(text, cal)[0].date == "2024-05-04"  # one more day off: the make-up Saturday 04/5
    assert counted_deadlines("Tổ chức hội nghị vào ngày 01/4/2024.", cal) == []

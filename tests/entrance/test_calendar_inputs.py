"""The bad-input suite for the deadline calendar (issue 12): impossible dates and months, ids that
are not ids, years out of range, files that are not documents, deadlines and units that do not
exist. Each gets its exact message and exit status, and changes nothing (the data file's sha256)."""

from __future__ import annotations

import datetime as dt

import pytest

from thiduadesk.domain.schedule import LISTED, Audience, Deadline
from thiduadesk.ops import deadlines
from thiduadesk.ops.data import open_data
from thiduadesk.store.errors import ValidationError


def _cli_refuses(cli, data_file, sha, args, status, message):
    before = sha(data_file)
    run = cli("deadlines", *args)
    assert run.status == status, run
    assert message in run.err and "Traceback" not in run.err
    assert sha(data_file) == before


@pytest.mark.parametrize("month", ["2024-13", "2024-00", "24-05", "abc", "2024/05", "05-2024", "2024-05-01", ""])
@pytest.mark.parametrize("command", [("list",), ("print", "-o", "lich.pdf")])
def test_a_month_that_is_not_a_month(cli, data_file, sha, tmp_path, command, month):
    args = [tmp_path / a if a.endswith(".pdf") else a for a in command]
    _cli_refuses(cli, data_file, sha, [*args, "--month", month], 2,
                 f"tháng phải theo dạng YYYY-MM, ví dụ 2025-09: «{month}»")
    assert not (tmp_path / "lich.pdf").exists()


@pytest.mark.parametrize("date", ["2024-02-30", "2023-02-29", "2024-04-31", "31/01/2024", "2024-1-5", "hôm nay"])
def test_a_received_date_that_is_no_day(cli, data_file, sha, date):
    _cli_refuses(cli, data_file, sha, ["tick", "1", "1", "--date", date], 2,
                 f"ngày phải theo dạng YYYY-MM-DD, ví dụ 2025-09-05: «{date}»")


@pytest.mark.parametrize("flag", ["--off", "--not-off", "--work", "--reset"])
@pytest.mark.parametrize("date", ["2025-02-29", "2025-09-31"])
def test_a_day_off_that_is_no_day(cli, data_file, sha, flag, date):
    _cli_refuses(cli, data_file, sha, ["days-off", "2025", flag, date], 2,
                 f"ngày phải theo dạng YYYY-MM-DD, ví dụ 2025-09-05: «{date}»")


@pytest.mark.parametrize("year", ["1800", "2500", "hai nghìn", "-1"])
def test_a_year_out_of_range(cli, data_file, sha, year):
    message = f"năm «{year}» ngoài khoảng 1900–2100" if year.lstrip("-").isdigit() else \
        f"năm phải là số, ví dụ 2025: «{year}»"
    _cli_refuses(cli, data_file, sha, ["days-off", year], 2, message)


@pytest.mark.parametrize("args", [("tick", "0", "1"), ("tick", "1", "-4"), ("untick", "x", "1"),
                                  ("reminder", "1.5", "-o", "r.pdf")])
def test_ids_that_are_not_ids(cli, data_file, sha, args):
    _cli_refuses(cli, data_file, sha, list(args), 2, "số hiệu")


@pytest.mark.parametrize("args, message", [
    (("tick", "999999", "1"), "Không tìm thấy hạn nộp số 999999."),
    (("untick", "999999", "1"), "Không tìm thấy hạn nộp số 999999."),
    (("reminder", "999999", "-o", "r.pdf"), "Không tìm thấy hạn nộp số 999999."),
])
def test_a_deadline_that_does_not_exist(cli, data_file, sha, tmp_path, args, message):
    args = [str(tmp_path / a) if a.endswith(".pdf") else a for a in args]
    _cli_refuses(cli, data_file, sha, args, 1, message)
    assert not (tmp_path / "r.pdf").exists()


def test_a_unit_that_does_not_exist(cli, data_file, sha):
    store = open_data(data_file)
    d = deadlines.add(store, Deadline("2026-05-05", "Gửi báo cáo"))
    store.close()
    _cli_refuses(cli, data_file, sha, ["tick", str(d), "999999"], 1, "Không tìm thấy đơn vị số 999999.")


@pytest.mark.parametrize("name, content, message", [
    ("khong-co.txt", None, "Không tìm thấy tệp «khong-co.txt»"),
    ("thu-muc", "dir", "là một thư mục, không phải tệp văn bản."),
    ("rong.docx", b"", "rong.docx"),
    ("rac.pdf", b"%PDF-1.4 garbage", "rac.pdf"),
    ("rac.docx", b"PK\x03\x04garbage", "rac.docx"),
])
def test_extract_from_what_is_not_a_document(cli, data_file, sha, tmp_path, name, content, message):
    path = tmp_path / name
    if content == "dir":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    before = sha(data_file)
    run = cli("deadlines", "extract", path)
    assert run.status == 1 and message in run.err and "Traceback" not in run.err
    assert sha(data_file) == before


# -- through the operations (what the GUI's forms call) -------------------------------------------

@pytest.mark.parametrize("due", ["2024-02-31", "2024-13", "2024-00-10", "mai", "", "31/02/2024", "2024-02-30"])
def test_a_deadline_on_a_day_that_does_not_exist(data_file, sha, due):
    before = sha(data_file)
    store = open_data(data_file)
    with pytest.raises(ValidationError) as refused:
        deadlines.add(store, Deadline(due, "Gửi báo cáo"))
    store.close()
    assert refused.value.message == f"Hạn «{due}» không phải một ngày (YYYY-MM-DD) hay một tháng (YYYY-MM)."
    assert sha(data_file) == before


@pytest.mark.parametrize("title", ["", "   ", "\n\t"])
def test_a_deadline_without_a_title(data_file, sha, title):
    before = sha(data_file)
    store = open_data(data_file)
    with pytest.raises(ValidationError) as refused:
        deadlines.add(store, Deadline("2026-05-05", title))
    store.close()
    assert refused.value.message == "Hạn nộp cần có nội dung."
    assert sha(data_file) == before


@pytest.mark.parametrize("years", [range(2030, 2025), [], range(2025, 2100)])
def test_yearly_dates_over_no_years_or_too_many(data_file, sha, years):
    before = sha(data_file)
    store = open_data(data_file)
    with pytest.raises(ValidationError) as refused:
        deadlines.add_every_year(store, Deadline("2026-11-20", "Kỷ niệm Ngày Nhà giáo Việt Nam"), years)
    store.close()
    assert refused.value.message == "Chọn từ 1 đến 50 năm cho ngày lặp lại hằng năm."
    assert sha(data_file) == before


def test_a_many_deadline_batch_with_one_bad_date_adds_none(data_file, sha):
    before = sha(data_file)
    store = open_data(data_file)
    with pytest.raises(ValidationError):
        deadlines.add_many(store, [Deadline("2026-05-05", "Một"), Deadline("2026-02-30", "Hai"),
                                   Deadline("2026-05-07", "Ba")])
    store.close()
    assert sha(data_file) == before


def test_a_day_change_that_does_not_exist(data_file, sha):
    before = sha(data_file)
    store = open_data(data_file)
    with pytest.raises(ValidationError) as refused:
        deadlines.set_day(store, dt.date(2026, 3, 5), "holiday")
    store.close()
    assert refused.value.message == "Thay đổi ngày nghỉ «holiday» không có."
    assert sha(data_file) == before


@pytest.mark.parametrize("due, year", [("1850-05-05", "1850"), ("2200-01-10", "2200"), ("0202-05-05", "0202"),
                                       ("1989-12", "1989")])
def test_a_deadline_in_a_year_out_of_reach(data_file, sha, due, year):
    before = sha(data_file)
    store = open_data(data_file)
    with pytest.raises(ValidationError) as refused:
        deadlines.add(store, Deadline(due, "Gửi báo cáo"))
    store.close()
    assert refused.value.message == f"Hạn «{due}» có năm {year} ngoài khoảng 1990–2100: hãy kiểm tra lại năm."
    assert sha(data_file) == before


@pytest.mark.parametrize("day, month", [(30, 2), (31, 4), (32, 1), (0, 5), (10, 13)])
def test_a_yearly_date_that_no_year_has(data_file, sha, day, month):
    before = sha(data_file)
    store = open_data(data_file)
    with pytest.raises(ValidationError) as refused:
        deadlines.add_yearly(store, month, day, "Kỷ niệm", range(2026, 2030))
    store.close()
    assert refused.value.message == f"Ngày {day:02d}/{month:02d} không có trong năm; không ghi gì cả."
    assert sha(data_file) == before


@pytest.mark.parametrize("unit_ids, message", [
    ([], "Chọn ít nhất một đơn vị phải nộp (hoặc chọn «Tất cả đơn vị»)."),
    ([999999], "Không tìm thấy đơn vị số 999999 trong danh sách đơn vị; không ghi gì cả."),
    ([999998, 999999], "Không tìm thấy đơn vị số 999998, 999999 trong danh sách đơn vị; không ghi gì cả."),
])
def test_a_hand_picked_audience_of_no_units_or_unknown_ones(data_file, sha, unit_ids, message):
    before = sha(data_file)
    store = open_data(data_file)
    with pytest.raises(ValidationError) as refused:
        deadlines.add(store, Deadline("2026-05-05", "Gửi hồ sơ", audience=Audience(LISTED, "", unit_ids)))
    store.close()
    assert refused.value.message == message
    assert sha(data_file) == before


def test_a_receipt_dated_in_the_future(data_file, sha):
    store = open_data(data_file)
    d = deadlines.add(store, Deadline("2026-05-05", "Gửi báo cáo"))
    unit = deadlines.audience_units(store)[0].id
    store.close()
    before = sha(data_file)
    store = open_data(data_file)
    later = dt.date.today() + dt.timedelta(days=3)
    with pytest.raises(ValidationError) as refused:
        deadlines.tick(store, d, unit, later)
    store.close()
    assert refused.value.message == f"Ngày nhận {later:%d/%m/%Y} chưa đến: hồ sơ chỉ có thể đã nhận đến hôm nay."
    assert sha(data_file) == before


@pytest.mark.parametrize("day", ["2025-03-05", "2025-03-07"])
def test_a_make_up_working_day_on_a_weekday(cli, data_file, sha, day):
    weekday = dt.date.fromisoformat(day)
    before = sha(data_file)
    run = cli("deadlines", "days-off", "2025", "--work", day)
    assert (run.status, run.err.strip()) == (
        1, f"Ngày {weekday:%d/%m/%Y} là ngày làm việc trong tuần; ngày làm bù là một ngày thứ Bảy hoặc Chủ nhật.")
    assert sha(data_file) == before

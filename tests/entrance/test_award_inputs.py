"""The bad-input suite for the award lists (issue 12): lists with impossible dates, unknown
awards and ratings, wrong or missing columns, files that are not spreadsheets at all (an .xls that
is really a web page), the same nominee twice, votes above the council, a decision number used
twice, ids that do not exist. Each gets its exact message and exit status, and changes nothing
(the data file's sha256 is the same) unless it should."""

from __future__ import annotations

import json

import pytest

from thiduadesk.exchange.award_lists import template_headers

YEAR = "2030-2031"  # a year the demo data file has no nominations for
HEAD = template_headers()
GOOD = [1, "Trần Văn An", "05/09/1980", "Giáo viên", "Trường Tiểu học Nguyễn Du", "CSTĐCS", "HTXSNV", "", "", "", ""]
NOTHING = "Chưa nhập gì: 1 dòng lỗi trong 2 dòng. Hãy sửa tệp rồi nhập lại."


def row(**changes):
    values = dict(zip(HEAD, GOOD, strict=True))
    values.update(changes)
    return [values[h] for h in HEAD]


def award_list(xlsx, *rows, name="ds.xlsx"):
    return xlsx([HEAD, GOOD[:1] + ["Lê Thị Bình"] + GOOD[2:], *rows], name=name)


def ids(cli, year=YEAR) -> list[int]:
    """The ids of the year's nominations, as ``awards check --json`` gives them (Lê Thị Bình first)."""
    run = cli("awards", "check", "--year", year, "--json")
    assert run.status == 0
    return [r["id"] for r in json.loads(run.out)]


# -- one bad cell in a row: the row's message, nothing imported ------------------------------

BAD_CELLS = [
    ({"Ngày sinh": "31/02/1990"}, "Ngày sinh: ngày «31/02/1990» không có thật hoặc không đọc được (ghi dạng 05/09/1980)"),
    ({"Ngày sinh": "29/02/2023"}, "Ngày sinh: ngày «29/02/2023» không có thật hoặc không đọc được (ghi dạng 05/09/1980)"),
    ({"Ngày sinh": "00/01/1990"}, "Ngày sinh: ngày «00/01/1990» không có thật hoặc không đọc được (ghi dạng 05/09/1980)"),
    ({"Ngày sinh": "15/13/1990"}, "Ngày sinh: ngày «15/13/1990» không có thật hoặc không đọc được (ghi dạng 05/09/1980)"),
    ({"Ngày sinh": "12/05/1850"}, "Ngày sinh: ngày «12/05/1850» không có thật hoặc không đọc được (ghi dạng 05/09/1980)"),
    ({"Ngày sinh": "hôm qua"}, "Ngày sinh: ngày «hôm qua» không có thật hoặc không đọc được (ghi dạng 05/09/1980)"),
    ({"Ngày sinh": "1980-02-30"}, "Ngày sinh: ngày «1980-02-30» không có thật hoặc không đọc được (ghi dạng 05/09/1980)"),
    ({"Đề nghị danh hiệu/hình thức": "Bằng khen Thủ tướng"}, "không rõ danh hiệu/hình thức «Bằng khen Thủ tướng»"),
    ({"Đề nghị danh hiệu/hình thức": "Huân chương Lao động"}, "không rõ danh hiệu/hình thức «Huân chương Lao động»"),
    ({"Đề nghị danh hiệu/hình thức": "XYZ"}, "không rõ danh hiệu/hình thức «XYZ»"),
    ({"Đề nghị danh hiệu/hình thức": ""}, "thiếu danh hiệu/hình thức đề nghị"),
    ({"Họ và tên": ""}, "thiếu họ tên (hoặc tên tập thể)"),
    ({"Đơn vị": ""}, "thiếu đơn vị"),
    ({"Mức độ hoàn thành nhiệm vụ": "Giỏi"},
     "không rõ mức độ hoàn thành nhiệm vụ «Giỏi» (HTXSNV, HTTNV, HTNV, KHTNV)"),
    ({"Mức độ hoàn thành nhiệm vụ": "Xuất sắc lắm"},
     "không rõ mức độ hoàn thành nhiệm vụ «Xuất sắc lắm» (HTXSNV, HTTNV, HTNV, KHTNV)"),
    ({"Sáng kiến": "Dạy học STEM", "Cấp công nhận sáng kiến": "cấp vũ trụ"},
     "không rõ cấp công nhận sáng kiến «cấp vũ trụ» (cơ sở, huyện, tỉnh)"),
]


@pytest.mark.parametrize("changes, message", BAD_CELLS, ids=[str(i) for i in range(len(BAD_CELLS))])
def test_a_bad_cell_is_reported_on_its_row_and_nothing_is_imported(cli, xlsx, data_file, sha, changes, message):
    before = sha(data_file)
    run = cli("awards", "import", award_list(xlsx, row(**changes)), "--year", YEAR)
    assert run.status == 1
    assert run.err.splitlines() == [f"Dòng 3: {message}", NOTHING]
    assert sha(data_file) == before


@pytest.mark.parametrize("column, text, label", [
    ("Số năm công tác trong ngành", "hai mươi", "Số năm công tác"),
    ("Số năm công tác trong ngành", "-3", "Số năm công tác"),
    ("Tổng số thành viên", "nhiều", "Số thành viên"),
    ("Số năm bị kỷ luật", "1,5", "Số năm bị kỷ luật"),
    ("Số năm ở vùng đặc biệt khó khăn", "x", "Số năm ở vùng đặc biệt khó khăn"),
])
def test_a_number_column_that_is_not_a_number(cli, xlsx, data_file, sha, column, text, label):
    before = sha(data_file)
    path = xlsx([[*HEAD, column], [*GOOD, text]], name="so.xlsx")
    run = cli("awards", "import", path, "--year", YEAR)
    assert (run.status, run.err.splitlines()[0]) == (1, f"Dòng 2: {label} «{text}» phải là một số")
    assert sha(data_file) == before


def test_every_bad_row_is_listed_not_only_the_first(cli, xlsx, data_file, sha):
    before = sha(data_file)
    path = award_list(xlsx, row(**{"Ngày sinh": "31/02/1990"}), row(**{"Họ và tên": "", "Đơn vị": ""}))
    run = cli("awards", "import", path, "--year", YEAR)
    assert run.status == 1
    assert run.err.splitlines() == [
        "Dòng 3: Ngày sinh: ngày «31/02/1990» không có thật hoặc không đọc được (ghi dạng 05/09/1980)",
        "Dòng 4: thiếu họ tên (hoặc tên tập thể); thiếu đơn vị",
        "Chưa nhập gì: 2 dòng lỗi trong 3 dòng. Hãy sửa tệp rồi nhập lại."]
    assert sha(data_file) == before


# -- the school year --------------------------------------------------------------------------

@pytest.mark.parametrize("year", ["2023", "2023-2025", "2024-2023", "năm nay", "", "23-24", "2023/2024/2025"])
def test_a_school_year_that_is_not_two_consecutive_years(cli, xlsx, data_file, sha, year):
    before = sha(data_file)
    run = cli("awards", "import", award_list(xlsx), "--year", year)
    assert run.status == 2
    assert f"Năm học phải có dạng 2023-2024 (hai năm liền nhau): «{year}»." in run.err
    assert sha(data_file) == before


# -- files that are not award lists -------------------------------------------------------------

def _not_found_header(name):
    return (f"{name}: không tìm thấy dòng tiêu đề có cột «Họ và tên» và «Đề nghị danh hiệu/hình thức» trong các "
            "trang tính. Hãy dùng mẫu danh sách của chương trình.")


@pytest.mark.parametrize("headers", [
    ["STT", "Họ và tên", "Đơn vị"],  # no award column
    ["STT", "Đề nghị danh hiệu", "Đơn vị"],  # no name column
    ["A", "B", "C", "D"],
    [],
])
def test_a_list_without_the_name_and_award_columns(cli, xlsx, data_file, sha, headers):
    before = sha(data_file)
    path = xlsx([headers, ["1", "Trần Văn An", "Trường Tiểu học Nguyễn Du", "x"]], name="cot.xlsx")
    run = cli("awards", "import", path, "--year", YEAR)
    assert (run.status, run.err.strip()) == (1, _not_found_header("cot.xlsx"))
    assert sha(data_file) == before


def test_a_list_with_only_its_headers(cli, xlsx, data_file, sha):
    before = sha(data_file)
    run = cli("awards", "import", xlsx([HEAD], name="rong.xlsx"), "--year", YEAR)
    assert run.status == 1 and run.err.splitlines()[0] == "Dòng 1: danh sách không có dòng nào"
    assert sha(data_file) == before


@pytest.mark.parametrize("name, content", [
    ("web.xls", b"<html><body><table><tr><td>H\xe1\xbb\x8d v\xc3\xa0 t\xc3\xaan</td></tr></table></body></html>"),
    ("web2.xls", b"<?xml version=\"1.0\"?><Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"></Workbook>"),
    ("csv.xlsx", "STT,Họ và tên,Đề nghị danh hiệu\n1,Trần Văn An,LĐTT\n".encode()),
    ("rong.xlsx", b""),
    ("rong.xls", b""),
    ("rong.ods", b""),
    ("rac.ods", bytes(range(256)) * 40),
    ("rac.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600),  # an OLE header and nothing after it
    ("zip.xlsx", b"PK\x03\x04" + b"\0" * 200),
])
def test_a_file_that_is_not_a_spreadsheet_is_refused_by_name(cli, tmp_path, data_file, sha, name, content):
    before = sha(data_file)
    path = tmp_path / name
    path.write_bytes(content)
    run = cli("awards", "import", path, "--year", YEAR)
    assert run.status == 1
    assert run.err.strip().startswith(f"{name}: ") and "Traceback" not in run.err
    assert sha(data_file) == before


@pytest.mark.parametrize("name", ["ds.docx", "ds.csv", "ds.txt", "ds.pdf", "ds"])
def test_a_file_of_another_kind_is_refused_by_its_suffix(cli, tmp_path, data_file, sha, name):
    before = sha(data_file)
    path = tmp_path / name
    path.write_bytes(b"STT;Ho va ten\n")
    run = cli("awards", "import", path, "--year", YEAR)
    assert (run.status, run.err.strip()) == (
        1, f"{name}: chỉ đọc được tệp Excel (.xlsx, .xls) hoặc LibreOffice (.ods).")
    assert sha(data_file) == before


def test_a_missing_file_and_a_folder(cli, tmp_path, data_file, sha):
    before = sha(data_file)
    run = cli("awards", "import", tmp_path / "khong-co.xlsx", "--year", YEAR)
    assert run.status == 1 and "khong-co.xlsx" in run.err and "Traceback" not in run.err
    folder = tmp_path / "thu-muc.xlsx"
    folder.mkdir()
    run = cli("awards", "import", folder, "--year", YEAR)
    assert run.status == 1 and "thu-muc.xlsx" in run.err and "Traceback" not in run.err
    assert sha(data_file) == before


# -- the same nominee twice; nominations that do not exist ------------------------------------

def test_the_same_nominee_twice_is_imported_and_both_flagged_by_the_check(cli, xlsx):
    assert cli("awards", "import", award_list(xlsx, GOOD, GOOD), "--year", YEAR).status == 0
    run = cli("awards", "check", "--year", YEAR, "--json")
    twice = [r for r in json.loads(run.out) if r["name"] == "Trần Văn An"]
    assert len(twice) == 2 and not any(r["eligible"] for r in twice[1:])
    assert any("hai lần" in m["message"] or "trùng" in m["message"] for r in twice for m in r["reasons"])


@pytest.mark.parametrize("command", [("votes", "--for", "8", "--of", "9"),
                                     ("decide", "--number", "5/QĐ-UBND", "--date", "2024-06-01")])
@pytest.mark.parametrize("extra", [[99999], [0, 99999], [0, 1, 88888]])
def test_ids_that_are_not_of_the_year_change_nothing(cli, xlsx, data_file, sha, command, extra):
    assert cli("awards", "import", award_list(xlsx, GOOD), "--year", YEAR).status == 0
    known = ids(cli)
    given = [known[i] if i < 2 else i for i in extra]
    before = sha(data_file)
    run = cli("awards", *command, "--year", YEAR, "--ids", ",".join(map(str, given)))
    stray = ", ".join(str(i) for i in given if i not in known)
    assert (run.status, run.err.strip()) == (
        1, f"Năm học {YEAR} không có đề nghị số {stray} (xem «awards check --json»). Không có gì thay đổi.")
    assert sha(data_file) == before


@pytest.mark.parametrize("ids", ["0", "-1", "abc", "1,,x", "99999999999999999999"])
def test_ids_that_are_not_ids(cli, data_file, sha, ids):
    before = sha(data_file)
    run = cli("awards", "votes", "--year", YEAR, "--for", "8", "--of", "9", "--ids", ids)
    assert run.status == 2 and "số hiệu" in run.err
    assert sha(data_file) == before


# -- council votes ---------------------------------------------------------------------------------

@pytest.mark.parametrize("votes_for, total", [("10", "9"), ("9", "0"), ("1", "0"), ("100", "99")])
def test_votes_above_the_council_or_an_empty_council(cli, xlsx, data_file, sha, votes_for, total):
    assert cli("awards", "import", award_list(xlsx, GOOD), "--year", YEAR).status == 0
    before = sha(data_file)
    run = cli("awards", "votes", "--year", YEAR, "--for", votes_for, "--of", total, "--ids", str(ids(cli)[0]))
    assert (run.status, run.err.strip()) == (
        1, f"Số phiếu không hợp lệ: {votes_for}/{total} (số phiếu đồng ý từ 0 đến tổng số thành viên Hội đồng).")
    assert sha(data_file) == before


@pytest.mark.parametrize("votes_for", ["-1", "tám", "8.5", "1000"])
def test_a_vote_count_that_is_not_a_count(cli, data_file, sha, votes_for):
    before = sha(data_file)
    run = cli("awards", "votes", "--year", YEAR, "--for", votes_for, "--of", "9")
    assert run.status == 2 and "số phiếu" in run.err
    assert sha(data_file) == before


def test_votes_when_nothing_is_eligible(cli, data_file, sha):
    before = sha(data_file)
    run = cli("awards", "votes", "--year", YEAR, "--for", "8", "--of", "9")
    assert (run.status, run.err.strip()) == (
        1, f"Năm học {YEAR} không có đề nghị nào đủ điều kiện mà chưa có quyết định. Không có gì thay đổi.")
    assert sha(data_file) == before


# -- decisions ---------------------------------------------------------------------------------------

def test_a_decision_number_used_twice_for_another_decision_is_refused(cli, xlsx, data_file, sha):
    assert cli("awards", "import", award_list(xlsx, GOOD), "--year", YEAR).status == 0
    first, second = ids(cli)
    assert cli("awards", "decide", "--year", YEAR, "--number", "15/QĐ-UBND", "--date", "2024-06-01",
               "--ids", str(first)).status == 0
    before = sha(data_file)
    run = cli("awards", "decide", "--year", YEAR, "--number", "15/QĐ-UBND", "--date", "2024-07-09", "--ids",
              str(second))
    assert (run.status, run.err.strip()) == (
        1, f"Số quyết định «15/QĐ-UBND» đã dùng cho quyết định ngày 01/06/2024 (năm học {YEAR}). Hãy kiểm tra "
           "lại số. Không có gì thay đổi.")
    assert sha(data_file) == before
    # the same decision, recorded for one more proposal: allowed
    run = cli("awards", "decide", "--year", YEAR, "--number", "15/QĐ-UBND", "--date", "2024-06-01", "--ids",
              str(second))
    assert (run.status, run.out.strip()) == (
        0, f"Đã ghi Quyết định số 15/QĐ-UBND ngày 01/06/2024 cho 1 đề nghị năm học {YEAR}.")


def test_a_decision_number_of_another_year_is_refused(cli, xlsx, data_file, sha):
    assert cli("awards", "import", award_list(xlsx, GOOD), "--year", YEAR).status == 0
    assert cli("awards", "import", award_list(xlsx, GOOD, name="b.xlsx"), "--year", "2031-2032").status == 0
    assert cli("awards", "decide", "--year", YEAR, "--number", "7/QĐ-UBND", "--date", "2024-06-01",
               "--ids", str(ids(cli)[0])).status == 0
    before = sha(data_file)
    run = cli("awards", "decide", "--year", "2031-2032", "--number", "7/QĐ-UBND", "--date", "2024-06-01",
              "--ids", str(ids(cli, "2031-2032")[0]))
    assert run.status == 1 and run.err.startswith("Số quyết định «7/QĐ-UBND» đã dùng cho quyết định ngày 01/06/2024")
    assert sha(data_file) == before


def test_a_proposal_decided_twice_is_refused(cli, xlsx, data_file, sha):
    assert cli("awards", "import", award_list(xlsx, GOOD), "--year", YEAR).status == 0
    bình, an = ids(cli)
    assert cli("awards", "decide", "--year", YEAR, "--number", "8/QĐ-UBND", "--date", "2024-06-01",
               "--ids", str(an)).status == 0
    before = sha(data_file)
    run = cli("awards", "decide", "--year", YEAR, "--number", "9/QĐ-UBND", "--date", "2024-06-03", "--ids",
              f"{bình},{an}")
    assert (run.status, run.err.strip()) == (
        1, f"Trần Văn An ({YEAR}) đã có Quyết định số 8/QĐ-UBND: không ghi quyết định lần nữa. Không có gì thay "
           "đổi.")
    assert sha(data_file) == before


@pytest.mark.parametrize("date", ["2024-02-30", "01/06/2024", "2024-13-01", "mai"])
def test_a_decision_date_that_is_not_a_day(cli, data_file, sha, date):
    before = sha(data_file)
    run = cli("awards", "decide", "--year", YEAR, "--number", "1/QĐ-UBND", "--date", date)
    assert run.status == 2 and f"ngày phải theo dạng YYYY-MM-DD, ví dụ 2025-09-05: «{date}»" in run.err
    assert sha(data_file) == before


@pytest.mark.parametrize("number", ["", "   "])
def test_a_decision_without_a_number(cli, xlsx, data_file, sha, number):
    assert cli("awards", "import", award_list(xlsx, GOOD), "--year", YEAR).status == 0
    before = sha(data_file)
    run = cli("awards", "decide", "--year", YEAR, "--number", number, "--date", "2024-06-01", "--ids",
              str(ids(cli)[0]))
    assert (run.status, run.err.strip()) == (1, "Cần số quyết định khen thưởng.")
    assert sha(data_file) == before


# -- settings -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("flag, value, message", [
    ("--vote-pct", "150", "tỷ lệ «150» phải từ 0 đến 100"),
    ("--vote-pct", "-5", "tỷ lệ «-5» phải từ 0 đến 100"),
    ("--ldtt-pct", "bảy mươi", "tỷ lệ phải là số, ví dụ 80: «bảy mươi»"),
    ("--cstdcs-cap", "101", "tỷ lệ «101» phải từ 0 đến 100"),
    ("--base-salary", "0", "số tiền phải là số đồng, ví dụ 2340000: «0»"),
    ("--base-salary", "hai triệu", "số tiền phải là số đồng, ví dụ 2340000: «hai triệu»"),
])
def test_settings_out_of_range(cli, data_file, sha, flag, value, message):
    before = sha(data_file)
    run = cli("awards", "settings", "--year", YEAR, flag, value)
    assert run.status == 2 and message in run.err
    assert sha(data_file) == before

"""Award lists from the schools' files: the standard template, shuffled columns, .xls and .ods,
a TCVN3 file, broken rows, far-away cells."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Font

from thiduadesk.domain.awards import catalogue as c
from thiduadesk.domain.awards.model import Initiative, Nomination
from thiduadesk.domain.legacy_text import unicode_to_tcvn3, unicode_to_vni
from thiduadesk.exchange.award_lists import AwardListError, read_award_list, template_headers, write_template
from thiduadesk.exchange.xls_extent import NotXls, xls_extent

DATA = Path(__file__).parent.parent / "data" / "awards"
YEAR = "2023-2024"


def _xlsx(path, rows, title=True, font=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    if title:
        ws.append(["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"])
    for row in rows:
        ws.append(row)
    if font:
        for row in ws.iter_rows():
            for cell in row:
                cell.font = Font(name=font)
    wb.save(path)
    return path


def test_template_headers_are_the_standard_ones():
    assert template_headers() == ["STT", "Họ và tên", "Ngày sinh", "Chức vụ", "Đơn vị", "Đề nghị danh hiệu/hình thức",
                                  "Mức độ hoàn thành nhiệm vụ", "Sáng kiến", "Cấp công nhận sáng kiến", "Kỷ luật",
                                  "Ghi chú"]


def test_standard_template_round_trip(tmp_path):
    noms = [Nomination(YEAR, c.CSTDCS, "Trần Văn An", "Trường Tiểu học Nguyễn Du", birth_date="1980-09-05",
                       position="Giáo viên", rating=c.HTXS, initiatives=[Initiative("Dạy đọc", c.LEVEL_BASE)]),
            Nomination(YEAR, c.TT_LDTT, "Trường Tiểu học Nguyễn Du", "Trường Tiểu học Nguyễn Du", collective=True,
                       rating=c.HTT, discipline="Khiển trách")]
    path = write_template(tmp_path / "mau.xlsx", noms)
    result = read_award_list(path, YEAR)
    assert [r.errors for r in result.rows] == [[], []]
    a, b = result.nominations
    assert (a.name, a.award, a.birth_date, a.rating, a.position) == ("Trần Văn An", c.CSTDCS, "1980-09-05", c.HTXS,
                                                                   "Giáo viên")
    assert a.initiatives == [Initiative("Dạy đọc", c.LEVEL_BASE, "")]
    assert b.collective and b.discipline == "Khiển trách" and b.unit == "Trường Tiểu học Nguyễn Du"
    assert result.header_row == 1


def test_shuffled_columns_other_wording_and_abbreviations(tmp_path):
    path = _xlsx(tmp_path / "x.xlsx", [
        ["Ghi chú", "Danh hiệu đề nghị", "HỌ  TÊN", "xếp loại", "Đơn vị công tác", "Năm sinh"],
        ["", "LĐTT", "Lê Thị Bình", "HTTNV", "Trường THCS Lê Quý Đôn", 1985],
        ["", "cstđcs", "Ngô Thị Hồng Nhung", "htxsnv", "Trường THCS Lê Quý Đôn", dt.datetime(1990, 1, 2)],
    ])
    result = read_award_list(path, YEAR)
    assert [(n.name, n.award, n.rating, n.birth_date) for n in result.nominations] == [
        ("Lê Thị Bình", c.LDTT, c.HTT, "1985"), ("Ngô Thị Hồng Nhung", c.CSTDCS, c.HTXS, "1990-01-02")]
    assert result.rows[0].row_number == 3


@pytest.mark.parametrize("name", ["shuffled.xls", "shuffled.ods"])
def test_xls_and_ods(name):
    result = read_award_list(DATA / name, YEAR)
    got = [(n.name, n.unit, n.award, n.rating, n.birth_date, n.discipline) for n in result.nominations]
    assert got == [
        ("Trần Văn An", "Trường Tiểu học Nguyễn Du", c.CSTDCS, c.HTXS, "1980-09-05", ""),
        ("Lê Thị Bình", "Trường Tiểu học Nguyễn Du", c.LDTT, c.HTT, "1985-03-12", ""),
        ("Phạm Thị Thu Hà", "Trường Mầm non Hoa Sen", c.CSTDCS, c.HTT, "", "Đang xem xét kỷ luật"),
    ]
    assert result.nominations[2].initiatives == [Initiative("Dạy trẻ qua trò chơi", c.LEVEL_BASE, "")]


def test_tcvn3_file_is_converted_with_a_note(tmp_path):
    rows = [["STT", "Họ và tên", "Đơn vị", "Đề nghị danh hiệu/hình thức", "Mức độ hoàn thành nhiệm vụ"],
            [1, "Nguyễn Thị Hương", "Trường Mầm non Hoa Sen", "Lao động tiên tiến", "Hoàn thành tốt nhiệm vụ"],
            [2, "Đặng Văn Phúc", "Trường Mầm non Hoa Sen", "Chiến sĩ thi đua cơ sở", "Hoàn thành xuất sắc nhiệm vụ"]]
    legacy = [[unicode_to_tcvn3(v) if isinstance(v, str) else v for v in row] for row in rows]
    assert legacy[1][1] != rows[1][1]
    result = read_award_list(_xlsx(tmp_path / "abc.xlsx", legacy, title=False, font=".VnTime"), YEAR)
    assert [(n.name, n.unit, n.award, n.rating) for n in result.nominations] == [
        ("Nguyễn Thị Hương", "Trường Mầm non Hoa Sen", c.LDTT, c.HTT),
        ("Đặng Văn Phúc", "Trường Mầm non Hoa Sen", c.CSTDCS, c.HTXS)]
    assert any("TCVN3" in note for note in result.notes)


def test_vni_file_is_converted(tmp_path):
    rows = [["Họ và tên", "Đơn vị", "Đề nghị danh hiệu", "Xếp loại"],
            ["Lê Thị Hồng Nhung", "Trường Tiểu học Xuân Phương", "Lao động tiên tiến", "Hoàn thành tốt nhiệm vụ"]]
    legacy = [[unicode_to_vni(v) for v in row] for row in rows]
    result = read_award_list(_xlsx(tmp_path / "vni.xlsx", legacy, title=False, font="VNI-Times"), YEAR)
    assert [(n.name, n.unit, n.award, n.rating) for n in result.nominations] == [
        ("Lê Thị Hồng Nhung", "Trường Tiểu học Xuân Phương", c.LDTT, c.HTT)]
    assert any("VNI" in note for note in result.notes)


def test_a_lone_name_is_a_row_in_error_not_a_heading(tmp_path):
    path = _xlsx(tmp_path / "lone.xlsx", [template_headers(), ["", "Trần Văn An"], ["A. CÁ NHÂN"], ["TRƯỜNG A"]])
    result = read_award_list(path, YEAR)
    assert [(r.row_number, r.errors) for r in result.rows] == [
        (3, ["thiếu danh hiệu/hình thức đề nghị", "thiếu đơn vị"])]


def test_broken_rows_are_reported_row_by_row(tmp_path):
    path = _xlsx(tmp_path / "bad.xlsx", [
        template_headers(),
        [1, "Trần Văn An", "31/02/1980", "", "Trường A", "Huân chương Lao động", "HTT", "", "", "", ""],
        [2, "", "", "", "Trường A", "LĐTT", "giỏi", "", "", "", ""],
        ["I. TẬP THỂ"],
        [3, "Lê Thị Bình", "", "", "", "LĐTT", "", "SK", "cấp vũ trụ", "", ""],
        [4, "Vũ Minh Châu", "", "", "Trường A", "LĐTT", "HTT", "", "", "", ""],
    ])
    result = read_award_list(path, YEAR)
    assert [(r.row_number, r.errors) for r in result.errors] == [
        (3, ["không rõ danh hiệu/hình thức «Huân chương Lao động»",
             "Ngày sinh: ngày «31/02/1980» không có thật hoặc không đọc được (ghi dạng 05/09/1980)"]),
        (4, ["thiếu họ tên (hoặc tên tập thể)",
             "không rõ mức độ hoàn thành nhiệm vụ «giỏi» (HTXSNV, HTTNV, HTNV, KHTNV)"]),
        (6, ["không rõ cấp công nhận sáng kiến «cấp vũ trụ» (cơ sở, huyện, tỉnh)", "thiếu đơn vị"]),
    ]
    assert [n.name for n in result.nominations] == ["Vũ Minh Châu"]


def test_far_away_cells(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(template_headers())
    ws.append([1, "Vũ Minh Châu", "", "", "Trường A", "LĐTT", "HTT"])
    ws["XFD1048576"] = "x"  # beyond the columns read: ignored
    wb.save(tmp_path / "far.xlsx")
    assert [n.name for n in read_award_list(tmp_path / "far.xlsx", YEAR).nominations] == ["Vũ Minh Châu"]
    ws["B1048000"] = "x"
    wb.save(tmp_path / "far2.xlsx")
    with pytest.raises(AwardListError, match="có dữ liệu ở dòng 1.048.000, quá giới hạn 20.000 dòng"):
        read_award_list(tmp_path / "far2.xlsx", YEAR)
    with pytest.raises(AwardListError, match="có dữ liệu ở dòng 1.048.002, quá giới hạn 20.000 dòng"):
        read_award_list(DATA / "stray_cell.ods", YEAR)


def test_far_away_cells_in_xls_are_found_before_the_sheet_is_laid_out():
    # calamine would lay out 65,536 × 256 cells (about 1 GB) for this one "x"
    assert xls_extent((DATA / "stray_cell.xls").read_bytes()).last_value_row == 65535
    with pytest.raises(AwardListError, match="stray_cell.xls: một trang tính có dữ liệu ở dòng 65.536, quá giới hạn "
                                             "20.000 dòng"):
        read_award_list(DATA / "stray_cell.xls", YEAR)
    with pytest.raises(AwardListError, match="có dữ liệu ở cột 256, quá giới hạn số cột"):
        read_award_list(DATA / "stray_column.xls", YEAR)
    ext = xls_extent((DATA / "shuffled.xls").read_bytes())
    assert (ext.last_value_row, ext.last_value_col) == (5, 10)
    long = xls_extent((DATA / "long.xls").read_bytes())
    assert (long.last_value_row, long.last_value_col) == (300, 4)
    assert len(read_award_list(DATA / "long.xls", YEAR).nominations) == 300
    with pytest.raises(NotXls):
        xls_extent(b"not an xls file at all" * 40)


def test_not_a_list(tmp_path):
    with pytest.raises(AwardListError, match="không tìm thấy dòng tiêu đề có cột «Họ và tên»"):
        read_award_list(_xlsx(tmp_path / "x.xlsx", [["a", "b"], ["c", "d"]]), YEAR)
    (tmp_path / "x.csv").write_text("a")
    with pytest.raises(AwardListError, match="chỉ đọc được tệp Excel"):
        read_award_list(tmp_path / "x.csv", YEAR)
    (tmp_path / "broken.ods").write_bytes(b"not a zip")
    with pytest.raises(AwardListError, match="bị hỏng"):
        read_award_list(tmp_path / "broken.ods", YEAR)


def test_a_layout_mapped_by_hand(tmp_path):
    path = _xlsx(tmp_path / "odd.xlsx", [["Cán bộ", "Trường", "Đăng ký"],
                                         ["Trần Văn An", "Trường A", "LĐTT"], ["Lê Thị Bình", "Trường A", "CSTĐCS"]],
                 title=False)
    with pytest.raises(AwardListError, match="không tìm thấy dòng tiêu đề"):
        read_award_list(path, YEAR)
    result = read_award_list(path, YEAR, mapping={"name": 0, "unit": 1, "award": 2}, header_row=1)
    assert [(n.name, n.unit, n.award) for n in result.nominations] == [("Trần Văn An", "Trường A", c.LDTT),
                                                                     ("Lê Thị Bình", "Trường A", c.CSTDCS)]
    assert result.rows[0].row_number == 2
    with pytest.raises(AwardListError, match="Cần chọn ít nhất cột «Họ và tên»"):
        read_award_list(path, YEAR, mapping={"name": 0})


def test_reading_is_bounded_in_time(tmp_path, monkeypatch):
    import thiduadesk.exchange.award_lists as award_lists

    rows = [template_headers()] + [[i, f"Giáo viên {i}", "", "", "Trường A", "LĐTT", "HTT"] for i in range(1, 1200)]
    path = _xlsx(tmp_path / "long.xlsx", rows)
    monkeypatch.setattr(award_lists, "MAX_SECONDS", -1.0)
    with pytest.raises(AwardListError, match=r"long.xlsx: đọc tệp quá -1 giây; tệp quá lớn hoặc hỏng."):
        read_award_list(path, YEAR)
    with pytest.raises(AwardListError, match=r"long.xls: đọc tệp quá -1 giây"):
        read_award_list(DATA / "long.xls", YEAR)


def test_gender_and_years_under_discipline_are_read(tmp_path):
    rows = [["Họ và tên", "Giới tính", "Đơn vị", "Đề nghị danh hiệu", "Số năm công tác trong ngành",
             "Số năm bị kỷ luật"],
            ["Nguyễn Thị Hương", "Nữ", "Trường Mầm non Hoa Sen", "Kỷ niệm chương", "24", "2"],
            ["Đặng Văn Phúc", "nam", "Trường Mầm non Hoa Sen", "LĐTT", "", ""],
            ["Lê Minh Châu", "", "Trường Mầm non Hoa Sen", "LĐTT", "", ""],
            ["Vũ An", "chưa rõ", "Trường Mầm non Hoa Sen", "LĐTT", "", "hai"]]
    result = read_award_list(_xlsx(tmp_path / "g.xlsx", rows), YEAR)
    got = [(r.nomination.name, r.nomination.woman, r.nomination.discipline_years) for r in result.rows]
    assert got == [("Nguyễn Thị Hương", True, 2), ("Đặng Văn Phúc", False, None), ("Lê Minh Châu", None, None),
                   ("Vũ An", None, None)]
    assert result.rows[3].errors == ["Số năm bị kỷ luật «hai» phải là một số",
                                     "không rõ giới tính «chưa rõ» (Nam hoặc Nữ)"]


def test_a_ticked_women_column_marks_women(tmp_path):
    rows = [["Họ và tên", "Nữ", "Đơn vị", "Đề nghị danh hiệu"],
            ["Nguyễn Thị Hương", "x", "Trường Mầm non Hoa Sen", "LĐTT"],
            ["Đặng Văn Phúc", "", "Trường Mầm non Hoa Sen", "LĐTT"]]
    result = read_award_list(_xlsx(tmp_path / "n.xlsx", rows), YEAR)
    assert [r.nomination.woman for r in result.rows] == [True, None]

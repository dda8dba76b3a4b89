"""The fast road for an ordinary .xlsx (python-calamine) reads every list as the careful road
(openpyxl) does, and is not taken where it could not be."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from openpyxl.styles import Font

from tests.award_lists import write_award_list
from thiduadesk.domain.legacy_text import unicode_to_tcvn3
from thiduadesk.exchange import award_lists
from thiduadesk.exchange.award_lists import MAX_COLUMNS, MAX_ROWS, read_award_list, template_headers
from thiduadesk.exchange.plain_xlsx import plain_sheets

YEAR = "2023-2024"
ROW = [1, "Trần Văn An", dt.date(1980, 9, 5), "Giáo viên", "Trường Tiểu học Nguyễn Du", "CSTĐCS", "HTXSNV",
       "Dạy đọc cho học sinh lớp 1", "Cơ sở", "", ""]


def _both_roads(path, monkeypatch, **layout):
    fast = read_award_list(path, YEAR, **layout)
    with monkeypatch.context() as m:
        m.setattr(award_lists, "plain_sheets", lambda *_args: None)
        careful = read_award_list(path, YEAR, **layout)
    return fast, careful


def _workbook(path, fill):
    wb = openpyxl.Workbook()
    fill(wb)
    wb.save(path)
    return path


def _offset(wb):  # a title, a blank row, the table from column B, a hidden sheet after it
    ws = wb.active
    ws.title = "Danh sách"
    ws["B1"] = "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM HỌC 2023-2024"
    for r, row in enumerate([template_headers(), ROW, [2, "Lê Thị Bình", "31/02/1990", "Giáo viên",
                                                         "Trường THCS Lê Quý Đôn", "LĐTT", "HTTNV"],
                             [], [3, "Vũ Minh Châu", 1985, "Tổ trưởng", "Trường THCS Lê Quý Đôn", "LĐTT", "HTNV",
                                  "", "", "Khiển trách", 12.0]], start=3):
        for c, value in enumerate(row, start=2):
            ws.cell(r, c, value)
    hidden = wb.create_sheet("Ẩn")
    hidden.sheet_state = "hidden"
    hidden["A1"] = "không phải danh sách"


def _tcvn3_text(wb):  # legacy text typed in a Unicode font: found by the text, converted
    ws = wb.active
    ws.append(template_headers())
    ws.append([1, unicode_to_tcvn3("Nguyễn Thị Hương"), "05/09/1980", unicode_to_tcvn3("Giáo viên"),
               unicode_to_tcvn3("Trường Mầm non Hoa Sen"), "LĐTT", "HTTNV"])


def _second_sheet(wb):  # the list on the second sheet, a note sheet first
    wb.active["A1"] = "Hướng dẫn: điền danh sách ở trang sau"
    ws = wb.create_sheet("DS")
    ws.append(template_headers())
    ws.append(ROW)
    ws.append([2, "Trường Tiểu học Nguyễn Du", "", "", "Trường Tiểu học Nguyễn Du", "TTLĐXS", "HTXSNV"])


@pytest.mark.parametrize("fill", [_offset, _tcvn3_text, _second_sheet], ids=["offset", "tcvn3-text", "second-sheet"])
def test_the_fast_road_reads_a_list_as_the_careful_one(tmp_path, monkeypatch, fill):
    path = _workbook(tmp_path / "ds.xlsx", fill)
    assert plain_sheets(path, MAX_ROWS, MAX_COLUMNS) is not None  # the fast road is taken
    fast, careful = _both_roads(path, monkeypatch)
    assert fast == careful
    assert fast.rows and any(r.nomination for r in fast.rows)


def test_the_fast_road_with_a_column_mapping_and_2500_rows(tmp_path, monkeypatch):
    rows = [[i, f"Nguyễn Văn Người {i:04d}", dt.date(1970 + i % 30, 1 + i % 12, 1 + i % 28), "Giáo viên",
             f"Trường Tiểu học số {i % 60}", ("LĐTT", "CSTĐCS", "GK")[i % 3], ("HTXSNV", "HTTNV", "HTNV")[i % 3],
             "", "", "", i * 1.5] for i in range(1, 2501)]
    path = write_award_list(tmp_path / "dai.xlsx", rows)
    fast, careful = _both_roads(path, monkeypatch)
    assert fast == careful and len(fast.rows) == 2500
    mapped = {"name": 1, "award": 5, "unit": 4}
    fast, careful = _both_roads(path, monkeypatch, mapping=mapped, header_row=1)
    assert fast == careful and len(fast.rows) == 2500


def _legacy_font(wb):
    ws = wb.active
    ws.append(template_headers())
    ws.append(ROW)
    ws["B2"].font = Font(name=".VnTime")


def _far_cell(wb):
    ws = wb.active
    ws.append(template_headers())
    ws.append(ROW)
    ws.cell(MAX_ROWS + 5, 2, "x")


def _far_column(wb):
    ws = wb.active
    ws.append(template_headers())
    ws.append(ROW)
    ws.cell(2, MAX_COLUMNS + 1, "ghi chú thừa")


@pytest.mark.parametrize("fill", [_legacy_font, _far_cell, _far_column], ids=["vntime-font", "far-row", "far-column"])
def test_the_fast_road_is_not_taken_where_fonts_or_far_cells_matter(tmp_path, fill):
    path = _workbook(tmp_path / "ds.xlsx", fill)
    assert plain_sheets(path, MAX_ROWS, MAX_COLUMNS) is None


def test_a_formula_error_in_a_cell_is_left_to_the_careful_road(tmp_path, monkeypatch):
    # openpyxl reads the error's text ("#DIV/0!"), calamine an empty cell: the careful road decides.
    import re
    import zipfile

    path = write_award_list(tmp_path / "loi.xlsx", [ROW])
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    parts["xl/worksheets/sheet1.xml"] = re.sub(r'<c r="K2"[^>]*?(/>|>.*?</c>)',
                                               '<c r="K2" t="e"><f>1/0</f><v>#DIV/0!</v></c>', sheet).encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    assert plain_sheets(path, MAX_ROWS, MAX_COLUMNS) is None
    fast, careful = _both_roads(path, monkeypatch)
    assert fast == careful and fast.rows[0].nomination.note == "#DIV/0!"


def test_a_file_that_is_not_a_workbook_is_left_to_the_careful_road(tmp_path):
    for name, data in (("csv.xlsx", "STT,Họ và tên\n".encode()), ("zip.xlsx", b"PK\x03\x04" + b"\0" * 200)):
        (tmp_path / name).write_bytes(data)
        assert plain_sheets(tmp_path / name, MAX_ROWS, MAX_COLUMNS) is None

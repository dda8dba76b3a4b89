"""Unit lists from and to Excel: header search, row errors, legacy encodings, broken files."""

from __future__ import annotations

import unicodedata
import zipfile

import openpyxl
import pytest
from openpyxl.styles import Font

from thiduadesk.demo_data import demo_units
from thiduadesk.domain.legacy_text import unicode_to_tcvn3, unicode_to_vni
from thiduadesk.domain.model import Unit
from thiduadesk.exchange.units_xlsx import (
    RowError,
    UnitImportError,
    level_from_text,
    read_units_xlsx,
    write_units_xlsx,
)


def _sheet(path, rows, fonts=None):
    """Write ``rows`` (lists of cell values, None for blank) from A1; ``fonts`` maps (row, col)
    1-based to a font name."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values, start=1):
            if value is not None:
                ws.cell(row=r, column=c, value=value)
    for (r, c), name in (fonts or {}).items():
        ws.cell(row=r, column=c).font = Font(name=name)
    wb.save(path)
    return path


def test_round_trip_demo_units(tmp_path):
    units = demo_units()
    path = tmp_path / "don_vi.xlsx"
    write_units_xlsx(path, units, title="DANH SÁCH ĐƠN VỊ TRỰC THUỘC")
    result = read_units_xlsx(path)
    assert result.errors == []
    assert result.header_row == 3
    assert result.units == units
    assert result.rows == list(range(4, 4 + len(units)))
    # Phone numbers stay text with their leading 0.
    assert all(u.phone.startswith("024") for u in result.units)


def test_round_trip_without_title_and_with_empty_fields(tmp_path):
    units = [Unit(name="Trường Mầm non Hoa Sen", level="mam_non"), Unit(name="Trường THCS Phú Đô", level="thcs",
             cluster="Cụm 1", email="c2phudo@namtuliem.edu.vn")]
    path = tmp_path / "a.xlsx"
    write_units_xlsx(path, units)
    result = read_units_xlsx(path)
    assert result.header_row == 1 and result.units == units and result.errors == []


def test_header_found_below_title_rows_with_other_wording(tmp_path):
    path = _sheet(tmp_path / "ds.xlsx", [
        ["UBND QUẬN NAM TỪ LIÊM"],
        ["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
        [],
        ["DANH SÁCH CÁC TRƯỜNG NĂM HỌC 2021-2022"],
        [None, "(Kèm theo Công văn số 123/PGDĐT)"],
        [],
        ["TT", "Tên trường", "Bậc học", "Khối thi đua", "Họ và tên Hiệu trưởng", "SĐT", "Địa chỉ email",
         "Địa chỉ"],
        [1, "Trường Mầm non Mễ Trì", "MN", "Cụm 2", "Lê Thị Chi", 2437651234, "mnmetri@namtuliem.edu.vn",
         "Phường Mễ Trì"],
        [2, "  Trường  Tiểu học\u00a0Xuân Phương ", "Tiểu học", "Cụm 4", "Phạm Văn Nam", "024 3765 1111",
         "c1xuanphuong@namtuliem.edu.vn", None],
        [3, "Trường THCS Đại Mỗ", "Trung học cơ sở", "Cụm 3", None, None, None, None],
        [4, "Trường TH và THCS Sao Mai", "Liên cấp", "Cụm 3", None, None, None, None],
    ])
    result = read_units_xlsx(path)
    assert result.header_row == 7
    assert result.errors == []
    assert [(u.name, u.level, u.cluster) for u in result.units] == [
        ("Trường Mầm non Mễ Trì", "mam_non", "Cụm 2"),
        ("Trường Tiểu học Xuân Phương", "tieu_hoc", "Cụm 4"),
        ("Trường THCS Đại Mỗ", "thcs", "Cụm 3"),
        ("Trường TH và THCS Sao Mai", "lien_cap", "Cụm 3"),
    ]
    first = result.units[0]
    assert first.head_name == "Lê Thị Chi"
    assert first.phone == "02437651234"  # typed as a number, leading 0 restored
    assert first.email == "mnmetri@namtuliem.edu.vn"
    assert first.address == "Phường Mễ Trì"
    assert result.rows == [8, 9, 10, 11]


def test_row_errors_carry_excel_row_numbers(tmp_path):
    path = _sheet(tmp_path / "loi.xlsx", [
        ["DANH SÁCH ĐƠN VỊ"],
        [],
        ["STT", "Tên đơn vị", "Cấp học", "Cụm"],
        [1, "Trường Mầm non Tây Mỗ", "Mầm non", "Cụm 3"],      # 4 ok
        [2, None, "Tiểu học", "Cụm 3"],                         # 5 no name
        [3, "Trường Tiểu học Tây Mỗ", "Đại học", "Cụm 3"],      # 6 unknown level
        [],                                                     # 7 empty: skipped
        [4],                                                    # 8 only a number: skipped
        [5, "Trường mầm non TÂY MỖ", "MN", "Cụm 3"],            # 9 duplicate of row 4
        [6, "Trường THCS Tây Mỗ", None, "Cụm 3"],               # 10 level from the name
        [7, "Nhà văn hoá", None, None],                         # 11 no level anywhere: khac
        ["Tổng cộng: 4 đơn vị"],                                # 12 total line: skipped
        [None, "Tổng số: 3 trường"],                            # 13 total line: skipped
        [None, "II. KHỐI TIỂU HỌC"],                            # 14 group heading: skipped
        [8, "Trường Đoàn Thị Điểm", None, "Cụm 1"],             # 15 level from the group heading
    ])
    result = read_units_xlsx(path)
    assert [u.name for u in result.units] == [
        "Trường Mầm non Tây Mỗ", "Trường THCS Tây Mỗ", "Nhà văn hoá", "Trường Đoàn Thị Điểm"]
    assert [u.level for u in result.units] == ["mam_non", "thcs", "khac", "tieu_hoc"]
    assert result.rows == [4, 10, 11, 15]
    assert [e.row_number for e in result.errors] == [5, 6, 9]
    assert all(isinstance(e, RowError) for e in result.errors)
    assert "Thiếu tên" in result.errors[0].message_vi
    assert result.errors[0].message == result.errors[0].message_vi
    assert "Đại học" in result.errors[1].message_vi and "cấp học" in result.errors[1].message_vi
    assert "Trùng" in result.errors[2].message_vi and "dòng 4" in result.errors[2].message_vi
    assert any("suy ra" in note for note in result.notes)


def test_tcvn3_cells_with_vntime_font_are_converted(tmp_path):
    rows = [
        ["Tên đơn vị", "Cấp học", "Hiệu trưởng"],
        ["Trường Tiểu học Xuân Phương", "Tiểu học", "Nguyễn Thị Hương"],
        ["Trường Mầm non Mễ Trì", "Mầm non", "Đỗ Văn Đức"],
    ]
    legacy = [[unicode_to_tcvn3(v) for v in row] for row in rows]
    fonts = {(r, c): ".VnTime" for r in range(1, 4) for c in range(1, 4)}
    path = _sheet(tmp_path / "tcvn3.xlsx", legacy, fonts)
    result = read_units_xlsx(path)
    assert result.errors == []
    assert [(u.name, u.level, u.head_name) for u in result.units] == [
        ("Trường Tiểu học Xuân Phương", "tieu_hoc", "Nguyễn Thị Hương"),
        ("Trường Mầm non Mễ Trì", "mam_non", "Đỗ Văn Đức"),
    ]
    assert any("TCVN3" in note for note in result.notes)


def test_tcvn3_without_font_and_capital_font(tmp_path):
    # No font information (e.g. a CSV pasted into Excel): the sheet-wide detection finds TCVN3.
    # The header row is in the capital-only font .VnTimeH, typed with lower-case codes.
    legacy = [
        [unicode_to_tcvn3("tên đơn vị"), unicode_to_tcvn3("cụm thi đua")],
        [unicode_to_tcvn3("Trường THCS Mỹ Đình 2"), unicode_to_tcvn3("Cụm 1")],
        [unicode_to_tcvn3("Trường Tiểu học Phú Đô"), unicode_to_tcvn3("Cụm 1")],
    ]
    path = _sheet(tmp_path / "h.xlsx", legacy, {(1, 1): ".VnTimeH", (1, 2): ".VnTimeH"})
    result = read_units_xlsx(path)
    assert [u.name for u in result.units] == ["Trường THCS Mỹ Đình 2", "Trường Tiểu học Phú Đô"]
    assert [u.level for u in result.units] == ["thcs", "tieu_hoc"]


def test_vni_sheet_is_converted(tmp_path):
    rows = [
        ["Tên đơn vị", "Cấp học", "Cụm thi đua", "Địa chỉ"],
        ["Trường Mầm non Phương Canh", "Mầm non", "Cụm 4", "Phường Phương Canh"],
        ["Trường THCS Trung Văn", "THCS", "Cụm 2", "Phường Trung Văn"],
    ]
    path = _sheet(tmp_path / "vni.xlsx", [[unicode_to_vni(v) for v in row] for row in rows])
    result = read_units_xlsx(path)
    assert [(u.name, u.level, u.cluster, u.address) for u in result.units] == [
        ("Trường Mầm non Phương Canh", "mam_non", "Cụm 4", "Phường Phương Canh"),
        ("Trường THCS Trung Văn", "thcs", "Cụm 2", "Phường Trung Văn"),
    ]
    assert any("VNI" in note for note in result.notes)


def test_unicode_file_gets_no_conversion_note_and_nfc(tmp_path):
    nfd = unicodedata.normalize("NFD", "Trường Tiểu học Đại Mỗ")
    path = _sheet(tmp_path / "u.xlsx", [["Tên đơn vị", "Cấp học"], [nfd, "TH"], ["Trường Tiểu học Hoà Bình", "TH"]])
    result = read_units_xlsx(path)
    assert [u.name for u in result.units] == ["Trường Tiểu học Đại Mỗ", "Trường Tiểu học Hoà Bình"]
    assert result.notes == []


def test_unicode_typed_into_old_font_is_left_alone(tmp_path):
    # A template still formatted in .VnTime, filled in with Unicode text that happens to use only
    # letters Latin-1 also has ("Lê Hà" would read as TCVN3 "Lờ Hà").
    rows = [["Tên đơn vị", "Hiệu trưởng"], ["Trường Mầm non Hoa Sen", "Lê Hà"]]
    path = _sheet(tmp_path / "mau_cu.xlsx", rows, {(2, 1): ".VnTime", (2, 2): ".VnTime"})
    result = read_units_xlsx(path)
    assert [(u.name, u.head_name) for u in result.units] == [("Trường Mầm non Hoa Sen", "Lê Hà")]
    assert not any("bảng mã" in note for note in result.notes)


@pytest.mark.parametrize(
    "content, words",
    [
        (b"this is not a workbook at all", "không phải"),
        (b"", "không phải"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), ".xls"),
        (b"PK\x03\x04garbage-garbage-garbage", "hỏng"),
    ],
    ids=["text", "empty", "old-xls", "broken-zip"],
)
def test_garbage_files_raise_unit_import_error(tmp_path, content, words):
    path = tmp_path / "rac.xlsx"
    path.write_bytes(content)
    with pytest.raises(UnitImportError) as info:
        read_units_xlsx(path)
    assert words in str(info.value) and "rac.xlsx" in str(info.value)
    assert info.value.message == str(info.value)


def test_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "khong_phai.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("hello.txt", "xin chào")
    with pytest.raises(UnitImportError, match="hỏng"):
        read_units_xlsx(path)


def test_missing_file_and_missing_header(tmp_path):
    with pytest.raises(UnitImportError, match="Không tìm thấy tệp"):
        read_units_xlsx(tmp_path / "khong_co.xlsx")
    path = _sheet(tmp_path / "khong_tieu_de.xlsx", [["a", "b"], [1, 2]])
    with pytest.raises(UnitImportError, match="tiêu đề"):
        read_units_xlsx(path)


def test_header_on_second_sheet(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Ghi chú"
    wb.active["A1"] = "Xem trang sau"
    ws = wb.create_sheet("Danh sách")
    ws.append(["Tên đơn vị", "Cấp học"])
    ws.append(["Trường Mầm non Đại Mỗ", "Mầm non"])
    path = tmp_path / "hai_trang.xlsx"
    wb.save(path)
    result = read_units_xlsx(path)
    assert result.sheet == "Danh sách" and [u.name for u in result.units] == ["Trường Mầm non Đại Mỗ"]


def test_level_from_text():
    assert level_from_text("Mầm non") == level_from_text("MN") == level_from_text("mẫu giáo") == "mam_non"
    assert level_from_text("Tiểu học") == level_from_text("TH") == level_from_text("Cấp 1") == "tieu_hoc"
    assert level_from_text("THCS") == level_from_text("Trung học cơ sở") == "thcs"
    assert level_from_text("Liên cấp") == level_from_text("TH&THCS") == "lien_cap"
    assert level_from_text("Khác") == "khac"
    assert level_from_text("Đại học") is None
    assert level_from_text("Trường MN Hoa Sen", from_name=True) == "mam_non"
    assert level_from_text("Trường THCS Nam Từ Liêm", from_name=True) == "thcs"
    assert level_from_text("Trường Tiểu học và THCS Sao Mai", from_name=True) == "lien_cap"
    assert level_from_text("Nhà văn hoá", from_name=True) is None


def test_the_columns_present_and_the_cells_given_are_reported(tmp_path):
    path = _sheet(tmp_path / "dv.xlsx", [
        ["STT", "Tên đơn vị", "Cụm thi đua", "Hiệu trưởng"],
        [1, "Trường THCS Đại Mỗ", "Cụm 1", None],
        [2, "Trường THCS Mễ Trì", None, "Lê Văn A"],
    ])
    result = read_units_xlsx(path)
    assert result.columns == {"cluster", "head_name"}
    assert result.given == [frozenset({"cluster"}), frozenset({"head_name"})]


def test_duplicates_within_a_file_follow_the_database_rule(tmp_path):
    path = _sheet(tmp_path / "dv.xlsx", [
        ["STT", "Tên đơn vị", "Cấp học"],
        [1, "Trường TH Hòa", "Tiểu học"],
        [2, "TRƯỜNG TH HÒA", "Tiểu học"],
        [3, "Trường TH Hóa", "Tiểu học"],
    ])
    result = read_units_xlsx(path)
    assert [u.name for u in result.units] == ["Trường TH Hòa", "Trường TH Hóa"]
    assert [(e.row_number, e.message) for e in result.errors] == [(3, "Trùng tên đơn vị «TRƯỜNG TH HÒA» với dòng 2.")]
    assert any("gần giống «Trường TH Hòa» ở dòng 2" in n for n in result.notes)

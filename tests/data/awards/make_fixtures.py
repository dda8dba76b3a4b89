"""Writes the .xls and .ods award lists the tests read (run once; the files are committed, so
the tests need neither xlwt nor odfpy): python tests/data/awards/make_fixtures.py"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

HERE = Path(__file__).parent
# Shuffled column order, other header wording, abbreviations.
HEADERS = ["Đơn vị", "HỌ VÀ TÊN", "Mức độ  hoàn thành nhiệm vụ", "Đề nghị danh hiệu", "Ngày sinh", "STT",
           "Sáng kiến", "Cấp công nhận sáng kiến", "Kỷ luật", "Ghi chú", "Chức vụ"]
ROWS = [
    ["Trường Tiểu học Nguyễn Du", "Trần Văn An", "HTXSNV", "CSTĐCS", dt.date(1980, 9, 5), 1, "", "", "", "", "Giáo viên"],
    ["Trường Tiểu học Nguyễn Du", "Lê Thị Bình", "HTTNV", "LĐTT", "12/03/1985", 2, "", "", "", "", "Giáo viên"],
    ["Trường Mầm non Hoa Sen", "Phạm Thị Thu Hà", "HTTNV", "Chiến sĩ thi đua cơ sở", "", 3,
     "Dạy trẻ qua trò chơi", "cơ sở", "Đang xem xét kỷ luật", "", "Giáo viên"],
]


def write_xls(path: Path, stray: tuple[int, int] | None = None) -> None:
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("DS")
    ws.write(0, 0, "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM HỌC 2023-2024")
    date_style = xlwt.easyxf(num_format_str="DD/MM/YYYY")
    for col, h in enumerate(HEADERS):
        ws.write(2, col, h)
    for r, row in enumerate(ROWS, start=3):
        for col, v in enumerate(row):
            ws.write(r, col, v, date_style) if isinstance(v, dt.date) else ws.write(r, col, v)
    if stray:
        ws.write(*stray, "x")
    wb.save(str(path))


def write_long_xls(path: Path, rows: int = 300) -> None:
    """A list long enough that its Workbook stream lives in ordinary sectors (not the mini stream)."""
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("DS")
    for col, h in enumerate(("STT", "Họ và tên", "Đơn vị", "Đề nghị danh hiệu", "Xếp loại")):
        ws.write(0, col, h)
    for r in range(1, rows + 1):
        for col, v in enumerate((r, f"Giáo viên Số {r}", "Trường Tiểu học Nguyễn Du", "LĐTT", "HTTNV")):
            ws.write(r, col, v)
    wb.save(str(path))


def write_ods(path: Path) -> None:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name="DS")

    def add(values):
        tr = TableRow()
        for v in values:
            if isinstance(v, dt.date):
                cell = TableCell(valuetype="date", datevalue=v.isoformat())
                cell.addElement(P(text=v.strftime("%d/%m/%Y")))
            elif isinstance(v, int):
                cell = TableCell(valuetype="float", value=v)
                cell.addElement(P(text=str(v)))
            else:
                cell = TableCell(valuetype="string")
                if v:
                    cell.addElement(P(text=v))
            tr.addElement(cell)
        table.addElement(tr)

    add(["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM HỌC 2023-2024"])
    add(HEADERS)
    for row in ROWS:
        add(row)
    doc.spreadsheet.addElement(table)
    doc.save(str(path))


def write_stray_ods(path: Path) -> None:
    """A header, then one "x" a million rows down (rows stored as one repeated run)."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name="DS")
    tr = TableRow()
    for h in ("Họ và tên", "Đề nghị danh hiệu"):
        cell = TableCell(valuetype="string")
        cell.addElement(P(text=h))
        tr.addElement(cell)
    table.addElement(tr)
    table.addElement(TableRow(numberrowsrepeated=1048000))
    tr = TableRow()
    tr.addElement(TableCell(numbercolumnsrepeated=1020))
    cell = TableCell(valuetype="string")
    cell.addElement(P(text="x"))
    tr.addElement(cell)
    table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.save(str(path))


if __name__ == "__main__":
    write_xls(HERE / "shuffled.xls")
    write_xls(HERE / "stray_cell.xls", stray=(65535, 255))  # the sheet's far corner
    write_xls(HERE / "stray_column.xls", stray=(19999, 255))  # within the rows, far right
    write_stray_ods(HERE / "stray_cell.ods")
    write_long_xls(HERE / "long.xls")
    write_ods(HERE / "shuffled.ods")

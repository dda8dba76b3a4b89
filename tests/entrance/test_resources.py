"""Family 2 — resources: a small .xlsx that claims a huge sheet (a stray cell at XFD1048576 or
A1048576, a forged dimension) is read in bounded time and memory: only the cells that hold data,
up to a row limit, with a clear message past it. (bench/bench_bad_inputs.py measures them.)"""

from __future__ import annotations

import time
import zipfile

from thiduadesk.exchange.units_xlsx import MAX_ROWS

HEADER = ["STT", "Tên đơn vị", "Cấp học"]
ROWS = [HEADER, [1, "Trường THCS Mới", "THCS"]]


def too_long(path, sheet: str, row: int) -> str:
    return (f"Không đọc được tệp «{path.name}»: trang tính «{sheet}» có dữ liệu ở dòng {row}, quá giới hạn "
            "5.000 dòng của một danh sách đơn vị. Hãy xoá các ô thừa ở cuối bảng (Ctrl+End để tìm) rồi lưu lại.")


def timed(cli, *args):
    start = time.perf_counter()
    run = cli(*args)
    return run, time.perf_counter() - start


def test_a_stray_value_at_xfd1048576_is_not_read(cli, xlsx):
    path = xlsx(ROWS, extra=lambda ws: ws.cell(row=1048576, column=16384, value="x"))
    run, seconds = timed(cli, "units", "import", path, "--dry-run")
    assert (run.status, run.out.splitlines()[-1]) == (0, "Hợp lệ 1 dòng, lỗi 0 dòng (chưa ghi gì).")
    assert seconds < 10


def test_a_stray_value_at_a1048576_is_refused_with_its_row(cli, xlsx):
    path = xlsx(ROWS, extra=lambda ws: ws.cell(row=1048576, column=1, value="x"))
    run, seconds = timed(cli, "units", "import", path, "--dry-run")
    assert (run.status, run.err.strip()) == (1, too_long(path, "Sheet", 1048576))
    assert seconds < 10


def test_a_styled_empty_cell_at_a1048576_is_no_data(cli, xlsx):
    from openpyxl.styles import Font

    def styled(ws):
        ws.cell(row=1048576, column=1).font = Font(bold=True)

    path = xlsx(ROWS, extra=styled)
    run, seconds = timed(cli, "units", "import", path, "--dry-run")
    assert run.status == 0 and seconds < 10


def test_more_rows_than_a_unit_list_has_are_refused(cli, xlsx):
    rows = [HEADER] + [[n, f"Trường số {n}", "THCS"] for n in range(1, MAX_ROWS + 2)]
    path = xlsx(rows)
    run = cli("units", "import", path, "--dry-run")
    assert (run.status, run.err.strip()) == (1, too_long(path, "Sheet", MAX_ROWS + 1))


def test_a_forged_dimension_is_ignored(cli, xlsx, tmp_path):
    path = xlsx(ROWS)
    forged = tmp_path / "forged.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(forged, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<dimension ref="A1:C2"/>', b'<dimension ref="A1:XFD1048576"/>')
                assert b"XFD1048576" in data
            dst.writestr(item, data)
    run, seconds = timed(cli, "units", "import", forged, "--dry-run")
    assert (run.status, run.out.splitlines()[-1]) == (0, "Hợp lệ 1 dòng, lỗi 0 dòng (chưa ghi gì).")
    assert seconds < 10


def test_columns_far_to_the_right_are_not_read(cli, xlsx):
    def far(ws):
        for row in range(1, 50):
            ws.cell(row=row, column=16000, value="rác")

    path = xlsx(ROWS, extra=far)
    run, seconds = timed(cli, "units", "import", path, "--dry-run")
    assert (run.status, run.out.splitlines()[-1]) == (0, "Hợp lệ 1 dòng, lỗi 0 dòng (chưa ghi gì).")
    assert seconds < 10

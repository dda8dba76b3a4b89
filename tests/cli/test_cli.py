"""The command line: the same functions as the GUI, usable with no display."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from thiduadesk.cli import main
from thiduadesk.store.db import open_store

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def run_cli(*args: str, timeout: int = 120) -> subprocess.CompletedProcess:
    """A real child process, as the clerk (or a script) would run it."""
    return subprocess.run(
        [sys.executable, "-m", "thiduadesk", *args], capture_output=True, text=True, timeout=timeout, env=ENV
    )


def test_check_on_a_new_database(db_path, capsys):
    open_store(db_path).close()  # check opens an existing file only (issue 9: it creates nothing)
    assert main(["--db", str(db_path), "check"]) == 0
    assert "integrity_check: ok" in capsys.readouterr().out


def test_backup_writes_a_consistent_copy(db_path, tmp_path, capsys):
    store = open_store(db_path)
    store.set_setting("probe", "Đức")
    store.close()
    dest = tmp_path / "copy.sqlite"
    assert main(["--db", str(db_path), "backup", str(dest)]) == 0
    copy = sqlite3.connect(dest)
    assert copy.execute("SELECT value FROM settings WHERE key='probe'").fetchone()[0] == '"Đức"'
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copy.close()


def test_second_instance_is_refused_with_nonzero_status(db_path):
    holder = open_store(db_path)
    try:
        proc = run_cli("--db", str(db_path), "check")
    finally:
        holder.close()
    assert proc.returncode == 1
    assert str(db_path) in proc.stderr
    assert "Traceback" not in proc.stderr


def test_newer_version_file_is_refused(db_path):
    open_store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    proc = run_cli("--db", str(db_path), "check")
    assert proc.returncode == 1
    assert "mới hơn" in proc.stderr and "Traceback" not in proc.stderr


def test_corrupt_file_gets_a_message(db_path):
    db_path.write_bytes(b"\x00garbage" * 500)
    proc = run_cli("--db", str(db_path), "check")
    assert proc.returncode == 1
    assert "hỏng" in proc.stderr and "Traceback" not in proc.stderr


def test_missing_import_file_gets_a_message(db_path, tmp_path, capsys):
    assert main(["--db", str(db_path), "plan", "import", str(tmp_path / "khong-co.docx")]) == 1
    err = capsys.readouterr().err
    assert "khong-co.docx" in err


def test_plan_import_json_and_print(db_path, tmp_path, capsys):
    # --issued: the file is the office's issued plan, kept with its number and date.
    assert main(["--db", str(db_path), "plan", "import", str(SAMPLES / "plan_namtuliem_2022.txt"), "--issued",
                 "--json"]) == 0
    out = capsys.readouterr().out
    data = json.loads(out)
    assert {"id", "doc_type", "number", "symbol", "place", "date", "year", "title", "bases", "headings",
            "recipients", "signature"} <= set(data)  # fmt: skip
    assert (data["doc_type"], data["number"], data["symbol"]) == ("KH", 6, "KH-PGDĐT")
    assert (data["place"], data["date"], data["year"]) == ("Nam Từ Liêm", "2022-01-05", 2022)
    assert data["headings"] == ["I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN"]
    assert data["signature"]["name"] == "Nguyễn Thị Hương"

    out_pdf = tmp_path / "plan.pdf"
    assert main(["--db", str(db_path), "plan", "pdf", str(data["id"]), "-o", str(out_pdf)]) == 0
    assert out_pdf.read_bytes().startswith(b"%PDF")


def test_plain_import_prints_the_id(db_path, capsys):
    assert main(["--db", str(db_path), "plan", "import", str(SAMPLES / "plan_sadec_2022.txt")]) == 0
    plan_id = int(capsys.readouterr().out.strip())
    store = open_store(db_path)
    try:
        from thiduadesk.store.plans import PlanRepository

        plan = PlanRepository(store).get(plan_id)
    finally:
        store.close()
    assert plan.date.day is None and plan.date.month == 2 and plan.date.year == 2022
    assert plan.signature.name == "Nguyễn Công Hiếu"


def test_issued_plan_reprints_byte_identical(db_path, tmp_path, capsys):
    assert main(["--db", str(db_path), "plan", "import", str(SAMPLES / "plan_sadec_2022.txt")]) == 0
    plan_id = capsys.readouterr().out.strip()
    # Issuing needs the office profile (its header and symbol number the paper).
    assert main(["--db", str(db_path), "profile", "set", "--office-name", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
                 "--symbol", "PGDĐT", "--place", "Sa Đéc"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "plan", "issue", plan_id, "--date", "2022-02-14", "--force"]) == 0
    assert "Số 01/KH-PGDĐT ngày 14/02/2022" in capsys.readouterr().out
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    assert main(["--db", str(db_path), "plan", "pdf", plan_id, "-o", str(first)]) == 0
    # A later process, a later day: still the same bytes as signed.
    proc = run_cli("--db", str(db_path), "plan", "pdf", plan_id, "-o", str(second))
    assert proc.returncode == 0, proc.stderr
    assert first.read_bytes() == second.read_bytes()
    store = open_store(db_path)
    try:
        from thiduadesk.store.plans import PlanRepository

        assert PlanRepository(store).archived_pdf(int(plan_id)) == first.read_bytes()
    finally:
        store.close()
    # Issuing again is refused with a message, and the register still has one entry.
    assert main(["--db", str(db_path), "plan", "issue", plan_id]) == 1
    assert "đã được ban hành" in capsys.readouterr().err
    assert main(["--db", str(db_path), "register", "list", "--year", "2022"]) == 0
    assert capsys.readouterr().out.count("01/KH-PGDĐT") == 1


def test_units_import_xlsx(db_path, tmp_path, capsys):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["DANH SÁCH ĐƠN VỊ TRỰC THUỘC"])
    ws.append(["STT", "Tên đơn vị", "Cấp học", "Cụm thi đua", "Hiệu trưởng", "Điện thoại", "Email"])
    ws.append([1, "Trường Tiểu học Đức Thắng", "Tiểu học", "Cụm 1", "Lê Văn Đức", "0241234567", "th@x.vn"])
    ws.append([2, "", "THCS", "Cụm 2", "", "", ""])  # no name: reported, not imported
    ws.append([3, "Trường THCS Xuân Phương", "THCS", "Cụm 2", "Trần Thị Hoa", "", ""])
    path = tmp_path / "donvi.xlsx"
    wb.save(path)
    assert main(["--db", str(db_path), "units", "import", str(path)]) == 0
    captured = capsys.readouterr()
    assert "Đã thêm 2" in captured.out
    assert "Dòng 4" in captured.err
    assert main(["--db", str(db_path), "units", "list"]) == 0
    listed = capsys.readouterr().out
    assert "Trường Tiểu học Đức Thắng" in listed and "Trường THCS Xuân Phương" in listed


def test_demo_database_is_created_and_filled(tmp_path, capsys):
    db = tmp_path / "demo.sqlite"
    assert main(["--db", str(db), "--demo", "units", "list"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert 35 <= len(lines) <= 50
    levels = {line.split("\t")[2] for line in lines}
    assert {"mam_non", "tieu_hoc", "thcs"} <= levels


def test_gui_exit_when_ready_on_demo(tmp_path):
    proc = run_cli("--db", str(tmp_path / "demo.sqlite"), "--demo", "--exit-when-ready", timeout=180)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "ready\n"  # the moment the window is usable, for bench/bench_startup.py


def test_gui_start_refused_when_file_in_use(db_path):
    holder = open_store(db_path)
    try:
        proc = run_cli("--db", str(db_path), "--exit-when-ready", timeout=180)
    finally:
        holder.close()
    assert proc.returncode != 0
    assert str(db_path) in proc.stderr


def test_import_as_issued_needs_a_number_and_a_date(db_path, capsys):
    assert main(["--db", str(db_path), "plan", "import", str(SAMPLES / "plan_sadec_2022.txt"), "--issued"]) == 1
    assert "hãy nhập làm bản nháp" in capsys.readouterr().err
    assert main(["--db", str(db_path), "plan", "list"]) == 0
    assert capsys.readouterr().out == ""  # nothing stored


def test_import_as_issued_enters_the_register(db_path, capsys):
    assert main(["--db", str(db_path), "plan", "import", str(SAMPLES / "plan_namtuliem_2022.txt"), "--issued"]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip().isdigit()
    assert "Đã ghi vào sổ văn bản đi: Số 06/KH-PGDĐT ngày 05/01/2022" in captured.err
    assert main(["--db", str(db_path), "register", "list", "--year", "2022"]) == 0
    assert capsys.readouterr().out.startswith("06/KH-PGDĐT\t05/01/2022\t")


def test_specimen_of_every_kind(db_path, tmp_path, capsys):
    from thiduadesk.ops.specimens import KINDS

    assert KINDS == ("plan", "letter", "submission", "minutes", "decision", "list")
    for kind in ("letter", "plan"):
        out = tmp_path / f"{kind}.pdf"
        assert main(["--db", str(db_path), "specimen", kind, "-o", str(out)]) == 0
        assert capsys.readouterr().out == f"Đã ghi {out}\n"
        assert out.read_bytes().startswith(b"%PDF")
        assert not list(tmp_path.glob(".tmp-*"))  # written beside, then renamed


def test_specimen_kind_is_checked(db_path, tmp_path, capsys):
    proc = run_cli("--db", str(db_path), "specimen", "poster", "-o", str(tmp_path / "x.pdf"))
    assert proc.returncode == 2 and "poster" in proc.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_specimen_on_the_demo_office(tmp_path, capsys):
    import pypdf

    out = tmp_path / "letter.pdf"
    assert main(["--db", str(tmp_path / "demo.sqlite"), "--demo", "specimen", "letter", "-o", str(out)]) == 0
    text = "".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    from thiduadesk import demo_data

    assert demo_data.demo_profile().place in text


def test_issuing_a_copy_with_last_years_bases_says_so(db_path, capsys):
    """Copy to next year, then issue from the command line: the unchecked bases are named."""
    from thiduadesk.ops import plans as plans_ops

    assert main(["--db", str(db_path), "profile", "set", "--office-name", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
                 "--symbol", "PGDĐT", "--place", "Sa Đéc", "--head-name", "Nguyễn Công Hiếu"]) == 0
    store = open_store(db_path)
    try:
        copy_id = plans_ops.copy_to_next_year(store, plans_ops.create_from_template(store, "tdkt-nam", 2024))
        count = len(plans_ops.get(store, copy_id).bases)
    finally:
        store.close()
    capsys.readouterr()
    code = main(["--db", str(db_path), "plan", "issue", str(copy_id), "--force"])
    err = capsys.readouterr().err
    assert code == 0, err
    assert err.startswith(f"Lưu ý: {count} căn cứ chép từ kế hoạch năm trước chưa được kiểm tra")

"""Family 3 — messages, never tracebacks: a full disk (import, issue, register PDF, backup) on a
real 8 MiB file system, a read-only file system, ids too large for SQLite, an empty or mistyped
value, a closed pipe, a folder where a file is expected."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys

import pytest

from thiduadesk.domain.register import RegisterEntry
from thiduadesk.ops import register as register_ops
from thiduadesk.ops import units as unit_ops
from thiduadesk.ops.data import open_data
from thiduadesk.store.errors import ValidationError

DISK_FULL_DB = ("Không ghi được vào tệp dữ liệu: database or disk is full (ổ đĩa đầy). Thay đổi đã được huỷ, dữ "
                "liệu vẫn như trước; hãy giải phóng chỗ trống trên ổ đĩa rồi thử lại.")


def leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != ".filler")


def on_small_disk(data_file, small_disk):
    """The data file moved onto the small disk, which is then filled."""
    moved = small_disk.path / data_file.name
    shutil.copyfile(data_file, moved)
    small_disk.fill()
    return moved


# -- a full disk -----------------------------------------------------------------------------


def test_a_full_disk_during_a_unit_import_is_a_message_and_changes_nothing(cli, data_file, small_disk, sha, xlsx):
    rows = [["STT", "Tên đơn vị", "Cấp học", "Địa chỉ"]]
    rows += [[n, f"Trường THCS số {n}", "THCS", "Đường số " + "x" * 3000] for n in range(1, 400)]
    path = xlsx(rows)
    db = on_small_disk(data_file, small_disk)
    before = sha(db)
    run = cli("units", "import", path, db=db)
    assert (run.status, run.err.strip()) == (1, DISK_FULL_DB)
    assert sha(db) == before


def test_a_full_disk_while_issuing_is_a_message_and_no_number_is_taken(cli, data_file, small_disk, sha):
    db = on_small_disk(data_file, small_disk)
    before = sha(db)
    run = cli("plan", "issue", "1", db=db)
    assert (run.status, run.err.strip()) == (1, DISK_FULL_DB)
    assert sha(db) == before
    assert cli("register", "list", "--json", db=db).out.strip() == "[]"


def test_a_full_disk_under_a_register_pdf_is_a_message_and_leaves_no_temporary(cli, small_disk):
    small_disk.fill()
    target = small_disk.path / "so-van-ban-di.pdf"
    run = cli("register", "pdf", "2026", "-o", target)
    assert (run.status, run.err.strip()) == (1, (
        f"Ổ đĩa đầy: không ghi được «{target}». Tệp cũ (nếu có) vẫn giữ nguyên, không để lại tệp dở; hãy giải "
        "phóng chỗ trống rồi thử lại."))
    assert leftovers(small_disk.path) == []


def test_a_full_disk_keeps_the_old_output_file(cli, small_disk, sha):
    target = small_disk.path / "ke-hoach.pdf"
    target.write_bytes(b"%PDF-1.4 old")
    small_disk.fill()
    run = cli("plan", "pdf", "1", "-o", target)
    assert run.status == 1 and run.err.startswith("Ổ đĩa đầy: không ghi được")
    assert target.read_bytes() == b"%PDF-1.4 old"
    assert leftovers(small_disk.path) == ["ke-hoach.pdf"]


def test_a_full_disk_under_a_backup_is_a_message_and_leaves_no_empty_temporary(cli, data_file, small_disk, sha):
    small_disk.fill(leave=8192)
    target = small_disk.path / "ban-sao.sqlite"
    before = sha(data_file)
    run = cli("backup", target)
    assert run.status == 1
    assert run.err.strip() == (
        f"Không tạo được bản sao lưu {target} (database or disk is full). Tệp dữ liệu không bị thay đổi; hãy kiểm "
        "tra chỗ trống và quyền ghi của thư mục sao lưu.")
    assert leftovers(small_disk.path) == []
    assert sha(data_file) == before


def test_a_read_only_file_system_for_an_output_is_a_message(cli, small_disk):
    small_disk.make_read_only()
    run = cli("register", "pdf", "2026", "-o", small_disk.path / "so.pdf")
    assert (run.status, run.err.strip()) == (1, (
        f"Không ghi được vào thư mục «{small_disk.path}» (thư mục hoặc ổ đĩa chỉ cho đọc). Hãy chọn chỗ lưu khác."))
    assert leftovers(small_disk.path) == []


# -- values that do not fit ------------------------------------------------------------------

TOO_BIG = "99999999999999999999"


@pytest.mark.parametrize("args, message", [
    (("plan", "pdf", TOO_BIG, "-o", "x.pdf"),
     f"thiduadesk plan pdf: error: argument id: số hiệu «{TOO_BIG}» ngoài khoảng cho phép (1 đến 9223372036854775807)"),
    (("plan", "issue", TOO_BIG),
     f"thiduadesk plan issue: error: argument id: số hiệu «{TOO_BIG}» ngoài khoảng cho phép (1 đến 9223372036854775807)"),
    (("plan", "docx", "0", "-o", "x.docx"),
     "thiduadesk plan docx: error: argument id: số hiệu «0» ngoài khoảng cho phép (1 đến 9223372036854775807)"),
    (("plan", "pdf", "-5", "-o", "x.pdf"), None),
    (("plan", "pdf", "abc", "-o", "x.pdf"), "thiduadesk plan pdf: error: argument id: số hiệu phải là số nguyên dương: «abc»"),
    (("register", "list", "--year", "99999"), "thiduadesk register list: error: argument --year: năm «99999» ngoài khoảng 1900–2100"),
    (("register", "pdf", "năm nay", "-o", "x.pdf"), "thiduadesk register pdf: error: argument year: năm phải là số, ví dụ 2025: «năm nay»"),
    (("plan", "issue", "1", "--date", "2025-13-45"),
     "thiduadesk plan issue: error: argument --date: ngày phải theo dạng YYYY-MM-DD, ví dụ 2025-09-05: «2025-13-45»"),
    (("plan", "pdf", "1", "-o", ""),
     "thiduadesk plan pdf: error: argument -o/--output: đường dẫn tệp ghi ra đang trống; hãy ghi tên tệp, ví dụ ke-hoach.pdf"),
    (("specimen", "letter", "-o", "  "),
     "thiduadesk specimen: error: argument -o/--output: đường dẫn tệp ghi ra đang trống; hãy ghi tên tệp, ví dụ ke-hoach.pdf"),
])
def test_a_value_that_does_not_fit_is_a_mistyped_command(cli, data_file, sha, args, message):
    before = sha(data_file)
    run = cli(*args)
    assert run.status == 2 and "Traceback" not in run.err
    if message is not None:
        assert run.err.strip().splitlines()[-1] == message
    assert sha(data_file) == before


def test_an_unknown_plan_is_a_message(cli, tmp_path):
    run = cli("plan", "pdf", "77", "-o", tmp_path / "x.pdf")
    assert (run.status, run.err.strip()) == (1, "Không tìm thấy kế hoạch số 77.")
    assert not (tmp_path / "x.pdf").exists()


def test_an_empty_backup_destination_is_a_message(cli):
    run = cli("backup", "")
    assert (run.status, run.err.strip()) == (1, "Đường dẫn sao lưu đang trống; hãy ghi tên tệp hoặc thư mục.")


def test_a_form_with_a_number_too_large_for_the_register_is_refused(data_file, sha):
    store = open_data(data_file)
    try:
        entry = RegisterEntry(year=2026, number=10**20, symbol="CV-PGDĐT", doc_date="2026-03-02", doc_type="CV",
                              title="Về việc thử")
        with pytest.raises(ValidationError) as info:
            register_ops.add_entry(store, entry)
        assert info.value.message == f"Số văn bản không hợp lệ: {10**20!r}."
        assert register_ops.list_entries(store) == []
    finally:
        store.close()


@pytest.mark.parametrize("what", ["unit", "person", "register entry"])
def test_an_id_too_large_for_sqlite_is_not_found(data_file, what):
    store = open_data(data_file)
    try:
        with pytest.raises(ValidationError) as info:
            if what == "unit":
                unit_ops.delete_unit(store, 10**20)
            elif what == "person":
                unit_ops.delete_person(store, 10**20)
            else:
                register_ops.delete_entry(store, 10**20)
    finally:
        store.close()
    assert info.value.message == {
        "unit": f"Không tìm thấy đơn vị số {10**20}.",
        "person": f"Không tìm thấy người số {10**20}.",
        "register entry": f"Không tìm thấy văn bản số {10**20} trong sổ.",
    }[what]


# -- pipes and folders -----------------------------------------------------------------------


def test_a_closed_pipe_ends_quietly(data_file):
    """`thiduadesk units list | head -1`: the reader goes away; no traceback, SIGPIPE's status."""
    proc = subprocess.Popen([sys.executable, "-m", "thiduadesk", "--db", str(data_file), "units", "list", "--json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()
    err = proc.stderr.read()
    proc.stderr.close()
    assert proc.wait(timeout=60) == 141
    assert err == b""


def test_a_folder_where_an_output_file_is_expected(cli, tmp_path):
    run = cli("register", "pdf", "2026", "-o", tmp_path)
    assert (run.status, run.err.strip()) == (1, (
        f"«{tmp_path}» là một thư mục, không phải tệp. Hãy ghi cả tên tệp, ví dụ {tmp_path / 'ke-hoach.pdf'}."))


def test_a_folder_where_a_unit_list_is_expected(cli, tmp_path):
    run = cli("units", "import", tmp_path)
    assert (run.status, run.err.strip()) == (1, f"Không đọc được tệp «{tmp_path.name}»: lỗi hệ thống (Is a directory).")


def test_a_folder_where_the_data_file_is_expected(cli, tmp_path):
    run = cli("check", db=tmp_path)
    assert run.status == 1 and "Traceback" not in run.err and str(tmp_path) in run.err


def test_issue_dates_are_checked_before_the_data_file_is_opened(cli, tmp_path):
    missing = tmp_path / "none.sqlite"
    run = cli("plan", "issue", "1", "--date", (dt.date.today() + dt.timedelta(days=800)).isoformat(), db=missing)
    assert run.status == 1 and "--force" in run.err
    assert not missing.exists()


def test_a_device_given_as_a_unit_list_is_a_message(cli):
    run = cli("units", "import", "/dev/null")
    assert (run.status, run.err.strip()) == (1, (
        "Không đọc được tệp «null»: tệp không phải bảng tính Excel (.xlsx). Hãy mở bằng Excel và lưu lại dưới dạng "
        "“Sổ làm việc Excel (*.xlsx)”."))

"""Family 1 — data lost: no output over the database, its journals or its backups; a unit list
changes only what it has, matches names by one rule and says what it did not change."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from thiduadesk.documents.output import OutputRefused
from thiduadesk.ops import units as unit_ops
from thiduadesk.ops.data import open_data


def refused_db(path: Path) -> str:
    return (f"Không ghi vào «{path}»: đó là tệp dữ liệu (hoặc bản sao lưu, tệp nhật ký) của ThiDuaDesk hay một "
            "cơ sở dữ liệu SQLite. Tệp không bị thay đổi; hãy chọn tên tệp khác.")


# -- outputs over the data file -------------------------------------------------------------


@pytest.mark.parametrize("command", [("plan", "pdf", "1"), ("plan", "docx", "1"), ("register", "pdf", "2026"),
                                     ("specimen", "letter")])
def test_an_output_onto_the_database_is_refused(cli, data_file, sha, command):
    before = sha(data_file)
    run = cli(*command, "-o", data_file)
    assert (run.status, run.err.strip()) == (1, refused_db(data_file))
    assert sha(data_file) == before


def test_an_output_onto_the_write_ahead_log_is_refused(cli, data_file, sha):
    wal = Path(str(data_file) + "-wal")
    run = cli("plan", "pdf", "1", "-o", wal)
    assert (run.status, run.err.strip()) == (1, refused_db(wal))
    assert not wal.exists()


def test_an_output_onto_a_backup_is_refused(cli, data_file, sha, tmp_path):
    backup = tmp_path / "ban-sao.sqlite"
    assert cli("backup", backup).status == 0
    before = sha(backup)
    run = cli("register", "pdf", "2026", "-o", backup)
    assert (run.status, run.err.strip()) == (1, refused_db(backup))
    assert sha(backup) == before


def test_an_output_through_a_link_to_the_database_is_refused_and_the_link_stays(cli, data_file, sha, tmp_path):
    link = tmp_path / "ke-hoach.pdf"
    link.symlink_to(data_file)
    before = sha(data_file)
    run = cli("plan", "pdf", "1", "-o", link)
    assert (run.status, run.err.strip()) == (1, refused_db(link))
    assert link.is_symlink() and sha(data_file) == before


def test_an_output_onto_a_second_name_of_the_database_is_refused(cli, data_file, sha, tmp_path):
    other = tmp_path / "ke-hoach.pdf"
    os.link(data_file, other)
    before = sha(data_file)
    run = cli("plan", "pdf", "1", "-o", other)
    assert (run.status, run.err.strip()) == (1, refused_db(other))
    assert sha(data_file) == before


def test_a_unit_export_onto_the_open_database_is_refused(data_file, sha):
    store = open_data(data_file)
    try:
        found = [u for u, _ in unit_ops.list_units(store)]
        with pytest.raises(OutputRefused) as info:
            unit_ops.export_units(store.path, found)
    finally:
        store.close()
    assert info.value.message == refused_db(store.path)


# -- backups ---------------------------------------------------------------------------------


def test_backup_onto_the_database_is_refused(cli, data_file, sha):
    before = sha(data_file)
    run = cli("backup", data_file)
    assert run.status == 1
    assert run.err.strip() == (
        f"Không sao lưu vào «{data_file}»: đó là chính tệp dữ liệu đang mở (hoặc tệp nhật ký của nó). "
        "Tệp dữ liệu không bị thay đổi; hãy chọn một thư mục hoặc tên tệp khác.")
    assert sha(data_file) == before


def test_backup_through_a_link_to_the_database_is_refused(cli, data_file, sha, tmp_path):
    link = tmp_path / "copy.sqlite"
    link.symlink_to(data_file)
    before = sha(data_file)
    run = cli("backup", link)
    assert run.status == 1 and "đó là chính tệp dữ liệu đang mở" in run.err
    assert sha(data_file) == before and link.is_symlink()


def test_backup_into_a_missing_folder_writes_nothing(cli, tmp_path):
    run = cli("backup", f"{tmp_path / 'sao-luu'}/")
    assert run.status == 1
    assert run.err.strip() == (f"Thư mục «{tmp_path / 'sao-luu'}/» không tồn tại. Chưa sao lưu gì; hãy tạo thư mục "
                               "đó hoặc chọn chỗ khác.")
    assert not (tmp_path / "sao-luu").exists()


def test_backup_to_a_name_like_a_missing_folder_writes_no_file_of_that_name(cli, tmp_path):
    run = cli("backup", tmp_path / "sao-luu")
    assert run.status == 1
    assert run.err.strip() == (
        f"Thư mục «{tmp_path / 'sao-luu'}» không tồn tại. Chưa sao lưu gì; hãy tạo thư mục đó, hoặc ghi tên tệp "
        f"có phần mở rộng (ví dụ {tmp_path / 'sao-luu'}.sqlite).")
    assert not (tmp_path / "sao-luu").exists()


def test_backup_into_a_file_of_a_missing_folder_writes_nothing(cli, tmp_path):
    run = cli("backup", tmp_path / "khong-co" / "copy.sqlite")
    assert run.status == 1
    assert run.err.strip() == (f"Thư mục «{tmp_path / 'khong-co'}» không tồn tại. Chưa sao lưu gì; hãy tạo thư mục "
                               "đó hoặc chọn chỗ khác.")
    assert not (tmp_path / "khong-co").exists()


def test_backup_into_an_existing_folder_takes_a_dated_name(cli, tmp_path):
    folder = tmp_path / "sao-luu"
    folder.mkdir()
    run = cli("backup", folder)
    assert run.status == 0
    [made] = folder.iterdir()
    assert made.name.startswith("thiduadesk-") and made.name.endswith("-thu-cong.sqlite")


# -- the unit list ---------------------------------------------------------------------------

HEADER = ["STT", "Tên đơn vị", "Cấp học", "Cụm thi đua", "Hiệu trưởng", "Điện thoại", "Email", "Địa chỉ"]
NAME = "Trường Mầm non Cầu Diễn"  # one of the demo district's units


def stored(data_file, name=NAME):
    store = open_data(data_file)
    try:
        repo = unit_ops.repository(store)
        return repo.find_by_name(name), repo.count()
    finally:
        store.close()


def test_a_list_with_fewer_columns_changes_only_its_columns(cli, data_file, xlsx):
    before, count = stored(data_file)
    assert before.cluster and before.head_name and before.phone
    path = xlsx([["STT", "Tên đơn vị"], [1, NAME]])
    run = cli("units", "import", path)
    assert run.status == 0
    assert run.out.splitlines()[-1] == "Đã thêm 0, cập nhật 0, không đổi 1 đơn vị; bỏ qua 0 dòng lỗi."
    assert stored(data_file) == (before, count)


def test_an_empty_cell_in_a_present_column_is_reported_and_never_erases(cli, data_file, xlsx):
    before, _ = stored(data_file)
    path = xlsx([["STT", "Tên đơn vị", "Cụm thi đua", "Hiệu trưởng"], [1, NAME, "", "Nguyễn Thị Mới"]])
    run = cli("units", "import", path)
    assert run.status == 0
    assert f"Lưu ý: «{NAME}»: ô Cụm thi đua trống trong tệp, giữ giá trị đã có «{before.cluster}»." in run.out
    after, _ = stored(data_file)
    assert after.cluster == before.cluster and after.head_name == "Nguyễn Thị Mới"
    assert after.phone == before.phone and after.level == before.level


def test_the_same_school_in_capitals_updates_it_and_adds_no_duplicate(cli, data_file, xlsx):
    before, count = stored(data_file)
    path = xlsx([HEADER[:4], [1, NAME.upper(), "Mầm non", "Cụm 9"]])
    run = cli("units", "import", path)
    assert run.out.splitlines()[-1] == "Đã thêm 0, cập nhật 1, không đổi 0 đơn vị; bỏ qua 0 dòng lỗi."
    after, after_count = stored(data_file)
    assert after_count == count and after.id == before.id and after.name == NAME and after.cluster == "Cụm 9"


def test_a_name_differing_only_by_tones_is_a_new_unit_and_a_near_match_to_decide(cli, data_file, xlsx):
    _, count = stored(data_file)
    other = "Trường Mầm non Cầu Diên"  # Diễn → Diên: another name, perhaps a typing slip
    path = xlsx([HEADER[:3], [1, other, "Mầm non"]])
    run = cli("units", "import", path)
    assert run.status == 0
    assert (f"Lưu ý: «{other}» được thêm như đơn vị mới; gần giống «{NAME}» đã có (chỉ khác dấu). Nếu là cùng "
            "một trường, hãy sửa lại tên và xoá đơn vị thừa.") in run.out
    assert stored(data_file, other)[1] == count + 1


def test_within_a_file_the_same_name_in_capitals_is_a_duplicate_row(cli, xlsx):
    path = xlsx([HEADER[:3], [1, "Trường THCS Mới", "THCS"], [2, "TRƯỜNG THCS MỚI", "THCS"]])
    run = cli("units", "import", path, "--dry-run")
    assert run.status == 1
    assert run.err.strip() == "Dòng 3: Trùng tên đơn vị «TRƯỜNG THCS MỚI» với dòng 2."


def test_within_a_file_two_names_differing_by_tones_are_two_units_with_a_note(cli, xlsx):
    path = xlsx([HEADER[:3], [1, "Trường Tiểu học Hòa", "Tiểu học"], [2, "Trường Tiểu học Hóa", "Tiểu học"]])
    run = cli("units", "import", path, "--dry-run")
    assert run.status == 0
    assert ("Ghi chú: Dòng 3: «Trường Tiểu học Hóa» gần giống «Trường Tiểu học Hòa» ở dòng 2 (chỉ khác dấu); "
            "đã giữ cả hai là hai đơn vị. Nếu là một trường, hãy sửa tệp.") in run.out
    assert run.out.splitlines()[-1] == "Hợp lệ 2 dòng, lỗi 0 dòng (chưa ghi gì)."


def test_rows_that_change_nothing_are_unchanged_and_leave_no_audit_record(cli, data_file, xlsx):
    before, _ = stored(data_file)
    path = xlsx([HEADER[:4], [1, NAME, "Mầm non", before.cluster]])
    store = open_data(data_file)
    audits = store.conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
    store.close()
    run = cli("units", "import", path)
    assert run.out.splitlines()[-1] == "Đã thêm 0, cập nhật 0, không đổi 1 đơn vị; bỏ qua 0 dòng lỗi."
    store = open_data(data_file)
    assert store.conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0] == audits
    store.close()


def test_a_list_with_no_valid_row_changes_nothing(cli, data_file, sha, xlsx):
    before = sha(data_file)
    path = xlsx([HEADER[:3], [1, "", "THCS"], [2, "Trường X", "Đại học"]])
    run = cli("units", "import", path)
    assert run.status == 1
    assert run.err.splitlines()[-1] == "Không có dòng hợp lệ nào để nhập."
    assert sha(data_file) == before


def test_a_dry_run_changes_nothing(cli, data_file, sha, xlsx):
    before = sha(data_file)
    path = xlsx([HEADER[:3], [1, "Trường THCS Mới", "THCS"]])
    assert cli("units", "import", path, "--dry-run").status == 0
    assert sha(data_file) == before


def test_an_output_named_like_the_rollback_journal_is_refused(cli, data_file):
    journal = Path(str(data_file) + "-journal")
    run = cli("specimen", "letter", "-o", journal)
    assert (run.status, run.err.strip()) == (1, refused_db(journal))
    assert not journal.exists()


def test_the_data_file_given_as_a_unit_list_is_refused_and_unchanged(cli, data_file, sha):
    before = sha(data_file)
    run = cli("units", "import", data_file)
    assert (run.status, run.err.strip()) == (1, (
        f"Không đọc được tệp «{data_file.name}»: tệp không phải bảng tính Excel (.xlsx). Hãy mở bằng Excel và lưu "
        "lại dưới dạng “Sổ làm việc Excel (*.xlsx)”."))
    assert sha(data_file) == before

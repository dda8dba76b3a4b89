"""Family 4 — refusals that do what they say: a read-only file, a device, a FIFO or a folder is
never replaced; a symbolic link is written through and stays a link; a missing folder is named as
itself; ``check`` on a missing, empty, foreign or non-SQLite file creates and changes nothing."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest

from thiduadesk.documents.output import OutputRefused, check_target, write_bytes


def read_only_message(path) -> str:
    return (f"Tệp «{path}» chỉ cho đọc: không ghi đè. Tệp không bị thay đổi; hãy bỏ thuộc tính chỉ đọc hoặc chọn "
            "tên khác.")


def not_regular(path) -> str:
    return (f"«{path}» không phải tệp thường (thiết bị hoặc ống dẫn): chương trình không ghi vào đó. Hãy chọn một "
            "tên tệp trong thư mục của mình.")


# -- outputs -----------------------------------------------------------------------------


@pytest.mark.parametrize("command", [("plan", "pdf", "1"), ("plan", "docx", "1"), ("register", "pdf", "2026")])
def test_an_output_onto_a_read_only_file_is_refused_even_for_root(cli, tmp_path, command):
    target = tmp_path / "cu.pdf"
    target.write_bytes(b"old")
    target.chmod(0o444)
    run = cli(*command, "-o", target)
    assert (run.status, run.err.strip()) == (1, read_only_message(target))
    assert target.read_bytes() == b"old" and stat.S_IMODE(target.stat().st_mode) == 0o444
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cu.pdf", "data"]


def test_an_output_onto_dev_null_is_refused(cli):
    run = cli("specimen", "letter", "-o", "/dev/null")
    assert (run.status, run.err.strip()) == (1, not_regular("/dev/null"))


def test_an_output_onto_a_fifo_is_refused_without_waiting(cli, tmp_path):
    fifo = tmp_path / "ong"
    os.mkfifo(fifo)
    run = cli("register", "pdf", "2026", "-o", fifo)
    assert (run.status, run.err.strip()) == (1, not_regular(fifo))
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_an_output_through_a_symbolic_link_writes_its_target_and_keeps_the_link(cli, tmp_path):
    real = tmp_path / "that.pdf"
    real.write_bytes(b"old")
    link = tmp_path / "link.pdf"
    link.symlink_to(real.name)
    run = cli("plan", "pdf", "1", "-o", link)
    assert (run.status, run.out.strip()) == (0, f"Đã ghi {link}")
    assert link.is_symlink() and os.readlink(link) == "that.pdf"
    assert real.read_bytes().startswith(b"%PDF")


def test_a_dangling_link_creates_its_target(cli, tmp_path):
    link = tmp_path / "link.pdf"
    link.symlink_to("moi.pdf")
    assert cli("register", "pdf", "2026", "-o", link).status == 0
    assert link.is_symlink() and (tmp_path / "moi.pdf").read_bytes().startswith(b"%PDF")


def test_a_link_to_a_read_only_file_is_refused(cli, tmp_path):
    real = tmp_path / "that.pdf"
    real.write_bytes(b"old")
    real.chmod(0o400)
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    run = cli("plan", "pdf", "1", "-o", link)
    assert (run.status, run.err.strip()) == (1, read_only_message(link))
    assert real.read_bytes() == b"old" and link.is_symlink()


def test_a_missing_output_folder_is_named_not_the_temporary_file(cli, tmp_path):
    target = tmp_path / "khong-co" / "ke-hoach.pdf"
    run = cli("plan", "pdf", "1", "-o", target)
    assert (run.status, run.err.strip()) == (1, (
        f"Thư mục «{tmp_path / 'khong-co'}» không tồn tại. Hãy tạo thư mục đó hoặc chọn chỗ lưu khác."))
    assert ".tmp" not in run.err and not (tmp_path / "khong-co").exists()


def test_a_unit_export_into_a_missing_folder_is_refused(tmp_path):
    from thiduadesk.exchange.units_xlsx import write_units_xlsx

    with pytest.raises(OutputRefused) as info:
        write_units_xlsx(tmp_path / "khong-co" / "donvi.xlsx", [])
    assert info.value.message == (f"Thư mục «{tmp_path / 'khong-co'}» không tồn tại. Hãy tạo thư mục đó hoặc chọn "
                                  "chỗ lưu khác.")


def test_the_output_check_refuses_a_blank_path():
    with pytest.raises(OutputRefused) as info:
        check_target(" ")
    assert info.value.message == ("Chưa ghi tên tệp cần ghi ra (đường dẫn trống). Hãy ghi tên tệp, ví dụ "
                                  "ke-hoach.pdf.")


def test_an_output_onto_a_rollback_journal_is_refused(tmp_path):
    journal = tmp_path / "other.sqlite-journal"
    journal.write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + b"\0" * 504)
    with pytest.raises(OutputRefused):
        write_bytes(journal, b"%PDF")
    assert journal.read_bytes().startswith(b"\xd9\xd5\x05\xf9")


# -- backups -------------------------------------------------------------------------------


def test_backup_onto_a_read_only_file_is_refused(cli, tmp_path):
    target = tmp_path / "cu.sqlite"
    target.write_bytes(b"old")
    target.chmod(0o444)
    run = cli("backup", target)
    assert (run.status, run.err.strip()) == (1, f"Tệp «{target}» chỉ cho đọc: không ghi đè. Hãy chọn tên khác.")
    assert target.read_bytes() == b"old"


@pytest.mark.parametrize("device", ["/dev/null", "fifo"])
def test_backup_onto_a_device_or_fifo_is_refused(cli, tmp_path, device):
    if device == "fifo":
        device = tmp_path / "ong"
        os.mkfifo(device)
    run = cli("backup", device)
    assert (run.status, run.err.strip()) == (
        1, f"«{device}» không phải tệp thường (thiết bị hoặc ống dẫn): không sao lưu vào đó.")


def test_backup_through_a_link_writes_its_target(cli, tmp_path):
    real = tmp_path / "that.sqlite"
    link = tmp_path / "link.sqlite"
    link.symlink_to(real.name)
    assert cli("backup", link).status == 0
    assert link.is_symlink() and real.read_bytes().startswith(b"SQLite format 3")


# -- check on what is not a data file ------------------------------------------------------------


def test_check_on_a_missing_path_says_so_and_creates_nothing(cli, tmp_path):
    missing = tmp_path / "khong-co" / "du-lieu.sqlite"
    run = cli("check", db=missing)
    assert (run.status, run.err.strip()) == (1, (
        f"Không tìm thấy tệp dữ liệu {missing}. Hãy kiểm tra lại đường dẫn, hoặc khôi phục từ bản sao lưu."))
    assert not (tmp_path / "khong-co").exists()


def test_check_on_a_foreign_sqlite_file_changes_nothing(cli, tmp_path, sha):
    foreign = tmp_path / "other.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.execute("INSERT INTO songs VALUES ('x')")
    conn.commit()
    conn.close()
    before = sha(foreign)
    run = cli("check", db=foreign)
    assert (run.status, run.err.strip()) == (1, (
        f"Tệp {foreign} là cơ sở dữ liệu của chương trình khác, không phải của ThiDuaDesk. Tệp không bị thay đổi."))
    assert sha(foreign) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "other.db"]


def test_check_on_an_empty_file_changes_nothing(cli, tmp_path):
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    run = cli("check", db=empty)
    assert (run.status, run.err.strip()) == (
        1, f"Tệp {empty} trống (0 byte), không chứa dữ liệu ThiDuaDesk. Tệp không bị thay đổi.")
    assert empty.read_bytes() == b""


def test_check_on_a_text_file_changes_nothing(cli, tmp_path, sha):
    text = tmp_path / "ghi-chu.sqlite"
    text.write_text("Kế hoạch thi đua năm 2026\n", encoding="utf-8")
    before = sha(text)
    run = cli("check", db=text)
    assert run.status == 1
    assert run.err.strip() == (f"Tệp {text} không phải là tệp dữ liệu ThiDuaDesk hoặc đã bị hỏng. Tệp không bị "
                               "thay đổi. Hãy chọn tệp khác hoặc khôi phục từ bản sao lưu.")
    assert sha(text) == before


def test_check_on_a_file_with_a_foreign_key_problem_lists_it_without_ok(cli, data_file):
    conn = sqlite3.connect(data_file)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("INSERT INTO people (unit_id, full_name, search_fold) VALUES (999999, 'Lê Văn A', 'le van a')")
    conn.commit()
    conn.close()
    run = cli("check")
    assert run.status == 1
    lines = run.out.strip().splitlines()
    assert lines[0] == f"Tệp dữ liệu {data_file} có lỗi:"
    assert lines[1].startswith("  foreign key: table people row ") and lines[1].endswith(" → units")
    assert "ok" not in [line.strip() for line in lines]


def test_a_refusal_is_an_oserror_with_the_message_so_existing_handlers_show_it(tmp_path):
    """The GUI's save actions catch OSError and show str(exc): a refusal reads the same there."""
    with pytest.raises(OSError) as info:
        write_bytes("/dev/null", b"%PDF")
    assert isinstance(info.value, OutputRefused) and str(info.value) == info.value.message == not_regular("/dev/null")

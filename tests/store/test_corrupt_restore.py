"""A corrupted data file (issue 12): garbage over pages in the middle, a zeroed page, a file cut
short, a damaged header — each detected when the file is opened, the file left as it was; the
command line names the newest good backup and the command that restores it; ``restore`` puts
it back and keeps the damaged file aside, never deleting it. (The GUI's way, with the restore
dialog: tests/ui/test_restore_damaged.py.)"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import shutil
from pathlib import Path

import pytest

from thiduadesk import paths
from thiduadesk.cli import main
from thiduadesk.ops.data import open_data
from thiduadesk.store import backup as backups
from thiduadesk.store.db import open_store
from thiduadesk.store.errors import CorruptDatabase

PAGE = 4096


def damage_pages(path: Path, where: float = 0.5, count: int = 4, seed: int = 1) -> None:
    """Random bytes over ``count`` pages at ``where`` (a fraction) of the file."""
    data = bytearray(path.read_bytes())
    rng = random.Random(seed)
    first = int(len(data) // PAGE * where)
    for page in range(first, first + count):
        data[page * PAGE:(page + 1) * PAGE] = bytes(rng.randrange(256) for _ in range(PAGE))
    path.write_bytes(bytes(data))


def _zero_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = len(data) // PAGE // 3
    data[page * PAGE:(page + 1) * PAGE] = bytes(PAGE)
    path.write_bytes(bytes(data))


def _cut(path: Path, keep: float, extra: int = 0) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep) + extra])


DAMAGES = {
    "garbage in the middle": lambda p: damage_pages(p, 0.5, 4),
    "garbage near the start": lambda p: damage_pages(p, 0.1, 1),
    "garbage near the end": lambda p: damage_pages(p, 0.9, 2),
    "a zeroed page": _zero_page,
    "cut to half": lambda p: _cut(p, 0.5),
    "cut mid-page": lambda p: _cut(p, 0.5, 1234),
    "the last page missing": lambda p: p.write_bytes(p.read_bytes()[:-PAGE]),
    "a damaged header": lambda p: p.write_bytes(p.read_bytes()[:16] + bytes(84) + p.read_bytes()[100:]),
}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "thiduadesk.sqlite"
    open_data(path, demo=True).close()
    return path


@pytest.fixture
def data_file(demo_file, tmp_path) -> Path:
    path = tmp_path / "data" / "thiduadesk.sqlite"
    path.parent.mkdir()
    shutil.copyfile(demo_file, path)
    return path


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_damage_is_detected_at_open_and_the_file_left_as_it_was(data_file, damage):
    DAMAGES[damage](data_file)
    before = _sha(data_file)
    with pytest.raises(CorruptDatabase) as info:
        open_store(data_file, create=False)
    assert info.value.can_restore and str(data_file) in info.value.message
    assert "Không có gì bị ghi đè" in info.value.message
    assert _sha(data_file) == before


def _backups_with_a_damaged_newest(data_file: Path) -> tuple[Path, Path]:
    """A good backup of two days ago and a newer one damaged since it was written."""
    folder = paths.backup_dir_for(data_file)
    store = open_store(data_file)
    try:
        now = dt.datetime(2026, 11, 29, 8, 15)
        good = backups.make_backup(store.conn, folder, now=now)
        bad = backups.make_backup(store.conn, folder, now=now + dt.timedelta(days=1))
    finally:
        store.close()
    damage_pages(bad, 0.5, 4, seed=2)
    return good, bad


def test_the_command_line_names_the_newest_good_backup_and_the_restore_command(data_file, capsys):
    good, bad = _backups_with_a_damaged_newest(data_file)
    damage_pages(data_file)
    before = _sha(data_file)
    assert main(["--db", str(data_file), "units", "list"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"Tệp dữ liệu {data_file} bị hỏng")
    assert err.endswith(f"Bản sao lưu tốt gần nhất: {good} (lúc 29/11/2026 08:15:00). Khôi phục bằng lệnh: "
                        f"thiduadesk --db \"{data_file}\" restore (tệp hỏng được giữ lại bên cạnh, không bị xoá).")
    assert _sha(data_file) == before
    assert main(["--db", str(data_file), "check"]) == 1  # the check says the same
    assert "restore" in capsys.readouterr().err


def test_restore_puts_back_the_newest_good_backup_and_keeps_the_damaged_file(data_file, capsys):
    good, bad = _backups_with_a_damaged_newest(data_file)
    bad_backup = _sha(bad)
    damage_pages(data_file)
    damaged = _sha(data_file)
    assert main(["--db", str(data_file), "restore"]) == 0
    out = capsys.readouterr().out.splitlines()
    [kept] = sorted(data_file.parent.glob("thiduadesk.sqlite.hong-*[0-9]"))
    assert out == [f"Đã khôi phục {data_file} từ {good}.",
                   f"Tệp dữ liệu trước khi khôi phục được giữ ở {kept}."]
    assert _sha(kept) == damaged  # byte for byte, never deleted
    assert _sha(bad) == bad_backup  # the damaged backup is left alone too
    assert main(["--db", str(data_file), "check"]) == 0
    assert main(["--db", str(data_file), "units", "list"]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) > 40  # check's line + the 40 units


def test_restore_refuses_a_sound_file_unless_forced(data_file, capsys):
    good, _ = _backups_with_a_damaged_newest(data_file)
    before = _sha(data_file)
    assert main(["--db", str(data_file), "restore"]) == 1
    assert capsys.readouterr().err.strip() == (
        f"Tệp dữ liệu {data_file} không bị hỏng; khôi phục sẽ thay nó bằng bản sao lưu {good}. Không có gì bị "
        "thay đổi. Nếu vẫn muốn khôi phục, thêm --force (tệp hiện tại được giữ lại như bản sao lưu "
        "«trước khi khôi phục»).")
    assert _sha(data_file) == before
    assert main(["--db", str(data_file), "restore", "--force"]) == 0
    [safety] = [b for b in backups.list_backups(paths.backup_dir_for(data_file)) if b.reason == "truoc-khoi-phuc"]
    assert f"được giữ ở {safety.path}." in capsys.readouterr().out
    assert backups.is_good(safety.path)


def test_restore_without_any_good_backup_says_how_to_name_one(data_file, capsys):
    damage_pages(data_file)
    before = _sha(data_file)
    folder = paths.backup_dir_for(data_file)
    assert main(["--db", str(data_file), "restore"]) == 1
    assert capsys.readouterr().err.strip() == (
        f"Không có bản sao lưu dùng được trong {folder}. Hãy chỉ ra tệp sao lưu: "
        f"thiduadesk --db \"{data_file}\" restore TỆP_SAO_LƯU")
    assert _sha(data_file) == before
    assert main(["--db", str(data_file), "units", "list"]) == 1
    assert capsys.readouterr().err.strip().endswith(
        f"Không có bản sao lưu dùng được trong {folder}. Nếu có bản sao lưu ở nơi khác, khôi phục bằng lệnh: "
        f"thiduadesk --db \"{data_file}\" restore TỆP_SAO_LƯU")


def test_restore_of_a_named_backup(data_file, tmp_path, capsys):
    elsewhere = tmp_path / "usb" / "copy.sqlite"
    elsewhere.parent.mkdir()
    assert main(["--db", str(data_file), "backup", str(elsewhere)]) == 0
    _cut(data_file, 0.5)
    assert main(["--db", str(data_file), "restore", str(elsewhere)]) == 0
    assert capsys.readouterr().out.splitlines()[-2] == f"Đã khôi phục {data_file} từ {elsewhere}."
    assert main(["--db", str(data_file), "check"]) == 0


def test_a_damaged_file_without_a_backup_folder_is_set_aside_not_deleted(data_file, tmp_path):
    store = open_store(data_file)
    good = backups.copy_database(store.conn, tmp_path / "good.sqlite")
    store.close()
    damage_pages(data_file)
    damaged = _sha(data_file)
    kept = backups.restore_backup(good, data_file, None)
    assert kept is not None and kept.name.startswith("thiduadesk.sqlite.hong-") and _sha(kept) == damaged
    assert backups.is_good(data_file)
    assert backups.list_backups(data_file.parent) == []  # never offered as a backup

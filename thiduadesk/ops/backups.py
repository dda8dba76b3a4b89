"""Checking the data file and backing it up (the clerk's File menu and the command line)."""

from __future__ import annotations

from pathlib import Path

from thiduadesk import paths
from thiduadesk.ops import changes
from thiduadesk.store.db import Store
from thiduadesk.store.errors import StoreError, ValidationError


def check(store: Store) -> list[str]:
    """SQLite's integrity check: ``["ok"]`` when the file is sound, else the problems found."""
    return store.integrity_check()


def backup(store: Store, dest: str | Path | None = None) -> Path:
    """A consistent, checked copy of the data: at ``dest`` (a file or a folder), by default in the
    backup folder beside the data file. Returns the file written."""
    if dest is None:
        written = store.backup_to(paths.backup_dir_for(store.path), into_folder=True)
    else:
        written = store.backup_to(dest)
    changes.publish(store, changes.BACKUPS)
    return written


def backup_name(when, reason: str = "") -> str:
    """The file name a backup taken at ``when`` gets (``thiduadesk-YYYYMMDD-HHMMSS[-reason].sqlite``)."""
    from thiduadesk.store.backup import backup_name as name

    return name(when, reason)


def restore_hint(path: Path) -> str:
    """What the clerk can do about a damaged data file, naming the command and the backup."""
    from thiduadesk.domain.dates import screen_datetime
    from thiduadesk.store.backup import newest_good_backup

    folder = paths.backup_dir_for(path)
    good = newest_good_backup(folder)
    if good is None:
        return (f"Không có bản sao lưu dùng được trong {folder}. Nếu có bản sao lưu ở nơi khác, khôi phục bằng lệnh: "
                f"thiduadesk --db \"{path}\" restore TỆP_SAO_LƯU")
    when = screen_datetime(good.taken_at, seconds=True)
    return (f"Bản sao lưu tốt gần nhất: {good.path} (lúc {when}). Khôi phục bằng lệnh: "
            f"thiduadesk --db \"{path}\" restore (tệp hỏng được giữ lại bên cạnh, không bị xoá).")


def restore(path: Path, backup: Path | None = None, *, force: bool = False) -> tuple[Path, Path | None]:
    """Put a backup (the newest good one of the backup folder by default) in place of the data
    file at ``path``, which must not be open. A sound file is replaced only with ``force``; the
    file replaced is always kept (a "before a restore" backup, or set aside as it is when it is
    damaged). Returns (the backup restored, where the old file was kept)."""
    from thiduadesk.store.backup import newest_good_backup, restore_backup
    from thiduadesk.store.db import open_store
    from thiduadesk.store.errors import CorruptDatabase, DatabaseInUse, NotThiDuaDeskFile

    path = Path(path).expanduser().absolute()
    folder = paths.backup_dir_for(path)
    if backup is None:
        good = newest_good_backup(folder)
        if good is None:
            raise ValidationError(f"Không có bản sao lưu dùng được trong {folder}. Hãy chỉ ra tệp sao lưu: "
                                  f"thiduadesk --db \"{path}\" restore TỆP_SAO_LƯU")
        backup = good.path
    if path.exists():
        try:
            open_store(path, backup_dir=None, create=False, migrate=False).close()
            sound = True
        except DatabaseInUse:
            raise
        except (CorruptDatabase, NotThiDuaDeskFile):
            sound = False
        except StoreError:
            sound = True  # read-only, newer version …: not damaged
        if sound and not force:
            raise ValidationError(
                f"Tệp dữ liệu {path} không bị hỏng; khôi phục sẽ thay nó bằng bản sao lưu {backup}. Không có gì bị "
                "thay đổi. Nếu vẫn muốn khôi phục, thêm --force (tệp hiện tại được giữ lại như bản sao lưu "
                "«trước khi khôi phục»).")
    kept = restore_backup(Path(backup), path, folder)
    return Path(backup), kept

"""Backups with SQLite's online backup API, checked after writing, kept in a thinning rotation.

File names carry their time: ``thiduadesk-20260123-081500.sqlite`` (daily) or
``thiduadesk-20260123-081500-<reason>.sqlite`` (before an upgrade, before a restore, by hand).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import re
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from thiduadesk.domain.dates import screen_datetime
from thiduadesk.store.errors import BackupFailed, CorruptDatabase, StoreError

PREFIX = "thiduadesk-"
SUFFIX = ".sqlite"
_NAME = re.compile(r"^thiduadesk-(\d{8})-(\d{6})(?:-([a-z0-9-]+))?\.sqlite$")

# Rotation: the newest backup of each of the last 7 days, 4 ISO weeks and 12 months.
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
# Backups taken for a reason (before an upgrade or a restore) are kept apart from the rotation.
KEEP_TAGGED = 5


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: dt.datetime
    reason: str = ""

    @property
    def label(self) -> str:
        return screen_datetime(self.taken_at, seconds=True) + (f" ({self.reason})" if self.reason else "")


def _remove_partial(tmp: Path) -> None:
    """Nothing half-written is left behind: not the copy, not its journal."""
    for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _verify(path: Path) -> None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        result = [r[0] for r in conn.execute("PRAGMA quick_check")]
    finally:
        conn.close()
    if result != ["ok"]:
        raise CorruptDatabase(f"Bản sao lưu {path} không đọc lại được: {'; '.join(result[:3])}", path)


def _database_file(conn: sqlite3.Connection) -> str:
    if not hasattr(conn, "execute"):
        return ""
    for _seq, name, file in conn.execute("PRAGMA database_list"):
        if name == "main":
            return file or ""
    return ""


def check_destination(conn: sqlite3.Connection, dest: Path, *, make_folder: bool) -> Path:
    """The file a backup to ``dest`` writes (through a symbolic link: its target), or BackupFailed.

    Never the database itself or its journals; never a device, a folder or a read-only file; a
    destination the clerk named must be in a folder that exists (``make_folder`` is for the
    program's own backup folder), and a name without an extension that does not exist is taken
    for a missing folder — no file is written under a folder's name."""
    shown = Path(dest)
    real = Path(os.path.realpath(shown))
    db = _database_file(conn)
    if db:
        for name in (db, *(db + side for side in ("-wal", "-journal", "-shm"))):
            same = str(real) == os.path.realpath(name)
            with contextlib.suppress(OSError):
                same = same or (real.exists() and os.path.samefile(real, name))
            if same:
                raise BackupFailed(
                    f"Không sao lưu vào «{shown}»: đó là chính tệp dữ liệu đang mở (hoặc tệp nhật ký của nó). "
                    "Tệp dữ liệu không bị thay đổi; hãy chọn một thư mục hoặc tên tệp khác.", shown)
    if real.exists():
        st = real.stat()
        if not stat.S_ISREG(st.st_mode):
            raise BackupFailed(f"«{shown}» không phải tệp thường (thiết bị hoặc ống dẫn): không sao lưu vào đó.",
                               shown)
        if not st.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(real, os.W_OK):
            raise BackupFailed(f"Tệp «{shown}» chỉ cho đọc: không ghi đè. Hãy chọn tên khác.", shown)
    elif not make_folder:
        if not real.parent.is_dir():
            raise BackupFailed(
                f"Thư mục «{shown.parent}» không tồn tại. Chưa sao lưu gì; hãy tạo thư mục đó hoặc chọn "
                "chỗ khác.", shown.parent)
        if not shown.suffix:
            raise BackupFailed(
                f"Thư mục «{shown}» không tồn tại. Chưa sao lưu gì; hãy tạo thư mục đó, hoặc ghi tên tệp "
                f"có phần mở rộng (ví dụ {shown}.sqlite).", shown)
    return real


def copy_database(conn: sqlite3.Connection, dest: Path, *, make_folder: bool = True) -> Path:
    """A consistent copy of the open database at ``dest`` (a file, or an existing folder to put a
    dated file in), written aside then renamed, and checked."""
    dest = Path(dest)
    if dest.is_dir():
        dest = dest / backup_name(dt.datetime.now(), "thu-cong")
    shown = dest
    dest = check_destination(conn, dest, make_folder=make_folder)
    tmp = dest.with_name(dest.name + ".tmp")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        target = sqlite3.connect(str(tmp))
        try:
            conn.backup(target)
            # A backup must stand on its own: a rollback journal, no WAL beside it.
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        _verify(tmp)
        os.replace(tmp, dest)
    except (OSError, sqlite3.Error, StoreError) as exc:
        _remove_partial(tmp)
        if isinstance(exc, StoreError):
            raise
        raise BackupFailed(
            f"Không tạo được bản sao lưu {shown} ({_reason(exc)}). Tệp dữ liệu không bị thay đổi; "
            "hãy kiểm tra chỗ trống và quyền ghi của thư mục sao lưu.",
            shown,
        ) from exc
    return shown


def _reason(exc: Exception) -> str:
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return "ổ đĩa đầy"
    if isinstance(exc, OSError) and exc.errno == errno.EROFS:
        return "ổ đĩa chỉ cho đọc"
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)


def backup_name(when: dt.datetime, reason: str = "") -> str:
    stamp = when.strftime("%Y%m%d-%H%M%S")
    return f"{PREFIX}{stamp}{'-' + reason if reason else ''}{SUFFIX}"


def list_backups(backup_dir: Path) -> list[BackupFile]:
    """Backups in ``backup_dir``, newest first."""
    out = []
    if backup_dir.is_dir():
        for entry in backup_dir.iterdir():
            m = _NAME.match(entry.name)
            if m:
                d, t = m.group(1), m.group(2)  # not strptime: its first call costs ~4 ms at start-up
                try:
                    when = dt.datetime(int(d[:4]), int(d[4:6]), int(d[6:]), int(t[:2]), int(t[2:4]), int(t[4:]))
                except ValueError:  # "thiduadesk-20261399-…": not one of ours
                    continue
                out.append(BackupFile(entry, when, m.group(3) or ""))
    return sorted(out, key=lambda b: b.taken_at, reverse=True)


def is_good(path: Path) -> bool:
    """A backup that still reads back whole (SQLite's quick_check)."""
    try:
        _verify(Path(path))
    except (sqlite3.Error, StoreError, OSError):
        return False
    return True


def newest_good_backup(backup_dir: Path | None) -> BackupFile | None:
    """The newest backup in ``backup_dir`` that passes the check (a backup damaged since it was
    written is passed over), or None."""
    if backup_dir is None:
        return None
    return next((b for b in list_backups(Path(backup_dir)) if is_good(b.path)), None)


def make_backup(conn: sqlite3.Connection, backup_dir: Path, *, reason: str = "", now: dt.datetime | None = None) -> Path:
    now = now or dt.datetime.now()
    dest = Path(backup_dir) / backup_name(now, reason)
    n = 1
    while dest.exists():  # two backups within one second
        dest = Path(backup_dir) / backup_name(now + dt.timedelta(seconds=n), reason)
        n += 1
    return copy_database(conn, dest)


def daily_backup(conn: sqlite3.Connection, backup_dir: Path, *, now: dt.datetime | None = None) -> Path | None:
    now = now or dt.datetime.now()
    daily = [b for b in list_backups(Path(backup_dir)) if not b.reason]
    made = None
    if not daily or daily[0].taken_at.date() < now.date():
        made = make_backup(conn, backup_dir, now=now)
    thin_backups(Path(backup_dir))
    return made


def backups_to_keep(backups: list[BackupFile]) -> set[Path]:
    """Grandfather-father-son thinning of the daily backups; tagged ones kept by count."""
    keep: set[Path] = set()
    days: set = set()
    weeks: set = set()
    months: set = set()
    for b in sorted((b for b in backups if not b.reason), key=lambda b: b.taken_at, reverse=True):
        day = b.taken_at.date()
        week = day.isocalendar()[:2]
        month = (day.year, day.month)
        if day not in days and len(days) < KEEP_DAILY:
            days.add(day)
            keep.add(b.path)
        if week not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks.add(week)
            keep.add(b.path)
        if month not in months and len(months) < KEEP_MONTHLY:
            months.add(month)
            keep.add(b.path)
    tagged = sorted((b for b in backups if b.reason), key=lambda b: b.taken_at, reverse=True)
    keep.update(b.path for b in tagged[:KEEP_TAGGED])
    return keep


def thin_backups(backup_dir: Path) -> list[Path]:
    """Delete backups the rotation no longer needs; return what was removed."""
    backups = list_backups(backup_dir)
    keep = backups_to_keep(backups)
    removed = []
    for b in backups:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


DAMAGED = "hong"  # the tag of a damaged data file set aside by a restore


def set_aside(db_path: Path, now: dt.datetime | None = None) -> Path:
    """Move a data file that cannot be copied (damaged) out of the way, byte for byte, with its
    journals: ``thiduadesk.sqlite`` → ``thiduadesk.sqlite.hong-20260123-081500`` beside it (the
    same disk, so nothing is copied and no space is needed). Never deleted by the program."""
    now = now or dt.datetime.now()
    aside = db_path.with_name(f"{db_path.name}.{DAMAGED}-{now:%Y%m%d-%H%M%S}")
    n = 1
    while aside.exists():
        aside = db_path.with_name(f"{db_path.name}.{DAMAGED}-{now:%Y%m%d-%H%M%S}-{n}")
        n += 1
    for side in ("-wal", "-journal"):  # a journal may hold committed changes: it goes along
        if Path(str(db_path) + side).exists():
            os.replace(str(db_path) + side, str(aside) + side)
    os.replace(db_path, aside)
    return aside


def restore_backup(backup_file: Path, db_path: Path, backup_dir: Path | None = None) -> Path | None:
    """Put ``backup_file`` in place of ``db_path`` (which must not be open).

    The backup is checked first; the current file is kept: if it reads back whole, as a
    "truoc-khoi-phuc" backup so a restore can itself be undone; if it is damaged (or there is no
    backup folder), moved aside as it is (:func:`set_aside`). Returns where it was kept (None
    when there was no file).
    """
    backup_file, db_path = Path(backup_file), Path(db_path)
    _verify(backup_file)
    safety = None
    if db_path.exists() and backup_dir is not None:
        with contextlib.suppress(sqlite3.Error, StoreError, OSError):
            src = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
            try:
                safety = make_backup(src, backup_dir, reason="truoc-khoi-phuc")
            finally:
                src.close()
    tmp = db_path.with_name(db_path.name + ".restore.tmp")
    try:
        src = sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
        _verify(tmp)
    except (OSError, sqlite3.Error, StoreError) as exc:
        _remove_partial(tmp)
        if isinstance(exc, StoreError):
            raise
        raise BackupFailed(
            f"Không khôi phục được từ {backup_file} ({exc}). Tệp dữ liệu {db_path} không bị thay đổi; "
            "hãy kiểm tra chỗ trống trên ổ đĩa.",
            db_path,
        ) from exc
    if safety is None and db_path.exists():
        try:
            safety = set_aside(db_path)
        except OSError as exc:
            for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            raise BackupFailed(
                f"Không khôi phục được: không dời được tệp dữ liệu hỏng {db_path} sang bên ({_reason(exc)}). "
                "Tệp không bị thay đổi.", db_path) from exc
    # A WAL left beside the old file (already in the safety copy) would be replayed onto the
    # restored one: remove it.
    for side in ("-wal", "-shm", "-journal"):
        Path(str(db_path) + side).unlink(missing_ok=True)
    os.replace(tmp, db_path)
    return safety

"""Opening the one ThiDuaDesk file safely.

WAL journal with exclusive locking (the file is ours alone while the program runs, and no -shm
file is needed), ``synchronous=FULL`` so a committed row survives a crash or power cut, foreign
keys on, ``quick_check`` at every open, migrations in one transaction each after a backup.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import sqlite3
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from thiduadesk.store import backup as backups
from thiduadesk.store.errors import (
    CorruptDatabase,
    DatabaseInUse,
    MigrationFailed,
    NetworkLocation,
    NewerVersion,
    NotThiDuaDeskFile,
    ReadOnlyDatabase,
    StoreError,
)
from thiduadesk.store.schema import APPLICATION_ID, MIGRATION_NAMES, SCHEMA_VERSION, migrations

SQLITE_MAGIC = b"SQLite format 3\x00"
_NETWORK_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "sshfs", "9p", "afs", "ncpfs"}


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some service contexts
        return "?"


def is_network_path(path: Path) -> bool:
    """UNC paths and mapped network drives on Windows; NFS/SMB/SSHFS mounts elsewhere."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(text))[0]
        if drive:
            DRIVE_REMOTE = 4
            return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE
        return False
    return _mount_fstype(path) in _NETWORK_FS


def _mount_fstype(path: Path) -> str:
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return ""
    target = os.path.realpath(path if path.exists() else path.parent)
    best, fstype = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3:
            mount_point = parts[1].replace("\\040", " ")
            inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
            if inside and len(mount_point) > len(best):
                best, fstype = mount_point, parts[2]
    return fstype


class Store:
    """An open ThiDuaDesk database. Use from one thread at a time (the GUI thread)."""

    def __init__(self, path: Path, conn: sqlite3.Connection, backup_dir: Path | None):
        self.path = path
        self.conn = conn
        self.db = sqlite_utils.Database(conn)
        self.backup_dir = backup_dir
        self.user = current_user()

    # -- transactions ---------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Store]:
        """All writes go through here: everything inside commits together or not at all."""
        with self.db.atomic():
            yield self

    def audit(self, table: str, row_id: int | None, action: str, before=None, after=None) -> None:
        """Record a change; call inside the transaction that makes it."""
        self.conn.execute(
            "INSERT INTO audit_log (at, user, table_name, row_id, action, before, after) VALUES (?,?,?,?,?,?,?)",
            (
                utc_now(),
                self.user,
                table,
                row_id,
                action,
                None if before is None else json.dumps(before, ensure_ascii=False, default=str),
                None if after is None else json.dumps(after, ensure_ascii=False, default=str),
            ),
        )

    # -- settings (small JSON values) ------------------------------------------------------

    def get_setting(self, key: str, default=None):
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set_setting(self, key: str, value) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )

    # -- checks and copies -------------------------------------------------------------------

    def quick_check(self) -> list[str]:
        return [r[0] for r in self.conn.execute("PRAGMA quick_check")]

    def integrity_check(self) -> list[str]:
        problems = [r[0] for r in self.conn.execute("PRAGMA integrity_check")]
        fk = self.conn.execute("PRAGMA foreign_key_check").fetchall()
        problems += [f"foreign key: table {r[0]} row {r[1]} → {r[2]}" for r in fk]
        return problems if problems != ["ok"] else ["ok"]

    def backup_to(self, dest: str | Path) -> Path:
        return backups.copy_database(self.conn, Path(dest))

    def daily_backup(self, now: dt.datetime | None = None) -> Path | None:
        """Take today's backup if there is none yet, then thin the rotation."""
        if self.backup_dir is None:
            return None
        return backups.daily_backup(self.conn, self.backup_dir, now=now)

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            # Fold the WAL back so the file is complete on its own (copy-paste safe).
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()


def _classify(exc: sqlite3.Error, path: Path) -> StoreError:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return DatabaseInUse(
            f"Tệp dữ liệu {path} đang được mở bởi một cửa sổ ThiDuaDesk khác (hoặc chương trình khác). "
            "Hãy đóng cửa sổ đó rồi mở lại.",
            path,
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text or "permission" in text:
        return ReadOnlyDatabase(
            f"Không ghi được vào tệp dữ liệu {path} (tệp hoặc thư mục chỉ cho đọc). "
            "Hãy chép tệp sang thư mục của mình, hoặc khôi phục từ bản sao lưu.",
            path,
        )
    return CorruptDatabase(
        f"Tệp dữ liệu {path} bị hỏng hoặc không phải tệp của ThiDuaDesk ({exc}). "
        "Không có gì bị ghi đè. Hãy khôi phục từ bản sao lưu gần nhất.",
        path,
    )


def open_store(
    path: str | Path,
    *,
    backup_dir: str | Path | None = None,
    allow_network: bool = False,
    migrate: bool = True,
    stop_before: str | None = None,
) -> Store:
    """Open (creating if missing) and check the database; raise a StoreError the user can read.

    ``stop_before`` leaves later migrations pending (tests of the upgrade path use it).
    """
    path = Path(path).expanduser().absolute()
    backup_dir = Path(backup_dir) if backup_dir is not None else None

    if is_network_path(path) and not allow_network:
        raise NetworkLocation(
            f"Tệp dữ liệu {path} nằm trên ổ mạng. SQLite không bảo đảm an toàn dữ liệu trên ổ mạng: "
            "hãy chép tệp về máy (ví dụ thư mục Tài liệu) rồi mở bản đó.",
            path,
        )
    exists = path.exists() and path.stat().st_size > 0
    if exists:
        with open(path, "rb") as fh:
            if fh.read(16) != SQLITE_MAGIC:
                raise CorruptDatabase(
                    f"Tệp {path} không phải là tệp dữ liệu ThiDuaDesk hoặc đã bị hỏng. "
                    "Tệp không bị thay đổi. Hãy chọn tệp khác hoặc khôi phục từ bản sao lưu.",
                    path,
                )
        # The write bits count even for an administrator: they are how Windows shows the
        # read-only attribute, and writing through it would surprise the clerk.
        writable = path.stat().st_mode & stat.S_IWUSR
        if not writable or not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise _classify(sqlite3.OperationalError("readonly"), path)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _classify(sqlite3.OperationalError(f"unable to open: {exc}"), path) from exc

    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=0.0, check_same_thread=False)
    except sqlite3.Error as exc:
        raise _classify(exc, path) from exc
    try:
        _configure(conn)
        store = Store(path, conn, backup_dir)
        _check_identity(store)
        if migrate:
            _migrate(store, existed=exists, stop_before=stop_before)
        return store
    except StoreError:
        conn.close()
        raise
    except sqlite3.Error as exc:
        conn.close()
        raise _classify(exc, path) from exc
    except BaseException:
        conn.close()
        raise


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA busy_timeout = 0")
    # Exclusive locking before WAL: the WAL index then lives in heap memory (no -shm file)
    # and the lock, once taken, is held until close — a second instance is refused.
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode.lower() != "wal":
        raise sqlite3.OperationalError("database is locked (journal mode)")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    # Take the exclusive lock now rather than at the first write.
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("COMMIT")
    result = [r[0] for r in conn.execute("PRAGMA quick_check")]
    if result != ["ok"]:
        raise CorruptDatabase(
            "Kiểm tra tệp dữ liệu phát hiện lỗi: " + "; ".join(result[:5]) + ". "
            "Không có gì bị ghi đè. Hãy khôi phục từ bản sao lưu gần nhất."
        )


def _check_identity(store: Store) -> None:
    conn = store.conn
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables - {"_sqlite_migrations"}):
        raise NotThiDuaDeskFile(
            f"Tệp {store.path} là cơ sở dữ liệu của chương trình khác, không phải của ThiDuaDesk. "
            "Tệp không bị thay đổi.",
            store.path,
        )
    known = set(MIGRATION_NAMES)
    applied = {m.name for m in migrations.applied(store.db)}
    if store.schema_version > SCHEMA_VERSION or applied - known:
        raise NewerVersion(
            f"Tệp dữ liệu {store.path} được tạo bởi phiên bản ThiDuaDesk mới hơn phiên bản đang chạy. "
            "Để tránh làm hỏng dữ liệu, chương trình không mở tệp này. Hãy cài phiên bản mới nhất.",
            store.path,
        )


def _migrate(store: Store, *, existed: bool, stop_before: str | None) -> None:
    pending = [m.name for m in migrations.pending(store.db)]
    if stop_before is not None and stop_before in pending:
        pending = pending[: pending.index(stop_before)]
    if not pending:
        return
    if existed and store.backup_dir is not None:
        backups.make_backup(store.conn, store.backup_dir, reason="truoc-nang-cap")
    try:
        migrations.apply(store.db, stop_before=stop_before)
    except Exception as exc:
        raise MigrationFailed(
            f"Không nâng cấp được tệp dữ liệu {store.path} lên phiên bản mới ({exc}). "
            "Tệp vẫn giữ nguyên như trước khi nâng cấp"
            + (f"; bản sao lưu nằm trong {store.backup_dir}." if store.backup_dir else "."),
            store.path,
        ) from exc
    applied = len(migrations.applied(store.db))
    with store.transaction():
        store.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        store.conn.execute(f"PRAGMA user_version = {applied}")

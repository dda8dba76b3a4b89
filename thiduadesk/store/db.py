"""Opening the one ThiDuaDesk file safely.

WAL journal with exclusive locking (the file is ours alone while the program runs, and no -shm
file is needed), ``synchronous=FULL`` so a committed row survives a crash or power cut, foreign
keys on, ``quick_check`` at every open.

Opening reads before it writes: the file is identified (header, ``application_id``, tables,
applied migrations) and checked while nothing has been written, so a refused file is left byte
for byte as it was. Then, after a verified backup, every pending migration and the identity marks
(``application_id``, ``user_version``) are applied in ONE transaction, in the file's own journal
mode; only after it commits is the file switched to WAL (which cannot change inside a transaction
and writes the header itself). A failure anywhere before that leaves the file as it was, and a
file this call created is removed again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import getpass
import itertools
import json
import os
import sqlite3
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from thiduadesk.store import audit as audit_log
from thiduadesk.store import backup as backups
from thiduadesk.store import schema
from thiduadesk.store.errors import (
    CorruptDatabase,
    DatabaseInUse,
    DatabaseNotFound,
    MigrationFailed,
    NetworkLocation,
    NewerVersion,
    NotThiDuaDeskFile,
    ReadOnlyDatabase,
    StoreError,
)
from thiduadesk.store.schema import APPLICATION_ID, MigrationSet

SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS_TABLE = "_sqlite_migrations"  # the table (and layout) sqlite-utils uses
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

    _savepoints = itertools.count(1)

    def __init__(self, path: Path, conn: sqlite3.Connection, backup_dir: Path | None):
        self.path = path
        self.conn = conn
        self.backup_dir = backup_dir
        self.user = current_user()

    @functools.cached_property
    def db(self):
        """The same connection as a ``sqlite_utils.Database`` (imported only when asked for)."""
        return _utils_database(self.conn)

    # -- transactions ---------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Store]:
        """All writes go through here: everything inside commits together or not at all.

        A transaction opened inside another is a savepoint: it can fail alone, and the outer one
        still decides whether anything is kept.
        """
        conn = self.conn
        if conn.in_transaction:
            name = f"tdk_{next(self._savepoints)}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if conn.in_transaction:  # an error may already have ended the whole transaction
                    conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        conn.execute("BEGIN")
        try:
            yield self
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def audit(self, table: str, row_id: int | None, action: str, before=None, after=None) -> None:
        """Record a change; call inside the transaction that makes it.

        An update keeps only what changed between ``before`` and ``after`` (store/audit.py);
        ``audit.history`` rebuilds every version.
        """
        audit_log.record(
            self.conn, at=utc_now(), user=self.user, table=table, row_id=row_id, action=action,
            before=before, after=after, changes_only=self._audit_changes_only,
        )

    @functools.cached_property
    def _audit_changes_only(self) -> bool:
        return audit_log.has_changes_column(self.conn)

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

    unchecked = False  # the full check at open was deferred (open_store's defer_check_above)

    def verify(self) -> None:
        """The full check deferred at open: CorruptDatabase if a page is damaged."""
        if self.unchecked:
            try:
                _quick_check(self.conn, self.path)
            except sqlite3.DatabaseError as exc:
                raise _classify(exc, self.path) from exc
            self.unchecked = False

    def quick_check(self) -> list[str]:
        return [r[0] for r in self.conn.execute("PRAGMA quick_check")]

    def integrity_check(self) -> list[str]:
        """``["ok"]``, or the problems found (pages, indexes, foreign keys), without "ok" among them."""
        problems = [r[0] for r in self.conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        fk = self.conn.execute("PRAGMA foreign_key_check").fetchall()
        problems += [f"foreign key: table {r[0]} row {r[1]} → {r[2]}" for r in fk]
        return problems or ["ok"]

    def backup_to(self, dest: str | Path, *, into_folder: bool = False) -> Path:
        """A checked copy at ``dest``: a file name, or an existing folder; with ``into_folder`` the
        program's own backup folder (created if needed) with a dated name."""
        if into_folder:
            return backups.make_backup(self.conn, Path(dest), reason="thu-cong")
        return backups.copy_database(self.conn, Path(dest), make_folder=False)

    def daily_backup(self, now: dt.datetime | None = None) -> Path | None:
        """Take today's backup if there is none yet, then thin the rotation."""
        if self.backup_dir is None:
            return None
        return backups.daily_backup(self.conn, self.backup_dir, now=now)

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    closed = False

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            # Fold the WAL back so the file is complete on its own (copy-paste safe).
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()
        self.closed = True  # a view's late timer can tell (it must not ask a closed file)


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


def _utils_database(conn: sqlite3.Connection):
    import sqlite_utils  # about 40 ms: only for migrations and callers that ask for store.db

    return sqlite_utils.Database(conn)


def open_store(
    path: str | Path,
    *,
    backup_dir: str | Path | None = None,
    allow_network: bool = False,
    migrate: bool = True,
    stop_before: str | None = None,
    create: bool = True,
    migrations: MigrationSet | None = None,
    defer_check_above: int | None = None,
) -> Store:
    """Open and check the database; raise a StoreError the user can read.

    ``defer_check_above``: a file larger than this many bytes, with no upgrade pending, has its
    full page-by-page check (quick_check, which reads every page: 0.15 s warm, over 1 s cold for
    ten years of records) left to ``Store.verify()``, which the GUI runs once its window is up;
    the schema and the identity are still read and checked here.

    ``create=False`` opens an existing file only (a check must not leave an empty database
    behind). ``stop_before`` leaves that migration and the later ones pending; ``migrations``
    replaces the program's migration set (both for tests of the upgrade path).
    """
    path = Path(path).expanduser().absolute()
    backup_dir = Path(backup_dir) if backup_dir is not None else None
    mset = migrations if migrations is not None else schema.migrations

    if is_network_path(path) and not allow_network:
        raise NetworkLocation(
            f"Tệp dữ liệu {path} nằm trên ổ mạng. SQLite không bảo đảm an toàn dữ liệu trên ổ mạng: "
            "hãy chép tệp về máy (ví dụ thư mục Tài liệu) rồi mở bản đó.",
            path,
        )
    present = path.exists()
    exists = present and path.stat().st_size > 0
    if not create and not present:
        raise DatabaseNotFound(
            f"Không tìm thấy tệp dữ liệu {path}. Hãy kiểm tra lại đường dẫn, "
            "hoặc khôi phục từ bản sao lưu.",
            path,
        )
    if not create and not exists:
        raise NotThiDuaDeskFile(
            f"Tệp {path} trống (0 byte), không chứa dữ liệu ThiDuaDesk. Tệp không bị thay đổi.", path
        )
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
        # Nothing below writes to the file until _upgrade / _enter_wal.
        conn.execute("PRAGMA busy_timeout = 0")
        # Exclusive locking before the first read: a WAL index then lives in heap memory (no
        # -shm file) and the locks, once taken, are held until close.
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        large = defer_check_above is not None and exists and path.stat().st_size > defer_check_above
        if not large:
            _quick_check(conn, path)
        found = _read_identity(conn, mset.name)
        deferred = large and not _pending(found, mset, stop_before)  # never upgrade an unchecked file
        if large and not deferred:
            _quick_check(conn, path)
        _check_identity(found, path, mset)
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        if migrate:
            pending = _pending(found, mset, stop_before)
            marks = (APPLICATION_ID, len(found.applied) + len(pending))
            if pending or (found.application_id, found.user_version) != marks:
                if pending and exists and backup_dir is not None:
                    _backup_before_upgrade(conn, path, backup_dir)
                _upgrade(conn, path, pending, mset.name, marks, backup_dir=backup_dir, created=not present)
        _enter_wal(conn)
        store = Store(path, conn, backup_dir)
        store.unchecked = deferred
        return store
    except BaseException as exc:
        conn.close()
        if not present:  # this call made the file: take it away again, with its journals
            for name in (str(path), str(path) + "-journal", str(path) + "-wal", str(path) + "-shm"):
                with contextlib.suppress(OSError):
                    os.remove(name)
        if isinstance(exc, sqlite3.Error):
            raise _classify(exc, path) from exc
        if isinstance(exc, UnicodeDecodeError):  # damaged text in the schema itself
            raise _classify(sqlite3.DatabaseError(f"malformed schema text: {exc}"), path) from exc
        raise


@dataclass(frozen=True)
class _Identity:
    application_id: int
    user_version: int
    tables: frozenset[str]
    applied: tuple[str, ...]  # names of this migration set, in the order they were applied


def _read_identity(conn: sqlite3.Connection, set_name: str) -> _Identity:
    """What the file says it is; only reads."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = frozenset(r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
    applied: tuple[str, ...] = ()
    if MIGRATIONS_TABLE in tables:
        applied = tuple(
            r[0]
            for r in conn.execute(
                f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
                (set_name,),
            )
        )
    return _Identity(app_id, version, tables, applied)


def _check_identity(found: _Identity, path: Path, mset: MigrationSet) -> None:
    # Application id 0 with tables: a file whose marks were never written is still ours if it
    # records our migrations (files upgraded before the marks were in the same transaction).
    unmarked_ours = not (found.tables - {MIGRATIONS_TABLE}) or bool(found.applied)
    if found.application_id not in (0, APPLICATION_ID) or (found.application_id == 0 and not unmarked_ours):
        raise NotThiDuaDeskFile(
            f"Tệp {path} là cơ sở dữ liệu của chương trình khác, không phải của ThiDuaDesk. "
            "Tệp không bị thay đổi.",
            path,
        )
    if found.user_version > len(mset) or set(found.applied) - set(mset.names):
        raise NewerVersion(
            f"Tệp dữ liệu {path} được tạo bởi phiên bản ThiDuaDesk mới hơn phiên bản đang chạy. "
            "Để tránh làm hỏng dữ liệu, chương trình không mở tệp này. Hãy cài phiên bản mới nhất.",
            path,
        )


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    result = [r[0] for r in conn.execute("PRAGMA quick_check")]
    if result != ["ok"]:
        raise CorruptDatabase(
            f"Tệp dữ liệu {path} bị hỏng: kiểm tra phát hiện lỗi: " + "; ".join(result[:5]) + ". "
            "Không có gì bị ghi đè. Hãy khôi phục từ bản sao lưu gần nhất.",
            path,
        )


def _pending(found: _Identity, mset: MigrationSet, stop_before: str | None) -> list:
    pending = [m for m in mset if m.name not in found.applied]
    names = [m.name for m in pending]
    if stop_before is not None and stop_before in names:
        pending = pending[: names.index(stop_before)]
    return pending


def _backup_before_upgrade(conn: sqlite3.Connection, path: Path, backup_dir: Path) -> None:
    try:
        backups.make_backup(conn, backup_dir, reason="truoc-nang-cap")
    except (OSError, sqlite3.Error, StoreError) as exc:
        detail = getattr(exc, "message", None) or str(exc)
        raise MigrationFailed(
            f"Không sao lưu được tệp dữ liệu {path} vào {backup_dir} trước khi nâng cấp ({detail}). "
            "Chưa nâng cấp gì, tệp vẫn giữ nguyên. Hãy kiểm tra chỗ trống trên ổ đĩa rồi mở lại.",
            path,
        ) from exc


def _upgrade(conn, path: Path, pending: list, set_name: str, marks: tuple[int, int], *,
             backup_dir: Path | None, created: bool) -> None:
    """Every pending migration, its record and the identity marks: one transaction."""
    app_id, version = marks
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            if pending:
                db = _utils_database(conn)
                conn.execute(
                    f"CREATE TABLE IF NOT EXISTS {MIGRATIONS_TABLE} "
                    "([id] INTEGER PRIMARY KEY, [migration_set] TEXT, [name] TEXT, [applied_at] TEXT)"
                )
                conn.execute(
                    f"CREATE UNIQUE INDEX IF NOT EXISTS idx_{MIGRATIONS_TABLE}_migration_set_name "
                    f"ON {MIGRATIONS_TABLE} (migration_set, name)"
                )
            for migration in pending:
                # A migration cannot end the upgrade transaction: COMMIT/ROLLBACK/BEGIN are
                # refused while it runs (savepoints, as in db.atomic(), are fine).
                conn.set_authorizer(_refuse_transaction_end)
                try:
                    migration.fn(db)
                finally:
                    conn.set_authorizer(None if sys.version_info >= (3, 11) else _allow_everything)
                if not conn.in_transaction:
                    raise RuntimeError(f"migration {migration.name} ended the upgrade transaction")
                conn.execute(
                    f"INSERT INTO {MIGRATIONS_TABLE} (migration_set, name, applied_at) VALUES (?, ?, ?)",
                    (set_name, migration.name, str(dt.datetime.now(dt.timezone.utc))),
                )
            # Both marks live in the header page and change with the transaction.
            conn.execute(f"PRAGMA application_id = {int(app_id)}")
            conn.execute(f"PRAGMA user_version = {int(version)}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    except Exception as exc:
        if isinstance(exc, sqlite3.OperationalError) and isinstance(_classify(exc, path), DatabaseInUse):
            raise _classify(exc, path) from exc
        if created:
            message = (
                f"Không tạo được tệp dữ liệu mới {path} ({exc}). "
                "Không có tệp nào được để lại; hãy thử lại hoặc chọn thư mục khác."
            )
        else:
            message = (
                f"Không nâng cấp được tệp dữ liệu {path} lên phiên bản mới ({exc}). "
                "Tệp vẫn giữ nguyên như trước khi nâng cấp"
                + (f"; bản sao lưu nằm trong {backup_dir}." if backup_dir else ".")
            )
        raise MigrationFailed(message, path) from exc


def _refuse_transaction_end(action: int, *_args) -> int:
    return sqlite3.SQLITE_DENY if action == sqlite3.SQLITE_TRANSACTION else sqlite3.SQLITE_OK


def _allow_everything(*_args) -> int:  # Python 3.10 cannot remove an authorizer (None: 3.11+)
    return sqlite3.SQLITE_OK


def _enter_wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL (outside any transaction: it writes the header itself) and take the lock."""
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode.lower() != "wal":
        raise sqlite3.OperationalError("database is locked (journal mode)")
    # Take the exclusive lock now rather than at the first write.
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("COMMIT")

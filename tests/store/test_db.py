"""The database file: opening, refusing what must be refused, migrations, backups, crash safety."""

from __future__ import annotations

import datetime as dt
import os
import random
import sqlite3
import stat
import subprocess
import sys
import textwrap

import pytest

from thiduadesk.store import backup as backups
from thiduadesk.store.db import open_store
from thiduadesk.store.errors import (
    BackupFailed,
    CorruptDatabase,
    DatabaseInUse,
    MigrationFailed,
    NetworkLocation,
    NewerVersion,
    NotThiDuaDeskFile,
    ReadOnlyDatabase,
)
from thiduadesk.store.schema import SCHEMA_VERSION


def test_new_database_has_safe_pragmas(db_path):
    store = open_store(db_path)
    try:
        conn = store.conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA locking_mode").fetchone()[0] == "exclusive"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.schema_version == SCHEMA_VERSION
        assert store.integrity_check() == ["ok"]
    finally:
        store.close()


def test_second_instance_is_refused_with_the_file_name(db_path):
    first = open_store(db_path)
    try:
        with pytest.raises(DatabaseInUse) as info:
            open_store(db_path)
        assert str(db_path) in info.value.message
        # The first instance still works after the refusal.
        first.set_setting("still", "ok")
        assert first.get_setting("still") == "ok"
    finally:
        first.close()
    open_store(db_path).close()  # free again once the first one closed


def test_second_process_is_refused(db_path):
    first = open_store(db_path)
    try:
        code = f"from thiduadesk.store.db import open_store\nopen_store({str(db_path)!r})"
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
        assert proc.returncode != 0
        assert "DatabaseInUse" in proc.stderr
    finally:
        first.close()


def _set_user_version(path, version):
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()


def test_file_from_newer_version_is_refused_and_left_untouched(db_path):
    open_store(db_path).close()
    _set_user_version(db_path, SCHEMA_VERSION + 1)
    before = db_path.read_bytes()
    with pytest.raises(NewerVersion) as info:
        open_store(db_path)
    assert "phiên bản ThiDuaDesk mới hơn" in info.value.message
    assert db_path.read_bytes() == before


def test_unknown_applied_migration_means_newer(db_path):
    open_store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('thiduadesk', 'm999_future', 'x')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(NewerVersion):
        open_store(db_path)


def test_read_only_file_gets_a_message_and_restore_offer(db_path):
    store = open_store(db_path)
    store.set_setting("k", 1)
    store.close()
    os.chmod(db_path, stat.S_IRUSR | stat.S_IRGRP)
    try:
        with pytest.raises(ReadOnlyDatabase) as info:
            open_store(db_path)
        assert "chỉ cho đọc" in info.value.message
        assert info.value.can_restore
    finally:
        os.chmod(db_path, stat.S_IRUSR | stat.S_IWUSR)
    assert open_store(db_path).get_setting("k") == 1


def test_garbage_file_is_corrupt_and_not_overwritten(db_path):
    db_path.write_bytes(b"This is a Word document, not a database" * 100)
    before = db_path.read_bytes()
    with pytest.raises(CorruptDatabase) as info:
        open_store(db_path)
    assert info.value.can_restore
    assert db_path.read_bytes() == before


def test_damaged_pages_are_reported_as_corrupt(db_path):
    store = open_store(db_path)
    with store.transaction():
        for i in range(3000):
            store.conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (f"k{i}", '"' + "x" * 50 + '"'))
    store.close()
    data = bytearray(db_path.read_bytes())
    page = 4096
    assert len(data) > 6 * page
    rng = random.Random(7)
    for offset in range(2 * page, len(data) - page, page):  # scramble every page after the schema
        for _ in range(200):
            data[offset + rng.randrange(page)] = rng.randrange(256)
    db_path.write_bytes(bytes(data))
    with pytest.raises(CorruptDatabase):
        open_store(db_path)


def test_other_programs_database_is_refused(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    with pytest.raises(NotThiDuaDeskFile):
        open_store(db_path)


def test_unc_path_is_refused():
    with pytest.raises(NetworkLocation) as info:
        open_store("//server/share/thiduadesk.sqlite")
    assert "ổ mạng" in info.value.message


def test_migration_takes_a_backup_first(db_path, tmp_path):
    backup_dir = tmp_path / "backups"
    old = open_store(db_path, backup_dir=backup_dir, stop_before="m002_plans_and_register")
    old.set_setting("marker", "before upgrade")
    assert "plans" not in old.db.table_names()
    old.close()
    assert backups.list_backups(backup_dir) == []  # a brand-new file needs no backup

    store = open_store(db_path, backup_dir=backup_dir)
    try:
        assert "plans" in store.db.table_names()
        assert store.get_setting("marker") == "before upgrade"
    finally:
        store.close()
    taken = backups.list_backups(backup_dir)
    assert [b.reason for b in taken] == ["truoc-nang-cap"]
    copy = sqlite3.connect(taken[0].path)
    tables = {r[0] for r in copy.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    marker = copy.execute("SELECT value FROM settings WHERE key='marker'").fetchone()[0]
    copy.close()
    assert "plans" not in tables and "units" in tables  # the state before the upgrade
    assert marker == '"before upgrade"'


def test_failed_migration_leaves_the_file_as_it_was(db_path, tmp_path, monkeypatch):
    from thiduadesk.store import schema

    open_store(db_path, stop_before="m002_plans_and_register").close()
    original = schema.migrations._migrations[-1].fn

    def broken(db):
        original(db)
        raise RuntimeError("power cut in the middle")

    monkeypatch.setattr(schema.migrations._migrations[-1], "fn", broken)
    with pytest.raises(MigrationFailed) as info:
        open_store(db_path, backup_dir=tmp_path / "b")
    assert "giữ nguyên" in info.value.message
    monkeypatch.undo()
    conn = sqlite3.connect(db_path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert "plans" not in tables  # rolled back whole
    store = open_store(db_path)
    assert "plans" in store.db.table_names()
    store.close()


def test_backup_is_consistent_and_standalone(db_path, tmp_path):
    store = open_store(db_path)
    store.set_setting("x", [1, 2, 3])
    dest = store.backup_to(tmp_path / "copy.sqlite")
    store.close()
    assert not (tmp_path / "copy.sqlite-wal").exists()
    copy = open_store(dest)
    assert copy.get_setting("x") == [1, 2, 3]
    copy.close()


def test_daily_backup_once_a_day(db_path, tmp_path):
    store = open_store(db_path, backup_dir=tmp_path / "b")
    day = dt.datetime(2026, 11, 23, 8, 0)
    assert store.daily_backup(now=day) is not None
    assert store.daily_backup(now=day + dt.timedelta(hours=5)) is None
    assert store.daily_backup(now=day + dt.timedelta(days=1)) is not None
    store.close()
    assert len(backups.list_backups(tmp_path / "b")) == 2


def test_rotation_thins_as_designed(tmp_path):
    # One backup a day for 100 days up to Monday 23/11/2026, plus an old pre-upgrade backup.
    last = dt.datetime(2026, 11, 23, 8, 0)
    for n in range(100):
        (tmp_path / backups.backup_name(last - dt.timedelta(days=n))).write_bytes(b"")
    (tmp_path / backups.backup_name(dt.datetime(2026, 8, 20, 9, 0), "truoc-nang-cap")).write_bytes(b"")
    backups.thin_backups(tmp_path)
    kept = sorted(b.taken_at.date().isoformat() for b in backups.list_backups(tmp_path))
    # By hand: 7 daily (17–23/11); newest of ISO weeks 46 and 45 (15/11, 08/11; weeks 48 and 47
    # are already kept as dailies); newest of each month (31/10, 30/09, 31/08; November's is
    # 23/11); and the tagged pre-upgrade backup of 20/08.
    assert kept == [
        "2026-08-20", "2026-08-31", "2026-09-30", "2026-10-31", "2026-11-08", "2026-11-15",
        "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23",
    ]  # fmt: skip
    # Thinning again changes nothing.
    assert backups.thin_backups(tmp_path) == []


def test_restore_replaces_the_file_and_keeps_a_safety_copy(db_path, tmp_path):
    bdir = tmp_path / "b"
    store = open_store(db_path, backup_dir=bdir)
    store.set_setting("v", "old")
    good = backups.make_backup(store.conn, bdir, reason="thu-cong")
    store.set_setting("v", "new")
    store.close()
    safety = backups.restore_backup(good, db_path, bdir)
    assert safety is not None and safety.exists()
    store = open_store(db_path)
    assert store.get_setting("v") == "old"
    store.close()
    assert open_store(safety).get_setting("v") == "new"


CHILD = textwrap.dedent(
    """
    import sys
    from thiduadesk.domain.model import Unit
    from thiduadesk.store.db import open_store
    from thiduadesk.store.units import UnitRepository
    store = open_store(sys.argv[1])
    repo = UnitRepository(store)
    start = int(sys.argv[2])
    i = start
    while True:
        uid = repo.add(Unit(name=f"Trường số {i}", level="thcs", cluster="Cụm 1"))
        print(i, flush=True)   # printed only after the commit returned
        i += 1
    """
)


@pytest.mark.slow
def test_sigkill_during_writes_loses_no_committed_row(db_path):
    open_store(db_path).close()
    rng = random.Random(2022)
    committed: set[int] = set()
    next_id = 0
    for _round in range(40):
        proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(db_path), str(next_id)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        wanted = rng.randint(1, 120)
        seen = []
        for _ in range(wanted):
            line = proc.stdout.readline()
            if not line:
                break
            seen.append(int(line))
        proc.kill()  # SIGKILL: no cleanup, possibly mid-transaction
        proc.wait()
        assert seen, proc.stderr.read()
        committed.update(seen)
        next_id = max(seen) + 1000  # skip past anything written but not yet reported

        store = open_store(db_path)
        try:
            assert store.integrity_check() == ["ok"]
            names = {r[0] for r in store.conn.execute("SELECT name FROM units")}
        finally:
            store.close()
        missing = {i for i in committed if f"Trường số {i}" not in names}
        assert not missing, f"committed rows lost after SIGKILL: {sorted(missing)[:10]}"


def test_backup_names_with_impossible_dates_are_not_ours(tmp_path):
    (tmp_path / "thiduadesk-20261123-081500.sqlite").write_bytes(b"")
    (tmp_path / "thiduadesk-20261399-081500.sqlite").write_bytes(b"")  # month 13
    (tmp_path / "thiduadesk-20261124-256000-truoc-nang-cap.sqlite").write_bytes(b"")  # 25:60
    found = backups.list_backups(tmp_path)
    assert [(b.path.name, b.taken_at, b.reason) for b in found] == [
        ("thiduadesk-20261123-081500.sqlite", dt.datetime(2026, 11, 23, 8, 15), "")
    ]


def test_a_transaction_inside_another_is_a_savepoint(db_path):
    store = open_store(db_path)
    try:
        with store.transaction():
            store.conn.execute("INSERT INTO settings (key, value) VALUES ('outer', '1')")
            with pytest.raises(RuntimeError), store.transaction():
                store.conn.execute("INSERT INTO settings (key, value) VALUES ('inner', '1')")
                raise RuntimeError("inner step refused")
            assert store.conn.in_transaction  # the outer one goes on
        assert store.get_setting("outer") == 1 and store.get_setting("inner") is None
        with pytest.raises(RuntimeError), store.transaction():
            store.conn.execute("INSERT INTO settings (key, value) VALUES ('lost', '1')")
            with store.transaction():
                store.conn.execute("INSERT INTO settings (key, value) VALUES ('lost too', '1')")
            raise RuntimeError("outer step refused")
        assert not store.conn.in_transaction
        assert store.get_setting("lost") is None and store.get_setting("lost too") is None
    finally:
        store.close()


def test_opening_does_not_load_sqlite_utils_when_nothing_is_pending(db_path):
    open_store(db_path).close()
    code = (
        "import sys\nfrom thiduadesk.store.db import open_store\n"
        f"s = open_store({str(db_path)!r})\nprint('sqlite_utils' in sys.modules)\ns.close()"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "False", proc.stderr


def test_a_backup_that_cannot_be_written_leaves_nothing_behind(db_path, tmp_path):
    class DiskFills:
        """The source connection of a backup whose target fills the disk half-way."""

        def backup(self, target):
            target.execute("CREATE TABLE half (x)")
            target.execute("INSERT INTO half VALUES (1)")
            raise sqlite3.OperationalError("database or disk is full")

    dest = tmp_path / "b" / "copy.sqlite"
    with pytest.raises(BackupFailed) as info:
        backups.copy_database(DiskFills(), dest)
    assert info.value.message == (
        f"Không tạo được bản sao lưu {dest} (database or disk is full). Tệp dữ liệu không bị thay đổi; "
        "hãy kiểm tra chỗ trống và quyền ghi của thư mục sao lưu."
    )
    assert list((tmp_path / "b").iterdir()) == []  # no 0-byte .tmp, no journal


def test_integrity_check_lists_a_foreign_key_problem_without_ok(db_path):
    store = open_store(db_path)
    try:
        store.conn.execute("PRAGMA foreign_keys = OFF")
        store.conn.execute("INSERT INTO people (unit_id, full_name) VALUES (999, 'Lê Văn Hải')")
        store.conn.execute("PRAGMA foreign_keys = ON")
        assert store.integrity_check() == ["foreign key: table people row 1 → units"]
    finally:
        store.close()


def test_a_restore_that_fails_half_way_leaves_the_data_file_and_no_temp(db_path, tmp_path, monkeypatch):
    store = open_store(db_path)
    store.set_setting("v", "current")
    good = backups.make_backup(store.conn, tmp_path / "b", reason="thu-cong")
    store.close()
    before = db_path.read_bytes()
    checked = backups._verify

    def copy_unreadable(path):
        if str(path).endswith(".restore.tmp"):
            raise OSError(5, "Input/output error")
        checked(path)

    monkeypatch.setattr(backups, "_verify", copy_unreadable)
    with pytest.raises(BackupFailed) as info:
        backups.restore_backup(good, db_path)
    assert info.value.message == (
        f"Không khôi phục được từ {good} ([Errno 5] Input/output error). Tệp dữ liệu {db_path} "
        "không bị thay đổi; hãy kiểm tra chỗ trống trên ổ đĩa."
    )
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["b", db_path.name]

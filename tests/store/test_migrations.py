"""Upgrading the file: every pending migration and the identity marks in one transaction, and
nothing written to a file before it is known to be ours."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from thiduadesk.store import backup as backups
from thiduadesk.store import schema
from thiduadesk.store.db import open_store
from thiduadesk.store.errors import DatabaseNotFound, MigrationFailed, NewerVersion, NotThiDuaDeskFile
from thiduadesk.store.schema import APPLICATION_ID, SCHEMA_VERSION, MigrationSet

SIDE_FILES = ("-wal", "-shm", "-journal")


def fingerprint(path):
    """sha256 of the file and of any journal beside it (call with every connection closed)."""
    out = {"main": hashlib.sha256(path.read_bytes()).hexdigest()}
    for side in SIDE_FILES:
        other = path.with_name(path.name + side)
        if other.exists():
            out[side] = hashlib.sha256(other.read_bytes()).hexdigest()
    return out


def real(name):
    return next(m.fn for m in schema.migrations if m.name == name)


def migration_set(*steps):
    """A set named like the program's, made of (name, fn) steps."""
    mset = MigrationSet(schema.migrations.name)
    for name, fn in steps:
        mset.add(name, fn)
    return mset


def creates_then_fails(db):
    db.execute("CREATE TABLE half_made (id INTEGER PRIMARY KEY)")
    db.execute("INSERT INTO half_made (id) VALUES (1)")
    raise RuntimeError("power cut in the middle")


def file_at_m001(path, journal_mode="wal"):
    """A ThiDuaDesk file with only the first migration applied, and one row of data."""
    store = open_store(path, migrations=migration_set(("m001_foundation", real("m001_foundation"))))
    store.set_setting("marker", "before upgrade")
    store.close()
    if journal_mode != "wal":  # e.g. a restored backup, which is in rollback-journal mode
        conn = sqlite3.connect(path)
        assert conn.execute(f"PRAGMA journal_mode = {journal_mode}").fetchone()[0] == journal_mode
        conn.close()


def tables(path):
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


def marks(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA application_id").fetchone()[0], conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_failure_half_way_leaves_the_file_byte_identical(db_path, tmp_path, journal_mode):
    file_at_m001(db_path, journal_mode)
    before = fingerprint(db_path)
    assert marks(db_path) == (APPLICATION_ID, 1)
    upgrade = migration_set(
        ("m001_foundation", real("m001_foundation")),
        ("m002_plans_and_register", real("m002_plans_and_register")),  # applied, then undone
        ("m002b_half_made", creates_then_fails),
        ("m003_audit_changes", real("m003_audit_changes")),
    )
    backup_dir = tmp_path / "backups"
    with pytest.raises(MigrationFailed) as info:
        open_store(db_path, backup_dir=backup_dir, migrations=upgrade)
    assert info.value.message == (
        f"Không nâng cấp được tệp dữ liệu {db_path} lên phiên bản mới (power cut in the middle). "
        f"Tệp vẫn giữ nguyên như trước khi nâng cấp; bản sao lưu nằm trong {backup_dir}."
    )
    assert info.value.path == db_path
    assert fingerprint(db_path) == before
    assert "plans" not in tables(db_path) and "half_made" not in tables(db_path)
    # The verified backup taken before the upgrade is the old file's content.
    taken = backups.list_backups(backup_dir)
    assert [b.reason for b in taken] == ["truoc-nang-cap"]
    assert "plans" not in tables(taken[0].path) and "settings" in tables(taken[0].path)

    # The program's own migrations then upgrade the same file in one go.
    store = open_store(db_path, backup_dir=backup_dir)
    try:
        assert store.get_setting("marker") == "before upgrade"
        assert store.schema_version == SCHEMA_VERSION
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        applied = [r[0] for r in store.conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
        assert applied == schema.MIGRATION_NAMES
    finally:
        store.close()
    assert marks(db_path) == (APPLICATION_ID, SCHEMA_VERSION)


def test_a_migration_cannot_commit_part_of_the_upgrade(db_path):
    file_at_m001(db_path)
    before = fingerprint(db_path)

    def commits(db):
        db.execute("CREATE TABLE early (id INTEGER PRIMARY KEY)")
        db.conn.commit()

    upgrade = migration_set(
        ("m001_foundation", real("m001_foundation")),
        ("m002_plans_and_register", real("m002_plans_and_register")),
        ("m002b_commits", commits),
    )
    with pytest.raises(MigrationFailed) as info:
        open_store(db_path, migrations=upgrade)
    assert info.value.message == (
        f"Không nâng cấp được tệp dữ liệu {db_path} lên phiên bản mới (not authorized). "
        "Tệp vẫn giữ nguyên như trước khi nâng cấp."
    )
    assert fingerprint(db_path) == before


def test_new_file_whose_first_migration_fails_is_not_left_behind(tmp_path):
    path = tmp_path / "new" / "thiduadesk.sqlite"
    with pytest.raises(MigrationFailed) as info:
        open_store(path, migrations=migration_set(("m001_broken", creates_then_fails)))
    assert info.value.message == (
        f"Không tạo được tệp dữ liệu mới {path} (power cut in the middle). "
        "Không có tệp nào được để lại; hãy thử lại hoặc chọn thư mục khác."
    )
    assert list(path.parent.iterdir()) == []


def test_empty_file_whose_first_migration_fails_stays_empty(db_path):
    db_path.write_bytes(b"")
    with pytest.raises(MigrationFailed) as info:
        open_store(db_path, migrations=migration_set(("m001_broken", creates_then_fails)))
    assert info.value.message == (
        f"Không nâng cấp được tệp dữ liệu {db_path} lên phiên bản mới (power cut in the middle). "
        "Tệp vẫn giữ nguyên như trước khi nâng cấp."
    )
    assert db_path.read_bytes() == b""
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


def test_file_from_a_newer_version_is_refused_before_any_write(db_path, tmp_path):
    open_store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = fingerprint(db_path)
    with pytest.raises(NewerVersion) as info:
        open_store(db_path, backup_dir=tmp_path / "b")
    assert info.value.message == (
        f"Tệp dữ liệu {db_path} được tạo bởi phiên bản ThiDuaDesk mới hơn phiên bản đang chạy. "
        "Để tránh làm hỏng dữ liệu, chương trình không mở tệp này. Hãy cài phiên bản mới nhất."
    )
    assert fingerprint(db_path) == before
    assert not (tmp_path / "b").exists()  # not even a backup


def test_older_program_refuses_a_file_with_more_migrations(db_path):
    open_store(db_path).close()
    before = fingerprint(db_path)
    older = migration_set(("m001_foundation", real("m001_foundation")))
    with pytest.raises(NewerVersion):
        open_store(db_path, migrations=older)
    assert fingerprint(db_path) == before


def test_other_programs_file_in_rollback_mode_is_byte_identical_after_refusal(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)")
    conn.execute("INSERT INTO invoices (total) VALUES (125000)")
    conn.commit()
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    before = fingerprint(db_path)
    with pytest.raises(NotThiDuaDeskFile) as info:
        open_store(db_path)
    assert info.value.message == (
        f"Tệp {db_path} là cơ sở dữ liệu của chương trình khác, không phải của ThiDuaDesk. "
        "Tệp không bị thay đổi."
    )
    assert fingerprint(db_path) == before
    assert db_path.read_bytes()[18:20] == b"\x01\x01"  # still a rollback-journal file, not WAL


def test_open_existing_only_does_not_create_a_file(tmp_path):
    path = tmp_path / "missing" / "thiduadesk.sqlite"
    with pytest.raises(DatabaseNotFound) as info:
        open_store(path, create=False)
    assert info.value.message == (
        f"Không tìm thấy tệp dữ liệu {path}. Hãy kiểm tra lại đường dẫn, hoặc khôi phục từ bản sao lưu."
    )
    assert not path.parent.exists()


def test_open_existing_only_refuses_an_empty_file_and_leaves_it_empty(db_path):
    db_path.write_bytes(b"")
    with pytest.raises(NotThiDuaDeskFile) as info:
        open_store(db_path, create=False)
    assert info.value.message == (
        f"Tệp {db_path} trống (0 byte), không chứa dữ liệu ThiDuaDesk. Tệp không bị thay đổi."
    )
    assert db_path.read_bytes() == b""


def test_open_existing_only_opens_a_real_file(db_path):
    open_store(db_path).close()
    store = open_store(db_path, create=False)
    try:
        assert store.schema_version == SCHEMA_VERSION
    finally:
        store.close()


def test_up_to_date_file_is_opened_without_writing(db_path):
    open_store(db_path).close()
    before = fingerprint(db_path)
    open_store(db_path).close()
    assert fingerprint(db_path) == before


def test_file_whose_marks_were_never_written_is_recognised_and_marked(db_path):
    """A file upgraded by the old code, which wrote the marks in a separate transaction."""
    open_store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA application_id = 0")
    conn.execute("PRAGMA user_version = 0")
    conn.commit()
    conn.close()
    open_store(db_path).close()
    assert marks(db_path) == (APPLICATION_ID, SCHEMA_VERSION)


def test_no_upgrade_without_its_backup(db_path, tmp_path, monkeypatch):
    file_at_m001(db_path)
    before = fingerprint(db_path)
    backup_dir = tmp_path / "backups"

    def disk_full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "make_backup", disk_full)
    with pytest.raises(MigrationFailed) as info:
        open_store(db_path, backup_dir=backup_dir)
    assert info.value.message == (
        f"Không sao lưu được tệp dữ liệu {db_path} vào {backup_dir} trước khi nâng cấp "
        "([Errno 28] No space left on device). "
        "Chưa nâng cấp gì, tệp vẫn giữ nguyên. Hãy kiểm tra chỗ trống trên ổ đĩa rồi mở lại."
    )
    assert fingerprint(db_path) == before
    assert marks(db_path) == (APPLICATION_ID, 1)


def test_other_programs_file_in_wal_mode_is_left_without_side_files(db_path):
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = fingerprint(db_path)
    with pytest.raises(NotThiDuaDeskFile):
        open_store(db_path)
    assert fingerprint(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


def test_collectives_stored_before_m009_are_sorted_after_the_people(db_path):
    from thiduadesk.domain.text import name_sort_key
    from thiduadesk.store.awards import nominee_sort_key

    store = open_store(db_path, stop_before="m009_collectives_after_people")
    store.conn.execute(
        "INSERT INTO nominations (school_year, award, collective, name, name_key, sort_key, created_at, updated_at) "
        "VALUES ('2023-2024', 'TT_LDTT', 1, 'Trường Mầm non Mỹ Đình 1', 'x', ?, 'now', 'now')",
        (name_sort_key("Trường Mầm non Mỹ Đình 1"),))
    store.close()
    store = open_store(db_path)
    (key,) = store.conn.execute("SELECT sort_key FROM nominations").fetchone()
    store.close()
    assert key == nominee_sort_key("Trường Mầm non Mỹ Đình 1", True) != name_sort_key("Trường Mầm non Mỹ Đình 1")

"""A damaged data file at start-up (issue 12): the clerk is told, offered the newest GOOD backup
in the restore dialog (a newer backup damaged since it was written is marked and cannot be
chosen), and when they agree the program opens on it; the damaged file is kept aside."""

from __future__ import annotations

import datetime as dt
import hashlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QPushButton

from tests.store.test_corrupt_restore import damage_pages
from tests.ui.conftest import in_modal
from thiduadesk.app import GuiSession, run_gui
from thiduadesk.domain.model import Unit
from thiduadesk.store import backup as backups
from thiduadesk.store.db import open_store
from thiduadesk.store.units import UnitRepository


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_damaged_file_is_restored_from_the_newest_good_backup_when_the_clerk_agrees(qapp, tmp_path, capsys,
                                                                                      monkeypatch):
    db_path, backup_dir = tmp_path / "thiduadesk.sqlite", tmp_path / "backups"
    store = open_store(db_path)
    units = UnitRepository(store)
    for n in range(300):  # enough pages to damage some in the middle
        units.add(Unit(f"Trường Tiểu học số {n:03d}", address="Phường Mỹ Đình 1, quận Nam Từ Liêm " * 5))
    now = dt.datetime(2026, 11, 29, 8, 15)
    good = backups.make_backup(store.conn, backup_dir, now=now)
    units.add(Unit("Trường THCS thêm sau bản sao lưu tốt"))
    bad = backups.make_backup(store.conn, backup_dir, now=now + dt.timedelta(days=1))
    store.close()
    damage_pages(bad, 0.5, 4, seed=3)
    damage_pages(db_path, 0.5, 4)
    damaged = _sha(db_path)

    asked = []

    def ask(self, exc):
        asked.append(exc)
        return "restore"

    monkeypatch.setattr(GuiSession, "ask_open_error", ask)
    seen: dict = {}

    def in_dialog(dialog):
        listing = dialog.findChild(QListWidget, "backupList")
        seen["rows"] = [listing.item(i).text() for i in range(listing.count())]
        seen["current"] = listing.currentRow()
        seen["damaged row selectable"] = bool(listing.item(0).flags() & Qt.ItemFlag.ItemIsSelectable)
        dialog.findChild(QPushButton, "restoreButton").click()

    def ready(session):
        seen["names"] = [u.name for u, _ in session.window.units_tab.model.rows]

    codes = []
    in_modal(lambda: codes.append(run_gui(db_path, lang="en", exit_when_ready=True, backup_dir=backup_dir,
                                          on_ready=ready)), in_dialog)
    assert codes == [0]
    assert len(asked) == 1 and asked[0].can_restore and str(db_path) in asked[0].message
    assert len(seen["rows"]) == 2
    assert seen["rows"][0].endswith("— damaged, cannot be restored") and not seen["damaged row selectable"]
    assert seen["current"] == 1  # the older, good one is offered
    assert len(seen["names"]) == 300 and "Trường THCS thêm sau bản sao lưu tốt" not in seen["names"]
    [kept] = sorted(tmp_path.glob("thiduadesk.sqlite.hong-*[0-9]"))
    assert _sha(kept) == damaged
    assert backups.is_good(good) and not backups.is_good(bad)  # the backups are left as they were
    assert f"Restored from {good}. The damaged file is kept as {kept}." in capsys.readouterr().err


def _large_file_session(tmp_path, monkeypatch, damage):
    """A 300-unit file with a good backup, damaged by ``damage(path)``, opened as a large file
    whose check waits for the window; the clerk agrees to restore. → (what was asked, exit codes)."""
    monkeypatch.setattr("thiduadesk.app.DEFER_CHECK_ABOVE", 0)  # every file counts as large here
    db_path, backup_dir = tmp_path / "thiduadesk.sqlite", tmp_path / "backups"
    store = open_store(db_path)
    units = UnitRepository(store)
    for n in range(300):
        units.add(Unit(f"Trường Mầm non số {n:03d}", address="Phường Mỹ Đình 1, quận Nam Từ Liêm " * 5))
    first = units.get(1)
    for n in range(200):  # history that the window does not read at start-up
        first.address = f"Số {n} đường Lê Đức Thọ " * 8
        units.update(first)
    good = backups.make_backup(store.conn, backup_dir, now=dt.datetime(2026, 11, 29, 8, 15))
    store.close()
    damage(db_path)
    asked = []

    def ask(self, exc):
        asked.append((exc, self.window is not None))
        return "restore"

    monkeypatch.setattr(GuiSession, "ask_open_error", ask)
    codes = []
    in_modal(lambda: codes.append(run_gui(db_path, lang="en", exit_when_ready=True, backup_dir=backup_dir)),
             lambda dialog: dialog.findChild(QPushButton, "restoreButton").click())
    reopened = open_store(db_path)
    assert UnitRepository(reopened).count() == 300 and reopened.quick_check() == ["ok"]  # restored
    reopened.close()
    assert backups.is_good(good)
    return asked, codes


def _damage_table(table: str, *, with_indexes: bool = False):
    """Damage some leaf pages of ``table`` (and of each of its indexes)."""
    def damage(path):
        import sqlite3

        from tests.store.test_corrupt_restore import PAGE

        conn = sqlite3.connect(path)
        names = [table] + ([r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?", (table,))] if with_indexes else [])
        pages = [[r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'",
                                             (name,))] for name in names]
        conn.close()
        data = bytearray(path.read_bytes())
        for leaves in pages:
            for page in leaves[len(leaves) // 2:][:3]:
                data[(page - 1) * PAGE:page * PAGE] = bytes(range(256)) * (PAGE // 256)
        path.write_bytes(bytes(data))

    return damage


def test_a_large_file_is_checked_once_the_window_is_up_and_restored_when_damaged(qapp, tmp_path, monkeypatch):
    # Ten years of records take a second to check page by page: a large file opens first, its
    # window appears, then the check runs; damage found then is handled as at opening.
    asked, codes = _large_file_session(tmp_path, monkeypatch, _damage_table("audit_log"))
    assert codes == [0]
    [(exc, window_was_up)] = asked
    assert window_was_up and exc.can_restore and "bị hỏng" in exc.message


def test_damage_met_while_the_window_is_built_is_checked_at_once(qapp, tmp_path, monkeypatch):
    # The window counts the units for its status bar while it is built (through an index).
    asked, codes = _large_file_session(tmp_path, monkeypatch, _damage_table("units", with_indexes=True))
    assert codes == [0]
    [(exc, window_was_up)] = asked
    assert not window_was_up and exc.can_restore and "bị hỏng" in exc.message


def test_a_deferred_check_finds_what_the_open_check_finds(tmp_path):
    from thiduadesk.store.errors import CorruptDatabase

    db_path = tmp_path / "thiduadesk.sqlite"
    store = open_store(db_path)
    for n in range(300):
        UnitRepository(store).add(Unit(f"Trường Tiểu học số {n:03d}", address="Xã Tiên Dương " * 20))
    store.close()
    damage_pages(db_path, 0.5, 4)
    try:
        open_store(db_path)
    except CorruptDatabase as at_open:
        expected = at_open.message
    else:
        raise AssertionError("the damage was not found at open")
    deferred = open_store(db_path, defer_check_above=0)
    assert deferred.unchecked
    try:
        deferred.verify()
    except CorruptDatabase as later:
        assert later.message == expected
    else:
        raise AssertionError("the deferred check found nothing")
    finally:
        deferred.close()
    small = open_store(tmp_path / "moi.sqlite", defer_check_above=10**9)
    assert not small.unchecked  # under the size: checked at open as always
    small.close()

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

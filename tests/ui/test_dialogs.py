"""The backup chooser used at start (corrupt or read-only file) and from File → Restore."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from thiduadesk.store import backup as backups
from thiduadesk.ui.restore_dialog import RestoreDialog


def test_backups_are_listed_newest_first_with_dates_and_reasons(store, tmp_path, qtbot):
    folder = tmp_path / "backups"
    backups.make_backup(store.conn, folder, now=dt.datetime(2026, 1, 5, 8, 0))
    backups.make_backup(store.conn, folder, reason="truoc-nang-cap", now=dt.datetime(2026, 2, 1, 9, 30))
    backups.make_backup(store.conn, folder, now=dt.datetime(2026, 3, 2, 17, 45))
    dialog = RestoreDialog(folder)
    qtbot.addWidget(dialog)
    labels = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert [label.split(" — ")[0] for label in labels] == ["02/03/2026 17:45", "01/02/2026 09:30", "05/01/2026 08:00"]
    assert "before an upgrade" in labels[1] and "daily" in labels[0]
    dialog.list.setCurrentRow(1)
    QTest.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == RestoreDialog.DialogCode.Accepted
    assert dialog.chosen.name == "thiduadesk-20260201-093000-truoc-nang-cap.sqlite"


def test_no_backups_offers_only_another_file(tmp_path, qtbot, answers):
    dialog = RestoreDialog(tmp_path / "nothing-here")
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()
    assert "No backups found" in dialog.list.item(0).text()
    dialog.accept()  # nothing chosen: stays open
    assert dialog.chosen is None
    answers.open_paths = [str(tmp_path / "copy.sqlite")]
    QTest.mouseClick(dialog.other_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen == tmp_path / "copy.sqlite"

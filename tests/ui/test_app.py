"""run_gui end to end: opening, refusals with their message and exit status, restore, first run,
demo data, and the crash handler."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from tests.ui.conftest import in_modal, type_text
from thiduadesk import app as app_module
from thiduadesk.app import GuiSession, run_gui
from thiduadesk.domain.model import Unit
from thiduadesk.store import backup as backups
from thiduadesk.store.db import Store, open_store
from thiduadesk.store.profile import load_profile
from thiduadesk.store.units import UnitRepository
from thiduadesk.ui.crash import CrashHandler


@pytest.fixture
def backup_dir(tmp_path):
    return tmp_path / "backups"


def test_exit_when_ready_opens_the_window_and_quits_with_0(qapp, db_path, backup_dir):
    seen = {}

    def ready(session):
        seen["visible"] = session.window.isVisible()
        seen["tabs"] = session.window.tabs.count()

    assert run_gui(db_path, lang="en", exit_when_ready=True, backup_dir=backup_dir, on_ready=ready) == 0
    assert seen == {"visible": True, "tabs": 5}  # Kế hoạch, Lịch hạn, Khen thưởng, Sổ văn bản đi, Đơn vị
    assert len(backups.list_backups(backup_dir)) == 1  # the daily backup was taken
    store = open_store(db_path)  # and the file was closed again
    try:
        assert load_profile(store) is None  # no profile dialog, no default profile saved
    finally:
        store.close()


def test_second_instance_is_refused_with_the_message(qapp, db_path, backup_dir, capsys):
    first = open_store(db_path)
    try:
        code = run_gui(db_path, lang="vi", exit_when_ready=True, backup_dir=backup_dir)
    finally:
        first.close()
    assert code != 0
    err = capsys.readouterr().err
    assert "đang được mở bởi một cửa sổ ThiDuaDesk khác" in err
    assert str(db_path) in err


def test_file_from_a_newer_version_is_refused(qapp, db_path, backup_dir, capsys):
    open_store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    assert run_gui(db_path, lang="vi", exit_when_ready=True, backup_dir=backup_dir) != 0
    assert "phiên bản ThiDuaDesk mới hơn" in capsys.readouterr().err


def test_corrupt_file_can_be_restored_from_a_backup(qapp, db_path, backup_dir, monkeypatch):
    store = open_store(db_path)
    UnitRepository(store).add(Unit("Trường THCS Đức Thắng"))
    good = backups.make_backup(store.conn, backup_dir)
    store.close()
    db_path.write_bytes(b"this is not a database" * 100)

    asked = []

    def ask(self, exc):
        asked.append(exc)
        return "restore" if len(asked) == 1 else "quit"

    monkeypatch.setattr(GuiSession, "ask_open_error", ask)
    monkeypatch.setattr(GuiSession, "choose_backup", lambda self: backups.list_backups(backup_dir)[0].path)
    names = []

    def ready(session):
        names.extend(u.name for u, _ in session.window.units_tab.model.rows)

    assert run_gui(db_path, lang="en", exit_when_ready=True, backup_dir=backup_dir, on_ready=ready) == 0
    assert len(asked) == 1 and asked[0].can_restore
    assert names == ["Trường THCS Đức Thắng"]
    assert good.exists()


def test_giving_up_on_a_corrupt_file_exits_non_zero(qapp, db_path, backup_dir, capsys):
    db_path.write_bytes(b"garbage" * 100)
    assert run_gui(db_path, lang="vi", exit_when_ready=True, backup_dir=backup_dir) != 0
    assert "bị hỏng" in capsys.readouterr().err
    assert db_path.read_bytes() == b"garbage" * 100  # nothing written over it


def test_restore_while_running_swaps_in_the_backup(qapp, db_path, backup_dir):
    store = open_store(db_path)
    UnitRepository(store).add(Unit("Trường THCS Đức Thắng"))
    old = backups.make_backup(store.conn, backup_dir, reason="thu-cong")
    UnitRepository(store).add(Unit("Trường added after the backup"))
    store.close()
    seen = {}

    def ready(session):
        first = session.window
        first.restore_requested.emit(old)
        seen["new window"] = session.window is not first and session.window.isVisible()
        seen["names"] = [u.name for u, _ in session.window.units_tab.model.rows]

    assert run_gui(db_path, lang="en", exit_when_ready=True, backup_dir=backup_dir, on_ready=ready) == 0
    assert seen == {"new window": True, "names": ["Trường THCS Đức Thắng"]}
    assert any(b.reason == "truoc-khoi-phuc" for b in backups.list_backups(backup_dir))


def test_first_run_asks_for_the_office_profile_and_saves_it(qapp, db_path, backup_dir):
    def fill(dialog):
        assert dialog.objectName() == "officeProfileDialog"
        assert dialog.findChild(type(dialog.error_label), "firstRunIntro").isVisible()
        type_text(dialog.edits["governing_body"], "UBND QUẬN NAM TỪ LIÊM")
        QTest.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)  # OK with no place
        assert dialog.isVisible()
        assert "place name is required" in dialog.error_label.text()
        type_text(dialog.edits["place"], "Nam Từ Liêm")
        type_text(dialog.edits["head_name"], "Nguyễn Văn Hùng")
        dialog.accept()

    titles = []
    in_modal(
        lambda: titles.append(
            run_gui(db_path, lang="en", exit_when_ready=False, backup_dir=backup_dir,
                    on_ready=lambda s: (titles.append(s.window.windowTitle()), s.app.quit()))
        ),
        fill,
    )
    assert titles == ["ThiDuaDesk — PHÒNG GIÁO DỤC VÀ ĐÀO TẠO Nam Từ Liêm", 0]
    store = open_store(db_path)
    try:
        profile = load_profile(store)
    finally:
        store.close()
    assert (profile.governing_body, profile.place, profile.head_name, profile.symbol) == (
        "UBND QUẬN NAM TỪ LIÊM", "Nam Từ Liêm", "Nguyễn Văn Hùng", "PGDĐT")


def test_first_run_cancelled_still_opens_the_program(qapp, db_path, backup_dir):
    codes = []
    in_modal(
        lambda: codes.append(run_gui(db_path, lang="en", backup_dir=backup_dir, on_ready=lambda s: s.app.quit())),
        lambda dialog: dialog.reject(),
    )
    assert codes == [0]
    store = open_store(db_path)
    try:
        assert load_profile(store) is None
    finally:
        store.close()


def test_demo_fills_an_empty_database(qapp, db_path, backup_dir):
    seen = {}

    def ready(session):
        seen["units"] = session.window.units_tab.model.rowCount()
        seen["profile"] = session.window.profile

    assert run_gui(db_path, demo=True, lang="en", exit_when_ready=True, backup_dir=backup_dir, on_ready=ready) == 0
    assert seen["units"] >= 20
    assert seen["profile"] is not None


def test_failed_daily_backup_is_a_warning_not_a_crash(qapp, db_path, backup_dir, monkeypatch, capsys):
    def broken(self, now=None):
        raise OSError("disk full")

    monkeypatch.setattr(Store, "daily_backup", broken)
    messages = []
    code = run_gui(db_path, lang="en", exit_when_ready=True, backup_dir=backup_dir,
                   on_ready=lambda s: messages.append(s.window.statusBar().currentMessage()))
    assert code == 0
    assert "disk full" in messages[0]
    assert "disk full" in capsys.readouterr().err


# -- crash handling ---------------------------------------------------------------------------------


def test_error_in_the_event_loop_is_logged_and_reported(qapp, db_path, backup_dir, private_logs, capsys):
    def ready(session):
        raise RuntimeError("boom in a slot")

    code = run_gui(db_path, lang="en", exit_when_ready=True, backup_dir=backup_dir, on_ready=ready)
    assert code == 1  # with --exit-when-ready an unexpected error fails the run
    logs = list(private_logs.glob("crash-*.log"))
    assert len(logs) == 1
    text = logs[0].read_text(encoding="utf-8")
    assert "RuntimeError: boom in a slot" in text
    assert "ThiDuaDesk 0.1.0" in text and "PySide6" in text and str(db_path) in text
    assert "boom in a slot" in capsys.readouterr().err
    assert (private_logs / "thiduadesk.log").exists()


def test_error_before_the_window_is_reported(qapp, db_path, backup_dir, private_logs, monkeypatch):
    def broken(self):
        raise ValueError("window construction failed")

    monkeypatch.setattr(GuiSession, "show_window", broken)
    assert run_gui(db_path, lang="en", exit_when_ready=True, backup_dir=backup_dir) == 1
    (log,) = private_logs.glob("crash-*.log")
    assert "ValueError: window construction failed" in log.read_text(encoding="utf-8")


def _raise_and_capture():
    try:
        1 / 0  # noqa: B018
    except ZeroDivisionError as exc:
        return type(exc), exc, exc.__traceback__


def test_crash_dialog_shows_a_copyable_report(qtbot, tmp_path):
    handler = CrashHandler(tmp_path / "logs")
    handler.install()
    try:
        import sys

        sys.excepthook(*_raise_and_capture())
    finally:
        handler.uninstall()
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    dialog = handler.dialog
    qtbot.addWidget(dialog)
    assert dialog.report_edit.isReadOnly()
    report = dialog.report_edit.toPlainText()
    assert "ZeroDivisionError" in report and "ThiDuaDesk" in report
    QTest.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == report
    # A second error joins the open dialog instead of opening another window.
    handler.handle(*_raise_and_capture())
    qtbot.waitUntil(lambda: dialog.report_edit.toPlainText().count("ZeroDivisionError") == 2)
    assert handler.dialog is dialog
    assert len(list((tmp_path / "logs").glob("crash-*.log"))) == 2
    dialog.close()


def test_exception_in_a_thread_is_reported_on_the_gui_thread(qtbot, tmp_path):
    shown = []
    handler = CrashHandler(tmp_path / "logs", show_report=lambda report, path: shown.append(
        (report, path, threading.current_thread() is threading.main_thread())))
    handler.install()
    try:
        worker = threading.Thread(target=lambda: {}["missing"], name="importer")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: bool(shown))
    finally:
        handler.uninstall()
    report, path, on_main = shown[0]
    assert on_main
    assert "KeyError: 'missing'" in report and "Thread: importer" in report
    assert path.exists()


def test_uninstall_restores_the_previous_hooks(tmp_path):
    import sys

    before = (sys.excepthook, threading.excepthook)
    handler = CrashHandler(tmp_path)
    handler.install()
    assert sys.excepthook == handler.excepthook
    handler.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_logging_goes_to_a_rotating_file(tmp_path):
    import logging

    path = app_module.setup_logging(tmp_path / "logs")
    logging.getLogger("thiduadesk.test").warning("ghi nhật ký")
    for handler in logging.getLogger("thiduadesk").handlers:
        handler.flush()
    assert path is not None and "ghi nhật ký" in path.read_text(encoding="utf-8")


def test_log_file_rotates_when_full_and_at_start(tmp_path):
    import logging

    path = tmp_path / "thiduadesk.log"
    path.write_text("x" * 300, encoding="utf-8")  # already over the limit: rotated on opening
    handler = app_module.LogFile(path, max_bytes=200, backups=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    try:
        assert (tmp_path / "thiduadesk.log.1").read_text(encoding="utf-8") == "x" * 300
        for n in range(13):
            handler.emit(logging.makeLogRecord({"msg": f"dòng {n:02d} " + "y" * 40}))
    finally:
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["thiduadesk.log", "thiduadesk.log.1", "thiduadesk.log.2"]  # two old files kept
    assert path.stat().st_size < 200
    assert path.read_text(encoding="utf-8") == "dòng 12 " + "y" * 40 + "\n"

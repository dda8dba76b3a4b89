"""The window's menus (Sửa, Kế hoạch, Trợ giúp) and the undo of deletes, driven like a clerk."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.conftest import in_modal, type_text
from thiduadesk.domain.model import OfficeProfile, Person, Unit
from thiduadesk.domain.register import RegisterEntry
from thiduadesk.ops import plans as plans_ops
from thiduadesk.ops import register as register_ops
from thiduadesk.store.plans import PlanRepository
from thiduadesk.store.profile import save_profile
from thiduadesk.store.units import UnitRepository
from thiduadesk.ui.help import guide
from thiduadesk.ui.help.dialog import GuideDialog, headings
from thiduadesk.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(store, qtbot, answers, tmp_path):
    save_profile(store, OfficeProfile(place="Nam Từ Liêm", head_name="Nguyễn Thị Hương"))
    win = MainWindow(store, backup_dir=tmp_path / "backups", lang="en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.plans_tab.plans.save_timer.stop()
    win.plans_tab.plans.preview_timer.stop()


def ctrl(widget, key, shift: bool = False) -> None:
    mods = Qt.KeyboardModifier.ControlModifier | (Qt.KeyboardModifier.ShiftModifier if shift else
                                                  Qt.KeyboardModifier.NoModifier)
    QTest.keyClick(widget, key, mods)


def menu(window, title: str):
    return next(a.menu() for a in window.menuBar().actions() if a.text() == title)


# -- the Kế hoạch menu ------------------------------------------------------------------------------


def test_the_plan_menu_holds_the_toolbars_own_actions_with_their_keys(window):
    plans = window.plans_tab.plans
    items = [a for a in window.plan_menu.actions() if not a.isSeparator()]
    assert items == [plans.new_action, plans.import_action, plans.copy_year_action, plans.duplicate_action,
                     plans.new_version_action, plans.save_action, plans.issue_action, plans.print_action,
                     plans.pdf_action, plans.docx_action, plans.delete_action]
    keys = {a.objectName(): a.shortcut().toString() for a in items}
    assert keys == {"newPlan": "", "importPlan": "Ctrl+O", "copyNextYear": "Ctrl+Shift+N",
                    "duplicatePlan": "Ctrl+D", "newVersion": "", "savePlan": "Ctrl+S",
                    "issuePlan": "Ctrl+Shift+E", "printPlan": "Ctrl+P", "savePdf": "Ctrl+Shift+P",
                    "exportDocx": "Ctrl+Shift+W", "deletePlan": ""}
    # Ctrl+N belongs to the window (a new item of the tab shown); the menu still shows it.
    assert plans.new_action.text() == "&New…\tCtrl+N"
    assert plans.new_action.iconText() == "New"


def test_a_plan_menu_item_brings_the_plans_tab_forward(window, answers):
    window.tabs.setCurrentWidget(window.units_tab)
    window.plans_tab.plans.import_action.trigger()  # the file dialog is answered "cancel"
    assert window.tabs.currentWidget() is window.plans_tab


def test_ctrl_o_in_the_plans_tab_imports_and_ctrl_n_makes_a_new_plan(window, answers, qtbot, monkeypatch):
    from thiduadesk.ui import prompts

    plans = window.plans_tab.plans
    plans.list_view.setFocus()
    qtbot.waitUntil(plans.list_view.hasFocus)
    asked = []
    monkeypatch.setattr(prompts, "open_file", lambda *a, **k: asked.append(a[1]) or "")
    ctrl(plans.list_view, Qt.Key.Key_O)
    assert asked == ["Import a plan"]

    def choose(dialog):
        assert dialog.objectName() == "newPlanDialog"
        dialog.reject()

    in_modal(lambda: ctrl(plans.list_view, Qt.Key.Key_N), choose)


# -- Sửa: one Undo and Redo for the window -----------------------------------------------------------


def _open_new_plan(window, store) -> int:
    plan_id = plans_ops.create_from_template(store, "dot-thi-dua", 2024)
    window.plans_tab.plans.select_plan(plan_id)
    return plan_id


def test_edit_undo_and_redo_step_through_the_plan_editor(window, store, qtbot):
    _open_new_plan(window, store)
    editor = window.plans_tab.plans.editor
    editor.tabs.setCurrentIndex(editor.GENERAL)
    title = editor.title_edit.text()
    editor.title_edit.setFocus()
    qtbot.waitUntil(editor.title_edit.hasFocus)
    editor.title_edit.end(False)
    type_text(editor.title_edit, " X")
    assert window.edit_commands.undo_action.isEnabled()
    ctrl(editor.title_edit, Qt.Key.Key_Z)
    assert editor.title_edit.text() == title
    assert window.edit_commands.redo_action.isEnabled()
    ctrl(editor.title_edit, Qt.Key.Key_Z, shift=True)
    assert editor.title_edit.text() == title + " X"
    ctrl(editor.title_edit, Qt.Key.Key_Z)
    ctrl(editor.title_edit, Qt.Key.Key_Y)
    assert editor.title_edit.text() == title + " X"


def test_nothing_to_undo_leaves_undo_disabled(window):
    window.tabs.setCurrentWidget(window.units_tab)
    menu(window, "&Edit").aboutToShow.emit()
    assert not window.edit_commands.undo_action.isEnabled()
    assert not window.edit_commands.redo_action.isEnabled()
    assert not window.edit_commands.deleted_action.isEnabled()


# -- undo of deletes ---------------------------------------------------------------------------------


def _unit_rows(store):
    return (store.conn.execute("SELECT * FROM units ORDER BY id").fetchall(),
            store.conn.execute("SELECT * FROM people ORDER BY id").fetchall())


def test_a_deleted_unit_comes_back_with_ctrl_z(window, store, answers, qtbot):
    repo = UnitRepository(store)
    unit_id = repo.add(Unit("Trường THCS Đức Thắng", level="thcs", phone="0243 8370 123"))
    repo.add_person(Person(unit_id=unit_id, full_name="Nguyễn Thị Lan"))
    window.tabs.setCurrentWidget(window.units_tab)
    window.units_tab.refresh()
    before = _unit_rows(store)
    window.units_tab.table.setFocus()
    answers.confirm_answers = [True]
    QTest.keyClick(window.units_tab.table, Qt.Key.Key_Delete)
    assert repo.count() == 0
    assert window.edit_commands.undo_button.isVisible()
    assert window.statusBar().currentMessage() == ("Đã xoá đơn vị «Trường THCS Đức Thắng» cùng 1 người. "
                                                   "Ctrl+Z undoes it.")
    ctrl(window.units_tab.table, Qt.Key.Key_Z)
    assert _unit_rows(store) == before
    assert window.units_tab.current_unit_id() == unit_id
    assert not window.edit_commands.undo_button.isVisible()
    assert window.statusBar().currentMessage() == "Restored: đơn vị «Trường THCS Đức Thắng»"


def test_a_deleted_person_comes_back_from_the_status_bar_button(window, store, answers, qtbot):
    repo = UnitRepository(store)
    unit_id = repo.add(Unit("Trường THCS Đức Thắng", level="thcs"))
    person_id = repo.add_person(Person(unit_id=unit_id, full_name="Nguyễn Thị Lan", birth_year=1979))
    window.tabs.setCurrentWidget(window.units_tab)
    window.units_tab.refresh()
    window.units_tab.select_unit(unit_id)
    window.units_tab.select_person(person_id)
    answers.confirm_answers = [True]
    window.units_tab.delete_person()
    assert repo.list_people(unit_id) == []
    qtbot.mouseClick(window.edit_commands.undo_button, Qt.MouseButton.LeftButton)
    assert repo.get_person(person_id).birth_year == 1979
    assert window.units_tab.current_person().id == person_id


def test_a_deleted_draft_comes_back_and_opens(window, store, answers, qtbot):
    plan_id = _open_new_plan(window, store)
    row = store.conn.execute("SELECT data FROM plans WHERE id = ?", (plan_id,)).fetchone()
    plans = window.plans_tab.plans
    answers.confirm_answers = [True]
    plans.delete_action.trigger()
    assert PlanRepository(store).list() == []
    assert answers.confirms[-1][1].endswith("Edit → Undo (Ctrl+Z) brings it back.")
    window.edit_commands.undo_action.trigger()
    assert store.conn.execute("SELECT data FROM plans WHERE id = ?", (plan_id,)).fetchone() == row
    assert plans.current_plan_id() == plan_id
    assert plans.status_label.text() == "Draft restored."


def test_a_deleted_register_entry_comes_back(window, store, answers, qtbot):
    entry = register_ops.add_entry(store, RegisterEntry(
        year=2024, number=5, symbol="CV-PGDĐT", doc_date="2024-03-04", doc_type="CV",
        title="V/v đôn đốc nộp báo cáo sơ kết"))
    view = window.register_tab
    window.tabs.setCurrentWidget(view)
    view.set_year(2024)
    view.table.selectRow(view.model.row_of(entry.id))
    answers.confirm_answers = [True]
    assert view.delete_entry()
    assert register_ops.list_entries(store, 2024) == []
    window.edit_commands.undo()
    assert register_ops.get(store, entry.id) == entry
    assert view.current_entry_id() == entry.id


def test_after_another_change_ctrl_z_no_longer_restores_but_the_list_does(window, store, answers, qtbot):
    repo = UnitRepository(store)
    first = repo.add(Unit("Trường THCS Đức Thắng", level="thcs"))
    other = repo.add(Unit("Trường Tiểu học Cầu Diễn", level="tieu_hoc"))
    window.tabs.setCurrentWidget(window.units_tab)
    window.units_tab.refresh()
    window.units_tab.select_unit(first)
    answers.confirm_answers = [True]
    window.units_tab.delete_unit()
    # The clerk then corrects another unit.
    from thiduadesk.ops import units as units_ops
    changed = repo.get(other)
    changed.head_name = "Lê Văn Minh"
    units_ops.update_unit(store, changed)
    assert not window.edit_commands.undo_action.isEnabled()
    assert not window.edit_commands.undo_button.isVisible()
    window.edit_commands.undo()
    assert repo.count() == 1  # Ctrl+Z did not bring it back behind the clerk's back

    def restore(dialog):
        assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
            "Đã xoá đơn vị «Trường THCS Đức Thắng»."]
        assert dialog.restore_selected() == first
        assert dialog.list.count() == 0
        dialog.accept()

    in_modal(window.edit_commands.deleted_action.trigger, restore)
    assert repo.get(first).name == "Trường THCS Đức Thắng"
    assert repo.get(other).head_name == "Lê Văn Minh"


def test_a_restore_that_is_refused_says_why_and_keeps_the_item(window, store, answers):
    repo = UnitRepository(store)
    unit_id = repo.add(Unit("Trường THCS Đức Thắng", level="thcs"))
    window.tabs.setCurrentWidget(window.units_tab)
    window.units_tab.refresh()
    window.units_tab.select_unit(unit_id)
    answers.confirm_answers = [True]
    window.units_tab.delete_unit()
    repo.add(Unit("Trường THCS Đức Thắng", level="thcs"))  # written behind the window's back
    assert window.edit_commands.undo_delete() is None
    assert answers.warnings[-1] == ("Undo", "Không khôi phục được đơn vị «Trường THCS Đức Thắng»: đã có đơn vị "
                                            "khác cùng tên; hãy đổi tên đơn vị đó rồi thử lại.")
    assert len(window.edit_commands.history.items) == 1 and repo.count() == 1


# -- Trợ giúp ----------------------------------------------------------------------------------------


def test_help_user_guide_shows_the_vietnamese_guide(window, qtbot):
    assert window.guide_action.shortcut().toString() == "F1"
    window.guide_action.trigger()
    dialog = window.guide_dialog
    qtbot.waitExposed(dialog)
    text = dialog.browser.toPlainText()
    assert text.startswith("ThiDuaDesk — Hướng dẫn sử dụng nhanh")
    assert "**" not in text and "##" not in text  # shown as formatted text, not Markdown source
    titles = [dialog.contents.item(i).data(256) for i in range(dialog.contents.count())]
    assert "Lần đầu mở chương trình" in titles
    dialog.contents.setCurrentRow(titles.index("Lần đầu mở chương trình"))
    assert dialog.browser.textCursor().selectedText() == "Lần đầu mở chương trình"
    dialog.find_box.setText("Unikey")
    dialog.find_box.setText("thông tin cơ quan")
    assert dialog.find_next()
    assert dialog.browser.textCursor().selectedText().lower() == "thông tin cơ quan"


def test_headings_skip_code_blocks():
    assert headings("# A\n```\n# not a heading\n```\n## **B**\ntext") == [(1, "A"), (2, "B")]


def test_a_missing_guide_says_so(qtbot, monkeypatch):
    dialog = GuideDialog(None, text="")
    qtbot.addWidget(dialog)
    assert dialog.browser.toPlainText() == "The user guide is not installed with this copy of the program."


def test_the_installed_guide_is_preferred_and_the_build_ships_it(tmp_path, monkeypatch):
    """After ``pip install .`` the guide is package data (setup.py copies docs/ into it)."""
    build = tmp_path / "lib"
    subprocess.run([sys.executable, "setup.py", "-q", "build", "--build-base", str(tmp_path / "b"),
                    "build_py", "--build-lib", str(build)], cwd=ROOT, check=True, capture_output=True)
    shipped = build / "thiduadesk" / "resources" / "help" / guide.GUIDE_NAME
    assert shipped.read_bytes() == (ROOT / "docs" / guide.GUIDE_NAME).read_bytes()
    for leftover in ROOT.glob("*.egg-info"):
        import shutil
        shutil.rmtree(leftover, ignore_errors=True)
    monkeypatch.setattr(guide, "guide_candidates", lambda: [shipped, ROOT / "docs" / "nothing.md"])
    assert guide.guide_path() == shipped
    assert guide.guide_text().startswith("# ThiDuaDesk — Hướng dẫn sử dụng nhanh")

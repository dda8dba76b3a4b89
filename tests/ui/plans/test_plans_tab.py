"""The Kế hoạch tab driven like a clerk: template → edit → timetable → undo/redo → preview → issue,
then the issued plan's lock, new versions, next year's copy, import, print, save and export."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import docx
import pypdf
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from tests.conftest import SAMPLES_DIR
from tests.ui.conftest import in_modal, type_text
from tests.ui.plans.conftest import wait_preview
from thiduadesk.domain.plan import Section
from thiduadesk.store.plans import PlanRepository
from thiduadesk.store.register import RegisterRepository
from thiduadesk.ui.plans import make_plans_tab
from thiduadesk.ui.plans import preview as preview_module
from thiduadesk.ui.plans.dialogs import IssueDialog, NewPlanDialog
from thiduadesk.ui.plans.outline_ops import paths_in_order


def click_ok(dialog) -> None:
    QTest.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def new_from_template(view, key: str = "tdkt-nam", year: int = 2024) -> int:
    """Ctrl+N's dialog: choose the template and the year, OK."""

    def fill(dialog: NewPlanDialog):
        assert dialog.year_spin.value() == 2024  # defaults to the current year
        names = [dialog.template_list.item(i).text() for i in range(dialog.template_list.count())]
        assert len(names) >= 4  # three templates and a blank plan
        dialog.choose(key)
        dialog.year_spin.setValue(year)
        click_ok(dialog)

    in_modal(view.new_action.trigger, fill)
    return view.current_plan_id()


def issue(view, date: dt.date | None = None, *, copies: int | None = None, expect_number: str | None = None):
    def fill(dialog: IssueDialog):
        if date is not None:
            dialog.date_edit.setDate(QDate(date.year, date.month, date.day))
        if expect_number is not None:
            assert dialog.number_label.text() == expect_number
        if copies is not None:
            dialog.copies_spin.setValue(copies)
        click_ok(dialog)

    in_modal(view.issue_action.trigger, fill)


def stored(view):
    return PlanRepository(view.store).get(view.current_plan_id())


def first_paragraph_path(plan) -> tuple[int, ...]:
    from thiduadesk.ui.plans.outline_ops import block_at

    return next(p for p in paths_in_order(plan) if not isinstance(block_at(plan, p), Section))


# -- the whole flow -----------------------------------------------------------------------------------


def test_an_issue_date_far_from_today_asks_first_and_no_means_nothing_issued(view, store, qtbot, answers):
    plan_id = new_from_template(view, "tdkt-nam", 2024)
    answers.confirm_answers.append(False)
    issue(view, dt.date(2031, 3, 6))
    title, text = answers.confirms[-1]
    assert title == "Issue plan"
    assert text.startswith("The issue date 06/03/2031 is unusual (cách hôm nay (05/03/2024) hơn một năm).")
    assert PlanRepository(store).get(plan_id).number is None
    assert RegisterRepository(store).list() == []


def test_template_edit_timetable_undo_preview_issue(view, store, qtbot, answers, tmp_path):
    plan_id = new_from_template(view)
    assert view.list_model.rowCount() == 1
    plan = stored(view)
    assert plan.id == plan_id and plan.state == "draft" and plan.number is None
    assert plan.year == 2024 and "2024" in plan.title
    assert plan.office_name == "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" and plan.signature.name == "Nguyễn Thị Hương"
    assert view.editor.title_edit.text() == plan.title

    # Edit a section heading: select it in the tree, type in the heading field.
    editor = view.editor
    editor.tabs.setCurrentIndex(editor.CONTENT)
    editor.select_path((0,))
    assert editor.block_stack.currentIndex() == 1
    editor.section_title_edit.selectAll()
    type_text(editor.section_title_edit, "MỤC ĐÍCH VÀ YÊU CẦU")
    assert editor.tree_model.item(0).text() == "I. MỤC ĐÍCH VÀ YÊU CẦU"

    # Edit a paragraph: replace its text, make a word bold with Ctrl+B's action.
    path = first_paragraph_path(editor.plan)
    editor.select_path(path)
    assert editor.block_stack.currentIndex() == 2
    editor.paragraph_edit.selectAll()
    type_text(editor.paragraph_edit, "Thi đua dạy tốt, học tốt")
    cursor = editor.paragraph_edit.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(len("Thi đua"), QTextCursor.MoveMode.KeepAnchor)
    editor.paragraph_edit.setTextCursor(cursor)
    editor.bold_action.trigger()

    assert view.save_now()
    plan = stored(view)
    assert plan.body[0].title == "MỤC ĐÍCH VÀ YÊU CẦU"
    from thiduadesk.ui.plans.outline_ops import block_at

    para = block_at(plan, path)
    assert para.text == "Thi đua dạy tốt, học tốt"
    assert [(r.text, r.bold) for r in para.runs] == [("Thi đua", True), (" dạy tốt, học tốt", False)]

    # Timetable: add a row through the toolbar, fill it, undo and redo the addition.
    editor.tabs.setCurrentIndex(editor.TIMETABLE)
    rows_before = editor.timetable_model.rowCount()
    editor.timetable_view.setCurrentIndex(editor.timetable_model.index(rows_before - 1, 0))
    editor.add_row_action.trigger()
    assert editor.timetable_model.rowCount() == rows_before + 1
    new_row = editor.timetable_view.currentIndex().row()
    editor.timetable_view.closePersistentEditor(editor.timetable_view.currentIndex())
    model = editor.timetable_model
    model.setData(model.index(new_row, 0), "Sơ kết công tác thi đua học kỳ I")
    model.setData(model.index(new_row, 3), "Trước ngày 15/01/2025")
    assert editor.plan.timetable.rows[new_row].due_iso == "2025-01-15"
    view.undo_action.trigger()  # the due date
    view.undo_action.trigger()  # the content
    view.undo_action.trigger()  # the row itself
    assert editor.timetable_model.rowCount() == rows_before
    view.redo_action.trigger()
    assert editor.timetable_model.rowCount() == rows_before + 1
    view.redo_action.trigger()
    view.redo_action.trigger()
    assert editor.plan.timetable.rows[new_row].content == "Sơ kết công tác thi đua học kỳ I"
    assert view.save_now()
    assert stored(view).timetable.rows[new_row].due == "Trước ngày 15/01/2025"

    # The preview shows the edited draft.
    wait_preview(qtbot, view)
    assert view.preview.document.pageCount() >= 1
    text = "".join(view.preview.document.getAllText(p).text() for p in range(view.preview.document.pageCount()))
    assert "MỤC ĐÍCH VÀ YÊU CẦU" in text
    assert "Sơ kết công tác thi đua học kỳ I" in text

    # Issue: the dialog shows the number it will take; the register gets the entry.
    issue(view, dt.date(2024, 3, 6), copies=40, expect_number="01/KH-PGDĐT")
    plan = stored(view)
    assert plan.state == "issued" and plan.number == 1 and plan.date.iso() == "2024-03-06"
    entries = RegisterRepository(store).list(2024)
    assert [(e.number, e.symbol, e.copies, e.plan_id) for e in entries] == [(1, "KH-PGDĐT", 40, plan_id)]
    archived = PlanRepository(store).archived_pdf(plan_id)
    wait_preview(qtbot, view)
    assert view.preview.pdf_bytes == archived  # the preview shows the archived file
    answers.save_paths.append(str(tmp_path / "issued.pdf"))
    saved = view.save_pdf()
    assert Path(saved).read_bytes() == archived  # reprint = the archived file, byte for byte
    assert view.current_pdf_bytes() == archived
    assert hashlib.sha256(archived).hexdigest() == store.conn.execute("SELECT sha256 FROM archive").fetchone()[0]
    assert "Issued" in view.banner_label.text() and "01/KH-PGDĐT" in view.banner_label.text()
    assert not view.banner.isHidden()
    assert view.list_model.index(0, 0).data() == "01/KH-PGDĐT"
    assert view.list_model.index(0, 1).data() == "06/03/2024"


def test_issued_plan_is_read_only(view, store, qtbot):
    plan_id = new_from_template(view, "dot-thi-dua")
    issue(view, dt.date(2024, 10, 10))
    editor = view.editor
    assert editor.read_only
    assert editor.title_edit.isReadOnly() and editor.paragraph_edit.isReadOnly()
    assert not editor.add_section_action.isEnabled() and not editor.add_row_action.isEnabled()
    assert not view.issue_action.isEnabled() and not view.delete_action.isEnabled()
    assert not view.save_action.isEnabled()
    assert view.new_version_action.isEnabled()
    title = editor.plan.title
    type_text(editor.title_edit, "xyz")
    editor.add_section()
    editor.add_timetable_row("should not appear")
    assert editor.undo_stack.count() == 0
    assert view.save_now()
    plan = PlanRepository(store).get(plan_id)
    assert plan.title == title
    assert not any(r.content == "should not appear" for r in (plan.timetable.rows if plan.timetable else []))


def test_new_version_gets_a_new_number(view, store, qtbot):
    plan_id = new_from_template(view)
    issue(view, dt.date(2024, 3, 6), expect_number="01/KH-PGDĐT")
    view.banner_button.click()
    new_id = view.current_plan_id()
    assert new_id != plan_id
    plan = stored(view)
    assert (plan.state, plan.version, plan.parent_id, plan.number) == ("draft", 2, plan_id, None)
    assert not view.editor.read_only
    view.editor.title_edit.end(False)
    type_text(view.editor.title_edit, " (sửa đổi)")
    issue(view, dt.date(2024, 4, 2), expect_number="02/KH-PGDĐT")
    plan = stored(view)
    assert plan.number == 2 and plan.title.endswith("(sửa đổi)")
    assert PlanRepository(store).get(plan_id).number == 1  # the first version stays as issued
    assert [e.number for e in RegisterRepository(store).list(2024)] == [1, 2]
    assert view.list_model.rowCount() == 2
    versions = sorted(view.list_model.index(r, 5).data() for r in range(2))
    assert versions == ["1", "2"]


def test_copy_last_years_plan(view, store, qtbot, answers):
    old_id = new_from_template(view, "tdkt-nam", 2023)
    answers.confirm_answers.append(True)  # 09/01/2023 is more than a year before "today"
    issue(view, dt.date(2023, 1, 9))
    view.copy_year_action.trigger()
    new_id = view.current_plan_id()
    assert new_id != old_id
    new = stored(view)
    old = PlanRepository(store).get(old_id)
    assert new.year == 2024 and new.number is None and new.date.day is None and new.state == "draft"
    assert "2023" in old.title and new.title == old.title.replace("2023", "2024")
    assert not view.editor.read_only
    # Both years are offered by the filter; filtering shows one plan each.
    view.set_year_filter(2023)
    assert [view.list_model.summary(r).id for r in range(view.list_model.rowCount())] == [old_id]
    view.set_year_filter(2024)
    assert [view.list_model.summary(r).id for r in range(view.list_model.rowCount())] == [new_id]


def test_search_and_state_filter(view, qtbot):
    new_from_template(view, "dot-thi-dua")
    new_from_template(view, "tdkt-nam")
    issue(view, dt.date(2024, 3, 6))
    assert view.list_model.rowCount() == 2
    view.search_box.setText("nha giao")  # no accents needed
    view.search_box.flush()
    assert view.list_model.rowCount() == 1
    assert "Nhà giáo" in view.list_model.summary(0).title
    view.search_box.setText("")
    view.search_box.flush()
    view.set_state_filter("issued")
    assert view.list_model.rowCount() == 1 and view.list_model.summary(0).state == "issued"
    view.set_state_filter("draft")
    assert view.list_model.rowCount() == 1 and view.list_model.summary(0).state == "draft"


def test_structure_editing_and_renumbering(view, store, qtbot):
    new_from_template(view, "dot-thi-dua")
    editor = view.editor
    headings = editor.plan.headings()
    assert headings[0].startswith("I.") and headings[1].startswith("II.")
    editor.select_path((0,))
    editor.add_section_action.trigger()  # a new section after I.: it becomes II.
    type_text(editor.section_title_edit, "MỤC TIÊU")
    assert editor.plan.headings()[1] == "II. MỤC TIÊU"
    assert editor.plan.headings()[2].startswith("III.")
    editor.move_up_action.trigger()
    assert editor.plan.headings()[0] == "I. MỤC TIÊU"
    editor.add_subsection_action.trigger()
    type_text(editor.section_title_edit, "Chỉ tiêu")
    assert editor.plan.body[0].children[-1].heading == "1. Chỉ tiêu"
    editor.add_paragraph_action.trigger()
    type_text(editor.paragraph_edit, "100% đơn vị đăng ký thi đua.")
    assert editor.plan.body[0].children[-1].children[0].text == "100% đơn vị đăng ký thi đua."
    # Enter in the paragraph editor starts a new paragraph with the same list sign.
    QTest.keyClick(editor.paragraph_edit, Qt.Key.Key_Return)
    type_text(editor.paragraph_edit, "Không có cá nhân vi phạm.")
    assert [p.text for p in editor.plan.body[0].children[-1].children] == [
        "100% đơn vị đăng ký thi đua.", "Không có cá nhân vi phạm."]
    # Outdent the sub-section: it becomes II. between the two top sections.
    editor.select_path((0, len(editor.plan.body[0].children) - 1))
    editor.outdent_action.trigger()
    assert editor.plan.body[1].heading == "II. Chỉ tiêu" and editor.plan.body[1].style == "roman"
    editor.indent_action.trigger()
    assert editor.plan.body[0].children[-1].heading == "1. Chỉ tiêu"
    # Numbering style: letters.
    editor.style_combo.setCurrentIndex(editor.style_combo.findData("alpha"))
    editor.style_combo.activated.emit(editor.style_combo.currentIndex())
    assert editor.plan.body[0].children[-1].heading == "a) Chỉ tiêu"
    editor.delete_block_action.trigger()
    assert all(not isinstance(b, Section) for b in editor.plan.body[0].children)
    count = editor.undo_stack.count()
    assert count > 5
    while editor.undo_stack.canUndo():
        editor.undo_stack.undo()
    assert editor.plan.headings() == headings
    assert view.save_now()
    assert stored(view).headings() == headings


def test_ctrl_z_in_a_field_uses_the_plan_history(view, qtbot):
    new_from_template(view, "dot-thi-dua")
    editor = view.editor
    editor.tabs.setCurrentIndex(editor.GENERAL)
    view.activateWindow()
    qtbot.waitUntil(lambda: view.isActiveWindow(), timeout=3000)
    editor.title_edit.setFocus()
    original = editor.title_edit.text()
    editor.title_edit.end(False)
    type_text(editor.title_edit, " mới")
    QTest.keyClick(editor.place_edit, Qt.Key.Key_A)  # a second field
    assert editor.undo_stack.count() == 2
    QTest.keyClick(editor.title_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(editor.title_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.undo_stack.index() == 0  # both steps undone by the plan's stack
    assert editor.plan.title == original and editor.title_edit.text() == original
    QTest.keyClick(editor.title_edit, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert editor.plan.title == original + " mới"


def test_header_fields_date_recipients_and_signer(view, store, qtbot):
    new_from_template(view, "dot-thi-dua")
    editor = view.editor
    editor.day_spin.setValue(5)
    editor.month_spin.setValue(1)
    editor.bases_edit.setPlainText("Căn cứ Luật Thi đua, khen thưởng năm 2022;\nThực hiện Kế hoạch số 12/KH-SGDĐT;")
    usual = [r.name for r in editor.usual_recipients()]
    assert "Sở GDĐT" in usual and "Lưu: VT" in usual
    editor.add_recipient(editor.usual_recipients()[0])
    assert editor.plan.recipients[-1].name.startswith("Lưu")  # "Lưu: VT" stays last
    deputy = editor.signer_combo.findText("KT. TRƯỞNG PHÒNG / PHÓ TRƯỞNG PHÒNG — Trần Văn Bình")
    assert deputy > 0
    editor.signer_combo.setCurrentIndex(deputy)
    editor.signer_combo.activated.emit(deputy)
    assert view.save_now()
    plan = stored(view)
    assert (plan.date.day, plan.date.month, plan.date.year) == (5, 1, 2024)
    assert plan.bases == ["Căn cứ Luật Thi đua, khen thưởng năm 2022;", "Thực hiện Kế hoạch số 12/KH-SGDĐT;"]
    assert "Sở GDĐT" in [r.name for r in plan.recipients]
    assert (plan.signature.authority, plan.signature.name) == ("KT.", "Trần Văn Bình")
    # Day and month back to blank.
    editor.day_spin.setValue(0)
    editor.month_spin.setValue(0)
    assert editor.day_spin.text() == "blank"
    assert view.save_now()
    assert stored(view).date.day is None and stored(view).date.month is None
    # The recipients of this plan are offered for the next one.
    new_from_template(view, "tdkt-nam")
    assert "Sở GDĐT" in [r.name for r in view.editor.usual_recipients()]


def test_autosave_after_a_pause(view, store, qtbot):
    new_from_template(view, "dot-thi-dua")
    view.editor.title_edit.end(False)
    type_text(view.editor.title_edit, " (dự thảo 2)")
    assert view.has_unsaved_changes()
    qtbot.waitUntil(lambda: not view.has_unsaved_changes(), timeout=5000)
    assert stored(view).title.endswith("(dự thảo 2)")


def test_delete_draft_asks_first(view, store, answers, qtbot):
    plan_id = new_from_template(view, "dot-thi-dua")
    answers.confirm_answers.append(False)
    view.delete_action.trigger()
    assert view.list_model.rowCount() == 1
    answers.confirm_answers.append(True)
    view.delete_action.trigger()
    assert view.list_model.rowCount() == 0 and view.current_plan_id() is None
    assert PlanRepository(store).list() == []
    assert plan_id not in [s.id for s in PlanRepository(store).list()]


def test_import_a_sample_plan(view, store, answers, qtbot):
    answers.open_paths.append(str(Path(SAMPLES_DIR) / "plan_namtuliem_2022.txt"))
    answers.choice_answers.append("draft")  # the file has "Số: 06": issued or a new draft?
    view.import_action.trigger()
    plan = stored(view)
    assert plan.year == 2022 and "Thi đua - Khen thưởng" in plan.title
    assert plan.headings()[0].startswith("I.")
    assert view.editor.tree_model.rowCount() == len(plan.body)
    assert not answers.warnings
    wait_preview(qtbot, view)
    assert view.preview.document.pageCount() >= 3


def test_import_refuses_an_unreadable_file(view, answers, tmp_path):
    bad = tmp_path / "plan.docx"
    bad.write_bytes(b"not a zip")
    answers.open_paths.append(str(bad))
    view.import_action.trigger()
    assert answers.warnings and view.list_model.rowCount() == 0


def test_print_save_and_export_word(view, answers, qtbot, tmp_path, monkeypatch):
    new_from_template(view, "tdkt-nam")
    wait_preview(qtbot, view)
    pages = view.preview.document.pageCount()
    out = tmp_path / "printed.pdf"

    def to_file(dialog):
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    monkeypatch.setattr(preview_module, "run_print_dialog", to_file)
    assert view.print_current()
    assert len(pypdf.PdfReader(out).pages) == pages

    answers.save_paths.append(str(tmp_path / "draft"))
    saved = view.save_pdf()
    assert saved.endswith("draft.pdf") and Path(saved).read_bytes()[:5] == b"%PDF-"

    answers.save_paths.append(str(tmp_path / "plan.docx"))
    written = view.export_docx()
    text = "\n".join(p.text for p in docx.Document(written).paragraphs)
    assert view.editor.plan.title in text


def test_keyboard_shortcuts_exist(view):
    shortcuts = {a.objectName(): a.shortcut().toString() for a in view.actions()}
    assert shortcuts["newPlan"] == "Ctrl+N"
    assert shortcuts["savePlan"] == "Ctrl+S"
    assert shortcuts["printPlan"] == "Ctrl+P"
    assert shortcuts["issuePlan"] == "Ctrl+Shift+E"
    assert shortcuts["findPlan"] == "Ctrl+F"
    assert shortcuts["undo"] == "Ctrl+Z" and shortcuts["redo"] == "Ctrl+Y"


def test_import_a_word_file(view, store, answers, tmp_path):
    new_from_template(view, "tdkt-nam")
    answers.save_paths.append(str(tmp_path / "plan.docx"))
    written = view.export_docx()
    exported = view.editor.plan
    answers.open_paths.append(written)
    view.import_action.trigger()
    assert not answers.warnings
    imported = stored(view)
    assert imported.id != exported.id and imported.state == "draft" and imported.number is None
    assert imported.title == exported.title
    assert imported.headings() == exported.headings()
    assert view.list_model.rowCount() == 2


def test_inside_the_main_window(qtbot, store, profile):
    from thiduadesk.ui.main_window import MainWindow
    from thiduadesk.ui.plans.tab import PlansTab

    window = MainWindow(store, profile=profile)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    tab = window.plans_tab
    assert isinstance(tab, PlansTab)
    window.tabs.setCurrentWidget(tab)
    # The window's own Ctrl+N / Ctrl+F win; the tab's step aside instead of clashing.
    assert tab.plans.new_action.shortcut().isEmpty()

    def fill(dialog):
        dialog.choose("dot-thi-dua")
        click_ok(dialog)

    in_modal(window.new_action.trigger, fill)
    assert tab.plans.list_model.rowCount() == 1
    tab.plans.save_timer.stop()
    window.close()


def test_a_draft_that_cannot_be_saved_is_not_dropped(view, store, answers, monkeypatch):
    from thiduadesk.store.errors import ValidationError

    first = new_from_template(view, "dot-thi-dua")
    second = new_from_template(view, "tdkt-nam")
    view.select_plan(first)
    view.editor.title_edit.end(False)
    type_text(view.editor.title_edit, " sửa")

    from thiduadesk.ops import plans as plans_ops

    real_save = plans_ops.save_draft
    full = [True]

    def save(store, plan):
        if full[0]:
            raise ValidationError("Ổ đĩa đầy.")
        real_save(store, plan)

    monkeypatch.setattr(plans_ops, "save_draft", save)
    view.list_view.setCurrentIndex(view.list_model.index(view.list_model.row_of(second), 0))
    assert answers.warnings and "Ổ đĩa đầy." in answers.warnings[-1][1]
    assert view.current_plan_id() == first  # still open, with what was typed
    assert view.editor.plan.title.endswith(" sửa") and view.has_unsaved_changes()
    full[0] = False
    assert view.save_now()
    assert PlanRepository(store).get(first).title.endswith(" sửa")


def test_opening_another_plan_shows_its_first_page_without_the_old_highlight(view, qtbot):
    first = new_from_template(view, "tdkt-nam", 2024)
    second = new_from_template(view, "tdkt-nam", 2025)
    view.select_plan(first)
    wait_preview(qtbot, view)
    bar = view.preview.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)
    view.preview.reveal("Nơi nhận")
    bar.setValue(bar.maximum())
    assert view.preview.search.searchString()

    view.select_plan(second)
    qtbot.waitUntil(lambda: view.preview.pdf_bytes and view.preview.is_ready(), timeout=5000)
    qtbot.wait(50)
    assert view.current_plan_id() == second
    assert view.preview.search.searchString() == ""
    assert bar.value() == 0


def test_the_editor_and_preview_wait_for_the_first_plan_opened(qtbot, store, profile, answers):
    # Issue 7's start-up: with no plan open the tab shows a message, not an empty editor; the
    # editor (on the page remembered from the last session) and the preview come with the first plan.
    from thiduadesk.ops import plans as plans_ops
    from thiduadesk.ui import preferences
    from thiduadesk.ui.plans.editor import PlanEditor
    from thiduadesk.ui.plans.preview import PdfPreview

    plan_id = plans_ops.create_from_template(store, "tdkt-nam", 2024)
    settings = preferences.app_settings()
    settings.setValue("plans/editorTab", 2)
    tab = make_plans_tab(store, lambda: profile, None)
    qtbot.addWidget(tab)
    view = tab.plans
    view.restore_state(settings)
    tab.show()
    qtbot.waitExposed(tab)
    message = tab.findChild(QWidget, "noPlanOpen")
    assert message.isVisible() and message.title_label.text() == "No plan open"
    assert tab.findChild(PlanEditor) is None and tab.findChild(PdfPreview) is None
    assert view.current_plan() is None and not view.print_action.isEnabled()
    settings.setValue("plans/editorTab", 0)
    view.save_state(settings)
    assert int(settings.value("plans/editorTab")) == 2  # kept while the editor is not built

    assert view.list_model.row_of(plan_id) == 0  # listed, not opened
    view.select_plan(plan_id)
    assert view.current_plan_id() == plan_id
    editor, preview = tab.findChild(PlanEditor), tab.findChild(PdfPreview)
    assert editor is view.editor and editor.isVisible() and editor.tabs.currentIndex() == 2
    assert preview is view.preview and preview.isVisible()
    assert view.undo_stack is editor.undo_stack
    assert not message.isVisible()  # the editor stands in its place
    wait_preview(qtbot, view)
    answers.confirm_answers.append(True)
    view.delete_plan()  # the draft goes: the message comes back, not an empty editor
    assert view.current_plan() is None and message.isVisible() and not editor.isVisible()
    view.save_timer.stop()
    view.preview_timer.stop()

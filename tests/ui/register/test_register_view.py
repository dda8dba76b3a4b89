"""The outgoing register, a tab of its own: issued plans and documents entered by hand share one
number sequence; search; the printed register."""

from __future__ import annotations

import datetime as dt

import pdfplumber
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.conftest import in_modal, type_text
from thiduadesk.domain.register import RegisterEntry
from thiduadesk.store.register import RegisterRepository
from thiduadesk.ui.plans import dialogs


def click_ok(dialog) -> None:
    QTest.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def issue_a_plan(tab, date: dt.date) -> None:
    view = tab.plans
    view.create_plan("dot-thi-dua", date.year)

    def fill(dialog):
        dialog.date_edit.setDate(QDate(date.year, date.month, date.day))
        click_ok(dialog)

    in_modal(view.issue_action.trigger, fill)


def rows(register) -> list[list[str]]:
    model = register.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_the_register_is_a_tab_of_its_own(tab):
    tabs = tab.window.tabs
    assert tabs.tabText(tabs.indexOf(tab.register)) == "Outgoing register"
    assert tab.window.plans_tab.findChild(type(tab.register)) is None  # no longer inside the plans tab


def test_issuing_a_plan_shows_in_the_register(tab, qtbot):
    issue_a_plan(tab, dt.date(2024, 3, 6))
    tab.show_register()
    register = tab.register
    assert register.year_combo.currentData() == 2024
    table = rows(register)
    assert len(table) == 1
    assert table[0][0] == "01/KH-PGDĐT" and table[0][1] == "06/03/2024"
    assert table[0][2].startswith("Kế hoạch: Tổ chức đợt thi đua")
    assert "Nguyễn Thị Hương" in table[0][3]
    assert "Các trường trực thuộc" in table[0][4]
    assert not register.delete_action.isEnabled() or register.current_entry() is None or \
        register.current_entry().plan_id is not None


def test_manual_entry_continues_the_sequence(tab, store, qtbot):
    issue_a_plan(tab, dt.date(2024, 3, 6))
    tab.show_register()
    register = tab.register

    def fill(dialog):
        assert dialog.number_spin.value() == 2  # the next free number, given automatically
        assert "02" in dialog.number_hint.text()
        dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("CV"))
        assert dialog.symbol_edit.text() == "PGDĐT-TĐKT"
        dialog.date_edit.setDate(QDate(2024, 3, 8))
        type_text(dialog.title_edit, "V/v đôn đốc nộp báo cáo sơ kết học kỳ I")
        dialog.signer_edit.clear()
        type_text(dialog.signer_edit, "Trần Văn Bình")
        type_text(dialog.recipients_edit, "Các trường trực thuộc; Lưu: VT")
        dialog.copies_spin.setValue(42)
        click_ok(dialog)

    in_modal(register.add_action.trigger, fill)
    table = rows(register)
    assert [r[0] for r in table] == ["01/KH-PGDĐT", "02/PGDĐT-TĐKT"]
    assert table[1][2] == "Công văn: V/v đôn đốc nộp báo cáo sơ kết học kỳ I"
    assert table[1][6] == "42"
    assert "next number in 2024: 03" in register.summary_label.text()
    # The next plan issued takes 03.
    tab.show_plans()
    issue_a_plan(tab, dt.date(2024, 3, 9))
    assert [e.number for e in RegisterRepository(store).list(2024)] == [1, 2, 3]


def test_a_taken_number_is_refused_and_the_form_kept(tab, store, qtbot):
    repo = RegisterRepository(store)
    repo.add_manual(RegisterEntry(2024, 0, "PGDĐT-TĐKT", "2024-01-10", "CV", "V/v nộp hồ sơ"))
    tab.show_register()

    def fill(dialog):
        dialog.number_spin.setValue(1)  # already used
        type_text(dialog.title_edit, "V/v khác")
        click_ok(dialog)
        assert dialog.isVisible() and dialog.error_label.isVisible()
        assert "01" in dialog.error_label.text()
        assert dialog.title_edit.toPlainText() == "V/v khác"
        dialog.number_spin.setValue(2)
        click_ok(dialog)

    in_modal(tab.register.add_action.trigger, fill)
    assert [e.number for e in repo.list(2024)] == [1, 2]


def test_edit_sent_date_and_delete_manual_entry(tab, store, answers, qtbot):
    repo = RegisterRepository(store)
    repo.add_manual(RegisterEntry(2024, 0, "TB-PGDĐT", "2024-02-01", "TB", "Thông báo kết quả xét sáng kiến"))
    tab.show_register()
    register = tab.register
    register.table.selectRow(0)

    def fill(dialog):
        dialog.sent_check.setChecked(True)
        dialog.sent_edit.setDate(QDate(2024, 2, 2))
        type_text(dialog.notes_edit, "gửi qua hệ thống")
        click_ok(dialog)

    in_modal(register.edit_action.trigger, fill)
    entry = repo.list(2024)[0]
    assert entry.sent_date == "2024-02-02" and entry.notes == "gửi qua hệ thống"
    assert rows(register)[0][7] == "02/02/2024"
    answers.confirm_answers.append(True)
    register.table.selectRow(0)
    register.delete_action.trigger()
    assert repo.list(2024) == [] and register.model.rowCount() == 0


def test_search_and_year_filter(tab, store, qtbot):
    repo = RegisterRepository(store)
    repo.add_manual(RegisterEntry(2023, 0, "PGDĐT-TĐKT", "2023-05-10", "CV", "V/v đôn đốc nộp hồ sơ khen thưởng"))
    repo.add_manual(RegisterEntry(2024, 0, "PGDĐT-TĐKT", "2024-01-10", "CV", "V/v đôn đốc nộp báo cáo"))
    repo.add_manual(RegisterEntry(2024, 0, "TB-PGDĐT", "2024-01-11", "TB", "Lịch họp Hội đồng Thi đua"))
    tab.refresh()
    register = tab.register
    assert register.model.rowCount() == 2  # the current year (2024) first
    register.search_box.setText("don doc")  # without accents
    register.search_box.flush()
    assert [r[0] for r in rows(register)] == ["01/PGDĐT-TĐKT"]
    register.set_year(None)  # all years
    assert sorted(r[1] for r in rows(register)) == ["10/01/2024", "10/05/2023"]
    register.set_year(2023)
    assert len(rows(register)) == 1


def test_print_register_preview(tab, store, qtbot, monkeypatch, answers):
    issue_a_plan(tab, dt.date(2024, 3, 6))
    RegisterRepository(store).add_manual(
        RegisterEntry(2024, 0, "PGDĐT-TĐKT", "2024-03-08", "CV", "V/v đôn đốc nộp báo cáo"))
    tab.show_register()
    shown = []

    def look(dialog):
        qtbot.waitUntil(lambda: dialog.preview.is_ready(), timeout=5000)
        shown.append(dialog.preview.document.pageCount())
        return False

    monkeypatch.setattr(dialogs, "run_dialog", look)
    dialog = tab.register.print_register()
    assert not answers.warnings
    assert shown == [1]
    import io

    with pdfplumber.open(io.BytesIO(dialog.data)) as pdf:
        page = pdf.pages[0]
        assert page.width > page.height  # landscape
        text = page.extract_text()
    assert "SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2024" in text
    assert "01/KH-PGDĐT" in text and "02/PGDĐT-TĐKT" in text


def test_new_entry_starts_in_the_title_and_enter_keeps_a_titleless_form_open(tab, store, qtbot):
    tab.show_register()
    focus = []

    def fill(dialog):
        qtbot.waitUntil(lambda: dialog.focusWidget() is not None)
        focus.append(dialog.focusWidget())
        type_text(dialog.recipients_edit, "Các trường trực thuộc")
        QTest.keyClick(dialog.recipients_edit, Qt.Key.Key_Return)  # OK without a title
        assert dialog.isVisible() and dialog.error_label.isVisible()
        assert dialog.focusWidget() is dialog.title_edit  # straight back to what is missing
        assert dialog.recipients_edit.text() == "Các trường trực thuộc"
        type_text(dialog.title_edit, "V/v nộp báo cáo")
        click_ok(dialog)

    in_modal(tab.register.add_action.trigger, fill)
    assert focus[0].objectName() == "titleEdit"
    assert [e.title for e in RegisterRepository(store).list(2024)] == ["V/v nộp báo cáo"]


def test_a_letter_issued_by_the_program_stays_and_keeps_its_link(tab, store, profile, answers, qtbot):
    """A paper (công văn) issued through ops.issuing is not a hand entry: it cannot be deleted,
    its number and title are fixed, and recording the date sent keeps its link to the letter."""
    from thiduadesk.domain import specimens
    from thiduadesk.ops import issuing
    from thiduadesk.store.papers import PaperRepository

    letter_id = PaperRepository(store).create(specimens.letter(profile))
    issuing.issue_paper(store, letter_id, dt.date(2024, 3, 7))
    tab.show_register()
    register = tab.register
    register.table.selectRow(0)
    assert register.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Issued by ThiDuaDesk"
    assert not register.delete_action.isEnabled()
    register.delete_entry()
    assert answers.warnings[-1][1] == "Documents issued by ThiDuaDesk stay in the register."

    def fill(dialog):
        assert not dialog.number_spin.isEnabled() and dialog.title_edit.isReadOnly()
        assert dialog.number_hint.text() == "Issued by ThiDuaDesk: number, date and title are fixed."
        dialog.sent_check.setChecked(True)
        dialog.sent_edit.setDate(QDate(2024, 3, 8))
        click_ok(dialog)

    in_modal(register.edit_action.trigger, fill)
    [entry] = RegisterRepository(store).list(2024)
    assert (entry.paper_id, entry.sent_date) == (letter_id, "2024-03-08")

"""The Lịch hạn tab driven like a clerk: pick a day, tick a unit, print the reminder."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from tests.conftest import SAMPLES_DIR
from thiduadesk.demo_data import demo_profile
from thiduadesk.domain.model import Unit
from thiduadesk.domain.schedule import Deadline
from thiduadesk.ops import deadlines as ops
from thiduadesk.ops import profile
from thiduadesk.store.units import UnitRepository
from thiduadesk.ui.calendar import CalendarTab
from thiduadesk.ui.calendar import tab as tab_module
from thiduadesk.ui.calendar.month import COLOURS, LATER_FILL, day_status

TODAY = dt.date(2024, 3, 11)  # a Monday
SCHOOLS = ["Trường Mầm non Hoa Sen", "Trường Tiểu học Nguyễn Du", "Trường THCS Lê Quý Đôn"]


@pytest.fixture
def filled(store):
    profile.save(store, demo_profile())
    repo = UnitRepository(store)
    units = [repo.add(Unit(name)) for name in SCHOOLS]
    ids = {
        "late": ops.add(store, Deadline("2024-03-05", "Báo cáo sơ kết học kỳ I", kind="report")),
        "soon": ops.add(store, Deadline("2024-03-15", "Đăng ký thi đua", kind="registration")),
        "later": ops.add(store, Deadline("2024-03-29", "Hồ sơ khen thưởng", kind="dossier")),
        "sunday": ops.add(store, Deadline("2024-03-24", "Nộp sáng kiến")),
    }
    ops.tick(store, ids["late"], units[0], dt.date(2024, 3, 4))
    return units, ids


@pytest.fixture
def tab(qtbot, store, filled):
    widget = CalendarTab(store, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1300, 760)
    widget.show()
    return widget


def cell(view, row: int, col: int) -> str:
    return view.model().index(row, col).data()


def selected_row(tab) -> int:
    return tab.table.selectionModel().selectedRows()[0].row()


def pick(tab, day: dt.date) -> None:
    tab.calendar.setSelectedDate(QDate(day.year, day.month, day.day))


def test_calendar_is_monday_first_in_the_app_locale(qtbot, store, filled):
    vi = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
    old = QLocale()
    QLocale.setDefault(vi)  # what the app sets for the Vietnamese interface
    try:
        widget = CalendarTab(store, today=TODAY)
        qtbot.addWidget(widget)
    finally:
        QLocale.setDefault(old)
    assert widget.calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert widget.calendar.locale().language() == QLocale.Language.Vietnamese
    assert widget.calendar.locale().standaloneMonthName(3) == "Tháng 3"


def grey(colour: QColor) -> float:
    return 0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue()


def test_marks_tooltips_holidays_and_startup_panel(tab, filled):
    _units, ids = filled
    marks = tab.calendar.marks
    assert day_status(marks[dt.date(2024, 3, 5)]) == "overdue"
    assert day_status(marks[dt.date(2024, 3, 15)]) == "soon"
    assert day_status(marks[dt.date(2024, 3, 29)]) == "later"
    tip = tab.calendar.dateTextFormat(QDate(2024, 3, 15)).toolTip()
    assert tip == "• Đăng ký thi đua (0/3)"
    # the colours read apart in grey too
    greys = sorted(grey(c) for c in (COLOURS["overdue"], COLOURS["soon"], LATER_FILL))
    assert greys[1] - greys[0] > 30 and greys[2] - greys[1] > 30
    assert tab.startup.summary.text() == "Overdue: 1 · due today: 0 · next 7 days: 1"
    assert [tab.startup.list.item(i).text() for i in range(tab.startup.list.count())] == [
        "Overdue — 05/03/2024 — Báo cáo sơ kết học kỳ I (1/3)", "Next 7 days — 15/03/2024 — Đăng ký thi đua (0/3)"]
    # a public holiday in the visible weeks: 30/4 is beyond March's grid, 01/01 is not; April's page has it
    tab.calendar.setCurrentPage(2024, 4)
    assert tab.calendar.dateTextFormat(QDate(2024, 4, 30)).toolTip() == "Ngày Chiến thắng"


def test_pick_a_day_tick_a_unit_and_the_progress_follows(tab, filled, store):
    units, ids = filled
    pick(tab, dt.date(2024, 3, 15))
    assert tab.selected_id() == ids["soon"]
    pick(tab, dt.date(2024, 3, 5))
    assert tab.selected_id() == ids["late"]
    assert tab.units_label.text() == "1/3 units have sent it"
    assert cell(tab.units, 0, 1) == SCHOOLS[0] and cell(tab.units, 0, 2) == "04/03/2024"
    tab.received_on.setDate(QDate(2024, 3, 8))
    row = [cell(tab.units, r, 1) for r in range(3)].index(SCHOOLS[2])
    rect = tab.units.visualRect(tab.units.model().index(row, 0))
    # one click on the box ticks the unit with the date chosen
    QTest.mouseClick(tab.units.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 10, rect.center().y()))
    assert [r.received_on for r in ops.receipts(store, ids["late"]) if r.unit_id == units[2]] == ["2024-03-08"]
    assert tab.units_label.text() == "2/3 units have sent it"
    assert cell(tab.table, selected_row(tab), 3) == "2/3 units"
    assert tab.selected_id() == ids["late"]
    # and unticking is the undo
    tab.tick_unit(row)
    assert tab.units_label.text() == "1/3 units have sent it"


def test_weekend_deadline_flag_and_earlier_day(tab, filled, store):
    _units, ids = filled
    pick(tab, dt.date(2024, 3, 24))
    assert tab.selected_id() == ids["sunday"]
    assert tab.warning.text().startswith("Hạn 24/03/2024 rơi vào ngày nghỉ (Chủ nhật)")
    assert cell(tab.table, selected_row(tab), 4) == "25/03/2024"
    tab.earlier_button.click()
    assert ops.get(store, ids["sunday"]).due == "2024-03-22"


def test_print_the_reminder(tab, filled, monkeypatch, store):
    _units, ids = filled
    shown = []
    monkeypatch.setattr(tab_module, "show_pdf", lambda data, title, name, parent: shown.append((data, title, name)))
    pick(tab, dt.date(2024, 3, 5))
    tab.reminder_button.click()
    [(data, title, name)] = shown
    assert data.startswith(b"%PDF") and (title, name) == ("Reminder letter", "cong_van_don_doc.pdf")
    import io

    import pypdf

    text = pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert "V/v đôn đốc gửi báo cáo" in text and SCHOOLS[1] in text and SCHOOLS[0] not in text
    # issued: the next number of the register
    monkeypatch.setattr(tab_module.prompts, "confirm", lambda *a, **k: True)
    tab.issue_button.click()
    assert shown[-1][2] == "cong_van_don_doc_1.pdf"


def test_week_and_day_modes(tab, filled):
    pick(tab, dt.date(2024, 3, 13))
    tab.mode.setCurrentIndex(1)
    assert tab.period_label.text() == "11/03/2024 – 17/03/2024"
    assert tab.table.model().rowCount() == 1
    tab.mode.setCurrentIndex(0)
    assert tab.period_label.text() == "13/03/2024" and tab.table.model().rowCount() == 0
    assert tab.units_label.text() == "No deadline chosen."


def test_take_deadlines_from_a_plan_through_the_confirm_list(tab, store):
    from tests.ui.conftest import in_modal
    from thiduadesk.ops import plans

    plan_id = plans.import_plan(store, os.path.join(SAMPLES_DIR, "plan_namtuliem_2022.txt")).plan_id
    got = []

    def confirm(dialog):
        assert dialog.table.rowCount() == 10
        dialog.table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)  # drop the first
        dialog.table.item(1, 1).setText("02/2022")  # change a date
        dialog.accept()

    in_modal(lambda: got.extend(tab.offer_plan(plan_id)), confirm)
    assert len(got) == 9
    assert ops.get(store, got[0]).due == "2022-02"


def test_print_the_list(tab, monkeypatch):
    shown = []
    monkeypatch.setattr(tab_module, "show_pdf", lambda data, title, name, parent: shown.append((data[:4], title, name)))
    tab.list_button.click()
    assert shown == [(b"%PDF", "Deadline list", "lich_han.pdf")]


def test_a_deadline_by_hand_changed_and_removed(tab, store, answers):
    from tests.ui.conftest import in_modal

    pick(tab, dt.date(2024, 3, 20))

    def fill(dialog):
        dialog.title.setText("Nộp báo cáo tổng kết phong trào")
        dialog.audience.setCurrentIndex(dialog.audience.findData("level|thcs"))
        dialog.accept()

    in_modal(tab.new_item, fill)
    d = ops.get(store, tab.selected_id())
    assert (d.due, d.title, d.source, d.audience.scope, d.audience.value) == (
        "2024-03-20", "Nộp báo cáo tổng kết phong trào", "hand", "level", "thcs")

    def bad_then_good(dialog):
        dialog.due.setText("32/03/2024")
        dialog.accept()
        assert dialog.isVisible() and dialog.error.text() == "The date is not a day (dd/MM/yyyy) or a month (MM/yyyy)."
        dialog.due.setText("04/2024")
        dialog.accept()

    in_modal(tab.edit_selected, bad_then_good)
    assert ops.get(store, d.id).due == "2024-04"
    pick(tab, dt.date(2024, 4, 30))
    assert tab.selected_id() == d.id
    answers.confirm_answers.append(True)
    tab.delete_selected()
    assert answers.confirms == [("Remove deadline", "Take «Nộp báo cáo tổng kết phong trào» off the calendar?")]
    assert not ops.get(store, d.id).active and tab.selected_id() is None


def test_a_date_and_a_note_typed_in_the_units_table(tab, filled, store):
    units, ids = filled
    pick(tab, dt.date(2024, 3, 5))
    model = tab.units.model()
    row = [cell(tab.units, r, 1) for r in range(3)].index(SCHOOLS[1])
    assert model.flags(model.index(row, 1)) & Qt.ItemFlag.ItemIsEditable == Qt.ItemFlag.NoItemFlags
    model.setData(model.index(row, 2), "07/03/2024", Qt.ItemDataRole.EditRole)  # a date typed: received then
    model.setData(model.index(row, 3), "qua email", Qt.ItemDataRole.EditRole)
    [r] = [r for r in ops.receipts(store, ids["late"]) if r.unit_id == units[1]]
    assert (r.received, r.received_on, r.note) == (True, "2024-03-07", "qua email")
    assert cell(tab.units, row, 2) == "07/03/2024" and cell(tab.units, row, 3) == "qua email"


def test_every_action_has_its_button_on_the_tab(tab):
    from PySide6.QtWidgets import QAbstractButton

    texts = {b.text() for b in tab.findChildren(QAbstractButton) if b.isVisibleTo(tab)}
    assert {"Day off…", "Read deadlines from a file…", "Take deadlines from a plan…", "Export .ics…",
            "Print the list…", "Print reminder to the late units…", "Issue the reminder…", "Hide"} <= texts


def test_startup_item_goes_to_its_deadline(tab, filled):
    _units, ids = filled
    pick(tab, dt.date(2024, 3, 29))
    item = tab.startup.list.item(0)
    tab.startup.list.itemClicked.emit(item)
    assert tab.selected_id() == ids["late"] and tab.calendar.selectedDate() == QDate(2024, 3, 5)


def test_a_received_letter_offers_its_deadlines(tab, store, tmp_path):
    from tests.ui.conftest import in_modal

    letter = tmp_path / "cong_van_so.txt"
    letter.write_text(
        "Hà Nội, ngày 04 tháng 3 năm 2024\n"
        "Thực hiện Kế hoạch số 636/KH-SGDĐT ngày 22/02/2024 của Sở Giáo dục và Đào tạo;\n"
        "Đề nghị các đơn vị gửi báo cáo sơ kết về Phòng trước ngày 25/3/2024.\n", encoding="utf-8")
    seen = []

    def confirm(dialog):
        seen.append([dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())])
        dialog.accept()

    got = []
    in_modal(lambda: got.extend(tab.offer(str(letter))), confirm)
    assert seen == [["25/03/2024"]]
    [d] = [ops.get(store, i) for i in got]
    assert (d.due, d.source, d.origin, d.kind) == ("2024-03-25", "letter", "cong_van_so.txt", "report")


def test_the_days_off_of_a_year(tab, store):
    from tests.ui.conftest import in_modal

    def edit(dialog):
        days = [dialog.table.item(r, 0).text()[-10:] for r in range(dialog.table.rowCount())]
        assert "30/04/2024" in days and "04/05/2024" in days  # a holiday, a make-up Saturday
        assert dialog.table.item(days.index("04/05/2024"), 1).text() == "Làm bù"
        dialog.day.setDate(QDate(2024, 11, 20))
        dialog.name.setText("Nghỉ ngày Nhà giáo")
        dialog.off_button.click()
        dialog.day.setDate(QDate(2024, 9, 3))
        dialog.work_button.click()  # a holiday worked
        names = {dialog.table.item(r, 0).text()[-10:]: dialog.table.item(r, 1).text()
                 for r in range(dialog.table.rowCount())}
        assert names["20/11/2024"] == "Nghỉ ngày Nhà giáo" and "03/09/2024" not in names
        dialog.accept()

    tab.calendar.setCurrentPage(2024, 3)
    in_modal(tab.edit_days_off, edit)
    cal = ops.work_calendar(store)
    assert not cal.is_working_day(dt.date(2024, 11, 20)) and cal.is_working_day(dt.date(2024, 9, 3))

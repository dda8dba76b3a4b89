"""The Lịch hạn tab driven like a clerk for who must submit: units ticked in the deadline dialog,
the office's own rows, the office in the units list, the yearly date button, and the deadlines
offered right after a plan is imported in the plans tab."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest

from tests.conftest import SAMPLES_DIR
from tests.ui.conftest import in_modal
from thiduadesk.demo_data import demo_profile
from thiduadesk.domain.model import Unit
from thiduadesk.domain.schedule import Audience, Deadline
from thiduadesk.ops import deadlines as ops
from thiduadesk.ops import profile
from thiduadesk.store.units import UnitRepository
from thiduadesk.ui.calendar import CalendarTab

TODAY = dt.date(2024, 3, 11)  # a Monday
SCHOOLS = ["Trường Mầm non Hoa Sen", "Trường Tiểu học Nguyễn Du", "Trường THCS Lê Quý Đôn", "Trường THCS Cầu Giấy"]
NAMTULIEM = Path(SAMPLES_DIR) / "plan_namtuliem_2022.txt"


@pytest.fixture
def units(store):
    profile.save(store, demo_profile())
    repo = UnitRepository(store)
    ids = [repo.add(Unit(name, level=("mam_non", "tieu_hoc", "thcs", "thcs")[i])) for i, name in enumerate(SCHOOLS)]
    office = repo.add(Unit("Phòng GD&ĐT Nam Từ Liêm"))
    return ids, office


@pytest.fixture
def tab(qtbot, store, units):
    widget = CalendarTab(store, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1300, 760)
    widget.show()
    return widget


def pick(tab, day: dt.date) -> None:
    tab.calendar.setSelectedDate(QDate(day.year, day.month, day.day))


def names_in(picker) -> list[str]:
    return [picker.list.item(i).text() for i in range(picker.list.count())]


def click_box(picker, row: int) -> None:
    rect = picker.list.visualItemRect(picker.list.item(row))
    QTest.mouseClick(picker.list.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 10, rect.center().y()))


def test_units_ticked_in_the_dialog_are_who_must_submit(tab, store, units):
    ids, office = units
    pick(tab, dt.date(2024, 3, 20))

    def fill(dialog):
        assert not dialog.picker.isVisible()  # only for "units chosen in the list"
        dialog.title.setText("Hồ sơ hai trường")
        dialog.audience.setCurrentIndex(dialog.audience.findData("units|"))
        assert dialog.picker.isVisible()
        assert "Phòng GD&ĐT Nam Từ Liêm" not in names_in(dialog.picker)  # the office is not a school
        assert sorted(names_in(dialog.picker)) == sorted(SCHOOLS)
        dialog.accept()  # nothing ticked yet: refused
        assert dialog.isVisible() and dialog.error.text() == "Tick at least one unit in the list."
        dialog.picker.filter.setText("quy don")  # the filter ignores diacritics
        shown = [i for i in range(dialog.picker.list.count()) if not dialog.picker.list.item(i).isHidden()]
        assert [dialog.picker.list.item(i).text() for i in shown] == [SCHOOLS[2]]
        click_box(dialog.picker, shown[0])
        dialog.picker.filter.setText("")
        click_box(dialog.picker, names_in(dialog.picker).index(SCHOOLS[0]))
        assert dialog.picker.count.text() == "2 of 4 chosen"
        dialog.accept()

    in_modal(tab.new_item, fill)
    d = ops.get(store, tab.selected_id())
    assert (d.audience.scope, sorted(d.audience.unit_ids)) == ("units", sorted([ids[0], ids[2]]))
    assert tab.units_label.text() == "0/2 units have sent it"
    assert sorted(tab.units.model().index(r, 1).data() for r in range(2)) == sorted([SCHOOLS[0], SCHOOLS[2]])
    tab.tick_unit(0)
    assert tab.units_label.text() == "1/2 units have sent it"
    assert tab.table.model().index(tab.table.selectionModel().selectedRows()[0].row(), 3).data() == "1/2 units"

    def change(dialog):
        assert dialog.audience.currentData() == "units|" and dialog.picker.count.text() == "2 of 4 chosen"
        click_box(dialog.picker, names_in(dialog.picker).index(SCHOOLS[3]))
        dialog.accept()

    in_modal(tab.edit_selected, change)
    assert sorted(ops.get(store, d.id).audience.unit_ids) == sorted([ids[0], ids[2], ids[3]])
    assert tab.units_label.text() == "1/3 units have sent it"


def test_the_office_in_the_units_list_is_not_counted(tab, store, units):
    ids, office = units
    d_id = ops.add(store, Deadline("2024-03-15", "Báo cáo sơ kết", kind="report"))
    for u in ids[:3]:
        ops.tick(store, d_id, u, dt.date(2024, 3, 12))
    tab.refresh()
    pick(tab, dt.date(2024, 3, 15))
    assert tab.units_label.text() == "3/4 units have sent it"
    assert office not in [tab.units.model().index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(4)]
    assert tab.units.model().rowCount() == 4
    assert tab.calendar.dateTextFormat(QDate(2024, 3, 15)).toolTip() == "• Báo cáo sơ kết (3/4)"


def test_an_office_own_deadline_asks_nobody(tab, store, units):
    d_id = ops.add(store, Deadline("2024-03-14", "Phòng gửi báo cáo lên Sở", audience=Audience("office")))
    tab.refresh()
    pick(tab, dt.date(2024, 3, 14))
    assert tab.selected_id() == d_id
    assert tab.units_label.text() == "The office's own task: no unit must submit it."
    assert tab.units.model().rowCount() == 0
    assert tab.table.model().index(tab.table.selectionModel().selectedRows()[0].row(), 3).data() == "office's own"
    assert not tab.reminder_button.isEnabled()


def test_the_yearly_date_button(tab, store, units):
    pick(tab, dt.date(2024, 11, 20))

    def fill(dialog):
        assert dialog.windowTitle() == "Yearly date" and dialog.repeat.isChecked()
        assert dialog.kind.currentData() == "commemoration" and dialog.until.value() == 2028
        dialog.title.setText("Ngày Nhà giáo Việt Nam")
        dialog.due.setText("11/2024")
        dialog.accept()
        assert dialog.error.text() == "A yearly date is a day (dd/MM/yyyy), not a month."
        dialog.due.setText("20/11/2024")
        dialog.until.setValue(2026)
        dialog.accept()

    in_modal(tab.yearly_button.click, fill)
    found = ops.all_between(store, dt.date(2024, 1, 1), dt.date(2030, 12, 31))
    assert [(d.due, d.source, d.kind) for d in found] == [
        ("2024-11-20", "yearly", "commemoration"), ("2025-11-20", "yearly", "commemoration"),
        ("2026-11-20", "yearly", "commemoration")]
    assert tab.selected_id() == found[0].id
    # a yearly report due on a Saturday (20/11/2027) is flagged with its Điều 148 day
    pick(tab, dt.date(2027, 11, 20))

    def report(dialog):
        dialog.title.setText("Báo cáo tuyên dương nhà giáo")
        dialog.kind.setCurrentIndex(dialog.kind.findData("report"))
        dialog.until.setValue(2027)
        dialog.accept()

    in_modal(tab.yearly_button.click, report)
    assert tab.warning.text().startswith("Hạn 20/11/2027 rơi vào ngày nghỉ (Thứ Bảy)")
    assert "22/11/2027" in tab.warning.text()


def test_a_deadline_by_hand_is_not_repeated_unless_asked(tab, store, units):
    pick(tab, dt.date(2024, 3, 20))

    def fill(dialog):
        assert not dialog.repeat.isChecked() and dialog.repeat_row.isVisible()
        dialog.title.setText("Một lần")
        dialog.accept()

    in_modal(tab.new_button.click, fill)
    assert [d.title for d in ops.all_between(store, dt.date(2024, 1, 1), dt.date(2030, 1, 1))] == ["Một lần"]

    def edit(dialog):
        assert not dialog.repeat_row.isVisible()  # one year's deadline is changed on its own
        dialog.reject()

    in_modal(tab.edit_selected, edit)


def test_importing_a_plan_in_the_plans_tab_offers_its_deadlines(qtbot, store, units, answers, tmp_path):
    from thiduadesk.ui.main_window import MainWindow

    window = MainWindow(store, backup_dir=tmp_path / "backups", lang="en")
    qtbot.addWidget(window)
    window.show()
    answers.choice_answers.append("draft")
    seen = []

    def confirm(dialog):
        seen.append([(dialog.table.item(r, 1).text(), dialog.table.item(r, 3).text())
                     for r in range(dialog.table.rowCount())])
        dialog.table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
        dialog.accept()

    got = []
    in_modal(lambda: got.append(window.plans_tab.plans.import_file(NAMTULIEM)), confirm)
    [rows] = seen
    assert len(rows) == 10 and rows[5] == ("05/2022", "The office itself") and rows[0][1] == "All units"
    on_calendar = ops.all_between(store, dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    assert len(on_calendar) == 9 and {d.plan_id for d in on_calendar} == {got[0]}
    assert window.tabs.currentWidget() is window.plans_tab  # the clerk stays where the import was made


def test_importing_a_plan_without_deadlines_shows_nothing(qtbot, store, units, answers, tmp_path):
    from thiduadesk.ui.main_window import MainWindow

    window = MainWindow(store, backup_dir=tmp_path / "backups", lang="en")
    qtbot.addWidget(window)
    plan_id = window.plans_tab.plans.import_file(Path(SAMPLES_DIR) / "plan_sadec_2022.txt")
    assert plan_id is not None
    assert answers.infos == [] and ops.all_between(store, dt.date(2000, 1, 1), dt.date(2100, 1, 1)) == []


def test_switching_months_leaves_no_old_marks(tab, store, units):
    ops.add(store, Deadline("2024-03-15", "Báo cáo tháng Ba"))
    ops.add(store, Deadline("2024-04-16", "Báo cáo tháng Tư"))
    tab.refresh()
    assert tab.calendar.dateTextFormat(QDate(2024, 3, 15)).toolTip() == "• Báo cáo tháng Ba (0/4)"
    tab.calendar.setCurrentPage(2024, 4)
    assert tab.calendar.dateTextFormat(QDate(2024, 3, 15)).toolTip() == ""
    assert tab.calendar.dateTextFormat(QDate(2024, 4, 16)).toolTip() == "• Báo cáo tháng Tư (0/4)"
    assert set(tab.calendar.marks) == {dt.date(2024, 4, 16)}


def test_an_office_own_deadline_in_the_tooltip_and_the_startup_panel(tab, store, units):
    ops.add(store, Deadline("2024-03-13", "Phòng gửi báo cáo lên Sở", audience=Audience("office")))
    tab.refresh()
    assert tab.calendar.dateTextFormat(QDate(2024, 3, 13)).toolTip() == "• Phòng gửi báo cáo lên Sở (office's own)"
    items = [tab.startup.list.item(i).text() for i in range(tab.startup.list.count())]
    assert items == ["Next 7 days — 13/03/2024 — Phòng gửi báo cáo lên Sở (office's own)"]

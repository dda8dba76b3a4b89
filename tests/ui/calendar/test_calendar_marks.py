"""The marks painted on the month grid: the right shape and colour in the right cell, on every
day Qt shows — also the days of the month before when the 1st is a Monday."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QColor

from thiduadesk.domain.model import Unit
from thiduadesk.domain.schedule import Deadline
from thiduadesk.ops import deadlines as ops
from thiduadesk.store.units import UnitRepository
from thiduadesk.ui.calendar import CalendarTab
from thiduadesk.ui.calendar.month import COLOURS, LATER_FILL

TODAY = dt.date(2024, 4, 10)


@pytest.fixture
def tab(qtbot, store):
    UnitRepository(store).add(Unit("Trường Tiểu học Nguyễn Du"))
    widget = CalendarTab(store, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1300, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def mark_colour(tab, day: dt.date) -> QColor:
    """The colour in the middle of the mark of ``day``'s cell, as painted on screen."""
    view = tab.calendar._view
    start = tab.calendar.visible_range()[0]
    offset = (day - start).days
    rect = view.visualRect(view.model().index(1 + offset // 7, offset % 7))
    size = max(6, min(rect.width(), rect.height()) // 4)
    image = view.viewport().grab().toImage()
    return image.pixelColor(rect.right() - 3 - size // 2, rect.top() + 3 + size * 3 // 4)


def close(a: QColor, b: QColor) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= 24


def test_the_grid_of_a_month_starting_on_monday_shows_the_week_before(tab, store):
    ops.add(store, Deadline("2024-03-28", "Hạn cuối tháng Ba"))  # on April's page: 1/4/2024 is a Monday
    ops.add(store, Deadline("2024-05-08", "Hạn tháng Năm"))  # not on April's page (it ends on 5/5)
    tab.refresh()
    tab.calendar.setCurrentPage(2024, 4)
    assert tab.calendar.visible_range() == (dt.date(2024, 3, 25), dt.date(2024, 5, 5))
    assert set(tab.calendar.marks) == {dt.date(2024, 3, 28)}
    assert tab.calendar.dateTextFormat(QDate(2024, 3, 28)).toolTip() == "• Hạn cuối tháng Ba (0/1)"
    view = tab.calendar._view
    assert view.model().index(1, 3).data() == 28  # Qt's own grid: row 1 (under the day names), Thursday


def test_each_status_is_painted_in_its_cell(tab, store):
    ops.add(store, Deadline("2024-04-03", "Quá hạn"))
    ops.add(store, Deadline("2024-04-12", "Sắp đến hạn"))
    ops.add(store, Deadline("2024-04-26", "Còn lâu"))
    tab.refresh()
    tab.calendar.setCurrentPage(2024, 4)
    assert close(mark_colour(tab, dt.date(2024, 4, 3)), COLOURS["overdue"])
    assert close(mark_colour(tab, dt.date(2024, 4, 12)), COLOURS["soon"])
    assert close(mark_colour(tab, dt.date(2024, 4, 26)), LATER_FILL)
    plain = mark_colour(tab, dt.date(2024, 4, 17))  # no deadline: no mark
    assert not any(close(plain, c) for c in (COLOURS["overdue"], COLOURS["soon"], LATER_FILL))

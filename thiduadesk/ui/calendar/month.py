"""The month calendar of the Lịch hạn tab: the app's locale (Vietnamese month and day names),
Monday first, weekends and public holidays distinct, and the days that carry deadlines marked
overdue / due within 7 days / later / all received.

The marks differ in lightness *and* in shape (filled square, filled triangle, hollow circle, tick),
so they still read apart on a grey printout or for a colour-blind clerk.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QTableView, QWidget

from thiduadesk.domain.schedule import WorkCalendar
from thiduadesk.ops.deadlines import DONE, LATER, OVERDUE, SOON, DeadlineStatus

# Colours of the marks, in one place. Grey values (0.299 R + 0.587 G + 0.114 B): 79, 139, 215, 93.
COLOURS = {
    OVERDUE: QColor("#b3261e"),  # dark red, filled square
    SOON: QColor("#e07b00"),  # orange, filled triangle
    LATER: QColor("#4a7fb5"),  # blue outline on a very light fill, hollow circle
    DONE: QColor("#2e7d32"),  # green tick
}
LATER_FILL = QColor("#c6dbef")
HOLIDAY_BACKGROUND = QColor("#fde2e2")
WEEKEND_TEXT = QColor("#8c1d18")
MAKEUP_TEXT = QColor("#1b5e20")
# The status that marks a day with several deadlines: the most urgent.
_RANK = {OVERDUE: 0, SOON: 1, LATER: 2, DONE: 3}


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def progress_label(s: DeadlineStatus) -> str:
    """"32/41", or the office's own task in the interface's language."""
    if s.office_own:
        return QCoreApplication.translate("DeadlineCalendar", "office's own")
    return s.progress


def day_status(items: list[DeadlineStatus]) -> str:
    return min((s.status for s in items), key=_RANK.__getitem__)


class DeadlineCalendar(QCalendarWidget):
    """A QCalendarWidget that paints the deadline marks; :meth:`set_marks` gives them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("deadlineCalendar")
        self.setLocale(QLocale())  # the application's locale (vi_VN by default)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.marks: dict[dt.date, list[DeadlineStatus]] = {}
        self._cells: dict[int, tuple[str, int]] = {}
        self._view = self.findChild(QTableView, "qt_calendar_calendarview")  # Qt's grid (tests read its cells)
        self._formatted: list[QDate] = []
        weekend = QTextCharFormat()
        weekend.setForeground(WEEKEND_TEXT)
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(day, weekend)

    def visible_range(self) -> tuple[dt.date, dt.date]:
        """The first and last day the grid shows: six weeks from the Monday before the 1st —
        the week before when the 1st is a Monday (Qt always shows some days of the month before)."""
        first = dt.date(self.yearShown(), self.monthShown(), 1)
        start = first - dt.timedelta(days=first.weekday() or 7)
        return start, start + dt.timedelta(days=41)

    def set_marks(self, marks: dict[dt.date, list[DeadlineStatus]], cal: WorkCalendar) -> None:
        """Deadlines by day, and the holidays and make-up days of the shown weeks as formats
        with their tooltips (Qt shows a date format's tooltip over its cell)."""
        self.marks = marks
        # What paintCell draws, by Julian day: the most urgent status and the count (worked out
        # here once, not for each cell at each paint).
        self._cells = {qdate(day).toJulianDay(): (day_status(items), len(items)) for day, items in marks.items() if items}
        if self._formatted:
            self.setDateTextFormat(QDate(), QTextCharFormat())  # a null date clears every day's format at once
        self._formatted = []
        first, last = self.visible_range()
        day = first
        while day <= last:
            fmt = QTextCharFormat()
            tips = []
            holiday = cal.holiday_name(day)
            if holiday:
                fmt.setBackground(HOLIDAY_BACKGROUND)
                fmt.setForeground(WEEKEND_TEXT)
                fmt.setFontWeight(700)
                tips.append(holiday)
            elif day.weekday() >= 5 and cal.is_makeup_day(day):
                fmt.setForeground(MAKEUP_TEXT)
                tips.append(self.tr("Make-up working day"))
            items = marks.get(day, [])
            for s in items[:8]:
                tips.append(f"• {s.deadline.title} ({progress_label(s)})")
            if len(items) > 8:
                tips.append(self.tr("… and %1 more").replace("%1", str(len(items) - 8)))
            if tips:
                fmt.setToolTip("\n".join(tips))
                self.setDateTextFormat(qdate(day), fmt)
                self._formatted.append(qdate(day))
            day += dt.timedelta(days=1)
        self.updateCells()

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate) -> None:  # noqa: N802 (Qt name)
        super().paintCell(painter, rect, date)
        cell = self._cells.get(date.toJulianDay())
        if cell is None:
            return
        status, count = cell
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = max(6, min(rect.width(), rect.height()) // 4)
        x, y = rect.right() - size - 3, rect.top() + 3
        colour = COLOURS[status]
        painter.setPen(QPen(colour, 1.5))
        if status == OVERDUE:
            painter.setBrush(QBrush(colour))
            painter.drawRect(x, y, size, size)
        elif status == SOON:
            painter.setBrush(QBrush(colour))
            painter.drawPolygon(QPolygonF([QPointF(x, y + size), QPointF(x + size, y + size), QPointF(x + size / 2, y)]))
        elif status == LATER:
            painter.setBrush(QBrush(LATER_FILL))
            painter.drawEllipse(x, y, size, size)
        else:
            painter.setPen(QPen(colour, 2))
            painter.drawPolyline(QPolygonF([QPointF(x, y + size / 2), QPointF(x + size / 3, y + size),
                                            QPointF(x + size, y)]))
        if count > 1:
            painter.setPen(QPen(colour.darker(140)))
            font = painter.font()
            font.setPointSizeF(max(6.0, font.pointSizeF() * 0.7))
            painter.setFont(font)
            painter.drawText(QRect(rect.left() + 2, rect.top() + 1, rect.width() // 2, size + 4),
                             Qt.AlignmentFlag.AlignLeft, str(count))
        painter.restore()

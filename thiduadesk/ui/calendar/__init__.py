"""The Lịch hạn tab (deadline calendar): ``CalendarTab(store, parent=None)``."""

from thiduadesk.ui.calendar.tab import CalendarTab

__all__ = ["CalendarTab"]

"""The Lịch hạn tab: the month calendar, the deadlines of the chosen day / week / month with their
progress, the units of one deadline with a one-click tick, the start-up panel (startup.py), and the
reminder letter to the late units.

Every action is one call of ``thiduadesk.ops.deadlines``; the tab refreshes on the change
notification (DEADLINES, UNITS, PLANS) except for the changes it made itself.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from thiduadesk.domain.dates import screen_date
from thiduadesk.ops import changes
from thiduadesk.ops import deadlines as ops
from thiduadesk.ops.errors import USER_ERRORS
from thiduadesk.ui import prompts
from thiduadesk.ui.calendar.confirm import ConfirmDeadlinesDialog, parse_due
from thiduadesk.ui.calendar.models import (
    D_DUE,
    D_FLAG,
    D_PROGRESS,
    D_SOURCE,
    D_TITLE,
    U_DATE,
    U_NAME,
    U_NOTE,
    U_RECEIVED,
    DeadlineListModel,
    ReceiptsModel,
)
from thiduadesk.ui.calendar.month import DeadlineCalendar, pydate, qdate
from thiduadesk.ui.calendar.startup import StartupPanel
from thiduadesk.ui.changes import changes_of
from thiduadesk.ui.widgets.tab_page import TabPage

DAY, WEEK, MONTH = "day", "week", "month"


def show_pdf(data: bytes, title: str, name: str, parent: QWidget) -> None:
    """The preview window with Print and Save (replaced in tests)."""
    from thiduadesk.ui.plans.preview import PdfPreviewDialog

    PdfPreviewDialog(data, title, name, parent).exec()


class CalendarTab(QWidget, TabPage):
    def __init__(self, store, parent: QWidget | None = None, *, today: dt.date | None = None,
                 follow_plans: bool = True):
        super().__init__(parent)
        self.setObjectName("calendarTab")
        self.store = store
        self._today = today
        self._loading = False
        self._units_loaded = False
        self._statuses: list[ops.DeadlineStatus] = []
        self._receipts = []
        self.cal = ops.work_calendar(store)
        self._visible: tuple = (dt.date.max, dt.date.min, [])
        self._sized = False
        if follow_plans:  # plan edits move the deadlines taken from them (the main window follows them itself)
            unfollow = ops.follow_plans(store)
            self.destroyed.connect(lambda *_: unfollow())
        changes_of(store).changed.connect(self._on_change)

        layout = QVBoxLayout(self)
        self.startup = StartupPanel(self)
        self.startup.list.itemActivated.connect(self._go_to_item)
        self.startup.list.itemClicked.connect(self._go_to_item)
        layout.addWidget(self.startup)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter = splitter
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.calendar = DeadlineCalendar(left)
        self.calendar.setMinimumSize(300, 240)
        self.calendar.selectionChanged.connect(self._on_day_chosen)
        self.calendar.currentPageChanged.connect(lambda *_: self._load_marks())
        lv.addWidget(self.calendar)
        self.legend = QLabel(self.tr("■ overdue   ▲ due within 7 days   ○ later   ✓ all received   "
                                     "pink: public holiday"))
        self.legend.setWordWrap(True)
        lv.addWidget(self.legend)
        row = QHBoxLayout()
        self.day_button = QToolButton()
        self.day_button.setText(self.tr("Day off…"))
        self.day_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.day_button)
        menu.addAction(self.tr("Mark the chosen day as a day off"), lambda: self._set_day("off"))
        menu.addAction(self.tr("Mark it as a working day (holiday worked, make-up Saturday)"), self._set_working)
        menu.addAction(self.tr("Back to the official calendar"), lambda: self._set_day(None))
        menu.addSeparator()
        menu.addAction(self.tr("Days off of the year…"), self.edit_days_off)
        self.day_button.setMenu(menu)
        row.addWidget(self.day_button)
        self.read_button = QPushButton(self.tr("Read deadlines from a file…"))
        self.read_button.clicked.connect(self.read_from_file)
        row.addWidget(self.read_button)
        row.addStretch(1)
        lv.addLayout(row)
        row = QHBoxLayout()
        self.plan_button = QPushButton(self.tr("Take deadlines from a plan…"))
        self.plan_button.setObjectName("fromPlanButton")
        self.plan_button.clicked.connect(self.take_from_plan)
        row.addWidget(self.plan_button)
        row.addStretch(1)
        lv.addLayout(row)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New deadline…"))
        self.new_button.setObjectName("newDeadlineButton")
        self.new_button.clicked.connect(lambda: self.new_item())
        row.addWidget(self.new_button)
        self.yearly_button = QPushButton(self.tr("Yearly date…"))
        self.yearly_button.setObjectName("yearlyButton")
        self.yearly_button.setToolTip(self.tr("A day that comes back every year, such as 20/11"))
        self.yearly_button.clicked.connect(lambda: self.new_item(yearly=True))
        row.addWidget(self.yearly_button)
        row.addStretch(1)
        lv.addLayout(row)
        lv.addStretch(1)
        splitter.addWidget(left)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.mode = QComboBox()
        self.mode.setObjectName("periodMode")
        self.mode.addItem(self.tr("Day"), DAY)
        self.mode.addItem(self.tr("Week"), WEEK)
        self.mode.addItem(self.tr("Month"), MONTH)
        self.mode.setCurrentIndex(2)
        self.mode.currentIndexChanged.connect(lambda *_: self._load_list())
        top.addWidget(self.mode)
        self.period_label = QLabel()
        self.period_label.setObjectName("periodLabel")
        top.addWidget(self.period_label, 1)
        self.ics_button = QPushButton(self.tr("Export .ics…"))
        self.ics_button.clicked.connect(self.export_ics)
        top.addWidget(self.ics_button)
        self.list_button = QPushButton(self.tr("Print the list…"))
        self.list_button.setObjectName("printListButton")
        self.list_button.clicked.connect(self.print_list)
        top.addWidget(self.list_button)
        rv.addLayout(top)
        self.table = QTableView()
        self.table.setObjectName("deadlineTable")
        self.list_model = DeadlineListModel(self)
        self.table.setModel(self.list_model)
        self.table.horizontalHeader().setSectionResizeMode(D_TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()  # no row numbers: the view would ask each row for its label
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._load_units())
        self.table.doubleClicked.connect(lambda *_: self.edit_selected())
        rv.addWidget(self.table, 2)
        self.warning = QLabel()
        self.warning.setObjectName("dueWarning")
        self.warning.setWordWrap(True)
        self.earlier_button = QPushButton(self.tr("Use the previous working day"))
        self.earlier_button.clicked.connect(self.use_earlier_day)
        wrow = QHBoxLayout()
        wrow.addWidget(self.warning, 1)
        wrow.addWidget(self.earlier_button)
        rv.addLayout(wrow)
        urow = QHBoxLayout()
        self.units_label = QLabel()
        self.units_label.setObjectName("unitsLabel")
        urow.addWidget(self.units_label, 1)
        urow.addWidget(QLabel(self.tr("Received on:")))
        self.received_on = QDateEdit(QDate.currentDate() if today is None else qdate(today))
        self.received_on.setObjectName("receivedOn")
        self.received_on.setDisplayFormat("dd/MM/yyyy")
        self.received_on.setCalendarPopup(True)
        urow.addWidget(self.received_on)
        rv.addLayout(urow)
        self.units = QTableView()
        self.units.setObjectName("unitTable")
        self.units_model = ReceiptsModel(self)
        self.units.setModel(self.units_model)
        self.units.horizontalHeader().setSectionResizeMode(U_NAME, QHeaderView.ResizeMode.Stretch)
        self.units.verticalHeader().hide()
        self.units_model.edited.connect(self._on_unit_edited)
        rv.addWidget(self.units, 3)
        brow = QHBoxLayout()
        self.reminder_button = QPushButton(self.tr("Print reminder to the late units…"))
        self.reminder_button.setObjectName("reminderButton")
        self.reminder_button.clicked.connect(self.print_reminder)
        self.issue_button = QPushButton(self.tr("Issue the reminder…"))
        self.issue_button.setObjectName("issueReminderButton")
        self.issue_button.clicked.connect(self.issue_reminder)
        brow.addWidget(self.reminder_button)
        brow.addWidget(self.issue_button)
        brow.addStretch(1)
        rv.addLayout(brow)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([440, 900])
        layout.addWidget(splitter, 1)
        self.calendar.setSelectedDate(qdate(self.today()))
        self.refresh()

    # -- reading -------------------------------------------------------------------------------

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def refresh(self) -> None:
        self.cal = ops.work_calendar(self.store)
        self.startup.show_summary(ops.startup_summary(self.store, today=self.today()))
        self._load_marks()
        self._load_list()

    def _on_change(self, change: changes.Change) -> None:
        if change.origin is self or not change.touches(changes.DEADLINES, changes.UNITS, changes.PLANS):
            return
        self.refresh()

    def _load_marks(self) -> None:
        first, last = self.calendar.visible_range()
        self._visible = (first, last, ops.statuses(self.store, first, last, today=self.today(), cal=self.cal))
        self.calendar.set_marks(ops.by_day(self._visible[2]), self.cal)

    def _period_statuses(self, first: dt.date, last: dt.date) -> list[ops.DeadlineStatus]:
        """The deadlines of the period: from the six visible weeks already read when they cover it."""
        v_first, v_last, found = self._visible
        if v_first <= first and last <= v_last:
            return [s for s in found if s.deadline.last_day >= first and ops.due_first_day(s.deadline.due) <= last]
        return ops.statuses(self.store, first, last, today=self.today(), cal=self.cal)

    def period(self) -> tuple[dt.date, dt.date]:
        day = pydate(self.calendar.selectedDate())
        mode = self.mode.currentData()
        if mode == DAY:
            return day, day
        if mode == WEEK:
            return ops.week_range(day)
        return ops.month_range(day.year, day.month)

    def _on_day_chosen(self) -> None:
        self._load_list(keep=0)  # the chosen day's first deadline

    def _load_list(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else self.selected_id()
        first, last = self.period()
        if first == last:
            self.period_label.setText(screen_date(first))
        else:
            self.period_label.setText(f"{screen_date(first)} – {screen_date(last)}")
        self._statuses = self._period_statuses(first, last)
        self._loading = True
        self.list_model.set_statuses(self._statuses)
        chosen_day = pydate(self.calendar.selectedDate())
        by_id = by_day = None
        for row, s in enumerate(self._statuses):
            d = s.deadline
            if d.id == keep:
                by_id = row
            day = d.last_day if d.is_month else dt.date.fromisoformat(d.due)
            if by_day is None and day == chosen_day:
                by_day = row
        if self._statuses and not self._sized:  # once: ResizeToContents would measure on every change
            for col in (D_DUE, D_SOURCE, D_PROGRESS, D_FLAG):
                self.table.resizeColumnToContents(col)
            self._sized = True
        self._loading = False
        select = by_id if by_id is not None else by_day if by_day is not None else 0
        self._units_loaded = False
        if self._statuses:
            self.table.selectRow(select)  # the selection signal loads the units
        if not self._units_loaded:
            self._load_units()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.list_model.statuses[rows[0].row()].deadline.id if rows else None

    def selected_status(self) -> ops.DeadlineStatus | None:
        d_id = self.selected_id()
        return next((s for s in self._statuses if s.deadline.id == d_id), None)

    def _load_units(self) -> None:
        if self._loading:
            return
        s = self.selected_status()
        self._loading = True
        self._units_loaded = True
        self.warning.setText(s.warning.message() if s and s.warning else "")
        self.earlier_button.setVisible(bool(s and s.warning))
        self.reminder_button.setEnabled(bool(s and s.received < s.total))
        self.issue_button.setEnabled(bool(s and s.received < s.total))
        self._receipts = ops.receipts(self.store, s.deadline.id) if s else []
        self.units_model.set_receipts(self._receipts)
        if s is None:
            self.units_label.setText(self.tr("No deadline chosen."))
        elif s.office_own:
            self.units_label.setText(self.tr("The office's own task: no unit must submit it."))
        else:
            received = sum(r.received for r in self._receipts)
            self.units_label.setText(self.tr("%1/%2 units have sent it").replace("%1", str(received))
                                     .replace("%2", str(len(self._receipts))))
        self._loading = False

    # -- actions -------------------------------------------------------------------------------

    def _run(self, action) -> bool:
        try:
            with changes.acting(self.store, self):
                action()
        except USER_ERRORS as exc:
            prompts.warn(self, self.tr("Deadlines"), exc.message)
            return False
        return True

    def _after_tick(self) -> None:
        keep = self.selected_id()
        self.startup.show_summary(ops.startup_summary(self.store, today=self.today()))
        self._load_marks()
        self._load_list(keep)

    def _on_unit_edited(self, row: int, column: int, value) -> None:
        """A tick, a date received or a note typed in the units table: one operation each."""
        s = self.selected_status()
        if self._loading or s is None or row >= len(self._receipts):
            return
        d_id, r = s.deadline.id, self._receipts[row]
        if column == U_DATE:
            due = parse_due(value)
            if len(due) != 10:
                prompts.warn(self, self.tr("Deadlines"), self.tr("Write the date received as dd/MM/yyyy."))
                return
            self._run(lambda: ops.tick(self.store, d_id, r.unit_id, dt.date.fromisoformat(due)))
        elif column == U_NOTE:
            self._run(lambda: ops.set_note(self.store, d_id, r.unit_id, value))
        elif value:
            self._run(lambda: ops.tick(self.store, d_id, r.unit_id, pydate(self.received_on.date())))
        else:
            self._run(lambda: ops.untick(self.store, d_id, r.unit_id))
        self._after_tick()

    def tick_unit(self, row: int) -> None:
        """One click on a unit's box (the tests and the keyboard use this too)."""
        index = self.units_model.index(row, U_RECEIVED)
        checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        self.units_model.setData(index, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked,
                                 Qt.ItemDataRole.CheckStateRole)

    def use_earlier_day(self) -> None:
        s = self.selected_status()
        if s is None or s.warning is None:
            return
        d = s.deadline
        d.due = s.warning.earlier.isoformat()
        if self._run(lambda: ops.update(self.store, d)):
            self.refresh()

    def _set_day(self, change: str | None) -> None:
        day = pydate(self.calendar.selectedDate())
        if self._run(lambda: ops.set_day(self.store, day, change, self.tr("Day off") if change == "off" else "")):
            self.refresh()

    def edit_days_off(self) -> None:
        from thiduadesk.ui.calendar.days_off import DaysOffDialog

        DaysOffDialog(self.store, self.calendar.yearShown(), self).exec()
        self.refresh()

    def _set_working(self) -> None:
        day = pydate(self.calendar.selectedDate())
        self._set_day("work" if day.weekday() >= 5 else "not_off")

    def _go_to_item(self, item: QListWidgetItem) -> None:
        self.show_deadline(item.data(Qt.ItemDataRole.UserRole))

    def show_deadline(self, d_id: int) -> None:
        """Select the day of deadline ``d_id`` and the deadline in the list."""
        d = ops.get(self.store, d_id)
        self.calendar.setSelectedDate(qdate(d.last_day if d.is_month else dt.date.fromisoformat(d.due)))
        self._load_list(d_id)

    def _reminder_paper(self) -> int | None:
        s = self.selected_status()
        if s is None:
            return None
        paper: list[int] = []
        ok = self._run(lambda: paper.append(ops.create_reminder(self.store, s.deadline.id, today=self.today())))
        return paper[0] if ok else None

    def print_reminder(self) -> None:
        """The draft công văn đôn đốc in the preview window (print or save from there)."""
        paper_id = self._reminder_paper()
        if paper_id is not None:
            show_pdf(ops.reminder_pdf(self.store, paper_id), self.tr("Reminder letter"), "cong_van_don_doc.pdf", self)

    def issue_reminder(self) -> None:
        """Number from the outgoing register, archived PDF, lock — then the issued letter."""
        if not prompts.confirm(self, self.tr("Issue the reminder"),
                               self.tr("Give the reminder the next number of the outgoing register and lock it?"),
                               destructive=False):
            return
        paper_id = self._reminder_paper()
        if paper_id is None:
            return
        entries = []
        if self._run(lambda: entries.append(ops.issue_reminder(self.store, paper_id, self.today()))):
            show_pdf(ops.reminder_pdf(self.store, paper_id), self.tr("Reminder letter"),
                     f"cong_van_don_doc_{entries[0].number}.pdf", self)

    def print_list(self) -> None:
        """The deadlines of the period shown as a table (the list attached to a công văn)."""
        first, last = self.period()
        data: list[bytes] = []
        if self._run(lambda: data.append(ops.deadline_list_pdf(self.store, first, last, today=self.today()))):
            show_pdf(data[0], self.tr("Deadline list"), "lich_han.pdf", self)

    def take_from_plan(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        from thiduadesk.ops import plans

        found = plans.list_plans(self.store)
        if not found:
            prompts.inform(self, self.tr("Deadlines"), self.tr("There is no plan yet."))
            return
        labels = [f"{p.number_and_symbol or self.tr('draft')} — {p.title}" for p in found]
        label, ok = QInputDialog.getItem(self, self.tr("Take deadlines from a plan"), self.tr("Plan:"), labels, 0, False)
        if ok:
            self.offer_plan(found[labels.index(label)].id)

    def offer_plan(self, plan_id: int, *, quiet: bool = False) -> list[int]:
        """A plan's timetable rows and deadline sentences in the confirm list; the kept ones go to
        the calendar and follow the plan from then on. ``quiet`` (right after a plan import, the
        main window calls it): a plan with none, or already on the calendar, shows nothing."""
        from thiduadesk.ops import plans

        plan = plans.get(self.store, plan_id)
        found = ops.proposed_from_plan(plan)
        if quiet and (not found or ops.plan_on_calendar(self.store, plan_id)):
            return []
        if not found:
            prompts.inform(self, self.tr("Deadlines"), self.tr("No deadline or milestone was found in this plan."))
            return []
        dialog = ConfirmDeadlinesDialog(found, plan.title, self)
        if not dialog.exec():
            return []
        ids: list[int] = []
        self._run(lambda: ids.extend(ops.take_from_plan(self.store, plan_id, dialog.chosen() or [])))
        self.refresh()
        return ids

    def export_ics(self) -> None:
        path = prompts.save_file(self, self.tr("Export deadlines"), "lich_han.ics", self.tr("Calendar files (*.ics)"))
        if path:
            self._run(lambda: ops.export_ics(self.store, path))

    def read_from_file(self) -> None:
        path = prompts.open_file(self, self.tr("Read deadlines from a plan or a letter"),
                                 self.tr("Documents (*.pdf *.docx *.txt *.md)"))
        if path:
            self.offer(path)

    def offer(self, path: str) -> list[int]:
        """The deadlines found in ``path`` in the confirm list; the kept ones go to the calendar."""
        from pathlib import Path

        found: list = []
        if not self._run(lambda: found.extend(ops.proposed_from_file(path, store=self.store))):
            return []
        if not found:
            prompts.inform(self, self.tr("Deadlines"), self.tr("No deadline or milestone was found in this file."))
            return []
        dialog = ConfirmDeadlinesDialog(found, Path(path).name, self)
        if not dialog.exec():
            return []
        ids: list[int] = []
        self._run(lambda: ids.extend(ops.add_many(self.store, dialog.chosen() or [])))
        self.refresh()
        return ids

    # -- by hand (TabPage hooks: Ctrl+N, Del) ---------------------------------------------------

    def new_item(self, yearly: bool = False) -> None:
        """A deadline by hand on the chosen day (Ctrl+N); ``yearly``: one that comes back every
        year (20/11), put on the calendar for each year up to the one chosen."""
        from thiduadesk.domain.schedule import BY_HAND, COMMEMORATION, OTHER, Deadline
        from thiduadesk.ui.calendar.edit import DeadlineDialog

        day = pydate(self.calendar.selectedDate())
        template = Deadline(day.isoformat(), "", COMMEMORATION if yearly else OTHER, source=BY_HAND)
        dialog = DeadlineDialog(template, ops.audience_units(self.store), self, yearly=yearly)
        if not dialog.exec():
            return
        new: list[int] = []
        years = dialog.repeat_years
        if years:
            action = lambda: new.extend(ops.add_every_year(self.store, dialog.deadline, years))  # noqa: E731
        else:
            action = lambda: new.append(ops.add(self.store, dialog.deadline))  # noqa: E731
        if self._run(action):
            self.refresh()
            self._load_list(new[0])

    def edit_selected(self) -> None:
        from thiduadesk.ui.calendar.edit import DeadlineDialog

        s = self.selected_status()
        if s is None:
            return
        dialog = DeadlineDialog(s.deadline, ops.audience_units(self.store), self)
        if dialog.exec() and self._run(lambda: ops.update(self.store, dialog.deadline)):
            self.refresh()

    def delete_selected(self) -> None:
        """Take the chosen deadline off the calendar (a plan's stays dropped when the plan changes)."""
        s = self.selected_status()
        if s is None or not prompts.confirm(self, self.tr("Remove deadline"),
                                            self.tr("Take «%1» off the calendar?").replace("%1", s.deadline.title)):
            return
        if self._run(lambda: ops.drop(self.store, s.deadline.id)):
            self.refresh()

    # -- TabPage -------------------------------------------------------------------------------

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("calendar/splitter", self.splitter.saveState())
        settings.setValue("calendar/mode", self.mode.currentData())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("calendar/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        index = self.mode.findData(settings.value("calendar/mode", MONTH))
        if index >= 0:
            self.mode.setCurrentIndex(index)

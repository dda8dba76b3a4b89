"""The days off of one year: the public holidays (``holidays`` package, Vietnamese names), the
days the government swaps, and the clerk's own changes — a day off added, a holiday worked, a
make-up working Saturday. Working-day counts and the Điều 148 move use them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from thiduadesk.domain.dates import screen_date
from thiduadesk.ops import deadlines as ops
from thiduadesk.ops.errors import USER_ERRORS
from thiduadesk.ui import prompts


class DaysOffDialog(QDialog):
    def __init__(self, store, year: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("daysOffDialog")
        self.setWindowTitle(self.tr("Days off"))
        self.resize(560, 520)
        self.store = store
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:")))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.year.valueChanged.connect(lambda *_: self.load())
        top.addWidget(self.year)
        top.addStretch(1)
        layout.addLayout(top)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("daysOffTable")
        self.table.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Name")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemSelectionChanged.connect(self._on_row)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.day = QDateEdit(QDate(year, 1, 1))
        self.day.setObjectName("dayEdit")
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setCalendarPopup(True)
        row.addWidget(self.day)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name of the day off"))
        row.addWidget(self.name, 1)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.off_button = QPushButton(self.tr("Day off"))
        self.off_button.clicked.connect(lambda: self._set("off"))
        self.work_button = QPushButton(self.tr("Working day"))
        self.work_button.clicked.connect(self._set_working)
        self.reset_button = QPushButton(self.tr("As officially"))
        self.reset_button.clicked.connect(lambda: self._set(None))
        for b in (self.off_button, self.work_button, self.reset_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)
        self.load()

    def load(self) -> None:
        self.days = ops.days_off(self.store, self.year.value())
        self.table.setRowCount(len(self.days))
        for row, (day, name) in enumerate(self.days):
            weekday = QLocale().dayName(day.weekday() + 1, QLocale.FormatType.ShortFormat)  # the app's language
            self.table.setItem(row, 0, QTableWidgetItem(f"{weekday} {screen_date(day)}"))
            self.table.setItem(row, 1, QTableWidgetItem(name))

    def _on_row(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            day = self.days[rows[0].row()][0]
            self.day.setDate(QDate(day.year, day.month, day.day))

    def chosen_day(self) -> dt.date:
        d = self.day.date()
        return dt.date(d.year(), d.month(), d.day())

    def _set(self, change: str | None) -> None:
        try:
            ops.set_day(self.store, self.chosen_day(), change, self.name.text().strip() or self.tr("Day off"))
        except USER_ERRORS as exc:
            prompts.warn(self, self.tr("Days off"), exc.message)
        if self.chosen_day().year != self.year.value():
            self.year.setValue(self.chosen_day().year)
        self.load()

    def _set_working(self) -> None:
        self._set("work" if self.chosen_day().weekday() >= 5 else "not_off")

"""A deadline entered or changed by hand: its day (or month), title, kind, who must submit it (all
units, a level, a cluster, the office itself, or units ticked in a list), a note, and for a new
one whether it comes back every year on that day (20/11)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from thiduadesk.domain.dates import screen_date
from thiduadesk.domain.model import LEVEL_LABELS_VI, Unit
from thiduadesk.domain.schedule import (
    ALL,
    BY_HAND,
    CLUSTER,
    DEADLINE_KINDS,
    KIND_LABELS_VI,
    LEVEL,
    LISTED,
    OFFICE,
    Audience,
    Deadline,
)
from thiduadesk.domain.text import fold
from thiduadesk.ui.calendar.confirm import parse_due

YEARS_AHEAD = 4  # a yearly date is put on the calendar for this year and the next four by default


class UnitPicker(QWidget):
    """The units a deadline asks, ticked in a list (with a filter that ignores diacritics)."""

    def __init__(self, units: list[Unit], chosen: list[int], parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setObjectName("unitFilter")
        self.filter.setPlaceholderText(self.tr("Filter units…"))
        self.filter.textChanged.connect(self._apply_filter)
        top.addWidget(self.filter, 1)
        self.count = QLabel()
        self.count.setObjectName("unitCount")
        top.addWidget(self.count)
        layout.addLayout(top)
        self.list = QListWidget()
        self.list.setObjectName("unitList")
        self.list.setMinimumHeight(160)
        wanted = set(chosen)
        for u in units:
            item = QListWidgetItem(u.name)
            item.setData(Qt.ItemDataRole.UserRole, u.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if u.id in wanted else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemChanged.connect(lambda *_: self._show_count())
        layout.addWidget(self.list)
        self._show_count()

    def _apply_filter(self, text: str) -> None:
        key = fold(text.strip())
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(key) and key not in fold(item.text()))

    def _show_count(self) -> None:
        self.count.setText(self.tr("%1 of %2 chosen").replace("%1", str(len(self.chosen())))
                           .replace("%2", str(self.list.count())))

    def chosen(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, unit_id: int, checked: bool = True) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == unit_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class DeadlineDialog(QDialog):
    """``units``: the units a deadline can ask (ops.deadlines.audience_units). ``yearly``: open
    with "every year" ticked. After ``exec()``: :attr:`deadline`, and :attr:`repeat_years` —
    the years of a yearly date, or None."""

    def __init__(self, deadline: Deadline | None, units: list[Unit], parent: QWidget | None = None, *,
                 yearly: bool = False):
        super().__init__(parent)
        self.setObjectName("deadlineDialog")
        self.deadline = deadline or Deadline("", "", source=BY_HAND)
        editing = self.deadline.id is not None
        self.setWindowTitle(self.tr("Deadline") if editing else self.tr("Yearly date") if yearly
                            else self.tr("New deadline"))
        self.repeat_years: list[int] | None = None
        form = QFormLayout(self)
        self.due = QLineEdit(screen_date(self.deadline.due) if self.deadline.due else "")
        self.due.setObjectName("dueEdit")
        self.due.setPlaceholderText(self.tr("dd/MM/yyyy, or MM/yyyy for a month"))
        form.addRow(self.tr("Due:"), self.due)
        self.title = QLineEdit(self.deadline.title)
        self.title.setObjectName("titleEdit")
        form.addRow(self.tr("Title:"), self.title)
        self.kind = QComboBox()
        self.kind.setObjectName("kindBox")
        for k in DEADLINE_KINDS:
            self.kind.addItem(KIND_LABELS_VI[k], k)
        self.kind.setCurrentIndex(max(0, self.kind.findData(self.deadline.kind)))
        form.addRow(self.tr("Kind:"), self.kind)
        self.audience = QComboBox()
        self.audience.setObjectName("audienceBox")
        self.audience.addItem(self.tr("All units"), f"{ALL}|")
        for code, label in LEVEL_LABELS_VI.items():
            self.audience.addItem(label, f"{LEVEL}|{code}")
        for name in sorted({u.cluster for u in units if u.cluster}):
            self.audience.addItem(name, f"{CLUSTER}|{name}")
        self.audience.addItem(self.tr("Units chosen in the list"), f"{LISTED}|")
        self.audience.addItem(self.tr("The office itself (no unit submits)"), f"{OFFICE}|")
        a = self.deadline.audience
        index = self.audience.findData(f"{a.scope}|{a.value if a.scope in (LEVEL, CLUSTER) else ''}")
        self.audience.setCurrentIndex(max(0, index))
        form.addRow(self.tr("Who must submit:"), self.audience)
        self.picker = UnitPicker(units, a.unit_ids if a.scope == LISTED else [], self)
        self.picker.setObjectName("unitPicker")
        form.addRow(self.picker)
        self.audience.currentIndexChanged.connect(lambda *_: self._show_picker())
        self.repeat = QCheckBox(self.tr("Every year on this day, until"))
        self.repeat.setObjectName("repeatYearly")
        self.until = QSpinBox()
        self.until.setObjectName("repeatUntil")
        self.until.setRange(2000, 2100)
        start = self._due_year() or dt.date.today().year
        self.until.setValue(start + YEARS_AHEAD)
        row = QHBoxLayout()
        row.addWidget(self.repeat)
        row.addWidget(self.until)
        row.addStretch(1)
        self.repeat_row = QWidget()
        self.repeat_row.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Repeats:"), self.repeat_row)
        self.repeat.toggled.connect(self.until.setEnabled)
        self.repeat.setChecked(yearly)
        self.until.setEnabled(yearly)
        self.repeat_row.setVisible(not editing)  # one year's deadline is changed on its own
        form.labelForField(self.repeat_row).setVisible(not editing)
        self.note = QLineEdit(self.deadline.note)
        form.addRow(self.tr("Note:"), self.note)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setStyleSheet("color: #b3261e")
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._show_picker()

    def _due_year(self) -> int | None:
        due = parse_due(self.due.text())
        return int(due[:4]) if due else None

    def _show_picker(self) -> None:
        self.picker.setVisible(self.audience.currentData().startswith(f"{LISTED}|"))

    def accept(self) -> None:
        due = parse_due(self.due.text())
        if not due:
            self.error.setText(self.tr("The date is not a day (dd/MM/yyyy) or a month (MM/yyyy)."))
            return
        if not self.title.text().strip():
            self.error.setText(self.tr("Write what is due."))
            return
        scope, value = self.audience.currentData().split("|", 1)
        chosen = self.picker.chosen()
        if scope == LISTED and not chosen:
            self.error.setText(self.tr("Tick at least one unit in the list."))
            return
        repeat = self.repeat.isChecked() and self.repeat_row.isVisibleTo(self)
        if repeat and len(due) != 10:
            self.error.setText(self.tr("A yearly date is a day (dd/MM/yyyy), not a month."))
            return
        if repeat and self.until.value() < int(due[:4]):
            self.error.setText(self.tr("The last year comes before the first."))
            return
        d = self.deadline
        d.due, d.title, d.note = due, self.title.text().strip(), self.note.text().strip()
        d.kind = self.kind.currentData()
        d.audience = Audience(scope, value, chosen if scope == LISTED else [])
        self.repeat_years = list(range(int(due[:4]), self.until.value() + 1)) if repeat else None
        super().accept()

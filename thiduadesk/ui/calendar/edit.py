"""A deadline entered or changed by hand: its day (or month), title, kind, who must submit it and
a note."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from thiduadesk.domain.dates import screen_date
from thiduadesk.domain.model import LEVEL_LABELS_VI
from thiduadesk.domain.schedule import (
    ALL,
    BY_HAND,
    CLUSTER,
    DEADLINE_KINDS,
    KIND_LABELS_VI,
    LEVEL,
    LISTED,
    Audience,
    Deadline,
)
from thiduadesk.ui.calendar.confirm import parse_due


class DeadlineDialog(QDialog):
    def __init__(self, deadline: Deadline | None, clusters: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("deadlineDialog")
        self.setWindowTitle(self.tr("Deadline") if deadline and deadline.id else self.tr("New deadline"))
        self.deadline = deadline or Deadline("", "", source=BY_HAND)
        form = QFormLayout(self)
        self.due = QLineEdit(screen_date(self.deadline.due) if self.deadline.due else "")
        self.due.setObjectName("dueEdit")
        self.due.setPlaceholderText(self.tr("dd/MM/yyyy, or MM/yyyy for a month"))
        form.addRow(self.tr("Due:"), self.due)
        self.title = QLineEdit(self.deadline.title)
        self.title.setObjectName("titleEdit")
        form.addRow(self.tr("Title:"), self.title)
        self.kind = QComboBox()
        for k in DEADLINE_KINDS:
            self.kind.addItem(KIND_LABELS_VI[k], k)
        self.kind.setCurrentIndex(max(0, self.kind.findData(self.deadline.kind)))
        form.addRow(self.tr("Kind:"), self.kind)
        self.audience = QComboBox()
        self.audience.setObjectName("audienceBox")
        self.audience.addItem(self.tr("All units"), f"{ALL}|")
        for code, label in LEVEL_LABELS_VI.items():
            self.audience.addItem(label, f"{LEVEL}|{code}")
        for name in clusters:
            self.audience.addItem(name, f"{CLUSTER}|{name}")
        a = self.deadline.audience
        if a.scope == LISTED:
            self.audience.addItem(self.tr("The %1 units chosen").replace("%1", str(len(a.unit_ids))), f"{LISTED}|")
        index = self.audience.findData(f"{a.scope}|{a.value}")
        self.audience.setCurrentIndex(max(0, index))
        form.addRow(self.tr("Who must submit:"), self.audience)
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

    def accept(self) -> None:
        due = parse_due(self.due.text())
        if not due:
            self.error.setText(self.tr("The date is not a day (dd/MM/yyyy) or a month (MM/yyyy)."))
            return
        if not self.title.text().strip():
            self.error.setText(self.tr("Write what is due."))
            return
        d = self.deadline
        d.due, d.title, d.note = due, self.title.text().strip(), self.note.text().strip()
        d.kind = self.kind.currentData()
        scope, value = self.audience.currentData().split("|", 1)
        d.audience = Audience(scope, value) if scope != d.audience.scope or value != d.audience.value else d.audience
        super().accept()

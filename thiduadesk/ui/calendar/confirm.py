"""The deadlines found in a plan or a received letter, offered in a list to confirm, change or
drop before they go to the calendar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from thiduadesk.domain.date_finder import find_dates
from thiduadesk.domain.dates import screen_date
from thiduadesk.domain.model import LEVEL_LABELS_VI
from thiduadesk.domain.schedule import CLUSTER, LEVEL, LISTED, OFFICE, Audience, Deadline

KEEP, DATE, TITLE, WHO = range(4)


def audience_label(a: Audience) -> str:
    """Who must submit, in words: "All units", "Tiểu học", a cluster, "3 units", "The office itself"."""
    if a.scope == OFFICE:
        return QCoreApplication.translate("ConfirmDeadlinesDialog", "The office itself")
    if a.scope == LEVEL:
        return LEVEL_LABELS_VI.get(a.value, a.value)
    if a.scope == CLUSTER:
        return a.value
    if a.scope == LISTED:
        return QCoreApplication.translate("ConfirmDeadlinesDialog", "%1 units chosen").replace(
            "%1", str(len(a.unit_ids)))
    return QCoreApplication.translate("ConfirmDeadlinesDialog", "All units")


def parse_due(text: str) -> str:
    """'25/01/2024' → '2024-01-25', '03/2022' → '2022-03'; '' when it is no date."""
    found = find_dates(text.strip(), cell=True)
    return found[0].iso if len(found) == 1 else ""


class ConfirmDeadlinesDialog(QDialog):
    def __init__(self, items: list[Deadline], source_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("confirmDeadlinesDialog")
        self.setWindowTitle(self.tr("Deadlines found"))
        self.resize(860, 480)
        self.items = items
        layout = QVBoxLayout(self)
        self.info = QLabel(self.tr("Deadlines and milestones found in «%1». Untick what should not go to the "
                                   "calendar; dates and titles can be changed.").replace("%1", source_name))
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.table = QTableWidget(len(items), 4, self)
        self.table.setObjectName("foundTable")
        self.table.setHorizontalHeaderLabels([self.tr("Keep"), self.tr("Due"), self.tr("Title"),
                                              self.tr("Who must submit")])
        self.table.horizontalHeader().setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, d in enumerate(items):
            keep = QTableWidgetItem()
            keep.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            keep.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(row, KEEP, keep)
            self.table.setItem(row, DATE, QTableWidgetItem(screen_date(d.due)))
            self.table.setItem(row, TITLE, QTableWidgetItem(d.title))
            who = QTableWidgetItem(audience_label(d.audience))
            who.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, WHO, who)
        layout.addWidget(self.table, 1)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setStyleSheet("color: #b3261e")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[Deadline] | None:
        """The kept deadlines as changed; None (and a message) while a date cannot be read."""
        out = []
        for row, d in enumerate(self.items):
            if self.table.item(row, KEEP).checkState() != Qt.CheckState.Checked:
                continue
            due = parse_due(self.table.item(row, DATE).text())
            if not due:
                self.error.setText(self.tr("Row %1: the date is not a day (dd/MM/yyyy) or a month (MM/yyyy).")
                                   .replace("%1", str(row + 1)))
                return None
            d.due, d.title = due, self.table.item(row, TITLE).text().strip() or d.title
            out.append(d)
        return out

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()

"""The start-up panel of the Lịch hạn tab: what is overdue, due today and due in the next 7 days —
a panel at the top of the tab, not a modal box; an item goes to its deadline."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from thiduadesk.domain.dates import screen_date
from thiduadesk.ops import deadlines as ops
from thiduadesk.ui.calendar.month import COLOURS, progress_label


class StartupPanel(QFrame):
    """What is overdue, due today and due in the next 7 days, at the top of the tab."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("startupPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("startupSummary")
        top.addWidget(self.summary, 1)
        self.hide_button = QToolButton()
        self.hide_button.setText(self.tr("Hide"))
        self.hide_button.clicked.connect(self.hide)
        top.addWidget(self.hide_button)
        layout.addLayout(top)
        self.list = QListWidget()
        self.list.setObjectName("startupList")
        self.list.setMaximumHeight(110)
        layout.addWidget(self.list)

    def show_summary(self, summary: ops.StartupSummary) -> None:
        self.summary.setText(
            self.tr("Overdue: %1 · due today: %2 · next 7 days: %3")
            .replace("%1", str(len(summary.overdue))).replace("%2", str(len(summary.today)))
            .replace("%3", str(len(summary.next_days)))
        )
        self.list.clear()
        groups = ((summary.overdue, self.tr("Overdue")), (summary.today, self.tr("Today")),
                  (summary.next_days, self.tr("Next 7 days")))
        for items, label in groups:
            for s in items:
                item = QListWidgetItem(f"{label} — {screen_date(s.deadline.due)} — {s.deadline.title} ({progress_label(s)})")
                item.setData(Qt.ItemDataRole.UserRole, s.deadline.id)
                item.setForeground(COLOURS[s.status].darker(120))
                self.list.addItem(item)
        self.list.setVisible(not summary.empty)

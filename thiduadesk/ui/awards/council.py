"""The council's step: the votes of a meeting for the chosen proposals, and the decision that
confers them (its number and date; the conferred awards become next years' history)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class VotesDialog(QDialog):
    """Votes in favour out of ALL council members (the threshold is a share of all members)."""

    def __init__(self, count: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("votesDialog")
        self.setWindowTitle(self.tr("Council votes"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Votes of the emulation and commendation council for %1 proposals. The "
                               "threshold counts all members of the council, present or not.").replace("%1", str(count)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.total_spin = QSpinBox(objectName="votesTotal", minimum=1, maximum=99, value=9)
        self.for_spin = QSpinBox(objectName="votesFor", minimum=0, maximum=99, value=9)
        self.total_spin.valueChanged.connect(self._keep_within)
        form.addRow(self.tr("Council members:"), self.total_spin)
        form.addRow(self.tr("Votes in favour:"), self.for_spin)
        layout.addLayout(form)
        self.buttons = _buttons(self)
        layout.addWidget(self.buttons)

    def _keep_within(self, total: int) -> None:
        self.for_spin.setMaximum(total)

    def votes_for(self) -> int:
        return self.for_spin.value()

    def votes_total(self) -> int:
        return self.total_spin.value()


class DecisionDialog(QDialog):
    def __init__(self, count: int, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("decisionDialog")
        self.setWindowTitle(self.tr("Record decision"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The decision that confers the %1 chosen proposals. They are marked decided and "
                               "kept as awards conferred, which the rules of the next years read.")
                       .replace("%1", str(count)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.number_edit = QLineEdit(objectName="decisionNumber")
        self.number_edit.setPlaceholderText(self.tr("e.g. 1234/QĐ-UBND"))
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day), objectName="decisionDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        form.addRow(self.tr("Decision number:"), self.number_edit)
        form.addRow(self.tr("Date:"), self.date_edit)
        layout.addLayout(form)
        self.error_label = QLabel(objectName="decisionError")
        self.error_label.setStyleSheet("color: #b71c1c")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = _buttons(self)
        layout.addWidget(self.buttons)
        self.number_edit.textChanged.connect(lambda _t: self.error_label.hide())

    def accept(self) -> None:
        if not self.number().strip():
            self.error_label.setText(self.tr("Enter the decision's number."))
            self.error_label.show()
            self.number_edit.setFocus()
            return
        super().accept()

    def number(self) -> str:
        return self.number_edit.text().strip()

    def date_iso(self) -> str:
        return self.date_edit.date().toString("yyyy-MM-dd")

"""Dialogs of the Kế hoạch tab: new plan from a template, issuing a plan."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from thiduadesk.domain.numbering import format_number
from thiduadesk.domain.plan import Plan
from thiduadesk.domain.templates import TEMPLATES
from thiduadesk.ops import register as register_ops
from thiduadesk.ui.plans.labels import template_label

BLANK_TEMPLATE = ""


def run_dialog(dialog: QDialog) -> bool:
    """Show a modal dialog; True when accepted. Tests replace this to drive the dialog."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def today() -> dt.date:
    return dt.date.today()


class NewPlanDialog(QDialog):
    """Choose a template (or a blank plan) and the year the plan is for."""

    def __init__(self, parent: QWidget | None = None, year: int | None = None):
        super().__init__(parent)
        self.setObjectName("newPlanDialog")
        self.setWindowTitle(self.tr("New plan"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Start from:")))
        self.template_list = QListWidget()
        self.template_list.setObjectName("templateList")
        for template in TEMPLATES:
            item = QListWidgetItem(template_label(template.key, template.name))
            item.setData(Qt.ItemDataRole.UserRole, template.key)
            item.setToolTip(template.name)
            self.template_list.addItem(item)
        blank = QListWidgetItem(self.tr("Blank plan"))
        blank.setData(Qt.ItemDataRole.UserRole, BLANK_TEMPLATE)
        self.template_list.addItem(blank)
        self.template_list.setCurrentRow(0)
        self.template_list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.template_list)
        form = QFormLayout()
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("yearSpin")
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(year or today().year)
        form.addRow(self.tr("Plan for the year:"), self.year_spin)
        layout.addLayout(form)
        note = QLabel(self.tr("Years, the school year and the office's name are filled in; number and day stay "
                              "blank until the plan is issued."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choose(self, key: str) -> None:
        for row in range(self.template_list.count()):
            if self.template_list.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.template_list.setCurrentRow(row)
                return
        raise KeyError(key)

    def template_key(self) -> str:
        item = self.template_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else BLANK_TEMPLATE

    def year(self) -> int:
        return self.year_spin.value()


class IssueDialog(QDialog):
    """Issue date, copies and file copy; shows the number the plan will take from the register."""

    def __init__(self, plan: Plan, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("issueDialog")
        self.setWindowTitle(self.tr("Issue plan"))
        self.setMinimumWidth(500)
        self.plan = plan
        self.store = store
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Issuing gives the plan the next number of the outgoing register and the date below, "
                               "keeps the PDF exactly as printed and locks the plan. Later changes need a new "
                               "version."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        title = QLabel(plan.title)
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: bold;")
        layout.addWidget(title)
        form = QFormLayout()
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("issueDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        d = today()
        self.date_edit.setDate(QDate(d.year, d.month, d.day))
        self.date_edit.dateChanged.connect(self._update_number)
        form.addRow(self.tr("Date:"), self.date_edit)
        self.number_label = QLabel()
        self.number_label.setObjectName("issueNumber")
        self.number_label.setStyleSheet("font-weight: bold; font-size: 120%;")
        form.addRow(self.tr("Number:"), self.number_label)
        self.copies_spin = QSpinBox()
        self.copies_spin.setObjectName("copiesSpin")
        self.copies_spin.setRange(0, 999)
        self.copies_spin.setSpecialValueText(self.tr("not recorded"))
        form.addRow(self.tr("Copies:"), self.copies_spin)
        self.file_copy_edit = QLineEdit("VT")
        self.file_copy_edit.setObjectName("fileCopyEdit")
        self.file_copy_edit.setPlaceholderText(self.tr("who keeps the file copy, e.g. VT, TĐKT"))
        form.addRow(self.tr("File copy kept by:"), self.file_copy_edit)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Issue"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_number()

    def issue_date(self) -> dt.date:
        q = self.date_edit.date()
        return dt.date(q.year(), q.month(), q.day())

    def number(self) -> int:
        return register_ops.next_number(self.store, self.issue_date().year, self.plan.doc_type)

    def number_text(self) -> str:
        return f"{format_number(self.number())}/{self.plan.symbol}"

    def _update_number(self) -> None:
        self.number_label.setText(self.number_text())

    def copies(self) -> int | None:
        return self.copies_spin.value() or None

    def file_copy(self) -> str:
        return self.file_copy_edit.text().strip()

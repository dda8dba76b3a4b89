"""Add/edit dialogs for a unit and for a person. They save through the repository themselves and
stay open with the message when the input is refused, so nothing typed is lost."""

from __future__ import annotations

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from thiduadesk.domain.contacts import email_ok, phone_ok
from thiduadesk.domain.model import Person, Unit
from thiduadesk.ops import units as units_ops
from thiduadesk.store.errors import StoreError
from thiduadesk.store.units import UnitRepository
from thiduadesk.ui.labels import gender_label, level_choices
from thiduadesk.ui.widgets.field_checks import FieldChecks, phone_message
from thiduadesk.ui.widgets.guarded_dialog import GuardedDialog


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020; font-weight: bold;")
    label.hide()
    return label


class UnitDialog(GuardedDialog):
    def __init__(self, repo: UnitRepository, unit: Unit | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.repo = repo
        self.unit = unit
        self.saved_id: int | None = None
        self.setObjectName("unitDialog")
        self.setWindowTitle(self.tr("New unit") if unit is None else self.tr("Edit unit"))
        self.setMinimumWidth(520)
        start = unit if unit is not None else Unit(name="", level="tieu_hoc")

        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit(start.name)
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setPlaceholderText(self.tr("e.g. Trường THCS Đức Thắng"))
        form.addRow(self.tr("Unit name *:"), self.name_edit)

        self.level_combo = QComboBox()
        self.level_combo.setObjectName("levelCombo")
        for code, label in level_choices():
            self.level_combo.addItem(label, code)
        self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(start.level)))
        form.addRow(self.tr("Level:"), self.level_combo)

        self.cluster_combo = QComboBox()
        self.cluster_combo.setObjectName("clusterCombo")
        self.cluster_combo.setEditable(True)
        self.cluster_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.cluster_combo.addItem("")
        self.cluster_combo.addItems(repo.clusters())
        self.cluster_combo.setEditText(start.cluster)
        self.cluster_combo.lineEdit().setPlaceholderText(self.tr("choose or type, e.g. Cụm 1"))
        form.addRow(self.tr("Emulation cluster:"), self.cluster_combo)

        self.head_edit = QLineEdit(start.head_name)
        self.head_edit.setObjectName("headEdit")
        form.addRow(self.tr("Principal:"), self.head_edit)
        self.phone_edit = QLineEdit(start.phone)
        self.phone_edit.setObjectName("phoneEdit")
        form.addRow(self.tr("Phone:"), self.phone_edit)
        self.email_edit = QLineEdit(start.email)
        self.email_edit.setObjectName("emailEdit")
        form.addRow(self.tr("Email:"), self.email_edit)
        self.address_edit = QLineEdit(start.address)
        self.address_edit.setObjectName("addressEdit")
        form.addRow(self.tr("Address:"), self.address_edit)
        self.active_check = QCheckBox(self.tr("The unit is active"))
        self.active_check.setObjectName("activeCheck")
        self.active_check.setChecked(start.active)
        form.addRow("", self.active_check)
        layout.addLayout(form)

        self.error_label = _error_label()
        layout.addWidget(self.error_label)
        self.checks = FieldChecks(form, self.error_label, self)
        self.checks.add(self.name_edit, lambda t: "" if t.strip() else self.tr("Please enter the unit name."))
        self.checks.add(self.phone_edit, lambda t: "" if phone_ok(t) else phone_message())
        self.checks.add(self.email_edit,
                        lambda t: "" if email_ok(t) else self.tr("The email address does not look right."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def unit_from_form(self) -> Unit:
        return Unit(
            name=self.name_edit.text(),
            level=self.level_combo.currentData(),
            cluster=self.cluster_combo.currentText(),
            head_name=self.head_edit.text(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            address=self.address_edit.text(),
            active=self.active_check.isChecked(),
            id=self.unit.id if self.unit is not None else None,
        )

    def show_error(self, text: str) -> None:
        self.checks.refused(text)

    def accept(self) -> None:
        if self.checks.run_all():
            return
        if _saved(self, self.unit_from_form(), units_ops.add_unit, units_ops.update_unit):
            super().accept()


def _saved(dialog, record, add, update) -> bool:
    """Add or update ``record`` through its operation; on refusal show why and keep the form open."""
    store = dialog.repo.store
    try:
        if record.id is None:
            dialog.saved_id = add(store, record)
        else:
            update(store, record)
            dialog.saved_id = record.id
    except StoreError as exc:
        dialog.show_error(exc.message)
        return False
    return True


class PersonDialog(GuardedDialog):
    def __init__(self, repo: UnitRepository, unit_id: int, person: Person | None = None,
                 parent: QWidget | None = None, *, unit_name: str = ""):
        super().__init__(parent)
        self.repo = repo
        self.unit_id = unit_id
        self.person = person
        self.saved_id: int | None = None
        self.setObjectName("personDialog")
        self.setWindowTitle(self.tr("New person") if person is None else self.tr("Edit person"))
        self.setMinimumWidth(440)
        start = person if person is not None else Person(full_name="", unit_id=unit_id)

        layout = QVBoxLayout(self)
        if unit_name:
            header = QLabel(self.tr("Unit: %1").replace("%1", unit_name))
            header.setWordWrap(True)
            layout.addWidget(header)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit(start.full_name)
        self.name_edit.setObjectName("fullNameEdit")
        self.name_edit.setPlaceholderText(self.tr("e.g. Nguyễn Thị Hoa"))
        form.addRow(self.tr("Full name *:"), self.name_edit)
        self.gender_combo = QComboBox()
        self.gender_combo.setObjectName("genderCombo")
        self.gender_combo.addItem("", "")
        for code in ("nam", "nu"):
            self.gender_combo.addItem(gender_label(code), code)
        self.gender_combo.setCurrentIndex(max(0, self.gender_combo.findData(start.gender)))
        form.addRow(self.tr("Gender:"), self.gender_combo)
        self.position_edit = QLineEdit(start.position)
        self.position_edit.setObjectName("positionEdit")
        self.position_edit.setPlaceholderText(self.tr("e.g. Giáo viên, Phó Hiệu trưởng"))
        form.addRow(self.tr("Position:"), self.position_edit)
        self.birth_edit = QLineEdit(str(start.birth_year) if start.birth_year else "")
        self.birth_edit.setObjectName("birthYearEdit")
        self.birth_edit.setValidator(QIntValidator(0, 2100, self))
        self.birth_edit.setMaxLength(4)
        self.birth_edit.setPlaceholderText(self.tr("year, e.g. 1985"))
        form.addRow(self.tr("Year of birth:"), self.birth_edit)
        layout.addLayout(form)

        self.error_label = _error_label()
        layout.addWidget(self.error_label)
        self.checks = FieldChecks(form, self.error_label, self)
        self.checks.add(self.name_edit, lambda t: "" if t.strip() else self.tr("Please enter the full name."))
        self.checks.add(self.birth_edit, lambda t: "" if not t.strip() or 1900 <= int(t) <= 2100 else
                        self.tr("The year of birth must be a four-digit year, e.g. 1985."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def show_error(self, text: str) -> None:
        self.checks.refused(text)

    def accept(self) -> None:
        if self.checks.run_all():
            return
        name = self.name_edit.text()
        year_text = self.birth_edit.text().strip()
        year = int(year_text) if year_text else None
        person = Person(
            full_name=name,
            unit_id=self.unit_id,
            gender=self.gender_combo.currentData() or "",
            position=self.position_edit.text(),
            birth_year=year,
            id=self.person.id if self.person is not None else None,
        )
        if _saved(self, person, units_ops.add_person, units_ops.update_person):
            super().accept()

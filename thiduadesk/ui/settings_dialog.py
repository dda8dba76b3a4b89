"""The office profile: who the office is and who signs. Shown at first run and from Cài đặt."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from thiduadesk.domain.contacts import email_ok, phone_ok
from thiduadesk.domain.model import OfficeProfile
from thiduadesk.ops import profile as profile_ops
from thiduadesk.store.db import Store
from thiduadesk.store.errors import StoreError
from thiduadesk.ui.widgets.field_checks import FieldChecks, phone_message
from thiduadesk.ui.widgets.guarded_dialog import GuardedDialog

# What a new office starts with: the parts that are the same in every district.
FIRST_RUN_DEFAULTS = OfficeProfile(
    governing_body="",
    office_name="PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
    symbol="PGDĐT",
    place="",
    head_title="Trưởng phòng",
    head_name="",
    deputy_title="Phó Trưởng phòng",
    deputies=[],
)

_FIELDS = (
    "governing_body",
    "office_name",
    "symbol",
    "place",
    "head_title",
    "head_name",
    "deputy_title",
    "email",
    "phone",
    "address",
    "archive_unit",
)


class OfficeProfileDialog(GuardedDialog):
    """Edits the office profile; saves through ``ops.profile.save`` and stays open on a refusal."""

    def __init__(self, store: Store, profile: OfficeProfile | None, parent: QWidget | None = None,
                 *, first_run: bool = False):
        super().__init__(parent)
        self.store = store
        self.saved_profile: OfficeProfile | None = None
        self.setObjectName("officeProfileDialog")
        self.setWindowTitle(self.tr("Office information"))
        self.setMinimumWidth(560)
        start = profile if profile is not None else FIRST_RUN_DEFAULTS

        layout = QVBoxLayout(self)
        if first_run:
            intro = QLabel(
                self.tr(
                    "Welcome to ThiDuaDesk. Please enter your office's details once: they are printed "
                    "on every plan, list and decision. You can change them later under Settings."
                )
            )
            intro.setObjectName("firstRunIntro")
            intro.setWordWrap(True)
            layout.addWidget(intro)
            layout.addSpacing(8)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.edits: dict[str, QLineEdit] = {}

        def line(name: str, label: str, placeholder: str = "") -> QLineEdit:
            edit = QLineEdit(getattr(start, name))
            edit.setObjectName(name + "Edit")
            if placeholder:
                edit.setPlaceholderText(placeholder)
            self.edits[name] = edit
            form.addRow(label, edit)
            return edit

        line("governing_body", self.tr("Governing body:"), self.tr("e.g. UBND QUẬN NAM TỪ LIÊM"))
        line("office_name", self.tr("Office name *:"), self.tr("e.g. PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"))
        line("symbol", self.tr("Abbreviation *:"), self.tr("used in document numbers, e.g. PGDĐT"))
        line("place", self.tr("Place name *:"), self.tr("printed before the date, e.g. Nam Từ Liêm"))
        line("head_title", self.tr("Head's title:"))
        line("head_name", self.tr("Head's full name:"))
        line("deputy_title", self.tr("Deputies' title:"))
        self.deputies_edit = QPlainTextEdit("\n".join(start.deputies))
        self.deputies_edit.setObjectName("deputiesEdit")
        self.deputies_edit.setPlaceholderText(self.tr("One full name per line"))
        self.deputies_edit.setTabChangesFocus(True)
        self.deputies_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        form.addRow(self.tr("Deputies:"), self.deputies_edit)
        line("email", self.tr("Email:"))
        line("phone", self.tr("Phone:"))
        line("address", self.tr("Address:"))
        line("archive_unit", self.tr("Filed by (“Lưu:”):"), self.tr("e.g. VT"))
        layout.addLayout(form)

        note = QLabel(self.tr("Fields marked * are required."))
        note.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(note)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.checks = FieldChecks(form, self.error_label, self)
        required = {
            "office_name": self.tr("The office name is required."),
            "symbol": self.tr("The abbreviation is required (it goes into every document number)."),
            "place": self.tr("The place name is required (it is printed before every date)."),
        }
        for name, message in required.items():
            self.checks.add(self.edits[name], lambda text, m=message: "" if text.strip() else m)
        self.checks.add(self.edits["email"], lambda text: "" if email_ok(text) else self.email_message())
        self.checks.add(self.edits["phone"], lambda text: "" if phone_ok(text) else self.phone_message())

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.specimen_button = None
        if not first_run:  # the specimens print the saved details: there are none before the first run
            self.specimen_button = self.buttons.addButton(self.tr("Print specimen papers…"),
                                                          QDialogButtonBox.ButtonRole.ActionRole)
            self.specimen_button.setObjectName("specimenButton")
            self.specimen_button.clicked.connect(self.print_specimens)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def print_specimens(self):
        from thiduadesk.ui.specimen_dialog import print_specimens

        return print_specimens(self.store, self)

    def profile_from_form(self) -> OfficeProfile:
        values = {name: self.edits[name].text() for name in _FIELDS}
        deputies = [line for line in self.deputies_edit.toPlainText().splitlines() if line.strip()]
        return OfficeProfile(**values, deputies=deputies)

    def email_message(self) -> str:
        return self.tr("The email address does not look right.")

    def phone_message(self) -> str:
        return phone_message(self)

    def show_error(self, text: str) -> None:
        self.checks.refused(text)

    def accept(self) -> None:
        if self.checks.run_all():
            return
        try:
            self.saved_profile = profile_ops.save(self.store, self.profile_from_form())
        except StoreError as exc:  # ValidationError and any refusal: keep the form as typed
            self.checks.refused(exc.message)
            return
        super().accept()

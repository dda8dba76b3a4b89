"""Adding a document issued outside the program to the register, or correcting an entry."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from thiduadesk.domain.model import OfficeProfile
from thiduadesk.domain.numbering import DOC_TYPES
from thiduadesk.domain.register import RegisterEntry
from thiduadesk.ops import changes
from thiduadesk.ops import register as register_ops
from thiduadesk.store.db import Store
from thiduadesk.store.errors import StoreError
from thiduadesk.ui.plans import dialogs
from thiduadesk.ui.widgets.guarded_dialog import GuardedDialog


def _qdate(iso: str) -> QDate:
    d = dt.date.fromisoformat(iso)
    return QDate(d.year, d.month, d.day)


def _iso(q: QDate) -> str:
    return dt.date(q.year(), q.month(), q.day()).isoformat()


class EntryDialog(GuardedDialog):
    """Add a document issued outside the program, or correct an entry. For a plan or a paper issued
    by the program only the clerk's columns (sent date, copies, file copy, notes) can change."""

    def __init__(self, store: Store, profile: OfficeProfile | None, entry: RegisterEntry | None = None,
                 year: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("registerEntryDialog")
        self.store = store
        self.profile = profile
        self.entry = entry
        self.saved: RegisterEntry | None = None
        self._number_touched = False
        self._symbol_touched = entry is not None
        self.setWindowTitle(self.tr("Register entry") if entry else self.tr("Add a document to the register"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.type_combo = QComboBox()
        self.type_combo.setObjectName("typeCombo")
        for code, name in DOC_TYPES.items():
            self.type_combo.addItem(f"{name} ({code})" if code != "CV" else name, code)
        self.type_combo.currentIndexChanged.connect(self._on_type)
        form.addRow(self.tr("Type:"), self.type_combo)

        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("dateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.dateChanged.connect(self._update_number)
        form.addRow(self.tr("Date:"), self.date_edit)

        number_row = QHBoxLayout()
        self.number_spin = QSpinBox()
        self.number_spin.setObjectName("numberSpin")
        self.number_spin.setRange(1, 99999)
        self.number_spin.valueChanged.connect(self._on_number_edited)
        self.number_hint = QLabel()
        self.number_hint.setObjectName("numberHint")
        self.number_hint.setStyleSheet("color: palette(placeholder-text);")
        self.symbol_edit = QLineEdit()
        self.symbol_edit.setObjectName("symbolEdit")
        self.symbol_edit.setPlaceholderText(self.tr("e.g. KH-PGDĐT or PGDĐT-TĐKT"))
        self.symbol_edit.textEdited.connect(self._on_symbol_edited)
        number_row.addWidget(self.number_spin)
        number_row.addWidget(QLabel("/"))
        number_row.addWidget(self.symbol_edit, 1)
        form.addRow(self.tr("Number / symbol:"), number_row)
        form.addRow("", self.number_hint)

        self.title_edit = QPlainTextEdit()
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setTabChangesFocus(True)
        self.title_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.title_edit.setPlaceholderText(self.tr("title (trích yếu), e.g. V/v đôn đốc nộp báo cáo sơ kết"))
        form.addRow(self.tr("Title:"), self.title_edit)
        self.signer_edit = QLineEdit()
        self.signer_edit.setObjectName("signerEdit")
        form.addRow(self.tr("Signer:"), self.signer_edit)
        self.recipients_edit = QLineEdit()
        self.recipients_edit.setObjectName("recipientsEdit")
        self.recipients_edit.setPlaceholderText(self.tr("separate with ; e.g. Các trường trực thuộc; Lưu: VT"))
        form.addRow(self.tr("Recipients:"), self.recipients_edit)
        self.file_copy_edit = QLineEdit("VT")
        self.file_copy_edit.setObjectName("fileCopyEdit")
        form.addRow(self.tr("File copy kept by:"), self.file_copy_edit)
        self.copies_spin = QSpinBox()
        self.copies_spin.setObjectName("copiesSpin")
        self.copies_spin.setRange(0, 9999)
        self.copies_spin.setSpecialValueText(self.tr("not recorded"))
        form.addRow(self.tr("Copies:"), self.copies_spin)
        sent_row = QHBoxLayout()
        self.sent_check = QCheckBox(self.tr("Sent on"))
        self.sent_check.setObjectName("sentCheck")
        self.sent_edit = QDateEdit()
        self.sent_edit.setObjectName("sentEdit")
        self.sent_edit.setCalendarPopup(True)
        self.sent_edit.setDisplayFormat("dd/MM/yyyy")
        self.sent_check.toggled.connect(self.sent_edit.setEnabled)
        sent_row.addWidget(self.sent_check)
        sent_row.addWidget(self.sent_edit)
        sent_row.addStretch(1)
        form.addRow(self.tr("Date sent:"), sent_row)
        self.notes_edit = QLineEdit()
        self.notes_edit.setObjectName("notesEdit")
        form.addRow(self.tr("Notes:"), self.notes_edit)
        layout.addLayout(form)

        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self._watch_for_corrections()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill(entry, year)
        if entry is None:  # type, date and number are filled in: the clerk starts with the title
            self.title_edit.setFocus()

    def _fill(self, entry: RegisterEntry | None, year: int | None) -> None:
        today = dialogs.today()
        if entry is None:
            day = today if year in (None, today.year) else dt.date(year, 1, 1)
            self.type_combo.setCurrentIndex(max(0, self.type_combo.findData("CV")))
            self.date_edit.setDate(QDate(day.year, day.month, day.day))
            self.sent_edit.setDate(QDate(day.year, day.month, day.day))
            self.sent_check.setChecked(False)
            self.sent_edit.setEnabled(False)
            self._on_type()
            self._update_number()
            if self.profile is not None:
                self.signer_edit.setText(self.profile.head_name)
            return
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(entry.doc_type)))
        self.date_edit.setDate(_qdate(entry.doc_date))
        self._number_touched = True
        self.number_spin.setValue(entry.number)
        self.symbol_edit.setText(entry.symbol)
        self.title_edit.setPlainText(entry.title)
        self.signer_edit.setText(entry.signer)
        self.recipients_edit.setText(entry.recipients)
        self.file_copy_edit.setText(entry.file_copy)
        self.copies_spin.setValue(entry.copies or 0)
        self.sent_check.setChecked(bool(entry.sent_date))
        self.sent_edit.setEnabled(bool(entry.sent_date))
        self.sent_edit.setDate(_qdate(entry.sent_date) if entry.sent_date else _qdate(entry.doc_date))
        self.number_hint.setText("")
        if entry.issued_here:
            for widget in (self.type_combo, self.date_edit, self.number_spin):
                widget.setEnabled(False)
            for widget in (self.symbol_edit, self.signer_edit, self.recipients_edit):
                widget.setReadOnly(True)
            self.title_edit.setReadOnly(True)
            self.number_hint.setText(
                self.tr("Issued from the Plans tab: number, date and title are fixed.") if entry.plan_id is not None
                else self.tr("Issued by ThiDuaDesk: number, date and title are fixed."))

    def _default_symbol(self, code: str) -> str:
        office = self.profile.symbol if self.profile is not None and self.profile.symbol else "PGDĐT"
        return f"{office}-TĐKT" if code == "CV" else f"{code}-{office}"

    def _on_type(self, *_args) -> None:
        if not self._symbol_touched:
            self.symbol_edit.setText(self._default_symbol(self.type_combo.currentData()))
        self._update_number()

    def _on_symbol_edited(self, _text: str) -> None:
        self._symbol_touched = True

    def _on_number_edited(self, _value: int) -> None:
        if not self._filling_number:
            self._number_touched = True

    _filling_number = False

    def next_number(self) -> int:
        return register_ops.next_number(self.store, self.date_edit.date().year(), self.type_combo.currentData())

    def _update_number(self, *_args) -> None:
        if self.entry is not None:
            return
        nxt = self.next_number()
        if not self._number_touched:
            self._filling_number = True
            try:
                self.number_spin.setValue(nxt)
            finally:
                self._filling_number = False
        self.number_hint.setText(self.tr("Next free number in %1: %2").replace("%1", str(self.date_edit.date().year()))
                                 .replace("%2", f"{nxt:02d}"))

    def entry_from_form(self) -> RegisterEntry:
        base = self.entry
        doc_date = _iso(self.date_edit.date())
        return RegisterEntry(
            year=int(doc_date[:4]),
            number=self.number_spin.value(),
            symbol=self.symbol_edit.text(),
            doc_date=doc_date,
            doc_type=self.type_combo.currentData(),
            title=self.title_edit.toPlainText(),
            signer=self.signer_edit.text(),
            recipients=self.recipients_edit.text(),
            file_copy=self.file_copy_edit.text(),
            copies=self.copies_spin.value() or None,
            sent_date=_iso(self.sent_edit.date()) if self.sent_check.isChecked() else "",
            notes=self.notes_edit.text(),
            plan_id=base.plan_id if base else None,
            paper_id=base.paper_id if base else None,
            id=base.id if base else None,
        )

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _watch_for_corrections(self) -> None:
        """Once a refusal is shown, every change checks the form again: the message goes the
        moment the entry would be accepted (or says what is still wrong)."""
        for edit in (self.symbol_edit, self.signer_edit, self.recipients_edit, self.file_copy_edit, self.notes_edit):
            edit.textChanged.connect(lambda _t: self._recheck())
        self.title_edit.textChanged.connect(self._recheck)
        for spin in (self.number_spin, self.copies_spin):
            spin.valueChanged.connect(lambda _v: self._recheck())
        for date in (self.date_edit, self.sent_edit):
            date.dateChanged.connect(lambda _d: self._recheck())
        self.sent_check.toggled.connect(lambda _c: self._recheck())
        self.type_combo.currentIndexChanged.connect(lambda _i: self._recheck())

    def _recheck(self) -> None:
        if not self.error_label.isVisible():
            return
        problem = register_ops.entry_problem(self.store, self.entry_from_form())
        if problem:
            self.show_error(problem)
        else:
            self.error_label.hide()

    def accept(self) -> None:
        entry = self.entry_from_form()
        try:
            with changes.acting(self.store, self.parent()):
                if self.entry is None:
                    self.saved = register_ops.add_entry(self.store, entry)
                else:
                    self.saved = register_ops.update_entry(self.store, entry)
        except StoreError as exc:
            self.show_error(exc.message)
            if not self.title_edit.toPlainText().strip() and not self.title_edit.isReadOnly():
                self.title_edit.setFocus()
            return
        super().accept()

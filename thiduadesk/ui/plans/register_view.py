"""The outgoing-document register (sổ đăng ký văn bản đi): every document the office issued in a
year, those issued by the program and those entered by hand, in one number sequence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QToolBar,
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
from thiduadesk.ui import prompts
from thiduadesk.ui.changes import changes_of
from thiduadesk.ui.plans import dialogs
from thiduadesk.ui.plans.preview import PdfPreviewDialog
from thiduadesk.ui.widgets.guarded_dialog import GuardedDialog
from thiduadesk.ui.widgets.search_box import SearchBox

_Index = QModelIndex | QPersistentModelIndex
_WIDTHS = (128, 86, 300, 150, 200, 70, 56, 96, 150)


def _display(iso: str) -> str:
    if not iso:
        return ""
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def _qdate(iso: str) -> QDate:
    d = dt.date.fromisoformat(iso)
    return QDate(d.year, d.month, d.day)


def _iso(q: QDate) -> str:
    return dt.date(q.year(), q.month(), q.day()).isoformat()


class RegisterModel(QAbstractTableModel):
    NUMBER, DATE, TITLE, SIGNER, RECIPIENTS, FILE_COPY, COPIES, SENT, NOTES = range(9)

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.entries: list[RegisterEntry] = []
        self.year: int | None = None
        self.search = ""

    def reload(self) -> None:
        self.beginResetModel()
        self.entries = register_ops.list_entries(self.store, self.year, self.search)
        self.endResetModel()

    def headers(self) -> list[str]:
        return [self.tr("No. and symbol"), self.tr("Date"), self.tr("Type and title"), self.tr("Signer"),
                self.tr("Recipients"), self.tr("File copy"), self.tr("Copies"), self.tr("Date sent"),
                self.tr("Notes")]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 9

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self.entries[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and col == self.NUMBER:
            return self.tr("Entered by hand") if e.plan_id is None else self.tr("Issued from the Plans tab")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = [e.number_and_symbol, e.display_date, f"{e.type_name}: {e.title}", e.signer, e.recipients,
                      e.file_copy, "" if e.copies is None else str(e.copies), _display(e.sent_date), e.notes]
            return values[col]
        if role == Qt.ItemDataRole.UserRole:
            return e.id
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.NUMBER, self.DATE, self.COPIES, self.SENT,
                                                                  self.FILE_COPY):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.NUMBER and e.plan_id is None:
            return QBrush(QColor("#5d4037"))  # entered by hand
        return None

    def entry(self, row: int) -> RegisterEntry | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def row_of(self, entry_id: int | None) -> int:
        return next((i for i, e in enumerate(self.entries) if e.id == entry_id), -1)


class EntryDialog(GuardedDialog):
    """Add a document issued outside the program, or correct an entry. For a plan issued by the
    program only the clerk's columns (sent date, copies, file copy, notes) can change."""

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
        if entry.plan_id is not None:
            for widget in (self.type_combo, self.date_edit, self.number_spin):
                widget.setEnabled(False)
            for widget in (self.symbol_edit, self.signer_edit, self.recipients_edit):
                widget.setReadOnly(True)
            self.title_edit.setReadOnly(True)
            self.number_hint.setText(self.tr("Issued from the Plans tab: number, date and title are fixed."))

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
            id=base.id if base else None,
        )

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

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


class RegisterView(QWidget):
    """Year filter, search, the register table and its actions."""

    def __init__(self, store: Store, profile_getter: Callable[[], OfficeProfile | None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("registerView")
        self.store = store
        self.profile_getter = profile_getter
        self.model = RegisterModel(store, self)

        bar = QToolBar()
        bar.setObjectName("registerToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        def act(name: str, text: str, slot, tip: str = "") -> QAction:
            action = QAction(text, self)
            action.setObjectName(name)
            if tip:
                action.setToolTip(tip)
            action.triggered.connect(lambda _c=False: slot())
            bar.addAction(action)
            return action

        self.add_action = act("addEntry", self.tr("Add document…"), self.add_entry,
                              self.tr("Enter a document issued outside ThiDuaDesk so the numbers stay one sequence"))
        self.edit_action = act("editEntry", self.tr("Edit…"), self.edit_entry,
                               self.tr("Record the date sent, copies or notes"))
        self.delete_action = act("deleteEntry", self.tr("Delete"), self.delete_entry,
                                 self.tr("Delete a document entered by hand"))
        bar.addSeparator()
        self.print_action = act("printRegister", self.tr("Print register…"), self.print_register,
                                self.tr("The register of the year as a landscape table: preview, print, save"))

        self.search_box = SearchBox(self.tr("Search number, title, signer, recipients…"))
        self.search_box.setObjectName("registerSearch")
        self.search_box.search_changed.connect(self._on_search)
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("registerYear")
        self.year_combo.activated.connect(lambda _i: self._on_year())
        top = QHBoxLayout()
        top.addWidget(bar)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Year:")))
        top.addWidget(self.year_combo)
        top.addWidget(self.search_box, 1)

        self.table = QTableView()
        self.table.setObjectName("registerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for col, width in enumerate(_WIDTHS):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setSectionResizeMode(RegisterModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_entry())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_actions())
        edit_shortcut = QAction(self)
        edit_shortcut.setShortcut(QKeySequence(Qt.Key.Key_Return))
        edit_shortcut.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit_shortcut.triggered.connect(self.edit_entry)
        self.table.addAction(edit_shortcut)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("registerSummary")
        self.summary_label.setStyleSheet("color: palette(placeholder-text);")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary_label)
        self.refresh()
        changes_of(store).changed.connect(self.on_change)

    # -- data --

    def years(self) -> list[int]:
        years = set(register_ops.years(self.store))
        years.add(dialogs.today().year)
        return sorted(years, reverse=True)

    def refresh(self, keep_id: int | None = None) -> None:
        current_year = self.year_combo.currentData()
        self.year_combo.clear()
        for year in self.years():
            self.year_combo.addItem(str(year), year)
        self.year_combo.addItem(self.tr("All years"), None)
        wanted = current_year if current_year is not None else dialogs.today().year
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(wanted)))
        self.model.year = self.year_combo.currentData()
        self._reload(keep_id)

    def _reload(self, keep_id: int | None = None) -> None:
        keep = keep_id if keep_id is not None else self.current_entry_id()
        self.model.reload()
        row = self.model.row_of(keep)
        if row >= 0:
            self.table.selectRow(row)
        n = self.model.rowCount()
        year = self.model.year
        if year is not None:
            nxt = register_ops.next_number(self.store, year, "KH")
            text = self.tr("%1 documents shown · next number in %2: %3").replace("%1", str(n)) \
                .replace("%2", str(year)).replace("%3", f"{nxt:02d}")
        else:
            text = self.tr("%1 documents shown").replace("%1", str(n))
        self.summary_label.setText(text)
        self._update_actions()

    def set_year(self, year: int | None) -> None:
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(year)))
        self._on_year()

    def _on_year(self) -> None:
        self.model.year = self.year_combo.currentData()
        self._reload()

    def _on_search(self, text: str) -> None:
        self.model.search = text
        self._reload()

    def current_entry(self) -> RegisterEntry | None:
        index = self.table.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def current_entry_id(self) -> int | None:
        entry = self.current_entry()
        return entry.id if entry else None

    def _update_actions(self) -> None:
        entry = self.current_entry()
        self.edit_action.setEnabled(entry is not None)
        self.delete_action.setEnabled(entry is not None and entry.plan_id is None)

    # -- actions --

    def _profile(self) -> OfficeProfile | None:
        try:
            return self.profile_getter()
        except Exception:
            return None

    def add_entry(self) -> RegisterEntry | None:
        dialog = EntryDialog(self.store, self._profile(), None, self.model.year, self)
        if not dialogs.run_dialog(dialog):
            return None
        saved = dialog.saved
        if self.model.year not in (None, saved.year):
            self.model.year = saved.year
        self.refresh(keep_id=saved.id)
        self.set_year(saved.year)
        self.table.selectRow(max(0, self.model.row_of(saved.id)))
        return saved

    def edit_entry(self) -> RegisterEntry | None:
        entry = self.current_entry()
        if entry is None:
            return None
        dialog = EntryDialog(self.store, self._profile(), entry, entry.year, self)
        if not dialogs.run_dialog(dialog):
            return None
        self._reload(keep_id=entry.id)
        return dialog.saved

    def delete_entry(self) -> bool:
        entry = self.current_entry()
        if entry is None:
            return False
        if entry.plan_id is not None:
            prompts.warn(self, self.tr("Delete"), self.tr("Documents issued by ThiDuaDesk stay in the register."))
            return False
        if not prompts.confirm(self, self.tr("Delete"),
                               self.tr("Delete %1 from the register? Its number becomes free again only if it "
                                       "is the last one.").replace("%1", entry.number_and_symbol)):
            return False
        try:
            with changes.acting(self.store, self):
                register_ops.delete_entry(self.store, entry.id)
        except StoreError as exc:
            prompts.warn(self, self.tr("Delete"), exc.message)
            return False
        self.refresh()
        return True

    def delete_selected(self) -> None:
        if self.focusWidget() is self.table:
            self.delete_entry()

    def on_change(self, change: changes.Change) -> None:
        """A document was issued, imported as issued or entered elsewhere: show it."""
        if change.origin is self or not change.touches(changes.REGISTER):
            return
        entries = change.ids_in(changes.REGISTER)
        self.refresh(keep_id=max(entries) if entries else None)

    def register_pdf(self, year: int | None = None) -> bytes:
        year = year if year is not None else (self.model.year or dialogs.today().year)
        return register_ops.register_pdf(self.store, year)

    def print_register(self) -> PdfPreviewDialog | None:
        year = self.model.year or dialogs.today().year
        try:
            data = self.register_pdf(year)
        except Exception as exc:  # a rendering failure is reported, not raised into Qt
            prompts.warn(self, self.tr("Print register"), str(exc))
            return None
        dialog = PdfPreviewDialog(data, self.tr("Outgoing register %1").replace("%1", str(year)),
                                  f"So van ban di {year}.pdf", self)
        dialogs.run_dialog(dialog)
        return dialog

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("register/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("register/header")
        if state:
            self.table.horizontalHeader().restoreState(state)

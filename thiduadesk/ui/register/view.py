"""The register view: year filter, search, the table of documents and its actions (add a document
issued outside the program, record the date sent, delete a hand entry, print the year's register)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from thiduadesk.domain.model import OfficeProfile
from thiduadesk.domain.register import RegisterEntry
from thiduadesk.ops import changes
from thiduadesk.ops import deleted as deleted_kinds
from thiduadesk.ops import register as register_ops
from thiduadesk.store.db import Store
from thiduadesk.store.errors import StoreError
from thiduadesk.ui import prompts
from thiduadesk.ui.changes import changes_of
from thiduadesk.ui.plans import dialogs
from thiduadesk.ui.plans.preview import PdfPreviewDialog
from thiduadesk.ui.register.entry_dialog import EntryDialog
from thiduadesk.ui.register.model import RegisterModel
from thiduadesk.ui.widgets.deletions import deletions_of
from thiduadesk.ui.widgets.search_box import SearchBox
from thiduadesk.ui.widgets.tab_page import TabPage

_WIDTHS = (128, 86, 300, 150, 200, 70, 56, 96, 150)


class RegisterView(QWidget, TabPage):
    """The Sổ văn bản đi tab: year filter, search, the register table and its actions."""

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
        deletions_of(store).restored.connect(self._on_restored)

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
        self.delete_action.setEnabled(entry is not None and not entry.issued_here)

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
        if entry.issued_here:
            prompts.warn(self, self.tr("Delete"), self.tr("Documents issued by ThiDuaDesk stay in the register."))
            return False
        if not prompts.confirm(self, self.tr("Delete"),
                               self.tr("Delete %1 from the register? Its number becomes free again only if it "
                                       "is the last one.").replace("%1", entry.number_and_symbol)):
            return False
        try:
            with changes.acting(self.store, self):
                gone = register_ops.delete_entry(self.store, entry.id)
        except StoreError as exc:
            prompts.warn(self, self.tr("Delete"), exc.message)
            return False
        self.refresh()
        deletions_of(self.store).push(gone)
        return True

    def _on_restored(self, item, item_id: int) -> None:
        """A deleted entry came back (Edit → Undo): show it, in its year."""
        if item.kind == deleted_kinds.REGISTER_ENTRY:
            self.set_year(item.removed.first("register")["year"])
            self._reload(keep_id=item_id)

    def showEvent(self, event) -> None:
        """Coming to the tab shows the register as it is now (entries written behind its back too)."""
        super().showEvent(event)
        self.refresh()

    def new_item(self) -> None:
        self.add_entry()

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

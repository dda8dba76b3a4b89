"""The Đơn vị tab: the office's schools, their people, and Excel import/export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from thiduadesk.ops import changes
from thiduadesk.ops import deleted as deleted_kinds
from thiduadesk.ops import units as units_ops
from thiduadesk.ops.errors import FileRefused
from thiduadesk.store.db import Store
from thiduadesk.store.errors import StoreError
from thiduadesk.ui import prompts
from thiduadesk.ui.changes import changes_of
from thiduadesk.ui.formatting import format_count
from thiduadesk.ui.labels import level_choices
from thiduadesk.ui.units import import_dialog
from thiduadesk.ui.units.dialogs import PersonDialog, UnitDialog
from thiduadesk.ui.units.import_dialog import ImportPreviewDialog
from thiduadesk.ui.units.models import PeopleModel, UnitTableModel
from thiduadesk.ui.widgets.busy import busy_cursor
from thiduadesk.ui.widgets.deletions import deletions_of
from thiduadesk.ui.widgets.empty_state import EmptyState
from thiduadesk.ui.widgets.search_box import SearchBox
from thiduadesk.ui.widgets.tab_page import TabPage

# Column widths before the user has arranged them (pixels at 96 dpi).
_DEFAULT_WIDTHS = (280, 120, 125, 180, 110, 230, 75, 100)
_NO_CLUSTER = "\x00none"


class UnitsTab(QWidget, TabPage):
    """Search and filters on top; the unit table with the people of the selected unit beside it."""

    def __init__(self, store: Store, parent: QWidget | None = None, *, lang: str = "vi"):
        super().__init__(parent)
        self.setObjectName("unitsTab")
        self.store = store
        self.lang = lang
        self.repo = units_ops.repository(store)  # the queries the table models read
        self.model = UnitTableModel(self.repo, self, lang=lang)
        self.people_model = PeopleModel(self.repo, self)

        # -- filters ----------------------------------------------------------------------------
        self.search_box = SearchBox(self.tr("Search units: name, cluster, principal… (no accents needed)"))
        self.search_box.setObjectName("unitSearch")
        self.search_box.search_changed.connect(self._on_search)
        self.level_combo = QComboBox()
        self.level_combo.setObjectName("levelFilter")
        self.level_combo.addItem(self.tr("All levels"), None)
        for code, label in level_choices():
            self.level_combo.addItem(label, code)
        self.level_combo.currentIndexChanged.connect(self._on_filters)
        self.cluster_combo = QComboBox()
        self.cluster_combo.setObjectName("clusterFilter")
        self.cluster_combo.setMinimumContentsLength(10)
        self.cluster_combo.currentIndexChanged.connect(self._on_filters)
        self.active_check = QCheckBox(self.tr("Active units only"))
        self.active_check.setObjectName("activeOnly")
        self.active_check.toggled.connect(self._on_filters)

        filters = QHBoxLayout()
        filters.addWidget(self.search_box, 3)
        filters.addWidget(QLabel(self.tr("Level:")))
        filters.addWidget(self.level_combo)
        filters.addWidget(QLabel(self.tr("Cluster:")))
        filters.addWidget(self.cluster_combo)
        filters.addWidget(self.active_check)

        # -- actions ----------------------------------------------------------------------------
        self.add_button = QPushButton(self.tr("Add unit…"))
        self.add_button.setObjectName("addUnit")
        self.add_button.setToolTip(self.tr("Add a unit (Ctrl+N)"))
        self.add_button.clicked.connect(self.add_unit)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editUnit")
        self.edit_button.setToolTip(self.tr("Edit the selected unit (Enter or double-click)"))
        self.edit_button.clicked.connect(self.edit_unit)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteUnit")
        self.delete_button.setToolTip(self.tr("Delete the selected unit (Del)"))
        self.delete_button.clicked.connect(self.delete_unit)
        self.import_button = QPushButton(self.tr("Import from Excel…"))
        self.import_button.setObjectName("importUnits")
        self.import_button.clicked.connect(self.import_units)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setObjectName("exportUnits")
        self.export_button.clicked.connect(self.export_units)
        self.count_label = QLabel()
        self.count_label.setObjectName("unitCount")

        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        actions.addSpacing(16)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)

        # -- unit table (or an empty state) --------------------------------------------------------
        self.table = QTableView()
        self.table.setObjectName("unitTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.setHighlightSections(False)
        header.sectionClicked.connect(self._on_header_clicked)
        for column, width in enumerate(_DEFAULT_WIDTHS):
            # never narrower than the (translated, bold) header text: "Đang hoạt động" was cut off
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        header.setStretchLastSection(True)
        self.table.activated.connect(lambda _index: self.edit_unit())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._on_unit_selected())
        self.model.modelReset.connect(self._on_unit_selected)

        self.empty = EmptyState("")
        self.empty.setObjectName("unitsEmpty")
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty)

        # -- people of the selected unit ------------------------------------------------------------
        self.people_box = QGroupBox(self.tr("People of the unit"))
        self.people_box.setObjectName("peopleBox")
        people_layout = QVBoxLayout(self.people_box)
        self.people_unit_label = QLabel()
        self.people_unit_label.setObjectName("peopleUnitLabel")
        self.people_unit_label.setWordWrap(True)
        font = self.people_unit_label.font()
        font.setBold(True)
        self.people_unit_label.setFont(font)
        people_layout.addWidget(self.people_unit_label)
        self.people_table = QTableView()
        self.people_table.setObjectName("peopleTable")
        self.people_table.setModel(self.people_model)
        self.people_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people_table.setAlternatingRowColors(True)
        self.people_table.setWordWrap(False)
        self.people_table.verticalHeader().hide()
        self.people_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        people_header = self.people_table.horizontalHeader()
        people_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((260, 90, 220, 90)):
            self.people_table.setColumnWidth(column, width)
        people_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # Chức vụ takes the rest
        self.people_table.activated.connect(lambda _index: self.edit_person())
        self.people_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        people_layout.addWidget(self.people_table)
        people_buttons = QHBoxLayout()
        self.add_person_button = QPushButton(self.tr("Add person…"))
        self.add_person_button.setObjectName("addPerson")
        self.add_person_button.clicked.connect(self.add_person)
        self.edit_person_button = QPushButton(self.tr("Edit…"))
        self.edit_person_button.setObjectName("editPerson")
        self.edit_person_button.clicked.connect(self.edit_person)
        self.delete_person_button = QPushButton(self.tr("Delete"))
        self.delete_person_button.setObjectName("deletePerson")
        self.delete_person_button.clicked.connect(self.delete_person)
        for button in (self.add_person_button, self.edit_person_button, self.delete_person_button):
            people_buttons.addWidget(button)
        people_buttons.addStretch(1)
        people_layout.addLayout(people_buttons)

        # The people below the units: at 1366x768 both tables then show every column unclipped.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("unitsSplitter")
        self.splitter.addWidget(self.table_stack)
        self.splitter.addWidget(self.people_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([380, 240])
        self.splitter.setCollapsible(0, False)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)

        self._reload_clusters()
        self.refresh()
        changes_of(store).changed.connect(self.on_change)
        deletions_of(store).restored.connect(self._on_restored)

    # -- the tab interface the main window uses ----------------------------------------------------

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def new_item(self) -> None:
        if self._people_have_focus() and self.current_unit() is not None:
            self.add_person()
        else:
            self.add_unit()

    def delete_selected(self) -> None:
        if self._people_have_focus() and self.current_person() is not None:
            self.delete_person()
        else:
            self.delete_unit()

    def refresh(self) -> None:
        """Re-read everything from the database, keeping the selection."""
        self._reload_clusters()
        self.reload(keep_id=self.current_unit_id())

    def on_change(self, change: changes.Change) -> None:
        """Units or people written elsewhere (an import, another view): show them."""
        if change.origin is not self and change.touches(changes.UNITS, changes.PEOPLE):
            self.refresh()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("units/header", self.table.horizontalHeader().saveState())
        settings.setValue("units/splitter", self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        header_state = settings.value("units/header")
        if header_state:
            self.table.horizontalHeader().restoreState(header_state)
            # The sort lives in SQL: follow the restored indicator.
            header = self.table.horizontalHeader()
            column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
            if self.model.is_sortable(column):
                self.model.query.order_by = self.model.SORT_KEYS[self.model.COLUMNS[column]]
                self.model.query.descending = order == Qt.SortOrder.DescendingOrder
                self.reload(keep_id=self.current_unit_id())
            else:
                header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        splitter_state = settings.value("units/splitter")
        if splitter_state:
            self.splitter.restoreState(splitter_state)

    # -- selection -----------------------------------------------------------------------------------

    def current_unit_id(self) -> int | None:
        unit = self.current_unit()
        return unit.id if unit is not None else None

    def current_unit(self):
        index = self.table.currentIndex()
        return self.model.unit_at(index.row()) if index.isValid() else None

    def current_person(self):
        index = self.people_table.currentIndex()
        return self.people_model.person_at(index.row()) if index.isValid() else None

    def select_unit(self, unit_id: int | None) -> None:
        row = self.model.row_of(unit_id)
        if row < 0 and self.model.rowCount() > 0 and unit_id is None:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.scrollTo(self.model.index(row, 0))
        self._on_unit_selected()

    def select_person(self, person_id: int | None) -> None:
        row = self.people_model.row_of(person_id)
        if row >= 0:
            self.people_table.selectRow(row)
            self.people_table.setCurrentIndex(self.people_model.index(row, 0))
        self._update_buttons()

    def _people_have_focus(self) -> bool:
        focus = self.focusWidget()
        return focus is not None and (focus is self.people_table or self.people_box.isAncestorOf(focus))

    # -- loading -----------------------------------------------------------------------------------

    def reload(self, keep_id: int | None = None) -> None:
        self.model.reload()
        self.select_unit(keep_id)
        self._update_empty_state()
        n = self.model.rowCount()
        self.count_label.setText(self.tr("%1 units shown").replace("%1", format_count(n, self.lang)))

    def _reload_clusters(self) -> None:
        current = self.cluster_combo.currentData()
        self.cluster_combo.blockSignals(True)
        self.cluster_combo.clear()
        self.cluster_combo.addItem(self.tr("All clusters"), None)
        for cluster in self.repo.clusters():
            self.cluster_combo.addItem(cluster, cluster)
        self.cluster_combo.addItem(self.tr("(no cluster)"), _NO_CLUSTER)
        index = self.cluster_combo.findData(current)
        self.cluster_combo.setCurrentIndex(index if index >= 0 else 0)
        self.cluster_combo.blockSignals(False)
        if current is not None and index < 0:  # the cluster filtered on is gone
            self._on_filters()

    def _update_empty_state(self) -> None:
        if self.model.rowCount() > 0:
            self.table_stack.setCurrentWidget(self.table)
            return
        q = self.model.query
        if self.repo.count() == 0:
            self.empty.set_text(
                self.tr("No units yet"),
                self.tr("Add the schools of the district one by one with “Add unit…”, or bring in a "
                        "whole list with “Import from Excel…”."),
            )
        elif q.search.strip():
            self.empty.set_text(
                self.tr("No unit matches “%1”").replace("%1", q.search.strip()),
                self.tr("Check the spelling or clear the filters. Accents are not needed: "
                        "“duc” finds “Đức”."),
            )
        else:
            self.empty.set_text(
                self.tr("No unit matches the filters"),
                self.tr("Choose “All levels” and “All clusters”, or untick “Active units only”."),
            )
        self.table_stack.setCurrentWidget(self.empty)

    def _on_search(self, text: str) -> None:
        self.model.query.search = text
        self.reload(keep_id=self.current_unit_id())

    def _on_filters(self, *_args) -> None:
        q = self.model.query
        q.level = self.level_combo.currentData()
        cluster = self.cluster_combo.currentData()
        q.cluster = "" if cluster == _NO_CLUSTER else cluster
        q.active_only = self.active_check.isChecked()
        self.reload(keep_id=self.current_unit_id())

    def _on_header_clicked(self, column: int) -> None:
        header = self.table.horizontalHeader()
        current = self.model.sort_column()
        if not self.model.is_sortable(column):
            header.setSortIndicator(current, Qt.SortOrder.DescendingOrder if self.model.query.descending
                                    else Qt.SortOrder.AscendingOrder)
            return
        if column == current:
            order = Qt.SortOrder.AscendingOrder if self.model.query.descending else Qt.SortOrder.DescendingOrder
        else:
            order = Qt.SortOrder.AscendingOrder
        keep = self.current_unit_id()
        header.setSortIndicator(column, order)
        self.model.sort(column, order)
        self.select_unit(keep)

    def _on_unit_selected(self) -> None:
        unit = self.current_unit()
        self.people_model.set_unit(unit.id if unit is not None else None)
        if unit is None:
            self.people_unit_label.setText(self.tr("Select a unit to see its people."))
        else:
            self.people_unit_label.setText(
                self.tr("%1 — %2 people").replace("%1", unit.name)
                .replace("%2", format_count(self.people_model.rowCount(), self.lang))
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_unit = self.current_unit() is not None
        has_person = self.current_person() is not None
        self.edit_button.setEnabled(has_unit)
        self.delete_button.setEnabled(has_unit)
        self.export_button.setEnabled(self.model.rowCount() > 0)
        self.add_person_button.setEnabled(has_unit)
        self.edit_person_button.setEnabled(has_person)
        self.delete_person_button.setEnabled(has_person)

    def _changed(self, keep_id: int | None) -> None:
        self._reload_clusters()
        self.reload(keep_id=keep_id)

    def _exec(self, dialog: QDialog) -> bool:
        """Run a dialog that saves through ops, on behalf of this tab (which refreshes itself)."""
        with changes.acting(self.store, self):
            return dialog.exec() == QDialog.DialogCode.Accepted

    # -- units ---------------------------------------------------------------------------------------

    def add_unit(self) -> None:
        dialog = UnitDialog(self.repo, None, self)
        if self._exec(dialog):
            self._changed(dialog.saved_id)

    def edit_unit(self) -> None:
        unit = self.current_unit()
        if unit is None:
            return
        dialog = UnitDialog(self.repo, self.repo.get(unit.id), self)
        if self._exec(dialog):
            self._changed(dialog.saved_id)

    def delete_unit(self) -> None:
        unit = self.current_unit()
        if unit is None:
            return
        impact = self.repo.delete_impact(unit.id)
        people = impact.get("people", 0)
        others = sum(v for k, v in impact.items() if k != "people")
        if people:
            text = self.tr("Delete the unit “%1” and the %2 people belonging to it?")
            text = text.replace("%1", unit.name).replace("%2", format_count(people, self.lang))
        else:
            text = self.tr("Delete the unit “%1”?").replace("%1", unit.name)
        if others:
            text += " " + self.tr("%1 other linked records go with it.").replace("%1", str(others))
        text += "\n\n" + self.tr("The deletion is recorded in the change log; the daily backup still holds the old data.")
        if not prompts.confirm(self, self.tr("Delete unit"), text):
            return
        row = self.table.currentIndex().row()
        try:
            with changes.acting(self.store, self):
                gone = units_ops.delete_unit(self.store, unit.id)
        except StoreError as exc:
            prompts.warn(self, self.tr("Delete unit"), exc.message)
            return
        self._changed(None)
        if self.model.rowCount():
            self.select_unit(self.model.unit_at(min(row, self.model.rowCount() - 1)).id)
        deletions_of(self.store).push(gone)

    def import_units(self) -> None:
        if not import_dialog.ask_before_import(self):  # the expected columns, a template to fill in
            return
        path = prompts.open_file(self, self.tr("Import units from Excel"), prompts.excel_filter())
        if not path:
            return
        self.import_file(Path(path))

    def import_file(self, path: Path) -> ImportPreviewDialog | None:
        """Read ``path``, preview it, and import what the user accepts."""
        try:
            with busy_cursor():
                result = units_ops.read_units_file(path)
        except FileRefused as exc:
            prompts.warn(self, self.tr("Import units from Excel"), exc.message)
            return None
        except OSError as exc:
            prompts.warn(self, self.tr("Import units from Excel"),
                         self.tr("Cannot read the file %1: %2").replace("%1", str(path)).replace("%2", str(exc)))
            return None
        dialog = ImportPreviewDialog(result, self.repo, path, self)
        if self._exec(dialog) and dialog.summary is not None:
            self._changed(self.current_unit_id())
            prompts.inform(self, self.tr("Import units from Excel"),
                           import_dialog.summary_text(dialog.summary, self.lang))
        return dialog

    def export_units(self) -> None:
        path = prompts.save_file(self, self.tr("Export units to Excel"), self.tr("units.xlsx"), prompts.excel_filter())
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        units = [unit for unit, _count in self.model.rows]
        try:
            with busy_cursor():
                units_ops.export_units(path, units)
        except OSError as exc:
            prompts.warn(self, self.tr("Export units to Excel"),
                         self.tr("Cannot write the file %1: %2").replace("%1", path).replace("%2", str(exc)))
            return
        prompts.inform(self, self.tr("Export units to Excel"),
                       self.tr("Saved %1 units to %2.").replace("%1", str(len(units))).replace("%2", path))

    # -- people --------------------------------------------------------------------------------------

    def add_person(self) -> None:
        unit = self.current_unit()
        if unit is None:
            return
        dialog = PersonDialog(self.repo, unit.id, None, self, unit_name=unit.name)
        if self._exec(dialog):
            self._people_changed(dialog.saved_id)

    def edit_person(self) -> None:
        unit, person = self.current_unit(), self.current_person()
        if unit is None or person is None:
            return
        dialog = PersonDialog(self.repo, unit.id, self.repo.get_person(person.id), self, unit_name=unit.name)
        if self._exec(dialog):
            self._people_changed(dialog.saved_id)

    def delete_person(self) -> None:
        person = self.current_person()
        if person is None:
            return
        text = self.tr("Delete “%1” from the unit's people?").replace("%1", person.full_name)
        if not prompts.confirm(self, self.tr("Delete person"), text):
            return
        try:
            with changes.acting(self.store, self):
                gone = units_ops.delete_person(self.store, person.id)
        except StoreError as exc:
            prompts.warn(self, self.tr("Delete person"), exc.message)
            return
        self._people_changed(None)
        deletions_of(self.store).push(gone)

    def _on_restored(self, item, item_id: int) -> None:
        """A deleted unit or person came back (Edit → Undo): show it."""
        if item.kind == deleted_kinds.UNIT:
            self.select_unit(item_id)
        elif item.kind == deleted_kinds.PERSON:
            self.select_unit(item.removed.first("people")["unit_id"])
            self.select_person(item_id)

    def _people_changed(self, person_id: int | None) -> None:
        # The people count column changes too: reload the units, then the people.
        self.reload(keep_id=self.current_unit_id())
        self.select_person(person_id)
        self.people_table.setFocus(Qt.FocusReason.OtherFocusReason)

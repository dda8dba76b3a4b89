"""The left pane of the plans view: search, year and state filters, and the list of plans
(filtered in SQL), shown as two-line entries when the pane is narrow."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from thiduadesk.domain.plan import DRAFT, ISSUED
from thiduadesk.ops import plans as plans_ops
from thiduadesk.store.db import Store
from thiduadesk.ui.plans.labels import state_label
from thiduadesk.ui.plans.models import CompactPlanDelegate, PlanListModel
from thiduadesk.ui.widgets.search_box import SearchBox

_LIST_WIDTHS = (92, 78, 260, 48, 78, 40)


class PlanListPanel(QWidget):
    """``chosen(plan_id)``: the clerk moved to another plan in the list (not emitted while the
    list is reloaded); the view decides whether it may be opened."""

    chosen = Signal(int)

    COMPACT_BELOW = 560  # list width (px) under which plans show as two-line entries

    def __init__(self, store: Store, open_id: Callable[[], int | None], parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.open_id = open_id  # the plan open in the editor: the one a reloaded list keeps selected
        self._suppress = False
        self.search_box = SearchBox(self.tr("Search plans (no accents needed)"))
        self.search_box.setObjectName("planSearch")
        self.search_box.search_changed.connect(self._on_search)
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("planYearFilter")
        self.year_combo.activated.connect(lambda _i: self._on_filters())
        self.state_combo = QComboBox()
        self.state_combo.setObjectName("planStateFilter")
        self.state_combo.addItem(self.tr("All states"), None)
        self.state_combo.addItem(state_label(DRAFT), DRAFT)
        self.state_combo.addItem(state_label(ISSUED), ISSUED)
        self.state_combo.activated.connect(lambda _i: self._on_filters())
        self.list_model = PlanListModel(store, self)
        self.list_view = QTableView()
        self.list_view.setObjectName("planList")
        self.list_view.setModel(self.list_model)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.verticalHeader().hide()
        self.list_view.setWordWrap(False)
        # A title too long for its column loses words from the middle: the end ("năm 2024") tells
        # similar plans apart; the tooltip has it whole.
        self.list_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list_view.setAlternatingRowColors(True)
        header = self.list_view.horizontalHeader()
        for col, width in enumerate(_LIST_WIDTHS):
            self.list_view.setColumnWidth(col, width)
        header.setSectionResizeMode(PlanListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.list_view.selectionModel().currentRowChanged.connect(self._on_current)
        self.title_delegate = CompactPlanDelegate(self.list_view)
        self.list_view.setItemDelegateForColumn(PlanListModel.TITLE, self.title_delegate)
        self.list_view.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_box)
        # Two rows, not one: side by side the Vietnamese labels and combos kept the list pane so wide
        # that the window could not shrink to a 1024 px screen.
        filters = QFormLayout()
        filters.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        filters.addRow(self.tr("Year:"), self.year_combo)
        filters.addRow(self.tr("State:"), self.state_combo)
        layout.addLayout(filters)
        layout.addWidget(self.list_view, 1)

    # -- contents --

    def reload_filters(self) -> None:
        current = self.year_combo.currentData()
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("All years"), None)
        for year in plans_ops.years(self.store):
            self.year_combo.addItem(str(year), year)
        index = self.year_combo.findData(current)
        self.year_combo.setCurrentIndex(max(0, index))

    def reload(self, keep_id: int | None = None) -> None:
        """Read the list again and select ``keep_id`` (default: the open plan) without announcing
        a choice."""
        keep = keep_id if keep_id is not None else self.open_id()
        self._suppress = True
        try:
            self.list_model.reload()
            row = self.list_model.row_of(keep)
            if row >= 0:
                self.list_view.selectionModel().setCurrentIndex(
                    self.list_model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self._suppress = False

    def show_everything(self) -> None:
        """Clear the search and the filters (a plan they hide is about to be shown)."""
        self.search_box.setText("")
        self.list_model.search = ""
        self.year_combo.setCurrentIndex(0)
        self.state_combo.setCurrentIndex(0)
        self.list_model.year = self.list_model.state = None

    def _on_search(self, text: str) -> None:
        self.list_model.search = text
        self.reload()

    def _on_filters(self) -> None:
        self.list_model.year = self.year_combo.currentData()
        self.list_model.state = self.state_combo.currentData()
        self.reload()

    def set_year_filter(self, year: int | None) -> None:
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(year)))
        self._on_filters()

    def set_state_filter(self, state: str | None) -> None:
        self.state_combo.setCurrentIndex(max(0, self.state_combo.findData(state)))
        self._on_filters()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._suppress:
            return
        summary = self.list_model.summary(current.row()) if current.isValid() else None
        if summary is not None:
            self.chosen.emit(summary.id)

    # -- two-line entries when narrow --

    def eventFilter(self, watched, event) -> bool:
        if watched is self.list_view and event.type() == QEvent.Type.Resize:
            self._apply_list_mode(event.size().width() < self.COMPACT_BELOW)
        return super().eventFilter(watched, event)

    def _apply_list_mode(self, compact: bool) -> None:
        if compact == self.title_delegate.compact:
            return
        self.title_delegate.compact = compact
        for col in range(self.list_model.columnCount()):
            if col != PlanListModel.TITLE:
                self.list_view.setColumnHidden(col, compact)
        self.list_view.horizontalHeader().setVisible(not compact)
        rows = self.list_view.verticalHeader()
        if compact:  # one height for every row (two title lines and the details), not measured per row
            self._wide_row_height = rows.defaultSectionSize()
            rows.setDefaultSectionSize(self.title_delegate.row_height(self.list_view.font()))
            rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        else:
            rows.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            rows.setDefaultSectionSize(getattr(self, "_wide_row_height", rows.defaultSectionSize()))
        self.list_view.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if compact else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.list_view.doItemsLayout()

    def is_compact(self) -> bool:
        return self.title_delegate.compact

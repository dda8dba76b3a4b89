"""The Khen thưởng tab: one school year's nominations in one list — filtered by unit, award,
status and eligibility, searched by name ignoring tones, sorted in SQL — with the counts per award
and per unit beside it, the nominee's card on a double click, and the clerk's steps as buttons:
import a school's list, check the rules, record the council's votes and the decision, print the
papers, export to Excel.

Every action is one call of ``thiduadesk.ops.awards``; the tab reloads on the change notification
(AWARDS, UNITS, SETTINGS)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from thiduadesk.domain.awards import catalogue as c
from thiduadesk.domain.awards.model import school_year_of, shift_year
from thiduadesk.ops import awards as ops
from thiduadesk.ops import changes
from thiduadesk.ops.errors import USER_ERRORS
from thiduadesk.store.award_queries import NominationQuery, shown_count, summarise
from thiduadesk.ui import prompts
from thiduadesk.ui.awards.labels import award_name, award_short, status_choices
from thiduadesk.ui.awards.model import NominationsModel
from thiduadesk.ui.changes import changes_of
from thiduadesk.ui.formatting import format_count
from thiduadesk.ui.widgets.busy import busy_cursor
from thiduadesk.ui.widgets.cell_tooltips import CellTooltips
from thiduadesk.ui.widgets.search_box import SearchBox
from thiduadesk.ui.widgets.tab_page import TabPage

_ALL = None
YEARS_BACK = 10
TOTALS_DELAY_MS = 200


class AwardsTab(QWidget, TabPage):
    def __init__(self, store, parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.setObjectName("awardsTab")
        self.store = store
        self._today = today or dt.date.today()
        self._loading = False
        self.model = NominationsModel(store, self)

        self.year_combo = QComboBox(objectName="awardYear")
        self.search_box = SearchBox(self.tr("Search by name, unit or position (tones optional)"), debounce_ms=0)
        self.search_box.setObjectName("awardSearch")
        self.unit_combo = QComboBox(objectName="awardUnitFilter")
        self.award_combo = QComboBox(objectName="awardKindFilter")
        self.status_combo = QComboBox(objectName="awardStatusFilter")
        self.check_combo = QComboBox(objectName="awardCheckFilter")
        self._fill_fixed_filters()

        self.table = QTableView(objectName="nominationsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NominationsModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for col, width in ((0, 180), (1, 85), (2, 110), (3, 200), (4, 75), (5, 75), (6, 330), (7, 120), (8, 55),
                           (9, 160)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda index: self.open_card(self.model.nomination_id(index.row())))
        self._tooltips = CellTooltips(self.table, self.model.tooltip)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        self.shown_label = QLabel(objectName="awardShown")
        self.by_award = self._totals_table("awardTotalsByKind", self.tr("Award"))
        self.by_unit = self._totals_table("awardTotalsByUnit", self.tr("Unit"))
        totals = QTabWidget(objectName="awardTotals")
        totals.addTab(self.by_award, self.tr("By award"))
        totals.addTab(self.by_unit, self.tr("By unit"))

        self.import_button = QPushButton(self.tr("Import list…"), objectName="awardImport")
        self.import_button.setToolTip(self.tr("Read a school's list (.xlsx, .xls, .ods); nothing is stored until you "
                                              "confirm"))
        self.check_button = QPushButton(self.tr("Check eligibility"), objectName="awardCheck")
        self.check_button.setToolTip(self.tr("Check every proposal of the year against the law in force at its end "
                                             "and mark it eligible or not"))
        self.votes_button = QPushButton(self.tr("Council votes…"), objectName="awardVotes")
        self.decision_button = QPushButton(self.tr("Record decision…"), objectName="awardDecision")
        self.print_button = QToolButton(objectName="awardPrint")
        self.print_button.setText(self.tr("Print"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.print_menu = QMenu(self.print_button)
        for paper, text in self.paper_names().items():
            action = self.print_menu.addAction(text)
            action.setObjectName(f"awardPrint_{paper}")
            action.triggered.connect(lambda _=False, p=paper: self.print_paper(p))
        self.print_menu.addSeparator()
        for paper, text in self.issue_names().items():
            action = self.print_menu.addAction(text)
            action.setObjectName(f"awardIssue_{paper}")
            action.triggered.connect(lambda _=False, p=paper: self.issue_paper(p))
        self.print_button.setMenu(self.print_menu)
        self.export_button = QPushButton(self.tr("Export to Excel…"), objectName="awardExport")
        self.template_button = QPushButton(self.tr("Save blank template…"), objectName="awardTemplate")
        self.settings_button = QPushButton(self.tr("Year settings…"), objectName="awardSettings")
        self.settings_button.setToolTip(self.tr("Percentages, vote thresholds, cap and base salary of the school year"))
        self.settings_button.clicked.connect(self.edit_settings)
        self.import_button.clicked.connect(self.import_list)
        self.check_button.clicked.connect(self.check_year)
        self.votes_button.clicked.connect(self.record_votes)
        self.decision_button.clicked.connect(self.record_decision)
        self.export_button.clicked.connect(self.export_list)
        self.template_button.clicked.connect(self.save_template)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("School year:")))
        filters.addWidget(self.year_combo)
        filters.addWidget(self.search_box, 2)
        for combo in (self.unit_combo, self.award_combo, self.status_combo, self.check_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            filters.addWidget(combo, 1)
        actions = QHBoxLayout()
        for button in (self.import_button, self.check_button, self.votes_button, self.decision_button,
                       self.print_button, self.export_button, self.template_button, self.settings_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.shown_label)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="awardSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(totals)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([1000, 380])  # room for the totals' names (the clerk may drag it)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)

        self._fill_years()
        self.year_combo.currentIndexChanged.connect(self._on_year_changed)
        # The list follows every keystroke; the totals beside it follow once typing pauses (they
        # group the whole year and would double the time of each keystroke).
        self._totals_timer = QTimer(self, singleShot=True, interval=TOTALS_DELAY_MS)
        self._totals_timer.timeout.connect(self._refresh_totals)
        self.search_box.search_changed.connect(lambda _t: self.apply_filters(totals_later=True))
        for combo in (self.unit_combo, self.award_combo, self.status_combo, self.check_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self._on_year_changed()
        changes_of(store).changed.connect(self._on_change)

    # -- building -----------------------------------------------------------------------------------

    def paper_names(self) -> dict[str, str]:
        return {"list": self.tr("Proposal list (danh sách)…"), "proposal": self.tr("Submission (tờ trình)…"),
                "minutes": self.tr("Council minutes (biên bản)…"), "decision": self.tr("Decision (quyết định)…")}

    def issue_names(self) -> dict[str, str]:
        return {"proposal": self.tr("Issue the submission (number from the register)…"),
                "minutes": self.tr("Issue the minutes (number from the register)…"),
                "decision": self.tr("Issue the decision with its list (number from the register)…")}

    def _totals_table(self, name: str, first: str) -> QTableWidget:
        table = QTableWidget(0, 4, objectName=name)
        table.setHorizontalHeaderLabels([first, self.tr("Proposed"), self.tr("Eligible"), self.tr("Failing")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = table.fontMetrics()
        for col in (1, 2, 3):  # fixed: measuring the contents at every keystroke costs more than the search
            table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            title = table.horizontalHeaderItem(col).text()
            table.setColumnWidth(col, max(metrics.horizontalAdvance(title), metrics.horizontalAdvance("00.000")) + 16)
        return table

    def _fill_fixed_filters(self) -> None:
        self.award_combo.addItem(self.tr("All awards"), _ALL)
        for kind in sorted(c.AWARD_KINDS, key=lambda k: k.order):
            self.award_combo.addItem(award_short(kind.code), kind.code)
            self.award_combo.setItemData(self.award_combo.count() - 1, kind.name, Qt.ItemDataRole.ToolTipRole)
        self.status_combo.addItem(self.tr("All statuses"), _ALL)
        for code, label in status_choices():
            self.status_combo.addItem(label, code)
        self.check_combo.addItem(self.tr("Eligible or not"), _ALL)
        self.check_combo.addItem(self.tr("Eligible only"), True)
        self.check_combo.addItem(self.tr("Failing only"), False)

    def _fill_years(self) -> None:
        """The years with data, and the last ten school years up to the current one."""
        current = school_year_of(self._today)
        with_data = ops.queries(self.store).years()
        years = set(with_data) | {shift_year(current, -d) for d in range(YEARS_BACK)}
        chosen = self.school_year() or (with_data or [current])[0]
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in sorted(years, reverse=True):
            self.year_combo.addItem(year, year)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(chosen)))
        self.year_combo.blockSignals(False)

    def _fill_units(self) -> None:
        chosen = self.unit_combo.currentData()
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        self.unit_combo.addItem(self.tr("All units"), _ALL)
        for unit_id, name in ops.queries(self.store).units(self.school_year()):
            self.unit_combo.addItem(name, unit_id)
        self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(chosen)))
        self.unit_combo.blockSignals(False)

    # -- what is shown --------------------------------------------------------------------------------

    def school_year(self) -> str:
        return self.year_combo.currentData() or ""

    def choose_year(self, year: str) -> None:
        if self.year_combo.findData(year) < 0:
            self.year_combo.addItem(year, year)
        self.year_combo.setCurrentIndex(self.year_combo.findData(year))

    def current_query(self) -> NominationQuery:
        return NominationQuery(self.school_year(), unit_id=self.unit_combo.currentData(),
                               award=self.award_combo.currentData(), status=self.status_combo.currentData(),
                               eligible=self.check_combo.currentData(), search=self.search_box.text())

    def _on_year_changed(self, *_args) -> None:
        self._fill_units()
        self.apply_filters()

    def apply_filters(self, *, totals_later: bool = False) -> None:
        """Ask the list and the totals again for the filters as they stand. The totals are one
        query that also gives the list's count; with ``totals_later`` (a keystroke) the list is
        counted on its own and the totals wait for a pause in typing."""
        query = self.current_query()
        q = ops.queries(self.store)
        if totals_later:
            self.model.set_query(query)
            self._totals_timer.start()
        else:
            self._totals_timer.stop()
            totals = q.totals(query)
            self.model.set_query(query, shown_count(totals, query.eligible))
            self._fill_totals(totals, q.award_order())
        year_total = q.count(NominationQuery(query.school_year))
        self.shown_label.setText(self.tr("%1 of %2 proposals shown").replace("%1", format_count(self.model.total))
                                 .replace("%2", format_count(year_total)))
        has_rows = year_total > 0
        for button in (self.check_button, self.votes_button, self.decision_button, self.print_button,
                       self.export_button):
            button.setEnabled(has_rows)

    def _refresh_totals(self) -> None:
        if self.store.closed:  # the window was closed while the totals waited
            return
        q = ops.queries(self.store)
        self._fill_totals(q.totals(self.current_query()), q.award_order())

    def _fill_totals(self, totals, order: dict[str, int]) -> None:
        for table, rows, label, tip in ((self.by_award, summarise(totals, 0, order), award_short, award_name),
                                        (self.by_unit, summarise(totals, 1), str, str)):
            texts = [[label(key), str(proposed), str(eligible), str(failing), tip(key)]
                     for key, proposed, eligible, failing in rows]
            if texts == getattr(table, "texts", None):
                continue  # most keystrokes leave a summary as it was
            table.texts = texts
            table.setUpdatesEnabled(False)
            table.setRowCount(len(texts))
            for r, values in enumerate(texts):
                for col, value in enumerate(values[:4]):
                    item = QTableWidgetItem(value)
                    if col:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    else:
                        item.setToolTip(values[4])
                    table.setItem(r, col, item)
            table.setUpdatesEnabled(True)

    def _on_change(self, change: changes.Change) -> None:
        if change.touches(changes.AWARDS, changes.UNITS, changes.SETTINGS):
            self.refresh()

    def refresh(self) -> None:
        selected = self.selected_ids()
        self._fill_years()
        self._fill_units()
        self.apply_filters()
        self.select_ids(selected)

    # -- selection --------------------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [i for i in (self.model.nomination_id(r) for r in rows) if i is not None]

    def select_ids(self, ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for nomination_id in ids:
            row = self.model.row_of(nomination_id)
            if row >= 0:
                selection.select(self.model.index(row, 0), selection.SelectionFlag.Select
                                 | selection.SelectionFlag.Rows)

    def _target_ids(self, title: str) -> list[int] | None:
        """The selected rows, or, with nothing selected, every row the list shows (after asking)."""
        ids = self.selected_ids()
        if ids:
            return ids
        if not self.model.total:
            return None
        text = self.tr("No row is selected. Apply to all %1 proposals the list shows?").replace(
            "%1", str(self.model.total))
        if not prompts.confirm(self, title, text, destructive=False):
            return None
        while self.model.canFetchMore():
            self.model.fetchMore()
        return [r["id"] for r in self.model.rows]

    def _context_menu(self, pos) -> None:
        menu = QMenu(self)
        row = self.table.indexAt(pos).row()
        if row >= 0:
            menu.addAction(self.tr("Open card…"), lambda: self.open_card(self.model.nomination_id(row)))
        menu.addAction(self.tr("Council votes…"), self.record_votes)
        menu.addAction(self.tr("Record decision…"), self.record_decision)
        menu.addSeparator()
        menu.addAction(self.tr("Delete proposal"), self.delete_selected)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    # -- the clerk's steps -------------------------------------------------------------------------------

    def _run(self, title: str, action):
        try:
            with busy_cursor():
                return action()
        except USER_ERRORS as exc:
            prompts.warn(self, title, exc.message)
        return None

    def check_year(self) -> None:
        title = self.tr("Check eligibility")
        results = self._run(title, lambda: ops.check_year(self.store, self.school_year(), record=True))
        if results is None:
            return
        good = sum(r.eligible for r in results)
        prompts.inform(self, title, self.tr("%1 proposals checked by the rules in force for %2: %3 eligible, "
                                            "%4 not eligible.").replace("%1", str(len(results)))
                       .replace("%2", self.school_year()).replace("%3", str(good))
                       .replace("%4", str(len(results) - good)))

    def open_card(self, nomination_id: int | None) -> None:
        if nomination_id is None:
            return
        from thiduadesk.ui.awards.card import NomineeCardDialog

        card = self._run(self.tr("Nominee"), lambda: ops.nominee_card(self.store, nomination_id))
        if card is not None:
            dialog = NomineeCardDialog(card, self)
            dialog.exec()
            dialog.deleteLater()

    def record_votes(self) -> None:
        from thiduadesk.ui.awards.council import VotesDialog

        title = self.tr("Council votes")
        ids = self._target_ids(title)
        if not ids:
            return
        dialog = VotesDialog(len(ids), self)
        if dialog.exec():
            self._run(title, lambda: ops.record_votes(self.store, ids, dialog.votes_for(), dialog.votes_total()))
        dialog.deleteLater()

    def record_decision(self) -> None:
        from thiduadesk.ui.awards.council import DecisionDialog

        title = self.tr("Record decision")
        ids = self._target_ids(title)
        if not ids:
            return
        dialog = DecisionDialog(len(ids), self._today, self)
        if dialog.exec():
            self._run(title, lambda: ops.record_decision(self.store, ids, dialog.number(), dialog.date_iso()))
        dialog.deleteLater()

    def edit_settings(self) -> None:
        from thiduadesk.ui.awards.settings_dialog import YearSettingsDialog

        title = self.tr("Year settings")
        year = self.school_year()
        found = self._run(title, lambda: ops.year_settings(self.store, year))
        if found is None:
            return
        dialog = YearSettingsDialog(year, found[1], self)
        if dialog.exec() and dialog.changed():
            self._run(title, lambda: ops.change_settings(self.store, year, **dialog.changed()))
        dialog.deleteLater()

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        title = self.tr("Delete proposal")
        text = self.tr("Delete %1 selected proposals? Decided ones cannot be deleted.").replace("%1", str(len(ids)))
        if prompts.confirm(self, title, text):
            self._run(title, lambda: ops.delete_nominations(self.store, ids))

    def import_list(self) -> None:
        from thiduadesk.ui.awards.import_dialog import AwardImportDialog

        path = prompts.open_file(self, self.tr("Import award list"),
                                 self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods)"))
        if not path:
            return
        dialog = AwardImportDialog(self.store, path, self.school_year(), self)
        if dialog.load() and dialog.exec():
            self.choose_year(dialog.school_year())
        dialog.deleteLater()

    def print_paper(self, paper: str) -> None:
        from thiduadesk.ui.calendar.tab import show_pdf

        title = self.paper_names()[paper].rstrip("…")
        data = self._run(title, lambda: ops.award_pdf(self.store, self.school_year(), paper))
        if data is not None:
            show_pdf(data, title, f"{paper}-{self.school_year()}.pdf", self)

    def issue_paper(self, paper: str) -> None:
        """Number the paper from the outgoing register and archive it; a decision then offers to
        record its proposals as decided with that number and date."""
        title = self.issue_names()[paper].rstrip("…")
        text = self.tr("Issue it with the next number of the outgoing register, dated today? An issued paper "
                       "is locked and archived as it prints now.")
        if not prompts.confirm(self, title, text, destructive=False):
            return
        issued = self._run(title, lambda: ops.issue_award_paper(self.store, self.school_year(), paper, self._today))
        if issued is None:
            return
        number = issued.entry.number_and_symbol
        if paper != "decision" or not issued.nomination_ids:
            prompts.inform(self, title, self.tr("Issued as No. %1.").replace("%1", number))
            return
        ask = self.tr("Issued as No. %1. Record its %2 proposals as decided by this decision?").replace(
            "%1", number).replace("%2", str(len(issued.nomination_ids)))
        if prompts.confirm(self, title, ask, destructive=False):
            self._run(title, lambda: ops.record_decision(self.store, issued.nomination_ids, number,
                                                         issued.entry.doc_date))

    def export_list(self) -> None:
        title = self.tr("Export to Excel")
        path = prompts.save_file(self, title, f"De nghi khen thuong {self.school_year()}.xlsx", prompts.excel_filter())
        if path and self._run(title, lambda: ops.export_list(self.store, self.current_query(), path)) is not None:
            prompts.inform(self, title, self.tr("The list was saved to %1.").replace("%1", path))

    def save_template(self) -> None:
        title = self.tr("Save blank template")
        path = prompts.save_file(self, title, "Mau danh sach de nghi khen thuong.xlsx", prompts.excel_filter())
        if path and self._run(title, lambda: ops.write_template(path)) is not None:
            prompts.inform(self, title, self.tr("The blank list for the schools was saved to %1.").replace("%1", path))

    # -- TabPage ---------------------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("awards/header", self.table.horizontalHeader().saveState())
        settings.setValue("awards/splitter", self.splitter.saveState())
        settings.setValue("awards/year", self.school_year())

    def restore_state(self, settings: QSettings) -> None:
        header, splitter = settings.value("awards/header"), settings.value("awards/splitter")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
        if splitter is not None:
            self.splitter.restoreState(splitter)
        year = settings.value("awards/year")
        if year and self.year_combo.findData(year) >= 0:
            self.year_combo.setCurrentIndex(self.year_combo.findData(year))

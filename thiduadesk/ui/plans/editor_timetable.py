"""The plan editor's "Timetable" page (tiến độ): its title, whether it prints as an appendix, and
the grid of rows (content, due date, who leads, who takes part, group)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from thiduadesk.domain.plan import Plan, TimetableRow
from thiduadesk.ui.plans.fields import line_edit, set_text
from thiduadesk.ui.plans.models import TimetableModel, ensure_timetable


def recognise_due(text: str, year: int | None) -> str:
    """The date a timetable 'due' cell names, ISO ('2022-11-15') or month ('2022-01'); '' if none."""
    from thiduadesk.domain.plan_text import parse_due  # the plan-text reader loads when first needed

    return parse_due(text, year=year) or ""


class TimetablePage(QWidget):
    def __init__(self, editor):
        super().__init__()
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Title:")))
        self.timetable_title_edit = line_edit("timetableTitleEdit", self.tr("e.g. Tiến độ thực hiện"))
        self.timetable_title_edit.textEdited.connect(self._on_timetable_title)
        top.addWidget(self.timetable_title_edit, 1)
        self.appendix_check = QCheckBox(self.tr("Print as an appendix"))
        self.appendix_check.setObjectName("appendixCheck")
        self.appendix_check.clicked.connect(self._on_appendix)
        top.addWidget(self.appendix_check)
        layout.addLayout(top)

        bar = QToolBar()
        bar.setObjectName("timetableToolbar")
        self.add_row_action = bar.addAction(self.tr("+ Row"), self.add_timetable_row)
        self.add_row_action.setObjectName("addTimetableRow")
        self.add_row_action.setToolTip(self.tr("Add a row after the current one"))
        self.remove_row_action = bar.addAction(self.tr("Remove row"), self.remove_timetable_row)
        self.remove_row_action.setObjectName("removeTimetableRow")
        self.row_up_action = bar.addAction("↑", lambda: self.move_timetable_row(-1))
        self.row_up_action.setToolTip(self.tr("Move up"))
        self.row_down_action = bar.addAction("↓", lambda: self.move_timetable_row(1))
        self.row_down_action.setToolTip(self.tr("Move down"))
        self.timetable_actions = [self.add_row_action, self.remove_row_action, self.row_up_action,
                                  self.row_down_action]
        layout.addWidget(bar)

        self.timetable_model = TimetableModel(lambda: self.editor.plan, self.editor.edit, recognise_due, self)
        self.timetable_view = QTableView()
        self.timetable_view.setObjectName("timetableView")
        self.timetable_view.setModel(self.timetable_model)
        self.timetable_view.setWordWrap(True)
        self.timetable_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timetable_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.timetable_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 92), (2, 92), (3, 96), (4, 74)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.timetable_view.setColumnWidth(col, width)
        self.timetable_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.timetable_view, 1)
        note = QLabel(self.tr("Rows with the same group are printed under one group heading (e.g. Quý I - 2024)."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(note)

    # -- showing --

    def show_plan(self, plan: Plan) -> None:
        tt = plan.timetable
        set_text(self.timetable_title_edit, tt.title if tt else "")
        self.appendix_check.setChecked(tt.as_appendix if tt else True)
        self.timetable_model.reset()

    def set_read_only(self, read_only: bool) -> None:
        self.timetable_title_edit.setReadOnly(read_only)
        self.appendix_check.setEnabled(not read_only)
        for action in self.timetable_actions:
            action.setEnabled(not read_only)
        self.timetable_model.read_only = read_only

    # -- changes --

    def _timetable_row(self) -> int:
        index = self.timetable_view.currentIndex()
        return index.row() if index.isValid() else -1

    def _on_timetable_title(self, text: str) -> None:
        self.editor.edit(self.tr("Edit timetable title"), lambda p: setattr(ensure_timetable(p), "title", text),
                         merge_key="timetable-title")

    def _on_appendix(self, checked: bool) -> None:
        self.editor.edit(self.tr("Timetable as appendix"),
                         lambda p: setattr(ensure_timetable(p), "as_appendix", checked))

    def add_timetable_row(self, content: str = "") -> int:
        """Insert a row after the current one (copying its group); returns its index."""
        current = self._timetable_row()
        result = {}

        def change(plan: Plan) -> None:
            rows = ensure_timetable(plan).rows
            at = current + 1 if current >= 0 else len(rows)
            group = rows[current].group if 0 <= current < len(rows) else (rows[-1].group if rows else "")
            rows.insert(at, TimetableRow(content, group=group))
            result["row"] = at

        if not self.editor.edit(self.tr("Add timetable row"), change):
            return -1
        self.timetable_model.reset()
        row = result["row"]
        index = self.timetable_model.index(row, 0)
        self.timetable_view.setCurrentIndex(index)
        if not content and self.editor.isVisible():
            self.timetable_view.edit(index)
        return row

    def remove_timetable_row(self) -> None:
        current = self._timetable_row()
        if current < 0:
            return

        def change(plan: Plan) -> None:
            del plan.timetable.rows[current]

        if self.editor.edit(self.tr("Remove timetable row"), change):
            self.timetable_model.reset()
            rows = self.timetable_model.rowCount()
            if rows:
                self.timetable_view.setCurrentIndex(self.timetable_model.index(min(current, rows - 1), 0))

    def move_timetable_row(self, step: int) -> None:
        current = self._timetable_row()
        rows = self.timetable_model.rowCount()
        target = current + step
        if current < 0 or not 0 <= target < rows:
            return

        def change(plan: Plan) -> None:
            r = plan.timetable.rows
            r[current], r[target] = r[target], r[current]

        if self.editor.edit(self.tr("Move timetable row"), change):
            self.timetable_model.reset()
            self.timetable_view.setCurrentIndex(self.timetable_model.index(target, 0))

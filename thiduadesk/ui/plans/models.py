"""Table models of the Kế hoạch tab: the plan list, the timetable grid and the recipients.

The plan list filters in SQL (ops.plans.list_plans); the two editor grids read and write the plan
held by the editor, through the editor's ``edit`` so every change is undoable.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from thiduadesk.domain.plan import ISSUED, Plan, Recipient, Timetable, TimetableRow
from thiduadesk.ops import plans as plans_ops
from thiduadesk.store.plans import PlanSummary
from thiduadesk.ui.plans.labels import state_label

_Index = QModelIndex | QPersistentModelIndex
DETAILS_ROLE = Qt.ItemDataRole.UserRole + 2  # the second line of a plan in the compact list


def display_date(iso: str | None) -> str:
    if not iso:
        return ""
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


class PlanListModel(QAbstractTableModel):
    NUMBER, DATE, TITLE, YEAR, STATE, VERSION = range(6)

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.rows: list[PlanSummary] = []
        self.search = ""
        self.year: int | None = None
        self.state: str | None = None

    def headers(self) -> list[str]:
        return [self.tr("No./symbol"), self.tr("Date"), self.tr("Title"), self.tr("Year"), self.tr("State"),
                self.tr("Version")]

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = plans_ops.list_plans(self.store, self.search, year=self.year, state=self.state)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NUMBER:
                return s.number_and_symbol
            if col == self.DATE:
                return display_date(s.date_iso)
            if col == self.TITLE:
                return s.title or self.tr("(untitled)")
            if col == self.YEAR:
                return str(s.year) if s.year else ""
            if col == self.STATE:
                return state_label(s.state)
            if col == self.VERSION:
                return str(s.version)
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole title, whatever the width shows
            details = self.data(index, DETAILS_ROLE)
            return (s.title or self.tr("(untitled)")) + (f"\n{details}" if details else "")
        if role == Qt.ItemDataRole.UserRole:
            return s.id
        if role == DETAILS_ROLE:
            parts = [s.number_and_symbol, display_date(s.date_iso) or (str(s.year) if s.year else ""),
                     state_label(s.state), self.tr("version %1").replace("%1", str(s.version)) if s.version > 1 else ""]
            return " · ".join(p for p in parts if p)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.YEAR, self.VERSION):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.STATE and s.state == ISSUED:
            return QBrush(QColor("#1b5e20"))
        if role == Qt.ItemDataRole.FontRole and not s.title:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def row_of(self, plan_id: int | None) -> int:
        for i, s in enumerate(self.rows):
            if s.id == plan_id:
                return i
        return -1

    def summary(self, row: int) -> PlanSummary | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None


class _PlanGridModel(QAbstractTableModel):
    """Common ground of the timetable and recipient grids: rows live in the editor's plan."""

    def __init__(self, plan_getter: Callable[[], Plan | None], edit: Callable, parent=None):
        super().__init__(parent)
        self.plan_getter = plan_getter
        self.edit = edit  # edit(label, fn, merge_key=None) of the editor
        self.read_only = False

    def reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def items(self) -> list:
        raise NotImplementedError

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items())

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if self.read_only else base | Qt.ItemFlag.ItemIsEditable


class TimetableModel(_PlanGridModel):
    COLUMNS = ("content", "guide", "executors", "due", "group")

    def __init__(self, plan_getter, edit, due_recogniser: Callable[[str, int | None], str] | None = None, parent=None):
        super().__init__(plan_getter, edit, parent)
        self.due_recogniser = due_recogniser

    def items(self) -> list[TimetableRow]:
        plan = self.plan_getter()
        return plan.timetable.rows if plan is not None and plan.timetable else []

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return [self.tr("Task"), self.tr("Guided by"), self.tr("Carried out by"), self.tr("Due"),
                self.tr("Group")][section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.items()[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return getattr(row, self.COLUMNS[index.column()])
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        name = self.COLUMNS[index.column()]
        r = index.row()
        text = str(value)

        def change(plan: Plan) -> None:
            row = plan.timetable.rows[r]
            setattr(row, name, text)
            if name == "due" and self.due_recogniser is not None:
                row.due_iso = self.due_recogniser(text, plan.year)

        self.edit(self.tr("Edit timetable"), change)
        self.dataChanged.emit(index, index)
        return True


class RecipientsModel(_PlanGridModel):
    def items(self) -> list[Recipient]:
        plan = self.plan_getter()
        return plan.recipients if plan is not None else []

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return [self.tr("Recipient"), self.tr("Purpose")][section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items()[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return item.name if index.column() == 0 else item.purpose
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        r, col, text = index.row(), index.column(), str(value)

        def change(plan: Plan) -> None:
            if col == 0:
                plan.recipients[r].name = text
            else:
                plan.recipients[r].purpose = text

        self.edit(self.tr("Edit recipient"), change)
        self.dataChanged.emit(index, index)
        return True


def ensure_timetable(plan: Plan) -> Timetable:
    if plan.timetable is None:
        plan.timetable = Timetable()
    return plan.timetable


class CompactPlanDelegate(QStyledItemDelegate):
    """In a narrow list: the title on up to two lines (a longer one elided in its middle), number,
    date, state and version under it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.compact = False

    def _lines(self, option) -> tuple[QFont, QFont]:
        first = QFont(option.font)
        second = QFont(option.font)
        second.setPointSizeF(option.font.pointSizeF() * 0.9)
        return first, second

    TITLE_LINES = 2

    def title_lines(self, title: str, font: QFont, width: int) -> list[str]:
        """The title wrapped on at most two lines; a longer one loses words from its middle, so
        what tells similar plans apart ("… năm 2024", "đợt 2") stays in sight."""
        fm = QFontMetrics(font)
        words, lines, line = title.split(), [], ""
        for i, word in enumerate(words):
            trial = f"{line} {word}".strip()
            if fm.horizontalAdvance(trial) <= width or not line:
                line = trial
                continue
            lines.append(line)
            if len(lines) == self.TITLE_LINES - 1:
                rest = " ".join(words[i:])
                lines.append(fm.elidedText(rest, Qt.TextElideMode.ElideMiddle, width))
                return lines
            line = word
        if line:
            lines.append(fm.elidedText(line, Qt.TextElideMode.ElideMiddle, width))
        return lines or [""]

    def row_height(self, font: QFont) -> int:
        """Every compact row is as tall as two title lines and the details: one height for all,
        so a list of ten years of plans is not measured row by row at each resize."""
        option = QStyleOptionViewItem()
        option.font = font
        first, second = self._lines(option)
        return QFontMetrics(first).lineSpacing() * self.TITLE_LINES + QFontMetrics(second).lineSpacing() + 10

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        if not self.compact:
            return size
        return QSize(size.width(), self.row_height(option.font))

    def paint(self, painter: QPainter, option, index) -> None:
        if not self.compact:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title, details = opt.text, index.data(DETAILS_ROLE) or ""
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        first, second = self._lines(option)
        rect = opt.rect.adjusted(6, 4, -6, -4)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        painter.save()
        painter.setFont(first)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        fm = QFontMetrics(first)
        lines = self.title_lines(title, first, rect.width())
        for i, line in enumerate(lines):
            painter.drawText(rect.left(), rect.top() + i * fm.lineSpacing() + fm.ascent(), line)
        painter.setFont(second)
        fm2 = QFontMetrics(second)
        colour = palette.color(QPalette.ColorRole.HighlightedText) if selected else QColor("#666666")
        painter.setPen(colour)
        painter.drawText(rect.left(), rect.top() + len(lines) * fm.lineSpacing() + fm2.ascent(),
                         fm2.elidedText(details, Qt.TextElideMode.ElideRight, rect.width()))
        painter.restore()


class PurposeDelegate(QStyledItemDelegate):
    """The purpose of a recipient: the usual phrases to pick from, or typed."""

    def __init__(self, choices, parent=None):
        super().__init__(parent)
        self.choices = list(choices)

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.addItems(self.choices)
        return combo

    def setEditorData(self, editor, index):
        editor.setCurrentText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentText().strip(), Qt.ItemDataRole.EditRole)

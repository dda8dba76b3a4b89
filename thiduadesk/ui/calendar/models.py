"""Table models of the Lịch hạn tab: the deadlines of the chosen period, and the units of one
deadline. Qt asks only for the cells it shows, so switching months does not build a widget item
per cell; a clerk's tick or date comes out as the ``edited`` signal for the tab to run the
operation."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from thiduadesk.domain.dates import screen_date
from thiduadesk.domain.schedule import SOURCE_LABELS_VI
from thiduadesk.ui.calendar.month import COLOURS

D_DUE, D_TITLE, D_SOURCE, D_PROGRESS, D_FLAG = range(5)
U_RECEIVED, U_NAME, U_DATE, U_NOTE = range(4)

_R = Qt.ItemDataRole
# The roles the models answer: the view asks each cell for a dozen at every paint, and most get
# None at once (a set of ints, not a chain of enum comparisons).
_LIST_ROLES = frozenset(int(r) for r in (_R.DisplayRole, _R.ForegroundRole, _R.ToolTipRole, _R.UserRole))
_UNIT_ROLES = frozenset(int(r) for r in (_R.DisplayRole, _R.EditRole, _R.CheckStateRole, _R.UserRole))
_HORIZONTAL = Qt.Orientation.Horizontal

Index = QModelIndex | QPersistentModelIndex


class DeadlineListModel(QAbstractTableModel):
    """``statuses``: ops.deadlines.DeadlineStatus of the period, in order."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.statuses: list = []

    def set_statuses(self, statuses: list) -> None:
        self.beginResetModel()
        self.statuses = statuses
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt names)
        return 0 if parent.isValid() else len(self.statuses)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != _R.DisplayRole or orientation != _HORIZONTAL:
            return None
        return (self.tr("Due"), self.tr("Title"), self.tr("Source"), self.tr("Received"),
                self.tr("Moved to (Art. 148)"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _LIST_ROLES:
            return None
        s = self.statuses[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            d = s.deadline
            if col == D_DUE:
                return screen_date(d.due)
            if col == D_TITLE:
                return d.title
            if col == D_SOURCE:
                return SOURCE_LABELS_VI.get(d.source, d.source)
            if col == D_PROGRESS:
                if s.office_own:
                    return self.tr("office's own")
                return self.tr("%1/%2 units").replace("%1", str(s.received)).replace("%2", str(s.total))
            return screen_date(s.warning.moved_to) if s.warning else ""
        if role == Qt.ItemDataRole.ForegroundRole and col == D_DUE:
            return COLOURS[s.status].darker(110)
        if role == Qt.ItemDataRole.ToolTipRole and (col == D_FLAG and s.warning or col == D_TITLE):
            return s.warning.message() if col == D_FLAG else s.deadline.title
        if role == Qt.ItemDataRole.UserRole:
            return s.deadline.id
        return None


class ReceiptsModel(QAbstractTableModel):
    """The units that must submit one deadline (store.deadlines.Receipt), received or not."""

    edited = Signal(int, int, object)  # row, column, the new value (bool for the tick, str else)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.receipts: list = []

    def set_receipts(self, receipts: list) -> None:
        self.beginResetModel()
        self.receipts = receipts
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.receipts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != _R.DisplayRole or orientation != _HORIZONTAL:
            return None
        return (self.tr("Received"), self.tr("Unit"), self.tr("Date received"), self.tr("Note"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == U_RECEIVED:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in (U_DATE, U_NOTE):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _UNIT_ROLES:
            return None
        r = self.receipts[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == U_RECEIVED:
            return Qt.CheckState.Checked if r.received else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == U_NAME:
                return r.unit_name
            if col == U_DATE:
                return screen_date(r.received_on) if r.received_on else ""
            if col == U_NOTE:
                return r.note
        if role == Qt.ItemDataRole.UserRole:
            return r.unit_id
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        col = index.column()
        if col == U_RECEIVED and role == Qt.ItemDataRole.CheckStateRole:
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
            self.edited.emit(index.row(), col, checked)
            return True
        if col in (U_DATE, U_NOTE) and role == Qt.ItemDataRole.EditRole:
            self.edited.emit(index.row(), col, str(value))
            return True
        return False

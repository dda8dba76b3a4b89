"""The register as a table model: one row per document of the year, newest number last."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from thiduadesk.domain.dates import screen_date
from thiduadesk.domain.register import RegisterEntry
from thiduadesk.ops import register as register_ops
from thiduadesk.store.db import Store

_Index = QModelIndex | QPersistentModelIndex


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
            if not e.issued_here:
                return self.tr("Entered by hand")
            return self.tr("Issued from the Plans tab") if e.plan_id is not None else self.tr("Issued by ThiDuaDesk")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = [e.number_and_symbol, e.display_date, f"{e.type_name}: {e.title}", e.signer, e.recipients,
                      e.file_copy, "" if e.copies is None else str(e.copies), screen_date(e.sent_date), e.notes]
            return values[col]
        if role == Qt.ItemDataRole.UserRole:
            return e.id
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.NUMBER, self.DATE, self.COPIES, self.SENT,
                                                                  self.FILE_COPY):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.NUMBER and not e.issued_here:
            return QBrush(QColor("#5d4037"))  # entered by hand
        return None

    def entry(self, row: int) -> RegisterEntry | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def row_of(self, entry_id: int | None) -> int:
        return next((i for i, e in enumerate(self.entries) if e.id == entry_id), -1)

"""Table models of the Đơn vị tab: thin views over UnitRepository queries.

Filtering and sorting happen in SQL (``list_units(search, level=, cluster=, active_only=,
order_by=, descending=)``); the models only hold the rows of the last query.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from thiduadesk.domain.model import Person, Unit
from thiduadesk.store.units import UnitRepository
from thiduadesk.ui.formatting import format_count
from thiduadesk.ui.labels import gender_label, level_label


@dataclass
class UnitQuery:
    search: str = ""
    level: str | None = None
    cluster: str | None = None
    active_only: bool = False
    order_by: str = "name"
    descending: bool = False


class UnitTableModel(QAbstractTableModel):
    """Units with their number of people; ``sort()`` re-queries in SQL."""

    # Column keys in display order; SORT_KEYS maps the sortable ones to list_units(order_by=).
    COLUMNS = ("name", "level", "cluster", "head_name", "phone", "email", "people", "active")
    SORT_KEYS = {"name": "name", "level": "level", "cluster": "cluster", "head_name": "head_name", "people": "people"}

    reloaded = Signal()

    def __init__(self, repo: UnitRepository, parent: QObject | None = None, *, lang: str = "vi"):
        super().__init__(parent)
        self.repo = repo
        self.lang = lang
        self.query = UnitQuery()
        self.rows: list[tuple[Unit, int]] = []

    # -- queries -----------------------------------------------------------------------------

    def reload(self) -> None:
        q = self.query
        rows = self.repo.list_units(
            q.search,
            level=q.level,
            cluster=q.cluster,
            active_only=q.active_only,
            order_by=q.order_by,
            descending=q.descending,
        )
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()
        self.reloaded.emit()

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(self.COLUMNS) and self.COLUMNS[column] in self.SORT_KEYS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self.is_sortable(column):
            return
        self.query.order_by = self.SORT_KEYS[self.COLUMNS[column]]
        self.query.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def sort_column(self) -> int:
        for column, key in enumerate(self.COLUMNS):
            if self.SORT_KEYS.get(key) == self.query.order_by:
                return column
        return 0

    # -- access ------------------------------------------------------------------------------

    def unit_at(self, row: int) -> Unit | None:
        return self.rows[row][0] if 0 <= row < len(self.rows) else None

    def row_of(self, unit_id: int | None) -> int:
        for row, (unit, _count) in enumerate(self.rows):
            if unit.id == unit_id:
                return row
        return -1

    # -- Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headers(self) -> list[str]:
        return [
            self.tr("Unit name"),
            self.tr("Level"),
            self.tr("Emulation cluster"),
            self.tr("Principal"),
            self.tr("Phone"),
            self.tr("Email"),
            self.tr("People"),
            self.tr("Active"),
        ]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers()[section]
            if role == Qt.ItemDataRole.ToolTipRole and not self.is_sortable(section):
                return self.tr("This column cannot be sorted")
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        unit, people = self.rows[index.row()]
        key = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if key == "level":
                return level_label(unit.level)
            if key == "people":
                return format_count(people, self.lang)
            if key == "active":
                return self.tr("Yes") if unit.active else self.tr("No")
            if role == Qt.ItemDataRole.ToolTipRole and key == "name" and unit.address:
                return f"{unit.name}\n{unit.address}"
            return getattr(unit, key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key == "people":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if key == "active":
                return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not unit.active:
            return QBrush(QColor(128, 128, 128))
        if role == Qt.ItemDataRole.UserRole:
            return unit.id
        return None


class PeopleModel(QAbstractTableModel):
    """The people of one unit, in Vietnamese name order (list_people sorts in SQL)."""

    COLUMNS = ("full_name", "gender", "position", "birth_year")

    def __init__(self, repo: UnitRepository, parent: QObject | None = None):
        super().__init__(parent)
        self.repo = repo
        self.unit_id: int | None = None
        self.people: list[Person] = []

    def set_unit(self, unit_id: int | None) -> None:
        self.unit_id = unit_id
        self.reload()

    def reload(self) -> None:
        people = self.repo.list_people(self.unit_id) if self.unit_id is not None else []
        self.beginResetModel()
        self.people = people
        self.endResetModel()

    def person_at(self, row: int) -> Person | None:
        return self.people[row] if 0 <= row < len(self.people) else None

    def row_of(self, person_id: int | None) -> int:
        for row, person in enumerate(self.people):
            if person.id == person_id:
                return row
        return -1

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Full name"), self.tr("Gender"), self.tr("Position"), self.tr("Born")][section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.people):
            return None
        person = self.people[index.row()]
        key = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if key == "gender":
                return gender_label(person.gender)
            if key == "birth_year":
                return str(person.birth_year) if person.birth_year else ""
            return getattr(person, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "birth_year":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return person.id
        return None

"""The year's nominations as a table model that reads from SQL a page at a time: filtering,
searching and sorting are queries (store/award_queries.py), and rows are fetched as the view
scrolls to them, so the list stays instant over tens of thousands of nominations."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from thiduadesk.domain.dates import screen_date
from thiduadesk.ops import awards as ops
from thiduadesk.store.award_queries import NominationQuery
from thiduadesk.ui.awards.labels import award_name, award_short, rating_label, status_label

_Index = QModelIndex | QPersistentModelIndex
# As plain ints: converting Qt's enum for every cell made costs more than setting it.
_CENTER, _ALIGNMENT = int(Qt.AlignmentFlag.AlignCenter.value), int(Qt.ItemDataRole.TextAlignmentRole.value)
PAGE = 40  # more rows than a full-height window shows; more are read as the view scrolls
FAIL_COLOUR, PASS_COLOUR = QColor("#b71c1c"), QColor("#1b5e20")
_FAIL_BRUSH, _PASS_BRUSH = QBrush(FAIL_COLOUR), QBrush(PASS_COLOUR)


class NominationsModel(QStandardItemModel):
    """The rows read so far are held as Qt items, their texts and colours set once when a page is
    read: the view's painting (seven roles of every visible cell at every keystroke) then never
    calls into Python. Tooltips are made when asked for (``tooltip``; the tab shows them), not for
    every cell read. ``rows`` keeps the rows as read (dicts) for the tab."""

    NAME, BIRTH, POSITION, UNIT, AWARD, RATING, CHECK, STATUS, VOTES, INITIATIVE = range(10)
    SORT_KEYS = ("name", "birth_date", "position", "unit", "award", "rating", "check", "status", "votes", None)

    def __init__(self, store, parent=None):
        super().__init__(0, 10, parent)
        self.store = store
        self.query: NominationQuery | None = None
        self.sort_key, self.descending = "name", False
        self.total = 0
        self.rows: list[dict] = []
        self.setHorizontalHeaderLabels(self.headers())
        self._not_checked, self._eligible = self.tr("not checked"), self.tr("✓ eligible")

    # -- what is shown -------------------------------------------------------------------------

    def set_query(self, query: NominationQuery | None, total: int | None = None) -> None:
        """Show ``query``'s rows; ``total``, when the caller has counted them already."""
        self.query = query
        self.reload(total)

    def reload(self, total: int | None = None) -> None:
        """Read the count and the first page again (after a change, a filter, a sort)."""
        if self.query is None:
            self.total, rows = 0, []
        else:
            self.total = ops.queries(self.store).count(self.query) if total is None else total
            rows = self._fetch(0)[: self.total]
        self.beginResetModel()
        self.blockSignals(True)  # the rows' own insert signals: the reset announces them all
        try:
            self.setRowCount(0)
            self.rows = []
            self._append(rows)
        finally:
            self.blockSignals(False)
        self.endResetModel()

    def _fetch(self, offset: int) -> list[dict]:
        return ops.nominations_page(self.store, self.query, sort=self.sort_key, descending=self.descending,
                                    offset=offset, limit=PAGE)

    def _append(self, rows: list[dict]) -> None:
        self.rows.extend(rows)
        for row in rows:
            self.appendRow([self._item(row, col, text) for col, text in enumerate(self._texts(row))])

    def _item(self, row: dict, col: int, text: str) -> QStandardItem:
        item = QStandardItem(text)  # (not edited: the view has no edit triggers)
        if col == self.CHECK and row["eligible"] is not None:
            item.setForeground(_PASS_BRUSH if row["eligible"] else _FAIL_BRUSH)
        elif col in (self.BIRTH, self.VOTES):
            item.setData(_CENTER, _ALIGNMENT)
        return item

    def tooltip(self, r: int, col: int) -> str:
        """The tooltip of a cell: the whole text, the award and rating spelt out, the reason of a
        failing check; "" for an empty cell or no row."""
        row = self.row_data(r)
        if row is None or not 0 <= col < 10:
            return ""
        if col == self.CHECK and row["eligible"] is False:
            return row["check_note"]
        if col == self.AWARD:
            return award_name(row["award"])
        if col == self.RATING and row["rating"]:
            return rating_label(row["rating"])
        return self._texts(row)[col]

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        if parent.isValid() or self.query is None:
            return
        more = self._fetch(len(self.rows))[: self.total - len(self.rows)]
        if not more:
            self.total = len(self.rows)  # the list shrank meanwhile; the next change reloads it
            return
        self._append(more)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS[column] if 0 <= column < len(self.SORT_KEYS) else None
        if key is None:
            return
        self.sort_key, self.descending = key, order == Qt.SortOrder.DescendingOrder
        self.reload()

    # -- texts -------------------------------------------------------------------------------------

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Date of birth"), self.tr("Position"), self.tr("Unit"), self.tr("Award"),
                self.tr("Rating"), self.tr("Check"), self.tr("Status"), self.tr("Votes"), self.tr("Initiative")]

    def _texts(self, row: dict) -> tuple[str, ...]:
        """The ten cells' texts of a row, in column order."""
        eligible = row["eligible"]
        return (
            row["name"],
            screen_date(row["birth_date"]) if row["birth_date"] else "",
            row["position"],
            row["unit_name"],
            award_short(row["award"]),
            row["rating"] + "NV" if row["rating"] else "",  # as offices write it in a narrow column: HTXSNV
            self._not_checked if eligible is None else self._eligible if eligible else "✗ " + row["check_note"],
            status_label(row["status"]),
            f"{row['votes_for']}/{row['votes_total']}" if row["votes_total"] else "",
            "; ".join(i["title"] for i in row["initiatives"]),
        )

    # -- for the tab ---------------------------------------------------------------------------------

    def nomination_id(self, row: int) -> int | None:
        return self.rows[row]["id"] if 0 <= row < len(self.rows) else None

    def row_data(self, row: int) -> dict | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, nomination_id: int) -> int:
        """The row of a nomination, fetching pages up to it when it is further down."""
        while True:
            found = next((i for i, r in enumerate(self.rows) if r["id"] == nomination_id), -1)
            if found >= 0 or not self.canFetchMore():
                return found
            self.fetchMore()

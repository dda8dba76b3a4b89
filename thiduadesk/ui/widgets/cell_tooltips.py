"""Tooltips of a table's cells made when the mouse rests on one, from a function of (row, column),
for models that do not keep a tooltip in every cell."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QToolTip


class CellTooltips(QObject):
    """Installed on ``view``'s viewport: ``text_of(row, column)`` gives the tooltip ("" for none)."""

    def __init__(self, view: QAbstractItemView, text_of: Callable[[int, int], str]):
        super().__init__(view)
        self.view = view
        self.text_of = text_of
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.ToolTip or watched is not self.view.viewport():
            return False
        index = self.view.indexAt(event.pos())
        text = self.text_of(index.row(), index.column()) if index.isValid() else ""
        if text:
            QToolTip.showText(event.globalPos(), text, self.view.viewport(), self.view.visualRect(index))
        else:
            QToolTip.hideText()
        return True

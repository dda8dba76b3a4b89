"""A dialog that asks before Esc, Cancel or the close button throws away what the clerk typed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from thiduadesk.ui import prompts


def input_snapshot(root: QWidget) -> tuple:
    """The values of every input inside ``root``, comparable with ``==`` (not those of a dialog it
    opened: they belong to that window)."""
    values: list = []
    for widget in root.findChildren(QWidget):
        if widget.window() is not root.window():
            continue
        if isinstance(widget, QLineEdit):
            values.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            values.append(widget.toPlainText())
        elif isinstance(widget, QTextEdit):
            values.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            values.append((widget.currentIndex(), widget.currentText()))
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            values.append(widget.isChecked())
    return tuple(values)


class GuardedDialog(QDialog):
    """Remembers its inputs when first shown; ``reject()`` confirms before discarding changes."""

    _shown_values: tuple | None = None

    def showEvent(self, event) -> None:
        if self._shown_values is None:
            self._shown_values = input_snapshot(self)
        super().showEvent(event)

    def has_changes(self) -> bool:
        return self._shown_values is not None and input_snapshot(self) != self._shown_values

    def reject(self) -> None:
        if self.has_changes() and not prompts.confirm(
            self,
            QCoreApplication.translate("GuardedDialog", "Discard changes"),
            QCoreApplication.translate("GuardedDialog", "Close this window and lose what you typed?"),
        ):
            return
        super().reject()

"""How a locked form looks: every read-only field inside a widget greyed, with a tooltip that says
why it cannot be changed (an issued plan: make a new version)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

LOCKED_BACKGROUND = "#ececec"
LOCKED_TEXT = "#454545"
_TIP_KEY = "lockedOriginalTip"


def _fields(root: QWidget) -> list[QWidget]:
    kinds = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox, QAbstractItemView)
    out = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, kinds) and not (isinstance(widget, QLineEdit) and isinstance(widget.parent(),
                                                                                          (QComboBox, QAbstractSpinBox))):
            out.append(widget)
    return out


def is_locked(widget: QWidget) -> bool:
    return bool(widget.property("locked"))


def show_locked(root: QWidget, locked: bool, why: str) -> None:
    """Grey every field under ``root`` and give it ``why`` as its tooltip (``locked``), or put back
    the normal look and the field's own tooltip."""
    for widget in _fields(root):
        if locked and not is_locked(widget):
            widget.setProperty(_TIP_KEY, widget.toolTip())
            widget.setProperty("locked", True)
            widget.setToolTip(why)
            widget.setStyleSheet(f"background: {LOCKED_BACKGROUND}; color: {LOCKED_TEXT};")
        elif not locked and is_locked(widget):
            widget.setProperty("locked", False)
            widget.setToolTip(widget.property(_TIP_KEY) or "")
            widget.setStyleSheet("")

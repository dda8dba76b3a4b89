"""Small helpers the plan editor's pages share for their text fields."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit


def line_edit(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def set_text(edit: QLineEdit, text: str) -> None:
    """Show ``text`` (only if it differs: the cursor stays put while typing) from its beginning,
    as Word shows a long title."""
    if edit.text() != text:
        edit.setText(text)
        edit.setCursorPosition(0)

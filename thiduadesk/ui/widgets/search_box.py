"""A search field that reports its text after a short pause in typing (debounce)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

DEBOUNCE_MS = 250


class SearchBox(QLineEdit):
    search_changed = Signal(str)

    def __init__(self, placeholder: str, parent: QWidget | None = None, *, debounce_ms: int = DEBOUNCE_MS):
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.flush)
        if debounce_ms:
            self.textChanged.connect(lambda _text: self._timer.start())
        else:  # the search is fast enough to follow every keystroke
            self.textChanged.connect(self.search_changed.emit)
        self.returnPressed.connect(self.flush)

    def flush(self) -> None:
        """Report now (Enter, or a test that does not want to wait)."""
        self._timer.stop()
        self.search_changed.emit(self.text())

    def pending(self) -> bool:
        return self._timer.isActive()

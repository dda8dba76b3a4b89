"""An hourglass while the program reads or writes a file, so a slow job never looks frozen."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor, QGuiApplication


@contextmanager
def busy_cursor() -> Iterator[None]:
    """Show the wait cursor for the body (and paint it before the work starts); always restored."""
    QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    QGuiApplication.processEvents()
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()

"""What the main window asks of every tab: a plain mixin beside QWidget, so the window calls the
hooks directly (no looking them up by name) and a tab overrides only those it has."""

from __future__ import annotations

from PySide6.QtCore import QSettings


class TabPage:
    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the tab's search box."""

    def new_item(self) -> None:
        """Ctrl+N: make a new item of what the tab lists."""

    def delete_selected(self) -> None:
        """Del: delete what is selected (the tab asks first)."""

    def refresh(self) -> None:
        """F5: read again what the tab shows."""

    def undo_stack(self):
        """The QUndoStack Edit → Undo / Redo step through while the tab is shown, or None."""
        return None

    def save_now(self) -> bool:
        """Write unsaved work; False if it could not be written (the tab says why)."""
        return True

    def save_state(self, settings: QSettings) -> None:
        """Remember column widths, splitters and the like."""

    def restore_state(self, settings: QSettings) -> None:
        """Take back what save_state remembered."""

"""The main window's Sửa (Edit) menu: one Undo and one Redo for the whole window, and the list of
recently deleted items.

Undo (Ctrl+Z) restores the last delete while that delete is the last thing done (a unit, a
person, a draft plan, a register entry: ui/widgets/deletions.py); otherwise it steps back the
current tab's own history (the plan editor's undo stack, ui/plans/undo.py). Redo (Ctrl+Y,
Ctrl+Shift+Z) steps that history forward. A delete also shows "Hoàn tác" in the status bar.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from thiduadesk.store.errors import StoreError
from thiduadesk.ui import prompts
from thiduadesk.ui.widgets.deletions import DeletionHistory, deletions_of

UNDO_BUTTON_MS = 20000  # how long the status bar offers "Hoàn tác" after a delete


class EditCommands(QObject):
    def __init__(self, window: QMainWindow, store):
        super().__init__(window)
        self.window = window
        self.history: DeletionHistory = deletions_of(store)
        self.undo_action = QAction(self.tr("&Undo"), window)
        self.undo_action.setObjectName("editUndo")
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.undo_action.triggered.connect(lambda _c=False: self.undo())
        self.redo_action = QAction(self.tr("&Redo"), window)
        self.redo_action.setObjectName("editRedo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.redo_action.triggered.connect(lambda _c=False: self.redo())
        self.deleted_action = QAction(self.tr("Recently &deleted…"), window)
        self.deleted_action.setObjectName("editRecentlyDeleted")
        self.deleted_action.triggered.connect(lambda _c=False: self.show_recently_deleted())
        for action in (self.undo_action, self.redo_action):
            window.addAction(action)

        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("undoDeleteButton")
        self.undo_button.setFlat(True)
        self.undo_button.setStyleSheet("QPushButton { color: palette(link); text-decoration: underline; }")
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.hide()
        self._button_timer = QTimer(self)
        self._button_timer.setSingleShot(True)
        self._button_timer.timeout.connect(self.undo_button.hide)
        self._stack = None
        self._undoing_delete = False  # a restore is under way: its own changes are not "something else"
        self.history.pushed.connect(self._on_deleted)
        self.history.changed.connect(self.update)

    def build_menu(self, menu) -> None:
        menu.aboutToShow.connect(self.update)
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.addSeparator()
        menu.addAction(self.deleted_action)

    # -- which history --

    def follow_stack(self, stack) -> None:
        """The current tab's undo stack (None: the tab has none); called when the tab changes."""
        if self._stack is not None and shiboken6.isValid(self._stack):
            self._stack.indexChanged.disconnect(self._on_stack_index)
        self._stack = stack
        if stack is not None:
            stack.indexChanged.connect(self._on_stack_index)
        self.update()

    def _on_stack_index(self, _index: int) -> None:
        if not self._undoing_delete:
            self.history.mark_stale()
            self.undo_button.hide()
        self.update()

    def update(self) -> None:
        stack = self._stack
        if stack is not None and not shiboken6.isValid(stack):  # the tab is being torn down
            stack = self._stack = None
        if self.history.can_undo_now():
            self.undo_action.setEnabled(True)
            self.undo_action.setText(self.tr("&Undo delete"))
        else:
            can = stack is not None and stack.canUndo()
            self.undo_action.setEnabled(can)
            detail = stack.undoText() if can else ""
            self.undo_action.setText(self.tr("&Undo %1").replace("%1", detail).strip() if detail else self.tr("&Undo"))
        can_redo = stack is not None and stack.canRedo()
        self.redo_action.setEnabled(can_redo)
        detail = stack.redoText() if can_redo else ""
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", detail).strip() if detail else self.tr("&Redo"))
        self.deleted_action.setEnabled(bool(self.history.items))
        if not self.history.can_undo_now():
            self.undo_button.hide()

    # -- doing --

    def undo(self) -> None:
        if self.history.can_undo_now():
            self.undo_delete()
        elif self._stack is not None and self._stack.canUndo():
            self._stack.undo()
        self.update()

    def redo(self) -> None:
        if self._stack is not None and self._stack.canRedo():
            self._stack.redo()
        self.update()

    def undo_delete(self, item=None) -> int | None:
        """Restore ``item`` (default: the last delete); its id, or None when refused (said why)."""
        self.undo_button.hide()
        target = item or self.history.last()
        if target is None:
            return None
        self._undoing_delete = True
        try:
            new_id = self.history.restore(target)
        except StoreError as exc:
            prompts.warn(self.window, self.tr("Undo"), exc.message)
            return None
        finally:
            self._undoing_delete = False
        self.window.statusBar().showMessage(
            self.tr("Restored: %1").replace("%1", target.label), 8000)
        self.update()
        return new_id

    def _on_deleted(self, item) -> None:
        self.window.statusBar().showMessage(item.message + " " + self.tr("Ctrl+Z undoes it."), UNDO_BUTTON_MS)
        self.undo_button.show()
        self._button_timer.start(UNDO_BUTTON_MS)
        self.update()

    def show_recently_deleted(self) -> None:
        RecentlyDeletedDialog(self, self.window).exec()


class RecentlyDeletedDialog(QDialog):
    """What was deleted in this session, newest first; Restore puts the chosen one back."""

    def __init__(self, commands: EditCommands, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recentlyDeletedDialog")
        self.setWindowTitle(self.tr("Recently deleted"))
        self.commands = commands
        self.list = QListWidget()
        self.list.setObjectName("deletedList")
        self.note = QLabel(self.tr("Deleted since the program was opened; a restored item comes back as it was."))
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setObjectName("restoreDeleted")
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(520, 360)
        self.fill()

    def fill(self) -> None:
        self.list.clear()
        for item in reversed(self.commands.history.items):
            entry = QListWidgetItem(item.message)
            entry.setData(256, item)
            self.list.addItem(entry)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.restore_button.setEnabled(self.list.count() > 0)

    def restore_selected(self) -> int | None:
        current = self.list.currentItem()
        if current is None:
            return None
        new_id = self.commands.undo_delete(current.data(256))
        self.fill()
        return new_id

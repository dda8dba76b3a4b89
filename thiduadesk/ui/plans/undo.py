"""Snapshot-based undo for the plan editor.

Each edit records the whole plan as a dict before and after (a plan is a few tens of kilobytes,
so this is cheap and cannot get out of step with the data the way hand-written inverse commands
can). Consecutive edits of the same field (typing) merge into one step.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoStack

if TYPE_CHECKING:
    from thiduadesk.ui.plans.editor import PlanEditor

_MERGE_ID = 0x504C  # any constant: Qt only merges commands whose id() is equal and not -1
UNDO_LIMIT = 300


def new_undo_stack(parent: QObject) -> QUndoStack:
    """The undo stack of the plan editor's edits."""
    stack = QUndoStack(parent)
    stack.setUndoLimit(UNDO_LIMIT)
    return stack


class SnapshotCommand(QUndoCommand):
    def __init__(self, editor: PlanEditor, before: dict, after: dict, text: str,
                 merge_key: Hashable | None = None, select_before=None, select_after=None):
        super().__init__(text)
        self.editor = editor
        self.before = before
        self.after = after
        self.merge_key = merge_key
        self.select_before = select_before
        self.select_after = select_after
        self._pushed = False

    def id(self) -> int:
        return _MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SnapshotCommand) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        self.select_after = other.select_after
        return True

    def redo(self) -> None:
        # QUndoStack.push() calls redo(); the edit has already been made by then.
        if not self._pushed:
            self._pushed = True
            return
        self.editor.restore(self.after, self.select_after)

    def undo(self) -> None:
        self.editor.restore(self.before, self.select_before)


UNDO_KEYS = (QKeySequence("Ctrl+Z"),)
REDO_KEYS = (QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z"))


def is_undo_redo_key(event: QKeyEvent) -> bool:
    if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
        return True
    pressed = QKeySequence(event.keyCombination())
    return any(pressed == seq for seq in (*UNDO_KEYS, *REDO_KEYS))


class UndoKeysToStack(QObject):
    """Event filter for the editor's text fields: Ctrl+Z / Ctrl+Y go to the plan's undo stack
    rather than the field's own, so there is one undo history, in the order the clerk worked."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if is_undo_redo_key(event):
                event.ignore()
                return True
        return False

"""The recently deleted items of an open store, for Edit → Undo (Ctrl+Z right after a delete),
the "Hoàn tác" button in the status bar and the "Recently deleted" list.

Every view that deletes (units, people, draft plans, register entries) hands the operation's
``Deleted`` to :func:`deletions_of(store).push`; restoring calls ``ops.deleted.restore`` (same
ids, one audited transaction) and tells the views which item came back so they can show it.
Ctrl+Z restores only while the delete is the last thing done: any other change of the data, or
an edit in the plan editor, makes it history (still in the list, restorable from there).
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, Signal

from thiduadesk.ops import changes
from thiduadesk.ops import deleted as deleted_ops
from thiduadesk.ops.deleted import Deleted
from thiduadesk.ui.changes import changes_of

_histories: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


class DeletionHistory(QObject):
    pushed = Signal(object)  # Deleted
    restored = Signal(object, int)  # Deleted, the id it came back under
    changed = Signal()  # the list, or whether Ctrl+Z restores, changed

    LIMIT = 30

    def __init__(self, store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.items: list[Deleted] = []  # oldest first
        self._last_is_delete = False
        changes_of(store).changed.connect(self._on_change)

    def push(self, item: Deleted) -> None:
        """A delete just made (call after the operation and the view's reload)."""
        self.items.append(item)
        del self.items[:-self.LIMIT]
        self._last_is_delete = True
        self.pushed.emit(item)
        self.changed.emit()

    def can_undo_now(self) -> bool:
        """Whether Ctrl+Z restores: the last thing done was a delete."""
        return self._last_is_delete and bool(self.items)

    def last(self) -> Deleted | None:
        return self.items[-1] if self.items else None

    def mark_stale(self) -> None:
        """Something else was done since the last delete (an edit not yet written, too)."""
        if self._last_is_delete:
            self._last_is_delete = False
            self.changed.emit()

    def _on_change(self, change: changes.Change) -> None:
        if change.origin is not self:
            self.mark_stale()

    def restore(self, item: Deleted | None = None) -> int:
        """Put ``item`` (default: the last one) back; its id. StoreError (with the clerk's message)
        when it cannot come back; it then stays in the list."""
        item = item or self.last()
        if item is None:
            raise LookupError("nothing deleted")
        with changes.acting(self.store, self):
            new_id = deleted_ops.restore(self.store, item)
        self.items.remove(item)
        self._last_is_delete = False
        self.restored.emit(item, new_id)
        self.changed.emit()
        return new_id


def deletions_of(store) -> DeletionHistory:
    history = _histories.get(store)
    if history is None:
        history = _histories[store] = DeletionHistory(store)
    return history

"""The Qt side of the change notification: one subscription per open store, one signal.

``changes_of(store).changed`` is emitted with the ``ops.changes.Change`` after every operation on
``store``; views connect to it and refresh what they show. The main window asks for it first, so
the program subscribes to the hub once; views made on their own (tests) get the same bridge.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, Signal

from thiduadesk.ops import changes

_bridges: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


class ChangeBridge(QObject):
    changed = Signal(object)  # ops.changes.Change
    # A plan read from a file in the plans tab (its id): the main window has the calendar offer
    # the deadlines found in it. A GUI step, not a data change, so not an ops.changes area.
    plan_imported = Signal(int)

    def __init__(self, store, parent: QObject | None = None):
        super().__init__(parent)
        self._unsubscribe = changes.hub(store).subscribe(self._on_change)

    def _on_change(self, change: changes.Change) -> None:
        self.changed.emit(change)

    def close(self) -> None:
        self._unsubscribe()


def changes_of(store) -> ChangeBridge:
    bridge = _bridges.get(store)
    if bridge is None:
        bridge = _bridges[store] = ChangeBridge(store)
    return bridge

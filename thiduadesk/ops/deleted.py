"""Deletes that can be undone: each delete operation (a unit, a person, a draft plan, a register
entry made by hand) returns a :class:`Deleted`, and :func:`restore` puts it back — same ids, one
audited transaction, one change notification — or refuses with a message saying why (the data
has moved on: a new unit took the name, a number was given again, the person's unit has gone).
"""

from __future__ import annotations

from dataclasses import dataclass

from thiduadesk.ops import changes
from thiduadesk.store.db import Store
from thiduadesk.store.restore import RemovedRows

UNIT, PERSON, PLAN, REGISTER_ENTRY = "unit", "person", "plan", "register"


@dataclass(frozen=True)
class Deleted:
    kind: str  # UNIT, PERSON, PLAN or REGISTER_ENTRY
    item_id: int
    label: str  # what was deleted, in Vietnamese: 'đơn vị «Trường Mầm non Hoa Sen»'
    removed: RemovedRows

    @property
    def message(self) -> str:
        """'Đã xoá đơn vị «…».' (people and plans that went with it counted)."""
        extra = ""
        if self.kind == UNIT:
            people = sum(1 for table, _row in self.removed.rows if table == "people")
            extra = f" cùng {people} người" if people else ""
        return f"Đã xoá {self.label}{extra}."


def restore(store: Store, deleted: Deleted) -> int:
    """Put ``deleted`` back; its id (the same unless a new row took it meanwhile)."""
    if deleted.kind in (UNIT, PERSON):
        from thiduadesk.store.units import UnitRepository

        item_id = UnitRepository(store).restore(deleted.removed)
        if deleted.kind == UNIT:
            changes.publish(store, changes.UNITS, changes.PEOPLE, ids={changes.UNITS: [item_id]})
        else:
            unit_id = deleted.removed.first("people")["unit_id"]
            changes.publish(store, changes.PEOPLE, ids={changes.PEOPLE: [item_id], changes.UNITS: [unit_id]})
    elif deleted.kind == PLAN:
        from thiduadesk.store.plans import PlanRepository

        item_id = PlanRepository(store).restore(deleted.removed)
        changes.publish(store, changes.PLANS, changes.DEADLINES, ids={changes.PLANS: [item_id]})
    elif deleted.kind == REGISTER_ENTRY:
        from thiduadesk.store.register import RegisterRepository

        item_id = RegisterRepository(store).restore(deleted.removed)
        changes.publish(store, changes.REGISTER, ids={changes.REGISTER: [item_id]})
    else:
        raise ValueError(deleted.kind)
    return item_id

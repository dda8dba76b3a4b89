"""A data file opened for a command (ops.data.open_data) follows plan edits on the calendar, as
the main window does: deadlines taken from a plan move with its timetable, whoever edits it."""

from __future__ import annotations

from tests.documents.plan_fixtures import long_plan
from thiduadesk.ops import deadlines, plans
from thiduadesk.ops.data import open_data
from thiduadesk.store.plans import PlanRepository


def test_a_plan_edit_through_ops_moves_its_deadlines(db_path):
    store = open_data(db_path)
    try:
        plan = long_plan()
        plan.number = None
        plan_id = PlanRepository(store).create(plan)
        taken = deadlines.take_from_plan(store, plan_id)
        assert taken
        first = deadlines.get(store, taken[0])
        draft = plans.get(store, plan_id)
        row = next(r for r in draft.timetable.rows if r.due_iso == first.due)
        row.due_iso = "2022-12-30"
        plans.save_draft(store, draft)  # no explicit sync: the open file follows its plans
        assert deadlines.get(store, taken[0]).due == "2022-12-30"
    finally:
        store.close()

"""A demo database: a realistic district to try the program on (``thiduadesk --demo``)."""

from __future__ import annotations

from thiduadesk.domain.model import apply_profile
from thiduadesk.store.db import Store
from thiduadesk.store.plans import PlanRepository
from thiduadesk.store.profile import load_profile, save_profile
from thiduadesk.store.units import UnitRepository


def ensure_demo(store: Store) -> bool:
    """Fill an empty database with the demo district; leave a used one alone. True if filled."""
    units = UnitRepository(store)
    if units.count() > 0:
        return False
    from thiduadesk import demo_data
    profile = load_profile(store) or save_profile(store, demo_data.demo_profile())
    unit_list = demo_data.demo_units()
    units.import_units(unit_list)
    people = demo_data.demo_people(unit_list)
    for unit, _count in units.list_units():
        staff = people.get(unit.name, [])
        for person in staff:
            person.unit_id = unit.id
        units.add_people(staff)
    _demo_plans(store, profile)
    return True


def _demo_plans(store: Store, profile) -> None:
    """Two draft plans of this year, from the templates."""
    import datetime as dt

    from thiduadesk.domain.plan import DocDate
    from thiduadesk.domain.templates import load_template

    plans = PlanRepository(store)
    year = dt.date.today().year
    for key in ("tdkt-nam", "thi-dua-nam"):
        plan = apply_profile(load_template(key, year, profile), profile)
        plan.date = DocDate(None, 1, year)
        plans.create(plan)

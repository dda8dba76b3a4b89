"""Writing demo data (domain/demo/) into an empty database: ``thiduadesk --demo`` (small) and
``thiduadesk demo --size small|large``.

Everything goes through the repositories, so every row has its audit record as if the clerk had
entered it, and all of it is ONE transaction: a failure (a full disk) leaves the file empty as it
was. A database that already holds anything is refused, nothing changed. Storage draws no pages:
issuing the plans of past years needs ``render_pdf`` from the caller (ops/demo.py).
"""

from __future__ import annotations

import copy
import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from thiduadesk.domain.demo import DEMO_SEED, SIZES, DemoSize, district
from thiduadesk.domain.demo import awards as demo_awards
from thiduadesk.domain.demo import calendar as demo_calendar
from thiduadesk.domain.model import OfficeProfile, apply_profile, fill_header
from thiduadesk.domain.plan import DocDate
from thiduadesk.store.awards import AwardRepository
from thiduadesk.store.db import Store
from thiduadesk.store.deadlines import DeadlineRepository
from thiduadesk.store.errors import ValidationError
from thiduadesk.store.plans import PlanRepository
from thiduadesk.store.profile import load_profile, save_profile
from thiduadesk.store.units import UnitRepository
from thiduadesk.store.usage import data_in, has_data


@dataclass
class DemoCounts:
    units: int = 0
    people: int = 0
    plans: int = 0
    issued: int = 0
    nominations: int = 0
    conferred: int = 0
    deadlines: int = 0
    ticks: int = 0
    audit: int = 0


def refusal(store: Store) -> str | None:
    """Why demo data may not go into this database (it holds data), or None."""
    found = data_in(store)
    if not found:
        return None
    held = ", ".join(f"{n:,} {label}".replace(",", ".") for label, n in found)
    return (f"Tệp dữ liệu {store.path} đã có dữ liệu ({held}). Dữ liệu mẫu chỉ được tạo trong một tệp mới "
            "(trống); không có gì bị thay đổi. Hãy chọn tệp khác, ví dụ: "
            "thiduadesk --db du-lieu-mau.sqlite demo --size large.")


def fill(store: Store, size: DemoSize, *, seed: int = DEMO_SEED, today: dt.date | None = None,
         render_pdf: Callable | None = None) -> DemoCounts:
    """Fill an empty database with the demo district of ``size``; refused (ValidationError,
    nothing changed) when it holds data. The same seed and day give the same content."""
    reason = refusal(store)
    if reason:
        raise ValidationError(reason)
    if size.plans and render_pdf is None:
        raise ValueError("issuing demo plans needs render_pdf")
    today = today or dt.date.today()
    audit_before = store.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    counts = DemoCounts()
    with store.transaction():
        profile = load_profile(store) or save_profile(store, district.demo_profile())
        units_repo = UnitRepository(store)
        units = district.demo_units(size.units)
        units_repo.import_units(units)
        units = [units_repo.find_by_name(u.name) for u in units]  # with their ids, in the same order
        people = district.demo_people(units, seed, total=size.people)
        staff = []
        for unit in units:
            for person in people[unit.name]:
                person.unit_id = unit.id
                staff.append(person)
        units_repo.add_people(staff)
        counts.units, counts.people = len(units), len(staff)
        _plans(store, size, profile, today, random.Random(seed * 7 + 1), render_pdf, counts)
        _awards(store, size, units, staff, today, random.Random(seed * 7 + 2), counts)
        _deadlines(store, size, units, today, random.Random(seed * 7 + 3), counts)
    counts.audit = store.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] - audit_before
    return counts


def ensure_demo(store: Store) -> bool:
    """Fill an empty database with the small demo (``thiduadesk --demo``); leave a used one
    alone. True if filled."""
    if has_data(store):
        return False
    fill(store, SIZES["small"])
    return True


def current_school_year(today: dt.date) -> str:
    """'2026-2027' from September 2026 to August 2027."""
    from thiduadesk.domain.awards.model import parse_school_year
    from thiduadesk.domain.templates import school_year

    return parse_school_year(school_year(today.year, today.month))


def _plans(store: Store, size: DemoSize, profile: OfficeProfile, today: dt.date, rng: random.Random,
           render_pdf, counts: DemoCounts) -> None:
    from thiduadesk.domain.templates import load_template

    plans = PlanRepository(store)
    if not size.plans:  # the two drafts of this year, from the templates
        for key in ("tdkt-nam", "thi-dua-nam"):
            plan = apply_profile(load_template(key, today.year, profile), profile)
            plan.date = DocDate(None, 1, today.year)
            plans.create(plan)
            counts.plans += 1
        return
    templates: dict[tuple[str, int], object] = {}
    for spec in demo_calendar.plan_specs(size.plans, today, rng):
        if (spec.template, spec.year) not in templates:
            templates[spec.template, spec.year] = load_template(spec.template, spec.year, profile)
        plan = apply_profile(copy.deepcopy(templates[spec.template, spec.year]), profile)
        if spec.title:
            plan.title = spec.title
        plan.date = DocDate(None, spec.month, spec.year)
        plan_id = plans.create(plan)
        counts.plans += 1
        if spec.issue_on is not None:
            plans.issue(plan_id, spec.issue_on, render_pdf, prepare=lambda p: fill_header(p, profile))
            counts.issued += 1


def _awards(store: Store, size: DemoSize, units, staff, today: dt.date, rng: random.Random,
            counts: DemoCounts) -> None:
    years = demo_awards.school_years(current_school_year(today), size.school_years)
    history = demo_awards.generate_awards(units, staff, years, rng)
    repo = AwardRepository(store)
    repo.add_nominations(history.nominations)
    with store.transaction():
        for index in history.decided:
            n = history.nominations[index]
            repo._insert_conferred(n.school_year, n.award, n.collective, n.name, n.unit_id, n.unit, n.birth_date,
                                   n.rating, sum(1 for x in n.initiatives if x.recognised), n.decision_number,
                                   n.decision_date, n.id, "decision")
    counts.nominations, counts.conferred = len(history.nominations), len(history.decided)


def _deadlines(store: Store, size: DemoSize, units, today: dt.date, rng: random.Random, counts: DemoCounts) -> None:
    repo = DeadlineRepository(store)
    current = current_school_year(today)
    # A few dozen deadlines: this school year and the last; more: every year of the nominations.
    years = demo_awards.school_years(current, 2 if size.deadlines <= 60 else max(1, size.school_years))
    items = demo_calendar.deadlines_for(years, size.deadlines, units, rng)
    repo.add_many(items)
    ticks = demo_calendar.ticks_for(items, lambda d: repo.units_for(d.audience, units), today, rng)
    repo.add_receipts([(items[t.deadline].id, t.unit_id, t.on, t.note) for t in ticks])
    counts.deadlines, counts.ticks = len(items), len(ticks)

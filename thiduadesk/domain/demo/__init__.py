"""Demo data at office scale: a district's schools and staff (district.py) with realistic
Vietnamese names (names.py), ten years of nominations (awards.py), plans and deadlines with the
schools' receipts (calendar.py). Pure domain objects from a seed; the store writes them
(store/demo.py), ``thiduadesk demo --size small|large`` asks for them (ops/demo.py).

``small`` is what ``thiduadesk --demo`` opens: the forty schools of Nam Từ Liêm and their staff,
two draft plans of this year, four school years of nominations and a few dozen deadlines. ``large``
is a big district's ten years: about 80 units, 4,000 people, 30,000 nominations, 150 plans and
2,000 deadlines with their ticks.
"""

from __future__ import annotations

from dataclasses import dataclass

from thiduadesk.domain.demo.district import DEMO_SEED


@dataclass(frozen=True)
class DemoSize:
    name: str
    units: int
    people: int | None  # None: 8–20 staff a school
    school_years: int  # of nominations, ending with the current school year (still proposed)
    plans: int  # 0: the two draft plans of this year only
    deadlines: int


SIZES = {
    "small": DemoSize("small", units=40, people=None, school_years=4, plans=0, deadlines=40),
    "large": DemoSize("large", units=80, people=4000, school_years=10, plans=150, deadlines=2000),
}

__all__ = ["DEMO_SEED", "SIZES", "DemoSize"]

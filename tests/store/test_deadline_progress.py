"""The progress counts of a period, worked out in SQL by audience group (the month view's fast
path), give what the units' receipts say one deadline at a time: every audience kind, an
inactive unit, the office in the units list, ticks taken back."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from thiduadesk.domain.model import Unit
from thiduadesk.domain.schedule import ALL, CLUSTER, LEVEL, LISTED, OFFICE, Audience, Deadline
from thiduadesk.store.db import open_store
from thiduadesk.store.deadlines import DeadlineRepository
from thiduadesk.store.units import UnitRepository

LEVELS = ("mam_non", "tieu_hoc", "thcs")


@pytest.fixture
def store(db_path):
    s = open_store(db_path)
    yield s
    s.close()


def test_progress_matches_the_receipts_of_each_deadline(store):
    rng = random.Random(7)
    units = UnitRepository(store)
    ids = [units.add(Unit(f"Trường số {i:02d}", level=LEVELS[i % 3], cluster=f"Cụm {i % 4}")) for i in range(24)]
    office = units.add(Unit("Phòng GD&ĐT Quận"))
    gone = units.get(ids[5])
    gone.active = False
    units.update(gone)
    audiences = [Audience(), Audience(LEVEL, "thcs"), Audience(CLUSTER, "Cụm 2"), Audience(OFFICE),
                 Audience(LISTED, unit_ids=[ids[1], ids[5], office, ids[9]]), Audience(LEVEL, "lien_cap")]
    repo = DeadlineRepository(store)
    deadlines = [repo.add(Deadline((dt.date(2024, 3, 1) + dt.timedelta(days=i % 28)).isoformat(), f"Hạn {i}",
                                   audience=audiences[i % len(audiences)])) for i in range(60)]
    for d in deadlines:
        for u in [*ids, office]:
            if rng.random() < 0.4:
                repo.set_receipt(d, u, received=True, on=dt.date(2024, 3, 1))
                if rng.random() < 0.2:
                    repo.set_receipt(d, u, received=False)
    items = repo.between(dt.date(2024, 3, 1), dt.date(2024, 3, 31))
    assert len(items) == 60
    got = repo.progress(items)
    for d in items:
        receipts = repo.receipts(d.id)
        assert got[d.id] == (len(receipts), sum(r.received for r in receipts)), d.audience
    assert {got[d.id][0] for d in items if d.audience.scope == ALL} == {23}  # 24 schools, one inactive
    assert {got[d.id] for d in items if d.audience.scope == OFFICE} == {(0, 0)}
    assert {got[d.id][0] for d in items if d.audience.scope == LISTED} == {2}  # not the inactive one, nor the office
    assert {got[d.id] for d in items if d.audience.value == "lien_cap"} == {(0, 0)}


def test_a_month_milestone_is_found_from_any_day_of_its_month(store):
    repo = DeadlineRepository(store)
    month = repo.add(Deadline("2024-03", "Tháng 3"))
    day = repo.add(Deadline("2024-04-02", "Ngày 2/4"))
    assert [d.id for d in repo.between(dt.date(2024, 3, 1), dt.date(2024, 3, 1))] == [month]
    assert [d.id for d in repo.between(dt.date(2024, 3, 31), dt.date(2024, 4, 30))] == [month, day]
    assert [d.id for d in repo.between(dt.date(2024, 2, 1), dt.date(2024, 2, 29))] == []
    assert [d.id for d in repo.between(dt.date(1900, 1, 1), dt.date.max)] == [month, day]

"""The change hub: one notification per operation (or batch), with its areas, ids and origin."""

from __future__ import annotations

import pytest

from thiduadesk.ops import changes


class Store:  # any object an operation writes to; the hub is per store
    pass


def test_publish_reaches_every_subscriber_with_areas_and_ids():
    store, got_a, got_b = Store(), [], []
    hub = changes.hub(store)
    assert changes.hub(store) is hub and changes.hub(Store()) is not hub
    off = hub.subscribe(got_a.append)
    hub.subscribe(got_b.append)
    changes.publish(store, changes.PLANS, ids={changes.REGISTER: [7, None]})
    assert got_a == got_b
    change = got_a[0]
    assert change.areas == {changes.PLANS, changes.REGISTER}
    assert change.ids_in(changes.REGISTER) == {7} and change.ids_in(changes.PLANS) == frozenset()
    assert change.touches(changes.UNITS, changes.PLANS) and not change.touches(changes.UNITS)
    assert change.origin is None
    off()
    changes.publish(store, changes.UNITS)
    assert len(got_a) == 1 and len(got_b) == 2


def test_a_batch_is_one_change_with_its_origin():
    store, got = Store(), []
    changes.hub(store).subscribe(got.append)
    view = object()
    with changes.acting(store, view):
        changes.publish(store, changes.PLANS, ids={changes.PLANS: [1]})
        with changes.batch(store):  # an operation calling another one
            changes.publish(store, changes.REGISTER, ids={changes.REGISTER: [3], changes.PLANS: [2]})
        assert got == []
    assert len(got) == 1
    assert got[0].areas == {changes.PLANS, changes.REGISTER}
    assert got[0].ids_in(changes.PLANS) == {1, 2} and got[0].origin is view
    changes.publish(store, changes.UNITS)
    assert got[1].origin is None


def test_a_failed_batch_announces_nothing():
    store, got = Store(), []
    changes.hub(store).subscribe(got.append)
    with pytest.raises(RuntimeError), changes.batch(store):
        changes.publish(store, changes.PLANS)
        raise RuntimeError("half-way")
    assert got == []
    changes.publish(store, changes.UNITS)
    assert [c.areas for c in got] == [{changes.UNITS}]


def test_unknown_area_is_a_programming_error():
    with pytest.raises(ValueError, match="plan"):
        changes.publish(Store(), "plan")

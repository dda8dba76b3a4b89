"""A store on the test's own database for the operations tests."""

from __future__ import annotations

import pytest

from thiduadesk.ops import changes
from thiduadesk.store.db import open_store


@pytest.fixture
def store(db_path):
    s = open_store(db_path)
    yield s
    s.close()


@pytest.fixture
def seen(store):
    """Every change published on ``store``, in order."""
    got: list[changes.Change] = []
    unsubscribe = changes.hub(store).subscribe(got.append)
    yield got
    unsubscribe()

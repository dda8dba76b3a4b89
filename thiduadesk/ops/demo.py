"""Demo data at office scale (``thiduadesk demo --size small|large``): the generator is pure
(domain/demo/), the store writes it in one transaction with its audit records (store/demo.py);
here the plans of past years are given their printed, archived PDF."""

from __future__ import annotations

import datetime as dt

from thiduadesk.domain.demo import DEMO_SEED, SIZES
from thiduadesk.ops import changes
from thiduadesk.store import demo as demo_store
from thiduadesk.store.db import Store

SIZE_NAMES = tuple(SIZES)
DEFAULT_SEED = DEMO_SEED
DemoCounts = demo_store.DemoCounts


def _plan_pdf(plan) -> bytes:
    from thiduadesk.documents.plan_pdf import plan_pdf_bytes  # print support loads when first needed

    return plan_pdf_bytes(plan)


def fill(store: Store, size: str = "small", *, seed: int = DEFAULT_SEED, today: dt.date | None = None) -> DemoCounts:
    """Fill an empty database with the demo district of ``size``; a database that holds data is
    refused (ValidationError, nothing changed). Same seed and day → the same content."""
    from thiduadesk.ops.awards import refresh_all_checks

    counts = demo_store.fill(store, SIZES[size], seed=seed, today=today, render_pdf=_plan_pdf)
    refresh_all_checks(store)  # the award list opens with its check column filled
    changes.publish(store, changes.UNITS, changes.PLANS, changes.REGISTER, changes.AWARDS, changes.DEADLINES)
    return counts

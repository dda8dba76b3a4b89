"""Legal regimes, each the data and rules in force from a date (domain.md §0).

A school year is judged by the regime in force on its last day (31 August): 2022-2023 by the
old law, 2023-2024 by Luật 2022 + NĐ 98/2023, 2025-2026 by NĐ 152/2025. A new regime is one
more module here, listed in ``REGIMES``; the others stay as they are.
"""

from __future__ import annotations

from thiduadesk.domain.awards.model import year_end
from thiduadesk.domain.awards.regimes import law2022, nd152, old
from thiduadesk.domain.awards.rules import Regime

REGIMES: tuple[Regime, ...] = tuple(sorted((old.REGIME, law2022.REGIME, nd152.REGIME), key=lambda r: r.starts))
BY_CODE = {r.code: r for r in REGIMES}


def regime_for(school_year: str) -> Regime:
    end = year_end(school_year)
    chosen = REGIMES[0]
    for regime in REGIMES:
        if regime.starts <= end:
            chosen = regime
    return chosen

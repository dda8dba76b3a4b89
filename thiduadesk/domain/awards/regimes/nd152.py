"""Luật Thi đua, khen thưởng 2022 + Nghị định 152/2025/NĐ-CP: school years that end from
01/7/2025. The criteria of the Law stand; the decree's principles (Điều 4) are the bases of the
blocks; whether it kept NĐ 98's vote thresholds is unsure (domain.md §2), so they stay settings."""

from __future__ import annotations

import datetime as dt

from thiduadesk.domain.awards import rules as r
from thiduadesk.domain.awards.regimes import law2022

DECREE = "Nghị định 152/2025/NĐ-CP"

REGIME = r.Regime(
    code="nd152",
    name=f"{law2022.LAW} và {DECREE}",
    starts=dt.date(2025, 7, 1),
    bases={**law2022.bases(DECREE), r.PENDING: f"Điều 4 {DECREE}", r.ONCE: f"Điều 4 {DECREE}"},
    defaults=dict(law2022.REGIME.defaults),
    rules=dict(r.BASE_RULES),
    legal_bases=(
        law2022.REGIME.legal_bases[0],
        f"Căn cứ {DECREE.replace('Nghị định', 'Nghị định số')} của Chính phủ quy định chi tiết một số điều của "
        "Luật Thi đua, khen thưởng",
        law2022.REGIME.legal_bases[2],
    ),
)

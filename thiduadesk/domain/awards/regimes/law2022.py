"""Luật Thi đua, khen thưởng 2022 (06/2022/QH15) + Nghị định 98/2023/NĐ-CP: school years that
end from 01/01/2024 to 30/6/2025. CSTĐCS: LĐTT and one of HTXS, a recognised initiative, a
research project; no cap set by the regime (an office may set one)."""

from __future__ import annotations

import datetime as dt

from thiduadesk.domain.awards import catalogue as c
from thiduadesk.domain.awards import rules as r

LAW = "Luật Thi đua, khen thưởng 2022"


def bases(decree: str) -> dict[str, str]:
    """The bases of the rules under Luật 2022, with the implementing decree in force."""
    return {
        c.LDTT: f"Điều 24 {LAW}",
        c.CSTDCS: f"Điều 23 {LAW}",
        c.CSTD_TINH: f"Điều 22 {LAW}",
        c.BK_TINH: f"Điều 74 {LAW}; {decree}",
        c.BK_BO: f"Điều 74 {LAW}; Thông tư 29/2023/TT-BGDĐT",
        c.GIAY_KHEN: f"Điều 75 {LAW}; Điều 11 Thông tư 29/2023/TT-BGDĐT",
        c.KNC: "Điều 8 Thông tư 29/2023/TT-BGDĐT",
        c.TT_LDTT: f"Điều 28 {LAW}; quy định thi đua, khen thưởng của tỉnh",
        c.TT_LDXS: f"Điều 27 {LAW}; quy định thi đua, khen thưởng của tỉnh",
        r.PENDING: f"Điều 5 {LAW}; {decree}",
        r.DISCIPLINED: f"{decree}",
        r.ONCE: f"Điều 5 {LAW}",
        r.DUPLICATE: f"Điều 5 {LAW}",
        r.VOTES: f"{decree}",
        r.CAP: "tỷ lệ do cơ quan quy định",
    }


REGIME = r.Regime(
    code="law2022",
    name=f"{LAW} và Nghị định 98/2023/NĐ-CP",
    starts=dt.date(2024, 1, 1),
    bases=bases("Nghị định 98/2023/NĐ-CP"),
    defaults={"ldtt_member_pct": 70.0, "ldxs_member_pct": 70.0, "cstdcs_cap_pct": None},
    rules=dict(r.BASE_RULES),
    legal_bases=(
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
        "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành "
        "một số điều của Luật Thi đua, khen thưởng",
        "Căn cứ Thông tư số 29/2023/TT-BGDĐT của Bộ trưởng Bộ Giáo dục và Đào tạo "
        "hướng dẫn công tác thi đua, khen thưởng ngành Giáo dục",
    ),
)

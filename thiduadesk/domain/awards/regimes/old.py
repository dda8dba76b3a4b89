"""Luật Thi đua, khen thưởng 2003 (sửa đổi 2013) + Nghị định 91/2017/NĐ-CP: school years that
end before 01/01/2024. CSTĐCS needs an initiative (or a research project), at most 15 % of the
unit's LĐTT; a Tập thể LĐTT needs more than half its members LĐTT."""

from __future__ import annotations

import datetime as dt

from thiduadesk.domain.awards import catalogue as c
from thiduadesk.domain.awards import rules as r

LAW = "Luật Thi đua, khen thưởng 2003, sửa đổi 2013"
DECREE = "Nghị định 91/2017/NĐ-CP"


def cstdcs(ctx: r.Context, n) -> list:
    out = r.ldtt_floor(ctx, n, c.CSTDCS)
    basis = ctx.regime.basis(c.CSTDCS)
    if r.base_initiatives(n) or n.project:
        out.append(r.ok("Có sáng kiến được công nhận hoặc đề tài được nghiệm thu", basis))
    else:
        out.append(r.fail("cần có sáng kiến được công nhận hoặc đề tài nghiên cứu được nghiệm thu "
                          "(xếp loại Hoàn thành xuất sắc nhiệm vụ chưa đủ theo quy định trước năm 2024)", basis))
        ctx.missing(n, "còn thiếu 1 sáng kiến được công nhận")
    return out


REGIME = r.Regime(
    code="old",
    name=f"{LAW} và {DECREE}",
    starts=dt.date(2017, 7, 31),
    bases={
        c.LDTT: f"Điều 24 {LAW}",
        c.CSTDCS: f"Điều 23 {LAW}; {DECREE}",
        c.CSTD_TINH: f"Điều 22 {LAW}",
        c.BK_TINH: f"Điều 72 {LAW}; {DECREE}",
        c.BK_BO: f"Điều 71 {LAW}; Thông tư hướng dẫn của Bộ GD&ĐT",
        c.GIAY_KHEN: f"Điều 75 {LAW}",
        c.KNC: "Thông tư hướng dẫn thi đua, khen thưởng ngành Giáo dục",
        c.TT_LDTT: f"Điều 28 {LAW}",
        c.TT_LDXS: f"Điều 27 {LAW}",
        r.PENDING: f"Điều 6 {LAW}; {DECREE}",
        r.DISCIPLINED: f"{DECREE}",
        r.ONCE: f"Điều 6 {LAW}",
        r.DUPLICATE: f"{DECREE}",
        r.VOTES: f"{DECREE}",
        r.CAP: f"{DECREE} (tỷ lệ Chiến sĩ thi đua cơ sở không quá 15% số Lao động tiên tiến)",
    },
    defaults={"ldtt_member_pct": 50.0, "ldxs_member_pct": 70.0, "cstdcs_cap_pct": 15.0},
    ldtt_share_strict=True,
    rules={**r.BASE_RULES, c.CSTDCS: cstdcs},
    legal_bases=(
        "Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của "
        "Luật Thi đua, khen thưởng ngày 16 tháng 11 năm 2013",
        "Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành "
        "một số điều của Luật Thi đua, khen thưởng",
    ),
)

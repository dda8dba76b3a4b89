"""The eligibility engine: every nomination of a school year checked by the regime in force at
the year's end, with the general principles (pending procedures, discipline, one initiative one
award, duplicates, council votes, ratio caps) and the award's own criteria.

    results = check_year(nominations, history=conferred, settings=AwardSettings())

Pure: the store hands in the year's nominations, the conferred history and the initiatives
used in earlier years; nothing here reads a file or a database.
"""

from __future__ import annotations

import math
from collections import defaultdict

from thiduadesk.domain.awards import catalogue as c
from thiduadesk.domain.awards import rules as r
from thiduadesk.domain.awards.model import AwardSettings, CheckResult, Conferred, Nomination
from thiduadesk.domain.awards.regimes import regime_for
from thiduadesk.domain.text import match_key

_TITLES = (c.LDTT, c.CSTDCS, c.CSTD_TINH)


def check_year(
    nominations: list[Nomination],
    history: list[Conferred] = (),
    settings: AwardSettings | None = None,
    used_initiatives: dict[str, str] | None = None,
) -> list[CheckResult]:
    """One result per nomination, in the order given. All nominations are of one school year."""
    if not nominations:
        return []
    regime = regime_for(nominations[0].school_year)
    ctx = r.Context(regime, regime.settings(settings), list(nominations), list(history), dict(used_initiatives or {}))
    results = [CheckResult(n, regime.code) for n in nominations]
    seen: dict[tuple, Nomination] = {}
    by_initiative = defaultdict(list)
    for n in nominations:
        for i in n.initiatives:
            by_initiative[match_key(i.title)].append(n)
    for res in results:
        n = res.nomination
        res.reasons.extend(_principles(ctx, n, seen, by_initiative))
        rule = regime.rules.get(n.award)
        if rule is None:
            res.reasons.append(r.fail(f"chưa có tiêu chuẩn cho hình thức «{n.award}»", regime.name))
        else:
            res.reasons.extend(rule(ctx, n))
        res.reasons.extend(_votes(ctx, n))
    _caps(ctx, results)
    for res in results:
        res.missing = ctx.notes_missing.get(id(res.nomination), []) if not res.eligible else []
        res.next_year = next_year(ctx, res)
    return results


def _principles(ctx: r.Context, n: Nomination, seen: dict, by_initiative) -> list:
    out = []
    if n.discipline.strip():
        if r.is_pending(n.discipline):
            out.append(r.fail(f"không xét khen thưởng khi đang xem xét kỷ luật, điều tra, thanh tra hoặc giải quyết "
                              f"khiếu nại, tố cáo ({n.discipline.strip()})", ctx.regime.basis(r.PENDING)))
        elif not n.collective:
            out.append(r.fail(f"bị kỷ luật trong năm học ({n.discipline.strip()}): thành tích chỉ tính từ khi hết "
                              "thời hạn kỷ luật", ctx.regime.basis(r.DISCIPLINED)))
    key = (n.person_key, n.award, n.collective)
    first = seen.get(key)
    if first is not None and first.same_nominee(n.person_key, n.birth_date):
        out.append(r.fail(f"trùng đề nghị: {n.name} ({n.unit}) đã được đề nghị {c.kind(n.award).name if n.award in c.BY_CODE else n.award} "
                          f"năm học {n.school_year}", ctx.regime.basis(r.DUPLICATE)))
    else:
        seen[key] = n
    for i in n.initiatives:
        k = match_key(i.title)
        if not k:
            continue
        if k in ctx.used_initiatives:
            out.append(r.fail(f"sáng kiến «{i.title}» đã được dùng làm căn cứ khen thưởng ({ctx.used_initiatives[k]}); "
                              "mỗi sáng kiến chỉ được dùng một lần", ctx.regime.basis(r.ONCE)))
        others = [m for m in by_initiative[k] if not m.same_nominee(n.person_key, n.birth_date)]
        if others:
            out.append(r.fail(f"sáng kiến «{i.title}» cũng được kê cho {others[0].name} ({others[0].unit}); "
                              "mỗi sáng kiến chỉ được dùng một lần", ctx.regime.basis(r.ONCE)))
    return out


def _votes(ctx: r.Context, n: Nomination) -> list:
    if n.award not in (c.CSTDCS, c.CSTD_TINH) or not n.votes_total:
        return []
    need = ctx.settings.vote_pct_high if n.award == c.CSTD_TINH else ctx.settings.vote_pct
    pct = 100.0 * (n.votes_for or 0) / n.votes_total
    text = (f"{n.votes_for or 0}/{n.votes_total} phiếu đồng ý của tổng số thành viên Hội đồng "
            f"({pct:.0f}%, cần từ {need:g}%)")
    if pct >= need:
        return [r.ok(text, ctx.regime.basis(r.VOTES))]
    ctx.missing(n, f"còn thiếu {math.ceil(need * n.votes_total / 100) - (n.votes_for or 0)} phiếu đồng ý")
    return [r.fail(text, ctx.regime.basis(r.VOTES))]


def _caps(ctx: r.Context, results: list[CheckResult]) -> None:
    """CSTĐCS at most a share of the unit's LĐTT (old regime: 15 %; an office may set one)."""
    pct = ctx.settings.cstdcs_cap_pct
    if not pct:
        return
    units = defaultdict(list)
    for res in results:
        units[match_key(res.nomination.unit)].append(res)
    for group in units.values():
        titled = {x.nomination.person_key for x in group
                  if x.nomination.award in _TITLES and c.rating_at_least(x.nomination.rating, c.HTT)}
        cst = [x for x in group if x.nomination.award == c.CSTDCS]
        if not cst:
            continue
        cap = math.floor(pct * len(titled) / 100)
        text = (f"{len(cst)} Chiến sĩ thi đua cơ sở trên {len(titled)} Lao động tiên tiến của đơn vị "
                f"(tối đa {pct:g}%: {cap} người)")
        basis = ctx.regime.basis(r.CAP)
        if len(cst) <= cap:
            for x in cst:
                x.reasons.append(r.ok(text, basis))
            continue
        within, undecided = _chosen_by_votes(cst, cap)
        for x in cst:
            if id(x) in within:
                x.reasons.append(r.ok(f"{text}; trong số được chọn theo số phiếu Hội đồng", basis))
                continue
            why = ("; Hội đồng chọn theo số phiếu (chưa ghi phiếu, hoặc bằng phiếu)" if id(x) in undecided else
                   "; xếp sau theo số phiếu Hội đồng")
            x.reasons.append(r.fail(text + why, basis))
            ctx.missing(x.nomination, f"đơn vị vượt tỷ lệ {pct:g}% Chiến sĩ thi đua cơ sở")


def _chosen_by_votes(cst: list[CheckResult], cap: int) -> tuple[set[int], set[int]]:
    """Over the cap, the council's votes choose: (the ids of) the best ``cap`` of those who meet
    everything else, a woman before a man at equal votes (domain.md §2); and those the program
    cannot rank — all of them before the votes are recorded, the tied ones where a tie straddles
    the last place. The council decides those."""
    if not all(x.nomination.votes_total for x in cst):
        return set(), {id(x) for x in cst}
    ranked = sorted((x for x in cst if x.eligible), key=_merit)
    if len(ranked) <= cap:
        return {id(x) for x in ranked}, set()
    boundary = _merit(ranked[cap])
    if cap == 0 or _merit(ranked[cap - 1]) != boundary:  # the last place is clear
        return {id(x) for x in ranked[:cap]}, set()
    return ({id(x) for x in ranked[:cap] if _merit(x) != boundary},
            {id(x) for x in ranked if _merit(x) == boundary})


def _merit(res: CheckResult) -> tuple:
    """Sort key, best first: share of the council's votes, then a woman before a man."""
    n = res.nomination
    return (-(n.votes_for or 0) / n.votes_total, 0 if n.woman else 1)


def next_year(ctx: r.Context, res: CheckResult) -> list[str]:
    """For a person with a history: what they could be proposed for next year."""
    n = res.nomination
    if n.collective or not ctx.history_of(n):
        return []
    streak = ctx.streak(n, c.CSTDCS, this_year=False)
    if n.award == c.CSTDCS and res.eligible:
        streak += 1
    elif n.award != c.CSTDCS and any(m.award == c.CSTDCS for m in ctx.same_year(n)):
        streak += 1
    out = []
    if streak + 1 >= 3:
        out.append(f"{c.kind(c.CSTD_TINH).name} (nếu đạt Chiến sĩ thi đua cơ sở năm học sau, năm thứ {streak + 1} "
                   "liên tục, và có sáng kiến được công nhận cấp tỉnh)")
    if streak + 1 >= 2:
        out.append(f"{c.kind(c.BK_TINH).name} (nếu đạt Chiến sĩ thi đua cơ sở năm học sau: {streak + 1} năm liên tục)")
    if not out:
        out.append("Chiến sĩ thi đua cơ sở (nếu Hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến được công nhận)")
    return out

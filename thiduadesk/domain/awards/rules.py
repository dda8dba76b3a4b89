"""The criteria of each award, shared by the regimes, which differ in data (bases, defaults)
and override only the rules that changed (regimes/old.py: CSTĐCS).

Each rule takes the year's context and one nomination and returns reasons: what passes
(``ok``) and what fails, each in Vietnamese with its legal basis; what is missing is noted on
the context.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass, field

from thiduadesk.domain.awards import catalogue as c
from thiduadesk.domain.awards.model import AwardSettings, Conferred, Nomination, Reason, shift_year
from thiduadesk.domain.text import fold, match_key

# Keys of the general principles in a regime's bases.
PENDING, DISCIPLINED, ONCE, DUPLICATE, VOTES, CAP = "pending", "disciplined", "once", "duplicate", "votes", "cap"

# Discipline texts: a pending procedure blocks everything; "cảnh cáo" or above blocks collectives.
_PENDING_WORDS = ("dang xem xet", "dang xu ly", "dang bi", "cho xu ly", "chua xu ly", "dieu tra", "thanh tra",
                  "kiem tra", "khieu nai", "to cao", "dang giai quyet", "truy to", "xem xet ky luat")
_SEVERE_WORDS = ("canh cao", "cach chuc", "giang chuc", "ha bac", "buoc thoi viec", "ha ngach", "bai nhiem")


def is_pending(text: str) -> bool:
    f = fold(text)
    return any(w in f for w in _PENDING_WORDS)


def is_severe(text: str) -> bool:
    f = fold(text)
    return any(w in f for w in _SEVERE_WORDS)


def ok(message: str, basis: str) -> Reason:
    return Reason(f"Đạt: {message} ({basis})", basis, True)


def fail(message: str, basis: str) -> Reason:
    return Reason(f"Chưa đạt: {message} ({basis})", basis, False)


@dataclass
class Regime:
    code: str
    name: str
    starts: dt.date
    bases: dict[str, str]
    defaults: dict[str, float | None]
    rules: dict[str, Callable]
    ldtt_share_strict: bool = False  # old law: "more than" half, not "at least"
    # The "Căn cứ …" lines of a decision or submission under this regime (without ";").
    legal_bases: tuple[str, ...] = ()

    def basis(self, key: str) -> str:
        return f"{self.bases.get(key, '')}".strip() or self.name

    def settings(self, settings: AwardSettings | None) -> AwardSettings:
        """The year's settings with this regime's defaults where the clerk set none."""
        s = AwardSettings.from_dict((settings or AwardSettings()).to_dict())
        for key, value in self.defaults.items():
            if getattr(s, key) is None:
                setattr(s, key, value)
        return s


@dataclass
class Context:
    regime: Regime
    settings: AwardSettings
    nominations: list[Nomination]
    history: list[Conferred] = field(default_factory=list)
    # Initiatives already used as a criterion in earlier years: title key → "2022-2023, Nguyễn Văn A".
    used_initiatives: dict[str, str] = field(default_factory=dict)
    notes_missing: dict[int, list[str]] = field(default_factory=dict)

    def missing(self, n: Nomination, text: str) -> None:
        self.notes_missing.setdefault(id(n), []).append(text)

    def history_of(self, n: Nomination) -> list[Conferred]:
        key = n.person_key
        return [h for h in self._by_key("_history_index", self.history).get(key, ())
                if n.same_nominee(key, h.birth_date)]

    def same_year(self, n: Nomination) -> list[Nomination]:
        """The other nominations of the same nominee this year."""
        key = n.person_key
        return [m for m in self._by_key("_nomination_index", self.nominations).get(key, ())
                if m is not n and m.collective == n.collective and m.same_nominee(key, n.birth_date)]

    def _by_key(self, name: str, items: list) -> dict[str, list]:
        """``items`` by person key, in their order: built once per check (a key costs two folds,
        and ten years of history hold tens of thousands of rows)."""
        index = self.__dict__.get(name)
        if index is None or index[0] != len(items):
            groups: dict[str, list] = {}
            for item in items:
                groups.setdefault(item.person_key, []).append(item)
            index = self.__dict__[name] = (len(items), groups)
        return index[1]

    def streak(self, n: Nomination, award: str, *, this_year: bool) -> int:
        """Consecutive years with ``award`` ending with the nomination's year (counted when
        ``this_year`` and it is conferred or also proposed this year) or the year before."""
        years = {h.school_year for h in self.history_of(n) if h.award == award}
        if this_year and any(m.award == award for m in self.same_year(n)):
            years.add(n.school_year)
        year = n.school_year if n.school_year in years else shift_year(n.school_year, -1)
        count = 0
        while year in years:
            count += 1
            year = shift_year(year, -1)
        return count

    def unit_members(self, unit: str) -> list[Nomination]:
        """Individual nominations of a unit this year (the people the collective rules count)."""
        index = self.__dict__.get("_unit_index")
        if index is None or index[0] != len(self.nominations):
            groups: dict[str, list[Nomination]] = {}
            for m in self.nominations:
                if not m.collective:
                    groups.setdefault(match_key(m.unit), []).append(m)
            index = self.__dict__["_unit_index"] = (len(self.nominations), groups)
        return list(index[1].get(match_key(unit), ()))


def base_initiatives(n: Nomination, level: str = c.LEVEL_BASE) -> list:
    return [i for i in n.initiatives if i.recognised and c.LEVEL_RANK.get(i.level, -1) >= c.LEVEL_RANK[level]]


def _rating_text(n: Nomination) -> str:
    return c.RATING_NAMES.get(n.rating, "chưa có xếp loại")


def ldtt_floor(ctx: Context, n: Nomination, award: str = c.LDTT) -> list[Reason]:
    basis = ctx.regime.basis(award if award == c.LDTT else c.LDTT)
    if c.rating_at_least(n.rating, c.HTT):
        return [ok(f"Xếp loại {_rating_text(n)} (Lao động tiên tiến: Hoàn thành tốt nhiệm vụ trở lên)", basis)]
    ctx.missing(n, "cần xếp loại Hoàn thành tốt nhiệm vụ trở lên")
    return [fail(f"cần xếp loại Hoàn thành tốt nhiệm vụ trở lên để đạt Lao động tiên tiến (đang là: {_rating_text(n)})",
                 basis)]


def ldtt(ctx: Context, n: Nomination) -> list[Reason]:
    return ldtt_floor(ctx, n)


def cstdcs(ctx: Context, n: Nomination) -> list[Reason]:
    out = ldtt_floor(ctx, n, c.CSTDCS)
    basis = ctx.regime.basis(c.CSTDCS)
    if n.rating == c.HTXS:
        out.append(ok("Hoàn thành xuất sắc nhiệm vụ", basis))
    elif base_initiatives(n):
        out.append(ok("Có sáng kiến được công nhận", basis))
    elif n.project:
        out.append(ok("Có đề tài nghiên cứu được nghiệm thu", basis))
    else:
        out.append(fail("cần Hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến được công nhận", basis))
        ctx.missing(n, "cần Hoàn thành xuất sắc nhiệm vụ hoặc 1 sáng kiến được công nhận")
    return out


def cstd_tinh(ctx: Context, n: Nomination) -> list[Reason]:
    basis = ctx.regime.basis(c.CSTD_TINH)
    out = []
    streak = ctx.streak(n, c.CSTDCS, this_year=True)
    if streak >= 3:
        out.append(ok(f"{streak} năm liên tục Chiến sĩ thi đua cơ sở", basis))
    else:
        out.append(fail(f"cần 3 năm liên tục đạt Chiến sĩ thi đua cơ sở (mới có {streak} năm)", basis))
        ctx.missing(n, f"còn thiếu {3 - streak} năm CSTĐCS liên tục")
    if base_initiatives(n, c.LEVEL_PROVINCE):
        out.append(ok("Có sáng kiến được công nhận cấp tỉnh", basis))
    else:
        out.append(fail("cần sáng kiến có phạm vi ảnh hưởng cấp tỉnh, được công nhận cấp tỉnh", basis))
        ctx.missing(n, "còn thiếu 1 sáng kiến được công nhận cấp tỉnh")
    return out


def bk_tinh(ctx: Context, n: Nomination, award: str = c.BK_TINH) -> list[Reason]:
    basis = ctx.regime.basis(award)
    if n.collective:
        years = {h.school_year for h in ctx.history_of(n) if h.award == c.TT_LDXS or h.rating == c.HTXS}
        prev = shift_year(n.school_year, -1)
        if n.rating == c.HTXS and prev in years:
            return [ok("2 năm liên tục hoàn thành xuất sắc nhiệm vụ", basis)]
        ctx.missing(n, "cần 2 năm liên tục hoàn thành xuất sắc nhiệm vụ (hoặc Tập thể lao động xuất sắc)")
        return [fail("tập thể cần 2 năm liên tục hoàn thành xuất sắc nhiệm vụ", basis)]
    streak = ctx.streak(n, c.CSTDCS, this_year=True)
    if streak >= 2:
        return [ok(f"{streak} năm liên tục Chiến sĩ thi đua cơ sở", basis)]
    prev = [h for h in ctx.history_of(n) if h.school_year == shift_year(n.school_year, -1)]
    prev_htxs = any(h.rating == c.HTXS for h in prev)
    initiatives = len(base_initiatives(n)) + max((h.initiatives for h in prev), default=0)
    if n.rating == c.HTXS and prev_htxs and initiatives >= 2:
        return [ok("2 năm liên tục Hoàn thành xuất sắc nhiệm vụ và 2 sáng kiến được công nhận", basis)]
    ctx.missing(n, f"còn thiếu {2 - streak} năm CSTĐCS liên tục")
    return [fail("cần 2 năm liên tục Chiến sĩ thi đua cơ sở, hoặc 2 năm liên tục Hoàn thành xuất sắc nhiệm vụ "
                 f"và 2 sáng kiến được công nhận (mới có {streak} năm CSTĐCS, {initiatives} sáng kiến)", basis)]


def bk_bo(ctx: Context, n: Nomination) -> list[Reason]:
    return bk_tinh(ctx, n, c.BK_BO)


def giay_khen(ctx: Context, n: Nomination) -> list[Reason]:
    basis = ctx.regime.basis(c.GIAY_KHEN)
    out = []
    if c.rating_at_least(n.rating, c.HTT):
        out.append(ok(f"Xếp loại {_rating_text(n)}", basis))
    else:
        out.append(fail(f"cần hoàn thành tốt nhiệm vụ trở lên (đang là: {_rating_text(n)})", basis))
    if n.achievements.strip():
        out.append(ok("Có thành tích được nêu", basis))
    else:
        out.append(fail("cần nêu thành tích tiêu biểu (tóm tắt thành tích)", basis))
        ctx.missing(n, "cần tóm tắt thành tích")
    return out


def knc(ctx: Context, n: Nomination) -> list[Reason]:
    basis = ctx.regime.basis(c.KNC)
    if n.sector_years is None:
        ctx.missing(n, "cần số năm công tác trong ngành")
        return [fail("chưa có số năm công tác trong ngành Giáo dục", basis)]
    hard = n.hard_area_years or 0
    need = 15 if hard >= 5 else 20
    off = n.discipline_years or 0  # years under a discipline do not count
    years = max(0, n.sector_years - off)
    counted = f"{years} năm công tác trong ngành" + (f" (đã trừ {off} năm bị kỷ luật)" if off else "")
    if years >= need:
        return [ok(f"{counted} (cần {need})", basis)]
    ctx.missing(n, f"còn thiếu {need - years} năm công tác trong ngành")
    where = " (có từ 5 năm ở vùng đặc biệt khó khăn)" if hard >= 5 else ""
    return [fail(f"cần {need} năm công tác trong ngành Giáo dục{where}, mới có {counted}", basis)]


def _collective(ctx: Context, n: Nomination, award: str) -> list[Reason]:
    basis = ctx.regime.basis(award)
    s = ctx.settings
    excellent = award == c.TT_LDXS
    out = []
    floor = c.HTXS if excellent else c.HTT
    if c.rating_at_least(n.rating, floor):
        out.append(ok(f"Tập thể {_rating_text(n).lower()}", basis))
    else:
        out.append(fail(f"tập thể cần {c.RATING_NAMES[floor].lower()} (đang là: {_rating_text(n).lower()})", basis))
    members = ctx.unit_members(n.unit or n.name)
    titled = [m for m in members if m.award in (c.LDTT, c.CSTDCS, c.CSTD_TINH) and c.rating_at_least(m.rating, c.HTT)]
    people = len({m.person_key for m in titled})
    pct = s.ldxs_member_pct if excellent else s.ldtt_member_pct
    if not n.members:
        out.append(fail("chưa có tổng số thành viên của tập thể để tính tỷ lệ Lao động tiên tiến", basis))
        ctx.missing(n, "cần tổng số thành viên")
    else:
        share = 100.0 * people / n.members
        strict = ctx.regime.ldtt_share_strict and not excellent
        passed = share > pct if strict else share >= pct
        word = "trên" if strict else "từ"
        text = f"{people}/{n.members} thành viên đạt Lao động tiên tiến ({share:.0f}%, cần {word} {pct:g}%)"
        out.append(ok(text, basis) if passed else fail(text, basis))
        if not passed:
            need = math.floor(pct * n.members / 100) + 1 if strict else math.ceil(pct * n.members / 100)
            ctx.missing(n, f"còn thiếu {need - people} Lao động tiên tiến")
    if excellent:
        if any(m.rating == c.KHT for m in members):
            out.append(fail("100% thành viên phải hoàn thành nhiệm vụ (có người Không hoàn thành nhiệm vụ)", basis))
        if any(m.award in (c.CSTDCS, c.CSTD_TINH) and m.rating in (c.HTXS, c.HTT) for m in members):
            out.append(ok("Có cá nhân đạt Chiến sĩ thi đua cơ sở", basis))
        else:
            out.append(fail("cần ít nhất 1 cá nhân đạt Chiến sĩ thi đua cơ sở", basis))
            ctx.missing(n, "còn thiếu 1 Chiến sĩ thi đua cơ sở")
    severe = [m.name for m in members if m.discipline and is_severe(m.discipline)]
    if severe or (n.discipline and is_severe(n.discipline)):
        who = ", ".join(severe) or "tập thể"
        out.append(fail(f"có cá nhân bị kỷ luật từ cảnh cáo trở lên ({who})", basis))
    return out


def tt_ldtt(ctx: Context, n: Nomination) -> list[Reason]:
    return _collective(ctx, n, c.TT_LDTT)


def tt_ldxs(ctx: Context, n: Nomination) -> list[Reason]:
    return _collective(ctx, n, c.TT_LDXS)


BASE_RULES: dict[str, Callable] = {
    c.LDTT: ldtt, c.CSTDCS: cstdcs, c.CSTD_TINH: cstd_tinh, c.BK_TINH: bk_tinh, c.BK_BO: bk_bo,
    c.GIAY_KHEN: giay_khen, c.KNC: knc, c.TT_LDTT: tt_ldtt, c.TT_LDXS: tt_ldxs,
}

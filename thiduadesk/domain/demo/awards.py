"""Ten years of nominations for a demo district, with the histories the eligibility rules read.

Each person gets a stable character (how strong, how inventive, years in the sector) and a
yearly rating; from those come the proposals a school really sends: LĐTT for most, CSTĐCS for
those rated excellent or with a recognised initiative (an initiative required before 2023–2024),
Bằng khen of the province after two CSTĐCS years in a row, CSTĐ cấp tỉnh after three and an
initiative recognised at province level, Kỷ niệm chương after twenty years in the sector, Giấy
khen, the collective titles of each school. A few proposals break a rule on purpose (a discipline,
a weak rating, too few votes, an initiative used twice), so checking them matters. Earlier years
are decided (with their conferred awards); the last one is still proposed.

Pure: lists of domain objects from a seeded ``random.Random``; nothing is iterated in hash order.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from thiduadesk.domain.awards import catalogue as c
from thiduadesk.domain.awards.model import DECIDED, NOT_ELIGIBLE, PROPOSED, Initiative, Nomination
from thiduadesk.domain.model import Person, Unit

# School years from 2023-2024 on are judged by the 2022 law (CSTĐCS without an initiative).
NEW_LAW_FROM = 2023

_STARTS = ("Một số biện pháp", "Kinh nghiệm", "Giải pháp", "Một số giải pháp", "Ứng dụng công nghệ thông tin để",
           "Sử dụng trò chơi để", "Vận dụng phương pháp dạy học tích cực để")
_AIMS = ("nâng cao chất lượng dạy học", "rèn kỹ năng tự học", "phát triển năng lực tự chủ", "giáo dục kỹ năng sống",
         "đổi mới phương pháp dạy học", "tổ chức hoạt động trải nghiệm", "xây dựng môi trường học tập thân thiện",
         "bồi dưỡng học sinh năng khiếu", "giúp đỡ học sinh còn hạn chế", "phát triển ngôn ngữ",
         "giáo dục an toàn giao thông", "tăng cường đọc sách")
_SUBJECTS = {
    "mam_non": ("cho trẻ 5–6 tuổi", "cho trẻ mẫu giáo bé", "cho trẻ nhà trẻ 24–36 tháng", "cho trẻ mẫu giáo nhỡ"),
    "tieu_hoc": ("môn Toán lớp 4", "môn Tiếng Việt lớp 2", "môn Tiếng Anh lớp 3", "môn Khoa học lớp 5",
                 "môn Tự nhiên và Xã hội lớp 1", "môn Đạo đức lớp 3", "môn Tin học lớp 5"),
    "thcs": ("môn Ngữ văn lớp 9", "môn Toán lớp 8", "môn Khoa học tự nhiên lớp 7", "môn Lịch sử và Địa lí lớp 6",
             "môn Tiếng Anh lớp 9", "môn Giáo dục công dân lớp 8", "môn Tin học lớp 7"),
}
_MANAGEMENT = ("trong công tác quản lý nhà trường", "trong công tác kiểm định chất lượng",
               "trong công tác quản lý tài chính", "trong công tác bán trú")
_LEVELS = ((c.LEVEL_BASE, 70), (c.LEVEL_DISTRICT, 22), (c.LEVEL_PROVINCE, 9), (c.LEVEL_NATION, 1))
_DISCIPLINES = ("Khiển trách (Quyết định số {n}/QĐ-{u} ngày {d})", "Cảnh cáo (Quyết định số {n}/QĐ-{u} ngày {d})",
                "Đang xem xét kỷ luật theo Thông báo số {n}/TB-{u} ngày {d}")
_ACHIEVEMENTS = ("Có thành tích xuất sắc trong phong trào thi đua “Đổi mới, sáng tạo trong dạy và học”",
                 "Có học sinh đạt giải cấp quận trong kỳ thi học sinh giỏi",
                 "Đạt giải Nhất Hội thi giáo viên dạy giỏi cấp quận",
                 "Có thành tích xuất sắc trong công tác Đội và phong trào thiếu nhi",
                 "Tích cực tham gia các hoạt động xã hội, từ thiện")


@dataclass
class _Staff:
    person: Person
    unit: Unit
    birth_date: str
    first_year: int  # first school year (its start) in the education sector
    strength: float
    inventive: float
    hard_area_years: int
    cstdcs: list[int] = field(default_factory=list)  # start years of conferred CSTĐCS
    knc: bool = False
    bk_tinh: int = 0


@dataclass
class AwardHistory:
    nominations: list[Nomination]
    # For each decided nomination (by its index in ``nominations``): conferred with it.
    decided: list[int]


def school_years(last: str, count: int) -> list[str]:
    end = int(last[:4])
    return [f"{y}-{y + 1}" for y in range(end - count + 1, end + 1)]


def _initiative_title(rng: random.Random, staff: _Staff, used: dict[str, int]) -> str:
    level = staff.unit.level if staff.unit.level in _SUBJECTS else "tieu_hoc"
    if staff.person.position.startswith(("Hiệu", "Phó", "Giám")):
        tail = rng.choice(_MANAGEMENT)
    else:
        tail = rng.choice(_SUBJECTS[level])
    title = f"{rng.choice(_STARTS)} {rng.choice(_AIMS)} {tail} tại {staff.unit.name}"
    count = used.get(title, 0)
    used[title] = count + 1
    return title if count == 0 else f"{title} (lần {count + 1})"


def _day(rng: random.Random, year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}-{rng.randint(3, 27):02d}"


def _dmy(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"


def generate_awards(units: list[Unit], people: list[Person], years: list[str], rng: random.Random) -> AwardHistory:
    """Nominations of ``years`` (oldest first) for the ``people`` of ``units`` (ids set)."""
    if not years:
        return AwardHistory([], [])
    by_id = {u.id: u for u in units}
    staff = []
    for p in people:
        unit = by_id[p.unit_id]
        start = (p.birth_year or 1980) + 22 + rng.randint(0, 3)
        staff.append(_Staff(
            person=p, unit=unit,
            birth_date=f"{p.birth_year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            first_year=start, strength=rng.random(), inventive=rng.random(),
            hard_area_years=rng.choice((0, 0, 0, 0, 2, 5, 6, 8)),
        ))
    unit_staff: dict[int, list[_Staff]] = {}
    for s in staff:
        unit_staff.setdefault(s.unit.id, []).append(s)
    out: list[Nomination] = []
    decided: list[int] = []
    used_titles: dict[str, int] = {}
    ldxs_years: dict[int, list[int]] = {}
    last = years[-1]
    for year in years:
        start = int(year[:4])
        final = year == last
        numbers = _decision_numbers(rng, start)
        for unit in units:
            council = rng.choice((7, 9, 11, 13, 15))
            members = [s for s in unit_staff.get(unit.id, []) if s.first_year <= start]
            ldtt_count = 0
            for s in members:
                made = _person_year(rng, s, unit, year, start, final, council, numbers, used_titles)
                for nomination, ok in made:
                    if ok and not final:
                        decided.append(len(out))
                    out.append(nomination)
                    ldtt_count += nomination.award == c.LDTT and ok
            made = _unit_year(rng, unit, year, start, final, len(members), ldtt_count, numbers, ldxs_years)
            for nomination, ok in made:
                if ok and not final:
                    decided.append(len(out))
                out.append(nomination)
    return AwardHistory(out, decided)


def _decision_numbers(rng: random.Random, start: int) -> dict[str, tuple[str, str]]:
    """The decision (number, date) of each award kind in a school year."""
    end = start + 1
    local = rng.randint(300, 900)
    out = {}
    for code, offset in ((c.LDTT, 0), (c.CSTDCS, 1), (c.TT_LDTT, 2), (c.TT_LDXS, 2), (c.GIAY_KHEN, 3)):
        out[code] = (f"{local + offset}/QĐ-UBND", _day(rng, end, 8))
    for code in (c.CSTD_TINH, c.BK_TINH):
        out[code] = (f"{rng.randint(2000, 4500)}/QĐ-UBND", _day(rng, end, 11))
    for code in (c.BK_BO, c.KNC):
        out[code] = (f"{rng.randint(3000, 5500)}/QĐ-BGDĐT", _day(rng, end, 11))
    return out


def _nomination(s: _Staff, unit: Unit, year: str, award: str, status: str, numbers, **extra) -> Nomination:
    number, date = numbers[award] if status == DECIDED else ("", "")
    return Nomination(
        school_year=year, award=award, name=s.person.full_name, unit=unit.name, birth_date=s.birth_date,
        position=s.person.position, unit_id=unit.id, status=status, decision_number=number, decision_date=date,
        **extra)


def _person_year(rng, s: _Staff, unit: Unit, year: str, start: int, final: bool, council: int, numbers,
                 used_titles) -> list[tuple[Nomination, bool]]:
    """This person's proposals of the year, each with whether it is sound (conferred when decided)."""
    out: list[tuple[Nomination, bool]] = []
    roll = rng.random()
    rating = (c.HTXS if roll < 0.08 + 0.25 * s.strength else c.HTT if roll < 0.93 else c.HT if roll < 0.99 else c.KHT)
    discipline = ""
    if rng.random() < 0.004:
        template = rng.choice(_DISCIPLINES)
        discipline = template.format(n=rng.randint(5, 90), u=unit.name.split()[-1][:3].upper() or "TH",
                                     d=_dmy(_day(rng, start + 1, rng.randint(1, 5))))
        rating = c.HT
    initiatives = []
    # Two CSTĐCS years in a row: the third is the one for CSTĐ cấp tỉnh, prepared for.
    aiming = start - 1 in s.cstdcs and start - 2 in s.cstdcs
    if rng.random() < (0.85 if aiming else 0.08 + 0.3 * s.inventive):
        level = rng.choices([lv for lv, _ in _LEVELS], weights=[w for _, w in _LEVELS])[0]
        if aiming and rng.random() < 0.45:
            level = c.LEVEL_PROVINCE
        if rng.random() < 0.08:
            level = ""  # not (yet) recognised
        date = _day(rng, start + 1, rng.randint(4, 6))
        decision = f"Số {rng.randint(10, 250)}/QĐ-PGDĐT ngày {_dmy(date)}" if level else ""
        initiatives.append(Initiative(_initiative_title(rng, s, used_titles), level, decision))
    sound_rating = c.rating_at_least(rating, c.HTT) and not discipline
    status = PROPOSED if final else None

    def add(award: str, ok: bool, **extra) -> None:
        out.append((_nomination(s, unit, year, award, status or (DECIDED if ok else NOT_ELIGIBLE), numbers,
                                rating=rating, discipline=discipline, **extra), ok))

    # Lao động tiên tiến: nearly everyone rated "good" or better; now and then a weak or disciplined one.
    if (sound_rating and rng.random() < 0.61) or (not sound_rating and rng.random() < 0.2):
        add(c.LDTT, sound_rating)
    else:
        return out
    # Chiến sĩ thi đua cơ sở.
    recognised = [i for i in initiatives if i.recognised]
    qualifies = sound_rating and (bool(recognised) if start < NEW_LAW_FROM else rating == c.HTXS or bool(recognised))
    wants = qualifies and rng.random() < 0.3 + 0.6 * max(s.strength, s.inventive)
    if not wants and sound_rating and initiatives and rng.random() < 0.3:
        wants = True  # an unrecognised initiative, or only "good" under the old rules: checking matters
    cstdcs_ok = False
    if wants:
        votes_for = council - rng.choice((0, 0, 0, 1, 1, 2, 4))
        cstdcs_ok = qualifies and votes_for * 100 >= 80 * council
        if final and rng.random() < 0.03 and s.cstdcs:
            initiatives = [Initiative(f"Sáng kiến đã dùng năm trước tại {unit.name}", c.LEVEL_BASE, "")] + initiatives
        add(c.CSTDCS, cstdcs_ok, initiatives=list(initiatives), votes_for=votes_for, votes_total=council)
        if cstdcs_ok and not final:
            s.cstdcs.append(start)
    streak = _streak(s.cstdcs, start, include_this=cstdcs_ok)
    if final and wants:
        streak = _streak(s.cstdcs, start, include_this=qualifies)
    province = any(c.LEVEL_RANK.get(i.level, -1) >= c.LEVEL_RANK[c.LEVEL_PROVINCE] for i in initiatives)
    if wants and streak >= 3 and province and rng.random() < 0.8:
        add(c.CSTD_TINH, True, initiatives=list(initiatives), votes_for=council, votes_total=council)
    elif wants and streak == 2 and province and rng.random() < 0.15:
        add(c.CSTD_TINH, False, initiatives=list(initiatives), votes_for=council, votes_total=council)
    if wants and streak >= 2 and s.bk_tinh < start - 4 and rng.random() < 0.35:
        add(c.BK_TINH, True, initiatives=list(initiatives))
        if not final:
            s.bk_tinh = start
    elif s.bk_tinh and s.bk_tinh <= start - 2 and cstdcs_ok and rng.random() < 0.06:
        add(c.BK_BO, True, achievements=rng.choice(_ACHIEVEMENTS))
    sector = start - s.first_year
    need = 15 if s.hard_area_years >= 5 else 20
    if not s.knc and sector >= need - 1 and rng.random() < 0.12:
        ok = sector >= need
        add(c.KNC, ok, sector_years=sector, hard_area_years=s.hard_area_years or None)
        s.knc = ok and not final
    if rng.random() < 0.04:
        add(c.GIAY_KHEN, True, achievements=rng.choice(_ACHIEVEMENTS))
    return out


def _streak(years: list[int], start: int, *, include_this: bool) -> int:
    n = 1 if include_this else 0
    if not include_this:
        return 0
    y = start - 1
    while y in years:
        n += 1
        y -= 1
    return n


def _unit_year(rng, unit: Unit, year: str, start: int, final: bool, members: int, ldtt: int, numbers,
               ldxs_years: dict[int, list[int]]) -> list[tuple[Nomination, bool]]:
    if members == 0:
        return []
    status = PROPOSED if final else None
    share = ldtt / members
    out = []

    def add(award: str, ok: bool, **extra) -> None:
        number, date = numbers[award] if ok and not final else ("", "")
        out.append((Nomination(school_year=year, award=award, name=unit.name, unit=unit.name, collective=True,
                               unit_id=unit.id, members=members, status=status or (DECIDED if ok else NOT_ELIGIBLE),
                               rating=c.HTXS if award == c.TT_LDXS else c.HTT, decision_number=number,
                               decision_date=date, **extra), ok))

    roll = rng.random()
    if roll < 0.35:
        ok = share >= 0.7
        add(c.TT_LDXS, ok)
        if ok and not final:
            ldxs_years.setdefault(unit.id, []).append(start)
    elif roll < 0.9:
        add(c.TT_LDTT, share >= 0.7)
    if start - 1 in ldxs_years.get(unit.id, []) and start in ldxs_years.get(unit.id, []) and rng.random() < 0.4:
        add(c.BK_TINH, True)
    if rng.random() < 0.08:
        add(c.GIAY_KHEN, True, achievements=rng.choice(_ACHIEVEMENTS))
    return out

"""Plans and deadlines of a demo district over its school years, with the schools' receipts.

Plans: what an office issues in a year (its emulation plan, the movement it launches, the drives
for 20/11, 8/3, 26/3, 30/4, reviews and inspections), each from a template with its own title;
those dated before today are issued, the rest are drafts. Deadlines: the yearly reports and
dossiers of the office's cycle (registrations in September, the semester review in January, the
year-end dossiers in June and July …) and one-off requests from letters, for all schools, one
level, one cluster or a few schools; past ones were mostly received (some late), near ones partly,
later ones not yet.

Pure: specs and domain objects from a seeded ``random.Random``.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from thiduadesk.domain.model import Unit
from thiduadesk.domain.schedule import (
    ALL,
    BY_HAND,
    CLUSTER,
    DOSSIER,
    FROM_LETTER,
    LEVEL,
    LISTED,
    MEETING,
    OTHER,
    REGISTRATION,
    REPORT,
    YEARLY,
    Audience,
    Deadline,
)

# (month, template key, title or "" for the template's own)
PLAN_CYCLE: tuple[tuple[int, str, str], ...] = (
    (1, "tdkt-nam", ""),
    (2, "thi-dua-nam", ""),
    (2, "dot-thi-dua", "Kế hoạch tổ chức các hoạt động chào mừng ngày Quốc tế Phụ nữ 08/3"),
    (3, "dot-thi-dua", "Kế hoạch tổ chức đợt thi đua chào mừng ngày thành lập Đoàn TNCS Hồ Chí Minh 26/3"),
    (3, "thi-dua-nam", "Kế hoạch thực hiện cuộc vận động “Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và "
                       "sáng tạo”"),
    (4, "dot-thi-dua", "Kế hoạch thi đua chào mừng ngày Giải phóng miền Nam, thống nhất đất nước 30/4 và ngày "
                       "Quốc tế Lao động 01/5"),
    (4, "thi-dua-nam", "Kế hoạch hưởng ứng phong trào “Xây dựng trường học xanh – sạch – đẹp – an toàn”"),
    (5, "tdkt-nam", "Kế hoạch tổng kết công tác thi đua, khen thưởng năm học"),
    (6, "tdkt-nam", "Kế hoạch xét, đề nghị khen thưởng cuối năm học"),
    (7, "thi-dua-nam", "Kế hoạch bồi dưỡng, nhân rộng điển hình tiên tiến"),
    (8, "tdkt-nam", "Kế hoạch tổ chức Hội nghị điển hình tiên tiến ngành Giáo dục"),
    (9, "thi-dua-nam", "Kế hoạch phát động phong trào thi đua năm học mới"),
    (10, "tdkt-nam", "Kế hoạch kiểm tra công tác thi đua, khen thưởng tại các đơn vị trường học"),
    (10, "dot-thi-dua", ""),
    (12, "tdkt-nam", "Kế hoạch sơ kết công tác thi đua học kỳ I"),
)


@dataclass(frozen=True)
class PlanSpec:
    template: str
    year: int
    month: int
    title: str  # "" keeps the template's
    issue_on: dt.date | None  # None: a draft


def plan_specs(count: int, today: dt.date, rng: random.Random) -> list[PlanSpec]:
    """``count`` plans over the calendar years up to today's, by date; those whose day has not
    come are drafts."""
    per_year = len(PLAN_CYCLE)
    years = max(1, -(-count // per_year))
    out: list[PlanSpec] = []
    for year in range(today.year - years + 1, today.year + 1):
        for month, key, title in PLAN_CYCLE:
            day = dt.date(year, month, rng.randint(2, 26))
            out.append(PlanSpec(key, year, month, title, day if day < today else None))
    return out[len(out) - count:]


# (month, day or 0 for a month milestone, title, kind, audience scope, level)
_YEARLY: tuple[tuple[int, int, str, str, str, str], ...] = (
    (9, 25, "Nộp bản đăng ký thi đua năm học", REGISTRATION, ALL, ""),
    (9, 30, "Nộp quyết định thành lập Hội đồng Thi đua – Khen thưởng của đơn vị", DOSSIER, ALL, ""),
    (10, 10, "Báo cáo số liệu đầu năm học", REPORT, ALL, ""),
    (10, 15, "Đăng ký sáng kiến, đề tài nghiên cứu khoa học", REGISTRATION, ALL, ""),
    (11, 5, "Đề nghị khen thưởng nhân dịp ngày Nhà giáo Việt Nam 20/11", DOSSIER, ALL, ""),
    (11, 20, "Báo cáo kết quả hội thi giáo viên dạy giỏi cấp trường", REPORT, LEVEL, "tieu_hoc"),
    (12, 15, "Báo cáo kết quả kiểm tra nội bộ học kỳ I", REPORT, ALL, ""),
    (1, 10, "Báo cáo sơ kết học kỳ I công tác thi đua, khen thưởng", REPORT, ALL, ""),
    (1, 20, "Báo cáo kết quả đánh giá trẻ học kỳ I", REPORT, LEVEL, "mam_non"),
    (2, 0, "Nộp hồ sơ công nhận sáng kiến cấp cơ sở", DOSSIER, ALL, ""),
    (3, 15, "Báo cáo kết quả thi học sinh giỏi cấp trường", REPORT, LEVEL, "thcs"),
    (4, 10, "Họp cụm thi đua: chấm chéo và bình xét", MEETING, CLUSTER, ""),
    (5, 10, "Báo cáo tổng kết năm học", REPORT, ALL, ""),
    (5, 25, "Nộp danh sách đề nghị danh hiệu Lao động tiên tiến, Chiến sĩ thi đua cơ sở", DOSSIER, ALL, ""),
    (6, 10, "Nộp hồ sơ đề nghị danh hiệu Tập thể lao động xuất sắc", DOSSIER, ALL, ""),
    (6, 20, "Nộp hồ sơ đề nghị Bằng khen, Chiến sĩ thi đua cấp tỉnh", DOSSIER, ALL, ""),
    (7, 10, "Nộp hồ sơ đề nghị Kỷ niệm chương “Vì sự nghiệp giáo dục”", DOSSIER, ALL, ""),
    (8, 0, "Báo cáo kết quả thực hiện các cuộc vận động, phong trào thi đua", REPORT, ALL, ""),
)
_LETTER_SUBJECTS = (
    "Báo cáo số liệu cán bộ, giáo viên, nhân viên", "Báo cáo công tác phòng chống dịch bệnh",
    "Báo cáo công tác phổ cập giáo dục", "Báo cáo kết quả thực hiện chuyển đổi số", "Báo cáo cơ sở vật chất",
    "Báo cáo công tác an toàn trường học", "Đăng ký tham gia hội thi", "Báo cáo thực hiện quy chế dân chủ",
    "Báo cáo công tác bán trú", "Báo cáo kết quả tự đánh giá", "Nộp kế hoạch giáo dục nhà trường",
    "Báo cáo tình hình đội ngũ", "Báo cáo công tác kiểm định chất lượng", "Nộp danh sách học sinh tiêu biểu",
    "Báo cáo việc thực hiện chương trình giáo dục phổ thông 2018", "Báo cáo công tác y tế trường học",
)
_NOTES = ("", "", "", "", "Gửi qua email", "Nộp bản giấy", "Thiếu phụ lục, đã bổ sung", "Gửi qua hệ thống")


def _due(year: int, month: int, day: int) -> str:
    if not day:
        return f"{year:04d}-{month:02d}"
    return dt.date(year, month, min(day, _calendar.monthrange(year, month)[1])).isoformat()


def deadlines_for(school_years: list[str], count: int, units: list[Unit], rng: random.Random) -> list[Deadline]:
    """``count`` deadlines spread over ``school_years``: the yearly cycle, then letters' requests."""
    clusters = sorted({u.cluster for u in units if u.cluster})
    per_year = [count // len(school_years) + (i < count % len(school_years)) for i in range(len(school_years))]
    out: list[Deadline] = []
    for year, quota in zip(school_years, per_year, strict=True):
        start = int(year[:4])
        made: list[Deadline] = []
        for month, day, title, kind, scope, level in _YEARLY[:quota]:
            y = start if month >= 9 else start + 1
            if scope == CLUSTER:
                for cluster in clusters:
                    made.append(Deadline(_due(y, month, day + clusters.index(cluster)), f"{title} ({cluster})", kind,
                                         YEARLY, Audience(CLUSTER, cluster)))
            else:
                made.append(Deadline(_due(y, month, day), f"{title} năm học {year}", kind, YEARLY,
                                     Audience(scope, level)))
        made = made[:quota]
        while len(made) < quota:
            month = rng.choice((9, 10, 10, 11, 11, 12, 12, 1, 2, 3, 3, 4, 4, 5, 5, 6, 7, 8))
            y = start if month >= 9 else start + 1
            number = rng.randint(100, 2999)
            sent = dt.date(y, month, rng.randint(1, 20))
            roll = rng.random()
            if roll < 0.6:
                audience = Audience()
            elif roll < 0.85:
                audience = Audience(LEVEL, rng.choice(("mam_non", "tieu_hoc", "thcs")))
            else:
                chosen = rng.sample(units, k=min(len(units), rng.randint(2, 6)))
                audience = Audience(LISTED, "", sorted(u.id for u in chosen))
            source = FROM_LETTER if rng.random() < 0.8 else BY_HAND
            origin = f"Công văn số {number}/PGDĐT-VP ngày {sent:%d/%m/%Y}" if source == FROM_LETTER else ""
            kind = rng.choice((REPORT, REPORT, REPORT, DOSSIER, REGISTRATION, OTHER))
            made.append(Deadline((sent + dt.timedelta(days=rng.randint(5, 20))).isoformat(),
                                 f"{rng.choice(_LETTER_SUBJECTS)} (theo công văn số {number})", kind, source,
                                 audience, origin=origin))
        out += made
    out.sort(key=lambda d: (d.last_day, d.title))
    return out


@dataclass(frozen=True)
class Tick:
    deadline: int  # index in the deadline list
    unit_id: int
    on: dt.date
    note: str = ""


def ticks_for(deadlines: list[Deadline], units_of: Callable[[Deadline], list[Unit]], today: dt.date,
              rng: random.Random) -> list[Tick]:
    """The schools' receipts (``units_of``: the units a deadline asks): most past deadlines
    received (some after the day), those of the coming fortnight partly, later ones not yet."""
    out: list[Tick] = []
    for index, d in enumerate(deadlines):
        last = d.last_day
        if last < today:
            share = 0.94
        elif last <= today + dt.timedelta(days=14):
            share = 0.35
        else:
            continue
        for unit in units_of(d):
            if rng.random() >= share:
                continue
            on = last + dt.timedelta(days=rng.choice((-9, -6, -4, -3, -2, -1, -1, 0, 0, 0, 1, 3, 6)))
            out.append(Tick(index, unit.id, min(on, today), rng.choice(_NOTES)))
    return out

"""Nominations, the history the rules read, settings of a school year, and rule results."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field

from thiduadesk.domain.text import match_key

# Status of a nomination, in the order it moves.
PROPOSED, ELIGIBLE, NOT_ELIGIBLE, REVIEWED, SUBMITTED, DECIDED = (
    "proposed", "eligible", "not_eligible", "reviewed", "submitted", "decided")
STATUS_NAMES = {
    PROPOSED: "Đề xuất", ELIGIBLE: "Đủ điều kiện", NOT_ELIGIBLE: "Không đủ điều kiện",
    REVIEWED: "Hội đồng đã xét", SUBMITTED: "Đã trình", DECIDED: "Đã quyết định",
}
STATUSES = tuple(STATUS_NAMES)

_YEAR_RE = re.compile(r"^\s*(\d{4})\s*[-–/]\s*(\d{4})\s*$")


def parse_school_year(text: str) -> str:
    """'2023-2024' (also '2023 – 2024', '2023/2024') → '2023-2024'; ValueError otherwise."""
    m = _YEAR_RE.match(text or "")
    if not m or int(m.group(2)) != int(m.group(1)) + 1:
        raise ValueError(f"Năm học phải có dạng 2023-2024 (hai năm liền nhau): «{text}».")
    return f"{m.group(1)}-{m.group(2)}"


def year_end(school_year: str) -> dt.date:
    """A school year (September–August) ends on 31 August of its second year."""
    return dt.date(int(parse_school_year(school_year)[5:]), 8, 31)


def school_year_of(day: dt.date) -> str:
    """The school year a day falls in (September to August)."""
    start = day.year if day.month >= 9 else day.year - 1
    return f"{start}-{start + 1}"


def shift_year(school_year: str, delta: int) -> str:
    start = int(parse_school_year(school_year)[:4]) + delta
    return f"{start}-{start + 1}"


@dataclass
class Initiative:
    title: str
    level: str = ""  # catalogue LEVEL_* code; "" when not (yet) recognised
    decision: str = ""  # the decision that recognised it ("Số 15/QĐ-PGDĐT ngày …")

    @property
    def recognised(self) -> bool:
        return bool(self.level)


@dataclass
class Nomination:
    """One proposal (đề nghị) for one award in one school year."""

    school_year: str
    award: str  # catalogue code
    name: str  # the person's full name, or the collective's name
    unit: str = ""  # the unit (school) the nominee belongs to / the proposing unit
    birth_date: str = ""  # ISO, or "" when not given
    position: str = ""
    collective: bool = False
    rating: str = ""  # catalogue HTXS/HTT/HT/KHT
    initiatives: list[Initiative] = field(default_factory=list)
    project: str = ""  # an accepted research project (đề tài)
    discipline: str = ""  # any text: a discipline or a pending procedure
    achievements: str = ""
    note: str = ""
    sector_years: int | None = None  # years in the education sector (Kỷ niệm chương)
    hard_area_years: int | None = None  # of which in especially disadvantaged areas
    discipline_years: int | None = None  # years under a discipline: they do not count for the medal
    woman: bool | None = None  # preferred at equal merit (domain.md §2); None when the list does not say
    members: int | None = None  # a collective's number of members
    votes_for: int | None = None
    votes_total: int | None = None
    status: str = PROPOSED
    decision_number: str = ""
    decision_date: str = ""
    unit_id: int | None = None
    id: int | None = None

    @property
    def person_key(self) -> str:
        """Name + unit identify a nominee across years (date of birth compared when both have one)."""
        return f"{match_key(self.name)}|{match_key(self.unit)}"

    def same_nominee(self, other_key: str, other_birth: str) -> bool:
        return self.person_key == other_key and (
            not self.birth_date or not other_birth or self.birth_date == other_birth)

    def to_dict(self) -> dict:
        """As ``dataclasses.asdict`` gives it, without its deep copy (written once per row of an
        import into the audit log: 2,500 rows)."""
        out = {name: getattr(self, name) for name in _NOMINATION_FIELDS}
        out["initiatives"] = [{"title": i.title, "level": i.level, "decision": i.decision} for i in self.initiatives]
        return out


_NOMINATION_FIELDS = tuple(Nomination.__dataclass_fields__)


@dataclass(frozen=True)
class Conferred:
    """An award conferred in an earlier (or this) school year: the history the rules read."""

    school_year: str
    award: str
    name: str
    unit: str = ""
    birth_date: str = ""
    rating: str = ""  # the year's task rating, when known
    initiatives: int = 0  # initiatives recognised at base level or above that year, when known
    decision_number: str = ""

    @property
    def person_key(self) -> str:
        return f"{match_key(self.name)}|{match_key(self.unit)}"


@dataclass
class AwardSettings:
    """What a school year's rules may be tuned by (domain.md §2: percentages, caps and
    thresholds are settings, with these defaults). ``None`` means "the regime's default"."""

    ldtt_member_pct: float | None = None  # Tập thể LĐTT: share of members LĐTT
    ldxs_member_pct: float | None = None  # Tập thể LĐXS: share of members LĐTT
    vote_pct: float = 80.0  # of ALL council members
    vote_pct_high: float = 90.0  # CSTĐ cấp tỉnh and above
    cstdcs_cap_pct: float | None = None  # CSTĐCS at most this share of the unit's LĐTT
    base_salary: int = 2_340_000
    round_to: int = 10_000  # cash amounts rounded up to tens of thousands of đồng
    cash_multiples: dict[str, float] = field(default_factory=dict)  # overrides of the catalogue's

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict | None) -> AwardSettings:
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in (data or {}).items() if k in known})


@dataclass(frozen=True)
class Reason:
    message: str
    basis: str
    ok: bool = False

    def to_dict(self) -> dict:
        return {"message": self.message, "basis": self.basis, "ok": self.ok}


@dataclass
class CheckResult:
    nomination: Nomination
    regime: str
    reasons: list[Reason] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # "còn thiếu 1 năm CSTĐCS liên tục"
    next_year: list[str] = field(default_factory=list)  # what they could be proposed for next year

    @property
    def eligible(self) -> bool:
        return all(r.ok for r in self.reasons)

    @property
    def failures(self) -> list[Reason]:
        return [r for r in self.reasons if not r.ok]

    def to_json(self) -> dict:
        n = self.nomination
        return {
            "id": n.id, "name": n.name, "unit": n.unit, "award": n.award, "school_year": n.school_year,
            "regime": self.regime, "eligible": self.eligible,
            "reasons": [r.to_dict() for r in self.reasons],
            "missing": list(self.missing), "next_year": list(self.next_year),
        }

"""Deadlines (hạn nộp) and the office's working days.

* :class:`Deadline` — a date ("YYYY-MM-DD") or a month ("YYYY-MM") by which something is due, its
  kind, where it came from and which units must submit it.
* :func:`classify_dates` — every date of a plan or a received letter (found by
  :func:`thiduadesk.domain.date_finder.find_dates`, never a second parser) sorted into ``deadline``,
  ``milestone``, ``reference`` (a cited document's date, the letter's own date line, a status "đến
  ngày … còn …") and ``anniversary``. Only deadlines and milestones go to the calendar.
* :class:`WorkCalendar` — weekends, public holidays from the ``holidays`` package (country VN,
  Vietnamese names), the days off and make-up Saturdays the clerk adds for a year, and the rule of
  Bộ luật Dân sự 2015 Điều 148: a period whose last day is a day off ends on the next working day.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass, field

from thiduadesk.domain.date_finder import DAY, MONTH, FoundDate, find_dates
from thiduadesk.domain.officialese import CITED_KINDS
from thiduadesk.domain.text import fold

# --- the model --------------------------------------------------------------------------------

REPORT, DOSSIER, REGISTRATION, MEETING, OTHER = "report", "dossier", "registration", "meeting", "other"
# A day kept for itself (20/11, a school's founding day): it is not the last day of a period, so
# Điều 148 does not move it to the next working day.
COMMEMORATION = "commemoration"
DEADLINE_KINDS = (REPORT, DOSSIER, REGISTRATION, MEETING, OTHER, COMMEMORATION)
KIND_LABELS_VI = {
    REPORT: "Nộp báo cáo", DOSSIER: "Nộp hồ sơ", REGISTRATION: "Đăng ký", MEETING: "Họp, hội nghị", OTHER: "Khác",
    COMMEMORATION: "Ngày lễ, kỷ niệm",
}  # fmt: skip

FROM_TIMETABLE, FROM_SENTENCE, FROM_LETTER, BY_HAND, YEARLY = "timetable", "sentence", "letter", "hand", "yearly"
SOURCES = (FROM_TIMETABLE, FROM_SENTENCE, FROM_LETTER, BY_HAND, YEARLY)
SOURCE_LABELS_VI = {
    FROM_TIMETABLE: "Tiến độ kế hoạch", FROM_SENTENCE: "Nội dung kế hoạch", FROM_LETTER: "Văn bản đến",
    BY_HAND: "Nhập tay", YEARLY: "Hằng năm",
}  # fmt: skip

# Who must submit: all units, one level, one cluster, a list chosen by hand, or none (the office's
# own task: a timetable row the office carries out itself).
ALL, LEVEL, CLUSTER, LISTED, OFFICE = "all", "level", "cluster", "units", "office"
AUDIENCES = (ALL, LEVEL, CLUSTER, LISTED, OFFICE)


@dataclass
class Audience:
    """Which units must submit: all, one level ("tieu_hoc"), one cluster, a list of unit ids, or
    none (OFFICE: the office's own task)."""

    scope: str = ALL
    value: str = ""  # the level or the cluster
    unit_ids: list[int] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"scope": self.scope, "value": self.value, "unit_ids": list(self.unit_ids)}

    @classmethod
    def from_dict(cls, data: dict | None) -> Audience:
        data = data or {}
        return cls(data.get("scope", ALL), data.get("value", ""), [int(i) for i in data.get("unit_ids", [])])


@dataclass
class Deadline:
    due: str  # "YYYY-MM-DD", or "YYYY-MM" for a month milestone
    title: str
    kind: str = OTHER
    source: str = BY_HAND
    audience: Audience = field(default_factory=Audience)
    note: str = ""
    plan_id: int | None = None  # the plan (last synced version) it came from
    row_key: str = ""  # identity inside that plan: "row:<n>" of the timetable, "text:<n>" of a sentence
    origin: str = ""  # the received letter or file it was read from
    active: bool = True  # False: dropped by the clerk (a plan re-sync does not bring it back)
    id: int | None = None

    @property
    def is_month(self) -> bool:
        return len(self.due) == 7

    @property
    def last_day(self) -> dt.date:
        """The day it is overdue after: the date, or the month's last day."""
        return due_last_day(self.due)

    @property
    def moves_off_days(self) -> bool:
        """Điều 148 applies: a day (not a month) that ends a period (not a commemoration)."""
        return not self.is_month and self.kind != COMMEMORATION


def yearly(template: Deadline, years) -> list[Deadline]:
    """A day that comes back every year (20/11): one deadline of ``template``'s kind, title,
    audience and note on that day and month of each of ``years`` (29/02 is 28/02 in other years).
    A day off is handled like every deadline's: flagged and moved by Điều 148 unless it is a
    commemoration."""
    if template.is_month:
        raise ValueError("a yearly date is a day, not a month")
    first = dt.date.fromisoformat(template.due)
    out = []
    for y in years:
        day = min(first.day, calendar.monthrange(y, first.month)[1])
        out.append(Deadline(dt.date(y, first.month, day).isoformat(), template.title, template.kind, YEARLY,
                            Audience(template.audience.scope, template.audience.value, list(template.audience.unit_ids)),
                            template.note, row_key=f"yearly:{first.month:02d}-{first.day:02d}"))
    return out


def due_last_day(due: str) -> dt.date:
    if len(due) == 7:
        y, m = int(due[:4]), int(due[5:7])
        return dt.date(y, m, calendar.monthrange(y, m)[1])
    return dt.date.fromisoformat(due)


def due_first_day(due: str) -> dt.date:
    return dt.date.fromisoformat(due + "-01") if len(due) == 7 else dt.date.fromisoformat(due)


# --- classification of the dates of a text ----------------------------------------------------

DEADLINE, MILESTONE, REFERENCE, ANNIVERSARY = "deadline", "milestone", "reference", "anniversary"
CALENDAR_CLASSES = (DEADLINE, MILESTONE)


@dataclass(frozen=True)
class ClassifiedDate:
    date: str  # iso, as FoundDate.iso
    kind: str  # DEADLINE, MILESTONE, REFERENCE or ANNIVERSARY
    text: str  # the sentence or timetable row it came from, on one line
    found: FoundDate
    row: bool = False  # from a timetable row
    group: str = ""  # the row group ("Quý II - 2022")

    def to_json(self) -> dict:
        return {"date": self.date, "kind": self.kind, "text": self.text}


# Words compared in folded form (no diacritics, lower case): fold("Trước") == "truoc".
_DEADLINE_INTRO = re.compile(r"\b(truoc|cham nhat|muon nhat|han chot|han cuoi|han|den het|den|cho den|toi)\b")
# "trước 17h00 ngày 15/9/2024", "chậm nhất 16 giờ 30 phút, ngày …": the hour sits between the words and the date.
_DEADLINE_HOUR_BEFORE = re.compile(
    r"\b(truoc|cham nhat( la)?|muon nhat|han chot( la)?|han cuoi|den)\s*:?\s*\d{1,2}\s*(h|gio)\s*\d{0,2}\s*(phut)?"
    r"\s*(\w{0,6}\s*)?,?\s*ngay\s*$"
)
_MILESTONE_INTRO = re.compile(r"\b(tu|ke tu|bat dau|trong|vao|cuoi|dau|giua|sau)\b")
_STATUS_BEFORE = re.compile(r"\btinh (den|tu)( het)?( ngay| thang)?\s*$")
_STATUS_AFTER = re.compile(r"^\W*(con|da|van|chua|co)\b")
_ANNIVERSARY_WORDS = re.compile(
    r"\b(ky niem|thanh lap|ngay sinh|chien thang|giai phong|quoc khanh|ngay truyen thong|nha giao viet nam"
    r"|ngay hoi|le ky niem)\b"
)
_EVENT_WORDS = re.compile(r"\b(to chuc|vao ngay|dien ra|khai mac)\b")
_SUBMIT_WORDS = re.compile(r"\b(gui|nop|bao cao ve|chuyen ve|hoan thanh|hoan thien)\b")
_ACTIVITY_WORDS = re.compile(
    r"\b(to chuc|hop|hoi nghi|so ket|tong ket|tap huan|kiem tra|trien khai|phat dong|thi|xet|trinh|binh xet"
    r"|tuyen duong|dang ky|thu ho so|huong dan|xay dung)\b"
)
_CITED_WORDS = "|".join(sorted((re.escape(fold(k)) for k in CITED_KINDS), key=len, reverse=True))
_CITATION_BEFORE = re.compile(rf"\b({_CITED_WORDS})\s+(so\s*:?\s*)?\d[^;()]{{0,40}}?\s*,?\s*ngay\s*$")
_OWN_DATE_LINE = re.compile(r"^\W*[^\W\d][^,\n\d]{1,40},\s*ngay\b", re.I)
_GROUP_LINE = re.compile(r"^\W*(quy\s+[ivx]+|dot\s+\d+|hoc ky\s+[ivx12]+)\s*[-–:]?\s*(nam\s*)?(\d{4})\W*$")
_ROW_LINE = re.compile(r"^\s*\d{1,3}\s*[.)]\s|\t")
_LEADING_DATE = re.compile(r"^\W*(ngay|thang)\b")
_SENTENCE_BREAK = re.compile(r"(?<=[.;!?])\s+(?=\S)")
_MARKUP = re.compile(r"\*+|_{2,}|#+\s")
_SCHOOL_YEAR = re.compile(r"\bnam hoc\s+(\d{4})\s*[-–]\s*(\d{4})\b")
_PAREN_RANGE = re.compile(r"\(\s*[^()]{0,12}\d{4}\s*[-–]\s*[^()]{0,12}\d{4}\s*\)")


def _one_line(s: str) -> str:
    return " ".join(_MARKUP.sub("", s).split())


def context_year(text: str) -> tuple[int | None, tuple[int, int] | None]:
    """(year, school year) of a text: the year of its own date line, and the school year its
    title names ("… năm học 2023 - 2024", in the lines before the first heading)."""
    year = school = None
    for line in unicodedata.normalize("NFC", text).splitlines()[:30]:
        f = fold(line)
        if year is None and _OWN_DATE_LINE.match(f) and len(line) < 90:
            m = re.search(r"(\d{4})\s*$", line.strip())
            year = int(m.group(1)) if m else None
        if re.match(r"^\W*(i|1)\W", f):  # the first heading: the title is above it
            break
        m = _SCHOOL_YEAR.search(f)
        if m and school is None and int(m.group(2)) == int(m.group(1)) + 1:
            school = (int(m.group(1)), int(m.group(2)))
    return year, school


def classify_dates(text: str, *, year: int | None = None, school_year: tuple[int, int] | None = None,
                   ) -> list[ClassifiedDate]:
    """Every date of a plan or a letter, in order, with its class and the sentence or row it
    came from. ``year``/``school_year`` default to what :func:`context_year` finds."""
    text = unicodedata.normalize("NFC", text or "")
    found_year, found_school = context_year(text)
    year = year or found_year
    school_year = school_year or found_school
    out: list[ClassifiedDate] = []
    group, group_year = "", None
    for line in text.splitlines():
        if not line.strip():
            continue
        folded = fold(line)
        gm = _GROUP_LINE.match(folded)
        if gm:
            group, group_year = _one_line(line).strip(" \t"), int(gm.group(3))
            continue
        own_line = bool(_OWN_DATE_LINE.match(folded)) and len(line) < 90
        maybe_row = bool(_ROW_LINE.search(line)) and not own_line
        dates = find_dates(line, year=group_year if maybe_row and group_year else year, school_year=school_year)
        if not dates:
            continue
        s = unicodedata.normalize("NFC", line)
        last = dates[-1]
        # A timetable row: cells on one line (tabs, or "3. … Tháng 03/2022" from a PDF), its due
        # date the last cell.
        row_due = maybe_row and not s[last.end :].strip(" .;)*\t") and last.start > len(s) // 3
        is_row = row_due or "\t" in line and maybe_row
        for d in dates:
            if is_row:
                sentence = s
            else:
                sentence = _sentence_of(s, d)
            kind = _classify(s, d, own_line=own_line, row_due=row_due and d is last, year=year)
            out.append(ClassifiedDate(d.iso, kind, _one_line(sentence), d, is_row, group if is_row else ""))
    return out


def _sentence_of(s: str, d: FoundDate) -> str:
    start = 0
    for m in _SENTENCE_BREAK.finditer(s):
        if m.end() > d.start:
            return s[start : m.start()]
        start = m.end()
    return s[start:]


def _classify(s: str, d: FoundDate, *, own_line: bool, row_due: bool, year: int | None) -> str:
    if own_line or d.cites_document:
        return REFERENCE
    before = fold(s[max(0, d.start - 160) : d.start])
    after = fold(s[d.end : d.end + 25])
    intro = fold(d.intro)
    if _CITATION_BEFORE.search(before):  # "Kế hoạch số 06 /KH-PGDĐT ngày …" (spaced number)
        return REFERENCE
    if _PAREN_RANGE.search(s, max(0, d.start - 14), min(len(s), d.end + 14)):
        return ANNIVERSARY
    if _STATUS_BEFORE.search(before) or _STATUS_AFTER.match(after) and "den" in intro:
        return REFERENCE
    if row_due:
        if d.precision == DAY and _MILESTONE_INTRO.search(intro) and not _DEADLINE_INTRO.search(intro):
            return MILESTONE
        return DEADLINE if d.precision == DAY else MILESTONE
    if _DEADLINE_INTRO.search(intro) or _DEADLINE_HOUR_BEFORE.search(before):
        return DEADLINE
    near = before[-70:]
    if _ANNIVERSARY_WORDS.search(near) and not _EVENT_WORDS.search(near[-30:]):
        return ANNIVERSARY
    if year and int(d.iso[:4]) < year - 5:
        return ANNIVERSARY  # a date long past, not a cited document's: history
    if _MILESTONE_INTRO.search(intro) or d.precision == MONTH:
        return MILESTONE
    sentence = fold(_sentence_of(s, d))
    if _LEADING_DATE.match(before + intro) and s[d.end : d.end + 3].lstrip().startswith(":"):
        return DEADLINE if _SUBMIT_WORDS.search(sentence) else MILESTONE  # "Ngày 31/5/2024: các đơn vị gửi …"
    if _SUBMIT_WORDS.search(sentence):
        return DEADLINE
    if _ACTIVITY_WORDS.search(sentence):
        return MILESTONE
    return REFERENCE


def deadline_kind(text: str) -> str:
    """The kind of deadline a sentence or row sets, from its words."""
    f = fold(text)
    if re.search(r"\bdang ky\b", f):
        return REGISTRATION
    if re.search(r"\bho so\b", f):
        return DOSSIER
    if re.search(r"\bbao cao\b", f):
        return REPORT
    if re.search(r"\b(hop|hoi nghi|le )", f):
        return MEETING
    return OTHER


_LEVEL_WORDS = (("mam non", "mam_non"), ("tieu hoc", "tieu_hoc"), ("trung hoc co so", "thcs"), ("thcs", "thcs"))
# The office and its parts, as a timetable's "đơn vị thực hiện" names them ("Phòng GDĐT", "Bộ phận
# TĐKT", "Hội đồng TĐKT"), and the schools ("Các nhà trường", "các đơn vị trực thuộc").
_OFFICE_WORDS = re.compile(
    r"\b(phong (gd|giao duc)|pgd|hoi dong (thi dua|tdkt|td ?- ?kt)|bo phan|lanh dao phong|chuyen vien|van phong)"
)
_SCHOOL_WORDS = re.compile(r"\b(nha truong|cac truong|truong|don vi|co so giao duc|cac cap hoc|hieu truong)\b")


def audience_of(text: str) -> Audience:
    """Who a sentence addresses: "các trường tiểu học" → the primary level; else all units."""
    f = fold(text)
    levels = {code for words, code in _LEVEL_WORDS if re.search(rf"\bcac truong {words}\b", f)}
    if len(levels) == 1:
        return Audience(LEVEL, levels.pop())
    return Audience()


def row_audience(executors: str, content: str = "", *, has_executors: bool = True) -> Audience:
    """Who must submit for a timetable row: the schools its executors name (a level when one
    is named), or OFFICE — no unit — when the office carries it out itself: executors that name
    only the office ("Phòng GDĐT", "Bộ phận TĐKT"), or none in a timetable that has the column
    and a row whose content names no school either. Without the column: all units."""
    f = fold(executors)
    if _SCHOOL_WORDS.search(f):
        return audience_of(executors)
    if f.strip():
        return Audience(OFFICE) if _OFFICE_WORDS.search(f) else audience_of(executors)
    if not has_executors or _SCHOOL_WORDS.search(fold(content)):
        return audience_of(content)
    return Audience(OFFICE)


def is_office_name(name: str, office_name: str = "") -> bool:
    """A unit in the list that is the office itself ("Phòng GD&ĐT Nam Từ Liêm", or the profile's
    office name): not a school that must submit."""
    if name[:1] not in "Pp" and name[:1].lower() != office_name.strip()[:1].lower():
        return False  # neither "Phòng …"/"PGD…" nor the office's name: no need to fold it
    f = " ".join(fold(name).split())
    if office_name.strip() and f == " ".join(fold(office_name).split()):
        return True
    return bool(re.match(r"(phong (gd|giao duc)|pgd)", f))


def title_of(text: str, limit: int = 160) -> str:
    """A deadline's title from its sentence or row: one line, at most ``limit`` letters."""
    t = " ".join(text.split()).lstrip("-+•* ")
    t = t[:1].upper() + t[1:]  # a sentence cut after ";" starts in lower case
    return t if len(t) <= limit else t[: limit - 1].rsplit(" ", 1)[0] + "…"


def deadlines_in(text: str, *, source: str, year: int | None = None, origin: str = "") -> list[Deadline]:
    """The calendar entries a text proposes (deadlines and milestones), for the clerk to confirm."""
    out = []
    for i, c in enumerate(classify_dates(text, year=year)):
        if c.kind in CALENDAR_CLASSES:
            src = FROM_TIMETABLE if c.row and source == FROM_SENTENCE else source
            out.append(Deadline(c.date, title_of(c.text), deadline_kind(c.text) if c.kind == DEADLINE else OTHER,
                                src, audience_of(c.text), origin=origin, row_key=f"text:{i}"))
    return out


_COUNTED = re.compile(
    r"(?:trong(?:\s+vòng|\s+thời\s+hạn)?|sau|chậm\s+nhất(?:\s+là)?)\s+(\d{1,3})\s+ngày\s+làm\s+việc\s*,?\s*"
    r"(?:kể\s+)?từ\s+(?:ngày\s*)?$",
    re.I,
)


def counted_deadlines(text: str, cal: WorkCalendar, *, year: int | None = None) -> list[ClassifiedDate]:
    """Deadlines set as a count of working days from a date: "trong 20 ngày làm việc kể từ ngày
    05/3/2024" is due on the 20th working day after it (the clerk's days off counted)."""
    out = []
    for c in classify_dates(text, year=year):
        if c.found.precision != DAY:
            continue
        line = unicodedata.normalize("NFC", c.text)
        at = line.find(c.found.text)
        m = _COUNTED.search(line[max(0, at - 80) : at]) if at >= 0 else None
        if m:
            due = cal.add_working_days(dt.date.fromisoformat(c.date), int(m.group(1)))
            out.append(ClassifiedDate(due.isoformat(), DEADLINE, c.text, c.found, c.row, c.group))
    return out


# --- working days -----------------------------------------------------------------------------

SATURDAY, SUNDAY = 5, 6


@dataclass
class DayOffChanges:
    """The clerk's changes for one year: days off added (with a name), days off removed, and
    make-up working Saturdays (the government's swaps)."""

    added: dict[str, str] = field(default_factory=dict)  # iso → name
    removed: set[str] = field(default_factory=set)
    working_saturdays: set[str] = field(default_factory=set)


class WorkCalendar:
    """Working days of a Vietnamese public office: Monday to Friday, less public holidays."""

    def __init__(self, changes: DayOffChanges | None = None):
        self.changes = changes or DayOffChanges()
        self._years: set[int] = set()
        self._holidays: dict[dt.date, str] = {}
        self._makeup: set[dt.date] = set()
        self._working: dict[dt.date, bool] = {}  # answers of is_working_day (the changes are fixed)

    def _load(self, year: int) -> None:
        if year in self._years:
            return
        days, makeup = _official_year(year)
        self._holidays.update(days)
        self._makeup.update(makeup)
        self._years.add(year)

    def holiday_name(self, day: dt.date) -> str:
        """The public holiday (or clerk's day off) on ``day``; "" when none."""
        iso = day.isoformat()
        if iso in self.changes.added:
            return self.changes.added[iso] or "Ngày nghỉ"
        if iso in self.changes.removed:
            return ""
        self._load(day.year)
        return self._holidays.get(day, "")

    def is_makeup_day(self, day: dt.date) -> bool:
        self._load(day.year)
        iso = day.isoformat()
        return iso in self.changes.working_saturdays or (day in self._makeup and iso not in self.changes.added)

    def is_working_day(self, day: dt.date) -> bool:
        known = self._working.get(day)
        if known is None:
            if self.holiday_name(day):
                known = False
            elif day.weekday() in (SATURDAY, SUNDAY):
                known = self.is_makeup_day(day)
            else:
                known = True
            self._working[day] = known
        return known

    def next_working_day(self, day: dt.date) -> dt.date:
        while not self.is_working_day(day):
            day += dt.timedelta(days=1)
        return day

    def previous_working_day(self, day: dt.date) -> dt.date:
        while not self.is_working_day(day):
            day -= dt.timedelta(days=1)
        return day

    def legal_due(self, day: dt.date) -> dt.date:
        """Bộ luật Dân sự 2015 Điều 148: a last day off moves to the next working day."""
        return self.next_working_day(day)

    def add_working_days(self, start: dt.date, count: int) -> dt.date:
        """The day ``count`` working days after ``start`` ("trong 20 ngày làm việc")."""
        day = start
        while count > 0:
            day += dt.timedelta(days=1)
            if self.is_working_day(day):
                count -= 1
        return day

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days after ``start`` up to and including ``end``."""
        n, day = 0, start
        while day < end:
            day += dt.timedelta(days=1)
            n += self.is_working_day(day)
        return n

    def warning(self, due: str) -> DueWarning | None:
        """For a day that is not a working day: why, the legal date and the earlier choice."""
        if len(due) != 10:
            return None
        day = dt.date.fromisoformat(due)
        if self.is_working_day(day):
            return None
        reason = self.holiday_name(day) or ("Thứ Bảy" if day.weekday() == SATURDAY else "Chủ nhật")
        return DueWarning(day, reason, self.next_working_day(day), self.previous_working_day(day))


@functools.lru_cache(maxsize=64)
def _official_year(year: int) -> tuple[dict[dt.date, str], frozenset[dt.date]]:
    """The ``holidays`` package's public holidays of ``year`` (Vietnamese names) and the make-up
    Saturdays its swaps name, read once per year for every calendar (each refresh builds a new
    WorkCalendar with the clerk's changes on top; the package's own answer does not change)."""
    import holidays  # the package's data is only read when a calendar is first asked

    days: dict[dt.date, str] = {}
    makeup: set[dt.date] = set()
    for day, name in holidays.country_holidays("VN", years=[year], language="vi").items():
        days[day] = name
        # "Ngày nghỉ (thay cho ngày 04/05/2024)": that Saturday is worked instead.
        if "thay cho" in name:
            makeup.update(dt.date.fromisoformat(f.iso) for f in find_dates(name) if f.precision == DAY)
    return days, frozenset(makeup)


@dataclass(frozen=True)
class DueWarning:
    day: dt.date
    reason: str  # the holiday's name, "Thứ Bảy" or "Chủ nhật"
    moved_to: dt.date  # Điều 148: the next working day
    earlier: dt.date  # the previous working day, offered instead

    def message(self) -> str:
        from thiduadesk.domain.dates import screen_date

        return (
            f"Hạn {screen_date(self.day)} rơi vào ngày nghỉ ({self.reason}): theo Điều 148 Bộ luật Dân sự 2015 "
            f"hạn được chuyển sang {screen_date(self.moved_to)}; có thể chọn ngày làm việc trước đó "
            f"{screen_date(self.earlier)}."
        )

"""The clerk's work on the deadline calendar: read deadlines out of a plan or a received letter,
confirm them, see a day / week / month with its progress ("32/41"), tick a unit as received (and
untick it), the start-up summary, the reminder letter (công văn đôn đốc) to the late units —
stored and issued like every paper — and the .ics export. The command line and the Lịch hạn tab
both call these.

Plan deadlines follow their plan: :func:`sync_plan` re-reads a plan's timetable and sentences and
updates the deadlines taken from it (any version of it) by row identity, keeping the ticks.
Plan operations can call it after a save or a new version; :func:`follow_plans` does it for every
plan change published on the store's change hub (the GUI subscribes once).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from thiduadesk.domain.date_finder import find_dates
from thiduadesk.domain.dates import DocDate, formal_date, is_valid_date, screen_date
from thiduadesk.domain.document import LETTER, OfficialDocument, Paragraph, Recipient, Run, symbol_for
from thiduadesk.domain.model import OfficeProfile, Unit
from thiduadesk.domain.numbering import number_and_symbol
from thiduadesk.domain.office_names import name_in_running_text
from thiduadesk.domain.plan import Plan
from thiduadesk.domain.register import RegisterEntry
from thiduadesk.domain.schedule import (
    CALENDAR_CLASSES,
    DEADLINE,
    DOSSIER,
    FROM_LETTER,
    FROM_SENTENCE,
    FROM_TIMETABLE,
    KIND_LABELS_VI,
    MEETING,
    OFFICE,
    REGISTRATION,
    REPORT,
    ClassifiedDate,
    Deadline,
    DueWarning,
    WorkCalendar,
    audience_of,
    classify_dates,
    counted_deadlines,
    deadline_kind,
    deadlines_in,
    due_first_day,
    row_audience,
    title_of,
    yearly,
)
from thiduadesk.domain.text import fold
from thiduadesk.ops import changes
from thiduadesk.ops.errors import FileRefused, as_store_errors
from thiduadesk.store.db import Store
from thiduadesk.store.deadlines import DeadlineRepository, Receipt
from thiduadesk.store.errors import StoreError, ValidationError
from thiduadesk.store.papers import PaperRepository
from thiduadesk.store.plans import PlanRepository
from thiduadesk.store.profile import load_profile

OVERDUE, SOON, LATER, DONE = "overdue", "soon", "later", "done"
SOON_DAYS = 7


# -- reading deadlines out of files and plans ------------------------------------------------------------


@dataclass
class Extracted:
    dates: list[ClassifiedDate]
    notes: list[str] = field(default_factory=list)

    def calendar(self) -> list[ClassifiedDate]:
        return [c for c in self.dates if c.kind in CALENDAR_CLASSES]


def read_source(path: str | Path):
    from thiduadesk.exchange.text_sources import TextSourceError, read_text

    try:
        return read_text(path)
    except TextSourceError as exc:
        raise FileRefused(exc.message) from exc


def extract_file(path: str | Path, *, year: int | None = None) -> Extracted:
    """Every date of a plan or a letter (.txt, .md, .docx, .pdf with text) with its class."""
    source = read_source(path)
    return Extracted(classify_dates(source.text, year=year), source.notes)


def proposed_from_file(path: str | Path, *, year: int | None = None, store: Store | None = None) -> list[Deadline]:
    """What a received letter proposes for the calendar, for the clerk to confirm; with ``store``
    also the deadlines counted in working days ("trong 20 ngày làm việc kể từ ngày …") with the
    office's days off."""
    text = read_source(path).text
    out = deadlines_in(text, source=FROM_LETTER, year=year, origin=Path(path).name)
    cal = work_calendar(store) if store is not None else WorkCalendar()
    for c in counted_deadlines(text, cal, year=year):
        out.append(Deadline(c.date, title_of(c.text), deadline_kind(c.text), FROM_LETTER, audience_of(c.text),
                            origin=Path(path).name))
    return out


def working_days_after(store: Store, start: dt.date, count: int) -> dt.date:
    """The ``count``-th working day after ``start``, with the office's days off and make-up days."""
    return work_calendar(store).add_working_days(start, count)


def _key(prefix: str, index: int, text: str) -> str:
    return f"{prefix}:{index}:{' '.join(fold(text).split())[:120]}"


def proposed_from_plan(plan: Plan) -> list[Deadline]:
    """A plan's timetable rows that carry a date, and its sentences that set a deadline or a milestone."""
    out: list[Deadline] = []
    rows = plan.timetable.rows if plan.timetable else []
    has_executors = any(row.executors.strip() for row in rows)
    for i, row in enumerate(rows):
        due = row.due_iso or next((f.iso for f in find_dates(row.due, year=plan.year, cell=True)), "")
        if not due:
            continue
        text = " ".join(x for x in (row.content, row.due) if x)
        out.append(Deadline(due, title_of(row.content or row.due), deadline_kind(text) if len(due) == 10 else "other",
                            FROM_TIMETABLE, row_audience(row.executors, row.content, has_executors=has_executors),
                            plan_id=plan.id,
                            row_key=_key("row", i, row.content)))  # fmt: skip
    n = 0
    for _depth, block in plan.iter_blocks():
        if not isinstance(block, Paragraph):
            continue
        for c in classify_dates(block.text, year=plan.year):
            if c.kind in CALENDAR_CLASSES and not c.row:
                out.append(Deadline(c.date, title_of(c.text), deadline_kind(c.text) if c.kind == DEADLINE else "other",
                                    FROM_SENTENCE, audience_of(c.text), plan_id=plan.id,
                                    row_key=_key("text", n, c.text)))  # fmt: skip
                n += 1
    return out


def _lineage(store: Store, plan_id: int) -> list[int]:
    return DeadlineRepository(store).plan_lineage(plan_id)


def plan_on_calendar(store: Store, plan_id: int) -> bool:
    """Whether deadlines of this plan (or a version it came from) are already on the calendar."""
    return bool(DeadlineRepository(store).of_plans(_lineage(store, plan_id)))


def take_from_plan(store: Store, plan_id: int, chosen: list[Deadline] | None = None) -> list[int]:
    """Put a plan's deadlines on the calendar: ``chosen`` (the clerk's confirmed, changed list) or
    all that :func:`proposed_from_plan` finds. From then on they follow the plan."""
    plan = PlanRepository(store).get(plan_id)
    if plan_on_calendar(store, plan_id):
        raise ValidationError("Các hạn của kế hoạch này đã có trên lịch; chúng tự cập nhật khi sửa kế hoạch.")
    items = proposed_from_plan(plan) if chosen is None else chosen
    for d in items:
        d.plan_id = plan_id
    with as_store_errors():
        ids = DeadlineRepository(store).add_many(items)
    changes.publish(store, changes.DEADLINES, ids={changes.DEADLINES: ids})
    return ids


def sync_plan(store: Store, plan_id: int) -> tuple[int, int, int]:
    """Re-read a plan whose deadlines are on the calendar (after an edit or a new version):
    (added, updated, removed); nothing when none were taken from it."""
    repo = DeadlineRepository(store)
    lineage = _lineage(store, plan_id)
    if not repo.of_plans(lineage):  # most plan saves (autosave): nothing taken from this plan
        return 0, 0, 0
    plan = PlanRepository(store).get(plan_id)
    with as_store_errors():
        counts = repo.sync_plan(plan_id, lineage, proposed_from_plan(plan))
    if any(counts):
        changes.publish(store, changes.DEADLINES)
    return counts


def resync_after(store: Store, change: changes.Change) -> None:
    """Re-sync the deadlines of the plans a published change touched."""
    if not change.touches(changes.PLANS):
        return
    for plan_id in change.ids_in(changes.PLANS):
        try:
            sync_plan(store, plan_id)
        except ValidationError:  # a plan deleted meanwhile
            continue
        except StoreError:  # the plan's own change is kept; the calendar catches up on the next one
            changes.log.exception("deadlines of plan %s not re-synced", plan_id)


def follow_plans(store: Store):
    """Re-sync deadlines whenever a plan change is published on ``store``; returns the
    unsubscribe function."""
    return changes.hub(store).subscribe(lambda change: resync_after(store, change))


# -- adding, changing and dropping by hand ------------------------------------------------------------------


def add(store: Store, deadline: Deadline) -> int:
    with as_store_errors():
        new_id = DeadlineRepository(store).add(deadline)
    changes.publish(store, changes.DEADLINES, ids={changes.DEADLINES: [new_id]})
    return new_id


def add_yearly(store: Store, month: int, day: int, title: str, years: range | list[int], *,
               kind: str = "other") -> list[int]:
    """A date that comes back every year (20/11, the school year's opening) for ``years``."""
    if not is_valid_date(2000, month, day):  # 2000 is a leap year: 29/02 passes (28/02 in other years)
        raise ValidationError(f"Ngày {day:02d}/{month:02d} không có trong năm; không ghi gì cả.")
    return add_every_year(store, Deadline(dt.date(2000, month, day).isoformat(), title, kind), years)


def add_every_year(store: Store, template: Deadline, years: range | list[int]) -> list[int]:
    """``template`` on its day and month in each of ``years`` (source "yearly"), in one
    transaction: each year's deadline is ticked, moved (Điều 148, unless a commemoration) and
    dropped on its own."""
    if template.is_month:
        raise ValidationError("Ngày lặp lại hằng năm phải là một ngày (dd/MM), không phải một tháng.")
    years = list(years)
    if not years or len(years) > 50:
        raise ValidationError("Chọn từ 1 đến 50 năm cho ngày lặp lại hằng năm.")
    return add_many(store, yearly(template, years))


def add_many(store: Store, items: list[Deadline]) -> list[int]:
    with as_store_errors():
        ids = DeadlineRepository(store).add_many(items)
    changes.publish(store, changes.DEADLINES, ids={changes.DEADLINES: ids})
    return ids


def update(store: Store, deadline: Deadline) -> None:
    with as_store_errors():
        DeadlineRepository(store).update(deadline)
    changes.publish(store, changes.DEADLINES, ids={changes.DEADLINES: [deadline.id]})


def drop(store: Store, deadline_id: int) -> None:
    """Take a deadline off the calendar (kept dropped, so a plan re-sync does not bring it back)."""
    d = get(store, deadline_id)
    d.active = False
    update(store, d)


def delete(store: Store, deadline_id: int) -> None:
    with as_store_errors():
        DeadlineRepository(store).delete(deadline_id)
    changes.publish(store, changes.DEADLINES, ids={changes.DEADLINES: [deadline_id]})


def get(store: Store, deadline_id: int) -> Deadline:
    return DeadlineRepository(store).get(deadline_id)


def audience_units(store: Store) -> list[Unit]:
    """The units a deadline can ask (active, the office itself left out), by name: the list the
    clerk picks a deadline's units from."""
    return DeadlineRepository(store).active_units()


# -- days off --------------------------------------------------------------------------------------------------


def work_calendar(store: Store) -> WorkCalendar:
    return WorkCalendar(DeadlineRepository(store).day_off_changes())


def set_day(store: Store, day: dt.date, change: str | None, name: str = "") -> None:
    """A day off added ("off"), a holiday worked ("not_off"), a make-up Saturday ("work"), or
    back to the official calendar (None)."""
    with as_store_errors():
        DeadlineRepository(store).set_day(day, change, name)
    changes.publish(store, changes.DEADLINES)


def days_off(store: Store, year: int) -> list[tuple[dt.date, str]]:
    """The days of ``year`` that differ from Monday–Friday: holidays and the clerk's days off
    (their names), and make-up working Saturdays ("Làm bù")."""
    cal = work_calendar(store)
    out = []
    day = dt.date(year, 1, 1)
    while day.year == year:
        name = cal.holiday_name(day)
        if name:
            out.append((day, name))
        elif day.weekday() >= 5 and cal.is_makeup_day(day):
            out.append((day, "Làm bù"))
        day += dt.timedelta(days=1)
    return out


# -- the calendar views -----------------------------------------------------------------------------------------


@dataclass
class DeadlineStatus:
    deadline: Deadline
    total: int
    received: int
    status: str  # OVERDUE, SOON, LATER or DONE
    warning: DueWarning | None = None

    @property
    def office_own(self) -> bool:
        """The office's own task: no unit must submit it."""
        return self.deadline.audience.scope == OFFICE

    @property
    def progress(self) -> str:
        return "việc của Phòng" if self.office_own else f"{self.received}/{self.total}"

    @property
    def progress_text(self) -> str:
        if self.office_own:
            return "Việc của Phòng, không đơn vị nào phải nộp"
        return f"{self.received}/{self.total} đơn vị đã nộp"


def month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


def week_range(day: dt.date) -> tuple[dt.date, dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def status_of(d: Deadline, total: int, received: int, today: dt.date, cal: WorkCalendar) -> str:
    """DONE when every unit asked sent it; else OVERDUE after its (legal) last day, SOON within
    7 days, LATER. The office's own task is DONE once its day is past: no school is late."""
    if total and received >= total:
        return DONE
    end = cal.legal_due(d.last_day) if d.moves_off_days else d.last_day  # Điều 148
    if end < today:
        return DONE if d.audience.scope == OFFICE else OVERDUE
    if due_first_day(d.due) <= today + dt.timedelta(days=SOON_DAYS):
        return SOON
    return LATER


def statuses(store: Store, first: dt.date, last: dt.date, *, today: dt.date | None = None,
             cal: WorkCalendar | None = None) -> list[DeadlineStatus]:
    """The deadlines touching ``first``..``last`` with their progress and status."""
    today = today or dt.date.today()
    repo = DeadlineRepository(store)
    cal = cal or work_calendar(store)
    items = repo.between(first, last)
    counts = repo.progress(items)
    out = []
    for d in items:
        total, received = counts[d.id]
        out.append(DeadlineStatus(d, total, received, status_of(d, total, received, today, cal),
                                  cal.warning(d.due) if d.moves_off_days else None))
    return out


def day_marks(store: Store, year: int, month: int, *, today: dt.date | None = None) -> dict[dt.date, list[DeadlineStatus]]:
    """The days of a month that carry a deadline (a month milestone on its last day)."""
    return marks_between(store, *month_range(year, month), today=today)


def marks_between(store: Store, first: dt.date, last: dt.date, *, today: dt.date | None = None,
                  ) -> dict[dt.date, list[DeadlineStatus]]:
    """The days of ``first``..``last`` that carry a deadline (a month milestone on its last day)."""
    return by_day(statuses(store, first, last, today=today))


def by_day(found: list[DeadlineStatus]) -> dict[dt.date, list[DeadlineStatus]]:
    """Statuses grouped by the day that carries them (a month milestone on its last day)."""
    out: dict[dt.date, list[DeadlineStatus]] = {}
    for s in found:
        day = s.deadline.last_day if s.deadline.is_month else dt.date.fromisoformat(s.deadline.due)
        out.setdefault(day, []).append(s)
    return out


@dataclass
class StartupSummary:
    overdue: list[DeadlineStatus]
    today: list[DeadlineStatus]
    next_days: list[DeadlineStatus]

    @property
    def empty(self) -> bool:
        return not (self.overdue or self.today or self.next_days)


def startup_summary(store: Store, *, today: dt.date | None = None, look_back_days: int = 120) -> StartupSummary:
    """What is overdue (not all received), due today, and due in the next 7 days."""
    today = today or dt.date.today()
    found = statuses(store, today - dt.timedelta(days=look_back_days), today + dt.timedelta(days=SOON_DAYS),
                     today=today)
    overdue = [s for s in found if s.status == OVERDUE]
    due_today = [s for s in found if s.status != OVERDUE and not s.deadline.is_month and s.deadline.last_day == today]
    nxt = [s for s in found if s.status != OVERDUE and s not in due_today and s.deadline.last_day > today]
    return StartupSummary(overdue, due_today, nxt)


# -- receipts ----------------------------------------------------------------------------------------------------


def receipts(store: Store, deadline_id: int) -> list[Receipt]:
    return DeadlineRepository(store).receipts(deadline_id)


def tick(store: Store, deadline_id: int, unit_id: int, on: dt.date | None = None, note: str | None = None) -> None:
    """Mark a unit as having sent it (on ``on``, today by default). :func:`untick` undoes it."""
    with as_store_errors():
        DeadlineRepository(store).set_receipt(deadline_id, unit_id, received=True, on=on or dt.date.today(), note=note)
    changes.publish(store, changes.DEADLINES, ids={changes.DEADLINES: [deadline_id]})


def untick(store: Store, deadline_id: int, unit_id: int) -> None:
    with as_store_errors():
        DeadlineRepository(store).set_receipt(deadline_id, unit_id, received=False)
    changes.publish(store, changes.DEADLINES, ids={changes.DEADLINES: [deadline_id]})


def set_note(store: Store, deadline_id: int, unit_id: int, note: str) -> None:
    """A unit's note on a deadline ("gửi qua email", "xin lùi hạn"), received or not."""
    repo = DeadlineRepository(store)
    current = next((r for r in repo.receipts(deadline_id) if r.unit_id == unit_id), None)
    received = bool(current and current.received)
    on = dt.date.fromisoformat(current.received_on) if received and current.received_on else None
    with as_store_errors():
        repo.set_receipt(deadline_id, unit_id, received=received, on=on, note=note)
    changes.publish(store, changes.DEADLINES, ids={changes.DEADLINES: [deadline_id]})


def late_units(store: Store, deadline_id: int) -> list[Receipt]:
    return [r for r in receipts(store, deadline_id) if not r.received]


# -- the reminder letter ----------------------------------------------------------------------------------------

_PHRASES = {REPORT: "gửi báo cáo", DOSSIER: "nộp hồ sơ", REGISTRATION: "đăng ký", MEETING: "chuẩn bị nội dung họp"}


def _due_words(d: Deadline) -> str:
    if d.is_month:
        return f"trong tháng {screen_date(d.due)}"
    return f"trước {formal_date(DocDate.of(dt.date.fromisoformat(d.due)))}"


def reminder_letter(store: Store, deadline_id: int, *, today: dt.date | None = None,
                    new_due: dt.date | None = None) -> OfficialDocument:
    """The công văn đôn đốc to the units late for a deadline (not stored)."""
    today = today or dt.date.today()
    d = get(store, deadline_id)
    if d.audience.scope == OFFICE:
        raise ValidationError("Đây là việc của Phòng: không có đơn vị nào phải nộp, không cần đôn đốc.")
    late = late_units(store, deadline_id)
    if not late:
        raise ValidationError("Tất cả đơn vị đã nộp: không có đơn vị nào cần đôn đốc.")
    profile = load_profile(store) or OfficeProfile()
    cal = work_calendar(store)
    new_due = new_due or cal.add_working_days(today, 3)
    phrase = _PHRASES.get(d.kind, "thực hiện")
    office = name_in_running_text(profile.office_name) or "Phòng Giáo dục và Đào tạo"
    title = d.title.rstrip(" .;/")
    body = [
        Paragraph([Run(f"{_basis(store, d)}{office} đã đề nghị: «{title}», hạn {_due_words(d)}. Đến "
                       f"{formal_date(DocDate.of(today))}, {office} chưa nhận được của các đơn vị có tên trên.")]),
        Paragraph([Run(f"{office} đề nghị Hiệu trưởng các đơn vị khẩn trương hoàn thành, gửi về {office} "
                       f"(bộ phận Thi đua - Khen thưởng) trước {formal_date(DocDate.of(new_due))}.")]),
        Paragraph([Run("Đề nghị các đơn vị nghiêm túc thực hiện./.")]),
    ]
    return _letter(profile, today, summary=f"V/v đôn đốc {phrase} hạn {screen_date(d.due)}",
                   addressees=[r.unit_name for r in late], body=body)


def _basis(store: Store, d: Deadline) -> str:
    """'Thực hiện Kế hoạch số 06/KH-PGDĐT ngày 05 tháng 01 năm 2022 của … về …, ' for a deadline
    from an issued plan; '' otherwise."""
    if d.plan_id is None:
        return ""
    try:
        plan = PlanRepository(store).get(d.plan_id)
    except ValidationError:
        return ""
    if plan.number is None or not plan.date.is_complete():
        return ""
    issuer = f" của {name_in_running_text(plan.office_name)}" if plan.office_name.strip() else ""
    about = f" về {plan.title[:1].lower()}{plan.title[1:]}" if plan.title else ""
    return (f"Thực hiện {plan.kind_name} số {number_and_symbol(plan.number, plan.symbol)} "
            f"{formal_date(plan.date)}{issuer}{about}, ")


def _letter(profile: OfficeProfile, today: dt.date, **fields) -> OfficialDocument:
    """A draft công văn of the office (number and day blank until issued), signed by the head."""
    return OfficialDocument(
        doc_type=LETTER,
        symbol=symbol_for(LETTER, profile.symbol, profile.letter_unit),
        place=profile.place,
        date=DocDate(None, today.month, today.year),
        governing_body=profile.governing_body,
        office_name=profile.office_name,
        recipients=[Recipient("Như trên"), profile.storage_recipient()],
        signatures=[profile.head_signer()],
        **fields,
    )


def create_reminder(store: Store, deadline_id: int, *, today: dt.date | None = None,
                    new_due: dt.date | None = None) -> int:
    """Store the reminder as a draft paper (printed and issued like every letter)."""
    doc = reminder_letter(store, deadline_id, today=today, new_due=new_due)
    with as_store_errors():
        paper_id = PaperRepository(store).create(doc)
    changes.publish(store, changes.PAPERS, ids={changes.PAPERS: [paper_id]})
    return paper_id


def issue_reminder(store: Store, paper_id: int, date: dt.date | None = None) -> RegisterEntry:
    """The next number from the outgoing register, the archived PDF, the lock (ops.issuing)."""
    from thiduadesk.ops.issuing import issue_paper

    return issue_paper(store, paper_id, date or dt.date.today())


def reminder_pdf(store: Store, paper_id: int) -> bytes:
    """The reminder as printed: the archived PDF once issued, else a fresh rendering of the draft."""
    paper = PaperRepository(store).get(paper_id)
    if paper.is_issued:
        from thiduadesk.ops.issuing import archived_paper_pdf

        return archived_paper_pdf(store, paper_id)
    from thiduadesk.documents.paper_pdf import paper_pdf_bytes

    return paper_pdf_bytes(paper)


# -- the deadline list (timetable) as a table --------------------------------------------------------------------


def deadline_list_letter(store: Store, first: dt.date, last: dt.date, *, today: dt.date | None = None,
                         ) -> OfficialDocument:
    """A công văn announcing the deadlines of ``first``..``last`` to the units, the list attached
    to it (the groundwork's attached-list layout; it can be issued like every letter)."""
    from thiduadesk.domain.document import AttachedList

    today = today or dt.date.today()
    profile = load_profile(store) or OfficeProfile()
    found = statuses(store, first, last, today=today)
    period = f"tháng {first.month:02d}/{first.year}" if (first, last) == month_range(first.year, first.month) \
        else f"từ {screen_date(first)} đến {screen_date(last)}"
    rows = [[str(i), screen_date(s.deadline.due), s.deadline.title, KIND_LABELS_VI.get(s.deadline.kind, ""),
             s.progress] for i, s in enumerate(found, 1)]  # fmt: skip
    return _letter(
        profile, today,
        summary=f"V/v thông báo lịch hạn nộp {period}",
        addressees=["Các đơn vị trực thuộc"],
        body=[Paragraph([Run(f"Phòng thông báo lịch hạn nộp hồ sơ, báo cáo {period} (danh sách kèm theo). "
                             "Đề nghị các đơn vị thực hiện đúng thời hạn./.")])],
        attachments=[AttachedList(f"Lịch hạn nộp {period}", ["TT", "Hạn", "Nội dung", "Loại", "Đã nộp"], rows,
                                  weights=[0.9, 2.2, 5.2, 1.9, 1.3])],
    )


def deadline_list_pdf(store: Store, first: dt.date, last: dt.date, *, today: dt.date | None = None,
                      list_only: bool = True) -> bytes:
    """The deadline list printed as a table (alone, or with the letter it is attached to)."""
    from thiduadesk.documents.paper_pdf import attached_list_pdf_bytes, paper_pdf_bytes

    doc = deadline_list_letter(store, first, last, today=today)
    return attached_list_pdf_bytes(doc, 0) if list_only else paper_pdf_bytes(doc)


# -- export --------------------------------------------------------------------------------------------------------


def all_between(store: Store, first: dt.date, last: dt.date) -> list[Deadline]:
    return DeadlineRepository(store).between(first, last)


def export_ics(store: Store, path: str | Path, first: dt.date | None = None, last: dt.date | None = None) -> Path:
    """The deadlines (all, or those touching ``first``..``last``) to an .ics file."""
    from thiduadesk.exchange.ics import deadlines_ics
    from thiduadesk.ops.files import write_file

    items = all_between(store, first or dt.date(1900, 1, 1), last or dt.date(9999, 12, 31))
    return write_file(path, deadlines_ics(items))

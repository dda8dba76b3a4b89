"""``deadlines extract FILE [--json]``, ``deadlines add|drop``, ``deadlines list``,
``deadlines tick|untick``, ``deadlines reminder``, ``deadlines print``, ``deadlines ics``.

``extract`` reads a plan or a received letter (.txt, .md, .docx, .pdf with a text layer) and
prints every date in it with its class: ``--json`` gives the list of {date, kind, text}.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from thiduadesk.cli.common import iso_date as _date
from thiduadesk.cli.common import opened, print_json, record_id, wrote
from thiduadesk.cli.common import year as year_arg
from thiduadesk.domain.model import LEVELS
from thiduadesk.domain.schedule import (
    ALL,
    CLUSTER,
    DEADLINE_KINDS,
    LEVEL,
    LISTED,
    OFFICE,
    OTHER,
    Audience,
    Deadline,
)
from thiduadesk.ops import deadlines


def month_arg(text: str) -> tuple[int, int]:
    """"2025-09" (argparse type) → (2025, 9)."""
    parts = text.split("-")
    if len(parts) == 2 and all(p.isdigit() for p in parts) and len(parts[0]) == 4 and 1 <= int(parts[1]) <= 12:
        return int(parts[0]), int(parts[1])
    raise argparse.ArgumentTypeError(f"tháng phải theo dạng YYYY-MM, ví dụ 2025-09: «{text}»")


def due_arg(text: str) -> str:
    """"2025-09-05" (a day) or "2025-09" (a month's milestone), argparse type."""
    if len(text) == 7:
        year, month = month_arg(text)
        return f"{year:04d}-{month:02d}"
    return _date(text).isoformat()


def add_parsers(sub) -> None:
    actions = sub.add_parser("deadlines", help="lịch hạn nộp").add_subparsers(dest="action", required=True)
    p = actions.add_parser("extract", help="tìm các ngày trong kế hoạch hoặc văn bản đến (.txt .md .docx .pdf)")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true", help="in danh sách JSON {date, kind, text}")
    p.add_argument("--year", type=int, help="năm của các ngày không ghi năm")
    p = actions.add_parser("add", help="thêm một hạn nhập tay")
    p.add_argument("due", type=due_arg, help="YYYY-MM-DD, hoặc YYYY-MM cho một mốc cả tháng")
    p.add_argument("title", help="việc phải nộp hoặc làm")
    p.add_argument("--kind", choices=DEADLINE_KINDS, default=OTHER, help="loại hạn (mặc định: other)")
    who = p.add_mutually_exclusive_group()
    who.add_argument("--level", choices=LEVELS, help="chỉ các đơn vị của một cấp học")
    who.add_argument("--cluster", help="chỉ các đơn vị của một cụm thi đua")
    who.add_argument("--units", type=record_id, nargs="+", metavar="ID", help="chỉ các đơn vị có số hiệu này")
    who.add_argument("--office", action="store_true", help="việc của Phòng, không đơn vị nào phải nộp")
    p.add_argument("--note", default="", help="ghi chú")
    p.add_argument("--every-year", type=int, metavar="N", help="lặp lại cùng ngày tháng trong N năm (1–50)")
    p = actions.add_parser("drop", help="bỏ một hạn khỏi lịch (hạn lấy từ kế hoạch không trở lại khi đồng bộ)")
    p.add_argument("deadline", type=record_id)
    p = actions.add_parser("list", help="các hạn trong một tháng (mặc định: tháng này)")
    p.add_argument("--month", type=month_arg, help="YYYY-MM")
    p.add_argument("--json", action="store_true")
    for name, text in (("tick", "đánh dấu đơn vị đã nộp"), ("untick", "bỏ đánh dấu đã nộp")):
        p = actions.add_parser(name, help=text)
        p.add_argument("deadline", type=record_id)
        p.add_argument("unit", type=record_id)
        if name == "tick":
            p.add_argument("--date", type=_date, help="ngày nhận (mặc định: hôm nay)")
    p = actions.add_parser("reminder", help="công văn đôn đốc các đơn vị chưa nộp")
    p.add_argument("deadline", type=record_id)
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--issue", action="store_true", help="ban hành (lấy số trong sổ văn bản đi)")
    p.add_argument("--date", type=_date, help="ngày ban hành (mặc định: hôm nay)")
    p = actions.add_parser("print", help="in danh sách hạn của một tháng thành bảng (PDF)")
    p.add_argument("--month", type=month_arg, help="YYYY-MM (mặc định: tháng này)")
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--with-letter", action="store_true", help="kèm công văn thông báo")
    p = actions.add_parser("days-off", help="ngày nghỉ của một năm: xem, thêm, bỏ, thứ Bảy làm bù")
    p.add_argument("year", type=year_arg)
    p.add_argument("--off", type=_date, action="append", default=[], help="thêm ngày nghỉ YYYY-MM-DD")
    p.add_argument("--name", default="Ngày nghỉ", help="tên ngày nghỉ thêm")
    p.add_argument("--not-off", type=_date, action="append", default=[], help="ngày lễ vẫn đi làm")
    p.add_argument("--work", type=_date, action="append", default=[], help="thứ Bảy làm bù")
    p.add_argument("--reset", type=_date, action="append", default=[], help="trở lại lịch chính thức")
    p = actions.add_parser("ics", help="xuất lịch hạn ra tệp .ics (điện thoại, Outlook)")
    p.add_argument("-o", "--output", type=Path, required=True)


def run_extract(args) -> int:
    found = deadlines.extract_file(args.file, year=args.year)
    for note in found.notes:
        print(f"Ghi chú: {note}", file=sys.stderr)
    if args.json:
        print_json([c.to_json() for c in found.dates])
        return 0
    for c in found.dates:
        print(f"{c.date}\t{c.kind}\t{c.text}")
    return 0


def _month(args) -> tuple[dt.date, dt.date]:
    today = dt.date.today()
    year, month = args.month or (today.year, today.month)
    return deadlines.month_range(year, month)


def run_add(args) -> int:
    if args.level:
        audience = Audience(LEVEL, args.level)
    elif args.cluster:
        audience = Audience(CLUSTER, args.cluster)
    elif args.units:
        audience = Audience(LISTED, unit_ids=list(dict.fromkeys(args.units)))
    else:
        audience = Audience(OFFICE if args.office else ALL)
    deadline = Deadline(args.due, args.title.strip(), args.kind, audience=audience, note=args.note)
    with opened(args) as store:
        if args.every_year is None:
            ids = [deadlines.add(store, deadline)]
        else:
            first = int(args.due[:4])
            ids = deadlines.add_every_year(store, deadline, range(first, first + args.every_year))
        for new_id in ids:
            saved = deadlines.get(store, new_id)
            print(f"{new_id}\t{saved.due}\t{saved.title}")
    return 0


def run_drop(args) -> int:
    with opened(args) as store:
        deadlines.drop(store, args.deadline)
    print(f"Đã bỏ hạn số {args.deadline} khỏi lịch.")
    return 0


def run_print(args) -> int:
    from thiduadesk.ops.files import write_file

    first, last = _month(args)
    with opened(args) as store:
        write_file(args.output, deadlines.deadline_list_pdf(store, first, last, list_only=not args.with_letter))
    return wrote(args.output)


def run_list(args) -> int:
    first, last = _month(args)
    with opened(args) as store:
        found = deadlines.statuses(store, first, last)
    if args.json:
        print_json([{"id": s.deadline.id, "date": s.deadline.due, "title": s.deadline.title,
                     "status": s.status, "received": s.received, "total": s.total} for s in found])
        return 0
    for s in found:
        print(f"{s.deadline.id}\t{s.deadline.due}\t{s.progress}\t{s.status}\t{s.deadline.title}")
    return 0


def run_tick(args) -> int:
    with opened(args) as store:
        if args.action == "tick":
            deadlines.tick(store, args.deadline, args.unit, args.date)
            print(f"Đã đánh dấu đơn vị số {args.unit} đã nộp hạn số {args.deadline}.")
        else:
            deadlines.untick(store, args.deadline, args.unit)
            print(f"Đã bỏ đánh dấu đơn vị số {args.unit} ở hạn số {args.deadline}.")
    return 0


def run_reminder(args) -> int:
    from thiduadesk.ops.files import write_file

    with opened(args) as store:
        paper_id = deadlines.create_reminder(store, args.deadline)
        if args.issue:
            entry = deadlines.issue_reminder(store, paper_id, args.date)
            print(f"Đã ban hành công văn số {entry.number}/{entry.symbol}.")
        write_file(args.output, deadlines.reminder_pdf(store, paper_id))
    return wrote(args.output)


def run_days_off(args) -> int:
    with opened(args) as store:
        for day in args.off:
            deadlines.set_day(store, day, "off", args.name)
        for day in args.not_off:
            deadlines.set_day(store, day, "not_off")
        for day in args.work:
            deadlines.set_day(store, day, "work")
        for day in args.reset:
            deadlines.set_day(store, day, None)
        for day, what in deadlines.days_off(store, args.year):
            print(f"{day.isoformat()}\t{what}")
    return 0


def run_ics(args) -> int:
    with opened(args) as store:
        deadlines.export_ics(store, args.output)
    return wrote(args.output)


def run(args) -> int:
    return {"extract": run_extract, "add": run_add, "drop": run_drop, "list": run_list, "tick": run_tick, "untick": run_tick,
            "reminder": run_reminder, "print": run_print, "days-off": run_days_off, "ics": run_ics}[args.action](args)


COMMANDS = {"deadlines": run}

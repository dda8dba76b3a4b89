"""``plan import | list | pdf | docx | issue``."""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import asdict
from pathlib import Path

from thiduadesk.cli.common import iso_date, opened, output_path, print_json, record_id, wrote, year
from thiduadesk.domain.dates import screen_date
from thiduadesk.ops import plans
from thiduadesk.ops.register import issue_date_problem


def add_parsers(sub) -> None:
    actions = sub.add_parser("plan", help="kế hoạch").add_subparsers(dest="action", required=True)
    p = actions.add_parser("import", help="nhập kế hoạch từ .txt, .md hoặc .docx")
    p.add_argument("file", type=Path)
    p.add_argument("--issued", action="store_true",
                   help="văn bản đã ban hành: giữ số và ngày, ghi vào sổ văn bản đi (mặc định: bản nháp mới, "
                        "bỏ số và ngày)")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p = actions.add_parser("list", help="liệt kê kế hoạch")
    p.add_argument("--year", type=year)
    p.add_argument("--json", action="store_true", help="in mọi trường đã lưu, dạng JSON")
    for name, ext in (("pdf", "PDF"), ("docx", "Word")):
        p = actions.add_parser(name, help=f"in kế hoạch ra tệp {ext}")
        p.add_argument("id", type=record_id)
        p.add_argument("-o", "--output", type=output_path, required=True)
    p = actions.add_parser("issue", help="ban hành: lấy số từ sổ văn bản đi, lưu bản PDF, khoá kế hoạch")
    p.add_argument("id", type=record_id)
    p.add_argument("--date", type=iso_date, default=None,
                   help="ngày ban hành YYYY-MM-DD (mặc định hôm nay)")
    p.add_argument("--force", action="store_true",
                   help="chấp nhận ngày ban hành cách hôm nay hơn một năm (hoặc ngoài 2000–2100)")


def run_import(args) -> int:
    with opened(args) as store:
        imported = plans.import_plan(store, args.file, issued=args.issued)
    for warning in imported.warnings:
        print(f"Lưu ý: {warning}", file=sys.stderr)
    if imported.entry is not None:
        print(f"Đã ghi vào sổ văn bản đi: Số {imported.entry.number_and_symbol} ngày "
              f"{imported.entry.display_date} (văn bản đã ban hành).", file=sys.stderr)
    if args.json:
        from thiduadesk.domain.plan_text import plan_to_summary

        print_json(plan_to_summary(imported.plan))
    else:
        print(imported.plan_id)
    return 0


def run_list(args) -> int:
    with opened(args) as store:
        found = plans.list_plans(store, year=args.year)
    if args.json:
        print_json([{**asdict(s), "number_and_symbol": s.number_and_symbol} for s in found])
        return 0
    for s in found:
        print(f"{s.id}\t{s.year or ''}\t{s.state}\t{s.number_and_symbol}\t{s.title}")
    return 0


def run_pdf(args) -> int:
    with opened(args) as store:
        for warning in plans.print_warnings(store, plans.get(store, args.id)):
            print(f"Lưu ý: {warning}", file=sys.stderr)
        plans.write_pdf(store, args.id, args.output)
    return wrote(args.output)


def run_docx(args) -> int:
    with opened(args) as store:
        plans.export_docx(plans.get(store, args.id), args.output)
    return wrote(args.output)


def run_issue(args) -> int:
    today = dt.date.today()
    date = args.date or today
    problem = issue_date_problem(date, today)
    if problem and not args.force:
        print(f"Chưa ban hành: ngày {screen_date(date)} {problem}. Số văn bản đã cấp sẽ nằm mãi trong sổ văn "
              "bản đi; nếu đúng là ngày đó, chạy lại với --force.", file=sys.stderr)
        return 1
    with opened(args) as store:
        for warning in plans.issue_warnings(plans.get(store, args.id)):  # e.g. last year's bases unchecked
            print(f"Lưu ý: {warning}", file=sys.stderr)
        entry = plans.issue(store, args.id, date)
    print(f"Đã ban hành: Số {entry.number_and_symbol} ngày {entry.display_date}")
    return 0


def run(args) -> int:
    return {"import": run_import, "list": run_list, "pdf": run_pdf, "docx": run_docx, "issue": run_issue}[args.action](args)


COMMANDS = {"plan": run}

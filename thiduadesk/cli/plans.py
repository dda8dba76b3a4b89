"""``plan import | list | pdf | docx | issue``."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from thiduadesk.cli.common import opened, print_json, wrote
from thiduadesk.ops import plans


def add_parsers(sub) -> None:
    actions = sub.add_parser("plan", help="kế hoạch").add_subparsers(dest="action", required=True)
    p = actions.add_parser("import", help="nhập kế hoạch từ .txt, .md hoặc .docx")
    p.add_argument("file", type=Path)
    p.add_argument("--issued", action="store_true",
                   help="văn bản đã ban hành: giữ số và ngày, ghi vào sổ văn bản đi (mặc định: bản nháp mới, "
                        "bỏ số và ngày)")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p = actions.add_parser("list", help="liệt kê kế hoạch")
    p.add_argument("--year", type=int)
    for name, ext in (("pdf", "PDF"), ("docx", "Word")):
        p = actions.add_parser(name, help=f"in kế hoạch ra tệp {ext}")
        p.add_argument("id", type=int)
        p.add_argument("-o", "--output", type=Path, required=True)
    p = actions.add_parser("issue", help="ban hành: lấy số từ sổ văn bản đi, lưu bản PDF, khoá kế hoạch")
    p.add_argument("id", type=int)
    p.add_argument("--date", type=dt.date.fromisoformat, default=None,
                   help="ngày ban hành YYYY-MM-DD (mặc định hôm nay)")


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
        for s in plans.list_plans(store, year=args.year):
            print(f"{s.id}\t{s.year or ''}\t{s.state}\t{s.number_and_symbol}\t{s.title}")
    return 0


def run_pdf(args) -> int:
    with opened(args) as store:
        plans.write_pdf(store, args.id, args.output)
    return wrote(args.output)


def run_docx(args) -> int:
    with opened(args) as store:
        plans.export_docx(plans.get(store, args.id), args.output)
    return wrote(args.output)


def run_issue(args) -> int:
    with opened(args) as store:
        entry = plans.issue(store, args.id, args.date or dt.date.today())
    print(f"Đã ban hành: Số {entry.number_and_symbol} ngày {entry.display_date}")
    return 0


def run(args) -> int:
    return {"import": run_import, "list": run_list, "pdf": run_pdf, "docx": run_docx, "issue": run_issue}[args.action](args)


COMMANDS = {"plan": run}

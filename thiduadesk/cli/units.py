"""``units import FILE.xlsx [--dry-run]`` and ``units list [--json]``."""

from __future__ import annotations

import sys
from dataclasses import asdict
from pathlib import Path

from thiduadesk.cli.common import opened, print_json
from thiduadesk.ops import units


def add_parsers(sub) -> None:
    actions = sub.add_parser("units", help="đơn vị trực thuộc").add_subparsers(dest="action", required=True)
    p = actions.add_parser("import", help="nhập danh sách đơn vị từ Excel (.xlsx)")
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi")
    p = actions.add_parser("list", help="liệt kê đơn vị")
    p.add_argument("--json", action="store_true", help="in mọi trường đã lưu (và số người), dạng JSON")


def run_list(args) -> int:
    with opened(args) as store:
        found = units.list_units(store)
    if args.json:
        print_json([{**asdict(unit), "people": people} for unit, people in found])
        return 0
    for unit, people in found:
        print(f"{unit.id}\t{unit.name}\t{unit.level}\t{unit.cluster}\t{people}")
    return 0


def run_import(args) -> int:
    result = units.read_units_file(args.file)
    for note in result.notes:
        print(f"Ghi chú: {note}")
    for err in result.errors:
        print(f"Dòng {err.row_number}: {err.message}", file=sys.stderr)
    if args.dry_run:
        print(f"Hợp lệ {len(result.units)} dòng, lỗi {len(result.errors)} dòng (chưa ghi gì).")
        return 0 if not result.errors else 1
    if not result.units:
        print("Không có dòng hợp lệ nào để nhập.", file=sys.stderr)
        return 1
    with opened(args) as store:
        summary = units.import_units(store, result)
    for line in summary.kept + summary.near:
        print(f"Lưu ý: {line}")
    print(f"Đã thêm {summary.added}, cập nhật {summary.updated}, không đổi {summary.unchanged} đơn vị; "
          f"bỏ qua {len(result.errors)} dòng lỗi.")
    return 0


def run(args) -> int:
    return {"list": run_list, "import": run_import}[args.action](args)


COMMANDS = {"units": run}

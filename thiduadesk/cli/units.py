"""``units import FILE.xlsx [--dry-run]``, ``units list [--json]`` and
``units people [--unit ID] [--json]``."""

from __future__ import annotations

import sys
from dataclasses import asdict
from pathlib import Path

from thiduadesk.cli.common import opened, print_json, record_id
from thiduadesk.ops import units


def add_parsers(sub) -> None:
    actions = sub.add_parser("units", help="đơn vị trực thuộc").add_subparsers(dest="action", required=True)
    p = actions.add_parser("import", help="nhập danh sách đơn vị từ Excel (.xlsx)")
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi")
    p = actions.add_parser("list", help="liệt kê đơn vị")
    p.add_argument("--json", action="store_true", help="in mọi trường đã lưu (và số người), dạng JSON")
    p = actions.add_parser("people", help="liệt kê cán bộ, giáo viên (của một đơn vị hoặc tất cả)")
    p.add_argument("--unit", type=record_id, help="số hiệu đơn vị (xem units list)")
    p.add_argument("--json", action="store_true", help="in mọi trường đã lưu, dạng JSON")


def run_list(args) -> int:
    with opened(args) as store:
        found = units.list_units(store)
    if args.json:
        print_json([{**asdict(unit), "people": people} for unit, people in found])
        return 0
    for unit, people in found:
        print(f"{unit.id}\t{unit.name}\t{unit.level}\t{unit.cluster}\t{people}")
    return 0


def run_people(args) -> int:
    with opened(args) as store:
        if args.unit is not None:
            units.repository(store).get(args.unit)  # an unknown unit: its message, not an empty list
        found = units.list_people(store, args.unit)
    if args.json:
        print_json([asdict(p) for p in found])
        return 0
    for p in found:
        print(f"{p.id}\t{p.full_name}\t{p.gender}\t{p.position}\t{p.birth_year or ''}\t{p.unit_id}")
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
    return {"list": run_list, "people": run_people, "import": run_import}[args.action](args)


COMMANDS = {"units": run}

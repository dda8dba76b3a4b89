"""``units import FILE.xlsx [--dry-run]`` and ``units list``."""

from __future__ import annotations

import sys
from pathlib import Path

from thiduadesk.cli.common import opened
from thiduadesk.ops import units


def add_parsers(sub) -> None:
    actions = sub.add_parser("units", help="đơn vị trực thuộc").add_subparsers(dest="action", required=True)
    p = actions.add_parser("import", help="nhập danh sách đơn vị từ Excel (.xlsx)")
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi")
    actions.add_parser("list", help="liệt kê đơn vị")


def run_list(args) -> int:
    with opened(args) as store:
        for unit, people in units.list_units(store):
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
        added, updated = units.import_units(store, result.units)
    print(f"Đã thêm {added}, cập nhật {updated} đơn vị; bỏ qua {len(result.errors)} dòng lỗi.")
    return 0


def run(args) -> int:
    return {"list": run_list, "import": run_import}[args.action](args)


COMMANDS = {"units": run}

"""``check`` and ``backup``: the data file itself."""

from __future__ import annotations

from pathlib import Path

from thiduadesk.cli.common import opened
from thiduadesk.ops import backups


def add_parsers(sub) -> None:
    sub.add_parser("check", help="kiểm tra toàn vẹn tệp dữ liệu")
    p = sub.add_parser("backup", help="ghi một bản sao lưu nhất quán")
    p.add_argument("dest", nargs="?", type=Path, help="tệp hoặc thư mục đích")


def run_check(args) -> int:
    with opened(args) as store:
        result = backups.check(store)
        path = store.path
    if result == ["ok"]:
        print(f"Tệp dữ liệu {path}: tốt (integrity_check: ok).")
        return 0
    print(f"Tệp dữ liệu {path} có lỗi:", *result[:50], sep="\n  ")
    return 1


def run_backup(args) -> int:
    with opened(args) as store:
        written = backups.backup(store, args.dest)
    print(f"Đã sao lưu vào {written}")
    return 0


COMMANDS = {"check": run_check, "backup": run_backup}

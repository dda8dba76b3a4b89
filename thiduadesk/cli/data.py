"""``check`` and ``backup``: the data file itself."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from thiduadesk.cli.common import db_path, opened
from thiduadesk.ops import backups


def add_parsers(sub) -> None:
    sub.add_parser("check", help="kiểm tra toàn vẹn tệp dữ liệu (không tạo, không sửa tệp)")
    p = sub.add_parser("backup", help="ghi một bản sao lưu nhất quán")
    p.add_argument("dest", nargs="?", help="tệp hoặc thư mục (đã có) để ghi bản sao lưu")
    p = sub.add_parser("restore", help="khôi phục tệp dữ liệu từ bản sao lưu (mặc định: bản tốt gần nhất); "
                                       "tệp cũ luôn được giữ lại")
    p.add_argument("backup", nargs="?", type=Path, help="tệp sao lưu cần khôi phục")
    p.add_argument("--force", action="store_true", help="khôi phục cả khi tệp dữ liệu hiện tại không bị hỏng")


def run_check(args) -> int:
    # An existing file only: checking a mistyped path must not leave an empty database behind.
    with opened(args, create=False) as store:
        result = backups.check(store)
        path = store.path
    if result == ["ok"]:
        print(f"Tệp dữ liệu {path}: tốt (integrity_check: ok).")
        return 0
    print(f"Tệp dữ liệu {path} có lỗi:", *result[:50], sep="\n  ")
    return 1


def run_backup(args) -> int:
    dest = args.dest
    if dest is not None:
        if not dest.strip():
            print("Đường dẫn sao lưu đang trống; hãy ghi tên tệp hoặc thư mục.", file=sys.stderr)
            return 1
        if dest.endswith(("/", os.sep)) and not Path(dest).is_dir():
            print(f"Thư mục «{dest}» không tồn tại. Chưa sao lưu gì; hãy tạo thư mục đó hoặc chọn chỗ khác.",
                  file=sys.stderr)
            return 1
    with opened(args) as store:
        written = backups.backup(store, Path(dest) if dest is not None else None)
    print(f"Đã sao lưu vào {written}")
    return 0


def run_restore(args) -> int:
    # The data file is not opened the usual way: it may be the damaged file being replaced.
    restored, kept = backups.restore(db_path(args), args.backup, force=args.force)
    print(f"Đã khôi phục {db_path(args)} từ {restored}.")
    if kept is not None:
        print(f"Tệp dữ liệu trước khi khôi phục được giữ ở {kept}.")
    return 0


COMMANDS = {"check": run_check, "backup": run_backup, "restore": run_restore}

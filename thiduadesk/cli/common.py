"""What every command shares: which data file, opening it, JSON output."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from thiduadesk import paths
from thiduadesk.ops.data import open_data


def db_path(args) -> Path:
    if args.db is not None:
        return args.db
    return paths.demo_db_path() if args.demo else paths.default_db_path()


# SQLite stores integers in 64 bits; a larger id can only be a typing mistake.
MAX_ID = 2**63 - 1


def record_id(text: str) -> int:
    """An id on the command line: a whole number from 1 to 2^63-1 (argparse type)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"số hiệu phải là số nguyên dương: «{text}»") from None
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(f"số hiệu «{text}» ngoài khoảng cho phép (1 đến {MAX_ID})")
    return value


def year(text: str) -> int:
    """A year on the command line (argparse type): 1900 to 2100."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"năm phải là số, ví dụ 2025: «{text}»") from None
    if not 1900 <= value <= 2100:
        raise argparse.ArgumentTypeError(f"năm «{text}» ngoài khoảng 1900–2100")
    return value


def iso_date(text: str) -> dt.date:
    """A date YYYY-MM-DD on the command line (argparse type)."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ngày phải theo dạng YYYY-MM-DD, ví dụ 2025-09-05: «{text}»") from None


def output_path(text: str) -> Path:
    """An output file on the command line (argparse type): not empty."""
    if not text.strip():
        raise argparse.ArgumentTypeError("đường dẫn tệp ghi ra đang trống; hãy ghi tên tệp, ví dụ ke-hoach.pdf")
    return Path(text)


@contextmanager
def opened(args, *, create: bool = True) -> Iterator:
    """The data file named by ``--db`` / ``--demo``, closed when the command is done;
    ``create=False`` opens an existing file only."""
    store = open_data(db_path(args), demo=args.demo, create=create)
    try:
        yield store
    finally:
        store.close()


def print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def wrote(path: Path) -> int:
    print(f"Đã ghi {path}")
    return 0

"""What every command shares: which data file, opening it, JSON output."""

from __future__ import annotations

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


@contextmanager
def opened(args) -> Iterator:
    """The data file named by ``--db`` / ``--demo``, closed when the command is done."""
    store = open_data(db_path(args), demo=args.demo)
    try:
        yield store
    finally:
        store.close()


def print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def wrote(path: Path) -> int:
    print(f"Đã ghi {path}")
    return 0

"""``demo``: fill a new data file with demo data (small: what ``--demo`` opens; large: a big
district's ten years, to try the program at office scale)."""

from __future__ import annotations

import argparse
import time

from thiduadesk.cli.common import db_path
from thiduadesk.ops import demo as demo_ops
from thiduadesk.ops.data import open_data


def _seed(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"seed phải là số nguyên, ví dụ 2022: «{text}»") from None
    if not 0 <= value < 2**63:
        raise argparse.ArgumentTypeError(f"seed «{text}» ngoài khoảng 0 đến {2**63 - 1}")
    return value


def add_parsers(sub) -> None:
    p = sub.add_parser(
        "demo",
        help="tạo dữ liệu mẫu trong một tệp dữ liệu mới (small: như --demo; large: khoảng 80 đơn vị, "
             "4.000 cán bộ, 30.000 đề nghị khen thưởng, 150 kế hoạch, 2.000 hạn nộp trong mười năm)",
    )
    p.add_argument("--size", choices=demo_ops.SIZE_NAMES, default="small", help="quy mô (mặc định: small)")
    p.add_argument("--seed", type=_seed, default=demo_ops.DEFAULT_SEED,
                   help=f"hạt giống ngẫu nhiên: cùng seed, cùng ngày cho cùng dữ liệu (mặc định {demo_ops.DEFAULT_SEED})")


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def run_demo(args) -> int:
    # Never through --demo: the file must still be empty when the demo of the asked size goes in.
    store = open_data(db_path(args))
    try:
        started = time.perf_counter()
        c = demo_ops.fill(store, args.size, seed=args.seed)
        seconds = time.perf_counter() - started
        path = store.path
    finally:
        store.close()
    took = f"{seconds:.1f}".replace(".", ",")
    print(f"Đã tạo dữ liệu mẫu «{args.size}» (seed {args.seed}) trong {path} sau {took} giây:")
    print(f"  {_n(c.units)} đơn vị, {_n(c.people)} cán bộ")
    issued = f"{_n(c.issued)} đã ban hành, có số và bản lưu PDF" if c.issued else "bản nháp"
    print(f"  {_n(c.plans)} kế hoạch ({issued})")
    print(f"  {_n(c.nominations)} đề nghị khen thưởng ({_n(c.conferred)} đã được khen)")
    print(f"  {_n(c.deadlines)} hạn nộp, {_n(c.ticks)} lượt đơn vị đã nộp")
    print(f"  {_n(c.audit)} dòng nhật ký thay đổi")
    return 0


COMMANDS = {"demo": run_demo}

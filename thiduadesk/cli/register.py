"""``register list [--year Y]`` and ``register pdf YEAR -o OUT.pdf``."""

from __future__ import annotations

from pathlib import Path

from thiduadesk.cli.common import opened, wrote
from thiduadesk.ops import register


def add_parsers(sub) -> None:
    actions = sub.add_parser("register", help="sổ đăng ký văn bản đi").add_subparsers(dest="action", required=True)
    p = actions.add_parser("list")
    p.add_argument("--year", type=int)
    p = actions.add_parser("pdf", help="in sổ văn bản đi của một năm")
    p.add_argument("year", type=int)
    p.add_argument("-o", "--output", type=Path, required=True)


def run_list(args) -> int:
    with opened(args) as store:
        for e in register.list_entries(store, args.year):
            print(f"{e.number_and_symbol}\t{e.display_date}\t{e.type_name}\t{e.title}\t{e.signer}")
    return 0


def run_pdf(args) -> int:
    with opened(args) as store:
        register.write_register_pdf(store, args.year, args.output)
    return wrote(args.output)


def run(args) -> int:
    return {"list": run_list, "pdf": run_pdf}[args.action](args)


COMMANDS = {"register": run}

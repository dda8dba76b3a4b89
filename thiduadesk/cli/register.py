"""``register list [--year Y] [--json]`` and ``register pdf YEAR -o OUT.pdf``."""

from __future__ import annotations

from dataclasses import asdict

from thiduadesk.cli.common import opened, output_path, print_json, wrote, year
from thiduadesk.ops import register


def add_parsers(sub) -> None:
    actions = sub.add_parser("register", help="sổ đăng ký văn bản đi").add_subparsers(dest="action", required=True)
    p = actions.add_parser("list")
    p.add_argument("--year", type=year)
    p.add_argument("--json", action="store_true", help="in mọi trường đã lưu, dạng JSON")
    p = actions.add_parser("pdf", help="in sổ văn bản đi của một năm")
    p.add_argument("year", type=year)
    p.add_argument("-o", "--output", type=output_path, required=True)


def run_list(args) -> int:
    with opened(args) as store:
        entries = register.list_entries(store, args.year)
    if args.json:
        print_json([asdict(e) for e in entries])
        return 0
    for e in entries:
        print(f"{e.number_and_symbol}\t{e.display_date}\t{e.type_name}\t{e.title}\t{e.signer}")
    return 0


def run_pdf(args) -> int:
    with opened(args) as store:
        register.write_register_pdf(store, args.year, args.output)
    return wrote(args.output)


def run(args) -> int:
    return {"list": run_list, "pdf": run_pdf}[args.action](args)


COMMANDS = {"register": run}

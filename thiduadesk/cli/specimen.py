"""``specimen KIND -o OUT.pdf``: a specimen of one kind of paper with the office profile, to check
the header, the signers and the printer before the first real paper."""

from __future__ import annotations

from thiduadesk.cli.common import opened, output_path, wrote
from thiduadesk.ops import files
from thiduadesk.ops.specimens import KINDS


def add_parsers(sub) -> None:
    p = sub.add_parser("specimen", help="in mẫu một loại văn bản với thông tin của Phòng (kiểm tra trước khi in thật)")
    p.add_argument("kind", choices=KINDS, metavar="KIND", help="loại văn bản: " + ", ".join(KINDS))
    p.add_argument("-o", "--output", type=output_path, required=True)


def run(args) -> int:
    with opened(args) as store:
        files.write_specimen(store, args.kind, args.output)
    return wrote(args.output)


COMMANDS = {"specimen": run}

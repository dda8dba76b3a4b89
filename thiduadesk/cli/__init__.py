"""Command line. With no sub-command it opens the GUI; sub-commands call the same operations
(``thiduadesk.ops``) as the GUI, one module per command group:

    thiduadesk [--db PATH] [--demo] [--lang vi|en] [--exit-when-ready]
    thiduadesk [--db PATH] check                    (an existing file only)  cli/data.py
    thiduadesk [--db PATH] backup [DEST]            (a file name, or an existing folder)
    thiduadesk [--db PATH] restore [BACKUP] [--force]  (default: the newest good backup; the old file kept)
    thiduadesk [--db PATH] units import FILE.xlsx [--dry-run]      cli/units.py
    thiduadesk [--db PATH] units list [--json] | units people [--unit ID] [--json]
    thiduadesk [--db PATH] plan import FILE [--issued] [--json]    cli/plans.py
    thiduadesk [--db PATH] plan list [--year Y] [--json]
    thiduadesk [--db PATH] plan pdf ID -o OUT.pdf
    thiduadesk [--db PATH] plan docx ID -o OUT.docx
    thiduadesk [--db PATH] plan issue ID [--date YYYY-MM-DD] [--force]   (a date far from today needs --force)
    thiduadesk [--db PATH] register list [--year Y] [--json]       cli/register.py
    thiduadesk [--db PATH] register pdf YEAR -o OUT.pdf
    thiduadesk [--db PATH] [--demo] specimen KIND -o OUT.pdf       cli/specimen.py
    thiduadesk [--db PATH] profile show [--json] | profile set …     cli/profile.py
    thiduadesk [--db PATH] deadlines extract FILE [--json] | add DUE TITLE | drop ID | list | tick | reminder | ics
                                                                        cli/deadlines.py
    thiduadesk [--db PATH] awards import FILE --year Y [--conferred] | check --year Y [--json] | pdf …   cli/awards.py
    thiduadesk [--db PATH] demo [--size small|large] [--seed N]   (a new, empty file only)  cli/demo.py

Messages are Vietnamese (the clerk's language); exit status 0 on success, 1 when the work could
not be done (the message says why), 2 for a mistyped command (a value that does not fit: an id
beyond 64 bits, a year outside 1900–2100, an empty -o), 141 when the reader of a pipe has gone.
No output file is ever written over the data file, its journals or a backup (documents/output.py).
"""

from __future__ import annotations

import argparse
import errno
import importlib
import os
import sys
from pathlib import Path

from thiduadesk import __version__, paths
from thiduadesk.cli.common import db_path

# The command groups, one module each; imported only when a command is given (opening the
# window needs none of them, and together they cost the start-up about 80 ms).
GROUP_MODULES = ("data", "profile", "units", "plans", "register", "specimen", "deadlines", "awards", "demo")


def _groups() -> list:
    return [importlib.import_module(f"thiduadesk.cli.{name}") for name in GROUP_MODULES]


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, help="đường dẫn tệp dữ liệu (mặc định: thư mục dữ liệu của người dùng)")
    parser.add_argument("--demo", action="store_true", help="dùng cơ sở dữ liệu mẫu (tạo nếu chưa có)")
    parser.add_argument("--lang", choices=("vi", "en"), default=None, help="ngôn ngữ giao diện")
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="mở cửa sổ chính, in «ready» khi cửa sổ đã dùng được, rồi thoát (kiểm thử khởi động)",
    )


def _window_parser() -> argparse.ArgumentParser:
    """Only the options of opening the window; anything else (a command, -h, --version) goes to
    the full parser."""
    parser = argparse.ArgumentParser(prog="thiduadesk", add_help=False)
    _global_options(parser)
    return parser


def _build_parser(groups: list) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="thiduadesk",
        description="ThiDuaDesk — quản lý thi đua, khen thưởng (chạy không cần mạng).",
    )
    parser.add_argument("--version", action="version", version=f"ThiDuaDesk {__version__}")
    _global_options(parser)
    sub = parser.add_subparsers(dest="command")
    for group in groups:
        group.add_parsers(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args, rest = _window_parser().parse_known_args(argv)
    if rest:
        groups = _groups()
        commands = {name: run for group in groups for name, run in group.COMMANDS.items()}
        args = _build_parser(groups).parse_args(argv)
    if not rest or args.command is None:
        from thiduadesk.app import run_gui

        path = db_path(args)
        return run_gui(
            path,
            demo=args.demo,
            lang=args.lang,
            exit_when_ready=args.exit_when_ready,
            backup_dir=paths.backup_dir_for(path),
        )
    from thiduadesk.ops.errors import USER_ERRORS, as_store_errors

    try:
        with as_store_errors():  # a full disk under the data file: a message, not a traceback
            status = commands[args.command](args)
        sys.stdout.flush()  # a closed pipe shows here, not after main has returned
        return status
    except BrokenPipeError:
        # `thiduadesk units list | head -1`: the reader has gone; stop quietly, as a program
        # ended by SIGPIPE would (128 + 13), and let nothing more be written to the pipe.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except USER_ERRORS as exc:
        print(exc.message, file=sys.stderr)
    except FileNotFoundError as exc:
        print(f"Không tìm thấy tệp: {exc.filename or exc}", file=sys.stderr)
    except IsADirectoryError as exc:
        print(f"Đây là thư mục, không phải tệp: {exc.filename or exc}", file=sys.stderr)
    except PermissionError as exc:
        print(f"Không có quyền đọc hoặc ghi tệp: {exc.filename or exc}", file=sys.stderr)
    except OSError as exc:
        print(_os_message(exc), file=sys.stderr)
    except OverflowError:
        print("Số quá lớn (số hiệu, năm hoặc ngày ngoài khoảng cho phép).", file=sys.stderr)
    return 1


def _os_message(exc: OSError) -> str:
    where = f" «{exc.filename}»" if exc.filename else ""
    if exc.errno == errno.ENOSPC:
        return f"Ổ đĩa đầy: không ghi được{where}. Hãy giải phóng chỗ trống rồi thử lại."
    if exc.errno == errno.EROFS:
        return f"Ổ đĩa chỉ cho đọc: không ghi được{where}. Hãy chọn chỗ lưu khác."
    return f"Lỗi hệ thống{where}: {exc.strerror or exc}."


def main_gui() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main(sys.argv[1:])


if __name__ == "__main__":
    raise SystemExit(main())

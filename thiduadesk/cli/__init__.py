"""Command line. With no sub-command it opens the GUI; sub-commands share the same functions.

    thiduadesk [--db PATH] [--demo] [--lang vi|en] [--exit-when-ready]
    thiduadesk [--db PATH] check
    thiduadesk [--db PATH] backup [DEST]
    thiduadesk [--db PATH] units import FILE.xlsx [--dry-run]
    thiduadesk [--db PATH] plan import FILE [--json]
    thiduadesk [--db PATH] plan list [--year Y]
    thiduadesk [--db PATH] plan pdf ID -o OUT.pdf
    thiduadesk [--db PATH] plan docx ID -o OUT.docx
    thiduadesk [--db PATH] plan issue ID [--date YYYY-MM-DD]
    thiduadesk [--db PATH] register list [--year Y]
    thiduadesk [--db PATH] register pdf YEAR -o OUT.pdf

Messages are Vietnamese (the clerk's language); exit status 0 on success, 1 when the work could
not be done (the message says why), 2 for a mistyped command.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from thiduadesk import __version__, paths


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="thiduadesk",
        description="ThiDuaDesk — quản lý thi đua, khen thưởng (chạy không cần mạng).",
    )
    parser.add_argument("--version", action="version", version=f"ThiDuaDesk {__version__}")
    parser.add_argument("--db", type=Path, help="đường dẫn tệp dữ liệu (mặc định: thư mục dữ liệu của người dùng)")
    parser.add_argument("--demo", action="store_true", help="dùng cơ sở dữ liệu mẫu (tạo nếu chưa có)")
    parser.add_argument("--lang", choices=("vi", "en"), default=None, help="ngôn ngữ giao diện")
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="mở cửa sổ chính rồi thoát khi sẵn sàng (kiểm thử khởi động)",
    )
    sub = parser.add_subparsers(dest="command")

    sub.add_parser("check", help="kiểm tra toàn vẹn tệp dữ liệu")
    p = sub.add_parser("backup", help="ghi một bản sao lưu nhất quán")
    p.add_argument("dest", nargs="?", type=Path, help="tệp hoặc thư mục đích")

    units = sub.add_parser("units", help="đơn vị trực thuộc").add_subparsers(dest="action", required=True)
    p = units.add_parser("import", help="nhập danh sách đơn vị từ Excel (.xlsx)")
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi")
    units.add_parser("list", help="liệt kê đơn vị")

    plan = sub.add_parser("plan", help="kế hoạch").add_subparsers(dest="action", required=True)
    p = plan.add_parser("import", help="nhập kế hoạch từ .txt, .md hoặc .docx")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p = plan.add_parser("list", help="liệt kê kế hoạch")
    p.add_argument("--year", type=int)
    for name, ext in (("pdf", "PDF"), ("docx", "Word")):
        p = plan.add_parser(name, help=f"in kế hoạch ra tệp {ext}")
        p.add_argument("id", type=int)
        p.add_argument("-o", "--output", type=Path, required=True)
    p = plan.add_parser("issue", help="ban hành: lấy số từ sổ văn bản đi, lưu bản PDF, khoá kế hoạch")
    p.add_argument("id", type=int)
    p.add_argument("--date", type=dt.date.fromisoformat, default=None, help="ngày ban hành YYYY-MM-DD (mặc định hôm nay)")

    reg = sub.add_parser("register", help="sổ đăng ký văn bản đi").add_subparsers(dest="action", required=True)
    p = reg.add_parser("list")
    p.add_argument("--year", type=int)
    p = reg.add_parser("pdf", help="in sổ văn bản đi của một năm")
    p.add_argument("year", type=int)
    p.add_argument("-o", "--output", type=Path, required=True)
    return parser


def _db_path(args) -> Path:
    if args.db is not None:
        return args.db
    return paths.demo_db_path() if args.demo else paths.default_db_path()


def _open(args):
    from thiduadesk.store.db import open_store

    path = _db_path(args)
    store = open_store(path, backup_dir=paths.backup_dir_for(path))
    if args.demo:
        from thiduadesk.store.demo import ensure_demo

        ensure_demo(store)
    return store


def _print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


# --- commands --------------------------------------------------------------------------------


def cmd_check(args) -> int:
    store = _open(args)
    try:
        result = store.integrity_check()
    finally:
        store.close()
    if result == ["ok"]:
        print(f"Tệp dữ liệu {store.path}: tốt (integrity_check: ok).")
        return 0
    print(f"Tệp dữ liệu {store.path} có lỗi:", *result[:50], sep="\n  ")
    return 1


def cmd_backup(args) -> int:
    store = _open(args)
    try:
        dest = args.dest or paths.backup_dir_for(store.path)
        written = store.backup_to(dest)
    finally:
        store.close()
    print(f"Đã sao lưu vào {written}")
    return 0


def cmd_units(args) -> int:
    from thiduadesk.store.units import UnitRepository

    if args.action == "list":
        store = _open(args)
        try:
            for unit, people in UnitRepository(store).list_units():
                print(f"{unit.id}\t{unit.name}\t{unit.level}\t{unit.cluster}\t{people}")
        finally:
            store.close()
        return 0

    from thiduadesk.exchange.units_xlsx import read_units_xlsx

    result = read_units_xlsx(args.file)
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
    store = _open(args)
    try:
        added, updated = UnitRepository(store).import_units(result.units)
    finally:
        store.close()
    print(f"Đã thêm {added}, cập nhật {updated} đơn vị; bỏ qua {len(result.errors)} dòng lỗi.")
    return 0


def cmd_plan(args) -> int:
    from thiduadesk.store.plans import PlanRepository, apply_profile
    from thiduadesk.store.profile import load_profile

    if args.action == "import":
        from thiduadesk.domain.plan_text import plan_to_summary
        from thiduadesk.exchange.plan_import import import_plan_file

        parsed = import_plan_file(args.file)
        store = _open(args)
        try:
            plan = apply_profile(parsed.plan, load_profile(store))
            plan_id = PlanRepository(store).create(plan)
            plan = PlanRepository(store).get(plan_id)
        finally:
            store.close()
        for warning in parsed.warnings:
            print(f"Lưu ý: {warning}", file=sys.stderr)
        if args.json:
            _print_json(plan_to_summary(plan))
        else:
            print(plan_id)
        return 0

    store = _open(args)
    try:
        repo = PlanRepository(store)
        if args.action == "list":
            for s in repo.list(year=args.year):
                print(f"{s.id}\t{s.year or ''}\t{s.state}\t{s.number_and_symbol}\t{s.title}")
            return 0
        if args.action == "pdf":
            plan = repo.get(args.id)
            if plan.is_issued:
                data = repo.archived_pdf(args.id)  # the signed document, byte for byte
            else:
                from thiduadesk.documents.plan_pdf import plan_pdf_bytes

                data = plan_pdf_bytes(plan)
            _write_file(args.output, data)
            print(f"Đã ghi {args.output}")
            return 0
        if args.action == "docx":
            from thiduadesk.exchange.docx_export import export_plan_docx

            export_plan_docx(repo.get(args.id), args.output)
            print(f"Đã ghi {args.output}")
            return 0
        if args.action == "issue":
            from thiduadesk.documents.plan_pdf import plan_pdf_bytes

            entry = repo.issue(args.id, args.date or dt.date.today(), plan_pdf_bytes)
            print(f"Đã ban hành: Số {entry.number_and_symbol} ngày {entry.display_date}")
            return 0
    finally:
        store.close()
    return 2


def cmd_register(args) -> int:
    from thiduadesk.store.register import RegisterRepository

    store = _open(args)
    try:
        repo = RegisterRepository(store)
        if args.action == "list":
            for e in repo.list(year=args.year):
                print(f"{e.number_and_symbol}\t{e.display_date}\t{e.type_name}\t{e.title}\t{e.signer}")
            return 0
        if args.action == "pdf":
            from thiduadesk.documents.register_pdf import register_pdf_bytes
            from thiduadesk.store.profile import load_profile

            data = register_pdf_bytes(repo.list(year=args.year), args.year, load_profile(store))
            _write_file(args.output, data)
            print(f"Đã ghi {args.output}")
            return 0
    finally:
        store.close()
    return 2


def _write_file(path: Path, data: bytes) -> None:
    from thiduadesk.documents.output import write_bytes

    write_bytes(path, data)


COMMANDS = {"check": cmd_check, "backup": cmd_backup, "units": cmd_units, "plan": cmd_plan, "register": cmd_register}


def main(argv: list[str] | None = None) -> int:
    args = _build_parser().parse_args(argv)
    if args.command is None:
        from thiduadesk.app import run_gui

        path = _db_path(args)
        return run_gui(
            path,
            demo=args.demo,
            lang=args.lang,
            exit_when_ready=args.exit_when_ready,
            backup_dir=paths.backup_dir_for(path),
        )
    from thiduadesk.store.errors import StoreError

    try:
        return COMMANDS[args.command](args)
    except StoreError as exc:
        print(exc.message, file=sys.stderr)
    except FileNotFoundError as exc:
        print(f"Không tìm thấy tệp: {exc.filename or exc}", file=sys.stderr)
    except IsADirectoryError as exc:
        print(f"Đây là thư mục, không phải tệp: {exc.filename or exc}", file=sys.stderr)
    except PermissionError as exc:
        print(f"Không có quyền đọc hoặc ghi tệp: {exc.filename or exc}", file=sys.stderr)
    except _user_errors() as exc:
        print(getattr(exc, "message", None) or str(exc), file=sys.stderr)
    return 1


def _user_errors() -> tuple[type[BaseException], ...]:
    """Errors whose message is written for the clerk (import problems), beside StoreError."""
    errors: list[type[BaseException]] = []
    try:
        from thiduadesk.exchange.plan_import import PlanImportError

        errors.append(PlanImportError)
    except ImportError:
        pass
    try:
        from thiduadesk.exchange.units_xlsx import UnitImportError

        errors.append(UnitImportError)
    except ImportError:
        pass
    return tuple(errors)


def main_gui() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main(sys.argv[1:])


if __name__ == "__main__":
    raise SystemExit(main())

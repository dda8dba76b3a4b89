"""``awards import FILE --year Y [--conferred]``, ``awards check --year Y [--json]``,
``awards pdf --year Y --paper list|proposal|minutes|decision -o OUT.pdf``,
``awards template -o FILE.xlsx [--year Y]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from thiduadesk.cli.common import iso_date, opened, output_path, print_json, record_id, wrote
from thiduadesk.domain.awards import catalogue as c
from thiduadesk.domain.awards.model import parse_school_year
from thiduadesk.ops import awards

PAPER_NAMES = {"list": "danh sách đề nghị", "proposal": "tờ trình", "minutes": "biên bản họp Hội đồng",
               "decision": "quyết định khen thưởng"}


def percent(text: str) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"tỷ lệ phải là số, ví dụ 80: «{text}»") from None
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError(f"tỷ lệ «{text}» phải từ 0 đến 100")
    return value


def money(text: str) -> int:
    digits = text.replace(".", "").replace(",", "").strip()
    if not digits.isdigit() or int(digits) <= 0:
        raise argparse.ArgumentTypeError(f"số tiền phải là số đồng, ví dụ 2340000: «{text}»")
    return int(digits)


SETTINGS = (
    ("--ldtt-pct", "ldtt_member_pct", percent, "Tập thể LĐTT: tỷ lệ thành viên đạt LĐTT (%)"),
    ("--ldxs-pct", "ldxs_member_pct", percent, "Tập thể LĐXS: tỷ lệ thành viên đạt LĐTT (%)"),
    ("--vote-pct", "vote_pct", percent, "ngưỡng phiếu CSTĐCS trên tổng số thành viên Hội đồng (%)"),
    ("--vote-pct-high", "vote_pct_high", percent, "ngưỡng phiếu CSTĐ cấp tỉnh (%)"),
    ("--cstdcs-cap", "cstdcs_cap_pct", percent, "CSTĐCS tối đa bao nhiêu % số LĐTT của đơn vị (0: không giới hạn)"),
    ("--base-salary", "base_salary", money, "mức lương cơ sở (đồng)"),
)
SETTING_NAMES = {
    "ldtt_member_pct": "Tỷ lệ LĐTT của Tập thể LĐTT (%)", "ldxs_member_pct": "Tỷ lệ LĐTT của Tập thể LĐXS (%)",
    "vote_pct": "Ngưỡng phiếu (%)", "vote_pct_high": "Ngưỡng phiếu CSTĐ cấp tỉnh (%)",
    "cstdcs_cap_pct": "Tỷ lệ tối đa CSTĐCS / LĐTT (%)", "base_salary": "Mức lương cơ sở (đồng)",
    "round_to": "Làm tròn tiền thưởng lên (đồng)",
}


def school_year(text: str) -> str:
    try:
        return parse_school_year(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def id_list(text: str) -> list[int]:
    """"3,5,8" (argparse type): the ids ``awards check --json`` prints."""
    return [record_id(part.strip()) for part in text.split(",") if part.strip()] or [record_id(text)]


def council_size(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"số phiếu phải là số nguyên: «{text}»") from None
    if not 0 <= value <= 999:
        raise argparse.ArgumentTypeError(f"số phiếu «{text}» phải từ 0 đến 999")
    return value


def add_parsers(sub) -> None:
    actions = sub.add_parser("awards", help="khen thưởng: danh sách đề nghị, xét điều kiện, văn bản").add_subparsers(
        dest="action", required=True)
    p = actions.add_parser("import", help="nhập danh sách đề nghị (.xlsx, .xls, .ods)")
    p.add_argument("file", type=Path)
    p.add_argument("--year", type=school_year, required=True, help="năm học, ví dụ 2023-2024")
    p.add_argument("--conferred", action="store_true", help="danh sách khen thưởng đã được quyết định (lịch sử)")
    p = actions.add_parser("check", help="xét điều kiện theo quy định của năm học")
    p.add_argument("--year", type=school_year, required=True)
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p = actions.add_parser("pdf", help="in văn bản khen thưởng ra PDF")
    p.add_argument("--year", type=school_year, required=True)
    p.add_argument("--paper", choices=awards.PAPERS, required=True)
    p.add_argument("-o", "--output", type=output_path, required=True)
    p = actions.add_parser("settings", help="xem hoặc đặt tỷ lệ, ngưỡng phiếu, mức lương cơ sở của năm học")
    p.add_argument("--year", type=school_year, required=True)
    for flag, field, kind, text in SETTINGS:
        p.add_argument(flag, dest=field, type=kind, help=text)
    p = actions.add_parser("votes", help="ghi kết quả bỏ phiếu của Hội đồng Thi đua – Khen thưởng")
    p.add_argument("--year", type=school_year, required=True)
    p.add_argument("--for", dest="votes_for", type=council_size, required=True, help="số phiếu đồng ý")
    p.add_argument("--of", dest="votes_total", type=council_size, required=True,
                   help="tổng số thành viên Hội đồng (có mặt hay vắng mặt)")
    p.add_argument("--ids", type=id_list, help="số hiệu các đề nghị, ví dụ 3,5,8 (mặc định: mọi đề nghị đủ điều kiện)")
    p = actions.add_parser("decide", help="ghi quyết định khen thưởng cho các đề nghị (thành lịch sử khen thưởng)")
    p.add_argument("--year", type=school_year, required=True)
    p.add_argument("--number", required=True, help="số quyết định, ví dụ 1234/QĐ-UBND")
    p.add_argument("--date", type=iso_date, required=True, help="ngày quyết định, ví dụ 2024-06-15")
    p.add_argument("--ids", type=id_list, help="số hiệu các đề nghị (mặc định: mọi đề nghị đủ điều kiện)")
    p = actions.add_parser("template", help="ghi mẫu danh sách đề nghị (.xlsx) cho các trường")
    p.add_argument("-o", "--output", type=output_path, required=True)
    p.add_argument("--year", type=school_year, help="ghi kèm các đề nghị của năm học này")


def run_import(args) -> int:
    with opened(args) as store:
        report = awards.import_list(store, args.file, args.year, conferred=args.conferred)
    for note in report.notes:
        print(f"Ghi chú: {note}")
    if not report.ok:
        for number, errors in report.errors:
            print(f"Dòng {number}: {'; '.join(errors)}", file=sys.stderr)
        print(f"Chưa nhập gì: {len(report.errors)} dòng lỗi trong {report.rows} dòng. Hãy sửa tệp rồi nhập lại.",
              file=sys.stderr)
        return 1
    for name in report.units_created:
        print(f"Đã thêm đơn vị: {name}")
    what = "khen thưởng đã quyết định" if report.conferred else "đề nghị"
    print(f"Đã nhập {report.added} {what} năm học {args.year}; thêm {len(report.units_created)} đơn vị mới.")
    return 0


def run_check(args) -> int:
    with opened(args) as store:
        results = awards.check_year(store, args.year)
    if args.json:
        print_json([r.to_json() for r in results])
        return 0
    for r in results:
        mark = "ĐẠT" if r.eligible else "CHƯA ĐẠT"
        name = c.kind(r.nomination.award).name if r.nomination.award in c.BY_CODE else r.nomination.award
        print(f"{mark}\t{r.nomination.name}\t{r.nomination.unit}\t{name}")
        for reason in r.failures:
            print(f"\t- {reason.message}")
    good = sum(r.eligible for r in results)
    print(f"{good}/{len(results)} đề nghị đủ điều kiện.")
    return 0


def run_pdf(args) -> int:
    with opened(args) as store:
        awards.write_award_pdf(store, args.year, args.paper, args.output)
    return wrote(args.output)


def run_settings(args) -> int:
    values = {field: getattr(args, field) for _flag, field, _k, _t in SETTINGS}
    with opened(args) as store:
        if any(v is not None for v in values.values()):
            awards.change_settings(store, args.year, **values)
        _saved, effective = awards.year_settings(store, args.year)
    for field, name in SETTING_NAMES.items():
        value = getattr(effective, field)
        if value in (None, 0) and field == "cstdcs_cap_pct":
            shown = "không giới hạn"
        elif field in ("base_salary", "round_to"):
            shown = f"{int(value):,}".replace(",", ".")
        else:
            shown = f"{value:g}".replace(".", ",")
        print(f"{name}\t{shown}")
    return 0


def run_template(args) -> int:
    if args.year:
        with opened(args) as store:
            awards.write_template(args.output, store, args.year)
    else:
        awards.write_template(args.output)
    return wrote(args.output)


def run_votes(args) -> int:
    with opened(args) as store:
        ids = awards.chosen_ids(store, args.year, args.ids)
        awards.record_votes(store, ids, args.votes_for, args.votes_total)
    print(f"Đã ghi {args.votes_for}/{args.votes_total} phiếu đồng ý cho {len(ids)} đề nghị năm học {args.year}.")
    return 0


def run_decide(args) -> int:
    with opened(args) as store:
        ids = awards.chosen_ids(store, args.year, args.ids)
        awards.record_decision(store, ids, args.number, args.date.isoformat())
    print(f"Đã ghi Quyết định số {args.number} ngày {args.date:%d/%m/%Y} cho {len(ids)} đề nghị năm học {args.year}.")
    return 0


def run(args) -> int:
    return {"import": run_import, "check": run_check, "pdf": run_pdf, "settings": run_settings,
            "template": run_template, "votes": run_votes, "decide": run_decide}[args.action](args)


COMMANDS = {"awards": run}

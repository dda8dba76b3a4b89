"""``profile show`` / ``profile set``: the office profile every paper starts from (who we are,
our symbol and place, who signs), for a clerk who works from the command line."""

from __future__ import annotations

from dataclasses import asdict

from thiduadesk.cli.common import opened, print_json
from thiduadesk.domain.model import OfficeProfile
from thiduadesk.ops import profile as profiles

# option → profile field, with the help text the clerk reads
FIELDS = {
    "governing_body": "cơ quan chủ quản (ví dụ: UBND QUẬN NAM TỪ LIÊM)",
    "office_name": "tên cơ quan ban hành (ví dụ: PHÒNG GIÁO DỤC VÀ ĐÀO TẠO)",
    "symbol": "ký hiệu viết tắt (ví dụ: PGDĐT)",
    "place": "địa danh ghi trên văn bản (ví dụ: Nam Từ Liêm)",
    "head_title": "chức danh người đứng đầu (ví dụ: Trưởng phòng)",
    "head_name": "họ tên người đứng đầu",
    "deputy_title": "chức danh cấp phó (ví dụ: Phó Trưởng phòng)",
    "archive_unit": "nơi lưu bản gốc (ví dụ: VT)",
    "letter_unit": "đơn vị soạn thảo trong số công văn (ví dụ: TĐKT)",
    "email": "thư điện tử",
    "phone": "điện thoại",
    "address": "địa chỉ",
}


def add_parsers(sub) -> None:
    actions = sub.add_parser("profile", help="thông tin cơ quan (đầu văn bản, ký hiệu, người ký)").add_subparsers(
        dest="action", required=True
    )
    p = actions.add_parser("show", help="xem thông tin cơ quan")
    p.add_argument("--json", action="store_true", help="in dạng JSON")
    p = actions.add_parser("set", help="đặt hoặc sửa thông tin cơ quan (chỉ các mục được ghi)")
    for name, text in FIELDS.items():
        p.add_argument("--" + name.replace("_", "-"), dest=name, help=text)
    p.add_argument("--deputy", action="append", dest="deputies", help="họ tên một cấp phó (ghi nhiều lần cho nhiều người)")


def run(args) -> int:
    with opened(args) as store:
        current = profiles.load(store)
        if args.action == "show":
            if current is None:
                print("Chưa có thông tin cơ quan. Đặt bằng lệnh: thiduadesk profile set --office-name … --symbol … --place …")
                return 1
            if args.json:
                print_json(asdict(current))
            else:
                for name in ("governing_body", "office_name", "symbol", "place", "head_title", "head_name"):
                    print(f"{FIELDS[name].split(' (')[0].capitalize()}: {getattr(current, name)}")
                if current.deputies:
                    print("Cấp phó: " + ", ".join(current.deputies))
            return 0
        profile = current or OfficeProfile()
        for name in FIELDS:
            value = getattr(args, name)
            if value is not None:
                setattr(profile, name, value)
        if args.deputies is not None:
            profile.deputies = list(args.deputies)
        saved = profiles.save(store, profile)
    print(f"Đã lưu thông tin cơ quan: {saved.office_name} ({saved.symbol}), {saved.place}.")
    return 0


COMMANDS = {"profile": run}

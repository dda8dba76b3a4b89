"""Benchmark: a district's year of award proposals (2,500 rows from 60 schools) imported from
.xlsx, checked against the rules and printed as the proposal list (target: printed in < 3 s).

Reported against a baseline measured in the same run: the specimen list attached to a decision
(12 rows) through the same letter layout, so the ratio says what the 2,500 rows cost over the
fixed price of a page.

    python bench/bench_award_list.py [--rows 2500]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from thiduadesk.documents.paper_pdf import attached_list_pdf_bytes  # noqa: E402
from thiduadesk.domain import specimens  # noqa: E402
from thiduadesk.domain.model import OfficeProfile  # noqa: E402
from thiduadesk.exchange.award_lists import template_headers  # noqa: E402
from thiduadesk.ops import awards  # noqa: E402
from thiduadesk.store.db import open_store  # noqa: E402

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý"]
MIDDLE = ["Văn", "Thị", "Minh", "Thu", "Hồng", "Quang", "Thanh", "Ngọc", "Đức", "Thị Thu"]
GIVEN = ["An", "Bình", "Châu", "Dung", "Hà", "Hương", "Huy", "Lan", "Mai", "Nhung", "Phúc", "Quỳnh", "Sơn",
         "Tâm", "Thảo", "Trang", "Tuấn", "Vân", "Yến", "Khánh"]
LEVELS = ["Trường Mầm non", "Trường Tiểu học", "Trường THCS"]
PLACES = ["Hoa Sen", "Nguyễn Du", "Lê Quý Đôn", "Xuân Phương", "Tây Mỗ", "Mỹ Đình", "Cầu Diễn", "Phú Đô",
          "Trung Văn", "Đại Mỗ", "Mễ Trì", "Phương Canh", "Xuân Đỉnh", "Thụy Phương", "Đông Ngạc", "Cổ Nhuế",
          "Minh Khai", "Phúc Diễn", "Liên Mạc", "Thượng Cát"]


def write_list(path: Path, rows: int, seed: int = 7) -> Path:
    import openpyxl

    rnd = random.Random(seed)
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("DS")
    ws.append(["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM HỌC 2023-2024"])
    ws.append(template_headers())
    schools = [f"{level} {place}" for level in LEVELS for place in PLACES]
    for i in range(1, rows + 1):
        name = f"{rnd.choice(FAMILY)} {rnd.choice(MIDDLE)} {rnd.choice(GIVEN)} {i}"
        award, rating = rnd.choices([("LĐTT", "HTTNV"), ("CSTĐCS", "HTXSNV"), ("Giấy khen", "HTTNV"),
                                     ("LĐTT", "HTNV")], weights=[70, 12, 15, 3])[0]
        initiative = f"Sáng kiến số {i}" if award == "CSTĐCS" and rnd.random() < 0.5 else ""
        ws.append([i, name, f"{rnd.randint(1, 28):02d}/{rnd.randint(1, 12):02d}/{rnd.randint(1965, 1998)}",
                   rnd.choice(["Giáo viên", "Tổ trưởng chuyên môn", "Nhân viên"]), rnd.choice(schools), award, rating,
                   initiative, "cơ sở" if initiative else "", "", ""])
    wb.save(path)
    return path


def timed(fn, repeat: int = 3):
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=2500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        store = open_store(tmp / "bench.sqlite")
        src = write_list(tmp / "ds.xlsx", args.rows)
        t0 = time.perf_counter()
        report = awards.import_list(store, src, "2023-2024")
        t_import = time.perf_counter() - t0
        assert report.ok, report.errors[:3]
        profile = OfficeProfile(head_name="Nguyễn Thị Hương")
        baseline, _ = timed(lambda: attached_list_pdf_bytes(specimens.decision(profile), 0))
        t_check, results = timed(lambda: awards.check_year(store, "2023-2024"))
        t_list, pdf = timed(lambda: awards.award_pdf(store, "2023-2024", "list"))
        t_decision, _ = timed(lambda: awards.award_pdf(store, "2023-2024", "decision"), repeat=1)
        store.close()
    eligible = sum(r.eligible for r in results)
    print(f"rows: {args.rows} imported in {t_import:.2f} s ({len(report.units_created)} units created); "
          f"{eligible} eligible")
    print(f"baseline (specimen list, 12 rows): {baseline * 1000:.0f} ms")
    print(f"check {args.rows} nominations: {t_check * 1000:.0f} ms")
    print(f"proposal list printed (read + check + build + PDF, {len(pdf) // 1024} KiB): {t_list:.2f} s "
          f"= {t_list / baseline:.1f} × baseline (target < 3 s: {'OK' if t_list < 3 else 'MISSED'})")
    print(f"decision with its list printed: {t_decision:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

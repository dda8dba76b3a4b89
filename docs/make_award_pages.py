"""Print the four award papers of a small district year (imported from the standard list, the
council's votes recorded) and turn the pages into PNGs in docs/pdf/award_*.png.

    python docs/make_award_pages.py     (needs poppler's pdftoppm)
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import openpyxl

from thiduadesk.domain.awards import catalogue as c
from thiduadesk.domain.model import OfficeProfile, Person
from thiduadesk.exchange.award_lists import template_headers
from thiduadesk.ops import awards
from thiduadesk.store.awards import AwardRepository
from thiduadesk.store.db import open_store
from thiduadesk.store.profile import save_profile
from thiduadesk.store.units import UnitRepository

HERE = Path(__file__).resolve().parent
PROFILE = OfficeProfile(head_name="Nguyễn Thị Hương", deputies=["Trần Văn Bình"])
YEAR = "2023-2024"
ROWS = [
    ("Trần Văn An", "Phó Hiệu trưởng", "Trường Tiểu học Nguyễn Du", "CSTĐCS", "HTXSNV", "Dạy đọc hiểu qua sơ đồ tư duy", "cơ sở"),
    ("Lê Thị Bình", "Giáo viên", "Trường Tiểu học Nguyễn Du", "LĐTT", "HTTNV", "", ""),
    ("Vũ Minh Châu", "Giáo viên", "Trường Tiểu học Nguyễn Du", "LĐTT", "HTXSNV", "", ""),
    ("Hoàng Thị Dung", "Tổng phụ trách Đội", "Trường Tiểu học Nguyễn Du", "LĐTT", "HTTNV", "", ""),
    ("Nguyễn Thị Lan", "Giáo viên", "Trường Mầm non Hoa Sen", "CSTĐCS", "HTTNV", "Trò chơi dân gian trong giờ hoạt động ngoài trời", "cơ sở"),
    ("Phạm Thị Thu Hà", "Giáo viên", "Trường Mầm non Hoa Sen", "LĐTT", "HTTNV", "", ""),
    ("Đỗ Thị Ngọc", "Nhân viên", "Trường Mầm non Hoa Sen", "LĐTT", "HTNV", "", ""),
    ("Bùi Quang Huy", "Tổ trưởng chuyên môn", "Trường THCS Lê Quý Đôn", "CSTĐCS", "HTXSNV", "", ""),
    ("Ngô Thị Hồng Nhung", "Giáo viên", "Trường THCS Lê Quý Đôn", "LĐTT", "HTTNV", "", ""),
    ("Đặng Văn Phúc", "Giáo viên", "Trường THCS Lê Quý Đôn", "LĐTT", "HTTNV", "", ""),
    ("Trịnh Thị Quỳnh", "Giáo viên", "Trường THCS Lê Quý Đôn", "LĐTT", "HTTNV", "", ""),
    ("Trường THCS Lê Quý Đôn", "", "Trường THCS Lê Quý Đôn", "Tập thể LĐTT", "HTTNV", "", ""),
]


def main() -> None:
    out_dir = HERE / "pdf"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("award_*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append(template_headers())
        for i, (name, position, unit, award, rating, initiative, level) in enumerate(ROWS, start=1):
            ws.append([i, name, "", position, unit, award, rating, initiative, level, "", ""])
        wb.save(tmp / "ds.xlsx")
        store = open_store(tmp / "awards.sqlite")
        try:
            save_profile(store, PROFILE)
            awards.import_list(store, tmp / "ds.xlsx", YEAR)
            units = UnitRepository(store)
            lqd = units.find_by_name("Trường THCS Lê Quý Đôn").id
            units.add_people([Person(f"Giáo viên {k}", lqd) for k in range(4)])
            repo = AwardRepository(store)
            awards.record_votes(store, [n.id for n in repo.list(YEAR, award=c.CSTDCS)], 7, 7)
            awards.record_votes(store, [n.id for n in repo.list(YEAR, award=c.LDTT)], 7, 7)
            for paper in awards.PAPERS:
                pdf = tmp / f"{paper}.pdf"
                awards.write_award_pdf(store, YEAR, paper, pdf)
                subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(out_dir / f"award_{paper}")], check=True)
        finally:
            store.close()
    print("\n".join(sorted(p.name for p in out_dir.glob("award_*.png"))))


if __name__ == "__main__":
    main()

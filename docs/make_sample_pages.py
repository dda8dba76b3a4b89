"""Print both sample plans the way an office would (its profile set) and turn the pages into PNGs.

    python docs/make_sample_pages.py     (needs poppler's pdftoppm)
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from thiduadesk.documents.plan_pdf import render_plan_pdf
from thiduadesk.domain.model import OfficeProfile, apply_profile
from thiduadesk.exchange.plan_import import import_plan_file

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parent / "tests" / "data" / "samples"
PROFILES = {
    "namtuliem": OfficeProfile(head_name="Nguyễn Thị Hương"),
    "sadec": OfficeProfile(governing_body="UBND THÀNH PHỐ SA ĐÉC", place="Sa Đéc", head_name="Nguyễn Công Hiếu"),
}


def main() -> None:
    out_dir = HERE / "pdf"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("sample_*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        for key, profile in PROFILES.items():
            plan = apply_profile(import_plan_file(SAMPLES / f"plan_{key}_2022.txt").plan, profile)
            pdf = Path(tmp) / f"{key}.pdf"
            render_plan_pdf(plan, pdf)
            subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(out_dir / f"sample_{key}")], check=True)
    print("\n".join(sorted(p.name for p in out_dir.glob("sample_*.png"))))


if __name__ == "__main__":
    main()

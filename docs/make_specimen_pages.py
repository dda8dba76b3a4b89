"""Print the specimen of every paper (what Settings → "In mẫu văn bản" prints) with a district
office profile, and turn the pages into PNGs in docs/pdf/.

    python docs/make_specimen_pages.py     (needs poppler's pdftoppm)
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from thiduadesk.domain.model import OfficeProfile
from thiduadesk.ops.specimens import KINDS, specimen_pdf
from thiduadesk.store.db import open_store
from thiduadesk.store.profile import save_profile

HERE = Path(__file__).resolve().parent
PROFILE = OfficeProfile(head_name="Nguyễn Thị Hương", deputies=["Trần Văn Bình"])


def main() -> None:
    out_dir = HERE / "pdf"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("specimen_*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "specimens.sqlite")
        try:
            save_profile(store, PROFILE)
            for kind in KINDS:
                pdf = Path(tmp) / f"{kind}.pdf"
                pdf.write_bytes(specimen_pdf(store, kind))
                subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(out_dir / f"specimen_{kind}")], check=True)
        finally:
            store.close()
    print("\n".join(sorted(p.name for p in out_dir.glob("specimen_*.png"))))


if __name__ == "__main__":
    main()

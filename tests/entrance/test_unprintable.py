"""Text the font has no glyphs for (Arabic, emoji) would print as blanks without a word: printing
says which characters (issue 9); printing without an office profile says the header will be
empty (issue 8)."""

from __future__ import annotations

from tests.documents.plan_fixtures import short_plan
from thiduadesk.cli import main
from thiduadesk.domain.document import Paragraph
from thiduadesk.domain.model import OfficeProfile
from thiduadesk.ops.data import open_data
from thiduadesk.store.plans import PlanRepository
from thiduadesk.store.profile import save_profile


def _stored(db_path, *, extra: str = "", profile: bool = True) -> int:
    store = open_data(db_path)
    try:
        if profile:
            save_profile(store, OfficeProfile(head_name="Nguyễn Thị Hương"))
        plan = short_plan()
        plan.number = None
        if extra:
            plan.body.append(Paragraph.plain(extra))
        return PlanRepository(store).create(plan)
    finally:
        store.close()


def test_emoji_and_arabic_are_named_before_printing(db_path, tmp_path, capsys):
    plan_id = _stored(db_path, extra="Chúc mừng 🎉 và مرحبا.")
    out = tmp_path / "kh.pdf"
    assert main(["--db", str(db_path), "plan", "pdf", str(plan_id), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "Lưu ý: Phông chữ không có các ký tự sau nên chúng sẽ in thành chỗ trống: «🎉» (U+1F389)" in err
    assert "«م» (U+0645)" in err
    assert out.read_bytes().startswith(b"%PDF")


def test_a_plain_vietnamese_plan_prints_without_a_word(db_path, tmp_path, capsys):
    plan_id = _stored(db_path)
    assert main(["--db", str(db_path), "plan", "pdf", str(plan_id), "-o", str(tmp_path / "kh.pdf")]) == 0
    assert capsys.readouterr().err == ""


def test_printing_a_draft_without_a_profile_warns(db_path, tmp_path, capsys):
    store = open_data(db_path)
    try:
        plan = short_plan()
        plan.number, plan.office_name = None, ""
        plan_id = PlanRepository(store).create(plan)
    finally:
        store.close()
    assert main(["--db", str(db_path), "plan", "pdf", str(plan_id), "-o", str(tmp_path / "kh.pdf")]) == 0
    assert capsys.readouterr().err.startswith(
        "Lưu ý: Chưa có thông tin cơ quan: đầu văn bản sẽ thiếu tên cơ quan và địa danh.")

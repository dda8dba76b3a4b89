"""Plan operations: what they store and what they announce."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SAMPLES_DIR
from thiduadesk.domain.model import OfficeProfile
from thiduadesk.ops import changes, plans
from thiduadesk.ops.errors import FileRefused
from thiduadesk.store.errors import ValidationError
from thiduadesk.store.profile import save_profile

NAMTULIEM = Path(SAMPLES_DIR) / "plan_namtuliem_2022.txt"
SADEC = Path(SAMPLES_DIR) / "plan_sadec_2022.txt"


@pytest.fixture
def profile(store):
    return save_profile(store, OfficeProfile(governing_body="UBND QUẬN NAM TỪ LIÊM",
                                             office_name="PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", symbol="PGDĐT",
                                             place="Nam Từ Liêm", head_name="Nguyễn Thị Hương"))


def test_import_as_a_new_draft_clears_number_and_day_keeps_month_and_year(store, seen):
    parsed = plans.read_plan_file(NAMTULIEM)
    assert plans.asks_issued_question(parsed.plan)  # the file carries "Số: 06"
    imported = plans.store_imported(store, parsed)
    plan = plans.get(store, imported.plan_id)
    assert not imported.issued and plan.state == "draft"
    assert plan.number is None
    assert (plan.date.day, plan.date.month, plan.date.year) == (None, 1, 2022)
    assert plan.signature.name == "Nguyễn Thị Hương"
    assert [c.areas for c in seen] == [{changes.PLANS}] and seen[0].ids_in(changes.PLANS) == {imported.plan_id}


def test_a_file_without_a_number_is_a_draft_without_asking():
    assert not plans.asks_issued_question(plans.read_plan_file(SADEC).plan)


def test_an_unreadable_file_is_refused_with_the_clerks_message(tmp_path, store, seen):
    bad = tmp_path / "plan.docx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(FileRefused) as caught:
        plans.import_plan(store, bad)
    assert "plan.docx" in caught.value.message
    assert plans.list_plans(store) == [] and seen == []


def test_template_copy_duplicate_and_delete(store, profile, seen):
    first = plans.create_from_template(store, "tdkt-nam", 2024)
    plan = plans.get(store, first)
    assert plan.year == 2024 and plan.symbol == "KH-PGDĐT" and plan.signature.name == "Nguyễn Thị Hương"
    nxt = plans.copy_to_next_year(store, first)
    assert plans.get(store, nxt).year == 2025
    copy = plans.duplicate(store, first)
    assert plans.get(store, copy).title == plan.title and plans.get(store, copy).version == 1
    plans.delete_draft(store, copy)
    assert {s.id for s in plans.list_plans(store)} == {nxt, first}
    assert [c.ids_in(changes.PLANS) for c in seen] == [{first}, {nxt}, {copy}, {copy}]
    with pytest.raises(ValidationError, match="khong-co"):
        plans.create_from_template(store, "khong-co", 2024)


def test_save_draft_announces_the_plan_and_pdf_is_rendered(store, profile, seen):
    plan_id = plans.create_from_template(store, "dot-thi-dua", 2024)
    plan = plans.get(store, plan_id)
    plan.title = "Kế hoạch thử"
    plans.save_draft(store, plan)
    assert plans.get(store, plan_id).title == "Kế hoạch thử"
    assert seen[-1].ids_in(changes.PLANS) == {plan_id}
    assert plans.pdf_bytes(store, plan).startswith(b"%PDF")


def test_file_stem_and_recipients_in_use(store, profile):
    plan_id = plans.create_from_template(store, "tdkt-nam", 2024)
    plan = plans.get(store, plan_id)
    assert plans.file_stem(plan).startswith("Du thao ")
    plan.number = 6
    assert plans.file_stem(plan).startswith("06-KH 2024 ")
    plan.title = "Kế hoạch " + "thi đua năm 2022 " * 10
    stem = plans.file_stem(plan)
    words = ("ke hoach " + "thi dua nam 2022 " * 10).split()
    assert len(stem) < 100 and stem.split()[2:] == words[:len(stem.split()) - 2]  # cut between words
    other = plans.create_from_template(store, "dot-thi-dua", 2024)
    assert plans.recipients_in_use(store, exclude_id=other) == plans.get(store, plan_id).recipients

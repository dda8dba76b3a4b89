"""Copy to next year marks the legal bases for checking (issue 8): stored with the draft, taken
off by editing a basis or by the clerk's confirmation, named before printing and issuing."""

from __future__ import annotations

from thiduadesk.domain import plan_ops
from thiduadesk.domain.plan import Plan, plan_from_dict
from thiduadesk.ops import plans

BASES = ["Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;",
         "Thực hiện Kế hoạch số 636/KH-SGDĐT ngày 22/02/2024 của Sở Giáo dục và Đào tạo Hà Nội;"]
WARNING = ("2 căn cứ chép từ kế hoạch năm trước chưa được kiểm tra (tô vàng ở trang Chung): có thể vẫn dẫn "
           "văn bản của năm cũ. Hãy sửa cho đúng văn bản của năm nay, hoặc bấm «Đã kiểm tra căn cứ».")


def _last_year() -> Plan:
    return Plan(title="Kế hoạch công tác thi đua năm 2024", bases=list(BASES))


def test_the_copy_marks_every_basis_and_a_fresh_plan_none():
    assert plan_ops.bases_to_check(_last_year()) == []
    copy = plan_ops.copy_for_next_year(_last_year())
    assert copy.bases == BASES  # kept as written: a basis names a real, dated document
    assert plan_ops.bases_to_check(copy) == [0, 1]
    assert plan_ops.bases_warning(copy) == WARNING
    assert plan_from_dict(copy.to_dict()).bases_to_check == BASES  # stored with the plan


def test_editing_a_basis_takes_its_mark_off_and_confirming_takes_all():
    copy = plan_ops.copy_for_next_year(_last_year())
    copy.bases[1] = "Thực hiện Kế hoạch số 120/KH-SGDĐT ngày 10/01/2025 của Sở Giáo dục và Đào tạo Hà Nội;"
    assert plan_ops.bases_to_check(copy) == [0]
    assert plan_ops.bases_warning(copy).startswith("1 căn cứ chép từ kế hoạch năm trước")
    plan_ops.confirm_bases(copy)
    assert plan_ops.bases_to_check(copy) == [] and plan_ops.bases_warning(copy) == ""


def test_print_and_issue_name_the_unchecked_bases(store):
    first = plans.create_from_template(store, "tdkt-nam", 2024)
    copy_id = plans.copy_to_next_year(store, first)
    copy = plans.get(store, copy_id)
    assert plan_ops.bases_to_check(copy) == list(range(len(copy.bases))) and copy.bases
    count = len(copy.bases)
    expected = WARNING.replace("2 căn cứ", f"{count} căn cứ")
    assert plans.print_warnings(store, copy)[0] == expected
    assert plans.issue_warnings(copy) == [expected]
    assert plans.issue_warnings(plans.get(store, first)) == []
    plan_ops.confirm_bases(copy)
    plans.save_draft(store, copy)
    assert plans.issue_warnings(plans.get(store, copy_id)) == []
    assert all("căn cứ" not in w for w in plans.print_warnings(store, plans.get(store, copy_id)))

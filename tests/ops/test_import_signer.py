"""A signature with a name and no title above it (the Nam Từ Liêm sample: only seal fragments
there) takes the authority and position of the profile's signer of that name; otherwise the
import warns."""

from __future__ import annotations

from thiduadesk.domain.model import OfficeProfile
from thiduadesk.ops import plans
from thiduadesk.store.profile import save_profile

SAMPLE = "tests/data/samples/plan_namtuliem_2022.txt"
WARNING = (
    "Không tìm thấy chức vụ của người ký «Nguyễn Thị Hương» (dòng chữ in hoa phía trên họ tên): "
    "hãy lấy chức vụ theo người ký trong hồ sơ đơn vị hoặc nhập chức vụ người ký."
)


def test_the_head_of_the_profile_gives_the_title(store):
    save_profile(store, OfficeProfile(head_name="Nguyễn Thị Hương", deputies=["Trần Văn Bình"]))
    got = plans.import_plan(store, SAMPLE)
    assert got.plan.signature.title_lines() == ["TRƯỞNG PHÒNG"]
    assert got.plan.signature.name == "Nguyễn Thị Hương"
    assert WARNING not in got.warnings


def test_a_deputy_of_the_profile_signs_for_the_head(store):
    # The same name written in capitals is the same person.
    save_profile(store, OfficeProfile(head_name="Lê Văn Toàn", deputies=["NGUYỄN THỊ HƯƠNG"]))
    got = plans.import_plan(store, SAMPLE)
    assert got.plan.signature.title_lines() == ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"]
    assert WARNING not in got.warnings


def test_an_unknown_name_keeps_the_warning_and_no_invented_title(store):
    # Tones matter: "Nguyễn Thị Hường" is somebody else.
    save_profile(store, OfficeProfile(head_name="Nguyễn Thị Hường"))
    got = plans.import_plan(store, SAMPLE)
    assert got.plan.signature.title_lines() == []
    assert WARNING in got.warnings

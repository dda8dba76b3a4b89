"""Undoing deletes through the operations: a unit (with its people and deadline receipts), a
person, a draft plan and a register entry come back with the same ids and data, audited; the
refusals when the data has moved on are exact and change nothing."""

from __future__ import annotations

import pytest

from thiduadesk.domain.model import OfficeProfile, Person, Unit
from thiduadesk.domain.register import RegisterEntry
from thiduadesk.ops import changes, deleted, plans, register, units
from thiduadesk.store.audit import history
from thiduadesk.store.errors import ValidationError
from thiduadesk.store.profile import save_profile
from thiduadesk.store.units import UnitRepository


def _unit_rows(store):
    return store.conn.execute("SELECT * FROM units ORDER BY id").fetchall()


def _people_rows(store):
    return store.conn.execute("SELECT * FROM people ORDER BY id").fetchall()


def test_a_deleted_unit_comes_back_with_its_people_and_ids(store, seen):
    keep = units.add_unit(store, Unit("Trường THCS Đức Thắng", level="thcs"))
    unit_id = units.add_unit(store, Unit("Trường Mầm non Hoa Sen", level="mam_non", phone="0243 8370 123",
                                         email="hoasen@hanoiedu.vn"))
    units.add_person(store, Person(unit_id=unit_id, full_name="Nguyễn Thị Lan", position="Hiệu trưởng"))
    units.add_person(store, Person(unit_id=unit_id, full_name="Trần Văn Bình"))
    units_before, people_before = _unit_rows(store), _people_rows(store)

    gone = units.delete_unit(store, unit_id)
    assert gone.message == "Đã xoá đơn vị «Trường Mầm non Hoa Sen» cùng 2 người."
    assert units.counts(store) == (1, 0)
    seen.clear()

    assert deleted.restore(store, gone) == unit_id
    assert _unit_rows(store) == units_before
    assert _people_rows(store) == people_before
    assert seen[-1].touches(changes.UNITS, changes.PEOPLE)
    assert [v.action for v in history(store, "units", unit_id)][-1] == "restore"
    assert UnitRepository(store).get(keep).name == "Trường THCS Đức Thắng"


def test_undo_after_other_changes_is_safe(store):
    """Deleted, then the clerk edits another unit and adds one (taking the freed id): the deleted
    unit comes back under a new id, with its people, and the others stay as edited."""
    other = units.add_unit(store, Unit("Trường THCS Đức Thắng", level="thcs"))
    unit_id = units.add_unit(store, Unit("Trường Mầm non Hoa Sen", level="mam_non"))
    units.add_person(store, Person(unit_id=unit_id, full_name="Nguyễn Thị Lan"))
    gone = units.delete_unit(store, unit_id)
    edited = UnitRepository(store).get(other)
    edited.head_name = "Lê Văn Minh"
    units.update_unit(store, edited)
    newcomer = units.add_unit(store, Unit("Trường Tiểu học Cầu Diễn", level="tieu_hoc"))
    assert newcomer == unit_id  # SQLite gave the freed id again

    back = deleted.restore(store, gone)
    assert back not in (other, newcomer)
    repo = UnitRepository(store)
    assert repo.get(back).name == "Trường Mầm non Hoa Sen"
    assert [p.full_name for p in repo.list_people(back)] == ["Nguyễn Thị Lan"]
    assert repo.get(newcomer).name == "Trường Tiểu học Cầu Diễn"
    assert repo.get(other).head_name == "Lê Văn Minh"


def test_a_unit_whose_name_was_taken_again_is_refused_and_nothing_changes(store):
    unit_id = units.add_unit(store, Unit("Trường Mầm non Hoa Sen", level="mam_non"))
    gone = units.delete_unit(store, unit_id)
    units.add_unit(store, Unit("Trường Mầm non Hoa Sen", level="mam_non", cluster="Cụm 2"))
    before = _unit_rows(store)
    with pytest.raises(ValidationError) as err:
        deleted.restore(store, gone)
    assert err.value.message == ("Không khôi phục được đơn vị «Trường Mầm non Hoa Sen»: đã có đơn vị khác "
                                 "cùng tên; hãy đổi tên đơn vị đó rồi thử lại.")
    assert _unit_rows(store) == before


def test_a_person_comes_back_but_not_into_a_unit_deleted_since(store):
    unit_id = units.add_unit(store, Unit("Trường THCS Đức Thắng", level="thcs"))
    person_id = units.add_person(store, Person(unit_id=unit_id, full_name="Nguyễn Thị Lan", birth_year=1980))
    gone = units.delete_person(store, person_id)
    assert gone.message == "Đã xoá «Nguyễn Thị Lan»."
    assert deleted.restore(store, gone) == person_id
    assert UnitRepository(store).get_person(person_id).birth_year == 1980

    gone = units.delete_person(store, person_id)
    units.delete_unit(store, unit_id)
    with pytest.raises(ValidationError) as err:
        deleted.restore(store, gone)
    assert err.value.message == ("Không khôi phục được «Nguyễn Thị Lan»: đơn vị của người này không còn; "
                                 "hãy khôi phục đơn vị trước.")
    assert _people_rows(store) == []


def test_a_deleted_draft_plan_comes_back_whole(store, seen):
    save_profile(store, OfficeProfile(place="Nam Từ Liêm", head_name="Nguyễn Thị Hương"))
    plan_id = plans.create_from_template(store, "tdkt-nam", 2025)
    row_before = store.conn.execute("SELECT * FROM plans WHERE id = ?", (plan_id,)).fetchone()
    gone = plans.delete_draft(store, plan_id)
    assert gone.kind == deleted.PLAN and gone.message.startswith("Đã xoá bản nháp «")
    seen.clear()
    assert deleted.restore(store, gone) == plan_id
    assert store.conn.execute("SELECT * FROM plans WHERE id = ?", (plan_id,)).fetchone() == row_before
    assert plans.get(store, plan_id).id == plan_id
    assert seen[-1].touches(changes.PLANS)


def test_a_plan_whose_id_was_taken_comes_back_with_its_own_id_inside(store):
    plan_id = plans.create_from_template(store, "", 2025)
    gone = plans.delete_draft(store, plan_id)
    assert plans.create_from_template(store, "", 2026) == plan_id
    back = deleted.restore(store, gone)
    assert back != plan_id
    assert plans.get(store, back).to_dict()["id"] == back
    assert plans.get(store, back).year == 2025


def _entry(number: int) -> RegisterEntry:
    return RegisterEntry(year=2025, number=number, symbol="CV-PGDĐT", doc_date="2025-03-04", doc_type="CV",
                         title="V/v đôn đốc nộp báo cáo sơ kết", signer="Nguyễn Thị Hương")


def test_a_register_entry_comes_back_with_its_number_unless_given_again(store):
    entry = register.add_entry(store, _entry(7))
    gone = register.delete_entry(store, entry.id)
    assert gone.message == "Đã xoá văn bản số 07/CV-PGDĐT khỏi sổ."
    assert deleted.restore(store, gone) == entry.id
    assert register.get(store, entry.id) == entry

    gone = register.delete_entry(store, entry.id)
    register.add_entry(store, _entry(7))
    with pytest.raises(ValidationError) as err:
        deleted.restore(store, gone)
    assert err.value.message == ("Không khôi phục được văn bản số 07/CV-PGDĐT: Số 07 năm 2025 đã được dùng cho "
                                 "văn bản 07/CV-PGDĐT. Mỗi số chỉ được dùng một lần trong năm.")
    assert len(register.list_entries(store, 2025)) == 1


def test_a_units_ticks_come_back_except_on_a_deadline_deleted_since(store):
    import datetime as dt

    from thiduadesk.domain.schedule import Deadline
    from thiduadesk.ops import deadlines

    unit_id = units.add_unit(store, Unit("Trường THCS Đức Thắng", level="thcs"))
    kept = deadlines.add(store, Deadline("2025-01-15", "Gửi báo cáo sơ kết học kỳ I", kind="report"))
    dropped = deadlines.add(store, Deadline("2025-03-20", "Đăng ký danh hiệu thi đua", kind="registration"))
    deadlines.tick(store, kept, unit_id, on=dt.date(2025, 1, 10))
    deadlines.tick(store, dropped, unit_id, on=dt.date(2025, 3, 1))
    gone = units.delete_unit(store, unit_id)
    deadlines.delete(store, dropped)
    assert deleted.restore(store, gone) == unit_id
    rows = store.conn.execute("SELECT deadline_id, unit_id, received, received_on FROM deadline_receipts").fetchall()
    assert rows == [(kept, unit_id, 1, "2025-01-10")]

"""Units and people in storage: clean text in, Vietnamese search and order out, audited writes."""

from __future__ import annotations

import json
import unicodedata

import pytest

from thiduadesk.domain.model import OfficeProfile, Person, Unit
from thiduadesk.store.db import open_store
from thiduadesk.store.errors import ValidationError
from thiduadesk.store.profile import load_profile, save_profile
from thiduadesk.store.units import UnitRepository


@pytest.fixture
def repo(db_path):
    store = open_store(db_path)
    yield UnitRepository(store)
    store.close()


def test_nfd_input_is_stored_as_nfc(repo):
    nfd = unicodedata.normalize("NFD", "Trường Tiểu học Đức Thắng")
    assert nfd != unicodedata.normalize("NFC", nfd)
    unit_id = repo.add(Unit(name=nfd + "  ", level="tieu_hoc", head_name=unicodedata.normalize("NFD", "Lê Thị Hoà")))
    raw = repo.conn.execute("SELECT name, head_name FROM units WHERE id = ?", (unit_id,)).fetchone()
    assert raw == ("Trường Tiểu học Đức Thắng", unicodedata.normalize("NFC", "Lê Thị Hoà"))
    assert all(unicodedata.is_normalized("NFC", v) for v in raw)


def test_search_ignores_tones_and_d_stroke(repo):
    repo.add(Unit(name="Trường THCS Đức Thắng", level="thcs"))
    repo.add(Unit(name="Trường Mầm non Nguyễn Du", level="mam_non", head_name="Hoàng Thị Hòa"))
    repo.add(Unit(name="Trường Tiểu học Xuân Phương", level="tieu_hoc"))
    assert [u.name for u, _ in repo.list_units("duc")] == ["Trường THCS Đức Thắng"]
    assert [u.name for u, _ in repo.list_units("nguyen")] == ["Trường Mầm non Nguyễn Du"]
    assert [u.name for u, _ in repo.list_units("hoà")] == ["Trường Mầm non Nguyễn Du"]  # hòa / hoà alike
    assert [u.name for u, _ in repo.list_units("truong phuong")] == ["Trường Tiểu học Xuân Phương"]
    assert repo.list_units("100%_") == []  # LIKE wildcards typed by the clerk are literal


def test_people_sorted_by_given_name_in_sql(repo):
    unit_id = repo.add(Unit(name="Trường THCS Tây Mỗ", level="thcs"))
    for name in ["Nguyễn Văn Bình", "Lê Thị Bình", "Trần Văn An", "Phạm Thị Ánh", "Đỗ Văn Đức", "Vũ Thị Dung"]:
        repo.add_person(Person(full_name=name, unit_id=unit_id))
    # By hand: given names An < Ánh < Bình (Lê < Nguyễn) < Dung < Đức.
    assert [p.full_name for p in repo.list_people(unit_id)] == [
        "Trần Văn An", "Phạm Thị Ánh", "Lê Thị Bình", "Nguyễn Văn Bình", "Vũ Thị Dung", "Đỗ Văn Đức",
    ]  # fmt: skip
    assert [p.full_name for p in repo.list_people(search="duc")] == ["Đỗ Văn Đức"]


def test_units_sort_in_vietnamese_order(repo):
    for name in ["Trường Tiểu học Đại Mỗ", "Trường Tiểu học Dương Nội", "Trường Tiểu học Ánh Sao", "Trường Tiểu học An Khánh"]:
        repo.add(Unit(name=name, level="tieu_hoc"))
    names = [u.name.removeprefix("Trường Tiểu học ") for u, _ in repo.list_units(order_by="name")]
    assert names == ["An Khánh", "Ánh Sao", "Dương Nội", "Đại Mỗ"]
    desc = [u.name.removeprefix("Trường Tiểu học ") for u, _ in repo.list_units(order_by="name", descending=True)]
    assert desc == list(reversed(names))


def test_bad_input_is_refused_and_changes_nothing(repo):
    repo.add(Unit(name="Trường THCS Mễ Trì", level="thcs"))
    with pytest.raises(ValidationError, match="Đã có đơn vị"):
        repo.add(Unit(name="Trường THCS Mễ Trì", level="thcs"))
    with pytest.raises(ValidationError, match="không được để trống"):
        repo.add(Unit(name="   ", level="thcs"))
    with pytest.raises(ValidationError, match="Cấp học"):
        repo.add(Unit(name="Trường X", level="dai_hoc"))
    with pytest.raises(ValidationError, match="Năm sinh"):
        repo.add_person(Person(full_name="Lê Văn A", birth_year=1800))
    assert repo.count() == 1
    assert repo.conn.execute("SELECT COUNT(*) FROM people").fetchone()[0] == 0


def test_import_is_all_or_nothing(repo):
    repo.add(Unit(name="Trường THCS Đại Mỗ", level="thcs", cluster="Cụm 1"))
    good = [Unit(name="Trường THCS Đại Mỗ", level="thcs", cluster="Cụm 2"), Unit(name="Trường MN Hoa Sen", level="mam_non")]
    with pytest.raises(ValidationError):
        repo.import_units([*good, Unit(name="", level="thcs")])
    assert repo.count() == 1 and repo.find_by_name("Trường THCS Đại Mỗ").cluster == "Cụm 1"
    assert repo.import_units(good) == (1, 1)
    assert repo.find_by_name("Trường THCS Đại Mỗ").cluster == "Cụm 2"


def test_delete_takes_people_and_is_audited(repo):
    unit_id = repo.add(Unit(name="Trường TH Phú Đô", level="tieu_hoc"))
    repo.add_people([Person(full_name=n, unit_id=unit_id) for n in ("Lê Văn Hải", "Trần Thị Mai")])
    assert repo.delete_impact(unit_id) == {"people": 2}
    repo.delete(unit_id)
    assert repo.conn.execute("SELECT COUNT(*) FROM people").fetchone()[0] == 0
    before = repo.conn.execute(
        "SELECT before, user, at FROM audit_log WHERE table_name='units' AND action='delete'"
    ).fetchone()
    kept = json.loads(before[0])
    assert kept["name"] == "Trường TH Phú Đô" and len(kept["people"]) == 2
    assert before[1] and before[2].startswith("20")


def test_update_records_before_and_after(repo):
    unit_id = repo.add(Unit(name="Trường THCS Nam Từ Liêm", level="thcs"))
    unit = repo.get(unit_id)
    unit.head_name = "Phạm Văn Long"
    repo.update(unit)
    before, after = repo.conn.execute(
        "SELECT before, after FROM audit_log WHERE table_name='units' AND action='update'"
    ).fetchone()
    assert json.loads(before)["head_name"] == "" and json.loads(after)["head_name"] == "Phạm Văn Long"


def test_profile_round_trip_and_validation(db_path):
    store = open_store(db_path)
    try:
        assert load_profile(store) is None
        saved = save_profile(store, OfficeProfile(symbol="pgd đt", deputies=["Lê Văn A", " ", "Trần Thị B"]))
        assert saved.symbol == "PGDĐT" and saved.deputies == ["Lê Văn A", "Trần Thị B"]
        assert load_profile(store) == saved
        with pytest.raises(ValidationError):
            save_profile(store, OfficeProfile(office_name=" "))
        assert load_profile(store) == saved
    finally:
        store.close()


def test_level_sort_follows_school_order_and_people_are_counted(repo):
    for name, level in [("Trường THCS A", "thcs"), ("Trường MN B", "mam_non"), ("Trung tâm C", "khac"), ("Trường TH D", "tieu_hoc")]:
        repo.add(Unit(name=name, level=level))
    assert [u.level for u, _ in repo.list_units(order_by="level")] == ["mam_non", "tieu_hoc", "thcs", "khac"]
    unit = repo.find_by_name("Trường TH D")
    repo.add_people([Person(full_name="Lê Văn Hải", unit_id=unit.id), Person(full_name="Hồ Thị Lan", unit_id=unit.id)])
    assert repo.count_people() == 2


def test_import_changes_only_given_fields_and_reports_empty_cells(repo):
    repo.add(Unit(name="Trường THCS Đại Mỗ", level="thcs", cluster="Cụm 1", head_name="Lê Văn A", phone="0241"))
    summary = repo.import_units(
        [Unit(name="TRƯỜNG THCS ĐẠI MỖ", level="khac", head_name="Trần Thị B")],
        given=[{"head_name"}], columns={"cluster", "head_name"},
    )
    assert summary == (0, 1) and summary.unchanged == 0 and summary.near == []
    assert summary.kept == ["«Trường THCS Đại Mỗ»: ô Cụm thi đua trống trong tệp, giữ giá trị đã có «Cụm 1»."]
    unit = repo.find_by_name("trường thcs đại mỗ")
    assert (unit.name, unit.level, unit.cluster, unit.head_name, unit.phone) == (
        "Trường THCS Đại Mỗ", "thcs", "Cụm 1", "Trần Thị B", "0241")


def test_import_of_what_is_stored_is_unchanged_and_not_audited(repo):
    repo.add(Unit(name="Trường MN Hoa Sen", level="mam_non", cluster="Cụm 2"))
    audits = repo.conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
    summary = repo.import_units([Unit(name="Trường MN Hoa Sen", level="mam_non", cluster="Cụm 2")])
    assert (tuple(summary), summary.unchanged) == ((0, 0), 1)
    assert repo.conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0] == audits


def test_names_match_case_insensitively_with_tones_significant(repo):
    repo.add(Unit(name="Trường Tiểu học Hòa Bình", level="tieu_hoc"))
    assert repo.find_by_name("TRƯỜNG TIỂU HỌC HÒA BÌNH").name == "Trường Tiểu học Hòa Bình"
    assert repo.find_by_name("Trường Tiểu học Hóa Bình") is None
    assert [u.name for u in repo.near_matches("Trường Tiểu học Hóa Bình")] == ["Trường Tiểu học Hòa Bình"]
    summary = repo.import_units([Unit(name="Trường Tiểu học Hóa Bình", level="tieu_hoc")])
    assert summary == (1, 0) and len(summary.near) == 1 and repo.count() == 2

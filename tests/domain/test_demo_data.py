"""The demo district: realistic, complete and always the same."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from thiduadesk.demo_data import demo_people, demo_profile, demo_units
from thiduadesk.domain.model import GENDERS, LEVELS, OfficeProfile, Person, Unit


def _is_nfc(s: str) -> bool:
    return unicodedata.is_normalized("NFC", s)


def test_profile():
    profile = demo_profile()
    assert isinstance(profile, OfficeProfile) and profile.is_complete()
    assert profile.governing_body == "UBND QUẬN NAM TỪ LIÊM"
    assert profile.office_name == "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"
    assert profile.symbol == "PGDĐT" and profile.place == "Nam Từ Liêm"
    assert profile.head_name == "Nguyễn Thị Hương" and profile.head_title == "Trưởng phòng"
    assert len(profile.deputies) == 2
    assert "@" in profile.email
    assert [s.title_lines() for s in profile.signers()][1] == ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"]
    for value in (profile.governing_body, profile.office_name, profile.head_name, *profile.deputies):
        assert _is_nfc(value)


def test_units():
    units = demo_units()
    assert 35 <= len(units) <= 45
    assert all(isinstance(u, Unit) for u in units)
    assert len({u.name for u in units}) == len(units)
    levels = Counter(u.level for u in units)
    assert set(levels) == set(LEVELS)  # every level, so screens and filters can be tried
    assert min(levels["mam_non"], levels["tieu_hoc"], levels["thcs"]) >= 10
    clusters = {u.cluster for u in units}
    assert 3 <= len(clusters) <= 4 and all(c.startswith("Cụm ") for c in clusters)
    assert "Trường Mầm non Mễ Trì" in {u.name for u in units}
    assert "Trường Tiểu học Xuân Phương" in {u.name for u in units}
    assert "Trường THCS Đại Mỗ" in {u.name for u in units}
    for unit in units:
        assert unit.head_name and unit.address and unit.active and unit.id is None
        assert re.fullmatch(r"024 3\d{3} \d{4}", unit.phone), unit.phone
        assert re.fullmatch(r"[a-z0-9-]+@namtuliem\.edu\.vn", unit.email), unit.email
        assert all(_is_nfc(v) for v in (unit.name, unit.head_name, unit.cluster, unit.address))
    emails = {u.email for u in units}
    assert len(emails) == len(units)
    assert "c1xuanphuong@namtuliem.edu.vn" in emails and "mnmetri@namtuliem.edu.vn" in emails


def test_people():
    units = demo_units()
    people = demo_people(units)
    assert set(people) == {u.name for u in units}
    for unit in units:
        staff = people[unit.name]
        assert 8 <= len(staff) <= 20
        assert all(isinstance(p, Person) for p in staff)
        assert staff[0].full_name == unit.head_name
        assert staff[0].position in ("Hiệu trưởng", "Giám đốc")
        positions = Counter(p.position for p in staff)
        assert positions["Hiệu trưởng"] + positions["Giám đốc"] == 1
        assert positions["Giáo viên"] >= 4
        if unit.level in ("tieu_hoc", "thcs"):
            assert positions["Tổng phụ trách Đội"] == 1
        assert len({p.full_name for p in staff}) == len(staff)
        for person in staff:
            assert _is_nfc(person.full_name) and len(person.full_name.split()) >= 3
            assert person.gender in GENDERS
            middle = person.full_name.split()[1:-1]
            if "Thị" in middle:
                assert person.gender == "nu", person.full_name
            if "Văn" in middle:
                assert person.gender == "nam", person.full_name
            assert 1960 <= person.birth_year <= 2002
    everyone = [p for staff in people.values() for p in staff]
    families = Counter(p.full_name.split()[0] for p in everyone)
    assert families.most_common(1)[0][0] == "Nguyễn"
    genders = Counter(p.gender for p in everyone)
    assert genders["nu"] > genders["nam"] > 0


def test_deterministic():
    assert demo_units() == demo_units()
    assert demo_people(demo_units()) == demo_people(demo_units())
    assert demo_people(demo_units(), seed=2022) == demo_people(demo_units())
    assert demo_people(demo_units(), seed=7) != demo_people(demo_units())


def test_people_follow_unit_ids():
    units = demo_units()
    for i, unit in enumerate(units, start=1):
        unit.id = i
    people = demo_people(units)
    assert all(p.unit_id == u.id for u in units for p in people[u.name])

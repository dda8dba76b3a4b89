"""A demo district to try the program on: the office, about forty schools and their staff.

Pure domain objects, nothing stored; the same seed always gives the same people. The schools are
named after the wards of Nam Từ Liêm; heads, phone numbers, e-mail addresses and staff are
invented.
"""

from __future__ import annotations

import random

from thiduadesk.domain.model import OfficeProfile, Person, Unit
from thiduadesk.domain.text import fold, nfc

DEMO_SEED = 2022
EMAIL_DOMAIN = "namtuliem.edu.vn"


def demo_profile() -> OfficeProfile:
    """The Office of Education and Training of Nam Từ Liêm district (UBND quận Nam Từ Liêm)."""
    return OfficeProfile(
        governing_body="UBND QUẬN NAM TỪ LIÊM",
        office_name="PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
        symbol="PGDĐT",
        place="Nam Từ Liêm",
        head_title="Trưởng phòng",
        head_name="Nguyễn Thị Hương",
        deputy_title="Phó Trưởng phòng",
        deputies=["Trần Văn Hùng", "Lê Thị Thanh Hà"],
        email=f"pgddt@{EMAIL_DOMAIN}",
        phone="024 3765 8899",
        address="Phường Mỹ Đình 1, quận Nam Từ Liêm, thành phố Hà Nội",
        archive_unit="VT",
    )


# (ward, cluster) — four emulation clusters by neighbourhood.
_WARDS = {
    "Cầu Diễn": "Cụm 1",
    "Phú Đô": "Cụm 1",
    "Mỹ Đình 1": "Cụm 1",
    "Mỹ Đình 2": "Cụm 1",
    "Mễ Trì": "Cụm 2",
    "Trung Văn": "Cụm 2",
    "Đại Mỗ": "Cụm 3",
    "Tây Mỗ": "Cụm 3",
    "Xuân Phương": "Cụm 4",
    "Phương Canh": "Cụm 4",
}

# (level, school name after the level words, ward). Level words: "Mầm non", "Tiểu học", "THCS".
_SCHOOLS: list[tuple[str, str, str]] = [
    ("mam_non", "Cầu Diễn", "Cầu Diễn"),
    ("mam_non", "Hoa Sen", "Cầu Diễn"),
    ("mam_non", "Phú Đô", "Phú Đô"),
    ("mam_non", "Mỹ Đình 1", "Mỹ Đình 1"),
    ("mam_non", "Mỹ Đình 2", "Mỹ Đình 2"),
    ("mam_non", "Mễ Trì", "Mễ Trì"),
    ("mam_non", "Mễ Trì Thượng", "Mễ Trì"),
    ("mam_non", "Trung Văn", "Trung Văn"),
    ("mam_non", "Đại Mỗ", "Đại Mỗ"),
    ("mam_non", "Tây Mỗ", "Tây Mỗ"),
    ("mam_non", "Xuân Phương", "Xuân Phương"),
    ("mam_non", "Phương Canh", "Phương Canh"),
    ("mam_non", "Thủy Tiên", "Phương Canh"),
    ("tieu_hoc", "Cầu Diễn", "Cầu Diễn"),
    ("tieu_hoc", "Phú Đô", "Phú Đô"),
    ("tieu_hoc", "Mỹ Đình 1", "Mỹ Đình 1"),
    ("tieu_hoc", "Mỹ Đình 2", "Mỹ Đình 2"),
    ("tieu_hoc", "Nam Trung Yên", "Trung Văn"),
    ("tieu_hoc", "Mễ Trì", "Mễ Trì"),
    ("tieu_hoc", "Trung Văn", "Trung Văn"),
    ("tieu_hoc", "Đại Mỗ", "Đại Mỗ"),
    ("tieu_hoc", "Tây Mỗ", "Tây Mỗ"),
    ("tieu_hoc", "Tây Mỗ 3", "Tây Mỗ"),
    ("tieu_hoc", "Xuân Phương", "Xuân Phương"),
    ("tieu_hoc", "Phương Canh", "Phương Canh"),
    ("tieu_hoc", "Ngôi Sao", "Xuân Phương"),
    ("thcs", "Cầu Diễn", "Cầu Diễn"),
    ("thcs", "Phú Đô", "Phú Đô"),
    ("thcs", "Mỹ Đình 1", "Mỹ Đình 1"),
    ("thcs", "Mỹ Đình 2", "Mỹ Đình 2"),
    ("thcs", "Nam Từ Liêm", "Mỹ Đình 2"),
    ("thcs", "Mễ Trì", "Mễ Trì"),
    ("thcs", "Trung Văn", "Trung Văn"),
    ("thcs", "Đại Mỗ", "Đại Mỗ"),
    ("thcs", "Tây Mỗ", "Tây Mỗ"),
    ("thcs", "Xuân Phương", "Xuân Phương"),
    ("thcs", "Phương Canh", "Phương Canh"),
    ("lien_cap", "Lê Quý Đôn", "Mễ Trì"),
    ("lien_cap", "Sao Mai", "Đại Mỗ"),
    ("khac", "Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên quận Nam Từ Liêm", "Xuân Phương"),
]

_NAME_PREFIX = {
    "mam_non": "Trường Mầm non",
    "tieu_hoc": "Trường Tiểu học",
    "thcs": "Trường THCS",
    "lien_cap": "Trường Tiểu học và THCS",
    "khac": "",
}
_EMAIL_PREFIX = {"mam_non": "mn", "tieu_hoc": "c1", "thcs": "c2", "lien_cap": "lc", "khac": "tt"}

# Share of women among the staff of each level (mầm non is almost all women).
_WOMEN_SHARE = {"mam_non": 0.95, "tieu_hoc": 0.8, "thcs": 0.7, "lien_cap": 0.75, "khac": 0.55}

_FAMILY = [
    ("Nguyễn", 30), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 5), ("Vũ", 4), ("Đặng", 3),
    ("Bùi", 3), ("Đỗ", 3), ("Hồ", 2), ("Ngô", 2), ("Dương", 2), ("Lý", 1), ("Phan", 3),
    ("Đinh", 2), ("Trịnh", 2), ("Đào", 2), ("Mai", 1), ("Tạ", 1), ("Lương", 1), ("Chu", 1),
    ("Kiều", 1), ("Nghiêm", 1), ("Khuất", 1), ("Đàm", 1),
]
_MIDDLE_WOMEN = [
    ("Thị", 40), ("Thu", 6), ("Ngọc", 6), ("Thanh", 6), ("Minh", 4), ("Thúy", 3), ("Phương", 3),
    ("Hồng", 3), ("Kim", 3), ("Bích", 2), ("Diệu", 2), ("Hải", 2), ("Thị Thu", 5),
    ("Thị Thanh", 4), ("Thị Minh", 3), ("Thị Ngọc", 3), ("Thị Kim", 2),
]
_MIDDLE_MEN = [
    ("Văn", 35), ("Đức", 8), ("Minh", 8), ("Quang", 6), ("Hữu", 5), ("Công", 4), ("Mạnh", 3),
    ("Ngọc", 3), ("Thanh", 4), ("Xuân", 3), ("Tiến", 3), ("Đình", 4), ("Trung", 2), ("Việt", 2),
]
_GIVEN_WOMEN = [
    "Anh", "Ánh", "Bình", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hòa", "Huyền",
    "Hương", "Lan", "Liên", "Linh", "Loan", "Mai", "Nga", "Ngân", "Nhung", "Oanh", "Phương",
    "Quyên", "Tâm", "Thảo", "Thủy", "Trang", "Tuyết", "Vân", "Xuân", "Yến", "Hậu", "Lụa", "Ngọc",
]
_GIVEN_MEN = [
    "An", "Anh", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hải", "Hiếu", "Hòa", "Hùng", "Hưng",
    "Huy", "Khánh", "Khoa", "Kiên", "Long", "Lâm", "Minh", "Nam", "Phong", "Quân", "Quang", "Sơn",
    "Thắng", "Thành", "Toàn", "Trung", "Tuấn", "Tùng", "Việt", "Vinh",
]


def _weighted(rng: random.Random, pairs: list[tuple[str, int]]) -> str:
    return rng.choices([name for name, _ in pairs], weights=[w for _, w in pairs])[0]


def _person_name(rng: random.Random, woman: bool) -> str:
    family = _weighted(rng, _FAMILY)
    middle = _weighted(rng, _MIDDLE_WOMEN if woman else _MIDDLE_MEN)
    given = rng.choice(_GIVEN_WOMEN if woman else _GIVEN_MEN)
    if given in middle.split():  # "Minh Minh", "Ngọc Ngọc"
        given = rng.choice(_GIVEN_WOMEN if woman else _GIVEN_MEN)
        if given in middle.split():
            middle = "Thị" if woman else "Văn"
    return nfc(f"{family} {middle} {given}")


def _phone(rng: random.Random) -> str:
    """A Hà Nội landline: 024 3xxx xxxx."""
    return f"024 3{rng.randint(100, 999)} {rng.randint(1000, 9999)}"


def demo_units() -> list[Unit]:
    """Forty units in four clusters ("Cụm 1" … "Cụm 4"), without ids: 13 mầm non, 13 tiểu học,
    11 THCS, 2 liên cấp and the district's continuing-education centre (level "khac")."""
    rng = random.Random(DEMO_SEED)
    units: list[Unit] = []
    for level, short, ward in _SCHOOLS:
        name = f"{_NAME_PREFIX[level]} {short}".strip()
        woman = rng.random() < (0.9 if level == "mam_non" else 0.6)
        slug = "gdnn-gdtx" if level == "khac" else fold(short).replace(" ", "")
        units.append(
            Unit(
                name=nfc(name),
                level=level,
                cluster=_WARDS[ward],
                head_name=_person_name(rng, woman),
                phone=_phone(rng),
                email=f"{_EMAIL_PREFIX[level]}{slug}@{EMAIL_DOMAIN}",
                address=nfc(f"Phường {ward}, quận Nam Từ Liêm, thành phố Hà Nội"),
            )
        )
    return units


def _gender_of_head(name: str, rng: random.Random) -> str:
    words = name.split()
    if "Thị" in words[1:-1]:
        return "nu"
    if "Văn" in words[1:-1]:
        return "nam"
    given = words[-1]
    if given in _GIVEN_WOMEN and given not in _GIVEN_MEN:
        return "nu"
    if given in _GIVEN_MEN and given not in _GIVEN_WOMEN:
        return "nam"
    middle = " ".join(words[1:-1])
    if middle in dict(_MIDDLE_WOMEN) and middle not in dict(_MIDDLE_MEN):
        return "nu"
    if middle in dict(_MIDDLE_MEN) and middle not in dict(_MIDDLE_WOMEN):
        return "nam"
    return rng.choice(("nam", "nu"))


def _positions(level: str, size: int, rng: random.Random) -> list[str]:
    """Positions of a unit's staff after the head: deputies, Đội leader, teachers, employees."""
    deputies = 1 if size < 12 else 2
    positions = ["Phó Hiệu trưởng"] * deputies
    if level in ("tieu_hoc", "thcs", "lien_cap"):
        positions.append("Tổng phụ trách Đội")
    employees = ["Kế toán", "Nhân viên"]
    if size >= 14:
        employees += ["Nhân viên y tế", "Văn thư"]
    if level == "mam_non" and size >= 12:
        employees.append("Nhân viên nấu ăn")
    teachers = max(size - 1 - len(positions) - len(employees), 4)
    positions += ["Giáo viên"] * teachers + employees
    if level == "khac":
        positions = ["Phó Giám đốc" if p == "Phó Hiệu trưởng" else p for p in positions]
    return positions[: size - 1]


def demo_people(units: list[Unit], seed: int = DEMO_SEED) -> dict[str, list[Person]]:
    """8–20 staff for each unit, keyed by unit name; the unit's head comes first.

    Deterministic for a given seed. Gender follows the middle name where it tells ("Thị": a woman,
    "Văn": a man); staff of a unit have different names; ``unit_id`` is the unit's id (None for
    units not yet stored).
    """
    rng = random.Random(seed)
    people: dict[str, list[Person]] = {}
    for unit in units:
        size = rng.randint(8, 20)
        head_position = "Giám đốc" if unit.level == "khac" else "Hiệu trưởng"
        staff: list[Person] = []
        names: set[str] = set()
        if unit.head_name:
            staff.append(Person(
                full_name=nfc(unit.head_name),
                unit_id=unit.id,
                gender=_gender_of_head(unit.head_name, rng),
                position=head_position,
                birth_year=rng.randint(1966, 1982),
            ))
            names.add(unit.head_name)
        positions = _positions(unit.level, size, rng)
        if not unit.head_name:
            positions.insert(0, head_position)
        share = _WOMEN_SHARE.get(unit.level, 0.6)
        for position in positions[: size - len(staff)]:
            woman = rng.random() < share
            name = _person_name(rng, woman)
            while name in names:
                name = _person_name(rng, woman)
            names.add(name)
            oldest, youngest = (1968, 1985) if position.startswith(("Phó", "Hiệu", "Giám")) else (1965, 2000)
            staff.append(Person(
                full_name=name,
                unit_id=unit.id,
                gender="nu" if woman else "nam",
                position=position,
                birth_year=rng.randint(oldest, youngest),
            ))
        people[unit.name] = staff
    return people

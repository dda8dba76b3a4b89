"""A demo district to try the program on: the office, its schools and their staff.

Pure domain objects, nothing stored; the same seed always gives the same people. The forty schools
of the small demo are named after the wards of Nam Từ Liêm; the large one adds forty more, named
after heroes and flowers as many schools are. Heads, phone numbers, e-mail addresses and staff are
invented.
"""

from __future__ import annotations

import random

from thiduadesk.domain.demo.names import gender_of, person_name
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

# Forty more schools for the large demo (about eighty units, as a large district has), spread
# over the same wards and clusters.
_MORE_SCHOOLS: list[tuple[str, str, str]] = [
    *[("mam_non", name, ward) for name, ward in (
        ("Hoa Mai", "Cầu Diễn"), ("Hoa Hồng", "Phú Đô"), ("Họa Mi", "Mỹ Đình 1"), ("Sơn Ca", "Mỹ Đình 2"),
        ("Tuổi Hoa", "Mễ Trì"), ("Ban Mai", "Trung Văn"), ("Ánh Dương", "Đại Mỗ"), ("Hướng Dương", "Tây Mỗ"),
        ("Bình Minh", "Xuân Phương"), ("Thăng Long", "Phương Canh"), ("Hoa Ban", "Trung Văn"),
        ("Sen Hồng", "Tây Mỗ"), ("Tuổi Thơ", "Đại Mỗ"), ("Bông Sen", "Mễ Trì"))],
    *[("tieu_hoc", name, ward) for name, ward in (
        ("Lê Văn Tám", "Cầu Diễn"), ("Kim Đồng", "Phú Đô"), ("Võ Thị Sáu", "Mỹ Đình 1"),
        ("Nguyễn Bá Ngọc", "Mỹ Đình 2"), ("Lý Tự Trọng", "Mễ Trì"), ("Đoàn Thị Điểm", "Trung Văn"),
        ("Chu Văn An", "Đại Mỗ"), ("Nguyễn Du", "Tây Mỗ"), ("Trần Quốc Toản", "Xuân Phương"),
        ("Phan Chu Trinh", "Phương Canh"), ("Hoàng Diệu", "Cầu Diễn"), ("Ngô Quyền", "Mễ Trì"),
        ("Lê Lợi", "Xuân Phương"))],
    *[("thcs", name, ward) for name, ward in (
        ("Nguyễn Trãi", "Cầu Diễn"), ("Trần Phú", "Phú Đô"), ("Quang Trung", "Mỹ Đình 1"),
        ("Lương Thế Vinh", "Mỹ Đình 2"), ("Trưng Vương", "Mễ Trì"), ("Ngô Sĩ Liên", "Trung Văn"),
        ("Phan Đình Giót", "Đại Mỗ"), ("Tô Hiệu", "Tây Mỗ"), ("Nguyễn Văn Trỗi", "Xuân Phương"),
        ("Hai Bà Trưng", "Phương Canh"))],
    *[("lien_cap", name, ward) for name, ward in (("Đoàn Kết", "Trung Văn"), ("Hữu Nghị", "Tây Mỗ"),
                                                  ("Tân Tiến", "Phương Canh"))],
]
MAX_UNITS = len(_SCHOOLS) + len(_MORE_SCHOOLS)

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

def _phone(rng: random.Random) -> str:
    """A Hà Nội landline: 024 3xxx xxxx."""
    return f"024 3{rng.randint(100, 999)} {rng.randint(1000, 9999)}"


def demo_units(count: int = len(_SCHOOLS)) -> list[Unit]:
    """``count`` units (at most MAX_UNITS) in four clusters ("Cụm 1" … "Cụm 4"), without ids.

    The first forty (the default) are 13 mầm non, 13 tiểu học, 11 THCS, 2 liên cấp and the
    district's continuing-education centre (level "khac"); the others add schools of every level."""
    rng = random.Random(DEMO_SEED)
    units: list[Unit] = []
    for level, short, ward in [*_SCHOOLS, *_MORE_SCHOOLS][:count]:
        name = f"{_NAME_PREFIX[level]} {short}".strip()
        woman = rng.random() < (0.9 if level == "mam_non" else 0.6)
        slug = "gdnn-gdtx" if level == "khac" else fold(short).replace(" ", "")
        units.append(
            Unit(
                name=nfc(name),
                level=level,
                cluster=_WARDS[ward],
                head_name=person_name(rng, woman),
                phone=_phone(rng),
                email=f"{_EMAIL_PREFIX[level]}{slug}@{EMAIL_DOMAIN}",
                address=nfc(f"Phường {ward}, quận Nam Từ Liêm, thành phố Hà Nội"),
            )
        )
    return units


def _positions(level: str, size: int, rng: random.Random) -> list[str]:
    """Positions of a unit's staff after the head: deputies, Đội leader, teachers, employees."""
    deputies = 1 if size < 12 else 2 if size < 45 else 3
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


# Relative staff size of each level (a THCS or a liên cấp school has more staff than a mầm non).
_LEVEL_WEIGHT = {"mam_non": 0.85, "tieu_hoc": 1.0, "thcs": 1.1, "lien_cap": 1.5, "khac": 0.5}


def staff_sizes(units: list[Unit], total: int, rng: random.Random) -> list[int]:
    """Staff counts of the units (at least 8 each) that add up to exactly ``total``."""
    weights = [_LEVEL_WEIGHT.get(u.level, 1.0) * rng.uniform(0.75, 1.25) for u in units]
    scale = total / sum(weights)
    sizes = [max(8, int(w * scale)) for w in weights]
    i = 0
    while sum(sizes) != total:  # hand out (or take back) the rounding, one unit at a time
        step = 1 if sum(sizes) < total else -1
        if step > 0 or sizes[i % len(sizes)] > 8:
            sizes[i % len(sizes)] += step
        i += 1
    return sizes


def demo_people(units: list[Unit], seed: int = DEMO_SEED, *, total: int | None = None) -> dict[str, list[Person]]:
    """Staff for each unit, keyed by unit name; the unit's head comes first: 8–20 each, or
    ``total`` people in all, shared by the size of each school.

    Deterministic for a given seed. Gender follows the middle name where it tells ("Thị": a woman,
    "Văn": a man); staff of a unit have different names; ``unit_id`` is the unit's id (None for
    units not yet stored).
    """
    rng = random.Random(seed)
    people: dict[str, list[Person]] = {}
    sizes = staff_sizes(units, total, rng) if total is not None else None
    for index, unit in enumerate(units):
        size = sizes[index] if sizes is not None else rng.randint(8, 20)
        head_position = "Giám đốc" if unit.level == "khac" else "Hiệu trưởng"
        staff: list[Person] = []
        names: set[str] = set()
        if unit.head_name:
            staff.append(Person(
                full_name=nfc(unit.head_name),
                unit_id=unit.id,
                gender=gender_of(unit.head_name, rng),
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
            name = person_name(rng, woman)
            while name in names:
                name = person_name(rng, woman)
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

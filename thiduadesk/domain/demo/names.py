"""Vietnamese personal names with realistic frequencies, for demo data.

Family names follow the usual national shares (Nguyễn about 38 %, Trần 11 %, Lê 9.5 %, Phạm 7 %,
Hoàng/Huỳnh 5 %, Phan 4.5 %, Vũ/Võ 4 %, then Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Lý and a long tail);
middle names mark the gender as they usually do ("Thị" for most women, "Văn" for many men, then
Hữu, Đức, Minh, Ngọc, Thanh …); given names are drawn from common ones of each gender.
"""

from __future__ import annotations

import random

from thiduadesk.domain.text import nfc

# Percent of the population (the tail shares are rounded guesses of the same order).
FAMILY: list[tuple[str, float]] = [
    ("Nguyễn", 38.0), ("Trần", 11.0), ("Lê", 9.5), ("Phạm", 7.0), ("Hoàng", 4.2), ("Huỳnh", 0.8),
    ("Phan", 4.5), ("Vũ", 3.2), ("Võ", 0.8), ("Đặng", 2.1), ("Bùi", 2.0), ("Đỗ", 1.4), ("Hồ", 1.3),
    ("Ngô", 1.3), ("Dương", 1.0), ("Lý", 0.5), ("Đinh", 1.0), ("Trịnh", 0.8), ("Đào", 0.8), ("Mai", 0.5),
    ("Lương", 0.5), ("Hà", 0.6), ("Cao", 0.5), ("Lưu", 0.4), ("Tạ", 0.4), ("Chu", 0.4), ("Kiều", 0.3),
    ("Nghiêm", 0.3), ("Khuất", 0.2), ("Đàm", 0.3), ("Thân", 0.2), ("Quách", 0.2), ("Lã", 0.1),
]  # fmt: skip
MIDDLE_WOMEN: list[tuple[str, float]] = [
    ("Thị", 46), ("Thu", 5), ("Ngọc", 5), ("Thanh", 5), ("Minh", 3), ("Thúy", 2), ("Phương", 2), ("Hồng", 3),
    ("Kim", 2), ("Bích", 2), ("Diệu", 1), ("Hải", 1), ("Mai", 1), ("Khánh", 1), ("Quỳnh", 1), ("Thị Thu", 5),
    ("Thị Thanh", 4), ("Thị Minh", 3), ("Thị Ngọc", 3), ("Thị Kim", 2), ("Thị Hồng", 2), ("Thị Thúy", 1),
]  # fmt: skip
MIDDLE_MEN: list[tuple[str, float]] = [
    ("Văn", 34), ("Đức", 8), ("Minh", 8), ("Quang", 6), ("Hữu", 6), ("Công", 4), ("Mạnh", 3), ("Ngọc", 3),
    ("Thanh", 4), ("Xuân", 3), ("Tiến", 3), ("Đình", 5), ("Trung", 2), ("Việt", 2), ("Huy", 2), ("Bá", 2),
    ("Duy", 2), ("Hoàng", 2), ("Anh", 1), ("Quốc", 2), ("Trọng", 2), ("Thế", 2),
]  # fmt: skip
GIVEN_WOMEN = [
    "Anh", "Ánh", "Bình", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hòa", "Huyền", "Hương",
    "Lan", "Liên", "Linh", "Loan", "Mai", "Nga", "Ngân", "Nhung", "Oanh", "Phương", "Quyên", "Tâm", "Thảo",
    "Thủy", "Trang", "Tuyết", "Vân", "Xuân", "Yến", "Hậu", "Lụa", "Ngọc", "Hồng", "Thu", "Thúy", "Lê", "Nhàn",
    "Hải", "Huệ", "Lý", "Nhi", "Quỳnh", "Thanh", "Thơ", "Uyên", "Duyên", "Hiên", "Khuyên", "My", "Diệp",
]  # fmt: skip
GIVEN_MEN = [
    "An", "Anh", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hải", "Hiếu", "Hòa", "Hùng", "Hưng", "Huy", "Khánh",
    "Khoa", "Kiên", "Long", "Lâm", "Minh", "Nam", "Phong", "Quân", "Quang", "Sơn", "Thắng", "Thành", "Toàn",
    "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Hoàng", "Hiệp", "Chiến", "Đạt", "Hậu", "Lợi", "Phúc", "Thịnh",
    "Tiến", "Tú", "Vũ", "Duy", "Nghĩa", "Thái",
]  # fmt: skip


def weighted(rng: random.Random, pairs: list[tuple[str, float]]) -> str:
    return rng.choices([name for name, _ in pairs], weights=[w for _, w in pairs])[0]


def person_name(rng: random.Random, woman: bool) -> str:
    """A full name "Family Middle Given" (NFC); never a given name repeating the middle one."""
    family = weighted(rng, FAMILY)
    middle = weighted(rng, MIDDLE_WOMEN if woman else MIDDLE_MEN)
    given = rng.choice(GIVEN_WOMEN if woman else GIVEN_MEN)
    if given in middle.split() or given == family:  # "Minh Minh", "Ngọc Ngọc", "Lê … Lê"
        given = rng.choice(GIVEN_WOMEN if woman else GIVEN_MEN)
        if given in middle.split() or given == family:
            middle = "Thị" if woman else "Văn"
            given = "Hương" if woman else "Hùng"
    return nfc(f"{family} {middle} {given}")


def gender_of(name: str, rng: random.Random) -> str:
    """"nu" or "nam" as the name suggests ("Thị": a woman, "Văn": a man); a coin when it does not."""
    words = name.split()
    inner = words[1:-1]
    if "Thị" in inner:
        return "nu"
    if "Văn" in inner:
        return "nam"
    given = words[-1]
    if given in GIVEN_WOMEN and given not in GIVEN_MEN:
        return "nu"
    if given in GIVEN_MEN and given not in GIVEN_WOMEN:
        return "nam"
    middle = " ".join(inner)
    women, men = dict(MIDDLE_WOMEN), dict(MIDDLE_MEN)
    if middle in women and middle not in men:
        return "nu"
    if middle in men and middle not in women:
        return "nam"
    return rng.choice(("nam", "nu"))

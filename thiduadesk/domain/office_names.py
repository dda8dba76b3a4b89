"""Office names as they are written inside a sentence: "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" in a header
becomes "Phòng Giáo dục và Đào tạo" in "(Kèm theo Kế hoạch … của Phòng Giáo dục và Đào tạo)"."""

from __future__ import annotations

import re

from thiduadesk.domain.text import nfc

_SPACES = re.compile(r"[ \t]+")


OFFICE_PHRASES = [
    ("ỦY BAN NHÂN DÂN", "Ủy ban nhân dân"),
    ("UỶ BAN NHÂN DÂN", "Ủy ban nhân dân"),
    ("HỘI ĐỒNG NHÂN DÂN", "Hội đồng nhân dân"),
    ("GIÁO DỤC VÀ ĐÀO TẠO", "Giáo dục và Đào tạo"),
    ("GIÁO DỤC & ĐÀO TẠO", "Giáo dục & Đào tạo"),
    ("VĂN HÓA - XÃ HỘI", "Văn hóa - Xã hội"),
    ("VĂN HOÁ - XÃ HỘI", "Văn hóa - Xã hội"),
    ("VĂN HÓA VÀ XÃ HỘI", "Văn hóa và Xã hội"),
    ("TRUNG HỌC CƠ SỞ", "Trung học cơ sở"),
    ("TRUNG HỌC PHỔ THÔNG", "Trung học phổ thông"),
    ("TIỂU HỌC", "Tiểu học"),
    ("MẦM NON", "Mầm non"),
    ("NỘI VỤ", "Nội vụ"),
    ("PHÒNG", "Phòng"),
    ("SỞ", "Sở"),
    ("TRƯỜNG", "Trường"),
    ("BỘ", "Bộ"),
]
# Administrative units: written in lower case, the place name after them capitalised per word.
ADMIN_UNITS_UPPER = ["THÀNH PHỐ", "THỊ XÃ", "THỊ TRẤN", "QUẬN", "HUYỆN", "TỈNH", "PHƯỜNG", "XÃ", "ĐẶC KHU"]
_KEEP_UPPER = {"UBND", "HĐND", "GDĐT", "GD&ĐT", "THCS", "THPT", "TH", "MN", "VT", "TĐKT"}


def name_in_running_text(name: str) -> str:
    """An office name as it is written inside a sentence: "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" →
    "Phòng Giáo dục và Đào tạo". Names typed in mixed case are kept as typed."""
    name = _SPACES.sub(" ", nfc(name)).strip()
    if not name or name != name.upper():
        return name
    words = name.split(" ")
    out: list[str] = []
    i = 0
    place_mode = False
    while i < len(words):
        matched = False
        for phrase_list, is_unit in ((ADMIN_UNITS_UPPER, True), ([p for p, _ in OFFICE_PHRASES], False)):
            for phrase in phrase_list:
                parts = phrase.split(" ")
                if words[i : i + len(parts)] == parts:
                    if is_unit:
                        out.append(phrase.lower())
                        place_mode = True
                    else:
                        out.append(dict(OFFICE_PHRASES)[phrase])
                        place_mode = False
                    i += len(parts)
                    matched = True
                    break
            if matched:
                break
        if matched:
            continue
        word = words[i]
        if word in _KEEP_UPPER or any(ch.isdigit() for ch in word):
            out.append(word)
        elif place_mode or not out:
            out.append(word[:1] + word[1:].lower())
        else:
            out.append(word.lower())
        i += 1
    text = " ".join(out)
    return text[:1].upper() + text[1:]

"""Recognisers for the lines of the header and of the closing block: Quốc hiệu and motto, the
number line, place and date, stamps, legal bases, authority and position lines, names, "Nơi
nhận", "Phụ lục", and the debris of seals and page numbers."""

from __future__ import annotations

import re

from thiduadesk.domain.officialese import BASIS_OPENINGS
from thiduadesk.domain.plan_text.labels import _LONE_LABEL_RE, _label_match
from thiduadesk.domain.plan_text.words import (
    _alnum_count,
    _fold,
    _is_upper,
    _mostly_upper,
    _squash,
    _terminal,
)

_QUOC_HIEU_RE = re.compile(r"cong\s*hoa\s+xa\s+hoi\s+chu\s+nghia\s+viet\s+nam")
_MOTTO_RE = re.compile(r"doc\s*lap\s*[-–—‐,]?\s*tu\s*do\s*[-–—‐,]?\s*hanh\s*phuc")
_SO_RE = re.compile(
    r"^s[oố]\s*(?::|\.|(?=\s*\d)|(?=[\s.…_]*/))\s*(?P<num>\d{1,5})?[\s.…_]*"
    r"(?:/\s*(?P<sym>[0-9A-ZĐ](?:[0-9A-Za-zĐđ&]|\.(?=[0-9A-Za-zĐđ]))*"
    r"(?:\s*[-–]\s*(?:[0-9A-Za-zĐđ&]|\.(?=[0-9A-Za-zĐđ]))+|\s+[0-9A-ZĐ&]+(?!\w))*))?",
    re.I,
)
# Party and Youth Union numbering: "Số 07-KH/ĐTN" (number, dash, type, slash, body).
_PARTY_SO_RE = re.compile(
    r"^s[oố]\s*:?\s*(?P<num>\d{1,5})\s*-\s*(?P<sym>[A-ZĐ][A-Za-zĐđ]{1,5}\s*/\s*[0-9A-Za-zĐđ&][0-9A-Za-zĐđ&.\-]*)",
    re.I,
)
# What Party and Youth Union documents print where a state document prints the Quốc hiệu.
_PARTY_MOTTO_RE = re.compile(r"^(?:doan tncs ho chi minh|dang cong san viet nam|doan thanh nien cong san ho chi minh)$")
_PLACE_DATE_RE = re.compile(
    r"^(?:(?P<place>[^\d,;:()]{2,60}?)\s*,?\s+)?ngày\s*(?:(?P<d>\d{1,2})?[\s.…_]*"
    r"tháng\s*(?P<m>\d{1,2})?[\s.…_]*năm\s*(?P<y>\d{4})?[\s\d.…_]*"
    # "ngày 05/9/2024": not the Decree 30 form, but common.
    r"|(?P<d2>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m2>\d{1,2})\s*(?P=sep)\s*(?P<y2>\d{4})\s*\.?\s*)$",
    re.I,
)
_AUTHORITY_RE = re.compile(r"^(KT|TM|Q|TL|TUQ|K/T|T/M|T/L)(?:\s*[.:]\s*|\s+)(\S.*)$")
# In any case, always with its dot: "KT.Trưởng phòng", "Tm. Ủy ban nhân dân", "kt. trưởng phòng".
_AUTHORITY_ANY_CASE_RE = re.compile(r"^(KT|TM|Q|TL|TUQ|K/T|T/M|T/L)\s*\.\s*(\S.*)$", re.I)
_ROLE_RE = re.compile(
    r"(?<!\w)(TRƯỞNG|GIÁM ĐỐC|CHỦ TỊCH|BÍ THƯ|CHÁNH|CHỦ NHIỆM|TỔNG BIÊN TẬP|KẾ TOÁN|CHUYÊN VIÊN|"
    r"NGƯỜI LẬP|NGƯỜI DUYỆT|THƯ KÝ|ỦY VIÊN|UỶ VIÊN)(?!\w)"
)
_NAME_PREFIX_RE = re.compile(r"^(?:(?:PGS|GS|TS|ThS|Ths|CN|KS|BS|NGƯT|NGND)\.?\s*)+", re.U)
_SIGN_MARK_RE = re.compile(
    r"^[(\[]?\s*(đã ký|da ky|ký|ký tên|ký,? ghi rõ họ tên|ký tên,? đóng dấu|"
    r"ký,? đóng dấu|chữ ký số|signed)[^)\]]*[)\]]?\.?$",
    re.I,
)
_APPENDIX_RE = re.compile(r"^phu luc(?:\s+(?:so\s+)?([ivxlc]+|\d+))?\s*[:.\-–]?\s*(.*)$")
_ATTACHED_RE = re.compile(r"^\(?\s*(?:ban hanh\s+)?kem theo\b")


def _is_rule(text: str) -> bool:
    t = text.strip()
    return (
        bool(t)
        and len(t) >= 3
        and not any(c.isalnum() for c in t)
        and (len(set(t) - set(" -_=*~—–.·")) == 0 or _GRID_RULE_RE.fullmatch(t) is not None)
    )


# A border line of a Markdown grid table (pandoc): "+-----+:====+".
_GRID_RULE_RE = re.compile(r"\+(?:[-=:]{2,}\+)+")


def _is_noi_nhan(text: str) -> bool:
    f = _fold(text).lstrip("*_ ")
    return f.startswith("noi nhan") and (len(f) <= 10 or f[8:].lstrip().startswith(":"))


def _is_kinh_gui(text: str) -> bool:
    return _fold(text).startswith("kinh gui")


def _appendix_match(text: str) -> re.Match[str] | None:
    if len(text) > 200:
        return None
    m = _APPENDIX_RE.match(_fold(text))
    if m is None:
        return None
    rest = m.group(2)
    # "Phụ lục" alone, or with its number, or with a title: but not a sentence that happens to
    # begin with the word ("Phụ lục kèm theo gồm ...").
    if rest and not (_mostly_upper(text) or m.group(1) or text.split(":", 1)[0].strip().isupper()):
        return None
    return m


def _is_basis(text: str) -> bool:
    f = _fold(text)
    return any(f.startswith(p) for p in BASIS_OPENINGS)


# The words a collective's name begins with after "TM." ("TM. Ủy ban nhân dân", "TM. Ban Chấp
# hành"), folded: with a role word (_ROLE_RE), what tells an authority line typed in sentence
# case ("KT.Trưởng phòng") from a sentence.
_COLLECTIVE_STARTS = (
    "uy ban", "ubnd", "ban ", "bch", "hoi dong", "cong doan", "dang uy", "chi bo", "nha truong",
    "tap the", "lanh dao", "doan ", "hoi ", "thuong truc", "thuong vu", "so ", "phong ", "truong ",
)  # fmt: skip


def _authority(text: str) -> tuple[str, str] | None:
    """("KT.", "TRƯỞNG PHÒNG") for an authority line, however it is typed: "KT. TRƯỞNG PHÒNG",
    glued ("KT.TRƯỞNG PHÒNG"), spaced ("KT . TRƯỞNG PHÒNG"), "K/T", in sentence or lower case
    ("KT.Trưởng phòng", "kt. trưởng phòng"); marks left at its ends ("**KT. …") are not part of it."""
    t = text.strip().strip("*_ ")
    if not t or len(t) > 90:
        return None
    m = _AUTHORITY_RE.match(t)
    if m and _mostly_upper(m.group(2), 0.7):
        return m.group(1).replace("/", "") + ".", m.group(2).strip().upper()
    m = _AUTHORITY_ANY_CASE_RE.match(t)
    if not m:
        return None
    rest = m.group(2).strip().strip("*_ ").strip()
    if len(rest) > 60 or _terminal(rest) or any(c.isdigit() for c in rest):
        return None
    f = _fold(rest)
    if not (_ROLE_RE.search(rest.upper()) or f.startswith(_COLLECTIVE_STARTS)):
        return None
    return m.group(1).upper().replace("/", "") + ".", rest.upper()


def _is_position(text: str) -> bool:
    t = text.strip()
    if not t or len(t) > 70 or any(c.isdigit() for c in t) or _terminal(t):
        return False
    if not _mostly_upper(t):
        return False
    if _label_match(t) is not None:
        return False
    return bool(_ROLE_RE.search(t.upper()))


# First words of a position typed in sentence case ("Phó Trưởng phòng", "Hiệu trưởng").
_POSITION_FIRST_WORDS = frozenset(
    "PHÓ TRƯỞNG HIỆU CHỦ GIÁM CHÁNH BÍ THƯ ỦY UỶ KẾ TỔ TỔNG CHUYÊN NGƯỜI".split()
)


def _is_position_any_case(text: str) -> bool:
    """A position in any case ("Phó Trưởng phòng", "HIỆU TRƯỞNG"): a role word among its first
    words, which are a title's ("Phó", "Trưởng", "Hiệu"…), not a name's ("Nguyễn Chánh Tín")."""
    t = text.strip().strip("*_ ")
    if _is_position(t):
        return True
    if not t or len(t) > 60 or any(c.isdigit() for c in t) or _terminal(t) or _label_match(t) is not None:
        return False
    words = t.upper().split()
    if not words or words[0] not in _POSITION_FIRST_WORDS:
        return False
    m = _ROLE_RE.search(" ".join(words[:3]))
    return m is not None


def _is_name(text: str) -> bool:
    t = _NAME_PREFIX_RE.sub("", text.strip())
    words = t.split()
    if not 2 <= len(words) <= 6 or sum(1 for w in words if len(w) >= 2) < 2:
        return False
    for w in words:
        if not all(c.isalpha() for c in w):
            return False
        if not w[0].isupper() or (len(w) > 1 and not w[1:].islower()):
            return False
    return True


# Common family names, folded: a line in capitals that starts with one and has the shape of a name
# is the signer's name typed in capitals, not the text of a seal.
_SURNAMES = set(
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dao doan vuong trinh "
    "truong lam mai cao ha ta dinh luu to quach kieu luong chu phung tang la trieu thai khong tong "
    "doan luc vi nong au mac tieu lai khuc ninh quan bach diep cu giang han kim lo nghiem phi sam "
    "than tong ton thach lang hua".split()
)


def _is_upper_name(text: str) -> bool:
    t = _squash(_NAME_PREFIX_RE.sub("", text.strip()))
    words = t.split()
    if not 2 <= len(words) <= 5 or not _is_upper(t) or not all(w.isalpha() for w in words):
        return False
    return _fold(words[0]) in _SURNAMES and not _ROLE_RE.search(t)


def _is_garbage(text: str) -> bool:
    """Fragments of a seal or stamp, page numbers: "G", ": V", "A O", "T.P", "- 2 -"."""
    t = text.strip()
    if not t or t in ("./.", "/.") or _LONE_LABEL_RE.fullmatch(t):
        return False
    if re.fullmatch(r"[-–—\s]*(?:trang\s*)?\d{1,3}(?:\s*/\s*\d{1,3})?[-–—\s]*", t, re.I):
        return True
    # Seal and stamp debris is in capitals; a short lower-case word ("sau:") is real text.
    return _alnum_count(t) <= 3 and not any(c.islower() for c in t)


"""The officialese of Vietnamese administrative papers, written once for the readers and the
printers: the kinds of document and their abbreviations (Decree 30/2020/NĐ-CP, Appendix III;
domain.md §1), the kinds a plan cites, the words of the administrative units and offices that
head a paper, and the column titles of a timetable with the row field each one holds.

Folded forms (no diacritics, đ → d, lower case, single spaces, as :func:`thiduadesk.domain.text.fold` gives them)
are what the readers compare with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from thiduadesk.domain.text import fold

# =============================================================================================
# Kinds of document
# =============================================================================================


@dataclass(frozen=True)
class DocKind:
    """A kind of paper the office issues."""

    code: str  # the kind as stored (register, plans): "KH", "QĐ" … "CV" for a công văn
    name: str  # "Kế hoạch"
    abbreviation: str  # in the symbol ("Số: 06/KH-PGDĐT"); "" for a công văn ("Số: 15/PGDĐT-TĐKT")

    @property
    def type_line(self) -> str:
        """The document type as printed above the title ("KẾ HOẠCH"); "" for a công văn."""
        return self.name.upper() if self.abbreviation else ""


DOC_KINDS: tuple[DocKind, ...] = (
    DocKind("KH", "Kế hoạch", "KH"),
    DocKind("QĐ", "Quyết định", "QĐ"),
    DocKind("TTr", "Tờ trình", "TTr"),
    DocKind("BC", "Báo cáo", "BC"),
    DocKind("BB", "Biên bản", "BB"),
    DocKind("TB", "Thông báo", "TB"),
    DocKind("HD", "Hướng dẫn", "HD"),
    DocKind("CTr", "Chương trình", "CTr"),
    DocKind("GM", "Giấy mời", "GM"),
    DocKind("QyĐ", "Quy định", "QyĐ"),
    DocKind("CV", "Công văn", ""),
)
_KINDS = {k.code: k for k in DOC_KINDS}

# code → name, as the register and the printers show a kind ("KH" → "Kế hoạch").
DOC_TYPES: dict[str, str] = {k.code: k.name for k in DOC_KINDS}


def doc_kind(code: str) -> DocKind | None:
    return _KINDS.get(code)


def kind_abbreviation(code: str) -> str:
    """What a kind puts in the symbol: "KH" for a plan, "" for a công văn (and an unknown code)."""
    kind = _KINDS.get(code)
    return kind.abbreviation if kind else ""


# Folded type line → code, for the kinds whose name is printed as the type line ("KẾ HOẠCH").
TYPE_LINE_KINDS: dict[str, str] = {fold(k.name): k.code for k in DOC_KINDS if k.abbreviation}
# Upper-cased abbreviation at the head of a symbol ("KH-PGDĐT", "QYĐ-UBND") → code.
SYMBOL_KINDS: dict[str, str] = {k.abbreviation.upper(): k.code for k in DOC_KINDS if k.abbreviation}

# Kinds of the documents a plan cites (its bases, its body): the ones above and those of the
# legislature, the government, ministries and the Party. Name → abbreviation in a symbol ("" when
# the kind writes none: "Luật Thi đua, khen thưởng số 06/2022/QH15").
CITED_KINDS: dict[str, str] = {
    **{k.name: k.abbreviation for k in DOC_KINDS},
    "Hiến pháp": "",
    "Luật": "",
    "Bộ luật": "",
    "Pháp lệnh": "",
    "Nghị quyết": "NQ",
    "Nghị định": "NĐ",
    "Thông tư": "TT",
    "Thông tư liên tịch": "TTLT",
    "Chỉ thị": "CT",
    "Kết luận": "KL",
    "Quy chế": "QC",
    "Điều lệ": "",
    "Đề án": "ĐA",
    "Công điện": "CĐ",
    "Văn bản": "",
}

# The words that open a legal basis of a plan or decision ("Căn cứ …;", "Thực hiện …",
# "Theo đề nghị của …;"), folded.
BASIS_OPENINGS: tuple[str, ...] = (
    "thuc hien",
    "can cu",
    "trien khai",
    "tiep tuc thuc hien",
    "theo de nghi",
    "xet de nghi",
    "xet tinh hinh",
    "thuc hien chi dao",
)
# Marks printed at the top of a paper, not part of its text: a draft, the secrecy (độ mật) and
# urgency (độ khẩn) marks, folded.
DOCUMENT_MARKS: frozenset[str] = frozenset(
    {"du thao", "mat", "toi mat", "tuyet mat", "khan", "thuong khan", "hoa toc", "ban chinh thuc"}
)

# =============================================================================================
# Administrative units and offices (folded, each with the space that ends its words)
# =============================================================================================

# A line that names one completes a "ỦY BAN NHÂN DÂN" line above it ("PHƯỜNG X", "HUYỆN Y").
ADMIN_UNITS: tuple[str, ...] = ("Phường", "Xã", "Thị trấn", "Quận", "Huyện", "Thị xã", "Thành phố", "Tỉnh", "Đặc khu")
ADMIN_UNIT_PREFIXES: tuple[str, ...] = tuple(fold(u) + " " for u in ADMIN_UNITS)
# "ỦY BAN NHÂN DÂN" and its abbreviation "UBND", folded.
PEOPLES_COMMITTEE: tuple[str, ...] = ("uy ban nhan dan", "ubnd")
# Where the issuing office begins in a left column run together ("UBND HUYỆN X PHÒNG GIÁO DỤC…").
OFFICE_START: tuple[str, ...] = ("phong ", "truong ", "trung tam ", "van phong ", "so giao duc")
# The first words of an issuing office (the lines above it are its governing body).
OFFICE_WORDS: tuple[str, ...] = ("phong ", "truong ", "so ", "ban ", "trung tam ", "van phong ", "hoi dong ")

# =============================================================================================
# Timetable columns
# =============================================================================================

# The fields of a timetable row (TimetableRow), in the order of the default columns.
NUMBER, CONTENT, GUIDE, EXECUTORS, DUE = "number", "content", "guide", "executors", "due"
TIMETABLE_FIELDS: tuple[str, ...] = (NUMBER, CONTENT, GUIDE, EXECUTORS, DUE)

_NUMBER_TITLES = ("tt", "stt", "so tt", "so thu tu", "s tt")
# Checked in this order: the first field whose words a title holds is its field.
_FIELD_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (CONTENT, ("noi dung", "nhiem vu", "cong viec", "hoat dong")),
    (DUE, ("thoi gian", "thoi han", "tien do", "hoan thanh")),
    (GUIDE, ("huong dan", "trien khai", "chu tri", "phu trach")),
    (EXECUTORS, ("thuc hien", "phoi hop", "doi tuong", "don vi")),
)
_DEADLINE_WORD_RE = re.compile(r"(?<!\w)han(?!\w)")  # "Hạn nộp", "Hạn chót" (not "Cá nhân")


def timetable_column_field(title: str) -> str:
    """The row field a column title names ("Thời gian hoàn thành" → DUE), "" if none."""
    key = fold(title)
    if key.rstrip(".") in _NUMBER_TITLES:
        return NUMBER
    for field, words in _FIELD_WORDS:
        if any(w in key for w in words):
            return field
        if field == DUE and _DEADLINE_WORD_RE.search(key):
            return DUE
    return ""


def timetable_column_fields(headers: list[str], *, by_position: bool = False) -> list[str]:
    """The row field of each column, from the wording of its title; a field claimed by an
    earlier column leaves a later one empty ("").

    ``by_position``: a title that names no field takes the field of its position in the default
    order (TT, content, guide, executors, due) — for printing, where every column shows a field;
    a reader leaves it empty, so its cells are kept with their title.
    """
    out: list[str] = []
    for i, title in enumerate(headers):
        field = timetable_column_field(title)
        if not field and by_position and i < len(TIMETABLE_FIELDS):
            field = TIMETABLE_FIELDS[i]
        if field and field in out:
            field = ""
        out.append(field)
    return out

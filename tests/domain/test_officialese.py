"""The shared officialese: kinds of document and their abbreviations (domain.md §1), the words
of administrative units and offices, and the one timetable column mapper."""

from __future__ import annotations

import pytest

from thiduadesk.domain import numbering
from thiduadesk.domain.officialese import (
    ADMIN_UNIT_PREFIXES,
    BASIS_OPENINGS,
    CONTENT,
    DOC_KINDS,
    DOC_TYPES,
    DOCUMENT_MARKS,
    DUE,
    EXECUTORS,
    GUIDE,
    NUMBER,
    SYMBOL_KINDS,
    TYPE_LINE_KINDS,
    doc_kind,
    kind_abbreviation,
    timetable_column_field,
    timetable_column_fields,
)
from thiduadesk.domain.plan import DEFAULT_TIMETABLE_HEADERS
from thiduadesk.domain.plan_text import parse_plan_text

# --- kinds of document -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "abbreviation"),
    [
        ("Kế hoạch", "KH"),
        ("Quyết định", "QĐ"),
        ("Tờ trình", "TTr"),
        ("Báo cáo", "BC"),
        ("Biên bản", "BB"),
        ("Thông báo", "TB"),
        ("Hướng dẫn", "HD"),
        ("Chương trình", "CTr"),
        ("Giấy mời", "GM"),
        ("Quy định", "QyĐ"),
        ("Công văn", ""),
    ],
)
def test_every_kind_has_the_abbreviation_of_decree_30(name, abbreviation):
    (kind,) = [k for k in DOC_KINDS if k.name == name]
    assert kind.abbreviation == abbreviation
    assert kind_abbreviation(kind.code) == abbreviation


def test_a_cong_van_has_no_abbreviation_and_no_type_line():
    kind = doc_kind("CV")
    assert kind is not None
    assert (kind.name, kind.abbreviation, kind.type_line) == ("Công văn", "", "")
    assert doc_kind("KH").type_line == "KẾ HOẠCH"
    assert doc_kind("QyĐ").type_line == "QUY ĐỊNH"
    assert kind_abbreviation("XX") == ""
    assert doc_kind("XX") is None


def test_numbering_shows_the_same_kinds():
    assert numbering.DOC_TYPES is DOC_TYPES
    assert DOC_TYPES["KH"] == "Kế hoạch"
    assert DOC_TYPES["CV"] == "Công văn"
    assert len(DOC_TYPES) == 11


def test_type_lines_and_symbol_heads_lead_to_the_kind():
    assert TYPE_LINE_KINDS["ke hoach"] == "KH"
    assert TYPE_LINE_KINDS["quy dinh"] == "QyĐ"
    assert TYPE_LINE_KINDS["to trinh"] == "TTr"
    assert "cong van" not in TYPE_LINE_KINDS
    assert SYMBOL_KINDS["QYĐ"] == "QyĐ"
    assert SYMBOL_KINDS["TTR"] == "TTr"
    assert SYMBOL_KINDS["KH"] == "KH"
    assert len(SYMBOL_KINDS) == 10


def test_admin_unit_words_are_folded_with_their_space():
    assert ADMIN_UNIT_PREFIXES == (
        "phuong ",
        "xa ",
        "thi tran ",
        "quan ",
        "huyen ",
        "thi xa ",
        "thanh pho ",
        "tinh ",
        "dac khu ",
    )


def test_bases_and_marks_the_reader_knows():
    assert {"can cu", "thuc hien", "theo de nghi"} <= set(BASIS_OPENINGS)
    assert {"du thao", "mat", "khan", "hoa toc"} <= DOCUMENT_MARKS
    parsed = parse_plan_text("DỰ THẢO\n\nKẾ HOẠCH\n\nThi đua năm 2024\n\nCăn cứ Luật Thi đua, khen thưởng;\n\nI. MỤC ĐÍCH")
    assert parsed.plan.bases == ["Căn cứ Luật Thi đua, khen thưởng;"]
    assert parsed.dropped[0] == "DỰ THẢO"


# --- timetable columns -------------------------------------------------------------------------


def test_the_default_columns():
    assert timetable_column_fields(list(DEFAULT_TIMETABLE_HEADERS)) == [NUMBER, CONTENT, GUIDE, EXECUTORS, DUE]


@pytest.mark.parametrize(
    ("title", "field"),
    [
        # as documents/plan_pdf.column_fields read them
        ("TT", NUMBER),
        ("STT", NUMBER),
        ("Số TT", NUMBER),
        ("TT.", NUMBER),
        ("Nội dung công việc", CONTENT),
        ("Nhiệm vụ", CONTENT),
        ("Công việc", CONTENT),
        ("Đơn vị chủ trì", GUIDE),
        ("Hướng dẫn", GUIDE),
        ("Đơn vị triển khai", GUIDE),
        ("Thời gian", DUE),
        ("Thời hạn", DUE),
        ("Thời gian hoàn thành", DUE),
        ("Hạn nộp", DUE),
        ("Hạn chót", DUE),
        ("Đơn vị thực hiện", EXECUTORS),
        ("Phối hợp", EXECUTORS),
        ("Các đơn vị", EXECUTORS),
        # read by wording now (the PDF mapper fell back on the position or another word)
        ("Số thứ tự", NUMBER),
        ("S TT", NUMBER),
        ("Hoạt động", CONTENT),
        ("Tiến độ", DUE),
        ("Tiến độ thực hiện", DUE),
        ("Thời gian triển khai", DUE),
        ("Phụ trách", GUIDE),
        ("Đơn vị phụ trách", GUIDE),
        ("Bộ phận phụ trách", GUIDE),
        ("Đối tượng tham gia", EXECUTORS),
        ("Cá nhân thực hiện", EXECUTORS),
        ("Nội  dung\nnhiệm vụ", CONTENT),
        ("NỘI DUNG", CONTENT),
        ("Ghi chú", ""),
        ("Kết quả", ""),
    ],
)
def test_a_column_title_names_its_field(title, field):
    assert timetable_column_field(title) == field


def test_a_field_claimed_twice_leaves_the_second_column_empty():
    assert timetable_column_fields(["TT", "Nội dung", "Thời gian", "Thời hạn", "Đơn vị thực hiện"]) == [
        NUMBER,
        CONTENT,
        DUE,
        "",
        EXECUTORS,
    ]


def test_by_position_for_printing():
    headers = ["STT", "Thời gian", "Nội dung", "Thực hiện", "Ghi chú"]
    assert timetable_column_fields(headers) == [NUMBER, DUE, CONTENT, EXECUTORS, ""]
    # "Ghi chú" stands where the due date would, but the due date has its column already.
    assert timetable_column_fields(headers, by_position=True) == [NUMBER, DUE, CONTENT, EXECUTORS, ""]
    assert timetable_column_fields(["A", "B", "C", "D", "E", "F"], by_position=True) == [
        NUMBER,
        CONTENT,
        GUIDE,
        EXECUTORS,
        DUE,
        "",
    ]
    assert timetable_column_fields(["A", "B", "C", "D", "E", "F"]) == [""] * 6


def test_the_plan_reader_uses_the_mapper():
    text = "\n\n".join(
        [
            "KẾ HOẠCH",
            "Thi đua năm học 2023 - 2024",
            "I. MỤC ĐÍCH",
            "Nâng cao chất lượng.",
            "| TT | Nội dung | Các đơn vị | Hạn nộp |\n|---|---|---|---|\n"
            "| 1 | Nộp bản đăng ký thi đua | Các trường | 15/10 |\n| 2 | Báo cáo sơ kết | Các trường | 20/01 |",
        ]
    )
    tt = parse_plan_text(text).plan.timetable
    assert tt is not None
    assert [(r.content, r.executors, r.due, r.due_iso) for r in tt.rows] == [
        ("Nộp bản đăng ký thi đua", "Các trường", "15/10", "2023-10-15"),
        ("Báo cáo sơ kết", "Các trường", "20/01", "2024-01-20"),
    ]

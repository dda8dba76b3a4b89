"""Dates of official papers: the date finder on sentences written in real officialese (bases that
cite documents, deadlines, ranges, months, anniversaries), what is not a date, and the two ways
the program writes a date (formal line and screen date)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

import pytest

from thiduadesk.domain import text_files
from thiduadesk.domain.date_finder import (
    DAY,
    MONTH,
    YEAR_GIVEN,
    YEAR_RANGE,
    YEAR_SCHOOL,
    YEAR_SENTENCE,
    YEAR_WRITTEN,
    find_dates,
)
from thiduadesk.domain.dates import BLANK, DocDate, formal_date, place_date_line, screen_date
from thiduadesk.domain.plan_text import parse_plan_text

DATA = Path(__file__).resolve().parents[1] / "data"


def found(text: str, **kwargs) -> list[tuple]:
    """(date as written, iso, precision, intro, cited kind, cited number) of each date."""
    out = []
    for d in find_dates(text, **kwargs):
        assert unicodedata.normalize("NFC", text)[d.start : d.end] == d.text
        assert d.cites_document == bool(d.cited_kind)
        out.append((d.text, d.iso, d.precision, d.intro, d.cited_kind, d.cited_number))
    return out


# --- dates of cited documents --------------------------------------------------------------------

CITED = [
    (
        "Thực hiện Kế hoạch số 636/KH-SGDĐT ngày 22/02/2024 của Sở Giáo dục và Đào tạo Hà Nội về "
        "tổ chức phong trào thi đua năm 2024;",
        [("22/02/2024", "2024-02-22", DAY, "ngày", "Kế hoạch", "636/KH-SGDĐT")],
    ),
    (
        "Căn cứ Chỉ thị số 05/CT-UBND ngày 18 tháng 01 năm 2024 của Ủy ban nhân dân quận Nam Từ Liêm;",
        [("18 tháng 01 năm 2024", "2024-01-18", DAY, "ngày", "Chỉ thị", "05/CT-UBND")],
    ),
    (
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
        [("15 tháng 6 năm 2022", "2022-06-15", DAY, "ngày", "Luật", "")],
    ),
    (
        "Căn cứ Quyết định 1234/QĐ-UBND ngày 5/3/2023 của UBND huyện Thanh Oai về việc ban hành Quy "
        "chế thi đua, khen thưởng;",
        [("5/3/2023", "2023-03-05", DAY, "ngày", "Quyết định", "1234/QĐ-UBND")],
    ),
    (
        "Thực hiện Công văn số 15/PGDĐT-TĐKT ngày 12/3/2024 của Phòng Giáo dục và Đào tạo về việc "
        "đôn đốc nộp hồ sơ khen thưởng;",
        [("12/3/2024", "2024-03-12", DAY, "ngày", "Công văn", "15/PGDĐT-TĐKT")],
    ),
    (
        "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022 của Quốc hội;",
        [("15/6/2022", "2022-06-15", DAY, "ngày", "Luật", "06/2022/QH15")],
    ),
    (
        "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành "
        "một số điều của Luật Thi đua, khen thưởng;",
        [("31/12/2023", "2023-12-31", DAY, "ngày", "Nghị định", "98/2023/NĐ-CP")],
    ),
    (
        "Căn cứ Thông tư số 29/2023/TT-BGDĐT ngày 29 tháng 12 năm 2023 của Bộ trưởng Bộ Giáo dục và "
        "Đào tạo hướng dẫn công tác thi đua, khen thưởng ngành Giáo dục;",
        [("29 tháng 12 năm 2023", "2023-12-29", DAY, "ngày", "Thông tư", "29/2023/TT-BGDĐT")],
    ),
    (
        "Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ;",
        [("31/7/2017", "2017-07-31", DAY, "ngày", "Nghị định", "91/2017/NĐ-CP")],
    ),
    (
        "Thực hiện Hướng dẫn số 1297/HD-SGDĐT ngày 10/4/2023 của Sở GDĐT, Phòng GDĐT hướng dẫn các "
        "trường như sau:",
        [("10/4/2023", "2023-04-10", DAY, "ngày", "Hướng dẫn", "1297/HD-SGDĐT")],
    ),
    (
        "Căn cứ Nghị quyết số 15/NQ-HĐND ngày 08/12/2023 của Hội đồng nhân dân thành phố;",
        [("08/12/2023", "2023-12-08", DAY, "ngày", "Nghị quyết", "15/NQ-HĐND")],
    ),
    (
        "Thực hiện Kế hoạch số 45/KH-UBND ngày 20/01/2024 của UBND quận, các trường gửi báo cáo về "
        "Phòng trước ngày 25/5/2024.",
        [
            ("20/01/2024", "2024-01-20", DAY, "ngày", "Kế hoạch", "45/KH-UBND"),
            ("25/5/2024", "2024-05-25", DAY, "trước ngày", "", ""),
        ],
    ),
    (
        "Căn cứ Quyết định số 2345/QĐ-UBND ngày 15/8/2023 và Quyết định số 2346/QĐ-UBND ngày "
        "16/8/2023 của UBND thành phố;",
        [
            ("15/8/2023", "2023-08-15", DAY, "ngày", "Quyết định", "2345/QĐ-UBND"),
            ("16/8/2023", "2023-08-16", DAY, "ngày", "Quyết định", "2346/QĐ-UBND"),
        ],
    ),
    (
        "Theo đề nghị của Hội đồng Thi đua - Khen thưởng tại Biên bản số 03/BB-HĐTĐKT ngày 28/5/2024;",
        [("28/5/2024", "2024-05-28", DAY, "ngày", "Biên bản", "03/BB-HĐTĐKT")],
    ),
    (
        "Xét Tờ trình số 12/TTr-PGDĐT ngày 03/6/2024 của Phòng Giáo dục và Đào tạo;",
        [("03/6/2024", "2024-06-03", DAY, "ngày", "Tờ trình", "12/TTr-PGDĐT")],
    ),
    (
        "Căn cứ Thông tư liên tịch số 07/2014/TTLT-BGDĐT-BNV ngày 28/3/2014;",
        [("28/3/2014", "2014-03-28", DAY, "ngày", "Thông tư liên tịch", "07/2014/TTLT-BGDĐT-BNV")],
    ),
    (
        "Thực hiện văn bản số 3456/SGDĐT-VP ngày 02-10-2023 của Sở Giáo dục và Đào tạo;",
        [("02-10-2023", "2023-10-02", DAY, "ngày", "Văn bản", "3456/SGDĐT-VP")],
    ),
    (
        "Căn cứ Kế hoạch số 06/KH-PGDĐT, ngày 05 tháng 01 năm 2022 của Phòng Giáo dục và Đào tạo "
        "quận Nam Từ Liêm;",
        [("05 tháng 01 năm 2022", "2022-01-05", DAY, "ngày", "Kế hoạch", "06/KH-PGDĐT")],
    ),
    (
        "Căn cứ Báo cáo số 25/BC-PGDĐT ngày 30.6.2024 về kết quả thực hiện nhiệm vụ năm học 2023-2024;",
        [("30.6.2024", "2024-06-30", DAY, "ngày", "Báo cáo", "25/BC-PGDĐT")],
    ),
    (
        "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo "
        "tư tưởng, đạo đức, phong cách Hồ Chí Minh;",
        [("15/5/2016", "2016-05-15", DAY, "ngày", "Chỉ thị", "05-CT/TW")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CITED)
def test_dates_of_cited_documents(text, expected):
    assert found(text) == expected


def test_every_cited_basis_of_the_sample_and_fixture_plans():
    """The bases of the real plans in tests/data: each "… số <number> ngày <date>" is the date of
    the document with that number."""
    seen = 0
    for path in sorted(DATA.rglob("*")):
        if path.suffix not in (".txt", ".md"):
            continue
        text, _ = text_files.read_text_file(path)
        for basis in parse_plan_text(text).plan.bases:
            m = re.search(r"số (\S+) ngày", basis)
            if not m:
                continue
            first = find_dates(basis)[0]
            assert (first.cites_document, first.cited_number, first.intro) == (True, m.group(1), "ngày"), basis
            seen += 1
    assert seen >= 15


def test_the_citation_as_written():
    (d,) = find_dates("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;")
    assert (d.cites_document, d.cited_kind, d.cited_text) == (True, "Luật", "Luật Thi đua, khen thưởng")
    (d,) = find_dates("Thực hiện kế hoạch số 636/KH-SGDĐT ngày 22/02/2024 của Sở GDĐT;")
    assert (d.cited_kind, d.cited_number, d.cited_text) == ("Kế hoạch", "636/KH-SGDĐT", "kế hoạch số 636/KH-SGDĐT")


def test_an_event_named_like_a_kind_is_no_citation():
    # "Kế hoạch tổ chức …" in lower case after the kind is the event, not a document's name.
    (d,) = find_dates("Thực hiện kế hoạch tổ chức Ngày hội đọc sách vào ngày 21/4/2024.")
    assert (d.iso, d.intro, d.cites_document) == ("2024-04-21", "vào ngày", False)


# --- deadlines, ranges, months, anniversaries ----------------------------------------------------

OTHER = [
    (
        "Các trường gửi báo cáo sơ kết học kỳ I về Phòng Giáo dục và Đào tạo trước ngày 25/01/2024.",
        {},
        [("25/01/2024", "2024-01-25", DAY, "trước ngày", "", "")],
    ),
    (
        "Chậm nhất ngày 15.10.2023, các trường nộp bản đăng ký thi đua về bộ phận Thi đua - Khen thưởng.",
        {},
        [("15.10.2023", "2023-10-15", DAY, "chậm nhất ngày", "", "")],
    ),
    (
        "Tổ chức Hội khỏe Phù Đổng cấp quận từ ngày 01/3 đến ngày 22/3/2024 tại các trường.",
        {},
        [("01/3", "2024-03-01", DAY, "từ ngày", "", ""), ("22/3/2024", "2024-03-22", DAY, "đến ngày", "", "")],
    ),
    (
        "Tháng 9/2023: phát động phong trào thi đua, ký giao ước thi đua.",
        {},
        [("9/2023", "2023-09", MONTH, "tháng", "", "")],
    ),
    (
        "Trong tháng 02/2024, các đơn vị hoàn thiện hồ sơ đề nghị khen thưởng.",
        {},
        [("02/2024", "2024-02", MONTH, "trong tháng", "", "")],
    ),
    (
        "Sơ kết học kỳ I vào tháng 3 năm 2024 (lồng ghép với hội nghị cán bộ, công chức).",
        {},
        [("3 năm 2024", "2024-03", MONTH, "vào tháng", "", "")],
    ),
    (
        "Kỷ niệm 70 năm Ngày Chiến thắng Điện Biên Phủ (07/5/1954 - 07/5/2024).",
        {},
        [("07/5/1954", "1954-05-07", DAY, "", "", ""), ("07/5/2024", "2024-05-07", DAY, "", "", "")],
    ),
    (
        "Nam Từ Liêm, ngày 05 tháng 01 năm 2022",
        {},
        [("05 tháng 01 năm 2022", "2022-01-05", DAY, "ngày", "", "")],
    ),
    (
        "Sa Đéc, ngày 29 tháng 6 năm 2019",
        {},
        [("29 tháng 6 năm 2019", "2019-06-29", DAY, "ngày", "", "")],
    ),
    (
        "Từ 15/12 đến 15/01/2024, các trường tổ chức sơ kết học kỳ I.",
        {},
        [("15/12", "2023-12-15", DAY, "từ", "", ""), ("15/01/2024", "2024-01-15", DAY, "đến", "", "")],
    ),
    (
        "Nộp hồ sơ về Phòng (qua bộ phận một cửa) chậm nhất vào ngày 10/7.",
        {"year": 2024},
        [("10/7", "2024-07-10", DAY, "chậm nhất vào ngày", "", "")],
    ),
    (
        "Hoàn thành việc đăng ký thi đua trước ngày 30/9; sơ kết học kỳ I trước ngày 15/01.",
        {"school_year": (2023, 2024)},
        [("30/9", "2023-09-30", DAY, "trước ngày", "", ""), ("15/01", "2024-01-15", DAY, "trước ngày", "", "")],
    ),
    (
        "Từ ngày 05/9, các trường triển khai và gửi kế hoạch về Phòng trước ngày 20/9/2023.",
        {"year": 2024},
        [("05/9", "2023-09-05", DAY, "từ ngày", "", ""), ("20/9/2023", "2023-09-20", DAY, "trước ngày", "", "")],
    ),
    (
        "Dự kiến tổ chức Hội nghị tổng kết trong tháng 5 - 6/2024.",
        {},
        [("5", "2024-05", MONTH, "trong tháng", "", ""), ("6/2024", "2024-06", MONTH, "", "", "")],
    ),
    (
        "Thời gian: từ tháng 9/2023 đến hết tháng 5/2024.",
        {},
        [("9/2023", "2023-09", MONTH, "từ tháng", "", ""), ("5/2024", "2024-05", MONTH, "đến hết tháng", "", "")],
    ),
    (
        "Bến Tre, ngày      tháng 10 năm 2024",
        {},
        [("10 năm 2024", "2024-10", MONTH, "tháng", "", "")],
    ),
]


@pytest.mark.parametrize(("text", "kwargs", "expected"), OTHER)
def test_deadlines_ranges_months(text, kwargs, expected):
    assert found(text, **kwargs) == expected


def test_at_least_thirty_sentences_half_of_them_citations():
    assert len(CITED) + len(OTHER) >= 30
    assert len(CITED) >= len(OTHER)


def test_where_the_year_comes_from():
    dates = find_dates("Từ ngày 01/3 đến ngày 22/3/2024 tại các trường.")
    assert [d.year_from for d in dates] == [YEAR_RANGE, YEAR_WRITTEN]
    dates = find_dates("Từ ngày 05/9, các trường gửi kế hoạch trước ngày 20/9/2023.", year=2024)
    assert [d.year_from for d in dates] == [YEAR_SENTENCE, YEAR_WRITTEN]
    (d,) = find_dates("Nộp trước ngày 30/9.", school_year=(2023, 2024))
    assert (d.iso, d.year_from) == ("2023-09-30", YEAR_SCHOOL)
    (d,) = find_dates("Nộp trước ngày 30/9.", year=2022)
    assert (d.iso, d.year_from) == ("2022-09-30", YEAR_GIVEN)
    # A cited document's date lends no year to the sentence's deadline.
    assert found("Gửi trước ngày 25/01 (theo Kế hoạch số 5/KH-UBND ngày 10/12/2023).") == [
        ("10/12/2023", "2023-12-10", DAY, "ngày", "Kế hoạch", "5/KH-UBND")
    ]


# --- what is not a date ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kwargs"),
    [
        ("Sa Đéc, ngày  tháng  năm 2024", {}),
        ("Nam Từ Liêm, ngày\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0tháng\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0năm 2024", {}),
        ("(Kèm theo Quyết định số …/QĐ-UBND ngày … tháng … năm … của …)", {}),
        ("Kế hoạch số      /KH-PGDĐT ngày      tháng      năm 2024", {}),
        ("Hạn chót 31/02/2024.", {}),
        ("Tháng 13/2024 không có.", {}),
        ("ngày 32 tháng 1 năm 2024", {}),
        ("ngày 29/02/2023", {}),
        ("15/13/2024", {}),
        ("Căn cứ Thông tư số 12/2019/TT-BNV của Bộ Nội vụ;", {}),
        ("Số: 06/KH-PGDĐT", {}),
        ("Tổng kết năm học 2023-2024 và năm học 2023 - 2024.", {}),
        ("Có 3/5 tiêu chí đạt yêu cầu.", {"year": 2024}),
        ("Nộp về Phòng ngày 25/01.", {}),
        ("Tháng 3 sơ kết.", {}),
        ("Kinh phí 2.500.000 đồng; điện thoại 0912.345.678.", {}),
        ("", {}),
    ],
)
def test_not_dates(text, kwargs):
    assert find_dates(text, **kwargs) == []


def test_a_bare_day_and_month_needs_words_a_range_or_a_cell():
    assert found("15/10", year=2024) == [("15/10", "2024-10-15", DAY, "", "", "")]
    assert find_dates("Tuần 2 (15/10)", year=2024) == []
    assert found("Tuần 2 (15/10)", year=2024, cell=True) == [("15/10", "2024-10-15", DAY, "", "", "")]
    assert found("15/10 - 20/10", year=2024) == [
        ("15/10", "2024-10-15", DAY, "", "", ""),
        ("20/10", "2024-10-20", DAY, "", "", ""),
    ]


def test_offsets_refer_to_the_nfc_text():
    text = unicodedata.normalize("NFD", "Thực hiện Kế hoạch số 636/KH-SGDĐT ngày 22/02/2024;")
    nfc = unicodedata.normalize("NFC", text)
    assert len(nfc) < len(text)
    (d,) = find_dates(text)
    assert (d.start, d.end) == (nfc.index("22/02/2024"), nfc.index("22/02/2024") + 10)
    assert (d.intro, d.cited_kind, d.cited_number) == ("ngày", "Kế hoạch", "636/KH-SGDĐT")


def test_the_formal_line_reads_back():
    (d,) = find_dates(place_date_line("Nam Từ Liêm", DocDate(5, 1, 2022)))
    assert (d.iso, d.intro) == ("2022-01-05", "ngày")


# --- writing dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("date", "line"),
    [
        (DocDate(5, 1, 2022), "ngày 05 tháng 01 năm 2022"),
        (DocDate(29, 6, 2019), "ngày 29 tháng 6 năm 2019"),
        (DocDate(1, 2, 2024), "ngày 01 tháng 02 năm 2024"),
        (DocDate(10, 3, 2024), "ngày 10 tháng 3 năm 2024"),
        (DocDate(9, 12, 2023), "ngày 09 tháng 12 năm 2023"),
        (DocDate(None, 9, 2024), f"ngày {BLANK} tháng 9 năm 2024"),
        (DocDate(None, None, 2024), f"ngày {BLANK} tháng {BLANK} năm 2024"),
        (DocDate(), f"ngày {BLANK} tháng {BLANK} năm {BLANK}"),
    ],
)
def test_formal_date(date, line):
    assert formal_date(date) == line


def test_place_date_line():
    assert place_date_line("Nam Từ Liêm", DocDate(5, 1, 2022)) == "Nam Từ Liêm, ngày 05 tháng 01 năm 2022"
    assert place_date_line("", DocDate(29, 6, 2019)) == "Ngày 29 tháng 6 năm 2019"


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (dt.date(2024, 1, 5), "05/01/2024"),
        (dt.date(2019, 6, 29), "29/06/2019"),
        ("2024-01-05", "05/01/2024"),
        ("2024-01-05T10:30:00", "05/01/2024"),
        ("2024-01", "01/2024"),
        (DocDate(5, 1, 2022), "05/01/2022"),
        (DocDate(None, 1, 2022), "../01/2022"),
        (DocDate(), ""),
        (None, ""),
        ("", ""),
    ],
)
def test_screen_date(value, shown):
    assert screen_date(value) == shown

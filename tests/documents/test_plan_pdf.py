"""The plan printed as PDF in the Decree 30 format, read back: page sizes, fonts, text and
its order, positions (margins, page numbers, header lines), drafts, NFC, appendix tables and
byte-for-byte repeatability."""

from __future__ import annotations

import io
import re
import unicodedata

import pytest

from tests.documents.pdf_helpers import (
    A4_H,
    A4_W,
    MM,
    find_chars,
    find_in_order,
    fonts_without_embedding,
    glyphs_outside_margins,
    lines_of,
    read_pdf,
    squash,
)
from tests.documents.plan_fixtures import (
    long_plan,
    long_timetable_plan,
    para,
    printed_paragraphs,
    short_plan,
)
from thiduadesk.documents.letter import QUOC_HIEU, TIEU_NGU
from thiduadesk.documents.plan_pdf import plan_pdf_bytes, render_plan_pdf
from thiduadesk.domain.plan import DEFAULT_TIMETABLE_HEADERS, Plan, Recipient

# --- rendered once per module --------------------------------------------------------------------


@pytest.fixture(scope="module")
def long_pdf() -> bytes:
    return plan_pdf_bytes(long_plan())


@pytest.fixture(scope="module")
def long_pages(long_pdf):
    return read_pdf(long_pdf, tables=True)


@pytest.fixture(scope="module")
def short_pdf() -> bytes:
    return plan_pdf_bytes(short_plan())


@pytest.fixture(scope="module")
def short_pages(short_pdf):
    return read_pdf(short_pdf)


@pytest.fixture(scope="module")
def tt60_pdf() -> bytes:
    return plan_pdf_bytes(long_timetable_plan(60))


@pytest.fixture(scope="module")
def tt60_pages(tt60_pdf):
    return read_pdf(tt60_pdf, tables=True)


def body_pages(pages):
    return [p for p in pages if not p.landscape]


def appendix_pages(pages):
    return [p for p in pages if p.landscape]


# --- page size and fonts -----------------------------------------------------------------------


def test_pages_are_a4_and_the_appendix_is_landscape(long_pages):
    portrait = body_pages(long_pages)
    landscape = appendix_pages(long_pages)
    assert len(portrait) >= 3 and landscape, [(p.width, p.height) for p in long_pages]
    for page in portrait:
        assert page.width == pytest.approx(A4_W, abs=0.01)
        assert page.height == pytest.approx(A4_H, abs=0.01)
    for page in landscape:
        assert page.width == pytest.approx(A4_H, abs=0.01)
        assert page.height == pytest.approx(A4_W, abs=0.01)
    # The appendix comes last and starts on its own (landscape) page.
    first_landscape = landscape[0].number
    assert all(p.landscape for p in long_pages[first_landscape - 1 :])
    assert squash(landscape[0].text).startswith("PHỤ LỤC")


def test_short_plan_is_all_portrait(short_pages):
    assert short_pages and not appendix_pages(short_pages)


@pytest.mark.parametrize("which", ["long_pdf", "short_pdf", "tt60_pdf"])
def test_every_font_is_embedded(which, request):
    assert fonts_without_embedding(request.getfixturevalue(which)) == []


def test_body_is_14pt_with_bold_and_italic_runs(long_pages):
    chars = [c for p in body_pages(long_pages) for c in p.chars]
    body = find_chars(chars, "Quan tâm khen thưởng thành tích đột xuất")
    assert body and {round(c["size"]) for c in body} == {14}
    assert all("Bold" not in c["fontname"] and "Italic" not in c["fontname"] for c in body)
    bold = find_chars(chars, "trước ngày 20/01/2022")
    assert bold and all("Bold" in c["fontname"] for c in bold)
    italic = find_chars(chars, "Thi đua đảm bảo an ninh, quốc phòng")
    assert italic and all("Italic" in c["fontname"] for c in italic)
    heading = find_chars(chars, "II. NỘI DUNG THỰC HIỆN")
    assert heading and all("Bold" in c["fontname"] for c in heading)


# --- text --------------------------------------------------------------------------------------


@pytest.mark.parametrize("make,fixture", [(long_plan, "long_pages"), (short_plan, "short_pages")])
def test_every_body_paragraph_is_printed_in_order(make, fixture, request):
    pages = request.getfixturevalue(fixture)
    text = "\n".join(p.body_text for p in body_pages(pages))
    expected = printed_paragraphs(make())
    assert len(expected) > 10
    assert find_in_order(text, expected) == []


def test_header_lines(long_pages):
    first = long_pages[0]
    lines = [t for _, t in lines_of(first)]
    joined = "\n".join(lines)
    for needle in (QUOC_HIEU, TIEU_NGU, "UBND QUẬN NAM TỪ LIÊM", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "KẾ HOẠCH"):
        assert needle in joined, needle
    # "Số" and the place-and-date line stand on the same line, "Số" in the left column.
    row = next(t for t in lines if "Số:" in t)
    assert row == "Số: 06/KH-PGDĐT Nam Từ Liêm, ngày 05 tháng 01 năm 2022"
    # Quốc hiệu on the first line, beside the governing body.
    assert lines[0] == f"UBND QUẬN NAM TỪ LIÊM {QUOC_HIEU}"
    # Title under the document type, centred.
    title = next(t for t in lines if t.startswith("Công tác Thi đua"))
    assert title == long_plan().title


def test_header_columns_and_date_in_italic(long_pages):
    chars = long_pages[0].chars
    width = A4_W - 45 * MM
    left_edge = 30 * MM
    qh = find_chars(chars, QUOC_HIEU)
    assert qh and min(c["x0"] for c in qh) > left_edge + 0.40 * width  # right column
    assert all("Bold" in c["fontname"] for c in qh)
    office = find_chars(chars, "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO")
    assert office and max(c["x1"] for c in office) < left_edge + 0.46 * width  # left column
    assert all("Bold" in c["fontname"] for c in office)
    date = find_chars(chars, "Nam Từ Liêm, ngày 05 tháng 01 năm 2022")
    assert date and all("Italic" in c["fontname"] for c in date)
    assert {round(c["size"]) for c in date} == {14}


def test_draft_number_and_day_are_blank(short_pages):
    first = short_pages[0]
    text = first.text
    assert re.search(r"Số:[\s\u00a0]+/KH-PGDĐT", text), text[:300]
    assert re.search(r"Sa Đéc, ngày[\s\u00a0]+tháng 02 năm 2022", text), text[:300]
    # The blanks leave room to write the number and the day by hand.
    number = find_chars(first.chars, "Số:/KH")
    colon, slash = number[2], number[3]
    assert slash["text"] == "/" and slash["x0"] - colon["x1"] > 12
    day = find_chars(first.chars, "ngàytháng02")
    assert day[4]["x0"] - day[3]["x1"] > 12


def test_closing_block(long_pages):
    last_body = body_pages(long_pages)[-1]
    lines = lines_of(last_body)
    texts = [t for _, t in lines]
    noi_nhan = next(i for i, t in enumerate(texts) if t.startswith("Nơi nhận:"))
    # "Nơi nhận:" is level with the signer's first title line.
    assert texts[noi_nhan] == "Nơi nhận: KT. TRƯỞNG PHÒNG"
    chars = last_body.chars
    nn = find_chars(chars, "Nơi nhận:")
    assert nn and all("Bold" in c["fontname"] and "Italic" in c["fontname"] for c in nn)
    assert {round(c["size"]) for c in nn} == {12}
    after = texts[noi_nhan + 1 :]
    assert after[0].startswith("- Sở GDĐT Hà Nội;")
    recipients = [t.split(" PHÓ")[0] for t in after if t.startswith("- ")]
    assert recipients == [
        "- Sở GDĐT Hà Nội;",
        "- UBND quận Nam Từ Liêm;",
        "- Các trường thuộc quận;",
        "- Đ/c Lãnh đạo PGDĐT;",
        "- Lưu: VT.",
    ]
    assert "PHÓ TRƯỞNG PHÒNG" in "\n".join(texts)
    name_line = next(i for i, (_, t) in enumerate(lines) if t.endswith("Nguyễn Thị Hương"))
    # Room for the signature: at least 2.5 cm between the last title line and the name.
    title_bottom = next(y for y, t in lines if "PHÓ TRƯỞNG PHÒNG" in t)
    assert lines[name_line][0] - title_bottom > 25 * MM
    # The recipient lines are 11 pt.
    rc = find_chars(chars, "- Sở GDĐT Hà Nội;")
    assert rc and {round(c["size"]) for c in rc} == {11}
    signer = find_chars(chars, "KT. TRƯỞNG PHÒNG")
    assert signer and all("Bold" in c["fontname"] for c in signer)


# --- positions -----------------------------------------------------------------------------------


def _in_top_margin(c) -> bool:
    return c["bottom"] < 20 * MM


_check_margins = glyphs_outside_margins


@pytest.mark.parametrize("fixture", ["long_pages", "short_pages", "tt60_pages"])
def test_every_glyph_is_inside_the_margins(fixture, request):
    assert _check_margins(request.getfixturevalue(fixture)) == []


def test_long_words_and_cells_wrap_inside_the_margins():
    plan = long_plan()
    word = "https://pgd.example.edu.vn/" + "thiduakhenthuong" * 20
    plan.body[0].children[0].children.append(para(f"- Địa chỉ: {word}"))
    plan.timetable.rows[0].content = word
    plan.timetable.rows[1].guide = "Phòng" + "x" * 120
    plan.timetable.rows[2].content = "Rất dài " * 600  # taller than a landscape page
    pages = read_pdf(plan_pdf_bytes(plan))
    assert _check_margins(pages) == []
    assert appendix_pages(pages)


def _page_number_chars(page):
    return [c for c in page.chars if _in_top_margin(c)]


def test_page_numbers(long_pages):
    assert _page_number_chars(long_pages[0]) == []
    body = body_pages(long_pages)
    centre = 30 * MM + (A4_W - 45 * MM) / 2
    for n, page in enumerate(body[1:], start=2):
        digits = _page_number_chars(page)
        assert "".join(c["text"] for c in digits) == str(n)
        mid = (min(c["x0"] for c in digits) + max(c["x1"] for c in digits)) / 2
        assert mid == pytest.approx(centre, abs=1.0)
        assert all(c["top"] > 0 and c["bottom"] < 20 * MM for c in digits)
        assert round(digits[0]["size"]) == 13


def test_the_appendix_is_numbered_on_its_own(tt60_pages):
    appendix = appendix_pages(tt60_pages)
    assert len(appendix) >= 3
    assert _page_number_chars(appendix[0]) == []
    centre = 30 * MM + (A4_H - 45 * MM) / 2
    for n, page in enumerate(appendix[1:], start=2):
        digits = _page_number_chars(page)
        assert "".join(c["text"] for c in digits) == str(n)
        mid = (min(c["x0"] for c in digits) + max(c["x1"] for c in digits)) / 2
        assert mid == pytest.approx(centre, abs=1.0)


def test_the_signature_never_stands_alone():
    """However long the body, the signer's name shares its page with the end of the body."""
    last_words = "thực hiện tốt Kế hoạch này./."
    for extra in range(0, 14):
        plan = short_plan()
        filler = [
            para(f"- Nội dung bổ sung số {i} của kế hoạch, viết đủ dài để chiếm hai dòng trên trang giấy A4.")
            for i in range(extra)
        ]
        plan.body[-1].children[0:0] = filler
        pages = read_pdf(plan_pdf_bytes(plan))
        signed = [p for p in pages if "Nguyễn Công Hiếu" in p.text]
        assert len(signed) == 1, extra
        assert last_words in squash(signed[0].text), extra
        assert "TRƯỞNG PHÒNG" in signed[0].text


# --- drafts, NFC, markup ------------------------------------------------------------------------


def test_decomposed_input_prints_composed():
    plan = short_plan()
    nfd = "Thi đua “Dạy tốt - Học tốt”, đổi mới sáng tạo; khen thưởng kịp thời, chính xác, công khai."
    plan.body[0].children[0].children.append(para("- " + unicodedata.normalize("NFD", nfd)))
    plan.title = unicodedata.normalize("NFD", plan.title)
    plan.office_name = unicodedata.normalize("NFD", plan.office_name)
    plan.recipients.insert(0, Recipient(unicodedata.normalize("NFD", "Sở Giáo dục và Đào tạo")))
    pages = read_pdf(plan_pdf_bytes(plan))
    text = "\n".join(p.text for p in pages)
    assert unicodedata.normalize("NFC", text) == text
    assert not any(unicodedata.combining(ch) for ch in text)
    assert nfd in squash(text)
    assert "Phát động phong trào thi đua yêu nước năm 2022" in text
    assert "- Sở Giáo dục và Đào tạo;" in text


def test_markup_characters_print_literally():
    plan = short_plan()
    plan.body[0].children[0].children.append(para("- Mục <b>không đậm</b> & điểm > 5 < 10"))
    text = squash("\n".join(p.text for p in read_pdf(plan_pdf_bytes(plan))))
    assert "- Mục <b>không đậm</b> & điểm > 5 < 10" in text


def test_sentence_case_roman_headings_print_in_capitals(short_pages):
    assert "I. MỤC ĐÍCH, YÊU CẦU" in short_pages[0].text


def test_an_empty_plan_still_prints():
    pages = read_pdf(plan_pdf_bytes(Plan()))
    assert len(pages) == 1
    assert QUOC_HIEU in pages[0].text


# --- timetable ---------------------------------------------------------------------------------


def _appendix_rows(pages):
    rows = []
    for page in appendix_pages(pages):
        for table in page.tables:
            rows.extend(table)
    return rows


def test_timetable_appendix(long_pages):
    appendix = appendix_pages(long_pages)
    head = squash(appendix[0].text)
    assert head.startswith(
        "PHỤ LỤC TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2022 "
        "(Kèm theo Kế hoạch số 06/KH-PGDĐT ngày 05 tháng 01 năm 2022 của Phòng Giáo dục và Đào tạo)"
    )
    rows = [[squash(c or "") for c in row] for row in _appendix_rows(long_pages)]
    headers = [squash(h) for h in DEFAULT_TIMETABLE_HEADERS]
    assert rows[0] == headers
    body = [r for r in rows if r != headers]
    groups = [r[0] for r in body if not any(r[1:])]
    assert groups == ["Quý I - 2022", "Quý II - 2022", "Quý III - 2022", "Quý IV - 2022"]
    numbered = [r for r in body if any(r[1:])]
    assert [r[0] for r in numbered] == [f"{i}." for i in range(1, 10)]
    plan = long_plan()
    for row, source in zip(numbered, plan.timetable.rows, strict=True):
        assert row[1:] == [squash(source.content), source.guide, source.executors, source.due]
    assert "(Thời gian có thể thay đổi do diễn biến phức tạp của dịch Covid 19)" in appendix[-1].text


def test_timetable_header_row_repeats_on_every_page(tt60_pages):
    appendix = appendix_pages(tt60_pages)
    assert len(appendix) >= 3
    headers = [squash(h) for h in DEFAULT_TIMETABLE_HEADERS]
    for page in appendix:
        assert page.tables, page.number
        assert [squash(c or "") for c in page.tables[0][0]] == headers, page.number
    numbers = [
        squash(r[0] or "")
        for r in _appendix_rows(tt60_pages)
        if r[0] and re.fullmatch(r"\d+\.", squash(r[0]))
    ]
    assert numbers == [f"{i}." for i in range(1, 61)]


def test_a_group_title_never_ends_a_page(tt60_pages):
    for page in appendix_pages(tt60_pages):
        last = page.tables[-1][-1]
        assert any(last[1:]), (page.number, last)


def test_timetable_inside_the_body():
    plan = long_plan()
    plan.timetable.as_appendix = False
    pages = read_pdf(plan_pdf_bytes(plan), tables=True)
    assert not appendix_pages(pages)
    text = squash("\n".join(p.text for p in pages))
    assert "PHỤ LỤC" not in text
    table_at = text.find("Tiến độ thực hiện các nhiệm vụ trọng tâm")
    assert text.find("TỔ CHỨC THỰC HIỆN") < table_at < text.find("Nơi nhận:")
    rows = [r for p in pages for t in p.tables for r in t]
    assert [squash(c or "") for c in rows[0]] == [squash(h) for h in DEFAULT_TIMETABLE_HEADERS]
    assert _check_margins(pages) == []


# --- repeatability and output targets --------------------------------------------------------------


def test_two_renders_are_byte_identical(long_pdf):
    assert plan_pdf_bytes(long_plan()) == long_pdf
    # Rendering something else in between changes nothing.
    plan_pdf_bytes(short_plan())
    assert plan_pdf_bytes(long_plan()) == long_pdf


def test_render_to_a_path_or_a_file_object(tmp_path, long_pdf):
    path = tmp_path / "ke-hoach.pdf"
    render_plan_pdf(long_plan(), path)
    assert path.read_bytes() == long_pdf
    render_plan_pdf(long_plan(), str(tmp_path / "as-str.pdf"))
    assert (tmp_path / "as-str.pdf").read_bytes() == long_pdf
    buf = io.BytesIO()
    render_plan_pdf(long_plan(), buf)
    assert buf.getvalue() == long_pdf
    assert sorted(p.name for p in tmp_path.iterdir()) == ["as-str.pdf", "ke-hoach.pdf"]


def test_pdf_metadata(long_pdf):
    import pypdf

    info = pypdf.PdfReader(io.BytesIO(long_pdf)).metadata
    assert info.title == "Kế hoạch Công tác Thi đua - Khen thưởng Ngành Giáo dục và Đào tạo năm 2022"
    assert info.author == "Phòng Giáo dục và Đào tạo"

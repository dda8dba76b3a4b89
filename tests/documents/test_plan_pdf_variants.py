"""Plans the program has never seen, printed and read back (tests/documents/plan_variants.py):
every variant is A4, embeds its fonts, keeps every glyph inside the Decree 30 margins, numbers
its pages from page 2 (each appendix on its own), prints its text in order, never leaves the
signature alone on a page nor half a page empty before it, and prints the same bytes twice.
Then what each variant is about: the long office name, the long title, the signer's authority
lines, many recipients, deep nesting, long paragraphs, timetables in every shape, empty fields,
markup characters and NFD input, a three-digit number with a June date."""

from __future__ import annotations

import io
import re
import unicodedata

import pdfplumber
import pytest

from tests.documents import plan_variants as pv
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
from tests.documents.plan_fixtures import printed_paragraphs
from thiduadesk.documents import fonts
from thiduadesk.documents.letter import HEADER_LEFT_SHARE, HEADER_SIZE, QUOC_HIEU, header_lines
from thiduadesk.documents.plan_pdf import plan_pdf_bytes
from thiduadesk.domain.plan import Plan, Recipient

NAMES = list(pv.VARIANTS)
FRAME_W = A4_W - 45 * MM
LEFT_EDGE = 30 * MM
LEFT_COL_RIGHT = LEFT_EDGE + FRAME_W * HEADER_LEFT_SHARE
LEFT_COL_CENTRE = LEFT_EDGE + FRAME_W * HEADER_LEFT_SHARE / 2
RIGHT_COL_CENTRE = (LEFT_COL_RIGHT + A4_W - 15 * MM) / 2
FRAME_CENTRE = LEFT_EDGE + FRAME_W / 2
# The most a page of the body may leave empty at its foot before the next page: about the
# height of a closing block plus a table row (when the closing block does not fit, the last
# row or lines go with it). Moving a whole timetable or long paragraph left 280–500 pt.
MAX_FOOT_GAP = 200


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


class Rendered:
    def __init__(self, name: str):
        self.name = name
        self.plan: Plan = pv.VARIANTS[name]()
        self.data = plan_pdf_bytes(self.plan)
        self.pages = read_pdf(self.data, tables=True)

    @property
    def body(self):
        return [p for p in self.pages if not p.landscape]

    @property
    def appendix(self):
        return [p for p in self.pages if p.landscape]


_CACHE: dict[str, Rendered] = {}


def rendered(name: str) -> Rendered:
    if name not in _CACHE:
        _CACHE[name] = Rendered(name)
    return _CACHE[name]


def has_appendix(plan: Plan) -> bool:
    return bool(plan.timetable and plan.timetable.rows and plan.timetable.as_appendix)


def top_margin_chars(page):
    return [c for c in page.chars if c["bottom"] < 20 * MM and c["text"].strip()]


# --- every variant -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_a4_pages_and_landscape_only_for_the_appendix(name):
    r = rendered(name)
    assert r.body and r.pages[0] is r.body[0]
    for page in r.body:
        assert (page.width, page.height) == pytest.approx((A4_W, A4_H), abs=0.01)
    for page in r.appendix:
        assert (page.width, page.height) == pytest.approx((A4_H, A4_W), abs=0.01)
    if has_appendix(r.plan):
        first = r.appendix[0].number
        assert all(p.landscape for p in r.pages[first - 1 :])
        assert squash(r.appendix[0].text).startswith("PHỤ LỤC")
    else:
        assert not r.appendix


@pytest.mark.parametrize("name", NAMES)
def test_fonts_are_embedded(name):
    assert fonts_without_embedding(rendered(name).data) == []


@pytest.mark.parametrize("name", NAMES)
def test_every_glyph_is_inside_the_margins(name):
    assert glyphs_outside_margins(rendered(name).pages) == []


@pytest.mark.parametrize("name", NAMES)
def test_page_numbers_from_page_2_centred_each_appendix_on_its_own(name):
    r = rendered(name)
    for run in (r.body, r.appendix):
        if not run:
            continue
        assert top_margin_chars(run[0]) == [], (name, run[0].number)
        centre = LEFT_EDGE + (run[0].width - 45 * MM) / 2
        for n, page in enumerate(run[1:], start=2):
            digits = top_margin_chars(page)
            assert "".join(c["text"] for c in digits) == str(n), (name, page.number)
            mid = (min(c["x0"] for c in digits) + max(c["x1"] for c in digits)) / 2
            assert mid == pytest.approx(centre, abs=1.0)
            assert {round(c["size"]) for c in digits} == {13}


@pytest.mark.parametrize("name", NAMES)
def test_text_in_order(name):
    r = rendered(name)
    plan = r.plan
    text = nfc("\n".join(p.body_text for p in r.body))
    head = squash(text).split("KẾ HOẠCH")[0]  # the two header columns read line by line
    for needle in (plan.governing_body, plan.office_name.upper(), QUOC_HIEU):
        # a long office name wraps: its lines interleave with the right column's
        assert all(word in head.split() for word in nfc(needle).split()), needle
    expected = ["KẾ HOẠCH", plan.title]
    expected += printed_paragraphs(plan)
    if plan.recipients:
        expected.append("Nơi nhận:")
    expected += plan.signature.title_lines() + [plan.signature.name]
    expected = [nfc(e) for e in expected if e.strip()]
    assert find_in_order(text, expected) == []
    everything = "\n".join(p.text for p in r.pages)
    assert nfc(everything) == everything and not any(unicodedata.combining(ch) for ch in everything)


def _closing_page(r: Rendered):
    first_title = nfc(r.plan.signature.title_lines()[0])
    pages = [p for p in r.body if any(t.endswith(first_title) for _, t in lines_of(p))]
    assert len(pages) == 1, r.name
    return pages[0]


def _body_tail(plan: Plan) -> str:
    """The last words of the body: of the timetable when it ends the body, else of the last
    paragraph."""
    tt = plan.timetable
    if tt and tt.rows and not tt.as_appendix:
        return tt.note or tt.rows[-1].content
    return printed_paragraphs(plan)[-1]


@pytest.mark.parametrize("name", NAMES)
def test_the_signature_is_never_alone_on_its_page(name):
    r = rendered(name)
    page = _closing_page(r)
    text = nfc(squash(page.text))
    tail = nfc(squash(_body_tail(r.plan)))[-25:]
    assert tail in text, (name, page.number, tail)
    name = nfc(r.plan.signature.name)
    if name:
        assert name in text
        # The name is under the title lines with room for the signature and seal.
        lines = lines_of(page)
        title_y = next(y for y, t in lines if t.endswith(nfc(r.plan.signature.title_lines()[-1])))
        name_y = next(y for y, t in lines if t.endswith(name))
        assert name_y - title_y > 25 * MM


@pytest.mark.parametrize("name", NAMES)
def test_no_page_of_the_body_ends_half_empty(name):
    r = rendered(name)
    for page, following in zip(r.body, r.body[1:], strict=False):
        lowest = max(c["bottom"] for c in page.chars if c["text"].strip())
        rules = [e["bottom"] for e in _edges(r.data, page.number)]
        lowest = max([lowest, *rules])
        gap = page.height - 20 * MM - lowest
        assert gap < MAX_FOOT_GAP, (name, page.number, gap, following.number)


@pytest.mark.parametrize("name", NAMES)
def test_same_plan_same_bytes(name):
    assert plan_pdf_bytes(pv.VARIANTS[name]()) == rendered(name).data


# --- what each variant is about --------------------------------------------------------------------


def _edges(data: bytes, page_number: int) -> list[dict]:
    """Horizontal rules and table lines of a page (pdfplumber 'edges')."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [dict(e) for e in pdf.pages[page_number - 1].edges if e["orientation"] == "h"]


def left_column_text(data: bytes, page_number: int) -> str:
    """The text left of the signature column (the recipient list), line by line."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[page_number - 1]
        return page.crop((0, 0, LEFT_COL_RIGHT + 1, page.height)).extract_text() or ""


def test_one_page_plan_with_one_recipient():
    r = rendered("one_page")
    assert len(r.pages) == 1
    texts = [t for _, t in lines_of(r.pages[0])]
    at = next(i for i, t in enumerate(texts) if t.startswith("Nơi nhận:"))
    assert texts[at] == "Nơi nhận: TRƯỞNG PHÒNG"
    assert texts[at + 1] == "- Các trường trực thuộc."
    assert "- Lưu" not in r.pages[0].text  # nothing added to what the clerk typed


def test_long_office_name_wraps_in_the_left_column_with_its_short_rule():
    r = rendered("long_office")
    page = r.pages[0]
    office = find_chars(page.chars, pv.LONG_OFFICE)
    assert office and all("Bold" in c["fontname"] for c in office)
    assert max(c["x1"] for c in office) <= LEFT_COL_RIGHT + 0.5
    assert min(c["x0"] for c in office) >= LEFT_EDGE - 0.5
    rows = sorted({round(c["bottom"]) for c in office})
    assert len(rows) == 2, rows  # two lines, each centred in the column
    for row in rows:
        chars = [c for c in office if round(c["bottom"]) == row]
        mid = (min(c["x0"] for c in chars) + max(c["x1"] for c in chars)) / 2
        assert mid == pytest.approx(LEFT_COL_CENTRE, abs=1.5)
    # No governing body: the office stands on the first line, beside the Quốc hiệu.
    qh = find_chars(page.chars, QUOC_HIEU)
    assert abs(qh[0]["bottom"] - office[0]["bottom"]) < 3
    # The rule: under the office, above "Số", centred in the column, 1/3–1/2 of the longest line.
    number = find_chars(page.chars, "Số:")
    longest = max(
        max(c["x1"] for c in office if round(c["bottom"]) == row)
        - min(c["x0"] for c in office if round(c["bottom"]) == row)
        for row in rows
    )
    rules = [
        e
        for e in _edges(r.data, 1)
        if max(c["bottom"] for c in office) < e["top"] < number[0]["top"] and e["x1"] <= LEFT_COL_RIGHT
    ]
    assert len(rules) == 1, rules
    rule = rules[0]
    assert (rule["x0"] + rule["x1"]) / 2 == pytest.approx(LEFT_COL_CENTRE, abs=1.0)
    assert longest / 3 - 1 <= rule["x1"] - rule["x0"] <= longest / 2 + 1
    assert "Số: 12/KH-VHXH" in squash(page.text)


def test_a_three_line_title_is_centred_with_its_rule_under_it():
    r = rendered("long_title")
    page = r.pages[0]
    title = find_chars(page.chars, pv.LONG_TITLE)
    assert title and all("Bold" in c["fontname"] for c in title)
    rows = sorted({round(c["bottom"]) for c in title})
    assert len(rows) >= 3
    widths = []
    for row in rows:
        chars = [c for c in title if round(c["bottom"]) == row]
        x0, x1 = min(c["x0"] for c in chars), max(c["x1"] for c in chars)
        widths.append(x1 - x0)
        assert (x0 + x1) / 2 == pytest.approx(FRAME_CENTRE, abs=2.0)
    rules = [e for e in _edges(r.data, 1) if max(c["bottom"] for c in title) < e["top"] < rows[-1] + 20]
    assert len(rules) == 1
    rule = rules[0]
    assert (rule["x0"] + rule["x1"]) / 2 == pytest.approx(FRAME_CENTRE, abs=1.0)
    assert max(widths) / 3 - 1 <= rule["x1"] - rule["x0"] <= max(widths) / 2 + 1


@pytest.mark.parametrize(
    "name,expected",
    [
        ("sign_tm", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]),
        ("sign_q", ["Q. TRƯỞNG PHÒNG"]),
        ("sign_tl", ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"]),
        ("sign_tuq", ["TUQ. GIÁM ĐỐC", "TRƯỞNG PHÒNG TỔ CHỨC CÁN BỘ"]),
        ("sign_kt", ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"]),
    ],
)
def test_authority_and_position_lines(name, expected):
    r = rendered(name)
    page = _closing_page(r)
    texts = [t for _, t in lines_of(page)]
    at = next(i for i, t in enumerate(texts) if t.startswith("Nơi nhận:"))
    assert texts[at] == f"Nơi nhận: {expected[0]}"  # level with the first title line
    for line in expected[1:]:  # the next title lines, on their own rows beside the recipients
        assert any(t.endswith(line) for t in texts[at + 1 : at + 4]), line
    for line in [*expected, r.plan.signature.name]:
        chars = find_chars(page.chars, line)
        chars = [c for c in chars if c["x0"] > LEFT_COL_RIGHT]
        assert chars and all("Bold" in c["fontname"] for c in chars), line
        assert {round(c["size"]) for c in chars} == {14}
        mid = (min(c["x0"] for c in chars) + max(c["x1"] for c in chars)) / 2
        assert mid == pytest.approx(RIGHT_COL_CENTRE, abs=1.5), line


def test_a_two_line_office_breaks_before_the_ward_in_pdf_and_word(tmp_path):
    from docx import Document

    from thiduadesk.exchange.docx_export import export_plan_docx

    r = rendered("sign_tm")
    texts = [t for _, t in lines_of(r.pages[0])]
    assert any(t.startswith("ỦY BAN NHÂN DÂN ") and "PHƯỜNG" not in t for t in texts[:3])
    assert "PHƯỜNG TÂY MỖ" in texts[:4]
    export_plan_docx(r.plan, tmp_path / "tm.docx")
    header = Document(str(tmp_path / "tm.docx")).tables[0].rows[0].cells[0].text
    assert "ỦY BAN NHÂN DÂN\nPHƯỜNG TÂY MỖ" in header


def test_fifteen_recipients_stay_in_their_column():
    r = rendered("many_recipients")
    page = _closing_page(r)
    expected = [
        f"- {n} ({pv.PURPOSES[i % len(pv.PURPOSES)]});" for i, n in enumerate(pv.RECIPIENT_NAMES)
    ] + ["- Lưu: VT, TĐKT."]
    assert len(expected) == 15
    assert find_in_order(left_column_text(r.data, page.number), expected) == []
    recipient_chars = [c for c in page.chars if round(c["size"]) == 11]
    assert max(c["x1"] for c in recipient_chars) <= LEFT_COL_RIGHT + 0.5
    signer_chars = [c for c in page.chars if round(c["size"]) == 14 and "Bold" in c["fontname"]]
    signer_chars = [c for c in signer_chars if c["top"] >= find_chars(page.chars, "Nơi nhận:")[0]["top"] - 3]
    assert signer_chars and min(c["x0"] for c in signer_chars) > LEFT_COL_RIGHT


def test_a_recipient_list_longer_than_a_page_runs_over():
    plan = pv.many_recipients()
    plan.recipients = [Recipient(f"{n} số {i}", "để biết") for i in range(5) for n in pv.RECIPIENT_NAMES]
    pages = read_pdf(plan_pdf_bytes(plan))
    assert len(pages) >= 2
    assert glyphs_outside_margins(pages) == []
    lines = [f"- {r.printed()};" for r in plan.recipients[:-1]] + [f"- {plan.recipients[-1].printed()}."]
    data = plan_pdf_bytes(plan)
    left = "\n".join(left_column_text(data, p.number) for p in pages)
    assert find_in_order(left, lines) == []
    signed = [p for p in pages if "Nguyễn Thị Hương" in p.text]
    assert len(signed) == 1 and "minh bạch./." in squash(signed[0].text)


def test_deep_nesting_with_bold_and_italic_runs():
    r = rendered("deep_nesting")
    chars = [c for p in r.body for c in p.chars]
    for label, font in [
        ("I. NỘI DUNG THỰC HIỆN", "Bold"),
        ("1. Phong trào thi đua", "Bold"),
        ("1.1. Thi đua theo chuyên đề", "BoldItalic"),
        ("a) Đối với các trường mầm non", "Italic"),
    ]:
        found = find_chars(chars, label)
        assert found and all(font in c["fontname"] for c in found), label
    assert all("Bold" in c["fontname"] and "Italic" not in c["fontname"] for c in find_chars(chars, "chữ đậm"))
    assert all("Italic" in c["fontname"] and "Bold" not in c["fontname"] for c in find_chars(chars, "chữ nghiêng"))
    assert all("BoldItalic" in c["fontname"] for c in find_chars(chars, "đậm nghiêng"))
    plain = find_chars(chars, "trong cùng một đoạn")
    assert plain and all(c["fontname"].endswith("TimesNewRoman") or "Bold" not in c["fontname"] for c in plain)


@pytest.mark.parametrize("name", ["long_paragraph", "long_last_paragraph"])
def test_a_paragraph_of_2000_characters(name):
    r = rendered(name)
    text = squash(" ".join(p.body_text for p in r.body))
    para = (pv.SENTENCE * 20)[:2000].rstrip() + "./."
    assert len(para) > 2000
    assert squash(para) in text


def test_the_last_long_paragraph_is_split_not_moved():
    r = rendered("long_last_paragraph")
    assert len(r.body) == 2
    first, second = (squash(p.body_text) for p in r.body)
    # The paragraph starts on page 1 and ends on page 2 with the signature.
    assert pv.LAST_PARAGRAPH_START.strip() in first
    assert "nội dun./." in second and "Nơi nhận:" in second
    assert "Nơi nhận:" not in first


def _rows(pages) -> list[list[str]]:
    return [[squash(c or "") for c in row] for p in pages for t in p.tables for row in t]


def test_a_40_row_timetable_in_the_body():
    r = rendered("timetable_in_body")
    assert not r.appendix and len(r.body) >= 3
    headers = [squash(h) for h in r.plan.timetable.headers]
    pages_with_table = [p for p in r.body if p.tables]
    assert pages_with_table[0] is r.body[0]  # starts under the text on page 1, not a page later
    for page in pages_with_table:
        assert [squash(c or "") for c in page.tables[0][0]] == headers, page.number
    rows = _rows(r.body)
    numbers = [row[0] for row in rows if re.fullmatch(r"\d+\.", row[0])]
    assert numbers == [f"{i}." for i in range(1, 41)]
    groups = [row[0] for row in rows if row[0] and not any(row[1:])]
    assert groups == ["Học kỳ I", "Học kỳ II"]
    text = squash(" ".join(p.text for p in r.body))
    assert text.find("minh bạch./.") < text.find("Tiến độ thực hiện") < text.find("Nhiệm vụ số 1:")
    assert text.find("(Thời gian có thể thay đổi)") < text.find("Nơi nhận:")


def test_a_timetable_appendix_without_groups():
    r = rendered("appendix_no_groups")
    assert len(r.appendix) >= 2
    head = squash(r.appendix[0].text)
    assert "(Kèm theo Kế hoạch số 12/KH-PGDĐT ngày 15 tháng 9 năm 2025 của Phòng Giáo dục và Đào tạo)" in head
    rows = [row for row in _rows(r.appendix) if row[0] != "TT"]
    assert [row[0] for row in rows] == [f"{i}." for i in range(1, 13)]
    assert all(row[1] and row[2] and row[3] and row[4] for row in rows)  # no group rows


def test_a_timetable_with_its_own_columns():
    r = rendered("custom_headers")
    rows = _rows(r.appendix)
    assert rows[0] == ["STT", "Thời gian", "Nội dung", "Thực hiện", "Ghi chú"]
    assert rows[1] == ["1.", "Tháng 01/2026", "Hội nghị sơ kết học kỳ 1", "Các trường", ""]
    assert len(rows) == 6


def test_empty_fields_still_print():
    r = rendered("empty_fields")
    assert len(r.pages) == 1
    text = r.pages[0].text
    assert QUOC_HIEU in text and "KẾ HOẠCH" in text and "TRƯỞNG PHÒNG" in text
    assert "Nơi nhận" not in text
    assert re.search(r"Số:[\s\u00a0]+/KH-PGDĐT", text)
    assert re.search(r"Ngày[\s\u00a0]+tháng[\s\u00a0]+năm", text)
    # Even without a title, nothing prints in Helvetica.
    assert fonts_without_embedding(r.data) == []
    assert not any("Helvetica" in c["fontname"] for c in r.pages[0].chars)


def test_markup_characters_and_nfd_print_literally():
    r = rendered("escaping_and_nfd")
    text = squash(" ".join(p.text for p in r.pages))
    for needle in (
        pv.ESCAPE_TEXT,
        "Thi đua “Dạy tốt & Học tốt” <năm học> 2025 - 2026",
        "PHÒNG GIÁO DỤC & ĐÀO TẠO",
        "Căn cứ Quyết định số 09/2020/QĐ-UBND <ngày 28/4/2020> & các văn bản liên quan;",
        "I. MỤC ĐÍCH & YÊU CẦU",
        '- Sở GD&ĐT <Hà Nội> (để "báo cáo");',
        "Nguyễn Thị Hương & Cộng sự",
        "của Phòng Giáo dục & Đào tạo)",
        "<15/11>",
    ):
        assert nfc(needle) in text, needle
    assert "&amp;" not in text and "&lt;" not in text


def test_three_digit_number_and_a_june_date():
    r = rendered("number_125")
    row = next(t for _, t in lines_of(r.pages[0]) if "Số:" in t)
    assert row == "Số: 125/KH-PGDĐT Nam Từ Liêm, ngày 29 tháng 6 năm 2019"


def test_a_timetable_without_column_titles_prints_the_default_columns(tmp_path):
    from thiduadesk.domain.plan import DEFAULT_TIMETABLE_HEADERS
    from thiduadesk.exchange.docx_export import export_plan_docx

    plan = pv.appendix_no_groups()
    plan.timetable.headers = []
    pages = read_pdf(plan_pdf_bytes(plan), tables=True)
    rows = _rows([p for p in pages if p.landscape])
    assert rows[0] == [squash(h) for h in DEFAULT_TIMETABLE_HEADERS]
    export_plan_docx(plan, tmp_path / "no-headers.docx")


@pytest.mark.parametrize("name", NAMES)
def test_every_variant_exports_to_word(name, tmp_path):
    from docx import Document

    from thiduadesk.exchange.docx_export import export_plan_docx

    plan = pv.VARIANTS[name]()
    path = tmp_path / f"{name}.docx"
    export_plan_docx(plan, path)
    doc = Document(str(path))
    texts = [p.text for p in doc.paragraphs]
    texts += [c.text for t in doc.tables for row in t.rows for c in row.cells]
    text = squash("\n".join(texts))
    assert nfc(text) == text
    for needle in [plan.title, *plan.signature.title_lines(), plan.signature.name]:
        assert squash(nfc(needle)) in text, needle


@pytest.mark.parametrize(
    "name,expected",
    [
        ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", ["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"]),
        (pv.LONG_OFFICE, ["PHÒNG VĂN HÓA - XÃ HỘI", "PHƯỜNG TÂY MỖ"]),
        ("ỦY BAN NHÂN DÂN PHƯỜNG TÂY MỖ", ["ỦY BAN NHÂN DÂN", "PHƯỜNG TÂY MỖ"]),
        ("ỦY BAN NHÂN DÂN THỊ XÃ PHÚ MỸ", ["ỦY BAN NHÂN DÂN", "THỊ XÃ PHÚ MỸ"]),
        ("PHÒNG VĂN HÓA - XÃ HỘI XÃ ĐÔNG ANH", ["PHÒNG VĂN HÓA - XÃ HỘI", "XÃ ĐÔNG ANH"]),
        ("TRƯỜNG TRUNG HỌC CƠ SỞ NGUYỄN BỈNH KHIÊM", ["TRƯỜNG TRUNG HỌC CƠ SỞ", "NGUYỄN BỈNH KHIÊM"]),
        ("SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ HỒ CHÍ MINH", ["SỞ GIÁO DỤC VÀ ĐÀO TẠO", "THÀNH PHỐ HỒ CHÍ MINH"]),
    ],
)
def test_office_names_break_where_an_office_would_break_them(name, expected):
    assert header_lines(name, fonts.BOLD, HEADER_SIZE, FRAME_W * HEADER_LEFT_SHARE) == expected


def test_words_longer_than_their_column_are_cut_inside_it():
    plan = pv.unbreakable_strings()
    data = plan_pdf_bytes(plan)
    pages = read_pdf(data)
    assert len(pages) == 1
    assert glyphs_outside_margins(pages) == []
    assert fonts_without_embedding(data) == []
    # The office's short rule stays a short rule: inside the left column, narrower than it.
    number = find_chars(pages[0].chars, "Số:")
    rules = [e for e in _edges(data, 1) if e["top"] < number[0]["top"] and e["x1"] <= LEFT_COL_RIGHT + 0.5]
    assert len(rules) == 1
    assert rules[0]["x1"] - rules[0]["x0"] <= FRAME_W * HEADER_LEFT_SHARE / 2 + 1
    text = squash(pages[0].text).replace(" ", "")
    assert "vanban" * 10 in text.replace("-", "") and "z" * 30 in text


@pytest.mark.parametrize("rows", [7, 8, 25, 26, 43, 44])
@pytest.mark.parametrize("note", ["", "(Ghi chú)"])
def test_a_body_timetable_ending_near_a_page_break_keeps_its_last_row_with_the_signature(rows, note):
    """Row counts where the end of the table falls just before or after a page break."""
    plan = pv.timetable_in_body()
    plan.timetable.rows = pv._rows(rows)
    plan.timetable.note = note
    pages = read_pdf(plan_pdf_bytes(plan))
    assert glyphs_outside_margins(pages) == []
    signed = [p for p in pages if "Nguyễn Thị Hương" in p.text]
    assert len(signed) == 1
    assert f"Nhiệm vụ số {rows}:" in squash(signed[0].text)
    for page in pages[:-1]:
        lowest = max(c["bottom"] for c in page.chars if c["text"].strip())
        assert page.height - 20 * MM - lowest < MAX_FOOT_GAP, page.number

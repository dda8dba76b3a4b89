"""The plan as a Word file: opens with python-docx, same structure and text as the PDF."""

from __future__ import annotations

import unicodedata
from datetime import datetime, timezone
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

from tests.documents.pdf_helpers import find_in_order, squash
from tests.documents.plan_fixtures import long_plan, para, printed_paragraphs, short_plan
from thiduadesk.documents.letter import QUOC_HIEU, TIEU_NGU
from thiduadesk.domain.model import Signer
from thiduadesk.domain.plan import DEFAULT_TIMETABLE_HEADERS
from thiduadesk.exchange.docx_export import export_plan_docx


@pytest.fixture(scope="module")
def long_docx(tmp_path_factory):
    path = tmp_path_factory.mktemp("docx") / "ke-hoach.docx"
    export_plan_docx(long_plan(), path)
    return docx.Document(str(path))


def _all_text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def test_every_paragraph_is_in_the_document_in_order(long_docx):
    body = "\n".join(p.text for p in long_docx.paragraphs)
    assert find_in_order(body, printed_paragraphs(long_plan())) == []


def test_page_setup_and_font(long_docx):
    first = long_docx.sections[0]
    mm = pytest.approx
    assert (first.page_width.mm, first.page_height.mm) == (mm(210, abs=0.1), mm(297, abs=0.1))
    margins = (first.top_margin.mm, first.bottom_margin.mm, first.left_margin.mm, first.right_margin.mm)
    assert margins == (mm(20, abs=0.1), mm(20, abs=0.1), mm(30, abs=0.1), mm(15, abs=0.1))
    normal = long_docx.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert normal.font.size == Pt(14)
    rfonts = normal.element.rPr.rFonts
    assert rfonts.get(qn("w:eastAsia")) == "Times New Roman"
    # Page numbers: not on the first page.
    assert first.different_first_page_header_footer
    assert "PAGE" in first.header._element.xml


def test_header_table(long_docx):
    header = long_docx.tables[0]
    left, right = header.rows[0].cells
    assert [p.text for p in left.paragraphs if p.text] == [
        "UBND QUẬN NAM TỪ LIÊM",
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
    ]
    assert [p.text for p in right.paragraphs if p.text] == [QUOC_HIEU, TIEU_NGU]
    assert header.rows[1].cells[0].text == "Số: 06/KH-PGDĐT"
    assert header.rows[1].cells[1].text == "Nam Từ Liêm, ngày 05 tháng 01 năm 2022"
    assert "w:tblBorders" in header._tbl.tblPr.xml and 'w:val="nil"' in header._tbl.tblPr.xml


def test_body_paragraphs_are_justified_with_a_first_line_indent(long_docx):
    p = next(p for p in long_docx.paragraphs if p.text.startswith("- Quan tâm khen thưởng"))
    assert p.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert p.paragraph_format.first_line_indent.mm == pytest.approx(10, abs=0.05)
    bold = [r.text for p in long_docx.paragraphs for r in p.runs if r.bold]
    italic = [r.text for p in long_docx.paragraphs for r in p.runs if r.italic]
    assert "trước ngày 20/01/2022" in bold
    assert "Thi đua đảm bảo an ninh, quốc phòng" in italic


def test_closing_table(long_docx):
    closing = long_docx.tables[1]
    left, right = closing.rows[0].cells
    lines = [p.text for p in left.paragraphs]
    assert lines[0] == "Nơi nhận:"
    assert lines[-1] == "- Lưu: VT."
    signer = [p.text for p in right.paragraphs if p.text]
    assert signer == ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Nguyễn Thị Hương"]


def test_timetable_in_a_landscape_appendix(long_docx):
    appendix = long_docx.sections[-1]
    assert appendix.orientation == WD_ORIENT.LANDSCAPE
    assert appendix.page_width.mm == pytest.approx(297, abs=0.1)
    assert 'w:start="1"' in appendix._sectPr.xml  # numbered on its own
    table = long_docx.tables[-1]
    assert [c.text for c in table.rows[0].cells] == DEFAULT_TIMETABLE_HEADERS
    assert "w:tblHeader" in table.rows[0]._tr.xml
    texts = [[c.text for c in row.cells] for row in table.rows[1:]]
    numbered = [r for r in texts if r[0].endswith(".")]
    assert [r[0] for r in numbered] == [f"{i}." for i in range(1, 10)]
    groups = [r[0] for r in texts if len(set(r)) == 1]  # merged cells repeat the same text
    assert groups == ["Quý I - 2022", "Quý II - 2022", "Quý III - 2022", "Quý IV - 2022"]
    text = "\n".join(p.text for p in long_docx.paragraphs)
    assert (
        "(Kèm theo Kế hoạch số 06/KH-PGDĐT ngày 05 tháng 01 năm 2022 của Phòng Giáo dục và Đào tạo)" in text
    )


def test_short_plan_draft_and_nfc(tmp_path):
    plan = short_plan()
    nfc = "Thi đua “Dạy tốt - Học tốt”, đổi mới sáng tạo."
    # Decomposed, and with a control character XML cannot hold.
    plan.body[0].children[0].children.append(para("- " + unicodedata.normalize("NFD", nfc) + "\x0b"))
    path = tmp_path / "nhap.docx"
    export_plan_docx(plan, path)
    document = docx.Document(str(path))
    text = _all_text(document)
    assert unicodedata.normalize("NFC", text) == text
    assert squash("Số: /KH-PGDĐT") in squash(text)
    assert squash("Sa Đéc, ngày tháng 02 năm 2022") in squash(text)
    assert (
        find_in_order("\n".join(p.text for p in document.paragraphs), printed_paragraphs(short_plan())) == []
    )
    assert "- " + nfc in text
    assert len(document.sections) == 1  # no timetable, no appendix
    assert [p.name for p in tmp_path.iterdir()] == ["nhap.docx"]


# --- a Word file a head of office can edit ------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _saved(tmp_path, plan, name="ke-hoach.docx", **kw):
    path = tmp_path / name
    export_plan_docx(plan, path, **kw)
    return docx.Document(str(path))


def test_no_table_row_splits_across_pages(long_docx):
    rows = [row for table in long_docx.tables for row in table.rows]
    assert len(long_docx.tables) == 3 and len(rows) > 15  # header, closing, timetable
    for row in rows:
        tr_pr = row._tr.trPr
        assert tr_pr is not None
        cant = tr_pr.find(qn("w:cantSplit"))
        assert cant is not None and cant.get(qn("w:val")) == "true"
    # The timetable's header row is repeated on every page, and the schema order is kept
    # (cantSplit before tblHeader), or Word refuses the file.
    header = long_docx.tables[-1].rows[0]._tr.trPr
    assert [el.tag for el in header] == [qn("w:cantSplit"), qn("w:tblHeader")]
    assert [r._tr.trPr.find(qn("w:tblHeader")) is not None for r in long_docx.tables[-1].rows].count(True) == 1


def test_the_document_language_is_vietnamese(long_docx):
    styles = long_docx.styles.element
    lang = styles.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr/{_W}lang")
    assert (lang.get(qn("w:val")), lang.get(qn("w:eastAsia"))) == ("vi-VN", "vi-VN")
    checked = 0
    for style in long_docx.styles:
        if style.type in (WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.CHARACTER):
            el = style.element.rPr.find(qn("w:lang"))
            assert el is not None and el.get(qn("w:val")) == "vi-VN", style.name
            checked += 1
    assert checked >= 20
    assert "en-US" not in styles.xml
    assert long_docx.settings.element.find(qn("w:themeFontLang")).get(qn("w:val")) == "vi-VN"
    assert long_docx.core_properties.language == "vi-VN"


def test_properties_are_the_offices_not_the_templates(tmp_path):
    before = datetime.now(timezone.utc).replace(microsecond=0)
    document = _saved(tmp_path, long_plan())
    after = datetime.now(timezone.utc)
    props = document.core_properties
    assert props.author == "Phòng Giáo dục và Đào tạo"
    assert props.last_modified_by == "Phòng Giáo dục và Đào tạo"
    assert props.title == "Kế hoạch Công tác Thi đua - Khen thưởng Ngành Giáo dục và Đào tạo năm 2022"
    assert props.subject == "Số: 06/KH-PGDĐT"
    assert before <= props.created <= after and props.modified == props.created
    assert props.comments == "" and props.revision == 1
    assert "python-docx" not in (props.author, props.last_modified_by, props.comments)
    fixed = datetime(2025, 3, 4, 5, 6, 7, tzinfo=timezone.utc)
    again = _saved(tmp_path, long_plan(), "co-dinh.docx", now=fixed).core_properties
    assert (again.created, again.modified) == (fixed, fixed)


def test_stacked_authority_lines_in_the_word_file(tmp_path):
    plan = long_plan()
    plan.signature = Signer(above=["TM. Ủy ban nhân dân"], authority="KT.", on_behalf_of="Chủ tịch",
                            position="Phó Chủ tịch", name="Lê Văn Toàn")  # fmt: skip
    closing = _saved(tmp_path, plan).tables[1]
    assert len(closing.rows) == 1
    left, right = closing.rows[0].cells
    assert [p.text for p in left.paragraphs][0] == "Nơi nhận:"
    assert [p.text for p in right.paragraphs if p.text] == [
        "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Toàn",
    ]  # fmt: skip
    assert all(r.bold for p in right.paragraphs for r in p.runs if r.text)


def test_two_signatures_side_by_side_in_the_word_file(tmp_path):
    plan = long_plan()
    plan.signatures = [
        Signer(authority="TM.", on_behalf_of="BCH Công đoàn", position="Chủ tịch", name="Nguyễn Thị Hoa"),
        Signer(position="Hiệu trưởng", name="Lê Thị Thanh Mai"),
    ]
    document = _saved(tmp_path, plan)
    closing = document.tables[1]
    left, right = closing.rows[0].cells
    assert [p.text for p in left.paragraphs if p.text] == ["TM. BCH CÔNG ĐOÀN", "CHỦ TỊCH", "Nguyễn Thị Hoa"]
    assert [p.text for p in right.paragraphs if p.text] == ["HIỆU TRƯỞNG", "Lê Thị Thanh Mai"]
    assert left.width == right.width  # two halves, as in the PDF
    below = [p.text for p in closing.rows[1].cells[0].paragraphs if p.text]
    assert below[0] == "Nơi nhận:" and below[-1] == "- Lưu: VT."
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in closing.rows)


def test_a_parsed_joint_plan_prints_both_signers_in_word(tmp_path):
    from thiduadesk.exchange.plan_import import import_plan_file

    plans = Path(__file__).resolve().parents[1] / "data" / "plans"
    plan = import_plan_file(plans / "unseen" / "ke_hoach_lien_tich_mn_ha_hoi_2024.txt").plan
    closing = _saved(tmp_path, plan).tables[1]
    left, right = closing.rows[0].cells
    assert [p.text for p in left.paragraphs if p.text] == ["TM. BCH CÔNG ĐOÀN", "CHỦ TỊCH", "Nguyễn Thị Hoa"]
    assert [p.text for p in right.paragraphs if p.text] == ["HIỆU TRƯỞNG", "Lê Thị Thanh Mai"]
    text = _all_text(_saved(tmp_path, plan, "b.docx"))
    assert "*" not in text and "__" not in text

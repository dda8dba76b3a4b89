"""The plan as a Word file: opens with python-docx, same structure and text as the PDF."""

from __future__ import annotations

import unicodedata

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

from tests.documents.pdf_helpers import find_in_order, squash
from tests.documents.plan_fixtures import long_plan, para, printed_paragraphs, short_plan
from thiduadesk.documents.letter import QUOC_HIEU, TIEU_NGU
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

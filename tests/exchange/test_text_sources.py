"""Text of plans and received letters from .txt, .docx and PDF (text layer), and the .ics export."""

from __future__ import annotations

import datetime as dt
import os
from xml.sax.saxutils import escape

import pytest

from tests.conftest import SAMPLES_DIR
from thiduadesk.domain.schedule import Deadline, classify_dates
from thiduadesk.exchange.ics import deadlines_ics, read_ics
from thiduadesk.exchange.text_sources import TextSourceError, read_text, rejoin_broken_dates

SAMPLE = os.path.join(SAMPLES_DIR, "plan_namtuliem_2022.txt")


def as_json(text: str) -> list[dict]:
    return [c.to_json() for c in classify_dates(text)]


def make_pdf(path, text: str) -> None:
    """The sample typeset as a received PDF: paragraphs wrapped at the page width (so lines break
    anywhere, also inside dates), timetable rows as one paragraph each."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from thiduadesk.documents.fonts import REGULAR, register_fonts

    register_fonts()
    style = ParagraphStyle("p", fontName=REGULAR, fontSize=13, leading=16, spaceAfter=12)
    story = []
    for line in text.split("\n"):
        line = line.replace("**", "").replace("*", "").strip()
        if line:
            story.append(Paragraph(escape(line.replace("\t", "   ")), style))
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=85, rightMargin=57).build(story)


def test_pdf_with_a_text_layer_gives_the_same_dates_as_its_text(tmp_path):
    with open(SAMPLE, encoding="utf-8") as f:
        text = f.read()
    pdf = tmp_path / "ke_hoach.pdf"
    make_pdf(pdf, text)
    source = read_text(pdf)
    assert source.notes == []
    # the page breaks the long paragraphs across lines: they come back as one
    assert len(source.text.splitlines()) < len([x for x in text.splitlines() if x.strip()]) + 5
    assert as_json(source.text) == as_json(text)
    assert len(as_json(text)) == 15


def test_txt_and_docx_give_the_same_dates(tmp_path):
    import docx

    with open(SAMPLE, encoding="utf-8") as f:
        text = f.read()
    document = docx.Document()
    lines = text.split("\n")
    table = None
    for line in lines:
        if "\t" in line:
            cells = line.split("\t")
            if table is None:
                table = document.add_table(rows=0, cols=len(cells))
            row = table.add_row().cells
            for cell, value in zip(row, cells, strict=False):
                cell.text = value
        else:
            table = None
            document.add_paragraph(line.replace("**", ""))
    path = tmp_path / "ke_hoach.docx"
    document.save(path)
    assert as_json(read_text(path).text) == as_json(text)
    assert as_json(read_text(SAMPLE).text) == as_json(text)


def test_dates_broken_across_lines_are_rejoined():
    assert rejoin_broken_dates("tổ chức vào ngày 30 tháng 9 năm\n2011 tại hội trường") == \
        "tổ chức vào ngày 30 tháng 9 năm 2011 tại hội trường"
    assert rejoin_broken_dates("gửi trước ngày 15/\n11/2022.") == "gửi trước ngày 15/11/2022."
    assert rejoin_broken_dates("gửi trước ngày\n25/01/2024.") == "gửi trước ngày 25/01/2024."
    # a paragraph that ends with a word is left alone
    assert rejoin_broken_dates("Kế hoạch năm\nII. NỘI DUNG") == "Kế hoạch năm\nII. NỘI DUNG"
    [c] = classify_dates(rejoin_broken_dates("Các đơn vị gửi hồ sơ chậm nhất vào ngày 30 tháng 9 năm\n2011."))
    assert (c.date, c.kind) == ("2011-09-30", "deadline")


def test_scan_without_text_and_unknown_files_are_refused_with_a_message(tmp_path):
    from reportlab.pdfgen import canvas

    scan = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(scan))
    c.rect(100, 100, 200, 200, fill=1)
    c.save()
    assert read_text(scan).notes == ["Tệp «scan.pdf» không có lớp chữ (bản quét): không tìm được ngày nào. Hãy nhập hạn bằng tay."]
    bad = tmp_path / "hong.pdf"
    bad.write_bytes(b"not a pdf at all")
    with pytest.raises(TextSourceError, match="không đọc được như tệp PDF"):
        read_text(bad)
    other = tmp_path / "bang.xlsx"
    other.write_bytes(b"PK")
    with pytest.raises(TextSourceError, match="chỉ đọc tệp .txt, .md, .docx hoặc .pdf"):
        read_text(other)
    with pytest.raises(TextSourceError, match="Không tìm thấy tệp «khong.txt»"):
        read_text(tmp_path / "khong.txt")


def test_ics_parses_back_with_the_same_events():
    items = [Deadline("2024-01-25", "Gửi báo cáo sơ kết", kind="report", id=7),
             Deadline("2024-02", "Sơ kết học kỳ I", id=8, note="Các trường tự tổ chức")]
    data = deadlines_ics(items, stamp=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc))
    assert read_ics(data) == [
        {"uid": "deadline-7@thiduadesk", "summary": "Gửi báo cáo sơ kết", "start": dt.date(2024, 1, 25),
         "end": dt.date(2024, 1, 26)},
        {"uid": "deadline-8@thiduadesk", "summary": "Sơ kết học kỳ I", "start": dt.date(2024, 2, 1),
         "end": dt.date(2024, 3, 1)},
    ]
    assert b"PRODID:-//ThiDuaDesk//Lich han//VI" in data


def test_a_pdf_line_broken_inside_a_date(tmp_path):
    """The page breaks "… ngày 30 tháng 9 năm" / "2011 …": the date is whole again."""
    from pdfminer.high_level import extract_text
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from thiduadesk.documents.fonts import REGULAR, register_fonts

    register_fonts()
    text = "Các đơn vị gửi hồ sơ đề nghị khen thưởng về Phòng chậm nhất vào ngày 30 tháng 9 năm 2011 để tổng hợp."
    pdf = tmp_path / "cong_van.pdf"
    style = ParagraphStyle("p", fontName=REGULAR, fontSize=13, leading=16)
    SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=168, rightMargin=168).build([Paragraph(text, style)])
    assert "ngày 30 tháng 9 năm\n2011" in extract_text(str(pdf))  # the page did break inside the date
    assert read_text(pdf).text == text
    assert as_json(read_text(pdf).text) == [{"date": "2011-09-30", "kind": "deadline", "text": text}]

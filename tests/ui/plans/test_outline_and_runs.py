"""The editor's building blocks without widgets: outline operations, runs ↔ QTextDocument, and
printing PDF pages to a printer (landscape pages stay landscape)."""

from __future__ import annotations

import io

import pypdf
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from thiduadesk.domain.plan import ALPHA, ARABIC, ROMAN, Paragraph, Plan, Run, Section
from thiduadesk.domain.register import RegisterEntry
from thiduadesk.ui.plans import outline_ops as ops
from thiduadesk.ui.plans.preview import load_document, print_document
from thiduadesk.ui.plans.runs import blocks_runs, document_runs, plain_format, set_runs


def sample() -> Plan:
    return Plan(body=[
        Section("MỤC ĐÍCH", style=ROMAN, children=[Paragraph.plain("a", "-"), Paragraph.plain("b", "-")]),
        Section("NỘI DUNG", style=ROMAN, children=[Section("Thi đua", style=ARABIC, children=[Paragraph.plain("c")])]),
    ])


def headings(plan: Plan) -> list[str]:
    return [b.heading for _d, b in plan.iter_blocks() if isinstance(b, Section)]


def test_add_section_subsection_paragraph_and_renumber():
    plan = sample()
    path = ops.add_section(plan, (0, 1), "MỤC TIÊU")  # from a paragraph: after its section
    assert path == (1,) and headings(plan)[:3] == ["I. MỤC ĐÍCH", "II. MỤC TIÊU", "III. NỘI DUNG"]
    path = ops.add_subsection(plan, (1,), "Chỉ tiêu")
    assert path == (1, 0) and plan.body[1].children[0].heading == "1. Chỉ tiêu"
    path = ops.add_subsection(plan, (2, 0), "Cụ thể")
    assert plan.body[2].children[0].children[-1].heading == "a) Cụ thể"
    assert plan.body[2].children[0].children[-1].style == ALPHA
    # A paragraph under a section goes after its paragraphs, before its sub-sections.
    path = ops.add_paragraph(plan, (2,), "mở đầu")
    assert path == (2, 0) and plan.body[2].children[0].text == "mở đầu"
    path = ops.add_paragraph(plan, (0, 0), "a2")
    assert path == (0, 1) and plan.body[0].children[1].marker == "-"


def test_move_indent_outdent_delete():
    plan = sample()
    assert ops.move(plan, (1,), -1) == (0,)
    assert headings(plan)[0] == "I. NỘI DUNG"
    assert not ops.can_indent(plan, (0,))
    assert ops.indent(plan, (1,)) == (0, 1)  # MỤC ĐÍCH into NỘI DUNG, after "Thi đua"
    assert plan.body[0].children[1].heading == "2. MỤC ĐÍCH" and plan.body[0].children[1].style == ARABIC
    assert ops.outdent(plan, (0, 1)) == (1,)
    assert headings(plan) == ["I. NỘI DUNG", "1. Thi đua", "II. MỤC ĐÍCH"]
    assert ops.delete(plan, (1, 1)) == (1, 0)  # the last paragraph: select the one before
    assert ops.delete(plan, (1, 0)) == (1,)  # the section left empty is selected
    assert ops.delete(plan, (5,)) is None
    assert [p for p in ops.paths_in_order(plan)] == [(0,), (0, 0), (0, 0, 0), (1,)]


def test_runs_round_trip_through_a_text_document(qtbot):
    doc = QTextDocument()
    runs = [Run("Phong trào "), Run("“Dạy tốt - Học tốt”", bold=True), Run(" và "), Run("Đổi mới", italic=True)]
    set_runs(doc, runs)
    assert blocks_runs(doc) == [runs]
    cursor = QTextCursor(doc)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertBlock()
    cursor.insertText("đoạn sau", plain_format(bold=True))
    assert blocks_runs(doc)[1] == [Run("đoạn sau", bold=True)]
    # As one paragraph, the line break becomes a space.
    assert document_runs(doc)[-2:] == [Run("Đổi mới ", italic=True), Run("đoạn sau", bold=True)]


def test_print_keeps_landscape_pages_landscape(qtbot, tmp_path):
    from thiduadesk.documents.register_pdf import register_pdf_bytes

    entries = [RegisterEntry(2024, i, "KH-PGDĐT", "2024-01-05", "KH", f"Kế hoạch {i}") for i in range(1, 40)]
    data = register_pdf_bytes(entries, 2024, None)
    document, buffer = load_document(data)
    qtbot.waitUntil(lambda: document.pageCount() > 0, timeout=5000)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    printer.setResolution(150)
    assert print_document(document, printer) == document.pageCount() >= 2
    reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) == document.pageCount()
    for page in reader.pages:
        box = page.mediabox
        assert float(box.width) > float(box.height)
    buffer.close()

"""A plan as a Word document, for the head to edit before signing.

Same structure as the PDF (documents/plan_pdf.py): A4 with Decree 30 margins, Times New Roman
14, the header as a borderless two-column table, justified body with a first-line indent, the
timetable (as a landscape appendix section or inside the body), and "Nơi nhận" with the
signature in a borderless two-column table. Page numbers are a PAGE field in the header, not on
the first page, restarting in the appendix.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from thiduadesk.documents import letter as d30
from thiduadesk.documents import output
from thiduadesk.documents.fonts import BOLD, ITALIC, REGULAR
from thiduadesk.documents.plan_pdf import (
    CONTENT,
    column_fields,
    column_widths,
    printed_headers,
    timetable_cells,
)
from thiduadesk.domain.dates import place_date_line
from thiduadesk.domain.model import Signer
from thiduadesk.domain.numbering import number_line
from thiduadesk.domain.office_names import name_in_running_text
from thiduadesk.domain.plan import Paragraph as PlanParagraph
from thiduadesk.domain.plan import Plan, Section, Timetable

FONT = "Times New Roman"
_PT_PER_MM = 72 / 25.4


def _clean(text: str) -> str:
    """NFC, without the control characters XML refuses."""
    return d30.CONTROL_CHARS.sub("", d30.nfc(text or "").replace("\t", " "))


def _setup_styles(doc) -> None:
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(d30.BODY_SIZE)
    rfonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), FONT)
    fmt = normal.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.line_spacing = 1.05  # ≈ 17 pt for 14 pt Times, as in the PDF
    _set_language(doc)


LANGUAGE = "vi-VN"


def _lang(rpr) -> None:
    """``<w:lang w:val="vi-VN" w:eastAsia="vi-VN"/>`` in a run-properties element."""
    el = OxmlElement("w:lang")
    el.set(qn("w:val"), LANGUAGE)
    el.set(qn("w:eastAsia"), LANGUAGE)
    _insert_in_order(rpr, el)


def _set_language(doc) -> None:
    """Vietnamese everywhere Word looks for the proofing language: the document defaults, every
    paragraph and character style, and the theme font language of the settings (the template
    says en-US, and Word would mark every Vietnamese word as misspelt)."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    _lang(rpr)
    for style in doc.styles:
        if style.type in (WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.CHARACTER):
            _lang(style.element.get_or_add_rPr())
    theme_lang = doc.settings.element.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), LANGUAGE)


def _set_page(section, wide: bool) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE if wide else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (Mm(297), Mm(210)) if wide else (Mm(210), Mm(297))
    section.top_margin = Mm(20)
    section.bottom_margin = Mm(20)
    section.left_margin = Mm(30)
    section.right_margin = Mm(15)
    section.header_distance = Mm(8)
    section.footer_distance = Mm(8)


def _page_number_header(section) -> None:
    """Centred PAGE field in the header; the first page of the section shows none."""
    section.different_first_page_header_footer = True
    header = section.header
    header.is_linked_to_previous = False
    para = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = para.add_run()
    run.font.size = Pt(d30.PAGE_NUMBER_SIZE)
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, None), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)
        elif text:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
            run._r.append(el)
        else:
            el = OxmlElement("w:t")
            el.text = "2"
            run._r.append(el)


# Schema order of the children we insert by hand (WordprocessingML, ECMA-376 part 1); Word
# refuses a file whose elements are out of order.
_SEQUENCES = {
    qn("w:pPr"): (
        "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers "
        "pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE "
        "autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents "
        "suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle "
        "rPr sectPr pPrChange"
    ),
    qn("w:tblPr"): (
        "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc "
        "tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription "
        "tblPrChange"
    ),
    qn("w:trPr"): (
        "cnfStyle divId gridBefore gridAfter wBefore wAfter cantSplit trHeight tblHeader "
        "tblCellSpacing jc hidden ins del trPrChange"
    ),
    qn("w:rPr"): (
        "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint "
        "noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u "
        "effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath"
    ),
    qn("w:sectPr"): (
        "headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders "
        "lnNumType pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi rtlGutter "
        "docGrid printerSettings sectPrChange"
    ),
}


def _insert_in_order(parent, child) -> None:
    """Insert ``child`` where the schema wants it (Word rejects out-of-order elements)."""
    tag = child.tag
    seq = [qn(f"w:{t}") for t in _SEQUENCES.get(parent.tag, "").split()]
    existing = parent.find(tag)
    if existing is not None:
        parent.remove(existing)
    if tag in seq:
        successors = seq[seq.index(tag) + 1 :]
        for el in parent:
            if el.tag in successors:
                el.addprevious(child)
                return
    parent.append(child)


def _restart_numbering(section) -> None:
    pg = OxmlElement("w:pgNumType")
    pg.set(qn("w:start"), "1")
    _insert_in_order(section._sectPr, pg)


def _para(container, text: str = "", *, size=d30.BODY_SIZE, bold=False, italic=False, align="center",
          indent=False, space_after=0.0, space_before=0.0):  # fmt: skip
    p = container.add_paragraph()
    fmt = p.paragraph_format
    fmt.alignment = {
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    }[align]
    fmt.first_line_indent = Mm(10) if indent else None
    fmt.space_after = Pt(space_after)
    fmt.space_before = Pt(space_before)
    if text:
        run = p.add_run(_clean(text))
        run.font.size = Pt(size)
        run.bold = bold or None
        run.italic = italic or None
    return p


def _rule(container, length_pt: float, avail_pt: float, space_after: float = 0) -> None:
    """A short solid rule: an empty paragraph with a bottom border, indented to ``length_pt``."""
    p = container.add_paragraph()
    fmt = p.paragraph_format
    side = max((avail_pt - length_pt) / 2, 0)
    fmt.left_indent = Pt(side)
    fmt.right_indent = Pt(side)
    fmt.space_after = Pt(space_after)
    fmt.line_spacing = Pt(3)
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    bdr.append(bottom)
    _insert_in_order(ppr, bdr)


def _borderless(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    _insert_in_order(tbl_pr, borders)
    # No side margins in the cells: the header lines need the full column width, as in the PDF.
    margins = OxmlElement("w:tblCellMar")
    for edge in ("left", "right"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:w"), "0")
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    _insert_in_order(tbl_pr, margins)


def _fix_widths(table, widths_pt: list[float]) -> None:
    """Fixed column widths, in the grid (LibreOffice reads it) and on every cell (Word does)."""
    table.autofit = False
    for column, width in zip(table.columns, widths_pt, strict=False):
        column.width = Pt(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_pt, strict=False):
            cell.width = Pt(width)


def _cell_para(cell, text, **kw):
    return _para(cell, text, **kw)


def _drop_empty_first_paragraphs(table) -> None:
    """python-docx gives every new cell one empty paragraph; drop it where text was added."""
    for tc in table._tbl.iter(qn("w:tc")):
        paras = tc.findall(qn("w:p"))
        if len(paras) > 1 and len(paras[0]) == 0:
            tc.remove(paras[0])


def _header(doc, plan: Plan) -> None:
    width_pt = d30.frame_width()
    left_w = width_pt * d30.HEADER_LEFT_SHARE
    right_w = width_pt - left_w
    table = doc.add_table(rows=2, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _borderless(table)
    left, right = table.rows[0].cells
    # The same line breaks as the PDF (a name too long for one line is broken by hand).
    if plan.governing_body.strip():
        lines = d30.header_lines(_clean(plan.governing_body).upper(), REGULAR, d30.HEADER_SIZE, left_w)
        _cell_para(left, "\n".join(lines), size=d30.HEADER_SIZE)
    office_lines = d30.header_lines(_clean(plan.office_name).upper(), BOLD, d30.HEADER_SIZE, left_w)
    _cell_para(left, "\n".join(office_lines), size=d30.HEADER_SIZE, bold=True)
    office_w = min(max((d30.text_width(line, BOLD, d30.HEADER_SIZE) for line in office_lines), default=0), left_w)
    _rule(left, max(office_w * 0.4, 15 * _PT_PER_MM), left_w)
    _cell_para(right, d30.QUOC_HIEU, size=d30.QUOC_HIEU_SIZE, bold=True)
    _cell_para(right, d30.TIEU_NGU, size=d30.TIEU_NGU_SIZE, bold=True)
    _rule(right, d30.text_width(d30.TIEU_NGU, BOLD, d30.TIEU_NGU_SIZE), right_w)
    num, date = table.rows[1].cells
    _cell_para(num, number_line(plan.number, plan.symbol), size=d30.HEADER_SIZE, space_before=6)
    _cell_para(
        date,
        place_date_line(_clean(plan.place).strip(), plan.date),
        size=d30.PLACE_DATE_SIZE,
        italic=True,
        space_before=6,
    )
    _fix_widths(table, [left_w, right_w])
    _drop_empty_first_paragraphs(table)
    _rows_never_split(table)


def _title(doc, plan: Plan) -> None:
    _para(doc, plan.kind_name.upper(), bold=True, space_before=18, size=d30.TITLE_SIZE)
    if plan.title.strip():
        _para(doc, plan.title, bold=True, size=d30.TITLE_SIZE)
        width = d30.frame_width()
        line_w = d30.longest_line_width(plan.title, BOLD, d30.TITLE_SIZE, width)
        _rule(doc, max(line_w / 3, 30 * _PT_PER_MM), width, space_after=14)


def _body_para(doc, runs, marker: str = ""):
    p = _para(doc, align="justify", indent=True, space_after=d30.PARAGRAPH_SPACE_AFTER)
    if marker:
        p.add_run(_clean(marker) + " ")
    for run in runs:
        text = _clean(run.text)
        if text:
            r = p.add_run(text)
            r.bold = run.bold or None
            r.italic = run.italic or None
    return p


def _body(doc, plan: Plan) -> None:
    for base in plan.bases:
        if base.strip():
            _para(doc, base, align="justify", indent=True, space_after=d30.PARAGRAPH_SPACE_AFTER)

    def walk(blocks, depth: int) -> None:
        for block in blocks:
            if isinstance(block, Section):
                style = d30.heading_style(depth, block.style)
                title = _clean(block.title)
                if style is d30.STYLES.heading_upper:
                    title = title.upper()
                text = f"{block.label} {title}".strip()
                if text:
                    p = _para(
                        doc,
                        text,
                        bold=style.fontName in (d30.B, d30.BI),
                        italic=style.fontName in (d30.IT, d30.BI),
                        align="justify",
                        indent=True,
                        space_after=d30.PARAGRAPH_SPACE_AFTER,
                    )
                    p.paragraph_format.keep_with_next = True
                walk(block.children, depth + 1)
            elif isinstance(block, PlanParagraph):
                if block.text.strip() or block.marker:
                    _body_para(doc, block.runs, block.marker.strip())

    walk(plan.body, 0)


def _repeat_header_row(row) -> None:
    """The row is repeated at the top of every page the table runs onto."""
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    _insert_in_order(row._tr.get_or_add_trPr(), el)


def _cant_split(row) -> None:
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    _insert_in_order(row._tr.get_or_add_trPr(), el)


def _rows_never_split(table) -> None:
    """No row of the table breaks across a page (as in the PDF): a page break falls between rows."""
    for row in table.rows:
        _cant_split(row)


def _timetable(container, timetable: Timetable, width_pt: float) -> None:
    headers = printed_headers(timetable)
    fields = column_fields(headers)
    widths = column_widths(fields, width_pt)
    table = container.add_table(rows=1, cols=len(fields))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, header in zip(table.rows[0].cells, headers, strict=True):
        _cell_para(cell, header, size=d30.TABLE_SIZE, bold=True)
    _repeat_header_row(table.rows[0])
    n = 0
    for group, members in timetable.groups():
        if group.strip():
            cells = table.add_row().cells
            merged = cells[0].merge(cells[-1])
            p = _cell_para(merged, group, size=d30.TABLE_SIZE, bold=True, align="left")
            p.paragraph_format.keep_with_next = True
        for row in members:
            n += 1
            values = timetable_cells(row, n)
            new = table.add_row()
            for cell, field in zip(new.cells, fields, strict=True):
                _cell_para(
                    cell,
                    values.get(field, ""),
                    size=d30.TABLE_SIZE,
                    align="left" if field == CONTENT else "center",
                )
    _fix_widths(table, widths)
    _drop_empty_first_paragraphs(table)
    _rows_never_split(table)
    if timetable.note.strip():
        _para(container, timetable.note, size=d30.TABLE_SIZE, italic=True, align="left", space_before=6)


def _recipients(cell, plan: Plan) -> None:
    lines = d30.recipient_lines([r.printed() for r in plan.recipients])
    if lines:
        _cell_para(cell, d30.NOI_NHAN, size=d30.NOI_NHAN_SIZE, bold=True, italic=True, align="left")
        for line in lines:
            _cell_para(cell, line, size=d30.RECIPIENT_SIZE, align="left")


def _signature(cell, signer: Signer) -> None:
    """The authority lines (higher ones stacked above: "TM. ỦY BAN NHÂN DÂN" over "KT. CHỦ
    TỊCH"), the position, the space for the hand signature and seal, the name."""
    for line in signer.title_lines():
        _cell_para(cell, line, size=d30.SIGNER_SIZE, bold=True)
    for _ in range(4):  # ≈ 2.8 cm for the signature and seal
        _cell_para(cell, "", size=d30.SIGNER_SIZE)
    _cell_para(cell, signer.name, size=d30.SIGNER_SIZE, bold=True)


def _closing(doc, plan: Plan) -> None:
    """As the PDF (documents/letter/closing.py): "Nơi nhận" left, the signature right; two
    signatures (a joint plan) side by side, left first, with "Nơi nhận" under them."""
    width_pt = d30.frame_width()
    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _borderless(table)
    signers = [s for s in plan.signatures if s is not None] or [plan.signature]
    if len(signers) >= 2:
        left, right = table.rows[0].cells
        _signature(left, signers[-2])
        _signature(right, signers[-1])
        if plan.recipients:
            below = table.add_row().cells[0]
            _cell_para(below, "", size=d30.RECIPIENT_SIZE)  # the gap under the names
            _recipients(below, plan)
        widths = [width_pt / 2, width_pt / 2]
    else:
        left, right = table.rows[0].cells
        _recipients(left, plan)
        _signature(right, signers[-1])
        left_w = width_pt * d30.HEADER_LEFT_SHARE
        widths = [left_w, width_pt - left_w]
    _fix_widths(table, widths)
    _drop_empty_first_paragraphs(table)
    _rows_never_split(table)


def _appendix(doc, plan: Plan, timetable: Timetable) -> None:
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    _set_page(section, wide=True)
    _restart_numbering(section)
    section.different_first_page_header_footer = True
    width = d30.frame_width(d30.LANDSCAPE)
    _para(doc, d30.PHU_LUC, bold=True, size=d30.TITLE_SIZE)
    if timetable.title.strip():
        _para(doc, _clean(timetable.title).upper(), bold=True, size=d30.TITLE_SIZE)
    attached = d30.attached_to(plan)
    _para(doc, attached, italic=True, size=d30.TITLE_SIZE)
    line_w = d30.longest_line_width(attached, ITALIC, d30.TITLE_SIZE, width)
    _rule(doc, max(line_w / 3, 30 * _PT_PER_MM), width, space_after=12)
    _timetable(doc, timetable, width)


def _properties(doc, plan: Plan, now: datetime | None) -> None:
    """The file's properties as Word shows them (File → Info): the office as author and last
    editor, created and modified now, the kind and title; none of the library template's
    ("python-docx", 2013, "generated by python-docx")."""
    now = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(microsecond=0)
    office = name_in_running_text(_clean(plan.office_name).strip())
    props = doc.core_properties
    props.title = _clean(f"{plan.kind_name} {plan.title}".strip())
    props.author = office
    props.last_modified_by = office
    props.created = now
    props.modified = now
    props.revision = 1
    props.subject = number_line(plan.number, plan.symbol)
    props.comments = ""
    props.keywords = ""
    props.category = plan.kind_name
    props.language = LANGUAGE


def plan_docx(plan: Plan, now: datetime | None = None):
    """The plan as a python-docx Document (not saved). ``now``: the time the file is made
    (its created/modified properties), the current time in UTC if not given."""
    doc = Document()
    _setup_styles(doc)
    section = doc.sections[0]
    _set_page(section, wide=False)
    _page_number_header(section)
    _properties(doc, plan, now)
    # The default template starts with one empty paragraph; the header table goes before it.
    first = doc.paragraphs[0] if doc.paragraphs else None
    _header(doc, plan)
    if first is not None and not first.text:
        first._p.getparent().remove(first._p)
    _title(doc, plan)
    _body(doc, plan)
    tt = plan.timetable if plan.timetable and plan.timetable.rows else None
    if tt and not tt.as_appendix:
        if tt.title.strip():
            _para(doc, tt.title, bold=True, space_after=6).paragraph_format.keep_with_next = True
        _timetable(doc, tt, d30.frame_width())
    # Keep the last body paragraph with the closing block.
    if doc.paragraphs:
        doc.paragraphs[-1].paragraph_format.keep_with_next = True
    _closing(doc, plan)
    if tt and tt.as_appendix:
        _appendix(doc, plan, tt)
    return doc


def export_plan_docx(plan: Plan, path: str | Path, now: datetime | None = None) -> None:
    """Write the plan as a .docx file (atomically: a failed export leaves no half file)."""
    doc = plan_docx(plan, now)
    with output.replacing(path) as tmp:
        doc.save(tmp)

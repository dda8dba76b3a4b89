"""The outgoing-document register of one year (sổ đăng ký văn bản đi) as a landscape A4 table.

Columns follow Decree 30/2020/NĐ-CP (Điều 16 and its register form): number and symbol, date,
type and title, signer, recipients, who keeps the file copy, copies, date sent, receipt signature
(left blank, signed by hand), notes. The header row (and the row of column numbers under it)
repeats on every page. Output is deterministic (ReportLab invariant mode).
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from thiduadesk.documents import fonts
from thiduadesk.documents import letter as d30
from thiduadesk.domain.model import OfficeProfile
from thiduadesk.domain.register import RegisterEntry

TITLE = "SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM {year}"
HEADERS = (
    "Số, ký hiệu văn bản",
    "Ngày tháng văn bản",
    "Tên loại và trích yếu nội dung văn bản",
    "Người ký",
    "Nơi nhận văn bản",
    "Đơn vị, người nhận bản lưu",
    "Số lượng bản",
    "Ngày chuyển",
    "Ký nhận",
    "Ghi chú",
)
# Column widths in mm; they add up to the landscape frame (297 - 30 - 15 = 252 mm).
WIDTHS_MM = (33, 21, 53, 30, 35, 18, 12, 21, 14, 15)
CELL_SIZE = 10.5
_H_PADDING = 3
_TOP_PADDING = 3
_BOTTOM_PADDING = 4
HEADER_CELL_SIZE = 10.5
_H_PADDING = 3
_TOP_PADDING = 3
_BOTTOM_PADDING = 4


def _styles():
    base = d30.STYLES
    cell = base.cell.clone("reg-cell", fontSize=CELL_SIZE, leading=CELL_SIZE + 2.5)
    centre = base.cell_centre.clone("reg-cell-c", fontSize=CELL_SIZE, leading=CELL_SIZE + 2.5)
    header = base.cell_header.clone("reg-head", fontSize=HEADER_CELL_SIZE, leading=HEADER_CELL_SIZE + 2.5)
    colno = base.cell_centre.clone("reg-colno", fontName=fonts.ITALIC, fontSize=10, leading=12)
    title = base.doc_type.clone("reg-title")
    sub = base.attached.clone("reg-sub", fontSize=13, leading=16)
    return cell, centre, header, colno, title, sub


def _date(iso: str) -> str:
    if not iso:
        return ""
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def entry_cells(entry: RegisterEntry) -> list[str]:
    """The ten printed cells of an entry, as text."""
    type_and_title = f"{entry.type_name} {entry.title}".strip() if entry.doc_type != "CV" else entry.title
    return [
        entry.number_and_symbol,
        _date(entry.doc_date),
        type_and_title,
        entry.signer,
        entry.recipients,
        entry.file_copy,
        "" if entry.copies is None else str(entry.copies),
        _date(entry.sent_date),
        "",
        entry.notes,
    ]


def register_pdf_bytes(entries: Sequence[RegisterEntry], year: int, profile: OfficeProfile | None) -> bytes:
    fonts.register_fonts()
    cell, centre, header, colno, title_style, sub_style = _styles()
    width = d30.frame_width(d30.LANDSCAPE)
    governing = profile.governing_body if profile else ""
    office = profile.office_name if profile else ""

    heading = d30.header_table(governing, office, None, "", width=width)
    story: list = [heading, Spacer(1, 16)]
    story.append(Paragraph(d30.esc(TITLE.format(year=year)), title_style))
    entries = sorted(entries, key=lambda e: (e.number, e.doc_date, e.id or 0))
    if entries:
        story.append(Paragraph(d30.esc(f"(Từ số {entries[0].number:02d} đến số {entries[-1].number:02d})"),
                               sub_style))
    story.append(Spacer(1, 10))

    rows: list[list] = [
        [Paragraph(d30.esc(h), header) for h in HEADERS],
        [Paragraph(f"({i})", colno) for i in range(1, len(HEADERS) + 1)],
    ]
    centred = {0, 1, 5, 6, 7}
    widths = [w * mm for w in WIDTHS_MM]
    scale = width / sum(widths)
    col_widths = [w * scale for w in widths]
    inner = [w - 2 * _H_PADDING for w in col_widths]
    # Room for a row on a page under the repeated header rows (column titles and numbers).
    head_h = max(p.wrap(w, 1e9)[1] for p, w in zip(rows[0], inner, strict=True)) + 12 + 14
    limit = d30.frame_height(d30.LANDSCAPE) - head_h - 2 * (_TOP_PADDING + _BOTTOM_PADDING) - 10
    for entry in entries:
        row = []
        for i, text in enumerate(entry_cells(entry)):
            # One recipient per line, as they are written under "Nơi nhận".
            markup = "<br/>".join(d30.esc(part) for part in text.split("; ")) if i == 4 else d30.esc(text)
            row.append(Paragraph(markup, centre if i in centred else cell) if markup else "")
        height = max((c.wrap(w, 1e9)[1] for c, w in zip(row, inner, strict=True) if c != ""), default=0)
        # A row taller than a page could not be laid out: it continues in the rows under it.
        rows.extend(d30.split_tall_row(row, inner, limit) if height > limit else [row])
    if not entries:
        rows.append([Paragraph(d30.esc("(Chưa có văn bản nào trong năm)"), cell)] + [""] * (len(HEADERS) - 1))

    table = Table(rows, colWidths=col_widths, repeatRows=2, hAlign="CENTER")
    style = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 2), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), _H_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), _H_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), _TOP_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), _BOTTOM_PADDING),
        ("TOPPADDING", (0, 1), (-1, 1), 1),
        ("BOTTOMPADDING", (0, 1), (-1, 1), 1),
    ]
    if not entries:
        style.append(("SPAN", (0, 2), (-1, 2)))
    table.setStyle(TableStyle(style))
    story.append(table)

    out = io.BytesIO()
    doc = _LandscapeDoc(out, title=TITLE.format(year=year), author=office, subject="Sổ đăng ký văn bản đi")
    doc.build(story)
    return out.getvalue()


class _LandscapeDoc(d30.Decree30Doc):
    """Every page landscape, from the first (ReportLab starts with template 0 otherwise)."""

    _firstPageTemplateIndex = 1

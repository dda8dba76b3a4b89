"""The top of every paper: the two-column header (governing body, office, "Số"; Quốc hiệu,
Tiêu ngữ, place and date) and the document type with its title."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Spacer,
    Table,
)

from thiduadesk.documents import fonts
from thiduadesk.documents.letter.page import (
    HEADER_LEFT_SHARE,
    HEADER_SIZE,
    PLACE_DATE_SIZE,
    QUOC_HIEU,
    RULE_GAP,
    STYLES,
    TIEU_NGU,
    TIEU_NGU_SIZE,
    TITLE_SIZE,
    B,
    Para,
    R,
    Rule,
    borderless,
    frame_width,
)
from thiduadesk.documents.letter.text import esc, header_lines, longest_line_width, nfc, text_width

# --- header ------------------------------------------------------------------------------------


def header_table(
    governing_body: str,
    office_name: str,
    number_text: str | None,
    place_date_text: str,
    width: float | None = None,
    summary: str = "",
) -> Table:
    """The borderless two-column header: governing body and office with a short rule, then
    "Số"; Quốc hiệu and Tiêu ngữ with a full-length rule, then place and date on the "Số" line.
    ``number_text`` None leaves the "Số" cell empty (lists attached to a decision have none).
    ``summary`` is the "V/v …" of a công văn, centred under "Số" in the left column."""
    fonts.register_fonts()
    s = STYLES
    width = width or frame_width()
    left_w = width * HEADER_LEFT_SHARE
    right_w = width - left_w

    left: list[Flowable] = []
    if governing_body.strip():
        lines = header_lines(nfc(governing_body).upper(), R, HEADER_SIZE, left_w)
        left.append(Para("<br/>".join(esc(line) for line in lines), s.header_regular))
    office_lines = header_lines(nfc(office_name).upper(), B, HEADER_SIZE, left_w)
    left.append(Para("<br/>".join(esc(line) for line in office_lines), s.header_bold))
    office_w = min(max((text_width(line, B, HEADER_SIZE) for line in office_lines), default=0), left_w)
    left.append(Rule(max(office_w * 0.4, 15 * mm), gap_above=RULE_GAP))

    right: list[Flowable] = [
        Para(esc(QUOC_HIEU), s.quoc_hieu),
        Para(esc(TIEU_NGU), s.tieu_ngu),
        Rule(text_width(TIEU_NGU, B, TIEU_NGU_SIZE), gap_above=RULE_GAP),
    ]
    number = Para(esc(number_text), s.number) if number_text else ""
    if summary.strip():
        number = [number, Para(esc(summary), s.summary)] if number else [Para(esc(summary), s.summary)]
    place = Para(esc(place_date_text), s.place_date) if place_date_text else ""
    table = Table(
        [[left, right], [number, place]],
        colWidths=[left_w, right_w],
        hAlign="CENTER",
    )
    table.setStyle(
        borderless(
            # "Số" (13) and the date line (14) share a baseline: first baselines sit one
            # font size below the cell top.
            ("TOPPADDING", (0, 1), (-1, 1), 6),
            ("TOPPADDING", (0, 1), (0, 1), 6 + PLACE_DATE_SIZE - HEADER_SIZE),
        )
    )
    return table


def type_and_title(doc_type_name: str, title: str, width: float | None = None) -> list[Flowable]:
    """ "KẾ HOẠCH" then the title (trích yếu), bold 14 centred, with a short rule under it."""
    fonts.register_fonts()
    width = width or frame_width()
    out: list[Flowable] = [Spacer(1, 18), Para(esc(nfc(doc_type_name).upper()), STYLES.doc_type)]
    if title.strip():
        out.append(Para(esc(title), STYLES.title))
        line_w = longest_line_width(title, B, TITLE_SIZE, width)
        out.append(Rule(max(line_w / 3, 30 * mm), gap_above=RULE_GAP))
    out.append(Spacer(1, 14))
    return out

"""The page of every paper: A4 with the margins of Decree 30/2020/NĐ-CP, the type sizes and
paragraph styles, page numbers from page 2 (each appendix counting anew), and the few flowables
every part of a paper uses.

Sizes follow domain.md §1; where the decree gives a range the choice is noted beside it.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    ActionFlowable,
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    TableStyle,
)

from thiduadesk.documents import fonts
from thiduadesk.documents.letter.text import nfc

# --- fixed legal text (stays Vietnamese whatever the UI language) -----------------------------

QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
NOI_NHAN = "Nơi nhận:"
PHU_LUC = "PHỤ LỤC"
KEM_THEO = "Kèm theo"
KINH_GUI = "Kính gửi:"
QUYET_DINH = "QUYẾT ĐỊNH:"
DANH_SACH = "DANH SÁCH"
CLOSING_MARK = "./."

# --- page geometry -----------------------------------------------------------------------------

PORTRAIT = A4  # 595.28 x 841.89 pt
LANDSCAPE = landscape(A4)
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
# Wide-table pages keep the same margins in reading orientation.

PORTRAIT_TEMPLATE = "portrait"
LANDSCAPE_TEMPLATE = "landscape"


def frame_width(pagesize=PORTRAIT) -> float:
    return pagesize[0] - MARGIN_LEFT - MARGIN_RIGHT


def frame_height(pagesize=PORTRAIT) -> float:
    return pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM


# --- type sizes (pt) ---------------------------------------------------------------------------

PAGE_NUMBER_SIZE = 13
HEADER_SIZE = 13  # governing body, office, "Số" (12–13)
QUOC_HIEU_SIZE = 12  # 12–13; 13 bold does not fit the right column of an A4 header
TIEU_NGU_SIZE = 13  # 13–14
PLACE_DATE_SIZE = 14  # 13–14
TITLE_SIZE = 14  # document type and title (13–14)
SUMMARY_SIZE = 13  # "V/v …" of a công văn (12–13)
BODY_SIZE = 14  # 13–14
BODY_LEADING = 17  # ≈ 1.2 lines
FIRST_LINE_INDENT = 10 * mm  # 1 cm
PARAGRAPH_SPACE_AFTER = 6
NOI_NHAN_SIZE = 12
RECIPIENT_SIZE = 11
SIGNER_SIZE = 14
SIGNATURE_SPACE = 28 * mm  # room for the hand signature and the seal (2.5–3 cm)
TABLE_SIZE = 13
RULE_THICKNESS = 0.6
# Space between a line of text and the rule under it: clears descenders and dots below.
RULE_GAP = 3.5

# Share of the frame width taken by the left header column (governing body, office, "Số").
# 45 % keeps "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" in bold 13 on one line and leaves the right
# column wide enough for the Quốc hiệu in bold 12.
HEADER_LEFT_SHARE = 0.45

# --- styles ------------------------------------------------------------------------------------

R, B, IT, BI = fonts.REGULAR, fonts.BOLD, fonts.ITALIC, fonts.BOLD_ITALIC


def _style(name: str, font: str, size: float, leading: float | None = None, **kw) -> ParagraphStyle:
    kw.setdefault("alignment", TA_CENTER)
    return ParagraphStyle(
        name, fontName=font, fontSize=size, leading=leading or round(size * 1.2, 1), splitLongWords=1, **kw
    )


@dataclass(frozen=True)
class Styles:
    header_regular: ParagraphStyle
    header_bold: ParagraphStyle
    number: ParagraphStyle
    summary: ParagraphStyle  # "V/v …" of a công văn, under "Số"
    quoc_hieu: ParagraphStyle
    tieu_ngu: ParagraphStyle
    place_date: ParagraphStyle
    doc_type: ParagraphStyle
    title: ParagraphStyle
    body: ParagraphStyle
    basis: ParagraphStyle  # a decision's "Căn cứ …;": italic, one a line
    centred: ParagraphStyle  # "Kính gửi: …" on one line
    addressee: ParagraphStyle  # "- …;" under "Kính gửi:"
    competence: ParagraphStyle  # the signer's competence of a decision, bold capitals
    heading_upper: ParagraphStyle  # "I. MỤC ĐÍCH, YÊU CẦU"
    heading_bold: ParagraphStyle  # "1. Mục đích"
    heading_italic: ParagraphStyle  # "a) …"
    heading_bold_italic: ParagraphStyle
    centred_bold: ParagraphStyle
    note: ParagraphStyle
    noi_nhan: ParagraphStyle
    recipient: ParagraphStyle
    signer: ParagraphStyle
    appendix_label: ParagraphStyle
    appendix_title: ParagraphStyle
    attached: ParagraphStyle
    cell: ParagraphStyle
    cell_centre: ParagraphStyle
    cell_header: ParagraphStyle
    cell_group: ParagraphStyle


def _make_styles() -> Styles:
    body = _style(
        "d30-body",
        R,
        BODY_SIZE,
        BODY_LEADING,
        alignment=TA_JUSTIFY,
        firstLineIndent=FIRST_LINE_INDENT,
        spaceAfter=PARAGRAPH_SPACE_AFTER,
        allowWidows=0,  # no single last line alone at the top of a page
    )
    heading = dict(alignment=TA_JUSTIFY, firstLineIndent=FIRST_LINE_INDENT, spaceAfter=PARAGRAPH_SPACE_AFTER)
    cell = _style("d30-cell", R, TABLE_SIZE, TABLE_SIZE + 2, alignment=TA_LEFT)
    return Styles(
        header_regular=_style("d30-hdr", R, HEADER_SIZE, 15),
        header_bold=_style("d30-hdr-b", B, HEADER_SIZE, 15),
        number=_style("d30-number", R, HEADER_SIZE, 15),
        summary=_style("d30-vv", R, SUMMARY_SIZE, 15, spaceBefore=6),
        quoc_hieu=_style("d30-qh", B, QUOC_HIEU_SIZE, 15),
        tieu_ngu=_style("d30-tn", B, TIEU_NGU_SIZE, 15),
        place_date=_style("d30-date", IT, PLACE_DATE_SIZE, 16),
        doc_type=_style("d30-type", B, TITLE_SIZE, 17, spaceBefore=0),
        title=_style("d30-title", B, TITLE_SIZE, 17),
        body=body,
        basis=_style("d30-basis", IT, BODY_SIZE, BODY_LEADING, alignment=TA_JUSTIFY,
                     firstLineIndent=FIRST_LINE_INDENT, spaceAfter=PARAGRAPH_SPACE_AFTER / 2),
        centred=_style("d30-centred", R, BODY_SIZE, BODY_LEADING, spaceAfter=PARAGRAPH_SPACE_AFTER),
        addressee=_style("d30-addr", R, BODY_SIZE, BODY_LEADING, alignment=TA_LEFT),
        competence=_style("d30-comp", B, BODY_SIZE, BODY_LEADING, spaceAfter=PARAGRAPH_SPACE_AFTER),
        heading_upper=_style("d30-h1", B, BODY_SIZE, BODY_LEADING, **heading),
        heading_bold=_style("d30-h2", B, BODY_SIZE, BODY_LEADING, **heading),
        heading_italic=_style("d30-h3", IT, BODY_SIZE, BODY_LEADING, **heading),
        heading_bold_italic=_style("d30-h3b", BI, BODY_SIZE, BODY_LEADING, **heading),
        centred_bold=_style("d30-cb", B, BODY_SIZE, BODY_LEADING, spaceAfter=6),
        note=_style("d30-note", IT, TABLE_SIZE, TABLE_SIZE + 3, alignment=TA_LEFT, spaceBefore=6),
        noi_nhan=_style("d30-nn", BI, NOI_NHAN_SIZE, 14, alignment=TA_LEFT),
        recipient=_style(
            "d30-rcp", R, RECIPIENT_SIZE, 13, alignment=TA_LEFT, leftIndent=7, firstLineIndent=-7
        ),
        signer=_style("d30-sign", B, SIGNER_SIZE, 17),
        appendix_label=_style("d30-pl", B, TITLE_SIZE, 17),
        appendix_title=_style("d30-plt", B, TITLE_SIZE, 17),
        attached=_style("d30-kem", IT, TITLE_SIZE, 17),
        cell=cell,
        cell_centre=_style("d30-cellc", R, TABLE_SIZE, TABLE_SIZE + 2),
        cell_header=_style("d30-cellh", B, TABLE_SIZE, TABLE_SIZE + 2),
        cell_group=_style("d30-cellg", B, TABLE_SIZE, TABLE_SIZE + 2, alignment=TA_LEFT),
    )


STYLES = _make_styles()


# --- flowables ---------------------------------------------------------------------------------


class Para(Paragraph):
    """A Paragraph that keeps its line breaking while the width stays the same.

    ReportLab wraps a flowable several times at one width (a table measures every cell, then
    again for each page it splits over, then once more to draw it; KeepTogether and frames
    measure before placing), and each wrap breaks the lines anew. Paragraph.wrap depends only
    on the width, so the last result is reused; split() drops ``blPara`` and so the cache.
    """

    def wrap(self, availWidth, availHeight):
        if self.__dict__.get("_wrapped_at") == availWidth and "blPara" in self.__dict__:
            self.width = availWidth
            return availWidth, self.height
        result = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth
        return result


class Rule(Flowable):
    """A solid horizontal rule of a given length, centred in the space it is given."""

    def __init__(self, length: float, gap_above: float = 1.5, gap_below: float = 0, thickness=RULE_THICKNESS):
        super().__init__()
        self.length = length
        self.gap_above = gap_above
        self.gap_below = gap_below
        self.thickness = thickness

    def wrap(self, avail_width, avail_height):
        self._avail = avail_width
        self.length = min(self.length, avail_width)
        return avail_width, self.gap_above + self.thickness + self.gap_below

    def draw(self):
        y = self.gap_below + self.thickness / 2
        x0 = (self._avail - self.length) / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.setStrokeColor(colors.black)
        self.canv.line(x0, y, x0 + self.length, y)


def borderless(*extra: tuple) -> TableStyle:
    """The style of a layout table (header, Kính gửi, closing): no rules and no padding, cells
    aligned at their top, and our font even in empty cells (no stray Helvetica in the PDF)."""
    return TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), R),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            *extra,
        ]
    )


class RestartNumbering(ActionFlowable):
    """Starts a new page-number sequence on the current page (each appendix counts from 1)."""

    def __init__(self):
        super().__init__(("restartNumbering",))

# --- the document template ---------------------------------------------------------------------


def _draw_page_number(canvas, doc) -> None:
    """Arabic number, 13 pt, centred between the side margins, in the top margin; not on the
    first page of the document nor on the first page of an appendix."""
    number = doc.page - doc.numbering_start + 1
    if number < 2:
        return
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setFont(R, PAGE_NUMBER_SIZE)
    canvas.setFillColor(colors.black)
    x = MARGIN_LEFT + (width - MARGIN_LEFT - MARGIN_RIGHT) / 2
    # Vertically centred in the top margin (digits are ≈ 0.66 em tall).
    y = height - MARGIN_TOP / 2 - PAGE_NUMBER_SIZE * 0.33
    canvas.drawCentredString(x, y, str(number))
    canvas.restoreState()


def _frame(pagesize, frame_id: str) -> Frame:
    return Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        frame_width(pagesize),
        frame_height(pagesize),
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id=frame_id,
    )


class Decree30Doc(BaseDocTemplate):
    """A4 document with portrait and landscape page templates, page numbers from page 2 and
    per-appendix numbering. Output is byte-for-byte repeatable (invariant mode)."""

    def __init__(self, out, *, title: str = "", author: str = "", subject: str = "", **kw):
        fonts.register_fonts()
        self.numbering_start = 1
        super().__init__(
            out,
            pagesize=PORTRAIT,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=nfc(title),
            author=nfc(author),
            subject=nfc(subject),
            creator="ThiDuaDesk",
            producer="ThiDuaDesk (ReportLab)",
            invariant=1,
            lang="vi-VN",
            initialFontName=R,
            **kw,
        )
        self.addPageTemplates(
            [
                PageTemplate(
                    PORTRAIT_TEMPLATE,
                    [_frame(PORTRAIT, "p")],
                    onPageEnd=_draw_page_number,
                    pagesize=PORTRAIT,
                ),
                PageTemplate(
                    LANDSCAPE_TEMPLATE,
                    [_frame(LANDSCAPE, "l")],
                    onPageEnd=_draw_page_number,
                    pagesize=LANDSCAPE,
                ),
            ]
        )

    def handle_documentBegin(self):
        self.numbering_start = 1
        super().handle_documentBegin()

    def handle_restartNumbering(self):
        self.numbering_start = self.page

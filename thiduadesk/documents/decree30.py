"""Reusable pieces of the national document format (Decree 30/2020/NĐ-CP, Appendix I).

Every printed paper of the office (plans now; decisions, submissions, lists and reminders
later) is built from these: the A4 page with its margins and page numbers, the two-column
header, the document type and title, body paragraphs and headings, the closing block with
"Nơi nhận:" and the signature, and appendix pages with their own numbering and tables.

Sizes follow domain.md §1; where the decree gives a range the choice is noted beside it.
All text goes through :func:`esc`, which normalises to NFC and escapes Paragraph markup.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    ActionFlowable,
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import _listWrapOn

from thiduadesk.documents import fonts
from thiduadesk.domain.dates import formal_date
from thiduadesk.domain.model import Signer
from thiduadesk.domain.numbering import BLANK_NUMBER, format_number
from thiduadesk.domain.plan import DocDate

# --- fixed legal text (stays Vietnamese whatever the UI language) -----------------------------

QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
NOI_NHAN = "Nơi nhận:"
PHU_LUC = "PHỤ LỤC"
KEM_THEO = "Kèm theo"
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

# --- text --------------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b\ufeff]")
_SPACES = re.compile(r"[ \t]+")


def nfc(text: str) -> str:
    """NFC, the last line of defence: decomposed Vietnamese prints as loose accents."""
    return unicodedata.normalize("NFC", text or "")


def esc(text: str) -> str:
    """Text → Paragraph markup: NFC, control characters dropped, &, <, > escaped,
    tabs and runs of spaces folded, line breaks kept."""
    text = nfc(text).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text.replace("\t", " "))
    text = _SPACES.sub(" ", text)
    return "<br/>".join(escape(line.strip(" ")) for line in text.split("\n"))


def run_markup(text: str, bold: bool = False, italic: bool = False) -> str:
    out = esc(text)
    if not out:
        return ""
    if italic:
        out = f"<i>{out}</i>"
    if bold:
        out = f"<b>{out}</b>"
    return out


def runs_markup(runs: Iterable) -> str:
    """Runs (anything with text/bold/italic) → markup; spaces at run edges are kept."""
    parts = []
    for run in runs:
        text = nfc(run.text).replace("\t", " ")
        # esc() strips line edges; keep a single space where a run starts or ends with one.
        lead = " " if text[:1].isspace() else ""
        trail = " " if text[-1:].isspace() and text.strip() else ""
        body = run_markup(text.strip(), run.bold, run.italic)
        parts.append(f"{lead}{body}{trail}")
    markup = "".join(parts)
    return re.sub(r" {2,}", " ", markup).strip()


_OFFICE_PHRASES = [
    ("ỦY BAN NHÂN DÂN", "Ủy ban nhân dân"),
    ("UỶ BAN NHÂN DÂN", "Ủy ban nhân dân"),
    ("HỘI ĐỒNG NHÂN DÂN", "Hội đồng nhân dân"),
    ("GIÁO DỤC VÀ ĐÀO TẠO", "Giáo dục và Đào tạo"),
    ("GIÁO DỤC & ĐÀO TẠO", "Giáo dục & Đào tạo"),
    ("VĂN HÓA - XÃ HỘI", "Văn hóa - Xã hội"),
    ("VĂN HOÁ - XÃ HỘI", "Văn hóa - Xã hội"),
    ("VĂN HÓA VÀ XÃ HỘI", "Văn hóa và Xã hội"),
    ("TRUNG HỌC CƠ SỞ", "Trung học cơ sở"),
    ("TRUNG HỌC PHỔ THÔNG", "Trung học phổ thông"),
    ("TIỂU HỌC", "Tiểu học"),
    ("MẦM NON", "Mầm non"),
    ("NỘI VỤ", "Nội vụ"),
    ("PHÒNG", "Phòng"),
    ("SỞ", "Sở"),
    ("TRƯỜNG", "Trường"),
    ("BỘ", "Bộ"),
]
# Administrative units: written in lower case, the place name after them capitalised per word.
_ADMIN_UNITS = ["THÀNH PHỐ", "THỊ XÃ", "THỊ TRẤN", "QUẬN", "HUYỆN", "TỈNH", "PHƯỜNG", "XÃ", "ĐẶC KHU"]
_KEEP_UPPER = {"UBND", "HĐND", "GDĐT", "GD&ĐT", "THCS", "THPT", "TH", "MN", "VT", "TĐKT"}


def name_in_running_text(name: str) -> str:
    """An office name as it is written inside a sentence: "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" →
    "Phòng Giáo dục và Đào tạo". Names typed in mixed case are kept as typed."""
    name = _SPACES.sub(" ", nfc(name)).strip()
    if not name or name != name.upper():
        return name
    words = name.split(" ")
    out: list[str] = []
    i = 0
    place_mode = False
    while i < len(words):
        matched = False
        for phrase_list, is_unit in ((_ADMIN_UNITS, True), ([p for p, _ in _OFFICE_PHRASES], False)):
            for phrase in phrase_list:
                parts = phrase.split(" ")
                if words[i : i + len(parts)] == parts:
                    if is_unit:
                        out.append(phrase.lower())
                        place_mode = True
                    else:
                        out.append(dict(_OFFICE_PHRASES)[phrase])
                        place_mode = False
                    i += len(parts)
                    matched = True
                    break
            if matched:
                break
        if matched:
            continue
        word = words[i]
        if word in _KEEP_UPPER or any(ch.isdigit() for ch in word):
            out.append(word)
        elif place_mode or not out:
            out.append(word[:1] + word[1:].lower())
        else:
            out.append(word.lower())
        i += 1
    text = " ".join(out)
    return text[:1].upper() + text[1:]


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
    quoc_hieu: ParagraphStyle
    tieu_ngu: ParagraphStyle
    place_date: ParagraphStyle
    doc_type: ParagraphStyle
    title: ParagraphStyle
    body: ParagraphStyle
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
        quoc_hieu=_style("d30-qh", B, QUOC_HIEU_SIZE, 15),
        tieu_ngu=_style("d30-tn", B, TIEU_NGU_SIZE, 15),
        place_date=_style("d30-date", IT, PLACE_DATE_SIZE, 16),
        doc_type=_style("d30-type", B, TITLE_SIZE, 17, spaceBefore=0),
        title=_style("d30-title", B, TITLE_SIZE, 17),
        body=body,
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


class RestartNumbering(ActionFlowable):
    """Starts a new page-number sequence on the current page (each appendix counts from 1)."""

    def __init__(self):
        super().__init__(("restartNumbering",))


def text_width(text: str, font: str, size: float) -> float:
    fonts.register_fonts()
    return stringWidth(nfc(text), font, size)


def longest_line_width(text: str, font: str, size: float, avail: float) -> float:
    """Width of the longest line ``text`` takes when centred in ``avail`` (greedy word wrap)."""
    fonts.register_fonts()
    words = nfc(text).split()
    space = stringWidth(" ", font, size)
    longest = line = 0.0
    for word in words:
        w = stringWidth(word, font, size)
        if line and line + space + w > avail:
            longest = max(longest, line)
            line = w
        else:
            line = line + space + w if line else w
    return min(max(longest, line), avail)


def header_lines(text: str, font: str, size: float, avail: float) -> list[str]:
    """An office or governing-body name as the lines it prints on in its header column.

    One line when it fits. Otherwise two lines as an office would set them by hand: broken
    before the last administrative unit ("ỦY BAN NHÂN DÂN" / "PHƯỜNG TÂY MỖ") when both halves
    fit, else where the two lines come out most even; greedy wrapping when two lines are not
    enough. A plain word wrap leaves a short last line ("… PHƯỜNG" / "TÂY MỖ") under which the
    short rule looks longer than the name."""
    fonts.register_fonts()
    words = _SPACES.sub(" ", nfc(text)).strip().split(" ")
    if not words or not words[0]:
        return []

    def width(ws: list[str]) -> float:
        return stringWidth(" ".join(ws), font, size)

    if width(words) <= avail:
        return [" ".join(words)]
    splits = [i for i in range(1, len(words)) if width(words[:i]) <= avail and width(words[i:]) <= avail]
    if not splits:
        lines: list[str] = []
        line: list[str] = []
        for word in words:
            if line and width([*line, word]) > avail:
                lines.append(" ".join(line))
                line = []
            line.append(word)
        return [*lines, " ".join(line)]
    # Never inside a fixed phrase ("TRUNG HỌC CƠ SỞ", "THỊ XÃ") when another break fits.
    phrases = [p.split(" ") for p in [*_ADMIN_UNITS, *(p for p, _ in _OFFICE_PHRASES)] if " " in p]
    inside = {
        k for j in range(len(words)) for ph in phrases if words[j : j + len(ph)] == ph for k in range(j + 1, j + len(ph))
    }
    splits = [k for k in splits if k not in inside] or splits
    # Where administrative units start, reading left to right ("THỊ XÃ" once, not "XÃ" again);
    # "VĂN HÓA - XÃ HỘI" is no commune: "XÃ" there is inside a phrase.
    unit_starts: set[int] = set()
    j = 0
    while j < len(words):
        unit = next((u.split(" ") for u in _ADMIN_UNITS if words[j : j + len(u.split(" "))] == u.split(" ")), None)
        if unit and j not in inside and j + len(unit) < len(words):
            unit_starts.add(j)
            j += len(unit)
        else:
            j += 1

    def evenness(k: int) -> float:
        a, b = width(words[:k]), width(words[k:])
        return min(a, b) / max(a, b)

    at_unit = [k for k in splits if k in unit_starts and evenness(k) >= 0.4]
    if at_unit:
        i = at_unit[-1]
    else:
        i = min(splits, key=lambda k: (max(width(words[:k]), width(words[k:])), k))
    return [" ".join(words[:i]), " ".join(words[i:])]


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


# --- header ------------------------------------------------------------------------------------


def header_table(
    governing_body: str,
    office_name: str,
    number_text: str | None,
    place_date_text: str,
    width: float | None = None,
) -> Table:
    """The borderless two-column header: governing body and office with a short rule, then
    "Số"; Quốc hiệu and Tiêu ngữ with a full-length rule, then place and date on the "Số" line.
    ``number_text`` None leaves the "Số" cell empty (lists attached to a decision have none)."""
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
    place = Para(esc(place_date_text), s.place_date) if place_date_text else ""
    table = Table(
        [[left, right], [number, place]],
        colWidths=[left_w, right_w],
        hAlign="CENTER",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), R),  # empty cells too: no stray Helvetica
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                # "Số" (13) and the date line (14) share a baseline: first baselines sit one
                # font size below the cell top.
                ("TOPPADDING", (0, 1), (-1, 1), 6),
                ("TOPPADDING", (0, 1), (0, 1), 6 + PLACE_DATE_SIZE - HEADER_SIZE),
            ]
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


# --- body --------------------------------------------------------------------------------------


def body_paragraph(markup: str, marker: str = "") -> Paragraph:
    """A justified body paragraph; ``marker`` ("-", "+", "1.", "a)") starts its first line."""
    fonts.register_fonts()
    if marker:
        markup = f"{esc(marker)} {markup}"
    return Para(markup, STYLES.body)


def heading_style(level: int, numbering: str = "") -> ParagraphStyle:
    """Office practice: roman "I." headings bold upper; "1." bold; "a)" italic; deeper bold-italic."""
    if numbering == "roman":
        return STYLES.heading_upper
    if numbering == "alpha":
        return STYLES.heading_italic
    if level <= 1:
        return STYLES.heading_bold
    return STYLES.heading_bold_italic


def heading_paragraph(label: str, title: str, level: int, numbering: str = "") -> Paragraph:
    fonts.register_fonts()
    style = heading_style(level, numbering)
    text = nfc(title)
    if style is STYLES.heading_upper:
        text = text.upper()
    para = Para(esc(f"{label} {text}".strip()), style)
    para.d30_heading = True
    return para


# Lines of text that must follow a heading on the same page (Word's "keep with next" plus
# widow/orphan control). Whole-block keepWithNext would push a heading and a long paragraph
# to the next page together and leave half a page empty.
HEADING_KEEP_LINES = 3


def keep_headings_with_text(flowables: list[Flowable], width: float | None = None) -> list[Flowable]:
    """Before each run of consecutive headings, a conditional page break asking for room for
    the headings and the first lines of the text under them."""
    width = width or frame_width()
    out: list[Flowable] = []
    i = 0
    while i < len(flowables):
        f = flowables[i]
        if not getattr(f, "d30_heading", False):
            out.append(f)
            i += 1
            continue
        j = i
        needed = HEADING_KEEP_LINES * BODY_LEADING
        while j < len(flowables) and getattr(flowables[j], "d30_heading", False):
            h = flowables[j]
            needed += h.wrap(width, frame_height())[1] + h.style.spaceAfter
            j += 1
        out.append(CondPageBreak(needed))
        out.extend(flowables[i:j])
        i = j
    return out


# --- closing block -----------------------------------------------------------------------------


def recipient_lines(names: Sequence[str]) -> list[str]:
    """ "- Sở GDĐT Hà Nội;" for each, "." after the last; trailing ";" or "." in the data dropped."""
    clean = [nfc(n).strip().lstrip("-–").strip().rstrip(";.,").strip() for n in names]
    clean = [n for n in clean if n]
    return [f"- {n}{'.' if i == len(clean) - 1 else ';'}" for i, n in enumerate(clean)]


# Height of the recipient list in one row of the closing table (about 25 lines).
CLOSING_ROW_MAX = 330


def closing_block(recipients: Sequence[str], signer: Signer, width: float | None = None) -> Table:
    """ "Nơi nhận:" with its list on the left, level with the signer's title on the right; the
    signature space and the name under it."""
    fonts.register_fonts()
    s = STYLES
    width = width or frame_width()
    left_w = width * HEADER_LEFT_SHARE
    right_w = width - left_w
    left: list[Flowable] = []
    lines = recipient_lines(recipients)
    if lines:
        left.append(Para(esc(NOI_NHAN), s.noi_nhan))
        left.extend(Para(esc(line), s.recipient) for line in lines)
    right: list[Flowable] = [Para(esc(line), s.signer) for line in signer.title_lines()]
    right.append(Spacer(1, SIGNATURE_SPACE))
    right.append(Para(esc(signer.name) if signer.name.strip() else "", s.signer))
    # A long list of recipients continues in further rows, so that the table can run over a
    # page break (one row taller than the page cannot be laid out at all).
    chunks: list[list[Flowable]] = [[]]
    used = 0.0
    for item in left:
        h = item.wrap(left_w, frame_height())[1]
        if chunks[-1] and used + h > CLOSING_ROW_MAX:
            chunks.append([])
            used = 0.0
        chunks[-1].append(item)
        used += h
    rows = [[chunks[0] or "", right]] + [[chunk, ""] for chunk in chunks[1:]]
    table = Table(rows, colWidths=[left_w, right_w], hAlign="CENTER")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), R),  # empty cells too: no stray Helvetica
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                # "Nơi nhận:" (12) on the baseline of the signer's first line (14).
                ("TOPPADDING", (0, 0), (0, 0), SIGNER_SIZE - NOI_NHAN_SIZE),
            ]
        )
    )
    return table


class KeepTailWith(Flowable):
    """``body`` followed by ``after`` (the closing block), which must not stand alone on a page.

    When everything does not fit, ``body`` (a paragraph or a table) is split so that only its
    last part (the last lines, or the last rows under the repeated header row) goes to the next
    page with ``after``; the rest stays where it is. KeepTogether would move the whole of a long
    last paragraph or of a timetable to the next page and leave most of a page empty.
    Unsplittable content moves as a whole, as with KeepTogether.
    """

    def __init__(self, body: Flowable, after: Sequence[Flowable]):
        super().__init__()
        self.body = body
        self.after = list(after)

    def _content(self) -> list[Flowable]:
        return [self.body, *self.after]

    def wrap(self, avail_width, avail_height):
        # Like KeepTogether: always report too tall, so that the frame calls split(), which
        # hands the frame the pieces to place.
        self.width = avail_width
        return avail_width, 0xFFFFFF

    def split(self, avail_width, avail_height):
        canv = getattr(self, "canv", None)
        total = _listWrapOn(self._content(), avail_width, canv)[1]
        if total <= avail_height:
            return self._content()
        frame = getattr(self, "_frame", None)
        at_top = bool(frame is not None and getattr(frame, "_atTop", False))
        if frame is not None and _listWrapOn(self.after, avail_width, canv)[1] > frame._height:
            return self._content()  # a closing block longer than a page runs over the break
        body_h = _listWrapOn([self.body], avail_width, canv)[1]
        # Leave at least the last row or line of the body for the page of the closing block.
        limit = min(avail_height, body_h - 1)
        parts = self.body.split(avail_width, limit) if limit > 0 else []
        if len(parts) >= 2:
            return [*parts[:-1], KeepTailWith(parts[-1], self.after)]
        if at_top:
            return self._content()  # taller than a page and unsplittable: let it flow
        return []  # all of it on the next page


def end_of_body(last: Sequence[Flowable], closing: Flowable) -> Flowable:
    """The end of the body and the closing block on one page: the signature never stands alone.
    Only the last part of ``last[0]`` (lines of a paragraph, rows of a table) moves with it."""
    if not last:
        return closing
    return KeepTailWith(last[0], [*last[1:], Spacer(1, 6), closing])


# --- appendices --------------------------------------------------------------------------------


def appendix_start(wide: bool = True) -> list[Flowable]:
    """A new page (landscape when ``wide``) that starts its own page numbering."""
    template = LANDSCAPE_TEMPLATE if wide else PORTRAIT_TEMPLATE
    return [NextPageTemplate(template), PageBreak(), RestartNumbering()]


def attached_line(doc_type_name: str, number: int | None, symbol: str, date: DocDate, issuer: str) -> str:
    """ "(Kèm theo Kế hoạch số 06/KH-PGDĐT ngày 05 tháng 01 năm 2022 của Phòng Giáo dục và Đào tạo)";
    the number and day stay blank in a draft."""
    num = format_number(number) if number is not None else BLANK_NUMBER
    ref = f"{num}/{symbol}" if symbol else num
    issuer_text = f" của {name_in_running_text(issuer)}" if issuer.strip() else ""
    kind = nfc(doc_type_name)
    kind = kind[:1].upper() + kind[1:]
    return f"({KEM_THEO} {kind} số {ref} {formal_date(date)}{issuer_text})"


def roman(n: int) -> str:
    from thiduadesk.domain.plan import to_roman

    return to_roman(n)


def appendix_heading(
    title: str, attached: str, index: int | None = None, width: float | None = None
) -> list[Flowable]:
    """ "PHỤ LỤC" (+ roman numeral when the document has several), title UPPER, italic
    "(Kèm theo …)" and a short rule."""
    fonts.register_fonts()
    s = STYLES
    label = PHU_LUC if index is None else f"{PHU_LUC} {roman(index)}"
    out: list[Flowable] = [Para(esc(label), s.appendix_label)]
    if title.strip():
        out.append(Para(esc(nfc(title).upper()), s.appendix_title))
    if attached:
        out.append(Para(esc(attached), s.attached))
    width = width or frame_width(LANDSCAPE)
    line_w = longest_line_width(attached or title, IT, TITLE_SIZE, width)
    out.append(Rule(max(line_w / 3, 30 * mm), gap_above=RULE_GAP))
    out.append(Spacer(1, 12))
    return out


# --- tables ------------------------------------------------------------------------------------


@dataclass
class GroupRow:
    """A row spanning the whole table ("Quý I - 2022"), printed bold."""

    text: str


LEFT, CENTRE = "left", "centre"
# A group title is kept with the first row of its group unless that row is this tall.
KEEP_ROW_MAX = 200
# Rows taller than this are cut into continuation rows (a row taller than the frame could not
# be laid out at all); well under the height of a landscape frame.
MAX_ROW_HEIGHT = 340
_H_PADDING = 4
_TOP_PADDING = 3
_BOTTOM_PADDING = 4


def _cell_paragraphs(cells: Sequence[str], aligns: Sequence[str]) -> list:
    return [
        Para(esc(text), STYLES.cell_centre if aligns[c] == CENTRE else STYLES.cell) if text.strip() else ""
        for c, text in enumerate(cells)
    ]


def _split_tall_row(cells: list, widths: Sequence[float], limit: float) -> list[list]:
    """Cut the paragraphs of a too-tall row into pieces no taller than ``limit``, one
    continuation row per piece."""
    pieces: list[list] = []
    for cell, width in zip(cells, widths, strict=True):
        parts = []
        rest = cell
        while isinstance(rest, Paragraph) and rest.wrap(width, 1e9)[1] > limit:
            split = rest.split(width, limit)
            if len(split) < 2:
                break
            parts.append(split[0])
            rest = split[1]
        if rest != "":
            parts.append(rest)
        pieces.append(parts)
    depth = max((len(p) for p in pieces), default=1)
    return [[p[k] if k < len(p) else "" for p in pieces] for k in range(depth)]


def grid_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str] | GroupRow],
    col_widths: Sequence[float],
    aligns: Sequence[str] | None = None,
    max_row_height: float = MAX_ROW_HEIGHT,
) -> Table:
    """A ruled table whose header row repeats on every page; every cell wraps in its column.

    Rows do not break across pages; a group title stays with the first row of its group; a
    row taller than ``max_row_height`` continues in the rows under it."""
    fonts.register_fonts()
    s = STYLES
    ncols = len(headers)
    widths = list(col_widths)
    inner = [w - 2 * _H_PADDING for w in widths]
    aligns = list(aligns or [LEFT] * ncols)
    data: list[list] = [[Para(esc(h), s.cell_header) for h in headers]]
    commands: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), R),  # empty cells too: no stray Helvetica
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), _H_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), _H_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), _TOP_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), _BOTTOM_PADDING),
    ]
    keep_group_at: int | None = None  # data row of a group title waiting for its first row
    limit = max_row_height - _TOP_PADDING - _BOTTOM_PADDING
    for row in rows:
        r = len(data)
        if isinstance(row, GroupRow):
            data.append([Para(esc(row.text), s.cell_group)] + [""] * (ncols - 1))
            commands.append(("SPAN", (0, r), (-1, r)))
            keep_group_at = r
            continue
        texts = [str(t or "") for t in list(row)[:ncols]] + [""] * (ncols - len(row))
        cells = _cell_paragraphs(texts, aligns)
        height = max((c.wrap(w, 1e9)[1] for c, w in zip(cells, inner, strict=True) if c != ""), default=0)
        if height > limit:
            data.extend(_split_tall_row(cells, inner, limit))
        else:
            data.append(cells)
            if keep_group_at is not None and height < KEEP_ROW_MAX:
                commands.append(("NOSPLIT", (0, keep_group_at), (-1, r)))
        keep_group_at = None
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="CENTER")
    table.setStyle(TableStyle(commands))
    return table


def note_paragraph(text: str) -> Paragraph:
    fonts.register_fonts()
    return Para(esc(text), STYLES.note)

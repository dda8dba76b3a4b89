"""The body of a paper: justified paragraphs, headings in the styles offices use, the rule that
keeps a heading with the first lines under it; and the parts some papers have before their body —
a decision's competence line, italic bases and "QUYẾT ĐỊNH:", the "Kính gửi:" of a letter or
submission — and the articles of a decision."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    Table,
)

from thiduadesk.documents import fonts
from thiduadesk.documents.letter.page import (
    BODY_LEADING,
    BODY_SIZE,
    KINH_GUI,
    QUYET_DINH,
    STYLES,
    Para,
    R,
    borderless,
    frame_height,
    frame_width,
)
from thiduadesk.documents.letter.text import esc, nfc, runs_markup, text_width
from thiduadesk.domain.document import Article, Block, Section
from thiduadesk.domain.document import Paragraph as BodyParagraph

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


def blocks_flowables(blocks: list[Block]) -> list[Flowable]:
    """Sections, paragraphs and articles in reading order (headings in their office styles)."""
    out: list[Flowable] = []

    def walk(items, depth: int) -> None:
        for block in items:
            if isinstance(block, Section):
                if block.heading:
                    out.append(heading_paragraph(block.label, block.title, depth, block.style))
                walk(block.children, depth + 1)
            elif isinstance(block, Article):
                out.append(article_paragraph(block))
            elif isinstance(block, BodyParagraph):
                markup = runs_markup(block.runs)
                if markup or block.marker:
                    out.append(body_paragraph(markup, block.marker.strip()))

    walk(blocks, 0)
    return out


def article_paragraph(article: Article) -> Paragraph:
    """ "<b>Điều 1.</b> Tặng Giấy khen cho …" — the label bold, the text on the same line."""
    fonts.register_fonts()
    return Para(f"<b>{esc(article.label)}</b> {runs_markup(article.runs)}".strip(), STYLES.body)


def competence_line(text: str) -> list[Flowable]:
    """A decision's signer before the bases: "TRƯỞNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO …", bold capitals."""
    fonts.register_fonts()
    return [Para(esc(nfc(text).upper()), STYLES.competence)] if text.strip() else []


def basis_lines(bases: list[str]) -> list[Flowable]:
    """A decision's bases in italics, one a line, ";" after each and "." after the last."""
    fonts.register_fonts()
    clean = [nfc(b).strip().rstrip(";.,").strip() for b in bases]
    clean = [b for b in clean if b]
    return [Para(esc(b + ("." if i == len(clean) - 1 else ";")), STYLES.basis) for i, b in enumerate(clean)]


def decision_word() -> list[Flowable]:
    """ "QUYẾT ĐỊNH:" centred in bold between the bases and the articles."""
    fonts.register_fonts()
    return [Para(esc(QUYET_DINH), STYLES.centred_bold)]


def addressee_block(addressees: list[str], width: float | None = None) -> list[Flowable]:
    """ "Kính gửi: …" centred on one line for one recipient; for several, "Kính gửi:" with the
    "- …;" lines beside it ("." after the last), the whole block centred on the page."""
    fonts.register_fonts()
    width = width or frame_width()
    names = [nfc(a).strip().lstrip("-–").strip().rstrip(";.,").strip() for a in addressees]
    names = [n for n in names if n]
    if not names:
        return []
    if len(names) == 1:
        return [Para(esc(f"{KINH_GUI} {names[0]}."), STYLES.centred)]
    lines = [f"- {n}{'.' if i == len(names) - 1 else ';'}" for i, n in enumerate(names)]
    label_w = text_width(KINH_GUI + " ", R, BODY_SIZE) + 2
    longest = max(text_width(line, R, BODY_SIZE) for line in lines) + 2
    right_w = min(longest, width - label_w)
    table = Table(
        [[Para(esc(KINH_GUI), STYLES.addressee), [Para(esc(line), STYLES.addressee) for line in lines]]],
        colWidths=[label_w, right_w],
        hAlign="CENTER",
    )
    table.setStyle(borderless(("BOTTOMPADDING", (0, 0), (-1, -1), 6)))
    return [table]

"""The body of a paper: justified paragraphs, headings in the styles offices use, and the
rule that keeps a heading with the first lines under it."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
)

from thiduadesk.documents import fonts
from thiduadesk.documents.letter.page import BODY_LEADING, STYLES, Para, frame_height, frame_width
from thiduadesk.documents.letter.text import esc, nfc

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

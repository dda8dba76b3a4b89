"""Any official document put together from the parts of the letter layout.

    story = compose(doc, body_flowables(doc))    # the flowables of the whole paper
    data = build_pdf(doc, story)                   # the PDF as bytes

The order is Decree 30's: header (with "V/v …" under "Số" for a công văn), kind and title, a
decision's competence line and italic bases and "QUYẾT ĐỊNH:", "Kính gửi:", the body, the
closing (the last lines of the body kept with it), then attached lists and appendices, each
paginated on its own. A paper module only builds its body; it never copies these parts.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from thiduadesk.documents import fonts
from thiduadesk.documents.letter.body import (
    addressee_block,
    basis_lines,
    blocks_flowables,
    body_paragraph,
    competence_line,
    decision_word,
    keep_headings_with_text,
)
from thiduadesk.documents.letter.closing import closing_block, end_of_body
from thiduadesk.documents.letter.header import header_table, type_and_title
from thiduadesk.documents.letter.page import (
    DANH_SACH,
    IT,
    LANDSCAPE,
    PORTRAIT,
    RULE_GAP,
    STYLES,
    TITLE_SIZE,
    Decree30Doc,
    Para,
    Rule,
    frame_width,
)
from thiduadesk.documents.letter.tables import (
    CENTRE,
    LEFT,
    GroupRow,
    appendix_start,
    attached_line,
    grid_table,
)
from thiduadesk.documents.letter.text import esc, longest_line_width, name_in_running_text, nfc
from thiduadesk.domain.dates import place_date_line
from thiduadesk.domain.document import DECISION, LETTER, AttachedList, OfficialDocument
from thiduadesk.domain.numbering import number_line


def header(doc: OfficialDocument) -> Flowable:
    return header_table(
        doc.governing_body,
        doc.office_name,
        number_line(doc.number, doc.symbol),
        place_date_line(nfc(doc.place).strip(), doc.date),
        summary=doc.summary if doc.doc_type == LETTER else "",
    )


def opening(doc: OfficialDocument) -> list[Flowable]:
    """Everything above the body: header, kind and title, competence, bases, "QUYẾT ĐỊNH:",
    "Kính gửi:". A công văn has no kind line: its "V/v …" stands in the header."""
    out: list[Flowable] = [header(doc)]
    if doc.doc_type == LETTER:
        out.append(Spacer(1, 18))
    else:
        out.extend(type_and_title(doc.kind_name, doc.title))
    if doc.doc_type == DECISION:
        out.extend(competence_line(doc.competence))
        out.extend(basis_lines(doc.bases))
        out.extend(decision_word())
    out.extend(addressee_block(doc.addressees))
    return out


def prose_bases(doc: OfficialDocument) -> list[Flowable]:
    """Bases written as the first paragraphs of the body (plans, letters, submissions); a
    decision prints them above "QUYẾT ĐỊNH:" instead."""
    if doc.doc_type == DECISION:
        return []
    return [body_paragraph(esc(base)) for base in doc.bases if base.strip()]


def body_flowables(doc: OfficialDocument) -> list[Flowable]:
    return [*prose_bases(doc), *blocks_flowables(doc.body)]


def compose(
    doc: OfficialDocument,
    body: list[Flowable],
    *,
    tail: int = 1,
    appendices: Sequence[Flowable] = (),
    opening_flowables: Sequence[Flowable] | None = None,
) -> list[Flowable]:
    """The whole paper. The last ``tail`` flowables of ``body`` go to the page of the closing
    block (the signature never stands alone); ``appendices`` follow the attached lists."""
    story = list(opening(doc) if opening_flowables is None else opening_flowables)
    closing = closing_block([r.printed() for r in doc.recipients], doc.signatures)
    story.extend(keep_headings_with_text(body[:-tail] if tail else body))
    story.append(end_of_body(body[-tail:] if tail else [], closing))
    for attachment in doc.attachments:
        story.extend(attached_list_pages(doc, attachment))
    story.extend(appendices)
    return story


def attached_to(doc: OfficialDocument) -> str:
    """ "(Kèm theo Quyết định số …/QĐ-… ngày … tháng … năm … của …)" for lists and appendices."""
    return attached_line(doc.kind_name, doc.number, doc.symbol, doc.date, doc.office_name)


def list_heading(title: str, attached: str, width: float) -> list[Flowable]:
    """ "DANH SÁCH", its title and the italic "(Kèm theo …)" line, with a short rule."""
    out: list[Flowable] = [Spacer(1, 18), Para(esc(DANH_SACH), STYLES.doc_type)]
    if title.strip():
        out.append(Para(esc(title), STYLES.title))
    if attached:
        out.append(Para(esc(attached), STYLES.attached))
    line_w = longest_line_width(attached or title, IT, TITLE_SIZE, width)
    out.append(Rule(max(line_w / 3, 30 * mm), gap_above=RULE_GAP))
    out.append(Spacer(1, 12))
    return out


def list_table(attachment: AttachedList, width: float) -> Flowable:
    """The ruled table of a list; a number column ("TT", "STT") is centred, the rest left."""
    n = len(attachment.headers)
    weights = list(attachment.weights) or [1.0] * n
    total = sum(weights) or 1.0
    widths = [width * w / total for w in weights]
    rows = [GroupRow(r) if isinstance(r, str) else r for r in attachment.rows]
    numbered = n and attachment.headers[0].strip().rstrip(".").upper() in ("TT", "STT")
    aligns = [CENTRE if numbered and c == 0 else LEFT for c in range(n)]
    return grid_table(attachment.headers, rows, widths, aligns)


def attached_list_pages(doc: OfficialDocument, attachment: AttachedList, *, new_page: bool = True) -> list[Flowable]:
    """A list attached to ``doc`` on pages of its own: the office header and Quốc hiệu without
    "Số", then "DANH SÁCH", the title, "(Kèm theo …)" and the table."""
    pagesize = LANDSCAPE if attachment.landscape else PORTRAIT
    width = frame_width(pagesize)
    return [
        *(appendix_start(wide=attachment.landscape) if new_page else []),
        header_table(doc.governing_body, doc.office_name, None, "", width=width),
        *list_heading(attachment.title, attached_to(doc), width),
        list_table(attachment, width),
    ]


def build_pdf(doc: OfficialDocument, story: list[Flowable], *, landscape_first: bool = False) -> bytes:
    """The PDF of ``story`` (same document → same bytes: archived papers reprint identically).
    ``landscape_first`` starts on a landscape page (a wide list printed alone)."""
    fonts.register_fonts()
    buf = io.BytesIO()
    pdf = Decree30Doc(
        buf,
        title=f"{doc.kind_name} {doc.title or doc.summary}".strip(),
        author=name_in_running_text(doc.office_name),
        subject=number_line(doc.number, doc.symbol),
    )
    if landscape_first:
        pdf._firstPageTemplateIndex = 1  # the landscape template (ReportLab's own switch)
    pdf.build(story)
    return buf.getvalue()

"""The end of a paper: "Nơi nhận:" and the signatures, kept on one page with the last lines
of the body."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import (
    Flowable,
    Spacer,
    Table,
)
from reportlab.platypus.flowables import _listWrapOn

from thiduadesk.documents import fonts
from thiduadesk.documents.letter.page import (
    HEADER_LEFT_SHARE,
    NOI_NHAN,
    NOI_NHAN_SIZE,
    SIGNATURE_SPACE,
    SIGNER_SIZE,
    STYLES,
    Para,
    borderless,
    frame_height,
    frame_width,
)
from thiduadesk.documents.letter.text import esc, nfc
from thiduadesk.domain.model import Signer

# --- closing block -----------------------------------------------------------------------------


def recipient_lines(names: Sequence[str]) -> list[str]:
    """ "- Sở GDĐT Hà Nội;" for each, "." after the last; trailing ";" or "." in the data dropped."""
    clean = [nfc(n).strip().lstrip("-–").strip().rstrip(";.,").strip() for n in names]
    clean = [n for n in clean if n]
    return [f"- {n}{'.' if i == len(clean) - 1 else ';'}" for i, n in enumerate(clean)]


# Height of the recipient list in one row of the closing table (about 25 lines).
CLOSING_ROW_MAX = 330


def signature_cell(signer: Signer) -> list[Flowable]:
    """Authority and position lines, the space for the hand signature and seal, the name."""
    s = STYLES
    cell: list[Flowable] = [Para(esc(line), s.signer) for line in signer.title_lines()]
    cell.append(Spacer(1, SIGNATURE_SPACE))
    cell.append(Para(esc(signer.name) if signer.name.strip() else "", s.signer))
    return cell


def _recipient_flowables(recipients: Sequence[str]) -> list[Flowable]:
    lines = recipient_lines(recipients)
    if not lines:
        return []
    return [Para(esc(NOI_NHAN), STYLES.noi_nhan), *(Para(esc(line), STYLES.recipient) for line in lines)]


def closing_block(
    recipients: Sequence[str], signers: Signer | Sequence[Signer], width: float | None = None
) -> Table:
    """ "Nơi nhận:" with its list on the left, level with the signer's title on the right; the
    signature space and the name under it. Two signers stand side by side (minutes: the
    secretary left, the chair right; a joint plan: one per office), "Nơi nhận:" under them."""
    fonts.register_fonts()
    signers = [signers] if isinstance(signers, Signer) else list(signers)
    if len(signers) >= 2:
        return _two_signatures(recipients, signers[-2], signers[-1], width or frame_width())
    signer = signers[0] if signers else Signer()
    width = width or frame_width()
    left_w = width * HEADER_LEFT_SHARE
    right_w = width - left_w
    left = _recipient_flowables(recipients)
    right = signature_cell(signer)
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
        borderless(
            # "Nơi nhận:" (12) on the baseline of the signer's first line (14).
            ("TOPPADDING", (0, 0), (0, 0), SIGNER_SIZE - NOI_NHAN_SIZE),
        )
    )
    return table


def _two_signatures(recipients: Sequence[str], left_signer: Signer, right_signer: Signer, width: float) -> Table:
    half = width / 2
    rows: list[list] = [[signature_cell(left_signer), signature_cell(right_signer)]]
    below = _recipient_flowables(recipients)
    if below:
        rows.append([below, ""])
    table = Table(rows, colWidths=[half, half], hAlign="CENTER")
    table.setStyle(
        borderless(
            ("TOPPADDING", (0, 1), (-1, 1), 12),
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

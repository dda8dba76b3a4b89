"""Ruled tables (timetables, attached lists) and appendix pages with their own numbering and
their "(Kèm theo …)" line."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    LongTable,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from thiduadesk.documents import fonts
from thiduadesk.documents.letter.page import (
    IT,
    KEM_THEO,
    LANDSCAPE,
    LANDSCAPE_TEMPLATE,
    PHU_LUC,
    PORTRAIT_TEMPLATE,
    RULE_GAP,
    STYLES,
    TITLE_SIZE,
    Para,
    R,
    RestartNumbering,
    Rule,
    frame_width,
)
from thiduadesk.documents.letter.text import esc, longest_line_width, name_in_running_text, nfc
from thiduadesk.domain.dates import DocDate, formal_date
from thiduadesk.domain.numbering import BLANK_NUMBER, format_number

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
        _cell_paragraph(esc(text), aligns[c] == CENTRE) if text.strip() else ""
        for c, text in enumerate(cells)
    ]


def _cell_paragraph(markup: str, centred: bool) -> Para:
    """A cell's paragraph, its markup parsed once per text: a long list repeats its units,
    awards and ratings thousands of times, and ReportLab parses each paragraph's markup anew."""
    style = STYLES.cell_centre if centred else STYLES.cell
    return Para(markup, style, frags=_parsed(markup, centred))


@functools.lru_cache(maxsize=8192)
def _parsed(markup: str, centred: bool) -> list:
    return Para(markup, STYLES.cell_centre if centred else STYLES.cell).frags


def split_tall_row(cells: list, widths: Sequence[float], limit: float) -> list[list]:
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


_BASE_COMMANDS: tuple[tuple, ...] = (
    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("FONTNAME", (0, 0), (-1, -1), R),  # empty cells too: no stray Helvetica
    ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
    ("LEFTPADDING", (0, 0), (-1, -1), _H_PADDING),
    ("RIGHTPADDING", (0, 0), (-1, -1), _H_PADDING),
    ("TOPPADDING", (0, 0), (-1, -1), _TOP_PADDING),
    ("BOTTOMPADDING", (0, 0), (-1, -1), _BOTTOM_PADDING),
)


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
    commands: list[tuple] = list(_BASE_COMMANDS)
    keep_group_at: int | None = None  # data row of a group title waiting for its first row
    limit = max_row_height - _TOP_PADDING - _BOTTOM_PADDING
    heights: list[float] = [0.0]  # of each data row's tallest cell (the header's is measured later)
    groups: list[int] = []
    for row in rows:
        r = len(data)
        if isinstance(row, GroupRow):
            data.append([Para(esc(row.text), s.cell_group)] + [""] * (ncols - 1))
            heights.append(data[-1][0].wrap(sum(widths) - 2 * _H_PADDING, 1e9)[1])
            commands.append(("SPAN", (0, r), (-1, r)))
            groups.append(r)
            keep_group_at = r
            continue
        texts = [str(t or "") for t in list(row)[:ncols]] + [""] * (ncols - len(row))
        cells = _cell_paragraphs(texts, aligns)
        height = max((c.wrap(w, 1e9)[1] for c, w in zip(cells, inner, strict=True) if c != ""), default=0)
        if height > limit:
            pieces = split_tall_row(cells, inner, limit)
            data.extend(pieces)
            heights.extend(max((c.wrap(w, 1e9)[1] for c, w in zip(piece, inner, strict=True) if c != ""),
                               default=0) for piece in pieces)
        else:
            data.append(cells)
            heights.append(height)
            if keep_group_at is not None and height < KEEP_ROW_MAX:
                commands.append(("NOSPLIT", (0, keep_group_at), (-1, r)))
        keep_group_at = None
    if len(data) > PAGED_ROWS:
        return PagedTable(data, heights, widths, commands[:len(_BASE_COMMANDS)], set(groups))
    # LongTable: the same table and the same bytes, but its rows are measured once rather than
    # again at every page break (a 2,500-row award list: 5.4 s → 3.8 s).
    table = LongTable(data, colWidths=widths, repeatRows=1, hAlign="CENTER")
    table.setStyle(TableStyle(commands))
    return table


# A table longer than this is cut into pages by PagedTable: ReportLab's own split goes over
# every remaining row at each page break, which grows with the square of the length.
PAGED_ROWS = 300


class PagedTable(Flowable):
    """A long ruled table laid out a page at a time from row heights measured once: each page
    is a table of its own with the header row on top. A group title is never left alone at the
    foot of a page."""

    def __init__(self, data: list[list], heights: list[float], widths: list[float], commands: list[tuple],
                 groups: set[int]):
        super().__init__()
        self.data, self.widths, self.commands, self.groups = data, widths, commands, groups
        self.heights = [h + _TOP_PADDING + _BOTTOM_PADDING for h in heights]
        self.hAlign = "CENTER"
        self._whole: Table | None = None

    def _header_height(self, width: float) -> float:
        header = Table([self.data[0]], colWidths=self.widths)
        header.setStyle(TableStyle(self.commands))
        return header.wrap(width, 1e9)[1]

    def _table(self, first: int, end: int) -> Table:
        """The header and data rows ``first`` … ``end - 1`` as one table."""
        rows = [self.data[0], *self.data[first:end]]
        commands = list(self.commands)
        commands += [("SPAN", (0, r - first + 1), (-1, r - first + 1)) for r in self.groups if first <= r < end]
        table = Table(rows, colWidths=self.widths, repeatRows=1)
        table.setStyle(TableStyle(commands))
        return table

    def wrap(self, aw: float, ah: float):
        self.heights[0] = self._header_height(aw)
        self._whole = None
        if sum(self.heights) <= ah:  # the rest may fit: measured for real, as it will be drawn
            self._whole = self._table(1, len(self.data))
            return self._whole.wrap(aw, ah)
        return sum(self.widths), sum(self.heights)

    def split(self, aw: float, ah: float) -> list[Flowable]:
        room, used, end = ah - self._header_height(aw), 0.0, 1
        while end < len(self.data) and used + self.heights[end] <= room:
            used += self.heights[end]
            end += 1
        if end < len(self.data) and end - 1 in self.groups:
            end -= 1  # the group title goes over with its first row
        if end <= 1:
            return []  # not one row fits: the next page
        page = self._table(1, end)
        while end > 2 and page.wrap(aw, ah)[1] > ah:  # measured a hair short: one row fewer
            end -= 1
            page = self._table(1, end)
        rest = PagedTable([self.data[0], *self.data[end:]], [0.0, *[h - _TOP_PADDING - _BOTTOM_PADDING
                          for h in self.heights[end:]]], self.widths, self.commands,
                          {r - end + 1 for r in self.groups if r >= end})
        page.hAlign = "CENTER"
        return [page, rest]

    def draw(self) -> None:
        table = self._whole or self._table(1, len(self.data))
        table.wrapOn(self.canv, sum(self.widths), 1e9)
        table.drawOn(self.canv, 0, 0)


def note_paragraph(text: str) -> Paragraph:
    fonts.register_fonts()
    return Para(esc(text), STYLES.note)

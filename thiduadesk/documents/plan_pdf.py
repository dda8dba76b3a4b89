"""An emulation plan (kế hoạch) printed as PDF in the format of Decree 30/2020/NĐ-CP.

    render_plan_pdf(plan, "ke-hoach.pdf")     # or a binary file object
    data = plan_pdf_bytes(plan)               # for the preview

The output is byte-for-byte the same for the same plan (issued plans are archived and must
reprint identically): no timestamps, no random identifiers.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from thiduadesk.documents import letter, output
from thiduadesk.domain.officialese import CONTENT, DUE, EXECUTORS, GUIDE, NUMBER, timetable_column_fields
from thiduadesk.domain.plan import DEFAULT_TIMETABLE_HEADERS, Plan, Timetable

# --- timetable columns -------------------------------------------------------------------------

# Relative widths; the TT column has a fixed width.
_WEIGHTS = {CONTENT: 4.0, GUIDE: 1.7, EXECUTORS: 1.5, DUE: 1.5, "": 1.5}
_NUMBER_WIDTH = 12 * mm


def timetable_cells(row, n: int) -> dict[str, str]:
    """The printed cells of the ``n``-th timetable row, by column field (PDF and Word alike)."""
    return {NUMBER: f"{n}.", CONTENT: row.content, GUIDE: row.guide, EXECUTORS: row.executors, DUE: row.due}


def printed_headers(timetable: Timetable) -> list[str]:
    """The column titles to print; the default set when the plan has none (a table needs columns)."""
    return list(timetable.headers) or list(DEFAULT_TIMETABLE_HEADERS)


def column_fields(headers: list[str]) -> list[str]:
    """Which row field each header shows (the one mapper of domain/officialese.py); a title that
    names none shows the field of its position, since every printed column shows a field."""
    return timetable_column_fields(headers, by_position=True)


def column_widths(fields: list[str], width: float) -> list[float]:
    fixed = sum(_NUMBER_WIDTH for f in fields if f == NUMBER)
    weights = [0.0 if f == NUMBER else _WEIGHTS.get(f, 1.5) for f in fields]
    total = sum(weights) or 1.0
    rest = max(width - fixed, 0)
    return [_NUMBER_WIDTH if f == NUMBER else rest * w / total for f, w in zip(fields, weights, strict=True)]


def timetable_table(timetable: Timetable, width: float) -> Flowable:
    headers = printed_headers(timetable)
    fields = column_fields(headers)
    rows: list = []
    n = 0
    for group, members in timetable.groups():
        if group.strip():
            rows.append(letter.GroupRow(group))
        for row in members:
            n += 1
            values = timetable_cells(row, n)
            rows.append([values.get(f, "") for f in fields])
    aligns = [letter.LEFT if f == CONTENT else letter.CENTRE for f in fields]
    return letter.grid_table(headers, rows, column_widths(fields, width), aligns)


# --- the plan ----------------------------------------------------------------------------------


# Rows of a timetable (under its header row) that must follow its title on the same page.
TABLE_KEEP_ROWS = 2


def _timetable_in_body(timetable: Timetable) -> list[Flowable]:
    """Title, table and note. The title asks for room for itself, the header row and the first
    rows; the table then flows over the pages (keepWithNext would move it whole to a new page)."""
    width = letter.frame_width(letter.PORTRAIT)
    out: list[Flowable] = []
    table = timetable_table(timetable, width)
    table.wrap(width, letter.frame_height())
    needed = sum(table._rowHeights[: 1 + TABLE_KEEP_ROWS])
    if timetable.title.strip():
        title = letter.Para(letter.esc(timetable.title), letter.STYLES.centred_bold)
        needed += title.wrap(width, letter.frame_height())[1] + title.style.spaceAfter
        out += [CondPageBreak(min(needed, letter.frame_height() / 2)), title]
    else:
        out.append(CondPageBreak(min(needed, letter.frame_height() / 2)))  # very tall rows: no empty page
    out.append(table)
    if timetable.note.strip():
        out.append(letter.note_paragraph(timetable.note))
    return out


def _timetable_appendix(plan: Plan, timetable: Timetable) -> list[Flowable]:
    width = letter.frame_width(letter.LANDSCAPE)
    attached = letter.attached_to(plan)
    out: list[Flowable] = [*letter.appendix_start(wide=True)]
    out.extend(letter.appendix_heading(timetable.title, attached, width=width))
    out.append(timetable_table(timetable, width))
    if timetable.note.strip():
        out.append(letter.note_paragraph(timetable.note))
    return out


def plan_story(plan: Plan) -> list[Flowable]:
    """The flowables of a plan, in reading order: the letter layout with the plan's body, its
    timetable in the body or as a landscape appendix."""
    body = letter.body_flowables(plan)
    tail = 1  # flowables at the end of the body that go with the closing block
    tt = plan.timetable if plan.timetable and plan.timetable.rows else None
    if tt and not tt.as_appendix:
        body.extend(_timetable_in_body(tt))
        tail = 2 if tt.note.strip() else 1  # the table (its last rows), and the note under it
    appendices = _timetable_appendix(plan, tt) if tt and tt.as_appendix else []
    return letter.compose(plan, body, tail=tail, appendices=appendices)


def plan_pdf_bytes(plan: Plan) -> bytes:
    """The PDF of ``plan`` as bytes (same plan → same bytes)."""
    return letter.build_pdf(plan, plan_story(plan))


def render_plan_pdf(plan: Plan, out: str | Path | BinaryIO) -> None:
    """Write the PDF of ``plan`` to a path (atomically: a failed render leaves no half file) or
    to a binary file object."""
    data = plan_pdf_bytes(plan)
    if hasattr(out, "write"):
        out.write(data)
        return
    output.write_bytes(out, data)

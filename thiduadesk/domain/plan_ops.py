"""Operations on plans that need no storage: rolling last year's plan forward, versions."""

from __future__ import annotations

import copy
import re

from thiduadesk.domain.plan import DRAFT, DocDate, Paragraph, Plan, Run, Section

# A four-digit year between 1990 and 2099, not part of a longer number or a document number
# such as "4340/KH-SGDĐT" (digits glued to a slash are left alone).
_YEAR = re.compile(r"(?<![\d/])(19[9]\d|20\d\d)(?![\d/])")


def shift_years(text: str, years: int) -> str:
    """'năm 2022 (năm học 2021 - 2022)' → 'năm 2023 (năm học 2022 - 2023)'.

    Dates such as '22/12/2021' are left alone: they are references to issued documents.
    """
    out = []
    last = 0
    for m in _YEAR.finditer(text):
        start = m.start()
        # Skip the year of a dd/mm/yyyy date and of a symbol such as "QĐ-UBND-2021".
        prev = text[start - 1] if start else ""
        if prev == "/" or (prev == "-" and start >= 2 and text[start - 2].isalpha()):
            continue
        out.append(text[last:start])
        out.append(str(int(m.group(1)) + years))
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def _shift_block(block, years: int):
    if isinstance(block, Section):
        block.title = shift_years(block.title, years)
        for child in block.children:
            _shift_block(child, years)
    elif isinstance(block, Paragraph):
        block.runs = [Run(shift_years(r.text, years), r.bold, r.italic) for r in block.runs]


def _shift_iso(value: str, years: int) -> str:
    if not value:
        return value
    y, _, rest = value.partition("-")
    shifted = f"{int(y) + years}-{rest}" if rest else str(int(y) + years)
    if shifted.endswith("-02-29"):  # 29 February does not exist every year
        shifted = shifted[:-2] + "28"
    return shifted


def as_new_draft(plan: Plan) -> Plan:
    """A copy ready to edit: no id, number or day; state draft."""
    new = copy.deepcopy(plan)
    new.id = None
    new.number = None
    new.state = DRAFT
    new.date = DocDate(None, None, plan.date.year)
    return new


def copy_for_next_year(plan: Plan, years: int = 1) -> Plan:
    """Last year's plan as this year's draft: years moved forward, number and date cleared.

    Legal bases are kept as they were (the clerk replaces them with this year's upper-level
    plans), but their years are not shifted — a basis names a real, dated document — and each is
    marked to be checked (:func:`bases_to_check`) until the clerk edits or confirms it.
    """
    new = as_new_draft(plan)
    new.version = 1
    new.parent_id = None
    new.bases_to_check = [b for b in new.bases if b.strip()]  # last year's documents: to be checked
    new.title = shift_years(plan.title, years)
    new.date = DocDate(None, None, (plan.date.year + years) if plan.date.year else None)
    for block in new.body:
        _shift_block(block, years)
    if new.timetable:
        new.timetable.title = shift_years(new.timetable.title, years)
        for row in new.timetable.rows:
            row.content = shift_years(row.content, years)
            row.due = shift_years(_shift_due(row.due, years), years) if row.due else row.due
            row.group = shift_years(row.group, years)
            row.due_iso = _shift_iso(row.due_iso, years)
    return new


_DATE_YEAR = re.compile(r"(\d{1,2}/)(\d{4})\b|(\d{1,2}/\d{1,2}/)(\d{4})\b")


def _shift_due(text: str, years: int) -> str:
    """Due dates in the timetable do move: 'Tháng 01/2022' → 'Tháng 01/2023'."""

    def repl(m):
        if m.group(1):
            return f"{m.group(1)}{int(m.group(2)) + years}"
        return f"{m.group(3)}{int(m.group(4)) + years}"

    return _DATE_YEAR.sub(repl, text)


def new_version(plan: Plan) -> Plan:
    """The next version of an issued plan: a draft linked to it, to be issued with a new number."""
    new = as_new_draft(plan)
    new.version = plan.version + 1
    new.parent_id = plan.id
    return new


def bases_to_check(plan: Plan) -> list[int]:
    """Indices of the legal bases still as they were copied from last year's plan."""
    marked = {b.strip() for b in plan.bases_to_check}
    return [i for i, basis in enumerate(plan.bases) if basis.strip() and basis.strip() in marked]


def confirm_bases(plan: Plan) -> None:
    """The clerk has checked the copied bases: none is marked any more."""
    plan.bases_to_check = []


def bases_warning(plan: Plan) -> str:
    """The notice before printing or issuing while copied bases are unchecked (Vietnamese), or ""."""
    count = len(bases_to_check(plan))
    if not count:
        return ""
    return (f"{count} căn cứ chép từ kế hoạch năm trước chưa được kiểm tra (tô vàng ở trang Chung): có thể "
            "vẫn dẫn văn bản của năm cũ. Hãy sửa cho đúng văn bản của năm nay, hoặc bấm «Đã kiểm tra căn cứ».")

"""A school's award list as the tests write it: the standard template's headers (or none) and the
given rows, in a one-sheet .xlsx. Returns the path as text (what the command line and the import
dialog take)."""

from __future__ import annotations

import openpyxl

from thiduadesk.exchange.award_lists import template_headers


def write_award_list(path, rows, *, headers: bool = True) -> str:
    wb = openpyxl.Workbook()
    ws = wb.active
    if headers:
        ws.append(template_headers())
    for row in rows:
        ws.append(row)
    wb.save(path)
    return str(path)

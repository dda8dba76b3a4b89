"""Document numbers and symbols of Decree 30/2020/NĐ-CP (dates: ``thiduadesk.domain.dates``)."""

from __future__ import annotations

# Document types and their abbreviations (Decree 30, Appendix III): domain/officialese.py.
from thiduadesk.domain.officialese import DOC_TYPES  # noqa: F401  (imported from here too)

# Blank widths used by offices in drafts, before the number and date are given after signing.
BLANK_NUMBER = "\u00a0" * 6


def format_number(number: int | None) -> str:
    """06 for 6, 123 for 123: numbers below 10 take a leading zero."""
    if number is None:
        return ""
    return f"{number:02d}"


def number_line(number: int | None, symbol: str) -> str:
    """'Số: 06/KH-PGDĐT', or 'Số:      /KH-PGDĐT' while the number is blank."""
    num = format_number(number) if number is not None else BLANK_NUMBER
    return f"Số: {num}/{symbol}" if symbol else f"Số: {num}"


def number_and_symbol(number: int | None, symbol: str) -> str:
    return f"{format_number(number)}/{symbol}" if number is not None else f"/{symbol}"

"""Document numbers, symbols and the formal date line of Decree 30/2020/NĐ-CP."""

from __future__ import annotations

from thiduadesk.domain.plan import DocDate

# Document types and their abbreviations (Decree 30, Appendix III). Công văn has none.
DOC_TYPES = {
    "KH": "Kế hoạch",
    "QĐ": "Quyết định",
    "TTr": "Tờ trình",
    "BC": "Báo cáo",
    "BB": "Biên bản",
    "TB": "Thông báo",
    "HD": "Hướng dẫn",
    "CTr": "Chương trình",
    "GM": "Giấy mời",
    "QyĐ": "Quy định",
    "CV": "Công văn",
}

# Blank widths used by offices in drafts, before the number and date are given after signing.
BLANK_NUMBER = "\u00a0" * 6
BLANK_DAY = "\u00a0" * 6


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


def _two(value: int | None, pad: bool) -> str:
    if value is None:
        return BLANK_DAY
    return f"{value:02d}" if pad else str(value)


def formal_date(date: DocDate) -> str:
    """'ngày 05 tháng 01 năm 2022': days below 10 and months 1–2 take a leading zero."""
    day = _two(date.day, pad=True)
    month = _two(date.month, pad=date.month is not None and date.month <= 2)
    year = str(date.year) if date.year else BLANK_DAY
    return f"ngày {day} tháng {month} năm {year}"


def place_date_line(place: str, date: DocDate) -> str:
    """'Nam Từ Liêm, ngày 05 tháng 01 năm 2022' (the italic line under the motto)."""
    return f"{place}, {formal_date(date)}" if place else formal_date(date).capitalize()


def short_date(date: DocDate) -> str:
    """dd/MM/yyyy for tables and the register; blanks left as dots."""
    d = f"{date.day:02d}" if date.day else ".."
    m = f"{date.month:02d}" if date.month else ".."
    y = str(date.year) if date.year else "...."
    return f"{d}/{m}/{y}"

"""Dates of official Vietnamese papers: the document date that may still be blank in a draft, and
the two ways the program writes a date — dd/MM/yyyy on screen and in tables, and the formal line
"ngày 05 tháng 01 năm 2022" of Decree 30 (every other module formats dates through these).
Finding the dates written in a text is ``domain/date_finder.py``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# Blank width offices leave in drafts, before the date is given after signing.
BLANK = "\u00a0" * 6


@dataclass
class DocDate:
    """A document date whose day or month may still be blank in a draft."""

    day: int | None = None
    month: int | None = None
    year: int | None = None

    def is_complete(self) -> bool:
        return None not in (self.day, self.month, self.year)

    def iso(self) -> str | None:
        if not self.is_complete():
            return None
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def from_iso(cls, value: str | None) -> DocDate:
        if not value:
            return cls()
        y, m, d = (int(p) for p in value.split("-"))
        return cls(d, m, y)

    @classmethod
    def of(cls, date: dt.date) -> DocDate:
        return cls(date.day, date.month, date.year)


def _two(value: int | None, pad: bool) -> str:
    if value is None:
        return BLANK
    return f"{value:02d}" if pad else str(value)


def formal_date(date: DocDate) -> str:
    """'ngày 05 tháng 01 năm 2022': days below 10 and months 1–2 take a leading zero."""
    day = _two(date.day, pad=True)
    month = _two(date.month, pad=date.month is not None and date.month <= 2)
    year = str(date.year) if date.year else BLANK
    return f"ngày {day} tháng {month} năm {year}"


def place_date_line(place: str, date: DocDate) -> str:
    """'Nam Từ Liêm, ngày 05 tháng 01 năm 2022' (the italic line under the motto)."""
    return f"{place}, {formal_date(date)}" if place else formal_date(date).capitalize()


def short_date(date: DocDate) -> str:
    """dd/MM/yyyy of a document date, blanks left as dots ("../01/2022")."""
    d = f"{date.day:02d}" if date.day else ".."
    m = f"{date.month:02d}" if date.month else ".."
    y = str(date.year) if date.year else "...."
    return f"{d}/{m}/{y}"


def screen_datetime(value: dt.datetime, *, seconds: bool = False) -> str:
    """dd/MM/yyyy HH:mm (with :ss when asked), e.g. when a backup was taken."""
    return screen_date(value.date()) + value.strftime(" %H:%M:%S" if seconds else " %H:%M")


def screen_date(value: dt.date | str | DocDate | None) -> str:
    """dd/MM/yyyy, the form every Vietnamese office reads, whatever the UI language; "" for none.

    Takes a date, an ISO string ("2024-01-05", or "2024-01" for a month → "01/2024") or a DocDate.
    """
    if value is None or value == "":
        return ""
    if isinstance(value, DocDate):
        return short_date(value) if value.year or value.month or value.day else ""
    if isinstance(value, str):
        if len(value) == 7:  # a month-only milestone
            year, month = value.split("-")
            return f"{month}/{year}"
        value = dt.date.fromisoformat(value[:10])
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def is_iso_date(text: str) -> bool:
    """"2024-06-15": a real day written as ISO, nothing more."""
    if not isinstance(text, str) or len(text) != 10:
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def is_valid_date(year: int, month: int, day: int | None = None) -> bool:
    """A real calendar date (``day`` None: a real month)."""
    try:
        dt.date(year, month, 1 if day is None else day)  # day 0 is no day
    except ValueError:
        return False
    return True

"""An emulation plan (kế hoạch) as data: the shared document model (domain/document.py) with a
tree of sections and a timetable.

It round-trips through plain dicts (``to_dict`` / ``plan_from_dict``) so storage can keep it as
JSON; plans stored with one ``signature`` read as a one-signature list.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from thiduadesk.domain.dates import DocDate  # noqa: F401  (a plan's date; imported from here too)
from thiduadesk.domain.document import (  # noqa: F401  (the body blocks of a plan)
    ALPHA,
    ARABIC,
    DECIMAL,
    DRAFT,
    ISSUED,
    NONE,
    NUMBERING_STYLES,
    ROMAN,
    Block,
    OfficialDocument,
    Paragraph,
    Recipient,
    Run,
    Section,
    header_from_dict,
)


@dataclass
class TimetableRow:
    content: str
    guide: str = ""  # unit that guides (đơn vị triển khai, hướng dẫn)
    executors: str = ""  # units that carry out (đơn vị thực hiện)
    due: str = ""  # as printed: "Tháng 01/2022", "Trước ngày 15/11/2022"
    due_iso: str = ""  # recognised date: "2022-11-15" or month "2022-01"; "" if none
    group: str = ""  # e.g. "Quý I - 2022"


DEFAULT_TIMETABLE_HEADERS = [
    "TT",
    "Nội dung nhiệm vụ",
    "Đơn vị triển khai, hướng dẫn thực hiện",
    "Đơn vị thực hiện",
    "Thời gian hoàn thành",
]


@dataclass
class Timetable:
    rows: list[TimetableRow] = field(default_factory=list)
    title: str = "Tiến độ thực hiện"
    note: str = ""
    as_appendix: bool = True
    headers: list[str] = field(default_factory=lambda: list(DEFAULT_TIMETABLE_HEADERS))

    def groups(self) -> list[tuple[str, list[TimetableRow]]]:
        """Rows in order, grouped by consecutive equal ``group`` values."""
        out: list[tuple[str, list[TimetableRow]]] = []
        for row in self.rows:
            if not out or out[-1][0] != row.group:
                out.append((row.group, []))
            out[-1][1].append(row)
        return out


@dataclass
class Plan(OfficialDocument):
    """A plan: the shared header model, a body of sections, and a timetable (tiến độ)."""

    symbol: str = "KH-PGDĐT"
    timetable: Timetable | None = None
    # Legal bases copied from last year's plan (copy to next year), as they were copied: a basis
    # still written so has not been checked (domain/plan_ops.bases_to_check); editing it, or the
    # clerk's "checked", takes it off.
    bases_to_check: list[str] = field(default_factory=list)

    def headings(self) -> list[str]:
        """Top-level section headings in order, as printed ("I. MỤC ĐÍCH, YÊU CẦU")."""
        return [b.heading for b in self.body if isinstance(b, Section)]


def plan_from_dict(data: dict) -> Plan:
    tt = data.get("timetable")
    return Plan(
        **header_from_dict(data),
        timetable=(
            Timetable(
                rows=[TimetableRow(**r) for r in tt.get("rows", [])],
                title=tt.get("title", ""),
                note=tt.get("note", ""),
                as_appendix=tt.get("as_appendix", True),
                headers=list(tt.get("headers") or DEFAULT_TIMETABLE_HEADERS),
            )
            if tt
            else None
        ),
        bases_to_check=list(data.get("bases_to_check") or []),
    )


# --- numbering of section labels -------------------------------------------------------------

_ROMAN = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]  # fmt: skip


def to_roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


# Vietnamese lists go a) b) c) d) đ) e)…
_ALPHA = "abcdđeghiklmnopqrstuvxy"


def make_label(style: str, index: int, parent_label: str = "") -> str:
    """Label of the ``index``-th (1-based) section in ``style``."""
    if style == ROMAN:
        return f"{to_roman(index)}."
    if style == ARABIC:
        return f"{index}."
    if style == DECIMAL:
        base = parent_label.rstrip(".")
        return f"{base}.{index}." if base else f"{index}."
    if style == ALPHA:
        return f"{_ALPHA[(index - 1) % len(_ALPHA)]})"
    return ""


def renumber(blocks: list[Block], parent_label: str = "") -> None:
    """Recompute section labels from their styles, in place (after moves, inserts, deletes)."""
    counters: dict[str, int] = {}
    for block in blocks:
        if isinstance(block, Section):
            if block.style != NONE:
                counters[block.style] = counters.get(block.style, 0) + 1
                block.label = make_label(block.style, counters[block.style], parent_label)
            renumber(block.children, block.label)

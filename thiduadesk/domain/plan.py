"""An emulation plan (kế hoạch) as data: header fields, legal bases, a tree of sections,
a timetable, recipients and the signature.

The same structure serves every Decree 30 document the office writes as prose; it round-trips
through plain dicts (``to_dict`` / ``plan_from_dict``) so storage can keep it as JSON.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from thiduadesk.domain.dates import DocDate
from thiduadesk.domain.model import Signer

DRAFT = "draft"
ISSUED = "issued"

# Numbering styles of section headings, outermost first as offices use them.
ROMAN, ARABIC, DECIMAL, ALPHA, NONE = "roman", "arabic", "decimal", "alpha", "none"
NUMBERING_STYLES = (ROMAN, ARABIC, DECIMAL, ALPHA, NONE)


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class Paragraph:
    """One body paragraph. ``marker`` is its list sign as printed: "", "-", "+", "1.", "a)"…"""

    runs: list[Run] = field(default_factory=list)
    marker: str = ""

    @classmethod
    def plain(cls, text: str, marker: str = "") -> Paragraph:
        return cls(runs=[Run(text)], marker=marker)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)

    def printed_text(self) -> str:
        return f"{self.marker} {self.text}" if self.marker else self.text


@dataclass
class Section:
    """A numbered heading ("I." + "MỤC ĐÍCH, YÊU CẦU") and what stands under it."""

    title: str
    label: str = ""
    style: str = ARABIC
    children: list[Block] = field(default_factory=list)

    @property
    def heading(self) -> str:
        return f"{self.label} {self.title}".strip()

    def sections(self) -> list[Section]:
        return [c for c in self.children if isinstance(c, Section)]


Block = Section | Paragraph


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
class Recipient:
    name: str
    purpose: str = ""  # "để báo cáo", "để thực hiện"…

    def printed(self) -> str:
        return f"{self.name} ({self.purpose})" if self.purpose else self.name


@dataclass
class Plan:
    title: str = ""
    doc_type: str = "KH"
    number: int | None = None
    symbol: str = "KH-PGDĐT"  # everything after the slash in "Số: 06/KH-PGDĐT"
    place: str = ""
    date: DocDate = field(default_factory=DocDate)
    governing_body: str = ""
    office_name: str = ""
    bases: list[str] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    timetable: Timetable | None = None
    recipients: list[Recipient] = field(default_factory=list)
    signature: Signer = field(default_factory=Signer)
    state: str = DRAFT
    version: int = 1
    parent_id: int | None = None
    id: int | None = None

    @property
    def year(self) -> int | None:
        return self.date.year

    @property
    def is_issued(self) -> bool:
        return self.state == ISSUED

    def headings(self) -> list[str]:
        """Top-level section headings in order, as printed ("I. MỤC ĐÍCH, YÊU CẦU")."""
        return [b.heading for b in self.body if isinstance(b, Section)]

    def iter_blocks(self):
        """Every section and paragraph, depth first, in reading order, with its depth."""

        def walk(blocks, depth):
            for block in blocks:
                yield depth, block
                if isinstance(block, Section):
                    yield from walk(block.children, depth + 1)

        yield from walk(self.body, 0)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["body"] = [_block_to_dict(b) for b in self.body]
        return data


def _block_to_dict(block: Block) -> dict:
    if isinstance(block, Section):
        return {
            "kind": "section",
            "title": block.title,
            "label": block.label,
            "style": block.style,
            "children": [_block_to_dict(c) for c in block.children],
        }
    return {"kind": "paragraph", "marker": block.marker, "runs": [asdict(r) for r in block.runs]}


def _block_from_dict(data: dict) -> Block:
    if data.get("kind") == "section":
        return Section(
            title=data.get("title", ""),
            label=data.get("label", ""),
            style=data.get("style", ARABIC),
            children=[_block_from_dict(c) for c in data.get("children", [])],
        )
    return Paragraph(runs=[Run(**r) for r in data.get("runs", [])], marker=data.get("marker", ""))


def plan_from_dict(data: dict) -> Plan:
    tt = data.get("timetable")
    return Plan(
        title=data.get("title", ""),
        doc_type=data.get("doc_type", "KH"),
        number=data.get("number"),
        symbol=data.get("symbol", ""),
        place=data.get("place", ""),
        date=DocDate(**(data.get("date") or {})),
        governing_body=data.get("governing_body", ""),
        office_name=data.get("office_name", ""),
        bases=list(data.get("bases", [])),
        body=[_block_from_dict(b) for b in data.get("body", [])],
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
        recipients=[Recipient(**r) for r in data.get("recipients", [])],
        signature=Signer(**(data.get("signature") or {})),
        state=data.get("state", DRAFT),
        version=data.get("version", 1),
        parent_id=data.get("parent_id"),
        id=data.get("id"),
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

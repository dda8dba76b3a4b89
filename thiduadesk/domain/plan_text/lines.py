"""The line model: :class:`Line` as the source readers give it (plain text, Markdown, Word), the
normalised line and the body unit the parser works on, and the state its readers share."""

from __future__ import annotations

from dataclasses import dataclass, field

from thiduadesk.domain.plan import Plan, Run
from thiduadesk.domain.plan_text.labels import _Label


@dataclass
class Line:
    """One line (a paragraph) of a source document, or one table row.

    ``bold`` / ``italic``: the whole line is bold / italic (None: unknown, as in plain text).
    ``runs``: its formatted pieces when known; their texts joined are the line's text.
    ``is_table_row`` with ``cells``: a table row; a cell may hold several paragraphs separated by
    "\\n". ``table_id`` tells rows of different tables apart; ``heading_level`` is a Markdown
    "#" count or a Word "Heading N" style (a hint only: numbering decides the level).
    """

    text: str = ""
    bold: bool | None = None
    italic: bool | None = None
    runs: list[Run] | None = None
    is_table_row: bool = False
    cells: list[str] = field(default_factory=list)
    table_id: int | None = None
    heading_level: int | None = None


@dataclass
class ParsedPlan:
    """A parsed plan and what the clerk should know about the reading (Vietnamese)."""

    plan: Plan
    warnings: list[str] = field(default_factory=list)
    # Lines left out on purpose, as written: stamps ("DỰ THẢO"), fragments of seals, page numbers,
    # "(Đã ký)". Each kind is also named in the warnings.
    dropped: list[str] = field(default_factory=list)
    # "tcvn3" / "vni" when the text was converted from a legacy encoding.
    legacy_encoding: str | None = None


@dataclass
class _L:
    """A normalised source line."""

    text: str  # one line, white space collapsed, tabs → spaces
    raw: str  # with tabs kept (column separators in the header and footer)
    runs: list[Run]
    bold: bool | None
    heading_level: int | None = None
    cells: list[str] | None = None
    table_id: int | None = None
    indent: int = 0  # leading spaces in the source (first-line indents of PDF text)
    # The column a line stands in and how many there are: a line of a layout table's cell (the
    # closing block laid out in a Word table), or a line of text after leading tabs; so that two
    # signatures side by side stay apart.
    column: int | None = None
    columns: int = 1

    @property
    def blank(self) -> bool:
        return self.cells is None and not self.text

    @property
    def is_table(self) -> bool:
        return self.cells is not None


@dataclass
class _Unit:
    """A body paragraph candidate: joined lines, or a table."""

    text: str = ""
    runs: list[Run] = field(default_factory=list)
    bold: bool | None = None
    heading_level: int | None = None
    rows: list[list[str]] | None = None  # a table
    table_id: int | None = None
    label: _Label | None = None
    bullet: tuple[str, int] | None = None
    gap_after: int = 0
    last_len: int = 0  # length of its last source line (did that line fill the width?)
    last_indent: int = 0


@dataclass
class ReadState:
    """What the readers of one document build together: the plan and the notes on its reading."""

    paragraph_lines: bool
    plan: Plan = field(default_factory=lambda: Plan(symbol="", doc_type="KH"))
    warnings: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    legacy: str | None = None
    leftovers: list[_L] = field(default_factory=list)  # unplaced lines, kept at the end of the body
    leftovers_front: list[str] = field(default_factory=list)  # unplaced header lines, kept at its start
    sign_marks: list[str] = field(default_factory=list)  # "(Đã ký)" and the like
    stamps: list[str] = field(default_factory=list)  # "DỰ THẢO", "KHẨN" at the top

    def keep_at_end(self, text: str) -> None:
        """Keep a line the readers could not place: it goes at the end of the body."""
        self.leftovers.append(_L(text, text, [Run(text)], None))


class Reader:
    """Base of the readers of one part of the document; they share one :class:`ReadState`."""

    def __init__(self, state: ReadState):
        self.state = state

    @property
    def plan(self) -> Plan:
        return self.state.plan

    @property
    def warnings(self) -> list[str]:
        return self.state.warnings

    def _drop(self, text: str) -> None:
        self.state.dropped.append(text)

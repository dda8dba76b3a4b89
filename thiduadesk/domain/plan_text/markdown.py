"""Plain text and Markdown → :class:`~thiduadesk.domain.plan_text.lines.Line` objects: inline
bold and italic runs, "#" headings, pipe and tab tables, and timetables laid out with spaces
(``pdftotext -layout``)."""

from __future__ import annotations

import re

from thiduadesk.domain.officialese import CONTENT, NUMBER, timetable_column_fields
from thiduadesk.domain.plan import Run
from thiduadesk.domain.plan_text.labels import _PASTED_BULLET_RE
from thiduadesk.domain.plan_text.lines import Line
from thiduadesk.domain.plan_text.words import _runs_text, _terminal

_MD_ESCAPES = "\\`*_{}[]()#+-.!|>~"
_ESCAPE_BASE = 0xE000  # private-use characters stand for escaped ones while parsing
_ESC_RE = re.compile(r"\\([" + re.escape(_MD_ESCAPES) + r"])")
_EMPH_RE = re.compile(
    r"(\*\*\*|___)(?=\S)(.+?)(?<=\S)\1"
    r"|(\*\*|__)(?=\S)(.+?)(?<=\S)\3"
    r"|(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])"
    r"|(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])"
)
_HTML_BREAK_RE = re.compile(r"<br\s*/?>", re.I)
_HTML_TAG_RE = re.compile(r"</?(?:u|b|i|strong|em|span|sup|sub|p|div)(?:\s[^>]*)?>", re.I)
_MD_HEADING_RE = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_MD_RULE_RE = re.compile(r"^\s*(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,}|(?:=\s*){3,})$")
_PIPE_SEPARATOR_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")


def _md_protect(s: str) -> str:
    return _ESC_RE.sub(lambda m: chr(_ESCAPE_BASE + _MD_ESCAPES.index(m.group(1))), s)


def _md_restore(s: str) -> str:
    return "".join(
        _MD_ESCAPES[ord(c) - _ESCAPE_BASE] if _ESCAPE_BASE <= ord(c) < _ESCAPE_BASE + len(_MD_ESCAPES) else c
        for c in s
    )


def _md_inline(s: str, bold: bool = False, italic: bool = False) -> list[Run]:
    out: list[Run] = []
    pos = 0
    for m in _EMPH_RE.finditer(s):
        if m.start() > pos:
            out.append(Run(s[pos : m.start()], bold, italic))
        if m.group(1):
            inner, b, i = m.group(2), True, True
        elif m.group(3):
            inner, b, i = m.group(4), True, False
        else:
            inner, b, i = (m.group(5) or m.group(6)), False, True
        out.extend(_md_inline(inner, bold or b, italic or i))
        pos = m.end()
    if pos < len(s):
        out.append(Run(s[pos:], bold, italic))
    return out


def _md_runs(s: str) -> list[Run]:
    s = _HTML_TAG_RE.sub("", _HTML_BREAK_RE.sub(" ", s))
    runs = _md_inline(_md_protect(s))
    return [Run(_md_restore(r.text), r.bold, r.italic) for r in runs]


def _md_plain(s: str) -> str:
    return _runs_text(_md_runs(s))


def _md_cell(s: str) -> str:
    """A table cell: Markdown stripped, <br> kept as a paragraph break."""
    parts = _HTML_BREAK_RE.split(s)
    return "\n".join(_md_plain(p).strip() for p in parts)


def _split_pipes(s: str) -> list[str]:
    s = s.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|") and not s.endswith("\\|"):
        s = s[:-1]
    cells, cur, i = [], [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s) and s[i + 1] == "|":
            cur.append("|")
            i += 2
            continue
        if s[i] == "|":
            cells.append("".join(cur))
            cur = []
        else:
            cur.append(s[i])
        i += 1
    cells.append("".join(cur))
    return cells


_SEGMENT_RE = re.compile(r"\S+(?: \S+)*")


def _segments(raw: str) -> list[tuple[int, str]]:
    """Pieces of a line separated by two spaces or more, with where they start."""
    return [(m.start(), m.group(0)) for m in _SEGMENT_RE.finditer(raw)]


def _layout_tables(raw_lines: list[str]) -> dict[int, list[str] | None]:
    """Timetables laid out with spaces, as ``pdftotext -layout`` and PDF viewers print them:
    a header line of column titles ("TT   Nội dung công việc   Đơn vị thực hiện   Thời gian"),
    then rows aligned under it. Columns are cut at the gutters (blank in every line).

    Returns line index → cells of a row, or None for a line folded into the row above it (a
    cell's text that wrapped)."""
    out: dict[int, list[str] | None] = {}
    k = 0
    n = len(raw_lines)
    while k < n:
        raw = raw_lines[k].expandtabs(8).rstrip()
        segs = _segments(raw)
        plain = "|" not in raw and "\t" not in raw_lines[k]
        fields = timetable_column_fields([t for _, t in segs]) if len(segs) >= 3 and plain else []
        if not (CONTENT in fields and sum(1 for f in fields if f) >= 3):
            k += 1
            continue
        block = [k]
        j = k + 1
        while j < n:
            line = raw_lines[j].expandtabs(8).rstrip()
            if not line.strip():
                nxt = raw_lines[j + 1].expandtabs(8).rstrip() if j + 1 < n else ""
                if len(_segments(nxt)) >= 2:
                    j += 1
                    continue
                break
            single = len(_segments(line)) < 2
            flush = len(line) - len(line.lstrip()) < segs[1][0] - 2
            if "\t" in raw_lines[j] or (
                single and flush and (len(line.strip()) > 60 or line.lstrip()[:1] in "(*" or _terminal(line))
            ):
                break  # a note or prose after the table
            block.append(j)
            j += 1
        while len(block) > 1 and len(_segments(raw_lines[block[-1]])) < 2 and not raw_lines[block[-1]][:1].isspace():
            block.pop()  # a short line after the table is not a group row without rows
        j = block[-1] + 1
        if len(block) < 2:
            k = j
            continue
        lines = {i: raw_lines[i].expandtabs(8).rstrip() for i in block}
        # Single-piece lines flush left are group rows ("Quý I - 2022"); they may cross gutters.
        group = {i for i, t in lines.items() if i != k and len(_segments(t)) == 1 and not t[:1].isspace()}
        width = max(len(t) for t in lines.values())
        used = [False] * (width + 1)
        for i, t in lines.items():
            if i in group:
                continue
            for start, seg in _segments(t):
                for c in range(start, start + len(seg)):
                    used[c] = True
        cols: list[tuple[int, int]] = []
        c = 0
        while c < width:
            if used[c]:
                e = c
                while e < width and (used[e] or (e + 1 < width and used[e + 1])):
                    e += 1
                cols.append((c, e))
                c = e
            else:
                c += 1
        if len(cols) < 3:
            k = j
            continue
        numbered = fields[0] == NUMBER and len(cols) == len(segs)
        last_row: int | None = None
        for i in block:
            t = lines[i]
            if i in group:
                out[i] = [t.strip()]
                last_row = None
                continue
            cells = [t[a:b].strip() for a, b in cols]
            if numbered and i != k and not cells[0] and last_row is not None:
                prev = out[last_row]
                assert prev is not None
                out[last_row] = [f"{p} {q}".strip() for p, q in zip(prev, cells, strict=True)]
                out[i] = None
                continue
            out[i] = cells
            last_row = i
        k = j
    return out


def _text_to_lines(text: str) -> list[Line]:
    """Plain text or Markdown → lines: emphasis as runs, '#' headings, tab and pipe tables."""
    raw_lines = text.split("\n")
    out: list[Line] = []
    table_id = 0
    layout = _layout_tables(raw_lines)
    for k, raw in enumerate(raw_lines):
        if k in layout:
            row = layout[k]
            if row is not None:
                if not (out and out[-1].is_table_row):
                    table_id += 1
                out.append(Line(" | ".join(c for c in row if c), is_table_row=True, cells=row, table_id=table_id))
            continue
        raw = raw.rstrip(" \r\u00a0")
        if not raw.strip():
            out.append(Line(""))
            continue
        stripped = raw.strip()
        cells: list[str] | None = None
        if stripped.startswith("|") and stripped.count("|") >= 2:
            if _PIPE_SEPARATOR_RE.match(stripped):
                continue
            cells = [_md_cell(c) for c in _split_pipes(stripped)]
        elif (
            "|" in stripped
            and k + 1 < len(raw_lines)
            and "-" in raw_lines[k + 1]
            and _PIPE_SEPARATOR_RE.match(raw_lines[k + 1].strip())
        ):
            cells = [_md_cell(c) for c in _split_pipes(stripped)]
        elif raw.count("\t") >= 2:
            cells = [_md_cell(c) for c in raw.split("\t")]
        if cells is not None:
            if not (out and out[-1].is_table_row):
                table_id += 1
            out.append(
                Line(" | ".join(c for c in cells if c), is_table_row=True, cells=cells, table_id=table_id)
            )
            continue
        if _MD_RULE_RE.match(raw):
            out.append(Line("---"))  # a rule: decorative, dropped later
            continue
        level = None
        m = _MD_HEADING_RE.match(raw)
        if m:
            level, raw = len(m.group(1)), m.group(2)
        raw = re.sub(r"^\s{0,3}>\s?", "", raw)
        raw = _PASTED_BULLET_RE.sub("• ", raw)
        # A single tab stays in the text: Word's "text only" export puts one after a list number
        # ("1.\tMục đích") and between the two columns of a header or closing line.
        runs = _md_runs(raw)
        out.append(Line(_runs_text(runs), runs=runs, heading_level=level))
    # A short line between two rows of one table is a row whose empty cells were trimmed
    # ("Quý II - 2022" without its tabs).
    for k in range(1, len(out) - 1):
        a, line, b = out[k - 1], out[k], out[k + 1]
        if (
            a.is_table_row
            and b.is_table_row
            and not line.is_table_row
            and line.text
            and a.table_id is not None
            and len(line.text) <= 80
        ):
            out[k] = Line(line.text, is_table_row=True, cells=[line.text], table_id=a.table_id)
            for later in out[k + 1 :]:
                if not later.is_table_row:
                    break
                later.table_id = a.table_id
    return out


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


# --- marks that open on one line and close on a later one --------------------------------------

_MARK_RUN_RE = re.compile(r"\*+|_+")
_OPEN_BEFORE = " \t([{\"“‘'\x01"  # what may stand before an opening mark
_CLOSE_AFTER = " \t.,:;!?…)]}”’\"'\x01"  # what may stand after a closing mark
_CLOSE_BEFORE = ".,:;!?…)]”’\"'"  # besides letters and digits, what may end the marked text


def _mask_pairs(s: str) -> str:
    """``s`` with the marks of every matched emphasis replaced by \\x01 (same length), so that
    only unmatched marks are left."""

    def mask(m: re.Match[str]) -> str:
        if m.group(1):
            mark, inner = m.group(1), m.group(2)
        elif m.group(3):
            mark, inner = m.group(3), m.group(4)
        else:
            mark, inner = m.group(0)[0], m.group(5) or m.group(6)
        return "\x01" * len(mark) + inner + "\x01" * len(mark)

    while True:
        out = _EMPH_RE.sub(mask, s)
        if out == s:
            return out
        s = out


def _stray_marks(s: str) -> list[tuple[int, str, bool]]:
    """The unmatched emphasis marks of one (protected) line: (where, mark, opens). A mark opens
    when a letter follows it and nothing but space or an opening bracket stands before it; it
    closes in the mirror case. "(*)", "Số: ___/KH", "snake_case" hold no marks."""
    masked = _mask_pairs(s)
    out = []
    for m in _MARK_RUN_RE.finditer(masked):
        mark = m.group(0)
        if len(mark) > 3:
            continue  # a blank to fill in ("Số: ____/KH")
        before = masked[m.start() - 1] if m.start() else " "
        after = masked[m.end()] if m.end() < len(masked) else " "
        if before in _OPEN_BEFORE and (after.isalnum() or after in "\"“‘'("):
            out.append((m.start(), mark, True))
        elif (before.isalnum() or before in _CLOSE_BEFORE) and after in _CLOSE_AFTER:
            out.append((m.start(), mark, False))
    return out


def _reescape(s: str) -> str:
    """:func:`_md_protect` undone, escapes kept ("\\*" stays "\\*")."""
    return "".join(
        "\\" + _MD_ESCAPES[ord(c) - _ESCAPE_BASE] if _ESCAPE_BASE <= ord(c) < _ESCAPE_BASE + len(_MD_ESCAPES) else c
        for c in s
    )


def balance_marks(lines: list[str], skip: set[int] | frozenset[int] = frozenset()) -> list[str]:
    """Bold or italic that opens on one line of a paragraph and closes on a later one
    ("**KT. TRƯỞNG PHÒNG  " / "PHÓ TRƯỞNG PHÒNG**": a Markdown hard line break inside the
    marks, or the cell lines of a table joined by <br>): closed at the end of each line and
    opened again at the start of the next, so that every line carries its own pair and the
    reader, which works line by line, never keeps a mark as text. A paragraph ends at a blank
    line and at the lines in ``skip`` (table rows)."""
    out = [_md_protect(line) for line in lines]
    k = 0
    while k < len(out):
        if k in skip or not out[k].strip():
            k += 1
            continue
        opens = [(at, mark) for at, mark, opening in _stray_marks(out[k]) if opening]
        if not opens:
            k += 1
            continue
        at, mark = opens[-1]
        end = None
        for j in range(k + 1, len(out)):
            if j in skip or not out[j].strip():
                break
            stray = _stray_marks(out[j])
            close = next((a for a, m, opening in stray if m == mark and not opening), None)
            if close is not None and not any(opening and a < close for a, m, opening in stray if m == mark):
                end = j
                break
        if end is None:
            k += 1
            continue
        out[k] = out[k].rstrip() + mark
        for j in range(k + 1, end + 1):
            line = out[j]
            lead = len(line) - len(line.lstrip())
            body = line[lead:]
            out[j] = line[:lead] + mark + (body.rstrip() + mark if j < end else body)
        k = end
    return [_reescape(line) for line in out]


def _strip_stray_doubles(s: str) -> str:
    """A protected line without its unmatched double and triple marks ("**", "__", "***"):
    never text in a plan, they are the leftovers of bold a converter did not close."""
    stray = [(at, mark) for at, mark, _ in _stray_marks(s) if len(mark) >= 2]
    for at, mark in reversed(stray):
        s = s[:at] + s[at + len(mark) :]
    return s


def _md_runs(s: str) -> list[Run]:
    s = _HTML_TAG_RE.sub("", _HTML_BREAK_RE.sub(" ", s))
    runs = _md_inline(_strip_stray_doubles(_md_protect(s)))
    return [Run(_md_restore(r.text), r.bold, r.italic) for r in runs]


def pasted_markdown_runs(runs: list[Run]) -> list[Run]:
    """Runs of a Word paragraph that holds Markdown typed or pasted as characters
    ("**KT. TRƯỞNG PHÒNG**"): the marks become formatting, unmatched "**" / "__" go."""
    out: list[Run] = []
    for run in runs:
        if not _has_words(run.text):
            out.append(run)  # a rule or a blank to fill in ("________")
            continue
        for r in _md_runs(run.text):
            out.append(Run(r.text, r.bold or run.bold, r.italic or run.italic))
    return out


def _has_words(text: str) -> bool:
    return any(c.isalnum() for c in text)


def pasted_markdown_cell(text: str) -> str:
    """A Word table cell (paragraphs separated by "\\n") without Markdown marks typed in it."""
    parts = text.split("\n")
    balanced = balance_marks([p if _has_words(p) else "" for p in parts])
    return "\n".join(_md_plain(b) if _has_words(p) else p for p, b in zip(parts, balanced, strict=True))


def has_pasted_markdown(text: str) -> bool:
    return "**" in text or "__" in text


def _md_plain(s: str) -> str:
    return _runs_text(_md_runs(s))


def _md_cell(s: str) -> str:
    """A table cell: Markdown stripped, <br> kept as a paragraph break."""
    parts = balance_marks(_HTML_BREAK_RE.split(s))
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


def _row_kind(raw_lines: list[str], k: int) -> str:
    """ "pipe" or "tab" when line ``k`` is a row of a pipe or tab-separated table, else ""."""
    raw = raw_lines[k].rstrip(" \r\u00a0")
    stripped = raw.strip()
    if stripped.startswith("|") and stripped.count("|") >= 2:
        return "pipe"
    if (
        "|" in stripped
        and k + 1 < len(raw_lines)
        and "-" in raw_lines[k + 1]
        and _PIPE_SEPARATOR_RE.match(raw_lines[k + 1].strip())
    ):
        return "pipe"
    return "tab" if raw.count("\t") >= 2 else ""


def _text_to_lines(text: str) -> list[Line]:
    """Plain text or Markdown → lines: emphasis as runs, '#' headings, tab and pipe tables."""
    raw_lines = text.split("\n")
    out: list[Line] = []
    table_id = 0
    layout = _layout_tables(raw_lines)
    raw_lines = balance_marks(raw_lines, skip=set(layout) | {k for k in range(len(raw_lines)) if _row_kind(raw_lines, k)})
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
        row = _row_kind(raw_lines, k)
        if row == "pipe":
            if _PIPE_SEPARATOR_RE.match(stripped):
                continue
            cells = [_md_cell(c) for c in _split_pipes(stripped)]
        elif row == "tab":
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


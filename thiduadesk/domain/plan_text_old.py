"""Plan text → :class:`~thiduadesk.domain.plan.Plan`: read a Vietnamese administrative plan.

Pure: no file I/O. Two entry points share one parser:

* :func:`parse_plan_text` for text extracted from Word or PDF, and Markdown (``**bold**``,
  ``*italic*``, ``#`` headings, tab-separated and pipe tables);
* :func:`parse_plan_lines` for :class:`Line` objects, which the .docx reader produces with real
  run formatting and tables.

The parser is built for the family of Decree 30 documents, not for one sample: the header
(governing body, office, "Số: 06/KH-PGDĐT", Quốc hiệu and motto, place and date, document type,
title), the legal bases, a body of numbered headings (I. / 1. / 1.1. / a)) and paragraphs
("- ", "+ ", numbered items that are really sentences), the closing block (Nơi nhận, signature)
and an appendix timetable. Whatever it cannot place is kept as a body paragraph and reported in
:attr:`ParsedPlan.warnings`; only decorative rules and stray fragments of seals and page numbers
are dropped, and those are listed too.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from thiduadesk.domain.model import Signer
from thiduadesk.domain.plan import (
    ALPHA,
    ARABIC,
    DECIMAL,
    DEFAULT_TIMETABLE_HEADERS,
    NONE,
    ROMAN,
    DocDate,
    Paragraph,
    Plan,
    Recipient,
    Run,
    Section,
    Timetable,
    TimetableRow,
    to_roman,
)

__all__ = [
    "Line",
    "ParsedPlan",
    "parse_due",
    "parse_plan_lines",
    "parse_plan_text",
    "plan_to_summary",
]


# =============================================================================================
# Public data
# =============================================================================================


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


# =============================================================================================
# Text helpers (the text module is imported lazily so this module loads without it)
# =============================================================================================


def _text_module():
    try:
        from thiduadesk.domain import text
    except ImportError:  # pragma: no cover - the module is part of the package
        return None
    return text


def _nfc(s: str) -> str:
    mod = _text_module()
    if mod is not None and hasattr(mod, "nfc"):
        return mod.nfc(s)
    return unicodedata.normalize("NFC", s)


_FOLD_CACHE: dict[str, str] = {}


def _fold_char(c: str) -> str:
    out = _FOLD_CACHE.get(c)
    if out is None:
        if c in "đĐðÐ":
            out = "d"
        else:
            base = unicodedata.normalize("NFD", c)[:1] or c
            out = base.lower()
            if len(out) != 1:
                out = c.lower()[:1] or c
        _FOLD_CACHE[c] = out
    return out


def _fk(s: str) -> str:
    """Fold keeping the length: one character out for each one in (NFC input), so indexes match."""
    return "".join(_fold_char(c) for c in s)


def _fold(s: str) -> str:
    return " ".join(_fk(unicodedata.normalize("NFC", s)).split())


_WS_RE = re.compile(r"[ \t\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
_INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\u200e\u200f\ufeff\u00ad]")


def _squash(s: str) -> str:
    """NFC, invisible characters out, every run of white space one space, trimmed."""
    return _WS_RE.sub(" ", _nfc(s).replace("\n", " ")).strip()


_CLOSERS = "”\"’')]»*_ "
_TERMINAL = ".;!?…"


def _terminal(text: str) -> bool:
    """Ends a sentence: '.', ';', '!', '?', '…' (before any closing quote or bracket)."""
    t = text.rstrip(_CLOSERS)
    return bool(t) and t[-1] in _TERMINAL


def _ends_colon(text: str) -> bool:
    t = text.rstrip(_CLOSERS)
    return t.endswith(":")


def _first_letter(text: str) -> str:
    for c in text:
        if c.isalnum():
            return c
    return ""


def _starts_lower(text: str) -> bool:
    c = _first_letter(text)
    return bool(c) and c.isalpha() and c.islower()


def _letters(text: str) -> list[str]:
    return [c for c in text if c.isalpha()]


def _is_upper(text: str) -> bool:
    letters = _letters(text)
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _mostly_upper(text: str, ratio: float = 0.75) -> bool:
    letters = _letters(text)
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= ratio * len(letters)


def _alnum_count(text: str) -> int:
    return sum(1 for c in text if c.isalnum())


# =============================================================================================
# Runs
# =============================================================================================


def _clean_runs(runs: Iterable[Run]) -> list[Run]:
    """NFC, white space collapsed across run boundaries, ends trimmed, equal neighbours merged."""
    out: list[Run] = []
    for run in runs:
        text = _WS_RE.sub(" ", _nfc(run.text).replace("\n", " "))
        if not text:
            continue
        bold, italic = bool(run.bold), bool(run.italic)
        if out and out[-1].text.endswith(" ") and text.startswith(" "):
            text = text[1:]
            if not text:
                continue
        if not text.strip() and out:  # a formatted space takes its neighbour's formatting
            bold, italic = out[-1].bold, out[-1].italic
        if out and (out[-1].bold, out[-1].italic) == (bold, italic):
            out[-1] = Run(out[-1].text + text, bold, italic)
        else:
            out.append(Run(text, bold, italic))
    while out and not out[0].text.strip():
        out.pop(0)
    while out and not out[-1].text.strip():
        out.pop()
    if out:
        out[0] = Run(out[0].text.lstrip(), out[0].bold, out[0].italic)
        out[-1] = Run(out[-1].text.rstrip(), out[-1].bold, out[-1].italic)
    return out


def _runs_text(runs: list[Run]) -> str:
    return "".join(r.text for r in runs)


def _drop_prefix(runs: list[Run], n: int) -> list[Run]:
    """The runs without their first ``n`` characters (a label or marker), left-trimmed."""
    out: list[Run] = []
    for run in runs:
        if n >= len(run.text):
            n -= len(run.text)
            continue
        out.append(Run(run.text[n:], run.bold, run.italic))
        n = 0
    return _clean_runs(out)


def _join_runs(a: list[Run], b: list[Run]) -> list[Run]:
    return _clean_runs([*a, Run(" ", a[-1].bold if a else False, False), *b])


def _all_bold(runs: list[Run]) -> bool | None:
    visible = [r for r in runs if r.text.strip()]
    if not visible:
        return None
    return all(r.bold for r in visible)


# =============================================================================================
# Markdown
# =============================================================================================

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
        fields = _column_fields([t for _, t in segs]) if len(segs) >= 3 and plain else []
        if not ("content" in fields and sum(1 for f in fields if f) >= 3):
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
        numbered = fields[0] == "number" and len(cols) == len(segs)
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


# =============================================================================================
# Recognisers
# =============================================================================================

_QUOC_HIEU_RE = re.compile(r"cong\s*hoa\s+xa\s+hoi\s+chu\s+nghia\s+viet\s+nam")
_MOTTO_RE = re.compile(r"doc\s*lap\s*[-–—‐,]?\s*tu\s*do\s*[-–—‐,]?\s*hanh\s*phuc")
_SO_RE = re.compile(
    r"^s[oố]\s*(?::|\.|(?=\s*\d)|(?=[\s.…_]*/))\s*(?P<num>\d{1,5})?[\s.…_]*"
    r"(?:/\s*(?P<sym>[0-9A-ZĐ](?:[0-9A-Za-zĐđ&]|\.(?=[0-9A-Za-zĐđ]))*"
    r"(?:\s*[-–]\s*(?:[0-9A-Za-zĐđ&]|\.(?=[0-9A-Za-zĐđ]))+|\s+[0-9A-ZĐ&]+(?!\w))*))?",
    re.I,
)
# Party and Youth Union numbering: "Số 07-KH/ĐTN" (number, dash, type, slash, body).
_PARTY_SO_RE = re.compile(
    r"^s[oố]\s*:?\s*(?P<num>\d{1,5})\s*-\s*(?P<sym>[A-ZĐ][A-Za-zĐđ]{1,5}\s*/\s*[0-9A-Za-zĐđ&][0-9A-Za-zĐđ&.\-]*)",
    re.I,
)
# What Party and Youth Union documents print where a state document prints the Quốc hiệu.
_PARTY_MOTTO_RE = re.compile(r"^(?:doan tncs ho chi minh|dang cong san viet nam|doan thanh nien cong san ho chi minh)$")
_PLACE_DATE_RE = re.compile(
    r"^(?:(?P<place>[^\d,;:()]{2,60}?)\s*,?\s+)?ngày\s*(?:(?P<d>\d{1,2})?[\s.…_]*"
    r"tháng\s*(?P<m>\d{1,2})?[\s.…_]*năm\s*(?P<y>\d{4})?[\s\d.…_]*"
    # "ngày 05/9/2024": not the Decree 30 form, but common.
    r"|(?P<d2>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m2>\d{1,2})\s*(?P=sep)\s*(?P<y2>\d{4})\s*\.?\s*)$",
    re.I,
)
_DOC_TYPES = {
    "ke hoach": "KH",
    "quyet dinh": "QĐ",
    "to trinh": "TTr",
    "bao cao": "BC",
    "bien ban": "BB",
    "thong bao": "TB",
    "huong dan": "HD",
    "chuong trinh": "CTr",
    "giay moi": "GM",
    "quy dinh": "QyĐ",
}
_SYMBOL_TYPES = {code.upper(): code for code in _DOC_TYPES.values()}
_ADMIN_UNITS = ("phuong ", "xa ", "thi tran ", "quan ", "huyen ", "thi xa ", "thanh pho ", "tinh ", "dac khu ")
_OFFICE_START = ("phong ", "truong ", "trung tam ", "van phong ", "so giao duc")
_OFFICE_WORDS = ("phong ", "truong ", "so ", "ban ", "trung tam ", "van phong ", "hoi dong ")
_STAMPS = {"du thao", "mat", "toi mat", "tuyet mat", "khan", "thuong khan", "hoa toc", "ban chinh thuc"}

_BASIS_PREFIXES = (
    "thuc hien",
    "can cu",
    "trien khai",
    "tiep tuc thuc hien",
    "theo de nghi",
    "xet de nghi",
    "xet tinh hinh",
    "thuc hien chi dao",
)

_AUTHORITY_RE = re.compile(r"^(KT|TM|Q|TL|TUQ|K/T|T/M|T/L)(?:\s*[.:]\s*|\s+)(\S.*)$")
_ROLE_RE = re.compile(
    r"(?<!\w)(TRƯỞNG|GIÁM ĐỐC|CHỦ TỊCH|BÍ THƯ|CHÁNH|CHỦ NHIỆM|TỔNG BIÊN TẬP|KẾ TOÁN|CHUYÊN VIÊN|"
    r"NGƯỜI LẬP|NGƯỜI DUYỆT|THƯ KÝ|ỦY VIÊN|UỶ VIÊN)(?!\w)"
)
_NAME_PREFIX_RE = re.compile(r"^(?:(?:PGS|GS|TS|ThS|Ths|CN|KS|BS|NGƯT|NGND)\.?\s*)+", re.U)
_SIGN_MARK_RE = re.compile(
    r"^[(\[]?\s*(đã ký|da ky|ký|ký tên|ký,? ghi rõ họ tên|ký tên,? đóng dấu|"
    r"ký,? đóng dấu|chữ ký số|signed)[^)\]]*[)\]]?\.?$",
    re.I,
)
_APPENDIX_RE = re.compile(r"^phu luc(?:\s+(?:so\s+)?([ivxlc]+|\d+))?\s*[:.\-–]?\s*(.*)$")
_ATTACHED_RE = re.compile(r"^\(?\s*(?:ban hanh\s+)?kem theo\b")

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}


def _roman_value(s: str) -> int | None:
    total, prev = 0, 0
    for ch in reversed(s):
        v = _ROMAN_VALUES.get(ch)
        if v is None:
            return None
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    # Only canonical numerals (IV, not IIII) between 1 and 39.
    return total if 0 < total < 40 and to_roman(total) == s else None


def _is_rule(text: str) -> bool:
    t = text.strip()
    return (
        bool(t)
        and len(t) >= 3
        and not any(c.isalnum() for c in t)
        and (len(set(t) - set(" -_=*~—–.·")) == 0 or _GRID_RULE_RE.fullmatch(t) is not None)
    )


# A border line of a Markdown grid table (pandoc): "+-----+:====+".
_GRID_RULE_RE = re.compile(r"\+(?:[-=:]{2,}\+)+")


def _is_noi_nhan(text: str) -> bool:
    f = _fold(text).lstrip("*_ ")
    return f.startswith("noi nhan") and (len(f) <= 10 or f[8:].lstrip().startswith(":"))


def _is_kinh_gui(text: str) -> bool:
    return _fold(text).startswith("kinh gui")


def _appendix_match(text: str) -> re.Match[str] | None:
    if len(text) > 200:
        return None
    m = _APPENDIX_RE.match(_fold(text))
    if m is None:
        return None
    rest = m.group(2)
    # "Phụ lục" alone, or with its number, or with a title: but not a sentence that happens to
    # begin with the word ("Phụ lục kèm theo gồm ...").
    if rest and not (_mostly_upper(text) or m.group(1) or text.split(":", 1)[0].strip().isupper()):
        return None
    return m


def _is_basis(text: str) -> bool:
    f = _fold(text)
    return any(f.startswith(p) for p in _BASIS_PREFIXES)


def _authority(text: str) -> tuple[str, str] | None:
    m = _AUTHORITY_RE.match(text.strip())
    if not m or not _mostly_upper(m.group(2), 0.7) or len(text) > 90:
        return None
    prefix = m.group(1).replace("/", "")
    return prefix + ".", m.group(2).strip().upper()


def _is_position(text: str) -> bool:
    t = text.strip()
    if not t or len(t) > 70 or any(c.isdigit() for c in t) or _terminal(t):
        return False
    if not _mostly_upper(t):
        return False
    if _label_match(t) is not None:
        return False
    return bool(_ROLE_RE.search(t.upper()))


def _is_name(text: str) -> bool:
    t = _NAME_PREFIX_RE.sub("", text.strip())
    words = t.split()
    if not 2 <= len(words) <= 6 or sum(1 for w in words if len(w) >= 2) < 2:
        return False
    for w in words:
        if not all(c.isalpha() for c in w):
            return False
        if not w[0].isupper() or (len(w) > 1 and not w[1:].islower()):
            return False
    return True


# Common family names, folded: a line in capitals that starts with one and has the shape of a name
# is the signer's name typed in capitals, not the text of a seal.
_SURNAMES = set(
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dao doan vuong trinh "
    "truong lam mai cao ha ta dinh luu to quach kieu luong chu phung tang la trieu thai khong tong "
    "doan luc vi nong au mac tieu lai khuc ninh quan bach diep cu giang han kim lo nghiem phi sam "
    "than tong ton thach lang hua".split()
)


def _is_upper_name(text: str) -> bool:
    t = _squash(_NAME_PREFIX_RE.sub("", text.strip()))
    words = t.split()
    if not 2 <= len(words) <= 5 or not _is_upper(t) or not all(w.isalpha() for w in words):
        return False
    return _fold(words[0]) in _SURNAMES and not _ROLE_RE.search(t)


_LONE_LABEL_RE = re.compile(r"(?:[IVXL]{1,6}|\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])\s*[.)]")


def _is_garbage(text: str) -> bool:
    """Fragments of a seal or stamp, page numbers: "G", ": V", "A O", "T.P", "- 2 -"."""
    t = text.strip()
    if not t or t in ("./.", "/.") or _LONE_LABEL_RE.fullmatch(t):
        return False
    if re.fullmatch(r"[-–—\s]*(?:trang\s*)?\d{1,3}(?:\s*/\s*\d{1,3})?[-–—\s]*", t, re.I):
        return True
    # Seal and stamp debris is in capitals; a short lower-case word ("sau:") is real text.
    return _alnum_count(t) <= 3 and not any(c.islower() for c in t)


# --- numbering labels ------------------------------------------------------------------------

_PART_RE = re.compile(r"^(PHẦN|Phần)\s+([IVXL]+|\d+|[A-Z])\s*[.:)]?\s+(?=\S)")
_ROMAN_RE = re.compile(r"^([IVXL]{1,6})\s*(?:[.)]|[-–]\s|:)\s*(?=\S)")
_DECIMAL_RE = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,3})(\.?\)?)(?:\s+|(?=[^\W\d_]))")
_ARABIC_RE = re.compile(r"^(\d{1,2})\s*([.)]|/(?=\s))(?:\s+|(?=[^\W\d_]))")
_ALPHA_RE = re.compile(r"^([a-zđ])\s*([)./])\s+(?=\S)")
_LETTER_RE = re.compile(r"^([A-ZĐ])\s*([.)])\s+(?=\S)")
_BULLET_RE = re.compile(
    r"^(?:([-–—−‐\u2010\u2011\uf02d])\s*(?=[^\W\d_]|[\"“‘'(*])|([-–—−‐+])\s+(?=\S)|"
    r"(\+)(?=[^\W\d_])|([•·▪◦●■□➢➤✓✔❖➣⁃\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0e0])\s*(?=\S)|(\*)\s+(?=\S))"
)

# Ranks: a smaller rank is an outer level.
_RANK_PART, _RANK_LETTER, _RANK_ROMAN, _RANK_ARABIC, _RANK_ALPHA = -2, -1, 0, 1, 4
_RANK_SUBLETTER = 0.5


@dataclass
class _Label:
    label: str  # as printed: "I.", "1.", "1.1.", "a)"
    style: str
    rank: int
    length: int  # characters of the source text the label (and its spacing) takes


def _title_ok(rest: str, strict: bool) -> bool:
    c = _first_letter(rest.lstrip("\"“‘'(*[ "))
    if not c:
        return False
    if strict:
        return c.isalpha() and c.isupper()
    return c.isalpha() or c.isdigit()


def _label_match(text: str) -> _Label | None:
    m = _PART_RE.match(text)
    if m:
        return _Label(m.group(0).strip().rstrip(":").strip(), NONE, _RANK_PART, m.end())
    m = _ROMAN_RE.match(text)
    if m and _roman_value(m.group(1)) and _title_ok(text[m.end() :], strict=False):
        sep = m.group(0)[len(m.group(1)) :].strip()
        label = m.group(1) + ("." if sep in ("-", "–", ":", "") else sep)
        return _Label(label, ROMAN, _RANK_ROMAN, m.end())
    m = _DECIMAL_RE.match(text)
    if m:
        rest = text[m.end() :]
        strict = not m.group(2)  # "1.5 triệu" is a number; "1.1. Mục đích" a label
        if _title_ok(rest, strict=strict):
            depth = m.group(1).count(".") + 1
            return _Label(m.group(1) + m.group(2), DECIMAL, _RANK_ARABIC + depth - 1, m.end())
    m = _ARABIC_RE.match(text)
    if m:
        rest = text[m.end() :]
        glued = not m.group(0).endswith((" ", "\t"))
        if _title_ok(rest, strict=glued):
            # "1/ Mục đích" is numbered as "1." (the sign renumbering prints).
            return _Label(m.group(1) + m.group(2).replace("/", "."), ARABIC, _RANK_ARABIC, m.end())
    m = _ALPHA_RE.match(text)
    if m and _title_ok(text[m.end() :], strict=False):
        return _Label(m.group(1) + m.group(2).replace("/", ")"), ALPHA, _RANK_ALPHA, m.end())
    m = _LETTER_RE.match(text)
    if m:
        rest = text[m.end() :]
        if _is_upper(rest):
            return _Label(m.group(1) + m.group(2), NONE, _RANK_LETTER, m.end())
        if _title_ok(rest, strict=True) and len(rest) <= 120 and not _terminal(rest):
            # "A. Mục đích": a sentence-case letter heading sits under "PHẦN I" or "I." and
            # above "1.".
            return _Label(m.group(1) + m.group(2), NONE, _RANK_SUBLETTER, m.end())
    return None


def _same_shape(a: str, b: str) -> bool:
    """Two labels of one numbering ("a)" and "b)", "1." and "2."), by their closing sign."""
    return bool(a) and bool(b) and a[-1] == b[-1] and a[0].isdigit() == b[0].isdigit()


# Word's symbol bullets pasted as plain text: the font's character, then a tab ("o\t" for the
# second level, "§\t" / "Ø\t" / "ü\t" for Wingdings squares, arrows and ticks).
_PASTED_BULLET_RE = re.compile(r"^[o§Øüv]\t\s*(?=\S)")


def _bullet_match(text: str) -> tuple[str, int] | None:
    m = _BULLET_RE.match(text)
    if not m:
        return None
    sign = next(g for g in m.groups() if g)
    if sign in "-–—−‐\u2010\u2011\uf02d*":
        marker = "-"
    elif sign == "+":
        marker = "+"
    else:
        marker = "•"
    return marker, m.end()


# =============================================================================================
# Dates
# =============================================================================================

_FULL_DATE_RE = re.compile(
    r"(?<!\d)(\d{1,2})\s*([/.])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)|(?<![\d-])(\d{1,2})-(\d{1,2})-(\d{4})(?!\d)"
)
_WORDS_DATE_RE = re.compile(r"ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})(?:\s*năm\s*(\d{4}))?", re.I)
_DAY_MONTH_RE = re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})(?![\d/])")
_MONTH_YEAR_RE = re.compile(r"(?<![\d/])(\d{1,2})\s*[/\-]\s*(\d{4})(?!\d)")
_MONTH_WORD_RE = re.compile(r"tháng\s*(\d{1,2})(?:\s*(?:/|năm)\s*(\d{4}))?(?![\d/])", re.I)
_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_SCHOOL_YEAR_RE = re.compile(r"năm\s+học\s*((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})", re.I)


def _valid(y: int, m: int, d: int | None = None) -> bool:
    try:
        dt.date(y, m, d or 1)
    except ValueError:
        return False
    return True


def parse_due(text: str, year: int | None = None, school_year: tuple[int, int] | None = None) -> str:
    """A deadline as written → ISO: "Trước ngày 15/11/2022" → "2022-11-15", "Tháng 01/2022" →
    "2022-01", "25/01/2024" → "2024-01-25"; "" when no date is recognised.

    Several dates ("Từ 01/9 đến 15/9/2023"): the last one, the deadline. Without a year, ``year``
    is used, or for ``school_year`` (2023, 2024) months 8–12 fall in 2023 and 1–7 in 2024.
    """
    if not text:
        return ""
    s = _nfc(text)

    def year_for(month: int) -> int | None:
        if school_year:
            return school_year[0] if month >= 8 else school_year[1]
        return year

    found: list[tuple[int, str]] = []  # (position, iso)
    spans: list[tuple[int, int]] = []
    for m in _FULL_DATE_RE.finditer(s):
        g = m.groups()
        d, mo, y = (int(g[0]), int(g[2]), int(g[3])) if g[0] else (int(g[4]), int(g[5]), int(g[6]))
        spans.append(m.span())
        if _valid(y, mo, d):
            found.append((m.start(), f"{y:04d}-{mo:02d}-{d:02d}"))
    for m in _WORDS_DATE_RE.finditer(s):
        d, mo = int(m.group(1)), int(m.group(2))
        y = int(m.group(3)) if m.group(3) else year_for(mo)
        spans.append(m.span())
        if y and _valid(y, mo, d):
            found.append((m.start(), f"{y:04d}-{mo:02d}-{d:02d}"))

    def free(m: re.Match[str]) -> bool:
        return not any(a <= m.start() < b for a, b in spans)

    if not found:
        for m in _DAY_MONTH_RE.finditer(s):
            if not free(m) or _MONTH_YEAR_RE.match(s, m.start()):
                continue
            d, mo = int(m.group(1)), int(m.group(2))
            y = year_for(mo)
            if y and _valid(y, mo, d):
                found.append((m.start(), f"{y:04d}-{mo:02d}-{d:02d}"))
    if found:
        return max(found)[1]
    months: list[tuple[int, str]] = []
    for m in _MONTH_WORD_RE.finditer(s):
        if not free(m):
            continue
        mo = int(m.group(1))
        y = int(m.group(2)) if m.group(2) else year_for(mo)
        spans.append(m.span())
        if y and _valid(y, mo):
            months.append((m.start(), f"{y:04d}-{mo:02d}"))
    for m in _MONTH_YEAR_RE.finditer(s):
        if not free(m):
            continue
        mo, y = int(m.group(1)), int(m.group(2))
        if _valid(y, mo):
            months.append((m.start(), f"{y:04d}-{mo:02d}"))
    return max(months)[1] if months else ""


def _year_context(*texts: str) -> tuple[int | None, tuple[int, int] | None]:
    """(calendar year, school year) named in the first text that names one."""
    for text in texts:
        if not text:
            continue
        m = _SCHOOL_YEAR_RE.search(text)
        if m and int(m.group(2)) == int(m.group(1)) + 1:
            return None, (int(m.group(1)), int(m.group(2)))
        m = _YEAR_RE.search(text)
        if m:
            return int(m.group(1)), None
    return None, None


# =============================================================================================
# The parser
# =============================================================================================


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


_GROUP_WORDS = ("quy ", "thang ", "hoc ky", "nam ", "dot ", "giai doan", "tuan ")


class _Parser:
    def __init__(self, lines: list[Line], paragraph_lines: bool):
        self.src = lines
        self.paragraph_lines = paragraph_lines
        self.warnings: list[str] = []
        self.dropped: list[str] = []
        self.legacy: str | None = None
        self.plan = Plan(symbol="", doc_type="KH")
        self.leftovers: list[_L] = []  # unplaced lines, kept at the end of the body
        self.leftovers_front: list[str] = []  # unplaced header lines, kept at its start
        self.sign_marks: list[str] = []  # "(Đã ký)" and the like
        self.stamps: list[str] = []  # "DỰ THẢO", "KHẨN" at the top
        self._base_indent = 0
        self._has_indents = False
        self._recipient_raw = ""
        self._recipient_open = False

    # ------------------------------------------------------------------ normalisation
    def _normalise(self) -> list[_L]:
        lines = [self._copy(line) for line in self.src]
        self._convert_legacy(lines)
        out: list[_L] = []
        nfd = False
        for line in lines:
            if line.is_table_row or line.cells:
                cells = []
                for c in line.cells:
                    nfd = nfd or not unicodedata.is_normalized("NFC", c)
                    parts = [_squash(p) for p in c.replace("\r", "\n").split("\n")]
                    cells.append("\n".join(p for p in parts if p))
                out.append(
                    _L(
                        " | ".join(c for c in cells if c),
                        "\t".join(cells),
                        [],
                        None,
                        cells=cells,
                        table_id=line.table_id if line.table_id is not None else -1,
                    )
                )
                continue
            runs = (
                line.runs if line.runs is not None else [Run(line.text, bool(line.bold), bool(line.italic))]
            )
            nfd = nfd or not all(unicodedata.is_normalized("NFC", r.text) for r in runs)
            # A manual line break inside a paragraph makes separate lines.
            for piece in _split_runs_at_breaks(runs):
                raw = _INVISIBLE_RE.sub("", _nfc(_runs_text(piece)).replace("\u00a0", " "))
                indent = len(raw) - len(raw.lstrip(" "))
                raw = raw.strip()
                cleaned = _clean_runs(piece)
                text = _runs_text(cleaned)
                bold = line.bold if line.runs is None and line.bold is not None else _all_bold(cleaned)
                out.append(_L(text, raw, cleaned, bold, line.heading_level, indent=indent))
        # Plain text says nothing about bold unless it uses Markdown emphasis somewhere.
        if not self.paragraph_lines and not any(r.bold for ln in out for r in ln.runs):
            for ln in out:
                ln.bold = None
        if nfd:
            self.warnings.append(
                "Văn bản dùng Unicode tổ hợp (dấu tách rời chữ); đã chuẩn hoá về dạng dựng sẵn (NFC)."
            )
        return out

    @staticmethod
    def _copy(line: Line) -> Line:
        return Line(
            text=line.text or "",
            bold=line.bold,
            italic=line.italic,
            runs=[Run(r.text or "", bool(r.bold), bool(r.italic)) for r in line.runs]
            if line.runs is not None
            else None,
            is_table_row=line.is_table_row,
            cells=list(line.cells or []),
            table_id=line.table_id,
            heading_level=line.heading_level,
        )

    def _convert_legacy(self, lines: list[Line]) -> None:
        mod = _text_module()
        if mod is None or not hasattr(mod, "detect_legacy_encoding"):
            return
        converters: dict[str, Callable[[str], str]] = {}
        if hasattr(mod, "tcvn3_to_unicode"):
            converters["tcvn3"] = mod.tcvn3_to_unicode
        if hasattr(mod, "vni_to_unicode"):
            converters["vni"] = mod.vni_to_unicode

        def texts(line: Line) -> list[str]:
            if line.runs is not None:
                return [_runs_text(line.runs), *line.cells]
            return [line.text, *line.cells]

        def convert(line: Line, fn: Callable[[str], str]) -> None:
            line.text = fn(line.text)
            if line.runs is not None:
                line.runs = [Run(fn(r.text), r.bold, r.italic) for r in line.runs]
            line.cells = [fn(c) for c in line.cells]

        has_uni = getattr(mod, "has_unicode_vietnamese", lambda s: False)
        whole = "\n".join(t for line in lines for t in texts(line))
        enc = mod.detect_legacy_encoding(whole)
        if enc in converters:
            for line in lines:
                # A line already in Unicode Vietnamese stays as it is: converting it would turn
                # its á, ò… (which are also TCVN3 codes) into other letters.
                if not has_uni("\n".join(texts(line))):
                    convert(line, converters[enc])
            self.legacy = enc
            label = getattr(mod, "ENCODING_LABELS_VI", {}).get(enc, enc.upper())
            self.warnings.append(
                f"Văn bản dùng bảng mã cũ {label}; đã chuyển sang Unicode. Hãy soát lại chính tả."
            )
            return
        # A Unicode document may still hold pieces pasted from an old one: convert line by line.
        changed: dict[str, int] = {}
        for line in lines:
            joined = "\n".join(texts(line))
            if joined.isascii() or has_uni(joined):
                continue
            enc = mod.detect_legacy_encoding(joined)
            if enc in converters:
                convert(line, converters[enc])
                changed[enc] = changed.get(enc, 0) + 1
        for enc, count in changed.items():
            self.legacy = self.legacy or enc
            label = getattr(mod, "ENCODING_LABELS_VI", {}).get(enc, enc.upper())
            self.warnings.append(
                f"{count} dòng dùng bảng mã cũ {label}; đã chuyển sang Unicode. Hãy soát lại các dòng đó."
            )

    # ------------------------------------------------------------------ layout tables
    def _explode_layout_tables(self, lines: list[_L]) -> list[_L]:
        """Borderless tables that hold the header or the closing block become their lines,
        column by column (left column first), so the rest of the parser sees plain lines."""
        out: list[_L] = []
        i = 0
        while i < len(lines):
            line = lines[i]
            if not line.is_table:
                out.append(line)
                i += 1
                continue
            j = i
            while j < len(lines) and lines[j].is_table and lines[j].table_id == line.table_id:
                j += 1
            rows = [lines[k].cells or [] for k in range(i, j)]
            if self._is_layout_table(rows):
                ncols = max(len(r) for r in rows)
                for c in range(ncols):
                    for r in rows:
                        if c < len(r):
                            for part in r[c].split("\n"):
                                if part.strip():
                                    out.append(_L(part, part, [Run(part)], None))
                out.append(_L("", "", [], None))
            else:
                out.extend(lines[i:j])
            i = j
        return out

    @staticmethod
    def _is_layout_table(rows: list[list[str]]) -> bool:
        widths = [len([c for c in r]) for r in rows]
        if not widths or max(widths) > 3:
            return False
        for r in rows:
            for cell in r:
                for part in cell.split("\n"):
                    p = part.strip()
                    if not p:
                        continue
                    f = _fold(p)
                    if (
                        _QUOC_HIEU_RE.search(f)
                        or _MOTTO_RE.search(f)
                        or _SO_RE.match(p)
                        and "/" in p
                        or _PLACE_DATE_RE.match(p)
                        or _is_noi_nhan(p)
                        or _authority(p)
                        or _is_position(p)
                        or f in _DOC_TYPES
                    ):
                        return True
        return False

    # ------------------------------------------------------------------ header
    @staticmethod
    def _fragments(line: _L) -> list[str]:
        out: list[str] = []
        for p in _split_columns(line.raw) if line.raw else [line.text]:
            p = _squash(p)
            if not p:
                continue
            out.extend(_split_embedded(p))
        return out

    def _classify_header(self, frag: str) -> str:
        f = _fold(frag)
        if _QUOC_HIEU_RE.search(f):
            return "quoc_hieu"
        if _MOTTO_RE.search(f):
            return "motto"
        if _PARTY_SO_RE.match(frag) or _SO_RE.match(frag):
            return "so"
        if _PARTY_MOTTO_RE.match(f.strip("*_ ")):
            return "party"
        if _PLACE_DATE_RE.match(frag):
            return "date"
        if self._doc_type(frag) is not None:
            return "type"
        if _is_rule(frag):
            return "rule"
        if f.strip("*_ ") in _STAMPS:
            return "stamp"
        if _is_upper(frag) and len(frag) <= 100 and not _label_match(frag):
            return "org"
        if _is_garbage(frag):
            return "garbage"
        return "unknown"

    @staticmethod
    def _doc_type(frag: str) -> tuple[str, str] | None:
        """(code, title on the same line) if ``frag`` is the document type line ("KẾ HOẠCH")."""
        t = frag.strip().strip("*_ ").rstrip(":").strip()
        if len(t) >= 5 and re.fullmatch(r"(?:\w\s+)+\w", t):
            # Letters spaced out ("K Ế  H O Ạ C H": expanded spacing copied from a PDF).
            packed = _fold(t).replace(" ", "")
            for key, code in _DOC_TYPES.items():
                if packed == key.replace(" ", ""):
                    return code, ""
        f = _fold(t)
        if f in _DOC_TYPES:
            return _DOC_TYPES[f], ""
        # A joint plan of two bodies ("KẾ HOẠCH LIÊN TỊCH", "KẾ HOẠCH PHỐI HỢP") is a plan.
        m = re.fullmatch(r"(ke hoach) (?:lien tich|phoi hop)", f)
        if m and _is_upper(t):
            return _DOC_TYPES[m.group(1)], ""
        for key, code in _DOC_TYPES.items():
            if f.startswith(key + " ") or f.startswith(key + ":"):
                words = len(key.split())
                head = " ".join(t.split()[:words])
                rest = t[len(head) :].lstrip(" :-–").strip()
                if _is_upper(head) and rest and not _is_upper(rest) and rest[0].isupper():
                    return code, rest
        return None

    def _find_type_line(self, lines: list[_L]) -> int | None:
        seen = 0
        for i, line in enumerate(lines):
            if line.blank:
                continue
            seen += 1
            if seen > 30:
                return None
            if line.is_table:
                if any(self._doc_type(p) for c in line.cells or [] for p in c.split("\n")):
                    return i
                continue
            frags = self._fragments(line)
            if any(self._doc_type(fr) for fr in frags):
                return i
            if _is_basis(line.text) or _label_match(line.text):
                return None
        return None

    def _parse_header(self, lines: list[_L]) -> int:
        """Fill the header fields; return the index of the first line after the title."""
        type_at = self._find_type_line(lines)
        org: list[tuple[str, bool | None]] = []
        unknown: list[str] = []
        found_so = found_date = False
        end = type_at if type_at is not None else len(lines)
        i = 0
        while i < end:
            line = lines[i]
            if line.blank:
                i += 1
                continue
            if line.is_table:
                if type_at is None:
                    break
                unknown.append(line.text)
                i += 1
                continue
            frags = self._fragments(line)
            kinds = [self._classify_header(fr) for fr in frags]
            if type_at is None and (not frags or all(k == "unknown" for k in kinds)):
                break
            for fr, kind in zip(frags, kinds, strict=True):
                if kind == "so":
                    rest = self._take_number(fr)
                    found_so = True
                    if rest:
                        if _PLACE_DATE_RE.match(rest):
                            self._take_date(rest)
                            found_date = True
                        else:
                            unknown.append(rest)
                elif kind == "date":
                    self._take_date(fr)
                    found_date = True
                elif kind == "org":
                    if not found_so or not org:
                        org.append((fr, line.bold))
                    else:
                        unknown.append(fr)
                elif kind == "party":
                    self.warnings.append(
                        f"Văn bản dùng tiêu đề «{fr}» ở chỗ Quốc hiệu (văn bản của Đảng, Đoàn); "
                        "kế hoạch chưa lưu được tiêu đề này, hãy kiểm tra khi in."
                    )
                elif kind == "stamp":
                    self.stamps.append(fr)
                    self.warnings.append(f"Đã bỏ dấu chỉ dẫn «{fr}» ở đầu văn bản.")
                elif kind == "garbage":
                    self._drop(fr)
                elif kind == "unknown":
                    unknown.append(fr)
            i += 1
        self._take_org(org)
        if not found_so:
            self.warnings.append("Không tìm thấy dòng số và ký hiệu văn bản (Số: …/KH-…).")
        if not found_date:
            self.warnings.append("Không tìm thấy địa danh và ngày tháng năm ban hành.")
        if unknown:
            for text in unknown:
                self.leftovers_front.append(text)
            self.warnings.append(
                "Một số dòng ở phần đầu văn bản không xác định được, đã giữ ở đầu phần nội dung: "
                + "; ".join(f"«{_short(t)}»" for t in unknown)
            )
        if type_at is None:
            self.warnings.append("Không tìm thấy tên loại văn bản (KẾ HOẠCH) và trích yếu.")
            if self.plan.symbol:
                head = self.plan.symbol.split("-", 1)[0]
                if head.upper() in _SYMBOL_TYPES:
                    self.plan.doc_type = _SYMBOL_TYPES[head.upper()]
            return i
        return self._parse_title(lines, type_at)

    def _take_number(self, frag: str) -> str:
        m = _PARTY_SO_RE.match(frag)
        if m:
            self.plan.number = int(m.group("num"))
            self.plan.symbol = re.sub(r"\s+", "", m.group("sym")).upper()
            self.warnings.append(
                f"Số, ký hiệu «{_squash(frag[: m.end()])}» viết theo kiểu văn bản của Đảng, Đoàn "
                f"(số - loại / cơ quan); đã lấy số {m.group('num')} và ký hiệu «{self.plan.symbol}», "
                "hãy kiểm tra cách in số, ký hiệu."
            )
            return frag[m.end() :].strip()
        m = _SO_RE.match(frag)
        assert m is not None
        if m.group("num"):
            self.plan.number = int(m.group("num"))
        sym = m.group("sym")
        if sym:
            sym = re.sub(r"\s+", "", sym).replace("–", "-").upper()
            sym = re.sub(r"^QYĐ(?=-|$)", "QyĐ", sym)
            self.plan.symbol = sym
        return frag[m.end() :].strip()

    def _take_date(self, frag: str) -> None:
        m = _PLACE_DATE_RE.match(frag)
        assert m is not None
        place = (m.group("place") or "").strip(" ,")
        self.plan.place = place
        d_s, m_s, y_s = (m.group(k) or m.group(k + "2") for k in ("d", "m", "y"))
        d = int(d_s) if d_s else None
        mo = int(m_s) if m_s else None
        y = int(y_s) if y_s else None
        if mo is not None and not 1 <= mo <= 12:
            self.warnings.append(f"Tháng ban hành không hợp lệ: «{frag}»; đã để trống.")
            mo = None
        if d is not None and not (1 <= d <= 31 and (mo is None or y is None or _valid(y, mo, d))):
            self.warnings.append(f"Ngày ban hành không hợp lệ: «{frag}»; đã để trống.")
            d = None
        self.plan.date = DocDate(d, mo, y)

    def _take_org(self, org: list[tuple[str, bool | None]]) -> None:
        if not org:
            return
        if len(org) == 1:
            # Both lines of the left column run together ("UBND HUYỆN X PHÒNG GIÁO DỤC VÀ ĐÀO
            # TẠO", as Markdown converters join a cell's paragraphs): cut before the office.
            words = org[0][0].split()
            for i in range(2, len(words) - 1):
                rest = _fold(" ".join(words[i:]))
                if rest.startswith(_OFFICE_START) and _is_upper(org[0][0]):
                    self.plan.governing_body = " ".join(words[:i])
                    self.plan.office_name = " ".join(words[i:])
                    return
        if len(org) == 1:
            self.plan.office_name = org[0][0]
            return
        # Decree 30: the governing body is regular, the office bold. Use that when known.
        bolds = [b for _, b in org]
        if all(b is not None for b in bolds) and bolds[0] is False and any(bolds):
            first_bold = bolds.index(True)
            self.plan.governing_body = " ".join(t for t, _ in org[:first_bold])
            self.plan.office_name = " ".join(t for t, _ in org[first_bold:])
            return
        # Without that: an administrative unit line ("PHƯỜNG X", "HUYỆN Y") completes the
        # "ỦY BAN NHÂN DÂN" line above it; the office is the last line that names an office.
        texts: list[str] = []
        for t, _ in org:
            if texts and _fold(t).startswith(_ADMIN_UNITS) and _fold(texts[-1]) in ("uy ban nhan dan", "ubnd"):
                texts[-1] = f"{texts[-1]} {t}"
            else:
                texts.append(t)
        if len(texts) == 1:
            self.plan.office_name = texts[0]
            return
        at = next((i for i in range(len(texts) - 1, 0, -1) if _fold(texts[i]).startswith(_OFFICE_WORDS)), 1)
        self.plan.governing_body = " ".join(texts[:at])
        self.plan.office_name = " ".join(texts[at:])

    def _parse_title(self, lines: list[_L], type_at: int) -> int:
        line = lines[type_at]
        title_parts: list[str] = []
        first_bold: bool | None = None
        frags = (
            self._fragments(line)
            if not line.is_table
            else [p for c in line.cells or [] for p in c.split("\n") if p.strip()]
        )
        for fr in frags:
            found = self._doc_type(fr)
            if found:
                self.plan.doc_type = found[0]
                if found[1]:
                    title_parts.append(found[1])
                    first_bold = line.bold
        j = type_at + 1
        gap = False
        while j < len(lines):
            cur = lines[j]
            if cur.blank:
                gap = gap or bool(title_parts)
                j += 1
                continue
            if cur.is_table:
                break
            text = cur.text
            if _is_rule(text):
                j += 1
                if title_parts:
                    break
                continue
            # A title may begin like a basis ("Triển khai công tác thi đua…"): a basis is long or
            # ends with a stop, a title is short and has none.
            basis = _is_basis(text) and (
                bool(title_parts) or len(text) > 160 or _terminal(text) or text.rstrip().endswith((":", ","))
            )
            if (
                basis
                or _label_match(text)
                or _bullet_match(text)
                or _is_noi_nhan(text)
                or _appendix_match(text)
                or text.startswith(("(", "["))
                or _is_kinh_gui(text)
            ):
                break
            if title_parts:
                prev = title_parts[-1]
                if len(title_parts) >= 3 or len(text) > 200 or _terminal(prev) or _ends_colon(prev):
                    break
                if _starts_lower(text):
                    ok = True
                elif first_bold is True and cur.bold is False:
                    ok = False
                elif gap:
                    ok = first_bold is True and cur.bold is True and len(text) <= 120 and not _terminal(text)
                else:
                    ok = len(text) <= 150 and not _terminal(text) and not _ends_colon(text)
                if not ok:
                    break
            elif len(text) > 300 or (_terminal(text) and len(text) > 150):
                break
            title_parts.append(text)
            if first_bold is None:
                first_bold = cur.bold
            gap = False
            j += 1
        self.plan.title = " ".join(title_parts)
        if not title_parts:
            self.warnings.append("Không tìm thấy trích yếu (tên kế hoạch) dưới dòng tên loại văn bản.")
        return j

    # ------------------------------------------------------------------ where the body ends
    def _tail_start(self, lines: list[_L], start: int) -> int:
        for k in range(start, len(lines)):
            line = lines[k]
            if line.blank or line.is_table:
                continue
            frags = self._fragments(line)
            for fr in frags:
                if _is_noi_nhan(fr) or _authority(fr) or _appendix_match(fr):
                    return k
            if len(frags) == 1 and _is_position(frags[0]) and self._signature_follows(lines, k):
                return k
        return len(lines)

    def _signature_follows(self, lines: list[_L], k: int) -> bool:
        seen = 0
        for line in lines[k + 1 :]:
            if line.blank:
                continue
            if line.is_table:
                return False
            seen += 1
            frags = self._fragments(line)
            if any(
                _is_name(f) or _is_noi_nhan(f) or _is_position(f) or _SIGN_MARK_RE.match(f) for f in frags
            ):
                return True
            if all(_is_garbage(f) for f in frags):
                seen -= 1
                continue
            if _appendix_match(line.text) or seen >= 3:
                return False
        return True  # the last line of the document

    # ------------------------------------------------------------------ body units
    def _wrap_mode(self, lines: list[_L]) -> tuple[str, int]:
        """How adjacent lines of the body relate, and the wrap width of the text:

        * "blank": blank lines separate paragraphs (Markdown, most extracted text), so two
          adjacent lines belong to one paragraph;
        * "wrapped": hard-wrapped text (PDF extraction): a line that filled the width continues;
        * "none": one paragraph per line (Word, text saved from Word).
        """
        texts = [ln for ln in lines if not ln.blank and not ln.is_table]
        if self.paragraph_lines or len(texts) < 2:
            return "none", 0
        lengths = sorted(len(ln.raw) + ln.indent for ln in texts)
        width = lengths[int(0.9 * (len(lengths) - 1))]
        indents = sorted(ln.indent for ln in texts)
        self._base_indent = indents[len(indents) // 4]
        # First-line indents mark where paragraphs start in hard-wrapped text.
        self._has_indents = sum(1 for ln in texts if ln.indent >= self._base_indent + 3) >= 3
        pairs = separated = 0
        for a, b in zip(lines, lines[1:], strict=False):
            if not a.blank and not a.is_table:
                pairs += 1
                if b.blank:
                    separated += 1
        if pairs and separated / pairs >= 0.5:
            return "blank", width
        long_lines = sum(1 for ln in texts if len(ln.text) > 130)
        unterminated = sum(1 for ln in texts if not _terminal(ln.text) and not _ends_colon(ln.text))
        if long_lines <= 0.05 * len(texts) and unterminated >= 0.4 * len(texts):
            return "wrapped", width
        return "none", width

    @staticmethod
    def _structural(text: str) -> bool:
        return bool(
            _label_match(text)
            or _bullet_match(text)
            or _is_noi_nhan(text)
            or _appendix_match(text)
            or _authority(text)
            or _is_kinh_gui(text)
        )

    def _units(self, lines: list[_L]) -> list[_Unit]:
        mode, width = self._wrap_mode(lines)
        units: list[_Unit] = []
        gap = 0
        pending_label: _L | None = None
        for line in lines:
            if line.blank:
                gap += 1
                if units:
                    units[-1].gap_after += 1
                continue
            if line.is_table:
                if (
                    units
                    and units[-1].rows is not None
                    and units[-1].gap_after == 0
                    and units[-1].table_id == line.table_id
                ):
                    units[-1].rows.append(list(line.cells or []))
                else:
                    units.append(_Unit(rows=[list(line.cells or [])], table_id=line.table_id))
                gap = 0
                continue
            text = line.text
            if _is_rule(text):
                continue
            if text in ("./.", "/."):
                if units and units[-1].rows is None:
                    last = units[-1]
                    last.runs = _clean_runs([*last.runs, Run(text, False, False)])
                    last.text = _runs_text(last.runs)
                continue
            if pending_label is not None:
                runs = _clean_runs([*pending_label.runs, Run(" "), *line.runs])
                line = _L(
                    _runs_text(runs),
                    _runs_text(runs),
                    runs,
                    line.bold,
                    line.heading_level,
                    indent=line.indent,
                )
                text = line.text
                pending_label = None
            elif _LONE_LABEL_RE.fullmatch(text):
                pending_label = line  # "I." alone: its title is on the next line
                continue
            elif _is_garbage(text):
                self._drop(text)
                continue
            prev = units[-1] if units and units[-1].rows is None else None
            if prev is not None and self._joins(prev, line, gap, mode, width):
                prev.runs = _join_runs(prev.runs, line.runs)
                prev.text = _runs_text(prev.runs)
                prev.bold = _all_bold(prev.runs)
                prev.gap_after = 0
            else:
                prev = _Unit(
                    text=text, runs=list(line.runs), bold=line.bold, heading_level=line.heading_level
                )
                units.append(prev)
            prev.last_len = len(line.raw) + line.indent
            prev.last_indent = line.indent
            gap = 0
        if pending_label is not None:
            units.append(
                _Unit(text=pending_label.text, runs=list(pending_label.runs), bold=pending_label.bold)
            )
        for u in units:
            if u.rows is None:
                u.label = _label_match(u.text)
                if u.label is None:
                    u.bullet = _bullet_match(u.text)
        return units

    def _joins(self, prev: _Unit, line: _L, gap: int, mode: str, width: int) -> bool:
        text = line.text
        if self._structural(text) or line.heading_level:
            return False
        if prev.heading_level and not _starts_lower(text):
            return False
        closed = _terminal(prev.text) or _ends_colon(prev.text)
        if (
            mode == "wrapped"
            and gap == 0
            and self._has_indents
            and width > 0
            and prev.last_len >= 0.75 * width
            and line.indent <= self._base_indent + 1
            and not prev.text.endswith("./.")
            and not (_is_upper(prev.text) or _is_upper(text))
        ):
            return True  # the previous line ran to the margin and this one is not indented
        if closed or prev.text.endswith("./."):
            return False
        first = _first_letter(text)
        if gap <= 3 and first and (_starts_lower(text) or first.isdigit()):
            return True  # a paragraph cut by a page break: "…mục tiêu," / "nội dung, tiêu chí…"
        if gap or mode == "none":
            return False
        if prev.bold is True and line.bold is False:
            return False
        prev_upper, cur_upper = _is_upper(prev.text), _is_upper(text)
        if prev_upper or cur_upper:
            # Only a long heading in capitals wraps onto a second line in capitals.
            return prev_upper and cur_upper and width > 0 and prev.last_len >= 0.6 * width
        if text.startswith("(") and text.rstrip(" .;").endswith(")") and not _starts_lower(text):
            return False
        if mode == "blank":
            # Markdown: adjacent lines are one paragraph, but a numbered heading line
            # ("**1. Mục đích:**") is not continued by a sentence starting with a capital.
            return not (prev.label is not None or _label_match(prev.text) or prev.bold is True)
        # Hard-wrapped text: the previous line went on to the right margin, this one is not indented.
        return prev.last_len >= 0.75 * width and line.indent <= prev.last_indent + 1

    # ------------------------------------------------------------------ bases and sections
    def _take_bases(self, units: list[_Unit]) -> list[_Unit]:
        """The opening paragraphs that cite the documents the plan implements. A bracketed line
        before them ("(Ban hành kèm theo Quyết định số …)") stays in the body, in its place."""
        kept: list[_Unit] = []
        i = 0
        while i < len(units):
            u = units[i]
            if u.rows is None and not self.plan.bases and u.text.startswith("(") and u.text.endswith(")"):
                kept.append(u)
                i += 1
                continue
            if u.rows is None and u.label is None and u.bullet is not None:
                # Bases typed as a list ("- Căn cứ …;"): the dash is not part of the citation.
                rest = _runs_text(_drop_prefix(u.runs, u.bullet[1])).strip()
                if _fold(rest).startswith("can cu") or (self.plan.bases and _is_basis(rest)):
                    self.plan.bases.append(rest)
                    i += 1
                    continue
            if u.rows is not None or u.label is not None or u.bullet is not None or not _is_basis(u.text):
                break
            self.plan.bases.append(u.text)
            i += 1
        return kept + units[i:]

    def _decide_headings(self, units: list[_Unit]) -> list[bool]:
        """For each unit: is it a section heading? Numbered lines that read as sentences
        (long, ending with '.' or ';', with no content of their own) are paragraphs."""
        n = len(units)
        decision: list[bool] = [False] * n
        strength: list[str] = [""] * n  # "H", "h" (weak heading), "P", "p" (weak paragraph)
        cand = [i for i, u in enumerate(units) if u.label is not None]
        for i in cand:
            u = units[i]
            lab = u.label
            assert lab is not None
            title = u.text[lab.length :].strip()
            nxt = units[i + 1] if i + 1 < n else None
            if nxt is None:
                kids = False
            elif nxt.label is not None:
                kids = nxt.label.rank > lab.rank
            else:
                kids = True
            numbered_kids = bool(nxt is not None and nxt.label is not None and nxt.label.rank > lab.rank)
            term = _terminal(title)
            size = len(title)
            if lab.rank <= _RANK_ROMAN:
                strength[i] = "P" if (term and size > 150 and not _is_upper(title)) or size > 300 else "H"
            elif _is_upper(title) and size <= 200:
                strength[i] = "H"
            elif u.bold is True and size <= 200 and not (term and size > 120):
                strength[i] = "H"
            elif numbered_kids and size <= 250:
                strength[i] = "H"
            elif term:
                strength[i] = "h" if (kids and size <= 80) else "P"
            elif _ends_colon(title):
                strength[i] = "H" if kids and size <= 200 else "p"
            elif size > 250:
                strength[i] = "p"
            elif kids:
                strength[i] = "h"
            else:
                strength[i] = "p"
        # Siblings: a run of labels of one rank not interrupted by an outer label.
        runs: list[list[int]] = []
        open_runs: dict[int, list[int]] = {}
        for i in cand:
            rank = units[i].label.rank  # type: ignore[union-attr]
            for r in [r for r in open_runs if r > rank]:
                del open_runs[r]
            if rank not in open_runs:
                open_runs[rank] = []
                runs.append(open_runs[rank])
            open_runs[rank].append(i)
        for run in runs:
            kinds = [strength[i] for i in run]
            strong_p = "P" in kinds
            headings = sum(1 for k in kinds if k in ("H", "h"))
            for i in run:
                s = strength[i]
                if s == "H":
                    decision[i] = True
                elif s == "h":
                    decision[i] = not strong_p
                elif s == "p":
                    decision[i] = not strong_p and headings > 0 and len(units[i].text) <= 250
                else:
                    decision[i] = False
        # Explicit headings without a number (Markdown '#', Word "Heading N").
        for i, u in enumerate(units):
            if (
                u.label is None
                and u.bullet is None
                and u.rows is None
                and u.heading_level
                and len(u.text) <= 200
            ):
                if not _terminal(u.text):
                    decision[i] = True
        # Headings in capitals typed without a number ("MỤC ĐÍCH, YÊU CẦU"), when the body has
        # no numbered top-level heading to compete with them.
        if not any(decision[i] and (units[i].label is None or units[i].label.rank <= _RANK_ARABIC) for i in range(n)):
            caps = [
                i
                for i, u in enumerate(units)
                if u.label is None
                and u.bullet is None
                and u.rows is None
                and not u.heading_level
                and _is_upper(u.text)
                and len(_letters(u.text)) >= 6
                and len(u.text) <= 120
                and not _terminal(u.text)
                and u.text[:1].isalpha()
            ]
            if len(caps) >= 2:  # one line in capitals may be a slogan; several make an outline
                for i in caps:
                    decision[i] = True
        return decision

    def _build_body(self, units: list[_Unit]) -> None:
        decision = self._decide_headings(units)
        stack: list[tuple[int, Section]] = []
        body = self.plan.body

        def container() -> list:
            return stack[-1][1].children if stack else body

        skip_note = False
        for i, u in enumerate(units):
            if skip_note:
                skip_note = False
                continue
            if u.rows is not None:
                if self._body_table(u.rows, container()) and i + 1 < len(units):
                    nxt = units[i + 1]
                    t = nxt.text
                    if (
                        nxt.rows is None
                        and nxt.label is None
                        and t.startswith("(")
                        and t.rstrip(" .").endswith(")")
                    ):
                        assert self.plan.timetable is not None
                        self.plan.timetable.note = t
                        skip_note = True
                continue
            if decision[i]:
                if u.label is not None:
                    lab = u.label
                    title = _runs_text(_drop_prefix(u.runs, lab.length))
                    section = Section(title=title, label=lab.label, style=lab.style)
                    rank = lab.rank
                else:
                    section = Section(title=u.text, label="", style=NONE)
                    rank = (u.heading_level or 1) - 1
                while stack and stack[-1][0] >= rank:
                    stack.pop()
                container().append(section)
                stack.append((rank, section))
                continue
            if u.label is not None:
                # "b) …" written as a sentence is a sibling of a heading "a) …", not its child.
                while stack and (
                    stack[-1][0] > u.label.rank
                    or (stack[-1][0] == u.label.rank and _same_shape(stack[-1][1].label, u.label.label))
                ):
                    stack.pop()
                para = Paragraph(runs=_drop_prefix(u.runs, u.label.length), marker=u.label.label)
            elif u.bullet is not None:
                para = Paragraph(runs=_drop_prefix(u.runs, u.bullet[1]), marker=u.bullet[0])
            else:
                para = Paragraph(runs=list(u.runs))
            if para.runs or para.marker:
                container().append(para)

    # ------------------------------------------------------------------ tables
    def _continues_timetable(self, rows: list[list[str]]) -> bool:
        """A second table with the timetable's own header: the rest of it, split by a page
        break or by hand. Its rows are added to the timetable."""
        tt = self.plan.timetable
        if tt is None or not rows or not tt.rows:
            return False
        if [_fold(_squash(c)) for c in rows[0] if _squash(c)] != [_fold(h) for h in tt.headers if h]:
            return False
        more = self._timetable(rows, title=tt.title, appendix=tt.as_appendix)
        if more is None:
            return False
        last_group = tt.rows[-1].group
        for row in more.rows:
            if row.group:
                break
            row.group = last_group  # rows before the next group row continue the last group
        tt.rows.extend(more.rows)
        return True

    def _body_table(self, rows: list[list[str]], container: list) -> bool:
        """An in-body table: the timetable if it is one (True), else its rows as paragraphs."""
        if self._continues_timetable(rows):
            return False
        if self.plan.timetable is None:
            tt = self._timetable(rows, title="", appendix=False)
            if tt is not None:
                self.plan.timetable = tt
                return True
        self.warnings.append(
            "Một bảng trong phần nội dung không phải bảng tiến độ (hoặc đã có bảng tiến độ); "
            "các dòng của bảng được giữ thành đoạn văn."
        )
        for r in rows:
            text = " | ".join(_squash(c) for c in r if _squash(c))
            if text:
                container.append(Paragraph.plain(text))
        return False

    def _timetable(self, rows: list[list[str]], title: str, appendix: bool) -> Timetable | None:
        rows = [[_squash(c) for c in r] for r in rows if any(_squash(c) for c in r)]
        if not rows:
            return None
        ncols = max(len(r) for r in rows)
        rows = [r + [""] * (ncols - len(r)) for r in rows]
        header_rows = 0
        fields = _column_fields(rows[0])
        if "content" in fields and ("due" in fields or "guide" in fields or "executors" in fields):
            header_rows = 1
            headers = list(rows[0])
            # A second header row under merged cells ("Đơn vị" over "Chủ trì | Phối hợp").
            if len(rows) > 1 and not rows[1][0].rstrip(".").isdigit():
                second = _column_fields(rows[1])
                if sum(1 for f in second if f) >= 2 and not any(parse_due(c) for c in rows[1]):
                    headers = [
                        a if a == b or not b else (f"{a} {b}".strip() if a else b)
                        for a, b in zip(headers, rows[1], strict=True)
                    ]
                    header_rows = 2
            fields = _column_fields(headers)
        elif ncols == len(DEFAULT_TIMETABLE_HEADERS) and sum(1 for r in rows if parse_due(r[-1])) >= max(
            1, len(rows) // 3
        ):
            headers = list(DEFAULT_TIMETABLE_HEADERS)
            fields = _column_fields(headers)
            self.warnings.append("Bảng tiến độ không có dòng tiêu đề cột; đã dùng các cột mặc định.")
        else:
            return None
        year, school = _year_context(title, self.plan.title)
        out = Timetable(rows=[], title=title, note="", as_appendix=appendix, headers=headers)
        group = ""
        extra_lost = 0
        for r in rows[header_rows:]:
            if header_rows and [_fold(c) for c in r] == [_fold(c) for c in rows[0]]:
                continue  # the header row repeated on the next page
            filled = [c for c in r if c]
            values = {f: "" for f in ("number", "content", "guide", "executors", "due")}
            extras: list[str] = []
            for c, f in enumerate(fields):
                if not r[c]:
                    continue
                if f and not values[f]:
                    values[f] = r[c]
                elif f == "number" or not f:
                    extras.append(f"{headers[c]}: {r[c]}" if headers[c] else r[c])
                else:
                    values[f] = f"{values[f]} {r[c]}"
            if self._is_group_row(r, fields, filled):
                group = filled[0] if len(set(filled)) == 1 else values["content"] or filled[-1]
                gy, gs = _year_context(group)
                if gy or gs:
                    year, school = gy, gs
                continue
            content = values["content"]
            number = values["number"]
            if number and not re.fullmatch(r"\d{1,3}\.?\)?", number):
                content = f"{number} {content}".strip() if content else number
            if extras:
                extra_lost += 1
                content = f"{content} ({'; '.join(extras)})" if content else "; ".join(extras)
            due = values["due"]
            due_iso = parse_due(due, year=year, school_year=school)
            if not due and group:
                # Rows under a month or quarter row ("Tháng 9/2024") fall due with it.
                due_iso = parse_due(group, year=year, school_year=school)
            out.rows.append(
                TimetableRow(
                    content=content,
                    guide=values["guide"],
                    executors=values["executors"],
                    due=due,
                    due_iso=due_iso,
                    group=group,
                )
            )
        if extra_lost:
            self.warnings.append(
                f"Bảng tiến độ có cột ngoài các cột chuẩn; nội dung của {extra_lost} ô đã được ghi kèm vào cột nội dung."
            )
        return out

    @staticmethod
    def _is_group_row(row: list[str], fields: list[str], filled: list[str]) -> bool:
        if not filled:
            return False
        if len(set(filled)) == 1:
            text = filled[0]
            c = row.index(text)
            f = _fold(text)
            return (
                c == 0
                or fields[c] == "number"
                or len(text) <= 40
                or any(f.startswith(w) for w in _GROUP_WORDS)
            )
        # "I | Quý I - 2022 | | |": a roman or letter number and a label, nothing else.
        if len(filled) == 2 and "number" in fields:
            number = row[fields.index("number")]
            others = [row[c] for c, f in enumerate(fields) if f not in ("number", "content") and row[c]]
            return bool(number) and not others and bool(re.fullmatch(r"[IVXLA-DĐ]{1,5}\.?", number))
        return False

    # ------------------------------------------------------------------ closing block and appendix
    def _parse_tail(self, lines: list[_L], start: int) -> None:
        recipients_mode = False
        recipients_done = False
        sig: list[tuple[str, str]] = []  # ("auth", prefix|rest) / ("pos", text) / ("name", text)
        sig_right: list[bool] = []  # per entry of ``sig``: it stood in the right of two columns
        right = False

        def add_sig(kind: str, value: str) -> None:
            sig.append((kind, value))
            sig_right.append(right)

        pending: list[str] = []
        k = start
        while k < len(lines):
            line = lines[k]
            if line.blank:
                k += 1
                continue
            if line.is_table:
                k = self._parse_appendix(lines, k, pre_title=pending)
                pending = []
                continue
            if _appendix_match(line.text):
                self._flush_pending(pending)
                pending = []
                k = self._parse_appendix(lines, k, pre_title=[])
                continue
            pieces = [piece for f0 in self._fragments(line) for piece in _split_closing(f0)]
            for col, fr in enumerate(pieces):
                # Where a signature line stands: the right column of a line holding two.
                right = len(pieces) >= 2 and col == len(pieces) - 1
                if _is_rule(fr):
                    continue  # a border of a Markdown grid table, a rule under the signature
                if _is_noi_nhan(fr):
                    recipients_mode, recipients_done = True, False
                    rest = re.sub(r"^\W*nơi\s+nhận\W*?\s*:?\s*", "", fr, flags=re.I).strip("*_ ")
                    if rest:
                        recipients_done = self._add_recipient(rest)
                    continue
                auth = _authority(fr)
                if auth:
                    add_sig("auth", f"{auth[0]}|{auth[1]}")
                    continue
                if _is_position(fr):
                    add_sig("pos", fr.upper())
                    continue
                bullet = _bullet_match(fr)
                f = _fold(fr)
                if (
                    recipients_mode
                    and not recipients_done
                    and not bullet
                    and self._recipient_open
                    and self.plan.recipients
                    and (_starts_lower(fr) or fr.startswith("("))
                ):
                    # The previous recipient wrapped onto this line ("… trong quận" / "(để thực hiện);").
                    self.plan.recipients.pop()
                    recipients_done = self._add_recipient(f"{self._recipient_raw} {fr}")
                    continue
                if (
                    recipients_mode
                    and not recipients_done
                    and (bullet or f.startswith(("luu", "nhu tren")) or (_terminal(fr) and not _is_name(fr)))
                ):
                    recipients_done = self._add_recipient(fr)
                    continue
                if _is_name(fr):
                    add_sig("name", _squash(fr))
                    continue
                if _SIGN_MARK_RE.match(fr):
                    self.sign_marks.append(fr)
                    continue
                if _is_garbage(fr):
                    self._drop(fr)
                    continue
                if sig and _is_upper_name(fr) and not any(k == "name" for k, _ in sig):
                    add_sig("name", _squash(fr))  # a name typed in capitals
                    continue
                if sig and _mostly_upper(fr) and len(fr) <= 60:
                    # Text of the seal printed near the signature ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO").
                    self._drop(fr)
                    continue
                pending.append(fr)
            k += 1
        self._flush_pending(pending)
        self._take_signature(self._one_signer(sig, sig_right))

    def _flush_pending(self, pending: list[str]) -> None:
        for text in pending:
            self.leftovers.append(_L(text, text, [Run(text)], None))

    def _add_recipient(self, text: str) -> bool:
        """Add one recipient line; True if it closes the list (ends with '.')."""
        t = text.strip()
        self._recipient_raw = t
        self._recipient_open = not (_terminal(t) or t.endswith(","))
        b = _bullet_match(t)
        if b:
            t = t[b[1] :]
        t = t.strip()
        final = t.rstrip().endswith(".") and not t.rstrip().endswith("..")
        t = re.sub(r"\s*[;.,]+\s*$", "", t).strip()
        if t.endswith("./"):
            t = t[:-2].strip()
        if not t:
            return final
        name, purpose = t, ""
        m = re.match(r"^(.*\S)\s*\(([^()]*)\)$", t)
        if m:
            p = _fold(m.group(2))
            if p.startswith(
                (
                    "de ",
                    "b/c",
                    "t/h",
                    "p/h",
                    "thuc hien",
                    "bao cao",
                    "biet",
                    "phoi hop",
                    "chi dao",
                    "theo doi",
                    "dang ",
                    "huong dan",
                    "trien khai",
                    "kiem tra",
                    "giam sat",
                    "e/b",
                    "d/b",
                )
            ):
                name, purpose = m.group(1).strip(), m.group(2).strip()
        self.plan.recipients.append(Recipient(name=name, purpose=purpose))
        return final

    def _one_signer(self, sig: list[tuple[str, str]], right: list[bool]) -> list[tuple[str, str]]:
        """A joint plan signed by two (two names side by side): keep the right-hand signer,
        whose lines are the right column, and tell the clerk about the other."""
        names = [v for k, v in sig if k == "name"]
        right_names = [v for (k, v), r in zip(sig, right, strict=True) if k == "name" and r]
        if len(names) < 2 or not right_names:
            return sig
        kept = [e for e, r in zip(sig, right, strict=True) if r]
        if not any(k in ("pos", "auth") for k, _ in kept):
            return sig
        others = [v for v in names if v not in right_names]
        self.warnings.append(
            "Văn bản có hai người ký (kế hoạch liên tịch); kế hoạch chỉ lưu được một người ký: đã giữ «"
            + right_names[-1]
            + "», bỏ «"
            + "», «".join(others)
            + "». Hãy kiểm tra lại phần chữ ký."
        )
        return kept

    def _take_signature(self, sig: list[tuple[str, str]]) -> None:
        signer = Signer()
        auths = [v for k, v in sig if k == "auth"]
        names = [v for k, v in sig if k == "name"]
        if len(auths) > 1:
            self.warnings.append(
                "Phần chữ ký có nhiều dòng thẩm quyền ("
                + "; ".join("«" + a.replace("|", " ") + "»" for a in auths)
                + "); chỉ giữ được dòng đầu, hãy kiểm tra lại người ký."
            )
        if auths:
            prefix, rest = auths[0].split("|", 1)
            signer.authority = prefix
            signer.on_behalf_of = rest
            at = next(i for i, (k, _) in enumerate(sig) if k == "auth")
            after = [v for k, v in sig[at + 1 :] if k == "pos"]
            before = [v for k, v in sig[:at] if k == "pos"]
            positions = after or before
            signer.position = positions[-1] if positions else rest
        else:
            positions = [v for k, v in sig if k == "pos"]
            if positions:
                signer.position = positions[-1]
                if len(positions) > 1:
                    self.warnings.append(
                        "Có nhiều dòng chức vụ ở phần chữ ký: "
                        + "; ".join(f"«{p}»" for p in positions)
                        + f". Đã lấy «{positions[-1]}»."
                    )
        if names:
            signer.name = names[-1]
            if len(names) > 1:
                self.warnings.append(
                    "Có nhiều họ tên ở phần chữ ký: "
                    + "; ".join(f"«{n}»" for n in names)
                    + f". Đã lấy «{names[-1]}»."
                )
        self.plan.signature = signer
        if not signer.name:
            self.warnings.append("Không tìm thấy họ tên người ký.")
        elif not signer.position:
            self.warnings.append("Không tìm thấy chức vụ người ký (dòng chữ in hoa phía trên chữ ký).")

    def _parse_appendix(self, lines: list[_L], k: int, pre_title: list[str]) -> int:
        """Read one appendix from ``k``; return the index after it."""
        start = k
        title_parts: list[str] = list(pre_title)
        line = lines[k]
        label_text = ""
        if not line.is_table:
            m = _appendix_match(line.text)
            if m is not None:
                label_text = line.text
                k += 1
                rest = line.text
                head = re.match(
                    r"^\s*ph[uụ]\s+l[uụ]c(?:\s+(?:số\s+)?(?:[IVXLC]+|\d+))?\s*[:.\-–]?\s*", rest, re.I
                )
                if head and rest[head.end() :].strip():
                    title_parts.append(rest[head.end() :].strip())
        attached: list[str] = []
        while k < len(lines):
            cur = lines[k]
            if cur.blank:
                k += 1
                continue
            if cur.is_table or _appendix_match(cur.text) or _is_noi_nhan(cur.text):
                break
            if _ATTACHED_RE.match(_fold(cur.text)):
                attached.append(cur.text)
                k += 1
                # It may wrap: read until its bracket closes.
                while (
                    attached[-1].count("(") > attached[-1].count(")")
                    and k < len(lines)
                    and not lines[k].blank
                    and not lines[k].is_table
                ):
                    attached.append(lines[k].text)
                    k += 1
                continue
            if len(title_parts) >= 4 or len(cur.text) > 250:
                break
            title_parts.append(cur.text)
            k += 1
        if k >= len(lines) or not lines[k].is_table:
            # No table: an appendix of prose. Keep all of it, in its order, at the end of the body.
            end = k
            while end < len(lines) and not _appendix_match(lines[end].text) and not lines[end].is_table:
                end += 1
            end = max(end, start + 1)
            texts = list(pre_title) + [ln.text for ln in lines[start:end] if not ln.blank]
            for t in texts:
                self.leftovers.append(_L(t, t, [Run(t)], None))
            # Column titles on one line (PDF text), or one per line (a PDF's cells).
            windows = [" ".join(texts[i : i + n]) for n in (1, 3, 4, 5) for i in range(len(texts))]
            if any(self._flat_table_header(t) for t in windows):
                self.warnings.append(
                    "Phụ lục có dòng tiêu đề cột của một bảng nhưng các ô đã bị dàn thành dòng chữ "
                    "(thường do chép từ PDF); chưa đọc được thành bảng tiến độ. Nội dung được giữ "
                    "nguyên thứ tự ở cuối phần nội dung: hãy nhập từ tệp Word hoặc nhập bảng bằng tay."
                )
            elif texts:
                self.warnings.append(
                    "Phụ lục không có bảng tiến độ; nội dung phụ lục được giữ ở cuối phần nội dung."
                )
            return end
        table_id = lines[k].table_id
        rows: list[list[str]] = []
        while k < len(lines) and (lines[k].is_table and lines[k].table_id == table_id or lines[k].blank):
            if lines[k].is_table:
                rows.append(list(lines[k].cells or []))
            k += 1
        title = " ".join(title_parts)
        if not title_parts and not label_text and self._continues_timetable(rows):
            return k
        tt = None
        if self.plan.timetable is None or not self.plan.timetable.rows:
            tt = self._timetable(rows, title=title or "Tiến độ thực hiện", appendix=True)
        if tt is None:
            texts = ([label_text] if label_text else []) + title_parts + attached
            texts += [" | ".join(c for c in (_squash(x) for x in r) if c) for r in rows]
            for t in texts:
                if t:
                    self.leftovers.append(_L(t, t, [Run(t)], None))
            self.warnings.append(
                "Bảng trong phụ lục không phải bảng tiến độ (hoặc đã có bảng tiến độ); "
                "các dòng được giữ thành đoạn văn ở cuối phần nội dung."
            )
            return k
        self.plan.timetable = tt
        # A note under the table: "(Thời gian có thể thay đổi …)" or "Ghi chú: …".
        j = k
        while j < len(lines) and lines[j].blank:
            j += 1
        if j < len(lines) and not lines[j].is_table:
            t = lines[j].text
            if (t.startswith("(") and t.rstrip(" .").endswith(")")) or _fold(t).startswith(
                ("ghi chu", "luu y")
            ):
                tt.note = t
                k = j + 1
        return k

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _flat_table_header(text: str) -> bool:
        """A timetable's column titles run together on one line: "TT Nội dung Thời gian …"."""
        f = _fold(text)
        if len(f) > 160 or "noi dung" not in f:
            return False
        return sum(1 for w in ("thoi gian", "don vi", "thuc hien", "phu trach", "thoi han", "ghi chu") if w in f) >= 2

    def _drop(self, text: str) -> None:
        self.dropped.append(text)

    # ------------------------------------------------------------------ main
    def parse(self) -> ParsedPlan:
        lines = self._explode_layout_tables(self._normalise())
        body_start = self._parse_header(lines)
        tail = self._tail_start(lines, body_start)
        body_lines = lines[body_start:tail]
        # A timetable in the body may be followed by its note line.
        units = self._units(body_lines)
        units = self._take_bases(units)
        front = [_Unit(text=t, runs=[Run(t)]) for t in self.leftovers_front]
        self._build_body(front + units)
        self._parse_tail(lines, tail)
        if self.leftovers:
            extra = self._units(self.leftovers)
            for u in extra:
                if u.rows is not None:
                    self._body_table(u.rows, self.plan.body)
                    continue
                if u.label is not None:
                    para = Paragraph(runs=_drop_prefix(u.runs, u.label.length), marker=u.label.label)
                elif u.bullet is not None:
                    para = Paragraph(runs=_drop_prefix(u.runs, u.bullet[1]), marker=u.bullet[0])
                else:
                    para = Paragraph(runs=list(u.runs))
                self.plan.body.append(para)
            self.warnings.append(
                f"Có {len(extra)} đoạn không xác định được vị trí; đã đưa vào cuối phần nội dung để không mất chữ nào."
            )
        if not any(b for _, b in self.plan.iter_blocks()) and not self.plan.bases:
            self.warnings.append("Không tìm thấy nội dung kế hoạch.")
        if not self.plan.recipients:
            self.warnings.append("Không tìm thấy phần «Nơi nhận».")
        if self.sign_marks:
            self.warnings.append(
                "Đã bỏ dòng ghi chú chữ ký "
                + ", ".join(f"«{t}»" for t in self.sign_marks)
                + " (bản in để trống chỗ ký)."
            )
        if self.dropped:
            shown = "; ".join(f"«{_short(t, 30)}»" for t in self.dropped[:12])
            more = f" và {len(self.dropped) - 12} dòng khác" if len(self.dropped) > 12 else ""
            self.warnings.append(
                f"Đã bỏ {len(self.dropped)} dòng rời rạc (có thể là chữ trong con dấu, số trang): {shown}{more}."
            )
        return ParsedPlan(
            plan=self.plan,
            warnings=self.warnings,
            dropped=[*self.stamps, *self.dropped, *self.sign_marks],
            legacy_encoding=self.legacy,
        )


def _column_fields(headers: list[str]) -> list[str]:
    """Which TimetableRow field each column holds, from its header wording."""
    out: list[str] = []
    for h in headers:
        key = _fold(h)
        if key.rstrip(".") in ("tt", "stt", "so tt", "so thu tu", "s tt"):
            f = "number"
        elif "noi dung" in key or "nhiem vu" in key or "cong viec" in key or "hoat dong" in key:
            f = "content"
        elif "thoi gian" in key or "thoi han" in key or "tien do" in key or "hoan thanh" in key:
            f = "due"
        elif "huong dan" in key or "trien khai" in key or "chu tri" in key or "phu trach" in key:
            f = "guide"
        elif "thuc hien" in key or "phoi hop" in key or "doi tuong" in key or key.startswith("don vi"):
            f = "executors"
        else:
            f = ""
        if f and f in out:
            f = ""
        out.append(f)
    return out


_GAP_RE = re.compile(r"\s{3,}")


def _split_columns(raw: str) -> list[str]:
    """A line of the header or closing block cut into its columns: at tabs, and at long runs of
    spaces (PDF text) except the blanks of a draft ("Số:      /KH-PGDĐT", "ngày      tháng")."""
    out: list[str] = []
    for cell in raw.split("\t"):
        pieces = _GAP_RE.split(cell)
        merged: list[str] = []
        for piece in pieces:
            if merged:
                before, after = _fold(merged[-1]), _fold(piece)
                if (
                    after.startswith(("/", "thang", "nam ", "ngay"))
                    or after == "nam"
                    or before.endswith(("ngay", "thang", "nam", "so:", "so", "/"))
                ):
                    merged[-1] = f"{merged[-1]} {piece}"
                    continue
            merged.append(piece)
        out.extend(merged)
    return out


def _split_embedded(p: str) -> list[str]:
    """Split a header fragment where the left and right columns ran together on one line:
    "UBND QUẬN X CỘNG HÒA XÃ HỘI …", "Số: 06/KH-PGDĐT Nam Từ Liêm, ngày …"."""
    f = _fk(p)
    for rx in (_QUOC_HIEU_RE, _MOTTO_RE):
        m = rx.search(f)
        if m:
            out = []
            before, match, after = p[: m.start()].strip(), p[m.start() : m.end()], p[m.end() :].strip()
            if before:
                out.extend(_split_embedded(before))
            out.append(match)
            if after:
                out.extend(_split_embedded(after))
            return out
    return [p]


def _split_closing(fr: str) -> list[str]:
    """Split a closing line where the two columns (Nơi nhận | signature) ran together with a
    single space, as text copied from a PDF viewer does: "Nơi nhận: KT. TRƯỞNG PHÒNG",
    "- Sở GDĐT Hà Nội; PHÓ TRƯỞNG PHÒNG", "- Lưu: VT. Nguyễn Văn An"."""
    t = fr.strip()
    # A whole cell joined into one line (Markdown converters): "Nơi nhận: - A; - B.",
    # "KT. TRƯỞNG PHÒNG PHÓ TRƯỞNG PHÒNG Trần Văn Nam".
    if _is_noi_nhan(t):
        m = re.match(r"^(\W*nơi\s+nhận\W*?\s*:?)\s*([-–+•]\s.*)$", t, re.I)
        if m:
            return [m.group(1).strip("*_ ")] + _split_closing(m.group(2))
    items = re.split(r"(?<=[;.])\s+(?=[-–+•]\s)", t)
    if len(items) > 1 and _bullet_match(t):
        return [piece for item in items for piece in _split_closing(item)]
    words = t.split()
    if len(words) >= 3 and (_authority(t) or _is_position(" ".join(words[:2]))):
        for j in range(1, len(words) - 1):
            head, name = " ".join(words[:j]), " ".join(words[j:])
            if _is_upper(head) and _is_name(name):
                return _split_closing(head) + [name]
    auth = _authority(t)
    if auth and auth[0] == "KT." and " PHÓ " in f" {auth[1]} "[1:]:
        at = auth[1].index("PHÓ ")
        if at > 0:
            return [f"{auth[0]} {auth[1][:at].strip()}", auth[1][at:].strip()]
    if _authority(t) or (_is_position(t) and _is_upper(t)) or _is_name(t):
        return [fr]
    for i in range(1, len(words)):
        head, tail = " ".join(words[:i]), " ".join(words[i:])
        if not _is_upper(words[i]) or not (_authority(tail) or (_is_position(tail) and _is_upper(tail))):
            continue
        # The left column's line ends there: with ";", ":", "." or a word in lower case (not
        # with ",": "- Ban Giám hiệu, Chủ tịch Công đoàn" is one recipient).
        if head[-1] in ";:.)" or (head[-1].isalpha() and not _is_upper(words[i - 1])):
            return [head, tail]
    if _bullet_match(t) or _is_noi_nhan(t) or _fold(t).startswith("luu"):
        m = re.match(r"^(.*[;.])\s+(\S.*)$", t)
        if m and _is_name(m.group(2)):
            return [m.group(1), m.group(2)]
    return [fr]


def _split_runs_at_breaks(runs: list[Run]) -> list[list[Run]]:
    pieces: list[list[Run]] = [[]]
    for run in runs:
        parts = run.text.replace("\r\n", "\n").replace("\r", "\n").replace("\v", "\n").split("\n")
        for n, part in enumerate(parts):
            if n:
                pieces.append([])
            if part:
                pieces[-1].append(Run(part, run.bold, run.italic))
    return pieces


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# =============================================================================================
# Entry points
# =============================================================================================


def parse_plan_lines(lines: list[Line], *, paragraph_lines: bool = False) -> ParsedPlan:
    """Lines of a document (plain text or Word) → :class:`ParsedPlan`.

    ``paragraph_lines``: every line is a whole paragraph (Word); two lines are then joined only
    when the second one continues a sentence cut by a page break (it starts in lower case).
    """
    return _Parser(list(lines), paragraph_lines).parse()


def parse_plan_text(text: str) -> ParsedPlan:
    """Text of a plan (extracted from Word or PDF, or Markdown) → :class:`ParsedPlan`."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n").replace("\v", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    return parse_plan_lines(_text_to_lines(text))


def plan_to_summary(plan: Plan | ParsedPlan) -> dict:
    """The JSON shape the command line prints for an imported plan."""
    if isinstance(plan, ParsedPlan):
        plan = plan.plan
    sig = plan.signature
    return {
        "id": plan.id,
        "doc_type": plan.doc_type or None,
        "number": plan.number,
        "symbol": plan.symbol or None,
        "place": plan.place or None,
        "date": plan.date.iso(),
        "year": plan.year,
        "title": plan.title,
        "bases": list(plan.bases),
        "headings": plan.headings(),
        "recipients": [r.printed() for r in plan.recipients],
        "signature": {
            "authority": sig.authority or None,
            "position": sig.position or None,
            "name": sig.name or None,
        },
    }

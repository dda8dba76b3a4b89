"""Numbering labels ("I.", "1.", "1.1.", "a)", "PHẦN I", "A.") and bullets ("-", "+", "•") at
the start of a body line."""

from __future__ import annotations

import re
from dataclasses import dataclass

from thiduadesk.domain.plan import ALPHA, ARABIC, DECIMAL, NONE, ROMAN, to_roman
from thiduadesk.domain.plan_text.words import _first_letter, _is_upper, _terminal

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


_LONE_LABEL_RE = re.compile(r"(?:[IVXL]{1,6}|\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])\s*[.)]")


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


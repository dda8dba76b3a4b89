"""Finding dates in official Vietnamese text: :func:`find_dates`, every date of a text with the
words that introduce it and the document it is the date of, when it cites one (one parser for the
plan reader, the deadline finder and the calendar; formatting is ``domain/dates.py``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from thiduadesk.domain.dates import is_valid_date
from thiduadesk.domain.officialese import CITED_KINDS

DAY, MONTH = "day", "month"  # precision of a found date
# Where the year of a found date comes from.
YEAR_WRITTEN = "written"  # in the date itself
YEAR_RANGE = "range"  # the other end of its range ("từ ngày 01/3 đến ngày 22/3/2024")
YEAR_SCHOOL = "school_year"  # the school year given (months 8–12 in its first year)
YEAR_SENTENCE = "sentence"  # a later date of the same sentence
YEAR_GIVEN = "year"  # the calendar year given


@dataclass(frozen=True)
class FoundDate:
    """One date found in a text by :func:`find_dates`.

    ``start``/``end``: where the date is written in the NFC form of the text, from its first
    digit ("22/02/2024", "05 tháng 01 năm 2022", "01/2022", "3 năm 2024"); the words before it
    ("trước ngày", "tháng") are ``intro``, lower-cased with single spaces, "" if none.
    ``iso``: "YYYY-MM-DD" (precision DAY) or "YYYY-MM" (precision MONTH).
    ``cites_document``: the date is the date of a document the text cites ("Kế hoạch số
    636/KH-SGDĐT ngày 22/02/2024"); then ``cited_kind`` is its kind as the officialese names it
    ("Kế hoạch", "Luật"), ``cited_number`` its number and symbol as written ("636/KH-SGDĐT",
    "" when none) and ``cited_text`` the citation as written, up to the date's intro ("Kế hoạch
    số 636/KH-SGDĐT", "Luật Thi đua, khen thưởng").
    """

    start: int
    end: int
    text: str
    iso: str
    precision: str
    intro: str = ""
    year_from: str = YEAR_WRITTEN
    cites_document: bool = False
    cited_kind: str = ""
    cited_number: str = ""
    cited_text: str = ""


# The forms, tried in this order; a later form is not looked for inside an earlier one's match
# (even an invalid one: "31/02/2024" is no date, and neither is its "02/2024").
_WORDS_RE = re.compile(r"ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})(?:\s*năm\s*(\d{4}))?(?!\d)", re.I)
_NUMERIC_RE = re.compile(
    r"(?<!\d)(\d{1,2})\s*([/.])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)|(?<![\d-])(\d{1,2})-(\d{1,2})-(\d{4})(?!\d)"
)
_MONTH_WORD_RE = re.compile(r"tháng\s*(\d{1,2})(?:\s*(?:/|năm)\s*(\d{4}))?(?![\d/])", re.I)
_MONTH_YEAR_RE = re.compile(r"(?<![\d/])(\d{1,2})\s*[/\-]\s*(\d{4})(?![\d/])")
_DAY_MONTH_RE = re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})(?![\d/])")

_PREFIXES = (
    "chậm nhất là|chậm nhất vào|chậm nhất|muộn nhất là|muộn nhất|hạn chót là|hạn chót|hạn cuối|hạn|"
    "trước|sau|kể từ|từ|đến hết|đến|cho đến|tới|trong|vào|cuối|đầu|giữa|hết"
)
_INTRO_RE = re.compile(rf"(?<!\w)(?:(?:(?:{_PREFIXES})\s+)?(?:ngày|tháng)|(?:{_PREFIXES}))\s*$", re.I)
_NUMBER_BEFORE_RE = re.compile(r"(?<!\w)số\s*:?\s*$", re.I)  # "số 12/2019/…" is a document number
_RANGE_GAP_RE = re.compile(r"\s*(?:[-–—]|đến(?:\s+hết)?|tới|cho\s+đến)\s*(?:ngày|tháng)?\s*", re.I)
_SENTENCE_END_RE = re.compile(r"[;!?\n]|\.(?=\s|$)")

_KIND_NAMES = sorted(CITED_KINDS, key=len, reverse=True)
_KINDS_BY_KEY = {name.lower(): name for name in CITED_KINDS}
_KIND_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(k) for k in _KIND_NAMES) + r")(?!\w)", re.I)
_DOC_NUMBER = r"(?:\d[\w./\-–]*|[.…_ \u00a0]*/[\w./\-–]+)"
# After the kind: "số 636/KH-SGDĐT", "1234/QĐ-UBND" …
_CITED_NUMBER_RE = re.compile(rf"\s+(?:số\s*:?\s*)?({_DOC_NUMBER})\s*,?\s*", re.I)
# … or its name, and perhaps its number: "Thi đua, khen thưởng", "Thi đua, khen thưởng số 06/2022/QH15".
_CITED_NAME_RE = re.compile(rf"\s+([^\W\d_][^;:()\n]{{0,80}}?)(?:\s+số\s*:?\s*({_DOC_NUMBER}))?\s*,?\s*", re.I)


@dataclass
class _Candidate:
    start: int
    end: int
    day: int | None
    month: int
    year: int | None
    bare: bool = False  # "25/01": a day and month with no year, no words
    intro: str = ""
    intro_start: int = 0
    year_from: str = YEAR_WRITTEN


def find_dates(
    text: str,
    *,
    year: int | None = None,
    school_year: tuple[int, int] | None = None,
    cell: bool = False,
) -> list[FoundDate]:
    """Every date in ``text`` (official Vietnamese), in order; see :class:`FoundDate`.

    The text is NFC-normalised first and the offsets refer to that form
    (``unicodedata.normalize("NFC", text)``). Forms: dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy,
    dd.mm.yyyy, "ngày 05 tháng 01 năm 2022", "tháng 01/2022", "tháng 3 năm 2024", "01/2022", and
    without a year "ngày 25/01", "ngày 5 tháng 3", "tháng 3". Invalid dates (31/02, month 13)
    and the blanks of a draft ("ngày   tháng   năm 2024") are not dates; with the day alone blank
    ("ngày      tháng 10 năm 2024") the month is (precision MONTH).

    A date written without its year takes it from the other end of its range ("từ ngày 01/3
    đến ngày 22/3/2024"; the year before when its month comes later: "từ 15/12 đến 15/01/2024"),
    else from ``school_year`` (2023, 2024: months 8–12 in 2023, 1–7 in 2024), else from a later
    date of its sentence that is not a cited document's, else from ``year``; with none of these
    it is left out. A bare day and month ("25/01") is a date only with words
    before it ("ngày", "trước", "từ" …) or as an end of a range, or anywhere when ``cell`` (the
    text is a table cell or a field that holds a date: "15/10").
    """
    s = unicodedata.normalize("NFC", text or "")
    taken: list[tuple[int, int]] = []
    found: list[_Candidate] = []

    def free(a: int, b: int) -> bool:
        return not any(a < y and x < b for x, y in taken)

    for m in _WORDS_RE.finditer(s):
        taken.append(m.span())
        y = int(m.group(3)) if m.group(3) else None
        found.append(_Candidate(m.start(1), m.end(), int(m.group(1)), int(m.group(2)), y))
    for m in _NUMERIC_RE.finditer(s):
        if not free(*m.span()):
            continue
        taken.append(m.span())
        g = m.groups()
        d, mo, y = (g[0], g[2], g[3]) if g[0] else (g[4], g[5], g[6])
        found.append(_Candidate(m.start(), m.end(), int(d), int(mo), int(y)))
    for m in _MONTH_WORD_RE.finditer(s):
        if not free(*m.span()):
            continue
        taken.append(m.span())
        found.append(_Candidate(m.start(1), m.end(), None, int(m.group(1)), int(m.group(2)) if m.group(2) else None))
    for m in _MONTH_YEAR_RE.finditer(s):
        if not free(*m.span()) or _NUMBER_BEFORE_RE.search(s, 0, m.start()):
            continue
        taken.append(m.span())
        found.append(_Candidate(m.start(), m.end(), None, int(m.group(1)), int(m.group(2))))
    for m in _DAY_MONTH_RE.finditer(s):
        if not free(*m.span()) or _NUMBER_BEFORE_RE.search(s, 0, m.start()):
            continue
        found.append(_Candidate(m.start(), m.end(), int(m.group(1)), int(m.group(2)), None, bare=True))
    found.sort(key=lambda c: c.start)
    for c in found:
        im = _INTRO_RE.search(s, max(0, c.start - 40), c.start)
        c.intro_start = im.start() if im else c.start
        c.intro = " ".join(im.group(0).lower().split()) if im else ""
    ranges = _ranges(s, found)
    whole = cell or len(found) == 1 and not s[: found[0].start].strip(" (") and not s[found[0].end :].strip(" .;)")
    found = [c for i, c in enumerate(found) if not c.bare or c.intro or whole or i in ranges]
    ranges = _ranges(s, found)
    cited = [_citation(s, c) for c in found]
    ends = [m.start() for m in _SENTENCE_END_RE.finditer(s)]
    for i, c in enumerate(found):
        if c.year is None:
            _infer_year(c, i, found, ranges, cited, ends, year, school_year)
    out: list[FoundDate] = []
    for c, cite in zip(found, cited, strict=True):
        if c.year is None or not is_valid_date(c.year, c.month, c.day):
            continue
        iso = f"{c.year:04d}-{c.month:02d}" + (f"-{c.day:02d}" if c.day is not None else "")
        kind, number, cited_text = cite or ("", "", "")
        out.append(
            FoundDate(
                c.start, c.end, s[c.start : c.end], iso, DAY if c.day is not None else MONTH, c.intro,
                c.year_from, cite is not None, kind, number, cited_text,
            )  # fmt: skip
        )
    return out


def _ranges(s: str, found: list[_Candidate]) -> dict[int, int]:
    """Index → index of the other end, for dates joined as a range ("01/3 - 22/3/2024")."""
    out: dict[int, int] = {}
    for i in range(len(found) - 1):
        a, b = found[i], found[i + 1]
        if _RANGE_GAP_RE.fullmatch(s, a.end, b.start) and (a.day is None) == (b.day is None):
            out[i], out[i + 1] = i + 1, i
    return out


def _infer_year(
    c: _Candidate,
    i: int,
    found: list[_Candidate],
    ranges: dict[int, int],
    cited: list,
    ends: list[int],
    year: int | None,
    school_year: tuple[int, int] | None,
) -> None:
    j = ranges.get(i)
    if j is not None and found[j].year_from == YEAR_WRITTEN and found[j].year is not None:
        other = found[j]
        key, other_key = (c.month, c.day or 0), (other.month, other.day or 0)
        if j > i:  # "từ 15/12 đến 15/01/2024": December of the year before
            c.year = other.year - 1 if key > other_key else other.year
        else:
            c.year = other.year + 1 if key < other_key else other.year
        c.year_from = YEAR_RANGE
        return
    if school_year:
        c.year, c.year_from = (school_year[0] if c.month >= 8 else school_year[1]), YEAR_SCHOOL
        return
    stop = next((e for e in ends if e >= c.end), None)
    for k in range(i + 1, len(found)):
        later = found[k]
        if stop is not None and later.start > stop:
            break
        if later.year_from == YEAR_WRITTEN and later.year is not None and cited[k] is None:
            c.year, c.year_from = later.year, YEAR_SENTENCE
            return
    if year:
        c.year, c.year_from = year, YEAR_GIVEN


def _citation(s: str, c: _Candidate) -> tuple[str, str, str] | None:
    """(kind, number, citation as written) when ``c`` is the date of a cited document: the
    words "<kind> [số] <number> ngày" or "<Kind> <Name> [số <number>] ngày" before it."""
    if c.intro != "ngày":
        return None
    lo = max(0, c.intro_start - 160)
    kinds = list(_KIND_RE.finditer(s, lo, c.intro_start))
    for km in reversed(kinds):
        m = _CITED_NUMBER_RE.fullmatch(s, km.end(), c.intro_start)
        number = m.group(1) if m else ""
        if m is None:
            m = _CITED_NAME_RE.fullmatch(s, km.end(), c.intro_start)
            if m is None or not (km.group(0)[0].isupper() and m.group(1)[0].isupper()):
                continue
            if len(m.group(1).split()) > 12 or re.search(r"(?<!\w)ngày(?!\w)|\.\s", m.group(1), re.I):
                continue
            number = m.group(2) or ""
        number = number.strip(" ,.;\u00a0")
        cited_text = s[km.start() : c.intro_start].rstrip(" ,\u00a0")
        return _KINDS_BY_KEY[km.group(0).lower()], number, cited_text
    return None

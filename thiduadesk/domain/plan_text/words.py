"""Characters and runs: NFC, folding for comparisons, white space, case, sentence ends, and the
formatted runs of a line (joined, trimmed, cut after a label)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from thiduadesk.domain.plan import Run
from thiduadesk.domain.text import nfc as _nfc

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
    """:func:`thiduadesk.domain.text.fold` for the reader: the same comparison form of Vietnamese
    text, from a per-character cache (the reader folds each line many times; text.fold made a
    whole reading about 3.5 times slower)."""
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


# --- marks ------------------------------------------------------------------------------------

_EDGE_MARKS_RE = re.compile(r"^[*_]+(?=\S)|(?<=\S)[*_]+$")
_INNER_MARKS_RE = re.compile(r"(?<!\w)(?:\*{1,3}|_{2,3})(?=\w)|(?<=[\w.,:;)])(?:\*{1,3}|_{2,3})(?!\w)")


def unmark(text: str) -> str:
    """A field of the closing block or the title without Markdown or Word marks ("**", "__",
    "*", "_" used as bold or italic) that a source left in it: "PHÓ TRƯỞNG PHÒNG**" →
    "PHÓ TRƯỞNG PHÒNG". Blanks to fill in ("Số: ___/KH") and "(*)" stay."""
    t = _INNER_MARKS_RE.sub("", text)
    t = _EDGE_MARKS_RE.sub("", t.strip())
    return _squash(t)


# --- runs -----------------------------------------------------------------------------------


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


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


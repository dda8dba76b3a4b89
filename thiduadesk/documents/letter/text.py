"""Text as it goes onto a page: NFC, escaped Paragraph markup, run styles, office names inside a
sentence, and measured widths. All text goes through :func:`esc`."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth

from thiduadesk.documents import fonts
from thiduadesk.domain.office_names import ADMIN_UNITS_UPPER, OFFICE_PHRASES, name_in_running_text  # noqa: F401

# --- text --------------------------------------------------------------------------------------

CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b\ufeff]")
_SPACES = re.compile(r"[ \t]+")


def nfc(text: str) -> str:
    """NFC, the last line of defence: decomposed Vietnamese prints as loose accents."""
    return unicodedata.normalize("NFC", text or "")


def esc(text: str) -> str:
    """Text → Paragraph markup: NFC, control characters dropped, &, <, > escaped,
    tabs and runs of spaces folded, line breaks kept."""
    text = nfc(text).replace("\r\n", "\n").replace("\r", "\n")
    text = CONTROL_CHARS.sub("", text.replace("\t", " "))
    text = _SPACES.sub(" ", text)
    return "<br/>".join(escape(line.strip(" ")) for line in text.split("\n"))


def run_markup(text: str, bold: bool = False, italic: bool = False) -> str:
    out = esc(text)
    if not out:
        return ""
    if italic:
        out = f"<i>{out}</i>"
    if bold:
        out = f"<b>{out}</b>"
    return out


def runs_markup(runs: Iterable) -> str:
    """Runs (anything with text/bold/italic) → markup; spaces at run edges are kept."""
    parts = []
    for run in runs:
        text = nfc(run.text).replace("\t", " ")
        # esc() strips line edges; keep a single space where a run starts or ends with one.
        lead = " " if text[:1].isspace() else ""
        trail = " " if text[-1:].isspace() and text.strip() else ""
        body = run_markup(text.strip(), run.bold, run.italic)
        parts.append(f"{lead}{body}{trail}")
    markup = "".join(parts)
    return re.sub(r" {2,}", " ", markup).strip()



def text_width(text: str, font: str, size: float) -> float:
    fonts.register_fonts()
    return stringWidth(nfc(text), font, size)


def longest_line_width(text: str, font: str, size: float, avail: float) -> float:
    """Width of the longest line ``text`` takes when centred in ``avail`` (greedy word wrap)."""
    fonts.register_fonts()
    words = nfc(text).split()
    space = stringWidth(" ", font, size)
    longest = line = 0.0
    for word in words:
        w = stringWidth(word, font, size)
        if line and line + space + w > avail:
            longest = max(longest, line)
            line = w
        else:
            line = line + space + w if line else w
    return min(max(longest, line), avail)


def header_lines(text: str, font: str, size: float, avail: float) -> list[str]:
    """An office or governing-body name as the lines it prints on in its header column.

    One line when it fits. Otherwise two lines as an office would set them by hand: broken
    before the last administrative unit ("ỦY BAN NHÂN DÂN" / "PHƯỜNG TÂY MỖ") when both halves
    fit, else where the two lines come out most even; greedy wrapping when two lines are not
    enough. A plain word wrap leaves a short last line ("… PHƯỜNG" / "TÂY MỖ") under which the
    short rule looks longer than the name."""
    fonts.register_fonts()
    words = _SPACES.sub(" ", nfc(text)).strip().split(" ")
    if not words or not words[0]:
        return []

    def width(ws: list[str]) -> float:
        return stringWidth(" ".join(ws), font, size)

    if width(words) <= avail:
        return [" ".join(words)]
    splits = [i for i in range(1, len(words)) if width(words[:i]) <= avail and width(words[i:]) <= avail]
    if not splits:
        lines: list[str] = []
        line: list[str] = []
        for word in words:
            if line and width([*line, word]) > avail:
                lines.append(" ".join(line))
                line = []
            line.append(word)
        return [*lines, " ".join(line)]
    # Never inside a fixed phrase ("TRUNG HỌC CƠ SỞ", "THỊ XÃ") when another break fits.
    phrases = [p.split(" ") for p in [*ADMIN_UNITS_UPPER, *(p for p, _ in OFFICE_PHRASES)] if " " in p]
    inside = {
        k for j in range(len(words)) for ph in phrases if words[j : j + len(ph)] == ph for k in range(j + 1, j + len(ph))
    }
    splits = [k for k in splits if k not in inside] or splits
    # Where administrative units start, reading left to right ("THỊ XÃ" once, not "XÃ" again);
    # "VĂN HÓA - XÃ HỘI" is no commune: "XÃ" there is inside a phrase.
    unit_starts: set[int] = set()
    j = 0
    while j < len(words):
        unit = next((u.split(" ") for u in ADMIN_UNITS_UPPER if words[j : j + len(u.split(" "))] == u.split(" ")), None)
        if unit and j not in inside and j + len(unit) < len(words):
            unit_starts.add(j)
            j += len(unit)
        else:
            j += 1

    def evenness(k: int) -> float:
        a, b = width(words[:k]), width(words[k:])
        return min(a, b) / max(a, b)

    at_unit = [k for k in splits if k in unit_starts and evenness(k) >= 0.4]
    if at_unit:
        i = at_unit[-1]
    else:
        i = min(splits, key=lambda k: (max(width(words[:k]), width(words[k:])), k))
    return [" ".join(words[:i]), " ".join(words[i:])]

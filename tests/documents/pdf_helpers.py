"""Reading rendered PDFs back for the document tests (pdfplumber for text and positions,
pypdf for fonts)."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

import pdfplumber
import pypdf

MM = 72 / 25.4
A4_W, A4_H = 595.2756, 841.8898


def squash(text: str) -> str:
    """Whitespace (including no-break spaces and line ends) folded to single spaces."""
    return re.sub(r"[\s\u00a0]+", " ", text).strip()


@dataclass
class PageInfo:
    number: int  # 1-based
    width: float
    height: float
    text: str
    body_text: str  # without the page number in the top margin
    chars: list[dict]
    tables: list[list[list]]

    @property
    def landscape(self) -> bool:
        return self.width > self.height


def _not_in_top_margin(obj) -> bool:
    return not (obj.get("object_type") == "char" and obj["bottom"] < 20 * MM)


def find_chars(chars: list[dict], needle: str) -> list[dict]:
    """The chars printing ``needle`` (spaces ignored on both sides: PDFs may or may not draw
    them); [] when absent."""
    visible = [c for c in chars if c["text"].strip()]
    text = "".join(c["text"] for c in visible)
    key = re.sub(r"\s+", "", needle)
    at = text.find(key)
    return visible[at : at + len(key)] if at >= 0 else []


def read_pdf(data: bytes, tables: bool = False) -> list[PageInfo]:
    out = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for i, page in enumerate(pdf.pages):
            out.append(
                PageInfo(
                    number=i + 1,
                    width=float(page.width),
                    height=float(page.height),
                    text=page.extract_text() or "",
                    body_text=page.filter(_not_in_top_margin).extract_text() or "",
                    chars=[dict(c) for c in page.chars],
                    tables=page.extract_tables() if tables else [],
                )
            )
    return out


def lines_of(page: PageInfo, tolerance: float = 1.5) -> list[tuple[float, str]]:
    """Text lines of a page as (baseline-ish top, text), grouping chars by their bottom."""
    rows: dict[float, list[dict]] = {}
    for c in sorted(page.chars, key=lambda c: (round(c["bottom"]), c["x0"])):
        key = next((k for k in rows if abs(k - c["bottom"]) <= tolerance), c["bottom"])
        rows.setdefault(key, []).append(c)
    out = []
    for key in sorted(rows):
        chars = sorted(rows[key], key=lambda c: c["x0"])
        text = ""
        last_x1 = None
        for c in chars:
            if last_x1 is not None and c["x0"] - last_x1 > c["size"] * 0.15:
                text += " "
            text += c["text"]
            last_x1 = c["x1"]
        out.append((key, squash(text)))
    return out


def find_in_order(haystack: str, needles: list[str]) -> list[str]:
    """The needles that cannot be found one after the other in ``haystack`` (both squashed)."""
    hay = squash(haystack)
    missing = []
    pos = 0
    for needle in needles:
        n = squash(needle)
        at = hay.find(n, pos)
        if at < 0:
            missing.append(needle)
        else:
            pos = at + len(n)
    return missing


def fonts_without_embedding(data: bytes) -> list[str]:
    """Names of fonts used on any page that carry no embedded font program (FontFile2/FontFile3)."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    bad: set[str] = set()
    seen = 0
    for page in reader.pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        fonts = resources.get_object().get("/Font")
        if fonts is None:
            continue
        for ref in fonts.get_object().values():
            font = ref.get_object()
            seen += 1
            candidates = [font]
            if font.get("/Subtype") == "/Type0":
                candidates = [d.get_object() for d in font["/DescendantFonts"]]
            for f in candidates:
                desc = f.get("/FontDescriptor")
                desc = desc.get_object() if desc is not None else {}
                if "/FontFile2" not in desc and "/FontFile3" not in desc:
                    bad.add(str(font.get("/BaseFont")))
    if not seen:
        bad.add("<no fonts at all>")
    return sorted(bad)


def glyphs_outside_margins(pages: list[PageInfo]) -> list[tuple]:
    """Every visible glyph outside the Decree 30 margins (20/20/30/15 mm), except the page
    number digits in the top margin; [] when the layout is clean."""
    bad = []
    for page in pages:
        for c in page.chars:
            if not c["text"].strip():
                continue
            if c["bottom"] < 20 * MM:
                if not c["text"].isdigit():
                    bad.append((page.number, c["text"], "top margin"))
                continue
            if c["x0"] < 30 * MM - 0.5:
                bad.append((page.number, c["text"], "left", c["x0"]))
            if c["x1"] > page.width - 15 * MM + 0.5:
                bad.append((page.number, c["text"], "right", c["x1"]))
            if c["top"] < 20 * MM - 0.5:
                bad.append((page.number, c["text"], "top", c["top"]))
            if c["bottom"] > page.height - 20 * MM + 0.5:
                bad.append((page.number, c["text"], "bottom", c["bottom"]))
    return bad

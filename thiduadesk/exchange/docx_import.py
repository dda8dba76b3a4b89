"""Read a Word (.docx) plan into :class:`~thiduadesk.domain.plan_text.Line` objects.

Paragraphs and tables in document order (the body XML is walked directly, so a table between
two paragraphs stays between them), with:

* run bold / italic / all-caps resolved through the style chain (run → character style →
  paragraph style → document defaults);
* Word's automatic list numbers ("1.", "a)", "I.", bullets), which are not in the paragraph text,
  rebuilt from the numbering definitions and put in front of the text;
* manual line breaks splitting a paragraph into lines; text boxes read as their own lines;
* tables as rows of cells (a cell's paragraphs separated by "\\n"); the layout tables of the
  header and of the closing block are recognised later by the parser;
* legacy fonts: runs in .VnTime/.VnArial… (TCVN3, capitals for the …H fonts) and VNI-… are
  converted to Unicode with :mod:`thiduadesk.domain.text`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from thiduadesk.domain import legacy_text
from thiduadesk.domain import text as textmod
from thiduadesk.domain.plan import Run, to_roman
from thiduadesk.domain.plan_text import Line
from thiduadesk.exchange.plan_import import PlanImportError

__all__ = ["read_docx_lines"]

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


_P, _TBL, _R, _SDT, _SDT_CONTENT = _w("p"), _w("tbl"), _w("r"), _w("sdt"), _w("sdtContent")
_CONTAINERS = {
    _w(t)
    for t in (
        "hyperlink",
        "ins",
        "smartTag",
        "sdt",
        "sdtContent",
        "fldSimple",
        "customXml",
        "moveTo",
        "dir",
        "bdo",
    )
}
_BODY_CONTAINERS = {_SDT, _SDT_CONTENT, _w("customXml")}
_VAL = _w("val")

# Word's bullet characters (often in the Symbol / Wingdings private-use area) → printed marker.
_BULLETS = {"-": "-", "–": "-", "—": "-", "\uf02d": "-", "+": "+", "\uf02b": "+"}


def _roman(n: int) -> str:
    return to_roman(n) if n > 0 else str(n)


def _letters(n: int) -> str:
    # Word's lowerLetter: a … z, then aa, bb …
    if n <= 0:
        return str(n)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _format(n: int, fmt: str) -> str:
    if fmt in ("upperRoman",):
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


class _Numbering:
    """Automatic list numbers, counted in document order as Word does."""

    def __init__(self, doc):
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.counters: dict[str, list[int | None]] = {}
        self.started: set[str] = set()
        try:
            root = doc.part.numbering_part.element
        except Exception:  # no numbering part, or one python-docx cannot read
            return
        for an in root.findall(_w("abstractNum")):
            levels: dict[int, tuple[str, str, int]] = {}
            for lvl in an.findall(_w("lvl")):
                ilvl = int(lvl.get(_w("ilvl"), "0"))
                fmt_el, text_el, start_el = (
                    lvl.find(_w("numFmt")),
                    lvl.find(_w("lvlText")),
                    lvl.find(_w("start")),
                )
                fmt = fmt_el.get(_VAL, "decimal") if fmt_el is not None else "decimal"
                text = text_el.get(_VAL, "") if text_el is not None else ""
                start = int(start_el.get(_VAL, "1")) if start_el is not None else 1
                levels[ilvl] = (fmt, text, start)
            self.levels[an.get(_w("abstractNumId"), "")] = levels
        for num in root.findall(_w("num")):
            abstract = num.find(_w("abstractNumId"))
            if abstract is None:
                continue
            overrides: dict[int, int] = {}
            for lo in num.findall(_w("lvlOverride")):
                so = lo.find(_w("startOverride"))
                if so is not None:
                    overrides[int(lo.get(_w("ilvl"), "0"))] = int(so.get(_VAL, "1"))
            self.nums[num.get(_w("numId"), "")] = (abstract.get(_VAL, ""), overrides)

    def label(self, num_id: str, ilvl: int) -> tuple[str, bool] | None:
        """(label text, is a bullet) of the next paragraph of list ``num_id`` at level ``ilvl``."""
        if num_id not in self.nums:
            return None
        abstract, overrides = self.nums[num_id]
        levels = self.levels.get(abstract, {})
        if ilvl not in levels:
            return None
        counters = self.counters.setdefault(abstract, [None] * 10)
        if num_id not in self.started:
            self.started.add(num_id)
            for lvl, start in overrides.items():
                if lvl < len(counters):
                    counters[lvl] = start - 1
        fmt, text, start = levels[ilvl]
        if fmt == "bullet":
            mark = text.strip()[:1]
            return _BULLETS.get(mark, "•"), True
        current = counters[ilvl]
        counters[ilvl] = start if current is None else current + 1
        for deeper in range(ilvl + 1, len(counters)):
            counters[deeper] = None
        out = text
        for lvl in range(9, -1, -1):
            token = f"%{lvl + 1}"
            if token in out:
                lf, _, ls = levels.get(lvl, ("decimal", "", 1))
                value = counters[lvl] if counters[lvl] is not None else ls
                out = out.replace(token, _format(value, lf))
        out = out.strip()
        return (out, False) if out else None


class _Reader:
    def __init__(self, doc):
        self.doc = doc
        self.numbering = _Numbering(doc)
        self.table_id = 0
        self.legacy_runs: dict[str, int] = {}
        self._style_cache: dict[tuple[str, str], object] = {}
        self._defaults = self._doc_defaults()

    # ------------------------------------------------------------------ formatting
    def _doc_defaults(self) -> dict[str, object]:
        out: dict[str, object] = {}
        try:
            dd = self.doc.styles.element.find(_w("docDefaults"))
        except Exception:
            return out
        rpr = None if dd is None else dd.find(f"{_w('rPrDefault')}/{_w('rPr')}")
        if rpr is not None:
            out["fonts"] = _rfonts(rpr)
            for tag, key in (("b", "bold"), ("i", "italic"), ("caps", "all_caps")):
                el = rpr.find(_w(tag))
                if el is not None:
                    out[key] = _on(el)
        return out

    def _style_prop(self, style, key: str):
        """A run property from a style and its base styles, or None."""
        seen = 0
        while style is not None and seen < 20:
            cache_key = (getattr(style, "style_id", "") or "", key)
            if cache_key in self._style_cache:
                value = self._style_cache[cache_key]
            else:
                value = _element_prop(style.element, key)
                self._style_cache[cache_key] = value
            if value is not None:
                return value
            try:
                style = style.base_style
            except Exception:
                return None
            seen += 1
        return None

    def _prop(self, run_el, run_style, para_style, key: str):
        value = _rpr_prop(run_el.find(_w("rPr")), key)
        if value is not None:
            return value
        for style in (run_style, para_style):
            if style is not None:
                value = self._style_prop(style, key)
                if value is not None:
                    return value
        return self._defaults.get(key)

    # ------------------------------------------------------------------ walking
    def read(self) -> list[Line]:
        out: list[Line] = []
        self._walk(self.doc.element.body, out)
        return out

    def _walk(self, parent, out: list[Line]) -> None:
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        for child in parent.iterchildren():
            tag = child.tag
            if tag == _P:
                self._paragraph(Paragraph(child, self.doc._body), out)
            elif tag == _TBL:
                self._table(Table(child, self.doc._body), out)
            elif tag in _BODY_CONTAINERS:
                self._walk(child, out)

    def _paragraph(self, para, out: list[Line]) -> None:
        p = para._p
        # Text boxes anchored in the paragraph come first, as their own lines.
        for box in p.iter(_w("txbxContent")):
            if not _inside_fallback(box, p):
                self._walk(box, out)
        try:
            para_style = para.style
        except Exception:
            para_style = None
        runs: list[Run] = []
        for r in _iter_runs(p):
            run = self._run(r, para, para_style)
            if run is not None:
                runs.append(run)
        label = self._numbering_label(p, para_style)
        if label:
            text, bullet = label
            first_bold = next((r.bold for r in runs if r.text.strip()), False)
            runs.insert(0, Run(text + " ", bold=first_bold and not bullet))
        level = _heading_level(para_style)
        text = "".join(r.text for r in runs)
        if not text.strip():
            out.append(Line(""))
            return
        visible = [r for r in runs if r.text.strip()]
        bold = all(r.bold for r in visible)
        italic = all(r.italic for r in visible)
        out.append(Line(text=text, bold=bold, italic=italic, runs=runs, heading_level=level))

    def _run(self, r, para, para_style) -> Run | None:
        from docx.text.run import Run as DocxRun

        docx_run = DocxRun(r, para)
        text = docx_run.text
        if not text:
            return None
        try:
            run_style = docx_run.style
        except Exception:
            run_style = None
        if self._prop(r, run_style, para_style, "hidden"):
            return None
        bold = bool(self._prop(r, run_style, para_style, "bold"))
        italic = bool(self._prop(r, run_style, para_style, "italic"))
        fonts = self._prop(r, run_style, para_style, "fonts") or []
        text = self._legacy(text, fonts)
        if self._prop(r, run_style, para_style, "all_caps"):
            text = text.upper()
        return Run(text, bold, italic)

    def _legacy(self, text: str, fonts) -> str:
        kind = _legacy_font(fonts)
        if kind is None:
            return text
        if textmod.has_unicode_vietnamese(text) or text.isascii() and kind[0] == "vni":
            # Already Unicode (the font was changed, not the text); VNI needs its mark bytes.
            return text
        enc, upper, font = kind
        if enc == "tcvn3":
            converted = legacy_text.tcvn3_to_unicode(text, upper=upper)
        else:
            converted = legacy_text.vni_to_unicode(text)
            if upper:
                converted = converted.upper()
        if converted != text:
            key = f"{enc}|{font}"
            self.legacy_runs[key] = self.legacy_runs.get(key, 0) + 1
        return converted

    def _numbering_label(self, p, para_style) -> tuple[str, bool] | None:
        num_id, ilvl = None, 0
        ppr = p.find(_w("pPr"))
        numpr = None if ppr is None else ppr.find(_w("numPr"))
        if numpr is not None:
            nid, lvl = numpr.find(_w("numId")), numpr.find(_w("ilvl"))
            num_id = nid.get(_VAL) if nid is not None else None
            ilvl = int(lvl.get(_VAL, "0")) if lvl is not None else 0
        style, depth = para_style, 0
        while num_id is None and style is not None and depth < 20:
            sppr = style.element.find(_w("pPr"))
            snum = None if sppr is None else sppr.find(_w("numPr"))
            if snum is not None:
                nid, lvl = snum.find(_w("numId")), snum.find(_w("ilvl"))
                if nid is not None:
                    num_id = nid.get(_VAL)
                    if numpr is None or numpr.find(_w("ilvl")) is None:
                        ilvl = int(lvl.get(_VAL, "0")) if lvl is not None else 0
            try:
                style = style.base_style
            except Exception:
                style = None
            depth += 1
        if not num_id or num_id == "0":
            return None
        return self.numbering.label(num_id, ilvl)

    def _table(self, table, out: list[Line]) -> None:
        rows = list(table.rows)
        if len(rows) == 1 and len({id(c._tc) for c in rows[0].cells}) == 1:
            # A one-cell table is a frame drawn around text (sometimes the whole document):
            # its paragraphs and tables are read as if they stood outside it.
            self._walk(rows[0].cells[0]._tc, out)
            return
        self.table_id += 1
        tid = self.table_id
        for row in table.rows:
            cells: list[str] = [""] * int(getattr(row, "grid_cols_before", 0) or 0)
            seen: set[int] = set()
            for cell in row.cells:
                key = id(cell._tc)
                if key in seen:
                    cells.append("")  # the second column of a horizontally merged cell
                    continue
                seen.add(key)
                cells.append(self._cell_text(cell))
            cells.extend([""] * int(getattr(row, "grid_cols_after", 0) or 0))
            out.append(Line(" | ".join(c for c in cells if c), is_table_row=True, cells=cells, table_id=tid))

    def _cell_text(self, cell) -> str:
        lines: list[Line] = []
        self._walk(cell._tc, lines)
        parts: list[str] = []
        for line in lines:
            if line.is_table_row:
                parts.append(" ".join(c.replace("\n", " ") for c in line.cells if c))
            elif line.text.strip():
                parts.extend(p for p in line.text.replace("\t", " ").split("\n") if p.strip())
        return "\n".join(parts)

    def notes(self) -> list[str]:
        out: list[str] = []
        labels = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI Windows"}
        by_enc: dict[str, tuple[int, set[str]]] = {}
        for key, count in self.legacy_runs.items():
            enc, font = key.split("|", 1)
            total, fonts = by_enc.get(enc, (0, set()))
            by_enc[enc] = (total + count, fonts | {font})
        for enc, (count, fonts) in by_enc.items():
            out.append(
                f"Đã chuyển {count} đoạn chữ dùng phông {', '.join(sorted(fonts))} (bảng mã {labels.get(enc, enc)}) "
                "sang Unicode. Hãy soát lại chính tả các đoạn đó."
            )
        return out


# --------------------------------------------------------------------------------------------
# XML helpers
# --------------------------------------------------------------------------------------------


def _on(el) -> bool:
    val = el.get(_VAL)
    return val is None or val.lower() not in ("0", "false", "off", "none")


def _rfonts(rpr) -> list[str]:
    rf = rpr.find(_w("rFonts")) if rpr is not None else None
    if rf is None:
        return []
    return [rf.get(_w(a)) for a in ("ascii", "hAnsi", "cs", "eastAsia") if rf.get(_w(a))]


_PROP_TAGS = {"bold": "b", "italic": "i", "all_caps": "caps", "hidden": "vanish"}


def _rpr_prop(rpr, key: str):
    if rpr is None:
        return None
    if key == "fonts":
        return _rfonts(rpr) or None
    el = rpr.find(_w(_PROP_TAGS[key]))
    return None if el is None else _on(el)


def _element_prop(style_el, key: str):
    return _rpr_prop(style_el.find(_w("rPr")), key)


def _legacy_font(fonts) -> tuple[str, bool, str] | None:
    """("tcvn3" | "vni", capitals only, font name) for a legacy Vietnamese font."""
    for name in fonts:
        n = name.strip()
        low = n.lower()
        if low.startswith(".vn"):
            return "tcvn3", n.endswith("H") or low.endswith("h"), n
        if low.startswith("vni-") or low.startswith("vni "):
            return "vni", False, n
    return None


def _iter_runs(elm) -> Iterator:
    """The w:r elements of a paragraph in reading order, inside hyperlinks, insertions, content
    controls and simple fields; not those of deletions."""
    for child in elm.iterchildren():
        tag = child.tag
        if tag == _R:
            yield child
        elif tag in _CONTAINERS:
            yield from _iter_runs(child)


def _inside_fallback(el, stop) -> bool:
    parent = el.getparent()
    while parent is not None and parent is not stop:
        if parent.tag == f"{{{_MC}}}Fallback":
            return True
        parent = parent.getparent()
    return False


def _heading_level(style) -> int | None:
    if style is None:
        return None
    try:
        name = (style.name or "").strip().lower()
    except Exception:
        return None
    if name.startswith("heading "):
        tail = name.split(" ", 1)[1]
        if tail.isdigit():
            return int(tail)
    return None


# --------------------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------------------


# A Word plan of ten pages unpacks to well under 5 MB and holds a few hundred paragraphs; these
# bounds leave a wide margin and stop a zip bomb or a file of empty paragraphs before the work.
MAX_UNPACKED_BYTES = 64 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed size of one member, beyond any real Word part
MAX_PARAGRAPHS = 20_000


def _check_package(p: Path) -> None:
    """Refuse a package whose parts would unpack to far more than a Word plan ever does."""
    import zipfile

    try:
        with zipfile.ZipFile(p) as package:
            members = package.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not a zip at all: python-docx says so below, with the usual message
    total = sum(m.file_size for m in members)
    swollen = [m for m in members if m.file_size > 1024 * 1024 and m.file_size > MAX_RATIO * max(m.compress_size, 1)]
    if total > MAX_UNPACKED_BYTES:
        raise PlanImportError(
            f"Tệp «{p.name}» giải nén ra {total // (1024 * 1024)} MB, quá lớn so với một văn bản Word "
            f"(tối đa {MAX_UNPACKED_BYTES // (1024 * 1024)} MB): tệp có thể bị hỏng hoặc không an toàn. "
            "Không có gì được nhập."
        )
    if swollen:
        worst = max(swollen, key=lambda m: m.file_size / max(m.compress_size, 1))
        raise PlanImportError(
            f"Tệp «{p.name}» nén bất thường: phần «{worst.filename}» giải nén ra gấp "
            f"{worst.file_size // max(worst.compress_size, 1)} lần (một văn bản Word thật không quá {MAX_RATIO} lần): "
            "tệp có thể bị hỏng hoặc không an toàn. Không có gì được nhập."
        )


def read_docx_lines(path: str | os.PathLike[str]) -> tuple[list[Line], list[str]]:
    """(lines of the document in order, notes for the clerk) from a .docx file.

    Raises :class:`~thiduadesk.exchange.plan_import.PlanImportError` when the file is not a
    Word document or is damaged.
    """
    p = Path(path)
    try:
        import docx
    except ImportError as exc:  # pragma: no cover - python-docx is a dependency
        raise PlanImportError(
            "Thiếu thư viện python-docx để đọc tệp Word; hãy cài lại chương trình."
        ) from exc
    if p.is_file():
        _check_package(p)
    try:
        document = docx.Document(str(p))
    except FileNotFoundError as exc:
        raise PlanImportError(f"Không tìm thấy tệp «{p.name}» ({p}).") from exc
    except PermissionError as exc:
        raise PlanImportError(
            f"Không mở được tệp «{p.name}»: không có quyền đọc, hoặc tệp đang mở trong Word. "
            "Hãy đóng tệp trong Word rồi thử lại."
        ) from exc
    except Exception as exc:  # BadZipFile, PackageNotFoundError, KeyError, ValueError, XML errors
        raise PlanImportError(
            f"Tệp «{p.name}» không đọc được như tài liệu Word (.docx): tệp bị hỏng hoặc không phải tệp Word. "
            "Hãy mở tệp bằng Word, lưu lại dạng .docx rồi nhập lại."
        ) from exc
    paragraphs = sum(1 for _ in document.element.body.iter(_w("p")))
    if paragraphs > MAX_PARAGRAPHS:
        count, limit = (f"{n:,}".replace(",", ".") for n in (paragraphs, MAX_PARAGRAPHS))
        raise PlanImportError(
            f"Tệp «{p.name}» có {count} đoạn văn, quá nhiều so với một kế hoạch "
            f"(tối đa {limit}): hãy kiểm tra lại tệp. Không có gì được nhập."
        )
    reader = _Reader(document)
    lines = reader.read()
    return lines, reader.notes()

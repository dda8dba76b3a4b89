"""The source lines as the parser reads them: NFC, legacy encodings (TCVN3, VNI) converted,
manual line breaks cut, and the borderless layout tables of the header and closing block
turned back into lines."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from thiduadesk.domain import legacy_text
from thiduadesk.domain import text as textmod
from thiduadesk.domain.officialese import TYPE_LINE_KINDS
from thiduadesk.domain.plan import Run
from thiduadesk.domain.plan_text.joined import _split_runs_at_breaks
from thiduadesk.domain.plan_text.lines import _L, Line, Reader
from thiduadesk.domain.plan_text.markdown import (
    has_pasted_markdown,
    pasted_markdown_cell,
    pasted_markdown_runs,
)
from thiduadesk.domain.plan_text.recognise import (
    _MOTTO_RE,
    _PLACE_DATE_RE,
    _QUOC_HIEU_RE,
    _SO_RE,
    _authority,
    _is_noi_nhan,
    _is_position,
)
from thiduadesk.domain.plan_text.words import (
    _INVISIBLE_RE,
    _all_bold,
    _clean_runs,
    _fold,
    _nfc,
    _runs_text,
    _squash,
)


class SourceReader(Reader):
    """Source lines → normalised lines (:class:`~thiduadesk.domain.plan_text.lines._L`)."""

    def read(self, src: list[Line]) -> list[_L]:
        """The lines of ``src`` normalised, layout tables exploded."""
        return self._explode_layout_tables(self._normalise(src))

    # ------------------------------------------------------------------ normalisation
    def _normalise(self, src: list[Line]) -> list[_L]:
        lines = [self._copy(line) for line in src]
        self._convert_legacy(lines)
        out: list[_L] = []
        nfd = False
        for line in lines:
            if line.is_table_row or line.cells:
                cells = []
                for c in line.cells:
                    nfd = nfd or not unicodedata.is_normalized("NFC", c)
                    if self.state.paragraph_lines and has_pasted_markdown(c):
                        c = pasted_markdown_cell(c)
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
            if self.state.paragraph_lines and any(has_pasted_markdown(r.text) for r in runs):
                runs = pasted_markdown_runs(runs)  # Markdown pasted into Word
            # A manual line break inside a paragraph makes separate lines.
            for piece in _split_runs_at_breaks(runs):
                raw = _INVISIBLE_RE.sub("", _nfc(_runs_text(piece)).replace("\u00a0", " "))
                indent = len(raw) - len(raw.lstrip(" "))
                # A line of text that starts with tabs stands in a column after the first (the
                # signature under "Nơi nhận", typed with Tab).
                tabs = len(raw) - len(raw.lstrip("\t"))
                raw = raw.strip()
                cleaned = _clean_runs(piece)
                text = _runs_text(cleaned)
                bold = line.bold if line.runs is None and line.bold is not None else _all_bold(cleaned)
                column = dict(column=tabs, columns=tabs + 1) if tabs and "\t" not in raw else {}
                out.append(_L(text, raw, cleaned, bold, line.heading_level, indent=indent, **column))
        # Plain text says nothing about bold unless it uses Markdown emphasis somewhere.
        if not self.state.paragraph_lines and not any(r.bold for ln in out for r in ln.runs):
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
        converters: dict[str, Callable[[str], str]] = {
            "tcvn3": legacy_text.tcvn3_to_unicode,
            "vni": legacy_text.vni_to_unicode,
        }

        def texts(line: Line) -> list[str]:
            if line.runs is not None:
                return [_runs_text(line.runs), *line.cells]
            return [line.text, *line.cells]

        def convert(line: Line, fn: Callable[[str], str]) -> None:
            line.text = fn(line.text)
            if line.runs is not None:
                line.runs = [Run(fn(r.text), r.bold, r.italic) for r in line.runs]
            line.cells = [fn(c) for c in line.cells]

        has_uni = textmod.has_unicode_vietnamese
        whole = "\n".join(t for line in lines for t in texts(line))
        enc = legacy_text.detect_legacy_encoding(whole)
        if enc in converters:
            for line in lines:
                # A line already in Unicode Vietnamese stays as it is: converting it would turn
                # its á, ò… (which are also TCVN3 codes) into other letters.
                if not has_uni("\n".join(texts(line))):
                    convert(line, converters[enc])
            self.state.legacy = enc
            label = legacy_text.ENCODING_LABELS_VI.get(enc, enc.upper())
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
            enc = legacy_text.detect_legacy_encoding(joined)
            if enc in converters:
                convert(line, converters[enc])
                changed[enc] = changed.get(enc, 0) + 1
        for enc, count in changed.items():
            self.state.legacy = self.state.legacy or enc
            label = legacy_text.ENCODING_LABELS_VI.get(enc, enc.upper())
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
                                    out.append(_L(part, part, [Run(part)], None, column=c, columns=ncols))
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
                        or f in TYPE_LINE_KINDS
                    ):
                        return True
        return False

"""An appendix (Phụ lục): its label, title and "(Kèm theo …)" line, and the timetable it holds;
an appendix of prose is kept, in order, at the end of the body."""

from __future__ import annotations

import re

from thiduadesk.domain.plan_text.lines import _L, Reader
from thiduadesk.domain.plan_text.recognise import _ATTACHED_RE, _appendix_match, _is_noi_nhan
from thiduadesk.domain.plan_text.timetable import TimetableReader
from thiduadesk.domain.plan_text.words import _fold, _squash


class AppendixReader(Reader):
    """One appendix after the closing block: its title and its timetable, or its prose."""

    def __init__(self, state, timetables: TimetableReader):
        super().__init__(state)
        self.timetables = timetables

    def read(self, lines: list[_L], k: int, pre_title: list[str]) -> int:
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
                self.state.keep_at_end(t)
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
        if not title_parts and not label_text and self.timetables.continues(rows):
            return k
        tt = None
        if self.plan.timetable is None or not self.plan.timetable.rows:
            tt = self.timetables.read(rows, title=title or "Tiến độ thực hiện", appendix=True)
        if tt is None:
            texts = ([label_text] if label_text else []) + title_parts + attached
            texts += [" | ".join(c for c in (_squash(x) for x in r) if c) for r in rows]
            for t in texts:
                if t:
                    self.state.keep_at_end(t)
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

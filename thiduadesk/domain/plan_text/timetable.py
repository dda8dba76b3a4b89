"""The timetable (tiến độ thực hiện): a table recognised by its column titles, its group rows
("Quý I - 2022", "Tháng 9/2024") and the due date of each row."""

from __future__ import annotations

import re

from thiduadesk.domain.date_finder import DAY, MONTH, YEAR_RANGE, YEAR_WRITTEN, find_dates
from thiduadesk.domain.officialese import (
    CONTENT,
    DUE,
    EXECUTORS,
    GUIDE,
    NUMBER,
    TIMETABLE_FIELDS,
    timetable_column_fields,
)
from thiduadesk.domain.plan import DEFAULT_TIMETABLE_HEADERS, Paragraph, Timetable, TimetableRow
from thiduadesk.domain.plan_text.lines import Reader
from thiduadesk.domain.plan_text.words import _fold, _squash

_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_SCHOOL_YEAR_RE = re.compile(r"năm\s+học\s*((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})", re.I)


def parse_due(text: str, year: int | None = None, school_year: tuple[int, int] | None = None) -> str:
    """A deadline as written → ISO: "Trước ngày 15/11/2022" → "2022-11-15", "Tháng 01/2022" →
    "2022-01", "25/01/2024" → "2024-01-25"; "" when no date is recognised.

    Several dates ("Từ 01/9 đến 15/9/2023"): the last one, the deadline; a day and month
    written bare ("30/9") counts only when no fuller date is written or as the end of a range.
    Without a year, ``year`` is used, or for ``school_year`` (2023, 2024) months 8–12 fall in
    2023 and 1–7 in 2024 (:func:`~thiduadesk.domain.date_finder.find_dates`, as for a table cell).
    """
    if not text:
        return ""
    dates = find_dates(text, year=year, school_year=school_year, cell=True)
    days = [d for d in dates if d.precision == DAY]
    fuller = [d for d in days if d.year_from in (YEAR_WRITTEN, YEAR_RANGE) or "tháng" in d.text.lower()]
    pick = fuller or days or [d for d in dates if d.precision == MONTH]
    return pick[-1].iso if pick else ""


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


_GROUP_WORDS = ("quy ", "thang ", "hoc ky", "nam ", "dot ", "giai doan", "tuan ")


class TimetableReader(Reader):
    """Timetables in the body or in an appendix: their columns, group rows and due dates."""

    def continues(self, rows: list[list[str]]) -> bool:
        """A second table with the timetable's own header: the rest of it, split by a page
        break or by hand. Its rows are added to the timetable."""
        tt = self.plan.timetable
        if tt is None or not rows or not tt.rows:
            return False
        if [_fold(_squash(c)) for c in rows[0] if _squash(c)] != [_fold(h) for h in tt.headers if h]:
            return False
        more = self.read(rows, title=tt.title, appendix=tt.as_appendix)
        if more is None:
            return False
        last_group = tt.rows[-1].group
        for row in more.rows:
            if row.group:
                break
            row.group = last_group  # rows before the next group row continue the last group
        tt.rows.extend(more.rows)
        return True

    def body_table(self, rows: list[list[str]], container: list) -> bool:
        """An in-body table: the timetable if it is one (True), else its rows as paragraphs."""
        if self.continues(rows):
            return False
        if self.plan.timetable is None:
            tt = self.read(rows, title="", appendix=False)
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

    def read(self, rows: list[list[str]], title: str, appendix: bool) -> Timetable | None:
        rows = [[_squash(c) for c in r] for r in rows if any(_squash(c) for c in r)]
        if not rows:
            return None
        ncols = max(len(r) for r in rows)
        rows = [r + [""] * (ncols - len(r)) for r in rows]
        header_rows = 0
        fields = timetable_column_fields(rows[0])
        if CONTENT in fields and (DUE in fields or GUIDE in fields or EXECUTORS in fields):
            header_rows = 1
            headers = list(rows[0])
            # A second header row under merged cells ("Đơn vị" over "Chủ trì | Phối hợp").
            if len(rows) > 1 and not rows[1][0].rstrip(".").isdigit():
                second = timetable_column_fields(rows[1])
                if sum(1 for f in second if f) >= 2 and not any(parse_due(c) for c in rows[1]):
                    headers = [
                        a if a == b or not b else (f"{a} {b}".strip() if a else b)
                        for a, b in zip(headers, rows[1], strict=True)
                    ]
                    header_rows = 2
            fields = timetable_column_fields(headers)
        elif ncols == len(DEFAULT_TIMETABLE_HEADERS) and sum(1 for r in rows if parse_due(r[-1])) >= max(
            1, len(rows) // 3
        ):
            headers = list(DEFAULT_TIMETABLE_HEADERS)
            fields = timetable_column_fields(headers)
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
            values = {f: "" for f in TIMETABLE_FIELDS}
            extras: list[str] = []
            for c, f in enumerate(fields):
                if not r[c]:
                    continue
                if f and not values[f]:
                    values[f] = r[c]
                elif f == NUMBER or not f:
                    extras.append(f"{headers[c]}: {r[c]}" if headers[c] else r[c])
                else:
                    values[f] = f"{values[f]} {r[c]}"
            if self._is_group_row(r, fields, filled):
                group = filled[0] if len(set(filled)) == 1 else values[CONTENT] or filled[-1]
                gy, gs = _year_context(group)
                if gy or gs:
                    year, school = gy, gs
                continue
            content = values[CONTENT]
            number = values[NUMBER]
            if number and not re.fullmatch(r"\d{1,3}\.?\)?", number):
                content = f"{number} {content}".strip() if content else number
            if extras:
                extra_lost += 1
                content = f"{content} ({'; '.join(extras)})" if content else "; ".join(extras)
            due = values[DUE]
            due_iso = parse_due(due, year=year, school_year=school)
            if not due and group:
                # Rows under a month or quarter row ("Tháng 9/2024") fall due with it.
                due_iso = parse_due(group, year=year, school_year=school)
            out.rows.append(
                TimetableRow(
                    content=content,
                    guide=values[GUIDE],
                    executors=values[EXECUTORS],
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
                or fields[c] == NUMBER
                or len(text) <= 40
                or any(f.startswith(w) for w in _GROUP_WORDS)
            )
        # "I | Quý I - 2022 | | |": a roman or letter number and a label, nothing else.
        if len(filled) == 2 and NUMBER in fields:
            number = row[fields.index(NUMBER)]
            others = [row[c] for c, f in enumerate(fields) if f not in (NUMBER, CONTENT) and row[c]]
            return bool(number) and not others and bool(re.fullmatch(r"[IVXLA-DĐ]{1,5}\.?", number))
        return False


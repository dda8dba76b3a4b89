"""The plan-text reader: the readers of each part of the document run in order over one shared
state, and the entry points :func:`parse_plan_lines` / :func:`parse_plan_text`."""

from __future__ import annotations

from thiduadesk.domain.model import Signer
from thiduadesk.domain.plan import Plan, Run
from thiduadesk.domain.plan_text.appendix import AppendixReader
from thiduadesk.domain.plan_text.body import BodyReader, unit_paragraph
from thiduadesk.domain.plan_text.closing import ClosingReader, _tail_start
from thiduadesk.domain.plan_text.header import HeaderReader
from thiduadesk.domain.plan_text.lines import Line, ParsedPlan, ReadState, _Unit
from thiduadesk.domain.plan_text.markdown import _text_to_lines
from thiduadesk.domain.plan_text.source import SourceReader
from thiduadesk.domain.plan_text.timetable import TimetableReader
from thiduadesk.domain.plan_text.words import _short


class _Parser:
    """One reading of one document: the readers of its parts, in order, over one state."""

    def __init__(self, lines: list[Line], paragraph_lines: bool):
        self.src = lines
        self.state = ReadState(paragraph_lines=paragraph_lines)
        self.plan = self.state.plan
        self.warnings = self.state.warnings
        timetables = TimetableReader(self.state)
        self.source = SourceReader(self.state)
        self.header = HeaderReader(self.state)
        self.body = BodyReader(self.state, timetables)
        self.closing = ClosingReader(self.state, AppendixReader(self.state, timetables))
        self.timetables = timetables

    def parse(self) -> ParsedPlan:
        state = self.state
        lines = self.source.read(self.src)
        body_start = self.header.read(lines)
        tail = _tail_start(lines, body_start)
        body_lines = lines[body_start:tail]
        # A timetable in the body may be followed by its note line.
        units = self.body.units(body_lines)
        units = self.header.take_bases(units)
        front = [_Unit(text=t, runs=[Run(t)]) for t in state.leftovers_front]
        self.body.build(front + units)
        self.closing.read(lines, tail)
        if state.leftovers:
            extra = self.body.units(state.leftovers)
            for u in extra:
                if u.rows is not None:
                    self.timetables.body_table(u.rows, self.plan.body)
                    continue
                self.plan.body.append(unit_paragraph(u))
            self.warnings.append(
                f"Có {len(extra)} đoạn không xác định được vị trí; đã đưa vào cuối phần nội dung để không mất chữ nào."
            )
        if not any(b for _, b in self.plan.iter_blocks()) and not self.plan.bases:
            self.warnings.append("Không tìm thấy nội dung kế hoạch.")
        if not self.plan.recipients:
            self.warnings.append("Không tìm thấy phần «Nơi nhận».")
        if state.sign_marks:
            self.warnings.append(
                "Đã bỏ dòng ghi chú chữ ký "
                + ", ".join(f"«{t}»" for t in state.sign_marks)
                + " (bản in để trống chỗ ký)."
            )
        if state.dropped:
            shown = "; ".join(f"«{_short(t, 30)}»" for t in state.dropped[:12])
            more = f" và {len(state.dropped) - 12} dòng khác" if len(state.dropped) > 12 else ""
            self.warnings.append(
                f"Đã bỏ {len(state.dropped)} dòng rời rạc (có thể là chữ trong con dấu, số trang): {shown}{more}."
            )
        return ParsedPlan(
            plan=self.plan,
            warnings=self.warnings,
            dropped=[*state.stamps, *state.dropped, *state.sign_marks],
            legacy_encoding=state.legacy,
        )


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
    out = {
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
        "signature": _signer_summary(plan.signature),
    }
    if len(plan.signatures) > 1:  # a joint plan: every signature, left first
        out["signatures"] = [_signer_summary(s) for s in plan.signatures]
    return out


def _signer_summary(sig: Signer) -> dict:
    out: dict = {"authority": sig.authority or None, "position": sig.position or None, "name": sig.name or None}
    if sig.above:  # "TM. ỦY BAN NHÂN DÂN" above "KT. CHỦ TỊCH"
        out["above"] = list(sig.above)
    return out

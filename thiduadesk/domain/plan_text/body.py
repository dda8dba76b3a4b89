"""The body outline: source lines joined into paragraphs (blank-separated, hard-wrapped or one
paragraph a line), numbered headings told from numbered sentences, and the tree of sections,
paragraphs and bullets."""

from __future__ import annotations

from thiduadesk.domain.plan import NONE, Paragraph, Run, Section
from thiduadesk.domain.plan_text.labels import (
    _LONE_LABEL_RE,
    _RANK_ARABIC,
    _RANK_ROMAN,
    _bullet_match,
    _label_match,
    _same_shape,
)
from thiduadesk.domain.plan_text.lines import _L, Reader, _Unit
from thiduadesk.domain.plan_text.recognise import (
    _appendix_match,
    _authority,
    _is_garbage,
    _is_kinh_gui,
    _is_noi_nhan,
    _is_rule,
)
from thiduadesk.domain.plan_text.timetable import TimetableReader
from thiduadesk.domain.plan_text.words import (
    _all_bold,
    _clean_runs,
    _drop_prefix,
    _ends_colon,
    _first_letter,
    _is_upper,
    _join_runs,
    _letters,
    _runs_text,
    _starts_lower,
    _terminal,
)


def unit_paragraph(u: _Unit) -> Paragraph:
    """A body unit that is not a heading, as a paragraph: its label or bullet as the marker."""
    if u.label is not None:
        return Paragraph(runs=_drop_prefix(u.runs, u.label.length), marker=u.label.label)
    if u.bullet is not None:
        return Paragraph(runs=_drop_prefix(u.runs, u.bullet[1]), marker=u.bullet[0])
    return Paragraph(runs=list(u.runs))


class BodyReader(Reader):
    """The body between the title and the closing block: paragraphs, headings, sections."""

    def __init__(self, state, timetables: TimetableReader):
        super().__init__(state)
        self.timetables = timetables
        self._base_indent = 0
        self._has_indents = False

    # ------------------------------------------------------------------ body units
    def _wrap_mode(self, lines: list[_L]) -> tuple[str, int]:
        """How adjacent lines of the body relate, and the wrap width of the text:

        * "blank": blank lines separate paragraphs (Markdown, most extracted text), so two
          adjacent lines belong to one paragraph;
        * "wrapped": hard-wrapped text (PDF extraction): a line that filled the width continues;
        * "none": one paragraph per line (Word, text saved from Word).
        """
        texts = [ln for ln in lines if not ln.blank and not ln.is_table]
        if self.state.paragraph_lines or len(texts) < 2:
            return "none", 0
        lengths = sorted(len(ln.raw) + ln.indent for ln in texts)
        width = lengths[int(0.9 * (len(lengths) - 1))]
        indents = sorted(ln.indent for ln in texts)
        self._base_indent = indents[len(indents) // 4]
        # First-line indents mark where paragraphs start in hard-wrapped text.
        self._has_indents = sum(1 for ln in texts if ln.indent >= self._base_indent + 3) >= 3
        pairs = separated = 0
        for a, b in zip(lines, lines[1:], strict=False):
            if not a.blank and not a.is_table:
                pairs += 1
                if b.blank:
                    separated += 1
        if pairs and separated / pairs >= 0.5:
            return "blank", width
        long_lines = sum(1 for ln in texts if len(ln.text) > 130)
        unterminated = sum(1 for ln in texts if not _terminal(ln.text) and not _ends_colon(ln.text))
        if long_lines <= 0.05 * len(texts) and unterminated >= 0.4 * len(texts):
            return "wrapped", width
        return "none", width

    @staticmethod
    def _structural(text: str) -> bool:
        return bool(
            _label_match(text)
            or _bullet_match(text)
            or _is_noi_nhan(text)
            or _appendix_match(text)
            or _authority(text)
            or _is_kinh_gui(text)
        )

    def units(self, lines: list[_L]) -> list[_Unit]:
        mode, width = self._wrap_mode(lines)
        units: list[_Unit] = []
        gap = 0
        pending_label: _L | None = None
        for line in lines:
            if line.blank:
                gap += 1
                if units:
                    units[-1].gap_after += 1
                continue
            if line.is_table:
                if (
                    units
                    and units[-1].rows is not None
                    and units[-1].gap_after == 0
                    and units[-1].table_id == line.table_id
                ):
                    units[-1].rows.append(list(line.cells or []))
                else:
                    units.append(_Unit(rows=[list(line.cells or [])], table_id=line.table_id))
                gap = 0
                continue
            text = line.text
            if _is_rule(text):
                continue
            if text in ("./.", "/."):
                if units and units[-1].rows is None:
                    last = units[-1]
                    last.runs = _clean_runs([*last.runs, Run(text, False, False)])
                    last.text = _runs_text(last.runs)
                continue
            if pending_label is not None:
                runs = _clean_runs([*pending_label.runs, Run(" "), *line.runs])
                line = _L(
                    _runs_text(runs),
                    _runs_text(runs),
                    runs,
                    line.bold,
                    line.heading_level,
                    indent=line.indent,
                )
                text = line.text
                pending_label = None
            elif _LONE_LABEL_RE.fullmatch(text):
                pending_label = line  # "I." alone: its title is on the next line
                continue
            elif _is_garbage(text):
                self._drop(text)
                continue
            prev = units[-1] if units and units[-1].rows is None else None
            if prev is not None and self._joins(prev, line, gap, mode, width):
                prev.runs = _join_runs(prev.runs, line.runs)
                prev.text = _runs_text(prev.runs)
                prev.bold = _all_bold(prev.runs)
                prev.gap_after = 0
            else:
                prev = _Unit(
                    text=text, runs=list(line.runs), bold=line.bold, heading_level=line.heading_level
                )
                units.append(prev)
            prev.last_len = len(line.raw) + line.indent
            prev.last_indent = line.indent
            gap = 0
        if pending_label is not None:
            units.append(
                _Unit(text=pending_label.text, runs=list(pending_label.runs), bold=pending_label.bold)
            )
        for u in units:
            if u.rows is None:
                u.label = _label_match(u.text)
                if u.label is None:
                    u.bullet = _bullet_match(u.text)
        return units

    def _joins(self, prev: _Unit, line: _L, gap: int, mode: str, width: int) -> bool:
        text = line.text
        if self._structural(text) or line.heading_level:
            return False
        if prev.heading_level and not _starts_lower(text):
            return False
        closed = _terminal(prev.text) or _ends_colon(prev.text)
        if (
            mode == "wrapped"
            and gap == 0
            and self._has_indents
            and width > 0
            and prev.last_len >= 0.75 * width
            and line.indent <= self._base_indent + 1
            and not prev.text.endswith("./.")
            and not (_is_upper(prev.text) or _is_upper(text))
        ):
            return True  # the previous line ran to the margin and this one is not indented
        if closed or prev.text.endswith("./."):
            return False
        first = _first_letter(text)
        if gap <= 3 and first and (_starts_lower(text) or first.isdigit()):
            return True  # a paragraph cut by a page break: "…mục tiêu," / "nội dung, tiêu chí…"
        if gap or mode == "none":
            return False
        if prev.bold is True and line.bold is False:
            return False
        prev_upper, cur_upper = _is_upper(prev.text), _is_upper(text)
        if prev_upper or cur_upper:
            # Only a long heading in capitals wraps onto a second line in capitals.
            return prev_upper and cur_upper and width > 0 and prev.last_len >= 0.6 * width
        if text.startswith("(") and text.rstrip(" .;").endswith(")") and not _starts_lower(text):
            return False
        if mode == "blank":
            # Markdown: adjacent lines are one paragraph, but a numbered heading line
            # ("**1. Mục đích:**") is not continued by a sentence starting with a capital.
            return not (prev.label is not None or _label_match(prev.text) or prev.bold is True)
        # Hard-wrapped text: the previous line went on to the right margin, this one is not indented.
        return prev.last_len >= 0.75 * width and line.indent <= prev.last_indent + 1

    def _decide_headings(self, units: list[_Unit]) -> list[bool]:
        """For each unit: is it a section heading? Numbered lines that read as sentences
        (long, ending with '.' or ';', with no content of their own) are paragraphs."""
        n = len(units)
        decision: list[bool] = [False] * n
        strength: list[str] = [""] * n  # "H", "h" (weak heading), "P", "p" (weak paragraph)
        cand = [i for i, u in enumerate(units) if u.label is not None]
        for i in cand:
            u = units[i]
            lab = u.label
            assert lab is not None
            title = u.text[lab.length :].strip()
            nxt = units[i + 1] if i + 1 < n else None
            if nxt is None:
                kids = False
            elif nxt.label is not None:
                kids = nxt.label.rank > lab.rank
            else:
                kids = True
            numbered_kids = bool(nxt is not None and nxt.label is not None and nxt.label.rank > lab.rank)
            term = _terminal(title)
            size = len(title)
            if lab.rank <= _RANK_ROMAN:
                strength[i] = "P" if (term and size > 150 and not _is_upper(title)) or size > 300 else "H"
            elif _is_upper(title) and size <= 200:
                strength[i] = "H"
            elif u.bold is True and size <= 200 and not (term and size > 120):
                strength[i] = "H"
            elif numbered_kids and size <= 250:
                strength[i] = "H"
            elif term:
                strength[i] = "h" if (kids and size <= 80) else "P"
            elif _ends_colon(title):
                strength[i] = "H" if kids and size <= 200 else "p"
            elif size > 250:
                strength[i] = "p"
            elif kids:
                strength[i] = "h"
            else:
                strength[i] = "p"
        # Siblings: a run of labels of one rank not interrupted by an outer label.
        runs: list[list[int]] = []
        open_runs: dict[int, list[int]] = {}
        for i in cand:
            rank = units[i].label.rank  # type: ignore[union-attr]
            for r in [r for r in open_runs if r > rank]:
                del open_runs[r]
            if rank not in open_runs:
                open_runs[rank] = []
                runs.append(open_runs[rank])
            open_runs[rank].append(i)
        for run in runs:
            kinds = [strength[i] for i in run]
            strong_p = "P" in kinds
            headings = sum(1 for k in kinds if k in ("H", "h"))
            for i in run:
                s = strength[i]
                if s == "H":
                    decision[i] = True
                elif s == "h":
                    decision[i] = not strong_p
                elif s == "p":
                    decision[i] = not strong_p and headings > 0 and len(units[i].text) <= 250
                else:
                    decision[i] = False
        # Explicit headings without a number (Markdown '#', Word "Heading N").
        for i, u in enumerate(units):
            if (
                u.label is None
                and u.bullet is None
                and u.rows is None
                and u.heading_level
                and len(u.text) <= 200
            ):
                if not _terminal(u.text):
                    decision[i] = True
        # Headings in capitals typed without a number ("MỤC ĐÍCH, YÊU CẦU"), when the body has
        # no numbered top-level heading to compete with them.
        if not any(decision[i] and (units[i].label is None or units[i].label.rank <= _RANK_ARABIC) for i in range(n)):
            caps = [
                i
                for i, u in enumerate(units)
                if u.label is None
                and u.bullet is None
                and u.rows is None
                and not u.heading_level
                and _is_upper(u.text)
                and len(_letters(u.text)) >= 6
                and len(u.text) <= 120
                and not _terminal(u.text)
                and u.text[:1].isalpha()
            ]
            if len(caps) >= 2:  # one line in capitals may be a slogan; several make an outline
                for i in caps:
                    decision[i] = True
        return decision

    def build(self, units: list[_Unit]) -> None:
        decision = self._decide_headings(units)
        stack: list[tuple[int, Section]] = []
        body = self.plan.body

        def container() -> list:
            return stack[-1][1].children if stack else body

        skip_note = False
        for i, u in enumerate(units):
            if skip_note:
                skip_note = False
                continue
            if u.rows is not None:
                if self.timetables.body_table(u.rows, container()) and i + 1 < len(units):
                    nxt = units[i + 1]
                    t = nxt.text
                    if (
                        nxt.rows is None
                        and nxt.label is None
                        and t.startswith("(")
                        and t.rstrip(" .").endswith(")")
                    ):
                        assert self.plan.timetable is not None
                        self.plan.timetable.note = t
                        skip_note = True
                continue
            if decision[i]:
                if u.label is not None:
                    lab = u.label
                    title = _runs_text(_drop_prefix(u.runs, lab.length))
                    section = Section(title=title, label=lab.label, style=lab.style)
                    rank = lab.rank
                else:
                    section = Section(title=u.text, label="", style=NONE)
                    rank = (u.heading_level or 1) - 1
                while stack and stack[-1][0] >= rank:
                    stack.pop()
                container().append(section)
                stack.append((rank, section))
                continue
            if u.label is not None:
                # "b) …" written as a sentence is a sibling of a heading "a) …", not its child.
                while stack and (
                    stack[-1][0] > u.label.rank
                    or (stack[-1][0] == u.label.rank and _same_shape(stack[-1][1].label, u.label.label))
                ):
                    stack.pop()
            para = unit_paragraph(u)
            if para.runs or para.marker:
                container().append(para)


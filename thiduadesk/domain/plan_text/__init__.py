"""Plan text → :class:`~thiduadesk.domain.plan.Plan`: read a Vietnamese administrative plan.

Pure: no file I/O. Two entry points share one parser:

* :func:`parse_plan_text` for text extracted from Word or PDF, and Markdown (``**bold**``,
  ``*italic*``, ``#`` headings, tab-separated and pipe tables);
* :func:`parse_plan_lines` for :class:`Line` objects, which the .docx reader produces with real
  run formatting and tables.

The parser is built for the family of Decree 30 documents, not for one sample: the header
(governing body, office, "Số: 06/KH-PGDĐT", Quốc hiệu and motto, place and date, document type,
title), the legal bases, a body of numbered headings (I. / 1. / 1.1. / a)) and paragraphs
("- ", "+ ", numbered items that are really sentences), the closing block (Nơi nhận, signature)
and an appendix timetable. Whatever it cannot place is kept as a body paragraph and reported in
:attr:`ParsedPlan.warnings`; only decorative rules and stray fragments of seals and page numbers
are dropped, and those are listed too.

One module per part of the document it reads:

* ``words``, ``lines``: characters and runs; the line model and the readers' shared state;
* ``markdown``, ``joined``, ``source``: the source formats (Markdown runs, pipe, tab and
  space-laid tables; columns and cells that converters ran together; NFC, legacy encodings and
  the layout tables of Word);
* ``recognise``, ``labels``: what a header, closing or body line is;
* ``header``: office block, number, place and date, type, title, bases;
* ``body``: paragraphs, numbered headings, the section tree;
* ``timetable``: the timetable and its due dates;
* ``closing``, ``appendix``: signature, Nơi nhận, appendices;
* ``parser``: the readers run in order, and the entry points.
"""

from thiduadesk.domain.plan_text.closing import needs_profile_warning, signature_needs_profile
from thiduadesk.domain.plan_text.lines import Line, ParsedPlan
from thiduadesk.domain.plan_text.parser import parse_plan_lines, parse_plan_text, plan_to_summary
from thiduadesk.domain.plan_text.timetable import parse_due

__all__ = [
    "Line",
    "ParsedPlan",
    "needs_profile_warning",
    "parse_due",
    "parse_plan_lines",
    "parse_plan_text",
    "plan_to_summary",
    "signature_needs_profile",
]

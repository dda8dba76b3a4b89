"""How long does printing a plan take, against plain ReportLab on the same text?

    python bench/bench_plan_pdf.py [-n 30]

Imports the longer sample (tests/data/samples/plan_namtuliem_2022.txt; --plan fixture for the
built-in copy in tests/documents/plan_fixtures.py — Nam Từ Liêm 2022: ~45 paragraphs, 5 portrait pages and a
2-page landscape timetable appendix) N times in-process after a warm-up, and in the same run
the same text with plain ReportLab (SimpleDocTemplate, one ParagraphStyle, same font, the
timetable rows as paragraphs) as the baseline. Prints ms per plan for both and the ratio.
Targets: < 100 ms per plan, ratio < 2.

The baseline's one style is the body style (14/17 pt, justified, 1 cm first-line indent) and
its paragraphs keep their bold/italic runs, so the ratio measures what the Decree 30 layout
adds (header and closing tables, headings, the landscape appendix table, page numbers), not
the cost of justification or of mixed-style lines, which any rendering of the same text pays.
For reference the run also times the text without its runs in a left-aligned style.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from tests.documents.plan_fixtures import long_plan, printed_paragraphs  # noqa: E402
from thiduadesk.documents import fonts  # noqa: E402
from thiduadesk.documents.letter import STYLES, esc, runs_markup  # noqa: E402
from thiduadesk.documents.plan_pdf import plan_pdf_bytes  # noqa: E402
from thiduadesk.domain.plan import Paragraph as PlanParagraph  # noqa: E402
from thiduadesk.domain.plan import Plan  # noqa: E402


def _frame(plan: Plan) -> tuple[list[str], list[str]]:
    head = [plan.governing_body, plan.office_name, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    head += ["Độc lập - Tự do - Hạnh phúc", "KẾ HOẠCH", plan.title]
    tail = ["Nơi nhận:"] + [r.printed() for r in plan.recipients]
    tail += plan.signature.title_lines() + [plan.signature.name]
    if plan.timetable:
        tail += [plan.timetable.title, " ".join(plan.timetable.headers)]
        for row in plan.timetable.rows:
            tail.append(" | ".join((row.content, row.guide, row.executors, row.due)))
        tail.append(plan.timetable.note)
    return head, tail


def plain_texts(plan: Plan) -> list[str]:
    """Everything the plan prints, as a flat list of plain texts."""
    head, tail = _frame(plan)
    return [t for t in head + printed_paragraphs(plan) + tail if t]


def markup_texts(plan: Plan) -> list[str]:
    """The same, as Paragraph markup, body paragraphs keeping their bold/italic runs."""
    head, tail = _frame(plan)
    body = [esc(b) for b in plan.bases]
    for _depth, block in plan.iter_blocks():
        if isinstance(block, PlanParagraph):
            marker = f"{esc(block.marker)} " if block.marker else ""
            body.append(marker + runs_markup(block.runs))
        else:
            body.append(esc(block.heading))
    return [m for m in [esc(t) for t in head] + body + [esc(t) for t in tail] if m]


_PLAIN = ParagraphStyle("plain", fontName=fonts.REGULAR, fontSize=14, leading=17)


def baseline_pdf(markups: list[str], style: ParagraphStyle = STYLES.body) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1)
    doc.build([Paragraph(m, style) for m in markups])
    return buf.getvalue()


def per_call_ms(fn, n: int) -> list[float]:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=30, help="renders per variant (default 30)")
    parser.add_argument(
        "--plan",
        type=Path,
        default=ROOT / "tests" / "data" / "samples" / "plan_namtuliem_2022.txt",
        help="plan file to import and render (default: the longer sample); 'fixture' for the built-in plan",
    )
    args = parser.parse_args(argv)

    choice = fonts.register_fonts()
    if str(args.plan) == "fixture":
        plan = long_plan()
    else:
        from thiduadesk.exchange.plan_import import import_plan_file

        plan = import_plan_file(args.plan).plan
        print(f"plan file: {args.plan.name}")
    markups = markup_texts(plan)
    plain = [esc(t) for t in plain_texts(plan)]

    variants = {
        "ThiDuaDesk plan PDF": lambda: plan_pdf_bytes(plan),
        "plain ReportLab (baseline)": lambda: baseline_pdf(markups),
        "plain text, left-aligned": lambda: baseline_pdf(plain, _PLAIN),
    }
    # Warm up (imports, font parsing, glyph caches), then interleave the variants so machine
    # noise hits them alike.
    for _ in range(3):
        for fn in variants.values():
            fn()
    times: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(args.n):
        for name, fn in variants.items():
            times[name] += per_call_ms(fn, 1)

    pdf = plan_pdf_bytes(plan)
    pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
    print(f"font: {choice.name} ({choice.path})")
    print(f"plan: {len(markups)} texts, {pages} pages, {len(pdf)} bytes; n={args.n} renders each")
    for name, xs in times.items():
        print(
            f"{name:28s}: median {statistics.median(xs):6.1f} ms/plan  (min {min(xs):.1f}, max {max(xs):.1f})"
        )
    ours = statistics.median(times["ThiDuaDesk plan PDF"])
    base = statistics.median(times["plain ReportLab (baseline)"])
    plain_ms = statistics.median(times["plain text, left-aligned"])
    print(f"ratio to baseline           : {ours / base:.2f}x   (targets: < 2x, < 100 ms/plan)")
    print(f"ratio to plain text         : {ours / plain_ms:.2f}x   (for reference)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

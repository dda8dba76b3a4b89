"""Plan files in, Decree 30 PDF out: nothing of the source lost, whatever its encoding."""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

import pdfplumber
import pytest

from tests.documents.pdf_helpers import MM, fonts_without_embedding, glyphs_outside_margins, read_pdf
from thiduadesk.documents.plan_pdf import plan_pdf_bytes
from thiduadesk.domain.legacy_text import unicode_to_tcvn3
from thiduadesk.exchange.plan_import import import_plan_file

SAMPLES = Path(__file__).resolve().parent / "data" / "samples"

# Lines of the source that are not body text: header, footer, seal residue, table rows.
_SKIP = re.compile(
    r"^(Số:|KẾ HOẠCH$|Nơi nhận|PHỤ LỤC|TRƯỞNG PHÒNG|PHÓ TRƯỞNG PHÒNG|KT\. |TT\t|Quý [IV]+ - |\(Kèm theo|"
    r"Nguyễn Thị Hương$|Nguyễn Công Hiếu$|- )"
)


def _plain(text: str) -> str:
    text = re.sub(r"[*#]", "", text)
    return " ".join(unicodedata.normalize("NFC", text).split())


TOP_MARGIN = 20 / 25.4 * 72  # page numbers live above it


def _pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = " ".join(
            page.filter(lambda obj: obj.get("object_type") != "char" or obj["top"] >= TOP_MARGIN - 1).extract_text() or ""
            for page in pdf.pages
        )
    # Undo line-end wrapping: the comparison is on words, not on line breaks.
    return " ".join(text.split())


def _body_lines(source: str) -> list[str]:
    lines = []
    for raw in source.splitlines():
        line = _plain(raw)
        if len(line) < 25 or _SKIP.match(line) or "\t" in raw:
            continue
        if re.match(r"^.+, ngày .* năm \d{4}$", line):
            continue
        lines.append(line)
    return lines


def _in_order(needles: list[str], haystack: str) -> list[str]:
    """Needles missing from ``haystack`` in reading order (compared on their first 60 characters,
    since a paragraph broken by a page break in the source is joined in the plan)."""
    missing, pos = [], 0
    haystack = haystack.casefold()
    for needle in needles:
        probe = needle[:60].casefold()  # appendix titles print in capitals
        found = haystack.find(probe, pos)
        if found < 0:
            missing.append(needle)
        else:
            pos = found + len(probe)
    return missing


@pytest.mark.parametrize("sample", ["plan_namtuliem_2022.txt", "plan_sadec_2022.txt"])
def test_printed_sample_contains_every_body_paragraph_in_order(sample):
    parsed = import_plan_file(SAMPLES / sample)
    text = _pdf_text(plan_pdf_bytes(parsed.plan))
    body = _body_lines((SAMPLES / sample).read_text(encoding="utf-8"))
    assert len(body) > 15
    assert _in_order(body, text) == []


@pytest.mark.parametrize("sample", ["plan_namtuliem_2022.txt", "plan_sadec_2022.txt"])
def test_printed_sample_follows_the_page_rules(sample):
    data = plan_pdf_bytes(import_plan_file(SAMPLES / sample).plan)
    pages = read_pdf(data)
    assert all(
        (round(p.width, 1), round(p.height, 1)) in {(595.3, 841.9), (841.9, 595.3)} for p in pages
    )  # A4, landscape only for the appendix
    assert fonts_without_embedding(data) == []
    assert glyphs_outside_margins(pages) == []
    assert [c for c in pages[0].chars if c["bottom"] < 20 * MM] == []  # no number on page 1
    top_digits = "".join(c["text"] for c in pages[1].chars if c["bottom"] < 20 * MM)
    assert top_digits == "2"


def test_nfd_and_tcvn3_sources_print_as_proper_vietnamese(tmp_path):
    source = (SAMPLES / "plan_sadec_2022.txt").read_text(encoding="utf-8")
    nfd = tmp_path / "nfd.txt"
    nfd.write_text(unicodedata.normalize("NFD", source), encoding="utf-8")
    legacy = tmp_path / "tcvn3.txt"
    legacy.write_bytes(unicode_to_tcvn3(source.replace("–", "-").replace("“", '"').replace("”", '"')).encode("cp1252"))
    for path in (nfd, legacy):
        parsed = import_plan_file(path)
        text = _pdf_text(plan_pdf_bytes(parsed.plan))
        assert "Phát động phong trào thi đua yêu nước năm 2022" in text
        assert "Đẩy mạnh các phong trào thi đua" in text
        assert text == unicodedata.normalize("NFC", text)
    assert any("TCVN3" in w for w in import_plan_file(legacy).warnings)

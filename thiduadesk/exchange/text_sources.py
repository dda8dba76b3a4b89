"""The text of a plan or a received letter, whatever file it came in: .txt and .md (any encoding
the plan reader knows), .docx (paragraphs, and table rows as tab-separated cells), and PDF files
that carry a text layer (upper levels send PDFs; read with pdfminer.six).

A PDF's text comes as lines broken where the page was full — also inside a date ("vào ngày 30
tháng 9 năm" / "2011"): the lines of one text block are joined into one paragraph, and a line that
ends inside a date is joined to the next one whatever the layout (:func:`rejoin_broken_dates`).
A scanned PDF without a text layer gives no text, and says so.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

SUFFIXES = (".txt", ".md", ".docx", ".pdf")


class TextSourceError(Exception):
    """A file whose text cannot be read; ``message`` is for the clerk (Vietnamese)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass
class TextSource:
    text: str
    notes: list[str] = field(default_factory=list)


# A line that stops inside a date: "… ngày 30 tháng 9 năm", "… ngày", "… trước ngày 15/", "… 15/11/".
_DATE_TAIL = re.compile(r"(?:\b(?:ngày|tháng|năm)|\d{1,2}\s*[/.-]|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]?)\s*$", re.I)
_DATE_HEAD = re.compile(r"^\s*(?:\d|tháng\b|năm\b)", re.I)


def rejoin_broken_dates(text: str) -> str:
    """Join a line that ends inside a date with the next line ("năm" / "2011" → "năm 2011")."""
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        if out and _DATE_TAIL.search(out[-1]) and _DATE_HEAD.match(line):
            sep = "" if re.search(r"[/.-]\s*$", out[-1]) else " "
            out[-1] = out[-1].rstrip() + sep + line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)


def read_text(path: str | os.PathLike[str]) -> TextSource:
    """The NFC text of ``path`` (.txt, .md, .docx, .pdf), one paragraph or table row a line."""
    p = Path(path)
    suffix = p.suffix.lower()
    if p.is_dir():
        raise TextSourceError(f"«{p.name}» ({p}) là một thư mục, không phải tệp văn bản.")
    if not p.is_file():
        raise TextSourceError(f"Không tìm thấy tệp «{p.name}» ({p}).")
    if suffix == ".pdf":
        source = _pdf_text(p)
    elif suffix == ".docx":
        source = _docx_text(p)
    elif suffix in (".txt", ".md"):
        source = _plain_text(p)
    else:
        raise TextSourceError(f"Tệp «{p.name}» không đọc được: chỉ đọc tệp .txt, .md, .docx hoặc .pdf.")
    source.text = unicodedata.normalize("NFC", rejoin_broken_dates(source.text))
    return source


def _plain_text(p: Path) -> TextSource:
    from thiduadesk.exchange.plan_import import PlanImportError, read_plan_text_file

    try:
        text, note = read_plan_text_file(p)
    except PlanImportError as exc:
        raise TextSourceError(exc.message) from exc
    return TextSource(text, [note] if note else [])


def _docx_text(p: Path) -> TextSource:
    from thiduadesk.exchange.docx_import import read_docx_lines
    from thiduadesk.exchange.plan_import import PlanImportError

    try:
        lines, notes = read_docx_lines(p)
    except PlanImportError as exc:
        raise TextSourceError(exc.message) from exc
    out = []
    for line in lines:
        if line.is_table_row:
            out.append("\t".join(" ".join(c.split()) for c in line.cells))
        else:
            out.append(line.text)
    return TextSource("\n".join(out), list(notes))


def _pdf_text(p: Path) -> TextSource:
    try:
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LAParams, LTTextContainer
    except ImportError as exc:  # pragma: no cover - pdfminer.six is a dependency
        raise TextSourceError("Thiếu thư viện pdfminer.six để đọc tệp PDF; hãy cài lại chương trình.") from exc
    paragraphs: list[str] = []
    try:
        for page in extract_pages(str(p), laparams=LAParams()):
            boxes = [el for el in page if isinstance(el, LTTextContainer)]
            boxes.sort(key=lambda b: (-round(b.y1), b.x0))  # top to bottom, then left to right
            for box in boxes:
                lines = [" ".join(line.get_text().split()) for line in box]
                text = rejoin_broken_dates("\n".join(x for x in lines if x))
                joined = " ".join(x for x in text.split("\n") if x)
                if joined:
                    paragraphs.append(joined)
    except Exception as exc:  # PDFSyntaxError, encrypted or damaged files
        raise TextSourceError(
            f"Tệp «{p.name}» không đọc được như tệp PDF (tệp hỏng hoặc có mật khẩu)."
        ) from exc
    notes = []
    if not paragraphs:
        notes.append(f"Tệp «{p.name}» không có lớp chữ (bản quét): không tìm được ngày nào. Hãy nhập hạn bằng tay.")
    return TextSource("\n".join(paragraphs), notes)

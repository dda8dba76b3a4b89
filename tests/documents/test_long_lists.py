"""A list of thousands of rows is laid out a page at a time (documents/letter/tables.PagedTable):
the same pages and text as ReportLab's own long table, the header row on every page, no row lost,
and a group title never left alone at the foot of a page."""

from __future__ import annotations

import subprocess

import pytest

from thiduadesk.documents.letter import tables
from thiduadesk.documents.paper_pdf import attached_list_pdf_bytes
from thiduadesk.domain.document import DECISION, AttachedList, OfficialDocument


def _doc(rows: int) -> OfficialDocument:
    body: list = []
    n, g = 0, 0
    while n < rows:  # many groups of uneven sizes, so that some titles fall at the foot of a page
        g += 1
        body.append(f"Nhóm số {g}")
        for i in range(min(3 + g * 5 % 11, rows - n)):
            n += 1
            # every 7th row is long, so rows differ in height as in real lists
            summary = "Hoàn thành xuất sắc nhiệm vụ; " * (4 if i % 7 == 0 else 1)
            body.append([str(i + 1), f"Người số {n:05d}", "Giáo viên – Trường Tiểu học Nguyễn Du", summary, ""])
    listing = AttachedList("Danh sách đề nghị khen thưởng", ["STT", "Họ và tên", "Chức vụ – Đơn vị",
                                                           "Tóm tắt thành tích", "Ghi chú"], body,
                           weights=[1, 4, 5, 8, 2], landscape=True)
    return OfficialDocument(doc_type=DECISION, title="Khen thưởng", attachments=[listing])


def _pages(pdf: bytes, tmp_path) -> list[str]:
    path = tmp_path / "list.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")[:-1]


@pytest.fixture(scope="module")
def printed():
    doc = _doc(900)
    return doc, attached_list_pdf_bytes(doc, 0)


def test_a_long_list_is_cut_by_the_paged_table(monkeypatch):
    seen = []
    original = tables.PagedTable.split
    monkeypatch.setattr(tables.PagedTable, "split", lambda self, aw, ah: seen.append(len(self.data))
                        or original(self, aw, ah))
    attached_list_pdf_bytes(_doc(900), 0)
    assert len(seen) > 10 and seen == sorted(seen, reverse=True)  # one page at a time, shorter each time


def test_the_same_pages_as_the_long_table(printed, monkeypatch, tmp_path):
    doc, pdf = printed
    monkeypatch.setattr(tables, "PAGED_ROWS", 10**9)  # ReportLab's LongTable, split its own way
    assert _pages(pdf, tmp_path) == _pages(attached_list_pdf_bytes(doc, 0), tmp_path)


def test_every_row_once_and_the_header_on_every_page(printed, tmp_path):
    _doc_, pdf = printed
    pages = _pages(pdf, tmp_path)
    assert len(pages) > 20
    assert all("Họ và tên" in page and "Tóm tắt thành tích" in page for page in pages)
    text = "\n".join(pages)
    for n in range(1, 901):
        assert text.count(f"Người số {n:05d}") == 1


def test_a_group_title_is_never_the_last_row_of_a_page(monkeypatch):
    pages = []
    original = tables.PagedTable.split

    def split(self, aw, ah):
        parts = original(self, aw, ah)
        if parts:
            pages.append(parts[0])
        return parts

    monkeypatch.setattr(tables.PagedTable, "split", split)
    attached_list_pdf_bytes(_doc(900), 0)
    assert len(pages) > 20

    def first_cell(row) -> str:
        cell = row[0]
        while isinstance(cell, (list, tuple)) and cell:  # a wrapped table keeps its cells in tuples
            cell = cell[0]
        return cell.getPlainText() if hasattr(cell, "getPlainText") else str(cell)

    last_rows = [first_cell(page._cellvalues[-1]) for page in pages]
    assert not [t for t in last_rows if t.startswith("Nhóm số")]
    assert all(first_cell(page._cellvalues[0]) == "STT" for page in pages)  # the header on top

"""The printed outgoing register: landscape A4, Decree 30 header without a number, the title with
the year, a table whose header row repeats on every page, every entry present."""

from __future__ import annotations

import unicodedata

from tests.documents.pdf_helpers import (
    A4_H,
    A4_W,
    MM,
    find_in_order,
    fonts_without_embedding,
    glyphs_outside_margins,
    read_pdf,
    squash,
)
from thiduadesk.documents.register_pdf import HEADERS, entry_cells, register_pdf_bytes
from thiduadesk.domain.model import OfficeProfile
from thiduadesk.domain.register import RegisterEntry

PROFILE = OfficeProfile(governing_body="UBND QUẬN NAM TỪ LIÊM", office_name="PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
                        symbol="PGDĐT", place="Nam Từ Liêm")


def entries(n: int, year: int = 2024) -> list[RegisterEntry]:
    out = []
    for i in range(1, n + 1):
        plan = i % 3 == 1
        out.append(RegisterEntry(
            year=year,
            number=i,
            symbol="KH-PGDĐT" if plan else "PGDĐT-TĐKT",
            doc_date=f"{year}-{(i % 12) + 1:02d}-{(i % 27) + 1:02d}",
            doc_type="KH" if plan else "CV",
            title=(f"Công tác thi đua, khen thưởng năm {year} số {i}" if plan
                   else f"V/v đôn đốc nộp báo cáo lần {i}"),
            signer="KT. Phó Trưởng phòng Trần Văn Bình" if i % 2 else "Trưởng phòng Nguyễn Thị Hương",
            recipients="Sở GDĐT (để báo cáo); Các trường trực thuộc (để thực hiện); Lưu: VT",
            file_copy="VT",
            copies=40 + i,
            sent_date=f"{year}-{(i % 12) + 1:02d}-{(i % 27) + 1:02d}" if i % 4 else "",
            notes="bản điện tử" if i % 5 == 0 else "",
            id=i,
        ))
    return out


def test_landscape_header_title_and_every_entry():
    data = register_pdf_bytes(entries(3), 2024, PROFILE)
    pages = read_pdf(data)
    assert len(pages) == 1
    page = pages[0]
    assert page.landscape and abs(page.width - A4_H) < 1 and abs(page.height - A4_W) < 1
    text = squash(page.text)
    for needle in ("UBND QUẬN NAM TỪ LIÊM", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                   "Độc lập - Tự do - Hạnh phúc", "SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2024", "(Từ số 01 đến số 03)"):
        assert needle in text
    assert "Số:" not in text  # the register has no number of its own
    assert not find_in_order(page.text, ["01/KH-PGDĐT", "02/PGDĐT-TĐKT", "03/PGDĐT-TĐKT"])
    table = read_pdf(data, tables=True)[0].tables[0]
    cells = [[squash(c or "") for c in row] for row in table]
    assert cells[0] == [squash(h) for h in HEADERS]
    assert cells[1] == [f"({i})" for i in range(1, 11)]
    body = cells[2:]
    assert [row[0] for row in body] == ["01/KH-PGDĐT", "02/PGDĐT-TĐKT", "03/PGDĐT-TĐKT"]
    assert body[0][2] == "Kế hoạch Công tác thi đua, khen thưởng năm 2024 số 1"
    assert body[1][2] == "V/v đôn đốc nộp báo cáo lần 2"  # a công văn's title stands alone
    assert body[0][3] == "KT. Phó Trưởng phòng Trần Văn Bình" and body[1][3] == "Trưởng phòng Nguyễn Thị Hương"
    assert body[0][4] == "Sở GDĐT (để báo cáo) Các trường trực thuộc (để thực hiện) Lưu: VT"
    assert body[0][5:9] == ["VT", "41", "02/02/2024", ""]
    assert text == unicodedata.normalize("NFC", text)
    assert fonts_without_embedding(data) == []


def test_header_row_repeats_on_every_page():
    data = register_pdf_bytes(entries(40), 2024, PROFILE)
    pages = read_pdf(data)
    assert len(pages) >= 3
    assert all(p.landscape for p in pages)
    for page in pages:
        text = squash(page.body_text)
        for header in ("Số, ký hiệu văn bản", "Người ký", "Nơi nhận văn bản", "Ghi chú"):
            assert header in text, (page.number, header)
        assert "(1) (2) (3)" in text
    everything = " ".join(squash(p.body_text) for p in pages)
    for i in range(1, 41):
        symbol = "KH-PGDĐT" if i % 3 == 1 else "PGDĐT-TĐKT"
        assert f"{i:02d}/{symbol}" in everything, i
    assert "SỔ ĐĂNG KÝ" in squash(pages[0].text) and "SỔ ĐĂNG KÝ" not in squash(pages[1].text)


def test_cells_of_an_entry():
    entry = entries(2)[1]
    cells = entry_cells(entry)
    assert len(cells) == len(HEADERS) == 10
    assert cells[0] == "02/PGDĐT-TĐKT"
    assert cells[1] == "03/03/2024"
    assert cells[6] == "42" and cells[7] == "03/03/2024" and cells[8] == ""


def test_empty_year_and_no_profile():
    data = register_pdf_bytes([], 2025, None)
    pages = read_pdf(data)
    assert len(pages) == 1 and pages[0].landscape
    text = squash(pages[0].text)
    assert "SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2025" in text
    assert "Chưa có văn bản nào" in text


def test_repeatable_bytes():
    assert register_pdf_bytes(entries(5), 2024, PROFILE) == register_pdf_bytes(entries(5), 2024, PROFILE)


def _column_edges(page_width: float) -> list[float]:
    from thiduadesk.documents.register_pdf import WIDTHS_MM

    frame = page_width - 45 * MM
    scale = frame / sum(WIDTHS_MM)
    edges, x = [], 30 * MM
    for w in WIDTHS_MM:
        x += w * scale
        edges.append(x)
    return edges[:-1]


def test_a_year_of_200_entries_with_long_cells():
    year = entries(200)
    year[5].title = "V/v " + "hướng dẫn xét tặng danh hiệu thi đua " * 8
    year[7].recipients = "; ".join(f"Trường THCS số {i} (để thực hiện)" for i in range(15))
    year[11].signer = "KT. Phó Trưởng phòng Giáo dục và Đào tạo Nguyễn Thị Thanh Hương Giang"
    year[13].notes = "https://pgd.example.edu.vn/" + "vanbandi" * 10
    year[17].recipients = "; ".join(f"Trường THCS số {i} (để thực hiện)" for i in range(80))  # > a page
    data = register_pdf_bytes(year, 2024, PROFILE)
    assert register_pdf_bytes(year, 2024, PROFILE) == data
    pages = read_pdf(data)
    assert len(pages) > 10
    assert fonts_without_embedding(data) == []
    assert glyphs_outside_margins(pages) == []
    for page in pages:
        assert page.landscape and abs(page.width - A4_H) < 1 and abs(page.height - A4_W) < 1
        text = squash(page.body_text)
        assert "Số, ký hiệu văn bản" in text and "(1) (2) (3)" in text, page.number  # header repeated
        # Every glyph of the table stays inside its column: the text wraps in its cell.
        edges = _column_edges(page.width)
        for c in page.chars:
            if c["text"].strip() and c["size"] < 11 and c["bottom"] > 20 * MM:
                assert not any(c["x0"] < e - 0.5 and c["x1"] > e + 0.5 for e in edges), (page.number, c["text"])
    everything = " ".join(squash(p.body_text) for p in pages)
    for i in range(1, 201):
        symbol = "KH-PGDĐT" if i % 3 == 1 else "PGDĐT-TĐKT"
        assert f"{i:02d}/{symbol}" in everything, i
    assert "Trường THCS số 79 (để thực hiện)" in everything
    assert "(Từ số 01 đến số 200)" in squash(pages[0].text)
    # Page numbers from page 2, centred.
    assert not [c for c in pages[0].chars if c["bottom"] < 20 * MM]
    for n, page in enumerate(pages[1:], start=2):
        digits = [c for c in page.chars if c["bottom"] < 20 * MM]
        assert "".join(c["text"] for c in digits) == str(n)

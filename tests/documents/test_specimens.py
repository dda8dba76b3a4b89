"""Each specimen paper measured against Decree 30 (domain.md §1), printed through the same code
as the real papers (ops.specimens → the letter layout)."""

from __future__ import annotations

import re

import pytest

from tests.documents.pdf_helpers import (
    A4_H,
    A4_W,
    MM,
    find_chars,
    fonts_without_embedding,
    glyphs_outside_margins,
    lines_of,
    read_pdf,
    squash,
)
from thiduadesk.domain.model import OfficeProfile
from thiduadesk.ops.specimens import KINDS, specimen_pdf
from thiduadesk.store.db import open_store
from thiduadesk.store.profile import save_profile

LEFT_EDGE = 30 * MM
FRAME_W = A4_W - 30 * MM - 15 * MM
HEADER_LEFT_W = FRAME_W * 0.45


@pytest.fixture(scope="module")
def specimens(tmp_path_factory):
    path = tmp_path_factory.mktemp("spec") / "spec.sqlite"
    store = open_store(path)
    try:
        save_profile(store, OfficeProfile(head_name="Nguyễn Thị Hương", deputies=["Trần Văn Bình"]))
        return {kind: (data := specimen_pdf(store, kind), read_pdf(data)) for kind in KINDS}
    finally:
        store.close()


def _centre(chars) -> float:
    return (min(c["x0"] for c in chars) + max(c["x1"] for c in chars)) / 2


def _fonts(chars) -> set[str]:
    return {re.sub(r"^[A-Z]{6}\+", "", c["fontname"]) for c in chars if c["text"].strip()}


@pytest.mark.parametrize("kind", KINDS)
def test_every_specimen_is_a4_embedded_and_inside_the_margins(specimens, kind):
    data, pages = specimens[kind]
    assert data.startswith(b"%PDF")
    for page in pages:
        size = sorted((round(page.width, 1), round(page.height, 1)))
        assert size == sorted((round(A4_W, 1), round(A4_H, 1)))
    assert fonts_without_embedding(data) == []
    assert glyphs_outside_margins(pages) == []
    first = pages[0].text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first and "Độc lập - Tự do - Hạnh phúc" in first
    assert "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" in first
    # No page number on page 1 (nothing printed in the top margin).
    assert not [c for c in pages[0].chars if c["bottom"] < 20 * MM and c["text"].strip()]


@pytest.mark.parametrize(
    ("kind", "number", "type_line"),
    [
        ("plan", "/KH-PGDĐT", "KẾ HOẠCH"),
        ("letter", "/PGDĐT-TĐKT", None),
        ("submission", "/TTr-PGDĐT", "TỜ TRÌNH"),
        ("minutes", "/BB-PGDĐT", "BIÊN BẢN"),
        ("decision", "/QĐ-PGDĐT", "QUYẾT ĐỊNH"),
    ],
)
def test_number_line_and_kind(specimens, kind, number, type_line):
    _, pages = specimens[kind]
    lines = [t for _, t in lines_of(pages[0])]
    number_line = next(t for t in lines if t.startswith("Số:"))
    assert squash(number_line).split(" Nam Từ Liêm")[0] == f"Số: {number}"
    if type_line:
        assert type_line in lines
    else:  # a công văn has no kind line
        assert not any(t in ("CÔNG VĂN",) for t in lines)


def test_letter_summary_sits_under_the_number_in_the_left_column(specimens):
    _, pages = specimens["letter"]
    chars = pages[0].chars
    so = find_chars(chars, "Số:")
    vv = find_chars(chars, "V/v đôn đốc")
    assert so and vv
    assert vv[0]["top"] > so[0]["bottom"]  # below "Số"
    assert max(c["x1"] for c in vv) <= LEFT_EDGE + HEADER_LEFT_W + 0.5  # inside the left column
    assert {c["size"] for c in vv} == {13}
    assert _fonts(vv) == {"LiberationSerif"} or all("Bold" not in f and "Italic" not in f for f in _fonts(vv))
    assert "Kính gửi:" in pages[0].text
    assert "- Như trên;" in pages[0].text


def test_letter_addressees_are_listed_with_dashes_and_a_full_stop(specimens):
    _, pages = specimens["letter"]
    text = squash(pages[0].text)
    assert "Kính gửi: - Hiệu trưởng các trường mầm non;" in text
    assert "- Hiệu trưởng các trường trung học cơ sở." in text
    kinh = find_chars(pages[0].chars, "Kính gửi:")
    # The addressee block is centred on the page: it starts well right of the left margin.
    assert kinh[0]["x0"] > LEFT_EDGE + 20 * MM


def test_decision_parts_in_order_with_italic_bases_and_centred_word(specimens):
    _, pages = specimens["decision"]
    page = pages[0]
    text = squash(page.text)
    order = ["QUYẾT ĐỊNH", "TRƯỞNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN NAM TỪ LIÊM", "Căn cứ Luật",
             "QUYẾT ĐỊNH:", "Điều 1.", "Điều 2.", "Điều 3.", "Nơi nhận:", "- Như Điều 3;"]
    positions = [text.find(s) for s in order]
    assert -1 not in positions and positions == sorted(positions)
    word = find_chars(page.chars, "QUYẾT ĐỊNH:")
    assert abs(_centre(word) - (LEFT_EDGE + FRAME_W / 2)) < 2
    assert all("Bold" in c["fontname"] for c in word if c["text"].strip())
    basis = find_chars(page.chars, "Căn cứ Luật Thi đua")
    assert all("Italic" in c["fontname"] for c in basis)
    # One basis a line: ";" after each, "." after the last.
    assert "khen thưởng ngày 15 tháng 6 năm 2022;" in text
    assert "Khen thưởng Phòng Giáo dục và Đào tạo." in text
    for n in (1, 2, 3):
        label = find_chars(page.chars, f"Điều {n}.")
        assert all("Bold" in c["fontname"] for c in label if c["text"].strip())


def test_decision_list_follows_on_its_own_page_with_the_attached_line(specimens):
    _, pages = specimens["decision"]
    assert len(pages) >= 2
    listing = pages[1]
    text = squash(listing.text)
    assert "Số:" not in text  # a list carries the header without a number
    assert "DANH SÁCH" in text
    assert "(Kèm theo Quyết định số" in text and "của Phòng Giáo dục và Đào tạo)" in text
    attached = find_chars(listing.chars, "(Kèm theo Quyết định số")
    assert all("Italic" in c["fontname"] for c in attached)
    assert "Nguyễn Thị Lan" in text and "Lý Thanh Sơn" in text


def test_minutes_carry_two_signatures_on_one_line(specimens):
    _, pages = specimens["minutes"]
    page = pages[-1]
    secretary = find_chars(page.chars, "THƯ KÝ")
    chair = find_chars(page.chars, "CHỦ TỌA")
    assert secretary and chair
    assert abs(secretary[0]["bottom"] - chair[0]["bottom"]) < 0.5  # level with each other
    middle = LEFT_EDGE + FRAME_W / 2
    assert _centre(secretary) < middle < _centre(chair)  # secretary left, chair right
    below = [c for c in page.chars if c["top"] > secretary[0]["bottom"]]
    names = [find_chars(below, "Lê Thị Mai"), find_chars(below, "Nguyễn Thị Hương")]
    assert all(names) and abs(names[0][0]["bottom"] - names[1][0]["bottom"]) < 0.5
    assert names[0][0]["top"] > secretary[0]["bottom"] + 20 * MM  # room for the hand signature


def test_submission_addresses_the_conferring_level_and_attaches_its_list(specimens):
    _, pages = specimens["submission"]
    text = squash(pages[0].text)
    assert "Kính gửi: Chủ tịch Ủy ban nhân dân quận Nam Từ Liêm." in text
    assert "Về việc đề nghị công nhận danh hiệu thi đua" in text
    assert "(Kèm theo Tờ trình số" in squash(pages[-1].text)


def test_list_specimen_is_the_list_alone(specimens):
    _, pages = specimens["list"]
    text = squash(pages[0].text)
    assert text.count("DANH SÁCH") == 1 and "Số:" not in text
    assert "(Kèm theo Tờ trình số" in text
    assert "TỜ TRÌNH" not in text


def test_signature_authority_lines_of_a_deputy(specimens):
    _, pages = specimens["letter"]
    # Recipient lines ("- …") share the left column; read the signature column alone.
    lines = [t.split("Nơi nhận: ")[-1] for _, t in lines_of(pages[-1]) if not t.startswith("- ")]
    at = lines.index(next(t for t in lines if t.endswith("KT. TRƯỞNG PHÒNG")))
    assert lines[at + 1].endswith("PHÓ TRƯỞNG PHÒNG")
    assert any(t.endswith("Trần Văn Bình") for t in lines[at + 2 :])

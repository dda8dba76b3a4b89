"""Plans unlike the samples, written the way offices and schools really publish them.

Each source is checked against values read by hand (number, symbol, place, date, title, bases,
headings as printed, recipients, signature) and for "nothing lost": every word of the body, in
order, is found again in the imported bases + body. The .docx sources are built here with
python-docx the way Word users make them; the text sources live in tests/data/plans/unseen/.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from thiduadesk.domain import legacy_text
from thiduadesk.domain.plan import Paragraph, Section
from thiduadesk.domain.plan_text import plan_to_summary
from thiduadesk.exchange.plan_import import import_plan_file

UNSEEN = Path(__file__).resolve().parents[1] / "data" / "plans" / "unseen"

_BULLETS = {"-", "+", "*", "•", "–", "·"}


def words(text: str) -> list[str]:
    """Words of a text, ignoring Markdown emphasis and list signs."""
    text = re.sub(r"[*#]+", " ", text).replace("<br>", " ")
    return [w for w in text.split() if w not in _BULLETS]


def body_words(plan) -> list[str]:
    out = []
    for basis in plan.bases:
        out += words(basis)
    for _depth, block in plan.iter_blocks():
        out += words(block.heading if isinstance(block, Section) else block.printed_text())
    return out


def source_body_words(text: str, start: str, stop: str = "Nơi nhận") -> list[str]:
    """Words of the source from the line starting ``start`` up to the line holding ``stop``,
    without page numbers (lines of digits only)."""
    lines = text.splitlines()
    first = next(i for i, s in enumerate(lines) if re.sub(r"[*#]", "", s).strip().startswith(start))
    out = []
    for line in lines[first:]:
        if stop in line:
            break
        if line.strip().isdigit():
            continue
        out += words(line)
    return out


def assert_nothing_lost(parsed, expected_words: list[str]) -> None:
    got = body_words(parsed.plan)
    assert got == expected_words, _first_difference(got, expected_words)


def _first_difference(got, want) -> str:
    for i, (a, b) in enumerate(zip(got, want, strict=False)):
        if a != b:
            return f"word {i}: got {got[i - 5 : i + 5]} want {want[i - 5 : i + 5]}"
    return f"lengths {len(got)} != {len(want)}: tail got {got[-5:]} want {want[-5:]}"


def tree(blocks, depth=0):
    """(depth, kind, printed text) for every block, for compact assertions."""
    out = []
    for b in blocks:
        if isinstance(b, Section):
            out.append((depth, "S", b.heading))
            out += tree(b.children, depth + 1)
        else:
            out.append((depth, "P", b.printed_text()))
    return out


# =============================================================================================
# (2) Text copied from a PDF viewer: hard-wrapped, page numbers, header columns run together,
#     closing columns interleaved line by line with single spaces.
# =============================================================================================


@pytest.fixture(scope="module")
def hoang_mai():
    return import_plan_file(UNSEEN / "ke_hoach_hoang_mai_pdf_2024.txt")


def test_pdf_copy_header(hoang_mai):
    s = plan_to_summary(hoang_mai.plan)
    assert (s["number"], s["symbol"], s["place"], s["date"]) == (218, "KH-PGDĐT", "Hoàng Mai", "2024-09-16")
    assert s["title"] == (
        "Triển khai công tác thi đua, khen thưởng năm học 2024 - 2025 "
        "của ngành Giáo dục và Đào tạo quận Hoàng Mai"
    )
    assert hoang_mai.plan.governing_body == "UBND QUẬN HOÀNG MAI"
    assert hoang_mai.plan.office_name == "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"
    assert len(s["bases"]) == 4
    assert s["bases"][1] == (
        "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết "
        "thi hành một số điều của Luật Thi đua, khen thưởng;"
    )
    assert s["bases"][3].startswith("Thực hiện Kế hoạch số 3120/KH-SGDĐT")


def test_pdf_copy_body(hoang_mai):
    s = plan_to_summary(hoang_mai.plan)
    assert s["headings"] == ["I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG THI ĐUA", "III. TỔ CHỨC THỰC HIỆN"]
    last = hoang_mai.plan.body[-1].children[-1].children[-1]
    assert last.text == (
        "Xây dựng kế hoạch thi đua của đơn vị, gửi về Phòng Giáo dục và Đào tạo (qua bộ phận "
        "Thi đua - Khen thưởng) trước ngày 30/9/2024./."
    )
    assert hoang_mai.dropped == ["2", "3"]


def test_pdf_copy_interleaved_closing(hoang_mai):
    s = plan_to_summary(hoang_mai.plan)
    assert s["recipients"] == ["Sở GDĐT Hà Nội", "UBND quận Hoàng Mai", "Các trường MN, TH, THCS", "Lưu: VT, TĐKT"]
    assert s["signature"] == {"authority": "KT.", "position": "PHÓ TRƯỞNG PHÒNG", "name": "Đỗ Thị Thu Hà"}
    assert hoang_mai.plan.signature.on_behalf_of == "TRƯỞNG PHÒNG"


def test_pdf_copy_nothing_lost(hoang_mai):
    text = (UNSEEN / "ke_hoach_hoang_mai_pdf_2024.txt").read_text(encoding="utf-8")
    assert_nothing_lost(hoang_mai, source_body_words(text, "Căn cứ Luật"))


# =============================================================================================
# (3) A school's plan: PHẦN I / A. / a) / "+" items, HIỆU TRƯỞNG, recipients "(để b/c)".
# =============================================================================================


@pytest.fixture(scope="module")
def duong_xa():
    return import_plan_file(UNSEEN / "ke_hoach_thcs_duong_xa_2024.txt")


def test_school_plan_header(duong_xa):
    s = plan_to_summary(duong_xa.plan)
    assert (s["number"], s["symbol"], s["place"], s["date"]) == (45, "KH-THCSDX", "Dương Xá", "2024-10-03")
    assert s["title"] == "Thi đua chào mừng kỷ niệm 42 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2024)"
    assert duong_xa.plan.office_name == "TRƯỜNG THCS DƯƠNG XÁ"
    assert duong_xa.plan.governing_body == "PHÒNG GD&ĐT HUYỆN GIA LÂM"
    assert [b.split()[:3] for b in s["bases"]] == [["Căn", "cứ", "Kế"], ["Căn", "cứ", "kết"]]


def test_school_plan_parts_and_letters(duong_xa):
    s = plan_to_summary(duong_xa.plan)
    assert s["headings"] == [
        "PHẦN I. MỤC ĐÍCH, YÊU CẦU",
        "PHẦN II. NỘI DUNG VÀ HÌNH THỨC THI ĐUA",
        "PHẦN III. TỔ CHỨC THỰC HIỆN",
    ]
    part2 = duong_xa.plan.body[[b.heading for b in duong_xa.plan.body if isinstance(b, Section)].index(
        "PHẦN II. NỘI DUNG VÀ HÌNH THỨC THI ĐUA"
    ) + (1 if isinstance(duong_xa.plan.body[0], Paragraph) else 0)]
    assert tree(part2.children) == [
        (0, "S", "A. Đối với giáo viên"),
        (1, "S", "a) Thi đua dạy tốt:"),
        (2, "P", "+ Mỗi giáo viên đăng ký ít nhất 02 tiết dạy tốt, có ứng dụng công nghệ thông tin."),
        (2, "P", "+ Tổ chuyên môn tổ chức dự giờ, rút kinh nghiệm sau mỗi tiết dạy."),
        (1, "P", "b) Thi đua viết bài tham luận về đổi mới phương pháp dạy học."),
        (0, "S", "B. Đối với học sinh"),
        (1, "P", 'a) Thi đua giành nhiều điểm tốt, "Tuần học tốt" chào mừng ngày 20/11.'),
        (1, "P", 'b) Tham gia hội thi văn nghệ, báo tường với chủ đề "Tri ân thầy cô".'),
    ]
    part1 = next(b for b in duong_xa.plan.body if isinstance(b, Section))
    assert [c.heading for c in part1.sections()] == ["A. Mục đích", "B. Yêu cầu"]


def test_school_plan_closing(duong_xa):
    s = plan_to_summary(duong_xa.plan)
    assert s["recipients"] == ["Phòng GD&ĐT (để b/c)", "Các tổ chuyên môn (để t/h)", "Liên đội (để t/h)", "Lưu: VT"]
    assert s["signature"] == {"authority": None, "position": "HIỆU TRƯỞNG", "name": "Nguyễn Thị Lan"}


def test_school_plan_nothing_lost(duong_xa):
    text = (UNSEEN / "ke_hoach_thcs_duong_xa_2024.txt").read_text(encoding="utf-8")
    assert_nothing_lost(duong_xa, source_body_words(text, "Căn cứ Kế hoạch"))


# (7a) the same school plan saved by an old VNI-Windows editor: cp1252 bytes of VNI text.
def test_school_plan_in_vni_reads_like_unicode(tmp_path, duong_xa):
    text = (UNSEEN / "ke_hoach_thcs_duong_xa_2024.txt").read_text(encoding="utf-8")
    path = tmp_path / "ke_hoach_vni.txt"
    path.write_bytes(legacy_text.unicode_to_vni(text).encode("cp1252"))
    parsed = import_plan_file(path)
    assert parsed.legacy_encoding == "vni"
    assert any("VNI" in w for w in parsed.warnings)
    assert plan_to_summary(parsed.plan) == plan_to_summary(duong_xa.plan)
    assert tree(parsed.plan.body) == tree(duong_xa.plan.body)


# =============================================================================================
# (5) Markdown, a ward after 2025, "ngày 5 tháng 9", "Số: 7/KH-UBND", "* " bullets,
#     TM. + KT. signature.
# =============================================================================================


@pytest.fixture(scope="module")
def hac_thanh():
    return import_plan_file(UNSEEN / "ke_hoach_phuong_hac_thanh_2025.md")


def test_ward_markdown_header(hac_thanh):
    s = plan_to_summary(hac_thanh.plan)
    assert (s["number"], s["symbol"], s["place"], s["date"]) == (7, "KH-UBND", "Hạc Thành", "2025-09-05")
    assert s["title"] == 'Tổ chức phong trào thi đua "Dạy tốt - Học tốt" năm học 2025 - 2026 trên địa bàn phường'
    assert hac_thanh.plan.governing_body == "ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH"
    assert hac_thanh.plan.office_name == "PHÒNG VĂN HÓA - XÃ HỘI"
    assert len(s["bases"]) == 2 and s["bases"][1].startswith("Căn cứ Nghị định số 152/2025/NĐ-CP")


def test_ward_markdown_body_and_closing(hac_thanh):
    s = plan_to_summary(hac_thanh.plan)
    assert s["headings"] == ["I. MỤC TIÊU", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN"]
    assert s["recipients"] == [
        "UBND tỉnh (để b/c)",
        "Thường trực Đảng ủy phường (để b/c)",
        "Các trường MN, TH, THCS trên địa bàn",
        "Lưu: VT, VHXH",
    ]
    assert s["signature"]["name"] == "Phạm Minh Tuấn"
    assert s["signature"]["position"] == "PHÓ CHỦ TỊCH"
    # "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH": the TM. line stands above the KT.
    # line (Signer.above), both kept; nothing to warn about.
    sig = hac_thanh.plan.signature
    assert (sig.above, sig.authority, sig.on_behalf_of) == (["TM. ỦY BAN NHÂN DÂN"], "KT.", "CHỦ TỊCH")
    assert sig.title_lines() == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert not any("TM. ỦY BAN NHÂN DÂN" in w and "KT. CHỦ TỊCH" in w for w in hac_thanh.warnings)


def test_ward_markdown_nothing_lost(hac_thanh):
    text = (UNSEEN / "ke_hoach_phuong_hac_thanh_2025.md").read_text(encoding="utf-8")
    assert_nothing_lost(hac_thanh, source_body_words(text, "Căn cứ Luật"))


# =============================================================================================
# (6) Word table pasted into Notepad: tab-separated header and closing, Q. signature, title
#     starting "Tổ chức", recipients "(để b/c)" / "(để t/h)".
# =============================================================================================


@pytest.fixture(scope="module")
def thanh_oai():
    return import_plan_file(UNSEEN / "ke_hoach_thanh_oai_hoi_thi_2025.txt")


def test_tab_separated_plan(thanh_oai):
    s = plan_to_summary(thanh_oai.plan)
    assert (s["number"], s["symbol"], s["place"], s["date"]) == (9, "KH-PGDĐT", "Thanh Oai", "2025-02-12")
    assert s["title"] == "Tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc tiểu học năm học 2024 - 2025"
    assert len(s["bases"]) == 1 and s["bases"][0].startswith("Thực hiện Kế hoạch số 15/KH-UBND")
    assert s["headings"] == ["I. MỤC ĐÍCH", "II. ĐỐI TƯỢNG, THỜI GIAN, ĐỊA ĐIỂM", "III. TỔ CHỨC THỰC HIỆN"]
    assert s["recipients"] == ["UBND huyện (để b/c)", "Các trường TH (để t/h)", "Lưu: VT"]
    assert s["signature"] == {"authority": "Q.", "position": "TRƯỞNG PHÒNG", "name": "Lê Văn Hùng"}
    text = (UNSEEN / "ke_hoach_thanh_oai_hoi_thi_2025.txt").read_text(encoding="utf-8")
    assert_nothing_lost(thanh_oai, source_body_words(text, "Thực hiện"))


# =============================================================================================
# (1) Word as users make it: borderless 2-column header, rules typed as dashes, title over two
#     bold paragraphs, first-line indents, hand-typed numbering (one with a tab), closing table
#     with blank lines in the signature space.
# =============================================================================================


def _p(container, text="", bold=False, italic=False, size=None, align=None, indent=False, font=None):
    p = container.add_paragraph()
    if text:
        run = p.add_run(text)
        run.bold, run.italic = bold, italic
        if size:
            run.font.size = Pt(size)
        if font:
            run.font.name = font
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Cm(1.27)
    return p


def _cell_lines(cell, lines):
    first = True
    for text, bold, italic in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if text:
            run = p.add_run(text)
            run.bold, run.italic = bold, italic


DONG_ANH_BODY = [
    # (text, bold, first-line indent)
    ("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", False, True),
    ("Căn cứ Thông tư số 21/2020/TT-BGDĐT ngày 31/7/2020 của Bộ Giáo dục và Đào tạo hướng dẫn công tác "
     "thi đua, khen thưởng ngành Giáo dục;", False, True),
    ("Căn cứ Kế hoạch số 890/KH-UBND ngày 02/10/2024 của UBND huyện Đông Anh về tổ chức các hoạt động "
     "kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2024;", False, True),
    ("Phòng Giáo dục và Đào tạo huyện Đông Anh xây dựng Kế hoạch tổ chức các hoạt động chào mừng như sau:",
     False, True),
    ("I.\tMỤC ĐÍCH, YÊU CẦU", True, True),
    ("1. Mục đích", True, True),
    ("- Tôn vinh nhà giáo, cán bộ quản lý giáo dục; giáo dục truyền thống tôn sư trọng đạo.", False, True),
    ("- Tạo không khí thi đua sôi nổi trong toàn ngành.", False, True),
    ("2. Yêu cầu", True, True),
    ("Các hoạt động tổ chức trang trọng, thiết thực, tiết kiệm, phù hợp điều kiện từng đơn vị.", False, True),
    ("II. NỘI DUNG HOẠT ĐỘNG", True, True),
    ("1. Hoạt động tuyên truyền", True, True),
    ("Treo băng rôn, khẩu hiệu; tuyên truyền trên trang thông tin điện tử của các nhà trường về truyền "
     "thống ngành Giáo dục.", False, True),
    ("2. Hội thi \"Nhà giáo với văn nghệ\"", True, True),
    ("a) Đối tượng: cán bộ, giáo viên, nhân viên các trường mầm non, tiểu học, trung học cơ sở.", False, True),
    ("b) Thời gian: tháng 11/2024, tại Trung tâm Văn hóa huyện.", False, True),
    ("3. Gặp mặt kỷ niệm", True, True),
    ("Tổ chức gặp mặt các thầy giáo, cô giáo đã nghỉ hưu vào ngày 18/11/2024.", False, True),
    ("III. KINH PHÍ", True, True),
    ("Từ nguồn ngân sách chi thường xuyên của đơn vị và nguồn xã hội hóa hợp pháp.", False, True),
    ("IV. TỔ CHỨC THỰC HIỆN", True, True),
    ("1. Phòng Giáo dục và Đào tạo", True, True),
    ("Hướng dẫn, kiểm tra các đơn vị; tổng hợp kết quả báo cáo UBND huyện trước ngày 25/11/2024.", False, True),
    ("2. Các nhà trường", True, True),
    ("Căn cứ Kế hoạch này xây dựng kế hoạch của đơn vị, triển khai thực hiện nghiêm túc, hiệu quả.", False, True),
    ("Trên đây là Kế hoạch tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11/2024 của Phòng "
     "Giáo dục và Đào tạo huyện Đông Anh./.", False, True),
]  # fmt: skip


def build_dong_anh(path: Path) -> None:
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(14)
    header = d.add_table(rows=1, cols=2)
    _cell_lines(header.cell(0, 0), [
        ("UBND HUYỆN ĐÔNG ANH", False, False),
        ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", True, False),
        ("______________", False, False),
        ("", False, False),
        ("Số: 125/KH-PGDĐT", False, False),
    ])  # fmt: skip
    _cell_lines(header.cell(0, 1), [
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
        ("Độc lập - Tự do - Hạnh phúc", True, False),
        ("––––––––––––––––––––––––", False, False),
        ("", False, False),
        ("Đông Anh, ngày 08 tháng 10 năm 2024", False, True),
    ])  # fmt: skip
    d.add_paragraph()
    _p(d, "KẾ HOẠCH", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _p(d, "Tổ chức các hoạt động chào mừng kỷ niệm 42 năm", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _p(d, "Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2024)", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _p(d, "___________", align=WD_ALIGN_PARAGRAPH.CENTER)
    d.add_paragraph()
    for text, bold, indent in DONG_ANH_BODY:
        p = _p(d, text, bold=bold, indent=indent)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    closing = d.add_table(rows=1, cols=2)
    left, right = closing.cell(0, 0), closing.cell(0, 1)
    nn = left.paragraphs[0].add_run("Nơi nhận:")
    nn.bold = nn.italic = True
    for r in ["- UBND huyện (để b/c);", "- Các trường MN, TH, THCS (để t/h);", "- Lưu: VT, TĐKT."]:
        left.add_paragraph().add_run(r).font.size = Pt(11)
    _cell_lines(right, [
        ("KT. TRƯỞNG PHÒNG", True, False),
        ("PHÓ TRƯỞNG PHÒNG", True, False),
        ("", False, False),
        ("", False, False),
        ("", False, False),
        ("Trần Văn Nam", True, False),
    ])  # fmt: skip
    d.save(path)


@pytest.fixture(scope="module")
def dong_anh(tmp_path_factory):
    path = tmp_path_factory.mktemp("unseen") / "ke_hoach_dong_anh.docx"
    build_dong_anh(path)
    return import_plan_file(path)


def test_word_plan_header(dong_anh):
    s = plan_to_summary(dong_anh.plan)
    assert (s["number"], s["symbol"], s["place"], s["date"]) == (125, "KH-PGDĐT", "Đông Anh", "2024-10-08")
    assert s["title"] == (
        "Tổ chức các hoạt động chào mừng kỷ niệm 42 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2024)"
    )
    assert (dong_anh.plan.governing_body, dong_anh.plan.office_name) == (
        "UBND HUYỆN ĐÔNG ANH", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
    )  # fmt: skip
    assert len(s["bases"]) == 3 and all(b.startswith("Căn cứ") for b in s["bases"])


def test_word_plan_body(dong_anh):
    s = plan_to_summary(dong_anh.plan)
    assert s["headings"] == ["I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG HOẠT ĐỘNG", "III. KINH PHÍ", "IV. TỔ CHỨC THỰC HIỆN"]
    body = dong_anh.plan.body
    assert isinstance(body[0], Paragraph) and body[0].text.startswith("Phòng Giáo dục và Đào tạo huyện Đông Anh")
    part2 = [b for b in body if isinstance(b, Section)][1]
    assert [c.heading for c in part2.sections()] == [
        "1. Hoạt động tuyên truyền", '2. Hội thi "Nhà giáo với văn nghệ"', "3. Gặp mặt kỷ niệm",
    ]  # fmt: skip


def test_word_plan_closing(dong_anh):
    s = plan_to_summary(dong_anh.plan)
    assert s["recipients"] == ["UBND huyện (để b/c)", "Các trường MN, TH, THCS (để t/h)", "Lưu: VT, TĐKT"]
    assert s["signature"] == {"authority": "KT.", "position": "PHÓ TRƯỞNG PHÒNG", "name": "Trần Văn Nam"}


def test_word_plan_nothing_lost(dong_anh):
    want = []
    for text, _bold, _indent in DONG_ANH_BODY:
        want += words(text)
    assert_nothing_lost(dong_anh, want)


# =============================================================================================
# (4) A school's Word plan whose timetable is a table in the body, columns in another order
#     (STT | Thời gian | Nội dung công việc | Người/bộ phận thực hiện | Ghi chú), month rows
#     spanning the table and month cells merged down.
# =============================================================================================


def build_tieu_hoc(path: Path) -> None:
    d = docx.Document()
    header = d.add_table(rows=1, cols=2)
    _cell_lines(header.cell(0, 0), [
        ("PHÒNG GD&ĐT QUẬN LONG BIÊN", False, False),
        ("TRƯỜNG TIỂU HỌC ÁI MỘ A", True, False),
        ("Số: 32/KH-THAMA", False, False),
    ])  # fmt: skip
    _cell_lines(header.cell(0, 1), [
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
        ("Độc lập - Tự do - Hạnh phúc", True, False),
        ("Long Biên, ngày 06 tháng 9 năm 2024", False, True),
    ])  # fmt: skip
    _p(d, "KẾ HOẠCH", bold=True)
    _p(d, "Công tác thi đua, khen thưởng năm học 2024 - 2025", bold=True)
    _p(d, "Căn cứ Kế hoạch số 150/KH-PGDĐT ngày 30/8/2024 của Phòng GD&ĐT quận Long Biên;", indent=True)
    _p(d, "Trường Tiểu học Ái Mộ A xây dựng kế hoạch như sau:", indent=True)
    _p(d, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    _p(d, "Động viên cán bộ, giáo viên, nhân viên thi đua hoàn thành tốt nhiệm vụ năm học.", indent=True)
    _p(d, "II. LỊCH THỰC HIỆN", bold=True)
    rows = [
        ["STT", "Thời gian", "Nội dung công việc", "Người/bộ phận thực hiện", "Ghi chú"],
        ["HỌC KỲ I"],
        ["1", "Tháng 9/2024", "Phát động phong trào thi đua năm học", "Hiệu trưởng", ""],
        ["2", "Tháng 9/2024", "Cá nhân, tổ đăng ký danh hiệu thi đua", "Tổ trưởng chuyên môn", "Nộp bản đăng ký"],
        ["3", "Tháng 10/2024", "Thi đua chào mừng ngày 20/11", "Công đoàn, Liên đội", ""],
        ["HỌC KỲ II"],
        ["4", "Tháng 5/2025", "Bình xét thi đua cuối năm học", "Hội đồng Thi đua - Khen thưởng", "Có biên bản"],
    ]
    table = d.add_table(rows=len(rows), cols=5)
    table.style = "Table Grid"
    for r, values in enumerate(rows):
        if len(values) == 1:
            table.cell(r, 0).merge(table.cell(r, 4)).text = values[0]
            continue
        for c, v in enumerate(values):
            if r == 3 and c == 1:
                continue  # merged down from the row above
            table.cell(r, c).text = v
    table.cell(2, 1).merge(table.cell(3, 1))
    _p(d, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    _p(d, "Các tổ chuyên môn, bộ phận căn cứ kế hoạch triển khai thực hiện./.", indent=True)
    closing = d.add_table(rows=1, cols=2)
    _cell_lines(closing.cell(0, 0), [("Nơi nhận:", True, True), ("- PGD&ĐT (để b/c);", False, False),
                                     ("- CB, GV, NV (để t/h);", False, False), ("- Lưu: VT.", False, False)])
    _cell_lines(closing.cell(0, 1), [("HIỆU TRƯỞNG", True, False), ("", False, False), ("", False, False),
                                     ("Vũ Thị Minh Thu", True, False)])
    d.save(path)


@pytest.fixture(scope="module")
def tieu_hoc(tmp_path_factory):
    path = tmp_path_factory.mktemp("unseen") / "ke_hoach_ai_mo.docx"
    build_tieu_hoc(path)
    return import_plan_file(path)


def test_body_timetable_other_column_order(tieu_hoc):
    s = plan_to_summary(tieu_hoc.plan)
    assert (s["number"], s["symbol"], s["place"], s["date"]) == (32, "KH-THAMA", "Long Biên", "2024-09-06")
    assert s["title"] == "Công tác thi đua, khen thưởng năm học 2024 - 2025"
    assert s["headings"] == ["I. MỤC ĐÍCH, YÊU CẦU", "II. LỊCH THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN"]
    tt = tieu_hoc.plan.timetable
    assert tt is not None and not tt.as_appendix
    assert [(r.group, r.content, r.executors, r.due, r.due_iso) for r in tt.rows] == [
        ("HỌC KỲ I", "Phát động phong trào thi đua năm học", "Hiệu trưởng", "Tháng 9/2024", "2024-09"),
        ("HỌC KỲ I", "Cá nhân, tổ đăng ký danh hiệu thi đua (Ghi chú: Nộp bản đăng ký)", "Tổ trưởng chuyên môn",
         "Tháng 9/2024", "2024-09"),
        ("HỌC KỲ I", "Thi đua chào mừng ngày 20/11", "Công đoàn, Liên đội", "Tháng 10/2024", "2024-10"),
        ("HỌC KỲ II", "Bình xét thi đua cuối năm học (Ghi chú: Có biên bản)", "Hội đồng Thi đua - Khen thưởng",
         "Tháng 5/2025", "2025-05"),
    ]  # fmt: skip
    # The notes column has no field of its own: its text rides along with the content, and the
    # clerk is told.
    assert any("cột ngoài các cột chuẩn" in w for w in tieu_hoc.warnings)
    assert s["recipients"] == ["PGD&ĐT (để b/c)", "CB, GV, NV (để t/h)", "Lưu: VT"]
    assert s["signature"] == {"authority": None, "position": "HIỆU TRƯỞNG", "name": "Vũ Thị Minh Thu"}
    want = words(
        "Căn cứ Kế hoạch số 150/KH-PGDĐT ngày 30/8/2024 của Phòng GD&ĐT quận Long Biên; "
        "Trường Tiểu học Ái Mộ A xây dựng kế hoạch như sau: I. MỤC ĐÍCH, YÊU CẦU "
        "Động viên cán bộ, giáo viên, nhân viên thi đua hoàn thành tốt nhiệm vụ năm học. "
        "II. LỊCH THỰC HIỆN III. TỔ CHỨC THỰC HIỆN "
        "Các tổ chuyên môn, bộ phận căn cứ kế hoạch triển khai thực hiện./."
    )
    assert_nothing_lost(tieu_hoc, want)


# =============================================================================================
# (7b) An old Word file typed in .VnTime / .VnTimeH (TCVN3) throughout.
# =============================================================================================


VNTIME_LINES = [
    # (text, bold, heading caps font)
    ("UBND HUYỆN CHƯƠNG MỸ", False, True),
    ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", True, True),
    ("Số: 56/KH-PGDĐT", False, False),
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, True),
    ("Độc lập - Tự do - Hạnh phúc", True, False),
    ("Chương Mỹ, ngày 20 tháng 3 năm 2024", False, False),
    ("KẾ HOẠCH", True, True),
    ("Kiểm tra công tác thi đua, khen thưởng tại các trường học năm 2024", True, False),
    ("Căn cứ Kế hoạch công tác thi đua, khen thưởng năm 2024 của Phòng Giáo dục và Đào tạo;", False, False),
    ("I. MỤC ĐÍCH", True, False),
    ("Đánh giá việc thực hiện quy định về thi đua, khen thưởng tại các nhà trường.", False, False),
    ("II. NỘI DUNG KIỂM TRA", True, False),
    ("1. Hồ sơ thi đua, khen thưởng của đơn vị.", False, False),
    ("2. Việc tổ chức phát động phong trào thi đua.", False, False),
    ("III. TỔ CHỨC THỰC HIỆN", True, False),
    ("Đoàn kiểm tra làm việc tại các trường từ ngày 01/4/2024 đến ngày 30/4/2024./.", False, False),
    ("Nơi nhận:", True, False),
    ("- Các trường MN, TH, THCS;", False, False),
    ("- Lưu: VT.", False, False),
    ("TRƯỞNG PHÒNG", True, True),
    ("Hoàng Văn Long", True, False),
]


def test_vntime_word_plan(tmp_path):
    d = docx.Document()
    for text, bold, caps in VNTIME_LINES:
        p = d.add_paragraph()
        run = p.add_run(legacy_text.unicode_to_tcvn3(text, upper=caps))
        run.bold = bold
        run.font.name = ".VnTimeH" if caps else ".VnTime"
    path = tmp_path / "vntime.docx"
    d.save(path)
    parsed = import_plan_file(path)
    s = plan_to_summary(parsed.plan)
    assert any("TCVN3" in w for w in parsed.warnings)
    assert (s["number"], s["symbol"], s["place"], s["date"]) == (56, "KH-PGDĐT", "Chương Mỹ", "2024-03-20")
    assert s["title"] == "Kiểm tra công tác thi đua, khen thưởng tại các trường học năm 2024"
    assert s["headings"] == ["I. MỤC ĐÍCH", "II. NỘI DUNG KIỂM TRA", "III. TỔ CHỨC THỰC HIỆN"]
    assert s["recipients"] == ["Các trường MN, TH, THCS", "Lưu: VT"]
    assert s["signature"] == {"authority": None, "position": "TRƯỞNG PHÒNG", "name": "Hoàng Văn Long"}
    assert parsed.plan.office_name == "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"
    want = []
    for text, _b, _c in VNTIME_LINES[8:16]:
        want += words(text)
    assert_nothing_lost(parsed, want)


# =============================================================================================
# (8) A southern school's habits: "I- ", "1/ ", "a/ " labels, "ngày 05/9/2024", "TP." in the
#     place, a dotted symbol, "–" bullets, purposes without "để", an academic title before the
#     signer's name.
# =============================================================================================


def test_slash_labels_and_numeric_date():
    parsed = import_plan_file(UNSEEN / "ke_hoach_thcs_ben_tre_slash_2024.txt")
    s = plan_to_summary(parsed.plan)
    assert (s["number"], s["symbol"], s["place"], s["date"]) == (17, "KH-THCS.VP", "TP. Bến Tre", "2024-09-05")
    assert s["title"] == 'Thực hiện phong trào thi đua "Dạy tốt – Học tốt" năm học 2024 – 2025'
    assert len(s["bases"]) == 2
    # Labels are kept in the numbering the editor renumbers with: "I- " → "I.", "1/ " → "1.".
    assert s["headings"] == [
        "I. MỤC ĐÍCH, YÊU CẦU:", "II. NỘI DUNG THI ĐUA:", "III. CHỈ TIÊU:", "IV. TỔ CHỨC THỰC HIỆN:",
    ]  # fmt: skip
    part2 = [b for b in parsed.plan.body if isinstance(b, Section)][1]
    assert tree(part2.children) == [
        (0, "S", "1. Đối với cán bộ, giáo viên, nhân viên:"),
        (1, "P", "a) Thực hiện tốt quy chế chuyên môn, soạn giảng đúng quy định."),
        (1, "P", "b) Tích cực đổi mới phương pháp dạy học, ứng dụng công nghệ thông tin."),
        (0, "S", "2. Đối với học sinh:"),
        (1, "P", "a) Chăm ngoan, lễ phép, vâng lời thầy cô."),
        (1, "P", "b) Thi đua học tập tốt, giữ gìn vệ sinh trường lớp."),
    ]
    assert s["recipients"] == ["Phòng GD&ĐT (báo cáo)", "Như phần IV (thực hiện)", "Lưu: VT"]
    assert s["signature"] == {"authority": "KT.", "position": "PHÓ HIỆU TRƯỞNG", "name": "ThS. Lê Thị Bích Ngọc"}
    assert not parsed.warnings
    text = (UNSEEN / "ke_hoach_thcs_ben_tre_slash_2024.txt").read_text(encoding="utf-8")
    want = [w for w in source_body_words(text, "Căn cứ Công văn")]
    # "1/" and "a/" come back as "1." and "a)".
    want = [re.sub(r"^(\d+)/$", r"\1.", re.sub(r"^([a-z])/$", r"\1)", re.sub(r"^([IVX]+)-$", r"\1.", w))) for w in want]
    assert_nothing_lost(parsed, want)


# =============================================================================================
# (9) Markdown converted from Word by pandoc: the header and closing tables are grid tables.
# =============================================================================================


def test_pandoc_grid_tables():
    parsed = import_plan_file(UNSEEN / "ke_hoach_pandoc_grid_2024.md")
    s = plan_to_summary(parsed.plan)
    assert (s["number"], s["symbol"], s["place"], s["date"]) == (1532, "KH-GDĐT", "Thủ Đức", "2024-10-21")
    assert s["title"] == 'Tổ chức Hội thi "Giáo viên chủ nhiệm lớp giỏi" cấp thành phố năm học 2024 - 2025'
    assert (parsed.plan.governing_body, parsed.plan.office_name) == ("UBND THÀNH PHỐ THỦ ĐỨC", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO")
    assert [b[:30] for b in s["bases"]] == ["Căn cứ Thông tư số 21/2020/TT-", "Căn cứ Kế hoạch số 3511/KH-GDĐ"]
    assert s["headings"] == ["I. MỤC ĐÍCH", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN"]
    assert s["recipients"] == ["UBND TP Thủ Đức (để b/c)", "Các trường TH, THCS (để t/h)", "Lưu: VT"]
    assert s["signature"] == {"authority": "KT.", "position": "PHÓ TRƯỞNG PHÒNG", "name": "Nguyễn Văn Lợi"}
    assert not parsed.warnings  # grid borders are rules, not "stray fragments"
    text = (UNSEEN / "ke_hoach_pandoc_grid_2024.md").read_text(encoding="utf-8")
    assert_nothing_lost(parsed, source_body_words(text, "Căn cứ Thông tư", stop="+---"))


# =============================================================================================
# (10) pdftotext -layout: columns kept apart by spaces, an appendix timetable whose cells wrap
#      onto the next line, group rows flush left.
# =============================================================================================


def test_pdftotext_layout_plan_and_timetable():
    parsed = import_plan_file(UNSEEN / "ke_hoach_long_bien_pdftotext_2025.txt")
    s = plan_to_summary(parsed.plan)
    assert (s["number"], s["symbol"], s["place"], s["date"]) == (21, "KH-PGDĐT", "Long Biên", "2025-01-06")
    assert s["title"] == "Công tác thi đua, khen thưởng ngành Giáo dục và Đào tạo năm 2025"
    assert len(s["bases"]) == 1 and s["bases"][0].endswith("xây dựng kế hoạch như sau:")
    assert s["headings"] == ["I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ TRỌNG TÂM", "III. TỔ CHỨC THỰC HIỆN"]
    assert s["recipients"] == ["UBND quận", "Các trường MN, TH, THCS", "Lưu: VT"]
    assert s["signature"] == {"authority": "KT.", "position": "PHÓ TRƯỞNG PHÒNG", "name": "Ngô Thị Hồng Nhung"}
    tt = parsed.plan.timetable
    assert tt is not None and tt.as_appendix
    assert tt.title == "TIẾN ĐỘ THỰC HIỆN CÔNG TÁC THI ĐUA NĂM 2025"
    assert [(r.group, r.content, r.executors, r.due, r.due_iso) for r in tt.rows] == [
        ("Quý I - 2025", "Xây dựng kế hoạch thi đua năm 2025", "Các trường", "Tháng 01/2025", "2025-01"),
        ("Quý I - 2025", "Đăng ký danh hiệu thi đua, gửi về Phòng GDĐT", "Các trường", "Trước ngày 15/02/2025",
         "2025-02-15"),
        ("Quý II - 2025", "Bình xét thi đua cuối năm học", "Phòng GDĐT, các trường", "Tháng 5/2025", "2025-05"),
    ]  # fmt: skip
    assert tt.note == "(Tiến độ có thể điều chỉnh theo chỉ đạo của cấp trên)"
    assert not parsed.warnings
    text = (UNSEEN / "ke_hoach_long_bien_pdftotext_2025.txt").read_text(encoding="utf-8")
    assert_nothing_lost(parsed, source_body_words(text, "Thực hiện Kế hoạch"))


def test_pdf_appendix_cells_one_per_line_stay_in_order_with_a_warning(tmp_path):
    """A PDF viewer that copies a table one cell per line: it cannot be read back as a table;
    every word stays, in order, and the clerk is told why."""
    source = (UNSEEN / "ke_hoach_hoang_mai_pdf_2024.txt").read_text(encoding="utf-8")
    appendix = [
        "PHỤ LỤC",
        "LỊCH THỰC HIỆN CÔNG TÁC THI ĐUA NĂM HỌC 2024 - 2025",
        "(Kèm theo Kế hoạch số 218/KH-PGDĐT ngày 16/9/2024 của Phòng GDĐT)",
        "TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian",
        "1", "Phát động phong trào thi đua năm học", "Các trường", "Tháng 9/2024",
    ]  # fmt: skip
    path = tmp_path / "pdf_cells.txt"
    path.write_text(source + "\n".join(appendix) + "\n", encoding="utf-8")
    parsed = import_plan_file(path)
    assert plan_to_summary(parsed.plan)["signature"]["name"] == "Đỗ Thị Thu Hà"
    assert any("dàn thành dòng chữ" in w for w in parsed.warnings)
    # Lone "TT" and "1" read as page numbers or seal fragments: dropped, and listed.
    assert parsed.dropped[-2:] == ["TT", "1"]
    kept = words("\n".join(line for line in appendix if line not in ("TT", "1")))
    got = body_words(parsed.plan)
    tail = got[len(got) - len(kept) :]
    assert tail == kept


# =============================================================================================
# (11) An older Word habit: header and closing typed as tab-separated paragraphs (no table),
#      headings in Word's "Heading 1" style, a 3-column timetable "Thời gian | Nội dung công
#      việc | Phụ trách" whose month rows stand alone in the first column.
# =============================================================================================


def build_cu_chi(path: Path) -> None:
    d = docx.Document()

    def para(text, bold=False, style=None):
        p = d.add_paragraph(style=style)
        for i, part in enumerate(text.split("**")):
            if part:
                p.add_run(part).bold = bold or i % 2 == 1
        return p

    para("UBND HUYỆN CỦ CHI\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    para("**PHÒNG GIÁO DỤC VÀ ĐÀO TẠO**\t\t**Độc lập - Tự do - Hạnh phúc**")
    para("Số: 402/KH-GDĐT\t\tCủ Chi, ngày 14 tháng 8 năm 2024")
    para("")
    para("KẾ HOẠCH", bold=True)
    para("Bồi dưỡng nghiệp vụ công tác thi đua, khen thưởng năm học 2024 - 2025", bold=True)
    para("Thực hiện Kế hoạch số 2680/KH-SGDĐT ngày 05/8/2024 của Sở Giáo dục và Đào tạo Thành phố Hồ Chí "
         "Minh, Phòng Giáo dục và Đào tạo xây dựng kế hoạch bồi dưỡng như sau:")  # fmt: skip
    para("I. MỤC ĐÍCH", style="Heading 1")
    para("Nâng cao năng lực cho đội ngũ làm công tác thi đua, khen thưởng tại các đơn vị.")
    para("II. THỜI GIAN VÀ NỘI DUNG", style="Heading 1")
    rows = [
        ["Thời gian", "Nội dung công việc", "Phụ trách"],
        ["Tháng 9/2024", "", ""],
        ["", "Tập huấn quy trình xét danh hiệu thi đua", "Bộ phận Thi đua - Khen thưởng"],
        ["", "Hướng dẫn lập hồ sơ đề nghị khen thưởng", "Bộ phận Thi đua - Khen thưởng"],
        ["Tháng 10/2024", "", ""],
        ["", "Kiểm tra hồ sơ thi đua tại các trường", "Lãnh đạo Phòng"],
    ]
    t = d.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for r, vals in enumerate(rows):
        for c, v in enumerate(vals):
            t.cell(r, c).text = v
    para("III. TỔ CHỨC THỰC HIỆN", style="Heading 1")
    para("Các đơn vị cử cán bộ tham dự đầy đủ, đúng thành phần./.")
    para("")
    para("Nơi nhận:\t\tTRƯỞNG PHÒNG", bold=True)
    para("- Như trên;")
    para("- Lưu: VT.")
    para("")
    para("\t\tNguyễn Thành Công", bold=True)
    d.save(path)


def test_tab_laid_out_word_plan_with_month_rows(tmp_path):
    path = tmp_path / "cu_chi.docx"
    build_cu_chi(path)
    parsed = import_plan_file(path)
    s = plan_to_summary(parsed.plan)
    assert (s["number"], s["symbol"], s["place"], s["date"]) == (402, "KH-GDĐT", "Củ Chi", "2024-08-14")
    assert s["title"] == "Bồi dưỡng nghiệp vụ công tác thi đua, khen thưởng năm học 2024 - 2025"
    assert (parsed.plan.governing_body, parsed.plan.office_name) == ("UBND HUYỆN CỦ CHI", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO")
    assert s["headings"] == ["I. MỤC ĐÍCH", "II. THỜI GIAN VÀ NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN"]
    assert s["recipients"] == ["Như trên", "Lưu: VT"]
    assert s["signature"] == {"authority": None, "position": "TRƯỞNG PHÒNG", "name": "Nguyễn Thành Công"}
    tt = parsed.plan.timetable
    assert tt is not None and not tt.as_appendix
    # "Phụ trách" (in charge) is the guiding unit; rows under a month row fall due in that month.
    assert [(r.group, r.content, r.guide, r.due_iso) for r in tt.rows] == [
        ("Tháng 9/2024", "Tập huấn quy trình xét danh hiệu thi đua", "Bộ phận Thi đua - Khen thưởng", "2024-09"),
        ("Tháng 9/2024", "Hướng dẫn lập hồ sơ đề nghị khen thưởng", "Bộ phận Thi đua - Khen thưởng", "2024-09"),
        ("Tháng 10/2024", "Kiểm tra hồ sơ thi đua tại các trường", "Lãnh đạo Phòng", "2024-10"),
    ]
    assert not parsed.warnings


# =============================================================================================
# (12) Headings in capitals with no number, "* Đối với …:" sub-heads, the signature typed
#      before "Nơi nhận" (no closing table), a Sở as governing body of a school.
# =============================================================================================


def test_unnumbered_capital_headings_and_signature_first():
    parsed = import_plan_file(UNSEEN / "ke_hoach_thpt_bien_hoa_2024.txt")
    s = plan_to_summary(parsed.plan)
    assert (s["number"], s["symbol"], s["place"], s["date"]) == (88, "KH-THPTCBH", "Phủ Lý", "2024-09-10")
    assert s["title"] == "Triển khai phong trào thi đua năm học 2024 - 2025"
    assert parsed.plan.governing_body == "SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NAM"
    assert len(s["bases"]) == 2
    assert s["headings"] == ["MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG THI ĐUA", "TỔ CHỨC THỰC HIỆN"]
    assert s["recipients"] == ["Sở GDĐT (để b/c)", "Các tổ chuyên môn (để t/h)", "Lưu: VT"]
    assert s["signature"] == {"authority": "KT.", "position": "PHÓ HIỆU TRƯỞNG", "name": "Trần Thị Thu Hằng"}
    text = (UNSEEN / "ke_hoach_thpt_bien_hoa_2024.txt").read_text(encoding="utf-8")
    assert_nothing_lost(parsed, source_body_words(text, "Căn cứ Hướng dẫn", stop="KT. HIỆU TRƯỞNG"))


# =============================================================================================
# (13) PDF copy with a long title and a long heading wrapped, a "Trang 1/2" footer.
# =============================================================================================


def test_pdf_copy_wrapped_heading_and_footer():
    parsed = import_plan_file(UNSEEN / "ke_hoach_son_tay_pdf_2024.txt")
    s = plan_to_summary(parsed.plan)
    assert (s["number"], s["symbol"], s["place"], s["date"]) == (67, "KH-PGDĐT", "Sơn Tây", "2024-04-22")
    assert s["title"] == (
        "Tổ chức Lễ tuyên dương, khen thưởng học sinh đạt giải trong các kỳ thi, cuộc thi "
        "cấp Thành phố, cấp Quốc gia năm học 2023 - 2024"
    )
    assert s["headings"] == [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "II. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN THAM DỰ LỄ TUYÊN DƯƠNG, KHEN THƯỞNG HỌC SINH NĂM HỌC 2023 - 2024",
        "III. KINH PHÍ",
        "IV. TỔ CHỨC THỰC HIỆN",
    ]
    assert parsed.dropped == ["Trang 1/2"]
    assert s["signature"] == {"authority": "KT.", "position": "PHÓ TRƯỞNG PHÒNG", "name": "Phan Văn Đức"}
    text = (UNSEEN / "ke_hoach_son_tay_pdf_2024.txt").read_text(encoding="utf-8").replace("Trang 1/2", "")
    assert_nothing_lost(parsed, source_body_words(text, "Căn cứ Kế hoạch"))


# =============================================================================================
# (14) A Youth Union plan: "ĐOÀN TNCS HỒ CHÍ MINH" where the Quốc hiệu stands, Party-style
#      number "Số: 07-KH/ĐTN", TM. BAN CHẤP HÀNH / BÍ THƯ. The model has no place for either
#      form: the clerk is told.
# =============================================================================================


def test_youth_union_plan():
    parsed = import_plan_file(UNSEEN / "ke_hoach_doan_truong_2024.txt")
    s = plan_to_summary(parsed.plan)
    assert (s["number"], s["symbol"], s["place"], s["date"]) == (7, "KH/ĐTN", "Gia Lâm", "2024-03-15")
    assert (parsed.plan.governing_body, parsed.plan.office_name) == ("HUYỆN ĐOÀN GIA LÂM", "BCH ĐOÀN TRƯỜNG THPT YÊN VIÊN")
    assert any("ĐOÀN TNCS HỒ CHÍ MINH" in w and "Quốc hiệu" in w for w in parsed.warnings)
    assert any("07-KH/ĐTN" in w for w in parsed.warnings)
    assert s["headings"] == ["I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN"]
    assert s["recipients"] == [
        "BTV Huyện đoàn (để b/c)", "Chi bộ nhà trường (để b/c)", "Các chi đoàn (để t/h)", "Lưu: VP Đoàn",
    ]  # fmt: skip
    assert s["signature"] == {"authority": "TM.", "position": "BÍ THƯ", "name": "Lê Minh Quân"}
    assert parsed.plan.signature.on_behalf_of == "BAN CHẤP HÀNH ĐOÀN TRƯỜNG"
    assert parsed.plan.body[0].heading == "I. MỤC ĐÍCH, YÊU CẦU"  # nothing of the header leaked


# =============================================================================================
# (15) Typing habits in the closing block: "KT.HIỆU TRƯỞNG" without a space, the signer's name
#      in capitals, "Nơi nhận :" with a space.
# =============================================================================================


def test_closing_typing_habits(tmp_path):
    text = (UNSEEN / "ke_hoach_thpt_bien_hoa_2024.txt").read_text(encoding="utf-8")
    text = (
        text.replace("KT. HIỆU TRƯỞNG", "KT.HIỆU TRƯỞNG")
        .replace("Trần Thị Thu Hằng", "TRẦN THỊ THU HẰNG")
        .replace("Nơi nhận:", "Nơi nhận :")
    )
    path = tmp_path / "closing.txt"
    path.write_text(text, encoding="utf-8")
    parsed = import_plan_file(path)
    s = plan_to_summary(parsed.plan)
    assert s["signature"] == {"authority": "KT.", "position": "PHÓ HIỆU TRƯỞNG", "name": "TRẦN THỊ THU HẰNG"}
    assert s["recipients"] == ["Sở GDĐT (để b/c)", "Các tổ chuyên môn (để t/h)", "Lưu: VT"]
    assert parsed.dropped == ["(Đã ký)"]


# (7c) Notepad "ANSI" on a Vietnamese Windows: Windows-1258 bytes, tones as combining marks.
def _to_cp1258(text: str) -> bytes:
    import unicodedata

    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in text:
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
        out.append((base + "".join(c for c in d if c in tones)).encode("cp1258"))
    return b"".join(out)


def test_school_plan_in_windows_1258(tmp_path, duong_xa):
    text = (UNSEEN / "ke_hoach_thcs_duong_xa_2024.txt").read_text(encoding="utf-8")
    path = tmp_path / "ke_hoach_1258.txt"
    path.write_bytes(_to_cp1258(text))
    parsed = import_plan_file(path)
    assert any("1258" in w for w in parsed.warnings)
    assert plan_to_summary(parsed.plan) == plan_to_summary(duong_xa.plan)
    assert tree(parsed.plan.body) == tree(duong_xa.plan.body)


# (7d) A Word file typed in VNI-Times (VNI Windows bytes in the runs).
def test_vni_times_word_plan(tmp_path):
    d = docx.Document()
    for text, bold, _caps in VNTIME_LINES:
        run = d.add_paragraph().add_run(legacy_text.unicode_to_vni(text))
        run.bold = bold
        run.font.name = "VNI-Times"
    path = tmp_path / "vni.docx"
    d.save(path)
    parsed = import_plan_file(path)
    s = plan_to_summary(parsed.plan)
    assert any("VNI" in w for w in parsed.warnings)
    assert (s["number"], s["symbol"], s["place"], s["date"]) == (56, "KH-PGDĐT", "Chương Mỹ", "2024-03-20")
    assert s["title"] == "Kiểm tra công tác thi đua, khen thưởng tại các trường học năm 2024"
    assert s["headings"] == ["I. MỤC ĐÍCH", "II. NỘI DUNG KIỂM TRA", "III. TỔ CHỨC THỰC HIỆN"]
    assert s["signature"] == {"authority": None, "position": "TRƯỞNG PHÒNG", "name": "Hoàng Văn Long"}


def test_a_recipient_in_capitals_after_a_comma_is_not_split_off():
    from thiduadesk.domain.plan_text import parse_plan_text

    text = (UNSEEN / "ke_hoach_thcs_duong_xa_2024.txt").read_text(encoding="utf-8")
    text = text.replace("- Liên đội (để t/h);", "- Ban Giám hiệu, CHỦ TỊCH CÔNG ĐOÀN;")
    s = plan_to_summary(parse_plan_text(text))
    assert "Ban Giám hiệu, CHỦ TỊCH CÔNG ĐOÀN" in s["recipients"]
    assert s["signature"]["position"] == "HIỆU TRƯỞNG"


# =============================================================================================
# (16) Markdown: bases typed as a "- " list, a pipe timetable in the body "Thời gian | Nội dung |
#      Đơn vị thực hiện | Ghi chú" with bold month rows.
# =============================================================================================


def test_markdown_dashed_bases_and_pipe_timetable():
    parsed = import_plan_file(UNSEEN / "ke_hoach_phuong_hac_thanh_lich_2025.md")
    s = plan_to_summary(parsed.plan)
    assert [b[:40] for b in s["bases"]] == [
        "Căn cứ Luật Thi đua, khen thưởng năm 202", "Căn cứ Nghị định số 152/2025/NĐ-CP ngày ",
    ]  # fmt: skip
    assert s["headings"] == ["I. MỤC TIÊU", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN", "IV. LỊCH THỰC HIỆN"]
    tt = parsed.plan.timetable
    assert tt is not None and not tt.as_appendix
    assert [(r.group, r.content, r.executors, r.due_iso) for r in tt.rows] == [
        ("Tháng 9/2025", "Phát động thi đua", "Các trường", "2025-09-05"),
        ("Tháng 9/2025", "Đăng ký thi đua (Ghi chú: Gửi bản mềm)", "Các trường", "2025-09-20"),
        ("Tháng 5/2026", "Tổng kết, khen thưởng", "UBND phường", "2026-05-25"),
    ]
    assert s["signature"]["name"] == "Phạm Minh Tuấn"


# =============================================================================================
# (17) A joint plan of a school and its trade union: "KẾ HOẠCH LIÊN TỊCH", two signers side by
#      side. Both are kept as the plan's two signatures, left first; the right-hand one (the
#      last) is the main signer, as the letter layout prints them.
# =============================================================================================


def test_joint_plan_two_signers():
    parsed = import_plan_file(UNSEEN / "ke_hoach_lien_tich_mn_ha_hoi_2024.txt")
    s = plan_to_summary(parsed.plan)
    assert (s["doc_type"], s["number"], s["symbol"], s["date"]) == ("KH", 2, "KHLT-MNHH-CĐ", "2024-09-20")
    assert s["title"] == 'Tổ chức phong trào thi đua "Hai tốt" năm học 2024 - 2025'
    assert s["bases"] == ["Căn cứ Quy chế phối hợp giữa nhà trường và Công đoàn cơ sở;"]
    assert s["headings"] == ["I. MỤC ĐÍCH", "II. TỔ CHỨC THỰC HIỆN"]
    assert s["signature"] == {"authority": None, "position": "HIỆU TRƯỞNG", "name": "Lê Thị Thanh Mai"}
    left, right = parsed.plan.signatures
    assert (left.authority, left.on_behalf_of, left.position, left.name) == (
        "TM.", "BCH CÔNG ĐOÀN", "CHỦ TỊCH", "Nguyễn Thị Hoa",
    )  # fmt: skip
    assert right is parsed.plan.signature
    assert [sig["name"] for sig in s["signatures"]] == ["Nguyễn Thị Hoa", "Lê Thị Thanh Mai"]
    # The left signer is no longer dropped, so there is nothing to warn about.
    assert not any("hai người ký" in w or "họ tên" in w for w in parsed.warnings)
    assert s["recipients"] == ["Phòng GD&ĐT (để b/c)", "Lưu: VT, CĐ"]


# =============================================================================================
# (18) An appendix timetable split into two Word tables at a page break, the header row typed
#      again on top of the second one; a body table that is not a timetable.
# =============================================================================================


def test_timetable_split_in_two_tables(tmp_path):
    d = docx.Document()
    build = [
        ("UBND HUYỆN ĐAN PHƯỢNG", False), ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", True), ("Số: 40/KH-PGDĐT", False),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("Độc lập - Tự do - Hạnh phúc", True),
        ("Đan Phượng, ngày 15 tháng 01 năm 2025", False), ("KẾ HOẠCH", True),
        ("Công tác thi đua, khen thưởng năm 2025", True),
        ("Căn cứ Kế hoạch số 05/KH-UBND ngày 08/01/2025 của UBND huyện Đan Phượng;", False),
        ("I. NỘI DUNG", True), ("Cơ cấu giải thưởng Hội thi như sau:", False),
    ]  # fmt: skip
    for text, bold in build:
        d.add_paragraph().add_run(text).bold = bold
    prizes = d.add_table(rows=3, cols=3)
    for r, vals in enumerate([["Giải", "Số lượng", "Mức thưởng"], ["Nhất", "01", "2.000.000 đồng"],
                              ["Nhì", "02", "1.500.000 đồng"]]):
        for c, v in enumerate(vals):
            prizes.cell(r, c).text = v
    d.add_paragraph().add_run("II. TỔ CHỨC THỰC HIỆN").bold = True
    d.add_paragraph("Các đơn vị thực hiện theo tiến độ tại Phụ lục./.")
    d.add_paragraph("Nơi nhận:")
    d.add_paragraph("- Lưu: VT.")
    d.add_paragraph().add_run("TRƯỞNG PHÒNG").bold = True
    d.add_paragraph().add_run("Nguyễn Văn Bình").bold = True
    d.add_page_break()
    d.add_paragraph().add_run("PHỤ LỤC").bold = True
    d.add_paragraph().add_run("TIẾN ĐỘ THỰC HIỆN NĂM 2025").bold = True
    header = ["TT", "Nội dung", "Đơn vị thực hiện", "Thời gian"]
    first = [header, ["Quý I"], ["1", "Xây dựng kế hoạch", "Các trường", "Tháng 01/2025"],
             ["2", "Đăng ký thi đua", "Các trường", "Tháng 02/2025"]]
    second = [header, ["3", "Sơ kết quý I", "Phòng GDĐT", "Tháng 3/2025"], ["Quý II"],
              ["4", "Bình xét cuối năm học", "Các trường", "Tháng 5/2025"]]
    for part in (first, second):
        t = d.add_table(rows=len(part), cols=4)
        for r, vals in enumerate(part):
            if len(vals) == 1:
                t.cell(r, 0).merge(t.cell(r, 3)).text = vals[0]
                continue
            for c, v in enumerate(vals):
                t.cell(r, c).text = v
        if part is first:
            d.add_page_break()
    path = tmp_path / "split.docx"
    d.save(path)
    parsed = import_plan_file(path)
    tt = parsed.plan.timetable
    assert tt is not None and tt.as_appendix
    assert [(r.group, r.content, r.due_iso) for r in tt.rows] == [
        ("Quý I", "Xây dựng kế hoạch", "2025-01"),
        ("Quý I", "Đăng ký thi đua", "2025-02"),
        ("Quý I", "Sơ kết quý I", "2025-03"),
        ("Quý II", "Bình xét cuối năm học", "2025-05"),
    ]
    part1 = parsed.plan.body[0]
    assert [c.printed_text() for c in part1.children] == [
        "Cơ cấu giải thưởng Hội thi như sau:",
        "Giải | Số lượng | Mức thưởng",
        "Nhất | 01 | 2.000.000 đồng",
        "Nhì | 02 | 1.500.000 đồng",
    ]
    assert plan_to_summary(parsed.plan)["signature"]["name"] == "Nguyễn Văn Bình"


def test_word_symbol_bullets_pasted_as_text():
    """Word's Symbol/Wingdings bullets pasted into Notepad arrive as "·", "o", "§" and a tab."""
    from thiduadesk.domain.plan_text import parse_plan_text

    text = (UNSEEN / "ke_hoach_thanh_oai_hoi_thi_2025.txt").read_text(encoding="utf-8")
    old = next(line for line in text.splitlines() if line.startswith("Phát hiện, bồi dưỡng"))
    text = text.replace(old, "·\tPhát hiện giáo viên giỏi;\no\tTôn vinh giáo viên giỏi;\n§\tTạo phong trào thi đua.")
    first = parse_plan_text(text).plan.body[0]
    assert [c.printed_text() for c in first.children] == [
        "• Phát hiện giáo viên giỏi;", "• Tôn vinh giáo viên giỏi;", "• Tạo phong trào thi đua.",
    ]  # fmt: skip


def test_whole_document_inside_a_one_cell_frame(tmp_path, dong_anh):
    """Some templates draw a border by putting the whole document in a one-cell table."""
    path = tmp_path / "plain.docx"
    build_dong_anh(path)
    d = docx.Document(path)
    body = d.element.body
    content = [c for c in body.iterchildren() if not c.tag.endswith("sectPr")]
    frame = d.add_table(rows=1, cols=1).cell(0, 0)._tc
    for child in content:
        frame.append(child)
    framed = tmp_path / "framed.docx"
    d.save(framed)
    parsed = import_plan_file(framed)
    assert plan_to_summary(parsed.plan) == plan_to_summary(dong_anh.plan)
    assert not parsed.warnings


# =============================================================================================
# (19) Markdown from a converter that joins each table cell's paragraphs with spaces: header
#      cells "UBND HUYỆN … PHÒNG …", closing cells "Nơi nhận: - A; - B." and
#      "KT. TRƯỞNG PHÒNG PHÓ TRƯỞNG PHÒNG Trần Văn Nam".
# =============================================================================================


def test_markdown_with_joined_table_cells():
    parsed = import_plan_file(UNSEEN / "ke_hoach_dong_anh_markitdown_2024.md")
    s = plan_to_summary(parsed.plan)
    assert (s["number"], s["symbol"], s["place"], s["date"]) == (125, "KH-PGDĐT", "Đông Anh", "2024-10-08")
    assert (parsed.plan.governing_body, parsed.plan.office_name) == ("UBND HUYỆN ĐÔNG ANH", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO")
    assert s["title"] == "Tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11/2024"
    assert s["headings"] == ["I. MỤC ĐÍCH", "II. TỔ CHỨC THỰC HIỆN"]
    assert s["recipients"] == ["UBND huyện (để b/c)", "Lưu: VT"]
    assert s["signature"] == {"authority": "KT.", "position": "PHÓ TRƯỞNG PHÒNG", "name": "Trần Văn Nam"}
    assert parsed.plan.signature.on_behalf_of == "TRƯỞNG PHÒNG"
    assert not parsed.warnings


def test_pdf_copy_name_on_a_recipient_line(tmp_path):
    text = (UNSEEN / "ke_hoach_hoang_mai_pdf_2024.txt").read_text(encoding="utf-8")
    text = text.replace("- Lưu: VT, TĐKT.\nĐỗ Thị Thu Hà", "- Lưu: VT, TĐKT. Đỗ Thị Thu Hà")
    path = tmp_path / "name_on_line.txt"
    path.write_text(text, encoding="utf-8")
    s = plan_to_summary(import_plan_file(path).plan)
    assert s["recipients"] == ["Sở GDĐT Hà Nội", "UBND quận Hoàng Mai", "Các trường MN, TH, THCS", "Lưu: VT, TĐKT"]
    assert s["signature"] == {"authority": "KT.", "position": "PHÓ TRƯỞNG PHÒNG", "name": "Đỗ Thị Thu Hà"}


def test_document_type_with_spaced_letters(duong_xa):
    """Expanded character spacing copied from a PDF: "K Ế  H O Ạ C H"."""
    from thiduadesk.domain.plan_text import parse_plan_text

    text = (UNSEEN / "ke_hoach_thcs_duong_xa_2024.txt").read_text(encoding="utf-8")
    parsed = parse_plan_text(text.replace("\nKẾ HOẠCH\n", "\nK Ế  H O Ạ C H\n"))
    assert plan_to_summary(parsed) == plan_to_summary(duong_xa.plan)


def test_a_lone_line_in_capitals_stays_a_paragraph():
    from thiduadesk.domain.plan_text import parse_plan_text

    text = (UNSEEN / "ke_hoach_thanh_oai_hoi_thi_2025.txt").read_text(encoding="utf-8")
    text = text.replace("III. TỔ CHỨC THỰC HIỆN\n", "III. TỔ CHỨC THỰC HIỆN\nTẤT CẢ VÌ HỌC SINH THÂN YÊU\n")
    plan = parse_plan_text(text).plan
    assert plan.headings() == ["I. MỤC ĐÍCH", "II. ĐỐI TƯỢNG, THỜI GIAN, ĐỊA ĐIỂM", "III. TỔ CHỨC THỰC HIỆN"]
    assert plan.body[-1].children[0].printed_text() == "TẤT CẢ VÌ HỌC SINH THÂN YÊU"

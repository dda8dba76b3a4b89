"""Signature blocks as offices type them, read and printed.

Each spelling below was written by hand the way plans reach the office: the authority glued to
the title ("KT.TRƯỞNG PHÒNG"), spaced, in sentence or lower case, two authority lines stacked
("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH"), bold or italic marks that open on one line of the
block and close on a later one, Word tables, plain text with tabs or with the spaces of a PDF
viewer, Markdown tables. Each is read, then printed to PDF; the text read back from the page
must show the exact title lines ("KT. TRƯỞNG PHÒNG", one space after the prefix), the name,
and no "*" or "_" left by markup.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest

from tests.documents.pdf_helpers import PageInfo, lines_of, read_pdf
from thiduadesk.documents.letter import HEADER_LEFT_SHARE, frame_width
from thiduadesk.documents.letter.page import MARGIN_LEFT
from thiduadesk.documents.plan_pdf import plan_pdf_bytes
from thiduadesk.domain.model import Signer
from thiduadesk.domain.plan import Paragraph
from thiduadesk.domain.plan_text import parse_plan_text, signature_needs_profile
from thiduadesk.domain.plan_text.closing import needs_profile_warning
from thiduadesk.exchange.plan_import import import_plan_file

DATA = Path(__file__).resolve().parents[1] / "data"
SIGNATURES = DATA / "plans" / "signatures"

HEAD = """UBND QUẬN CẦU GIẤY
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
Số: 12/KH-PGDĐT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cầu Giấy, ngày 05 tháng 01 năm 2025

KẾ HOẠCH
Công tác thi đua, khen thưởng năm 2025

I. MỤC TIÊU

- Động viên cán bộ, giáo viên thi đua hoàn thành nhiệm vụ năm học.

II. TỔ CHỨC THỰC HIỆN

Các trường triển khai thực hiện./.

"""

RECIPIENTS = "Nơi nhận:\n- Sở GDĐT Hà Nội (để b/c);\n- Lưu: VT.\n\n"
KT = ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"]
STACKED = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]

# (id, closing block as typed, title lines as printed, name)
SPELLINGS = [
    ("glued", RECIPIENTS + "KT.TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG\n\nNguyễn Thị Lan", KT, "Nguyễn Thị Lan"),
    ("glued sentence case", RECIPIENTS + "KT.Trưởng phòng\nPhó Trưởng phòng\n\nNguyễn Thị Lan", KT, "Nguyễn Thị Lan"),
    ("lower case", RECIPIENTS + "kt. trưởng phòng\nphó trưởng phòng\n\nNguyễn Thị Lan", KT, "Nguyễn Thị Lan"),
    ("spaced", RECIPIENTS + "KT .  TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG\n\nNguyễn Thị Lan", KT, "Nguyễn Thị Lan"),
    ("slash", RECIPIENTS + "K/T TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG\n\nNguyễn Thị Lan", KT, "Nguyễn Thị Lan"),
    ("bold across a hard break",
     "**Nơi nhận:**\n- Sở GDĐT Hà Nội (để b/c);\n- Lưu: VT.\n\n**KT. TRƯỞNG PHÒNG  \nPHÓ TRƯỞNG PHÒNG**\n\n"
     "**Nguyễn Thị Lan**", KT, "Nguyễn Thị Lan"),
    ("italic across lines", RECIPIENTS + "*KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG*\n\nNguyễn Thị Lan", KT,
     "Nguyễn Thị Lan"),
    ("underscores across lines", RECIPIENTS + "__KT. TRƯỞNG PHÒNG  \nPHÓ TRƯỞNG PHÒNG__\n\n__Nguyễn Thị Lan__", KT,
     "Nguyễn Thị Lan"),
    ("pipe table with <br> inside bold",
     "| ***Nơi nhận:***<br>- Sở GDĐT Hà Nội (để b/c);<br>- Lưu: VT. | **KT. TRƯỞNG PHÒNG<br>PHÓ TRƯỞNG PHÒNG**"
     "<br><br><br>**Nguyễn Thị Lan** |\n|---|---|", KT, "Nguyễn Thị Lan"),
    ("stacked", RECIPIENTS + "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Toàn", STACKED, "Lê Văn Toàn"),
    ("stacked, glued, sentence case", RECIPIENTS + "TM. Ủy ban nhân dân\nKT.Chủ tịch\nPhó Chủ tịch\n\nLê Văn Toàn",
     STACKED, "Lê Văn Toàn"),
    ("stacked in bold over three lines",
     RECIPIENTS + "**TM. ỦY BAN NHÂN DÂN  \nKT.CHỦ TỊCH  \nPHÓ CHỦ TỊCH**\n\n**Lê Văn Toàn**", STACKED, "Lê Văn Toàn"),
    ("stacked cell run together (markitdown)",
     "| **Nơi nhận:** - Sở GDĐT Hà Nội (để b/c); - Lưu: VT. | **TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH** "
     "Lê Văn Toàn |\n| --- | --- |", STACKED, "Lê Văn Toàn"),
    ("TL. and KT. stacked", RECIPIENTS + "TL. GIÁM ĐỐC\nKT.CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nĐặng Quốc Việt",
     ["TL. GIÁM ĐỐC", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"], "Đặng Quốc Việt"),
    ("TM. over two lines", RECIPIENTS + "TM. BAN CHẤP HÀNH\nCÔNG ĐOÀN\nCHỦ TỊCH\n\nNguyễn Thị Hoa",
     ["TM. BAN CHẤP HÀNH CÔNG ĐOÀN", "CHỦ TỊCH"], "Nguyễn Thị Hoa"),
    ("TUQ.", RECIPIENTS + "TUQ. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nPhạm Thị Hoa", ["TUQ. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"],
     "Phạm Thị Hoa"),
    ("Q. glued", RECIPIENTS + "Q.TRƯỞNG PHÒNG\n\nVõ Thành Nhân", ["Q. TRƯỞNG PHÒNG"], "Võ Thành Nhân"),
    ("two columns with tabs",
     "Nơi nhận:\tKT.TRƯỞNG PHÒNG\n- Sở GDĐT Hà Nội (để b/c);\tPHÓ TRƯỞNG PHÒNG\n- Lưu: VT.\n\n\tNguyễn Thị Lan", KT,
     "Nguyễn Thị Lan"),
    ("two columns run together with one space",
     "Nơi nhận: KT.TRƯỞNG PHÒNG\n- Sở GDĐT Hà Nội; PHÓ TRƯỞNG PHÒNG\n- Lưu: VT.\nNguyễn Thị Lan", KT, "Nguyễn Thị Lan"),
    ("PDF text laid out with spaces",
     "Nơi nhận:                                          KT.TRƯỞNG PHÒNG\n"
     "- Sở GDĐT Hà Nội (để b/c);                         PHÓ TRƯỞNG PHÒNG\n- Lưu: VT.\n\n"
     "                                                   Nguyễn Thị Lan", KT, "Nguyễn Thị Lan"),
]  # fmt: skip


def _right_column_lines(page: PageInfo, x_from: float, x_to: float = 10_000) -> list[str]:
    """The text lines of the page printed between x_from and x_to (one column)."""
    chars = [c for c in page.chars if x_from - 1 <= c["x0"] and c["x1"] <= x_to + 1]
    part = PageInfo(page.number, page.width, page.height, "", "", chars, [])
    return [text for _, text in lines_of(part) if text]


def _signature_column_lines(data: bytes, column: str = "right") -> list[str]:
    """The lines of the signature column on the last page: the right column of the closing
    block, or the left or right half when two signatures stand side by side."""
    page = read_pdf(data)[-1]
    width = frame_width()
    if column == "right":
        return _right_column_lines(page, MARGIN_LEFT + width * HEADER_LEFT_SHARE)
    if column == "left half":
        return _right_column_lines(page, MARGIN_LEFT, MARGIN_LEFT + width / 2)
    return _right_column_lines(page, MARGIN_LEFT + width / 2)


def _block(lines: list[str], first: str, last: str | None = None) -> list[str]:
    """The lines from ``first`` on, to ``last`` if given (the signature block in its column)."""
    assert first in lines, lines
    out = lines[lines.index(first) :]
    if last is not None:
        assert last in out, out
        out = out[: out.index(last) + 1]
    return out


def _no_markup(data: bytes) -> list[tuple[int, str]]:
    """Markup seen on any printed page: "*" and "_" (as marks, not a "(*)" note or a blank)."""
    bad = []
    for page in read_pdf(data):
        for m in re.finditer(r".{0,20}(?:\*|_).{0,20}", page.text):
            bad.append((page.number, m.group(0)))
    return bad


@pytest.mark.parametrize(("closing", "title_lines", "name"), [s[1:] for s in SPELLINGS], ids=[s[0] for s in SPELLINGS])
def test_a_spelling_is_read_and_printed_as_decree_30_prints_it(closing, title_lines, name):
    parsed = parse_plan_text(HEAD + closing)
    plan = parsed.plan
    assert len(plan.signatures) == 1
    sig = plan.signature
    assert sig.title_lines() == title_lines
    assert sig.name == name
    # The authority line is kept as its prefix and the head's title, never as a position.
    assert f"{sig.authority} {sig.on_behalf_of}" == title_lines[-2 if len(title_lines) > 1 else -1]
    assert not any("thẩm quyền" in w or "chức vụ" in w or "họ tên" in w for w in parsed.warnings), parsed.warnings
    for value in (*sig.above, sig.authority, sig.on_behalf_of, sig.position, sig.name, *map(str, plan.recipients)):
        assert "*" not in value and "_" not in value
    data = plan_pdf_bytes(plan)
    assert _block(_signature_column_lines(data), title_lines[0]) == [*title_lines, name]
    assert _no_markup(data) == []


def test_stacked_authority_lines_are_stored_above_the_kt_line():
    sig = parse_plan_text(HEAD + RECIPIENTS + "TM. ỦY BAN NHÂN DÂN\nKT.CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Toàn").plan.signature
    assert (sig.above, sig.authority, sig.on_behalf_of, sig.position, sig.name) == (
        ["TM. ỦY BAN NHÂN DÂN"], "KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Toàn",
    )  # fmt: skip
    assert sig.register_text() == "Lê Văn Toàn (TM. ỦY BAN NHÂN DÂN - KT. CHỦ TỊCH - PHÓ CHỦ TỊCH)"


# --- Word ------------------------------------------------------------------------------------


def _word_plan(path: Path, closing) -> Path:
    d = docx.Document()
    for text in HEAD.strip().split("\n"):
        if text.strip():
            d.add_paragraph().add_run(text).bold = text.isupper()
    closing(d)
    d.save(str(path))
    return path


def _cell(cell, lines: list[str]) -> None:
    cell.paragraphs[0].add_run(lines[0]).bold = True
    for text in lines[1:]:
        cell.add_paragraph().add_run(text).bold = bool(text) and not text.startswith("-")


def test_word_closing_table_with_a_glued_authority(tmp_path):
    def closing(d):
        left, right = d.add_table(rows=1, cols=2).rows[0].cells
        _cell(left, ["Nơi nhận:", "- Sở GDĐT Hà Nội; (B/cáo)", "- Lưu: VT."])
        _cell(right, ["KT.TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "", "", "Trần Văn Nam"])

    parsed = import_plan_file(_word_plan(tmp_path / "bang.docx", closing))
    sig = parsed.plan.signature
    assert (sig.authority, sig.on_behalf_of, sig.position, sig.name) == ("KT.", "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Trần Văn Nam")
    assert [(r.name, r.purpose) for r in parsed.plan.recipients] == [("Sở GDĐT Hà Nội", "B/cáo"), ("Lưu: VT", "")]
    data = plan_pdf_bytes(parsed.plan)
    assert _block(_signature_column_lines(data), KT[0]) == [*KT, "Trần Văn Nam"]
    assert _no_markup(data) == []


def test_word_stacked_lines_split_by_manual_line_breaks(tmp_path):
    def closing(d):
        d.add_paragraph().add_run("Nơi nhận:").bold = True
        d.add_paragraph("- Như trên;")
        d.add_paragraph("- Lưu: VT.")
        run = d.add_paragraph().add_run("TM. ỦY BAN NHÂN DÂN")
        run.bold = True
        for text in ("KT.CHỦ TỊCH", "PHÓ CHỦ TỊCH"):
            run.add_break()
            run.add_text(text)
        d.add_paragraph()
        d.add_paragraph().add_run("Lê Văn Toàn").bold = True

    plan = import_plan_file(_word_plan(tmp_path / "ngat-dong.docx", closing)).plan
    assert plan.signature.title_lines() == STACKED
    assert _block(_signature_column_lines(plan_pdf_bytes(plan)), STACKED[0]) == [*STACKED, "Lê Văn Toàn"]


def test_word_with_markdown_marks_pasted_into_it(tmp_path):
    """Text pasted from a Markdown editor into Word keeps its asterisks as characters."""

    def closing(d):
        for text in ("Nơi nhận:", "- Như trên;", "- Lưu: VT.", "**KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG**", "",
                     "**Nguyễn Thị Lan**"):  # fmt: skip
            d.add_paragraph(text)

    plan = import_plan_file(_word_plan(tmp_path / "dan.docx", closing)).plan
    assert (plan.signature.title_lines(), plan.signature.name) == (KT, "Nguyễn Thị Lan")
    data = plan_pdf_bytes(plan)
    assert _block(_signature_column_lines(data), KT[0]) == [*KT, "Nguyễn Thị Lan"]
    assert _no_markup(data) == []


def test_word_table_and_body_with_markdown_typed_in_them(tmp_path):
    def closing(d):
        d.add_paragraph("**Lưu ý:** các trường gửi báo cáo trước ngày 20/12/2025.")
        left, right = d.add_table(rows=1, cols=2).rows[0].cells
        _cell(left, ["***Nơi nhận:***", "- Như trên;", "- Lưu: VT."])
        right.paragraphs[0].add_run("**KT. TRƯỞNG PHÒNG")
        for text in ("PHÓ TRƯỞNG PHÒNG**", "", "__Nguyễn Thị Lan__"):
            right.add_paragraph(text)

    plan = import_plan_file(_word_plan(tmp_path / "o-bang.docx", closing)).plan
    assert (plan.signature.title_lines(), plan.signature.name) == (KT, "Nguyễn Thị Lan")
    note = next(p for _, p in plan.iter_blocks() if isinstance(p, Paragraph) and p.text.startswith("Lưu ý"))
    assert note.runs[0].text == "Lưu ý:" and note.runs[0].bold
    data = plan_pdf_bytes(plan)
    assert _block(_signature_column_lines(data), KT[0]) == [*KT, "Nguyễn Thị Lan"]
    assert _no_markup(data) == []


def test_word_joint_plan_two_signatures_in_a_table(tmp_path):
    def closing(d):
        left, right = d.add_table(rows=1, cols=2).rows[0].cells
        _cell(left, ["TM. BCH CÔNG ĐOÀN", "CHỦ TỊCH", "", "Nguyễn Thị Hoa"])
        _cell(right, ["KT.HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "", "Lê Thị Mai"])
        d.add_paragraph().add_run("Nơi nhận:").bold = True
        d.add_paragraph("- Phòng GD&ĐT;(để b/c)")
        d.add_paragraph("- Lưu: VT.")

    parsed = import_plan_file(_word_plan(tmp_path / "lien-tich.docx", closing))
    left, right = parsed.plan.signatures
    assert (left.title_lines(), left.name) == (["TM. BCH CÔNG ĐOÀN", "CHỦ TỊCH"], "Nguyễn Thị Hoa")
    assert (right.title_lines(), right.name) == (["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"], "Lê Thị Mai")
    assert [r.printed() for r in parsed.plan.recipients] == ["Phòng GD&ĐT (để b/c)", "Lưu: VT"]
    data = plan_pdf_bytes(parsed.plan)
    assert _block(_signature_column_lines(data, "left half"), "TM. BCH CÔNG ĐOÀN", "Nguyễn Thị Hoa") == [
        "TM. BCH CÔNG ĐOÀN", "CHỦ TỊCH", "Nguyễn Thị Hoa",
    ]  # fmt: skip
    assert _block(_signature_column_lines(data, "right half"), "KT. HIỆU TRƯỞNG") == [
        "KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "Lê Thị Mai",
    ]  # fmt: skip


def test_two_signatures_read_one_after_the_other():
    """A converter that lists a two-cell table cell by cell: the left signature, then the right."""
    closing = RECIPIENTS + "TM. BCH CÔNG ĐOÀN\nCHỦ TỊCH\n\nNguyễn Thị Hoa\n\nKT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\n\nLê Thị Mai"
    parsed = parse_plan_text(HEAD + closing)
    left, right = parsed.plan.signatures
    assert (left.title_lines(), left.name) == (["TM. BCH CÔNG ĐOÀN", "CHỦ TỊCH"], "Nguyễn Thị Hoa")
    assert (right.above, right.title_lines(), right.name) == ([], ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"], "Lê Thị Mai")
    assert not any("họ tên" in w for w in parsed.warnings)


# --- the fixture plans ---------------------------------------------------------------------------


def test_markdown_plan_stacked_in_bold_across_hard_breaks():
    parsed = import_plan_file(SIGNATURES / "ke_hoach_ubnd_xa_stacked_2025.md")
    sig = parsed.plan.signature
    assert (sig.above, sig.authority, sig.on_behalf_of, sig.position, sig.name) == (
        ["TM. ỦY BAN NHÂN DÂN"], "KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Thu Trang",
    )  # fmt: skip
    assert [r.printed() for r in parsed.plan.recipients] == [
        "Phòng Văn hóa - Xã hội (B/cáo)", "Thường trực Đảng ủy xã (để b/c)", "Các trường MN, TH, THCS", "Lưu: VT",
    ]  # fmt: skip
    data = plan_pdf_bytes(parsed.plan)
    assert _block(_signature_column_lines(data), STACKED[0]) == [*STACKED, "Nguyễn Thị Thu Trang"]


def test_text_plan_with_sentence_case_glued_authority_and_tabs():
    parsed = import_plan_file(SIGNATURES / "ke_hoach_truong_kt_glued_2025.txt")
    sig = parsed.plan.signature
    assert (sig.title_lines(), sig.name) == (["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"], "Phạm Văn Hùng")
    assert [r.printed() for r in parsed.plan.recipients] == ["Phòng GD&ĐT (B/cáo)", "Các tổ chuyên môn", "Lưu: VT"]


def test_text_joint_plan_keeps_both_signers_left_first():
    parsed = import_plan_file(SIGNATURES / "ke_hoach_lien_tich_2025.txt")
    left, right = parsed.plan.signatures
    assert (left.authority, left.on_behalf_of, left.position, left.name) == (
        "TM.", "BAN CHẤP HÀNH ĐOÀN TRƯỜNG", "BÍ THƯ", "Trần Minh Đức",
    )  # fmt: skip
    assert (right.authority, right.on_behalf_of, right.position, right.name) == (
        "KT.", "HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "Vũ Thị Hạnh",
    )  # fmt: skip
    assert parsed.plan.signature is right
    data = plan_pdf_bytes(parsed.plan)
    assert _block(_signature_column_lines(data, "right half"), "KT. HIỆU TRƯỞNG") == [
        "KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "Vũ Thị Hạnh",
    ]  # fmt: skip
    # "TM. BAN CHẤP HÀNH ĐOÀN TRƯỜNG" is wider than half the page: the layout wraps it.
    assert _block(_signature_column_lines(data, "left half"), "BÍ THƯ", "Trần Minh Đức") == ["BÍ THƯ", "Trần Minh Đức"]


def _corpus() -> list[Path]:
    files = sorted((DATA / "samples").glob("*")) + sorted((DATA / "plans").rglob("*"))
    return [p for p in files if p.suffix in (".txt", ".md", ".docx")]


@pytest.mark.parametrize("path", _corpus(), ids=lambda p: p.name)
def test_no_markup_on_any_printed_page_of_the_corpus(path):
    plan = import_plan_file(path).plan
    for page in read_pdf(plan_pdf_bytes(plan)):
        assert "*" not in page.text and "__" not in page.text, (page.number, page.text)


# --- a name with no title above it ---------------------------------------------------------------


def test_a_name_under_seal_fragments_only_is_marked_for_the_profile():
    parsed = parse_plan_text(HEAD + RECIPIENTS + "G\nD T\nĐÀO\n\nNguyễn Thị Hương")
    sig = parsed.plan.signature
    assert (sig.above, sig.authority, sig.on_behalf_of, sig.position, sig.name) == ([], "", "", "", "Nguyễn Thị Hương")
    assert signature_needs_profile(sig)
    warning = (
        "Không tìm thấy chức vụ của người ký «Nguyễn Thị Hương» (dòng chữ in hoa phía trên họ tên): "
        "hãy lấy chức vụ theo người ký trong hồ sơ đơn vị hoặc nhập chức vụ người ký."
    )
    assert needs_profile_warning(sig) == warning
    assert warning in parsed.warnings


def test_the_sample_signed_under_its_seal_needs_the_profile():
    parsed = import_plan_file(DATA / "samples" / "plan_namtuliem_2022.txt")
    assert signature_needs_profile(parsed.plan.signature)
    assert needs_profile_warning(parsed.plan.signature) in parsed.warnings


@pytest.mark.parametrize(
    ("signer", "needs"),
    [
        (Signer(name="Nguyễn Văn An"), True),
        (Signer(name="  "), False),
        (Signer(position="TRƯỞNG PHÒNG", name="Nguyễn Văn An"), False),
        (Signer(authority="KT.", on_behalf_of="TRƯỞNG PHÒNG", name="Nguyễn Văn An"), False),
        (Signer(above=["TM. ỦY BAN NHÂN DÂN"], name="Nguyễn Văn An"), False),
    ],
)
def test_signature_needs_profile(signer, needs):
    assert signature_needs_profile(signer) is needs


# --- recipients with a purpose typed after a semicolon --------------------------------------------


@pytest.mark.parametrize(
    ("typed", "recipient", "printed"),
    [
        ("- Sở GD&ĐT; (B/cáo)", ("Sở GD&ĐT", "B/cáo"), "- Sở GD&ĐT (B/cáo);"),
        ("- UBND quận;(để b/c)", ("UBND quận", "để b/c"), "- UBND quận (để b/c);"),
        ("- UBND quận; để báo cáo;", ("UBND quận", "để báo cáo"), "- UBND quận (để báo cáo);"),
        ("- Sở GDĐT (để b/c);;", ("Sở GDĐT", "để b/c"), "- Sở GDĐT (để b/c);"),
        ("- Sở GD&ĐT;\n(B/cáo);", ("Sở GD&ĐT", "B/cáo"), "- Sở GD&ĐT (B/cáo);"),
        ("- Đ/c Hiệu trưởng; (đ/b)", ("Đ/c Hiệu trưởng", "đ/b"), "- Đ/c Hiệu trưởng (đ/b);"),
        ("- Các trường (t/h);", ("Các trường", "t/h"), "- Các trường (t/h);"),
        ("- **Sở GD&ĐT**; (B/cáo)", ("Sở GD&ĐT", "B/cáo"), "- Sở GD&ĐT (B/cáo);"),
    ],
)
def test_recipient_purpose_after_a_semicolon(typed, recipient, printed):
    plan = parse_plan_text(HEAD + "Nơi nhận:\n" + typed + "\n- Lưu: VT.\n\nTRƯỞNG PHÒNG\n\nNguyễn Văn An").plan
    first = plan.recipients[0]
    assert ((first.name, first.purpose), len(plan.recipients)) == (recipient, 2)
    text = "\n".join(page.text for page in read_pdf(plan_pdf_bytes(plan)))
    assert printed in text
    assert ";;" not in text and "; (" not in text

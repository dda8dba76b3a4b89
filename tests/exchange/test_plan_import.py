"""Importing plan files: .txt / .md in any encoding, .docx built here with python-docx, and the
files that must be refused with a message the clerk understands."""

from __future__ import annotations

import unicodedata
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from thiduadesk.domain import legacy_text
from thiduadesk.domain.plan import DocDate, Recipient, Section
from thiduadesk.domain.plan_text import plan_to_summary
from thiduadesk.exchange.plan_import import PlanImportError, import_plan_file

DATA = Path(__file__).resolve().parents[1] / "data"
SAMPLES = DATA / "samples"
PLANS = DATA / "plans"



def sections(blocks):
    return [b for b in blocks if isinstance(b, Section)]


# --- text files --------------------------------------------------------------------------------


def test_samples_import():
    ntl = import_plan_file(SAMPLES / "plan_namtuliem_2022.txt")
    summary = plan_to_summary(ntl.plan)
    assert (summary["number"], summary["symbol"], summary["date"]) == (6, "KH-PGDĐT", "2022-01-05")
    assert summary["headings"] == ["I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN"]
    assert summary["signature"] == {"authority": None, "position": None, "name": "Nguyễn Thị Hương"}
    assert len(ntl.plan.timetable.rows) == 9
    sadec = import_plan_file(SAMPLES / "plan_sadec_2022.txt")
    assert (sadec.plan.number, sadec.plan.symbol, sadec.plan.date) == (None, "", DocDate(None, 2, 2022))
    assert sadec.plan.signature.position == "TRƯỞNG PHÒNG"


def test_markdown_file_imports():
    parsed = import_plan_file(PLANS / "ke_hoach_cau_giay_2023.md")
    assert plan_to_summary(parsed.plan)["signature"] == {
        "authority": "KT.", "position": "PHÓ TRƯỞNG PHÒNG", "name": "Lê Thị Mai Anh",
    }  # fmt: skip
    assert parsed.plan.timetable.as_appendix


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_legacy_text_files_import_like_unicode(tmp_path, encoding):
    for name in ("ke_hoach_dot_thi_dua_20_11_ben_tre.txt", "plan_sadec_2022.txt"):
        source = (PLANS / name) if (PLANS / name).exists() else (SAMPLES / name)
        text = source.read_text(encoding="utf-8")
        if encoding == "tcvn3":
            # TCVN3 has no “ ” – characters; an old file would hold plain quotes and hyphens.
            text = text.replace("“", '"').replace("”", '"').replace("–", "-")
            legacy = legacy_text.unicode_to_tcvn3(text)
        else:
            legacy = legacy_text.unicode_to_vni(text)
        path = tmp_path / f"{encoding}-{name}"
        path.write_bytes(legacy.encode("cp1252"))
        unicode_path = tmp_path / f"unicode-{name}"
        unicode_path.write_text(text, encoding="utf-8")
        parsed = import_plan_file(path)
        assert parsed.legacy_encoding == encoding
        assert any(("TCVN3" if encoding == "tcvn3" else "VNI") in w for w in parsed.warnings)
        got, want = plan_to_summary(parsed.plan), plan_to_summary(import_plan_file(unicode_path).plan)
        assert (got["headings"], got["signature"], got["recipients"]) == (
            want["headings"], want["signature"], want["recipients"],
        )  # fmt: skip
        if encoding == "tcvn3":
            # TCVN3 has no code for a capital with a tone: "Ủy ban" comes back as "ủy ban".
            assert repr(got).lower() == repr(want).lower()
        else:
            assert got == want


def test_nfd_and_utf16_files(tmp_path):
    text = (SAMPLES / "plan_sadec_2022.txt").read_text(encoding="utf-8")
    nfd = tmp_path / "nfd.txt"
    nfd.write_bytes(unicodedata.normalize("NFD", text).encode("utf-8"))
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes(text.encode("utf-16"))
    for path in (nfd, utf16):
        parsed = import_plan_file(path)
        plan = parsed.plan
        assert plan.title == "Phát động phong trào thi đua yêu nước năm 2022"
        assert plan.headings()[0] == "I. MỤC ĐÍCH, YÊU CẦU"
        assert plan.signature.name == "Nguyễn Công Hiếu"
        assert unicodedata.is_normalized("NFC", plan.bases[0])
    assert any("NFC" in w for w in import_plan_file(nfd).warnings)


# --- refused files -----------------------------------------------------------------------------


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "ke-hoach.txt"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(PlanImportError, match="không phải là tệp văn bản"):
        import_plan_file(path)


@pytest.mark.parametrize("name", ["ke-hoach.pdf", "ke-hoach.doc", "ke-hoach.odt", "ke-hoach"])
def test_unsupported_formats(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.4 whatever")
    with pytest.raises(PlanImportError, match="^Định dạng tệp không được hỗ trợ") as info:
        import_plan_file(path)
    assert name in info.value.message


def test_missing_empty_and_directory(tmp_path):
    with pytest.raises(PlanImportError, match="khong-co.txt"):
        import_plan_file(tmp_path / "khong-co.txt")
    empty = tmp_path / "rong.md"
    empty.write_bytes(b"")
    with pytest.raises(PlanImportError, match="rỗng"):
        import_plan_file(empty)
    folder = tmp_path / "thu-muc.txt"
    folder.mkdir()
    with pytest.raises(PlanImportError, match="thư mục"):
        import_plan_file(folder)


def test_text_without_a_plan_is_refused(tmp_path):
    path = tmp_path / "trang.txt"
    path.write_text("\n\n   \n", encoding="utf-8")
    with pytest.raises(PlanImportError, match="không có nội dung"):
        import_plan_file(path)


@pytest.mark.parametrize(
    "content",
    [
        b"PK\x03\x04 not really a zip" + bytes(200),  # truncated zip
        bytes(range(256)) * 8,  # noise
        "Chỉ là văn bản, không phải tệp Word.".encode(),  # text named .docx
    ],
)
def test_corrupt_docx_is_refused(tmp_path, content):
    path = tmp_path / "hong.docx"
    path.write_bytes(content)
    with pytest.raises(PlanImportError, match="không đọc được như tài liệu Word"):
        import_plan_file(path)


def test_zip_that_is_not_a_word_document_is_refused(tmp_path):
    path = tmp_path / "nen.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "xin chào")
    with pytest.raises(PlanImportError, match="không đọc được như tài liệu Word"):
        import_plan_file(path)


def test_docx_saved_as_txt_gets_a_hint(tmp_path):
    real = tmp_path / "that.docx"
    docx.Document().save(real)
    fake = tmp_path / "gia.txt"
    fake.write_bytes(real.read_bytes())
    with pytest.raises(PlanImportError, match=r"\.docx"):
        import_plan_file(fake)


# --- Word documents ----------------------------------------------------------------------------


def _bold(paragraph, text, **fmt):
    run = paragraph.add_run(text)
    run.bold = True
    for k, v in fmt.items():
        setattr(run.font, k, v)
    return run


def _hyperlink(paragraph, text):
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:history"), "1")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    link.append(r)
    paragraph._p.append(link)


def build_plan_docx(path: Path) -> None:
    """A Word plan as offices make them: borderless header table, bold headings typed by hand,
    Word's automatic numbering for sub-headings and bullets, a basis partly in .VnTime (TCVN3),
    a heading in .VnTimeH, a closing table (Nơi nhận | KT. signature) and an appendix timetable
    with merged group rows."""
    d = docx.Document()
    header = d.add_table(rows=2, cols=2)
    header.cell(0, 0).paragraphs[0].add_run("UBND HUYỆN THANH TRÌ")
    _bold(header.cell(0, 0).add_paragraph(), "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO")
    _bold(header.cell(0, 1).paragraphs[0], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    _bold(header.cell(0, 1).add_paragraph(), "Độc lập - Tự do - Hạnh phúc")
    header.cell(1, 0).paragraphs[0].add_run("Số: 15/KH-PGDĐT")
    header.cell(1, 1).paragraphs[0].add_run("Thanh Trì, ngày 12 tháng 9 năm 2023").italic = True
    d.add_paragraph()
    _bold(d.add_paragraph(), "KẾ HOẠCH")
    _bold(d.add_paragraph(), "Công tác thi đua, khen thưởng năm học 2023 - 2024")
    d.add_paragraph("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022;")
    basis = d.add_paragraph("Căn cứ Kế hoạch số 210/KH-UBND ngày 05/9/2023 của UBND huyện; ")
    legacy = basis.add_run(legacy_text.unicode_to_tcvn3("Phòng Giáo dục và Đào tạo xây dựng kế hoạch như sau:"))
    legacy.font.name = ".VnTime"
    _bold(d.add_paragraph(), "I. MỤC ĐÍCH, YÊU CẦU")
    _bold(d.add_paragraph(style="List Number"), "Mục đích")
    d.add_paragraph("Đẩy mạnh phong trào thi đua trong toàn ngành.", style="List Bullet")
    p = d.add_paragraph("Tham khảo hướng dẫn tại ", style="List Bullet")
    _hyperlink(p, "trang thông tin điện tử của Phòng")
    p.add_run(".")
    hidden = p.add_run(" (ghi chú ẩn của người soạn)")
    hidden.font.hidden = True
    _bold(d.add_paragraph(style="List Number"), "Yêu cầu")
    d.add_paragraph("Thi đua thiết thực, hiệu quả, tránh hình thức.", style="List Bullet")
    _bold(d.add_paragraph(), "II. ")
    caps = d.paragraphs[-1].add_run(legacy_text.unicode_to_tcvn3("tổ chức thực hiện", upper=True))
    caps.bold = True
    caps.font.name = ".VnTimeH"
    p = d.add_paragraph()
    p.add_run("Các trường gửi kế hoạch về Phòng trước ngày ")
    _bold(p, "30/9/2023")
    p.add_run("./.")
    closing = d.add_table(rows=1, cols=2)
    left, right = closing.cell(0, 0), closing.cell(0, 1)
    nn = left.paragraphs[0].add_run("Nơi nhận:")
    nn.bold = nn.italic = True
    left.add_paragraph("- UBND huyện (để báo cáo);")
    left.add_paragraph("- Các trường MN, TH, THCS;")
    left.add_paragraph("- Lưu: VT.")
    _bold(right.paragraphs[0], "KT. TRƯỞNG PHÒNG")
    _bold(right.add_paragraph(), "PHÓ TRƯỞNG PHÒNG")
    right.add_paragraph()
    _bold(right.add_paragraph(), "Trần Văn Bình")
    d.add_page_break()
    _bold(d.add_paragraph(), "PHỤ LỤC")
    _bold(d.add_paragraph(), "tiến độ thực hiện năm học 2023 - 2024", all_caps=True)
    d.add_paragraph().add_run(
        "(Kèm theo Kế hoạch số 15/KH-PGDĐT ngày 12/9/2023 của Phòng GDĐT)"
    ).italic = True
    tt = d.add_table(rows=6, cols=5)
    for i, h in enumerate(["TT", "Nội dung", "Đơn vị hướng dẫn", "Đơn vị thực hiện", "Thời gian"]):
        tt.cell(0, i).text = h
    tt.cell(1, 0).merge(tt.cell(1, 4)).text = "Học kỳ I"
    for i, v in enumerate(["1", "Nhận bản đăng ký thi đua", "Phòng GDĐT", "Các trường", "Trước ngày 30/9"]):
        tt.cell(2, i).text = v
    for i, v in enumerate(["2", "Sơ kết học kỳ I", "Phòng GDĐT", "Các trường", "Tháng 01"]):
        tt.cell(3, i).text = v
    tt.cell(4, 0).merge(tt.cell(4, 4)).text = "Học kỳ II"
    for i, v in enumerate(["3", "Tổng kết năm học", "Phòng GDĐT", "Các trường", "Tháng 5/2024"]):
        tt.cell(5, i).text = v
    d.add_paragraph("(Thời gian có thể điều chỉnh theo chỉ đạo của cấp trên)")
    d.save(path)


@pytest.fixture(scope="module")
def word_plan(tmp_path_factory):
    path = tmp_path_factory.mktemp("docx") / "ke-hoach.docx"
    build_plan_docx(path)
    return import_plan_file(path)


def test_docx_header_table(word_plan):
    plan = word_plan.plan
    assert (plan.governing_body, plan.office_name) == ("UBND HUYỆN THANH TRÌ", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO")
    assert (plan.number, plan.symbol, plan.place, plan.date) == (
        15,
        "KH-PGDĐT",
        "Thanh Trì",
        DocDate(12, 9, 2023),
    )
    assert plan.title == "Công tác thi đua, khen thưởng năm học 2023 - 2024"


def test_docx_vntime_run_is_converted(word_plan):
    assert word_plan.plan.bases == [
        "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022;",
        "Căn cứ Kế hoạch số 210/KH-UBND ngày 05/9/2023 của UBND huyện; Phòng Giáo dục và Đào tạo xây dựng kế "
        "hoạch như sau:",
    ]
    assert any(".VnTime" in w and "TCVN3" in w for w in word_plan.warnings)


def test_docx_body_with_word_numbering(word_plan):
    plan = word_plan.plan
    assert plan.headings() == ["I. MỤC ĐÍCH, YÊU CẦU", "II. TỔ CHỨC THỰC HIỆN"]
    one, two = sections(plan.body)
    goal, req = sections(one.children)
    assert (goal.heading, req.heading) == ("1. Mục đích", "2. Yêu cầu")
    assert [p.printed_text() for p in goal.children] == [
        "• Đẩy mạnh phong trào thi đua trong toàn ngành.",
        "• Tham khảo hướng dẫn tại trang thông tin điện tử của Phòng.",  # hyperlink kept, hidden text not
    ]
    assert [p.printed_text() for p in req.children] == ["• Thi đua thiết thực, hiệu quả, tránh hình thức."]
    last = two.children[0]
    assert last.text == "Các trường gửi kế hoạch về Phòng trước ngày 30/9/2023./."
    assert [r.text for r in last.runs if r.bold] == ["30/9/2023"]


def test_docx_closing_table(word_plan):
    plan = word_plan.plan
    assert plan.recipients == [
        Recipient("UBND huyện", "để báo cáo"),
        Recipient("Các trường MN, TH, THCS"),
        Recipient("Lưu: VT"),
    ]
    sig = plan.signature
    assert (sig.authority, sig.on_behalf_of, sig.position, sig.name) == (
        "KT.", "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Trần Văn Bình",
    )  # fmt: skip


def test_docx_appendix_timetable(word_plan):
    tt = word_plan.plan.timetable
    assert tt is not None and tt.as_appendix
    assert tt.title == "TIẾN ĐỘ THỰC HIỆN NĂM HỌC 2023 - 2024"  # all-caps formatting applied
    assert tt.headers == ["TT", "Nội dung", "Đơn vị hướng dẫn", "Đơn vị thực hiện", "Thời gian"]
    assert [(r.group, r.content, r.guide, r.executors, r.due, r.due_iso) for r in tt.rows] == [
        ("Học kỳ I", "Nhận bản đăng ký thi đua", "Phòng GDĐT", "Các trường", "Trước ngày 30/9", "2023-09-30"),
        ("Học kỳ I", "Sơ kết học kỳ I", "Phòng GDĐT", "Các trường", "Tháng 01", "2024-01"),
        ("Học kỳ II", "Tổng kết năm học", "Phòng GDĐT", "Các trường", "Tháng 5/2024", "2024-05"),
    ]
    assert tt.note == "(Thời gian có thể điều chỉnh theo chỉ đạo của cấp trên)"


def test_docx_timetable_in_the_body_and_line_breaks(tmp_path):
    d = docx.Document()
    d.add_paragraph("Số: 03/KH-PGDĐT")
    d.add_paragraph("Vĩnh Yên, ngày 02 tháng 11 năm 2023")
    p = d.add_paragraph()
    _bold(p, "KẾ HOẠCH")
    p.runs[0].add_break()
    _bold(p, "Hội giảng chào mừng ngày 20/11")
    d.add_paragraph("Thực hiện chỉ đạo của Sở Giáo dục và Đào tạo, Phòng xây dựng kế hoạch như sau:")
    d.add_paragraph("Nội dung và thời gian", style="Heading 1")
    table = d.add_table(rows=3, cols=4)
    for r, values in enumerate(
        [["STT", "Nội dung công việc", "Đơn vị thực hiện", "Thời hạn"],
         ["1", "Đăng ký tiết dạy", "Các trường", "Trước ngày 05/11/2023"],
         ["2", "Hội giảng", "Tổ chuyên môn", "Từ 06/11 đến 17/11/2023"]]
    ):  # fmt: skip
        for c, v in enumerate(values):
            table.cell(r, c).text = v
    d.add_paragraph("Các trường thực hiện nghiêm túc./.")
    d.add_paragraph("Nơi nhận:")
    d.add_paragraph("- Lưu: VT.")
    d.add_paragraph("TRƯỞNG PHÒNG")
    d.add_paragraph("Phạm Minh Tuấn")
    path = tmp_path / "hoi-giang.docx"
    d.save(path)
    plan = import_plan_file(path).plan
    assert (plan.title, plan.number, plan.place) == ("Hội giảng chào mừng ngày 20/11", 3, "Vĩnh Yên")
    assert [(s.label, s.title) for s in sections(plan.body)] == [("", "Nội dung và thời gian")]
    tt = plan.timetable
    assert tt is not None and not tt.as_appendix
    assert [(r.content, r.executors, r.due_iso) for r in tt.rows] == [
        ("Đăng ký tiết dạy", "Các trường", "2023-11-05"),
        ("Hội giảng", "Tổ chuyên môn", "2023-11-17"),
    ]
    assert (plan.signature.position, plan.signature.name) == ("TRƯỞNG PHÒNG", "Phạm Minh Tuấn")


def test_docx_nfd_text_is_normalised(tmp_path):
    d = docx.Document()
    for line in ["KẾ HOẠCH", "Thi đua năm 2024", "I. MỤC TIÊU", "- Nâng cao chất lượng giáo dục."]:
        d.add_paragraph(unicodedata.normalize("NFD", line))
    path = tmp_path / "nfd.docx"
    d.save(path)
    parsed = import_plan_file(path)
    assert parsed.plan.title == "Thi đua năm 2024"
    assert parsed.plan.headings() == ["I. MỤC TIÊU"]
    assert any("NFC" in w for w in parsed.warnings)


def _add_multilevel_list(document) -> str:
    """A Word multi-level list I. / 1. / a) (abstractNum 90, num 90); returns its numId."""
    from docx.oxml import parse_xml

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    levels = [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)")]
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    numbering = document.part.numbering_part.element
    abstract = parse_xml(f'<w:abstractNum xmlns:w="{w}" w:abstractNumId="90">{lvls}</w:abstractNum>')
    num = parse_xml(f'<w:num xmlns:w="{w}" w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(num)
    return "90"


def _numbered(document, text, num_id, level, bold=True):
    p = document.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl, nid = OxmlElement("w:ilvl"), OxmlElement("w:numId")
    ilvl.set(qn("w:val"), str(level))
    nid.set(qn("w:val"), num_id)
    numpr.append(ilvl)
    numpr.append(nid)
    ppr.append(numpr)
    return p


def test_docx_word_multilevel_numbering_builds_the_tree(tmp_path):
    d = docx.Document()
    num = _add_multilevel_list(d)
    _bold(d.add_paragraph(), "KẾ HOẠCH")
    _bold(d.add_paragraph(), "Tổ chức Hội khỏe Phù Đổng cấp huyện")
    _numbered(d, "MỤC ĐÍCH", num, 0)
    _numbered(d, "Đối với học sinh", num, 1)
    _numbered(d, "Rèn luyện thể chất", num, 2, bold=False)
    d.add_paragraph("Học sinh tham gia tập luyện thường xuyên.")
    _numbered(d, "Phát hiện năng khiếu", num, 2, bold=False)
    d.add_paragraph("Chọn học sinh năng khiếu bồi dưỡng.")
    _numbered(d, "Đối với nhà trường", num, 1)
    d.add_paragraph("Bố trí sân bãi, dụng cụ.")
    _numbered(d, "TỔ CHỨC THỰC HIỆN", num, 0)
    d.add_paragraph("Các trường đăng ký vận động viên trước ngày 10/12/2023.")
    path = tmp_path / "hkpd.docx"
    d.save(path)
    plan = import_plan_file(path).plan
    assert plan.headings() == ["I. MỤC ĐÍCH", "II. TỔ CHỨC THỰC HIỆN"]
    one = sections(plan.body)[0]
    students, school = sections(one.children)
    assert (students.heading, school.heading) == ("1. Đối với học sinh", "2. Đối với nhà trường")
    assert [s.heading for s in sections(students.children)] == [
        "a) Rèn luyện thể chất",
        "b) Phát hiện năng khiếu",
    ]
    assert [p.text for p in sections(students.children)[1].children] == [
        "Chọn học sinh năng khiếu bồi dưỡng."
    ]

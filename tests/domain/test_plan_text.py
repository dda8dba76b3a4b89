"""Reading plans from text: the two real samples, three plans of other shapes written for these
tests (tests/data/plans/), and the recognisers one by one. Expected values are written by hand
from reading the sources."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from thiduadesk.domain import legacy_text
from thiduadesk.domain.plan import (
    ALPHA,
    ARABIC,
    DECIMAL,
    ROMAN,
    DocDate,
    Paragraph,
    Plan,
    Recipient,
    Run,
    Section,
)
from thiduadesk.domain.plan_text import Line, parse_due, parse_plan_lines, parse_plan_text, plan_to_summary

DATA = Path(__file__).resolve().parents[1] / "data"
SAMPLES = DATA / "samples"
PLANS = DATA / "plans"



def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def parse_file(path: Path):
    return parse_plan_text(read(path))


@pytest.fixture(scope="module")
def ntl():
    return parse_file(SAMPLES / "plan_namtuliem_2022.txt")


@pytest.fixture(scope="module")
def sadec():
    return parse_file(SAMPLES / "plan_sadec_2022.txt")


@pytest.fixture(scope="module")
def caugiay():
    return parse_file(PLANS / "ke_hoach_cau_giay_2023.md")


@pytest.fixture(scope="module")
def bentre():
    return parse_file(PLANS / "ke_hoach_dot_thi_dua_20_11_ben_tre.txt")


@pytest.fixture(scope="module")
def daton():
    return parse_file(PLANS / "ke_hoach_thcs_da_ton_pdf.txt")


# --- helpers: "every paragraph of the source is in the plan" -----------------------------------


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _strip_md(line: str) -> str:
    line = re.sub(r"^\s{0,3}#{1,6}\s+", "", line)
    return line.replace("***", "").replace("**", "").replace("*", "")


def flattened(plan: Plan) -> str:
    """Everything the plan holds as text, in reading order, one piece per line."""
    parts = [plan.title, *plan.bases]
    for _, block in plan.iter_blocks():
        parts.append(block.heading if isinstance(block, Section) else block.printed_text())
    tt = plan.timetable
    if tt is not None:
        parts += [tt.title, *tt.headers]
        group = None
        for row in tt.rows:
            if row.group != group:
                group = row.group
                parts.append(group)
            parts += [row.content, row.guide, row.executors, row.due]
        parts.append(tt.note)
    return "\n".join(_norm(p) for p in parts if p)


def source_needles(text: str, *, skip_tail=True) -> list[str]:
    """The source's body text as needles: every non-empty line after the document type line
    (markdown stripped, NFC, white space collapsed), every table cell; without the closing block
    (from "Nơi nhận" to "PHỤ LỤC"), the appendix label and its "(Kèm theo …)" line, page numbers,
    table separator rows and row numbers."""
    lines = text.splitlines()
    start = next(i for i, ln in enumerate(lines) if _norm(_strip_md(ln)) == "KẾ HOẠCH") + 1
    needles: list[str] = []
    in_tail = False
    for raw in lines[start:]:
        plain = _norm(_strip_md(raw))
        if not plain:
            continue
        if plain.startswith("Nơi nhận"):
            in_tail = skip_tail
            continue
        if plain.startswith("PHỤ LỤC"):
            in_tail = False
            continue
        if in_tail or plain.startswith("(Kèm theo") or re.fullmatch(r"[-\s]*\d{1,3}[-\s]*", plain):
            continue
        if raw.count("\t") >= 2 or raw.strip().startswith("|"):
            if re.fullmatch(r"[|:\-\s]+", raw.strip()):
                continue
            cells = raw.strip().strip("|").split("|") if raw.strip().startswith("|") else raw.split("\t")
            needles += [
                c for c in (_norm(_strip_md(c)) for c in cells) if c and not re.fullmatch(r"\d{1,3}\.?", c)
            ]
            continue
        needles.append(plain)
    return needles


def missing_in_order(needles: list[str], haystack: str) -> list[str]:
    missing, pos = [], 0
    for needle in needles:
        found = haystack.find(needle, pos)
        if found < 0:
            missing.append(needle)
        else:
            pos = found + len(needle)
    return missing


def sections(blocks) -> list[Section]:
    return [b for b in blocks if isinstance(b, Section)]


def paragraphs(blocks) -> list[Paragraph]:
    return [b for b in blocks if isinstance(b, Paragraph)]


# --- Nam Từ Liêm 2022 (text extracted from Word: no header table, seal debris, appendix) -------


def test_ntl_header(ntl):
    plan = ntl.plan
    assert (plan.doc_type, plan.number, plan.symbol) == ("KH", 6, "KH-PGDĐT")
    assert plan.place == "Nam Từ Liêm"
    assert plan.date == DocDate(5, 1, 2022)
    assert plan.year == 2022
    assert plan.title == "Công tác Thi đua - Khen thưởng Ngành Giáo dục và Đào tạo năm 2022"
    assert (plan.governing_body, plan.office_name) == ("", "")


def test_ntl_bases_are_the_whole_opening_paragraph(ntl):
    bases = ntl.plan.bases
    assert len(bases) == 1
    assert bases[0].startswith("Thực hiện Kế hoạch số 4340/KH-SGDĐT ngày 22/12/2021 về công tác thi đua")
    assert bases[0].endswith(
        "xây dựng kế hoạch công tác thi đua, khen thưởng năm 2022, với các nội dung sau:"
    )


def test_ntl_headings_and_tree(ntl):
    plan = ntl.plan
    assert plan.headings() == ["I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN"]
    one, two, three = sections(plan.body)
    assert [s.style for s in (one, two, three)] == [ROMAN] * 3
    assert [s.heading for s in sections(one.children)] == ["1. Mục đích", "2. Yêu cầu"]
    assert [s.label for s in sections(two.children)] == ["1.", "2.", "3."]
    assert sections(two.children)[0].title == (
        "Phát động và tổ chức các phong trào thi đua thực hiện thắng lợi nhiệm vụ năm 2022 (năm học 2021 - 2022)"
    )
    assert all(s.style == ARABIC for s in sections(two.children))
    # Mục đích: two "- " paragraphs; Yêu cầu: four.
    assert [p.marker for p in sections(one.children)[0].children] == ["-", "-"]
    assert len(sections(one.children)[1].children) == 4
    # III has no numbered sub-sections: a paragraph, a "- " paragraph, a paragraph.
    assert [p.marker for p in three.children] == ["", "-", ""]
    assert three.children[0].text.startswith("Các nhà trường xây dựng và triển khai Kế hoạch")


def test_ntl_paragraph_split_by_a_page_break_is_joined(ntl):
    first = sections(sections(ntl.plan.body)[1].children)[0]
    texts = [p.text for p in paragraphs(first.children)]
    joined = [t for t in texts if "với mục tiêu, nội dung, tiêu chí cụ thể;" in t]
    assert len(joined) == 1 and joined[0].startswith("Toàn Ngành tiếp tục duy trì hiệu quả")
    assert not any(t.startswith("nội dung, tiêu chí") for t in texts)
    # The same inside the "+" list ("…đoàn kết xây" / "dựng đời sống văn hóa…").
    assert any("phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”" in t for t in texts)


def test_ntl_runs_keep_italic_and_bold(ntl):
    first = sections(sections(ntl.plan.body)[1].children)[0]
    plus = [p for p in paragraphs(first.children) if p.marker == "+"]
    assert len(plus) == 11
    assert plus[0].runs[0] == Run(
        "Phong trào thi đua đặc biệt “Toàn dân đoàn kết, chung sức thi đua phòng, chống và chiến thắng đại dịch "
        "Covid-19”",
        bold=False,
        italic=True,
    )
    assert plus[0].runs[1].text.startswith(": Thi đua thực hiện đồng bộ") and not plus[0].runs[1].italic
    last = sections(ntl.plan.body)[2].children[-1]
    assert Run("trước ngày 20/01/2022", bold=True, italic=False) in last.runs
    assert last.text.endswith("(không nhận văn bản giấy)./.")


def test_ntl_closing_block(ntl):
    plan = ntl.plan
    assert [r.printed() for r in plan.recipients] == [
        "Sở GDĐT Hà Nội",
        "UBND quận Nam Từ Liêm",
        "Các trường thuộc quận",
        "Đ/c Lãnh đạo PGDĐT",
        "Lưu: VT",
    ]
    assert (plan.signature.authority, plan.signature.position, plan.signature.name) == (
        "",
        "",
        "Nguyễn Thị Hương",
    )
    assert ntl.dropped == ["G", ": V", "A O", "T.P"]
    assert any("con dấu" in w and "«A O»" in w for w in ntl.warnings)
    assert any("chức vụ người ký" in w for w in ntl.warnings)


def test_ntl_timetable(ntl):
    tt = ntl.plan.timetable
    assert tt is not None and tt.as_appendix
    assert tt.title == "Tiến độ thực hiện các nhiệm vụ trọng tâm công tác thi đua, khen thưởng năm 2022"
    assert tt.headers == [
        "TT",
        "Nội dung nhiệm vụ",
        "Đơn vị triển khai, hướng dẫn thực hiện",
        "Đơn vị thực hiện",
        "Thời gian hoàn thành",
    ]
    assert len(tt.rows) == 9
    assert [(g, len(rows)) for g, rows in tt.groups()] == [
        ("Quý I - 2022", 4),
        ("Quý II - 2022", 3),
        ("Quý III - 2022", 1),
        ("Quý IV - 2022", 1),
    ]
    assert [r.due_iso for r in tt.rows] == [
        "2022-01", "2022-01", "2022-03", "2022-03", "2022-04", "2022-05", "2022-06", "2022-07", "2022-11-15",
    ]  # fmt: skip
    first, sixth, last = tt.rows[0], tt.rows[5], tt.rows[8]
    assert first.content == "Xây dựng Kế hoạch công tác thi đua khen thưởng ngành GDĐT năm 2022"
    assert (first.guide, first.executors, first.due) == ("Phòng GDĐT Quận", "Các nhà trường", "Tháng 01/2022")
    assert (sixth.guide, sixth.executors) == ("Phòng GDĐT Quận", "")
    assert last.due == "Trước ngày 15/11/2022"
    assert tt.note == "(Thời gian có thể thay đổi do diễn biến phức tạp của dịch Covid 19)"


def test_ntl_nothing_lost(ntl):
    needles = source_needles(read(SAMPLES / "plan_namtuliem_2022.txt"))
    assert len(needles) > 60
    assert missing_in_order(needles, flattened(ntl.plan)) == []


# --- Sa Đéc 2022 (Markdown-ish: bold and #-headings, blank number and day) ---------------------


def test_sadec_header(sadec):
    plan = sadec.plan
    assert (plan.number, plan.symbol) == (None, "")
    assert plan.place == "Sa Đéc"
    assert plan.date == DocDate(None, 2, 2022)
    assert plan.date.iso() is None and plan.year == 2022
    assert plan.title == "Phát động phong trào thi đua yêu nước năm 2022"
    assert plan.bases == [
        "Thực hiện kế hoạch số 29/HK-UBND ngày 10 tháng 2 năm 2022 của Ủy ban nhân dân thành phố Phát động phong "
        "trào thi đua yêu nước năm 2022, phòng Giáo dục và Đào tạo thành phố Sa Đéc xây dựng Kế hoạch phát động "
        "phong trào thi đua yêu nước năm 2022 với các nội dung như sau:"
    ]


def test_sadec_headings(sadec):
    assert sadec.plan.headings() == [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "II. MỤC TIÊU",
        "III. NỘI DUNG THỰC HIỆN",
        "IV. GIẢI PHÁP THỰC HIỆN",
        "V. TỔ CHỨC THỰC HIỆN",
    ]
    one = sections(sadec.plan.body)[0]
    assert [s.heading for s in sections(one.children)] == ["1. Mục đích:", "2. Yêu cầu:"]


def test_sadec_numbered_sentences_are_paragraphs_not_headings(sadec):
    two, three, four = sections(sadec.plan.body)[1:4]
    for section, count in ((two, 5), (three, 9), (four, 6)):
        assert sections(section.children) == []
        assert [p.marker for p in section.children] == [f"{i}." for i in range(1, count + 1)]
    assert two.children[0].text == (
        "Tiếp tục đẩy mạnh việc đổi mới công tác thi đua, khen thưởng theo Chỉ thị số 34-CT/TW ngày 07/4/2014 "
        "của Bộ Chính trị, Công văn số 792-CV/TU ngày 05/9/2014 của Ban Thường vụ Tỉnh ủy và Kế hoạch số "
        "134/KH-UBND ngày 08/9/2014 của UBND Tỉnh."
    )
    # Item 3 of II was cut by a page break after "đột".
    assert "thi đua chuyên đề, đột xuất. Năm 2022, tiếp tục tập trung" in two.children[2].text
    assert (
        three.children[6].text == "Thi đua đẩy mạnh nghiên cứu, ứng dụng khoa học, công nghệ vào dạy và học."
    )
    italic = [r for r in three.children[2].runs if r.italic]
    assert [r.text for r in italic] == [
        "vừa phòng, chống đại dịch Covid-19 vừa phục hồi và phát triển kinh tế - xã hội"
    ]


def test_sadec_closing_block(sadec):
    plan = sadec.plan
    assert plan.recipients == [
        Recipient("UBND Thành phố"),
        Recipient("Phòng Nội vụ"),
        Recipient("Trưởng phòng, các Phó Trưởng phòng"),
        Recipient("Thành viên phòng"),
        Recipient("Lưu: VT"),
    ]
    sig = plan.signature
    assert (sig.authority, sig.position, sig.name) == ("", "TRƯỞNG PHÒNG", "Nguyễn Công Hiếu")
    assert plan.timetable is None
    assert sections(plan.body)[-1].children[-1].text.endswith("thực hiện tốt Kế hoạch này./.")


def test_sadec_nothing_lost(sadec):
    needles = source_needles(read(SAMPLES / "plan_sadec_2022.txt"))
    assert len(needles) > 30
    assert missing_in_order(needles, flattened(sadec.plan)) == []


def test_samples_summary(ntl, sadec):
    assert plan_to_summary(ntl) == {
        "id": None,
        "doc_type": "KH",
        "number": 6,
        "symbol": "KH-PGDĐT",
        "place": "Nam Từ Liêm",
        "date": "2022-01-05",
        "year": 2022,
        "title": "Công tác Thi đua - Khen thưởng Ngành Giáo dục và Đào tạo năm 2022",
        "bases": ntl.plan.bases,
        "headings": ["I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN"],
        "recipients": ["Sở GDĐT Hà Nội", "UBND quận Nam Từ Liêm", "Các trường thuộc quận", "Đ/c Lãnh đạo PGDĐT",
                       "Lưu: VT"],
        "signature": {"authority": None, "position": None, "name": "Nguyễn Thị Hương"},
    }  # fmt: skip
    s = plan_to_summary(sadec.plan)
    assert (s["number"], s["symbol"], s["place"], s["date"], s["year"]) == (None, None, "Sa Đéc", None, 2022)
    assert s["signature"] == {"authority": None, "position": "TRƯỞNG PHÒNG", "name": "Nguyễn Công Hiếu"}


# --- Cầu Giấy 2023: Markdown, governing body, 1.1./a) levels, KT. signature, pipe-table appendix ---


def test_caugiay_header(caugiay):
    plan = caugiay.plan
    assert (plan.governing_body, plan.office_name) == ("UBND QUẬN CẦU GIẤY", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO")
    assert (plan.number, plan.symbol, plan.place, plan.date) == (
        112,
        "KH-PGDĐT",
        "Cầu Giấy",
        DocDate(18, 9, 2023),
    )
    assert plan.title == 'Tổ chức phong trào thi đua "Dạy tốt - Học tốt" năm học 2023 - 2024'
    assert plan.bases == [
        "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;",
        "Căn cứ Kế hoạch số 3012/KH-SGDĐT ngày 30/8/2023 của Sở Giáo dục và Đào tạo Hà Nội về công tác thi "
        "đua, khen thưởng năm học 2023 - 2024;",
    ]
    # The sentence after the bases is not a basis: it opens the body.
    assert plan.body[0] == Paragraph.plain(
        'Phòng Giáo dục và Đào tạo quận Cầu Giấy xây dựng kế hoạch tổ chức phong trào thi đua "Dạy tốt - Học tốt" '
        "năm học 2023 - 2024 như sau:"
    )


def test_caugiay_four_levels(caugiay):
    plan = caugiay.plan
    assert plan.headings() == [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "II. NỘI DUNG VÀ CHỈ TIÊU THI ĐUA",
        "III. TỔ CHỨC THỰC HIỆN",
    ]
    two = sections(plan.body)[1]
    content, targets = sections(two.children)
    assert (content.heading, targets.heading) == ("1. Nội dung thi đua", "2. Chỉ tiêu")
    managers, teachers = sections(content.children)
    assert (managers.heading, managers.style) == ("1.1. Đối với cán bộ quản lý", DECIMAL)
    assert (teachers.heading, teachers.style) == ("1.2. Đối với giáo viên", DECIMAL)
    a, b = sections(teachers.children)
    assert (a.heading, a.style, b.heading) == ("a) Thi đua dạy tốt", ALPHA, "b) Thi đua tự học và sáng tạo")
    assert [p.marker for p in a.children] == ["-", "-"]
    assert [p.text for p in targets.children] == [
        "100% cán bộ, giáo viên, nhân viên đăng ký danh hiệu thi đua.",
        "Ít nhất 85% cán bộ, giáo viên, nhân viên đạt danh hiệu Lao động tiên tiến.",
    ]
    schools = sections(sections(plan.body)[2].children)[1]
    assert schools.children[0].text == (
        "Xây dựng kế hoạch thi đua của đơn vị, tổ chức cho cán bộ, giáo viên, nhân viên đăng ký thi đua, "
        "gửi bản đăng ký về Phòng Giáo dục và Đào tạo trước ngày 30/9/2023."
    )


def test_caugiay_closing_block_and_kt_signature(caugiay):
    plan = caugiay.plan
    assert plan.recipients == [
        Recipient("Sở GDĐT Hà Nội", "để báo cáo"),
        Recipient("UBND quận Cầu Giấy", "để báo cáo"),
        Recipient("Các trường MN, TH, THCS trong quận", "để thực hiện"),
        Recipient("Lưu: VT, TĐKT"),
    ]
    sig = plan.signature
    assert (sig.authority, sig.on_behalf_of, sig.position, sig.name) == (
        "KT.", "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Lê Thị Mai Anh",
    )  # fmt: skip
    assert sig.title_lines() == ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"]
    assert any("«(Đã ký)»" in w for w in caugiay.warnings)
    assert plan_to_summary(plan)["signature"] == {
        "authority": "KT.", "position": "PHÓ TRƯỞNG PHÒNG", "name": "Lê Thị Mai Anh",
    }  # fmt: skip


def test_caugiay_appendix_over_a_school_year(caugiay):
    tt = caugiay.plan.timetable
    assert tt is not None and tt.as_appendix
    assert tt.title == "LỊCH TRIỂN KHAI PHONG TRÀO THI ĐUA NĂM HỌC 2023 - 2024"
    assert tt.headers == ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"]
    assert [(g, len(r)) for g, r in tt.groups()] == [("Học kỳ I", 3), ("Học kỳ II", 2)]
    assert [(r.content, r.guide, r.executors) for r in tt.rows[:2]] == [
        ("Tổ chức đăng ký thi đua", "Các trường", "Phòng GDĐT"),
        ("Hội giảng chào mừng ngày 20/11", "Các trường", "Công đoàn ngành"),
    ]
    # Months without a year follow the school year: September–December 2023, then 2024.
    assert [(r.due, r.due_iso) for r in tt.rows] == [
        ("Trước ngày 30/9", "2023-09-30"),
        ("Tháng 11", "2023-11"),
        ("15/01/2024", "2024-01-15"),
        ("Tháng 3", "2024-03"),
        ("Trước ngày 10/6/2024", "2024-06-10"),
    ]
    assert tt.note == "Ghi chú: Các đơn vị chủ động điều chỉnh thời gian cho phù hợp với thực tế."


def test_caugiay_nothing_lost(caugiay):
    needles = source_needles(read(PLANS / "ke_hoach_cau_giay_2023.md"))
    assert missing_in_order(needles, flattened(caugiay.plan)) == []


# --- Bến Tre 2024: Word "plain text" export, short campaign, timetable inside the body ---------


def test_bentre_header_with_tab_columns_and_draft_blanks(bentre):
    plan = bentre.plan
    assert (plan.governing_body, plan.office_name) == ("UBND THÀNH PHỐ BẾN TRE", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO")
    assert (plan.number, plan.symbol) == (None, "KH-PGDĐT")
    assert (plan.place, plan.date) == ("Bến Tre", DocDate(None, 10, 2024))
    assert plan.title == (
        "Tổ chức đợt thi đua cao điểm chào mừng kỷ niệm 42 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2024)"
    )
    assert len(plan.bases) == 1 and plan.bases[0].startswith(
        "Triển khai Kế hoạch số 85/KH-SGDĐT ngày 01/10/2024"
    )


def test_bentre_body(bentre):
    plan = bentre.plan
    assert plan.headings() == [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "II. NỘI DUNG THI ĐUA",
        "III. THỜI GIAN VÀ TIẾN ĐỘ",
        "IV. TỔ CHỨC THỰC HIỆN",
    ]
    one, two, three, _ = sections(plan.body)
    assert [p.marker for p in one.children] == ["-", "-"]
    assert [p.marker for p in two.children] == ["1.", "2.", "3."]
    # Item 1 ran over a page break; the page number "2" between its halves is left out.
    assert two.children[0].text.endswith("nhằm nâng cao chất lượng giáo dục toàn diện cho học sinh.")
    assert bentre.dropped == ["2"]
    assert [p.text for p in three.children] == [
        "Đợt thi đua được tổ chức từ ngày 15/10/2024 đến ngày 20/11/2024, cụ thể như sau:"
    ]


def test_bentre_timetable_inside_the_body(bentre):
    tt = bentre.plan.timetable
    assert tt is not None and not tt.as_appendix
    assert tt.headers == ["STT", "Nội dung", "Đơn vị triển khai", "Đơn vị thực hiện", "Thời gian"]
    assert [(r.content, r.guide, r.executors, r.due, r.due_iso, r.group) for r in tt.rows] == [
        ("Phát động đợt thi đua", "Phòng GDĐT", "Các trường", "Ngày 15/10/2024", "2024-10-15", ""),
        (
            "Tổ chức hội giảng cấp trường",
            "Các trường",
            "Tổ chuyên môn",
            "Từ 21/10 đến 08/11/2024",
            "2024-11-08",
            "",
        ),
        (
            "Báo cáo kết quả đợt thi đua",
            "Các trường",
            "Phòng GDĐT",
            "Trước ngày 25/11/2024",
            "2024-11-25",
            "",
        ),
    ]
    assert tt.note == "(Các đơn vị gửi báo cáo qua hệ thống quản lý văn bản và điều hành)"


def test_bentre_acting_head_signs(bentre):
    plan = bentre.plan
    assert [r.printed() for r in plan.recipients] == [
        "Sở GDĐT (b/c)",
        "UBND thành phố (b/c)",
        "Các trường MN, TH, THCS (t/h)",
        "Lưu: VT",
    ]
    sig = plan.signature
    assert (sig.authority, sig.on_behalf_of, sig.position, sig.name) == (
        "Q.", "TRƯỞNG PHÒNG", "TRƯỞNG PHÒNG", "Võ Thành Nhân",
    )  # fmt: skip
    assert sig.title_lines() == ["Q. TRƯỞNG PHÒNG"]


def test_bentre_nothing_lost(bentre):
    source = read(PLANS / "ke_hoach_dot_thi_dua_20_11_ben_tre.txt")
    table = [ln for ln in source.splitlines() if ln.count("\t") >= 2 or ln.startswith("(Các đơn vị")]
    body = "\n".join(ln for ln in source.splitlines() if ln not in table)
    # The Plan does not record where in the body its timetable stood, so the table is checked
    # on its own and the rest of the text in order.
    assert missing_in_order(source_needles(body), flattened(bentre.plan)) == []
    tt_only = Plan(title="", timetable=bentre.plan.timetable)
    assert missing_in_order(source_needles("KẾ HOẠCH\n" + "\n".join(table)), flattened(tt_only)) == []


# --- Đa Tốn 2023: a school's plan as PDF text (columns of spaces, hard-wrapped lines) ----------


def test_daton_header_from_pdf_columns(daton):
    plan = daton.plan
    assert (plan.governing_body, plan.office_name) == ("PHÒNG GD&ĐT HUYỆN GIA LÂM", "TRƯỜNG THCS ĐA TỐN")
    assert (plan.number, plan.symbol, plan.place, plan.date) == (
        5,
        "KH-THCSĐT",
        "Đa Tốn",
        DocDate(20, 9, 2023),
    )
    assert plan.title == "Thi đua, khen thưởng năm học 2023 - 2024"


def test_daton_wrapped_lines_become_paragraphs(daton):
    plan = daton.plan
    assert plan.bases == [
        "Căn cứ Kế hoạch số 456/KH-PGDĐT ngày 12/9/2023 của Phòng Giáo dục và Đào tạo huyện Gia Lâm về công tác "
        "thi đua, khen thưởng năm học 2023 - 2024; căn cứ tình hình thực tế, Trường THCS Đa Tốn xây dựng kế hoạch "
        "như sau:"
    ]
    assert plan.headings() == ["I. MỤC TIÊU", "II. CÁC DANH HIỆU THI ĐUA", "III. TỔ CHỨC THỰC HIỆN"]
    one, two, three = sections(plan.body)
    assert [p.printed_text() for p in one.children] == [
        "1. Phát động phong trào thi đua sâu rộng trong cán bộ, giáo viên, nhân viên và học sinh nhà trường, gắn "
        "với các cuộc vận động của Ngành và của Thành phố.",
        "2. 100% cán bộ, giáo viên, nhân viên đăng ký danh hiệu thi đua.",
    ]
    assert [s.heading for s in sections(two.children)] == ["1. Đối với tập thể", "2. Đối với cá nhân"]
    assert [p.text for p in sections(two.children)[1].children] == [
        "Chiến sĩ thi đua cơ sở: 05 đồng chí.",
        "Lao động tiên tiến: 45 đồng chí; Giấy khen của Chủ tịch UBND huyện: 10 đồng chí.",
    ]
    assert len(three.children) == 1 and three.children[0].text.endswith("trước ngày 30/9/2023./.")
    assert daton.dropped == ["- 2 -"]


def test_daton_closing_block(daton):
    plan = daton.plan
    assert [r.printed() for r in plan.recipients] == [
        "Phòng GD&ĐT (để báo cáo)",
        "CB, GV, NV (để thực hiện)",
        "Lưu: VT",
    ]
    assert (plan.signature.authority, plan.signature.position, plan.signature.name) == (
        "", "HIỆU TRƯỞNG", "Đỗ Văn Khánh",
    )  # fmt: skip


def test_daton_nothing_lost(daton):
    needles = source_needles(read(PLANS / "ke_hoach_thcs_da_ton_pdf.txt"))
    assert missing_in_order(needles, flattened(daton.plan)) == []


# --- header recognisers ------------------------------------------------------------------------


def _header(*lines: str) -> Plan:
    return parse_plan_text("\n\n".join([*lines, "KẾ HOẠCH", "Công tác thi đua năm 2024", "I. MỤC TIÊU"])).plan


@pytest.mark.parametrize(
    ("line", "number", "symbol"),
    [
        ("Số: 06 /KH-PGDĐT", 6, "KH-PGDĐT"),
        ("Số: 06/KH-PGDĐT", 6, "KH-PGDĐT"),
        ("Số 06/KH-PGDĐT", 6, "KH-PGDĐT"),
        ("Số:   /KH-PGDĐT", None, "KH-PGDĐT"),
        ("Số: ……/KH-PGDĐT", None, "KH-PGDĐT"),
        ("Số:", None, ""),
        ("Số: 123/KH - PGD ĐT", 123, "KH-PGDĐT"),
        ("Số: 07/KH-PGD&ĐT", 7, "KH-PGD&ĐT"),
        ("Số: 15/QyĐ-PGDĐT", 15, "QyĐ-PGDĐT"),
    ],
)
def test_number_line(line, number, symbol):
    plan = _header(line)
    assert (plan.number, plan.symbol) == (number, symbol)


@pytest.mark.parametrize(
    ("line", "place", "date"),
    [
        ("Nam Từ Liêm, ngày 05 tháng 01 năm 2022", "Nam Từ Liêm", DocDate(5, 1, 2022)),
        ("Sa Đéc, ngày tháng 02 năm 2022", "Sa Đéc", DocDate(None, 2, 2022)),
        ("Hà Nội, ngày      tháng      năm 2024", "Hà Nội", DocDate(None, None, 2024)),
        ("Thủ Dầu Một, ngày … tháng … năm 20…", "Thủ Dầu Một", DocDate(None, None, None)),
        ("*Hải Châu, ngày 29 tháng 6 năm 2019*", "Hải Châu", DocDate(29, 6, 2019)),
        ("ngày 15 tháng 8 năm 2023", "", DocDate(15, 8, 2023)),
    ],
)
def test_place_and_date_line(line, place, date):
    plan = _header(line)
    assert (plan.place, plan.date) == (place, date)


def test_header_columns_run_together_on_one_line():
    plan = _header(
        "UBND HUYỆN ĐÔNG ANH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc",
        "Số: 21/KH-PGDĐT Đông Anh, ngày 03 tháng 10 năm 2023",
    )
    assert (plan.governing_body, plan.office_name) == ("UBND HUYỆN ĐÔNG ANH", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO")
    assert (plan.number, plan.symbol, plan.place, plan.date) == (
        21,
        "KH-PGDĐT",
        "Đông Anh",
        DocDate(3, 10, 2023),
    )
    assert plan.title == "Công tác thi đua năm 2024"


def test_header_pipe_table_with_line_breaks():
    text = (
        "| UBND HUYỆN THANH TRÌ<br>**PHÒNG GIÁO DỤC VÀ ĐÀO TẠO** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>"
        "**Độc lập - Tự do - Hạnh phúc** |\n|---|---|\n| Số: 09/KH-PGDĐT | *Thanh Trì, ngày 02 tháng 11 năm 2023* |\n\n"
        "**KẾ HOẠCH**\n**Tổ chức Hội thi giáo viên dạy giỏi cấp huyện**\n\nI. MỤC ĐÍCH\n\n- Nâng cao chất lượng."
    )
    plan = parse_plan_text(text).plan
    assert (plan.governing_body, plan.office_name) == ("UBND HUYỆN THANH TRÌ", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO")
    assert (plan.number, plan.place, plan.date) == (9, "Thanh Trì", DocDate(2, 11, 2023))
    assert plan.title == "Tổ chức Hội thi giáo viên dạy giỏi cấp huyện"
    assert plan.timetable is None and plan.headings() == ["I. MỤC ĐÍCH"]


def test_title_over_two_lines_and_other_document_types():
    plan = parse_plan_text(
        "BÁO CÁO\n\nKết quả công tác thi đua, khen thưởng\nnăm học 2022 - 2023\n\nI. KẾT QUẢ"
    ).plan
    assert (plan.doc_type, plan.title) == ("BC", "Kết quả công tác thi đua, khen thưởng năm học 2022 - 2023")
    assert (
        parse_plan_text("KẾ HOẠCH Tổ chức ngày hội đọc sách\n\nI. MỤC ĐÍCH").plan.title
        == "Tổ chức ngày hội đọc sách"
    )


def test_unknown_header_lines_are_kept_and_reported():
    parsed = parse_plan_text(
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 3/KH-PGDĐT\nĐơn vị soạn thảo: Bộ phận TĐKT\nKẾ HOẠCH\nThi đua\n\nI. A B"
    )
    assert parsed.plan.body[0] == Paragraph.plain("Đơn vị soạn thảo: Bộ phận TĐKT")
    assert any("Đơn vị soạn thảo" in w for w in parsed.warnings)


def test_missing_parts_are_reported():
    parsed = parse_plan_text("I. MỤC ĐÍCH\n\n- Nâng cao chất lượng công tác thi đua.")
    text = " ".join(parsed.warnings)
    for part in ("số và ký hiệu", "ngày tháng", "tên loại văn bản", "Nơi nhận", "người ký"):
        assert part in text
    assert parsed.plan.headings() == ["I. MỤC ĐÍCH"]


# --- body recognisers --------------------------------------------------------------------------


def test_numbered_lines_headings_or_sentences():
    text = "\n\n".join(
        [
            "I. NHIỆM VỤ",
            "1. Công tác tuyên truyền",  # short, no final stop, has content: a heading
            "- Tuyên truyền rộng rãi.",
            "2. Công tác khen thưởng",
            "- Khen thưởng kịp thời.",
            "II. GIẢI PHÁP",
            "1. Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền đối với công tác thi đua, khen thưởng.",
            "2. Đổi mới nội dung, hình thức thi đua",  # no stop, but its siblings are sentences
            "3. Kịp thời biểu dương các điển hình tiên tiến.",
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Mục đích.",  # short heading written with a stop, with content under it
            "- Nội dung.",
        ]
    )
    plan = parse_plan_text(text).plan
    one, two, three = sections(plan.body)
    assert [s.heading for s in sections(one.children)] == [
        "1. Công tác tuyên truyền",
        "2. Công tác khen thưởng",
    ]
    assert sections(two.children) == [] and [p.marker for p in two.children] == ["1.", "2.", "3."]
    assert [s.heading for s in sections(three.children)] == ["1. Mục đích."]


def test_labels_glued_split_and_decimal_numbers():
    text = "\n\n".join(
        ["I.", "MỤC ĐÍCH", "1.Mục đích chung", "- 1.500 học sinh tham gia.", "2) Yêu cầu", "- Đủ."]
    )
    plan = parse_plan_text(text).plan
    assert plan.headings() == ["I. MỤC ĐÍCH"]
    subs = sections(sections(plan.body)[0].children)
    assert [s.heading for s in subs] == ["1. Mục đích chung", "2) Yêu cầu"]
    assert subs[0].children == [Paragraph.plain("1.500 học sinh tham gia.", marker="-")]


@pytest.mark.parametrize(
    ("line", "marker", "text"),
    [
        ("- Nội dung", "-", "Nội dung"),
        ("+ Nội dung", "+", "Nội dung"),
        ("– Nội dung", "-", "Nội dung"),
        ("-Nội dung", "-", "Nội dung"),
        ("• Nội dung", "•", "Nội dung"),
        ("* Nội dung", "-", "Nội dung"),
        ("a) Nội dung đã nêu ở trên.", "a)", "Nội dung đã nêu ở trên."),
    ],
)
def test_paragraph_markers(line, marker, text):
    plan = parse_plan_text(f"I. MỤC TIÊU\n\n{line}").plan
    para = sections(plan.body)[0].children[0]
    assert (para.marker, para.text) == (marker, text)


def test_markdown_emphasis_runs():
    plan = parse_plan_text(
        "I. MỤC TIÊU\n\nCó ***đậm nghiêng***, **đậm** và *nghiêng*; 5 * 3 giữ nguyên \\*."
    ).plan
    assert sections(plan.body)[0].children[0].runs == [
        Run("Có ", False, False),
        Run("đậm nghiêng", True, True),
        Run(", ", False, False),
        Run("đậm", True, False),
        Run(" và ", False, False),
        Run("nghiêng", False, True),
        Run("; 5 * 3 giữ nguyên *.", False, False),
    ]


def test_hard_wrapped_markdown_paragraph_is_one_paragraph():
    text = "I. MỤC TIÊU\n\nCác đơn vị xây dựng kế hoạch của\nđơn vị và gửi về Phòng Giáo dục và Đào tạo\nđúng thời hạn.\n\n- Tiếp theo."
    children = sections(parse_plan_text(text).plan.body)[0].children
    assert [p.printed_text() for p in children] == [
        "Các đơn vị xây dựng kế hoạch của đơn vị và gửi về Phòng Giáo dục và Đào tạo đúng thời hạn.",
        "- Tiếp theo.",
    ]


def test_body_table_that_is_not_a_timetable_is_kept_as_paragraphs():
    text = "I. CHỈ TIÊU\n\nĐơn vị\tLĐTT\tCSTĐCS\nTrường A\t40\t6\n"
    parsed = parse_plan_text(text)
    assert parsed.plan.timetable is None
    assert [p.text for p in sections(parsed.plan.body)[0].children] == [
        "Đơn vị | LĐTT | CSTĐCS",
        "Trường A | 40 | 6",
    ]
    assert any("không phải bảng tiến độ" in w for w in parsed.warnings)


def test_unplaced_text_after_the_signature_is_kept():
    text = "I. MỤC TIÊU\n\n- Một.\n\nNơi nhận:\n- Lưu: VT.\n\nTRƯỞNG PHÒNG\n\nNguyễn Văn An\n\nĐây là dòng lạc chỗ cuối văn bản."
    parsed = parse_plan_text(text)
    assert parsed.plan.signature.name == "Nguyễn Văn An"
    assert parsed.plan.body[-1] == Paragraph.plain("Đây là dòng lạc chỗ cuối văn bản.")
    assert any("không xác định được vị trí" in w for w in parsed.warnings)


# --- closing block -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "authority", "on_behalf_of", "position", "name"),
    [
        (["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Trần Văn Bình"], "KT.", "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Trần Văn Bình"),
        (["TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "CHỦ TỊCH", "Phạm Thị Hoa"], "TM.", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",
         "CHỦ TỊCH", "Phạm Thị Hoa"),
        (["TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "Đặng Quốc Việt"], "TL.", "GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "Đặng Quốc Việt"),
        (["TRƯỞNG PHÒNG", "(Đã ký)", "Nguyễn Công Hiếu"], "", "", "TRƯỞNG PHÒNG", "Nguyễn Công Hiếu"),
        (["HIỆU TRƯỞNG", "ThS. Nguyễn Văn A"], "", "", "HIỆU TRƯỞNG", "ThS. Nguyễn Văn A"),
    ],
)  # fmt: skip
def test_signatures(lines, authority, on_behalf_of, position, name):
    text = "I. MỤC TIÊU\n\n- Một.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n" + "\n\n".join(lines)
    sig = parse_plan_text(text).plan.signature
    assert (sig.authority, sig.on_behalf_of, sig.position, sig.name) == (
        authority,
        on_behalf_of,
        position,
        name,
    )


def test_signature_before_recipients_in_two_columns():
    text = "I. MỤC TIÊU\n\n- Một.\n\nNơi nhận:\tKT. TRƯỞNG PHÒNG\n- Sở GDĐT (để báo cáo);\tPHÓ TRƯỞNG PHÒNG\n- Lưu: VT.\n\n\tLê Văn Tám"
    plan = parse_plan_text(text).plan
    assert plan.recipients == [Recipient("Sở GDĐT", "để báo cáo"), Recipient("Lưu: VT")]
    assert (plan.signature.authority, plan.signature.position, plan.signature.name) == (
        "KT.", "PHÓ TRƯỞNG PHÒNG", "Lê Văn Tám",
    )  # fmt: skip


# --- lines API ---------------------------------------------------------------------------------


def test_parse_plan_lines_with_runs_and_a_table():
    lines = [
        Line("Số: 02/KH-PGDĐT"),
        Line("Cần Thơ, ngày 10 tháng 01 năm 2024", italic=True),
        Line("KẾ HOẠCH", bold=True),
        Line("Thi đua chào mừng Tết", bold=True),
        Line("Căn cứ chỉ đạo của Sở;"),
        Line(runs=[Run("Mục tiêu", bold=True)], heading_level=2),
        Line(runs=[Run("Mọi trường "), Run("đều", bold=True), Run(" tham gia.")]),
        Line("", is_table_row=True, cells=["TT", "Nội dung", "Thời gian"], table_id=1),
        Line("", is_table_row=True, cells=["1", "Phát động", "Tháng 01/2024"], table_id=1),
        Line("Nơi nhận:"),
        Line("- Lưu: VT."),
    ]
    parsed = parse_plan_lines(lines, paragraph_lines=True)
    plan = parsed.plan
    assert (plan.number, plan.place, plan.title, plan.bases) == (
        2,
        "Cần Thơ",
        "Thi đua chào mừng Tết",
        ["Căn cứ chỉ đạo của Sở;"],
    )
    heading = sections(plan.body)[0]
    assert (heading.title, heading.label) == ("Mục tiêu", "")
    assert heading.children[0].runs == [Run("Mọi trường "), Run("đều", bold=True), Run(" tham gia.")]
    tt = plan.timetable
    assert tt is not None and not tt.as_appendix and tt.headers == ["TT", "Nội dung", "Thời gian"]
    assert [(r.content, r.due_iso) for r in tt.rows] == [("Phát động", "2024-01")]


# --- text normalisation ------------------------------------------------------------------------


def test_decomposed_text_is_normalised_and_reported():
    parsed = parse_plan_text(unicodedata.normalize("NFD", read(SAMPLES / "plan_sadec_2022.txt")))
    assert parsed.plan.title == "Phát động phong trào thi đua yêu nước năm 2022"
    assert parsed.plan.signature.name == "Nguyễn Công Hiếu"
    flat = flattened(parsed.plan)
    assert unicodedata.is_normalized("NFC", flat)
    assert any("NFC" in w for w in parsed.warnings)


def test_tcvn3_text_is_converted_and_reported():
    legacy = legacy_text.unicode_to_tcvn3(read(PLANS / "ke_hoach_dot_thi_dua_20_11_ben_tre.txt"))
    parsed = parse_plan_text(legacy)
    assert parsed.legacy_encoding == "tcvn3"
    assert any("TCVN3" in w for w in parsed.warnings)
    plan = parsed.plan
    assert (plan.governing_body, plan.place, plan.signature.name) == (
        "UBND THÀNH PHỐ BẾN TRE",
        "Bến Tre",
        "Võ Thành Nhân",
    )
    assert plan.headings() == ["I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG THI ĐUA", "III. THỜI GIAN VÀ TIẾN ĐỘ",
                               "IV. TỔ CHỨC THỰC HIỆN"]  # fmt: skip


def test_a_tcvn3_paragraph_pasted_into_a_unicode_plan_is_converted():
    paragraph = (
        "- Nâng cao chất lượng công tác khen thưởng, thực hiện tốt Luật Thi đua, khen thưởng và các văn bản "
        "hướng dẫn thi hành."
    )
    source = read(SAMPLES / "plan_sadec_2022.txt")
    assert paragraph in source
    pasted = source.replace(paragraph, legacy_text.unicode_to_tcvn3(paragraph))
    parsed = parse_plan_text(pasted)
    goal = sections(sections(parsed.plan.body)[0].children)[0]
    assert goal.children[1].printed_text() == paragraph
    assert any("1 dòng dùng bảng mã cũ TCVN3" in w for w in parsed.warnings)
    assert parsed.plan.title == "Phát động phong trào thi đua yêu nước năm 2022"  # Unicode lines untouched


# --- deadlines ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kwargs", "iso"),
    [
        ("Tháng 01/2022", {}, "2022-01"),
        ("Trước ngày 15/11/2022", {}, "2022-11-15"),
        ("25/01/2024", {}, "2024-01-25"),
        ("ngày 5 tháng 3 năm 2024", {}, "2024-03-05"),
        ("Từ 21/10 đến 08/11/2024", {}, "2024-11-08"),
        ("Tháng 9 - 10/2023", {}, "2023-10"),
        ("Trước ngày 30/9", {"school_year": (2023, 2024)}, "2023-09-30"),
        ("Tháng 3", {"school_year": (2023, 2024)}, "2024-03"),
        ("Tháng 3", {"year": 2022}, "2022-03"),
        ("Tháng 3", {}, ""),
        ("Thường xuyên", {}, ""),
        ("31/02/2024", {}, ""),
    ],
)
def test_parse_due(text, kwargs, iso):
    assert parse_due(text, **kwargs) == iso


def test_summary_of_an_empty_plan_has_nulls():
    assert plan_to_summary(Plan(symbol="")) == {
        "id": None, "doc_type": "KH", "number": None, "symbol": None, "place": None, "date": None, "year": None,
        "title": "", "bases": [], "headings": [], "recipients": [],
        "signature": {"authority": None, "position": None, "name": None},
    }  # fmt: skip


# --- other shapes of the family ----------------------------------------------------------------

DISTRICT_PLAN = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
ỦY BAN NHÂN DÂN HUYỆN BÌNH CHÁNH
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
Số: 45/KH-GDĐT
Bình Chánh, ngày 14 tháng 3 năm 2024

KẾ HOẠCH
Triển khai công tác thi đua, khen thưởng năm 2024
(Ban hành kèm theo Quyết định số 12/QĐ-GDĐT ngày 14/3/2024)

Căn cứ Luật Thi đua, khen thưởng năm 2022;

PHẦN I. ĐÁNH GIÁ KẾT QUẢ NĂM 2023

A. KẾT QUẢ ĐẠT ĐƯỢC

1. Về phong trào thi đua

- Các phong trào thi đua được triển khai sâu rộng.

PHẦN II. NHIỆM VỤ NĂM 2024

1. Tiếp tục đổi mới công tác thi đua.

2. Nâng cao chất lượng khen thưởng.

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Huỳnh Văn Hai

PHỤ LỤC I
TIẾN ĐỘ THỰC HIỆN
TT\tNội dung\tĐơn vị thực hiện\tThời gian\tGhi chú
1\tPhát động thi đua\tCác trường\t15/3/2024\tBắt buộc
2\tSơ kết\tCác trường\tTháng 7/2024\t

PHỤ LỤC II
MẪU ĐĂNG KÝ THI ĐUA
Họ và tên: ....................
"""


def test_district_plan_with_parts_letters_and_two_appendices():
    parsed = parse_plan_text(DISTRICT_PLAN)
    plan = parsed.plan
    # The right header column came first; the office lines are still found.
    assert (plan.governing_body, plan.office_name) == (
        "ỦY BAN NHÂN DÂN HUYỆN BÌNH CHÁNH",
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
    )
    assert (plan.number, plan.symbol, plan.date) == (45, "KH-GDĐT", DocDate(14, 3, 2024))
    # A title may start with a word that also starts bases ("Triển khai").
    assert plan.title == "Triển khai công tác thi đua, khen thưởng năm 2024"
    assert plan.bases == ["Căn cứ Luật Thi đua, khen thưởng năm 2022;"]
    assert plan.body[0] == Paragraph.plain("(Ban hành kèm theo Quyết định số 12/QĐ-GDĐT ngày 14/3/2024)")
    part1, part2 = sections(plan.body)
    assert (part1.heading, part2.heading) == (
        "PHẦN I. ĐÁNH GIÁ KẾT QUẢ NĂM 2023",
        "PHẦN II. NHIỆM VỤ NĂM 2024",
    )
    letter = sections(part1.children)[0]
    assert letter.heading == "A. KẾT QUẢ ĐẠT ĐƯỢC"
    assert [s.heading for s in sections(letter.children)] == ["1. Về phong trào thi đua"]
    assert [p.marker for p in part2.children] == ["1.", "2."]
    # TM. with KT. under it: the higher authority line is stacked above the KT. line, none lost.
    sig = plan.signature
    assert (sig.above, sig.authority, sig.on_behalf_of, sig.position, sig.name) == (
        ["TM. ỦY BAN NHÂN DÂN"], "KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Huỳnh Văn Hai",
    )  # fmt: skip
    assert sig.title_lines() == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert not any("thẩm quyền" in w for w in parsed.warnings)
    # Appendix I is the timetable; its extra "Ghi chú" column goes with the content.
    tt = plan.timetable
    assert tt.title == "TIẾN ĐỘ THỰC HIỆN"
    assert [(r.content, r.executors, r.due_iso) for r in tt.rows] == [
        ("Phát động thi đua (Ghi chú: Bắt buộc)", "Các trường", "2024-03-15"),
        ("Sơ kết", "Các trường", "2024-07"),
    ]
    # Appendix II has no table: kept, word for word, at the end of the body.
    assert [p.text for p in plan.body[-3:]] == [
        "PHỤ LỤC II",
        "MẪU ĐĂNG KÝ THI ĐUA",
        "Họ và tên: ....................",
    ]
    assert any("Phụ lục không có bảng tiến độ" in w for w in parsed.warnings)

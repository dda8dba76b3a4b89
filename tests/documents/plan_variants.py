"""Deliberately varied plans for the layout tests: the program prints plans it has never seen.

Each builder returns a fresh Plan; ``VARIANTS`` maps a short name to its builder. The names
also name the PNGs in docs/pdf/ when a variant is looked at.
"""

from __future__ import annotations

import unicodedata

from tests.documents.plan_fixtures import para, section, short_plan
from thiduadesk.domain.model import Signer
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
    Timetable,
    TimetableRow,
)

LONG_OFFICE = "PHÒNG VĂN HÓA - XÃ HỘI PHƯỜNG TÂY MỖ"
LONG_TITLE = (
    "Tổ chức phong trào thi đua “Dạy tốt - Học tốt”, “Đổi mới, sáng tạo trong dạy và học” và "
    "xét tặng các danh hiệu thi đua, hình thức khen thưởng cho tập thể, cá nhân của các trường "
    "mầm non, tiểu học, trung học cơ sở trên địa bàn năm học 2025 - 2026"
)
SENTENCE = (
    "Các nhà trường tổ chức quán triệt, triển khai đầy đủ các nội dung của Kế hoạch đến toàn thể "
    "cán bộ, giáo viên, nhân viên; xây dựng kế hoạch cụ thể, phân công nhiệm vụ rõ ràng. "
)


def _base(**kw) -> Plan:
    plan = Plan(
        title="Công tác thi đua, khen thưởng năm học 2025 - 2026",
        number=12,
        symbol="KH-PGDĐT",
        place="Nam Từ Liêm",
        date=DocDate(15, 9, 2025),
        governing_body="UBND QUẬN NAM TỪ LIÊM",
        office_name="PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
        bases=["Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"],
        body=[
            section(
                "I.",
                "MỤC ĐÍCH, YÊU CẦU",
                "- Đẩy mạnh phong trào thi đua yêu nước trong toàn ngành.",
                "- Khen thưởng kịp thời, chính xác, công khai, minh bạch./.",
                style=ROMAN,
            )
        ],
        recipients=[Recipient("Sở GDĐT Hà Nội", "để báo cáo"), Recipient("Lưu: VT")],
        signatures=[Signer(position="Trưởng phòng", name="Nguyễn Thị Hương")],
    )
    for key, value in kw.items():
        setattr(plan, key, value)
    return plan


def one_page() -> Plan:
    """A one-page plan: no timetable, one recipient."""
    return _base(recipients=[Recipient("Các trường trực thuộc")])


def long_office() -> Plan:
    """No governing body and an office name too long for one line of the left column."""
    return _base(
        governing_body="",
        office_name=LONG_OFFICE,
        symbol="KH-VHXH",
        place="Tây Mỗ",
        signature=Signer(
            authority="TM.", on_behalf_of="Ủy ban nhân dân", position="Chủ tịch", name="Lê Văn Toàn"
        ),
    )


def long_title() -> Plan:
    """A title of three lines."""
    return _base(title=LONG_TITLE)


def _signer_plan(signer: Signer, **kw) -> Plan:
    return _base(signature=signer, **kw)


def sign_tm() -> Plan:
    return _signer_plan(
        Signer(authority="TM.", on_behalf_of="Ủy ban nhân dân", position="Chủ tịch", name="Lê Văn Toàn"),
        governing_body="UBND THÀNH PHỐ HÀ NỘI",
        office_name="ỦY BAN NHÂN DÂN PHƯỜNG TÂY MỖ",
        symbol="KH-UBND",
    )


def sign_q() -> Plan:
    return _signer_plan(Signer(authority="Q.", on_behalf_of="Trưởng phòng", name="Trần Văn Bình"))


def sign_tl() -> Plan:
    return _signer_plan(
        Signer(
            authority="TL.", on_behalf_of="Chủ tịch", position="Chánh Văn phòng", name="Phạm Thị Lan"
        ),
        office_name="ỦY BAN NHÂN DÂN PHƯỜNG TÂY MỖ",
        governing_body="",
        symbol="KH-UBND",
    )


def sign_tuq() -> Plan:
    return _signer_plan(
        Signer(
            authority="TUQ.", on_behalf_of="Giám đốc", position="Trưởng phòng Tổ chức cán bộ", name="Đỗ Văn Hải"
        ),
        governing_body="UBND THÀNH PHỐ HÀ NỘI",
        office_name="SỞ GIÁO DỤC VÀ ĐÀO TẠO",
        symbol="KH-SGDĐT",
    )


def sign_kt() -> Plan:
    return _signer_plan(
        Signer(
            authority="KT.", on_behalf_of="Trưởng phòng", position="Phó Trưởng phòng", name="Nguyễn Thị Hương"
        )
    )


RECIPIENT_NAMES = [
    "Sở Giáo dục và Đào tạo Hà Nội",
    "Thường trực Quận ủy Nam Từ Liêm",
    "Thường trực HĐND quận Nam Từ Liêm",
    "Chủ tịch, các Phó Chủ tịch UBND quận",
    "Ban Thi đua - Khen thưởng Sở Nội vụ",
    "Phòng Nội vụ quận Nam Từ Liêm",
    "Liên đoàn Lao động quận",
    "Các trường mầm non trực thuộc",
    "Các trường tiểu học trực thuộc",
    "Các trường trung học cơ sở trực thuộc",
    "Trưởng phòng, các Phó Trưởng phòng",
    "Hội đồng Thi đua - Khen thưởng ngành",
    "Cổng thông tin điện tử của Phòng",
    "Các bộ phận chuyên môn thuộc Phòng",
]
PURPOSES = ["để báo cáo", "để chỉ đạo", "để phối hợp", "để thực hiện", "để biết"]


def many_recipients() -> Plan:
    """15 recipients with purposes beside a KT. signature."""
    recipients = [Recipient(n, PURPOSES[i % len(PURPOSES)]) for i, n in enumerate(RECIPIENT_NAMES)]
    recipients.append(Recipient("Lưu: VT, TĐKT"))
    return _base(
        recipients=recipients,
        signature=Signer(
            authority="KT.", on_behalf_of="Trưởng phòng", position="Phó Trưởng phòng", name="Nguyễn Thị Hương"
        ),
    )


def deep_nesting() -> Plan:
    """I. > 1. > 1.1. > a) > - > + with bold and italic runs."""
    runs_para = Paragraph(
        runs=[
            Run("Nội dung có "),
            Run("chữ đậm", bold=True),
            Run(", "),
            Run("chữ nghiêng", italic=True),
            Run(" và "),
            Run("đậm nghiêng", bold=True, italic=True),
            Run(" trong cùng một đoạn văn bản dài hơn một dòng để kiểm tra căn đều hai bên."),
        ],
        marker="+",
    )
    alpha = Section(
        title="Đối với các trường mầm non",
        label="a)",
        style=ALPHA,
        children=[
            para("- Tổ chức đăng ký thi đua đầu năm học, **trước ngày 30/9/2025**."),
            runs_para,
            para("+ *Phong trào “Xây dựng trường học hạnh phúc”*: triển khai đến từng lớp."),
        ],
    )
    decimal = Section(
        title="Thi đua theo chuyên đề",
        label="1.1.",
        style=DECIMAL,
        children=[alpha, Section(title="Đối với các trường tiểu học", label="b)", style=ALPHA,
                                 children=[para("- Thực hiện như điểm a) nêu trên.")])],
    )
    body = [
        Section(
            title="Nội dung thực hiện",
            label="I.",
            style=ROMAN,
            children=[
                Section(title="Phong trào thi đua", label="1.", style=ARABIC, children=[decimal]),
                Section(title="Công tác khen thưởng", label="2.", style=ARABIC,
                        children=[para("Khen thưởng đúng người, đúng thành tích./.")]),
            ],
        )
    ]
    return _base(body=body)


def long_paragraph() -> Plan:
    """One paragraph of 2,000 characters."""
    text = (SENTENCE * 20)[:2000].rstrip() + "./."
    return _base(body=[section("I.", "TỔ CHỨC THỰC HIỆN", text, style=ROMAN)])


LAST_PARAGRAPH_START = "Đoạn cuối của kế hoạch: "


def long_last_paragraph() -> Plan:
    """The 2,000-character paragraph last, starting low on page 1: only its last lines may go
    with the signature to page 2, not the whole paragraph."""
    text = LAST_PARAGRAPH_START + (SENTENCE * 20)[:2000].rstrip() + "./."
    filler = [f"- Nội dung số {i}: " + SENTENCE for i in range(4)]
    return _base(body=[section("I.", "TỔ CHỨC THỰC HIỆN", *filler, text, style=ROMAN)])


def _rows(n: int, grouped: bool = True) -> list[TimetableRow]:
    return [
        TimetableRow(
            content=f"Nhiệm vụ số {i + 1}: tổng hợp hồ sơ đề nghị khen thưởng của các đơn vị",
            guide="Phòng GDĐT",
            executors="Các trường",
            due=f"Tháng {(i % 12) + 1:02d}/2026",
            group=(f"Học kỳ {'I' if i < n // 2 else 'II'}" if grouped else ""),
        )
        for i in range(n)
    ]


def timetable_in_body() -> Plan:
    """A 40-row timetable inside the body (not an appendix)."""
    return _base(timetable=Timetable(rows=_rows(40), title="Tiến độ thực hiện", as_appendix=False,
                                     note="(Thời gian có thể thay đổi)"))


def appendix_no_groups() -> Plan:
    """A timetable appendix without group rows."""
    return _base(timetable=Timetable(rows=_rows(12, grouped=False), as_appendix=True))


def custom_headers() -> Plan:
    """A timetable with its own column set."""
    rows = [
        TimetableRow(content=f"Hội nghị sơ kết học kỳ {i}", executors="Các trường", due=f"Tháng {i:02d}/2026",
                     guide="Họp trực tuyến")
        for i in range(1, 6)
    ]
    return _base(
        timetable=Timetable(
            rows=rows,
            headers=["STT", "Thời gian", "Nội dung", "Thực hiện", "Ghi chú"],
            as_appendix=True,
        )
    )


def empty_fields() -> Plan:
    """No title, no bases, no recipients, no signer name; no place, no date."""
    return Plan(
        title="",
        number=None,
        office_name="PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
        body=[section("I.", "MỤC ĐÍCH", "Nội dung.", style=ROMAN)],
        signatures=[Signer(position="Trưởng phòng")],
    )


ESCAPE_TEXT = 'Điểm <5 & >3 là "khá" và \'tốt\'; <b>không</b> in đậm & không lỗi'


def escaping_and_nfd() -> Plan:
    """&, <, >, quotes everywhere, and decomposed (NFD) input."""

    def nfd(s: str) -> str:
        return unicodedata.normalize("NFD", s)

    return _base(
        title=nfd("Thi đua “Dạy tốt & Học tốt” <năm học> 2025 - 2026"),
        office_name=nfd("PHÒNG GIÁO DỤC & ĐÀO TẠO"),
        bases=[nfd("Căn cứ Quyết định số 09/2020/QĐ-UBND <ngày 28/4/2020> & các văn bản liên quan;")],
        body=[section("I.", nfd("MỤC ĐÍCH & YÊU CẦU"), "- " + nfd(ESCAPE_TEXT), style=ROMAN)],
        recipients=[Recipient(nfd("Sở GD&ĐT <Hà Nội>"), nfd("để \"báo cáo\"")), Recipient("Lưu: VT")],
        signature=Signer(position=nfd("Trưởng phòng"), name=nfd("Nguyễn Thị Hương & Cộng sự")),
        timetable=Timetable(rows=[TimetableRow(content=nfd(ESCAPE_TEXT), guide="A & B", due="<15/11>")]),
    )


def number_125() -> Plan:
    """Number ≥ 100 and a complete date in June (no leading zero for month 6)."""
    return _base(number=125, date=DocDate(29, 6, 2019), place="Nam Từ Liêm")


def long_short_plan() -> Plan:
    """The Sa Đéc draft with extra paragraphs so that it breaks close to the signature."""
    plan = short_plan()
    plan.body[-1].children[0:0] = [para(f"- Nội dung bổ sung số {i}: " + SENTENCE) for i in range(7)]
    return plan


LONG_URL = "https://thiduakhenthuong.example.edu.vn/" + "vanban" * 15


def unbreakable_strings() -> Plan:
    """Words longer than their column everywhere: title, office, governing body, symbol, place,
    recipient, position and name. Not in VARIANTS: such words are cut, so the text is not
    found verbatim."""
    plan = sign_kt()
    plan.title = LONG_URL
    plan.office_name = "PHÒNG" + "X" * 60
    plan.governing_body = "UBND" + "Y" * 60
    plan.recipients = [Recipient(LONG_URL, "để biết"), Recipient("Lưu: VT")]
    plan.signature.name = "Nguyễn" + "z" * 50
    plan.signature.position = "Phó Trưởng phòng phụ trách công tác thi đua khen thưởng và truyền thông"
    plan.place = "Thành phố " + "Q" * 40
    plan.symbol = "KH-" + "PGDĐT" * 8
    return plan


VARIANTS = {
    "one_page": one_page,
    "long_office": long_office,
    "long_title": long_title,
    "sign_tm": sign_tm,
    "sign_q": sign_q,
    "sign_tl": sign_tl,
    "sign_tuq": sign_tuq,
    "sign_kt": sign_kt,
    "many_recipients": many_recipients,
    "deep_nesting": deep_nesting,
    "long_paragraph": long_paragraph,
    "long_last_paragraph": long_last_paragraph,
    "timetable_in_body": timetable_in_body,
    "appendix_no_groups": appendix_no_groups,
    "custom_headers": custom_headers,
    "empty_fields": empty_fields,
    "escaping_and_nfd": escaping_and_nfd,
    "number_125": number_125,
    "long_short_plan": long_short_plan,
}

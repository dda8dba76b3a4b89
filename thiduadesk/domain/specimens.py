"""Specimen papers: each kind the office prints, filled from the office profile with sample
content, so the clerk can check the header, the signers and the printer before the first real
paper — and the tests can measure every form against Decree 30 through the same code.

The texts are sample wording in the office's usual style; nothing here is sent anywhere.
"""

from __future__ import annotations

from thiduadesk.domain.dates import DocDate
from thiduadesk.domain.document import (
    DECISION,
    LETTER,
    MINUTES,
    SUBMISSION,
    Article,
    AttachedList,
    OfficialDocument,
    Paragraph,
    Recipient,
    Run,
    Signer,
    symbol_for,
)
from thiduadesk.domain.model import OfficeProfile
from thiduadesk.domain.office_names import name_in_running_text
from thiduadesk.domain.plan import to_roman

PAPER_KINDS = ("letter", "submission", "minutes", "decision", "list")
KINDS = ("plan", *PAPER_KINDS)

SAMPLE_HEAD = "Nguyễn Thị Hương"
SAMPLE_DEPUTY = "Trần Văn Bình"
SAMPLE_SECRETARY = "Lê Thị Mai"
SCHOOL_YEAR = "2025 - 2026"


def _area(profile: OfficeProfile) -> str:
    """'UBND QUẬN NAM TỪ LIÊM' → 'QUẬN NAM TỪ LIÊM' (the area named after an office)."""
    body = profile.governing_body.strip()
    for prefix in ("ỦY BAN NHÂN DÂN ", "UỶ BAN NHÂN DÂN ", "UBND "):
        if body.upper().startswith(prefix):
            return body[len(prefix) :].strip()
    return ""


def competence_of(profile: OfficeProfile) -> str:
    """The signer's competence line of a decision: 'TRƯỞNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN NAM
    TỪ LIÊM' from the head's title, the office and the area it serves."""
    head = profile.head_title.strip().upper()
    office = profile.office_name.strip().upper()
    if head.endswith("PHÒNG") and office.startswith("PHÒNG "):
        office = office[len("PHÒNG ") :]
    return " ".join(x for x in (head, office, _area(profile).upper()) if x)


def _head(profile: OfficeProfile) -> Signer:
    signer = profile.head_signer()
    signer.name = signer.name or SAMPLE_HEAD
    return signer


def _deputy(profile: OfficeProfile) -> Signer:
    names = [d for d in profile.deputies if d.strip()]
    return profile.deputy_signer(names[0] if names else SAMPLE_DEPUTY)


def _frame(profile: OfficeProfile, kind: str, **fields) -> OfficialDocument:
    """A draft with the office header: number and day still blank, as before signing."""
    return OfficialDocument(
        doc_type=kind,
        symbol=symbol_for(kind, profile.symbol, profile.letter_unit),
        place=profile.place,
        date=DocDate(None, 5, 2026),
        governing_body=profile.governing_body,
        office_name=profile.office_name,
        **fields,
    )


def _p(text: str, marker: str = "") -> Paragraph:
    return Paragraph(runs=[Run(text)], marker=marker)


def letter(profile: OfficeProfile) -> OfficialDocument:
    """A reminder letter (công văn đôn đốc)."""
    return _frame(
        profile,
        LETTER,
        summary=f"V/v đôn đốc nộp hồ sơ đề nghị khen thưởng năm học {SCHOOL_YEAR}",
        addressees=[
            "Hiệu trưởng các trường mầm non",
            "Hiệu trưởng các trường tiểu học",
            "Hiệu trưởng các trường trung học cơ sở",
        ],
        body=[
            _p(
                f"Thực hiện Kế hoạch số 12/KH-{profile.symbol} ngày 15 tháng 9 năm 2025 về công tác thi đua, "
                f"khen thưởng năm học {SCHOOL_YEAR}, đến ngày 20/5/2026 còn một số đơn vị chưa gửi hồ sơ đề "
                "nghị công nhận danh hiệu thi đua và hình thức khen thưởng."
            ),
            _p("Để kịp trình Hội đồng Thi đua - Khen thưởng xét duyệt, đề nghị Hiệu trưởng các đơn vị:"),
            _p(
                "Hoàn thiện hồ sơ gồm tờ trình, biên bản họp Hội đồng Thi đua - Khen thưởng của đơn vị, "
                "danh sách và báo cáo thành tích của tập thể, cá nhân;",
                "-",
            ),
            _p("Gửi hồ sơ về bộ phận Thi đua - Khen thưởng trước ngày 29/5/2026.", "-"),
            _p("Đề nghị các đơn vị nghiêm túc thực hiện./."),
        ],
        recipients=[Recipient("Như trên"), profile.storage_recipient()],
        signatures=[_deputy(profile)],
    )


def _award_rows() -> list[list[str] | str]:
    schools = [
        ("Trường Mầm non Hoa Sen", ["Nguyễn Thị Lan|Giáo viên", "Phạm Thị Thu Hà|Giáo viên", "Đỗ Thị Ngọc|Nhân viên"]),
        ("Trường Tiểu học Nguyễn Du", ["Trần Văn An|Phó Hiệu trưởng", "Lê Thị Bình|Giáo viên", "Vũ Minh Châu|Giáo viên",
                                            "Hoàng Thị Dung|Tổng phụ trách Đội"]),
        ("Trường THCS Lê Quý Đôn", ["Bùi Quang Huy|Tổ trưởng chuyên môn", "Ngô Thị Hồng Nhung|Giáo viên",
                                           "Đặng Văn Phúc|Giáo viên", "Trịnh Thị Quỳnh|Giáo viên", "Lý Thanh Sơn|Nhân viên"]),
    ]
    rows: list[list[str] | str] = []
    n = 0
    for i, (school, people) in enumerate(schools, start=1):
        rows.append(f"{to_roman(i)}. {school.upper()}")
        for person in people:
            name, position = person.split("|")
            n += 1
            rows.append([str(n), name, position, school])
    return rows


def award_list(landscape: bool = False) -> AttachedList:
    return AttachedList(
        title=f"Cá nhân được công nhận danh hiệu “Lao động tiên tiến” năm học {SCHOOL_YEAR}",
        headers=["TT", "Họ và tên", "Chức vụ", "Đơn vị"],
        rows=_award_rows(),
        weights=[0.5, 2.2, 1.8, 2.4],
        landscape=landscape,
    )


def submission(profile: OfficeProfile) -> OfficialDocument:
    """A submission proposing awards to the level that confers them (tờ trình)."""
    area = _area(profile)
    area = name_in_running_text(area)
    area = area[:1].lower() + area[1:]  # "quận Nam Từ Liêm" inside the sentence
    confer = f"Chủ tịch Ủy ban nhân dân {area}".strip()
    return _frame(
        profile,
        SUBMISSION,
        title=f"Về việc đề nghị công nhận danh hiệu thi đua năm học {SCHOOL_YEAR}",
        addressees=[confer],
        bases=[
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
            "Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật "
            "Thi đua, khen thưởng;",
        ],
        body=[
            _p(
                "Căn cứ kết quả họp xét của Hội đồng Thi đua - Khen thưởng ngày 25/5/2026 (biên bản kèm theo), "
                f"{name_in_running_text(profile.office_name)} kính trình {confer} xem xét, công nhận:"
            ),
            _p("Danh hiệu “Lao động tiên tiến”: 12 cá nhân;", "-"),
            _p("Danh hiệu “Chiến sĩ thi đua cơ sở”: 03 cá nhân;", "-"),
            _p("Danh hiệu “Tập thể lao động tiên tiến”: 02 tập thể.", "-"),
            _p("(Có danh sách kèm theo)"),
            _p("Kính trình Chủ tịch xem xét, quyết định./."),
        ],
        recipients=[Recipient("Như trên"), profile.storage_recipient()],
        signatures=[_head(profile)],
        attachments=[award_list()],
    )


def minutes(profile: OfficeProfile) -> OfficialDocument:
    """Minutes of the office's emulation council (biên bản), two signatures side by side."""
    head = _head(profile)
    return _frame(
        profile,
        MINUTES,
        title=f"Họp Hội đồng Thi đua - Khen thưởng xét danh hiệu thi đua năm học {SCHOOL_YEAR}",
        body=[
            _p("Thời gian: 08 giờ 00 phút, ngày 25 tháng 5 năm 2026."),
            _p(f"Địa điểm: Phòng họp {name_in_running_text(profile.office_name)}."),
            _p(f"Chủ tọa: Bà {head.name}, {profile.head_title}, Chủ tịch Hội đồng."),
            _p("Thành phần: 07/07 thành viên Hội đồng có mặt; vắng: không."),
            _p(f"Thư ký: Bà {SAMPLE_SECRETARY}, chuyên viên."),
            _p("Nội dung: Hội đồng xem xét hồ sơ đề nghị của 18 đơn vị trực thuộc."),
            _p("Kết quả bỏ phiếu kín:"),
            _p("Danh hiệu “Chiến sĩ thi đua cơ sở”: 03 cá nhân, mỗi cá nhân đạt từ 07/07 phiếu (100%);", "-"),
            _p("Danh hiệu “Lao động tiên tiến”: 12 cá nhân, đạt 07/07 phiếu (100%).", "-"),
            _p("Kết luận: Hội đồng thống nhất đề nghị công nhận các danh hiệu trên."),
            _p("Cuộc họp kết thúc lúc 10 giờ 30 phút cùng ngày./."),
        ],
        signatures=[
            Signer(position="Thư ký", name=SAMPLE_SECRETARY),
            Signer(position="Chủ tọa", name=head.name),
        ],
    )


def decision(profile: OfficeProfile) -> OfficialDocument:
    """A decision with its attached list (quyết định khen thưởng)."""
    office = name_in_running_text(profile.office_name)
    return _frame(
        profile,
        DECISION,
        title=f"Về việc công nhận danh hiệu “Lao động tiên tiến” năm học {SCHOOL_YEAR}",
        competence=competence_of(profile),
        bases=[
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
            "Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Thi "
            "đua, khen thưởng",
            f"Theo đề nghị của Hội đồng Thi đua - Khen thưởng {office}",
        ],
        body=[
            Article(1, [Run(
                f"Công nhận danh hiệu “Lao động tiên tiến” năm học {SCHOOL_YEAR} cho 12 cá nhân "
                "(có tên trong danh sách kèm theo)."
            )]),
            Article(2, [Run(
                "Mỗi cá nhân được tặng Giấy chứng nhận và tiền thưởng 0,3 lần mức lương cơ sở; kinh phí "
                "chi từ quỹ thi đua, khen thưởng theo quy định."
            )]),
            Article(3, [Run(
                "Bộ phận Thi đua - Khen thưởng, Hiệu trưởng các trường có tên tại Điều 1 và các cá nhân có tên "
                "trong danh sách chịu trách nhiệm thi hành Quyết định này./."
            )]),
        ],
        recipients=[Recipient("Như Điều 3"), profile.storage_recipient()],
        signatures=[_head(profile)],
        attachments=[award_list()],
    )


BUILDERS = {"letter": letter, "submission": submission, "minutes": minutes, "decision": decision}

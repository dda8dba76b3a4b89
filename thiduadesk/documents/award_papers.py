"""The award papers as thin builders over the one document model: the proposal list (landscape,
grouped by award), the submission (tờ trình), the council's minutes (biên bản, two signatures)
and the decision with its attached list and cash amounts. Each returns an OfficialDocument;
the letter layout (paper_pdf) prints it — header, signatures, numbering and "(Kèm theo …)"
are never built here.
"""

from __future__ import annotations

from collections import defaultdict

from thiduadesk.domain import cash
from thiduadesk.domain.awards import catalogue as c
from thiduadesk.domain.awards.model import AwardSettings, Nomination
from thiduadesk.domain.awards.regimes import regime_for
from thiduadesk.domain.dates import DocDate
from thiduadesk.domain.document import (
    DECISION,
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
from thiduadesk.domain.specimens import _area as area_of
from thiduadesk.domain.specimens import competence_of
from thiduadesk.domain.text import name_sort_key

# Awards the office's own level confers (the decision); the others go up with the submission.
LOCAL = (c.BY_LOCAL, c.BY_HEAD)


def _p(text: str, marker: str = "") -> Paragraph:
    return Paragraph(runs=[Run(text)], marker=marker)


def _kind_name(code: str) -> str:
    return c.kind(code).name if code in c.BY_CODE else code


def _grouped(nominations: list[Nomination]) -> list[tuple[str, list[Nomination]]]:
    """By award in the catalogue's order; people in Vietnamese name order (given name first)."""
    groups: dict[str, list[Nomination]] = defaultdict(list)
    for n in nominations:
        groups[n.award].append(n)
    order = sorted(groups, key=lambda code: (c.BY_CODE[code].order if code in c.BY_CODE else 99, code))
    return [(code, sorted(groups[code], key=lambda n: (name_sort_key(n.name), n.unit))) for code in order]


def _count_text(code: str, count: int) -> str:
    who = "tập thể" if code in c.BY_CODE and c.kind(code).collective else "cá nhân"
    return f"{count:02d} {who}"


def _counts_line(nominations: list[Nomination]) -> list[Paragraph]:
    groups = _grouped(nominations)
    out = []
    for i, (code, members) in enumerate(groups):
        end = "." if i == len(groups) - 1 else ";"
        quoted = c.kind(code).quoted if code in c.BY_CODE else code
        out.append(_p(f"{quoted[:1].upper()}{quoted[1:]}: {_count_text(code, len(members))}{end}", "-"))
    return out


def _summary(n: Nomination) -> str:
    parts = []
    if n.rating:
        parts.append(c.RATING_NAMES[n.rating])
    for i in n.initiatives:
        level = f" (cấp {c.LEVEL_NAMES[i.level]})" if i.level in c.LEVEL_NAMES else ""
        parts.append(f"Sáng kiến: {i.title}{level}")
    if n.achievements:
        parts.append(n.achievements)
    return "; ".join(parts)


def _who(n: Nomination) -> str:
    return "" if n.collective else " – ".join(x for x in (n.position, n.unit) if x)


def _frame(profile: OfficeProfile, kind: str, **fields) -> OfficialDocument:
    return OfficialDocument(
        doc_type=kind, symbol=symbol_for(kind, profile.symbol, profile.letter_unit), place=profile.place,
        date=DocDate(None, None, None), governing_body=profile.governing_body, office_name=profile.office_name,
        **fields,
    )


def _area(profile: OfficeProfile) -> str:
    """'quận Nam Từ Liêm', the area of the governing body as running text writes it."""
    area = name_in_running_text(area_of(profile))
    return area[:1].lower() + area[1:]


def proposal_list(school_year: str, nominations: list[Nomination]) -> AttachedList:
    """Danh sách đề nghị khen thưởng: landscape, one group per award."""
    rows: list[list[str] | str] = []
    number = 0
    for g, (code, members) in enumerate(_grouped(nominations), start=1):
        rows.append(f"{to_roman(g)}. {_kind_name(code).upper()} ({_count_text(code, len(members))})")
        for n in members:
            number += 1
            rows.append([str(number), n.name, _who(n), _summary(n), n.note])
    return AttachedList(
        title=f"Cá nhân, tập thể đề nghị khen thưởng năm học {school_year.replace('-', ' - ')}",
        headers=["STT", "Họ và tên", "Chức vụ – Đơn vị", "Tóm tắt thành tích, sáng kiến", "Ghi chú"],
        rows=rows, weights=[0.6, 2.0, 2.6, 4.2, 1.2], landscape=True,
    )


def submission(profile: OfficeProfile, school_year: str, nominations: list[Nomination]) -> OfficialDocument:
    year = school_year.replace("-", " - ")
    confer = f"Chủ tịch Ủy ban nhân dân {_area(profile)}".strip()
    office = name_in_running_text(profile.office_name)
    return _frame(
        profile, SUBMISSION,
        title=f"Về việc đề nghị khen thưởng năm học {year}",
        addressees=[confer],
        bases=[f"{b};" for b in regime_for(school_year).legal_bases],
        body=[
            _p(f"Căn cứ kết quả họp xét của Hội đồng Thi đua - Khen thưởng (biên bản kèm theo), {office} kính "
               f"trình {confer} xem xét, khen thưởng năm học {year}:"),
            *_counts_line(nominations),
            _p("(Có danh sách kèm theo)"),
            _p(f"Kính trình {confer} xem xét, quyết định./."),
        ],
        recipients=[Recipient("Như trên"), profile.storage_recipient()],
        signatures=[profile.head_signer()],
        attachments=[proposal_list(school_year, nominations)],
    )


def _ballot(code: str, members: list[Nomination]) -> str:
    voted = [n for n in members if n.votes_total]
    quoted = c.kind(code).quoted if code in c.BY_CODE else code
    head = f"{quoted[:1].upper()}{quoted[1:]}: {_count_text(code, len(members))}"
    if not voted:
        return f"{head}, mỗi trường hợp đạt …/… phiếu"
    low = min(voted, key=lambda n: n.votes_for / n.votes_total)
    pct = round(100 * low.votes_for / low.votes_total)
    return f"{head}, mỗi trường hợp đạt từ {low.votes_for:02d}/{low.votes_total:02d} phiếu ({pct}%)"


def minutes(profile: OfficeProfile, school_year: str, nominations: list[Nomination]) -> OfficialDocument:
    year = school_year.replace("-", " - ")
    head = profile.head_signer()
    groups = _grouped(nominations)
    ballots = [_p(_ballot(code, members) + (";" if i < len(groups) - 1 else "."), "-")
               for i, (code, members) in enumerate(groups)]
    return _frame(
        profile, MINUTES,
        title=f"Họp Hội đồng Thi đua - Khen thưởng xét khen thưởng năm học {year}",
        body=[
            _p("Thời gian: … giờ … phút, ngày … tháng … năm …"),
            _p(f"Địa điểm: {name_in_running_text(profile.office_name)}."),
            _p(f"Chủ tọa: {head.name or '…'}, {profile.head_title}, Chủ tịch Hội đồng."),
            _p("Thành phần: …/… thành viên Hội đồng có mặt; vắng: …"),
            _p("Thư ký: …"),
            _p(f"Nội dung: Hội đồng xem xét hồ sơ đề nghị khen thưởng năm học {year} của "
               f"{len({n.unit for n in nominations}):02d} đơn vị, đối chiếu tiêu chuẩn theo {regime_for(school_year).name}."),
            _p("Kết quả bỏ phiếu kín (tỷ lệ trên tổng số thành viên Hội đồng):"),
            *ballots,
            _p("Kết luận: Hội đồng thống nhất đề nghị khen thưởng các cá nhân, tập thể có tên trong danh sách kèm theo."),
            _p("Cuộc họp kết thúc lúc … giờ … phút cùng ngày./."),
        ],
        signatures=[Signer(position="Thư ký", name=""), Signer(position="Chủ tọa", name=head.name)],
        attachments=[proposal_list(school_year, nominations)],
    )


def decided_list(school_year: str, nominations: list[Nomination], settings: AwardSettings) -> tuple[AttachedList, int]:
    """The list attached to the decision, with each award's cash and the total (and in words)."""
    rows: list[list[str] | str] = []
    total = number = 0
    for g, (code, members) in enumerate(_grouped(nominations), start=1):
        each = cash.award_amount(code, settings)
        mult = cash.multiple(code, settings)
        extra = f", mức thưởng {cash.multiple_text(mult)} lần mức lương cơ sở" if each else ""
        rows.append(f"{to_roman(g)}. {_kind_name(code).upper()} ({_count_text(code, len(members))}{extra})")
        for n in members:
            number += 1
            total += each
            rows.append([str(number), n.name, _who(n), cash.vnd(each) if each else ""])
    rows.append(["", "Tổng cộng", "", cash.vnd(total)])
    rows.append(f"Bằng chữ: {cash.amount_in_words(total)}")
    return AttachedList(
        title=f"Cá nhân, tập thể được khen thưởng năm học {school_year.replace('-', ' - ')}",
        headers=["STT", "Họ và tên", "Chức vụ – Đơn vị", "Số tiền (đồng)"],
        rows=rows, weights=[0.7, 2.2, 3.3, 1.4], landscape=False,
    ), total


def decision(profile: OfficeProfile, school_year: str, nominations: list[Nomination],
             settings: AwardSettings) -> OfficialDocument:
    year = school_year.replace("-", " - ")
    office = name_in_running_text(profile.office_name)
    own = [n for n in nominations if n.award in c.BY_CODE and c.kind(n.award).conferred_by in LOCAL]
    attached, total = decided_list(school_year, own, settings)
    people = sum(1 for n in own if not n.collective)
    groups = len(own) - people
    whom = " và ".join(x for x in (f"{people:02d} cá nhân" if people else "", f"{groups:02d} tập thể" if groups else "")
                       if x) or "các cá nhân, tập thể"
    titles = ", ".join(c.kind(code).quoted for code, _ in _grouped(own)) or "khen thưởng"
    return _frame(
        profile, DECISION,
        title=f"Về việc khen thưởng năm học {year}",
        competence=competence_of(profile),
        bases=[*regime_for(school_year).legal_bases, f"Theo đề nghị của Hội đồng Thi đua - Khen thưởng {office}"],
        body=[
            Article(1, [Run(f"Công nhận, tặng thưởng {titles} năm học {year} cho {whom} (có tên trong danh sách "
                            "kèm theo).")]),
            Article(2, [Run(f"Tiền thưởng theo mức lương cơ sở {cash.vnd(settings.base_salary)} đồng, mức của từng "
                            f"danh hiệu, hình thức ghi trong danh sách kèm theo; tổng cộng {cash.vnd(total)} đồng "
                            f"(Bằng chữ: {cash.amount_in_words(total)}), chi từ quỹ thi đua, khen thưởng theo quy định.")]),
            Article(3, [Run("Bộ phận Thi đua - Khen thưởng, Thủ trưởng các đơn vị và các cá nhân, tập thể có tên tại "
                            "Điều 1 chịu trách nhiệm thi hành Quyết định này./.")]),
        ],
        recipients=[Recipient("Như Điều 3"), profile.storage_recipient()],
        signatures=[profile.head_signer()],
        attachments=[attached],
    )


def build(paper: str, profile: OfficeProfile, school_year: str, nominations: list[Nomination],
          settings: AwardSettings) -> OfficialDocument:
    """``paper`` is one of list, proposal, minutes, decision ('list' is the submission; print its
    attached list alone)."""
    if paper in ("list", "proposal"):
        return submission(profile, school_year, nominations)
    if paper == "minutes":
        return minutes(profile, school_year, nominations)
    if paper == "decision":
        return decision(profile, school_year, nominations, settings)
    raise ValueError(paper)

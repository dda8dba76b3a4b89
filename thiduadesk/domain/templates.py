"""Plan templates shipped in resources/templates/ as Markdown, read with the plan text parser.

Keeping them as Markdown lets an office edit or add one without touching code; placeholders in
braces are filled from the year and the office profile.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from thiduadesk.domain.model import OfficeProfile
from thiduadesk.domain.plan import Plan


@dataclass(frozen=True)
class PlanTemplate:
    key: str
    name: str  # shown to the clerk (Vietnamese; the UI translates through its own table)
    file: str
    month: int  # month in which such a plan is usually written (decides the school year)


TEMPLATES = (
    PlanTemplate("thi-dua-nam", "Kế hoạch phát động phong trào thi đua năm", "ke-hoach-thi-dua-nam.md", 2),
    PlanTemplate("tdkt-nam", "Kế hoạch công tác thi đua, khen thưởng năm (có phụ lục tiến độ)", "ke-hoach-cong-tac-tdkt-nam.md", 1),
    PlanTemplate("dot-thi-dua", "Kế hoạch đợt thi đua chuyên đề (chào mừng 20/11)", "ke-hoach-dot-thi-dua.md", 10),
)


def school_year(year: int, month: int) -> str:
    """'2021 - 2022' for January 2022; '2022 - 2023' for October 2022 (years start in September)."""
    start = year if month >= 9 else year - 1
    return f"{start} - {start + 1}"


def _sentence_case_office(profile: OfficeProfile | None) -> str:
    name = (profile.office_name if profile else "") or "Phòng Giáo dục và Đào tạo"
    return name[:1].upper() + name[1:].lower().replace("giáo dục và đào tạo", "Giáo dục và Đào tạo")


def _area(profile: OfficeProfile | None) -> str:
    """'UBND QUẬN NAM TỪ LIÊM' → 'quận Nam Từ Liêm' (the area the office serves)."""
    body = (profile.governing_body if profile else "") or ""
    for prefix in ("ỦY BAN NHÂN DÂN ", "UỶ BAN NHÂN DÂN ", "UBND "):
        if body.upper().startswith(prefix):
            body = body[len(prefix) :]
            break
    words = body.split()
    if not words:
        return "địa phương"
    return " ".join([words[0].lower(), *(w.capitalize() for w in words[1:])])


def fill_placeholders(text: str, year: int, month: int, profile: OfficeProfile | None) -> str:
    office = _sentence_case_office(profile)
    values = {
        "nam": str(year),
        "nam_truoc": str(year - 1),
        "nam_sau": str(year + 1),
        "nam_hoc": school_year(year, month),
        "co_quan": office,
        "co_quan_ngan": office.replace("Giáo dục và Đào tạo", "GDĐT"),
        "dia_ban": _area(profile),
    }
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


def template_text(template: PlanTemplate) -> str:
    return (resources.files("thiduadesk.resources") / "templates" / template.file).read_text(encoding="utf-8")


def load_template(key: str, year: int, profile: OfficeProfile | None = None) -> Plan:
    from thiduadesk.domain.plan_text import parse_plan_text

    template = next((t for t in TEMPLATES if t.key == key), None)
    if template is None:
        raise KeyError(key)
    parsed = parse_plan_text(fill_placeholders(template_text(template), year, template.month, profile))
    plan = parsed.plan
    plan.date.year = year
    return plan

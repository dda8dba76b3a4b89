"""Cash awards: multiples of the base salary (NĐ 152/2025 Điều 50; the base salary and the
multiples are settings of the school year), rounded up to tens of thousands of đồng as the
regulation says, and amounts written in words the way accountants write them.

num2words knows Vietnamese but writes "một triệu năm nghìn" for 1,005,000 and "lẻ" for a
missing ten; on receipts and decisions every group after the first keeps its hundreds
("không trăm") and the missing ten is "linh": "Một triệu không trăm linh năm nghìn đồng".
``amount_in_words`` builds the words group by group from num2words' and applies those rules.
"""

from __future__ import annotations

import math

from thiduadesk.domain.awards import catalogue as c
from thiduadesk.domain.awards.model import AwardSettings

_SCALES = ("", "nghìn", "triệu", "tỷ")


def multiple(award: str, settings: AwardSettings) -> float:
    if award in settings.cash_multiples:
        return float(settings.cash_multiples[award])
    return c.kind(award).cash_multiple if award in c.BY_CODE else 0.0


def award_amount(award: str, settings: AwardSettings) -> int:
    """The cash of one award: multiple × base salary, rounded up to ``settings.round_to``."""
    raw = multiple(award, settings) * settings.base_salary
    step = max(1, int(settings.round_to or 1))
    return int(math.ceil(round(raw, 6) / step) * step) if raw > 0 else 0


def vnd(amount: int) -> str:
    """1005000 → '1.005.000': the amount as Vietnamese papers group it (babel's vi_VN number
    format; loaded when an award paper is printed, never at start-up)."""
    from babel.numbers import format_decimal

    return format_decimal(amount, locale="vi_VN")


def multiple_text(value: float) -> str:
    """0.3 → '0,3'; 1.0 → '1,0' (as decisions write 'mức lương cơ sở')."""
    return f"{value:.1f}".replace(".", ",") if value == round(value, 1) else f"{value:g}".replace(".", ",")


def _group_words(value: int, leading: bool) -> str:
    from num2words import num2words

    words = num2words(value, lang="vi").replace("lẻ", "linh")
    if leading:
        return words
    if value < 10:
        return f"không trăm linh {words}"
    if value < 100:
        return f"không trăm {words}"
    return words


def number_in_words(amount: int) -> str:
    """1005000 → 'một triệu không trăm linh năm nghìn' (zero groups are left out)."""
    if amount < 0:
        return "âm " + number_in_words(-amount)
    if amount == 0:
        return "không"
    groups = []
    while amount:
        amount, g = divmod(amount, 1000)
        groups.append(g)
    parts = []
    top = len(groups) - 1
    for index in range(top, -1, -1):
        g = groups[index]
        if not g:
            continue
        scale = " ".join(x for x in (_SCALES[index % 3], *["tỷ"] * (index // 3)) if x)  # "nghìn tỷ"
        words = _group_words(g, leading=index == top)
        parts.append(f"{words} {scale}".strip())
    return " ".join(parts)


def amount_in_words(amount: int) -> str:
    """'Một triệu không trăm linh năm nghìn đồng'."""
    text = number_in_words(amount) + " đồng"
    return text[:1].upper() + text[1:]

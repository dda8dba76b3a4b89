"""Cash awards: multiples of the base salary rounded up to tens of thousands, and the total in
words as accountants write it (num2words' wording checked and fixed)."""

import pytest

from thiduadesk.domain import cash
from thiduadesk.domain.awards import catalogue as c
from thiduadesk.domain.awards.model import AwardSettings


@pytest.mark.parametrize("amount, words", [
    (1_005_000, "Một triệu không trăm linh năm nghìn đồng"),  # num2words: "một triệu năm nghìn"
    (702_000, "Bảy trăm linh hai nghìn đồng"),  # num2words: "lẻ"
    (2_021_000, "Hai triệu không trăm hai mươi mốt nghìn đồng"),
    (1_010, "Một nghìn không trăm mười đồng"),
    (2_000_050, "Hai triệu không trăm năm mươi đồng"),
    (1_000_000, "Một triệu đồng"),
    (2_340_000, "Hai triệu ba trăm bốn mươi nghìn đồng"),
    (1_000_000_005, "Một tỷ không trăm linh năm đồng"),
    (5_000_000_000_000, "Năm nghìn tỷ đồng"),
    (15, "Mười lăm đồng"),
    (25, "Hai mươi lăm đồng"),
    (0, "Không đồng"),
])
def test_amount_in_words(amount, words):
    assert cash.amount_in_words(amount) == words


def test_amounts_from_the_base_salary_rounded_up():
    s = AwardSettings()
    assert cash.award_amount(c.LDTT, s) == 710_000  # 0,3 × 2.340.000 = 702.000 → 710.000
    assert cash.award_amount(c.CSTDCS, s) == 2_340_000
    assert cash.award_amount(c.TT_LDTT, s) == 1_880_000  # 1.872.000
    assert cash.award_amount(c.TT_LDXS, s) == 3_510_000
    assert cash.award_amount(c.CSTD_TINH, s) == 7_020_000
    assert cash.award_amount(c.GIAY_KHEN, s) == 0
    other = AwardSettings(base_salary=1_800_000, round_to=1, cash_multiples={c.GIAY_KHEN: 0.3})
    assert cash.award_amount(c.LDTT, other) == 540_000
    assert cash.award_amount(c.GIAY_KHEN, other) == 540_000
    assert cash.vnd(1_005_000) == "1.005.000"
    assert cash.multiple_text(0.3) == "0,3"

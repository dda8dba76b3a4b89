"""The eligibility rules, each both ways and under both regimes (hand-made cases, domain.md §2)."""

from __future__ import annotations

import pytest

from thiduadesk.domain.awards import catalogue as c
from thiduadesk.domain.awards.engine import check_year
from thiduadesk.domain.awards.model import AwardSettings, Conferred, Initiative, Nomination, parse_school_year
from thiduadesk.domain.awards.regimes import regime_for

OLD, NEW, NEWEST = "2022-2023", "2023-2024", "2025-2026"


def nom(award, name="Trần Văn An", year=NEW, unit="Trường Tiểu học Nguyễn Du", **kw):
    return Nomination(year, award, name, unit, **kw)


def one(n, **kw):
    return check_year([n], **kw)[0]


def messages(res):
    return [r.message for r in res.reasons]


def failures(res):
    return [r.message for r in res.failures]


def cst(year, name="Trần Văn An", unit="Trường Tiểu học Nguyễn Du"):
    return Conferred(year, c.CSTDCS, name, unit)


# --- regimes by the school year's end ------------------------------------------------------------

@pytest.mark.parametrize("year, code", [("2021-2022", "old"), ("2022-2023", "old"), ("2023-2024", "law2022"),
                                        ("2024-2025", "nd152"), ("2025-2026", "nd152"), ("2010-2011", "old")])
def test_regime_by_year_end(year, code):
    assert regime_for(year).code == code


def test_school_year_parsing():
    assert parse_school_year("2023 – 2024") == "2023-2024"
    with pytest.raises(ValueError):
        parse_school_year("2023-2025")


# --- LĐTT ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("year", [OLD, NEW])
@pytest.mark.parametrize("rating, eligible", [(c.HTXS, True), (c.HTT, True), (c.HT, False), (c.KHT, False)])
def test_ldtt_needs_good_rating(year, rating, eligible):
    res = one(nom(c.LDTT, year=year, rating=rating))
    assert res.eligible is eligible
    if not eligible:
        law = "2003, sửa đổi 2013" if year == OLD else "2022"
        assert failures(res)[0].startswith("Chưa đạt: cần xếp loại Hoàn thành tốt nhiệm vụ trở lên")
        assert res.failures[0].basis == f"Điều 24 Luật Thi đua, khen thưởng {law}"


# --- CSTĐCS ----------------------------------------------------------------------------------------

def test_cstdcs_new_regime_htxs_is_enough():
    assert one(nom(c.CSTDCS, rating=c.HTXS)).eligible


def test_cstdcs_new_regime_initiative_or_project_with_htt():
    assert one(nom(c.CSTDCS, rating=c.HTT, initiatives=[Initiative("Dạy đọc", c.LEVEL_BASE, "QĐ 5")])).eligible
    assert one(nom(c.CSTDCS, rating=c.HTT, project="Đề tài cấp huyện")).eligible


def test_cstdcs_new_regime_fails_with_the_law_in_the_message():
    res = one(nom(c.CSTDCS, rating=c.HTT))
    assert not res.eligible
    assert failures(res) == ["Chưa đạt: cần Hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến được công nhận "
                             "(Điều 23 Luật Thi đua, khen thưởng 2022)"]
    assert res.missing == ["cần Hoàn thành xuất sắc nhiệm vụ hoặc 1 sáng kiến được công nhận"]


def test_cstdcs_unrecognised_initiative_does_not_count():
    assert not one(nom(c.CSTDCS, rating=c.HTT, initiatives=[Initiative("Chưa công nhận")])).eligible


def test_cstdcs_old_regime_needs_an_initiative_even_with_htxs():
    res = one(nom(c.CSTDCS, year=OLD, rating=c.HTXS))
    assert not res.eligible
    assert "cần có sáng kiến được công nhận" in failures(res)[0]
    assert res.failures[0].basis.startswith("Điều 23 Luật Thi đua, khen thưởng 2003")
    ok = one(nom(c.CSTDCS, year=OLD, rating=c.HTT, initiatives=[Initiative("Dạy đọc", c.LEVEL_BASE)]),
             settings=AwardSettings(cstdcs_cap_pct=0))
    assert ok.eligible


def test_cstdcs_needs_ldtt_first_both_regimes():
    for year in (OLD, NEW):
        res = one(nom(c.CSTDCS, year=year, rating=c.HT, initiatives=[Initiative("X", c.LEVEL_BASE)]))
        assert not res.eligible


def _unit_list(year, n_ldtt, n_cst):
    noms = [nom(c.LDTT, f"Người {i} Lan", year=year, rating=c.HTT) for i in range(n_ldtt)]
    noms += [nom(c.CSTDCS, f"Người {i} Bình", year=year, rating=c.HTXS,
                 initiatives=[Initiative(f"SK {i}", c.LEVEL_BASE)]) for i in range(n_cst)]
    return noms


def test_old_regime_caps_cstdcs_at_15_percent_of_ldtt():
    # 2 CSTĐCS among 20 LĐTT (18 + the 2 CSTĐCS, who are LĐTT too): 15 % of 20 = 3 → within.
    res = check_year(_unit_list(OLD, 18, 2))
    assert all(x.eligible for x in res)
    # 4 CSTĐCS among 20: over the cap, every CSTĐCS of the unit is flagged.
    res = check_year(_unit_list(OLD, 16, 4))
    over = [x for x in res if x.nomination.award == c.CSTDCS]
    assert all(not x.eligible for x in over)
    assert "4 Chiến sĩ thi đua cơ sở trên 20 Lao động tiên tiến của đơn vị (tối đa 15%: 3 người)" in failures(over[0])[0]
    assert all(x.eligible for x in res if x.nomination.award == c.LDTT)


def test_new_regime_has_no_cap_unless_the_office_sets_one():
    assert all(x.eligible for x in check_year(_unit_list(NEW, 16, 4)))
    res = check_year(_unit_list(NEW, 16, 4), settings=AwardSettings(cstdcs_cap_pct=10))
    assert not [x for x in res if x.nomination.award == c.CSTDCS][0].eligible


# --- CSTĐ cấp tỉnh ----------------------------------------------------------------------------------

def _province(year=NEW, level=c.LEVEL_PROVINCE):
    return nom(c.CSTD_TINH, year=year, rating=c.HTXS, initiatives=[Initiative("Sáng kiến tỉnh", level, "QĐ 9/QĐ-SGDĐT")])


@pytest.mark.parametrize("year, before", [(NEW, ["2021-2022", "2022-2023"]), (OLD, ["2020-2021", "2021-2022"])])
def test_cstd_tinh_three_consecutive_with_this_year(year, before):
    n = _province(year)
    this_year = nom(c.CSTDCS, year=year, rating=c.HTXS, initiatives=[Initiative("Sáng kiến tỉnh", c.LEVEL_PROVINCE)])
    res = check_year([this_year, n], history=[cst(y) for y in before], settings=AwardSettings(cstdcs_cap_pct=0))
    assert res[1].eligible, failures(res[1])


def test_cstd_tinh_missing_years_and_initiative():
    res = one(_province(level=c.LEVEL_DISTRICT), history=[cst("2022-2023")])
    assert not res.eligible
    assert "Chưa đạt: cần 3 năm liên tục đạt Chiến sĩ thi đua cơ sở (mới có 1 năm)" in failures(res)[0]
    assert "còn thiếu 2 năm CSTĐCS liên tục" in res.missing
    assert "còn thiếu 1 sáng kiến được công nhận cấp tỉnh" in res.missing


def test_cstd_tinh_broken_streak():
    res = one(_province(), history=[cst("2020-2021"), cst("2022-2023")])
    assert "(mới có 1 năm)" in failures(res)[0]


def test_history_matched_by_birth_date_when_both_have_one():
    n = _province()
    n.birth_date = "1980-05-02"
    hist = [Conferred(y, c.CSTDCS, "TRẦN VĂN AN", "Trường Tiểu học Nguyễn Du", birth_date="1980-05-02")
            for y in ("2020-2021", "2021-2022", "2022-2023")]
    assert one(n, history=hist).eligible
    other = [Conferred(h.school_year, h.award, h.name, h.unit, birth_date="1991-01-01") for h in hist]
    assert not one(n, history=other).eligible


# --- Bằng khen tỉnh ------------------------------------------------------------------------------

def test_bk_tinh_two_consecutive_cstdcs():
    assert one(nom(c.BK_TINH, rating=c.HTXS), history=[cst("2021-2022"), cst("2022-2023")]).eligible


def test_bk_tinh_two_years_htxs_and_two_initiatives():
    prev = Conferred("2022-2023", c.LDTT, "Trần Văn An", "Trường Tiểu học Nguyễn Du", rating=c.HTXS, initiatives=1)
    n = nom(c.BK_TINH, rating=c.HTXS, initiatives=[Initiative("SK 2", c.LEVEL_BASE)])
    assert one(n, history=[prev]).eligible


def test_bk_tinh_not_eligible_says_what_is_missing():
    res = one(nom(c.BK_TINH, year=OLD, rating=c.HTXS), history=[cst("2021-2022")])
    assert not res.eligible
    assert res.missing == ["còn thiếu 1 năm CSTĐCS liên tục"]
    assert res.failures[0].basis.startswith("Điều 72 Luật Thi đua, khen thưởng 2003")


# --- Giấy khen, Kỷ niệm chương, Bằng khen Bộ ---------------------------------------------------------

def test_giay_khen():
    assert one(nom(c.GIAY_KHEN, rating=c.HTT, achievements="Giáo viên dạy giỏi cấp huyện")).eligible
    res = one(nom(c.GIAY_KHEN, rating=c.HT))
    assert len(res.failures) == 2


@pytest.mark.parametrize("years, hard, eligible", [(20, 0, True), (19, 0, False), (15, 5, True), (15, 4, False),
                                                   (None, None, False)])
def test_medal_years_in_sector(years, hard, eligible):
    res = one(nom(c.KNC, sector_years=years, hard_area_years=hard))
    assert res.eligible is eligible
    if years == 19:
        assert res.missing == ["còn thiếu 1 năm công tác trong ngành"]
        assert res.failures[0].basis == "Điều 8 Thông tư 29/2023/TT-BGDĐT"


def test_bk_bo_follows_two_consecutive_cstdcs():
    assert one(nom(c.BK_BO, rating=c.HTXS), history=[cst("2021-2022"), cst("2022-2023")]).eligible
    assert not one(nom(c.BK_BO, rating=c.HTXS)).eligible


# --- collective titles ---------------------------------------------------------------------------

def _collective(award, year, members, n_ldtt, n_cst=0, rating=c.HTXS, discipline=""):
    unit = "Trường THCS Lê Quý Đôn"
    noms = [Nomination(year, award, unit, unit, collective=True, rating=rating, members=members)]
    noms += [nom(c.LDTT, f"Giáo viên {i} Hà", year=year, unit=unit, rating=c.HTT) for i in range(n_ldtt)]
    noms += [nom(c.CSTDCS, f"Giáo viên {i} Sơn", year=year, unit=unit, rating=c.HTXS,
                 initiatives=[Initiative(f"SK {i}", c.LEVEL_BASE)]) for i in range(n_cst)]
    if discipline:
        noms.append(nom(c.LDTT, "Lý Thanh Tâm", year=year, unit=unit, rating=c.HT, discipline=discipline))
    return noms


def test_tt_ldtt_new_regime_70_percent():
    assert check_year(_collective(c.TT_LDTT, NEW, 10, 7, rating=c.HTT))[0].eligible
    res = check_year(_collective(c.TT_LDTT, NEW, 10, 6, rating=c.HTT))[0]
    assert not res.eligible
    assert "6/10 thành viên đạt Lao động tiên tiến (60%, cần từ 70%)" in failures(res)[0]
    assert res.missing == ["còn thiếu 1 Lao động tiên tiến"]


def test_tt_ldtt_old_regime_more_than_half():
    assert check_year(_collective(c.TT_LDTT, OLD, 10, 6, rating=c.HTT))[0].eligible
    res = check_year(_collective(c.TT_LDTT, OLD, 10, 5, rating=c.HTT))[0]
    assert "(50%, cần trên 50%)" in failures(res)[0]


def test_collective_percentage_is_a_setting():
    assert check_year(_collective(c.TT_LDTT, NEW, 10, 6, rating=c.HTT), settings=AwardSettings(ldtt_member_pct=60))[0].eligible


def test_tt_ldxs_needs_a_cstdcs_and_excellent_rating():
    assert check_year(_collective(c.TT_LDXS, NEW, 10, 6, n_cst=1))[0].eligible
    res = check_year(_collective(c.TT_LDXS, NEW, 10, 7, n_cst=0, rating=c.HTT))[0]
    fails = failures(res)
    assert any("cần ít nhất 1 cá nhân đạt Chiến sĩ thi đua cơ sở" in m for m in fails)
    assert any("tập thể cần hoàn thành xuất sắc nhiệm vụ" in m for m in fails)


def test_collective_blocked_by_a_member_warned_or_worse():
    res = check_year(_collective(c.TT_LDTT, NEW, 10, 8, rating=c.HTT, discipline="Cảnh cáo"))[0]
    assert "có cá nhân bị kỷ luật từ cảnh cáo trở lên (Lý Thanh Tâm)" in failures(res)[0]
    assert check_year(_collective(c.TT_LDTT, NEW, 10, 8, rating=c.HTT, discipline="Khiển trách"))[0].eligible


def test_collective_without_member_count():
    res = check_year(_collective(c.TT_LDTT, NEW, None, 8, rating=c.HTT))[0]
    assert "chưa có tổng số thành viên" in failures(res)[0]


# --- principles ----------------------------------------------------------------------------------

@pytest.mark.parametrize("year, basis", [(NEW, "Điều 5 Luật Thi đua, khen thưởng 2022; Nghị định 98/2023/NĐ-CP"),
                                         (NEWEST, "Điều 4 Nghị định 152/2025/NĐ-CP")])
def test_pending_procedure_blocks(year, basis):
    res = one(nom(c.LDTT, year=year, rating=c.HTXS, discipline="Đang xem xét kỷ luật"))
    assert not res.eligible
    assert res.failures[0].basis == basis
    assert "đang xem xét kỷ luật" in failures(res)[0]


def test_discipline_in_the_year_blocks_an_individual_title():
    res = one(nom(c.LDTT, rating=c.HTXS, discipline="Khiển trách"))
    assert failures(res)[0].startswith("Chưa đạt: bị kỷ luật trong năm học (Khiển trách)")
    assert one(nom(c.LDTT, rating=c.HTXS, discipline="")).eligible


def test_same_nominee_twice_for_the_same_award():
    res = check_year([nom(c.LDTT, rating=c.HTT), nom(c.LDTT, name="TRẦN VĂN AN", rating=c.HTT),
                      nom(c.LDTT, name="Trần Văn Ân", rating=c.HTT)])
    assert res[0].eligible and res[2].eligible  # tones make another person
    assert failures(res[1])[0].startswith("Chưa đạt: trùng đề nghị: TRẦN VĂN AN")


def test_initiative_used_once_only():
    a = nom(c.CSTDCS, rating=c.HTT, initiatives=[Initiative("Dạy đọc hiểu", c.LEVEL_BASE)])
    b = nom(c.CSTDCS, name="Lê Thị Bình", rating=c.HTT, initiatives=[Initiative("dạy đọc hiểu", c.LEVEL_BASE)])
    res = check_year([a, b])
    assert not res[0].eligible and not res[1].eligible
    assert "cũng được kê cho Lê Thị Bình" in failures(res[0])[0]
    earlier = one(nom(c.CSTDCS, rating=c.HTT, initiatives=[Initiative("Dạy đọc hiểu", c.LEVEL_BASE)]),
                  used_initiatives={"dạy đọc hiểu": "2022-2023, Trần Văn An"})
    assert "đã được dùng làm căn cứ khen thưởng (2022-2023, Trần Văn An)" in failures(earlier)[0]
    assert one(nom(c.CSTDCS, rating=c.HTT, initiatives=[Initiative("Dạy đọc hiểu", c.LEVEL_BASE)])).eligible


@pytest.mark.parametrize("award, votes, eligible", [(c.CSTDCS, 8, True), (c.CSTDCS, 7, False),
                                                    (c.CSTD_TINH, 9, True), (c.CSTD_TINH, 8, False)])
def test_vote_thresholds_of_all_members(award, votes, eligible):
    hist = [cst(y) for y in ("2020-2021", "2021-2022", "2022-2023")]
    n = nom(award, rating=c.HTXS, initiatives=[Initiative("SK", c.LEVEL_PROVINCE)], votes_for=votes, votes_total=10)
    res = one(n, history=hist)
    assert res.eligible is eligible
    vote = [r for r in res.reasons if "phiếu đồng ý" in r.message][0]
    need = 90 if award == c.CSTD_TINH else 80
    assert vote.message.endswith(f"{votes}/10 phiếu đồng ý của tổng số thành viên Hội đồng ({votes * 10}%, cần từ {need}%) "
                                 "(Nghị định 98/2023/NĐ-CP)")


def test_vote_threshold_is_a_setting():
    n = nom(c.CSTDCS, rating=c.HTXS, votes_for=7, votes_total=10)
    assert one(n, settings=AwardSettings(vote_pct=70)).eligible


# --- next year -----------------------------------------------------------------------------------

def test_next_year_suggestions_for_a_person_with_history():
    res = one(nom(c.CSTDCS, rating=c.HTXS), history=[cst("2022-2023")])
    assert res.eligible
    assert res.next_year[0].startswith("Chiến sĩ thi đua cấp tỉnh (nếu đạt Chiến sĩ thi đua cơ sở năm học sau, năm thứ 3")
    assert res.next_year[1].startswith("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh")
    assert one(nom(c.CSTDCS, rating=c.HTXS)).next_year == []  # no history


# --- over a cap the council's votes choose, women first at equal votes (domain.md §2) ------------

def _voted_unit(votes: list[tuple[int, bool]]):
    """16 LĐTT and one CSTĐCS per (votes for, of 20; is a woman) in an old-regime unit (cap 15 %)."""
    noms = _unit_list(OLD, 16, 0)
    for i, (votes_for, woman) in enumerate(votes):
        noms.append(nom(c.CSTDCS, f"Người {i} Bình", year=OLD, rating=c.HTXS, woman=woman,
                        initiatives=[Initiative(f"SK {i}", c.LEVEL_BASE)], votes_for=votes_for, votes_total=20))
    return {x.nomination.name: x for x in check_year(noms) if x.nomination.award == c.CSTDCS}


def test_over_the_cap_the_best_votes_take_the_places():
    res = _voted_unit([(20, False), (19, False), (18, False), (17, False)])  # 15 % of 20 = 3 places
    assert [n for n, x in res.items() if x.eligible] == ["Người 0 Bình", "Người 1 Bình", "Người 2 Bình"]
    assert failures(res["Người 3 Bình"]) == [
        "Chưa đạt: 4 Chiến sĩ thi đua cơ sở trên 20 Lao động tiên tiến của đơn vị (tối đa 15%: 3 người); "
        "xếp sau theo số phiếu Hội đồng (Nghị định 91/2017/NĐ-CP (tỷ lệ Chiến sĩ thi đua cơ sở không quá 15% số "
        "Lao động tiên tiến))"]
    assert res["Người 3 Bình"].missing == ["đơn vị vượt tỷ lệ 15% Chiến sĩ thi đua cơ sở"]


def test_at_equal_votes_a_woman_is_preferred():
    res = _voted_unit([(20, False), (20, False), (18, True), (18, False)])
    assert res["Người 2 Bình"].eligible and not res["Người 3 Bình"].eligible


def test_a_tie_on_the_last_place_is_left_to_the_council():
    res = _voted_unit([(20, False), (20, True), (18, False), (18, False)])
    assert res["Người 0 Bình"].eligible and res["Người 1 Bình"].eligible
    for name in ("Người 2 Bình", "Người 3 Bình"):
        assert "Hội đồng chọn theo số phiếu (chưa ghi phiếu, hoặc bằng phiếu)" in failures(res[name])[0]


def test_a_nominee_failing_elsewhere_does_not_take_a_place():
    noms = _unit_list(OLD, 16, 0)
    for i, votes_for in enumerate((9, 9, 9, 5)):  # the last one under the 80 % threshold
        noms.append(nom(c.CSTDCS, f"Người {i} Bình", year=OLD, rating=c.HTXS, votes_for=votes_for, votes_total=9,
                        initiatives=[Initiative(f"SK {i}", c.LEVEL_BASE)]))
    res = [x for x in check_year(noms) if x.nomination.award == c.CSTDCS]
    assert [x.eligible for x in res] == [True, True, True, False]


# --- Kỷ niệm chương: years under a discipline do not count ----------------------------------------

@pytest.mark.parametrize("years, off, eligible", [(22, 3, False), (23, 3, True), (20, 0, True), (20, 1, False)])
def test_knc_does_not_count_years_under_discipline(years, off, eligible):
    res = one(nom(c.KNC, sector_years=years, discipline_years=off or None))
    assert res.eligible is eligible
    if off:
        assert f"{years - off} năm công tác trong ngành (đã trừ {off} năm bị kỷ luật)" in messages(res)[-1]

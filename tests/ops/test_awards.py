"""Award operations: import all or nothing with units created, check by the law of the year,
votes and decision recorded, the papers built from the year's eligible nominations."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.award_lists import write_award_list
from thiduadesk.domain.awards import catalogue as c
from thiduadesk.domain.awards.model import DECIDED, ELIGIBLE, NOT_ELIGIBLE, REVIEWED
from thiduadesk.domain.model import Unit
from thiduadesk.ops import awards, changes
from thiduadesk.ops.errors import FileRefused
from thiduadesk.store.awards import AwardRepository
from thiduadesk.store.units import UnitRepository

DATA = Path(__file__).parent.parent / "data" / "awards"
YEAR = "2023-2024"


ROWS = [
    [1, "Trần Văn An", "05/09/1980", "Giáo viên", "Trường Tiểu học Nguyễn Du", "CSTĐCS", "HTXSNV", "", "", "", ""],
    [2, "Lê Thị Bình", "", "Giáo viên", "Trường Tiểu học Nguyễn Du", "LĐTT", "HTTNV", "", "", "", ""],
    [3, "Vũ Minh Châu", "", "Giáo viên", "TRƯỜNG THCS LÊ QUÝ ĐÔN", "LĐTT", "HTNV", "", "", "", ""],
]


def test_import_creates_units_and_reports_them(store, seen, tmp_path):
    UnitRepository(store).add(Unit(name="Trường THCS Lê Quý Đôn", level="thcs"))
    report = awards.import_list(store, write_award_list(tmp_path / "a.xlsx", ROWS), YEAR)
    assert report.ok and report.added == 3
    assert report.units_created == ["Trường Tiểu học Nguyễn Du"]
    assert UnitRepository(store).find_by_name("Trường Tiểu học Nguyễn Du").level == "tieu_hoc"
    noms = AwardRepository(store).list(YEAR)
    assert [(n.name, n.unit) for n in noms] == [("Trần Văn An", "Trường Tiểu học Nguyễn Du"),
                                                ("Lê Thị Bình", "Trường Tiểu học Nguyễn Du"),
                                                ("Vũ Minh Châu", "Trường THCS Lê Quý Đôn")]
    assert seen[-1].areas == frozenset({changes.AWARDS, changes.UNITS})


def test_a_new_unit_written_two_ways_in_one_list_is_created_once(store, tmp_path):
    rows = [[1, "Trần Văn An", "", "", "Trường Mầm non Hoa Sen", "LĐTT", "HTTNV"],
            [2, "Lê Thị Bình", "", "", "TRƯỜNG MẦM NON HOA SEN", "LĐTT", "HTTNV"],
            [3, "Vũ Minh Châu", "", "", "Trường Mầm non Hoa Sen", "LĐTT", "HTTNV"]]
    report = awards.import_list(store, write_award_list(tmp_path / "hai-cach.xlsx", rows), YEAR)
    assert report.ok and report.units_created == ["Trường Mầm non Hoa Sen"]
    assert {n.unit_id for n in AwardRepository(store).list(YEAR)} == {
        UnitRepository(store).find_by_name("Trường Mầm non Hoa Sen").id}
    assert UnitRepository(store).count() == 1


def test_import_with_a_broken_row_takes_nothing(store, tmp_path):
    rows = [*ROWS, [4, "Đỗ Thị Ngọc", "", "", "Trường Mới", "Bằng khen Thủ tướng", "HTT", "", "", "", ""]]
    report = awards.import_list(store, write_award_list(tmp_path / "b.xlsx", rows), YEAR)
    assert not report.ok and report.added == 0
    assert report.errors == [(5, ["không rõ danh hiệu/hình thức «Bằng khen Thủ tướng»"])]
    assert AwardRepository(store).count() == 0 and UnitRepository(store).count() == 0


def test_import_conferred_history_then_check(store, tmp_path):
    for year in ("2021-2022", "2022-2023"):
        awards.import_list(store, write_award_list(tmp_path / f"{year}.xlsx", ROWS[:1]), year, conferred=True)
    awards.import_list(store, DATA / "shuffled.xls", YEAR)
    results = awards.check_year(store, YEAR, record=True)
    by_name = {r.nomination.name: r for r in results}
    assert by_name["Trần Văn An"].eligible
    assert by_name["Trần Văn An"].next_year[0].startswith("Chiến sĩ thi đua cấp tỉnh")
    pending = by_name["Phạm Thị Thu Hà"]
    assert not pending.eligible and "Đang xem xét kỷ luật" in pending.failures[0].message
    statuses = {n.name: n.status for n in AwardRepository(store).list(YEAR)}
    assert statuses == {"Trần Văn An": ELIGIBLE, "Lê Thị Bình": ELIGIBLE, "Phạm Thị Thu Hà": NOT_ELIGIBLE}
    assert awards.counts(results) == {c.CSTDCS: (1, 2), c.LDTT: (1, 1)}


def test_votes_then_decision_record_history(store, tmp_path):
    awards.import_list(store, write_award_list(tmp_path / "a.xlsx", ROWS[:2]), YEAR)
    ids = [n.id for n in AwardRepository(store).list(YEAR)]
    awards.record_votes(store, ids, 7, 7)
    assert {n.status for n in AwardRepository(store).list(YEAR)} == {REVIEWED}
    awards.record_decision(store, ids, "25/QĐ-PGDĐT", "2024-07-01")
    assert {n.status for n in AwardRepository(store).list(YEAR)} == {DECIDED}
    assert len(AwardRepository(store).history(YEAR)) == 2


def test_unreadable_file_is_refused(store, tmp_path):
    (tmp_path / "x.ods").write_bytes(b"garbage")
    with pytest.raises(FileRefused, match="x.ods: tệp .ods bị hỏng"):
        awards.import_list(store, tmp_path / "x.ods", YEAR)


# --- papers -----------------------------------------------------------------------------------

def _pdf_text(data: bytes) -> tuple[str, list]:
    import io

    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(p.extract_text() for p in reader.pages), reader.pages


def _year_with_votes(store, tmp_path):
    rows = [*ROWS, [4, "Nguyễn Văn Bình", "", "Giáo viên", "Trường Tiểu học Nguyễn Du", "LĐTT", "HTTNV", "", "", "", ""],
            [5, "Trường Tiểu học Nguyễn Du", "", "", "", "Tập thể LĐTT", "HTTNV", "", "", "", ""]]
    awards.import_list(store, write_award_list(tmp_path / "a.xlsx", rows), YEAR)
    from thiduadesk.domain.model import Person

    unit_id = UnitRepository(store).find_by_name("Trường Tiểu học Nguyễn Du").id
    UnitRepository(store).add_people([Person(f"Giáo viên {i}", unit_id) for i in range(4)])  # 3 of 4 LĐTT: 75 %
    repo = AwardRepository(store)
    cst = [n.id for n in repo.list(YEAR, award=c.CSTDCS)]
    awards.record_votes(store, cst, 7, 7)
    return repo


def test_list_paper_grouped_by_award_in_name_order(store, tmp_path):
    _year_with_votes(store, tmp_path)
    text, pages = _pdf_text(awards.award_pdf(store, YEAR, "list"))
    assert float(pages[0].mediabox.width) > float(pages[0].mediabox.height)  # landscape
    assert "DANH SÁCH" in text and "(Kèm theo Tờ trình số" in text
    assert text.index("I. CHIẾN SĨ THI ĐUA CƠ SỞ (01 cá nhân)") < text.index("II. LAO ĐỘNG TIÊN TIẾN (02 cá nhân)")
    # given name first: Bình (Lê Thị) after An; Vũ Minh Châu (HTNV) is not eligible and left out
    assert text.index("Lê Thị Bình") < text.index("Nguyễn Văn Bình")
    assert "Vũ Minh Châu" not in text
    assert "Hoàn thành xuất sắc nhiệm vụ" in text


def test_proposal_minutes_and_decision(store, tmp_path):
    _year_with_votes(store, tmp_path)
    proposal = awards.award_paper(store, YEAR, "proposal")
    assert proposal.doc_type == "TTr" and proposal.title == "Về việc đề nghị khen thưởng năm học 2023 - 2024"
    assert [p.printed_text() for p in proposal.body[1:4]] == [
        "- Danh hiệu “Chiến sĩ thi đua cơ sở”: 01 cá nhân;", "- Danh hiệu “Lao động tiên tiến”: 02 cá nhân;",
        "- Danh hiệu “Tập thể lao động tiên tiến”: 01 tập thể."]
    minutes = awards.award_paper(store, YEAR, "minutes")
    assert [s.position for s in minutes.signatures] == ["Thư ký", "Chủ tọa"]
    assert "- Danh hiệu “Chiến sĩ thi đua cơ sở”: 01 cá nhân, mỗi trường hợp đạt từ 07/07 phiếu (100%);" in [
        p.printed_text() for p in minutes.body]
    decision = awards.award_paper(store, YEAR, "decision")
    assert decision.doc_type == "QĐ" and decision.competence.startswith("TRƯỞNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO")
    assert decision.bases[0] == "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022"
    # 2.340.000 + 2 × 710.000 + 1.880.000 = 5.640.000
    assert "tổng cộng 5.640.000 đồng (Bằng chữ: Năm triệu sáu trăm bốn mươi nghìn đồng)" in decision.body[1].text
    rows = decision.attachments[0].rows
    assert rows[-2] == ["", "Tổng cộng", "", "5.640.000"]
    assert rows[-1] == "Bằng chữ: Năm triệu sáu trăm bốn mươi nghìn đồng"
    text, _ = _pdf_text(awards.award_pdf(store, YEAR, "decision"))
    assert "QUYẾT ĐỊNH" in text and "(Kèm theo Quyết định số" in text and "5.640.000" in text


def test_old_regime_decision_cites_the_old_law(store, tmp_path):
    rows = [[1, "Trần Văn An", "", "Giáo viên", "Trường A", "LĐTT", "HTTNV", "", "", "", ""]]
    awards.import_list(store, write_award_list(tmp_path / "o.xlsx", rows), "2022-2023")
    decision = awards.award_paper(store, "2022-2023", "decision")
    assert decision.bases[1].startswith("Căn cứ Nghị định số 91/2017/NĐ-CP")


def test_decision_saved_and_issued_with_a_number(store, tmp_path):
    import datetime as dt

    from thiduadesk.domain.model import OfficeProfile
    from thiduadesk.ops.issuing import issue_paper
    from thiduadesk.store.profile import save_profile

    save_profile(store, OfficeProfile(head_name="Nguyễn Thị Hương"))
    _year_with_votes(store, tmp_path)
    paper_id = awards.save_award_paper(store, YEAR, "decision")
    entry = issue_paper(store, paper_id, dt.date(2024, 7, 1))
    assert entry.number_and_symbol == "01/QĐ-PGDĐT"


def test_nominee_card_with_history_and_what_is_missing(store, tmp_path):
    awards.import_list(store, write_award_list(tmp_path / "h.xlsx", ROWS[:1]), "2022-2023", conferred=True)
    rows = [[1, "Trần Văn An", "05/09/1980", "Giáo viên", "Trường Tiểu học Nguyễn Du", "Bằng khen tỉnh", "HTXSNV",
             "", "", "", ""]]
    awards.import_list(store, write_award_list(tmp_path / "n.xlsx", rows), YEAR)
    [n] = AwardRepository(store).list(YEAR)
    card = awards.nominee_card(store, n.id)
    assert [(h.school_year, h.award) for h in card.history] == [("2022-2023", c.CSTDCS)]
    assert not card.result.eligible
    assert card.result.missing == ["còn thiếu 1 năm CSTĐCS liên tục"]


def test_year_settings_change_the_check(store, tmp_path):
    awards.import_list(store, write_award_list(tmp_path / "a.xlsx", ROWS[:1]), YEAR)
    ids = [n.id for n in AwardRepository(store).list(YEAR)]
    awards.record_votes(store, ids, 7, 9)  # 78 %
    assert not awards.check_year(store, YEAR)[0].eligible
    awards.change_settings(store, YEAR, vote_pct=75.0, base_salary=None)
    assert awards.check_year(store, YEAR)[0].eligible
    saved, effective = awards.year_settings(store, YEAR)
    assert saved.vote_pct == 75.0 and saved.ldtt_member_pct is None and effective.ldtt_member_pct == 70.0


def test_unknown_units_are_row_errors_when_not_created(store, tmp_path):
    report = awards.import_list(store, write_award_list(tmp_path / "a.xlsx", ROWS), YEAR, create_units=False)
    assert report.errors == [(2, ["đơn vị «Trường Tiểu học Nguyễn Du» chưa có trong danh sách đơn vị"]),
                             (4, ["đơn vị «TRƯỜNG THCS LÊ QUÝ ĐÔN» chưa có trong danh sách đơn vị"])]
    assert AwardRepository(store).count() == 0


def test_gender_and_discipline_years_are_kept_and_read_by_the_rules(store, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Họ và tên", "Giới tính", "Đơn vị", "Đề nghị danh hiệu", "Số năm công tác trong ngành",
               "Số năm bị kỷ luật"])
    ws.append(["Nguyễn Thị Hương", "Nữ", "Trường Mầm non Hoa Sen", "Kỷ niệm chương", 21, 2])
    wb.save(tmp_path / "knc.xlsx")
    assert awards.import_list(store, tmp_path / "knc.xlsx", YEAR).ok
    n = AwardRepository(store).list(YEAR)[0]
    assert (n.woman, n.discipline_years, n.sector_years) == (True, 2, 21)
    (res,) = awards.check_year(store, YEAR)
    assert not res.eligible and res.missing == ["còn thiếu 1 năm công tác trong ngành"]


def test_a_nominee_card_gives_the_same_result_as_the_check_of_the_whole_year(tmp_path):
    # The card checks only what a nomination is compared with (its unit, the same nominee, the same
    # initiative); on the demo district's four years, with caps, collectives and duplicates, that
    # must come out as the whole year's check does.
    from thiduadesk.ops.data import open_data

    store = open_data(tmp_path / "demo.sqlite", demo=True)
    awards.change_settings(store, awards.queries(store).years()[0], cstdcs_cap_pct=10.0)  # a cap that cuts
    compared = 0
    for year in awards.queries(store).years():
        whole = {r.nomination.id: r for r in awards.check_year(store, year)}
        for nomination_id in sorted(whole)[::7]:
            card = awards.nominee_card(store, nomination_id).result
            full = whole[nomination_id]
            assert (card.reasons, card.missing, card.next_year) == (full.reasons, full.missing, full.next_year)
            compared += 1
    store.close()
    assert compared > 200


def test_votes_and_deletes_check_again_only_what_they_touch_and_leave_the_year_as_a_whole_check_would(tmp_path):
    # Recording votes or deleting proposals checks again only the nominations compared with them
    # (their units, the same nominees, the same initiatives); the stored check column must then be
    # what checking the whole year writes. On the demo district with a cap that cuts.
    from thiduadesk.ops.data import open_data
    from thiduadesk.store.award_queries import NominationQuery

    store = open_data(tmp_path / "demo.sqlite", demo=True)
    year = awards.queries(store).years()[0]
    awards.change_settings(store, year, cstdcs_cap_pct=10.0)

    def column():
        return {r["id"]: (r["eligible"], r["check_note"])
                for r in awards.queries(store).page(NominationQuery(year), sort="id", limit=-1)}

    repo = AwardRepository(store)
    noms = repo.list(year, order="id")
    cstdcs = [n for n in noms if n.award == c.CSTDCS]
    unit = cstdcs[0].unit
    of_unit = [n.id for n in cstdcs if n.unit == unit]
    assert len(of_unit) >= 2
    before = column()
    awards.record_votes(store, of_unit[:1], 3, 11)  # below the threshold: it fails, and the cap's ranking moves
    awards.record_votes(store, of_unit[1:], 10, 11)
    narrowed = column()
    assert narrowed != before
    # An LĐTT of that unit goes: the unit's cap, counted on its LĐTT, changes for its CSTĐCS.
    ldtt = next(n for n in noms if n.unit == unit and n.award == c.LDTT and c.rating_at_least(n.rating, c.HTT))
    awards.delete_nominations(store, [ldtt.id])
    narrowed = column()
    assert all(narrowed[i] != before[i] for i in of_unit)
    with store.transaction():
        awards.queries(store).save_checks(awards.check_year(store, year))
    assert column() == narrowed
    store.close()


def test_what_a_change_touches_is_exactly_what_is_compared_with_it(tmp_path):
    # touched_by is of turned around: n is touched by a change of m exactly when m is among what
    # n is compared with, on the demo's years (collectives, shared initiatives and duplicates).
    from thiduadesk.domain.awards.comparisons import Comparisons
    from thiduadesk.ops.data import open_data

    store = open_data(tmp_path / "demo.sqlite", demo=True)
    pairs = 0
    for year in awards.queries(store).years():
        noms = AwardRepository(store).list(year, order="id")
        comparisons = Comparisons(noms)
        compared = {n.id: comparisons.of(n) for n in noms}
        for m in noms[::5]:
            assert comparisons.touched_by([m]) == {n.id for n in noms if m.id in compared[n.id]}
            pairs += 1
        assert any(n.collective for n in noms)
    store.close()
    assert pairs > 200

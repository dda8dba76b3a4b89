"""Issuing is one operation for every kind of paper: a letter and a plan share the register's
sequence when the setting says so, each archived PDF matches its hash, and an imported plan that
was issued elsewhere keeps its number."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from tests.documents.plan_fixtures import short_plan
from thiduadesk.domain import specimens
from thiduadesk.domain.dates import DocDate
from thiduadesk.domain.model import OfficeProfile
from thiduadesk.domain.register import PER_TYPE_SEQUENCE
from thiduadesk.ops import changes, issuing
from thiduadesk.store.errors import ValidationError
from thiduadesk.store.papers import PaperRepository
from thiduadesk.store.plans import PlanRepository
from thiduadesk.store.profile import save_profile
from thiduadesk.store.register import RegisterRepository

PROFILE = OfficeProfile(head_name="Nguyễn Thị Hương", deputies=["Trần Văn Bình"])


@pytest.fixture(autouse=True)
def _profile(store):
    save_profile(store, PROFILE)


def _plan(store) -> int:
    plan = short_plan()
    plan.number, plan.state = None, "draft"
    return PlanRepository(store).create(plan)


def _letter(store) -> int:
    return PaperRepository(store).create(specimens.letter(PROFILE))


def test_a_letter_and_a_plan_share_one_sequence(store, seen):
    day = dt.date(2026, 5, 20)
    first = issuing.issue_plan(store, _plan(store), day)
    letter_id = _letter(store)
    second = issuing.issue_paper(store, letter_id, day)
    third = issuing.issue_plan(store, _plan(store), day + dt.timedelta(days=1))
    assert [e.number for e in (first, second, third)] == [1, 2, 3]
    assert second.number_and_symbol == "02/PGDĐT-TĐKT"
    assert second.title == "V/v đôn đốc nộp hồ sơ đề nghị khen thưởng năm học 2025 - 2026"
    assert second.signer == "Trần Văn Bình (KT. Trưởng phòng - Phó Trưởng phòng)"
    entries = RegisterRepository(store).list(year=2026)
    assert [(e.plan_id is not None, e.paper_id) for e in entries] == [(True, None), (False, letter_id), (True, None)]
    letter = PaperRepository(store).get(letter_id)
    assert (letter.number, letter.date, letter.is_issued) == (2, DocDate(20, 5, 2026), True)
    pdf = issuing.archived_paper_pdf(store, letter_id)
    digest = store.conn.execute("SELECT sha256 FROM archive WHERE register_id = ?", (second.id,)).fetchone()[0]
    assert hashlib.sha256(pdf).hexdigest() == digest
    assert changes.PAPERS in seen[-2].areas and changes.REGISTER in seen[-2].areas
    with pytest.raises(ValidationError) as err:
        PaperRepository(store).save(letter)
    assert err.value.message == "Công văn này đã ban hành nên không sửa được."


def test_each_kind_its_own_sequence_when_set(store):
    RegisterRepository(store).set_sequence(PER_TYPE_SEQUENCE)
    day = dt.date(2026, 3, 2)
    plan = issuing.issue_plan(store, _plan(store), day)
    letter = issuing.issue_paper(store, _letter(store), day)
    again = issuing.issue_paper(store, _letter(store), day)
    assert (plan.number, letter.number, again.number) == (1, 1, 2)


def test_a_letter_without_signer_is_refused_and_nothing_is_numbered(store):
    doc = specimens.letter(PROFILE)
    doc.signature.name = ""
    paper_id = PaperRepository(store).create(doc)
    with pytest.raises(ValidationError) as err:
        issuing.issue_paper(store, paper_id, dt.date(2026, 1, 5))
    assert err.value.message == "Công văn chưa có người ký."
    assert RegisterRepository(store).list() == []
    assert not PaperRepository(store).get(paper_id).is_issued


def test_an_imported_plan_issued_elsewhere_keeps_its_number(store):
    plan = short_plan()
    plan.number, plan.date = 7, DocDate(5, 1, 2022)
    plan_id, entry = issuing.record_issued_plan(store, plan)
    stored = PlanRepository(store).get(plan_id)
    assert (stored.number, stored.date, stored.is_issued) == (7, DocDate(5, 1, 2022), True)
    assert (entry.number, entry.year, entry.plan_id, entry.notes) == (7, 2022, plan_id, "Nhập từ tệp văn bản đã ban hành.")
    assert PlanRepository(store).archived_pdf(plan_id).startswith(b"%PDF")
    # The next number of that year follows it.
    assert RegisterRepository(store).next_number(2022, "KH") == 8
    # The same number again is refused and leaves nothing behind.
    before = store.conn.execute("SELECT COUNT(*) FROM plans").fetchone()[0]
    with pytest.raises(ValidationError) as err:
        issuing.record_issued_plan(store, _numbered(7))
    assert "đã được dùng" in err.value.message
    assert store.conn.execute("SELECT COUNT(*) FROM plans").fetchone()[0] == before


def _numbered(number: int):
    plan = short_plan()
    plan.number, plan.date = number, DocDate(9, 3, 2022)
    return plan


def test_an_imported_plan_without_its_day_cannot_be_kept_as_issued(store):
    plan = short_plan()
    plan.number, plan.date = 7, DocDate(None, 1, 2022)
    with pytest.raises(ValidationError) as err:
        issuing.record_issued_plan(store, plan)
    assert err.value.message == (
        "Kế hoạch chưa có đủ số và ngày ban hành nên không nhập như văn bản đã ban hành được: "
        "hãy nhập làm bản nháp."
    )
    assert store.conn.execute("SELECT COUNT(*) FROM plans").fetchone()[0] == 0


def test_issuing_without_an_office_profile_is_refused(store):
    store.conn.execute("DELETE FROM settings WHERE key = 'office_profile'")
    plan_id = _plan(store)
    with pytest.raises(ValidationError) as err:
        issuing.issue_plan(store, plan_id, dt.date(2026, 1, 5))
    assert err.value.message == issuing.NO_PROFILE
    assert "thiduadesk profile set" in err.value.message
    assert RegisterRepository(store).list() == []
    assert not PlanRepository(store).get(plan_id).is_issued


def test_the_office_header_comes_from_the_profile_at_the_time_of_issue(store):
    from tests.documents.pdf_helpers import read_pdf, squash
    from tests.documents.plan_fixtures import long_plan

    plan = long_plan()  # with its timetable as an appendix
    plan.number, plan.governing_body, plan.office_name, plan.place, plan.symbol = None, "", "", "", ""
    plan_id = PlanRepository(store).create(plan)
    assert PlanRepository(store).get(plan_id).office_name == ""
    issuing.issue_plan(store, plan_id, dt.date(2026, 2, 3))
    issued = PlanRepository(store).get(plan_id)
    assert (issued.office_name, issued.governing_body, issued.place, issued.symbol) == (
        PROFILE.office_name, PROFILE.governing_body, PROFILE.place, "KH-PGDĐT")
    pages = read_pdf(PlanRepository(store).archived_pdf(plan_id))
    first = squash(pages[0].text)
    assert "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" in first and "Nam Từ Liêm, ngày 03 tháng 02 năm 2026" in first
    appendix = next(page for page in pages if page.landscape)
    assert "(Kèm theo Kế hoạch số 01/KH-PGDĐT ngày 03 tháng 02 năm 2026 của Phòng Giáo dục và Đào tạo)" in squash(
        appendix.text)

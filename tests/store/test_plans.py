"""Plans in storage: drafts, issuing with register numbers, locking, versions, archive."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import unicodedata

import pytest

from thiduadesk.domain.model import OfficeProfile, Signer, apply_profile
from thiduadesk.domain.plan import DocDate, Paragraph, Plan, Recipient, Run, Section, Timetable, TimetableRow
from thiduadesk.domain.register import PER_TYPE_SEQUENCE, RegisterEntry
from thiduadesk.store.db import open_store
from thiduadesk.store.errors import ValidationError
from thiduadesk.store.plans import PlanRepository
from thiduadesk.store.register import RegisterRepository


@pytest.fixture
def store(db_path):
    s = open_store(db_path)
    yield s
    s.close()


def fake_pdf(plan: Plan) -> bytes:
    """A stand-in renderer: deterministic bytes that depend on number and date."""
    return json.dumps({"n": plan.number, "d": plan.date.iso(), "t": plan.title}, ensure_ascii=False).encode()


def make_plan(title="Kế hoạch công tác thi đua năm 2022", year=2022) -> Plan:
    return Plan(
        title=title,
        symbol="KH-PGDĐT",
        place="Nam Từ Liêm",
        date=DocDate(None, 1, year),
        bases=["Thực hiện Kế hoạch số 4340/KH-SGDĐT ngày 22/12/2021 của Sở GDĐT Hà Nội;"],
        body=[
            Section(
                "MỤC ĐÍCH, YÊU CẦU",
                "I.",
                "roman",
                [Paragraph([Run("Phát động phong trào thi đua "), Run("Dạy tốt - Học tốt", bold=True)], "-")],
            )
        ],
        timetable=Timetable(rows=[TimetableRow("Xây dựng kế hoạch", "Phòng GDĐT", "Các trường", "Tháng 01/2022", "2022-01", "Quý I - 2022")]),
        recipients=[Recipient("Sở GDĐT Hà Nội", "để báo cáo"), Recipient("Lưu: VT")],
        signatures=[Signer("KT.", "Phó Trưởng phòng", "Nguyễn Văn An", "Trưởng phòng")],
    )


def test_draft_round_trip_and_nfc(store):
    repo = PlanRepository(store)
    plan = make_plan(title=unicodedata.normalize("NFD", "Kế hoạch thi đua Đức Thắng"))
    plan_id = repo.create(plan)
    got = repo.get(plan_id)
    assert got.title == unicodedata.normalize("NFC", "Kế hoạch thi đua Đức Thắng")
    assert got.body[0].children[0].runs[1].bold is True
    assert got.timetable.rows[0].due_iso == "2022-01"
    assert got.signature.authority == "KT."
    assert got.state == "draft" and got.number is None
    assert [s.id for s in repo.list("duc thang")] == [plan_id]
    audit = store.conn.execute("SELECT action FROM audit_log WHERE table_name='plans' AND row_id=?", (plan_id,)).fetchall()
    assert audit == [("insert",)]


def test_numbering_restarts_each_year_and_never_repeats(store):
    repo = PlanRepository(store)
    issued = []
    for year, day in [(2022, dt.date(2022, 1, 5)), (2022, dt.date(2022, 3, 1)), (2022, dt.date(2022, 12, 30)),
                      (2023, dt.date(2023, 1, 2)), (2023, dt.date(2023, 2, 9))]:  # fmt: skip
        plan_id = repo.create(make_plan(year=year))
        issued.append(repo.issue(plan_id, day, fake_pdf))
    assert [(e.year, e.number) for e in issued] == [(2022, 1), (2022, 2), (2022, 3), (2023, 1), (2023, 2)]
    assert issued[0].number_and_symbol == "01/KH-PGDĐT"
    # A document issued outside the program takes its place in the same sequence …
    manual = RegisterRepository(store).add_manual(
        RegisterEntry(2023, 0, "PGDĐT-TĐKT", "2023-02-10", "CV", "V/v đôn đốc nộp báo cáo", signer="Nguyễn Thị Hương")
    )
    assert manual.number == 3
    nxt = repo.issue(repo.create(make_plan(year=2023)), dt.date(2023, 2, 11), fake_pdf)
    assert nxt.number == 4
    # … and a number already used is refused, whatever the symbol.
    with pytest.raises(ValidationError, match="đã được dùng"):
        RegisterRepository(store).add_manual(RegisterEntry(2023, 2, "QĐ-PGDĐT", "2023-03-01", "QĐ", "Quyết định khen thưởng"))
    numbers = store.conn.execute("SELECT year, number FROM register ORDER BY year, number").fetchall()
    assert len(numbers) == len(set(numbers))


def test_per_type_sequence_setting(store):
    reg = RegisterRepository(store)
    reg.set_sequence(PER_TYPE_SEQUENCE)
    repo = PlanRepository(store)
    repo.issue(repo.create(make_plan()), dt.date(2022, 1, 5), fake_pdf)
    decision = reg.add_manual(RegisterEntry(2022, 0, "QĐ-PGDĐT", "2022-01-06", "QĐ", "Quyết định khen thưởng"))
    assert decision.number == 1  # decisions count on their own
    assert reg.next_number(2022, "KH") == 2


def test_issue_locks_and_reprint_is_the_archived_file(store):
    repo = PlanRepository(store)
    plan_id = repo.create(make_plan())
    entry = repo.issue(plan_id, dt.date(2022, 1, 5), fake_pdf)
    plan = repo.get(plan_id)
    assert plan.is_issued and plan.number == 1 and plan.date.iso() == "2022-01-05"
    assert entry.signer == "Nguyễn Văn An (KT. Trưởng phòng - Phó Trưởng phòng)"
    archived = repo.archived_pdf(plan_id)
    assert archived == fake_pdf(plan)
    digest = store.conn.execute("SELECT sha256 FROM archive WHERE register_id = ?", (entry.id,)).fetchone()[0]
    assert digest == hashlib.sha256(archived).hexdigest()
    plan.title = "Sửa sau khi ký"
    with pytest.raises(ValidationError, match="đã ban hành"):
        repo.save(plan)
    with pytest.raises(ValidationError):
        repo.issue(plan_id, dt.date(2022, 1, 6), fake_pdf)
    with pytest.raises(ValidationError):
        repo.delete(plan_id)
    assert repo.get(plan_id).title == make_plan().title


def test_tampered_archive_is_detected(store):
    repo = PlanRepository(store)
    plan_id = repo.create(make_plan())
    repo.issue(plan_id, dt.date(2022, 1, 5), fake_pdf)
    with store.transaction():
        store.conn.execute("UPDATE archive SET pdf = ?", (b"changed",))
    with pytest.raises(Exception, match="không khớp"):
        repo.archived_pdf(plan_id)


def test_new_version_of_an_issued_plan(store):
    repo = PlanRepository(store)
    first = repo.create(make_plan())
    repo.issue(first, dt.date(2022, 1, 5), fake_pdf)
    second = repo.new_version(first)
    draft = repo.get(second)
    assert (draft.version, draft.parent_id, draft.number, draft.state) == (2, first, None, "draft")
    draft.title = "Kế hoạch công tác thi đua năm 2022 (sửa đổi)"
    repo.save(draft)
    entry = repo.issue(second, dt.date(2022, 2, 1), fake_pdf)
    assert entry.number == 2
    assert repo.get(first).title == make_plan().title  # the issued version is untouched


def test_failed_render_changes_nothing(store):
    repo = PlanRepository(store)
    plan_id = repo.create(make_plan())

    def broken(plan):
        raise OSError("printer driver exploded")

    with pytest.raises(OSError):
        repo.issue(plan_id, dt.date(2022, 1, 5), broken)
    assert repo.get(plan_id).state == "draft"
    assert store.conn.execute("SELECT COUNT(*) FROM register").fetchone()[0] == 0
    assert repo.issue(plan_id, dt.date(2022, 1, 5), fake_pdf).number == 1


def test_issue_refuses_a_plan_without_signer(store):
    repo = PlanRepository(store)
    plan = make_plan()
    plan.signature = Signer()
    plan_id = repo.create(plan)
    with pytest.raises(ValidationError, match="người ký"):
        repo.issue(plan_id, dt.date(2022, 1, 5), fake_pdf)


def test_copy_for_next_year(store):
    repo = PlanRepository(store)
    plan_id = repo.create(make_plan())
    repo.issue(plan_id, dt.date(2022, 1, 5), fake_pdf)
    new_id = repo.copy_for_next_year(plan_id)
    new = repo.get(new_id)
    assert new.title == "Kế hoạch công tác thi đua năm 2023"
    assert new.number is None and new.date == DocDate(None, None, 2023) and new.state == "draft"
    assert new.bases == make_plan().bases  # a basis names a real dated document: kept as is
    row = new.timetable.rows[0]
    assert (row.due, row.due_iso, row.group) == ("Tháng 01/2023", "2023-01", "Quý I - 2023")


def test_apply_profile_fills_empty_fields_only():
    profile = OfficeProfile(head_name="Nguyễn Thị Hương", symbol="PGDĐT", place="Nam Từ Liêm")
    plan = apply_profile(Plan(title="x", symbol=""), profile)
    assert plan.symbol == "KH-PGDĐT"
    assert plan.governing_body == "UBND QUẬN NAM TỪ LIÊM"
    assert plan.signature.name == "Nguyễn Thị Hương"
    kept = apply_profile(Plan(title="x", place="Sa Đéc"), profile)
    assert kept.place == "Sa Đéc"


def test_register_validation_messages(store):
    reg = RegisterRepository(store)
    with pytest.raises(ValidationError, match="Ngày văn bản"):
        reg.add_manual(RegisterEntry(2022, 0, "KH-PGDĐT", "31/02/2022", "KH", "Kế hoạch"))
    with pytest.raises(ValidationError, match="Năm đăng ký"):
        reg.add_manual(RegisterEntry(2021, 0, "KH-PGDĐT", "2022-01-05", "KH", "Kế hoạch"))
    with pytest.raises(ValidationError, match="trích yếu"):
        reg.add_manual(RegisterEntry(2022, 0, "KH-PGDĐT", "2022-01-05", "KH", "  "))
    assert reg.list() == []

"""Nominations, conferred awards and award settings in storage: audited, all or nothing."""

from __future__ import annotations

import json
import unicodedata

import pytest

from thiduadesk.domain.awards import catalogue as c
from thiduadesk.domain.awards.model import DECIDED, REVIEWED, AwardSettings, Initiative, Nomination
from thiduadesk.domain.model import Unit
from thiduadesk.store.awards import AwardRepository
from thiduadesk.store.db import open_store
from thiduadesk.store.errors import ValidationError
from thiduadesk.store.units import UnitRepository


@pytest.fixture
def store(db_path):
    s = open_store(db_path)
    yield s
    s.close()


@pytest.fixture
def repo(store):
    return AwardRepository(store)


def _unit(store, name="Trường Tiểu học Nguyễn Du"):
    return UnitRepository(store).add(Unit(name=name, level="tieu_hoc"))


def _nom(unit_id, name="Trần Văn An", award=c.LDTT, year="2023-2024", **kw):
    return Nomination(year, award, name, "Trường Tiểu học Nguyễn Du", unit_id=unit_id, rating=c.HTT, **kw)


def test_award_kinds_are_data(repo):
    kinds = {k["code"]: k for k in repo.kinds()}
    assert kinds[c.LDTT]["name"] == "Lao động tiên tiến"
    assert "LĐTT" in kinds[c.LDTT]["data"]["abbreviations"]
    assert kinds[c.TT_LDXS]["collective"] is True
    assert len(kinds) == len(c.AWARD_KINDS)


def test_nominations_round_trip_nfc_and_audit(store, repo):
    uid = _unit(store)
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Hoà")
    n = _nom(uid, name=nfd + " ", initiatives=[Initiative("Dạy đọc", c.LEVEL_BASE, "Số 5/QĐ-PGDĐT")],
             discipline="Khiển trách")
    [nid] = repo.add_nominations([n])
    got = repo.get(nid)
    assert got.name == unicodedata.normalize("NFC", "Nguyễn Thị Hoà")
    assert got.initiatives == [Initiative("Dạy đọc", c.LEVEL_BASE, "Số 5/QĐ-PGDĐT")]
    assert got.discipline == "Khiển trách" and got.unit_id == uid and got.status == "proposed"
    audit = store.conn.execute("SELECT action, after FROM audit_log WHERE table_name = 'nominations'").fetchall()
    assert audit[0][0] == "insert" and json.loads(audit[0][1])["name"] == got.name


def test_add_is_all_or_nothing(store, repo):
    uid = _unit(store)
    with pytest.raises(ValidationError, match="Không có hình thức khen thưởng mã «XYZ»"):
        repo.add_nominations([_nom(uid), _nom(uid, award="XYZ")])
    assert repo.count() == 0
    with pytest.raises(ValidationError, match="Năm học phải có dạng 2023-2024"):
        repo.add_nominations([_nom(uid, year="2023")])


def test_list_sorted_by_given_name_and_searched_without_tones(store, repo):
    uid = _unit(store)
    repo.add_nominations([_nom(uid, name=x) for x in ("Nguyễn Văn Bình", "Trần Văn An", "Lê Thị Bình")])
    assert [n.name for n in repo.list("2023-2024")] == ["Trần Văn An", "Lê Thị Bình", "Nguyễn Văn Bình"]
    assert [n.name for n in repo.list("2023-2024", search="binh le")] == ["Lê Thị Bình"]
    assert repo.list("2022-2023") == []


def test_votes_status_and_decision_record_history(store, repo):
    uid = _unit(store)
    ids = repo.add_nominations([_nom(uid), _nom(uid, name="Lê Thị Bình", award=c.CSTDCS)])
    repo.set_votes(ids, 9, 10)
    with pytest.raises(ValidationError, match="Số phiếu không hợp lệ: 11/10"):
        repo.set_votes(ids, 11, 10)
    repo.set_status(ids, REVIEWED)
    repo.record_decision(ids, "15/QĐ-PGDĐT", "2024-06-20")
    got = repo.get(ids[1])
    assert (got.status, got.votes_for, got.votes_total, got.decision_number) == (DECIDED, 9, 10, "15/QĐ-PGDĐT")
    history = repo.history_of("LÊ THỊ BÌNH", "Trường Tiểu học Nguyễn Du")
    assert [(h.school_year, h.award, h.decision_number) for h in history] == [("2023-2024", c.CSTDCS, "15/QĐ-PGDĐT")]
    with pytest.raises(ValidationError, match="đã có quyết định"):
        repo.delete(ids[0])


def test_history_matched_by_birth_date_when_given(store, repo):
    uid = _unit(store)
    repo.add_conferred([_nom(uid, year="2021-2022", award=c.CSTDCS, birth_date="1980-01-02"),
                        _nom(uid, year="2022-2023", award=c.CSTDCS)])
    assert len(repo.history_of("Trần Văn An", "Trường Tiểu học Nguyễn Du", "1980-01-02")) == 2
    assert len(repo.history_of("Trần Văn An", "Trường Tiểu học Nguyễn Du", "1990-01-02")) == 1
    assert len(repo.history("2021-2022")) == 1


def test_used_initiatives_of_decided_earlier_years(store, repo):
    uid = _unit(store)
    [nid] = repo.add_nominations([_nom(uid, year="2022-2023", award=c.CSTDCS,
                                       initiatives=[Initiative("Dạy đọc", c.LEVEL_BASE)])])
    assert repo.used_initiatives("2023-2024") == {}
    repo.record_decision([nid], "9/QĐ-PGDĐT", "2023-06-01")
    assert repo.used_initiatives("2023-2024") == {"dạy đọc": "2022-2023, Trần Văn An"}


def test_settings_per_school_year(store, repo):
    assert repo.settings("2023-2024") == AwardSettings()
    repo.save_settings("2023-2024", AwardSettings(vote_pct=75, base_salary=2_340_000))
    assert repo.settings("2023-2024").vote_pct == 75
    assert repo.settings("2024-2025").vote_pct == 80

"""Demo data at office scale (issue 12): ``thiduadesk demo --size small|large [--seed N]``.

The small size is filled into a real database; the large one's people and nominations are
generated in memory (the pure generator, fast) and a mid size, with issued plans, is written to a
database, so the suite stays quick and every layer is covered."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import sqlite3
from collections import Counter

import pytest

from thiduadesk.cli import main
from thiduadesk.domain.awards import catalogue as c
from thiduadesk.domain.awards.model import DECIDED, NOT_ELIGIBLE, PROPOSED, shift_year
from thiduadesk.domain.demo import SIZES, DemoSize, district
from thiduadesk.domain.demo import awards as demo_awards
from thiduadesk.ops import awards as award_ops
from thiduadesk.ops import demo as demo_ops
from thiduadesk.ops.data import open_data
from thiduadesk.store import demo as demo_store
from thiduadesk.store.errors import ValidationError

TODAY = dt.date(2026, 12, 1)
# Columns that hold the moment a row was written, not its content.
_TIMES = {"created_at", "updated_at", "at", "applied_at"}


def _content(path) -> dict[str, list[tuple]]:
    """Every table's rows, without the time they were written."""
    conn = sqlite3.connect(path)
    try:
        out = {}
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in _TIMES]
            out[table] = conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY rowid").fetchall()
        return out
    finally:
        conn.close()


def _fill(path, size="small", seed=2022, today=TODAY):
    store = open_data(path)
    try:
        return demo_ops.fill(store, size, seed=seed, today=today)
    finally:
        store.close()


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def small_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "small.sqlite"
    counts = _fill(path)
    return path, counts


# -- the small size ---------------------------------------------------------------------------------


def test_small_size_counts(small_db):
    path, counts = small_db
    rows = _content(path)
    assert counts.units == len(rows["units"]) == 40
    assert counts.people == len(rows["people"]) and 40 * 8 <= counts.people <= 40 * 20
    assert counts.plans == len(rows["plans"]) == 2 and counts.issued == 0 and rows["register"] == []
    assert counts.nominations == len(rows["nominations"]) > 1000
    assert counts.conferred == len(rows["conferred_awards"]) > 0
    assert counts.deadlines == len(rows["deadlines"]) == 40
    assert counts.ticks == len(rows["deadline_receipts"]) > 0
    assert counts.audit == len(rows["audit_log"])  # every row entered as the clerk would: audited
    assert counts.audit >= counts.units + counts.people + counts.nominations + counts.conferred + counts.deadlines


def test_small_size_has_four_school_years_the_last_still_proposed(small_db):
    path, _ = small_db
    store = open_data(path)
    try:
        repo = award_ops.repository(store)
        years = ["2023-2024", "2024-2025", "2025-2026", "2026-2027"]
        assert [repo.count(y) > 0 for y in years] == [True] * 4
        assert repo.count("2022-2023") == 0
        assert {n.status for n in repo.list("2026-2027")} == {PROPOSED}
        assert {n.status for n in repo.list("2024-2025")} == {DECIDED, NOT_ELIGIBLE}
        decided = [n for n in repo.list("2024-2025") if n.status == DECIDED]
        assert all(n.decision_number.endswith(("/QĐ-UBND", "/QĐ-BGDĐT")) and n.decision_date for n in decided)
    finally:
        store.close()


def test_the_demo_option_opens_the_small_size(tmp_path, small_db):
    path, _ = small_db
    by_option = tmp_path / "option.sqlite"
    open_data(by_option, demo=True).close()
    got, want = _content(by_option), _content(path)
    # --demo fills with today's date: the same district and staff, the same kind of content.
    assert got["units"] == want["units"] and got["people"] == want["people"]
    assert len(got["plans"]) == 2 and len(got["deadlines"]) == 40 and len(got["nominations"]) > 1000


def test_demo_is_not_filled_twice_by_the_option(tmp_path):
    path = tmp_path / "d.sqlite"
    open_data(path, demo=True).close()
    before = _content(path)
    open_data(path, demo=True).close()
    assert _content(path) == before


# -- reproducible from a seed -------------------------------------------------------------------------


def test_the_same_seed_gives_the_same_content(tmp_path, small_db):
    path, _ = small_db
    again = tmp_path / "again.sqlite"
    _fill(again)
    assert _content(again) == _content(path)


def test_another_seed_gives_other_people(tmp_path, small_db):
    path, _ = small_db
    other = tmp_path / "other.sqlite"
    _fill(other, seed=7)
    a, b = _content(path), _content(other)
    assert a["units"] == b["units"]  # the district is the same …
    assert a["people"] != b["people"] and a["nominations"] != b["nominations"]  # … its staff are not


# -- refusing a database in use --------------------------------------------------------------------------


def test_a_database_with_data_is_refused_and_unchanged(tmp_path, capsys):
    path = tmp_path / "used.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    capsys.readouterr()
    before = _digest(path)
    assert main(["--db", str(path), "demo", "--size", "large"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip() == (
        f"Tệp dữ liệu {path} đã có dữ liệu (40 đơn vị, {_count(path, 'people')} cán bộ, 2 kế hoạch, "
        f"{_n(_count(path, 'nominations'))} đề nghị khen thưởng, {_n(_count(path, 'conferred_awards'))} khen thưởng, "
        "40 hạn nộp). Dữ liệu mẫu chỉ được tạo trong một tệp mới (trống); không có gì bị thay đổi. Hãy chọn tệp "
        "khác, ví dụ: thiduadesk --db du-lieu-mau.sqlite demo --size large.")
    assert _digest(path) == before


def test_one_unit_is_enough_to_refuse(db_path):
    from thiduadesk.domain.model import Unit
    from thiduadesk.ops import units as unit_ops

    store = open_data(db_path)
    try:
        unit_ops.add_unit(store, Unit(name="Trường Tiểu học Thử"))
        with pytest.raises(ValidationError) as info:
            demo_ops.fill(store, "small")
        assert "(1 đơn vị)" in info.value.message
        assert demo_store.data_in(store) == [("đơn vị", 1)]
    finally:
        store.close()


def _count(path, table) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def test_the_command_reports_what_it_made(tmp_path, capsys):
    path = tmp_path / "new.sqlite"
    assert main(["--db", str(path), "demo", "--size", "small", "--seed", "5"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"Đã tạo dữ liệu mẫu «small» (seed 5) trong {path} sau ")
    assert out[1] == f"  40 đơn vị, {_count(path, 'people')} cán bộ"
    assert out[2] == "  2 kế hoạch (bản nháp)"
    assert out[4] == f"  40 hạn nộp, {_n(_count(path, 'deadline_receipts'))} lượt đơn vị đã nộp"


@pytest.mark.parametrize("args, message", [
    (["--size", "huge"], "invalid choice: 'huge'"),
    (["--seed", "abc"], "seed phải là số nguyên, ví dụ 2022: «abc»"),
    (["--seed", "-1"], "seed «-1» ngoài khoảng 0 đến 9223372036854775807"),
])
def test_mistyped_options_are_refused_before_anything_is_made(tmp_path, capsys, args, message):
    path = tmp_path / "x.sqlite"
    with pytest.raises(SystemExit) as info:
        main(["--db", str(path), "demo", *args])
    assert info.value.code == 2
    assert message in capsys.readouterr().err
    assert not path.exists()


# -- the large size: names, nominations -------------------------------------------------------------------


@pytest.fixture(scope="module")
def large_people():
    size = SIZES["large"]
    units = district.demo_units(size.units)
    for i, unit in enumerate(units, start=1):
        unit.id = i
    people = district.demo_people(units, 2022, total=size.people)
    staff = [p for u in units for p in people[u.name]]
    for i, p in enumerate(staff, start=1):
        p.id = i
    return units, staff


def test_large_district_has_every_level_in_clusters(large_people):
    units, staff = large_people
    assert len(units) == 80 and len({u.name for u in units}) == 80
    levels = Counter(u.level for u in units)
    assert min(levels["mam_non"], levels["tieu_hoc"], levels["thcs"]) >= 20 and levels["lien_cap"] >= 5
    assert sorted({u.cluster for u in units}) == ["Cụm 1", "Cụm 2", "Cụm 3", "Cụm 4"]
    assert len(staff) == 4000


def test_large_family_names_have_real_frequencies(large_people):
    _, staff = large_people
    families = Counter(p.full_name.split()[0] for p in staff)
    share = {name: families[name] / len(staff) for name in families}
    assert 0.34 <= share["Nguyễn"] <= 0.42
    assert 0.09 <= share["Trần"] <= 0.13
    assert 0.075 <= share["Lê"] <= 0.115
    assert 0.055 <= share["Phạm"] <= 0.085
    assert 0.035 <= share["Hoàng"] + share["Huỳnh"] <= 0.065
    assert [name for name, _ in families.most_common(4)] == ["Nguyễn", "Trần", "Lê", "Phạm"]
    assert len(families) >= 25


def test_large_middle_names_follow_gender(large_people):
    _, staff = large_people
    women = [p for p in staff if p.gender == "nu"]
    men = [p for p in staff if p.gender == "nam"]
    assert 0.45 <= sum("Thị" in p.full_name.split()[1:-1] for p in women) / len(women) <= 0.85
    assert 0.25 <= sum("Văn" in p.full_name.split()[1:-1] for p in men) / len(men) <= 0.5
    assert not any("Thị" in p.full_name.split()[1:-1] for p in men)
    middles = Counter(" ".join(p.full_name.split()[1:-1]) for p in men)
    assert {"Hữu", "Đức", "Minh", "Thanh"} <= set(middles)


def test_large_nominations_make_the_rules_matter(large_people):
    units, staff = large_people
    years = demo_awards.school_years("2026-2027", 10)
    history = demo_awards.generate_awards(units, staff, years, random.Random(2022 * 7 + 2))
    noms = history.nominations
    assert 27_000 <= len(noms) <= 33_000
    assert {n.award for n in noms} == {k.code for k in c.AWARD_KINDS}  # every award kind
    assert {n.school_year for n in noms} == set(years)
    decided = [noms[i] for i in history.decided]
    assert all(n.status == DECIDED for n in decided) and len(decided) > 20_000
    assert {n.status for n in noms if n.school_year == "2026-2027"} == {PROPOSED}
    assert 10 <= sum(1 for n in noms if n.discipline) <= 100  # a few disciplines
    assert sum(1 for n in noms if n.award == c.CSTD_TINH and n.status == DECIDED) >= 10  # 3-year streaks
    levels = Counter(i.level for n in noms for i in n.initiatives)
    assert levels[c.LEVEL_BASE] > levels[c.LEVEL_DISTRICT] > levels[c.LEVEL_PROVINCE] > 0 and levels[""] > 0
    # A CSTĐ cấp tỉnh decided in year Y follows CSTĐCS decided in Y-1 and Y-2.
    cstdcs = {(n.name, n.unit, n.school_year) for n in decided if n.award == c.CSTDCS}
    for n in decided:
        if n.award == c.CSTD_TINH:
            for back in (1, 2):
                assert (n.name, n.unit, shift_year(n.school_year, -back)) in cstdcs


# -- a mid size in a database: issued plans, the rules on the last year ----------------------------------------


def test_a_mid_size_issues_plans_and_its_last_year_is_checked(tmp_path):
    from thiduadesk.documents.plan_pdf import plan_pdf_bytes

    size = DemoSize("mid", units=45, people=600, school_years=5, plans=20, deadlines=150)
    store = open_data(tmp_path / "mid.sqlite")
    try:
        counts = demo_store.fill(store, size, seed=3, today=TODAY, render_pdf=plan_pdf_bytes)
        assert (counts.units, counts.people, counts.plans, counts.deadlines) == (45, 600, 20, 150)
        assert counts.issued == 19  # the plan of December 2026 is still a draft
        conn = store.conn
        rows = conn.execute("SELECT r.year, r.number, a.sha256, a.pdf FROM register r JOIN archive a "
                            "ON a.register_id = r.id").fetchall()
        assert len(rows) == 19
        assert len({(y, n) for y, n, _, _ in rows}) == 19
        assert all(hashlib.sha256(pdf).hexdigest() == digest for _, _, digest, pdf in rows)
        results = award_ops.check_year(store, "2026-2027")
        eligible = [r for r in results if r.eligible]
        refused = [r for r in results if not r.eligible]
        assert eligible and refused
        reasons = " ".join(f.message for r in refused for f in r.failures)
        assert "kỷ luật" in reasons or "phiếu" in reasons or "Hoàn thành" in reasons
    finally:
        store.close()


def test_the_demo_award_list_opens_checked(tmp_path):
    """The Khen thưởng tab filters by eligibility in SQL: the demo's nominations come checked."""
    from thiduadesk.ops.data import open_data

    store = open_data(tmp_path / "demo.sqlite", demo=True)
    unchecked, total = store.conn.execute(
        "SELECT sum(eligible IS NULL), count(*) FROM nominations").fetchone()
    store.close()
    assert total > 1000 and unchecked == 0

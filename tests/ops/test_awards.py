"""Award operations: import all or nothing with units created, check by the law of the year,
votes and decision recorded, the papers built from the year's eligible nominations."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from thiduadesk.domain.awards import catalogue as c
from thiduadesk.domain.awards.model import DECIDED, ELIGIBLE, NOT_ELIGIBLE, REVIEWED
from thiduadesk.domain.model import Unit
from thiduadesk.exchange.award_lists import template_headers
from thiduadesk.ops import awards, changes
from thiduadesk.ops.errors import FileRefused
from thiduadesk.store.awards import AwardRepository
from thiduadesk.store.units import UnitRepository

DATA = Path(__file__).parent.parent / "data" / "awards"
YEAR = "2023-2024"


def _list(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(template_headers())
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


ROWS = [
    [1, "Trần Văn An", "05/09/1980", "Giáo viên", "Trường Tiểu học Nguyễn Du", "CSTĐCS", "HTXSNV", "", "", "", ""],
    [2, "Lê Thị Bình", "", "Giáo viên", "Trường Tiểu học Nguyễn Du", "LĐTT", "HTTNV", "", "", "", ""],
    [3, "Vũ Minh Châu", "", "Giáo viên", "TRƯỜNG THCS LÊ QUÝ ĐÔN", "LĐTT", "HTNV", "", "", "", ""],
]


def test_import_creates_units_and_reports_them(store, seen, tmp_path):
    UnitRepository(store).add(Unit(name="Trường THCS Lê Quý Đôn", level="thcs"))
    report = awards.import_list(store, _list(tmp_path / "a.xlsx", ROWS), YEAR)
    assert report.ok and report.added == 3
    assert report.units_created == ["Trường Tiểu học Nguyễn Du"]
    assert UnitRepository(store).find_by_name("Trường Tiểu học Nguyễn Du").level == "tieu_hoc"
    noms = AwardRepository(store).list(YEAR)
    assert [(n.name, n.unit) for n in noms] == [("Trần Văn An", "Trường Tiểu học Nguyễn Du"),
                                                ("Lê Thị Bình", "Trường Tiểu học Nguyễn Du"),
                                                ("Vũ Minh Châu", "Trường THCS Lê Quý Đôn")]
    assert seen[-1].areas == frozenset({changes.AWARDS, changes.UNITS})


def test_import_with_a_broken_row_takes_nothing(store, tmp_path):
    rows = [*ROWS, [4, "Đỗ Thị Ngọc", "", "", "Trường Mới", "Bằng khen Thủ tướng", "HTT", "", "", "", ""]]
    report = awards.import_list(store, _list(tmp_path / "b.xlsx", rows), YEAR)
    assert not report.ok and report.added == 0
    assert report.errors == [(5, ["không rõ danh hiệu/hình thức «Bằng khen Thủ tướng»"])]
    assert AwardRepository(store).count() == 0 and UnitRepository(store).count() == 0


def test_import_conferred_history_then_check(store, tmp_path):
    for year in ("2021-2022", "2022-2023"):
        awards.import_list(store, _list(tmp_path / f"{year}.xlsx", ROWS[:1]), year, conferred=True)
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
    awards.import_list(store, _list(tmp_path / "a.xlsx", ROWS[:2]), YEAR)
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

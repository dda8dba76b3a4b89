"""Benchmark: typing in the Khen thưởng tab's search box over ten years of nominations (30,000
by default, 3,000 a year), time from each keystroke to the repainted list. Target: under 30 ms at
the 95th percentile.

Baseline, measured in the same process and alternated with the real run: the same keystrokes into
a plain QLineEdit above a QTableView of the same size showing a fixed model, i.e. what Qt itself
costs for a key and a repaint. Each round types a few names letter by letter, then clears.

    python -m compileall -q thiduadesk && QT_QPA_PLATFORM=offscreen python bench/bench_award_search.py \
        [--nominations 30000] [--rounds 5] [--db LARGE.sqlite]

With ``--db`` the tab opens a copy of that database (the large demo: ``thiduadesk --db
large.sqlite demo --size large``) on its newest school year instead of generated data.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QVBoxLayout, QWidget  # noqa: E402

from thiduadesk.domain.awards import catalogue as c  # noqa: E402
from thiduadesk.domain.awards.model import Nomination  # noqa: E402
from thiduadesk.domain.model import Unit  # noqa: E402
from thiduadesk.store.awards import AwardRepository  # noqa: E402
from thiduadesk.store.db import open_store  # noqa: E402
from thiduadesk.store.units import UnitRepository  # noqa: E402

FAMILY = ["Nguyễn"] * 38 + ["Trần"] * 11 + ["Lê"] * 9 + ["Phạm"] * 7 + ["Hoàng"] * 5 + ["Vũ"] * 4 + \
    ["Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Phan", "Võ", "Huỳnh"] * 2
MIDDLE = ["Thị", "Văn", "Thị Thu", "Minh", "Ngọc", "Thanh", "Đức", "Hữu", "Thị Hồng", "Quang"]
GIVEN = ["An", "Anh", "Bình", "Châu", "Dung", "Hà", "Hải", "Hạnh", "Hằng", "Hiền", "Hoa", "Hương", "Huy", "Lan",
         "Linh", "Mai", "Nga", "Nhung", "Phúc", "Phương", "Quỳnh", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vân",
         "Yến", "Khánh", "Thủy"]
AWARDS = [(c.LDTT, c.HTT)] * 70 + [(c.CSTDCS, c.HTXS)] * 12 + [(c.GIAY_KHEN, c.HTT)] * 15 + [(c.LDTT, c.HT)] * 3
TYPED = ["nguyen thi h", "tran van", "le hoa", "pham thu tr", "hoang anh"]


def fill(store, nominations: int, seed: int = 11) -> str:
    """``nominations`` spread over ten school years of 60 schools; the newest year is returned."""
    rnd = random.Random(seed)
    units = UnitRepository(store)
    schools = []
    for level, prefix in (("mam_non", "Trường Mầm non"), ("tieu_hoc", "Trường Tiểu học"), ("thcs", "Trường THCS")):
        for i in range(20):
            name = f"{prefix} số {i + 1}"
            schools.append((units.add(Unit(name=name, level=level)), name))
    people = [(f"{rnd.choice(FAMILY)} {rnd.choice(MIDDLE)} {rnd.choice(GIVEN)}", *rnd.choice(schools))
              for _ in range(nominations // 8)]
    repo = AwardRepository(store)
    per_year = nominations // 10
    years = [f"{y}-{y + 1}" for y in range(2014, 2024)]
    for year in years:
        batch = []
        for _ in range(per_year):
            name, unit_id, unit = rnd.choice(people)
            award, rating = rnd.choice(AWARDS)
            batch.append(Nomination(year, award, name, unit, position="Giáo viên", rating=rating, unit_id=unit_id))
        repo.add_nominations(batch)
    return years[-1]


class Baseline(QWidget):
    """A line edit above a table of the same texts and column widths, repainted whole at every
    keystroke: what Qt costs for a key and a changed list, without reading or querying anything."""

    def __init__(self, like: QTableView):
        super().__init__()
        self.edit = QLineEdit()
        source = like.model()
        model = QStandardItemModel(source.rowCount(), source.columnCount(), self)
        for r in range(source.rowCount()):
            for col in range(source.columnCount()):
                model.setItem(r, col, QStandardItem(source.data(source.index(r, col)) or ""))
        self.table = QTableView()
        self.table.setModel(model)
        for col in range(source.columnCount()):
            self.table.setColumnWidth(col, like.columnWidth(col))
        self.table.verticalHeader().setDefaultSectionSize(like.verticalHeader().defaultSectionSize())
        self.edit.textChanged.connect(lambda _text: self.table.viewport().update())
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.table)


class PaintCounter(QObject):
    """Counts the paint events of the list, to be sure each measured keystroke repainted it."""

    def __init__(self):
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def type_round(edit: QLineEdit, table: QTableView, app: QApplication) -> list[float]:
    """Each keystroke's time until the event loop is idle again, the list repainted (ms); the field
    is cleared after each name."""
    counter = PaintCounter()
    table.viewport().installEventFilter(counter)
    times = []
    for text in TYPED:
        for ch in text:
            before = counter.paints
            t0 = time.perf_counter()
            QTest.keyClick(edit, ch)
            app.processEvents()
            times.append((time.perf_counter() - t0) * 1000)
            if counter.paints == before:  # nothing changed on screen: make it paint, and count that too
                t1 = time.perf_counter()
                table.viewport().repaint()
                times[-1] += (time.perf_counter() - t1) * 1000
        edit.clear()
        app.processEvents()
    table.viewport().removeEventFilter(counter)
    return times


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--nominations", type=int, default=30_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--db", type=Path, help="a copy of this database instead of generated data")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    from thiduadesk.ops import awards
    from thiduadesk.ui.awards import AwardsTab

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        if args.db:
            import shutil

            shutil.copyfile(args.db, Path(tmp) / "bench.sqlite")
            store = open_store(Path(tmp) / "bench.sqlite")
            year = awards.queries(store).years()[0]
        else:
            store = open_store(Path(tmp) / "bench.sqlite")
            year = fill(store, args.nominations)
        for y in awards.queries(store).years():
            awards._refresh_checks(store, y)
        total = store.conn.execute("SELECT count(*) FROM nominations").fetchone()[0]
        print(f"{total:,} nominations over {len(awards.queries(store).years())} school years ready and checked in "
              f"{time.perf_counter() - t0:.1f} s; typing in {year}")
        today = dt.date(int(year[5:]), 6, 1)
        tab = AwardsTab(store, today=today)
        tab.resize(1280, 720)
        tab.show()
        assert tab.school_year() == year
        base = Baseline(tab.table)
        base.resize(1280, 720)
        base.show()
        app.processEvents()
        ours, theirs = [], []
        for _ in range(args.rounds):  # alternated, so both see the same machine
            theirs += type_round(base.edit, base.table, app)
            tab.search_box.setFocus()
            ours += type_round(tab.search_box, tab.table, app)
        shown = tab.model.total
        tab.close()
        base.close()
        store.close()
    for label, values in (("baseline (plain line edit + table)", theirs), ("award search", ours)):
        print(f"{label}: median {statistics.median(values):.1f} ms, p95 {pct(values, 95):.1f} ms, "
              f"min–max {min(values):.1f}–{max(values):.1f} ms over {len(values)} keystrokes")
    p95 = pct(ours, 95)
    print(f"ratio (median): {statistics.median(ours) / statistics.median(theirs):.1f}× baseline; "
          f"p95 {p95:.1f} ms (target < 30 ms: {'OK' if p95 < 30 else 'MISSED'}); last search showed {shown} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The Lịch hạn tab on the demo district, and the reminder letter it prints, as pictures for the
user guide: docs/calendar_tab.png and docs/pdf/reminder_letter-1.png.

    xvfb-run -s "-screen 0 1400x900x24" python docs/make_calendar_pictures.py   (needs pdftoppm)

The demo district's two plans put their timetables on the calendar, with a few deadlines by hand
(one on a Sunday, one overdue) and some schools ticked as received; "today" is fixed so the
picture is the same every time.
"""

from __future__ import annotations

import datetime as dt
import random
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from thiduadesk.domain.schedule import LEVEL, Audience, Deadline  # noqa: E402
from thiduadesk.ops import deadlines, plans  # noqa: E402
from thiduadesk.ops import units as units_ops  # noqa: E402
from thiduadesk.ops.data import open_data  # noqa: E402

_NONE_GUARD = [None] * 2_000_000  # see bench/bench_calendar.py: PySide6 6.12 on Python 3.11


def fill(store, today: dt.date) -> int:
    for summary in plans.list_plans(store):
        deadlines.take_from_plan(store, summary.id)
    y = today.year
    late = deadlines.add(store, Deadline(f"{y}-{today.month:02d}-03", "Các đơn vị gửi báo cáo sơ kết phong trào thi đua "
                                         "học kỳ I", kind="report"))
    deadlines.add(store, Deadline(f"{y}-{today.month:02d}-15", "Đăng ký danh hiệu thi đua cuối năm học",
                                  kind="registration"))
    deadlines.add(store, Deadline(f"{y}-{today.month:02d}-22", "Nộp hồ sơ sáng kiến cấp cơ sở", kind="dossier",
                                  audience=Audience(LEVEL, "thcs")))
    sunday = today + dt.timedelta(days=(6 - today.weekday()) % 7 + 7)
    deadlines.add(store, Deadline(sunday.isoformat(), "Gửi danh sách đề nghị khen thưởng đột xuất", kind="dossier"))
    rng = random.Random(3)
    unit_ids = [u.id for u, _ in units_ops.list_units(store)]
    for s in deadlines.statuses(store, today - dt.timedelta(days=40), today + dt.timedelta(days=30), today=today):
        share = 0.8 if s.deadline.id == late else 0.35
        for u in unit_ids:
            if rng.random() < share:
                deadlines.tick(store, s.deadline.id, u, today - dt.timedelta(days=rng.randrange(1, 6)))
    return late


def main() -> int:
    from PySide6.QtCore import QLocale, QTranslator
    from PySide6.QtWidgets import QApplication

    today = dt.date(dt.date.today().year, 3, 11)
    app = QApplication.instance() or QApplication([])
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    translator = QTranslator()
    if translator.load(str(HERE.parent / "i18n" / "thiduadesk_vi.qm")):
        app.installTranslator(translator)
    from thiduadesk.ui.calendar import CalendarTab

    with tempfile.TemporaryDirectory() as tmp:
        store = open_data(Path(tmp) / "demo.sqlite", demo=True)
        late = fill(store, today)
        tab = CalendarTab(store, today=today)
        tab.resize(1360, 820)
        tab.show()
        tab.calendar.setSelectedDate(tab.calendar.selectedDate().addDays(-8))  # the overdue one
        for _ in range(5):
            app.processEvents()
        tab.grab().save(str(HERE / "calendar_tab.png"))
        paper = deadlines.create_reminder(store, late, today=today)
        pdf = Path(tmp) / "reminder.pdf"
        pdf.write_bytes(deadlines.reminder_pdf(store, paper))
        (HERE / "pdf").mkdir(exist_ok=True)
        subprocess.run(["pdftoppm", "-png", "-r", "70", str(pdf), str(HERE / "pdf" / "reminder_letter")], check=True)
        tab.close()
        store.close()
    print("docs/calendar_tab.png", *sorted(p.name for p in (HERE / "pdf").glob("reminder_letter*.png")))
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    import os

    os._exit(code)

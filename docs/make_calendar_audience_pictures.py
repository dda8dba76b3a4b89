"""Who must submit, in pictures for the user guide (docs/screenshots/): the Lịch hạn tab with the
office's own timetable row and a deadline for units picked by hand, the deadline dialog with its
list of units, the yearly date (20/11), and the list the calendar offers right after a plan is
imported in the plans tab.

    xvfb-run -a -s "-screen 0 1400x900x24" python docs/make_calendar_audience_pictures.py

On the demo district (its two plans' timetables on the calendar, the office itself added to the
units list to show it is not counted), with "today" fixed so the pictures are the same each time.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from thiduadesk.domain.model import Unit  # noqa: E402
from thiduadesk.domain.schedule import COMMEMORATION, LISTED, OFFICE, Audience, Deadline  # noqa: E402
from thiduadesk.ops import deadlines, plans  # noqa: E402
from thiduadesk.ops import units as units_ops  # noqa: E402
from thiduadesk.ops.data import open_data  # noqa: E402

OUT = HERE / "screenshots"
SAMPLE = ROOT / "tests" / "data" / "samples" / "plan_namtuliem_2022.txt"


def fill(store, today: dt.date) -> dict[str, int]:
    for summary in plans.list_plans(store):
        deadlines.take_from_plan(store, summary.id)
    units_ops.add_unit(store, Unit("Phòng GD&ĐT quận Nam Từ Liêm"))  # the office in the list: not a school
    schools = [u for u, _ in units_ops.list_units(store) if u.name.startswith("Trường THCS")][:5]
    y, m = today.year, today.month
    ids = {
        "listed": deadlines.add(store, Deadline(f"{y}-{m:02d}-14", "Hồ sơ đề nghị Bằng khen của 5 trường THCS",
                                                kind="dossier", audience=Audience(LISTED, unit_ids=[u.id for u in schools]))),
        "office": deadlines.add(store, Deadline(f"{y}-{m:02d}-18", "Phòng gửi báo cáo sơ kết thi đua về Sở GDĐT",
                                                kind="report", audience=Audience(OFFICE))),
        "report": deadlines.add(store, Deadline(f"{y}-{m:02d}-20", "Các đơn vị gửi báo cáo sơ kết học kỳ I",
                                                kind="report")),
    }
    deadlines.add_every_year(store, Deadline(f"{y}-11-20", "Ngày Nhà giáo Việt Nam 20/11", COMMEMORATION),
                             range(y, y + 5))
    rng = random.Random(3)
    for u in schools[:2]:
        deadlines.tick(store, ids["listed"], u.id, today - dt.timedelta(days=1))
    for u, _ in units_ops.list_units(store):
        if rng.random() < 0.4:
            deadlines.tick(store, ids["report"], u.id, today - dt.timedelta(days=rng.randrange(1, 4)))
    return ids


def settle(app, times: int = 6) -> None:
    for _ in range(times):
        app.processEvents()


def main() -> int:
    from PySide6.QtCore import QDate, QLocale, Qt, QTranslator
    from PySide6.QtWidgets import QApplication

    today = dt.date(dt.date.today().year, 3, 11)
    app = QApplication.instance() or QApplication([])
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    translator = QTranslator()
    if translator.load(str(ROOT / "i18n" / "thiduadesk_vi.qm")):
        app.installTranslator(translator)
    from thiduadesk.ui.calendar import CalendarTab
    from thiduadesk.ui.calendar.confirm import ConfirmDeadlinesDialog
    from thiduadesk.ui.calendar.edit import DeadlineDialog

    OUT.mkdir(exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        store = open_data(Path(tmp) / "demo.sqlite", demo=True)
        ids = fill(store, today)
        tab = CalendarTab(store, today=today)
        tab.resize(1360, 820)
        tab.show()
        tab.startup.hide()
        tab.mode.setCurrentIndex(1)  # the week of the office's own row and the hand-picked list
        tab.show_deadline(ids["office"])
        settle(app)
        tab.grab().save(str(OUT / "calendar_office_row.png"))
        written.append("calendar_office_row.png")
        tab.show_deadline(ids["listed"])
        settle(app)
        tab.grab().save(str(OUT / "calendar_listed_units.png"))
        written.append("calendar_listed_units.png")

        dialog = DeadlineDialog(deadlines.get(store, ids["listed"]), deadlines.audience_units(store), tab)
        dialog.resize(560, 560)
        dialog.show()
        settle(app)
        dialog.grab().save(str(OUT / "calendar_units_picker.png"))
        written.append("calendar_units_picker.png")
        dialog.close()

        tab.calendar.setSelectedDate(QDate(today.year, 11, 20))
        template = Deadline(f"{today.year}-11-20", "Ngày Nhà giáo Việt Nam 20/11", COMMEMORATION)
        dialog = DeadlineDialog(template, deadlines.audience_units(store), tab, yearly=True)
        dialog.resize(560, 330)
        dialog.show()
        settle(app)
        dialog.grab().save(str(OUT / "calendar_yearly_date.png"))
        written.append("calendar_yearly_date.png")
        dialog.close()

        plan_id = plans.import_plan(store, SAMPLE).plan_id
        found = deadlines.proposed_from_plan(plans.get(store, plan_id))
        offer = ConfirmDeadlinesDialog(found, plans.get(store, plan_id).title, tab)
        offer.resize(1100, 480)
        offer.show()
        offer.table.resizeColumnToContents(1)
        offer.table.resizeColumnToContents(3)
        offer.table.item(0, 0).setCheckState(Qt.CheckState.Checked)
        settle(app)
        offer.grab().save(str(OUT / "calendar_plan_import_offer.png"))
        written.append("calendar_plan_import_offer.png")
        offer.close()
        tab.close()
        store.close()
    print(*(f"docs/screenshots/{n}" for n in written))
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)

"""The Khen thưởng tab, a nominee's card and the import preview, as pictures for the user guide:
docs/awards_tab.png, docs/awards_card.png, docs/awards_import.png.

    xvfb-run -s "-screen 0 1400x900x24" python docs/make_award_pictures.py

A district's year of 240 proposals from its schools, with two earlier years of conferred awards
(so the rules have a history to read), checked and partly voted; "today" is fixed.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "bench"))

from bench_award_list import write_list  # noqa: E402

from thiduadesk.ops import awards  # noqa: E402
from thiduadesk.ops.data import open_data  # noqa: E402

YEAR = "2024-2025"


def fill(store, tmp: Path) -> None:
    for year in ("2022-2023", "2023-2024"):  # the same people (same seed): a history to read
        awards.import_list(store, write_list(tmp / f"{year}.xlsx", 240, seed=7), year, conferred=True)
    awards.import_list(store, write_list(tmp / "now.xlsx", 240, seed=7), YEAR)
    awards.check_year(store, YEAR, record=True)
    first = [r["id"] for r in awards.nominations_page(store, awards.NominationQuery(YEAR, eligible=True), limit=12)]
    awards.record_votes(store, first, 8, 9)


def main() -> int:
    from PySide6.QtCore import QLocale, QTranslator
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    translator = QTranslator()
    if translator.load(str(HERE.parent / "i18n" / "thiduadesk_vi.qm")):
        app.installTranslator(translator)
    from thiduadesk.ui.awards import AwardsTab
    from thiduadesk.ui.awards.card import NomineeCardDialog
    from thiduadesk.ui.awards.import_dialog import AwardImportDialog

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        store = open_data(tmp / "demo.sqlite")
        fill(store, tmp)
        tab = AwardsTab(store, today=dt.date(2025, 6, 10))
        tab.resize(1360, 820)
        tab.show()
        for _ in range(5):
            app.processEvents()
        tab.grab().save(str(HERE / "awards_tab.png"))
        row = next(r for r in range(tab.model.rowCount()) if tab.model.row_data(r)["award"] == "CSTDCS")
        card = NomineeCardDialog(awards.nominee_card(store, tab.model.nomination_id(row)))
        card.show()
        app.processEvents()
        card.grab().save(str(HERE / "awards_card.png"))
        bad = write_list(tmp / "school.xlsx", 30, seed=9)
        import openpyxl

        wb = openpyxl.load_workbook(bad)
        ws = wb.active
        ws.cell(row=5, column=6, value="Bằng khen Thủ tướng")
        ws.cell(row=8, column=3, value="31/02/1990")
        wb.save(bad)
        dialog = AwardImportDialog(store, str(bad), YEAR)
        dialog.load()
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(HERE / "awards_import.png"))
        for w in (dialog, card, tab):
            w.close()
        store.close()
    print("docs/awards_tab.png docs/awards_card.png docs/awards_import.png")
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    import os

    os._exit(code)

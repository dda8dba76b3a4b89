"""The window's menus (Sửa, Kế hoạch, Trợ giúp), the user guide, the outgoing register, the units
import's first step, a copied plan's tinted bases, the undo offered after a delete and the plans
tab at 1024×600, as pictures in docs/screenshots/:

    xvfb-run -a -s "-screen 0 1400x900x24" python docs/make_menu_pictures.py

On the demo district, in Vietnamese; a plan is issued and two papers sent by hand are entered in
the register so it shows both kinds of entry.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "screenshots"
sys.path.insert(0, str(HERE.parent))

from thiduadesk.domain.register import RegisterEntry  # noqa: E402
from thiduadesk.ops import plans, register  # noqa: E402
from thiduadesk.ops.data import open_data  # noqa: E402

_NONE_GUARD = [None] * 2_000_000  # see bench/bench_calendar.py: PySide6 6.12 on Python 3.11


def settle(app, ms: int = 400) -> None:
    from PySide6.QtCore import QElapsedTimer

    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < ms:
        app.processEvents()


def shoot_menu(app, window, title: str, name: str) -> None:
    """Open the menu ``title`` under its menu-bar entry and photograph the window with it."""
    bar = window.menuBar()
    action = next(a for a in bar.actions() if a.text().replace("&", "") == title)
    menu = action.menu()
    window.edit_commands.update()
    menu.popup(bar.mapToGlobal(bar.actionGeometry(action).bottomLeft()))
    settle(app)
    top_left = window.frameGeometry().topLeft()
    right = max(window.frameGeometry().right(), menu.geometry().right())
    bottom = max(window.geometry().top() + 420, menu.geometry().bottom() + 12)
    shot = app.primaryScreen().grabWindow(0, top_left.x(), top_left.y(), min(right - top_left.x() + 1, 900),
                                          bottom - top_left.y() + 1)
    shot.save(str(OUT / name))
    menu.close()
    settle(app, 100)


def main() -> None:
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QApplication

    QStandardPaths.setTestModeEnabled(True)
    app = QApplication.instance() or QApplication([])
    from thiduadesk.app import install_translators
    from thiduadesk.ui import preferences

    install_translators(app, "vi")
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        preferences.use_settings_file(Path(tmp) / "ui.ini")
        store = open_data(Path(tmp) / "demo.sqlite", demo=True)
        first = plans.list_plans(store)[-1]
        if not plans.get(store, first.id).is_issued:
            plans.issue(store, first.id, dt.date(2025, 9, 15), copies=45)
        register.add_entry(store, RegisterEntry(2025, 0, "PGDĐT-TĐKT", "2025-10-02", "CV",
                                                "V/v đăng ký danh hiệu thi đua năm học 2025-2026",
                                                signer="Nguyễn Thị Hương", recipients="Các trường trực thuộc",
                                                copies=42, sent_date="2025-10-03"))
        register.add_entry(store, RegisterEntry(2025, 0, "TTr-PGDĐT", "2025-11-20", "TTr",
                                                "Tờ trình đề nghị khen thưởng Nhà giáo tiêu biểu",
                                                signer="Nguyễn Thị Hương", recipients="UBND quận"))
        from thiduadesk.ui.main_window import MainWindow

        window = MainWindow(store, backup_dir=Path(tmp) / "b", lang="vi")
        window.resize(1200, 720)
        window.move(20, 20)
        window.show()
        window.plans_tab.plans.select_plan(plans.list_plans(store)[0].id)
        settle(app, 1200)
        shoot_menu(app, window, "Kế hoạch", "menu_ke_hoach.png")
        shoot_menu(app, window, "Sửa", "menu_sua.png")
        shoot_menu(app, window, "Trợ giúp", "menu_tro_giup.png")

        window.tabs.setCurrentWidget(window.register_tab)
        window.register_tab.set_year(2025)
        settle(app, 600)
        window.grab().save(str(OUT / "register_view.png"))

        window.show_guide()
        guide = window.guide_dialog
        guide.resize(900, 620)
        guide.contents.setCurrentRow(3)
        settle(app, 500)
        guide.grab().save(str(OUT / "guide_dialog.png"))
        guide.close()

        from thiduadesk.ui.units.import_dialog import ImportStartDialog

        start = ImportStartDialog(window)
        start.show()
        settle(app, 300)
        start.grab().save(str(OUT / "units_import_start.png"))
        start.close()

        # Copy to next year: the copied bases tinted until checked.
        window.tabs.setCurrentWidget(window.plans_tab)
        view = window.plans_tab.plans
        view.select_plan(first.id)
        view.copy_year_action.trigger()
        view.editor.tabs.setCurrentIndex(view.editor.GENERAL)
        settle(app, 1000)
        window.grab().save(str(OUT / "plans_copied_bases.png"))

        # A unit deleted: the status bar offers "Hoàn tác" (Ctrl+Z).
        from thiduadesk.ui import prompts

        prompts.confirm = lambda *a, **k: True
        window.tabs.setCurrentWidget(window.units_tab)
        settle(app, 300)
        window.units_tab.select_unit(window.units_tab.model.unit_at(2).id)
        window.units_tab.delete_unit()
        settle(app, 300)
        window.grab().save(str(OUT / "units_deleted_undo.png"))
        window.edit_commands.undo()

        window.tabs.setCurrentWidget(window.plans_tab)
        window.resize(1024, 600)
        settle(app, 1200)
        window.grab().save(str(OUT / "plans_1024x600.png"))
        window.close()
        store.close()


if __name__ == "__main__":
    main()

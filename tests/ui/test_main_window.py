"""The main window: tabs, shortcuts, menus, status bar, remembered layout."""

from __future__ import annotations

import io
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import in_modal, type_text
from thiduadesk.domain.model import OfficeProfile, Person, Unit
from thiduadesk.store.profile import load_profile, save_profile
from thiduadesk.store.units import UnitRepository
from thiduadesk.ui import preferences
from thiduadesk.ui.awards import AwardsTab
from thiduadesk.ui.calendar import CalendarTab
from thiduadesk.ui.main_window import MainWindow
from thiduadesk.ui.units.dialogs import UnitDialog
from thiduadesk.ui.widgets.empty_state import EmptyState
from thiduadesk.ui.widgets.tab_page import TabPage


class PlaceholderTab(EmptyState, TabPage):
    """A tab with nothing in it, for tests about the window rather than a tab."""


@pytest.fixture
def make_window(store, qtbot, answers, tmp_path):
    def make():
        window = MainWindow(store, backup_dir=tmp_path / "backups", lang="en")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return make


@pytest.fixture
def window(make_window):
    return make_window()


def press(widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)


def test_tabs_in_order_with_units_last(window):
    tabs = window.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Plans", "Deadlines", "Awards", "Outgoing register",
                                                              "Units"]
    register, units = window.register_tab, window.units_tab  # built when asked for
    assert tabs.widget(3) is register and tabs.widget(4) is units
    assert isinstance(window.calendar_tab, CalendarTab)  # issue 10: the Lịch hạn tab is built
    assert isinstance(window.awards_tab, AwardsTab)  # issue 11: the Khen thưởng tab is built
    assert tabs.widget(2) is window.awards_tab and tabs.tabText(2) == "Awards"


def test_the_calendar_tab_is_built_when_first_shown(window):
    # Its holiday tables wait until the clerk opens it, not the start of the program.
    assert window.tabs.widget(1).objectName() == "calendarTabPending"
    assert window.tabs.tabText(1) == "Deadlines"
    window.tabs.setCurrentIndex(1)
    built = window.tabs.currentWidget()
    assert isinstance(built, CalendarTab) and built is window.calendar_tab
    assert window.tabs.count() == 5 and window.tabs.tabText(1) == "Deadlines"
    window.tabs.setCurrentIndex(0)
    window.tabs.setCurrentIndex(1)
    assert window.tabs.currentWidget() is built  # built once


@pytest.mark.parametrize(("index", "name", "built_name"), [(3, "register", "registerView"), (4, "units", "unitsTab")])
def test_the_register_and_units_tabs_are_built_when_first_shown(window, index, name, built_name):
    # Issue 7's start-up: the window opens on the plans tab; the others wait to be shown.
    assert [window.tabs.widget(i).objectName() for i in range(1, 5)] == [
        "calendarTabPending", "awardsTabPending", "registerTabPending", "unitsTabPending"]
    window.tabs.setCurrentIndex(index)
    built = window.tabs.currentWidget()
    assert built.objectName() == built_name and built is getattr(window, f"{name}_tab")
    assert window.tabs.count() == 5 and window.tabs.currentIndex() == index
    window.tabs.setCurrentIndex(0)
    window.tabs.setCurrentIndex(index)
    assert window.tabs.currentWidget() is built  # built once


def test_the_awards_tab_is_built_when_first_shown_and_remembers_its_year(window, store, qtbot, ui_settings):
    assert window.tabs.widget(2).objectName() == "awardsTabPending"
    window.tabs.setCurrentIndex(2)
    built = window.tabs.currentWidget()
    assert isinstance(built, AwardsTab) and built is window.awards_tab
    assert window.tabs.count() == 5 and window.tabs.tabText(2) == "Awards"
    built.choose_year("2019-2020")
    window.save_layout()
    from thiduadesk.ui.main_window import MainWindow

    again = MainWindow(store)
    qtbot.addWidget(again)
    assert again.awards_tab.school_year() == "2019-2020"

def test_the_start_up_panel_shows_what_is_due_over_the_tabs(window, store, qtbot):
    import datetime as dt

    from thiduadesk.domain.schedule import Deadline
    from thiduadesk.ops import deadlines

    window.show_due_summary(today=dt.date(2024, 3, 10))  # nothing due: no panel
    assert window.due_panel is None
    UnitRepository(store).add(Unit("Trường THCS Đức Thắng", level="thcs"))
    late = deadlines.add(store, Deadline("2024-03-05", "Báo cáo sơ kết học kỳ I"))
    deadlines.add(store, Deadline("2024-03-12", "Hồ sơ thi đua"))
    window.show_due_summary(today=dt.date(2024, 3, 10))
    panel = window.due_panel
    assert panel.isVisible() and window.tabs.currentIndex() == 0  # not a modal box, no tab change
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: panel.height() <= panel.sizeHint().height())  # the tabs take the rest of the height
    assert window.tabs.height() > 2 * panel.height()
    assert panel.summary.text() == "Overdue: 1 · due today: 0 · next 7 days: 1"
    assert window.tabs.widget(1).objectName() == "calendarTabPending"  # still not built
    first = panel.list.item(0)
    assert "Báo cáo sơ kết học kỳ I" in first.text()
    panel.list.itemClicked.emit(first)
    assert window.tabs.currentWidget() is window.calendar_tab
    assert window.calendar_tab.selected_id() == late


def test_menus(window):
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&Plan", "&Settings", "&Help"]  # Edit and Plan: issue 8
    assert window.backup_action.shortcut().toString() == "Ctrl+Shift+S"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"


def test_ctrl_digits_switch_tabs(window):
    for digit, key in enumerate((Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5)):
        press(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == digit
    press(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.calendar_tab


def test_ctrl_f_focuses_the_search_and_del_deletes(window, store, answers, qtbot):
    repo = UnitRepository(store)
    assert window.units_tab.model.rowCount() == 0  # (built now: the unit below is written behind its back)
    repo.add(Unit("Trường THCS Đức Thắng", level="thcs"))
    press(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)  # the units tab
    assert window.units_tab.model.rowCount() == 0
    press(window, Qt.Key.Key_F5)  # refresh picks up what was written behind the window's back
    assert window.units_tab.model.rowCount() == 1
    press(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.units_tab.search_box.hasFocus)

    # Del inside the search box edits the text; it does not delete the unit.
    type_text(window.units_tab.search_box, "duc")
    press(window.units_tab.search_box, Qt.Key.Key_Home)
    press(window.units_tab.search_box, Qt.Key.Key_Delete)
    assert window.units_tab.search_box.text() == "uc"
    assert answers.confirms == []

    window.units_tab.search_box.clear()
    window.units_tab.search_box.flush()
    window.units_tab.table.setFocus()
    answers.confirm_answers = [True]
    press(window.units_tab.table, Qt.Key.Key_Delete)
    assert len(answers.confirms) == 1
    assert repo.count() == 0


def test_ctrl_n_opens_the_new_unit_dialog(window, store):
    press(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)

    def check(dialog):
        assert isinstance(dialog, UnitDialog)
        assert dialog.windowTitle() == "New unit"
        type_text(dialog.name_edit, "Trường Tiểu học Phú Đô")
        dialog.accept()

    in_modal(lambda: press(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier), check)
    assert UnitRepository(store).find_by_name("Trường Tiểu học Phú Đô") is not None


def test_status_bar_shows_the_file_and_counts(store, make_window):
    repo = UnitRepository(store)
    unit_id = repo.add(Unit("Trường THCS Đức Thắng"))
    repo.add_people([Person(f"Người {i}", unit_id=unit_id) for i in range(1200)])
    repo.add(Unit("Trường Mầm non Cổ Nhuế"))
    window = make_window()
    assert str(store.path) in window.path_label.text()
    assert window.counts_label.text() == "2 units · 1,200 people"


def test_window_layout_is_remembered(make_window, store, ui_settings, monkeypatch):
    # The placeholder plans tab: this is about the window's memory, not the plans tab's minimum width.
    monkeypatch.setattr("thiduadesk.ui.main_window.make_plans_tab",
                        lambda *args: PlaceholderTab("Plans", "placeholder"))
    UnitRepository(store).add(Unit("Trường THCS Đức Thắng"))
    first = make_window()
    # Within the offscreen screen (800x800) where possible: restoreGeometry keeps windows on screen,
    # and never below the window's minimum width (the tabs decide that).
    first.resize(760, 560)  # within the offscreen screen (800x800): restoreGeometry keeps windows on it
    first.tabs.setCurrentWidget(first.units_tab)
    first.units_tab.table.setColumnWidth(0, 333)
    first.units_tab._on_header_clicked(6)  # sort by people
    first.close()
    assert ui_settings.exists()

    second = make_window()
    assert (second.width(), second.height()) == (760, 560)
    assert second.tabs.currentWidget() is second.units_tab
    assert second.units_tab.table.columnWidth(0) == 333
    assert second.units_tab.model.query.order_by == "people"
    assert second.units_tab.table.horizontalHeader().sortIndicatorSection() == 6


def test_check_data_reports_ok(window, answers):
    window.check_action.trigger()
    assert answers.infos[-1] == ("Check the data", "The data file was checked and has no errors.")


def test_back_up_now_writes_a_readable_copy(window, store, answers, tmp_path):
    UnitRepository(store).add(Unit("Trường THCS Đức Thắng"))
    dest = tmp_path / "sao-luu.sqlite"
    answers.save_paths = [str(dest)]
    window.backup_action.trigger()
    assert dest.exists()
    copy = sqlite3.connect(dest)
    try:
        assert copy.execute("SELECT name FROM units").fetchall() == [("Trường THCS Đức Thắng",)]
    finally:
        copy.close()
    assert str(dest) in answers.infos[-1][1]


def test_office_information_dialog_saves_the_profile(window, store):
    save_profile(store, OfficeProfile(place="Nam Từ Liêm"))
    window.profile = load_profile(store)

    def edit(dialog):
        dialog.edits["head_name"].clear()
        type_text(dialog.edits["head_name"], "Nguyễn Văn Hùng")
        type_text(dialog.deputies_edit, "Trần Thị Mai\nLê Quang Huy")
        dialog.accept()

    in_modal(window.profile_action.trigger, edit)
    profile = load_profile(store)
    assert profile.head_name == "Nguyễn Văn Hùng"
    assert profile.deputies == ["Trần Thị Mai", "Lê Quang Huy"]
    assert window.profile.head_name == "Nguyễn Văn Hùng"
    assert "Nam Từ Liêm" in window.windowTitle()


def test_language_choice_is_saved_for_the_next_start(window, answers):
    assert preferences.saved_language() == "vi"
    assert window.language_actions["vi"].isChecked()
    window.language_actions["en"].trigger()
    assert preferences.saved_language() == "en"
    assert "next start" in answers.infos[-1][1]


def test_restore_menu_asks_then_hands_over(window, answers, monkeypatch, tmp_path):
    chosen = tmp_path / "backups" / "thiduadesk-20260101-080000.sqlite"
    monkeypatch.setattr("thiduadesk.ui.main_window.choose_backup", lambda folder, parent: chosen)
    requested = []
    window.restore_requested.connect(requested.append)
    answers.confirm_answers = [False]
    window.restore_action.trigger()
    assert requested == []
    answers.confirm_answers = [True]
    window.restore_action.trigger()
    assert requested == [chosen]
    assert chosen.name in answers.confirms[-1][1]


def test_about_says_offline(window, answers):
    window.about_action.trigger()
    title, text = answers.infos[-1]
    assert "never connects to the network" in text
    assert QApplication.instance() is not None


def test_closing_saves_the_tabs_and_stays_open_if_a_save_fails(window, answers):
    calls = []
    window.units_tab.save_now = lambda: calls.append("save") or False  # a tab that cannot save
    answers.confirm_answers = [False]
    assert window.close() is False
    assert window.isVisible() and calls == ["save"]
    assert "could not be saved" in answers.confirms[-1][1]
    answers.confirm_answers = [True]
    assert window.close() is True
    assert not window.isVisible()


def test_first_window_fits_the_screen(make_window):
    """No remembered layout: the window opens inside the screen's free area, status bar visible."""
    window = make_window()
    free = window.screen().availableGeometry()
    assert window.height() <= free.height() - MainWindow.FRAME_ALLOWANCE.height()
    assert window.height() <= 760 and window.width() <= 1280


def test_vietnamese_window_fits_a_1024_pixel_screen(store, qtbot, tmp_path):
    """The longest (Vietnamese) labels must not force the window wider than a 1024 px screen."""
    from thiduadesk.app import install_translators

    app = QApplication.instance()
    translators = install_translators(app, "vi")
    try:
        window = MainWindow(store, backup_dir=tmp_path / "backups", lang="vi")
        qtbot.addWidget(window)
        assert window.tabs.tabText(0) == "Kế hoạch"  # the translation is really in use
        assert window.minimumSizeHint().width() <= 1024 - MainWindow.FRAME_ALLOWANCE.width()
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_office_information_prints_specimen_papers(window, store, monkeypatch, qtbot):
    """Settings → Office information → "Print specimen papers…": pick a paper, see it, print or save."""
    import pypdf

    from thiduadesk.ui.plans import dialogs
    from thiduadesk.ui.specimen_dialog import SpecimenDialog

    save_profile(store, OfficeProfile(place="Nam Từ Liêm", head_name="Nguyễn Văn Hùng"))
    window.profile = load_profile(store)
    shown = []

    def run(dialog):
        if isinstance(dialog, SpecimenDialog):
            kinds = [dialog.kind_combo.itemData(i) for i in range(dialog.kind_combo.count())]
            assert kinds == ["plan", "letter", "submission", "minutes", "decision", "list"]
            dialog.choose("minutes")
            return True
        qtbot.waitUntil(dialog.preview.is_ready, timeout=5000)
        shown.append((dialog.windowTitle(), dialog.suggested_name, dialog.data))
        return False

    monkeypatch.setattr(dialogs, "run_dialog", run)

    def press_specimens(dialog):
        assert dialog.specimen_button.text() == "Print specimen papers…"
        dialog.specimen_button.click()
        dialog.reject()  # nothing typed: closes without asking

    in_modal(window.profile_action.trigger, press_specimens)
    [(title, name, data)] = shown
    assert (title, name) == ("Print specimen papers", "Mau bien ban.pdf")
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)
    assert "BIÊN BẢN" in text and "Nam Từ Liêm" in text

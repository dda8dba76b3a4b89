"""The main window: five tabs (Kế hoạch, Lịch hạn, Khen thưởng, Sổ văn bản đi, Đơn vị), menus
(Tệp, Sửa with one Undo/Redo for the window — ui/edit_menu.py —, Kế hoạch with the plans view's own
actions, Cài đặt, Trợ giúp with the user guide), shortcuts, status bar. It subscribes once to the change notification of the open store (every
view connects to the same signal) and keeps the office profile and the counts up to date."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from thiduadesk import __version__
from thiduadesk.domain.model import OfficeProfile
from thiduadesk.ops import backups, changes
from thiduadesk.ops import profile as profile_ops
from thiduadesk.ops import units as units_ops
from thiduadesk.ops.data import follow_plans
from thiduadesk.store.db import Store
from thiduadesk.store.errors import StoreError
from thiduadesk.ui import preferences, prompts
from thiduadesk.ui.changes import changes_of
from thiduadesk.ui.edit_menu import EditCommands
from thiduadesk.ui.formatting import format_count
from thiduadesk.ui.plans import make_plans_tab
from thiduadesk.ui.restore_dialog import choose_backup
from thiduadesk.ui.settings_dialog import OfficeProfileDialog
from thiduadesk.ui.widgets.busy import busy_cursor
from thiduadesk.ui.widgets.lazy_tabs import LazyTabs
from thiduadesk.ui.widgets.tab_page import TabPage

log = logging.getLogger("thiduadesk.ui")


class MainWindow(QMainWindow):
    """``restore_requested(path)`` asks the application to close the store, restore and reopen."""

    restore_requested = Signal(Path)

    TAB_NAMES = ("plans", "calendar", "awards", "register", "units")
    FRAME_ALLOWANCE = QSize(16, 48)  # window frame and title bar, not known before the window is shown

    def __init__(self, store: Store, *, backup_dir: Path | None = None, lang: str = "vi",
                 profile: OfficeProfile | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.store = store
        self.backup_dir = backup_dir
        self.lang = lang
        self.profile = profile if profile is not None else profile_ops.load(store)
        self._counts = (0, 0)
        self.changes = changes_of(store)  # the one subscription; the views connect to it too
        self.changes.changed.connect(self.on_change)
        self.changes.plan_imported.connect(self._offer_plan_deadlines)
        follow_plans(store)  # deadlines taken from a plan follow it, the calendar tab built or not
        self._update_title()
        self.resize(self.default_size())

        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.plans_tab = make_plans_tab(store, lambda: self.profile, self)
        self.tabs.addTab(self.plans_tab, self.tr("Plans"))
        # The other tabs are built the first time they are shown or asked for.
        self.lazy_tabs = LazyTabs(self.tabs, preferences.app_settings, on_built=self._on_tab_built)
        self.lazy_tabs.add("calendar", self.tr("Deadlines"), self._make_calendar_tab)
        self.lazy_tabs.add("awards", self.tr("Awards"), self._make_awards_tab)
        self.lazy_tabs.add("register", self.tr("Outgoing register"), self._make_register_tab)
        self.lazy_tabs.add("units", self.tr("Units"), self._make_units_tab)
        self._current_tab = self.tabs.currentWidget()
        self.tabs.currentChanged.connect(self._on_tab_changed)
        central = QWidget()
        self._central_layout = QVBoxLayout(central)
        self._central_layout.setContentsMargins(0, 0, 0, 0)
        self._central_layout.addWidget(self.tabs, 1)  # the due panel above keeps its own height
        self.due_panel = None  # what is overdue or due soon, shown once the window is up
        self.setCentralWidget(central)

        self._build_menus()
        self._build_shortcuts()
        self._build_status_bar()
        self._update_counts()
        self.restore_layout()
        self.edit_commands.follow_stack(self._tab_undo_stack())

    def default_size(self) -> QSize:
        """1280×760, but never larger than the screen's free area (taskbar, title bar and frame
        excluded): on a 1366×768 laptop the status bar must not fall off the bottom."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return QSize(1280, 760)
        free = screen.availableGeometry()
        return QSize(min(1280, free.width() - self.FRAME_ALLOWANCE.width()),
                     min(760, free.height() - self.FRAME_ALLOWANCE.height()))

    # -- construction ----------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, *, name: str = "") -> QAction:
        action = QAction(text, self)
        if name:
            action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.backup_action = self._action(self.tr("&Back up now…"), self.backup_now, "Ctrl+Shift+S",
                                          name="backupAction")
        self.restore_action = self._action(self.tr("&Restore from a backup…"), self.restore_from_backup,
                                           name="restoreAction")
        self.check_action = self._action(self.tr("&Check the data"), self.check_data, name="checkAction")
        self.quit_action = self._action(self.tr("E&xit"), self.close, QKeySequence.StandardKey.Quit,
                                        name="quitAction")
        self.quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        for action in (self.backup_action, self.restore_action, self.check_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        self.edit_commands = EditCommands(self, self.store)
        self.edit_commands.build_menu(bar.addMenu(self.tr("&Edit")))
        self.statusBar().addPermanentWidget(self.edit_commands.undo_button)
        self.plan_menu = bar.addMenu(self.tr("&Plan"))
        self.plan_menu.setObjectName("planMenu")
        plans = getattr(self.plans_tab, "plans", None)  # the plans view (a stand-in tab has none)
        if plans is not None:
            self._fill_plan_menu(plans)
        self._build_settings_and_help_menus()

    def _fill_plan_menu(self, plans) -> None:
        """The plans view's own actions (one QAction each, shared with its toolbar)."""
        plans.wants_front.connect(lambda: self.tabs.setCurrentWidget(self.plans_tab))
        for group in ((plans.new_action, plans.import_action, plans.copy_year_action, plans.duplicate_action,
                       plans.new_version_action),
                      (plans.save_action, plans.issue_action),
                      (plans.print_action, plans.pdf_action, plans.docx_action),
                      (plans.delete_action,)):
            if self.plan_menu.actions():
                self.plan_menu.addSeparator()
            for action in group:
                self.plan_menu.addAction(action)

    def _build_settings_and_help_menus(self) -> None:
        bar = self.menuBar()
        settings_menu = bar.addMenu(self.tr("&Settings"))
        self.profile_action = self._action(self.tr("&Office information…"), self.edit_profile,
                                           name="profileAction")
        settings_menu.addAction(self.profile_action)
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        saved = preferences.saved_language()
        for code, label in (("vi", self.tr("Tiếng Việt")), ("en", self.tr("English"))):
            action = QAction(label, self, checkable=True)
            action.setObjectName(f"language_{code}")
            action.setChecked(code == saved)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action

        help_menu = bar.addMenu(self.tr("&Help"))
        self.guide_action = self._action(self.tr("&User guide"), self.show_guide, QKeySequence.StandardKey.HelpContents,
                                         name="guideAction")
        self.guide_action.setShortcuts([QKeySequence("F1")])
        self.about_action = self._action(self.tr("&About ThiDuaDesk"), self.show_about, name="aboutAction")
        help_menu.addAction(self.guide_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        self.guide_dialog = None

    def _build_shortcuts(self) -> None:
        self.tab_actions = []
        for i in range(self.tabs.count()):
            action = self._action(self.tr("Tab %1").replace("%1", str(i + 1)),
                                  lambda i=i: self.tabs.setCurrentIndex(i), f"Ctrl+{i + 1}", name=f"tabAction{i + 1}")
            self.addAction(action)
            self.tab_actions.append(action)
        self.find_action = self._action(self.tr("Find"), lambda: self.current_tab().focus_search(),
                                        QKeySequence.StandardKey.Find, name="findAction")
        self.new_action = self._action(self.tr("New"), lambda: self.current_tab().new_item(),
                                       QKeySequence.StandardKey.New, name="newAction")
        self.delete_action = self._action(self.tr("Delete"), lambda: self.current_tab().delete_selected(),
                                          QKeySequence.StandardKey.Delete, name="deleteAction")
        self.refresh_action = self._action(self.tr("Refresh"), self.refresh, "F5", name="refreshAction")
        for action in (self.find_action, self.new_action, self.delete_action, self.refresh_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

    def _build_status_bar(self) -> None:
        self.path_label = QLabel(self.tr("Data: %1").replace("%1", str(self.store.path)))
        self.path_label.setObjectName("pathLabel")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("countsLabel")
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)

    # -- tabs ----------------------------------------------------------------------------------------

    def current_tab(self) -> TabPage:
        return self.tabs.currentWidget()

    def _tab_undo_stack(self):
        """The undo stack of the tab shown (TabPage.undo_stack), None for a tab without one."""
        hook = getattr(self.current_tab(), "undo_stack", None)
        return hook() if callable(hook) else None

    def refresh(self) -> None:
        self.current_tab().refresh()
        self._update_counts()

    def _on_tab_changed(self, _index: int) -> None:
        """Leaving a tab writes what it holds (a plan being typed), so the next one sees it."""
        if self._current_tab is not None:
            self._current_tab.save_now()
        self.lazy_tabs.build_current()
        self._current_tab = self.tabs.currentWidget()
        self.edit_commands.follow_stack(self._tab_undo_stack())

    def show_due_summary(self, today: dt.date | None = None) -> None:
        """The start-up panel over the tabs: what is overdue, due today and due in the next 7 days
        (not a modal box; an item opens its deadline in the Lịch hạn tab). Nothing due: no panel.
        Called once the window is up, so reading the holiday tables does not delay it."""
        from thiduadesk.ops import deadlines as deadline_ops
        from thiduadesk.ui.calendar.startup import StartupPanel

        summary = deadline_ops.startup_summary(self.store, today=today)
        if summary.empty:
            return
        if self.due_panel is None:
            self.due_panel = StartupPanel(self)
            self.due_panel.setObjectName("dueSummaryPanel")
            self.due_panel.list.itemActivated.connect(self._open_due_item)
            self.due_panel.list.itemClicked.connect(self._open_due_item)
            self._central_layout.insertWidget(0, self.due_panel)
        self.due_panel.show_summary(summary)
        self.due_panel.show()

    def _open_due_item(self, item) -> None:
        tab = self.calendar_tab
        self.tabs.setCurrentWidget(tab)
        tab.show_deadline(item.data(Qt.ItemDataRole.UserRole))

    def _offer_plan_deadlines(self, plan_id: int) -> None:
        """After a plan import the calendar offers the deadlines found in it (nothing found: nothing shown)."""
        self.calendar_tab.offer_plan(plan_id, quiet=True)

    @property
    def calendar_tab(self):
        """The Lịch hạn tab (built now if it was not yet)."""
        return self.lazy_tabs.get("calendar")

    @property
    def awards_tab(self):
        """The Khen thưởng tab (built now if it was not yet)."""
        return self.lazy_tabs.get("awards")

    @property
    def register_tab(self):
        """The Sổ văn bản đi tab (built now if it was not yet)."""
        return self.lazy_tabs.get("register")

    @property
    def units_tab(self):
        """The Đơn vị tab (built now if it was not yet)."""
        return self.lazy_tabs.get("units")

    # Each tab's modules are imported when it is built.

    def _make_calendar_tab(self):
        from thiduadesk.ui.calendar import CalendarTab

        return CalendarTab(self.store, self, follow_plans=False)

    def _make_awards_tab(self):
        from thiduadesk.ui.awards import AwardsTab

        return AwardsTab(self.store, self)

    def _make_register_tab(self):
        from thiduadesk.ui.register.view import RegisterView

        return RegisterView(self.store, lambda: self.profile, self)

    def _make_units_tab(self):
        from thiduadesk.ui.units.tab import UnitsTab

        return UnitsTab(self.store, self, lang=self.lang)

    def _on_tab_built(self, _tab) -> None:
        self._current_tab = self.tabs.currentWidget()

    def on_change(self, change: changes.Change) -> None:
        if change.touches(changes.UNITS, changes.PEOPLE):
            self._update_counts()
        if change.touches(changes.PROFILE):
            self.profile = profile_ops.load(self.store)
            self._update_title()

    def _update_counts(self) -> None:
        units, people = units_ops.counts(self.store)
        self._counts = (units, people)
        self.counts_label.setText(
            self.tr("%1 units · %2 people").replace("%1", format_count(units, self.lang))
            .replace("%2", format_count(people, self.lang))
        )

    def _update_title(self) -> None:
        office = ""
        if self.profile is not None:
            office = " ".join(p for p in (self.profile.office_name, self.profile.place) if p).strip()
        self.setWindowTitle(f"ThiDuaDesk — {office}" if office else "ThiDuaDesk")

    # -- window layout -----------------------------------------------------------------------------------

    def restore_layout(self) -> None:
        settings = preferences.app_settings()
        geometry = settings.value("main/geometry")
        if geometry:
            self.restoreGeometry(geometry)
        state = settings.value("main/state")
        if state:
            self.restoreState(state)
        tab = settings.value("main/tab")
        if tab is not None:
            try:
                self.tabs.setCurrentIndex(int(tab))
            except (TypeError, ValueError):
                pass
        for widget in self._tab_widgets():
            widget.restore_state(settings)

    def save_layout(self) -> None:
        settings = preferences.app_settings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        settings.setValue("main/tab", self.tabs.currentIndex())
        for widget in self._tab_widgets():
            widget.save_state(settings)
        settings.sync()

    def _tab_widgets(self) -> list[TabPage]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def save_tabs(self) -> bool:
        """Ask every tab holding unsaved work (``save_now()``) to save it; False if one could not."""
        ok = True
        for widget in self._tab_widgets():
            if widget.save_now() is False:
                ok = False
        return ok

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.save_tabs() and not prompts.confirm(
            self,
            self.tr("Exit"),
            self.tr("Some changes could not be saved (the tab says why). Close anyway and lose them?"),
        ):
            event.ignore()
            return
        self.save_layout()
        super().closeEvent(event)

    # -- File menu -------------------------------------------------------------------------------------

    def backup_now(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / backups.backup_name(dt.datetime.now(), "thu-cong"))
        path = prompts.save_file(self, self.tr("Back up now"), suggested, prompts.backup_filter())
        if not path:
            return
        try:
            with busy_cursor():
                written = backups.backup(self.store, path)
        except (StoreError, OSError) as exc:
            reason = exc.message if isinstance(exc, StoreError) else str(exc)
            prompts.warn(self, self.tr("Back up now"),
                         self.tr("The backup could not be written: %1").replace("%1", reason))
            return
        self.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", str(written)), 8000)
        prompts.inform(self, self.tr("Back up now"), self.tr("Backed up to %1").replace("%1", str(written)))

    def restore_from_backup(self) -> None:
        self.save_tabs()
        chosen = choose_backup(self.backup_dir, self)
        if chosen is None:
            return
        text = self.tr(
            "Replace the current data with the backup of %1?\n\nThe current data file is first kept aside "
            "as a backup, so this can be undone."
        ).replace("%1", chosen.name)
        if prompts.confirm(self, self.tr("Restore from a backup"), text):
            self.restore_requested.emit(chosen)

    def check_data(self) -> None:
        try:
            with busy_cursor():
                problems = backups.check(self.store)
        except Exception as exc:  # sqlite3.DatabaseError on a badly damaged file
            problems = [str(exc)]
        if problems == ["ok"]:
            prompts.inform(self, self.tr("Check the data"),
                           self.tr("The data file was checked and has no errors."))
        else:
            prompts.warn(
                self,
                self.tr("Check the data"),
                self.tr("The check found problems in the data file:\n%1\n\nBack up now, then restore the "
                        "latest good backup (File → Restore from a backup…).").replace("%1", "\n".join(problems[:20])),
            )

    # -- Settings menu -------------------------------------------------------------------------------

    def edit_profile(self) -> bool:
        dialog = OfficeProfileDialog(self.store, self.profile, self)
        if dialog.exec() and dialog.saved_profile is not None:
            self.profile = dialog.saved_profile
            self._update_title()
            return True
        return False

    def choose_language(self, lang: str) -> None:
        if lang == preferences.saved_language():
            return
        preferences.save_language(lang)
        prompts.inform(self, self.tr("Language"),
                       self.tr("The new language will be used from the next start of the program."))

    # -- Help menu ---------------------------------------------------------------------------------------

    def show_guide(self) -> None:
        """The Vietnamese user guide in a window beside the program's (not modal)."""
        from thiduadesk.ui.help.dialog import GuideDialog

        if self.guide_dialog is None:
            self.guide_dialog = GuideDialog(self)
        self.guide_dialog.show()
        self.guide_dialog.raise_()
        self.guide_dialog.activateWindow()

    def show_about(self) -> None:
        prompts.inform(
            self,
            self.tr("About ThiDuaDesk"),
            self.tr("ThiDuaDesk %1\nEmulation and commendation for the district Office of Education and "
                    "Training.\n\nThe program works offline and never connects to the network.\nData file: %2")
            .replace("%1", __version__)
            .replace("%2", str(self.store.path)),
        )

"""The plans view: the list of plans (left, list_panel.py), the editor (middle, editor*.py) and
the live preview (right), with autosave; the toolbar's actions of the clerk's year — new from a
template, copy last year's plan, import, issue, print, save as PDF, export to Word — are in
plan_actions.py."""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from thiduadesk.domain.model import OfficeProfile
from thiduadesk.domain.numbering import number_and_symbol
from thiduadesk.domain.plan import Plan, Recipient
from thiduadesk.ops import changes
from thiduadesk.ops import deleted as deleted_kinds
from thiduadesk.ops import plans as plans_ops
from thiduadesk.store.db import Store
from thiduadesk.store.errors import StoreError
from thiduadesk.ui import prompts
from thiduadesk.ui.changes import changes_of
from thiduadesk.ui.plans import dialogs
from thiduadesk.ui.plans.list_panel import PlanListPanel
from thiduadesk.ui.plans.plan_actions import PlanActions
from thiduadesk.ui.plans.undo import new_undo_stack
from thiduadesk.ui.widgets.deletions import deletions_of
from thiduadesk.ui.widgets.empty_state import EmptyState

log = logging.getLogger("thiduadesk.ui.plans")

AUTOSAVE_MS = 800
PREVIEW_MS = 400


class PlansView(QWidget):
    status_message = Signal(str)
    wants_front = Signal()  # an action was triggered (from the window's Kế hoạch menu): show the view

    def __init__(self, store: Store, profile_getter: Callable[[], OfficeProfile | None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("plansView")
        self.store = store
        self.profile_getter = profile_getter
        self._dirty = False
        self.last_render_ms = 0.0
        self.plan_actions = PlanActions(self)
        pa = self.plan_actions  # the toolbar's steps, called on the view by the tab and the tests
        self.new_plan, self.create_plan, self.copy_to_next_year = pa.new_plan, pa.create_plan, pa.copy_to_next_year
        self.duplicate_plan, self.new_version, self.delete_plan = pa.duplicate_plan, pa.new_version, pa.delete_plan
        self.import_plan, self.import_file, self.ask_issued = pa.import_plan, pa.import_file, pa.ask_issued
        self.issue_current, self.print_current = pa.issue_current, pa.print_current
        self.save_pdf, self.export_docx = pa.save_pdf, pa.export_docx

        # The editor and the preview are built when the first plan is opened (the editor,
        # properties below): until then a message holds their place, and the window opens sooner.
        self._editor = None
        self._preview = None
        self._editor_tab = 0  # the editor page remembered from the last session
        self.undo_stack = new_undo_stack(self)

        self._build_actions()
        self._build_layout()

        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(AUTOSAVE_MS)
        self.save_timer.timeout.connect(self.save_now)
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_MS)
        self.preview_timer.timeout.connect(self.render_preview)

        self.undo_stack.canUndoChanged.connect(self._on_undo_state)
        self.undo_stack.canRedoChanged.connect(self._on_undo_state)
        self.reload_filters()
        self.reload_list()
        self._show_plan(None)
        changes_of(store).changed.connect(self.on_change)
        deletions_of(store).restored.connect(self._on_restored)
        QApplication.instance().focusChanged.connect(self._on_focus_changed)

    # == building ====================================================================================

    def _act(self, name: str, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        if tip or shortcut is not None:
            shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip((tip or text.replace("&", "").rstrip("…")) + (f" ({shown})" if shown else ""))
        action.triggered.connect(lambda _checked=False: (self.wants_front.emit(), slot()))
        return action

    def _build_actions(self) -> None:
        self.new_action = self._act("newPlan", self.tr("&New…"), self.new_plan, "Ctrl+N",
                                    self.tr("New plan from a template"))
        self.copy_year_action = self._act("copyNextYear", self.tr("Copy to next year"), self.copy_to_next_year,
                                          "Ctrl+Shift+N", self.tr("Copy the selected plan for the next year: years "
                                                                  "moved forward, number and date cleared"))
        self.import_action = self._act("importPlan", self.tr("&Import…"), self.import_plan, "Ctrl+O",
                                       self.tr("Import a plan from a .docx, .txt or .md file"))
        self.duplicate_action = self._act("duplicatePlan", self.tr("Duplicate"), self.duplicate_plan, "Ctrl+D",
                                          self.tr("A new draft copied from the selected plan"))
        self.new_version_action = self._act("newVersion", self.tr("New version"), self.new_version,
                                            tip=self.tr("A new draft version of an issued plan, to be issued with "
                                                        "a new number"))
        self.delete_action = self._act("deletePlan", self.tr("Delete draft"), self.delete_plan,
                                       tip=self.tr("Delete the selected draft (Edit → Undo brings it back)"))
        self.undo_action = self._act("undo", self.tr("Undo"), self.undo_stack.undo, ["Ctrl+Z"])
        self.redo_action = self._act("redo", self.tr("Redo"), self.undo_stack.redo, ["Ctrl+Y", "Ctrl+Shift+Z"])
        self.save_action = self._act("savePlan", self.tr("&Save"), self.save_now, "Ctrl+S",
                                     self.tr("Save now (drafts are also saved automatically)"))
        self.issue_action = self._act("issuePlan", self.tr("&Issue…"), self.issue_current, "Ctrl+Shift+E",
                                      self.tr("Give the plan its number from the outgoing register and lock it"))
        self.print_action = self._act("printPlan", self.tr("&Print…"), self.print_current, "Ctrl+P")
        self.pdf_action = self._act("savePdf", self.tr("Save as PDF…"), self.save_pdf, "Ctrl+Shift+P")
        self.docx_action = self._act("exportDocx", self.tr("Export Word…"), self.export_docx, "Ctrl+Shift+W",
                                     self.tr("Save the plan as a Word document (.docx)"))
        self.find_action = self._act("findPlan", self.tr("Find"), self.focus_search, "Ctrl+F")

    def _build_layout(self) -> None:
        bar = QToolBar()
        bar.setObjectName("plansToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.copy_year_action, self.import_action, self.duplicate_action,
                       self.new_version_action, self.delete_action):
            bar.addAction(action)
        bar.addSeparator()
        for action in (self.undo_action, self.redo_action, self.save_action):
            bar.addAction(action)
        bar.addSeparator()
        for action in (self.issue_action, self.print_action, self.pdf_action, self.docx_action):
            bar.addAction(action)

        # -- left: the list --
        self.list_panel = PlanListPanel(self.store, self.current_plan_id)
        self.list_panel.chosen.connect(self._on_list_chosen)
        # What the main window, the tab and the tests reach directly.
        self.search_box, self.list_model = self.list_panel.search_box, self.list_panel.list_model
        self.list_view, self.year_combo = self.list_panel.list_view, self.list_panel.year_combo
        self.state_combo = self.list_panel.state_combo
        left = self.list_panel

        # -- middle: banner + editor --
        self.banner = QFrame()
        self.banner.setObjectName("issuedBanner")
        self.banner.setStyleSheet("#issuedBanner { background: #e8f5e9; border: 1px solid #a5d6a7; border-radius: 3px; }")
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(8, 4, 8, 4)
        self.banner_label = QLabel()
        self.banner_label.setObjectName("issuedBannerText")
        self.banner_label.setWordWrap(True)
        banner_layout.addWidget(self.banner_label, 1)
        self.banner_button = QPushButton(self.tr("New version"))
        self.banner_button.setObjectName("bannerNewVersion")
        self.banner_button.clicked.connect(self.new_version)
        banner_layout.addWidget(self.banner_button)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.banner)
        # With no plan open (at start, after a delete) a message, not an empty editor.
        self._no_plan = EmptyState(self.tr("No plan open"),
                                   self.tr("Choose a plan on the left, or make a new one (Ctrl+N)."))
        self._no_plan.setObjectName("noPlanOpen")
        # (its text column's width must not widen the pane the editor takes in small windows)
        self._no_plan.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._middle = QStackedWidget()
        self._middle.addWidget(self._no_plan)
        middle_layout.addWidget(self._middle, 1)

        # -- right: preview --
        self.preview_title = QLabel(self.tr("Preview"))
        self.preview_title.setObjectName("previewTitle")
        right = QWidget()
        self._right_layout = QVBoxLayout(right)
        self._right_layout.setContentsMargins(0, 0, 0, 0)
        self._right_layout.addWidget(self.preview_title)
        self._no_preview = QFrame()
        self._no_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self._right_layout.addWidget(self._no_preview, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("plansSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([290, 590, 470])

        self.status_label = QLabel()
        self.status_label.setObjectName("planStatus")
        self.status_label.setStyleSheet("color: palette(placeholder-text);")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(bar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status_label)

    # == the editor and the preview, built when first needed =======================================

    @property
    def editor(self):
        """The plan editor (built now if it was not yet)."""
        if self._editor is None:
            from thiduadesk.ui.plans.editor import PlanEditor

            editor = PlanEditor(self.profile_getter, self.recipients_in_use, self, undo_stack=self.undo_stack)
            editor.changed.connect(self._on_editor_changed)
            editor.block_shown.connect(self._on_block_shown)
            editor.tabs.setCurrentIndex(self._editor_tab)
            self._middle.addWidget(editor)
            self.splitter.refresh()  # the panes' widths laid out again for the editor's minimum width
            self._editor = editor
        return self._editor

    @property
    def preview(self):
        """The live preview (built now if it was not yet)."""
        if self._preview is None:
            from thiduadesk.ui.plans.preview import PdfPreview

            self._preview = PdfPreview()
            self._right_layout.replaceWidget(self._no_preview, self._preview)
            self._preview.show()
            self._no_preview.deleteLater()
        return self._preview

    # == list ========================================================================================

    def reload_filters(self) -> None:
        self.list_panel.reload_filters()

    def reload_list(self, keep_id: int | None = None) -> None:
        self.list_panel.reload(keep_id)

    def set_year_filter(self, year: int | None) -> None:
        self.list_panel.set_year_filter(year)

    def set_state_filter(self, state: str | None) -> None:
        self.list_panel.set_state_filter(state)

    def _on_list_chosen(self, plan_id: int) -> None:
        if plan_id == self.current_plan_id():
            return
        if not self.leave_current():
            QTimer.singleShot(0, lambda: self.reload_list(keep_id=self.current_plan_id()))
            return
        self.open_plan(plan_id)

    def select_plan(self, plan_id: int) -> None:
        """Show ``plan_id`` in the list (clearing filters that hide it) and open it."""
        if self.list_model.row_of(plan_id) < 0:
            self.list_panel.show_everything()
        self.reload_list(keep_id=plan_id)
        self.open_plan(plan_id)

    def current_plan_id(self) -> int | None:
        plan = self.current_plan()
        return plan.id if plan is not None else None

    def current_plan(self) -> Plan | None:
        return self._editor.plan if self._editor is not None else None

    # == opening and saving ==========================================================================

    def open_plan(self, plan_id: int | None) -> None:
        if plan_id is None:
            self._show_plan(None)
            return
        try:
            plan = plans_ops.get(self.store, plan_id)
        except StoreError as exc:
            prompts.warn(self, self.tr("Open plan"), exc.message)
            return
        self._show_plan(plan)

    def _show_plan(self, plan: Plan | None) -> None:
        self.save_timer.stop()
        self._dirty = False
        self.status_label.clear()
        if plan is not None or self._editor is not None:
            self.editor.load(plan, read_only=bool(plan and plan.is_issued))
        self._middle.setCurrentWidget(self._no_plan if plan is None else self.editor)
        self._update_banner()
        self._update_actions()
        if self._preview is not None or plan is not None:
            # Another plan starts at its first page, without the last plan's highlighted paragraph.
            self.preview.forget_reveal()
            self.render_preview(keep_position=False)

    def _update_banner(self) -> None:
        plan = self.current_plan()
        if plan is None or not plan.is_issued:
            self.banner.hide()
            return
        date = f"{plan.date.day:02d}/{plan.date.month:02d}/{plan.date.year}" if plan.date.is_complete() else ""
        self.banner_label.setText(
            self.tr("Issued — No. %1 dated %2. The plan is locked; to change it, make a new version.")
            .replace("%1", number_and_symbol(plan.number, plan.symbol)).replace("%2", date))
        self.banner.show()

    def _update_actions(self) -> None:
        plan = self.current_plan()
        has = plan is not None
        issued = has and plan.is_issued
        draft = has and not plan.is_issued
        self.copy_year_action.setEnabled(has)
        self.duplicate_action.setEnabled(has)
        self.new_version_action.setEnabled(issued)
        self.delete_action.setEnabled(draft)
        self.save_action.setEnabled(draft)
        self.issue_action.setEnabled(draft)
        for action in (self.print_action, self.pdf_action, self.docx_action):
            action.setEnabled(has)
        self.undo_action.setEnabled(draft and self.undo_stack.canUndo())
        self.redo_action.setEnabled(draft and self.undo_stack.canRedo())

    def _on_block_shown(self, words: str) -> None:
        self.preview.reveal(words)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The preview's highlight follows the field being edited and goes when editing ends
        (the focus leaves the editor for anything but the preview itself)."""
        if new is None or self._editor is None:  # another program came to the front: nothing ended
            return
        if self.editor.isAncestorOf(new):
            words = self.editor.words_at(new)
            if words:
                self.preview.reveal(words)
        elif self._preview is not None and not self.preview.isAncestorOf(new) and self.preview.search.searchString():
            self.preview.forget_reveal()

    def _on_undo_state(self, _can: bool) -> None:
        self._update_actions()

    def _on_editor_changed(self) -> None:
        self._dirty = True
        self.save_timer.start()
        self.preview_timer.start()
        self._update_actions()

    def save_now(self) -> bool:
        """Write the draft now (autosave does it after a pause in typing). False if refused."""
        self.save_timer.stop()
        plan = self.current_plan()
        if plan is None or plan.is_issued or not self._dirty:
            return True
        try:
            with changes.acting(self.store, self):
                plans_ops.save_draft(self.store, plan)
        except StoreError as exc:
            self.show_status(self.tr("Not saved: %1").replace("%1", exc.message), error=True)
            return False
        self._dirty = False
        self.show_status(self.tr("Saved at %1").replace("%1", time.strftime("%H:%M:%S")))
        self.reload_list(keep_id=plan.id)
        return True

    def leave_current(self) -> bool:
        """Save before showing another plan. If the draft cannot be written, say so and stay:
        what was typed is never dropped silently."""
        if self.save_now():
            return True
        prompts.warn(self, self.tr("Not saved"),
                     self.tr("The changes to this plan could not be saved:\n%1\n\nThey are still in the editor; "
                             "the plan stays open. Try Save again (Ctrl+S).")
                     .replace("%1", self.status_label.text()))
        return False

    def mark_saved(self) -> None:
        """What the editor holds needs no saving (it was written, or the plan is gone)."""
        self._dirty = False

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def show_status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setStyleSheet("color: #b00020;" if error else "color: palette(placeholder-text);")
        self.status_label.setText(text)
        self.status_message.emit(text)

    # == preview =====================================================================================

    def current_pdf_bytes(self) -> bytes:
        """What printing or saving gives now: the archived file of an issued plan, byte for byte,
        or a fresh rendering of a draft."""
        plan = self.current_plan()
        if plan is None:
            return b""
        return plans_ops.pdf_bytes(self.store, plan)

    def render_preview(self, *, keep_position: bool = True) -> None:
        self.preview_timer.stop()
        plan = self.current_plan()
        if plan is None and self._preview is None:
            return  # nothing has been shown: the empty frame stays
        if plan is None:
            self.preview_title.setText(self.tr("Preview"))
            self.preview.clear(self.tr("Choose a plan on the left, or make a new one (Ctrl+N)."))
            return
        started = time.perf_counter()
        try:
            data = self.current_pdf_bytes()
        except StoreError as exc:
            self.preview.show_message(exc.message)
            return
        except Exception as exc:  # a rendering bug must not take the editor down with it
            log.exception("plan preview failed")
            self.preview.show_message(self.tr("The preview could not be drawn: %1").replace("%1", str(exc)))
            return
        self.last_render_ms = (time.perf_counter() - started) * 1000
        self.preview_title.setText(self.tr("Preview — archived copy as issued") if plan.is_issued
                                   else self.tr("Preview"))
        self.preview.set_pdf(data, keep_position=keep_position)
        focus = QApplication.focusWidget()
        if keep_position and focus is not None and self.editor.isAncestorOf(focus):
            words = self.editor.words_at(focus)  # what is being typed, found again in the new rendering
            if words:
                self.preview.reveal(words)

    def _profile(self) -> OfficeProfile | None:
        try:
            return self.profile_getter()
        except Exception:  # the getter belongs to the main window; be tolerant
            return None

    def on_change(self, change: changes.Change) -> None:
        """Another view (or an operation of the main window) changed plans: show the list as it
        is now. The plan being edited stays as it is in the editor."""
        if change.origin is self or not change.touches(changes.PLANS):
            return
        self.reload_filters()
        self.reload_list()

    def _on_restored(self, item, item_id: int) -> None:
        """A deleted draft came back (Edit → Undo): open it."""
        if item.kind == deleted_kinds.PLAN and self.leave_current():
            self.reload_filters()
            self.select_plan(item_id)
            self.show_status(self.tr("Draft restored."))

    # == hooks used by the tab and the main window ===================================================

    def recipients_in_use(self) -> list[Recipient]:
        """Recipients written on the office's earlier plans, most recent plans first."""
        try:
            return plans_ops.recipients_in_use(self.store, self.current_plan_id())
        except StoreError:
            return []

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def delete_selected(self) -> None:
        focus = self.focusWidget()
        if focus is self.list_view:
            self.delete_plan()
        elif self._editor is None:
            return
        elif focus is self.editor.tree:
            self.editor.delete_block()
        elif focus is self.editor.timetable_view:
            self.editor.remove_timetable_row()
        elif focus is self.editor.recipients_view:
            self.editor.remove_recipient()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("plans/splitter", self.splitter.saveState())
        settings.setValue("plans/editorTab", self._editor.tabs.currentIndex() if self._editor is not None
                          else self._editor_tab)

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("plans/splitter")
        if state:
            self.splitter.restoreState(state)
        try:
            self._editor_tab = int(settings.value("plans/editorTab", 0))
        except (TypeError, ValueError):
            return
        if self._editor is not None:
            self._editor.tabs.setCurrentIndex(self._editor_tab)

    def resolve_shortcut_conflicts(self) -> None:
        """Leave a shortcut to the main window when it has the same one (two equal shortcuts in one
        window both stay silent); the main window then calls new_item / focus_search / …"""
        window = self.window()
        if window is self:
            return
        mine = {id(a) for a in self.findChildren(QAction)} | {id(a) for a in self.actions()}
        taken = {seq.toString() for a in window.findChildren(QAction) if id(a) not in mine
                 for seq in a.shortcuts() if not seq.isEmpty()}
        for action in self.actions():
            if action.shortcut().toString() in taken:
                # The window's action does the same here (Ctrl+N: a new plan, Ctrl+Z: undo): the
                # Kế hoạch menu still shows the key; the toolbar keeps its label.
                shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                action.setIconText(action.iconText())
                action.setShortcuts([])
                action.setText(action.text().split("\t")[0] + "\t" + shown)

    def is_list_compact(self) -> bool:
        return self.list_panel.is_compact()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.resolve_shortcut_conflicts()

    def today(self) -> dt.date:
        return dialogs.today()

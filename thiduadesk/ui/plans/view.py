"""The plans view: the list of plans (left), the editor (middle) and the live preview (right),
with the actions of the clerk's year: new from a template, copy last year's plan, import, issue,
print, save as PDF and export to Word."""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from thiduadesk.domain.model import OfficeProfile
from thiduadesk.domain.numbering import number_and_symbol
from thiduadesk.domain.plan import DRAFT, ISSUED, Plan, Recipient
from thiduadesk.ops import changes
from thiduadesk.ops import plans as plans_ops
from thiduadesk.ops.errors import USER_ERRORS
from thiduadesk.store.db import Store
from thiduadesk.store.errors import StoreError
from thiduadesk.ui import prompts
from thiduadesk.ui.changes import changes_of
from thiduadesk.ui.plans import dialogs, preview
from thiduadesk.ui.plans.editor import PlanEditor
from thiduadesk.ui.plans.labels import state_label
from thiduadesk.ui.plans.models import CompactPlanDelegate, PlanListModel
from thiduadesk.ui.widgets.busy import busy_cursor
from thiduadesk.ui.widgets.search_box import SearchBox

log = logging.getLogger("thiduadesk.ui.plans")

AUTOSAVE_MS = 800
PREVIEW_MS = 400
_LIST_WIDTHS = (92, 78, 260, 48, 78, 40)


file_stem = plans_ops.file_stem


class PlansView(QWidget):
    status_message = Signal(str)

    def __init__(self, store: Store, profile_getter: Callable[[], OfficeProfile | None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("plansView")
        self.store = store
        self.profile_getter = profile_getter
        self._dirty = False
        self._suppress_open = False
        self.last_render_ms = 0.0

        self.editor = PlanEditor(profile_getter, self.recipients_in_use, self)
        self.editor.changed.connect(self._on_editor_changed)
        self.editor.block_shown.connect(self._on_block_shown)
        self.undo_stack = self.editor.undo_stack

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
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        self.new_action = self._act("newPlan", self.tr("&New…"), self.new_plan, "Ctrl+N",
                                    self.tr("New plan from a template"))
        self.copy_year_action = self._act("copyNextYear", self.tr("Copy to next year"), self.copy_to_next_year,
                                          tip=self.tr("Copy the selected plan for the next year: years moved "
                                                      "forward, number and date cleared"))
        self.import_action = self._act("importPlan", self.tr("&Import…"), self.import_plan,
                                       tip=self.tr("Import a plan from a .docx, .txt or .md file"))
        self.duplicate_action = self._act("duplicatePlan", self.tr("Duplicate"), self.duplicate_plan,
                                          tip=self.tr("A new draft copied from the selected plan"))
        self.new_version_action = self._act("newVersion", self.tr("New version"), self.new_version,
                                            tip=self.tr("A new draft version of an issued plan, to be issued with "
                                                        "a new number"))
        self.delete_action = self._act("deletePlan", self.tr("Delete"), self.delete_plan,
                                       tip=self.tr("Delete the selected draft"))
        self.undo_action = self._act("undo", self.tr("Undo"), self.undo_stack.undo, ["Ctrl+Z"])
        self.redo_action = self._act("redo", self.tr("Redo"), self.undo_stack.redo, ["Ctrl+Y", "Ctrl+Shift+Z"])
        self.save_action = self._act("savePlan", self.tr("&Save"), self.save_now, "Ctrl+S",
                                     self.tr("Save now (drafts are also saved automatically)"))
        self.issue_action = self._act("issuePlan", self.tr("&Issue…"), self.issue_current, "Ctrl+Shift+E",
                                      self.tr("Give the plan its number from the outgoing register and lock it"))
        self.print_action = self._act("printPlan", self.tr("&Print…"), self.print_current, "Ctrl+P")
        self.pdf_action = self._act("savePdf", self.tr("Save as PDF…"), self.save_pdf)
        self.docx_action = self._act("exportDocx", self.tr("Export Word…"), self.export_docx,
                                     tip=self.tr("Save the plan as a Word document (.docx)"))
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
        self.search_box = SearchBox(self.tr("Search plans (no accents needed)"))
        self.search_box.setObjectName("planSearch")
        self.search_box.search_changed.connect(self._on_search)
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("planYearFilter")
        self.year_combo.activated.connect(lambda _i: self._on_filters())
        self.state_combo = QComboBox()
        self.state_combo.setObjectName("planStateFilter")
        self.state_combo.addItem(self.tr("All states"), None)
        self.state_combo.addItem(state_label(DRAFT), DRAFT)
        self.state_combo.addItem(state_label(ISSUED), ISSUED)
        self.state_combo.activated.connect(lambda _i: self._on_filters())
        self.list_model = PlanListModel(self.store, self)
        self.list_view = QTableView()
        self.list_view.setObjectName("planList")
        self.list_view.setModel(self.list_model)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.verticalHeader().hide()
        self.list_view.setWordWrap(False)
        self.list_view.setAlternatingRowColors(True)
        header = self.list_view.horizontalHeader()
        for col, width in enumerate(_LIST_WIDTHS):
            self.list_view.setColumnWidth(col, width)
        header.setSectionResizeMode(PlanListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.list_view.selectionModel().currentRowChanged.connect(self._on_list_current)
        self.title_delegate = CompactPlanDelegate(self.list_view)
        self.list_view.setItemDelegateForColumn(PlanListModel.TITLE, self.title_delegate)
        self.list_view.installEventFilter(self)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_box)
        # Two rows, not one: side by side the Vietnamese labels and combos kept the list pane so wide
        # that the window could not shrink to a 1024 px screen.
        filters = QFormLayout()
        filters.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        filters.addRow(self.tr("Year:"), self.year_combo)
        filters.addRow(self.tr("State:"), self.state_combo)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.list_view, 1)

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
        middle_layout.addWidget(self.editor, 1)

        # -- right: preview --
        self.preview = preview.PdfPreview()
        self.preview_title = QLabel(self.tr("Preview"))
        self.preview_title.setObjectName("previewTitle")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview_title)
        right_layout.addWidget(self.preview, 1)

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

    # == list ========================================================================================

    def reload_filters(self) -> None:
        current = self.year_combo.currentData()
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("All years"), None)
        for year in plans_ops.years(self.store):
            self.year_combo.addItem(str(year), year)
        index = self.year_combo.findData(current)
        self.year_combo.setCurrentIndex(max(0, index))

    def reload_list(self, keep_id: int | None = None) -> None:
        keep = keep_id if keep_id is not None else self.current_plan_id()
        self._suppress_open = True
        try:
            self.list_model.reload()
            row = self.list_model.row_of(keep)
            if row >= 0:
                self.list_view.selectionModel().setCurrentIndex(
                    self.list_model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self._suppress_open = False

    def _on_search(self, text: str) -> None:
        self.list_model.search = text
        self.reload_list()

    def _on_filters(self) -> None:
        self.list_model.year = self.year_combo.currentData()
        self.list_model.state = self.state_combo.currentData()
        self.reload_list()

    def set_year_filter(self, year: int | None) -> None:
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(year)))
        self._on_filters()

    def set_state_filter(self, state: str | None) -> None:
        self.state_combo.setCurrentIndex(max(0, self.state_combo.findData(state)))
        self._on_filters()

    def _on_list_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._suppress_open:
            return
        summary = self.list_model.summary(current.row()) if current.isValid() else None
        if summary is None or summary.id == self.current_plan_id():
            return
        if not self.leave_current():
            QTimer.singleShot(0, lambda: self.reload_list(keep_id=self.current_plan_id()))
            return
        self.open_plan(summary.id)

    def select_plan(self, plan_id: int) -> None:
        """Show ``plan_id`` in the list (clearing filters that hide it) and open it."""
        if self.list_model.row_of(plan_id) < 0:
            self.search_box.setText("")
            self.list_model.search = ""
            self.year_combo.setCurrentIndex(0)
            self.state_combo.setCurrentIndex(0)
            self.list_model.year = self.list_model.state = None
        self.reload_list(keep_id=plan_id)
        self.open_plan(plan_id)

    def current_plan_id(self) -> int | None:
        plan = self.editor.plan
        return plan.id if plan is not None else None

    def current_plan(self) -> Plan | None:
        return self.editor.plan

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
        self.editor.load(plan, read_only=bool(plan and plan.is_issued))
        self._update_banner()
        self._update_actions()
        # Another plan starts at its first page, without the last plan's highlighted paragraph.
        self.preview.forget_reveal()
        self.render_preview(keep_position=False)

    def _update_banner(self) -> None:
        plan = self.editor.plan
        if plan is None or not plan.is_issued:
            self.banner.hide()
            return
        date = f"{plan.date.day:02d}/{plan.date.month:02d}/{plan.date.year}" if plan.date.is_complete() else ""
        self.banner_label.setText(
            self.tr("Issued — No. %1 dated %2. The plan is locked; to change it, make a new version.")
            .replace("%1", number_and_symbol(plan.number, plan.symbol)).replace("%2", date))
        self.banner.show()

    def _update_actions(self) -> None:
        plan = self.editor.plan
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
        plan = self.editor.plan
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
        plan = self.editor.plan
        if plan is None:
            return b""
        return plans_ops.pdf_bytes(self.store, plan)

    def render_preview(self, *, keep_position: bool = True) -> None:
        self.preview_timer.stop()
        plan = self.editor.plan
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

    # == actions =====================================================================================

    def _profile(self) -> OfficeProfile | None:
        try:
            return self.profile_getter()
        except Exception:  # the getter belongs to the main window; be tolerant
            return None

    def _created(self, plan_id: int, message: str) -> None:
        self.reload_filters()
        self.select_plan(plan_id)
        self.show_status(message)

    def _run(self, title: str, operation):
        """Run one operation on behalf of this view; a refusal is shown and gives None."""
        try:
            with changes.acting(self.store, self):
                return operation()
        except USER_ERRORS as exc:
            prompts.warn(self, title, exc.message)
        except OSError as exc:
            prompts.warn(self, title, self.tr("The file could not be written: %1").replace("%1", str(exc)))
        return None

    def new_plan(self) -> None:
        if not self.leave_current():
            return
        dialog = dialogs.NewPlanDialog(self)
        if not dialogs.run_dialog(dialog):
            return
        self.create_plan(dialog.template_key(), dialog.year())

    def create_plan(self, template_key: str, year: int) -> int | None:
        plan_id = self._run(self.tr("New plan"), lambda: plans_ops.create_from_template(self.store, template_key, year))
        if plan_id is None:
            return None
        self._created(plan_id, self.tr("New plan created."))
        self.editor.tabs.setCurrentIndex(PlanEditor.GENERAL)
        self.editor.title_edit.setFocus()
        return plan_id

    def copy_to_next_year(self) -> int | None:
        plan = self.editor.plan
        if plan is None or not self.leave_current():
            return None
        plan_id = self._run(self.tr("Copy to next year"), lambda: plans_ops.copy_to_next_year(self.store, plan.id))
        if plan_id is None:
            return None
        self._created(plan_id, self.tr("Copied for %1: check the legal bases and dates.")
                      .replace("%1", str(plans_ops.get(self.store, plan_id).year or "")))
        return plan_id

    def duplicate_plan(self) -> int | None:
        plan = self.editor.plan
        if plan is None or not self.leave_current():
            return None
        plan_id = self._run(self.tr("Duplicate"), lambda: plans_ops.duplicate(self.store, plan.id))
        if plan_id is None:
            return None
        self._created(plan_id, self.tr("Copy created."))
        return plan_id

    def new_version(self) -> int | None:
        plan = self.editor.plan
        if plan is None or not plan.is_issued:
            return None
        plan_id = self._run(self.tr("New version"), lambda: plans_ops.new_version(self.store, plan.id))
        if plan_id is None:
            return None
        self._created(plan_id, self.tr("Version %1 created as a draft; it will take a new number when issued.")
                      .replace("%1", str(plan.version + 1)))
        return plan_id

    def delete_plan(self) -> bool:
        plan = self.editor.plan
        if plan is None or plan.is_issued:
            return False
        title = plan.title or self.tr("(untitled)")
        if not prompts.confirm(self, self.tr("Delete plan"),
                               self.tr("Delete the draft “%1”? This cannot be undone.").replace("%1", title)):
            return False
        self.save_timer.stop()
        self._dirty = False
        row = max(0, self.list_model.row_of(plan.id))
        if self._run(self.tr("Delete plan"), lambda: plans_ops.delete_draft(self.store, plan.id) or True) is None:
            return False
        self.reload_filters()
        self.list_model.reload()
        nxt = self.list_model.summary(min(row, self.list_model.rowCount() - 1))
        if nxt is not None:
            self.select_plan(nxt.id)
        else:
            self._show_plan(None)
        self.show_status(self.tr("Draft deleted."))
        return True

    def import_plan(self) -> int | None:
        if not self.leave_current():
            return None
        path = prompts.open_file(self, self.tr("Import a plan"),
                                 self.tr("Plans (*.docx *.txt *.md);;All files (*)"))
        if not path:
            return None
        return self.import_file(Path(path))

    def ask_issued(self, plan: Plan) -> bool | None:
        """The import question, asked only of a file that carries a number: True = a document the
        office already issued, False = the start of a new draft (the default), None = cancelled."""
        date = plan.date
        day = f"{date.day:02d}/{date.month:02d}/{date.year}" if date.is_complete() else self.tr("(no complete date)")
        answer = prompts.choose(
            self, self.tr("Import a plan"),
            self.tr("The file carries No. %1 dated %2.\n\nIs it a document the office has already issued? "
                    "It is then kept with its number and date, locked, and entered in the outgoing register.\n\n"
                    "Or is it the start of a new draft? The number and the day are then cleared (month and year "
                    "are kept) and the plan takes a new number when it is issued.")
            .replace("%1", number_and_symbol(plan.number, plan.symbol)).replace("%2", day),
            [("draft", self.tr("New draft")), ("issued", self.tr("Already issued"))],
            default="draft",
        )
        return None if not answer else answer == "issued"

    def import_file(self, path: Path) -> int | None:
        title = self.tr("Import a plan")
        try:
            with busy_cursor():
                parsed = plans_ops.read_plan_file(path)
        except USER_ERRORS as exc:
            prompts.warn(self, title, exc.message)
            return None
        except OSError as exc:
            prompts.warn(self, title, self.tr("The file could not be read: %1").replace("%1", str(exc)))
            return None
        issued = self.ask_issued(parsed.plan) if plans_ops.asks_issued_question(parsed.plan) else False
        if issued is None:
            return None
        imported = self._run(title, lambda: plans_ops.store_imported(self.store, parsed, issued=issued))
        if imported is None:
            return None
        if imported.entry is not None:
            self._created(imported.plan_id, self.tr("Imported %1 as issued: No. %2 dated %3, entered in the outgoing "
                                                    "register.").replace("%1", path.name)
                          .replace("%2", imported.entry.number_and_symbol).replace("%3", imported.entry.display_date))
        else:
            self._created(imported.plan_id, self.tr("Imported %1.").replace("%1", path.name))
        if imported.warnings:
            prompts.inform(self, title, self.tr("The plan was imported. Please check:") + "\n\n"
                           + "\n".join(f"• {w}" for w in imported.warnings))
        return imported.plan_id

    def issue_current(self) -> bool:
        plan = self.editor.plan
        if plan is None or plan.is_issued:
            return False
        if not self.save_now():
            prompts.warn(self, self.tr("Issue plan"), self.status_label.text())
            return False
        dialog = dialogs.IssueDialog(self.editor.plan, self.store, self)
        if not dialogs.run_dialog(dialog):
            return False
        entry = self._run(self.tr("Issue plan"), lambda: plans_ops.issue(
            self.store, plan.id, dialog.issue_date(), copies=dialog.copies(), file_copy=dialog.file_copy()))
        if entry is None:
            return False
        self.reload_filters()
        self.reload_list(keep_id=plan.id)
        self.open_plan(plan.id)
        self.show_status(self.tr("Issued as No. %1 dated %2 and entered in the outgoing register.")
                         .replace("%1", entry.number_and_symbol).replace("%2", entry.display_date))
        return True

    def print_current(self) -> bool:
        plan = self.editor.plan
        if plan is None:
            return False
        self.save_now()
        try:
            data = self.current_pdf_bytes()
        except StoreError as exc:
            prompts.warn(self, self.tr("Print"), exc.message)
            return False
        return preview.print_pdf_bytes(data, self, plan.title)

    def save_pdf(self) -> str:
        plan = self.editor.plan
        if plan is None:
            return ""
        self.save_now()
        try:
            data = self.current_pdf_bytes()
            path = preview.save_pdf_bytes(data, self, self.tr("Save as PDF"), file_stem(plan) + ".pdf")
        except StoreError as exc:
            prompts.warn(self, self.tr("Save as PDF"), exc.message)
            return ""
        except OSError as exc:
            prompts.warn(self, self.tr("Save as PDF"), self.tr("The file could not be written: %1").replace("%1", str(exc)))
            return ""
        if path:
            self.show_status(self.tr("Saved %1").replace("%1", path))
        return path

    def export_docx(self) -> str:
        plan = self.editor.plan
        if plan is None:
            return ""
        self.save_now()
        path = prompts.save_file(self, self.tr("Export Word"), file_stem(plan) + ".docx",
                                 self.tr("Word documents (*.docx)"))
        if not path:
            return ""
        if not path.lower().endswith(".docx"):
            path += ".docx"
        with busy_cursor():
            written = self._run(self.tr("Export Word"), lambda: plans_ops.export_docx(plan, path))
        if written is None:
            return ""
        self.show_status(self.tr("Saved %1").replace("%1", path))
        return path

    def on_change(self, change: changes.Change) -> None:
        """Another view (or an operation of the main window) changed plans: show the list as it
        is now. The plan being edited stays as it is in the editor."""
        if change.origin is self or not change.touches(changes.PLANS):
            return
        self.reload_filters()
        self.reload_list()

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
        elif focus is self.editor.tree:
            self.editor.delete_block()
        elif focus is self.editor.timetable_view:
            self.editor.remove_timetable_row()
        elif focus is self.editor.recipients_view:
            self.editor.remove_recipient()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("plans/splitter", self.splitter.saveState())
        settings.setValue("plans/editorTab", self.editor.tabs.currentIndex())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("plans/splitter")
        if state:
            self.splitter.restoreState(state)
        try:
            self.editor.tabs.setCurrentIndex(int(settings.value("plans/editorTab", 0)))
        except (TypeError, ValueError):
            pass

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
                action.setShortcuts([])

    COMPACT_BELOW = 560  # list width (px) under which plans show as two-line entries

    def eventFilter(self, watched, event) -> bool:
        if watched is self.list_view and event.type() == QEvent.Type.Resize:
            self._apply_list_mode(event.size().width() < self.COMPACT_BELOW)
        return super().eventFilter(watched, event)

    def _apply_list_mode(self, compact: bool) -> None:
        if compact == self.title_delegate.compact:
            return
        self.title_delegate.compact = compact
        for col in range(self.list_model.columnCount()):
            if col != PlanListModel.TITLE:
                self.list_view.setColumnHidden(col, compact)
        self.list_view.horizontalHeader().setVisible(not compact)
        self.list_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents if compact else QHeaderView.ResizeMode.Interactive)
        self.list_view.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if compact else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.list_view.doItemsLayout()

    def is_list_compact(self) -> bool:
        return self.title_delegate.compact

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.resolve_shortcut_conflicts()

    def today(self) -> dt.date:
        return dialogs.today()

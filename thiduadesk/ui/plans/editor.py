"""The plan editor: four pages — general (header fields, legal bases), content (the section tree
with a paragraph editor), timetable, recipients and signer — every change undoable.

The editor owns a working copy of the plan (``self.plan``). Each user change, on any page, goes
through ``edit()``, which applies a function to the plan and records a snapshot command on the
undo stack; ``changed`` then tells the view to autosave and re-render the preview. Undo and redo
restore a snapshot and reload the pages from it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Hashable, Iterator

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTabWidget, QTextEdit, QVBoxLayout, QWidget

from thiduadesk.domain.model import OfficeProfile
from thiduadesk.domain.plan import Plan, Recipient, plan_from_dict
from thiduadesk.ui.plans import outline_ops as ops
from thiduadesk.ui.plans.editor_closing import ClosingPage
from thiduadesk.ui.plans.editor_general import GeneralPage
from thiduadesk.ui.plans.editor_outline import OutlinePage, search_words
from thiduadesk.ui.plans.editor_timetable import TimetablePage
from thiduadesk.ui.plans.undo import SnapshotCommand, UndoKeysToStack, new_undo_stack
from thiduadesk.ui.widgets.locked import show_locked


class PlanEditor(QWidget):
    changed = Signal()  # the plan's content changed (edit, undo or redo)
    block_shown = Signal(str)  # a few words of the selected section or paragraph, as printed

    GENERAL, CONTENT, TIMETABLE, RECIPIENTS = range(4)

    def __init__(self, profile_getter: Callable[[], OfficeProfile | None] = lambda: None,
                 recipient_source: Callable[[], list[Recipient]] | None = None, parent: QWidget | None = None,
                 *, undo_stack: QUndoStack | None = None):
        """``undo_stack``: the stack the edits go on (the plans view makes it before the editor,
        which it builds only when a plan is first opened); None: a stack of the editor's own."""
        super().__init__(parent)
        self.setObjectName("planEditor")
        self.profile_getter = profile_getter
        self.recipient_source = recipient_source or (lambda: [])
        self.plan: Plan | None = None
        self.read_only = False
        self.loading = False  # the pages are being filled from the plan: their signals are not edits
        self._snapshot: dict | None = None
        self.undo_stack = undo_stack if undo_stack is not None else new_undo_stack(self)
        self._undo_filter = UndoKeysToStack(self)

        self.general = GeneralPage(self)
        self.outline = OutlinePage(self)
        self.timetable = TimetablePage(self)
        self.closing = ClosingPage(self)
        self.pages = (self.general, self.timetable, self.closing, self.outline)  # the order they are filled in
        self.tabs = QTabWidget()
        self.tabs.setObjectName("editorTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.general, self.tr("General"))
        self.tabs.addTab(self.outline, self.tr("Content"))
        self.tabs.addTab(self.timetable, self.tr("Timetable"))
        self.tabs.addTab(self.closing, self.tr("Recipients and signer"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._name_parts()

        for widget in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit) + self.findChildren(QTextEdit):
            widget.installEventFilter(self._undo_filter)
        self.setEnabled(False)

    def _name_parts(self) -> None:
        """The fields, actions and steps of the pages that the plans view (and the tests driving it
        like a clerk) reach through the editor."""
        g, o, t, c = self.general, self.outline, self.timetable, self.closing
        self.title_edit, self.place_edit, self.bases_edit = g.title_edit, g.place_edit, g.bases_edit
        self.day_spin, self.month_spin, self.year_spin = g.day_spin, g.month_spin, g.year_spin
        self.tree, self.tree_model, self.block_stack = o.tree, o.tree_model, o.block_stack
        self.section_title_edit, self.style_combo, self.paragraph_edit = o.section_title_edit, o.style_combo, \
            o.paragraph_edit
        self.add_section_action, self.add_subsection_action = o.add_section_action, o.add_subsection_action
        self.add_paragraph_action, self.delete_block_action = o.add_paragraph_action, o.delete_block_action
        self.move_up_action, self.move_down_action = o.move_up_action, o.move_down_action
        self.indent_action, self.outdent_action, self.bold_action = o.indent_action, o.outdent_action, o.bold_action
        self.select_path, self.current_path = o.select_path, o.current_path
        self.add_section, self.add_subsection, self.add_paragraph = o.add_section, o.add_subsection, o.add_paragraph
        self.delete_block = o.delete_block
        self.timetable_model, self.timetable_view, self.add_row_action = t.timetable_model, t.timetable_view, \
            t.add_row_action
        self.add_timetable_row, self.remove_timetable_row = t.add_timetable_row, t.remove_timetable_row
        self.recipients_view, self.signer_combo = c.recipients_view, c.signer_combo
        self.usual_recipients, self.add_recipient, self.remove_recipient = c.usual_recipients, c.add_recipient, \
            c.remove_recipient

    # == loading =====================================================================================

    @contextlib.contextmanager
    def loading_widgets(self) -> Iterator[None]:
        """Fill widgets from the plan without their change signals counting as edits."""
        self.loading = True
        try:
            yield
        finally:
            self.loading = False

    def load(self, plan: Plan | None, *, read_only: bool = False) -> None:
        """Show ``plan`` (None: nothing). Clears the undo history."""
        self.undo_stack.clear()
        self.plan = plan
        self._snapshot = plan.to_dict() if plan is not None else None
        self.outline.forget_selection()
        self.setEnabled(plan is not None)
        self.set_read_only(read_only)
        self._reload_widgets(select=None)
        if plan is not None and plan.body:
            self.outline.quiet_select = True  # opening a plan is not a "show me where" request
            try:
                self.select_path((0,))
            finally:
                self.outline.quiet_select = False

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for page in self.pages:
            page.set_read_only(read_only)
        show_locked(self, read_only, self.tr("The plan is issued and locked: its text stays as signed. "
                                             "To change it, make a new version."))

    # == where the clerk is: what the preview highlights ============================================

    def words_at(self, widget: QWidget | None) -> str:
        """The printed words of what ``widget`` edits (title, the basis under the cursor, the
        selected section or paragraph, the timetable row), for the preview to highlight; "" if none."""
        plan = self.plan
        if plan is None or widget is None:
            return ""
        g = self.general
        if widget is g.title_edit:
            return " ".join(plan.title.split()[:8])
        if widget is g.bases_edit:
            return " ".join(g.bases_edit.textCursor().block().text().split()[:6])
        if widget is self.outline or self.outline.isAncestorOf(widget):
            block = ops.block_at(plan, self.current_path()) if self.current_path() else None
            return search_words(block) if block is not None else ""
        if self.timetable.isAncestorOf(widget) and plan.timetable is not None:
            row = self.timetable_view.currentIndex().row()
            if 0 <= row < len(plan.timetable.rows):
                return " ".join(plan.timetable.rows[row].content.split()[:5])
        return ""

    def _reload_widgets(self, select) -> None:
        with self.loading_widgets():
            plan = self.plan or Plan()
            for page in self.pages:
                page.show_plan(plan)
        self.select_path(select if select and self.plan and ops.valid(self.plan, select) else None)

    # == the one way to change the plan ==============================================================

    def edit(self, label: str, change: Callable[[Plan], object], merge_key: Hashable | None = None,
             select_after=None) -> bool:
        """Apply ``change`` to the plan and record it for undo. False if nothing changed."""
        if self.plan is None or self.read_only or self.loading:
            return False
        before = self._snapshot if self._snapshot is not None else self.plan.to_dict()
        select_before = self.current_path()
        change(self.plan)
        after = self.plan.to_dict()
        if after == before:
            return False
        self._snapshot = after
        self.undo_stack.push(SnapshotCommand(self, before, after, label, merge_key, select_before,
                                             select_after if select_after is not None else self.current_path()))
        self.changed.emit()
        return True

    def restore(self, data: dict, select) -> None:
        """Undo/redo: put a snapshot back and show it."""
        self.plan = plan_from_dict(data)
        self._snapshot = data
        self._reload_widgets(select=select)
        self.changed.emit()

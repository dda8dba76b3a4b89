"""What the plans view's toolbar does: new from a template, next year's copy, duplicate, new
version, delete, import (with its one question), issue, print, save as PDF and export to Word.

Each action is one call of an operation (``thiduadesk.ops.plans``) made on behalf of the view;
a refusal is shown to the clerk, and the view then shows the plan the action made."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from thiduadesk.domain.dates import screen_date
from thiduadesk.domain.numbering import number_and_symbol
from thiduadesk.domain.plan import Plan
from thiduadesk.ops import changes
from thiduadesk.ops import plans as plans_ops
from thiduadesk.ops import register as register_ops
from thiduadesk.ops.errors import USER_ERRORS
from thiduadesk.store.errors import StoreError
from thiduadesk.ui import prompts
from thiduadesk.ui.changes import changes_of
from thiduadesk.ui.plans import dialogs
from thiduadesk.ui.widgets.busy import busy_cursor
from thiduadesk.ui.widgets.deletions import deletions_of


class PlanActions(QObject):
    def __init__(self, view):
        super().__init__(view)
        self.view = view

    def _created(self, plan_id: int, message: str) -> None:
        self.view.reload_filters()
        self.view.select_plan(plan_id)
        self.view.show_status(message)

    def _run(self, title: str, operation):
        """Run one operation on behalf of this view; a refusal is shown and gives None."""
        try:
            with changes.acting(self.view.store, self.view):
                return operation()
        except USER_ERRORS as exc:
            prompts.warn(self.view, title, exc.message)
        except OSError as exc:
            prompts.warn(self.view, title, self.tr("The file could not be written: %1").replace("%1", str(exc)))
        return None

    def new_plan(self) -> None:
        if not self.view.leave_current():
            return
        dialog = dialogs.NewPlanDialog(self.view)
        if not dialogs.run_dialog(dialog):
            return
        self.create_plan(dialog.template_key(), dialog.year())

    def create_plan(self, template_key: str, year: int) -> int | None:
        plan_id = self._run(self.tr("New plan"), lambda: plans_ops.create_from_template(self.view.store, template_key, year))
        if plan_id is None:
            return None
        self._created(plan_id, self.tr("New plan created."))
        self.view.editor.tabs.setCurrentIndex(self.view.editor.GENERAL)
        self.view.editor.title_edit.setFocus()
        return plan_id

    def copy_to_next_year(self) -> int | None:
        plan = self.view.current_plan()
        if plan is None or not self.view.leave_current():
            return None
        plan_id = self._run(self.tr("Copy to next year"), lambda: plans_ops.copy_to_next_year(self.view.store, plan.id))
        if plan_id is None:
            return None
        self._created(plan_id, self.tr("Copied for %1: check the legal bases and dates.")
                      .replace("%1", str(plans_ops.get(self.view.store, plan_id).year or "")))
        return plan_id

    def duplicate_plan(self) -> int | None:
        plan = self.view.current_plan()
        if plan is None or not self.view.leave_current():
            return None
        plan_id = self._run(self.tr("Duplicate"), lambda: plans_ops.duplicate(self.view.store, plan.id))
        if plan_id is None:
            return None
        self._created(plan_id, self.tr("Copy created."))
        return plan_id

    def new_version(self) -> int | None:
        plan = self.view.current_plan()
        if plan is None or not plan.is_issued:
            return None
        plan_id = self._run(self.tr("New version"), lambda: plans_ops.new_version(self.view.store, plan.id))
        if plan_id is None:
            return None
        self._created(plan_id, self.tr("Version %1 created as a draft; it will take a new number when issued.")
                      .replace("%1", str(plan.version + 1)))
        return plan_id

    def delete_plan(self) -> bool:
        plan = self.view.current_plan()
        if plan is None or plan.is_issued:
            return False
        title = plan.title or self.tr("(untitled)")
        if not prompts.confirm(self.view, self.tr("Delete plan"),
                               self.tr("Delete the draft “%1”? Edit → Undo (Ctrl+Z) brings it back.")
                               .replace("%1", title)):
            return False
        # What was typed last goes into the copy that can come back (if it cannot be written,
        # the stored draft is what comes back).
        self.view.save_now()
        self.view.save_timer.stop()
        self.view.mark_saved()
        row = max(0, self.view.list_model.row_of(plan.id))
        gone = self._run(self.tr("Delete plan"), lambda: plans_ops.delete_draft(self.view.store, plan.id))
        if gone is None:
            return False
        self.view.reload_filters()
        self.view.list_model.reload()
        nxt = self.view.list_model.summary(min(row, self.view.list_model.rowCount() - 1))
        if nxt is not None:
            self.view.select_plan(nxt.id)
        else:
            self.view._show_plan(None)
        self.view.show_status(self.tr("Draft deleted."))
        deletions_of(self.view.store).push(gone)
        return True

    def import_plan(self) -> int | None:
        if not self.view.leave_current():
            return None
        path = prompts.open_file(self.view, self.tr("Import a plan"),
                                 self.tr("Plans (*.docx *.txt *.md);;All files (*)"))
        if not path:
            return None
        return self.import_file(Path(path))

    def ask_issued(self, plan: Plan) -> bool | None:
        """The import question, asked only of a file that carries a number: True = a document the
        office already issued, False = the start of a new draft (the default), None = cancelled."""
        date = plan.date
        day = f"{date.day:02d}/{date.month:02d}/{date.year}" if date.is_complete() else self.tr("(no complete date)")
        answer = prompts.choose(self.view, self.tr("Import a plan"),
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
            prompts.warn(self.view, title, exc.message)
            return None
        except OSError as exc:
            prompts.warn(self.view, title, self.tr("The file could not be read: %1").replace("%1", str(exc)))
            return None
        issued = self.ask_issued(parsed.plan) if plans_ops.asks_issued_question(parsed.plan) else False
        if issued is None:
            return None
        imported = self._run(title, lambda: plans_ops.store_imported(self.view.store, parsed, issued=issued))
        if imported is None:
            return None
        if imported.entry is not None:
            self._created(imported.plan_id, self.tr("Imported %1 as issued: No. %2 dated %3, entered in the outgoing "
                                                    "register.").replace("%1", path.name)
                          .replace("%2", imported.entry.number_and_symbol).replace("%3", imported.entry.display_date))
        else:
            self._created(imported.plan_id, self.tr("Imported %1.").replace("%1", path.name))
        if imported.warnings:
            prompts.inform(self.view, title, self.tr("The plan was imported. Please check:") + "\n\n"
                           + "\n".join(f"• {w}" for w in imported.warnings))
        changes_of(self.view.store).plan_imported.emit(imported.plan_id)  # the calendar offers its deadlines
        return imported.plan_id

    def issue_current(self) -> bool:
        plan = self.view.current_plan()
        if plan is None or plan.is_issued:
            return False
        if not self.view.save_now():
            prompts.warn(self.view, self.tr("Issue plan"), self.view.status_label.text())
            return False
        warnings = plans_ops.issue_warnings(self.view.current_plan())
        if warnings and not prompts.confirm(self.view, self.tr("Issue plan"), "\n\n".join(warnings) + "\n\n"
                                            + self.tr("Issue the plan as it is?")):
            return False
        dialog = dialogs.IssueDialog(self.view.current_plan(), self.view.store, self.view)
        if not dialogs.run_dialog(dialog):
            return False
        problem = register_ops.issue_date_problem(dialog.issue_date(), self.view.today())
        if problem and not prompts.confirm(
            self.view,
            self.tr("Issue plan"),
            self.tr("The issue date %1 is unusual (%2). A number once given stays in the register for good. "
                    "Issue with this date?").replace("%1", screen_date(dialog.issue_date())).replace("%2", problem),
        ):
            return False
        entry = self._run(self.tr("Issue plan"), lambda: plans_ops.issue(
            self.view.store, plan.id, dialog.issue_date(), copies=dialog.copies(), file_copy=dialog.file_copy()))
        if entry is None:
            return False
        self.view.reload_filters()
        self.view.reload_list(keep_id=plan.id)
        self.view.open_plan(plan.id)
        self.view.show_status(self.tr("Issued as No. %1 dated %2 and entered in the outgoing register.")
                         .replace("%1", entry.number_and_symbol).replace("%2", entry.display_date))
        return True

    def _warn_before_printing(self, plan: Plan, title: str) -> None:
        warnings = plans_ops.print_warnings(self.view.store, plan)
        if warnings:
            prompts.warn(self.view, title, "\n\n".join(warnings))

    def print_current(self) -> bool:
        plan = self.view.current_plan()
        if plan is None:
            return False
        self.view.save_now()
        self._warn_before_printing(plan, self.tr("Print"))
        try:
            data = self.view.current_pdf_bytes()
        except StoreError as exc:
            prompts.warn(self.view, self.tr("Print"), exc.message)
            return False
        return _preview().print_pdf_bytes(data, self.view, plan.title)

    def save_pdf(self) -> str:
        plan = self.view.current_plan()
        if plan is None:
            return ""
        self.view.save_now()
        self._warn_before_printing(plan, self.tr("Save as PDF"))
        try:
            data = self.view.current_pdf_bytes()
            path = _preview().save_pdf_bytes(data, self.view, self.tr("Save as PDF"), plans_ops.file_stem(plan) + ".pdf")
        except StoreError as exc:
            prompts.warn(self.view, self.tr("Save as PDF"), exc.message)
            return ""
        except OSError as exc:
            prompts.warn(self.view, self.tr("Save as PDF"), self.tr("The file could not be written: %1").replace("%1", str(exc)))
            return ""
        if path:
            self.view.show_status(self.tr("Saved %1").replace("%1", path))
        return path

    def export_docx(self) -> str:
        plan = self.view.current_plan()
        if plan is None:
            return ""
        self.view.save_now()
        path = prompts.save_file(self.view, self.tr("Export Word"), plans_ops.file_stem(plan) + ".docx",
                                 self.tr("Word documents (*.docx)"))
        if not path:
            return ""
        if not path.lower().endswith(".docx"):
            path += ".docx"
        with busy_cursor():
            written = self._run(self.tr("Export Word"), lambda: plans_ops.export_docx(plan, path))
        if written is None:
            return ""
        self.view.show_status(self.tr("Saved %1").replace("%1", path))
        return path


def _preview():
    """ui/plans/preview.py, with Qt's PDF and print modules: loaded when first used, not at start-up."""
    from thiduadesk.ui.plans import preview

    return preview

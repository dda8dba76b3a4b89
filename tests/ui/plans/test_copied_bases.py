"""Copy to next year in the editor: the copied bases are tinted and named until edited or
confirmed; printing and issuing say so first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.conftest import type_text
from tests.ui.plans.test_plans_tab import new_from_template, stored
from thiduadesk.domain.plan_ops import bases_to_check


def _copy(view) -> int:
    new_from_template(view, "tdkt-nam", 2024)
    view.editor.edit("add a basis", lambda p: p.bases.insert(0, "Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;"))
    view.copy_year_action.trigger()
    view.editor.tabs.setCurrentIndex(view.editor.GENERAL)
    return view.current_plan_id()


def _tinted_lines(page) -> list[str]:
    return [s.cursor.block().text() for s in page.bases_edit.extraSelections()]


def test_copied_bases_are_tinted_until_edited_or_confirmed(view, qtbot):
    _copy(view)
    page = view.editor.general
    bases = view.editor.plan.bases
    assert len(bases) >= 2
    assert _tinted_lines(page) == bases
    assert page.bases_check_row.isVisible()
    assert page.bases_note.text() == (f"{len(bases)} bases (tinted) were copied from last year's plan and may cite "
                                      "last year's documents: correct them, or confirm they are right.")
    # The clerk corrects the first basis: its tint goes, the others stay.
    edit = page.bases_edit
    edit.setFocus()
    cursor = edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.Start)
    cursor.movePosition(cursor.MoveOperation.EndOfBlock)
    edit.setTextCursor(cursor)
    type_text(edit, " (sửa)")
    assert _tinted_lines(page) == bases[1:]
    assert bases_to_check(view.editor.plan) == list(range(1, len(bases)))
    # Confirmed: no tint, no note; saved so; and undoable.
    qtbot.mouseClick(page.bases_confirm, Qt.MouseButton.LeftButton)
    assert _tinted_lines(page) == [] and not page.bases_check_row.isVisible()
    assert view.save_now() and stored(view).bases_to_check == []
    view.undo_stack.undo()
    assert _tinted_lines(page) == bases[1:]


def test_printing_and_issuing_a_copy_with_unchecked_bases_warn_first(view, answers, qtbot, monkeypatch):
    from thiduadesk.ui.plans import preview

    _copy(view)
    count = len(view.editor.plan.bases)
    monkeypatch.setattr(preview, "print_pdf_bytes", lambda *a, **k: True)
    assert view.print_current()
    assert answers.warnings[-1][0] == "Print"
    assert answers.warnings[-1][1].startswith(f"{count} căn cứ chép từ kế hoạch năm trước chưa được kiểm tra")
    answers.confirm_answers = [False]
    assert not view.issue_current()
    title, text = answers.confirms[-1]
    assert title == "Issue plan"
    assert text.startswith(f"{count} căn cứ chép từ kế hoạch năm trước") and text.endswith("Issue the plan as it is?")
    assert not stored(view).is_issued


def test_a_plan_made_from_a_template_has_no_marks(view):
    new_from_template(view, "tdkt-nam", 2024)
    view.editor.tabs.setCurrentIndex(view.editor.GENERAL)
    assert _tinted_lines(view.editor.general) == []
    assert not view.editor.general.bases_check_row.isVisible()
    QTest.qWait(0)

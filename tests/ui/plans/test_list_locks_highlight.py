"""The plan list shows what tells similar plans apart; an issued plan's fields look locked and say
why; the preview's highlight follows the field being edited and goes when editing ends."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem

from tests.ui.conftest import type_text
from tests.ui.plans.conftest import wait_preview
from tests.ui.plans.test_plans_tab import issue, new_from_template
from thiduadesk.ops import plans as plans_ops
from thiduadesk.ui.plans.models import PlanListModel

LONG = "Kế hoạch tổ chức các phong trào thi đua, khen thưởng ngành Giáo dục và Đào tạo quận Nam Từ Liêm đợt %d năm 2024"
LOCKED_TIP = ("The plan is issued and locked: its text stays as signed. To change it, make a new version.")


def _two_similar(view, store) -> list[int]:
    ids = []
    for n in (1, 2):
        plan_id = plans_ops.create_from_template(store, "", 2024)
        plan = plans_ops.get(store, plan_id)
        plan.title = LONG % n
        plans_ops.save_draft(store, plan)
        ids.append(plan_id)
    view.reload_list()
    return ids


def test_a_narrow_list_wraps_titles_and_keeps_their_ends(view, store, qtbot):
    _two_similar(view, store)
    view.splitter.setSizes([260, 700, 400])
    qtbot.waitUntil(view.is_list_compact)
    delegate, model = view.list_panel.title_delegate, view.list_model
    option = QStyleOptionViewItem()
    option.font = view.list_view.font()
    width = view.list_view.columnWidth(PlanListModel.TITLE) - 12
    shown = {}
    for row in range(model.rowCount()):
        title = model.index(row, PlanListModel.TITLE).data()
        lines = delegate.title_lines(title, option.font, width)
        assert len(lines) == 2
        assert all(QFontMetrics(option.font).horizontalAdvance(line) <= width for line in lines)
        assert lines[0] == " ".join(title.split()[:len(lines[0].split())])  # the start, whole words
        assert lines[1].endswith("năm 2024") and "…" in lines[1]  # the middle goes, the end stays
        shown[title] = lines
        # The row is tall enough for both lines and the details.
        assert view.list_view.rowHeight(row) >= 3 * QFontMetrics(option.font).lineSpacing()
    assert len({tuple(v) for v in shown.values()}) == 2  # the two plans do not look the same
    tips = [model.index(r, PlanListModel.TITLE).data(Qt.ItemDataRole.ToolTipRole) for r in range(2)]
    assert sorted(t.split("\n")[0] for t in tips) == [LONG % 1, LONG % 2]
    assert all(t.split("\n")[1] == "2024 · Draft" for t in tips)


def test_a_wide_list_elides_titles_in_the_middle(view, store, qtbot):
    _two_similar(view, store)
    view.splitter.setSizes([700, 400, 300])
    qtbot.waitUntil(lambda: not view.is_list_compact())
    assert view.list_view.textElideMode() == Qt.TextElideMode.ElideMiddle
    assert view.list_model.index(0, PlanListModel.NUMBER).data(Qt.ItemDataRole.ToolTipRole).startswith("Kế hoạch")


def test_an_issued_plans_fields_look_locked_and_say_why(view, store, qtbot):
    new_from_template(view, "dot-thi-dua")
    editor = view.editor
    tip_before = editor.bases_edit.toolTip()
    assert not editor.title_edit.property("locked")
    issue(view, dt.date(2024, 3, 6))
    for widget in (editor.title_edit, editor.bases_edit, editor.day_spin, editor.paragraph_edit,
                   editor.timetable_view, editor.recipients_view, editor.signer_combo):
        assert widget.property("locked") is True, widget.objectName()
        assert widget.toolTip() == LOCKED_TIP
        assert "background: #ececec" in widget.styleSheet()
    view.banner_button.click()  # a new version is a draft again: the normal look and tips come back
    assert not editor.read_only
    assert not editor.title_edit.property("locked") and editor.title_edit.styleSheet() == ""
    assert editor.bases_edit.toolTip() == tip_before


def test_the_highlight_follows_the_field_and_goes_when_editing_ends(view, qtbot):
    new_from_template(view, "tdkt-nam", 2024)
    wait_preview(qtbot, view)
    view.window().activateWindow()
    qtbot.waitUntil(view.window().isActiveWindow)
    editor, search = view.editor, view.preview.search
    editor.tabs.setCurrentIndex(editor.GENERAL)
    editor.title_edit.setFocus()
    qtbot.waitUntil(editor.title_edit.hasFocus)
    assert search.searchString() == " ".join(editor.plan.title.split()[:8])
    qtbot.waitUntil(lambda: search.count() > 0, timeout=5000)  # found in the page

    editor.tabs.setCurrentIndex(editor.CONTENT)
    editor.select_path((1,))
    editor.tree.setFocus()
    qtbot.waitUntil(editor.tree.hasFocus)
    second = editor.plan.body[1]
    assert search.searchString() == " ".join(second.title.upper().split()[:5])

    editor.tabs.setCurrentIndex(editor.GENERAL)
    editor.title_edit.setFocus()
    qtbot.waitUntil(editor.title_edit.hasFocus)
    editor.title_edit.home(False)
    type_text(editor.title_edit, "Dự thảo ")
    view.render_preview()  # typed: found again in the new rendering
    assert search.searchString().startswith("Dự thảo ")

    view.preview.view.setFocus()  # looking at the preview keeps it
    qtbot.waitUntil(view.preview.view.hasFocus)
    assert search.searchString().startswith("Dự thảo ")
    view.list_view.setFocus()  # editing ended
    qtbot.waitUntil(view.list_view.hasFocus)
    assert search.searchString() == ""

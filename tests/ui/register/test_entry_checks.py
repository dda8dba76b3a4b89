"""The register's entry form checks itself again as the clerk corrects it: a refusal goes the
moment the entry would be accepted, or changes to say what is still wrong."""

from __future__ import annotations

from tests.ui.conftest import in_modal, type_text
from tests.ui.register.test_register_view import click_ok
from thiduadesk.domain.register import RegisterEntry
from thiduadesk.ops import register as register_ops
from thiduadesk.store.register import RegisterRepository


def test_a_refusal_clears_as_soon_as_the_form_is_right(tab, store, qtbot):
    RegisterRepository(store).add_manual(RegisterEntry(2024, 0, "PGDĐT-TĐKT", "2024-01-10", "CV", "V/v nộp hồ sơ"))
    tab.show_register()

    def fill(dialog):
        dialog.number_spin.setValue(1)  # taken, and no title yet
        click_ok(dialog)
        assert dialog.isVisible() and dialog.error_label.text() == "Cần nhập trích yếu nội dung văn bản."
        type_text(dialog.title_edit, "V")  # the title is there: now the number is what is wrong
        assert dialog.error_label.isVisible()
        assert dialog.error_label.text() == ("Số 01 năm 2024 đã được dùng cho văn bản 01/PGDĐT-TĐKT. Mỗi số chỉ "
                                             "được dùng một lần trong năm.")
        dialog.number_spin.setValue(2)  # right: the message goes at once
        assert not dialog.error_label.isVisible()
        type_text(dialog.title_edit, "/v đôn đốc nộp báo cáo")
        click_ok(dialog)

    in_modal(tab.register.add_action.trigger, fill)
    assert [e.title for e in register_ops.list_entries(store, 2024)] == ["V/v nộp hồ sơ", "V/v đôn đốc nộp báo cáo"]


def test_entry_problem_writes_nothing(store):
    entry = RegisterEntry(2024, 0, "CV-PGDĐT", "2024-03-04", "CV", "")
    assert register_ops.entry_problem(store, entry) == "Cần nhập trích yếu nội dung văn bản."
    entry.title = "V/v đôn đốc"
    assert register_ops.entry_problem(store, entry) == ""
    assert register_ops.list_entries(store) == []

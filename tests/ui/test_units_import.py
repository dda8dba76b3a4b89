"""The units import: the expected columns before the file dialog, the empty template, and the
summary after the import (added, updated, unchanged, kept values, near-duplicate names)."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.conftest import in_modal
from thiduadesk.domain.model import Unit
from thiduadesk.ops import units as units_ops
from thiduadesk.store.units import ImportSummary, UnitRepository
from thiduadesk.ui.units.import_dialog import summary_text
from thiduadesk.ui.units.tab import UnitsTab

EXPECTED = ["STT", "Tên đơn vị — required", "Cấp học", "Cụm thi đua", "Hiệu trưởng", "Điện thoại", "Email",
            "Địa chỉ"]


@pytest.fixture
def tab(store, qtbot, answers):
    widget = UnitsTab(store, lang="en")
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_expected_columns_come_before_the_file_dialog(tab, answers):
    def start(dialog):
        assert dialog.objectName() == "importStartDialog"
        shown = [dialog.columns_list.item(i).text() for i in range(dialog.columns_list.count())]
        assert shown == EXPECTED
        assert answers.open_paths == ["never asked"]  # the file dialog has not opened yet
        dialog.reject()

    answers.open_paths = ["never asked"]
    in_modal(tab.import_units, start)
    assert answers.open_paths == ["never asked"]  # cancelled: no file dialog at all


def test_choose_the_file_goes_on_to_the_preview(tab, answers, tmp_path, monkeypatch):
    path = tmp_path / "don-vi.xlsx"
    units_ops.write_template(path)
    previews = []
    monkeypatch.setattr(tab, "_exec", lambda dialog: previews.append(dialog) or False)

    def start(dialog):
        QTest.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)

    answers.open_paths = [str(path)]
    in_modal(tab.import_units, start)
    assert answers.open_paths == []  # the file dialog was asked after the start dialog
    assert [d.objectName() for d in previews] == ["importPreviewDialog"]
    assert previews[0].valid_table.rowCount() == 0 and not previews[0].import_button.isEnabled()
    assert answers.warnings == []  # an empty template reads without error


def test_save_empty_template_writes_the_headings_it_reads(tab, answers, tmp_path, store):
    target = tmp_path / "mau"

    def start(dialog):
        answers.save_paths = [str(target)]
        assert dialog.save_template() == str(target) + ".xlsx"
        dialog.reject()

    in_modal(tab.import_units, start)
    sheet = openpyxl.load_workbook(str(target) + ".xlsx").active
    rows = [[c for c in row if c is not None] for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == ["DANH SÁCH ĐƠN VỊ TRỰC THUỘC"]
    assert rows[2] == [heading.split(" — ")[0] for heading in EXPECTED]
    assert answers.infos[-1][1] == f"Saved the empty template to {target}.xlsx. Fill it in, then import it."
    # Filled in, the template imports.
    book = openpyxl.load_workbook(str(target) + ".xlsx")
    book.active.append([1, "Trường Tiểu học Phú Đô", "Tiểu học", "Cụm 3", "Vũ Thị Hạnh", "0912 345 678"])
    book.save(str(target) + ".xlsx")
    read = units_ops.read_units_file(str(target) + ".xlsx")
    assert [(u.name, u.level, u.phone) for u in read.units] == [("Trường Tiểu học Phú Đô", "tieu_hoc", "0912 345 678")]


def _workbook(path, rows):
    book = openpyxl.Workbook()
    book.active.append(["STT", "Tên đơn vị", "Cấp học", "Cụm thi đua", "Hiệu trưởng"])
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_the_summary_names_unchanged_rows_kept_values_and_near_names(tab, answers, store, tmp_path, monkeypatch):
    from thiduadesk.ui.units import import_dialog

    repo = UnitRepository(store)
    repo.add(Unit("Trường THCS Đức Thắng", level="thcs", cluster="Cụm 1", head_name="Lê Văn Cường"))
    repo.add(Unit("Trường Tiểu học Xuân Đỉnh", level="tieu_hoc", cluster="Cụm 2", head_name="Phạm Thị Dung"))
    tab.refresh()
    path = _workbook(tmp_path / "don-vi.xlsx", [
        [1, "Trường THCS Đức Thắng", "THCS", "Cụm 1", "Lê Văn Cường"],  # changes nothing
        [2, "Trường Tiểu học Xuân Đỉnh", "Tiểu học", "Cụm 3", ""],  # cluster changes; the head's cell is empty
        [3, "Trường Tiểu học Xuan Dinh", "Tiểu học", "Cụm 3", ""],  # differs only by tones
    ])
    monkeypatch.setattr(import_dialog, "ask_before_import", lambda parent: True)
    answers.open_paths = [str(path)]
    in_modal(tab.import_units, lambda dialog: QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton))
    text = answers.infos[-1][1]
    lines = text.split("\n")
    assert lines[:2] == ["Added 1, updated 1 units.", "1 rows matched a unit and changed nothing (unchanged)."]
    assert "Empty cells that kept the stored value:" in lines
    assert any(line.startswith("• «Trường Tiểu học Xuân Đỉnh»: ô") and "Phạm Thị Dung" in line for line in lines)
    assert "Names close to a unit already stored (check them):" in lines
    assert any(line.startswith("• «Trường Tiểu học Xuan Dinh» được thêm như đơn vị mới") for line in lines)


def test_summary_text_says_only_what_happened():
    assert summary_text(ImportSummary(3, 0), "en") == "Added 3, updated 0 units."
    assert summary_text(ImportSummary(0, 0, unchanged=4), "en") == (
        "Added 0, updated 0 units.\n4 rows matched a unit and changed nothing (unchanged).")

"""Importing a school's list from the tab: the preview shows every row with its errors, the
columns can be mapped by hand, legacy text is converted, units not yet known are offered, and
nothing is stored until the clerk presses Import (then every row, or none)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from tests.award_lists import write_award_list
from tests.ui.conftest import in_modal
from thiduadesk.domain.legacy_text import unicode_to_tcvn3
from thiduadesk.exchange.award_lists import template_headers
from thiduadesk.store.awards import AwardRepository
from thiduadesk.store.units import UnitRepository
from thiduadesk.ui.awards import AwardsTab
from thiduadesk.ui.awards.import_dialog import AwardImportDialog, column_letter

DATA = Path(__file__).parents[2] / "data" / "awards"
YEAR = "2023-2024"
GOOD = [
    [1, "Trần Văn An", "05/09/1980", "Giáo viên", "Trường Tiểu học Nguyễn Du", "CSTĐCS", "HTXSNV", "", "", "", ""],
    [2, "Lê Thị Bình", "", "Giáo viên", "Trường Tiểu học Nguyễn Du", "LĐTT", "HTTNV", "", "", "", ""],
]
BROKEN = [*GOOD, [3, "Đỗ Thị Ngọc", "31/02/1990", "", "Trường Mới", "Bằng khen Thủ tướng", "HTT", "", "", "", ""]]


@pytest.fixture
def dialog_for(qtbot, store):
    def make(path, year=YEAR):
        dialog = AwardImportDialog(store, path, year)
        qtbot.addWidget(dialog)
        assert dialog.load()
        return dialog

    return make


def preview(dialog):
    t = dialog.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_the_standard_list_is_previewed_then_imported_on_confirm(dialog_for, store, tmp_path, answers):
    dialog = dialog_for(write_award_list(tmp_path / "a.xlsx", GOOD))
    assert [row[:4] for row in preview(dialog)] == [["2", "Trần Văn An", "Trường Tiểu học Nguyễn Du", "CSTĐCS"],
                                                    ["3", "Lê Thị Bình", "Trường Tiểu học Nguyễn Du", "LĐTT"]]
    assert dialog.summary_label.text() == "2 rows read, no errors."
    assert dialog.create_units_check.text() == ("Create the 1 units not yet in the unit list: "
                                                "Trường Tiểu học Nguyễn Du")
    assert dialog.import_button.isEnabled()
    assert AwardRepository(store).count() == 0  # nothing yet
    dialog.import_button.click()
    assert AwardRepository(store).count(YEAR) == 2
    assert answers.infos == [("Import award list", "2 rows imported.\nUnits created: Trường Tiểu học Nguyễn Du")]


def test_broken_rows_are_shown_in_red_and_nothing_can_be_imported(dialog_for, store, tmp_path):
    dialog = dialog_for(write_award_list(tmp_path / "b.xlsx", BROKEN))
    last = preview(dialog)[2]
    assert last[0] == "4" and "không rõ danh hiệu/hình thức «Bằng khen Thủ tướng»" in last[6]
    assert "Ngày sinh: ngày «31/02/1990» không có thật" in last[6]
    assert dialog.summary_label.text().startswith("3 rows read; 1 have errors (in red). Nothing is imported")
    assert not dialog.import_button.isEnabled()
    assert AwardRepository(store).count() == 0 and UnitRepository(store).count() == 0


def test_refusing_to_create_units_blocks_the_import(dialog_for, store, tmp_path):
    dialog = dialog_for(write_award_list(tmp_path / "a.xlsx", GOOD))
    dialog.create_units_check.setChecked(False)
    assert not dialog.import_button.isEnabled()
    dialog.create_units_check.setChecked(True)
    assert dialog.import_button.isEnabled()


def test_a_layout_without_known_headers_is_mapped_by_hand(dialog_for, store, tmp_path, answers):
    # A school's own layout: its headers are not the template's, the name in C and the award in A.
    rows = [["Danh hiệu", "Đơn vị đề nghị", "Người được đề nghị", "Xếp loại năm học"],
            ["LĐTT", "Trường Mầm non Hoa Sen", "Phạm Thu Hà", "HTT"],
            ["CSTĐCS", "Trường Mầm non Hoa Sen", "Ngô Minh Khánh", "HTXS"]]
    dialog = dialog_for(write_award_list(tmp_path / "own.xlsx", rows, headers=False))
    assert dialog.result is None
    assert dialog.summary_label.text().startswith("own.xlsx: không tìm thấy dòng tiêu đề")
    assert not dialog.import_button.isEnabled()
    dialog.header_spin.setValue(1)
    dialog._fill_column_choices()
    combo = dialog.field_combos
    assert combo["name"].itemText(3) == "C: Người được đề nghị"
    for field, col in (("name", 2), ("award", 0), ("unit", 1), ("rating", 3)):
        combo[field].setCurrentIndex(combo[field].findData(col))
    dialog.apply_button.click()
    assert [row[1:5] for row in preview(dialog)] == [
        ["Phạm Thu Hà", "Trường Mầm non Hoa Sen", "LĐTT", "HTTNV"],
        ["Ngô Minh Khánh", "Trường Mầm non Hoa Sen", "CSTĐCS", "HTXSNV"]]
    dialog.import_button.click()
    assert sorted(n.name for n in AwardRepository(store).list(YEAR)) == ["Ngô Minh Khánh", "Phạm Thu Hà"]


def test_found_columns_are_shown_for_correction(dialog_for, tmp_path):
    dialog = dialog_for(str(DATA / "shuffled.xls"))
    assert dialog.result is not None and not dialog.by_hand
    name_col = dialog.result.columns["name"]
    assert dialog.field_combos["name"].currentData() == name_col
    assert dialog.field_combos["name"].currentText().startswith(column_letter(name_col) + ":")


def test_legacy_tcvn3_text_is_converted_with_a_note(dialog_for, tmp_path):
    legacy = [[unicode_to_tcvn3(v) if isinstance(v, str) else v for v in row] for row in GOOD]
    headers = [unicode_to_tcvn3(h) for h in template_headers()]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(headers)
    for row in legacy:
        ws.append(row)
    for row in ws.iter_rows():
        for c in row:
            c.font = openpyxl.styles.Font(name=".VnTime")
    wb.save(tmp_path / "tcvn3.xlsx")
    dialog = dialog_for(str(tmp_path / "tcvn3.xlsx"))
    assert [row[1] for row in preview(dialog)] == ["Trần Văn An", "Lê Thị Bình"]
    assert "TCVN3" in dialog.notes_label.text()


def test_an_unreadable_file_is_refused_with_its_reason(qtbot, store, tmp_path, answers):
    bad = tmp_path / "html.xls"
    bad.write_text("<html><table><tr><td>Họ và tên</td></tr></table></html>", encoding="utf-8")
    dialog = AwardImportDialog(store, str(bad), YEAR)
    qtbot.addWidget(dialog)
    assert dialog.load() is False
    assert answers.warnings and answers.warnings[0][0] == "Import award list"
    assert "html.xls" in answers.warnings[0][1]
    assert AwardRepository(store).count() == 0


def test_the_tab_imports_through_the_dialog_and_shows_the_year(qtbot, store, tmp_path, answers):
    tab = AwardsTab(store, today=dt.date(2025, 6, 1))
    qtbot.addWidget(tab)
    answers.open_paths = [write_award_list(tmp_path / "a.xlsx", GOOD)]

    def confirm(dialog):
        dialog.year_edit.setText(YEAR)
        dialog.year_edit.editingFinished.emit()
        dialog.import_button.click()

    in_modal(tab.import_list, confirm)
    assert tab.school_year() == YEAR and tab.model.total == 2

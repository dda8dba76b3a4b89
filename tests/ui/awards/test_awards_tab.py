"""The Khen thưởng tab driven like a clerk: the year's list from SQL a page at a time, search
without tones, filters, sort, totals, the check column, the nominee's card, the council's votes
and decision, print and export."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.award_lists import write_award_list
from tests.ui.conftest import in_modal, type_text
from thiduadesk.domain.awards import catalogue as c
from thiduadesk.domain.awards.model import DECIDED, REVIEWED
from thiduadesk.ops import awards
from thiduadesk.store.awards import AwardRepository
from thiduadesk.ui.awards import AwardsTab
from thiduadesk.ui.awards.model import PAGE, NominationsModel

YEAR = "2023-2024"
TODAY = dt.date(2024, 6, 15)
ROWS = [
    [1, "Trần Văn An", "05/09/1980", "Giáo viên", "Trường Tiểu học Nguyễn Du", "CSTĐCS", "HTXSNV", "", "", "", ""],
    [2, "Lê Thị Bình", "", "Giáo viên", "Trường Tiểu học Nguyễn Du", "LĐTT", "HTTNV", "", "", "", ""],
    [3, "Vũ Minh Châu", "", "Tổ trưởng", "Trường THCS Lê Quý Đôn", "LĐTT", "HTNV", "", "", "", ""],
    [4, "Trần Thị Ánh", "", "Giáo viên", "Trường THCS Lê Quý Đôn", "LĐTT", "HTTNV", "", "", "", ""],
]


@pytest.fixture
def filled(store, tmp_path):
    report = awards.import_list(store, write_award_list(tmp_path / "ds.xlsx", ROWS), YEAR)
    assert report.ok
    return store


@pytest.fixture
def tab(qtbot, filled):
    t = AwardsTab(filled, today=TODAY)
    qtbot.addWidget(t)
    return t


def names(tab):
    return [tab.model.data(tab.model.index(r, NominationsModel.NAME)) for r in range(tab.model.rowCount())]


def cell(tab, name, column):
    row = names(tab).index(name)
    return tab.model.data(tab.model.index(row, column))


def test_the_year_with_data_is_chosen_and_listed_in_vietnamese_name_order(tab):
    assert tab.school_year() == YEAR
    # Vietnamese order: by given name, then family and middle names.
    assert names(tab) == ["Trần Văn An", "Trần Thị Ánh", "Lê Thị Bình", "Vũ Minh Châu"]
    assert tab.shown_label.text() == "4 of 4 proposals shown"
    assert cell(tab, "Vũ Minh Châu", NominationsModel.AWARD) == "LĐTT"


def test_the_check_column_says_why_a_row_fails(tab):
    assert cell(tab, "Lê Thị Bình", NominationsModel.CHECK) == "✓ eligible"
    text = cell(tab, "Vũ Minh Châu", NominationsModel.CHECK)
    assert text.startswith("✗ Chưa đạt: cần xếp loại Hoàn thành tốt nhiệm vụ trở lên")
    assert "Điều 24 Luật Thi đua, khen thưởng 2022" in text
    row = names(tab).index("Vũ Minh Châu")
    assert tab.model.data(tab.model.index(row, NominationsModel.CHECK), Qt.ItemDataRole.ForegroundRole) is not None


def test_a_cell_shows_its_whole_text_and_the_reason_of_a_failure_when_the_mouse_rests_on_it(qtbot, tab):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    tab.resize(1280, 600)
    tab.show()
    qtbot.waitExposed(tab)

    def tooltip_at(name, column):
        rect = tab.table.visualRect(tab.model.index(names(tab).index(name), column))
        viewport = tab.table.viewport()
        QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, rect.center(),
                                                     viewport.mapToGlobal(rect.center())))
        return QToolTip.text() if QToolTip.isVisible() else ""

    assert tooltip_at("Vũ Minh Châu", NominationsModel.CHECK).startswith(
        "Chưa đạt: cần xếp loại Hoàn thành tốt nhiệm vụ trở lên")
    assert tooltip_at("Vũ Minh Châu", NominationsModel.AWARD) == "Lao động tiên tiến"
    assert tooltip_at("Trần Văn An", NominationsModel.UNIT) == "Trường Tiểu học Nguyễn Du"
    tooltip_at("Lê Thị Bình", NominationsModel.VOTES)  # an empty cell: none, the last one goes
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=3000)
    assert tab.model.tooltip(99, 0) == "" and tab.model.tooltip(0, 10) == ""


def test_search_ignores_tones_and_case_at_every_keystroke(qtbot, tab):
    tab.search_box.setFocus()
    type_text(tab.search_box, "tran")
    assert names(tab) == ["Trần Văn An", "Trần Thị Ánh"]  # no wait: the list follows the keystroke
    type_text(tab.search_box, " anh")
    assert names(tab) == ["Trần Thị Ánh"]
    assert tab.shown_label.text() == "1 of 4 proposals shown"
    tab.search_box.clear()
    assert len(names(tab)) == 4


def test_filters_by_award_unit_and_eligibility(tab):
    tab.award_combo.setCurrentIndex(tab.award_combo.findData(c.LDTT))
    assert sorted(names(tab)) == ["Lê Thị Bình", "Trần Thị Ánh", "Vũ Minh Châu"]
    tab.check_combo.setCurrentIndex(tab.check_combo.findData(False))
    assert names(tab) == ["Vũ Minh Châu"]
    tab.check_combo.setCurrentIndex(0)
    tab.unit_combo.setCurrentIndex(tab.unit_combo.findText("Trường Tiểu học Nguyễn Du"))
    assert names(tab) == ["Lê Thị Bình"]
    assert [tab.unit_combo.itemText(i) for i in range(tab.unit_combo.count())] == [
        "All units", "Trường THCS Lê Quý Đôn", "Trường Tiểu học Nguyễn Du"]


def test_totals_per_award_and_per_unit(tab):
    def rows(table):
        return [[table.item(r, col).text() for col in range(4)] for r in range(table.rowCount())]

    assert rows(tab.by_award) == [["CSTĐCS", "1", "1", "0"], ["LĐTT", "3", "2", "1"]]
    assert tab.by_award.item(1, 0).toolTip() == "Lao động tiên tiến"
    assert rows(tab.by_unit) == [["Trường THCS Lê Quý Đôn", "2", "1", "1"],
                                 ["Trường Tiểu học Nguyễn Du", "2", "2", "0"]]


def test_sorting_is_done_by_the_query(tab):
    tab.table.sortByColumn(NominationsModel.UNIT, Qt.SortOrder.DescendingOrder)
    assert [cell(tab, n, NominationsModel.UNIT) for n in names(tab)][:2] == ["Trường Tiểu học Nguyễn Du"] * 2
    tab.table.sortByColumn(NominationsModel.CHECK, Qt.SortOrder.AscendingOrder)
    assert names(tab)[0] == "Vũ Minh Châu"  # the failing row first


def test_rows_are_fetched_a_page_at_a_time(qtbot, store, tmp_path):
    rows = [[i, f"Nguyễn Văn Người {i:04d}", "", "Giáo viên", "Trường Mầm non Hoa Sen", "LĐTT", "HTTNV", "", "", "",
             ""] for i in range(1, PAGE * 2 + 51)]
    assert awards.import_list(store, write_award_list(tmp_path / "long.xlsx", rows), YEAR).ok
    tab = AwardsTab(store, today=TODAY)
    qtbot.addWidget(tab)
    assert tab.model.total == PAGE * 2 + 50
    assert tab.model.rowCount() == PAGE
    while tab.model.canFetchMore():
        tab.model.fetchMore()
    assert tab.model.rowCount() == PAGE * 2 + 50
    assert len(set(tab.model.nomination_id(r) for r in range(tab.model.rowCount()))) == PAGE * 2 + 50


def test_an_empty_year_disables_the_steps_that_need_rows(qtbot, store):
    tab = AwardsTab(store, today=TODAY)
    qtbot.addWidget(tab)
    assert tab.school_year() == "2023-2024"  # the school year of 15/6/2024
    assert tab.model.total == 0 and not tab.check_button.isEnabled() and tab.import_button.isEnabled()
    assert tab.shown_label.text() == "0 of 0 proposals shown"


def test_check_marks_statuses_and_reports_the_counts(tab, answers):
    tab.check_year()
    assert answers.infos == [("Check eligibility", "4 proposals checked by the rules in force for 2023-2024: "
                                                   "3 eligible, 1 not eligible.")]
    assert cell(tab, "Vũ Minh Châu", NominationsModel.STATUS) == "Not eligible"
    assert cell(tab, "Lê Thị Bình", NominationsModel.STATUS) == "Eligible"


def _select(tab, *wanted):
    tab.table.clearSelection()
    selection = tab.table.selectionModel()
    for name in wanted:
        index = tab.model.index(names(tab).index(name), 0)
        selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)


def test_council_votes_for_the_selected_rows(qtbot, tab, filled):
    _select(tab, "Lê Thị Bình", "Trần Văn An")

    def vote(dialog):
        dialog.total_spin.setValue(9)
        dialog.for_spin.setValue(8)
        dialog.accept()

    in_modal(tab.record_votes, vote)
    by_name = {n.name: n for n in AwardRepository(filled).list(YEAR)}
    assert (by_name["Lê Thị Bình"].votes_for, by_name["Lê Thị Bình"].votes_total) == (8, 9)
    assert by_name["Lê Thị Bình"].status == REVIEWED and by_name["Vũ Minh Châu"].status != REVIEWED
    assert cell(tab, "Trần Văn An", NominationsModel.VOTES) == "8/9"
    # the selection survives the refresh that followed the change
    assert sorted(tab.model.data(i) for i in tab.table.selectionModel().selectedRows()) == ["Lê Thị Bình",
                                                                                           "Trần Văn An"]


def test_votes_with_nothing_selected_ask_before_applying_to_the_whole_list(tab, answers, filled):
    tab.award_combo.setCurrentIndex(tab.award_combo.findData(c.LDTT))
    tab.table.clearSelection()
    answers.confirm_answers = [False]
    tab.record_votes()
    assert answers.confirms == [("Council votes", "No row is selected. Apply to all 3 proposals the list shows?")]
    assert all(n.votes_total is None for n in AwardRepository(filled).list(YEAR))


def test_a_decision_needs_its_number_then_records_the_history(qtbot, tab, filled):
    _select(tab, "Lê Thị Bình")
    seen = {}

    def decide(dialog):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # no number yet
        seen["error"] = dialog.error_label.text() if dialog.error_label.isVisibleTo(dialog) else ""
        dialog.number_edit.setText("1234/QĐ-UBND")
        dialog.accept()

    in_modal(tab.record_decision, decide)
    assert seen["error"] == "Enter the decision's number."
    n = next(n for n in AwardRepository(filled).list(YEAR) if n.name == "Lê Thị Bình")
    assert (n.status, n.decision_number, n.decision_date) == (DECIDED, "1234/QĐ-UBND", TODAY.isoformat())
    assert [h.award for h in AwardRepository(filled).history_of("Lê Thị Bình", n.unit)] == [c.LDTT]


def test_deleting_refuses_a_decided_proposal_and_changes_nothing(tab, answers, filled):
    ids = {n.name: n.id for n in AwardRepository(filled).list(YEAR)}
    awards.record_decision(filled, [ids["Lê Thị Bình"]], "5/QĐ-UBND", "2024-06-01")
    _select(tab, "Lê Thị Bình", "Vũ Minh Châu")
    answers.confirm_answers = [True]
    tab.delete_selected()
    assert answers.warnings == [("Delete proposal", "Đề nghị đã có quyết định khen thưởng nên không xoá được.")]
    assert AwardRepository(filled).count(YEAR) == 4
    _select(tab, "Vũ Minh Châu")
    answers.confirm_answers = [True]
    tab.delete_selected()
    assert sorted(names(tab)) == ["Lê Thị Bình", "Trần Thị Ánh", "Trần Văn An"]


def test_the_card_shows_rules_missing_history_and_next_year(qtbot, tab, filled, tmp_path):
    for year in ("2021-2022", "2022-2023"):
        awards.import_list(filled, write_award_list(tmp_path / f"{year}.xlsx", ROWS[:1]), year, conferred=True)
    seen = {}

    def look(dialog):
        seen["text"] = dialog.browser.toPlainText()
        dialog.reject()

    row = names(tab).index("Trần Văn An")
    in_modal(lambda: tab.open_card(tab.model.nomination_id(row)), look)
    text = seen["text"]
    assert "Trần Văn An" in text and "Eligible" in text
    assert "2021-2022: Chiến sĩ thi đua cơ sở" in text and "2022-2023: Chiến sĩ thi đua cơ sở" in text
    assert "Chiến sĩ thi đua cấp tỉnh" in text  # what could come next year


def test_print_shows_the_paper_in_the_preview(tab, monkeypatch):
    shown = []
    monkeypatch.setattr("thiduadesk.ui.calendar.tab.show_pdf", lambda data, title, name, parent: shown.append(
        (data[:5], title, name)))
    tab.print_button.menu().actions()[0].trigger()
    assert shown == [(b"%PDF-", "Proposal list (danh sách)", "list-2023-2024.pdf")]


def test_export_writes_the_rows_the_list_shows(tab, answers, tmp_path):
    tab.award_combo.setCurrentIndex(tab.award_combo.findData(c.LDTT))
    out = tmp_path / "out.xlsx"
    answers.save_paths = [str(out)]
    tab.export_list()
    ws = openpyxl.load_workbook(out).active
    got = sorted(r[1] for r in ws.iter_rows(min_row=1, values_only=True) if r[1] and r[1] != "Họ và tên")
    assert got == ["Lê Thị Bình", "Trần Thị Ánh", "Vũ Minh Châu"]
    assert answers.infos == [("Export to Excel", f"The list was saved to {out}.")]


def test_year_settings_start_at_the_regime_and_change_the_checks(qtbot, tab, filled):
    seen = {}

    def edit(dialog):
        seen["vote"] = dialog.spins["vote_pct"].value()
        seen["cap"] = dialog.spins["cstdcs_cap_pct"].value()
        seen["salary"] = dialog.spins["base_salary"].value()
        dialog.spins["cstdcs_cap_pct"].setValue(10)  # 10 % of 3 LĐTT-rated: no CSTĐCS at all
        dialog.accept()

    in_modal(tab.edit_settings, edit)
    assert seen == {"vote": 80.0, "cap": 0.0, "salary": 2_340_000}  # Luật 2022: no cap by default
    saved, effective = awards.year_settings(filled, YEAR)
    assert saved.cstdcs_cap_pct == 10 and saved.vote_pct == 80.0
    assert cell(tab, "Trần Văn An", NominationsModel.CHECK).startswith("✗ ")
    assert "tối đa 10%" in cell(tab, "Trần Văn An", NominationsModel.CHECK)


def test_year_settings_of_an_old_year_show_the_old_cap(qtbot, store):
    from thiduadesk.ui.awards.settings_dialog import YearSettingsDialog

    _saved, effective = awards.year_settings(store, "2022-2023")
    dialog = YearSettingsDialog("2022-2023", effective)
    qtbot.addWidget(dialog)
    assert dialog.spins["cstdcs_cap_pct"].value() == 15.0 and dialog.spins["ldtt_member_pct"].value() == 50.0
    assert dialog.changed() == {}
    dialog.spins["base_salary"].setValue(1_800_000)
    assert dialog.changed() == {"base_salary": 1_800_000}


def test_issuing_the_decision_numbers_it_and_records_the_proposals(tab, filled, answers):
    from thiduadesk.domain.model import OfficeProfile
    from thiduadesk.ops import profile as profile_ops
    from thiduadesk.ops import register

    answers.confirm_answers = [True]
    tab.issue_paper("decision")  # no office profile yet: refused, nothing numbered
    from thiduadesk.ops.issuing import NO_PROFILE

    assert answers.warnings == [("Issue the decision with its list (number from the register)", NO_PROFILE)]
    assert register.list_entries(filled, TODAY.year) == []
    from thiduadesk.store.papers import PaperRepository

    assert PaperRepository(filled).list() == []  # no draft left behind
    profile_ops.save(filled, OfficeProfile(governing_body="UBND HUYỆN ĐÔNG ANH", office_name="PHÒNG GIÁO DỤC VÀ "
                                           "ĐÀO TẠO", symbol="PGDĐT", place="Đông Anh",
                                           head_name="Nguyễn Văn Hùng"))
    answers.confirm_answers = [True, True]
    tab.issue_paper("decision")
    (entry,) = register.list_entries(filled, TODAY.year)
    assert entry.number_and_symbol == "01/QĐ-PGDĐT"
    assert answers.confirms[-1] == ("Issue the decision with its list (number from the register)",
                                    "Issued as No. 01/QĐ-PGDĐT. Record its 3 proposals as decided by this decision?")
    decided = sorted(n.name for n in AwardRepository(filled).list(YEAR) if n.status == DECIDED)
    assert decided == ["Lê Thị Bình", "Trần Thị Ánh", "Trần Văn An"]
    assert {n.decision_number for n in AwardRepository(filled).list(YEAR) if n.status == DECIDED} == {"01/QĐ-PGDĐT"}


def test_the_totals_follow_the_search_once_typing_pauses(qtbot, tab):
    def rows(table):
        return [[table.item(r, col).text() for col in range(4)] for r in range(table.rowCount())]

    tab.search_box.setFocus()
    type_text(tab.search_box, "vu minh")
    assert names(tab) == ["Vũ Minh Châu"]  # the list at once
    assert rows(tab.by_award)[1] == ["LĐTT", "3", "2", "1"]  # the totals not yet
    qtbot.waitUntil(lambda: rows(tab.by_award) == [["LĐTT", "1", "0", "1"]], timeout=2000)
    assert rows(tab.by_unit) == [["Trường THCS Lê Quý Đôn", "1", "0", "1"]]


def test_collectives_come_after_the_people_by_their_whole_name(qtbot, store, tmp_path):
    rows = [*ROWS, [5, "Trường THCS Lê Quý Đôn", "", "", "Trường THCS Lê Quý Đôn", "TTLĐTT", "HTTNV", "", "", "", ""],
            [6, "Trường Tiểu học Nguyễn Du", "", "", "Trường Tiểu học Nguyễn Du", "TTLĐXS", "HTXSNV", "", "", "", ""]]
    assert awards.import_list(store, write_award_list(tmp_path / "tt.xlsx", rows), YEAR).ok
    tab = AwardsTab(store, today=TODAY)
    qtbot.addWidget(tab)
    assert names(tab) == ["Trần Văn An", "Trần Thị Ánh", "Lê Thị Bình", "Vũ Minh Châu", "Trường THCS Lê Quý Đôn",
                          "Trường Tiểu học Nguyễn Du"]

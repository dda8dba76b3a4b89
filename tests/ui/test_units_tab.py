"""The Đơn vị tab driven like a clerk: dialogs filled with key clicks, buttons clicked, headers
clicked, confirmations answered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from tests.ui.conftest import in_modal, type_text
from thiduadesk.domain.model import Person, Unit
from thiduadesk.store.units import UnitRepository
from thiduadesk.ui.units.tab import UnitsTab


@pytest.fixture
def repo(store):
    return UnitRepository(store)


@pytest.fixture
def seeded(repo):
    """Five schools of a district, two with staff."""
    ids = {
        "duc_thang": repo.add(Unit("Trường THCS Đức Thắng", level="thcs", cluster="Cụm 1", head_name="Lê Văn Cường")),
        "xuan_dinh": repo.add(Unit("Trường Tiểu học Xuân Đỉnh", level="tieu_hoc", cluster="Cụm 2",
                                   head_name="Phạm Thị Dung")),
        "co_nhue": repo.add(Unit("Trường Mầm non Cổ Nhuế", level="mam_non", cluster="Cụm 2", head_name="Bùi Thị Hà")),
        "minh_khai": repo.add(Unit("Trường THCS Minh Khai", level="thcs", cluster="Cụm 1", active=False)),
        "an_duc": repo.add(Unit("Trường Tiểu học An Đức", level="tieu_hoc", cluster="Cụm 3")),
    }
    for name in ("Trần Văn Bình", "Nguyễn Thị An", "Lê Thị Ánh"):
        repo.add_person(Person(name, unit_id=ids["duc_thang"], position="Giáo viên"))
    repo.add_person(Person("Hoàng Văn Em", unit_id=ids["xuan_dinh"]))
    return ids


@pytest.fixture
def tab(store, qtbot, answers, monkeypatch):
    # The columns the import expects are shown before the file dialog (tests/ui/test_units_import.py);
    # here the clerk goes straight on to the file.
    from thiduadesk.ui.units import import_dialog
    monkeypatch.setattr(import_dialog, "ask_before_import", lambda parent: True)
    widget = UnitsTab(store)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def names(tab: UnitsTab) -> list[str]:
    return [unit.name for unit, _count in tab.model.rows]


def select(tab: UnitsTab, name: str) -> None:
    row = names(tab).index(name)
    tab.table.setCurrentIndex(tab.model.index(row, 0))
    assert tab.current_unit().name == name


def click_ok(dialog) -> None:
    qtbot_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    QTest.mouseClick(qtbot_button, Qt.MouseButton.LeftButton)


def click_header(tab: UnitsTab, column: int) -> None:
    header = tab.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(x, header.height() // 2))


# -- units ------------------------------------------------------------------------------------------


def test_empty_database_shows_what_to_do(tab):
    assert tab.table_stack.currentWidget() is tab.empty
    assert tab.empty.title_label.text() == "No units yet"
    assert "Import from Excel" in tab.empty.text_label.text()
    assert not tab.edit_button.isEnabled() and not tab.delete_button.isEnabled()
    assert not tab.add_person_button.isEnabled()


def test_add_unit_through_the_dialog(tab, repo, qtbot):
    def fill(dialog):
        type_text(dialog.name_edit, "Trường THCS Đức Thắng")
        dialog.level_combo.setCurrentIndex(dialog.level_combo.findData("thcs"))
        type_text(dialog.cluster_combo.lineEdit(), "Cụm 1")
        type_text(dialog.head_edit, "Lê Văn Cường")
        type_text(dialog.phone_edit, "024 3838 1234")
        type_text(dialog.email_edit, "c2ducthang@namtuliem.edu.vn")
        click_ok(dialog)

    in_modal(lambda: QTest.mouseClick(tab.add_button, Qt.MouseButton.LeftButton), fill)

    units = repo.list_units()
    assert len(units) == 1
    unit, people = units[0]
    assert (unit.name, unit.level, unit.cluster, unit.head_name, unit.email, people) == (
        "Trường THCS Đức Thắng", "thcs", "Cụm 1", "Lê Văn Cường", "c2ducthang@namtuliem.edu.vn", 0)
    assert tab.table_stack.currentWidget() is tab.table
    assert names(tab) == ["Trường THCS Đức Thắng"]
    assert tab.current_unit().id == unit.id  # the new unit is selected
    assert tab.model.index(0, 1).data() == "Lower secondary"
    assert tab.model.index(0, 2).data() == "Cụm 1"
    assert tab.cluster_combo.findData("Cụm 1") >= 0  # the filter now offers the new cluster


def test_unit_dialog_refuses_bad_input_and_keeps_what_was_typed(seeded, tab, repo, qtbot):
    def fill(dialog):
        type_text(dialog.head_edit, "Ngô Thị Lan")
        click_ok(dialog)  # no name
        assert dialog.isVisible()
        assert dialog.error_label.isVisible()
        assert dialog.error_label.text() == "Please enter the unit name."
        type_text(dialog.name_edit, "Trường THCS Đức Thắng")  # a name already taken
        click_ok(dialog)
        assert dialog.isVisible()
        assert "Đức Thắng" in dialog.error_label.text()  # the store's Vietnamese message
        assert dialog.head_edit.text() == "Ngô Thị Lan"  # nothing typed was lost
        type_text(dialog.name_edit, " 2")
        type_text(dialog.email_edit, "not an email")
        click_ok(dialog)
        assert dialog.isVisible()
        assert dialog.error_label.text() == "The email address does not look right."
        dialog.email_edit.clear()
        click_ok(dialog)

    in_modal(tab.add_unit, fill)
    added = repo.find_by_name("Trường THCS Đức Thắng 2")
    assert added is not None and added.head_name == "Ngô Thị Lan"


def test_edit_unit(seeded, tab, repo, qtbot):
    select(tab, "Trường Tiểu học Xuân Đỉnh")

    def edit(dialog):
        assert dialog.name_edit.text() == "Trường Tiểu học Xuân Đỉnh"
        assert dialog.level_combo.currentData() == "tieu_hoc"
        dialog.head_edit.clear()
        type_text(dialog.head_edit, "Đỗ Minh Châu")
        dialog.active_check.setChecked(False)
        click_ok(dialog)

    in_modal(lambda: QTest.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton), edit)
    unit = repo.get(seeded["xuan_dinh"])
    assert unit.head_name == "Đỗ Minh Châu" and unit.active is False
    row = names(tab).index("Trường Tiểu học Xuân Đỉnh")
    assert tab.model.index(row, 3).data() == "Đỗ Minh Châu"
    assert tab.model.index(row, 7).data() == "No"
    assert tab.current_unit().id == seeded["xuan_dinh"]  # still selected after the reload


def test_cancel_leaves_the_unit_unchanged(seeded, tab, repo, qtbot, answers):
    select(tab, "Trường THCS Minh Khai")
    answers.confirm_answers = [True]  # yes, throw the typing away

    def cancel(dialog):
        type_text(dialog.name_edit, " (sửa)")
        QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)

    in_modal(tab.edit_unit, cancel)
    assert [title for title, _ in answers.confirms] == ["Discard changes"]
    assert repo.get(seeded["minh_khai"]).name == "Trường THCS Minh Khai"


def test_escape_asks_before_losing_typed_text_and_no_keeps_it(seeded, tab, repo, answers):
    select(tab, "Trường THCS Minh Khai")
    answers.confirm_answers = [False]  # no, keep what I typed
    kept = []

    def escape_then_save(dialog):
        type_text(dialog.head_edit, "Lê Văn Cường")
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible(), "Esc closed the dialog and lost the typing"
        kept.append(dialog.head_edit.text())
        click_ok(dialog)

    in_modal(tab.edit_unit, escape_then_save)
    assert len(answers.confirms) == 1
    assert kept[0].endswith("Lê Văn Cường")
    assert repo.get(seeded["minh_khai"]).head_name.endswith("Lê Văn Cường")


def test_escape_on_an_untouched_dialog_closes_without_asking(seeded, tab, answers):
    select(tab, "Trường THCS Minh Khai")
    dialog = in_modal(tab.edit_unit, lambda d: QTest.keyClick(d, Qt.Key.Key_Escape))
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert answers.confirms == []


def test_search_ignores_accents_and_updates_as_you_type(seeded, tab, qtbot):
    assert len(names(tab)) == 5
    type_text(tab.search_box, "duc")
    qtbot.waitUntil(lambda: not tab.search_box.pending())
    assert sorted(names(tab)) == ["Trường THCS Đức Thắng", "Trường Tiểu học An Đức"]
    type_text(tab.search_box, " thang")
    tab.search_box.flush()
    assert names(tab) == ["Trường THCS Đức Thắng"]
    assert tab.count_label.text() == "1 units shown"
    tab.search_box.clear()
    tab.search_box.flush()
    assert len(names(tab)) == 5


def test_search_with_no_result_says_so(seeded, tab, qtbot):
    type_text(tab.search_box, "khong co truong nay")
    tab.search_box.flush()
    assert tab.model.rowCount() == 0
    assert tab.table_stack.currentWidget() is tab.empty
    assert "khong co truong nay" in tab.empty.title_label.text()


def test_filters_by_level_cluster_and_activity(seeded, tab):
    tab.level_combo.setCurrentIndex(tab.level_combo.findData("thcs"))
    assert set(names(tab)) == {"Trường THCS Minh Khai", "Trường THCS Đức Thắng"}
    tab.active_check.setChecked(True)
    assert names(tab) == ["Trường THCS Đức Thắng"]
    tab.level_combo.setCurrentIndex(0)
    tab.cluster_combo.setCurrentIndex(tab.cluster_combo.findData("Cụm 2"))
    assert set(names(tab)) == {"Trường Tiểu học Xuân Đỉnh", "Trường Mầm non Cổ Nhuế"}
    tab.active_check.setChecked(False)
    tab.cluster_combo.setCurrentIndex(0)
    assert len(names(tab)) == 5


def test_sorting_by_clicking_headers_is_done_in_sql(seeded, tab, qtbot):
    # Default: Vietnamese alphabetical order of the name.
    assert names(tab) == [u.name for u, _ in tab.repo.list_units(order_by="name")]
    click_header(tab, 6)  # Số người
    assert tab.model.query.order_by == "people" and not tab.model.query.descending
    counts = [count for _unit, count in tab.model.rows]
    assert counts == sorted(counts)
    click_header(tab, 6)
    assert tab.model.query.descending
    counts = [count for _unit, count in tab.model.rows]
    assert counts == sorted(counts, reverse=True) and counts[0] == 3
    header = tab.table.horizontalHeader()
    assert header.sortIndicatorSection() == 6 and header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    click_header(tab, 0)
    assert names(tab)[0] == "Trường Mầm non Cổ Nhuế"  # M < T in Vietnamese order
    click_header(tab, 0)
    assert names(tab)[-1] == "Trường Mầm non Cổ Nhuế"
    # A column SQL cannot sort by keeps the current order and indicator.
    before = names(tab)
    click_header(tab, 5)  # Email
    assert names(tab) == before
    assert header.sortIndicatorSection() == 0


def test_delete_unit_asks_and_says_what_goes_with_it(seeded, tab, repo, answers):
    select(tab, "Trường THCS Đức Thắng")
    answers.confirm_answers = [False]
    QTest.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    title, text = answers.confirms[-1]
    assert "Trường THCS Đức Thắng" in text and "3 people" in text
    assert repo.find_by_name("Trường THCS Đức Thắng") is not None  # "No" keeps it

    answers.confirm_answers = [True]
    tab.delete_selected()
    assert repo.find_by_name("Trường THCS Đức Thắng") is None
    assert repo.list_people(seeded["duc_thang"]) == []
    assert "Trường THCS Đức Thắng" not in names(tab)
    assert tab.current_unit() is not None  # a neighbour is selected, ready for the next action


def test_delete_unit_without_people(seeded, tab, repo, answers):
    select(tab, "Trường THCS Minh Khai")
    answers.confirm_answers = [True]
    tab.delete_unit()
    assert answers.confirms[-1][1].startswith("Delete the unit “Trường THCS Minh Khai”?\n")
    assert repo.find_by_name("Trường THCS Minh Khai") is None


# -- people -----------------------------------------------------------------------------------------


def people_names(tab: UnitsTab) -> list[str]:
    return [p.full_name for p in tab.people_model.people]


def test_people_panel_follows_the_selection_in_vietnamese_order(seeded, tab):
    select(tab, "Trường THCS Đức Thắng")
    # Given name first: An, Ánh, Bình.
    assert people_names(tab) == ["Nguyễn Thị An", "Lê Thị Ánh", "Trần Văn Bình"]
    assert "3 people" in tab.people_unit_label.text()
    select(tab, "Trường Mầm non Cổ Nhuế")
    assert people_names(tab) == []


def test_add_edit_delete_person(seeded, tab, repo, answers, qtbot):
    select(tab, "Trường THCS Đức Thắng")

    def add(dialog):
        type_text(dialog.name_edit, "Đặng Văn Cường")
        dialog.gender_combo.setCurrentIndex(dialog.gender_combo.findData("nam"))
        type_text(dialog.position_edit, "Tổ trưởng")
        type_text(dialog.birth_edit, "1979")
        click_ok(dialog)

    in_modal(lambda: QTest.mouseClick(tab.add_person_button, Qt.MouseButton.LeftButton), add)
    assert people_names(tab) == ["Nguyễn Thị An", "Lê Thị Ánh", "Trần Văn Bình", "Đặng Văn Cường"]
    assert tab.current_person().full_name == "Đặng Văn Cường"
    row = names(tab).index("Trường THCS Đức Thắng")
    assert tab.model.index(row, 6).data() == "4"  # the people count follows

    def edit(dialog):
        assert dialog.birth_edit.text() == "1979"
        dialog.position_edit.clear()
        type_text(dialog.position_edit, "Phó Hiệu trưởng")
        dialog.birth_edit.clear()
        type_text(dialog.birth_edit, "1850")
        click_ok(dialog)
        assert dialog.isVisible() and "four-digit" in dialog.error_label.text()
        dialog.birth_edit.clear()
        click_ok(dialog)

    in_modal(lambda: QTest.mouseClick(tab.edit_person_button, Qt.MouseButton.LeftButton), edit)
    person = [p for p in repo.list_people(seeded["duc_thang"]) if p.full_name == "Đặng Văn Cường"][0]
    assert (person.position, person.birth_year, person.gender) == ("Phó Hiệu trưởng", None, "nam")

    answers.confirm_answers = [True]
    tab.people_table.setFocus()
    tab.delete_selected()  # with the focus in the people list, Del removes the person
    assert "Đặng Văn Cường" in answers.confirms[-1][1]
    assert people_names(tab) == ["Nguyễn Thị An", "Lê Thị Ánh", "Trần Văn Bình"]
    assert repo.find_by_name("Trường THCS Đức Thắng") is not None


def test_person_dialog_requires_a_name(seeded, tab, qtbot):
    select(tab, "Trường Tiểu học An Đức")

    def fill(dialog):
        click_ok(dialog)
        assert dialog.isVisible() and dialog.error_label.text() == "Please enter the full name."
        type_text(dialog.name_edit, "Vũ Thị Gấm")
        click_ok(dialog)

    in_modal(tab.add_person, fill)
    assert people_names(tab) == ["Vũ Thị Gấm"]


# -- Excel import and export ---------------------------------------------------------------------------


def _workbook(path, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["DANH SÁCH ĐƠN VỊ TRỰC THUỘC"])
    ws.append([])
    ws.append(["STT", "Tên đơn vị", "Cấp học", "Cụm thi đua", "Hiệu trưởng", "Email"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_import_previews_errors_by_row_and_imports_the_good_rows(seeded, tab, repo, answers, tmp_path):
    path = _workbook(tmp_path / "don-vi.xlsx", [
        [1, "Trường THCS Đức Thắng", "THCS", "Cụm 1", "Lê Văn Cường (mới)", "c2ducthang@namtuliem.edu.vn"],
        [2, "Trường Tiểu học Phú Đô", "Tiểu học", "Cụm 3", "Vũ Thị Hạnh", "thphudo@namtuliem.edu.vn"],
        [3, "Trường Đại học Bách khoa", "Đại học", "", "", ""],  # Excel row 6: not a school level here
        [4, "Trường Mầm non Mễ Trì", "Mầm non", "Cụm 2", "Đinh Thị Lụa", ""],
    ])
    answers.open_paths = [str(path)]

    def preview(dialog):
        assert dialog.objectName() == "importPreviewDialog"
        assert dialog.summary_label.text() == (
            "3 valid rows (2 new units, 1 updates); 1 rows with errors will be skipped.")
        assert dialog.valid_table.rowCount() == 3
        rows = {dialog.valid_table.item(r, 0).text(): dialog.valid_table.item(r, 5).text() for r in range(3)}
        assert rows == {"Trường THCS Đức Thắng": "update", "Trường Tiểu học Phú Đô": "new",
                        "Trường Mầm non Mễ Trì": "new"}
        errors = [dialog.error_list.item(i).text() for i in range(dialog.error_list.count())]
        assert len(errors) == 1
        assert errors[0].startswith("Row 6: ") and "Đại học" in errors[0]
        assert repo.count() == 5  # nothing written before "Import"
        QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    in_modal(lambda: QTest.mouseClick(tab.import_button, Qt.MouseButton.LeftButton), preview)
    assert answers.infos[-1][1] == "Added 2, updated 1 units."
    assert repo.count() == 7
    assert repo.find_by_name("Trường THCS Đức Thắng").head_name == "Lê Văn Cường (mới)"
    assert repo.find_by_name("Trường Mầm non Mễ Trì").level == "mam_non"
    assert repo.find_by_name("Trường Đại học Bách khoa") is None
    assert "Trường Tiểu học Phú Đô" in names(tab)
    assert tab.cluster_combo.findData("Cụm 3") >= 0


def test_import_cancelled_in_the_preview_writes_nothing(seeded, tab, repo, answers, tmp_path):
    answers.open_paths = [str(_workbook(tmp_path / "a.xlsx", [[1, "Trường Tiểu học Phú Đô", "Tiểu học"]]))]
    in_modal(tab.import_units, lambda dialog: dialog.reject())
    assert repo.count() == 5
    assert answers.infos == []


def test_import_of_an_unreadable_file_explains_why(tab, answers, tmp_path):
    bad = tmp_path / "not-excel.xlsx"
    bad.write_text("hello")
    answers.open_paths = [str(bad)]
    tab.import_units()  # no preview: a message instead
    assert len(answers.warnings) == 1
    assert "Không đọc được tệp «not-excel.xlsx»" in answers.warnings[0][1]  # the reader's own message


def test_import_preview_shows_the_readers_notes(store, qtbot):
    from thiduadesk.exchange.units_xlsx import UnitImport
    from thiduadesk.ui.units.import_dialog import ImportPreviewDialog

    result = UnitImport(units=[Unit("Trường THCS Đức Thắng", level="thcs")],
                        notes=["Tệp gõ bằng phông TCVN3 (.VnTime): đã chuyển sang Unicode."])
    dialog = ImportPreviewDialog(result, UnitRepository(store), "x.xlsx")
    qtbot.addWidget(dialog)
    assert dialog.notes_list.item(0).text().startswith("Tệp gõ bằng phông TCVN3")
    assert dialog.error_list.item(0).text() == "No errors."
    assert dialog.import_button.isEnabled()


def test_import_with_no_valid_row_cannot_be_applied(store, qtbot):
    from thiduadesk.exchange.units_xlsx import RowError, UnitImport
    from thiduadesk.ui.units.import_dialog import ImportPreviewDialog

    dialog = ImportPreviewDialog(UnitImport(errors=[RowError(4, "Thiếu tên đơn vị.")]), UnitRepository(store))
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    assert dialog.error_list.item(0).text() == "Row 4: Thiếu tên đơn vị."


def test_export_writes_the_listed_units(seeded, tab, answers, tmp_path):
    from thiduadesk.exchange.units_xlsx import read_units_xlsx

    tab.level_combo.setCurrentIndex(tab.level_combo.findData("thcs"))
    answers.save_paths = [str(tmp_path / "thcs")]  # the extension is added
    QTest.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "thcs.xlsx"
    assert written.exists()
    assert {u.name for u in read_units_xlsx(written).units} == {"Trường THCS Đức Thắng", "Trường THCS Minh Khai"}
    assert str(written) in answers.infos[-1][1]


def test_vietnamese_column_headers_are_not_cut(store, qtbot):
    from PySide6.QtWidgets import QApplication

    from thiduadesk.app import install_translators

    app = QApplication.instance()
    translators = install_translators(app, "vi")
    try:
        widget = UnitsTab(store, lang="vi")
        qtbot.addWidget(widget)
        header = widget.table.horizontalHeader()
        assert widget.model.headerData(7, Qt.Orientation.Horizontal) == "Đang hoạt động"
        cut = [widget.model.headerData(c, Qt.Orientation.Horizontal) for c in range(widget.model.columnCount())
               if header.sectionSize(c) < header.sectionSizeHint(c)]
        assert cut == []
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_reading_a_workbook_shows_the_wait_cursor_and_restores_it(tab, answers, monkeypatch, tmp_path):
    from PySide6.QtGui import QGuiApplication

    from thiduadesk.exchange import units_xlsx

    seen = []

    def slow_read(path):
        cursor = QGuiApplication.overrideCursor()
        seen.append(cursor.shape() if cursor is not None else None)
        raise OSError("disk unplugged")

    monkeypatch.setattr(units_xlsx, "read_units_xlsx", slow_read)
    assert tab.import_file(tmp_path / "truong.xlsx") is None
    assert seen == [Qt.CursorShape.WaitCursor]
    assert QGuiApplication.overrideCursor() is None  # restored even though reading failed
    assert "disk unplugged" in answers.warnings[0][1]

"""Import a school's award list: the columns found by their headers (or mapped by hand), every
row previewed with its errors, the units not yet in the list offered for creation, the text of
legacy encodings (TCVN3, VNI) converted — and nothing stored until the clerk presses Import,
which takes every row or none (ops.awards.import_list)."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from thiduadesk.ops import awards as ops
from thiduadesk.ops.errors import USER_ERRORS
from thiduadesk.ui import prompts
from thiduadesk.ui.awards.labels import award_short
from thiduadesk.ui.widgets.busy import busy_cursor

# The columns offered for mapping by hand, in the template's order (the rest are rarely sent).
MAPPED_FIELDS = ("name", "birth_date", "position", "unit", "award", "rating", "initiative", "initiative_level",
                 "discipline", "achievements", "sector_years", "members", "note", "decision_number",
                 "decision_date")
ERROR_COLOUR = QColor("#b71c1c")


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class AwardImportDialog(QDialog):
    def __init__(self, store, path: str, school_year: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("awardImportDialog")
        self.setWindowTitle(self.tr("Import award list"))
        self.resize(1000, 680)
        self.store, self.path = store, path
        self.result = None  # the AwardList read with the layout as it stands
        self.report = None  # the ImportReport once imported
        self.previews = []
        self.by_hand = False

        self.file_label = QLabel(self.tr("File: %1").replace("%1", path))
        self.file_label.setWordWrap(True)
        self.year_edit = QLineEdit(school_year, objectName="importYear")
        self.year_edit.setMaximumWidth(120)
        self.year_edit.editingFinished.connect(self._read)
        self.conferred_check = QCheckBox(self.tr("These awards were already conferred (history of that year)"),
                                         objectName="importConferred")
        top = QFormLayout()
        top.addRow(self.file_label)
        top.addRow(self.tr("School year:"), self.year_edit)
        top.addRow(self.conferred_check)

        mapping_box = QGroupBox(self.tr("Columns (found by their headers; change them if the file is laid out "
                                        "otherwise)"))
        grid = QGridLayout(mapping_box)
        self.sheet_combo = QComboBox(objectName="importSheet")
        self.header_spin = QSpinBox(objectName="importHeaderRow", minimum=0, maximum=50)
        self.header_spin.setToolTip(self.tr("The row with the column headers (0: the data starts on row 1)"))
        grid.addWidget(QLabel(self.tr("Sheet:")), 0, 0)
        grid.addWidget(self.sheet_combo, 0, 1)
        grid.addWidget(QLabel(self.tr("Header row:")), 0, 2)
        grid.addWidget(self.header_spin, 0, 3)
        self.field_combos: dict[str, QComboBox] = {}
        headers = ops.list_fields()
        for i, name in enumerate(MAPPED_FIELDS):
            combo = QComboBox(objectName=f"importColumn_{name}")
            self.field_combos[name] = combo
            row, col = 1 + i // 3, (i % 3) * 2
            grid.addWidget(QLabel(headers[name] + ":"), row, col)
            grid.addWidget(combo, row, col + 1)
        self.apply_button = QPushButton(self.tr("Read again with these columns"), objectName="importApply")
        self.apply_button.clicked.connect(self.apply_mapping)
        grid.addWidget(self.apply_button, 1 + (len(MAPPED_FIELDS) + 2) // 3, 4, 1, 2)

        self.summary_label = QLabel(objectName="importSummary")
        self.summary_label.setWordWrap(True)
        self.notes_label = QLabel(objectName="importNotes")
        self.notes_label.setWordWrap(True)
        self.create_units_check = QCheckBox(objectName="importCreateUnits")
        self.create_units_check.setChecked(True)
        self.create_units_check.toggled.connect(lambda _on: self._update_summary())
        self.table = QTableWidget(0, 7, objectName="importPreview")
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Name"), self.tr("Unit"), self.tr("Award"),
                                              self.tr("Task rating"), self.tr("Initiative"), self.tr("Errors")])
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 50), (1, 170), (2, 190), (3, 90), (4, 140), (5, 140)):
            self.table.setColumnWidth(col, width)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importConfirm")
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(mapping_box)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.notes_label)
        units_row = QHBoxLayout()
        units_row.addWidget(self.create_units_check)
        units_row.addStretch(1)
        layout.addLayout(units_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

    # -- reading ---------------------------------------------------------------------------------

    def school_year(self) -> str:
        return self.year_edit.text().strip()

    def load(self) -> bool:
        """Read the file's sheets and the list as its headers say; False (after saying why) if the
        file cannot be read at all."""
        try:
            with busy_cursor():
                self.previews = ops.sheet_previews(self.path)
        except USER_ERRORS as exc:
            prompts.warn(self.parentWidget(), self.windowTitle(), exc.message)
            return False
        self.sheet_combo.blockSignals(True)
        for preview in self.previews:
            self.sheet_combo.addItem(preview.name)
        self.sheet_combo.blockSignals(False)
        self.sheet_combo.currentIndexChanged.connect(lambda _i: self._fill_column_choices())
        self._fill_column_choices()
        self._read()
        return True

    def _fill_column_choices(self) -> None:
        preview = self.previews[self.sheet_combo.currentIndex()] if self.previews else None
        header = self.header_spin.value()
        titles = preview.rows[header - 1] if preview and 0 < header <= len(preview.rows) else []
        for combo in self.field_combos.values():
            chosen = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("(none)"), None)
            for col in range(preview.width if preview else 0):
                title = titles[col] if col < len(titles) else ""
                combo.addItem(f"{column_letter(col)}: {title}".strip().rstrip(":"), col)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def _layout(self) -> dict:
        if not self.by_hand:
            return {}
        mapping = {f: combo.currentData() for f, combo in self.field_combos.items() if combo.currentData() is not None}
        return {"mapping": mapping, "header_row": self.header_spin.value(),
                "sheet_index": self.sheet_combo.currentIndex()}

    def _read(self) -> None:
        self.result = None
        try:
            with busy_cursor():
                self.result = ops.read_list(self.path, self.school_year(), **self._layout())
        except USER_ERRORS as exc:
            self._show_refusal(exc.message)
            return
        if not self.by_hand:  # show what was found, so the clerk can correct it
            self.sheet_combo.blockSignals(True)
            self.sheet_combo.setCurrentIndex(max(0, self.sheet_combo.findText(self.result.sheet)))
            self.sheet_combo.blockSignals(False)
            self.header_spin.setValue(self.result.header_row)
            self._fill_column_choices()
            for f, combo in self.field_combos.items():
                combo.setCurrentIndex(max(0, combo.findData(self.result.columns.get(f))))
        self._fill_rows()
        self._update_summary()

    def apply_mapping(self) -> None:
        self.by_hand = True
        self._read()

    def _show_refusal(self, message: str) -> None:
        self.table.setRowCount(0)
        self.summary_label.setText(message)
        self.summary_label.setStyleSheet("color: #b71c1c")
        self.notes_label.clear()
        self.create_units_check.hide()
        self.import_button.setEnabled(False)

    def _fill_rows(self) -> None:
        rows = self.result.rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            n = row.nomination
            values = [str(row.row_number), n.name if n else "", n.unit if n else "",
                      award_short(n.award) if n and n.award else row.cells.get("award", ""),
                      n.rating + "NV" if n and n.rating else row.cells.get("rating", ""),
                      "; ".join(i.title for i in n.initiatives) if n else "", "; ".join(row.errors)]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if row.errors:
                    item.setForeground(QBrush(ERROR_COLOUR))
                self.table.setItem(r, col, item)

    def unknown_units(self) -> list[str]:
        if self.result is None:
            return []
        return ops.unknown_units(self.store, [r.nomination.unit for r in self.result.rows
                                              if r.nomination is not None and r.nomination.unit])

    def _update_summary(self) -> None:
        if self.result is None:
            return
        rows, bad = len(self.result.rows), len(self.result.errors)
        missing = self.unknown_units()
        self.summary_label.setStyleSheet("" if not bad else "color: #b71c1c")
        if not rows:
            text = self.tr("The sheet has no rows under its headers.")
        elif bad:
            text = self.tr("%1 rows read; %2 have errors (in red). Nothing is imported until every row is "
                           "right: correct the file, or the columns above, and read it again.") \
                .replace("%1", str(rows)).replace("%2", str(bad))
        else:
            text = self.tr("%1 rows read, no errors.").replace("%1", str(rows))
        self.summary_label.setText(text)
        self.notes_label.setText("\n".join(self.result.notes))
        self.notes_label.setVisible(bool(self.result.notes))
        self.create_units_check.setVisible(bool(missing))
        self.create_units_check.setText(
            self.tr("Create the %1 units not yet in the unit list: %2").replace("%1", str(len(missing)))
            .replace("%2", ", ".join(missing[:6]) + (" …" if len(missing) > 6 else "")))
        blocked = bool(missing) and not self.create_units_check.isChecked()
        self.import_button.setEnabled(rows > 0 and not bad and not blocked)

    # -- importing ---------------------------------------------------------------------------------

    def do_import(self) -> None:
        title = self.windowTitle()
        try:
            with busy_cursor():
                report = ops.import_list(self.store, self.path, self.school_year(),
                                         conferred=self.conferred_check.isChecked(),
                                         create_units=self.create_units_check.isChecked(), **self._layout())
        except USER_ERRORS as exc:
            prompts.warn(self, title, exc.message)
            return
        if not report.ok:
            lines = [self.tr("Row %1: %2").replace("%1", str(number)).replace("%2", "; ".join(errors))
                     for number, errors in report.errors[:20]]
            prompts.warn(self, title, self.tr("Nothing was imported:") + "\n" + "\n".join(lines))
            return
        self.report = report
        text = self.tr("%1 rows imported.").replace("%1", str(report.added))
        if report.units_created:
            text += "\n" + self.tr("Units created: %1").replace("%1", ", ".join(report.units_created))
        prompts.inform(self, title, text)
        self.accept()

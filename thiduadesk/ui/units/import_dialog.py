"""Preview of a units workbook before anything is written: the valid rows (new or updating an
existing unit), each refused row with its row number and reason, and the reader's notes (e.g. TCVN3
text converted). "Import" applies the valid rows in one transaction."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from thiduadesk.ops import units as units_ops
from thiduadesk.store.errors import StoreError
from thiduadesk.store.units import UnitRepository
from thiduadesk.ui.labels import level_label


class ImportPreviewDialog(QDialog):
    """``result`` is an exchange UnitImport: ``units``, ``errors`` (row_number, message), ``notes``."""

    def __init__(self, result, repo: UnitRepository, source: Path | str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.result = result
        self.repo = repo
        self.summary: tuple[int, int] | None = None
        self.setObjectName("importPreviewDialog")
        self.setWindowTitle(self.tr("Import units from Excel"))
        self.resize(900, 600)

        units = list(result.units)
        errors = list(result.errors)
        notes = list(result.notes)
        existing = [repo.find_by_name(u.name) is not None for u in units]
        n_new = existing.count(False)
        n_update = existing.count(True)

        layout = QVBoxLayout(self)
        if source:
            file_label = QLabel(self.tr("File: %1").replace("%1", str(source)))
            file_label.setWordWrap(True)
            file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(file_label)
        self.summary_label = QLabel(
            self.tr("%1 valid rows (%2 new units, %3 updates); %4 rows with errors will be skipped.")
            .replace("%1", str(len(units)))
            .replace("%2", str(n_new))
            .replace("%3", str(n_update))
            .replace("%4", str(len(errors)))
        )
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)
        layout.addWidget(self.summary_label)

        splitter = QSplitter(Qt.Orientation.Vertical)
        valid_box = QGroupBox(self.tr("Rows to import"))
        valid_layout = QVBoxLayout(valid_box)
        self.valid_table = QTableWidget(len(units), 6)
        self.valid_table.setObjectName("validTable")
        self.valid_table.setHorizontalHeaderLabels(
            [self.tr("Unit name"), self.tr("Level"), self.tr("Cluster"), self.tr("Principal"), self.tr("Email"),
             self.tr("Action")]
        )
        self.valid_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.valid_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.valid_table.verticalHeader().hide()
        for row, (unit, exists) in enumerate(zip(units, existing, strict=True)):
            values = [unit.name, level_label(unit.level), unit.cluster, unit.head_name, unit.email,
                      self.tr("update") if exists else self.tr("new")]
            for column, value in enumerate(values):
                self.valid_table.setItem(row, column, QTableWidgetItem(value))
        header = self.valid_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.valid_table.resizeColumnsToContents()
        header.setStretchLastSection(True)
        if units:
            self.valid_table.setColumnWidth(0, min(max(self.valid_table.columnWidth(0), 220), 360))
        valid_layout.addWidget(self.valid_table)
        splitter.addWidget(valid_box)

        error_box = QGroupBox(self.tr("Rows with errors (not imported)"))
        error_layout = QVBoxLayout(error_box)
        self.error_list = QListWidget()
        self.error_list.setObjectName("errorList")
        for err in errors:
            self.error_list.addItem(
                self.tr("Row %1: %2").replace("%1", str(err.row_number)).replace("%2", err.message)
            )
        if not errors:
            self.error_list.addItem(self.tr("No errors."))
        error_layout.addWidget(self.error_list)
        splitter.addWidget(error_box)

        if notes:
            notes_box = QGroupBox(self.tr("Notes"))
            notes_layout = QVBoxLayout(notes_box)
            self.notes_list = QListWidget()
            self.notes_list.setObjectName("notesList")
            self.notes_list.addItems(notes)
            notes_layout.addWidget(self.notes_list)
            splitter.addWidget(notes_box)
        else:
            self.notes_list = None
        splitter.setSizes([380, 140, 80])
        layout.addWidget(splitter, 1)

        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.hide()
        layout.addWidget(self.error_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(bool(units))
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        if not self.result.units:
            return
        try:
            self.summary = units_ops.import_units(self.repo.store, self.result)  # only the file's columns change
        except StoreError as exc:  # the whole import was rolled back
            self.error_label.setText(
                exc.message + "\n" + self.tr("Nothing was imported; the data is as before.")
            )
            self.error_label.show()
            return
        super().accept()

"""Importing a units workbook: first what the file should hold (the expected columns, with a button
that saves an empty template), then a preview before anything is written — the valid rows (new or
updating an existing unit), each refused row with its row number and reason, and the reader's
notes (e.g. TCVN3 text converted). "Import" applies the valid rows in one transaction; the summary
after it names the rows added, updated, unchanged, the empty cells that kept a stored value and
the names close to a stored one."""

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
from thiduadesk.ui import prompts
from thiduadesk.ui.formatting import format_count
from thiduadesk.ui.labels import level_label


class ImportStartDialog(QDialog):
    """Before the file dialog: which columns the workbook needs; "Save empty template…" writes a
    workbook with just those headings. Accepted = go on and choose the file."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importStartDialog")
        self.setWindowTitle(self.tr("Import units from Excel"))
        self.setMinimumWidth(520)
        self.template_path = ""
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose an Excel workbook (.xlsx) with one row per unit under a heading row "
                               "(within the first 10 rows). The columns it is read from:"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.columns_list = QListWidget()
        self.columns_list.setObjectName("expectedColumns")
        for heading, required in units_ops.import_columns():
            self.columns_list.addItem(heading + (" — " + self.tr("required") if required else ""))
        self.columns_list.setMaximumHeight(self.columns_list.sizeHintForRow(0) * (self.columns_list.count() + 1))
        layout.addWidget(self.columns_list)
        note = QLabel(self.tr("The columns may come in any order, and other columns are left out. A level the "
                              "file does not give is taken from the name (“Trường THCS …”). An empty cell never "
                              "erases what is stored. Files typed in TCVN3 (.VnTime) or VNI are converted."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.choose_button = self.buttons.addButton(self.tr("Choose the file…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.choose_button.setObjectName("chooseFileButton")
        self.choose_button.setDefault(True)
        self.template_button = self.buttons.addButton(self.tr("Save empty template…"),
                                                      QDialogButtonBox.ButtonRole.ActionRole)
        self.template_button.setObjectName("saveTemplateButton")
        self.template_button.clicked.connect(self.save_template)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def save_template(self) -> str:
        title = self.tr("Save empty template")
        path = prompts.save_file(self, title, self.tr("mau-danh-sach-don-vi.xlsx"), prompts.excel_filter())
        if not path:
            return ""
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            units_ops.write_template(path)
        except OSError as exc:
            prompts.warn(self, title, self.tr("Cannot write the file %1: %2").replace("%1", path).replace("%2", str(exc)))
            return ""
        self.template_path = path
        prompts.inform(self, title, self.tr("Saved the empty template to %1. Fill it in, then import it.")
                       .replace("%1", path))
        return path


def ask_before_import(parent: QWidget | None) -> bool:
    """Show what the workbook needs; True to go on to the file dialog (tests replace this)."""
    return ImportStartDialog(parent).exec() == QDialog.DialogCode.Accepted


def summary_text(summary, lang: str = "vi") -> str:
    """What an import did, for the clerk: added and updated units, then (when there are any) the
    rows that changed nothing, the empty cells that kept a stored value, the near-duplicate names."""
    from PySide6.QtCore import QCoreApplication

    lines = [QCoreApplication.translate("ImportSummary", "Added %1, updated %2 units.").replace("%1", format_count(summary.added, lang))
             .replace("%2", format_count(summary.updated, lang))]
    if summary.unchanged:
        lines.append(QCoreApplication.translate("ImportSummary", "%1 rows matched a unit and changed nothing (unchanged).")
                     .replace("%1", format_count(summary.unchanged, lang)))
    if summary.kept:
        lines += ["", QCoreApplication.translate("ImportSummary", "Empty cells that kept the stored value:")]
        lines += [f"• {k}" for k in summary.kept]
    if summary.near:
        lines += ["", QCoreApplication.translate("ImportSummary", "Names close to a unit already stored (check them):")]
        lines += [f"• {n}" for n in summary.near]
    return "\n".join(lines)


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

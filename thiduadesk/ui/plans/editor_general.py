"""The plan editor's "General" page: title, number and symbol, place and date, the header's two
office names and the legal bases."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from thiduadesk.domain.dates import DocDate
from thiduadesk.domain.numbering import format_number
from thiduadesk.domain.plan import Plan
from thiduadesk.domain.plan_ops import bases_to_check, confirm_bases
from thiduadesk.ui.plans.fields import line_edit, set_text

YEAR_BLANK = 1999  # the year spin box shows "blank" at its minimum
CHECK_BACKGROUND = "#fff3c4"  # a basis copied from last year, not checked yet
CHECK_TEXT = "#7a5b00"


class GeneralPage(QWidget):
    def __init__(self, editor):
        super().__init__()
        self.editor = editor
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.title_edit = line_edit("titleEdit", self.tr("e.g. Công tác thi đua, khen thưởng năm 2024"))
        self.title_edit.textEdited.connect(lambda t: self._set_field("title", t, self.tr("Edit title")))
        form.addRow(self.tr("&Title:"), self.title_edit)

        number_row = QHBoxLayout()
        self.number_label = QLabel()
        self.number_label.setObjectName("numberLabel")
        self.symbol_edit = line_edit("symbolEdit", "KH-PGDĐT")
        self.symbol_edit.textEdited.connect(lambda t: self._set_field("symbol", t, self.tr("Edit symbol")))
        number_row.addWidget(self.number_label)
        number_row.addWidget(self.symbol_edit, 1)
        form.addRow(self.tr("No.:"), number_row)

        date_row = QHBoxLayout()
        date_row.setContentsMargins(0, 0, 0, 0)
        self.place_edit = line_edit("placeEdit", self.tr("place, e.g. Nam Từ Liêm"))
        self.place_edit.textEdited.connect(lambda t: self._set_field("place", t, self.tr("Edit place")))
        # Place names run to three or four words; the spin boxes must not squeeze them out of sight.
        self.place_edit.setMinimumWidth(self.place_edit.fontMetrics().horizontalAdvance("Thành phố Sa Đéc") + 24)
        self.day_spin = self._spin("daySpin", 0, 31, self.tr("day"))
        self.month_spin = self._spin("monthSpin", 0, 12, self.tr("month"))
        self.year_spin = self._spin("yearSpin", YEAR_BLANK, 2100, self.tr("year"))
        # Place and date on two rows, and long rows wrapped under their labels: the page must leave
        # the preview room on a 1024 px screen.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Place:"), self.place_edit)
        date_row.addWidget(QLabel(self.tr("day")))
        date_row.addWidget(self.day_spin)
        date_row.addWidget(QLabel(self.tr("month")))
        date_row.addWidget(self.month_spin)
        date_row.addWidget(QLabel(self.tr("year")))
        date_row.addWidget(self.year_spin)
        date_row.addStretch(1)
        form.addRow(self.tr("Date:"), date_row)
        hint = QLabel(self.tr("Day and month stay blank until the plan is signed; issuing fills them in."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        form.addRow("", hint)

        self.governing_edit = line_edit("governingEdit", self.tr("e.g. UBND QUẬN NAM TỪ LIÊM"))
        self.governing_edit.textEdited.connect(
            lambda t: self._set_field("governing_body", t, self.tr("Edit governing body")))
        form.addRow(self.tr("Governing body:"), self.governing_edit)
        self.office_edit = line_edit("officeEdit", self.tr("e.g. PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"))
        self.office_edit.textEdited.connect(lambda t: self._set_field("office_name", t, self.tr("Edit office name")))
        form.addRow(self.tr("Office:"), self.office_edit)

        self.bases_edit = QPlainTextEdit()
        self.bases_edit.setObjectName("basesEdit")
        self.bases_edit.setPlaceholderText(
            self.tr("One legal basis per line, e.g. Thực hiện Kế hoạch số 4340/KH-SGDĐT ngày 22/12/2021 của …;"))
        self.bases_edit.setTabChangesFocus(True)
        self.bases_edit.textChanged.connect(self._on_bases_changed)
        form.addRow(self.tr("Legal bases:"), self.bases_edit)
        # Bases copied from last year's plan: marked until edited or confirmed (issue 8).
        check_row = QHBoxLayout()
        self.bases_note = QLabel()
        self.bases_note.setObjectName("basesCheckNote")
        self.bases_note.setWordWrap(True)
        self.bases_note.setStyleSheet(f"color: {CHECK_TEXT};")
        self.bases_confirm = QPushButton(self.tr("Bases checked"))
        self.bases_confirm.setObjectName("basesConfirm")
        self.bases_confirm.setToolTip(self.tr("The marked bases are right for this year: take the marks off"))
        self.bases_confirm.clicked.connect(self.confirm_bases)
        check_row.addWidget(self.bases_note, 1)
        check_row.addWidget(self.bases_confirm)
        self.bases_check_row = QWidget()
        self.bases_check_row.setLayout(check_row)
        check_row.setContentsMargins(0, 0, 0, 0)
        form.addRow("", self.bases_check_row)
        self.bases_check_row.hide()

    def _spin(self, name: str, low: int, high: int, tip: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setSpecialValueText(self.tr("blank"))
        spin.setToolTip(tip)
        spin.setAccelerated(True)
        spin.valueChanged.connect(self._on_date_changed)
        return spin

    # -- showing --

    def show_plan(self, plan: Plan) -> None:
        set_text(self.title_edit, plan.title)
        self.number_label.setText(
            f"{format_number(plan.number)}/" if plan.number is not None else self.tr("(given when issued) /"))
        set_text(self.symbol_edit, plan.symbol)
        set_text(self.place_edit, plan.place)
        self.day_spin.setValue(plan.date.day or 0)
        self.month_spin.setValue(plan.date.month or 0)
        self.year_spin.setValue(plan.date.year or YEAR_BLANK)
        set_text(self.governing_edit, plan.governing_body)
        set_text(self.office_edit, plan.office_name)
        bases = "\n".join(plan.bases)
        if self.bases_edit.toPlainText() != bases:
            self.bases_edit.setPlainText(bases)
        self.mark_bases(plan)

    def mark_bases(self, plan: Plan) -> list[int]:
        """Tint the lines of bases copied from last year and not checked yet; their indices."""
        marked = bases_to_check(plan)
        texts = {plan.bases[i].strip() for i in marked}
        selections = []
        block = self.bases_edit.document().begin()
        while block.isValid():
            if block.text().strip() and block.text().strip() in texts:
                selection = QTextEdit.ExtraSelection()
                selection.format.setBackground(QColor(CHECK_BACKGROUND))
                selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
                selection.cursor = QTextCursor(block)
                selections.append(selection)
            block = block.next()
        self.bases_edit.setExtraSelections(selections)
        self.bases_note.setText(
            self.tr("%1 bases (tinted) were copied from last year's plan and may cite last year's documents: "
                    "correct them, or confirm they are right.").replace("%1", str(len(marked))))
        self.bases_check_row.setVisible(bool(marked))
        self.bases_confirm.setEnabled(not self.editor.read_only)
        return marked

    def confirm_bases(self) -> None:
        self.editor.edit(self.tr("Confirm legal bases"), confirm_bases)
        if self.editor.plan is not None:
            self.mark_bases(self.editor.plan)

    def set_read_only(self, read_only: bool) -> None:
        for edit in (self.title_edit, self.symbol_edit, self.place_edit, self.governing_edit, self.office_edit):
            edit.setReadOnly(read_only)
        for spin in (self.day_spin, self.month_spin, self.year_spin):
            spin.setReadOnly(read_only)
        self.bases_edit.setReadOnly(read_only)

    # -- changes --

    def _set_field(self, name: str, value: str, label: str) -> None:
        self.editor.edit(label, lambda p: setattr(p, name, value), merge_key=name)

    def _on_date_changed(self, _value: int) -> None:
        if self.editor.loading:
            return
        day, month = self.day_spin.value() or None, self.month_spin.value() or None
        year = self.year_spin.value() if self.year_spin.value() != YEAR_BLANK else None
        self.editor.edit(self.tr("Edit date"), lambda p: setattr(p, "date", DocDate(day, month, year)),
                         merge_key="date")

    def _on_bases_changed(self) -> None:
        if self.editor.loading:
            return
        lines = [line.strip() for line in self.bases_edit.toPlainText().split("\n") if line.strip()]
        self.editor.edit(self.tr("Edit legal bases"), lambda p: setattr(p, "bases", lines), merge_key="bases")
        if self.editor.plan is not None:
            self.mark_bases(self.editor.plan)

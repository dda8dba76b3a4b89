"""The plan editor: header fields, legal bases, the section tree with a paragraph editor, the
timetable grid, recipients and the signature — every change undoable.

The editor owns a working copy of the plan (``self.plan``). Each user change goes through
``edit()``, which applies a function to the plan and records a snapshot command on the undo
stack; ``changed`` then tells the view to autosave and re-render the preview. Undo and redo
restore a snapshot and reload the widgets from it.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeySequence,
    QStandardItem,
    QStandardItemModel,
    QTextCharFormat,
    QTextCursor,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from thiduadesk.domain.model import AUTHORITIES, OfficeProfile, Signer
from thiduadesk.domain.numbering import format_number
from thiduadesk.domain.plan import (
    ROMAN,
    DocDate,
    Paragraph,
    Plan,
    Recipient,
    Section,
    TimetableRow,
    plan_from_dict,
)
from thiduadesk.domain.plan_text import parse_due
from thiduadesk.ui.plans import outline_ops as ops
from thiduadesk.ui.plans.labels import DEFAULT_RECIPIENTS, MARKERS, PURPOSES, style_choices
from thiduadesk.ui.plans.models import PurposeDelegate, RecipientsModel, TimetableModel, ensure_timetable
from thiduadesk.ui.plans.runs import blocks_runs, set_runs
from thiduadesk.ui.plans.undo import SnapshotCommand, UndoKeysToStack

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
_CAPTION_CHARS = 90
YEAR_BLANK = 1999  # the year spin box shows "blank" at its minimum


def recognise_due(text: str, year: int | None) -> str:
    """The date a timetable 'due' cell names, ISO ('2022-11-15') or month ('2022-01'); '' if none."""
    return parse_due(text, year=year) or ""


def signer_caption(signer: Signer) -> str:
    lines = " / ".join(signer.title_lines())
    return f"{lines} — {signer.name}" if signer.name else lines


def block_caption(block) -> str:
    if isinstance(block, Section):
        return block.heading or "…"
    text = block.printed_text()
    return text if len(text) <= _CAPTION_CHARS else text[: _CAPTION_CHARS - 1] + "…"


def search_words(block, words: int = 5) -> str:
    """The first words of a block as the PDF prints them (Roman-numbered headings in capitals)."""
    if isinstance(block, Section):
        text = block.title.upper() if block.style == ROMAN else block.title
    else:
        text = block.text
    return " ".join(text.split()[:words])


class PlanEditor(QWidget):
    changed = Signal()  # the plan's content changed (edit, undo or redo)
    block_shown = Signal(str)  # a few words of the selected section or paragraph, as printed

    GENERAL, CONTENT, TIMETABLE, RECIPIENTS = range(4)

    def __init__(self, profile_getter: Callable[[], OfficeProfile | None] = lambda: None,
                 recipient_source: Callable[[], list[Recipient]] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("planEditor")
        self.profile_getter = profile_getter
        self.recipient_source = recipient_source or (lambda: [])
        self.plan: Plan | None = None
        self.read_only = False
        self._snapshot: dict | None = None
        self._loading = False
        self._quiet_select = False
        self._current_path: tuple[int, ...] | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(300)
        self._undo_filter = UndoKeysToStack(self)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("editorTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_general(), self.tr("General"))
        self.tabs.addTab(self._build_content(), self.tr("Content"))
        self.tabs.addTab(self._build_timetable(), self.tr("Timetable"))
        self.tabs.addTab(self._build_recipients(), self.tr("Recipients and signer"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        for widget in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit) + self.findChildren(QTextEdit):
            widget.installEventFilter(self._undo_filter)
        self.setEnabled(False)

    # == building ====================================================================================

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        return edit

    def _build_general(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.title_edit = self._line("titleEdit", self.tr("e.g. Công tác thi đua, khen thưởng năm 2024"))
        self.title_edit.textEdited.connect(lambda t: self._set_field("title", t, self.tr("Edit title")))
        form.addRow(self.tr("&Title:"), self.title_edit)

        number_row = QHBoxLayout()
        self.number_label = QLabel()
        self.number_label.setObjectName("numberLabel")
        self.symbol_edit = self._line("symbolEdit", "KH-PGDĐT")
        self.symbol_edit.textEdited.connect(lambda t: self._set_field("symbol", t, self.tr("Edit symbol")))
        number_row.addWidget(self.number_label)
        number_row.addWidget(self.symbol_edit, 1)
        form.addRow(self.tr("No.:"), number_row)

        date_row = QHBoxLayout()
        self.place_edit = self._line("placeEdit", self.tr("place, e.g. Nam Từ Liêm"))
        self.place_edit.textEdited.connect(lambda t: self._set_field("place", t, self.tr("Edit place")))
        # Place names run to three or four words; the spin boxes must not squeeze them out of sight.
        self.place_edit.setMinimumWidth(self.place_edit.fontMetrics().horizontalAdvance("Thành phố Sa Đéc") + 24)
        self.day_spin = self._spin("daySpin", 0, 31, self.tr("day"))
        self.month_spin = self._spin("monthSpin", 0, 12, self.tr("month"))
        self.year_spin = self._spin("yearSpin", YEAR_BLANK, 2100, self.tr("year"))
        date_row.addWidget(self.place_edit, 1)
        date_row.addWidget(QLabel(self.tr("day")))
        date_row.addWidget(self.day_spin)
        date_row.addWidget(QLabel(self.tr("month")))
        date_row.addWidget(self.month_spin)
        date_row.addWidget(QLabel(self.tr("year")))
        date_row.addWidget(self.year_spin)
        form.addRow(self.tr("Place, date:"), date_row)
        hint = QLabel(self.tr("Day and month stay blank until the plan is signed; issuing fills them in."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        form.addRow("", hint)

        self.governing_edit = self._line("governingEdit", self.tr("e.g. UBND QUẬN NAM TỪ LIÊM"))
        self.governing_edit.textEdited.connect(
            lambda t: self._set_field("governing_body", t, self.tr("Edit governing body")))
        form.addRow(self.tr("Governing body:"), self.governing_edit)
        self.office_edit = self._line("officeEdit", self.tr("e.g. PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"))
        self.office_edit.textEdited.connect(lambda t: self._set_field("office_name", t, self.tr("Edit office name")))
        form.addRow(self.tr("Office:"), self.office_edit)

        self.bases_edit = QPlainTextEdit()
        self.bases_edit.setObjectName("basesEdit")
        self.bases_edit.setPlaceholderText(
            self.tr("One legal basis per line, e.g. Thực hiện Kế hoạch số 4340/KH-SGDĐT ngày 22/12/2021 của …;"))
        self.bases_edit.setTabChangesFocus(True)
        self.bases_edit.textChanged.connect(self._on_bases_changed)
        form.addRow(self.tr("Legal bases:"), self.bases_edit)
        return page

    def _spin(self, name: str, low: int, high: int, tip: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setSpecialValueText(self.tr("blank"))
        spin.setToolTip(tip)
        spin.setAccelerated(True)
        spin.valueChanged.connect(self._on_date_changed)
        return spin

    def _build_content(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)

        bar = QToolBar()
        bar.setObjectName("outlineToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        def act(name: str, text: str, tip: str, slot, shortcut: str = "") -> QAction:
            action = QAction(text, self)
            action.setObjectName(name)
            action.setToolTip(tip + (f" ({shortcut})" if shortcut else ""))
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            bar.addAction(action)
            return action

        self.add_section_action = act("addSection", self.tr("+ Section"), self.tr("Add a section after this one"),
                                      self.add_section, "Ctrl+Alt+S")
        self.add_subsection_action = act("addSubsection", self.tr("+ Sub-section"),
                                         self.tr("Add a sub-section inside this section"), self.add_subsection,
                                         "Ctrl+Alt+D")
        self.add_paragraph_action = act("addParagraph", self.tr("+ Paragraph"), self.tr("Add a paragraph"),
                                        self.add_paragraph, "Ctrl+Alt+P")
        bar.addSeparator()
        self.move_up_action = act("moveUp", "↑", self.tr("Move up"), lambda: self.move_block(-1), "Ctrl+Alt+Up")
        self.move_down_action = act("moveDown", "↓", self.tr("Move down"), lambda: self.move_block(1), "Ctrl+Alt+Down")
        self.outdent_action = act("outdent", "←", self.tr("Outdent: move out of its section"), self.outdent_block,
                                  "Ctrl+Alt+Left")
        self.indent_action = act("indent", "→", self.tr("Indent: move into the section above"), self.indent_block,
                                 "Ctrl+Alt+Right")
        bar.addSeparator()
        self.delete_block_action = act("deleteBlock", self.tr("Delete"), self.tr("Delete this section or paragraph"),
                                       self.delete_block)
        self.outline_actions = [self.add_section_action, self.add_subsection_action, self.add_paragraph_action,
                                self.move_up_action, self.move_down_action, self.outdent_action, self.indent_action,
                                self.delete_block_action]
        layout.addWidget(bar)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("contentSplitter")
        self.tree_model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("sectionTree")
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current)
        self.tree.activated.connect(self._on_tree_activated)  # Enter or double-click: edit it
        splitter.addWidget(self.tree)

        self.block_stack = QStackedWidget()
        self.block_stack.setObjectName("blockStack")
        empty = QLabel(self.tr("Choose a section or paragraph in the tree, or add one."))
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setStyleSheet("color: palette(placeholder-text);")
        self.block_stack.addWidget(empty)
        self.block_stack.addWidget(self._build_section_form())
        self.block_stack.addWidget(self._build_paragraph_form())
        splitter.addWidget(self.block_stack)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        return page

    def _build_section_form(self) -> QWidget:
        box = QGroupBox(self.tr("Section"))
        form = QFormLayout(box)
        self.section_label = QLabel()
        self.section_label.setObjectName("sectionLabel")
        self.section_title_edit = self._line("sectionTitleEdit", self.tr("heading, e.g. MỤC ĐÍCH, YÊU CẦU"))
        self.section_title_edit.textEdited.connect(self._on_section_title)
        row = QHBoxLayout()
        row.addWidget(self.section_label)
        row.addWidget(self.section_title_edit, 1)
        form.addRow(self.tr("Heading:"), row)
        self.style_combo = QComboBox()
        self.style_combo.setObjectName("sectionStyleCombo")
        for code, label in style_choices():
            self.style_combo.addItem(label, code)
        self.style_combo.activated.connect(self._on_style_chosen)
        form.addRow(self.tr("Numbering:"), self.style_combo)
        return box

    def _build_paragraph_form(self) -> QWidget:
        box = QGroupBox(self.tr("Paragraph"))
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("List sign:")))
        self.marker_combo = QComboBox()
        self.marker_combo.setObjectName("markerCombo")
        self.marker_combo.setEditable(True)
        for marker in MARKERS:
            self.marker_combo.addItem(marker or self.tr("(none)"), marker)
        self.marker_combo.setMinimumContentsLength(6)
        self.marker_combo.activated.connect(self._on_marker_chosen)
        self.marker_combo.lineEdit().textEdited.connect(self._on_marker_typed)
        row.addWidget(self.marker_combo)
        row.addSpacing(12)
        self.bold_action = QAction(self.tr("B"), self)
        self.bold_action.setObjectName("boldAction")
        self.bold_action.setCheckable(True)
        self.bold_action.setShortcut(QKeySequence.StandardKey.Bold)
        self.bold_action.setToolTip(self.tr("Bold (Ctrl+B)"))
        self.bold_action.triggered.connect(self.toggle_bold)
        self.italic_action = QAction(self.tr("I"), self)
        self.italic_action.setObjectName("italicAction")
        self.italic_action.setCheckable(True)
        self.italic_action.setShortcut(QKeySequence.StandardKey.Italic)
        self.italic_action.setToolTip(self.tr("Italic (Ctrl+I)"))
        self.italic_action.triggered.connect(self.toggle_italic)
        for action, style in ((self.bold_action, "font-weight: bold;"), (self.italic_action, "font-style: italic;")):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setStyleSheet(style)
            row.addWidget(button)
        row.addStretch(1)
        hint = QLabel(self.tr("Enter starts a new paragraph"))
        hint.setStyleSheet("color: palette(placeholder-text);")
        row.addWidget(hint)
        layout.addLayout(row)

        self.paragraph_edit = QTextEdit()
        self.paragraph_edit.setObjectName("paragraphEdit")
        self.paragraph_edit.setUndoRedoEnabled(False)  # the plan's undo stack does it
        self.paragraph_edit.setTabChangesFocus(True)
        font = self.paragraph_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.paragraph_edit.setFont(font)
        for action in (self.bold_action, self.italic_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.paragraph_edit.addAction(action)
        self.paragraph_edit.textChanged.connect(self._on_paragraph_text)
        self.paragraph_edit.currentCharFormatChanged.connect(self._on_char_format)
        layout.addWidget(self.paragraph_edit, 1)
        return box

    def _build_timetable(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Title:")))
        self.timetable_title_edit = self._line("timetableTitleEdit", self.tr("e.g. Tiến độ thực hiện"))
        self.timetable_title_edit.textEdited.connect(self._on_timetable_title)
        top.addWidget(self.timetable_title_edit, 1)
        self.appendix_check = QCheckBox(self.tr("Print as an appendix"))
        self.appendix_check.setObjectName("appendixCheck")
        self.appendix_check.clicked.connect(self._on_appendix)
        top.addWidget(self.appendix_check)
        layout.addLayout(top)

        bar = QToolBar()
        bar.setObjectName("timetableToolbar")
        self.add_row_action = bar.addAction(self.tr("+ Row"), self.add_timetable_row)
        self.add_row_action.setObjectName("addTimetableRow")
        self.add_row_action.setToolTip(self.tr("Add a row after the current one"))
        self.remove_row_action = bar.addAction(self.tr("Remove row"), self.remove_timetable_row)
        self.remove_row_action.setObjectName("removeTimetableRow")
        self.row_up_action = bar.addAction("↑", lambda: self.move_timetable_row(-1))
        self.row_up_action.setToolTip(self.tr("Move up"))
        self.row_down_action = bar.addAction("↓", lambda: self.move_timetable_row(1))
        self.row_down_action.setToolTip(self.tr("Move down"))
        self.timetable_actions = [self.add_row_action, self.remove_row_action, self.row_up_action,
                                  self.row_down_action]
        layout.addWidget(bar)

        self.timetable_model = TimetableModel(lambda: self.plan, self.edit, recognise_due, self)
        self.timetable_view = QTableView()
        self.timetable_view.setObjectName("timetableView")
        self.timetable_view.setModel(self.timetable_model)
        self.timetable_view.setWordWrap(True)
        self.timetable_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timetable_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.timetable_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 92), (2, 92), (3, 96), (4, 74)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.timetable_view.setColumnWidth(col, width)
        self.timetable_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.timetable_view, 1)
        note = QLabel(self.tr("Rows with the same group are printed under one group heading (e.g. Quý I - 2024)."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(note)
        return page

    def _build_recipients(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        box = QGroupBox(self.tr("Recipients (“Nơi nhận”)"))
        inner = QVBoxLayout(box)
        bar = QToolBar()
        bar.setObjectName("recipientsToolbar")
        self.usual_button = QToolButton()
        self.usual_button.setObjectName("usualRecipientsButton")
        self.usual_button.setText(self.tr("Add usual recipient"))
        self.usual_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.usual_menu = QMenu(self.usual_button)
        self.usual_menu.aboutToShow.connect(self._fill_usual_menu)
        self.usual_button.setMenu(self.usual_menu)
        bar.addWidget(self.usual_button)
        self.add_recipient_action = bar.addAction(self.tr("+ Recipient"), lambda: self.add_recipient(Recipient("")))
        self.remove_recipient_action = bar.addAction(self.tr("Remove"), self.remove_recipient)
        self.recipient_up_action = bar.addAction("↑", lambda: self.move_recipient(-1))
        self.recipient_down_action = bar.addAction("↓", lambda: self.move_recipient(1))
        self.recipient_actions = [self.add_recipient_action, self.remove_recipient_action,
                                  self.recipient_up_action, self.recipient_down_action]
        inner.addWidget(bar)
        self.recipients_model = RecipientsModel(lambda: self.plan, self.edit, self)
        self.recipients_view = QTableView()
        self.recipients_view.setObjectName("recipientsView")
        self.recipients_view.setModel(self.recipients_model)
        self.recipients_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recipients_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recipients_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.recipients_view.setColumnWidth(1, 150)
        self.recipients_view.setItemDelegateForColumn(1, PurposeDelegate(PURPOSES, self.recipients_view))
        inner.addWidget(self.recipients_view)
        layout.addWidget(box, 1)

        sign = QGroupBox(self.tr("Signer"))
        form = QFormLayout(sign)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.signer_combo = QComboBox()
        self.signer_combo.setObjectName("signerCombo")
        self.signer_combo.activated.connect(self._on_signer_chosen)
        form.addRow(self.tr("Usual signers:"), self.signer_combo)
        self.authority_combo = QComboBox()
        self.authority_combo.setObjectName("authorityCombo")
        self.authority_combo.setEditable(True)
        for code in AUTHORITIES:
            self.authority_combo.addItem(code)
        self.authority_combo.setMinimumContentsLength(5)
        self.authority_combo.setToolTip(
            self.tr("KT. = a deputy signs for the head; TM. = on behalf of a body; Q. = acting; TL., TUQ."))
        self.authority_combo.currentTextChanged.connect(
            lambda t: self._set_signature("authority", t, self.tr("Edit signer")))
        self.on_behalf_edit = self._line("onBehalfEdit", self.tr("the head's title after KT., e.g. Trưởng phòng"))
        self.on_behalf_edit.textEdited.connect(lambda t: self._set_signature("on_behalf_of", t, self.tr("Edit signer")))
        self.position_edit = self._line("positionEdit", self.tr("e.g. Phó Trưởng phòng"))
        self.position_edit.textEdited.connect(lambda t: self._set_signature("position", t, self.tr("Edit signer")))
        self.signer_name_edit = self._line("signerNameEdit", self.tr("full name"))
        self.signer_name_edit.textEdited.connect(lambda t: self._set_signature("name", t, self.tr("Edit signer")))
        authority_row = QHBoxLayout()
        authority_row.addWidget(self.authority_combo)
        authority_row.addWidget(self.on_behalf_edit, 1)
        form.addRow(self.tr("Authority:"), authority_row)
        form.addRow(self.tr("Position:"), self.position_edit)
        form.addRow(self.tr("Name:"), self.signer_name_edit)
        layout.addWidget(sign)
        return page

    # == loading =====================================================================================

    def load(self, plan: Plan | None, *, read_only: bool = False) -> None:
        """Show ``plan`` (None: nothing). Clears the undo history."""
        self.undo_stack.clear()
        self.plan = plan
        self._snapshot = plan.to_dict() if plan is not None else None
        self._current_path = None
        self.setEnabled(plan is not None)
        self.set_read_only(read_only)
        self._reload_widgets(select=None)
        if plan is not None and plan.body:
            self._quiet_select = True  # opening a plan is not a "show me where" request
            try:
                self.select_path((0,))
            finally:
                self._quiet_select = False

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for edit in (self.title_edit, self.symbol_edit, self.place_edit, self.governing_edit, self.office_edit,
                     self.section_title_edit, self.timetable_title_edit, self.on_behalf_edit, self.position_edit,
                     self.signer_name_edit):
            edit.setReadOnly(read_only)
        for spin in (self.day_spin, self.month_spin, self.year_spin):
            spin.setReadOnly(read_only)
        self.bases_edit.setReadOnly(read_only)
        self.paragraph_edit.setReadOnly(read_only)
        for widget in (self.style_combo, self.marker_combo, self.appendix_check, self.usual_button,
                       self.signer_combo, self.authority_combo):
            widget.setEnabled(not read_only)
        for action in (*self.timetable_actions, *self.recipient_actions, self.bold_action, self.italic_action):
            action.setEnabled(not read_only)
        self.timetable_model.read_only = read_only
        self.recipients_model.read_only = read_only
        self._update_outline_actions()

    def _reload_widgets(self, select) -> None:
        self._loading = True
        try:
            plan = self.plan or Plan()
            self._set_text(self.title_edit, plan.title)
            self.number_label.setText(
                f"{format_number(plan.number)}/" if plan.number is not None else self.tr("(given when issued) /"))
            self._set_text(self.symbol_edit, plan.symbol)
            self._set_text(self.place_edit, plan.place)
            self.day_spin.setValue(plan.date.day or 0)
            self.month_spin.setValue(plan.date.month or 0)
            self.year_spin.setValue(plan.date.year or YEAR_BLANK)
            self._set_text(self.governing_edit, plan.governing_body)
            self._set_text(self.office_edit, plan.office_name)
            bases = "\n".join(plan.bases)
            if self.bases_edit.toPlainText() != bases:
                self.bases_edit.setPlainText(bases)
            tt = plan.timetable
            self._set_text(self.timetable_title_edit, tt.title if tt else "")
            self.appendix_check.setChecked(tt.as_appendix if tt else True)
            self.timetable_model.reset()
            self.recipients_model.reset()
            self._load_signature(plan.signature)
            self._rebuild_tree()
        finally:
            self._loading = False
        self.select_path(select if select and self.plan and ops.valid(self.plan, select) else None)

    @staticmethod
    def _set_text(edit: QLineEdit, text: str) -> None:
        if edit.text() != text:
            edit.setText(text)
            edit.setCursorPosition(0)  # show the beginning of a long title, as Word does

    def _load_signature(self, signature: Signer) -> None:
        self.signer_combo.clear()
        self.signer_combo.addItem(self.tr("Choose…"), None)
        profile = self.profile_getter()
        signers = profile.signers() if profile is not None else []
        for signer in signers:
            if signer.name or signer.position:
                self.signer_combo.addItem(signer_caption(signer), signer)
        index = next((i for i in range(1, self.signer_combo.count())
                      if self.signer_combo.itemData(i) == signature), 0)
        self.signer_combo.setCurrentIndex(index)
        if self.authority_combo.currentText() != signature.authority:
            self.authority_combo.setCurrentText(signature.authority)
        self._set_text(self.on_behalf_edit, signature.on_behalf_of)
        self._set_text(self.position_edit, signature.position)
        self._set_text(self.signer_name_edit, signature.name)

    # == the one way to change the plan ==============================================================

    def edit(self, label: str, change: Callable[[Plan], object], merge_key: Hashable | None = None,
             select_after=None) -> bool:
        """Apply ``change`` to the plan and record it for undo. False if nothing changed."""
        if self.plan is None or self.read_only or self._loading:
            return False
        before = self._snapshot if self._snapshot is not None else self.plan.to_dict()
        select_before = self._current_path
        change(self.plan)
        after = self.plan.to_dict()
        if after == before:
            return False
        self._snapshot = after
        self.undo_stack.push(SnapshotCommand(self, before, after, label, merge_key, select_before,
                                             select_after if select_after is not None else self._current_path))
        self.changed.emit()
        return True

    def restore(self, data: dict, select) -> None:
        """Undo/redo: put a snapshot back and show it."""
        self.plan = plan_from_dict(data)
        self._snapshot = data
        self._reload_widgets(select=select)
        self.changed.emit()

    def _set_field(self, name: str, value: str, label: str) -> None:
        self.edit(label, lambda p: setattr(p, name, value), merge_key=name)

    def _set_signature(self, name: str, value: str, label: str) -> None:
        if self._loading:
            return
        self.edit(label, lambda p: setattr(p.signature, name, value), merge_key=("signature", name))

    def _on_date_changed(self, _value: int) -> None:
        if self._loading:
            return
        day, month = self.day_spin.value() or None, self.month_spin.value() or None
        year = self.year_spin.value() if self.year_spin.value() != YEAR_BLANK else None
        self.edit(self.tr("Edit date"), lambda p: setattr(p, "date", DocDate(day, month, year)), merge_key="date")

    def _on_bases_changed(self) -> None:
        if self._loading:
            return
        lines = [line.strip() for line in self.bases_edit.toPlainText().split("\n") if line.strip()]
        self.edit(self.tr("Edit legal bases"), lambda p: setattr(p, "bases", lines), merge_key="bases")

    # == section tree ================================================================================

    def _rebuild_tree(self) -> None:
        self.tree_model.clear()
        if self.plan is None:
            return
        bold = QFont()
        bold.setBold(True)

        def add(parent: QStandardItem, blocks, prefix: tuple[int, ...]) -> None:
            for i, block in enumerate(blocks):
                path = (*prefix, i)
                item = QStandardItem(block_caption(block))
                item.setData(path, PATH_ROLE)
                item.setEditable(False)
                if isinstance(block, Section):
                    item.setFont(bold)
                    parent.appendRow(item)
                    add(item, block.children, path)
                else:
                    item.setToolTip(block.printed_text()[:600])
                    parent.appendRow(item)

        add(self.tree_model.invisibleRootItem(), self.plan.body, ())
        self.tree.expandAll()

    def _item_at(self, path) -> QStandardItem | None:
        if not path:
            return None
        item = self.tree_model.item(path[0])
        for index in path[1:]:
            if item is None:
                return None
            item = item.child(index)
        return item

    def current_path(self) -> tuple[int, ...] | None:
        return self._current_path

    def select_path(self, path) -> None:
        item = self._item_at(path)
        if item is None:
            self.tree.selectionModel().clearCurrentIndex()
            self.tree.clearSelection()
            self._show_block(None)
            return
        index = item.index()
        self.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.tree.scrollTo(index)
        self._show_block(tuple(path))

    def _on_tree_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        path = current.data(PATH_ROLE) if current.isValid() else None
        self._show_block(tuple(path) if path is not None else None)

    def _on_tree_activated(self, index: QModelIndex) -> None:
        path = index.data(PATH_ROLE)
        block = ops.block_at(self.plan, tuple(path)) if (self.plan is not None and path) else None
        if isinstance(block, Section):
            self.section_title_edit.setFocus()
        elif isinstance(block, Paragraph):
            self.paragraph_edit.setFocus()

    def _show_block(self, path) -> None:
        self._current_path = path
        block = ops.block_at(self.plan, path) if (self.plan is not None and path) else None
        self._loading = True
        try:
            if isinstance(block, Section):
                self.block_stack.setCurrentIndex(1)
                self.section_label.setText(block.label)
                self._set_text(self.section_title_edit, block.title)
                self.style_combo.setCurrentIndex(max(0, self.style_combo.findData(block.style)))
            elif isinstance(block, Paragraph):
                self.block_stack.setCurrentIndex(2)
                marker_index = self.marker_combo.findData(block.marker)
                if marker_index >= 0:
                    self.marker_combo.setCurrentIndex(marker_index)
                else:
                    self.marker_combo.setEditText(block.marker)
                set_runs(self.paragraph_edit.document(), block.runs)
                self.paragraph_edit.moveCursor(QTextCursor.MoveOperation.Start)
            else:
                self.block_stack.setCurrentIndex(0)
        finally:
            self._loading = False
        self._update_outline_actions()
        if block is not None and not self._quiet_select:
            self.block_shown.emit(search_words(block))

    def _update_outline_actions(self) -> None:
        plan, path = self.plan, self._current_path
        writable = plan is not None and not self.read_only
        has = writable and ops.valid(plan, path)
        self.add_section_action.setEnabled(writable)
        self.add_subsection_action.setEnabled(writable)
        self.add_paragraph_action.setEnabled(writable)
        self.delete_block_action.setEnabled(has)
        self.move_up_action.setEnabled(has and path[-1] > 0)
        self.move_down_action.setEnabled(has and path[-1] < len(ops.container_of(plan, path)) - 1)
        self.indent_action.setEnabled(writable and ops.can_indent(plan, path))
        self.outdent_action.setEnabled(writable and ops.can_outdent(plan, path))

    def _refresh_caption(self, path) -> None:
        item = self._item_at(path)
        block = ops.block_at(self.plan, path) if self.plan is not None else None
        if item is not None and block is not None:
            item.setText(block_caption(block))

    def _structural(self, label: str, operation: Callable[[Plan, tuple | None], tuple | None]) -> tuple | None:
        """Run an outline operation, rebuild the tree and select what it returns."""
        result: dict = {}

        def change(plan: Plan) -> None:
            result["path"] = operation(plan, self._current_path)

        # The selection after the change is only known once it ran: record it afterwards.
        if not self.edit(label, change):
            return None
        path = result.get("path")
        cmd = self.undo_stack.command(self.undo_stack.index() - 1)
        if isinstance(cmd, SnapshotCommand):
            cmd.select_after = path
        self._loading = True
        try:
            self._rebuild_tree()
        finally:
            self._loading = False
        self.select_path(path)
        return path

    def add_section(self) -> None:
        self.tabs.setCurrentIndex(self.CONTENT)
        if self._structural(self.tr("Add section"), lambda p, path: ops.add_section(p, path)) is not None:
            self.section_title_edit.setFocus()

    def add_subsection(self) -> None:
        self.tabs.setCurrentIndex(self.CONTENT)
        if self._structural(self.tr("Add sub-section"), lambda p, path: ops.add_subsection(p, path)) is not None:
            self.section_title_edit.setFocus()

    def add_paragraph(self) -> None:
        self.tabs.setCurrentIndex(self.CONTENT)
        if self._structural(self.tr("Add paragraph"), lambda p, path: ops.add_paragraph(p, path)) is not None:
            self.paragraph_edit.setFocus()

    def move_block(self, step: int) -> None:
        self._structural(self.tr("Move"), lambda p, path: ops.move(p, path, step))

    def indent_block(self) -> None:
        self._structural(self.tr("Indent"), lambda p, path: ops.indent(p, path))

    def outdent_block(self) -> None:
        self._structural(self.tr("Outdent"), lambda p, path: ops.outdent(p, path))

    def delete_block(self) -> None:
        self._structural(self.tr("Delete"), lambda p, path: ops.delete(p, path))

    # -- section form --

    def _on_section_title(self, text: str) -> None:
        path = self._current_path
        if not ops.valid(self.plan, path):
            return

        def change(plan: Plan) -> None:
            ops.block_at(plan, path).title = text

        if self.edit(self.tr("Edit heading"), change, merge_key=("heading", path)):
            self._refresh_caption(path)

    def _on_style_chosen(self, _index: int) -> None:
        path, style = self._current_path, self.style_combo.currentData()
        if not ops.valid(self.plan, path):
            return
        self._structural(self.tr("Change numbering"), lambda p, _path: ops.set_style(p, path, style))

    # -- paragraph form --

    def _set_marker(self, marker: str) -> None:
        path = self._current_path
        if self._loading or not ops.valid(self.plan, path):
            return

        def change(plan: Plan) -> None:
            ops.block_at(plan, path).marker = marker

        if self.edit(self.tr("Change list sign"), change, merge_key=("marker", path)):
            self._refresh_caption(path)

    def _on_marker_chosen(self, index: int) -> None:
        self._set_marker(self.marker_combo.itemData(index) or "")

    def _on_marker_typed(self, text: str) -> None:
        self._set_marker(text.strip() if text.strip() != self.tr("(none)") else "")

    def _on_paragraph_text(self) -> None:
        path = self._current_path
        if self._loading or self.read_only or not ops.valid(self.plan, path):
            return
        blocks = blocks_runs(self.paragraph_edit.document())
        if len(blocks) == 1:
            runs = blocks[0]

            def change(plan: Plan) -> None:
                ops.block_at(plan, path).runs = runs

            if self.edit(self.tr("Edit paragraph"), change, merge_key=("paragraph", path)):
                self._refresh_caption(path)
            return
        # Enter (or a paste of several paragraphs): the lines after the first become new
        # paragraphs with the same list sign; the cursor follows into the one it is in.
        cursor = self.paragraph_edit.textCursor()
        cursor_block, cursor_col = cursor.blockNumber(), cursor.positionInBlock()
        first, rest = blocks[0], blocks[1:]

        def split(plan: Plan, _path) -> tuple:
            block = ops.block_at(plan, path)
            block.runs = first
            ops.insert_paragraphs_after(plan, path, [Paragraph(runs, block.marker) for runs in rest])
            return (*path[:-1], path[-1] + cursor_block)

        self._structural(self.tr("New paragraph"), split)
        cursor = self.paragraph_edit.textCursor()
        cursor.setPosition(min(cursor_col, len(self.paragraph_edit.toPlainText())))
        self.paragraph_edit.setTextCursor(cursor)

    def _selection_has(self, bold: bool) -> bool:
        """Whether every character of the selection (or the typing format) is bold / italic."""
        cursor = self.paragraph_edit.textCursor()

        def flag(fmt: QTextCharFormat) -> bool:
            return fmt.fontWeight() >= QFont.Weight.DemiBold if bold else fmt.fontItalic()

        if not cursor.hasSelection():
            return flag(self.paragraph_edit.currentCharFormat())
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        probe = QTextCursor(self.paragraph_edit.document())
        for pos in range(start, end):
            probe.setPosition(pos + 1)
            if not flag(probe.charFormat()):
                return False
        return True

    def _apply_format(self, bold: bool | None = None, italic: bool | None = None) -> None:
        fmt = QTextCharFormat()
        if bold is not None:
            fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        if italic is not None:
            fmt.setFontItalic(italic)
        self.paragraph_edit.mergeCurrentCharFormat(fmt)
        self._on_char_format(self.paragraph_edit.currentCharFormat())

    def toggle_bold(self) -> None:
        if not self.read_only:
            self._apply_format(bold=not self._selection_has(bold=True))

    def toggle_italic(self) -> None:
        if not self.read_only:
            self._apply_format(italic=not self._selection_has(bold=False))

    def _on_char_format(self, fmt: QTextCharFormat) -> None:
        self.bold_action.setChecked(fmt.fontWeight() >= QFont.Weight.DemiBold)
        self.italic_action.setChecked(fmt.fontItalic())

    # == timetable ===================================================================================

    def _timetable_row(self) -> int:
        index = self.timetable_view.currentIndex()
        return index.row() if index.isValid() else -1

    def _on_timetable_title(self, text: str) -> None:
        self.edit(self.tr("Edit timetable title"), lambda p: setattr(ensure_timetable(p), "title", text),
                  merge_key="timetable-title")

    def _on_appendix(self, checked: bool) -> None:
        self.edit(self.tr("Timetable as appendix"), lambda p: setattr(ensure_timetable(p), "as_appendix", checked))

    def add_timetable_row(self, content: str = "") -> int:
        """Insert a row after the current one (copying its group); returns its index."""
        current = self._timetable_row()
        result = {}

        def change(plan: Plan) -> None:
            rows = ensure_timetable(plan).rows
            at = current + 1 if current >= 0 else len(rows)
            group = rows[current].group if 0 <= current < len(rows) else (rows[-1].group if rows else "")
            rows.insert(at, TimetableRow(content, group=group))
            result["row"] = at

        if not self.edit(self.tr("Add timetable row"), change):
            return -1
        self.timetable_model.reset()
        row = result["row"]
        index = self.timetable_model.index(row, 0)
        self.timetable_view.setCurrentIndex(index)
        if not content and self.isVisible():
            self.timetable_view.edit(index)
        return row

    def remove_timetable_row(self) -> None:
        current = self._timetable_row()
        if current < 0:
            return

        def change(plan: Plan) -> None:
            del plan.timetable.rows[current]

        if self.edit(self.tr("Remove timetable row"), change):
            self.timetable_model.reset()
            rows = self.timetable_model.rowCount()
            if rows:
                self.timetable_view.setCurrentIndex(self.timetable_model.index(min(current, rows - 1), 0))

    def move_timetable_row(self, step: int) -> None:
        current = self._timetable_row()
        rows = self.timetable_model.rowCount()
        target = current + step
        if current < 0 or not 0 <= target < rows:
            return

        def change(plan: Plan) -> None:
            r = plan.timetable.rows
            r[current], r[target] = r[target], r[current]

        if self.edit(self.tr("Move timetable row"), change):
            self.timetable_model.reset()
            self.timetable_view.setCurrentIndex(self.timetable_model.index(target, 0))

    # == recipients and signer =======================================================================

    def usual_recipients(self) -> list[Recipient]:
        """The picker's list: the office's defaults, then recipients of earlier plans."""
        out: list[Recipient] = []
        seen: set[str] = set()
        for recipient in [Recipient(n, p) for n, p in DEFAULT_RECIPIENTS] + list(self.recipient_source()):
            key = recipient.name.strip().lower()
            if key and key not in seen:
                seen.add(key)
                out.append(recipient)
        return out

    def _fill_usual_menu(self) -> None:
        self.usual_menu.clear()
        present = {r.name.strip().lower() for r in (self.plan.recipients if self.plan else [])}
        for recipient in self.usual_recipients():
            action = self.usual_menu.addAction(recipient.printed())
            action.setEnabled(recipient.name.strip().lower() not in present)
            action.triggered.connect(lambda _checked=False, r=recipient: self.add_recipient(Recipient(r.name, r.purpose)))

    def add_recipient(self, recipient: Recipient) -> int:
        """Add before a closing "Lưu: …" line, which stays last; returns the row."""
        result = {}

        def change(plan: Plan) -> None:
            items = plan.recipients
            at = len(items)
            if items and items[-1].name.strip().lower().startswith("lưu") and not recipient.name.lower().startswith("lưu"):
                at -= 1
            items.insert(at, recipient)
            result["row"] = at

        if not self.edit(self.tr("Add recipient"), change):
            return -1
        self.recipients_model.reset()
        index = self.recipients_model.index(result["row"], 0)
        self.recipients_view.setCurrentIndex(index)
        if not recipient.name and self.isVisible():
            self.recipients_view.edit(index)
        return result["row"]

    def remove_recipient(self) -> None:
        index = self.recipients_view.currentIndex()
        if not index.isValid():
            return
        row = index.row()
        if self.edit(self.tr("Remove recipient"), lambda p: p.recipients.pop(row)):
            self.recipients_model.reset()

    def move_recipient(self, step: int) -> None:
        index = self.recipients_view.currentIndex()
        if not index.isValid():
            return
        i, j = index.row(), index.row() + step
        if not 0 <= j < self.recipients_model.rowCount():
            return

        def change(plan: Plan) -> None:
            r = plan.recipients
            r[i], r[j] = r[j], r[i]

        if self.edit(self.tr("Move recipient"), change):
            self.recipients_model.reset()
            self.recipients_view.setCurrentIndex(self.recipients_model.index(j, 0))

    def _on_signer_chosen(self, index: int) -> None:
        signer = self.signer_combo.itemData(index)
        if not isinstance(signer, Signer):
            return
        chosen = Signer(signer.authority, signer.position, signer.name, signer.on_behalf_of)
        if self.edit(self.tr("Choose signer"), lambda p: setattr(p, "signature", chosen)):
            self._loading = True
            try:
                self._load_signature(chosen)
            finally:
                self._loading = False

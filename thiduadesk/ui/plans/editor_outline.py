"""The plan editor's "Content" page: the outline of sections and paragraphs as a tree, with the
form of the selected section (heading, numbering) or paragraph (list sign, text with bold and
italic); adding, moving, indenting and deleting go through ``outline_ops``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeySequence,
    QStandardItem,
    QStandardItemModel,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from thiduadesk.domain.plan import ROMAN, Paragraph, Plan, Section
from thiduadesk.ui.plans import outline_ops as ops
from thiduadesk.ui.plans.fields import line_edit, set_text
from thiduadesk.ui.plans.labels import MARKERS, style_choices
from thiduadesk.ui.plans.runs import blocks_runs, set_runs
from thiduadesk.ui.plans.undo import SnapshotCommand

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
_CAPTION_CHARS = 90


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


class OutlinePage(QWidget):
    def __init__(self, editor):
        super().__init__()
        self.editor = editor
        self._current_path: tuple[int, ...] | None = None
        self.quiet_select = False  # a selection that is not a "show me where" request
        layout = QVBoxLayout(self)
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

    def _build_section_form(self) -> QWidget:
        box = QGroupBox(self.tr("Section"))
        form = QFormLayout(box)
        self.section_label = QLabel()
        self.section_label.setObjectName("sectionLabel")
        self.section_title_edit = line_edit("sectionTitleEdit", self.tr("heading, e.g. MỤC ĐÍCH, YÊU CẦU"))
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

    # -- showing --

    def show_plan(self, _plan: Plan) -> None:
        self._rebuild_tree()

    def forget_selection(self) -> None:
        self._current_path = None

    def set_read_only(self, read_only: bool) -> None:
        self.section_title_edit.setReadOnly(read_only)
        self.paragraph_edit.setReadOnly(read_only)
        for widget in (self.style_combo, self.marker_combo):
            widget.setEnabled(not read_only)
        for action in (self.bold_action, self.italic_action):
            action.setEnabled(not read_only)
        self._update_outline_actions()

    # -- the tree --

    def _rebuild_tree(self) -> None:
        self.tree_model.clear()
        if self.editor.plan is None:
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

        add(self.tree_model.invisibleRootItem(), self.editor.plan.body, ())
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
        block = ops.block_at(self.editor.plan, tuple(path)) if (self.editor.plan is not None and path) else None
        if isinstance(block, Section):
            self.section_title_edit.setFocus()
        elif isinstance(block, Paragraph):
            self.paragraph_edit.setFocus()

    def _show_block(self, path) -> None:
        self._current_path = path
        block = ops.block_at(self.editor.plan, path) if (self.editor.plan is not None and path) else None
        with self.editor.loading_widgets():
            if isinstance(block, Section):
                self.block_stack.setCurrentIndex(1)
                self.section_label.setText(block.label)
                set_text(self.section_title_edit, block.title)
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
        self._update_outline_actions()
        if block is not None and not self.quiet_select:
            self.editor.block_shown.emit(search_words(block))

    def _update_outline_actions(self) -> None:
        plan, path = self.editor.plan, self._current_path
        writable = plan is not None and not self.editor.read_only
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
        block = ops.block_at(self.editor.plan, path) if self.editor.plan is not None else None
        if item is not None and block is not None:
            item.setText(block_caption(block))

    def _structural(self, label: str, operation: Callable[[Plan, tuple | None], tuple | None]) -> tuple | None:
        """Run an outline operation, rebuild the tree and select what it returns."""
        result: dict = {}

        def change(plan: Plan) -> None:
            result["path"] = operation(plan, self._current_path)

        # The selection after the change is only known once it ran: record it afterwards.
        if not self.editor.edit(label, change):
            return None
        path = result.get("path")
        stack = self.editor.undo_stack
        cmd = stack.command(stack.index() - 1)
        if isinstance(cmd, SnapshotCommand):
            cmd.select_after = path
        with self.editor.loading_widgets():
            self._rebuild_tree()
        self.select_path(path)
        return path

    def add_section(self) -> None:
        self.editor.tabs.setCurrentIndex(self.editor.CONTENT)
        if self._structural(self.tr("Add section"), lambda p, path: ops.add_section(p, path)) is not None:
            self.section_title_edit.setFocus()

    def add_subsection(self) -> None:
        self.editor.tabs.setCurrentIndex(self.editor.CONTENT)
        if self._structural(self.tr("Add sub-section"), lambda p, path: ops.add_subsection(p, path)) is not None:
            self.section_title_edit.setFocus()

    def add_paragraph(self) -> None:
        self.editor.tabs.setCurrentIndex(self.editor.CONTENT)
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
        if not ops.valid(self.editor.plan, path):
            return

        def change(plan: Plan) -> None:
            ops.block_at(plan, path).title = text

        if self.editor.edit(self.tr("Edit heading"), change, merge_key=("heading", path)):
            self._refresh_caption(path)

    def _on_style_chosen(self, _index: int) -> None:
        path, style = self._current_path, self.style_combo.currentData()
        if not ops.valid(self.editor.plan, path):
            return
        self._structural(self.tr("Change numbering"), lambda p, _path: ops.set_style(p, path, style))

    # -- paragraph form --

    def _set_marker(self, marker: str) -> None:
        path = self._current_path
        if self.editor.loading or not ops.valid(self.editor.plan, path):
            return

        def change(plan: Plan) -> None:
            ops.block_at(plan, path).marker = marker

        if self.editor.edit(self.tr("Change list sign"), change, merge_key=("marker", path)):
            self._refresh_caption(path)

    def _on_marker_chosen(self, index: int) -> None:
        self._set_marker(self.marker_combo.itemData(index) or "")

    def _on_marker_typed(self, text: str) -> None:
        self._set_marker(text.strip() if text.strip() != self.tr("(none)") else "")

    def _on_paragraph_text(self) -> None:
        path = self._current_path
        if self.editor.loading or self.editor.read_only or not ops.valid(self.editor.plan, path):
            return
        blocks = blocks_runs(self.paragraph_edit.document())
        if len(blocks) == 1:
            runs = blocks[0]

            def change(plan: Plan) -> None:
                ops.block_at(plan, path).runs = runs

            if self.editor.edit(self.tr("Edit paragraph"), change, merge_key=("paragraph", path)):
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
        if not self.editor.read_only:
            self._apply_format(bold=not self._selection_has(bold=True))

    def toggle_italic(self) -> None:
        if not self.editor.read_only:
            self._apply_format(italic=not self._selection_has(bold=False))

    def _on_char_format(self, fmt: QTextCharFormat) -> None:
        self.bold_action.setChecked(fmt.fontWeight() >= QFont.Weight.DemiBold)
        self.italic_action.setChecked(fmt.fontItalic())

"""The user guide in a window of its own: the Markdown guide in a QTextBrowser, with its
headings as a contents list and a find box."""

from __future__ import annotations

import re

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from thiduadesk.ui.help.guide import guide_text

_HEADING = re.compile(r"^(#{1,3})\s+(.*\S)\s*$")


def headings(markdown: str) -> list[tuple[int, str]]:
    """The guide's headings (level, text) in order, outside code blocks."""
    out, fenced = [], False
    for line in markdown.splitlines():
        if line.lstrip().startswith("```"):
            fenced = not fenced
            continue
        m = None if fenced else _HEADING.match(line)
        if m:
            out.append((len(m.group(1)), m.group(2).replace("**", "")))
    return out


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, text: str | None = None):
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("User guide"))
        self.resize(900, 640)
        self.markdown = guide_text() if text is None else text
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenExternalLinks(False)  # the program opens no network connection
        self.browser.setOpenLinks(False)
        if self.markdown:
            self.browser.setMarkdown(self.markdown)
        else:
            self.browser.setPlainText(self.tr("The user guide is not installed with this copy of the program."))
        self.contents = QListWidget()
        self.contents.setObjectName("guideContents")
        for level, title in headings(self.markdown):
            item = QListWidgetItem(("    " * (level - 1)) + title)
            item.setData(256, title)
            self.contents.addItem(item)
        self.contents.currentItemChanged.connect(self._on_heading)
        self.find_box = QLineEdit()
        self.find_box.setObjectName("guideFind")
        self.find_box.setPlaceholderText(self.tr("Find in the guide"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.returnPressed.connect(self.find_next)

        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([230, 670])
        top = QHBoxLayout()
        top.addWidget(self.find_box, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

    def _on_heading(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        self.show_heading(item.data(256))

    def show_heading(self, title: str) -> bool:
        """Scroll the guide to the heading ``title``; False if it is not there."""
        self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
        found = self.browser.find(title)
        if found:
            self.browser.ensureCursorVisible()
        return found

    def find_next(self) -> bool:
        """Find the find box's words after the cursor, wrapping to the start once."""
        words = self.find_box.text().strip()
        if not words:
            return False
        if self.browser.find(words):
            return True
        self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
        return self.browser.find(words, QTextDocument.FindFlag(0))

"""Paragraph runs (text with bold/italic) to and from a QTextDocument.

Only bold and italic survive: fonts, sizes and colours pasted from Word are dropped, because the
printed plan decides those (Decree 30).
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextDocument

from thiduadesk.domain.plan import Run


def plain_format(bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    fmt.setFontItalic(italic)
    return fmt


def set_runs(document: QTextDocument, runs: list[Run]) -> None:
    document.clear()
    cursor = QTextCursor(document)
    for run in runs:
        cursor.insertText(run.text, plain_format(run.bold, run.italic))
    # The format typed next at the end follows the last run, as in Word.
    if not runs:
        cursor.setCharFormat(plain_format())


def _merge(runs: list[Run]) -> list[Run]:
    out: list[Run] = []
    for run in runs:
        if not run.text:
            continue
        if out and out[-1].bold == run.bold and out[-1].italic == run.italic:
            out[-1] = Run(out[-1].text + run.text, run.bold, run.italic)
        else:
            out.append(run)
    return out


def blocks_runs(document: QTextDocument) -> list[list[Run]]:
    """The runs of each text block (one per line the user typed with Enter)."""
    out: list[list[Run]] = []
    block = document.begin()
    while block.isValid():
        runs: list[Run] = []
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid():
                fmt = fragment.charFormat()
                text = fragment.text().replace("\u2028", " ").replace("\ufffc", "")
                runs.append(Run(text, fmt.fontWeight() >= QFont.Weight.DemiBold, fmt.fontItalic()))
            it += 1
        out.append(_merge(runs))
        block = block.next()
    return out


def document_runs(document: QTextDocument) -> list[Run]:
    """All the document's text as one paragraph (line breaks become spaces)."""
    out: list[Run] = []
    for i, runs in enumerate(blocks_runs(document)):
        if i and out:
            out.append(Run(" ", out[-1].bold, out[-1].italic))
        out.extend(runs)
    return _merge(out)

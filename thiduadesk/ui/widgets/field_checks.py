"""Form checks that show their message under the field and clear it as soon as the field is right.

A dialog registers each checked line edit with a function giving the problem ("" when right):
``accept()`` calls :meth:`FieldChecks.run_all` (every message shown under its field and in the
dialog's summary label, the first bad field focused); after that, and whenever the clerk leaves a
field, the field is checked again as she types, and its message goes the moment it is right. A
refusal from the operation (a name taken) goes to the summary until the next change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

ERROR_STYLE = "color: #b00020;"


class FieldChecks(QObject):
    def __init__(self, form: QFormLayout, summary: QLabel, parent: QObject | None = None):
        super().__init__(parent)
        self.form = form
        self.summary = summary
        self.checks: list[tuple[QLineEdit, Callable[[str], str], QLabel]] = []
        self._shown: dict[QLineEdit, str] = {}
        self._outside = ""

    def add(self, edit: QLineEdit, check: Callable[[str], str]) -> QLabel:
        """Check ``edit`` with ``check(text)``; its message label goes on the row under it."""
        label = QLabel()
        label.setObjectName(edit.objectName() + "Error")
        label.setWordWrap(True)
        label.setStyleSheet(ERROR_STYLE)
        row, _role = self.form.getWidgetPosition(edit)
        if row < 0:  # the edit sits inside a row's layout
            row = next(r for r in range(self.form.rowCount())
                       if (item := self.form.itemAt(r, QFormLayout.ItemRole.FieldRole)) is not None
                       and item.layout() is not None and item.layout().indexOf(edit) >= 0)
        self.form.insertRow(row + 1, "", label)
        label.hide()
        self.checks.append((edit, check, label))
        edit.textChanged.connect(lambda _t, e=edit: self._on_typed(e))
        edit.editingFinished.connect(lambda e=edit: self._on_left(e))
        return label

    def error_label(self, edit: QLineEdit) -> QLabel:
        return next(label for e, _c, label in self.checks if e is edit)

    def run_all(self) -> list[str]:
        """Check every field; show the messages; focus the first bad field. The messages in order."""
        self._outside = ""
        first = None
        for edit, check, label in self.checks:
            self._show(edit, check(edit.text()), label)
            if first is None and self._shown.get(edit):
                first = edit
        self._update_summary()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return [self._shown[e] for e, _c, _l in self.checks if self._shown.get(e)]

    def refused(self, message: str) -> None:
        """The operation refused the form (Vietnamese message): shown until the next change."""
        self._outside = message
        self._update_summary()

    def _on_typed(self, edit: QLineEdit) -> None:
        if self._outside:
            self._outside = ""
            self._update_summary()
        if edit in self._shown:  # checked once already: follow the typing
            self._recheck(edit)

    def _on_left(self, edit: QLineEdit) -> None:
        if edit.text().strip():  # a wrong value is said when leaving the field; an empty one on OK
            self._recheck(edit)

    def _recheck(self, edit: QLineEdit) -> None:
        for e, check, label in self.checks:
            if e is edit:
                self._show(e, check(e.text()), label)
        self._update_summary()

    def _show(self, edit: QLineEdit, message: str, label: QLabel) -> None:
        self._shown[edit] = message
        label.setText(message)
        label.setVisible(bool(message))
        edit.setStyleSheet("QLineEdit { border: 1px solid #b00020; }" if message else "")

    def _update_summary(self) -> None:
        messages = [self._shown[e] for e, _c, _l in self.checks if self._shown.get(e)]
        if self._outside:
            messages.append(self._outside)
        self.summary.setText("\n".join(messages))
        self.summary.setVisible(bool(messages))


def phone_message(_owner=None) -> str:
    """The one message for a phone number that is not a Vietnamese mobile or landline."""
    return QCoreApplication.translate(
        "FieldChecks",
        "The phone number does not look right: a mobile number has 10 digits starting with 0 (e.g. "
        "0912 345 678), a landline 11 digits with its area code (e.g. 024 3837 0123); +84 may stand "
        "for the first 0.")

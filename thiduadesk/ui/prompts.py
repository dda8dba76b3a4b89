"""Small modal questions and notices, in one place so tests can replace them.

Widgets call ``prompts.confirm(...)`` (looked up at call time), never QMessageBox directly; a test
monkeypatches these functions to answer without a blocking dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str, *, destructive: bool = True) -> bool:
    """Ask yes/no; for destructive actions "No" is the default button."""
    box = QMessageBox(QMessageBox.Icon.Question if not destructive else QMessageBox.Icon.Warning, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No if destructive else QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def open_file(parent: QWidget | None, title: str, name_filter: str, directory: str = "") -> str:
    """A path chosen by the user, or "" if cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, directory, name_filter)
    return path


def save_file(parent: QWidget | None, title: str, suggested: str, name_filter: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, name_filter)
    return path


def excel_filter() -> str:
    return QCoreApplication.translate("Prompts", "Excel workbooks (*.xlsx)")


def backup_filter() -> str:
    return QCoreApplication.translate("Prompts", "ThiDuaDesk backups (*.sqlite)")

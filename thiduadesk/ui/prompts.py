"""Small modal questions and notices, in one place so tests can replace them.

Widgets call ``prompts.confirm(...)`` (looked up at call time), never QMessageBox directly; a test
monkeypatches these functions to answer without a blocking dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from thiduadesk.ui import preferences

LAST_FOLDER_KEY = "files/lastFolder"


def confirm(parent: QWidget | None, title: str, text: str, *, destructive: bool = True) -> bool:
    """Ask yes/no; for destructive actions "No" is the default button."""
    box = QMessageBox(QMessageBox.Icon.Question if not destructive else QMessageBox.Icon.Warning, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No if destructive else QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


def choose(parent: QWidget | None, title: str, text: str, choices: list[tuple[str, str]], default: str) -> str:
    """Ask to pick one of ``choices`` ((key, button text), in button order); "" if cancelled."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    buttons = {box.addButton(label, QMessageBox.ButtonRole.AcceptRole): key for key, label in choices}
    box.setDefaultButton(next(b for b, k in buttons.items() if k == default))
    box.exec()
    return buttons.get(box.clickedButton(), "")


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def last_folder() -> str:
    """Where the file dialogs open: the folder of the last file chosen, else Documents (never the
    program's own folder, which is where a bare file name would land on Windows)."""
    folder = preferences.app_settings().value(LAST_FOLDER_KEY, "")
    if folder and Path(folder).is_dir():
        return str(folder)
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def remember_folder(path: str) -> None:
    if path:
        settings = preferences.app_settings()
        settings.setValue(LAST_FOLDER_KEY, str(Path(path).parent))
        settings.sync()


def start_path(suggested: str) -> str:
    """``suggested`` as given if it names a folder, else that file name in ``last_folder()``."""
    if not suggested:
        return last_folder()
    if Path(suggested).is_absolute():
        return suggested
    return str(Path(last_folder()) / suggested)


def open_file(parent: QWidget | None, title: str, name_filter: str, directory: str = "") -> str:
    """A path chosen by the user, or "" if cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, directory or last_folder(), name_filter)
    remember_folder(path)
    return path


def save_file(parent: QWidget | None, title: str, suggested: str, name_filter: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, start_path(suggested), name_filter)
    remember_folder(path)
    return path


def excel_filter() -> str:
    return QCoreApplication.translate("Prompts", "Excel workbooks (*.xlsx)")


def backup_filter() -> str:
    return QCoreApplication.translate("Prompts", "ThiDuaDesk backups (*.sqlite)")

"""Choosing a backup to restore: the rotation's files newest first, or any file picked by hand."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from thiduadesk.domain.dates import screen_datetime
from thiduadesk.store.backup import BackupFile, is_good, list_backups
from thiduadesk.ui import prompts


class RestoreDialog(QDialog):
    def __init__(self, backup_dir: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(520, 420)
        self.chosen: Path | None = None
        self.backups: list[BackupFile] = list_backups(Path(backup_dir)) if backup_dir else []

        layout = QVBoxLayout(self)
        text = self.tr(
            "Choose the copy to go back to. The current data file is kept aside as a backup "
            "(“before a restore”) so the restore can itself be undone."
        )
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if backup_dir:
            where = QLabel(self.tr("Backup folder: %1").replace("%1", str(backup_dir)))
            where.setWordWrap(True)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            where.setStyleSheet("color: palette(placeholder-text);")
            layout.addWidget(where)

        self.list = QListWidget()
        self.list.setObjectName("backupList")
        # Newest first, each checked until a good one is found: that one is offered; a backup
        # damaged since it was written is shown as such and cannot be chosen.
        good_row = None
        for row, backup in enumerate(self.backups):
            item = QListWidgetItem(self.describe(backup))
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            item.setToolTip(str(backup.path))
            if good_row is None:
                if is_good(backup.path):
                    good_row = row
                else:
                    item.setText(self.tr("%1 — damaged, cannot be restored").replace("%1", item.text()))
                    item.setData(Qt.ItemDataRole.UserRole, "")
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        if not self.backups:
            item = QListWidgetItem(self.tr("No backups found. Use “Other file…” to choose one."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        elif good_row is not None:
            self.list.setCurrentRow(good_row)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.list)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(good_row is not None)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.other_button = QPushButton(self.tr("Other file…"))
        self.buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.other_button.clicked.connect(self.choose_other)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def describe(self, backup: BackupFile) -> str:
        when = screen_datetime(backup.taken_at)
        reasons = {
            "": self.tr("daily"),
            "truoc-nang-cap": self.tr("before an upgrade"),
            "truoc-khoi-phuc": self.tr("before a restore"),
            "thu-cong": self.tr("made by hand"),
        }
        reason = reasons.get(backup.reason, backup.reason)
        try:
            size = backup.path.stat().st_size / 1024
        except OSError:
            size = 0
        return self.tr("%1 — %2 (%3 KB)").replace("%1", when).replace("%2", reason).replace("%3", f"{size:.0f}")

    def choose_other(self) -> None:
        path = prompts.open_file(self, self.tr("Choose a backup file"), prompts.backup_filter())
        if path:
            self.chosen = Path(path)
            super().accept()

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None or not item.data(Qt.ItemDataRole.UserRole):
            return
        self.chosen = Path(item.data(Qt.ItemDataRole.UserRole))
        super().accept()


def choose_backup(backup_dir: Path | None, parent: QWidget | None = None) -> Path | None:
    """Ask which backup to restore; None if the user cancelled."""
    dialog = RestoreDialog(backup_dir, parent)
    return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None

"""Where the database, its backups and the logs live (Qt's AppLocalDataLocation)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "ThiDuaDesk"
ORG_NAME = "ThiDuaDesk"
DB_FILE = "thiduadesk.sqlite"
DEMO_FILE = "thiduadesk-demo.sqlite"


def data_dir() -> Path:
    """The per-user local data folder, e.g. %LOCALAPPDATA%\\ThiDuaDesk\\ThiDuaDesk on Windows."""
    try:
        from PySide6.QtCore import QCoreApplication, QStandardPaths

        QCoreApplication.setOrganizationName(ORG_NAME)
        QCoreApplication.setApplicationName(APP_NAME)
        location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
        if location:
            return Path(location)
    except ImportError:  # command-line use without Qt installed
        pass
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA", Path.home())) / APP_NAME
    return Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / APP_NAME


def default_db_path() -> Path:
    return data_dir() / DB_FILE


def demo_db_path() -> Path:
    return data_dir() / DEMO_FILE


def backup_dir_for(db_path: Path) -> Path:
    """Backups sit in a folder beside the database they copy."""
    db_path = Path(db_path)
    return db_path.parent / f"{db_path.stem}-backups"


def log_dir() -> Path:
    return data_dir() / "logs"

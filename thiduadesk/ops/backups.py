"""Checking the data file and backing it up (the clerk's File menu and the command line)."""

from __future__ import annotations

from pathlib import Path

from thiduadesk import paths
from thiduadesk.ops import changes
from thiduadesk.store.db import Store


def check(store: Store) -> list[str]:
    """SQLite's integrity check: ``["ok"]`` when the file is sound, else the problems found."""
    return store.integrity_check()


def backup(store: Store, dest: str | Path | None = None) -> Path:
    """A consistent, checked copy of the data: at ``dest`` (a file or a folder), by default in the
    backup folder beside the data file. Returns the file written."""
    if dest is None:
        written = store.backup_to(paths.backup_dir_for(store.path), into_folder=True)
    else:
        written = store.backup_to(dest)
    changes.publish(store, changes.BACKUPS)
    return written


def backup_name(when, reason: str = "") -> str:
    """The file name a backup taken at ``when`` gets (``thiduadesk-YYYYMMDD-HHMMSS[-reason].sqlite``)."""
    from thiduadesk.store.backup import backup_name as name

    return name(when, reason)

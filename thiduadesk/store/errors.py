"""Errors the storage layer raises when a database cannot be used as asked.

Each carries a message the clerk can read (Vietnamese, since it goes straight to a dialog or the
terminal), the file concerned and whether offering a backup restore makes sense.
"""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """A database problem the user must be told about, never a traceback."""

    can_restore = False

    def __init__(self, message: str, path: str | Path | None = None):
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None


class DatabaseInUse(StoreError):
    """Another ThiDuaDesk (or another program) holds the file."""


class NewerVersion(StoreError):
    """The file was written by a newer ThiDuaDesk; opening it could damage it."""


class MigrationFailed(StoreError):
    """An upgrade step failed; its transaction was rolled back, the file is as before."""


class CorruptDatabase(StoreError):
    can_restore = True


class ReadOnlyDatabase(StoreError):
    can_restore = True


class NetworkLocation(StoreError):
    """The file sits on a network share, where SQLite's locking cannot be trusted."""


class DatabaseNotFound(StoreError):
    """Asked to open an existing file only (a check), and there is none."""


class NotThiDuaDeskFile(StoreError):
    """A valid SQLite file, but some other program's."""


class BackupFailed(StoreError):
    """A backup could not be written (disk full, no permission); nothing was left half-written."""


class ValidationError(StoreError):
    """Bad input refused before anything was written."""

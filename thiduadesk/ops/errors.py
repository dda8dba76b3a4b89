"""Errors the front ends show to the clerk as they are (their ``message`` is Vietnamese).

Storage refusals are ``StoreError`` (ValidationError, FileLocked, …); a file the clerk chose that
cannot be used (a plan or a unit list that cannot be read) is ``FileRefused``, whatever reader
refused it. A front end catches ``USER_ERRORS`` and prints or shows ``exc.message``.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

from thiduadesk.store.errors import StoreError


class FileRefused(Exception):
    """A chosen file cannot be imported; ``message`` says why and what to do (Vietnamese)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@contextlib.contextmanager
def as_store_errors() -> Iterator[None]:
    """A database error below the repositories (disk full, file taken away) as a StoreError, so
    the front ends have one kind of refusal to show. The transaction was rolled back."""
    try:
        yield
    except sqlite3.Error as exc:
        raise StoreError(f"Không ghi được vào tệp dữ liệu: {exc}") from exc


USER_ERRORS: tuple[type[Exception], ...] = (StoreError, FileRefused)

__all__ = ["USER_ERRORS", "FileRefused", "StoreError"]

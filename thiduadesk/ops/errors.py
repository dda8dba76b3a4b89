"""Errors the front ends show to the clerk as they are (their ``message`` is Vietnamese).

Storage refusals are ``StoreError`` (ValidationError, FileLocked, …); a file the clerk chose that
cannot be used (a plan or a unit list that cannot be read) is ``FileRefused``, whatever reader
refused it. A front end catches ``USER_ERRORS`` and prints or shows ``exc.message``.
"""

from __future__ import annotations

from thiduadesk.store.errors import StoreError


class FileRefused(Exception):
    """A chosen file cannot be imported; ``message`` says why and what to do (Vietnamese)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


USER_ERRORS: tuple[type[Exception], ...] = (StoreError, FileRefused)

__all__ = ["USER_ERRORS", "FileRefused", "StoreError"]

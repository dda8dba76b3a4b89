"""Errors the front ends show to the clerk as they are (their ``message`` is Vietnamese).

Storage refusals are ``StoreError`` (ValidationError, FileLocked, …); a file the clerk chose that
cannot be used (a plan or a unit list that cannot be read) is ``FileRefused``, whatever reader
refused it; an output file that must not or cannot be written (the database itself, a read-only
file, a device, a full disk) is ``OutputRefused``. A front end catches ``USER_ERRORS`` and prints
or shows ``exc.message``.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

from thiduadesk.documents.output import OutputRefused
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
        if "full" in str(exc).lower():
            raise StoreError(
                f"Không ghi được vào tệp dữ liệu: {exc} (ổ đĩa đầy). Thay đổi đã được huỷ, dữ liệu vẫn như "
                "trước; hãy giải phóng chỗ trống trên ổ đĩa rồi thử lại.") from exc
        raise StoreError(f"Không ghi được vào tệp dữ liệu: {exc}") from exc
    except OverflowError as exc:  # an id or number beyond SQLite's 64-bit integers
        raise StoreError("Số quá lớn (số hiệu hoặc số lượng vượt giới hạn của tệp dữ liệu). Không có gì "
                         "bị thay đổi.") from exc


USER_ERRORS: tuple[type[Exception], ...] = (StoreError, FileRefused, OutputRefused)

__all__ = ["USER_ERRORS", "FileRefused", "OutputRefused", "StoreError"]

"""Writing finished files: beside the target first, then renamed over it, so a failure never
leaves half a document where the clerk expects the old one (or a new one).

Before anything is written the target is checked (:func:`check_target`), and a target that must
not be replaced is refused with an :class:`OutputRefused` whose ``message`` the clerk reads:

* a database — the open ThiDuaDesk file, its ``-wal``/``-journal``/``-shm`` companions, a backup,
  any SQLite file: recognised by content (so a link or a second name of the same file is caught
  too), and the paths registered with :func:`protect` compared with ``os.path.samefile``;
* a folder, a device or a pipe (``/dev/null``, a FIFO): only ordinary files are written;
* a read-only file: its write bits count even for an administrator (they are how Windows shows
  the read-only attribute);
* a folder that does not exist or cannot be written, reported under its own name.

A symbolic link is written through: its target gets the new content, the link stays a link.
A full disk or a read-only file system while writing is an OutputRefused too; the old file (or
none) is left and no temporary file remains.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

# First bytes of an SQLite database, of its write-ahead log (two byte orders) and of a rollback
# journal: none of these is ever replaced by a document.
_DATABASE_MAGICS = (b"SQLite format 3\x00", b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83",
                    b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7")
_COMPANIONS = ("-wal", "-journal", "-shm")

_protected: set[str] = set()


class OutputRefused(OSError):
    """An output file cannot (or must not) be written; ``message`` (and ``str()``) says why, in
    Vietnamese. An OSError, so a front end that already reports failed writes reports it too."""

    def __init__(self, message: str, path: str | Path | None = None):
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None


def protect(path: str | Path) -> None:
    """Never write an output over ``path`` or its journals (the open data file, a backup folder's
    files are caught by their content anyway)."""
    _protected.add(os.path.realpath(path))


def unprotect(path: str | Path) -> None:
    _protected.discard(os.path.realpath(path))


def _is_database_file(path: str) -> bool:
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # opening a FIFO would wait for a writer
            return False
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError:
        return False
    return any(head.startswith(magic) for magic in _DATABASE_MAGICS)


def _is_protected(real: str) -> bool:
    for base in _protected:
        for name in (base, *(base + side for side in _COMPANIONS)):
            if real == name:
                return True
            with contextlib.suppress(OSError):
                if os.path.exists(real) and os.path.exists(name) and os.path.samefile(real, name):
                    return True
    if _is_database_file(real):
        return True
    for side in _COMPANIONS:  # "<db>-wal" beside a database, even while it is still empty
        if real.endswith(side) and _is_database_file(real[: -len(side)]):
            return True
    return False


def check_target(path: str | Path) -> Path:
    """The file that writing to ``path`` will replace or create (a link's target); raise
    OutputRefused if it must not be written."""
    if not str(path).strip():
        raise OutputRefused("Chưa ghi tên tệp cần ghi ra (đường dẫn trống). Hãy ghi tên tệp, ví dụ ke-hoach.pdf.")
    shown = Path(path).expanduser()
    real = Path(os.path.realpath(shown))  # through any symbolic link: the link itself stays
    if _is_protected(str(real)):
        raise OutputRefused(
            f"Không ghi vào «{shown}»: đó là tệp dữ liệu (hoặc bản sao lưu, tệp nhật ký) của ThiDuaDesk "
            "hay một cơ sở dữ liệu SQLite. Tệp không bị thay đổi; hãy chọn tên tệp khác.", shown)
    try:
        st = os.stat(real)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise _refusal(exc, shown) from exc
    if st is not None:
        if stat.S_ISDIR(st.st_mode):
            raise OutputRefused(
                f"«{shown}» là một thư mục, không phải tệp. Hãy ghi cả tên tệp, ví dụ {shown / 'ke-hoach.pdf'}.",
                shown)
        if not stat.S_ISREG(st.st_mode):
            raise OutputRefused(
                f"«{shown}» không phải tệp thường (thiết bị hoặc ống dẫn): chương trình không ghi vào đó. "
                "Hãy chọn một tên tệp trong thư mục của mình.", shown)
        if not st.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(real, os.W_OK):
            raise OutputRefused(
                f"Tệp «{shown}» chỉ cho đọc: không ghi đè. Tệp không bị thay đổi; hãy bỏ thuộc tính chỉ đọc "
                "hoặc chọn tên khác.", shown)
    folder = real.parent
    if not folder.is_dir():
        raise OutputRefused(
            f"Thư mục «{shown.parent}» không tồn tại. Hãy tạo thư mục đó hoặc chọn chỗ lưu khác.", shown.parent)
    if not os.access(folder, os.W_OK):
        raise OutputRefused(
            f"Không ghi được vào thư mục «{shown.parent}» (thư mục hoặc ổ đĩa chỉ cho đọc). "
            "Hãy chọn chỗ lưu khác.", shown.parent)
    return real


def _refusal(exc: OSError, shown: Path) -> OutputRefused:
    if exc.errno == errno.ENOSPC or exc.errno == getattr(errno, "EDQUOT", -1):
        return OutputRefused(
            f"Ổ đĩa đầy: không ghi được «{shown}». Tệp cũ (nếu có) vẫn giữ nguyên, không để lại tệp dở; "
            "hãy giải phóng chỗ trống rồi thử lại.", shown)
    if exc.errno == errno.EROFS:
        return OutputRefused(
            f"Ổ đĩa chứa «{shown}» chỉ cho đọc: không ghi được. Hãy chọn chỗ lưu khác.", shown)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return OutputRefused(f"Không có quyền ghi «{shown}». Hãy chọn chỗ lưu khác.", shown)
    return OutputRefused(f"Không ghi được «{shown}» ({exc.strerror or exc}). Tệp cũ (nếu có) vẫn giữ nguyên.",
                         shown)


@contextlib.contextmanager
def replacing(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it becomes ``path`` (through a
    symbolic link: the link's target). Refusals and write failures raise OutputRefused."""
    shown = Path(path).expanduser()
    real = check_target(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=real.suffix, dir=real.parent)
    except OSError as exc:
        raise _refusal(exc, shown) from exc
    os.close(fd)
    try:
        yield Path(tmp)
        # mkstemp makes the file private (0600); a saved document gets the usual permissions.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        with open(tmp, "rb") as fh:  # on the disk before it takes the old file's place
            os.fsync(fh.fileno())
        os.replace(tmp, real)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError) and not isinstance(exc, OutputRefused):
            raise _refusal(exc, shown) from exc
        raise


def write_bytes(path: str | Path, data: bytes) -> None:
    with replacing(path) as tmp:
        tmp.write_bytes(data)

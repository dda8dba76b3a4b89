"""The bad-input suite (issue 9): every entrance — forms through the operations, Excel, text, the
command line, the data file — given what a new user gives it. Each case checks the exit status or
the exact message, and that the data file (sha256 after closing) or the target file is unchanged
where it must be.

Fixtures: ``data_file`` (a copy of a demo database: 40 units, two draft plans, the office
profile, four school years of nominations, a few dozen deadlines), ``cli`` (the command line in
this process, status and output captured), ``sha``, ``xlsx`` (a workbook from rows) and
``small_disk`` (a real 8 MiB file system, room for the demo database and then filled: tmpfs
mounted for the test when running as root, else a folder whose database is capped with
max_page_count).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from thiduadesk.cli import main
from thiduadesk.ops.data import open_data


@dataclass
class Run:
    status: int
    out: str
    err: str


def digest(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture
def sha():
    return digest


@pytest.fixture(scope="session")
def _template_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "thiduadesk.sqlite"
    open_data(path, demo=True).close()
    return path


@pytest.fixture
def data_file(_template_db, tmp_path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "thiduadesk.sqlite"
    shutil.copyfile(_template_db, path)
    return path


@pytest.fixture
def cli(capsys, data_file):
    """``cli(*args, db=...)``: the command line on ``data_file`` (or ``db``) → Run."""

    def run(*args: str, db: str | Path | None = None) -> Run:
        capsys.readouterr()
        try:
            status = main(["--db", str(db or data_file), *map(str, args)])
        except SystemExit as exc:  # argparse: a mistyped command
            status = exc.code
        captured = capsys.readouterr()
        return Run(status, captured.out, captured.err)

    return run


@pytest.fixture
def xlsx(tmp_path):
    """``xlsx(rows, name="donvi.xlsx")``: a one-sheet workbook; a row is a list of values."""
    import openpyxl

    def make(rows, name: str = "donvi.xlsx", extra=None) -> Path:
        wb = openpyxl.Workbook()
        ws = wb.active
        for row in rows:
            ws.append(row)
        if extra:
            extra(ws)
        path = tmp_path / name
        wb.save(path)
        return path

    return make


_access = os.access


def _can_mount() -> bool:
    # THIDUADESK_TEST_NO_MOUNT=1 runs the suite's fallback (max_page_count) even as root.
    return (hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("mount") is not None
            and not os.environ.get("THIDUADESK_TEST_NO_MOUNT"))


@dataclass
class SmallDisk:
    path: Path
    real: bool  # a real 8 MiB tmpfs (else: a folder, databases capped with max_page_count)
    monkeypatch: pytest.MonkeyPatch | None = None

    def fill(self, leave: int = 0) -> None:
        """Take the free space, leaving about ``leave`` bytes (without root: every database
        opened from now on may not grow, and a file written here fails as on a full disk)."""
        if not self.real:
            self._simulate()
            return
        filler = self.path / ".filler"
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        try:
            block = b"\0" * 4096
            while True:
                try:
                    if os.write(fd, block) <= 0:
                        break
                except OSError:
                    break
        finally:
            os.close(fd)
        if leave:
            size = filler.stat().st_size
            os.truncate(filler, max(0, size - leave))


    def make_read_only(self) -> None:
        if self.real:
            subprocess.run(["mount", "-o", "remount,ro", str(self.path)], check=True)
        else:  # pragma: no cover - the suite runs as root here
            self.path.chmod(0o555)
            if os.access(self.path, os.W_OK):  # root without mount: a read-only folder is not enough
                self.monkeypatch.setattr(os, "access", lambda p, m, **k: False if str(p).startswith(
                    str(self.path)) and m & os.W_OK else _access(p, m, **k))

    def _simulate(self) -> None:  # pragma: no cover - the suite runs as root here
        import errno
        import sqlite3

        from thiduadesk.documents import output
        from thiduadesk.ops import data
        from thiduadesk.store import backup

        opener, connect, fsync = data.open_store, sqlite3.connect, os.fsync

        def capped_store(*args, **kwargs):
            store = opener(*args, **kwargs)
            pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
            store.conn.execute(f"PRAGMA max_page_count = {pages}")
            return store

        def capped_connect(target, *args, **kwargs):
            conn = connect(target, *args, **kwargs)
            if str(target).startswith(str(self.path)):
                conn.execute("PRAGMA max_page_count = 1")
            return conn

        def full_fsync(fd):
            if os.path.realpath(f"/proc/self/fd/{fd}").startswith(str(self.path)):
                raise OSError(errno.ENOSPC, "No space left on device")
            return fsync(fd)

        self.monkeypatch.setattr(data, "open_store", capped_store)
        self.monkeypatch.setattr(backup.sqlite3, "connect", capped_connect)
        self.monkeypatch.setattr(output.os, "fsync", full_fsync)


@pytest.fixture
def small_disk(tmp_path, monkeypatch):
    folder = tmp_path / "small-disk"
    folder.mkdir()
    if _can_mount():
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)],
                              capture_output=True, text=True)
        if done.returncode == 0:
            try:
                yield SmallDisk(folder, True)
            finally:
                subprocess.run(["umount", "-l", str(folder)], capture_output=True)
            return
    yield SmallDisk(folder, False, monkeypatch)  # pragma: no cover - the suite runs as root here

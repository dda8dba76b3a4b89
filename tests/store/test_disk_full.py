"""A disk that fills up in the middle of a write (issue 12), made with SQLite's page limit
(``PRAGMA max_page_count``: the file may not grow past its size, as on a full disk; no root or
mount needed): the write is refused with the clerk's message from the error layer
(ops/errors.as_store_errors), its transaction is rolled back, and everything committed before
is still there — in the store, through the operations and on the command line.
(tests/entrance/test_tracebacks.py covers the same on a real full tmpfs when run as root.)"""

from __future__ import annotations

import hashlib

import pytest

from thiduadesk.cli import main
from thiduadesk.domain.awards.model import Nomination
from thiduadesk.domain.model import Unit
from thiduadesk.ops import awards as award_ops
from thiduadesk.ops import data as data_ops
from thiduadesk.ops import units as unit_ops
from thiduadesk.ops.errors import as_store_errors
from thiduadesk.store import demo as demo_store
from thiduadesk.store.db import open_store
from thiduadesk.store.errors import StoreError

DISK_FULL = ("Không ghi được vào tệp dữ liệu: database or disk is full (ổ đĩa đầy). Thay đổi đã được huỷ, dữ "
             "liệu vẫn như trước; hãy giải phóng chỗ trống trên ổ đĩa rồi thử lại.")


def _cap(store, spare_pages: int = 0) -> None:
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages + spare_pages}")


def _nominations(count: int, tag: str) -> list[Nomination]:
    return [Nomination("2026-2027", "LDTT", f"Nguyễn Thị {tag} {i}", "Trường Tiểu học Cầu Diễn", rating="HTT",
                       achievements="x" * 400) for i in range(count)]


def test_a_write_that_runs_out_of_space_is_refused_and_what_was_committed_stays(db_path):
    store = data_ops.open_data(db_path)
    try:
        unit_id = unit_ops.add_unit(store, Unit(name="Trường Tiểu học Cầu Diễn", level="tieu_hoc"))
        kept = award_ops.repository(store).add_nominations(_nominations(20, "Đã lưu"))
        audit_rows = store.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        _cap(store, spare_pages=2)
        with pytest.raises(StoreError) as info, as_store_errors():
            award_ops.repository(store).add_nominations(_nominations(3000, "Quá chỗ"))
        assert info.value.message == DISK_FULL
        assert not store.conn.in_transaction  # rolled back, the connection usable
        assert store.integrity_check() == ["ok"]
        assert award_ops.repository(store).count("2026-2027") == 20
        assert store.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audit_rows
        # A small write still fits in the pages left.
        store.set_setting("probe", "Đức")
    finally:
        store.close()
    again = open_store(db_path)
    try:
        assert [n.id for n in award_ops.repository(again).list("2026-2027", order="id")] == kept
        assert again.conn.execute("SELECT name FROM units WHERE id = ?", (unit_id,)).fetchone()[0] == \
            "Trường Tiểu học Cầu Diễn"
        assert again.get_setting("probe") == "Đức"
        assert again.integrity_check() == ["ok"]
    finally:
        again.close()


@pytest.fixture
def full_disk(monkeypatch):
    """``full_disk()``: from now on every data file the command line opens may not grow (a full
    disk under it); ``full_disk(False)`` makes room again."""
    opener = data_ops.open_store

    def capped_store(*args, **kwargs):
        store = opener(*args, **kwargs)
        _cap(store)
        return store

    def switch(full: bool = True) -> None:
        monkeypatch.setattr(data_ops, "open_store", capped_store if full else opener)

    return switch


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_command_line_names_the_full_disk_and_keeps_what_was_there(tmp_path, capsys, full_disk):
    db = tmp_path / "thiduadesk.sqlite"
    assert main(["--db", str(db), "demo"]) == 0
    capsys.readouterr()
    store = open_store(db)
    held = demo_store.data_in(store)
    store.close()
    before = _digest(db)
    full_disk()
    out = tmp_path / "list.xlsx"
    _unit_list(out, 300)
    assert main(["--db", str(db), "units", "import", str(out)]) == 1
    captured = capsys.readouterr()
    assert captured.err.strip() == DISK_FULL
    assert _digest(db) == before
    full_disk(False)
    store = open_store(db)
    try:
        assert demo_store.data_in(store) == held and store.integrity_check() == ["ok"]
    finally:
        store.close()


def _unit_list(path, rows: int) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["STT", "Tên đơn vị", "Cấp học", "Địa chỉ"])
    for n in range(1, rows + 1):
        ws.append([n, f"Trường THCS số {n}", "THCS", "Đường số " + "x" * 2000])
    wb.save(path)


def test_demo_data_on_a_full_disk_leaves_the_new_file_empty(tmp_path, capsys, full_disk):
    db = tmp_path / "new.sqlite"
    full_disk()
    assert main(["--db", str(db), "demo"]) == 1
    captured = capsys.readouterr()
    assert (captured.out, captured.err.strip()) == ("", DISK_FULL)
    store = open_store(db)
    try:  # one transaction: not half a district
        assert demo_store.data_in(store) == []
        assert store.integrity_check() == ["ok"]
    finally:
        store.close()

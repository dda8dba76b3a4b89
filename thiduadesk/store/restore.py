"""Undoing a delete: the rows a delete took (the row, what its foreign keys cascaded, the
references it set to NULL) are kept as plain column dicts, and put back later in one audited
transaction with the same ids.

Putting them back is refused with a clear message, and nothing is written, when the data has
moved on in a way that forbids it (a new unit took the name, a new register entry took the
number, the unit of a deleted person has gone since). An id taken meanwhile by a new row (SQLite
reuses the highest id) is not a refusal: the row comes back under a new id, and the rows that
pointed to it follow. A row that went with the item but also belongs to something deleted since
(a unit's tick on a deadline that is gone) stays away, as it would have gone with that.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

from thiduadesk.store.db import Store
from thiduadesk.store.errors import ValidationError


@dataclass(frozen=True)
class RemovedRows:
    """What one delete took: ``rows`` (table, columns) parents first; ``links`` the references
    the delete set to NULL (table, key columns, column, old value) to point back again."""

    rows: tuple[tuple[str, dict], ...]
    links: tuple[tuple[str, dict, str, int], ...] = field(default=())

    def first(self, table: str) -> dict | None:
        return next((row for t, row in self.rows if t == table), None)


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def rows_where(conn: sqlite3.Connection, table: str, where: str, params=()) -> list[dict]:
    """The rows of ``table`` matching ``where``, every column, in id (rowid) order."""
    cols = _columns(conn, table)
    sql = f"SELECT {', '.join(cols)} FROM {table} WHERE {where} ORDER BY rowid"
    return [dict(zip(cols, r, strict=True)) for r in conn.execute(sql, params)]


def capture(store: Store, table: str, row_id: int) -> RemovedRows:
    """Everything deleting row ``row_id`` of ``table`` will take or unlink, read before the
    delete (call inside the delete's transaction): the row, the rows that cascade from it (one
    level, then theirs), and the references set to NULL."""
    conn = store.conn
    rows: list[tuple[str, dict]] = [(table, r) for r in rows_where(conn, table, "id = ?", (row_id,))]
    links: list[tuple[str, dict, str, int]] = []
    pending = [(table, row_id)]
    while pending:
        parent, pid = pending.pop(0)
        for child in _referencing(conn, parent):
            child_table, column, on_delete = child
            found = rows_where(conn, child_table, f"{column} = ?", (pid,))
            if on_delete == "CASCADE":
                rows.extend((child_table, r) for r in found)
                if "id" in _columns(conn, child_table):
                    pending.extend((child_table, r["id"]) for r in found)
            elif on_delete == "SET NULL":
                for r in found:
                    links.append((child_table, _key_of(conn, child_table, r), column, pid))
    return RemovedRows(tuple(rows), tuple(links))


def _referencing(conn: sqlite3.Connection, parent: str) -> list[tuple[str, str, str]]:
    """(table, column, on_delete) of every foreign key that points at ``parent``."""
    out = []
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"):
        for fk in conn.execute(f"PRAGMA foreign_key_list({name})"):
            # (id, seq, table, from, to, on_update, on_delete, match)
            if fk[2] == parent:
                out.append((name, fk[3], fk[6].upper()))
    return out


def _key_of(conn: sqlite3.Connection, table: str, row: dict) -> dict:
    pk = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[5]]
    return {c: row[c] for c in (pk or ["rowid"]) if c in row}


def _parents(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    return [(fk[3], fk[2]) for fk in conn.execute(f"PRAGMA foreign_key_list({table})")]


def put_back(store: Store, removed: RemovedRows, *, what: str,
             conflict: Callable[[str, sqlite3.IntegrityError], str] | None = None,
             after_insert: Callable[[str, int, int], None] | None = None) -> dict[str, dict[int, int]]:
    """Insert the rows again (same ids where free) in one transaction, each audited as
    "restore"; relink the references. ``what`` names the item in messages ("đơn vị «…»");
    ``conflict(table, error)`` says why a constraint refused it. Returns {table: {old id: new id}}
    for the rows whose id had been taken."""
    conn = store.conn
    moved: dict[str, dict[int, int]] = {}
    with store.transaction():
        for index, (table, original) in enumerate(removed.rows):
            row = dict(original)
            for column, parent in _parents(conn, table):
                if row.get(column) in moved.get(parent, {}):
                    row[column] = moved[parent][row[column]]
            old_id = row.get("id")
            if old_id is not None and conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (old_id,)).fetchone():
                row.pop("id")
            try:
                cur = conn.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                                   list(row.values()))
            except sqlite3.IntegrityError as exc:
                if index and "FOREIGN KEY" in str(exc):
                    # A row that went with the item and belongs to something else deleted since
                    # (a unit's tick on a deadline that is gone): it would have gone with that too.
                    continue
                reason = conflict(table, exc) if conflict else ""
                raise ValidationError(f"Không khôi phục được {what}: "
                                      + (reason or "dữ liệu đã thay đổi từ lúc xoá.")) from None
            if old_id is not None:
                new_id = cur.lastrowid if "id" not in row else old_id
                if new_id != old_id:
                    moved.setdefault(table, {})[old_id] = new_id
                if after_insert is not None:
                    after_insert(table, old_id, new_id)
                after = {k: v for k, v in {**row, "id": new_id}.items() if k != "search_fold"}
                store.audit(table, new_id, "restore", None, after)
        for table, key, column, value in removed.links:
            value = moved.get(_table_of_link(conn, table, column), {}).get(value, value)
            where = " AND ".join(f"{c} = ?" for c in key)
            conn.execute(f"UPDATE {table} SET {column} = ? WHERE {where} AND {column} IS NULL",
                         [value, *key.values()])
    return moved


def _table_of_link(conn: sqlite3.Connection, table: str, column: str) -> str:
    return next((parent for col, parent in _parents(conn, table) if col == column), "")

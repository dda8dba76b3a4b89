"""The audit log keeps what changed, and every version of a record can be rebuilt from it.

An insert keeps the full record (``after``), a delete the full record (``before``). An update keeps
only the field-level changes: ``after`` is the change that turns the previous version into the
new one, ``before`` the change that turns it back (rows with ``changes_only = 1``; rows written
before migration m003 hold full records and are read as such).

A change is JSON. Applied to a value it gives the new value:

- a dict of keys → changes, for a dict: each key changed in turn; ``{"$delete": 1}`` removes the
  key. A key of the data that starts with ``$`` is written with one more ``$`` in front;
- ``{"$v": value}``: the value itself, when it is a dict (a dict alone would read as a change);
- ``{"$s": [start, count, text]}``: for a long string, ``count`` characters at ``start`` replaced
  by ``text`` (typing in a paragraph stores the few letters typed, not the paragraph);
- ``{"$at": [[index, change], ...]}``: items of a list changed in place;
- ``{"$splice": [start, count, items]}``: a range of a list replaced (items inserted or removed);
- anything else (number, string, list, null): the new value.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any, NamedTuple

from thiduadesk.store.errors import StoreError

DELETE = {"$delete": 1}
_OPS = frozenset({"$v", "$s", "$at", "$splice", "$delete"})
# A string change is kept as a splice only when the string is long enough for it to pay.
_SPLICE_MIN = 32


class _NoChange:
    def __repr__(self) -> str:
        return "NO_CHANGE"


NO_CHANGE: Any = _NoChange()
_MISSING: Any = object()


class Version(NamedTuple):
    at: str
    user: str
    action: str
    record: Any  # the full record after this change; None after a delete


# -- the diff ---------------------------------------------------------------------------------


def plain(value: Any) -> Any:
    """The value as it is stored (JSON types only: tuples become lists, dates strings)."""
    return json.loads(dumps(value))


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str, separators=(",", ":"))


def equal(a: Any, b: Any) -> bool:
    """Equal as JSON: ``True`` is not ``1``, ``1`` is not ``1.0``."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(equal(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(map(equal, a, b))
    return a == b


def diff(old: Any, new: Any) -> Any:
    """The change that turns ``old`` into ``new`` (JSON values), or ``NO_CHANGE``."""
    if isinstance(old, dict) and isinstance(new, dict):
        return _diff_dict(old, new)
    if isinstance(old, list) and isinstance(new, list):
        return _diff_list(old, new)
    if equal(old, new):
        return NO_CHANGE
    if isinstance(old, str) and isinstance(new, str) and len(new) >= _SPLICE_MIN:
        start, end_old, end_new = _common_ends(old, new, lambda x, y: x == y)
        if (end_new - start) + 12 < len(new):
            return {"$s": [start, end_old - start, new[start:end_new]]}
    return _literal(new)


def _literal(value: Any) -> Any:
    return {"$v": value} if isinstance(value, dict) else value


def _key(key: str) -> str:
    return "$" + key if key.startswith("$") else key


def _diff_dict(old: dict, new: dict) -> Any:
    change = {}
    for key, value in old.items():
        if key not in new:
            change[_key(key)] = DELETE
        else:
            sub = diff(value, new[key])
            if sub is not NO_CHANGE:
                change[_key(key)] = sub
    for key, value in new.items():
        if key not in old:
            change[_key(key)] = _literal(value)
    return change or NO_CHANGE


def _common_ends(old, new, same) -> tuple[int, int, int]:
    """Length of the common start, and where the common end begins in each sequence."""
    shorter = min(len(old), len(new))
    start = 0
    while start < shorter and same(old[start], new[start]):
        start += 1
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and same(old[end_old - 1], new[end_new - 1]):
        end_old -= 1
        end_new -= 1
    return start, end_old, end_new


def _diff_list(old: list, new: list) -> Any:
    start, end_old, end_new = _common_ends(old, new, equal)
    if start == end_old == end_new:
        return NO_CHANGE
    splice = {"$splice": [start, end_old - start, new[start:end_new]]}
    if end_old - start != end_new - start:
        return splice
    in_place = []
    for i in range(start, end_old):
        sub = diff(old[i], new[i])
        if sub is not NO_CHANGE:
            in_place.append([i, sub])
    at = {"$at": in_place}
    # Items changed in place are usually a small part of each; a reordering is not.
    return at if len(dumps(at)) <= len(dumps(splice)) else splice


# -- applying a change ---------------------------------------------------------------------------


def apply(value: Any, change: Any) -> Any:
    """The value after ``change``; ``value`` itself is left as it was (parts it shares are new)."""
    if not isinstance(change, dict):
        return json.loads(dumps(change)) if isinstance(change, list) else change
    if len(change) == 1:
        (op, arg), = change.items()
        if op == "$v":
            return json.loads(dumps(arg))
        if op == "$s":
            start, count, text = arg
            return value[:start] + text + value[start + count :]
        if op == "$at":
            out = list(value)
            for index, sub in arg:
                out[index] = apply(out[index], sub)
            return out
        if op == "$splice":
            start, count, items = arg
            return value[:start] + json.loads(dumps(items)) + value[start + count :]
        if op == "$delete":
            raise ValueError("a deletion applies to a key of a dict, not to a value")
    out = dict(value) if isinstance(value, dict) else {}
    for escaped, sub in change.items():
        key = escaped[1:] if escaped.startswith("$") else escaped
        if isinstance(sub, dict) and sub.keys() == {"$delete"}:
            out.pop(key, None)
        else:
            out[key] = apply(out.get(key, _MISSING), sub)
    return out


# -- the log --------------------------------------------------------------------------------------


def has_changes_column(conn: sqlite3.Connection) -> bool:
    return any(r[1] == "changes_only" for r in conn.execute("PRAGMA table_info(audit_log)"))


def record(conn: sqlite3.Connection, *, at: str, user: str, table: str, row_id: int | None,
           action: str, before: Any = None, after: Any = None, changes_only: bool = True) -> None:
    """One row of the log; an update keeps only its changes (both ways)."""
    old = None if before is None else plain(before)
    new = None if after is None else plain(after)
    if changes_only and old is not None and new is not None:
        forward, backward = diff(old, new), diff(new, old)
        old = {} if backward is NO_CHANGE else backward
        new = {} if forward is NO_CHANGE else forward
    values = [at, user, table, row_id, action,
              None if old is None else dumps(old), None if new is None else dumps(new)]
    if changes_only:
        conn.execute(
            "INSERT INTO audit_log (at, user, table_name, row_id, action, before, after, changes_only) "
            "VALUES (?,?,?,?,?,?,?,1)",
            values,
        )
    else:  # a file still before m003 (only while testing the upgrade path)
        conn.execute(
            "INSERT INTO audit_log (at, user, table_name, row_id, action, before, after) VALUES (?,?,?,?,?,?,?)",
            values,
        )


def history(store, table: str, row_id: int | None) -> list[Version]:
    """Every version of one record, oldest first, rebuilt from the log (old full rows and new
    change rows alike). Each record is a fresh copy the caller may change."""
    conn = store.conn
    changes = "changes_only" if has_changes_column(conn) else "0"
    rows = conn.execute(
        f"SELECT at, user, action, before, after, {changes} FROM audit_log "
        "WHERE table_name = ? AND row_id IS ? ORDER BY id",
        (table, row_id),
    ).fetchall()
    out: list[Version] = []
    state: Any = None
    for at, user, action, before, after, changes_only in rows:
        if after is None:
            state = None
        elif before is None or not changes_only:
            state = json.loads(after)
        elif state is None:
            raise StoreError(
                f"Nhật ký thay đổi của bản ghi {row_id} (bảng {table}) không đầy đủ: "
                "thiếu bản ghi đầu tiên nên không dựng lại được các phiên bản."
            )
        else:
            state = apply(state, json.loads(after))
        out.append(Version(at, user, action, None if state is None else json.loads(dumps(state))))
    return out

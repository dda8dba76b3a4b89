"""Deadlines, the units' receipts for each (received or not, when, a note), and the clerk's days
off; every write audited. Deadlines read from a plan are re-synced by the identity of their
timetable row or sentence, so the ticks already made stay."""

from __future__ import annotations

import datetime as dt
import functools
import json
import sqlite3
from dataclasses import dataclass

from thiduadesk.domain.model import Unit
from thiduadesk.domain.schedule import (
    ALL,
    CLUSTER,
    DEADLINE_KINDS,
    LEVEL,
    LISTED,
    OFFICE,
    SOURCES,
    Audience,
    DayOffChanges,
    Deadline,
    due_last_day,
    is_office_name,
)
from thiduadesk.domain.text import clean_text, vi_sort_key
from thiduadesk.store.db import Store, utc_now
from thiduadesk.store.errors import ValidationError
from thiduadesk.store.profile import load_profile
from thiduadesk.store.units import install_collations

_COLUMNS = "id, due, title, kind, source, audience, note, plan_id, row_key, origin, active"
# A deadline's first day is at most this far before its last (a month milestone): bounds the
# index range of a period's query.
_LONGEST = dt.timedelta(days=31)


@dataclass
class Receipt:
    unit_id: int
    unit_name: str
    received: bool = False
    received_on: str | None = None  # ISO day
    note: str = ""


@functools.lru_cache(maxsize=256)
def _audience_parts(text: str) -> tuple[str, str, tuple[int, ...]]:
    """A stored audience read once per distinct JSON text (most deadlines share a few)."""
    a = Audience.from_dict(json.loads(text or "{}"))
    return a.scope, a.value, tuple(a.unit_ids)


def _from_row(r) -> Deadline:
    scope, value, unit_ids = _audience_parts(r[5])
    return Deadline(
        due=r[1], title=r[2], kind=r[3], source=r[4], audience=Audience(scope, value, list(unit_ids)),
        note=r[6], plan_id=r[7], row_key=r[8], origin=r[9], active=bool(r[10]), id=r[0],
    )  # fmt: skip


def _record(d: Deadline) -> dict:
    return {
        "due": d.due, "title": d.title, "kind": d.kind, "source": d.source, "audience": d.audience.to_dict(),
        "note": d.note, "plan_id": d.plan_id, "row_key": d.row_key, "origin": d.origin, "active": d.active,
    }  # fmt: skip


YEARS = range(1990, 2101)  # a deadline outside these is a typing slip (1850, 2200), not a plan


def check_due(due: str) -> str:
    due = (due or "").strip()
    try:
        due_last_day(due)
        if len(due) not in (7, 10):
            raise ValueError
    except ValueError:
        raise ValidationError(f"Hạn «{due}» không phải một ngày (YYYY-MM-DD) hay một tháng (YYYY-MM).") from None
    if int(due[:4]) not in YEARS:
        raise ValidationError(f"Hạn «{due}» có năm {due[:4]} ngoài khoảng {YEARS.start}–{YEARS.stop - 1}: hãy kiểm "
                              "tra lại năm.")
    return due


def _clean(d: Deadline) -> Deadline:
    d.due = check_due(d.due)
    if d.audience.scope == LISTED and not d.audience.unit_ids:
        raise ValidationError("Chọn ít nhất một đơn vị phải nộp (hoặc chọn «Tất cả đơn vị»).")
    d.title = clean_text(d.title)
    d.note = clean_text(d.note)
    if not d.title:
        raise ValidationError("Hạn nộp cần có nội dung.")
    if d.kind not in DEADLINE_KINDS:
        raise ValidationError(f"Loại hạn «{d.kind}» không có.")
    if d.source not in SOURCES:
        raise ValidationError(f"Nguồn hạn «{d.source}» không có.")
    return d


class DeadlineRepository:
    def __init__(self, store: Store):
        self.store = store
        self.conn = store.conn
        install_collations(store)

    # -- deadlines -------------------------------------------------------------------------

    def get(self, deadline_id: int) -> Deadline:
        r = self.conn.execute(f"SELECT {_COLUMNS} FROM deadlines WHERE id = ?", (deadline_id,)).fetchone()
        if r is None:
            raise ValidationError(f"Không tìm thấy hạn nộp số {deadline_id}.")
        return _from_row(r)

    def between(self, first: dt.date, last: dt.date, *, include_dropped: bool = False) -> list[Deadline]:
        """Deadlines whose day (or month) touches ``first``..``last``, by date."""
        sql = (
            f"SELECT {_COLUMNS} FROM deadlines WHERE last_day BETWEEN ? AND ? AND substr(due || '-01', 1, 10) <= ?"
            + ("" if include_dropped else " AND active = 1")
            + " ORDER BY last_day, id"
        )
        params = (first.isoformat(), (last + _LONGEST if last < dt.date.max - _LONGEST else dt.date.max).isoformat(), last.isoformat())
        return [_from_row(r) for r in self.conn.execute(sql, params)]

    def of_plans(self, plan_ids: list[int]) -> list[Deadline]:
        marks = ",".join("?" * len(plan_ids))
        sql = f"SELECT {_COLUMNS} FROM deadlines WHERE plan_id IN ({marks}) ORDER BY id"
        return [_from_row(r) for r in self.conn.execute(sql, plan_ids)]

    def plan_lineage(self, plan_id: int) -> list[int]:
        """The plan and the versions it came from (parent, grandparent …), newest first."""
        ids = [plan_id]
        while True:
            r = self.conn.execute("SELECT parent_id FROM plans WHERE id = ?", (ids[-1],)).fetchone()
            if not r or r[0] is None or r[0] in ids:
                return ids
            ids.append(r[0])

    def _insert(self, d: Deadline) -> int:
        now = utc_now()
        cur = self.conn.execute(
            "INSERT INTO deadlines (due, last_day, title, kind, source, audience, note, plan_id, row_key, origin, active, "
            "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (d.due, d.last_day.isoformat(), d.title, d.kind, d.source, json.dumps(d.audience.to_dict()), d.note,
             d.plan_id, d.row_key, d.origin, int(d.active), now, now),
        )  # fmt: skip
        d.id = cur.lastrowid
        self.store.audit("deadlines", d.id, "insert", None, _record(d))
        return d.id

    def _update(self, d: Deadline, before: Deadline) -> None:
        self.conn.execute(
            "UPDATE deadlines SET due=?, last_day=?, title=?, kind=?, source=?, audience=?, note=?, plan_id=?, row_key=?, "
            "origin=?, active=?, updated_at=? WHERE id = ?",
            (d.due, d.last_day.isoformat(), d.title, d.kind, d.source, json.dumps(d.audience.to_dict()), d.note,
             d.plan_id, d.row_key, d.origin, int(d.active), utc_now(), d.id),
        )  # fmt: skip
        self.store.audit("deadlines", d.id, "update", _record(before), _record(d))

    def _checked(self, d: Deadline) -> Deadline:
        d = _clean(d)
        self.check_listed_units(d)
        return d

    def add(self, d: Deadline) -> int:
        with self.store.transaction():
            return self._insert(self._checked(d))

    def add_many(self, items: list[Deadline]) -> list[int]:
        with self.store.transaction():
            return [self._insert(self._checked(d)) for d in items]

    def update(self, d: Deadline) -> None:
        before = self.get(d.id)
        with self.store.transaction():
            self._update(self._checked(d), before)

    def delete(self, deadline_id: int) -> None:
        before = self.get(deadline_id)
        with self.store.transaction():
            self.conn.execute("DELETE FROM deadlines WHERE id = ?", (deadline_id,))
            self.store.audit("deadlines", deadline_id, "delete", _record(before), None)

    def sync_plan(self, plan_id: int, lineage: list[int], wanted: list[Deadline]) -> tuple[int, int, int]:
        """Make the deadlines of a plan (any version in ``lineage``) the ``wanted`` ones, matched
        by row identity: "row:<n>:<words>" matches first on its words (a row moved), then on its
        place (a row edited). Returns (added, updated, removed). Dropped ones stay dropped."""
        existing = self.of_plans(list(dict.fromkeys([plan_id, *lineage])))
        if not existing:
            return 0, 0, 0
        matched: dict[int, Deadline] = {}  # index in wanted → existing
        free = list(existing)
        for i, w in enumerate(wanted):
            hit = next((e for e in free if _words(e.row_key) == _words(w.row_key)), None)
            if hit is not None:
                matched[i] = hit
                free.remove(hit)
        for i, w in enumerate(wanted):
            if i not in matched:
                hit = next((e for e in free if _place(e.row_key) == _place(w.row_key)), None)
                if hit is not None:
                    matched[i] = hit
                    free.remove(hit)
        added = updated = 0
        with self.store.transaction():
            for i, w in enumerate(wanted):
                w = _clean(w)
                w.plan_id = plan_id
                old = matched.get(i)
                if old is None:
                    self._insert(w)
                    added += 1
                    continue
                new = Deadline(w.due, w.title, w.kind if old.kind == "other" else old.kind, w.source, old.audience,
                               old.note, plan_id, w.row_key, old.origin, old.active, old.id)  # fmt: skip
                if _record(new) != _record(old):
                    self._update(new, old)
                    updated += 1
            for e in free:
                self.conn.execute("DELETE FROM deadlines WHERE id = ?", (e.id,))
                self.store.audit("deadlines", e.id, "delete", _record(e), None)
        return added, updated, len(free)

    # -- units that must submit, and their receipts -----------------------------------------

    def units_for(self, audience: Audience, units: list[Unit]) -> list[Unit]:
        """The active units among ``units`` that ``audience`` names (none for the office's own task)."""
        if audience.scope == OFFICE:
            return []
        if audience.scope == LEVEL:
            return [u for u in units if u.level == audience.value]
        if audience.scope == CLUSTER:
            return [u for u in units if u.cluster == audience.value]
        if audience.scope == LISTED:
            ids = set(audience.unit_ids)
            return [u for u in units if u.id in ids]
        if audience.scope != ALL:
            raise ValidationError(f"Phạm vi «{audience.scope}» không có.")
        return list(units)

    def active_units(self, *, ordered: bool = True) -> list[Unit]:
        """The units that can be asked to submit: the active ones, less the office itself when
        it is in the list (by the profile's office name, or "Phòng GD&ĐT …"); by name."""
        return self._units(ordered)[0]

    def _units(self, ordered: bool) -> tuple[list[Unit], set[int]]:
        """(the units that can be asked, the ids of the units that are the office)."""
        profile = load_profile(self.store)
        office = profile.office_name if profile else ""
        out, skipped = [], set()
        for r in self.conn.execute("SELECT id, name, level, cluster FROM units WHERE active = 1"):
            if is_office_name(r[1], office):
                skipped.add(r[0])
            else:
                out.append(Unit(name=r[1], level=r[2], cluster=r[3], id=r[0]))
        if ordered:  # the order of COLLATE VI, with each name's key computed once
            out.sort(key=lambda u: vi_sort_key(u.name))
        return out, skipped

    def progress(self, items: list[Deadline]) -> dict[int, tuple[int, int]]:
        """(units asked, units that sent it) of each deadline. The deadlines are grouped by
        audience (all units, each level, …: a handful in a month), the units each group asks are
        worked out once, and the ticks of a group are counted in SQL (one query per group)."""
        units = self._units(False)[0]
        groups: dict[tuple, tuple[Audience, list[int]]] = {}
        for d in items:
            a = d.audience
            key = (a.scope, a.value, tuple(sorted(a.unit_ids)) if a.scope == LISTED else ())
            groups.setdefault(key, (a, []))[1].append(d.id)
        out: dict[int, tuple[int, int]] = {}
        for audience, ids in groups.values():
            asked = [int(u.id) for u in self.units_for(audience, units)]
            got: dict[int, int] = {}
            for start in range(0, len(ids) if asked else 0, 900):
                chunk = ids[start : start + 900]
                sql = (
                    "SELECT deadline_id, COUNT(*) FROM deadline_receipts WHERE received = 1 AND deadline_id IN ("
                    + ",".join("?" * len(chunk)) + ") AND +unit_id IN (" + ",".join(map(str, asked)) + ") GROUP BY 1"
                )  # the unit ids are integers read from the database; "+": the index is searched by
                # deadline only and the units filtered, not probed once per (deadline, unit) pair
                got.update(self.conn.execute(sql, chunk).fetchall())
            for d_id in ids:
                out[d_id] = (len(asked), got.get(d_id, 0))
        return out

    def receipts(self, deadline_id: int) -> list[Receipt]:
        """Every unit that must submit ``deadline_id``, received or not."""
        d = self.get(deadline_id)
        got = {
            r[0]: r[1:]
            for r in self.conn.execute(
                "SELECT unit_id, received, received_on, note FROM deadline_receipts WHERE deadline_id = ?", (deadline_id,)
            )
        }
        out = []
        for u in self.units_for(d.audience, self.active_units()):
            received, on, note = got.get(u.id, (0, None, ""))
            out.append(Receipt(u.id, u.name, bool(received), on if received else None, note))
        return out

    def received_sets(self, deadline_ids: list[int]) -> dict[int, set[int]]:
        """For each deadline, the ids of the units that sent it (one query for many deadlines)."""
        out: dict[int, set[int]] = {i: set() for i in deadline_ids}
        for start in range(0, len(deadline_ids), 900):
            chunk = deadline_ids[start : start + 900]
            sql = (
                "SELECT deadline_id, unit_id FROM deadline_receipts WHERE received = 1 AND deadline_id IN ("
                + ",".join("?" * len(chunk)) + ")"
            )
            for d_id, u_id in self.conn.execute(sql, chunk):
                out[d_id].add(u_id)
        return out

    def _receipt_row(self, deadline_id: int, unit_id: int) -> dict | None:
        r = self.conn.execute(
            "SELECT received, received_on, note FROM deadline_receipts WHERE deadline_id = ? AND unit_id = ?",
            (deadline_id, unit_id),
        ).fetchone()
        return {"received": bool(r[0]), "received_on": r[1], "note": r[2]} if r else None

    def check_listed_units(self, d: Deadline) -> None:
        """Every unit a hand-picked audience names must be in the unit list."""
        if d.audience.scope != LISTED:
            return
        known = {r[0] for r in self.conn.execute("SELECT id FROM units")}
        stray = sorted(set(d.audience.unit_ids) - known)
        if stray:
            raise ValidationError(f"Không tìm thấy đơn vị số {', '.join(map(str, stray))} trong danh sách đơn vị; "
                                  "không ghi gì cả.")

    def set_receipt(self, deadline_id: int, unit_id: int, *, received: bool, on: dt.date | None = None,
                    note: str | None = None) -> None:
        """Tick (``received``, on ``on``) or untick one unit; the note is kept unless given."""
        self.get(deadline_id)
        if received and on is not None and on > dt.date.today():
            raise ValidationError(f"Ngày nhận {on:%d/%m/%Y} chưa đến: hồ sơ chỉ có thể đã nhận đến hôm nay.")
        if self.conn.execute("SELECT 1 FROM units WHERE id = ?", (unit_id,)).fetchone() is None:
            raise ValidationError(f"Không tìm thấy đơn vị số {unit_id}.")
        before = self._receipt_row(deadline_id, unit_id)
        after = {
            "received": received,
            "received_on": (on or dt.date.today()).isoformat() if received else None,
            "note": clean_text(note) if note is not None else (before or {}).get("note", ""),
        }
        if before == after:
            return
        with self.store.transaction():
            self.conn.execute(
                "INSERT INTO deadline_receipts (deadline_id, unit_id, received, received_on, note) VALUES (?,?,?,?,?) "
                "ON CONFLICT(deadline_id, unit_id) DO UPDATE SET received = excluded.received, "
                "received_on = excluded.received_on, note = excluded.note",
                (deadline_id, unit_id, int(after["received"]), after["received_on"], after["note"]),
            )
            self.store.audit("deadline_receipts", deadline_id, "update" if before else "insert",
                             {"unit_id": unit_id, **before} if before else None, {"unit_id": unit_id, **after})

    def add_receipts(self, ticks: list[tuple[int, int, dt.date, str]]) -> int:
        """Many units' receipts at once (deadline id, unit id, day received, note), each a new
        "received" row with its audit record as :meth:`set_receipt` writes it, in one
        transaction. Refused whole, nothing written, when a deadline or unit does not exist or a
        unit already has a receipt for that deadline. For demo data and bulk entry: one tick
        checks and writes in about 0.2 ms, 100,000 of them would take half a minute."""
        deadlines = {r[0] for r in self.conn.execute("SELECT id FROM deadlines")}
        units = {r[0] for r in self.conn.execute("SELECT id FROM units")}
        rows = []
        for deadline_id, unit_id, on, note in ticks:
            if deadline_id not in deadlines:
                raise ValidationError(f"Không tìm thấy hạn nộp số {deadline_id}.")
            if unit_id not in units:
                raise ValidationError(f"Không tìm thấy đơn vị số {unit_id}.")
            rows.append((deadline_id, unit_id, 1, on.isoformat(), clean_text(note)))
        with self.store.transaction():
            try:
                self.conn.executemany(
                    "INSERT INTO deadline_receipts (deadline_id, unit_id, received, received_on, note) VALUES (?,?,?,?,?)",
                    rows,
                )
            except sqlite3.IntegrityError:
                raise ValidationError("Một đơn vị đã có dòng nộp cho hạn này; không ghi gì cả.") from None
            for deadline_id, unit_id, _, on, note in rows:
                self.store.audit("deadline_receipts", deadline_id, "insert", None,
                                 {"unit_id": unit_id, "received": True, "received_on": on, "note": note})
        return len(rows)

    # -- the clerk's days off --------------------------------------------------------------

    def day_off_changes(self) -> DayOffChanges:
        out = DayOffChanges()
        for day, change, name in self.conn.execute("SELECT day, change, name FROM days_off"):
            if change == "off":
                out.added[day] = name
            elif change == "not_off":
                out.removed.add(day)
            else:
                out.working_saturdays.add(day)
        return out

    def set_day(self, day: dt.date, change: str | None, name: str = "") -> None:
        """``change``: "off" (a day off added), "not_off" (a holiday worked), "work" (a make-up
        working Saturday) or None (back to the package's calendar)."""
        if change not in ("off", "not_off", "work", None):
            raise ValidationError(f"Thay đổi ngày nghỉ «{change}» không có.")
        if change == "work" and day.weekday() < 5:
            raise ValidationError(f"Ngày {day:%d/%m/%Y} là ngày làm việc trong tuần; ngày làm bù là một ngày thứ Bảy "
                                  "hoặc Chủ nhật.")
        iso = day.isoformat()
        r = self.conn.execute("SELECT change, name FROM days_off WHERE day = ?", (iso,)).fetchone()
        before = {"day": iso, "change": r[0], "name": r[1]} if r else None
        with self.store.transaction():
            if change is None:
                self.conn.execute("DELETE FROM days_off WHERE day = ?", (iso,))
                after = None
            else:
                self.conn.execute(
                    "INSERT INTO days_off (day, change, name) VALUES (?,?,?) "
                    "ON CONFLICT(day) DO UPDATE SET change = excluded.change, name = excluded.name",
                    (iso, change, clean_text(name)),
                )
                after = {"day": iso, "change": change, "name": clean_text(name)}
            self.store.audit("days_off", None, "update" if before and after else "insert" if after else "delete",
                             before, after)


def _words(key: str) -> str:
    return key.split(":", 2)[-1]


def _place(key: str) -> str:
    parts = key.split(":", 2)
    return ":".join(parts[:2])

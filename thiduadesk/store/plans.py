"""Plans: drafts, issuing (number from the register, archived PDF), versions and reprints."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass

from thiduadesk.domain import plan_ops
from thiduadesk.domain.model import OfficeProfile, apply_profile
from thiduadesk.domain.numbering import number_and_symbol
from thiduadesk.domain.plan import DRAFT, DocDate, Plan, plan_from_dict
from thiduadesk.domain.register import RegisterEntry
from thiduadesk.domain.text import fold
from thiduadesk.store import issuing
from thiduadesk.store.db import Store, utc_now
from thiduadesk.store.documents import normalised, search_text
from thiduadesk.store.errors import ValidationError
from thiduadesk.store.register import RegisterRepository
from thiduadesk.store.restore import RemovedRows, capture, put_back


@dataclass
class PlanSummary:
    id: int
    title: str
    year: int | None
    state: str
    version: int
    number: int | None
    symbol: str
    date_iso: str | None
    updated_at: str

    @property
    def number_and_symbol(self) -> str:
        return number_and_symbol(self.number, self.symbol) if self.number else ""


class PlanRepository:
    def __init__(self, store: Store):
        self.store = store
        self.conn = store.conn
        self.register = RegisterRepository(store)

    # -- reading ---------------------------------------------------------------------------

    def get(self, plan_id: int) -> Plan:
        row = self.conn.execute("SELECT data, state, version, parent_id FROM plans WHERE id = ?", (plan_id,)).fetchone()
        if row is None:
            raise ValidationError(f"Không tìm thấy kế hoạch số {plan_id}.")
        plan = plan_from_dict(json.loads(row[0]))
        plan.id, plan.state, plan.version, plan.parent_id = plan_id, row[1], row[2], row[3]
        return plan

    def list(self, search: str = "", *, year: int | None = None, state: str | None = None) -> list[PlanSummary]:
        where, params = [], []
        for word in fold(search).split():
            where.append("search_fold LIKE ?")
            params.append(f"%{word}%")
        if year is not None:
            where.append("year = ?")
            params.append(year)
        if state:
            where.append("state = ?")
            params.append(state)
        sql = (
            "SELECT id, title, year, state, version, json_extract(data, '$.number'), json_extract(data, '$.symbol'), "
            "json_extract(data, '$.date'), updated_at FROM plans"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY COALESCE(year, 0) DESC, updated_at DESC, id DESC"
        )
        out = []
        for r in self.conn.execute(sql, params):
            date = DocDate(**json.loads(r[7])) if r[7] else DocDate()
            out.append(PlanSummary(r[0], r[1], r[2], r[3], r[4], r[5], r[6] or "", date.iso(), r[8]))
        return out

    def years(self) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT DISTINCT year FROM plans WHERE year IS NOT NULL ORDER BY year DESC")]

    # -- writing drafts --------------------------------------------------------------------

    def _write(self, plan: Plan, action: str, before: dict | None) -> int:
        now = utc_now()
        data = json.dumps(plan.to_dict(), ensure_ascii=False)
        if plan.id is None:
            cur = self.conn.execute(
                "INSERT INTO plans (doc_type, title, year, state, version, parent_id, data, search_fold, created_at, updated_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,?)",
                (plan.doc_type, plan.title, plan.year, plan.state, plan.version, plan.parent_id, data, search_text(plan), now, now),
            )
            plan.id = cur.lastrowid
            # Store the id inside the JSON too, so an exported dict is complete.
            self.conn.execute("UPDATE plans SET data = json_set(data, '$.id', ?) WHERE id = ?", (plan.id, plan.id))
        else:
            self.conn.execute(
                "UPDATE plans SET doc_type=?, title=?, year=?, state=?, version=?, parent_id=?, data=?, search_fold=?, updated_at=? "
                "WHERE id = ?",
                (plan.doc_type, plan.title, plan.year, plan.state, plan.version, plan.parent_id, data, search_text(plan), now, plan.id),
            )
        self.store.audit("plans", plan.id, action, before, plan.to_dict())
        return plan.id

    def create(self, plan: Plan) -> int:
        plan = normalised(plan, plan_from_dict)
        plan.id, plan.state = None, DRAFT
        with self.store.transaction():
            return self._write(plan, "insert", None)

    def save(self, plan: Plan) -> None:
        """Save a draft. An issued plan is locked: change it through new_version()."""
        if plan.id is None:
            raise ValidationError("Kế hoạch chưa được tạo.")
        current = self.get(plan.id)
        if current.is_issued:
            raise ValidationError(
                "Kế hoạch này đã ban hành nên không sửa được. Hãy tạo phiên bản mới để sửa đổi."
            )
        plan = normalised(plan, plan_from_dict)
        plan.state, plan.version, plan.parent_id = DRAFT, current.version, current.parent_id
        with self.store.transaction():
            self._write(plan, "update", current.to_dict())

    def delete(self, plan_id: int) -> RemovedRows:
        """Delete a draft; returns what was taken, for :meth:`restore`."""
        plan = self.get(plan_id)
        if plan.is_issued:
            raise ValidationError("Kế hoạch đã ban hành được lưu trong sổ văn bản đi, không xoá được.")
        with self.store.transaction():
            removed = capture(self.store, "plans", plan_id)
            self.conn.execute("DELETE FROM plans WHERE id = ?", (plan_id,))
            self.store.audit("plans", plan_id, "delete", plan.to_dict(), None)
        return removed

    def restore(self, removed: RemovedRows) -> int:
        """Put a deleted draft back (its deadlines and later versions point to it again); its id."""
        row = removed.first("plans")

        def renumbered(table: str, old: int, new: int) -> None:
            if table == "plans" and new != old:  # the id inside the JSON follows the row's
                self.conn.execute("UPDATE plans SET data = json_set(data, '$.id', ?) WHERE id = ?", (new, new))

        title = row["title"] or "(chưa có tên)"
        moved = put_back(self.store, removed, what=f"kế hoạch «{title}»", after_insert=renumbered)
        return moved.get("plans", {}).get(row["id"], row["id"])

    def create_from_template(self, template: Plan, profile: OfficeProfile | None, year: int) -> int:
        plan = apply_profile(plan_ops.as_new_draft(template), profile)
        plan.date = DocDate(None, None, year)
        return self.create(plan)

    def copy_for_next_year(self, plan_id: int) -> int:
        return self.create(plan_ops.copy_for_next_year(self.get(plan_id)))

    def new_version(self, plan_id: int) -> int:
        plan = self.get(plan_id)
        if not plan.is_issued:
            raise ValidationError("Chỉ tạo phiên bản mới cho kế hoạch đã ban hành; bản nháp thì sửa trực tiếp.")
        new = plan_ops.new_version(plan)
        new = normalised(new, plan_from_dict)
        with self.store.transaction():
            return self._write(new, "new-version", None)

    # -- issuing (store/issuing.py, the same for every kind of paper) ---------------------

    ref_column = "plan_id"

    def write_issued(self, plan: Plan, before: dict | None) -> int:
        """Write an issued plan inside the caller's transaction (a new one when it has no id)."""
        if plan.id is None:
            plan = normalised(plan, plan_from_dict)
            return self._write(plan, "insert-issued", None)
        return self._write(plan, "issue", before)

    def issue(
        self,
        plan_id: int,
        date: dt.date,
        render_pdf: Callable[[Plan], bytes],
        *,
        copies: int | None = None,
        file_copy: str = "",
        prepare: Callable[[Plan], object] | None = None,
    ) -> RegisterEntry:
        """Give the plan the next number and ``date``, archive its PDF, lock it — all or nothing.

        ``render_pdf`` comes from the documents layer (storage does not draw pages).
        """
        return issuing.issue(self, plan_id, date, render_pdf, copies=copies, file_copy=file_copy, prepare=prepare)

    def archived_pdf(self, plan_id: int) -> bytes:
        """The PDF exactly as issued; checked against its recorded hash."""
        return issuing.archived_pdf(self.store, self.ref_column, plan_id, "Kế hoạch")

    def register_entry(self, plan_id: int) -> RegisterEntry | None:
        row = self.conn.execute("SELECT id FROM register WHERE plan_id = ?", (plan_id,)).fetchone()
        return self.register.get(row[0]) if row else None

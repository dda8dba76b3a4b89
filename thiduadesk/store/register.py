"""The outgoing-document register: one number sequence per calendar year (or per type, by setting),
open to documents issued outside the program so the numbers stay one sequence."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, fields

from thiduadesk.domain.numbering import number_and_symbol
from thiduadesk.domain.register import PER_TYPE_SEQUENCE, SHARED_SEQUENCE, RegisterEntry
from thiduadesk.domain.text import clean_text, fold
from thiduadesk.store.db import Store
from thiduadesk.store.errors import ValidationError
from thiduadesk.store.restore import RemovedRows, capture, put_back

SEQUENCE_SETTING = "numbering_sequence"
_COLUMNS = [f.name for f in fields(RegisterEntry) if f.name != "id"]


def _row_to_entry(row: dict) -> RegisterEntry:
    return RegisterEntry(**{k: row[k] for k in (*_COLUMNS, "id")})


# A register entry's years, and the largest number or count a register column takes.
MIN_YEAR, MAX_YEAR = 1900, 2100
MAX_NUMBER = 999_999


def _check_date(value: str, label: str, required: bool = True) -> str:
    if not value and not required:
        return ""
    try:
        date = dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValidationError(f"{label} không hợp lệ: {value!r} (cần ngày/tháng/năm).") from None
    if not MIN_YEAR <= date.year <= MAX_YEAR:  # year 1 or 9999: a typing slip kept for good
        raise ValidationError(f"{label} {date.day:02d}/{date.month:02d}/{date.year:04d} nằm ngoài khoảng "
                              f"năm {MIN_YEAR}–{MAX_YEAR}. Không có gì được ghi vào sổ.")
    return date.isoformat()


class RegisterRepository:
    def __init__(self, store: Store):
        self.store = store
        self.conn = store.conn

    @property
    def sequence(self) -> str:
        value = self.store.get_setting(SEQUENCE_SETTING, SHARED_SEQUENCE)
        return value if value in (SHARED_SEQUENCE, PER_TYPE_SEQUENCE) else SHARED_SEQUENCE

    def set_sequence(self, value: str) -> None:
        if value not in (SHARED_SEQUENCE, PER_TYPE_SEQUENCE):
            raise ValidationError(f"Cách đánh số không hợp lệ: {value!r}.")
        self.store.set_setting(SEQUENCE_SETTING, value)

    def _scope(self, doc_type: str) -> tuple[str, list]:
        if self.sequence == PER_TYPE_SEQUENCE:
            return " AND doc_type = ?", [doc_type]
        return "", []

    def next_number(self, year: int, doc_type: str) -> int:
        """Numbers start from 01 on 1 January and follow issue order within the year."""
        extra, args = self._scope(doc_type)
        row = self.conn.execute(f"SELECT MAX(number) FROM register WHERE year = ?{extra}", [year, *args]).fetchone()
        return (row[0] or 0) + 1

    def _check_free(self, entry: RegisterEntry) -> None:
        extra, args = self._scope(entry.doc_type)
        clash = self.conn.execute(
            f"SELECT symbol FROM register WHERE year = ? AND number = ?{extra} AND id IS NOT ?",
            [entry.year, entry.number, *args, entry.id],
        ).fetchone()
        if clash:
            raise ValidationError(
                f"Số {entry.number:02d} năm {entry.year} đã được dùng cho văn bản {entry.number:02d}/{clash[0]}. "
                "Mỗi số chỉ được dùng một lần trong năm."
            )

    def _clean(self, entry: RegisterEntry) -> RegisterEntry:
        e = RegisterEntry(**asdict(entry))
        for name in ("symbol", "doc_type", "title", "signer", "recipients", "file_copy", "notes"):
            setattr(e, name, clean_text(getattr(e, name) or ""))
        e.symbol = e.symbol.replace(" ", "")
        e.doc_date = _check_date(e.doc_date, "Ngày văn bản")
        e.sent_date = _check_date(e.sent_date, "Ngày gửi", required=False)
        if not e.title:
            raise ValidationError("Cần nhập trích yếu nội dung văn bản.")
        if not e.symbol:
            raise ValidationError("Cần nhập ký hiệu văn bản (ví dụ KH-PGDĐT).")
        if e.year != int(e.doc_date[:4]):
            raise ValidationError("Năm đăng ký phải trùng năm của ngày văn bản (số đánh lại từ 01 mỗi năm).")
        if not isinstance(e.number, int) or not 1 <= e.number <= MAX_NUMBER:
            raise ValidationError(f"Số văn bản không hợp lệ: {entry.number!r}.")
        if e.copies is not None and not 0 <= e.copies <= MAX_NUMBER:
            raise ValidationError("Số lượng bản không hợp lệ.")
        return e

    def _row(self, e: RegisterEntry) -> dict:
        row = {c: getattr(e, c) for c in _COLUMNS}
        row["search_fold"] = fold(" ".join([e.number_and_symbol, e.title, e.signer, e.recipients, e.notes]))
        return row

    def insert(self, entry: RegisterEntry) -> int:
        """Add an entry inside the caller's transaction (used by plan issuing)."""
        entry = self._clean(entry)
        self._check_free(entry)
        row = self._row(entry)
        cur = self.conn.execute(
            f"INSERT INTO register ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values())
        )
        entry.id = cur.lastrowid
        self.store.audit("register", entry.id, "insert", None, asdict(entry))
        return entry.id

    def check(self, entry: RegisterEntry) -> None:
        """Raise the ValidationError adding or correcting ``entry`` would raise; writes nothing
        (a form checks itself again with it as the clerk corrects it)."""
        e = RegisterEntry(**asdict(entry))
        if not e.number and isinstance(e.year, int):
            e.number = self.next_number(e.year, e.doc_type)
        self._check_free(self._clean(e))

    def add_manual(self, entry: RegisterEntry) -> RegisterEntry:
        """A document issued outside the program. A missing number takes the next one."""
        with self.store.transaction():
            if not entry.number:
                entry.number = self.next_number(entry.year, entry.doc_type)
            entry.id = self.insert(entry)
        return entry

    def update(self, entry: RegisterEntry) -> None:
        """Correct the clerk's columns (sent date, copies, notes…); number and year stay checked."""
        clean = self._clean(entry)
        before = self.get(entry.id)
        with self.store.transaction():
            self._check_free(clean)
            row = self._row(clean)
            self.conn.execute(f"UPDATE register SET {', '.join(c + ' = ?' for c in row)} WHERE id = ?", [*row.values(), clean.id])
            self.store.audit("register", clean.id, "update", asdict(before), asdict(clean))

    def delete_manual(self, entry_id: int) -> RemovedRows:
        """Delete an entry made by hand; returns what was taken, for :meth:`restore`."""
        before = self.get(entry_id)
        if before.issued_here:
            raise ValidationError("Văn bản do chương trình ban hành không xoá được khỏi sổ.")
        with self.store.transaction():
            removed = capture(self.store, "register", entry_id)
            self.conn.execute("DELETE FROM register WHERE id = ?", (entry_id,))
            self.store.audit("register", entry_id, "delete", asdict(before), None)
        return removed

    def restore(self, removed: RemovedRows) -> int:
        """Put a deleted entry back with its number; refused when the number was given again."""
        row = removed.first("register")
        shown = number_and_symbol(row["number"], row["symbol"])
        entry = _row_to_entry({**row, "id": None})
        try:
            self._check_free(entry)
        except ValidationError as exc:
            raise ValidationError(f"Không khôi phục được văn bản số {shown}: {exc.message}") from None

        def conflict(_table: str, exc) -> str:
            if "UNIQUE" in str(exc):
                return f"số {shown} năm {row['year']} đã được ghi cho văn bản khác trong sổ."
            return ""

        moved = put_back(self.store, removed, what=f"văn bản số {shown}", conflict=conflict)
        return moved.get("register", {}).get(row["id"], row["id"])

    def get(self, entry_id: int) -> RegisterEntry:
        rows = self._rows("SELECT * FROM register WHERE id = ?",
                          [entry_id if isinstance(entry_id, int) and -(2**63) <= entry_id < 2**63 else 0])
        if not rows:
            raise ValidationError(f"Không tìm thấy văn bản số {entry_id} trong sổ.")
        return _row_to_entry(rows[0])

    def _rows(self, sql: str, params) -> list[dict]:
        cur = self.conn.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def list(self, year: int | None = None, search: str = "") -> list[RegisterEntry]:
        where, params = [], []
        if year is not None:
            where.append("year = ?")
            params.append(year)
        for word in fold(search).split():
            where.append("search_fold LIKE ?")
            params.append(f"%{word}%")
        sql = "SELECT * FROM register" + (" WHERE " + " AND ".join(where) if where else "")
        return [_row_to_entry(r) for r in self._rows(sql + " ORDER BY year, number, id", params)]

    def years(self) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT DISTINCT year FROM register ORDER BY year DESC")]

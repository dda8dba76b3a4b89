"""Units (schools) and their people. Every write is one transaction with its audit record."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import asdict

from thiduadesk.domain.model import LEVEL_LABELS_VI, LEVELS, Person, Unit
from thiduadesk.domain.text import clean_text, fold, match_key, name_sort_key, vi_sort_key
from thiduadesk.store.db import Store
from thiduadesk.store.errors import ValidationError
from thiduadesk.store.restore import RemovedRows, capture, put_back

_UNIT_COLUMNS = ("name", "level", "cluster", "head_name", "phone", "email", "address", "active")
_PERSON_COLUMNS = ("unit_id", "full_name", "gender", "position", "birth_year")
# The fields an imported list may set, with the column names the clerk knows them by.
IMPORT_FIELDS = {"level": "Cấp học", "cluster": "Cụm thi đua", "head_name": "Hiệu trưởng",
                 "phone": "Điện thoại", "email": "Email", "address": "Địa chỉ"}


class ImportSummary(tuple):
    """(added, updated) of an import, with what else the clerk must know: ``unchanged`` (rows
    that matched a unit and changed nothing), ``kept`` (empty cells that left a stored value as
    it was) and ``near`` (names that differ from a stored or listed one only by tones or đ)."""

    def __new__(cls, added: int, updated: int, unchanged: int = 0,
                kept: Sequence[str] = (), near: Sequence[str] = ()):
        self = super().__new__(cls, (added, updated))
        self.unchanged, self.kept, self.near = unchanged, list(kept), list(near)
        return self

    @property
    def added(self) -> int:
        return self[0]

    @property
    def updated(self) -> int:
        return self[1]

# Sort orders the unit list offers; values are SQL on trusted column names only.
UNIT_ORDER = {
    "name": "name COLLATE VI",
    # School order (mầm non, tiểu học, THCS, liên cấp, khác), not the codes' alphabetical order.
    "level": "CASE level WHEN 'mam_non' THEN 0 WHEN 'tieu_hoc' THEN 1 WHEN 'thcs' THEN 2 "
    "WHEN 'lien_cap' THEN 3 ELSE 4 END, name COLLATE VI",
    "cluster": "cluster COLLATE VI, name COLLATE VI",
    "head_name": "head_name COLLATE VI_NAME, name COLLATE VI",
    "people": "people_count, name COLLATE VI",
}


def _collate(key):
    def compare(a: str, b: str) -> int:
        ka, kb = key(a or ""), key(b or "")
        return (ka > kb) - (ka < kb)

    return compare


def install_collations(store: Store) -> None:
    """Vietnamese alphabetical order inside SQL (ORDER BY … COLLATE VI / VI_NAME)."""
    store.conn.create_collation("VI", _collate(vi_sort_key))
    store.conn.create_collation("VI_NAME", _collate(name_sort_key))
    # One identity rule for unit names everywhere (domain.text.match_key): case-insensitive,
    # tones significant.
    store.conn.create_function("tdk_match_key", 1, lambda s: match_key(s or ""), deterministic=True)


def _clean_unit(unit: Unit) -> Unit:
    cleaned = Unit(
        name=clean_text(unit.name),
        level=unit.level or "khac",
        cluster=clean_text(unit.cluster),
        head_name=clean_text(unit.head_name),
        phone=clean_text(unit.phone),
        email=clean_text(unit.email),
        address=clean_text(unit.address),
        active=bool(unit.active),
        id=unit.id,
    )
    if not cleaned.name:
        raise ValidationError("Tên đơn vị không được để trống.")
    if cleaned.level not in LEVELS:
        raise ValidationError(f"Cấp học không hợp lệ: {unit.level!r}.")
    return cleaned


def _unit_row(unit: Unit) -> dict:
    row = {c: getattr(unit, c) for c in _UNIT_COLUMNS}
    row["active"] = int(unit.active)
    row["search_fold"] = fold(" ".join([unit.name, unit.cluster, unit.head_name, unit.email, unit.phone]))
    return row


def _unit_from_row(row) -> Unit:
    return Unit(
        id=row["id"],
        name=row["name"],
        level=row["level"],
        cluster=row["cluster"],
        head_name=row["head_name"],
        phone=row["phone"],
        email=row["email"],
        address=row["address"],
        active=bool(row["active"]),
    )


def _person_from_row(row) -> Person:
    return Person(
        id=row["id"],
        unit_id=row["unit_id"],
        full_name=row["full_name"],
        gender=row["gender"],
        position=row["position"],
        birth_year=row["birth_year"],
    )


def _sql_id(value) -> int:
    """An id as SQLite can take it: one beyond 64 bits (a typing slip) matches no row."""
    return value if isinstance(value, int) and -(2**63) <= value < 2**63 else 0


def _search_clause(search: str, column: str = "search_fold") -> tuple[str, list]:
    """Every word of the search must appear, tones and đ ignored ("duc" finds "Đức")."""
    words = fold(search).split()
    if not words:
        return "", []
    return " AND ".join(f"{column} LIKE ? ESCAPE '\\'" for _ in words), [
        "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" for w in words
    ]


class UnitRepository:
    def __init__(self, store: Store):
        self.store = store
        self.conn = store.conn
        install_collations(store)

    # -- units -----------------------------------------------------------------------------

    def list_units(
        self,
        search: str = "",
        *,
        level: str | None = None,
        cluster: str | None = None,
        active_only: bool = False,
        order_by: str = "name",
        descending: bool = False,
    ) -> list[tuple[Unit, int]]:
        """Units with their number of people, filtered and sorted in SQL."""
        where, params = [], []
        clause, args = _search_clause(search, "u.search_fold")
        if clause:
            where.append(clause)
            params += args
        if level:
            where.append("u.level = ?")
            params.append(level)
        if cluster is not None:
            where.append("u.cluster = ?")
            params.append(cluster)
        if active_only:
            where.append("u.active = 1")
        order = UNIT_ORDER.get(order_by, UNIT_ORDER["name"])
        if descending:
            order = ", ".join(part + " DESC" for part in order.split(", "))
        sql = (
            "SELECT u.*, (SELECT COUNT(*) FROM people p WHERE p.unit_id = u.id) AS people_count "
            "FROM units u" + (" WHERE " + " AND ".join(where) if where else "") + f" ORDER BY {order}"
        )
        return [(_unit_from_row(r), r["people_count"]) for r in self._rows(sql, params)]

    def _rows(self, sql: str, params=()):
        cur = self.conn.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def get(self, unit_id: int) -> Unit:
        rows = self._rows("SELECT * FROM units WHERE id = ?", (_sql_id(unit_id),))
        if not rows:
            raise ValidationError(f"Không tìm thấy đơn vị số {unit_id}.")
        return _unit_from_row(rows[0])

    def find_by_name(self, name: str) -> Unit | None:
        """The unit of that name, written in any case ("TRƯỜNG THCS A" finds "Trường THCS A");
        tones count ("Hòa" does not find "Hóa")."""
        rows = self._rows("SELECT * FROM units WHERE tdk_match_key(name) = ? ORDER BY id",
                          (match_key(clean_text(name)),))
        return _unit_from_row(rows[0]) if rows else None

    def near_matches(self, name: str) -> list[Unit]:
        """Stored units whose name differs from ``name`` only by tones or đ ("Trường Hóa" for
        "Trường Hòa"): the same school mistyped, or another one; the clerk decides."""
        key = match_key(name)
        return [_unit_from_row(r) for r in self._rows("SELECT * FROM units WHERE search_fold LIKE ? ORDER BY id",
                                                       (fold(name).replace("%", "") + "%",))
                if fold(r["name"]) == fold(name) and match_key(r["name"]) != key]

    def clusters(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT DISTINCT cluster FROM units WHERE cluster != '' ORDER BY cluster COLLATE VI")]

    def count(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM units").fetchone()[0]

    def count_people(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM people").fetchone()[0]

    def _check_name_free(self, name: str, own_id: int | None) -> None:
        existing = self.find_by_name(name)
        if existing is not None and existing.id != own_id:
            raise ValidationError(f"Đã có đơn vị tên “{existing.name}”. Hãy đặt tên khác.")

    def add(self, unit: Unit) -> int:
        unit = _clean_unit(unit)
        with self.store.transaction():
            self._check_name_free(unit.name, None)
            cur = self.conn.execute(
                f"INSERT INTO units ({', '.join(_unit_row(unit))}) VALUES ({', '.join('?' * len(_unit_row(unit)))})",
                list(_unit_row(unit).values()),
            )
            unit.id = cur.lastrowid
            self.store.audit("units", unit.id, "insert", None, asdict(unit))
        return unit.id

    def update(self, unit: Unit) -> None:
        unit = _clean_unit(unit)
        before = self.get(unit.id)
        row = _unit_row(unit)
        with self.store.transaction():
            self._check_name_free(unit.name, unit.id)
            self.conn.execute(
                f"UPDATE units SET {', '.join(c + ' = ?' for c in row)} WHERE id = ?",
                [*row.values(), unit.id],
            )
            self.store.audit("units", unit.id, "update", asdict(before), asdict(unit))

    def delete_impact(self, unit_id: int) -> dict[str, int]:
        """What deleting the unit would take with it (shown in the confirmation)."""
        people = self.conn.execute("SELECT COUNT(*) FROM people WHERE unit_id = ?", (unit_id,)).fetchone()[0]
        return {"people": people}

    def delete(self, unit_id: int) -> RemovedRows:
        """Delete a unit and its people; returns what was taken, for :meth:`restore`."""
        before = self.get(unit_id)
        people = [asdict(p) for p in self.list_people(unit_id)]
        with self.store.transaction():
            removed = capture(self.store, "units", unit_id)
            self.conn.execute("DELETE FROM units WHERE id = ?", (unit_id,))
            self.store.audit("units", unit_id, "delete", {**asdict(before), "people": people}, None)
        return removed

    def restore(self, removed: RemovedRows) -> int:
        """Put a deleted unit (with its people) or a deleted person back; the unit's or the
        person's id (the same as before unless a new row took it)."""
        unit = removed.first("units")
        if unit is not None:
            what, table, old = f"đơn vị «{unit['name']}»", "units", unit["id"]
        else:
            person = removed.first("people")
            what, table, old = f"«{person['full_name']}»", "people", person["id"]

        def conflict(t: str, exc) -> str:
            if t == "units" and "UNIQUE" in str(exc):
                return "đã có đơn vị khác cùng tên; hãy đổi tên đơn vị đó rồi thử lại."
            if t == "people" and "FOREIGN KEY" in str(exc):
                return "đơn vị của người này không còn; hãy khôi phục đơn vị trước."
            return ""

        moved = put_back(self.store, removed, what=what, conflict=conflict)
        return moved.get(table, {}).get(old, old)

    def import_units(self, units: list[Unit], *, update_existing: bool = True,
                     given: Sequence[Collection[str]] | None = None,
                     columns: Collection[str] | None = None) -> ImportSummary:
        """Add new units and update existing ones (matched by :func:`match_key` of the name), all
        in one transaction; any invalid unit aborts the whole import and nothing is written.

        ``columns`` are the fields the file has a column for (default: all), ``given`` one set per
        unit of the fields its row has a value for (default: the non-empty ones). An existing
        unit gets only its given fields: a column the file lacks changes nothing, and an empty
        cell never erases a stored value (it is reported in ``kept``). A row that would change
        nothing is counted ``unchanged``, not updated.
        """
        cleaned = [_clean_unit(u) for u in units]
        columns = set(IMPORT_FIELDS) if columns is None else set(columns)
        if given is None:
            given = [{f for f in IMPORT_FIELDS if getattr(u, f)} for u in cleaned]
        added = updated = unchanged = 0
        kept: list[str] = []
        near: list[str] = []
        with self.store.transaction():
            for unit, fields in zip(cleaned, given, strict=True):
                existing = self.find_by_name(unit.name)
                if existing is None:
                    near += [f"«{unit.name}» được thêm như đơn vị mới; gần giống «{other.name}» đã có (chỉ khác "
                             "dấu). Nếu là cùng một trường, hãy sửa lại tên và xoá đơn vị thừa."
                             for other in self.near_matches(unit.name)]
                    row = _unit_row(unit)
                    cur = self.conn.execute(
                        f"INSERT INTO units ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                        list(row.values()),
                    )
                    unit.id = cur.lastrowid
                    self.store.audit("units", unit.id, "import", None, asdict(unit))
                    added += 1
                    continue
                if not update_existing:
                    continue
                merged = Unit(**asdict(existing))
                for name, label in IMPORT_FIELDS.items():
                    stored = getattr(existing, name)
                    if name in fields:
                        setattr(merged, name, getattr(unit, name))
                    elif name in columns and stored:
                        shown = LEVEL_LABELS_VI.get(stored, stored) if name == "level" else stored
                        kept.append(f"«{existing.name}»: ô {label} trống trong tệp, giữ giá trị đã có «{shown}».")
                unit.id = existing.id
                if merged == existing:
                    unchanged += 1
                    continue
                row = _unit_row(merged)
                self.conn.execute(
                    f"UPDATE units SET {', '.join(c + ' = ?' for c in row)} WHERE id = ?",
                    [*row.values(), existing.id],
                )
                self.store.audit("units", existing.id, "import-update", asdict(existing), asdict(merged))
                updated += 1
        return ImportSummary(added, updated, unchanged, kept, near)

    # -- people ----------------------------------------------------------------------------

    def list_people(self, unit_id: int | None = None, search: str = "") -> list[Person]:
        """People sorted the Vietnamese way: given name first, then the rest."""
        where, params = [], []
        if unit_id is not None:
            where.append("unit_id = ?")
            params.append(unit_id)
        clause, args = _search_clause(search)
        if clause:
            where.append(clause)
            params += args
        sql = "SELECT * FROM people" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY full_name COLLATE VI_NAME, id"
        return [_person_from_row(r) for r in self._rows(sql, params)]

    def get_person(self, person_id: int) -> Person:
        rows = self._rows("SELECT * FROM people WHERE id = ?", (_sql_id(person_id),))
        if not rows:
            raise ValidationError(f"Không tìm thấy người số {person_id}.")
        return _person_from_row(rows[0])

    @staticmethod
    def _clean_person(person: Person) -> Person:
        cleaned = Person(
            full_name=clean_text(person.full_name),
            unit_id=person.unit_id,
            gender=person.gender or "",
            position=clean_text(person.position),
            birth_year=person.birth_year,
            id=person.id,
        )
        if not cleaned.full_name:
            raise ValidationError("Họ và tên không được để trống.")
        if cleaned.gender not in ("", "nam", "nu"):
            raise ValidationError(f"Giới tính không hợp lệ: {person.gender!r}.")
        if cleaned.birth_year is not None and not 1900 <= int(cleaned.birth_year) <= 2100:
            raise ValidationError(f"Năm sinh không hợp lệ: {person.birth_year}.")
        return cleaned

    def _person_row(self, person: Person) -> dict:
        row = {c: getattr(person, c) for c in _PERSON_COLUMNS}
        row["search_fold"] = fold(f"{person.full_name} {person.position}")
        return row

    def add_person(self, person: Person) -> int:
        person = self._clean_person(person)
        row = self._person_row(person)
        with self.store.transaction():
            cur = self.conn.execute(
                f"INSERT INTO people ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values())
            )
            person.id = cur.lastrowid
            self.store.audit("people", person.id, "insert", None, asdict(person))
        return person.id

    def add_people(self, people: list[Person]) -> int:
        cleaned = [self._clean_person(p) for p in people]
        with self.store.transaction():
            for person in cleaned:
                row = self._person_row(person)
                cur = self.conn.execute(
                    f"INSERT INTO people ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values())
                )
                person.id = cur.lastrowid
                self.store.audit("people", person.id, "insert", None, asdict(person))
        return len(cleaned)

    def update_person(self, person: Person) -> None:
        person = self._clean_person(person)
        before = self.get_person(person.id)
        row = self._person_row(person)
        with self.store.transaction():
            self.conn.execute(
                f"UPDATE people SET {', '.join(c + ' = ?' for c in row)} WHERE id = ?", [*row.values(), person.id]
            )
            self.store.audit("people", person.id, "update", asdict(before), asdict(person))

    def delete_person(self, person_id: int) -> RemovedRows:
        before = self.get_person(person_id)
        with self.store.transaction():
            removed = capture(self.store, "people", person_id)
            self.conn.execute("DELETE FROM people WHERE id = ?", (person_id,))
            self.store.audit("people", person_id, "delete", asdict(before), None)
        return removed

"""Units (schools) and their people. Every write is one transaction with its audit record."""

from __future__ import annotations

from dataclasses import asdict

from thiduadesk.domain.model import LEVELS, Person, Unit
from thiduadesk.domain.text import clean_text, fold, name_sort_key, vi_sort_key
from thiduadesk.store.db import Store
from thiduadesk.store.errors import ValidationError

_UNIT_COLUMNS = ("name", "level", "cluster", "head_name", "phone", "email", "address", "active")
_PERSON_COLUMNS = ("unit_id", "full_name", "gender", "position", "birth_year")

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
        rows = self._rows("SELECT * FROM units WHERE id = ?", (unit_id,))
        if not rows:
            raise ValidationError(f"Không tìm thấy đơn vị số {unit_id}.")
        return _unit_from_row(rows[0])

    def find_by_name(self, name: str) -> Unit | None:
        rows = self._rows("SELECT * FROM units WHERE name = ?", (clean_text(name),))
        return _unit_from_row(rows[0]) if rows else None

    def clusters(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT DISTINCT cluster FROM units WHERE cluster != '' ORDER BY cluster COLLATE VI")]

    def count(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM units").fetchone()[0]

    def count_people(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM people").fetchone()[0]

    def _check_name_free(self, name: str, own_id: int | None) -> None:
        row = self.conn.execute("SELECT id FROM units WHERE name = ?", (name,)).fetchone()
        if row and row[0] != own_id:
            raise ValidationError(f"Đã có đơn vị tên “{name}”. Hãy đặt tên khác.")

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

    def delete(self, unit_id: int) -> None:
        before = self.get(unit_id)
        people = [asdict(p) for p in self.list_people(unit_id)]
        with self.store.transaction():
            self.conn.execute("DELETE FROM units WHERE id = ?", (unit_id,))
            self.store.audit("units", unit_id, "delete", {**asdict(before), "people": people}, None)

    def import_units(self, units: list[Unit], *, update_existing: bool = True) -> tuple[int, int]:
        """Add new units and update existing ones (matched by name), all in one transaction.

        Returns (added, updated). Any invalid unit aborts the whole import: nothing is written.
        """
        cleaned = [_clean_unit(u) for u in units]
        added = updated = 0
        with self.store.transaction():
            for unit in cleaned:
                existing = self.find_by_name(unit.name)
                row = _unit_row(unit)
                if existing is None:
                    cur = self.conn.execute(
                        f"INSERT INTO units ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                        list(row.values()),
                    )
                    unit.id = cur.lastrowid
                    self.store.audit("units", unit.id, "import", None, asdict(unit))
                    added += 1
                elif update_existing:
                    unit.id = existing.id
                    self.conn.execute(
                        f"UPDATE units SET {', '.join(c + ' = ?' for c in row)} WHERE id = ?",
                        [*row.values(), unit.id],
                    )
                    self.store.audit("units", unit.id, "import-update", asdict(existing), asdict(unit))
                    updated += 1
        return added, updated

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
        rows = self._rows("SELECT * FROM people WHERE id = ?", (person_id,))
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

    def delete_person(self, person_id: int) -> None:
        before = self.get_person(person_id)
        with self.store.transaction():
            self.conn.execute("DELETE FROM people WHERE id = ?", (person_id,))
            self.store.audit("people", person_id, "delete", asdict(before), None)

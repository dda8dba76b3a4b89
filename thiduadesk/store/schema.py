"""Schema of the ThiDuaDesk file, as migrations applied in order.

Never edit a migration that has shipped: add a new one at the end. ``SCHEMA_VERSION`` is the
number of migrations this build knows; the file's ``PRAGMA user_version`` records how many it has
seen, so a file from a newer build is recognised and refused.

store/db.py applies every pending migration, their records in ``_sqlite_migrations`` (the table
sqlite-utils uses, so older files read the same) and the identity marks in ONE transaction. A
migration receives a ``sqlite_utils.Database`` and must therefore not end that transaction:
no ``COMMIT``, no ``VACUUM``, no ``PRAGMA journal_mode``/``foreign_keys`` (no-ops inside a
transaction), no ``with db.conn:``. ``db.atomic()`` is fine (it nests as a savepoint).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

# "TDK1": marks the file as ThiDuaDesk's (PRAGMA application_id).
APPLICATION_ID = 0x54444B31


@dataclass
class Migration:
    name: str
    fn: Callable


class MigrationSet:
    """An ordered list of migrations, registered with ``@migrations()``.

    The same decorator as ``sqlite_utils.migrations.Migrations`` without importing sqlite-utils at
    start-up (it is loaded only when a migration is pending). Tests build their own set and pass it
    to ``open_store(..., migrations=...)``.
    """

    def __init__(self, name: str):
        self.name = name
        self._migrations: list[Migration] = []

    def __call__(self, *, name: str | None = None) -> Callable[[Callable], Callable]:
        def inner(fn: Callable) -> Callable:
            self.add(name or fn.__name__, fn)
            return fn

        return inner

    def add(self, name: str, fn: Callable) -> None:
        if name in self.names:
            raise ValueError(f"migration {name!r} is already registered in {self.name!r}")
        self._migrations.append(Migration(name, fn))

    @property
    def names(self) -> list[str]:
        return [m.name for m in self._migrations]

    def __iter__(self):
        return iter(list(self._migrations))

    def __len__(self) -> int:
        return len(self._migrations)


migrations = MigrationSet("thiduadesk")


@migrations()
def m001_foundation(db):
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(
        """CREATE TABLE units (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            level TEXT NOT NULL DEFAULT 'khac',
            cluster TEXT NOT NULL DEFAULT '',
            head_name TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 1,
            search_fold TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("CREATE INDEX idx_units_fold ON units(search_fold)")
    db.execute(
        """CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            unit_id INTEGER REFERENCES units(id) ON DELETE CASCADE,
            full_name TEXT NOT NULL,
            gender TEXT NOT NULL DEFAULT '',
            position TEXT NOT NULL DEFAULT '',
            birth_year INTEGER,
            search_fold TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("CREATE INDEX idx_people_unit ON people(unit_id)")
    db.execute("CREATE INDEX idx_people_fold ON people(search_fold)")
    db.execute(
        """CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user TEXT NOT NULL,
            table_name TEXT NOT NULL,
            row_id INTEGER,
            action TEXT NOT NULL,
            before TEXT,
            after TEXT
        )"""
    )
    db.execute("CREATE INDEX idx_audit_row ON audit_log(table_name, row_id)")


@migrations()
def m002_plans_and_register(db):
    db.execute(
        """CREATE TABLE plans (
            id INTEGER PRIMARY KEY,
            doc_type TEXT NOT NULL DEFAULT 'KH',
            title TEXT NOT NULL DEFAULT '',
            year INTEGER,
            state TEXT NOT NULL DEFAULT 'draft',
            version INTEGER NOT NULL DEFAULT 1,
            parent_id INTEGER REFERENCES plans(id) ON DELETE SET NULL,
            data TEXT NOT NULL,
            search_fold TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX idx_plans_year ON plans(year, state)")
    # The outgoing-document register (sổ đăng ký văn bản đi), Decree 30 Điều 15–16.
    db.execute(
        """CREATE TABLE register (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL,
            number INTEGER NOT NULL,
            symbol TEXT NOT NULL,
            doc_date TEXT NOT NULL,
            doc_type TEXT NOT NULL,
            title TEXT NOT NULL,
            signer TEXT NOT NULL DEFAULT '',
            recipients TEXT NOT NULL DEFAULT '',
            file_copy TEXT NOT NULL DEFAULT '',
            copies INTEGER,
            sent_date TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            plan_id INTEGER REFERENCES plans(id) ON DELETE RESTRICT,
            search_fold TEXT NOT NULL DEFAULT '',
            UNIQUE (year, number, symbol)
        )"""
    )
    db.execute("CREATE INDEX idx_register_year ON register(year, number)")
    # The PDF as signed, kept so a reprint is the same file, byte for byte.
    db.execute(
        """CREATE TABLE archive (
            id INTEGER PRIMARY KEY,
            register_id INTEGER NOT NULL UNIQUE REFERENCES register(id) ON DELETE RESTRICT,
            sha256 TEXT NOT NULL,
            pdf BLOB NOT NULL,
            created_at TEXT NOT NULL
        )"""
    )


@migrations()
def m003_audit_changes(db):
    # Update rows written from now on keep only what changed (before/after are field-level
    # changes, store/audit.py); rows already there keep their full records (changes_only = 0).
    db.execute("ALTER TABLE audit_log ADD COLUMN changes_only INTEGER NOT NULL DEFAULT 0")



@migrations()
def m004_documents(db):
    """Every paper on the one document model: plans' single signature becomes a list of
    signatures; the other papers (letters, submissions, minutes, decisions) get a table of their
    own; the register can refer to any of them."""
    rows = db.execute("SELECT id, data FROM plans WHERE json_type(data, '$.signature') IS NOT NULL").fetchall()
    for plan_id, _data in rows:
        db.execute(
            "UPDATE plans SET data = json_remove(json_set(data, '$.signatures', json_array(json_extract(data, '$.signature'))),"
            " '$.signature') WHERE id = ?",
            (plan_id,),
        )
    db.execute(
        """CREATE TABLE papers (
            id INTEGER PRIMARY KEY,
            doc_type TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            year INTEGER,
            state TEXT NOT NULL DEFAULT 'draft',
            data TEXT NOT NULL,
            search_fold TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX idx_papers_year ON papers(year, doc_type)")
    db.execute("ALTER TABLE register ADD COLUMN paper_id INTEGER REFERENCES papers(id) ON DELETE RESTRICT")
    db.execute("CREATE INDEX idx_register_paper ON register(paper_id)")
    db.execute("CREATE INDEX idx_register_plan ON register(plan_id)")


@migrations()
def m005_deadlines(db):
    """The deadline calendar: deadlines (a day, or a month "YYYY-MM" with ``last_day`` its end),
    the units' receipts for each, and the clerk's changes to the days off of a year."""
    db.execute(
        """CREATE TABLE deadlines (
            id INTEGER PRIMARY KEY,
            due TEXT NOT NULL,
            last_day TEXT NOT NULL,
            title TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'other',
            source TEXT NOT NULL DEFAULT 'hand',
            audience TEXT NOT NULL DEFAULT '{}',
            note TEXT NOT NULL DEFAULT '',
            plan_id INTEGER REFERENCES plans(id) ON DELETE SET NULL,
            row_key TEXT NOT NULL DEFAULT '',
            origin TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX idx_deadlines_day ON deadlines(last_day, active)")
    db.execute("CREATE INDEX idx_deadlines_plan ON deadlines(plan_id)")
    db.execute(
        """CREATE TABLE deadline_receipts (
            deadline_id INTEGER NOT NULL REFERENCES deadlines(id) ON DELETE CASCADE,
            unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
            received INTEGER NOT NULL DEFAULT 0,
            received_on TEXT,
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (deadline_id, unit_id)
        )"""
    )
    db.execute(
        """CREATE TABLE days_off (
            day TEXT PRIMARY KEY,
            change TEXT NOT NULL CHECK (change IN ('off', 'not_off', 'work')),
            name TEXT NOT NULL DEFAULT ''
        )"""
    )


@migrations()
def m006_awards(db):
    """Awards (issue 11): the award kinds as data (seeded from the catalogue of this build; later
    builds add kinds as rows), the nominations of each school year, and the awards conferred
    (history the rules read: imported, entered or recorded from a decision)."""
    import json

    from thiduadesk.domain.awards.catalogue import AWARD_KINDS

    db.execute(
        """CREATE TABLE award_kinds (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            collective INTEGER NOT NULL DEFAULT 0,
            ord INTEGER NOT NULL DEFAULT 0,
            data TEXT NOT NULL DEFAULT '{}'
        )"""
    )
    for k in AWARD_KINDS:
        data = {"abbreviations": list(k.abbreviations), "conferred_by": k.conferred_by,
                "cash_multiple": k.cash_multiple, "is_title": k.is_title}
        db.execute("INSERT INTO award_kinds (code, name, collective, ord, data) VALUES (?,?,?,?,?)",
                   (k.code, k.name, int(k.collective), k.order, json.dumps(data, ensure_ascii=False)))
    db.execute(
        """CREATE TABLE nominations (
            id INTEGER PRIMARY KEY,
            school_year TEXT NOT NULL,
            award TEXT NOT NULL REFERENCES award_kinds(code),
            collective INTEGER NOT NULL DEFAULT 0,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            unit_id INTEGER REFERENCES units(id) ON DELETE RESTRICT,
            unit_name TEXT NOT NULL DEFAULT '',
            birth_date TEXT NOT NULL DEFAULT '',
            position TEXT NOT NULL DEFAULT '',
            rating TEXT NOT NULL DEFAULT '',
            initiatives TEXT NOT NULL DEFAULT '[]',
            project TEXT NOT NULL DEFAULT '',
            discipline TEXT NOT NULL DEFAULT '',
            achievements TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            sector_years INTEGER,
            hard_area_years INTEGER,
            members INTEGER,
            votes_for INTEGER,
            votes_total INTEGER,
            status TEXT NOT NULL DEFAULT 'proposed',
            eligible INTEGER,
            decision_number TEXT NOT NULL DEFAULT '',
            decision_date TEXT NOT NULL DEFAULT '',
            search_fold TEXT NOT NULL DEFAULT '',
            sort_key TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX idx_nominations_year ON nominations(school_year, award, unit_id)")
    db.execute("CREATE INDEX idx_nominations_person ON nominations(name_key, unit_id)")
    db.execute("CREATE INDEX idx_nominations_sort ON nominations(school_year, sort_key)")
    db.execute(
        """CREATE TABLE conferred_awards (
            id INTEGER PRIMARY KEY,
            school_year TEXT NOT NULL,
            award TEXT NOT NULL REFERENCES award_kinds(code),
            collective INTEGER NOT NULL DEFAULT 0,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            unit_id INTEGER REFERENCES units(id) ON DELETE RESTRICT,
            unit_name TEXT NOT NULL DEFAULT '',
            birth_date TEXT NOT NULL DEFAULT '',
            rating TEXT NOT NULL DEFAULT '',
            initiatives INTEGER NOT NULL DEFAULT 0,
            decision_number TEXT NOT NULL DEFAULT '',
            decision_date TEXT NOT NULL DEFAULT '',
            nomination_id INTEGER REFERENCES nominations(id) ON DELETE SET NULL,
            source TEXT NOT NULL DEFAULT 'hand',
            created_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX idx_conferred_person ON conferred_awards(name_key, unit_id, school_year)")
    db.execute("CREATE INDEX idx_conferred_year ON conferred_awards(school_year, award)")


@migrations()
def m007_nomination_checks(db):
    """The award tab lists, filters and counts by eligibility in SQL: each nomination keeps the
    outcome of the last rule check (``eligible`` already exists) and its failures' messages.
    Both are derived from the rules and rewritten after every change of the year's list."""
    db.execute("ALTER TABLE nominations ADD COLUMN check_note TEXT NOT NULL DEFAULT ''")
    db.execute("CREATE INDEX idx_nominations_check ON nominations(school_year, eligible)")


@migrations()
def m008_nominee_details(db):
    """What two rules read (domain.md §2): the years a nominee spent under a discipline (they do
    not count towards the Kỷ niệm chương) and whether the nominee is a woman (preferred at equal
    merit when a cap cuts a unit's list)."""
    db.execute("ALTER TABLE nominations ADD COLUMN discipline_years INTEGER")
    db.execute("ALTER TABLE nominations ADD COLUMN woman INTEGER")


@migrations()
def m009_collectives_after_people(db):
    """In the award list a collective is sorted by its whole name, after the people (its sort
    key had taken its last word for a given name: "… Mỹ Đình 1" came first)."""
    from thiduadesk.store.awards import nominee_sort_key

    rows = db.execute("SELECT id, name FROM nominations WHERE collective = 1").fetchall()
    for row_id, name in rows:
        db.execute("UPDATE nominations SET sort_key = ? WHERE id = ?", (nominee_sort_key(name, True), row_id))


@migrations()
def m010_search_in_the_sort_index(db):
    """Each keystroke in the award list's search box counts and pages a year's nominations by
    ``search_fold LIKE …``: with the folded text in the year's sort index both read the index
    alone instead of every row of the year from the table (the count in half the time)."""
    db.execute("DROP INDEX idx_nominations_sort")
    db.execute("CREATE INDEX idx_nominations_sort ON nominations(school_year, sort_key, search_fold)")


SCHEMA_VERSION = len(migrations)
MIGRATION_NAMES = migrations.names

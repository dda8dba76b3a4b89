"""The office's units (schools) and their people: list, add, correct, delete, Excel in and out."""

from __future__ import annotations

from pathlib import Path

from thiduadesk.domain.model import Person, Unit
from thiduadesk.ops import changes, deleted
from thiduadesk.ops.deleted import Deleted
from thiduadesk.ops.errors import FileRefused
from thiduadesk.store.db import Store
from thiduadesk.store.units import ImportSummary, UnitRepository


def repository(store: Store) -> UnitRepository:
    """The queries the Đơn vị tab's table models read from (filter and sort in SQL)."""
    return UnitRepository(store)


def list_units(store: Store, search: str = "") -> list[tuple[Unit, int]]:
    """Units with their number of people, in name order."""
    return UnitRepository(store).list_units(search)


def list_people(store: Store, unit_id: int | None = None, search: str = "") -> list[Person]:
    """People (of one unit, or all), sorted the Vietnamese way: given name first."""
    return UnitRepository(store).list_people(unit_id, search)


def counts(store: Store) -> tuple[int, int]:
    """(units, people) for the status bar."""
    repo = UnitRepository(store)
    return repo.count(), repo.count_people()


def read_units_file(path: str | Path):
    """A unit list read from an .xlsx file, not stored yet: ``units``, ``errors`` (one per refused
    row) and ``notes``. A file that cannot be read as a unit list raises FileRefused."""
    from thiduadesk.exchange.units_xlsx import UnitImportError, read_units_xlsx

    try:
        return read_units_xlsx(path)
    except UnitImportError as exc:
        raise FileRefused(exc.message) from exc


def import_units(store: Store, units) -> ImportSummary:
    """Add new units and update those of the same name (case-insensitive, tones count), all or
    nothing. ``units`` is what :func:`read_units_file` returned — then only the columns the file
    has, and only its non-empty cells, change a stored unit — or a plain list of units.

    Returns (added, updated) with ``unchanged``, ``kept`` (empty cells that left a stored value)
    and ``near`` (names that differ from a stored one only by tones) for the clerk to read."""
    repo = UnitRepository(store)
    if hasattr(units, "given"):  # a UnitImport read from a file
        result = repo.import_units(list(units.units), given=units.given, columns=units.columns)
    else:
        result = repo.import_units(list(units))
    changes.publish(store, changes.UNITS)
    return result


def import_columns() -> list[tuple[str, bool]]:
    """The columns a unit list is read from, as the clerk's headings, with whether each is
    required (the unit's name only), in the order the export and the template write them."""
    from thiduadesk.exchange.units_xlsx import COLUMNS

    return [(heading, field == "name") for field, heading in COLUMNS]


def write_template(path: str | Path) -> Path:
    """An empty unit list to fill in: the headings of :func:`import_columns`, no rows."""
    from thiduadesk.exchange.units_xlsx import write_units_xlsx

    write_units_xlsx(Path(path), [], title="DANH SÁCH ĐƠN VỊ TRỰC THUỘC")
    return Path(path)


def export_units(path: str | Path, units: list[Unit]) -> Path:
    from thiduadesk.exchange.units_xlsx import write_units_xlsx

    write_units_xlsx(Path(path), units)
    return Path(path)


def add_unit(store: Store, unit: Unit) -> int:
    unit_id = UnitRepository(store).add(unit)
    changes.publish(store, changes.UNITS, ids={changes.UNITS: [unit_id]})
    return unit_id


def update_unit(store: Store, unit: Unit) -> None:
    UnitRepository(store).update(unit)
    changes.publish(store, changes.UNITS, ids={changes.UNITS: [unit.id]})


def delete_unit(store: Store, unit_id: int) -> Deleted:
    """Delete a unit and its people (the confirmation shows ``delete_impact`` first); what was
    deleted, for ``ops.deleted.restore``."""
    repo = UnitRepository(store)
    name = repo.get(unit_id).name
    removed = repo.delete(unit_id)
    changes.publish(store, changes.UNITS, changes.PEOPLE, ids={changes.UNITS: [unit_id]})
    return Deleted(deleted.UNIT, unit_id, f"đơn vị «{name}»", removed)


def delete_impact(store: Store, unit_id: int) -> dict[str, int]:
    return UnitRepository(store).delete_impact(unit_id)


def add_person(store: Store, person: Person) -> int:
    person_id = UnitRepository(store).add_person(person)
    changes.publish(store, changes.PEOPLE, ids={changes.PEOPLE: [person_id], changes.UNITS: [person.unit_id]})
    return person_id


def update_person(store: Store, person: Person) -> None:
    UnitRepository(store).update_person(person)
    changes.publish(store, changes.PEOPLE, ids={changes.PEOPLE: [person.id], changes.UNITS: [person.unit_id]})


def delete_person(store: Store, person_id: int) -> Deleted:
    """Delete a person; what was deleted, for ``ops.deleted.restore``."""
    person = UnitRepository(store).get_person(person_id)
    removed = UnitRepository(store).delete_person(person_id)
    changes.publish(store, changes.PEOPLE, ids={changes.PEOPLE: [person_id], changes.UNITS: [person.unit_id]})
    return Deleted(deleted.PERSON, person_id, f"«{person.full_name}»", removed)

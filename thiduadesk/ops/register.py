"""The outgoing-document register: every document the office issued, by the program or by hand,
in one number sequence per year (or one per kind, by setting)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from thiduadesk.domain.dates import screen_date
from thiduadesk.domain.register import RegisterEntry
from thiduadesk.ops import changes, deleted
from thiduadesk.ops.deleted import Deleted
from thiduadesk.store.db import Store
from thiduadesk.store.profile import load_profile
from thiduadesk.store.register import RegisterRepository

# An issue date further than this from today is almost always a typing mistake, and an issued
# number stays in the register for good: such a date needs the clerk's confirmation (--force on
# the command line, a question in the GUI).
ISSUE_DATE_WINDOW = dt.timedelta(days=366)
ISSUE_YEARS = range(2000, 2101)


def issue_date_problem(date: dt.date, today: dt.date | None = None) -> str | None:
    """Why ``date`` needs confirming as an issue date (Vietnamese, to follow "ngày dd/mm/yyyy"),
    or None when it is near enough to today."""
    today = today or dt.date.today()
    if date.year not in ISSUE_YEARS:
        return f"thuộc năm {date.year}, ngoài khoảng 2000–2100"
    if abs(date - today) > ISSUE_DATE_WINDOW:
        return f"cách hôm nay ({screen_date(today)}) hơn một năm"
    return None


def list_entries(store: Store, year: int | None = None, search: str = "") -> list[RegisterEntry]:
    return RegisterRepository(store).list(year, search)


def years(store: Store) -> list[int]:
    return RegisterRepository(store).years()


def get(store: Store, entry_id: int) -> RegisterEntry:
    return RegisterRepository(store).get(entry_id)


def next_number(store: Store, year: int, doc_type: str) -> int:
    """The number the next document of ``doc_type`` issued in ``year`` takes."""
    return RegisterRepository(store).next_number(year, doc_type)


def add_entry(store: Store, entry: RegisterEntry) -> RegisterEntry:
    """A document issued outside the program; a missing number takes the next one."""
    saved = RegisterRepository(store).add_manual(entry)
    changes.publish(store, changes.REGISTER, ids={changes.REGISTER: [saved.id]})
    return saved


def entry_problem(store: Store, entry: RegisterEntry) -> str:
    """Why adding or correcting ``entry`` would be refused (Vietnamese), or "" when it would not."""
    from thiduadesk.store.errors import ValidationError

    try:
        RegisterRepository(store).check(entry)
    except ValidationError as exc:
        return exc.message
    return ""


def update_entry(store: Store, entry: RegisterEntry) -> RegisterEntry:
    """Correct an entry (for a document issued by the program: the clerk's columns only)."""
    repo = RegisterRepository(store)
    repo.update(entry)
    changes.publish(store, changes.REGISTER, ids={changes.REGISTER: [entry.id]})
    return repo.get(entry.id)


def delete_entry(store: Store, entry_id: int) -> Deleted:
    """Delete an entry made by hand (documents issued by the program stay); what was deleted,
    for ``ops.deleted.restore``."""
    repo = RegisterRepository(store)
    shown = repo.get(entry_id).number_and_symbol
    removed = repo.delete_manual(entry_id)
    changes.publish(store, changes.REGISTER, ids={changes.REGISTER: [entry_id]})
    return Deleted(deleted.REGISTER_ENTRY, entry_id, f"văn bản số {shown} khỏi sổ", removed)


def register_pdf(store: Store, year: int) -> bytes:
    """The register of ``year`` as a landscape table with the office header."""
    from thiduadesk.documents.register_pdf import register_pdf_bytes

    return register_pdf_bytes(list_entries(store, year), year, load_profile(store))


def write_register_pdf(store: Store, year: int, path: str | Path) -> Path:
    from thiduadesk.ops.files import write_file

    return write_file(path, register_pdf(store, year))

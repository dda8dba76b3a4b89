"""Opening the clerk's data file for a command (the GUI opens it in app.py, with its dialogs)."""

from __future__ import annotations

from pathlib import Path

from thiduadesk import paths
from thiduadesk.ops import changes
from thiduadesk.store.db import Store, open_store


def open_data(path: Path, *, demo: bool = False, create: bool = True) -> Store:
    """Open (create, migrate) the data file at ``path``, backups beside it; with ``demo`` an empty
    file is first filled with the demo district; ``create=False`` opens an existing file only
    (a check creates nothing). Refusals raise StoreError with the clerk's message.

    While it is open no output file may be written over it (documents.output.protect)."""
    from thiduadesk.documents.output import protect
    from thiduadesk.store.errors import CorruptDatabase

    try:
        store = open_store(path, backup_dir=paths.backup_dir_for(path), create=create)
    except CorruptDatabase as exc:
        if not _is_sqlite(Path(path)):  # not a data file at all (a text, a Word file): no restore hint
            raise
        from thiduadesk.ops.backups import restore_hint

        raise CorruptDatabase(f"{exc.message} {restore_hint(exc.path or Path(path))}", exc.path) from exc
    protect(store.path)
    follow_plans(store)
    if demo:
        fill_demo(store)
    return store


def _is_sqlite(path: Path) -> bool:
    from thiduadesk.store.db import SQLITE_MAGIC

    try:
        with open(path, "rb") as fh:
            return fh.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def follow_plans(store: Store) -> None:
    """Deadlines taken from a plan follow its edits and new versions, whichever front end
    makes them (the calendar's modules load only when a plan change comes)."""

    def on_change(change) -> None:
        if change.touches(changes.PLANS):
            from thiduadesk.ops import deadlines

            deadlines.resync_after(store, change)

    changes.hub(store).subscribe(on_change)


def fill_demo(store: Store) -> bool:
    """Fill an empty database with the demo district; a used one is left alone. True if filled."""
    from thiduadesk.ops.awards import refresh_all_checks
    from thiduadesk.store.demo import ensure_demo

    if not ensure_demo(store):
        return False
    refresh_all_checks(store)  # the award list opens with its check column filled
    return True

"""Finished files the clerk asked for: written beside the target, then renamed over it."""

from __future__ import annotations

from pathlib import Path

from thiduadesk.store.db import Store


def check_output(path: str | Path) -> Path:
    """Refuse (OutputRefused) an output path that must not be written — the data file, a backup,
    a folder, a device, a read-only file, a missing folder — before any work is done for it."""
    from thiduadesk.documents.output import check_target

    return check_target(path)


def write_file(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically (a failure leaves the old file, or none)."""
    from thiduadesk.documents.output import write_bytes

    write_bytes(path, data)
    return Path(path)


def write_specimen(store: Store, kind: str, path: str | Path) -> Path:
    """A specimen of one kind of paper (``ops.specimens.KINDS``) with the office profile, to check
    the header, the signers and the printer before the first real paper."""
    from thiduadesk.ops.specimens import specimen_pdf

    return write_file(path, specimen_pdf(store, kind))

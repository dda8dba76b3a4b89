"""Issuing, the same for every kind of paper: the next number of the calendar year from the
outgoing register (one shared sequence or one per kind, as set), the PDF archived with its hash,
the document locked — all in one transaction, or nothing.

Storage draws no pages: the caller (ops/issuing.py) passes the function that renders the PDF
from the numbered, dated document.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from typing import Protocol

from thiduadesk.domain.dates import DocDate
from thiduadesk.domain.document import ISSUED, LETTER, OfficialDocument
from thiduadesk.domain.register import RegisterEntry
from thiduadesk.store.db import Store, utc_now
from thiduadesk.store.errors import CorruptDatabase, ValidationError
from thiduadesk.store.register import RegisterRepository


class DocumentRepository(Protocol):
    """What issuing needs from the repository of a kind of document."""

    store: Store
    ref_column: str  # the register's column that points at it: "plan_id", "paper_id"

    def get(self, doc_id: int) -> OfficialDocument: ...

    def write_issued(self, doc: OfficialDocument, before: dict | None) -> int:
        """Write ``doc`` as issued inside the caller's transaction (``doc.id`` None adds it);
        returns its id."""


def issue_problems(doc: OfficialDocument) -> list[str]:
    """Why ``doc`` cannot be issued yet; empty when it can."""
    kind = doc.kind_name
    problems = []
    title = doc.summary if doc.doc_type == LETTER else doc.title
    if not title.strip():
        problems.append(f"{kind} chưa có trích yếu (tên {kind.lower()}).")
    if not doc.signature.name.strip():
        problems.append(f"{kind} chưa có người ký.")
    return problems


def register_entry_for(doc: OfficialDocument, *, copies: int | None, file_copy: str) -> RegisterEntry:
    """The register line of an issued document (its number and date already given)."""
    return RegisterEntry(
        year=doc.date.year,
        number=doc.number,
        symbol=doc.symbol,
        doc_date=doc.date.iso(),
        doc_type=doc.doc_type,
        title=doc.summary if doc.doc_type == LETTER and not doc.title else doc.title,
        signer=doc.signature.register_text(),
        recipients="; ".join(r.printed() for r in doc.recipients),
        file_copy=file_copy or "VT",
        copies=copies,
    )


def _enter(repo: DocumentRepository, doc: OfficialDocument, pdf: bytes, *, copies=None, file_copy="", notes="") -> RegisterEntry:
    """The register line pointing at ``doc`` and its archived PDF (inside the caller's transaction)."""
    entry = register_entry_for(doc, copies=copies, file_copy=file_copy)
    entry.notes = notes
    setattr(entry, repo.ref_column, doc.id)
    entry.id = RegisterRepository(repo.store).insert(entry)
    repo.store.conn.execute(
        "INSERT INTO archive (register_id, sha256, pdf, created_at) VALUES (?,?,?,?)",
        (entry.id, hashlib.sha256(pdf).hexdigest(), pdf, utc_now()),
    )
    return entry


def issue(
    repo: DocumentRepository,
    doc_id: int,
    date: dt.date,
    render_pdf: Callable[[OfficialDocument], bytes],
    *,
    copies: int | None = None,
    file_copy: str = "",
    prepare: Callable[[OfficialDocument], object] | None = None,
) -> RegisterEntry:
    """Give the document the next number and ``date``, archive its PDF, lock it. ``prepare``
    completes the document first (the office header from the profile at the time of issue)."""
    store = repo.store
    doc = repo.get(doc_id)
    before = doc.to_dict()
    if prepare is not None:
        prepare(doc)
    if doc.is_issued:
        raise ValidationError(f"{doc.kind_name} này đã được ban hành.")
    problems = issue_problems(doc)
    if problems:
        raise ValidationError(problems[0])
    register = RegisterRepository(store)
    with store.transaction():
        doc.number = register.next_number(date.year, doc.doc_type)
        doc.date = DocDate.of(date)
        doc.state = ISSUED
        entry = _enter(repo, doc, render_pdf(doc), copies=copies, file_copy=file_copy)
        repo.write_issued(doc, before)
    return entry


def record_outside(
    repo: DocumentRepository,
    doc: OfficialDocument,
    render_pdf: Callable[[OfficialDocument], bytes],
    *,
    notes: str = "",
) -> RegisterEntry:
    """Keep a document that was issued outside the program (an imported file with its number
    and date): stored locked, entered in the register as an outside entry with the number it
    has, and its reprint archived. Refused when the number or the day is missing, or the number
    is already used that year."""
    kind = doc.kind_name
    if doc.number is None or not doc.date.is_complete():
        raise ValidationError(
            f"{kind} chưa có đủ số và ngày ban hành nên không nhập như văn bản đã ban hành được: "
            "hãy nhập làm bản nháp."
        )
    store = repo.store
    doc.id, doc.state = None, ISSUED
    with store.transaction():
        doc = repo.get(repo.write_issued(doc, None))
        return _enter(repo, doc, render_pdf(doc), notes=notes)


def archived_pdf(store: Store, ref_column: str, doc_id: int, kind: str) -> bytes:
    """The PDF exactly as issued; checked against its recorded hash."""
    row = store.conn.execute(
        f"SELECT a.pdf, a.sha256 FROM archive a JOIN register r ON r.id = a.register_id WHERE r.{ref_column} = ?",
        (doc_id,),
    ).fetchone()
    if row is None:
        raise ValidationError(f"{kind} này chưa ban hành nên chưa có bản lưu.")
    pdf, digest = bytes(row[0]), row[1]
    if hashlib.sha256(pdf).hexdigest() != digest:
        raise CorruptDatabase(f"Bản lưu PDF của {kind.lower()} không khớp mã kiểm tra: tệp dữ liệu có thể đã hỏng.")
    return pdf

"""Papers other than plans — công văn, tờ trình, biên bản, quyết định — on the one document
model: drafts, issuing through the shared register (store/issuing.py), audit like every table."""

from __future__ import annotations

import json

from thiduadesk.domain.document import DRAFT, OfficialDocument, document_from_dict
from thiduadesk.store.db import Store, utc_now
from thiduadesk.store.documents import normalised, search_text
from thiduadesk.store.errors import ValidationError


class PaperRepository:
    ref_column = "paper_id"

    def __init__(self, store: Store):
        self.store = store
        self.conn = store.conn

    def get(self, paper_id: int) -> OfficialDocument:
        row = self.conn.execute("SELECT data, state FROM papers WHERE id = ?", (paper_id,)).fetchone()
        if row is None:
            raise ValidationError(f"Không tìm thấy văn bản số {paper_id}.")
        paper = document_from_dict(json.loads(row[0]))
        paper.id, paper.state = paper_id, row[1]
        return paper

    def list(self, *, doc_type: str | None = None, year: int | None = None) -> list[OfficialDocument]:
        where, params = [], []
        if doc_type:
            where.append("doc_type = ?")
            params.append(doc_type)
        if year is not None:
            where.append("year = ?")
            params.append(year)
        sql = "SELECT id FROM papers" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id"
        return [self.get(r[0]) for r in self.conn.execute(sql, params).fetchall()]

    def _write(self, paper: OfficialDocument, action: str, before: dict | None) -> int:
        now = utc_now()
        row = (paper.doc_type, paper.title or paper.summary, paper.year, paper.state)
        if paper.id is None:
            cur = self.conn.execute(
                "INSERT INTO papers (doc_type, title, year, state, data, search_fold, created_at, updated_at) "
                "VALUES (?,?,?,?,'{}',?,?,?)",
                (*row, search_text(paper), now, now),
            )
            paper.id = cur.lastrowid
        data = json.dumps(paper.to_dict(), ensure_ascii=False)
        self.conn.execute(
            "UPDATE papers SET doc_type=?, title=?, year=?, state=?, data=?, search_fold=?, updated_at=? WHERE id = ?",
            (*row, data, search_text(paper), now, paper.id),
        )
        self.store.audit("papers", paper.id, action, before, paper.to_dict())
        return paper.id

    def create(self, paper: OfficialDocument) -> int:
        paper = normalised(paper, document_from_dict)
        paper.id, paper.state = None, DRAFT
        with self.store.transaction():
            return self._write(paper, "insert", None)

    def save(self, paper: OfficialDocument) -> None:
        current = self.get(paper.id)
        if current.is_issued:
            raise ValidationError(f"{current.kind_name} này đã ban hành nên không sửa được.")
        paper = normalised(paper, document_from_dict)
        paper.state = DRAFT
        with self.store.transaction():
            self._write(paper, "update", current.to_dict())

    def delete(self, paper_id: int) -> None:
        paper = self.get(paper_id)
        if paper.is_issued:
            raise ValidationError(f"{paper.kind_name} đã ban hành được lưu trong sổ văn bản đi, không xoá được.")
        with self.store.transaction():
            self.conn.execute("DELETE FROM papers WHERE id = ?", (paper_id,))
            self.store.audit("papers", paper_id, "delete", paper.to_dict(), None)

    def write_issued(self, paper: OfficialDocument, before: dict | None) -> int:
        if paper.id is None:
            paper = normalised(paper, document_from_dict)
            return self._write(paper, "insert-issued", None)
        return self._write(paper, "issue", before)

"""m004: plans stored with one signature read, after the upgrade, as a list of signatures, and
the register can refer to papers other than plans."""

from __future__ import annotations

import json

from thiduadesk.store.db import open_store
from thiduadesk.store.plans import PlanRepository

OLD_PLAN = {
    "title": "Kế hoạch thi đua năm học 2023 - 2024",
    "doc_type": "KH",
    "symbol": "KH-PGDĐT",
    "date": {"day": None, "month": None, "year": 2023},
    "signature": {"authority": "KT.", "position": "Phó Trưởng phòng", "name": "Trần Văn Bình",
                  "on_behalf_of": "Trưởng phòng"},
    "body": [],
}


def test_a_plan_with_one_signature_is_migrated_to_the_list(tmp_path):
    path = tmp_path / "old.sqlite"
    old = open_store(path, stop_before="m004_documents")
    with old.transaction():
        old.conn.execute(
            "INSERT INTO plans (doc_type, title, year, data, created_at, updated_at) VALUES ('KH', ?, 2023, ?, 'x', 'x')",
            (OLD_PLAN["title"], json.dumps(OLD_PLAN, ensure_ascii=False)),
        )
    old.close()

    store = open_store(path)
    try:
        data = json.loads(store.conn.execute("SELECT data FROM plans").fetchone()[0])
        assert "signature" not in data
        assert data["signatures"] == [OLD_PLAN["signature"]]
        plan = PlanRepository(store).list()[0]
        got = PlanRepository(store).get(plan.id)
        assert [(s.authority, s.on_behalf_of, s.position, s.name) for s in got.signatures] == [
            ("KT.", "Trưởng phòng", "Phó Trưởng phòng", "Trần Văn Bình")
        ]
        assert got.signature.title_lines() == ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"]
        columns = {r[1] for r in store.conn.execute("PRAGMA table_info(register)")}
        assert {"plan_id", "paper_id"} <= columns
        assert store.conn.execute("SELECT COUNT(*) FROM papers").fetchone()[0] == 0
    finally:
        store.close()

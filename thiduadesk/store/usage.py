"""Whether a database is in use: the tables whose rows make it so. Kept apart from store/demo.py
so that opening the program with ``--demo`` on a file already filled does not load the demo
generator (it costs the start-up a tenth of a second)."""

from __future__ import annotations

from thiduadesk.store.db import Store

# The tables whose rows make a database "in use", with how the refusal names them.
DATA_TABLES = (
    ("units", "đơn vị"), ("people", "cán bộ"), ("plans", "kế hoạch"), ("papers", "văn bản"),
    ("register", "số văn bản đi"), ("nominations", "đề nghị khen thưởng"), ("conferred_awards", "khen thưởng"),
    ("deadlines", "hạn nộp"),
)  # fmt: skip


def data_in(store: Store) -> list[tuple[str, int]]:
    """(what, how many) of every data table that has rows."""
    out = []
    for table, label in DATA_TABLES:
        n = store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        if n:
            out.append((label, n))
    return out


def has_data(store: Store) -> bool:
    """Any row in any data table (without counting them)."""
    return any(store.conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() for table, _label in DATA_TABLES)

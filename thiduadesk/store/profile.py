"""The office profile (who we are, who signs), kept as one settings entry."""

from __future__ import annotations

import json
from dataclasses import asdict, fields

from thiduadesk.domain.model import OfficeProfile
from thiduadesk.domain.text import clean_text
from thiduadesk.store.db import Store
from thiduadesk.store.errors import ValidationError

KEY = "office_profile"


def load_profile(store: Store) -> OfficeProfile | None:
    """The saved profile, or None on a new database (the first-run dialog then asks for it)."""
    data = store.get_setting(KEY)
    if data is None:
        return None
    known = {f.name for f in fields(OfficeProfile)}
    return OfficeProfile(**{k: v for k, v in data.items() if k in known})


def save_profile(store: Store, profile: OfficeProfile) -> OfficeProfile:
    cleaned = OfficeProfile(
        **{
            f.name: (
                [clean_text(d) for d in getattr(profile, f.name) if clean_text(d)]
                if f.name == "deputies"
                else clean_text(getattr(profile, f.name))
            )
            for f in fields(OfficeProfile)
        }
    )
    # The symbol goes into every document number: no spaces, upper case (Decree 30).
    cleaned.symbol = cleaned.symbol.replace(" ", "").upper()
    if not cleaned.is_complete():
        raise ValidationError("Cần nhập tên cơ quan, ký hiệu viết tắt và địa danh.")
    before = store.get_setting(KEY)
    with store.transaction():
        store.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, json(?)) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (KEY, json.dumps(asdict(cleaned), ensure_ascii=False)),
        )
        store.audit("settings", None, "update" if before else "insert", before, asdict(cleaned))
    return cleaned

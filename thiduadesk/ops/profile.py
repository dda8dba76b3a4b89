"""The office profile (header, symbol, place, signers) that every paper starts from."""

from __future__ import annotations

from thiduadesk.domain.model import OfficeProfile
from thiduadesk.ops import changes
from thiduadesk.store import profile as profiles
from thiduadesk.store.db import Store


def load(store: Store) -> OfficeProfile | None:
    return profiles.load_profile(store)


def save(store: Store, profile: OfficeProfile) -> OfficeProfile:
    """Check and save the profile; the papers issued from now on carry it."""
    saved = profiles.save_profile(store, profile)
    changes.publish(store, changes.PROFILE)
    return saved

"""The demo district (kept here for the callers that import it from this name): the office
profile, the schools and their staff now live in ``thiduadesk.domain.demo.district``."""

from thiduadesk.domain.demo.district import (
    DEMO_SEED,
    EMAIL_DOMAIN,
    MAX_UNITS,
    demo_people,
    demo_profile,
    demo_units,
)

__all__ = ["DEMO_SEED", "EMAIL_DOMAIN", "MAX_UNITS", "demo_people", "demo_profile", "demo_units"]

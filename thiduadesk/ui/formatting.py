"""Numbers and dates as the clerk reads them: 1.234 and 05/01/2024 in Vietnamese, 1,234 in English.

Written out rather than asked of babel: the status bar shows counts on the first screen, and
loading babel's locale data for two separators cost start-up time.
"""

from __future__ import annotations

import datetime as dt

from thiduadesk.domain.dates import screen_date

_GROUP_SEPARATORS = {"vi": ".", "en": ","}


def format_count(n: int, lang: str = "vi") -> str:
    """A whole number with its thousands grouped: 1.200 (vi), 1,200 (en)."""
    return f"{n:,}".replace(",", _GROUP_SEPARATORS.get(lang, "."))


def format_date(value: dt.date | str | None, lang: str = "vi") -> str:
    """dd/MM/yyyy whatever the language (the form every Vietnamese office uses); "" for no date."""
    return screen_date(value)

"""Numbers and dates as the clerk reads them (babel): 1.234 and 05/01/2024 in Vietnamese."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date as _babel_date
from babel.numbers import format_decimal

_LOCALES = {"vi": "vi_VN", "en": "en_GB"}


def format_count(n: int, lang: str = "vi") -> str:
    return format_decimal(n, locale=_LOCALES.get(lang, "vi_VN"))


def format_date(value: dt.date | str | None, lang: str = "vi") -> str:
    """dd/MM/yyyy whatever the language (the form every Vietnamese office uses); "" for no date."""
    if not value:
        return ""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value)
    return _babel_date(value, "dd/MM/yyyy", locale=_LOCALES.get(lang, "vi_VN"))

"""UI preferences and window layout, kept in an ini file in the data folder (never the registry).

Tests point ``use_settings_file`` at a temporary file so each one starts from a clean layout.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from thiduadesk import paths

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
LANGUAGE_KEY = "ui/language"

_override: Path | None = None


def settings_file() -> Path:
    return _override if _override is not None else paths.data_dir() / "thiduadesk-ui.ini"


def use_settings_file(path: str | Path | None) -> None:
    """Keep preferences in ``path`` from now on (None: back to the default file)."""
    global _override
    _override = Path(path) if path is not None else None


def app_settings() -> QSettings:
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


def saved_language() -> str:
    value = app_settings().value(LANGUAGE_KEY, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    settings = app_settings()
    settings.setValue(LANGUAGE_KEY, lang)
    settings.sync()

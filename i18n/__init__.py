"""Qt translation files (installed as thiduadesk.i18n)."""

"""Translated labels for codes the storage layer keeps (school levels, genders)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from thiduadesk.domain.model import LEVELS

_LEVEL_SOURCES = {
    "mam_non": QT_TRANSLATE_NOOP("Labels", "Preschool"),
    "tieu_hoc": QT_TRANSLATE_NOOP("Labels", "Primary school"),
    "thcs": QT_TRANSLATE_NOOP("Labels", "Lower secondary"),
    "lien_cap": QT_TRANSLATE_NOOP("Labels", "Multi-level school"),
    "khac": QT_TRANSLATE_NOOP("Labels", "Other"),
}

_GENDER_SOURCES = {
    "nam": QT_TRANSLATE_NOOP("Labels", "Male"),
    "nu": QT_TRANSLATE_NOOP("Labels", "Female"),
}


def level_label(code: str) -> str:
    source = _LEVEL_SOURCES.get(code)
    return QCoreApplication.translate("Labels", source) if source else code


def level_choices() -> list[tuple[str, str]]:
    """(code, label) in the order of the domain model."""
    return [(code, level_label(code)) for code in LEVELS]


def gender_label(code: str) -> str:
    source = _GENDER_SOURCES.get(code)
    return QCoreApplication.translate("Labels", source) if source else ""

"""Translated labels for the award codes the storage keeps (statuses, task ratings). Award titles
are official Vietnamese names and print as such; the screen shows them in Vietnamese too, with
their usual abbreviation where the column is narrow."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from thiduadesk.domain.awards import catalogue as c
from thiduadesk.domain.awards.model import DECIDED, ELIGIBLE, NOT_ELIGIBLE, PROPOSED, REVIEWED, SUBMITTED

_STATUS = {
    PROPOSED: QT_TRANSLATE_NOOP("AwardLabels", "Proposed"),
    ELIGIBLE: QT_TRANSLATE_NOOP("AwardLabels", "Eligible"),
    NOT_ELIGIBLE: QT_TRANSLATE_NOOP("AwardLabels", "Not eligible"),
    REVIEWED: QT_TRANSLATE_NOOP("AwardLabels", "Reviewed by the council"),
    SUBMITTED: QT_TRANSLATE_NOOP("AwardLabels", "Submitted"),
    DECIDED: QT_TRANSLATE_NOOP("AwardLabels", "Decided"),
}
_RATING = {
    c.HTXS: QT_TRANSLATE_NOOP("AwardLabels", "Excellent (HTXSNV)"),
    c.HTT: QT_TRANSLATE_NOOP("AwardLabels", "Good (HTTNV)"),
    c.HT: QT_TRANSLATE_NOOP("AwardLabels", "Completed (HTNV)"),
    c.KHT: QT_TRANSLATE_NOOP("AwardLabels", "Not completed (KHTNV)"),
}
_LEVEL = {
    c.LEVEL_BASE: QT_TRANSLATE_NOOP("AwardLabels", "base level"),
    c.LEVEL_DISTRICT: QT_TRANSLATE_NOOP("AwardLabels", "district level"),
    c.LEVEL_PROVINCE: QT_TRANSLATE_NOOP("AwardLabels", "provincial level"),
    c.LEVEL_NATION: QT_TRANSLATE_NOOP("AwardLabels", "national level"),
}


def _label(table: dict, code: str) -> str:
    source = table.get(code)
    return QCoreApplication.translate("AwardLabels", source) if source else code


def status_label(code: str) -> str:
    return _label(_STATUS, code)


def rating_label(code: str) -> str:
    return _label(_RATING, code)


def level_label(code: str) -> str:
    return _label(_LEVEL, code)


def status_choices() -> list[tuple[str, str]]:
    return [(code, status_label(code)) for code in _STATUS]


def award_name(code: str) -> str:
    kind = c.BY_CODE.get(code)
    return kind.name if kind else code


def award_short(code: str) -> str:
    """The abbreviation offices write in narrow columns (LĐTT, CSTĐCS), else the name."""
    kind = c.BY_CODE.get(code)
    if kind is None:
        return code
    return kind.abbreviations[0] if kind.abbreviations else kind.name
